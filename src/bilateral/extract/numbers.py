"""Numbers and money amounts as articles write them.

How one number is read (:func:`parse_number`)
---------------------------------------------
The separators are told apart by the *shape* of the number, never by the language of the text:

1. Blanks (space, U+00A0, U+202F, U+2009, U+2007) and apostrophes group thousands only: every group after
   the first must have exactly 3 digits and the first 1-3 (``"65 450"`` -> 65450, ``"1'234"`` -> 1234).
   When blanks group the integer part, a single comma or period after it is the decimal mark
   (``"5 093,8"`` -> 5093.8, ``"5 093.8"`` -> 5093.8).
2. When both a comma and a period occur, the one written last is the decimal mark and occurs once; the
   other groups thousands (``"1,928.3"`` -> 1928.3, ``"1.234,5"`` -> 1234.5).
3. One kind of mark occurring more than once groups thousands (``"1.234.567"``, ``"1,234,567"``).
4. A single comma followed by exactly 3 digits groups thousands (``"1,000"``, ``"1,200 million"`` -> 1200),
   except after a lone ``0`` (``"0,125"`` -> 0.125). Followed by 1-2 or 4+ digits it is the decimal mark
   (``"352,62"`` -> 352.62, ``"163,5"``, ``"$8,5 million"`` -> 8.5).
5. A single period is always the decimal mark (``"1.234"`` -> 1.234; :func:`find_amounts` warns about it).
6. Anything else (``""``, ``"-"``, ``"n/a"``, ``"12a"``, badly grouped digits) is no number: ``None``.

How an amount is found (:func:`find_amounts`, :func:`find_quantities`)
----------------------------------------------------------------------
``[qualifier] [currency] NUMBER [scale] [of] [currency] [post-qualifier]``, where a currency may stand
before (``$``, ``US$``, ``$US``, ``€``, ``USD``, ``LTL``...) or after (``USD``, ``US dollars``,
``euros``, ``litas``...). The vocabulary is ``bilateral/data/currencies.tsv``. A number glued to
letters (``33rd``, ``G20``, ``A320``) is no amount, except a lone ``S`` before a scaled number
(``"S345,29 million"``), read as a typo for ``$`` with a warning. Percentages and multipliers
(``2.46%``, ``2.2×``, ``1.4 times``, ``3-fold``) are never amounts; years and counts without currency
or scale (``in 2024``, ``25 agreements``) are not either. In a range (``$5–7 million``) each end
borrows the scale and currency the other states.

Qualifiers (directly before, or ``or more`` / ``or so`` after) are normalized to ``over``, ``around``,
``almost``, ``under`` or ``up to``. ``approximate`` is True whenever a qualifier is present: the gold
facts mark "more than €100 million", "exceeded $12 million", "almost 33 million", "about €9.5 million"
and "approximately $300 million" approximate (one investment fact, "over $7 million", does not).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import pycountry

from bilateral import gazetteer

__all__ = [
    "SCALE_FACTORS",
    "Amount",
    "find_amounts",
    "find_quantities",
    "is_percentage_or_multiplier",
    "parse_number",
    "parse_unit",
    "scale_factor",
]

SCALE_FACTORS: dict[str, float] = {
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}


@dataclass(frozen=True, slots=True)
class Amount:
    """A number found in a text, with what the text says about its size and money."""

    start: int
    end: int
    value: float
    unit: str | None
    currency: str | None
    scale: str | None
    approximate: bool
    qualifier: str | None
    warnings: tuple[str, ...]
    text: str

    @property
    def scaled_value(self) -> float:
        """The value with the scale applied ("5.2 million" -> 5200000.0)."""
        return self.value * scale_factor(self.scale)


def scale_factor(scale: str | None) -> float:
    """The factor of a scale name ("million" -> 1e6); 1.0 for None or an unknown name."""
    return SCALE_FACTORS.get(scale or "", 1.0)


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class _Lexicon:
    symbols: dict[str, str]  # "$" -> "USD", case-sensitive
    codes: dict[str, str]  # "USD" -> "USD", case-sensitive
    words: dict[str, str]  # "us dollars" -> "USD", lower-cased keys
    strict_words: dict[str, str]  # "sum" -> "UZS", matched in lower case only
    scales: dict[str, str]  # "mln" -> "million" (full scale words), lower-cased keys
    short_scales: dict[str, str]  # "m" -> "million", case-sensitive
    measures: frozenset[str]  # lower-cased
    scaled_symbols: frozenset[str] = frozenset()  # signs that are money only before a scale word ("R 12 billion")
    unions: dict[str, frozenset[str]] = field(default_factory=dict)  # "XOF" -> the states that use it


def _one_of_pair(value: str | None) -> str | None:
    """A currency word of several states ("kroner": DKK|NOK) is the one of the article's pair (an ISO 4217 code
    begins with its state's ISO 3166 code); none when the pair does not decide."""
    if value is None or "|" not in value:
        return value
    pair = gazetteer.current_pair()
    codes = value.split("|")
    unions = _lexicon().unions
    fits = [c for c in codes if c != "*" and (c[:2] in pair or any(s in pair for s in unions.get(c, ())))]
    if len(fits) == 1:
        return fits[0]
    return codes[0] if codes[-1] == "*" else None


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    symbols: dict[str, str] = {}
    codes: dict[str, str] = {}
    words: dict[str, str] = {}
    strict: dict[str, str] = {}
    scales: dict[str, str] = {}
    short: dict[str, str] = {}
    measures: set[str] = set()
    scaled: set[str] = set()
    unions: dict[str, frozenset[str]] = {}
    raw = resources.files("bilateral").joinpath("data/currencies.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        kind, phrase = cols[0], cols[1]
        value = cols[2] if len(cols) > 2 else ""
        flags = set(cols[3].split(",")) if len(cols) > 3 else set()
        if kind == "symbol":
            symbols[phrase] = value
            if "scaled" in flags:
                scaled.add(phrase)
        elif kind == "code":
            codes[phrase] = value
        elif kind == "word":
            (strict if "strict" in flags else words)[phrase if "strict" in flags else phrase.lower()] = value
        elif kind == "scale":
            if "short" in flags:
                short[phrase] = value
            else:
                scales[phrase.lower()] = value
        elif kind == "measure":
            measures.add(phrase.lower())
        elif kind == "union":
            unions[phrase] = frozenset(value.split("|"))
        else:  # pragma: no cover - a malformed data file
            raise ValueError(f"currencies.tsv: unknown kind {kind!r} in {line!r}")
    # every current ISO 4217 code stands for itself ("SCR 1.9 billion"), beside the table's own (former codes and
    # their successors: "RUR" -> RUB); a code counts only next to a number, so "ALL" or "TOP" in prose is no money
    for currency in pycountry.currencies:
        codes.setdefault(currency.alpha_3, currency.alpha_3)
    return _Lexicon(symbols, codes, words, strict, scales, short, frozenset(measures), frozenset(scaled), unions)


def _alt(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, with spaces matching any blank."""
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", _BLANK + "+") for p in items)


_BLANKS = " \u00a0\u202f\u2009\u2007"
_BLANK = f"[{_BLANKS}]"
_SP = f"{_BLANK}?"  # at most one blank between parts of an amount

# one number token: grouped thousands (commas, periods, blanks, apostrophes) with an optional decimal part,
# or plain digits with an optional decimal part; never starts or ends inside a longer run of digits
_NUM = (
    r"(?<!\d)(?<!\d[.,])(?:"
    r"\d{1,3}(?:(?:,\d{3})+(?:\.\d+)?|(?:\.\d{3})+,\d+|(?:\.\d{3}){2,}"
    rf"|(?:[{_BLANKS}'’]\d{{3}})+(?:[.,]\d+)?)"
    r"|\d+(?:[.,]\d+)?"
    r")(?![.,]?\d)"
)
_NUM_RE = re.compile(_NUM)

_QUALIFIERS: dict[str, str] = {
    "more than": "over",
    "over": "over",
    "above": "over",
    "exceeding": "over",
    "exceeded": "over",
    "exceeds": "over",
    "exceed": "over",
    "in excess of": "over",
    "upwards of": "over",
    "greater than": "over",
    "at least": "over",
    "topped": "over",
    "surpassed": "over",
    "passed": "over",  # "its investment there had passed US$10 billion by 2020"
    "crossed": "over",
    "just over": "over",
    "well over": "over",
    "slightly more than": "over",
    "around": "around",
    "about": "around",
    "approximately": "around",
    "approx.": "around",
    "approx": "around",
    "roughly": "around",
    "some": "around",
    "an estimated": "around",
    "estimated at": "around",
    "est.": "around",
    "circa": "around",
    "c.": "around",
    "ca.": "around",
    "almost": "almost",
    "nearly": "almost",
    "close to": "almost",
    "just short of": "almost",
    "under": "under",
    "less than": "under",
    "below": "under",
    "fewer than": "under",
    "just under": "under",
    "up to": "up to",
    "no more than": "up to",
    "not exceeding": "up to",
    "at most": "up to",
}
_SIGN_QUALIFIERS = {"~": "around", "≈": "around", ">": "over", "<": "under", "≥": "over", "≤": "up to"}
_POST_QUALIFIERS = {"or more": "over", "and more": "over", "or so": "around", "or less": "under", "+": "over"}

_QUAL_RE = re.compile(rf"(?:(?<![\w.])(?i:(?P<q>{_alt(_QUALIFIERS)})){_BLANK}+|(?P<s>{_alt(_SIGN_QUALIFIERS)}){_SP})\Z")
_POST_QUAL_RE = re.compile(rf"{_SP}(?P<q>{_alt(_POST_QUALIFIERS)})(?![\w+])")

_PCT_AFTER_RE = re.compile(
    rf"{_SP}(?:%|‰|(?i:per{_BLANK}?cent|percent|pct|percentage{_BLANK}+points?|p\.p\.|pp|times)(?!\w)"
    r"|[×x](?!\w)|-?fold(?!\w))"
)
_PCT_BEFORE_RE = re.compile(rf"[×x]{_SP}\Z")
_FOLD_WORD_RE = re.compile(
    r"(?i:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|thousand|many|multi)-?fold)"
)
_LETTER_BEFORE_RE = re.compile(r"[^\W\d_]+\Z")
_LETTER_AFTER_RE = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class _Patterns:
    prefix: re.Pattern[str]  # a currency right before a number (search with endpos = number start)
    scale: re.Pattern[str]  # a scale word right after a number
    post: re.Pattern[str]  # a currency right after the number or its scale
    measure: re.Pattern[str]  # a physical unit right after a scaled number
    unit_scale: re.Pattern[str]  # a scale word anywhere in a caption
    unit_currency: re.Pattern[str]  # a currency anywhere in a caption


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lx = _lexicon()
    cur_sign = _alt([*lx.symbols, *lx.codes])
    symbols, codes = _alt(lx.symbols), _alt(lx.codes)
    words = _alt(lx.words)
    strict = _alt(lx.strict_words)
    # a code is never glued to its number ("COP29" is a conference), a sign may be ("$5", "5€")
    prefix = re.compile(rf"(?<![^\W\d_])(?:(?P<cur>{symbols}){_SP}|(?P<code>{codes}){_BLANK})\Z")
    scale = re.compile(rf"(?P<sp>{_SP})(?:(?i:(?P<full>{_alt(lx.scales)}))|(?P<short>{_alt(lx.short_scales)}))(?!\w)")
    post = re.compile(
        rf"(?:{_SP}(?P<sign>{symbols})|{_BLANK}(?P<of>(?i:of){_BLANK}+)?"
        rf"(?:(?P<code>{codes})|(?i:(?P<word>{words}))|(?P<strict>{strict})))(?![\w-])"
    )
    measure = re.compile(rf"{_BLANK}+(?:(?i:of){_BLANK}+)?(?i:{_alt(lx.measures)})(?!\w)")
    unit_scale = re.compile(rf"(?<![\w'])(?i:(?P<full>{_alt(lx.scales)}))(?!\w)")
    unit_currency = re.compile(
        rf"(?:(?<![^\W\d_])(?P<sign>{cur_sign})"
        rf"(?:{_SP}(?:(?P<short>{_alt(lx.short_scales)})|(?i:{_alt(lx.scales)})))?(?!\w)"
        rf"|(?<![\w-])(?i:(?P<word>{words}))(?![\w-])"
        rf"|(?<![\w-])(?P<strict>{strict})(?![\w-]))"
    )
    return _Patterns(prefix, scale, post, measure, unit_scale, unit_currency)


# ---------------------------------------------------------------- one number


_FOOTNOTE_RE = re.compile(r"(?:\[[^\]]{1,12}\]|[*†‡]+)+\Z")
_GROUPED_BLANK_RE = re.compile(rf"\d{{1,3}}(?:[{_BLANKS}'’]\d{{3}})+")


def parse_number(s: str) -> float | None:
    """One number as written ("5 093,8" -> 5093.8, "1,928.3" -> 1928.3); None for "", "-", "n/a".

    The shape rules are in the module docstring. Surrounding blanks, wiki bold/italic quotes and
    trailing footnote marks ("[3]", "*") are ignored; a leading "-" or U+2212 makes it negative.
    """
    t = s.strip().strip("'").strip()
    t = _FOOTNOTE_RE.sub("", t).strip()
    sign = 1.0
    if t[:1] in ("-", "−", "+"):
        sign = -1.0 if t[0] != "+" else 1.0
        t = t[1:].lstrip()
    if not t or (not t[0].isdigit() and not (t[0] in ".," and t[1:2].isdigit())):
        return None
    # rule 1: blank / apostrophe grouping of the integer part
    blank_grouped = False
    if any(c in t for c in _BLANKS + "'’"):
        m = _GROUPED_BLANK_RE.match(t)
        if not m:
            return None
        rest = t[m.end() :]
        if rest and not re.fullmatch(r"[.,]\d+", rest):
            return None
        t = re.sub(rf"[{_BLANKS}'’]", "", m.group()) + rest.replace(",", ".")
        blank_grouped = True
    if not re.fullmatch(r"[\d.,]+", t):
        return None
    value = _separators(t, blank_grouped)
    return None if value is None else sign * value


def _separators(t: str, blank_grouped: bool) -> float | None:
    commas, periods = t.count(","), t.count(".")
    if commas and periods:  # rule 2
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        grp = "." if dec == "," else ","
        if t.count(dec) != 1:
            return None
        whole, frac = t.split(dec)
        if not _grouped(whole, grp):
            return None
        return float(whole.replace(grp, "") + "." + frac) if frac else None
    if commas + periods == 0:
        return float(t)
    mark = "," if commas else "."
    if commas + periods > 1:  # rule 3
        return float(t.replace(mark, "")) if _grouped(t, mark) else None
    whole, frac = t.split(mark)
    if not frac:
        return None
    if (
        mark == ","
        and not blank_grouped
        and len(frac) == 3
        and whole
        and whole != "0"
        and len(whole) <= 3
        and not whole.startswith("0")
    ):  # rule 4
        return float(whole + frac)
    return float((whole or "0") + "." + frac)  # rules 4 and 5: the decimal mark


def _grouped(s: str, mark: str) -> bool:
    parts = s.split(mark)
    return 1 <= len(parts[0]) <= 3 and parts[0].isdigit() and all(len(p) == 3 and p.isdigit() for p in parts[1:])


# ---------------------------------------------------------------- percentages


def is_percentage_or_multiplier(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a percentage or multiplier ("2.46%", "2.2×", "1.4 times", "fourfold")."""
    span = text[start:end]
    if _FOLD_WORD_RE.fullmatch(span.strip()) or span.rstrip().endswith(("%", "‰", "×")):
        return True
    if _PCT_AFTER_RE.match(text, end):
        return True
    return bool(_PCT_BEFORE_RE.search(text, max(0, start - 3), start))


# ---------------------------------------------------------------- amounts


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    currency: str | None
    scale: str | None
    qualifier: str | None
    warnings: list[str]
    prefix_start: int  # where the currency before the number starts (== num_start when there is none)
    tail_end: int  # end of number + scale + currency after it (before any post-qualifier)
    bare_after: bool  # nothing (no scale, no currency) follows the number
    has_post_currency: bool


def _scan(text: str) -> list[_Cand]:
    lx, pt = _lexicon(), _patterns()
    out: list[_Cand] = []
    for m in _NUM_RE.finditer(text):
        ns, ne = m.span()
        warnings: list[str] = []
        if is_percentage_or_multiplier(text, ns, ne):
            continue
        if ns >= 2 and text[ns - 1] == "-" and text[ns - 2].isalpha():  # "F-16", "COVID-19"
            continue
        value = parse_number(m.group())
        if value is None:
            continue
        currency: str | None = None
        prefix_start = ns
        # a currency already read as the previous amount's ("5 million USD 2019") is not this one's
        pm = pt.prefix.search(text, max(0, ns - 12, out[-1].end if out else 0), ns)
        if pm:
            currency = _one_of_pair(lx.symbols[pm.group("cur")]) if pm.group("cur") else lx.codes[pm.group("code")]
            prefix_start = pm.start()
        glued = None if pm and pm.end() == ns else _LETTER_BEFORE_RE.search(text, max(0, ns - 20), ns)
        typo = False
        if glued:
            if glued.group() != "S" or (glued.start() > 0 and text[glued.start() - 1].isalnum()):
                continue  # "A320", "G20"
            typo = True
        # scale and currency after the number
        pos = ne
        scale: str | None = None
        sm = pt.scale.match(text, pos)
        if sm:
            full = sm.group("full")
            scale = lx.scales[full.lower()] if full else lx.short_scales[sm.group("short")]
            pos_after_scale = sm.end()
        else:
            pos_after_scale = pos
        if pm and sm is None and pm.group("cur") in lx.scaled_symbols:
            currency, prefix_start = None, ns  # "the R2 motorway": a one-letter sign is money only with a scale
        post = pt.post.match(text, pos_after_scale)
        if post and post.group("of") and sm is None:
            post = None
        post_currency: str | None = None
        if post:
            g = post.group("sign") or post.group("code") or post.group("word") or post.group("strict")
            post_currency = _one_of_pair(
                lx.symbols.get(g)
                or lx.codes.get(g)
                or lx.words.get(re.sub(rf"{_BLANK}+", " ", g).lower())
                or lx.strict_words.get(g)
            )
        if typo:
            if sm is None or currency or post_currency:
                continue
            currency = "USD"
            prefix_start = ns - 1
            warnings.append(f"read {text[ns - 1 : ne]!r} as US dollars: 'S' looks like a typo for '$'")
        if currency and post_currency and currency != post_currency:
            warnings.append(f"two currencies stated: {currency} before, {post_currency} after; kept {currency}")
        currency = currency or post_currency
        if sm and sm.group("short") and not currency and sm.group("sp"):
            scale, pos_after_scale = None, pos  # "5 m" without money is metres, not millions
            sm = None
        tail_end = post.end() if post and post_currency else pos_after_scale
        if sm is None and post is None and _LETTER_AFTER_RE.match(text, ne):
            continue  # "33rd", "5G", "10km"
        if (
            currency is None
            and sm is None
            and ne < len(text)
            and text[ne] in "'’"
            and _LETTER_AFTER_RE.match(text, ne + 1)
        ):
            continue  # "1990's"
        # qualifiers
        qualifier: str | None = None
        start = prefix_start
        qm = _QUAL_RE.search(text, max(0, prefix_start - 24), prefix_start)
        if qm:
            qualifier = _QUALIFIERS[qm.group("q").lower()] if qm.group("q") else _SIGN_QUALIFIERS[qm.group("s")]
            start = qm.start()
        end = tail_end
        pq = _POST_QUAL_RE.match(text, tail_end)
        if pq and (sm or currency):
            qualifier = qualifier or _POST_QUALIFIERS[pq.group("q").lower()]
            end = pq.end()
        if "." in m.group() and "," not in m.group() and re.search(r"^\d{1,3}\.\d{3}$", m.group()):
            warnings.append(f"read {m.group()!r} as {value:g}: a single period before 3 digits is ambiguous")
        out.append(
            _Cand(
                start=start,
                end=end,
                num_start=ns,
                num_end=ne,
                value=value,
                currency=currency,
                scale=scale,
                qualifier=qualifier,
                warnings=warnings,
                prefix_start=prefix_start,
                tail_end=tail_end,
                bare_after=sm is None and not post_currency,
                has_post_currency=post_currency is not None,
            )
        )
    _link_ranges(text, out)
    return out


_RANGE_GAP_RE = re.compile(rf"{_BLANK}*(?:[-–—]|(?i:to|and)(?!\w)){_BLANK}*\Z")
_BETWEEN_RE = re.compile(rf"(?i:between|from){_BLANK}+\Z")


def _link_ranges(text: str, cands: list[_Cand]) -> None:
    """'$5–7 million', 'between 5 and 7 million euros': each end borrows the other's scale or currency."""
    for a, b in itertools.pairwise(cands):
        gap = text[a.tail_end : b.prefix_start]
        if not _RANGE_GAP_RE.fullmatch(gap) or not a.bare_after or a.value >= b.value:
            continue  # a range runs upwards: "in 2019 to 63.6 million euros" is none
        if re.search(r"(?i:and)", gap) and not _BETWEEN_RE.search(text, max(0, a.start - 12), a.start):
            continue
        if b.scale is None and b.currency is None:
            continue
        if a.scale is None and b.scale is not None:
            a.scale = b.scale
            a.warnings.append(f"scale '{b.scale}' taken from the other end of the range")
        if a.currency is None and b.has_post_currency:
            a.currency = b.currency
        if b.currency is None and a.currency is not None:
            b.currency = a.currency
            b.warnings.append(f"currency {a.currency} taken from the other end of the range")


def _unit(scale: str | None, currency: str | None) -> str | None:
    if scale and currency:
        return f"{scale} {currency}"
    return currency or scale


def _amount(text: str, c: _Cand) -> Amount:
    return Amount(
        start=c.start,
        end=c.end,
        value=c.value,
        unit=_unit(c.scale, c.currency) if c.currency else None,
        currency=c.currency,
        scale=c.scale,
        approximate=c.qualifier is not None,
        qualifier=c.qualifier,
        warnings=tuple(c.warnings),
        text=text[c.start : c.end],
    )


def find_amounts(text: str) -> list[Amount]:
    """Money amounts: numbers with a currency stated before or after ("$44.7 million", "33 million litas")."""
    return [_amount(text, c) for c in _scan(text) if c.currency is not None]


_QUANTITY_NEXT_RE = re.compile(rf"{_BLANK}+(?P<w>[^\W\d_][\w'’-]*)")
_PLURAL_OK = frozenset(
    ("was", "is", "has", "as", "its", "this", "plus", "thus", "less", "versus", "his", "whereas", "besides")
)


def find_quantities(text: str) -> list[Amount]:
    """Scaled numbers with no currency ("13.7 million"), unit = the scale; never tonnes, people and such."""
    pt = _patterns()
    out: list[Amount] = []
    for c in _scan(text):
        if c.currency is not None or c.scale is None:
            continue
        if pt.measure.match(text, c.tail_end):
            continue
        nxt = _QUANTITY_NEXT_RE.match(text, c.tail_end)
        if nxt:
            w = nxt.group("w")
            if w[0].isupper() or (w.endswith("s") and w.lower() not in _PLURAL_OK and len(w) > 3):
                continue  # "1.5 million Armenians", "2 million items"
        out.append(replace(_amount(text, c), unit=c.scale))
    return out


# ---------------------------------------------------------------- captions


def parse_unit(text: str) -> str | None:
    """The unit a table caption, header or note declares: "(million US dollars)" -> "million USD".

    A scale word or currency that belongs to an amount in the text ("$5 million") declares nothing.
    Short scales count only glued to a currency ("€m", "US$ bn"); lower-case-only names ("sum", "lev")
    only right after a scale word ("thousand sum").
    """
    lx, pt = _lexicon(), _patterns()
    taken = [(c.start, c.end) for c in _scan(text) if c.currency is not None or c.scale is not None]

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    scale: str | None = None
    scale_end = -1
    for m in pt.unit_scale.finditer(text):
        if free(*m.span()):
            scale = lx.scales[m.group("full").lower()]
            scale_end = m.end()
            break
    currency: str | None = None
    for m in pt.unit_currency.finditer(text):
        if not free(*m.span()):
            continue
        if m.group("sign"):
            currency = lx.symbols.get(m.group("sign")) or lx.codes.get(m.group("sign"))
            if m.group("short") and scale is None:
                scale = lx.short_scales[m.group("short")]
        elif m.group("word"):
            currency = lx.words[re.sub(rf"{_BLANK}+", " ", m.group("word")).lower()]
        elif m.group("strict"):
            between = text[scale_end : m.start()] if scale_end >= 0 else None
            if between is None or not re.fullmatch(rf"{_BLANK}+(?:of{_BLANK}+)?", between):
                continue
            currency = lx.strict_words[m.group("strict")]
        if currency:
            break
    return _unit(scale, currency)


_patterns()  # read the vocabulary and compile the patterns once, at import
