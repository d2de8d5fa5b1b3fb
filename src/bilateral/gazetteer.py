"""Gazetteers: countries, cities, international organizations, parliaments and role phrases.

The lists live as data in ``bilateral/data/*.tsv``; this module loads them once and offers lookups
(``country_code("Kingdom of Spain")``) and fast scanners over running text (``find_countries(text)``).

Matching on text
----------------
* The text is *folded* character by character (same length, so offsets stay valid): accents are
  dropped (``Chişinău`` = ``Chișinău`` = ``Chisinau``), curly apostrophes become ``'``, dash and
  hyphen variants become ``-``, no-break spaces become spaces. Names in the tables are folded the
  same way, so every spelling with or without diacritics matches.
* Inside a name a space and a hyphen are interchangeable (``Alma-Ata`` / ``Alma Ata``,
  ``Vice-President`` / ``Vice President``) and line breaks are tolerated.
* Proper names (countries, cities, organizations, parliaments) match case-sensitively; role phrases
  case-insensitively unless their row says otherwise (``MP``, ``Premier``).
* Scanning goes left to right over word starts; at each start the longest phrase wins (ties: the
  row's priority), and the scan resumes after it, so mentions never overlap. A country word inside
  a longer known name is part of that name (``Papua New Guinea``, ``Republic of Azerbaijan``), and
  *blocker* phrases (``Latin America``, ``Indian Ocean``, ``US dollar``, organization names such as
  ``Organization of American States``) swallow the country word without producing a mention.

Choices
-------
* ``country_name("TR")`` is ``"Turkey"`` (the form most English articles use); ``Türkiye`` is a name.
* ``Korea``, ``Congo``, ``Korean``, ``Congolese``, ``Virgin Islands`` alone are ambiguous and not
  matched, except inside ``resolving(pair)`` when exactly one of their states is of the pair
  (data/ambiguous_countries.tsv). ``Georgia`` is always the country (GE). ``America`` is the United States,
  but not inside ``Latin America``/``South America``/... . ``England``/``Scotland``/``Wales`` give GB.
* Historical states keep their ISO 3166-3 alpha-2 codes: ``SU`` (Soviet Union), ``YU``
  (Yugoslavia, incl. the State Union of Serbia and Montenegro), ``CS`` (Czechoslovakia), ``DD``
  (East Germany), ``AN``; ``is_historical()`` tells them apart. ``West Germany`` is a former name of DE.
* A city whose name is also a country (``Singapore``, ``Luxembourg``, ``Monaco``) is found by both
  ``find_countries`` and ``find_cities``; callers decide which reading fits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "Mention",
    "city_country",
    "city_name",
    "clear_text_caches",
    "country_code",
    "country_name",
    "country_status",
    "current_pair",
    "demonyms",
    "find_cities",
    "find_cities_of",
    "find_countries",
    "find_organizations",
    "find_parliaments",
    "find_roles",
    "fold",
    "is_capital",
    "is_dissolved",
    "is_historical",
    "organization",
    "parliament_countries",
    "parliament_country",
    "parliament_of",
    "read_table",
    "resolving",
    "role_of",
    "states_called",
    "wholes",
    "within",
]

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    # ISO alpha-2 (country, or the city's/parliament's country); for orgs: the canonical org name
    code: str
    # "name" | "official" | "demonym" | "former" | "abbrev" | "city" | "org" | "parliament" | "role"
    kind: str
    value: str | None = None  # role mentions: the role; city mentions: canonical city name


# ---------------------------------------------------------------------------------------------- folding

_SPECIAL = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u02bb": "'",
    "\u0060": "'",
    "\u00b4": "'",
    "\u2032": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u0131": "i",
    "\u0142": "l",
    "\u0141": "L",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0111": "d",
    "\u0110": "D",
    "\u0259": "e",
    "\u018f": "E",
    "\u00e6": "a",
    "\u00c6": "A",
    "\u0153": "o",
    "\u0152": "O",
    "\u00df": "s",
    "\u00fe": "t",
    "\u00de": "T",
    "\u00f0": "d",
    "\u00d0": "D",
}


def _fold_char(c: str) -> str:
    if c in _SPECIAL:
        return _SPECIAL[c]
    if ord(c) < 128:
        return c
    decomposed = unicodedata.normalize("NFKD", c)
    if len(decomposed) > 1 and all(unicodedata.combining(x) for x in decomposed[1:]):
        return decomposed[0]
    return c


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0x80, 0x250)) + list(range(0x1E00, 0x1F00)) + list(range(0x2000, 0x2070)):
        c = chr(cp)
        f = _fold_char(c)
        if f != c and len(f) == 1:
            table[cp] = f
    for k, v in _SPECIAL.items():
        table[ord(k)] = v
    return table


def fold(text: str) -> str:
    """Same-length folding used for matching: accents off, curly quotes and dashes normalized."""
    return text.translate(_fold_table())


_SEP = re.compile(r"\s*-\s*|\s+")


def _key(s: str) -> str:
    """Lookup key of a name: folded, separators collapsed to one space."""
    return _SEP.sub(" ", fold(s).strip()).strip()


def _lkey(s: str) -> str:
    return _key(s).lower()


# ---------------------------------------------------------------------------------------------- patterns

_FUNCTION_WORDS = {"of", "the", "and", "for", "to", "in", "a", "an", "on", "de", "la", "du", "des", "d", "s"}
_WORD_OR_SEP = re.compile(r"(\w+)|(\s*-\s*|\s+)|(.)", re.S)
_SEP_RX = r"(?:\s*-\s*|\s+)"


def _phrase_rx(phrase: str, plural: bool = False) -> str:
    """Regex source for one phrase (already free of placeholders)."""
    out: list[str] = []
    for m in _WORD_OR_SEP.finditer(fold(phrase)):
        word, sep, other = m.groups()
        if word is not None:
            esc = re.escape(word)
            if plural and word.isalpha() and (len(word) > 2 or word.isupper()) and word.lower() not in _FUNCTION_WORDS:
                if word.endswith("y") and word[-2:-1].lower() not in "aeiou":
                    esc = re.escape(word[:-1]) + "(?:y|ies)"
                elif word.endswith("man"):
                    esc = re.escape(word[:-3]) + "m[ae]n"
                else:
                    esc += "(?:s|es)?"
            out.append(esc)
        elif sep is not None:
            out.append(_SEP_RX)
        else:
            out.append(re.escape(other))
    return "".join(out)


def _tail(phrase: str) -> str:
    """Right boundary: a phrase ending in a word character may not run into another word."""
    return r"(?!\w)" if re.search(r"\w$", fold(phrase)) else ""


def _first_token(phrase: str) -> str | None:
    m = re.match(r"\s*(\w+)", fold(phrase))
    return m.group(1).lower() if m else None


def _alternation(phrases: Iterable[str], plural: bool = False) -> str:
    uniq = sorted({p for p in phrases if p.strip()}, key=lambda p: (-len(_key(p)), p))
    return "|".join(_phrase_rx(p, plural) + _tail(p) for p in uniq)


# ---------------------------------------------------------------------------------------------- scanner


class _Found(Protocol):
    def end(self) -> int: ...

    def group(self, name: str | int = 0, /) -> str | Any: ...


class _Matcher(Protocol):
    def match(self, string: str, pos: int = 0, /) -> _Found | None: ...


Payload = tuple[str, str, str | None]
Resolver = Callable[[Any, str], Payload | None]


@dataclass(slots=True)
class _Entry:
    rx: _Matcher
    resolve: Resolver  # (match, original text) -> (code, kind, value) or None for a blocker
    priority: int
    order: int


class _Scanner:
    """Index of entries by (lower-cased, folded) first token; scans word starts left to right."""

    def __init__(self) -> None:
        self.index: dict[str, list[_Entry]] = {}
        self._n = 0

    def add(self, first_tokens: Iterable[str | None], rx: _Matcher, resolve: Resolver, priority: int = 0) -> None:
        entry = _Entry(rx, resolve, priority, self._n)
        self._n += 1
        for tok in {t for t in first_tokens if t}:
            self.index.setdefault(tok, []).append(entry)

    def scan(self, text: str, kind_default: str = "") -> list[Mention]:
        folded, words = _words(text)
        # only the word starts whose token begins some entry are tried: a set intersection in C instead of a
        # dictionary probe per word of the text, for each of the five scanners
        hits = words.keys() & self.index.keys()
        if not hits:
            return []
        starts = sorted((start, tok) for tok in hits for start in words[tok])
        out: list[Mention] = []
        pos = 0
        for start, tok in starts:
            if start < pos:
                continue
            entries = self.index[tok]
            best: tuple[int, int, int] | None = None
            best_match: _Found | None = None
            best_entry: _Entry | None = None
            for e in entries:
                m = e.rx.match(folded, start)
                if not m or m.end() == start:
                    continue
                rank = (m.end(), e.priority, -e.order)
                if best is None or rank > best:
                    best, best_match, best_entry = rank, m, e
            if best_match is None or best_entry is None:
                continue
            pos = best_match.end()
            res = best_entry.resolve(best_match, text)
            if res is None:
                continue
            code, kind, value = res
            out.append(Mention(start, pos, text[start:pos], code, kind or kind_default, value))
        return out


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, dict[str, list[int]]]:
    """The folded text and where each (lower-cased) word starts; shared by the scanners of every kind."""
    folded = fold(text)
    words: dict[str, list[int]] = {}
    for m in _WORD.finditer(folded):
        words.setdefault(m.group().lower(), []).append(m.start())
    return folded, words


def _literal_table(items: dict[str, tuple[str, str, str | None] | None], scanner: _Scanner | None = None) -> _Scanner:
    """A scanner over literal phrases: ``items`` maps a phrase to (code, kind, value), or None (blocker)."""
    sc = scanner or _Scanner()
    by_key: dict[str, tuple[str, str, str | None] | None] = {}
    groups: dict[str, list[str]] = {}
    for phrase, payload in items.items():
        k = _key(phrase)
        if k in by_key and by_key[k] != payload:
            continue  # first come wins (the loaders feed the preferred forms first)
        by_key[k] = payload
        tok = _first_token(phrase)
        if tok:
            groups.setdefault(tok, []).append(phrase)

    def resolve(m: re.Match[str], _text: str) -> tuple[str, str, str | None] | None:
        return by_key.get(_key(m.group()))

    for tok, phrases in groups.items():
        sc.add([tok], re.compile(_alternation(phrases)), resolve)
    return sc


def _variants(name: str) -> list[str]:
    """Spelling variants English text uses: Saint/St./St, and/&."""
    out = [name]
    if re.search(r"\bSaint\b", name):
        out += [re.sub(r"\bSaint\b", "St.", name), re.sub(r"\bSaint\b", "St", name)]
    if re.search(r"\bSt\.? ", name):
        out.append(re.sub(r"\bSt\.? ", "Saint ", name))
    for x in list(out):
        if " and " in x:
            out.append(x.replace(" and ", " & "))
    # an article or particle inside a place name is often written in lower case: "Sharm el-Sheikh", "Rio de Janeiro"
    for x in list(out):
        low = _PARTICLE.sub(lambda m: m.group().lower(), x)
        if low != x:
            out.append(low)
    return out


_PARTICLE = re.compile(
    r"(?<=\s)(?:El|Al|Ad|Ar|As|Ash|De|Da|Do|Dos|Das|Di|Du|Del|Della|Des|La|Le|Les|Los|Las|Van|Von|Der|Den)(?=[\s\-])"
)


def _read_tsv(name: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=False)})
    return rows


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of a data table (``data/NAME``, tab-separated, '#' comments, a header line) as dicts."""
    return _read_tsv(name)


@lru_cache(maxsize=1)
def mission_kinds() -> tuple[tuple[str, str], ...]:
    """The phrases that name a diplomatic post and the contract's kind of each (data/mission_kinds.tsv), each with its
    plural ("commercial office" -> "commercial offices"), longest first."""
    rows = []
    for line in (DATA / "mission_kinds.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, kind = line.split("\t")[:2]
        rows.append((phrase.strip(), kind.strip()))
    known = {p for p, _ in rows}
    for phrase, kind in list(rows):
        last = phrase.split()[-1]
        if last.endswith("s"):
            continue
        plural = phrase[: len(phrase) - len(last)] + (last[:-1] + "ies" if last.endswith("y") else last + "s")
        if plural not in known:
            known.add(plural)
            rows.append((plural, kind))
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


def mission_phrase_rx(phrase: str) -> str:
    """A post's phrase as a pattern: spaces stand for spaces or hyphens, ``*`` for any one word ("trade and *
    office": "trade and innovation office", "trade and investment office")."""
    return re.escape(phrase).replace(r"\ ", r"[\s\-]+").replace(r"\*", r"\w+")


def _multi(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


# ---------------------------------------------------------------------------------------------- countries


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    alpha3: str
    status: str
    name: str
    forms: tuple[tuple[str, str], ...]  # (form, kind)
    demonyms: tuple[str, ...]


_COUNTRY_KINDS = (
    ("names", "name"),
    ("official", "official"),
    ("abbrevs", "abbrev"),
    ("former", "former"),
    ("demonyms", "demonym"),
)


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, _Country], list[str]]:
    table: dict[str, _Country] = {}
    blockers: list[str] = []
    for r in _read_tsv("countries.tsv"):
        if r["status"] == "blocker":
            blockers += [r["name"], *_multi(r["names"])]
            continue
        forms: list[tuple[str, str]] = [(r["name"], "name")]
        for col, kind in _COUNTRY_KINDS:
            forms += [(f, kind) for f in _multi(r[col])]
        table[r["code"]] = _Country(
            r["code"], r["alpha3"], r["status"], r["name"], tuple(forms), tuple(_multi(r["demonyms"]))
        )
    return table, blockers


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, str]:
    table, _ = _countries()
    out: dict[str, str] = {}
    for c in table.values():
        for form, _kind in c.forms:
            for v in _variants(form):
                out.setdefault(_lkey(v), c.code)
    for c in table.values():  # codes last: a name never yields to a code
        out.setdefault(c.code.lower(), c.code)
        if c.alpha3:
            out.setdefault(c.alpha3.lower(), c.code)
    return out


def _strip_name(name: str) -> str:
    s = fold(name).strip().strip(".,;:")
    s = re.sub(r"^(?:the)\s+", "", s, flags=re.I)
    return re.sub(r"'s?$", "", s).strip()


def country_code(name: str) -> str | None:
    """ISO alpha-2 code for any form of a country's name (case-insensitive), or None.

    Accepts short, official, former and abbreviated names, demonyms, alpha-2 and alpha-3 codes:
    ``"Kingdom of Spain"``, ``"azerbaijani"``, ``"Türkiye"``, ``"AZ"``, ``"AZE"``, ``"the Netherlands"``.
    """
    if not name or not name.strip():
        return None
    lookup = _country_lookup()
    hit = lookup.get(_lkey(name))
    if hit is None:
        hit = lookup.get(_lkey(_strip_name(name)))
    if hit is None and _PAIR.get():
        codes = _ambiguous().get(_lkey(_strip_name(name)), ())
        inside = [c for c in codes if c in _PAIR.get()]
        hit = inside[0] if len(inside) == 1 else None
    return hit


@lru_cache(maxsize=1)
def _ambiguous() -> dict[str, tuple[str, ...]]:
    return {
        _lkey(v): tuple(r["codes"].split("|"))
        for r in _read_tsv("ambiguous_countries.tsv")
        for v in _variants(r["form"])
    }


def country_name(code: str) -> str:
    """The short common English name of a code (``"TR"`` -> ``"Turkey"``). Raises KeyError if unknown."""
    return _countries()[0][code.upper()].name


def country_status(code: str) -> str | None:
    """``"state"``, ``"territory"`` or ``"historical"``; None for an unknown code."""
    c = _countries()[0].get(code.upper())
    return c.status if c else None


def is_historical(code: str) -> bool:
    """True for codes of states that no longer exist (SU, YU, CS, DD, AN)."""
    return country_status(code) == "historical"


@lru_cache(maxsize=1)
def _wholes() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in _read_tsv("country_parts.tsv"):
        out.setdefault(r["part"], set()).add(r["whole"])
    return {k: frozenset(v) for k, v in out.items()}


def wholes(code: str) -> frozenset[str]:
    """The states a place of ``code`` lies or lay within (``"RU"`` -> SU, ``"AX"`` -> FI): data/country_parts.tsv."""
    return _wholes().get(code.upper(), frozenset())


def within(code: str, states: Iterable[str]) -> str:
    """The one of ``states`` a code stands for: itself, or the one it lies within ("RU" among FI, SU is SU);
    otherwise the code unchanged."""
    pool = set(states)
    if code in pool:
        return code
    inside = wholes(code) & pool
    return next(iter(inside)) if len(inside) == 1 else code


def states_called(demonym: str) -> frozenset[str]:
    """The states a demonym names on its own or ends the demonym of ("German": DE, and DD's "East German";
    "Korean": South and North Korea), historical states included."""
    key = demonym.strip().casefold()
    return frozenset(
        c.code
        for c in _countries()[0].values()
        if any(d.casefold() == key or d.casefold().endswith(" " + key) for d in c.demonyms)
    )


def demonyms(code: str) -> list[str]:
    """Adjectives and nouns for a country's people (plurals included), in data order."""
    c = _countries()[0].get(code.upper())
    return list(c.demonyms) if c else []


@lru_cache(maxsize=1)
def _country_scanner() -> _Scanner:
    table, blockers = _countries()
    items: dict[str, tuple[str, str, str | None] | None] = {}
    for kind_pass in ("name", "official", "abbrev", "former", "demonym"):
        for c in table.values():
            for form, kind in c.forms:
                if kind == kind_pass:
                    for v in _variants(form):
                        items.setdefault(v, (c.code, kind, None))
    for r in _read_tsv("ambiguous_countries.tsv"):
        for v in _variants(r["form"]):
            # kept by the scan, dropped or resolved by find_countries (the article's pair decides)
            items.setdefault(v, ("?" + r["codes"], "ambiguous:" + r["kind"], None))
    for b in blockers:
        items.setdefault(b, None)
    country_keys = {_key(f) for f, p in items.items() if p is not None}
    for org_form in _org_forms():
        if _key(org_form) not in country_keys and _contains_any(org_form, country_keys):
            items.setdefault(org_form, None)
    return _literal_table(items)


def _contains_any(phrase: str, keys: set[str]) -> bool:
    """True when a run of whole words of ``phrase`` (but not all of it) is one of ``keys``."""
    toks = _key(phrase).split(" ")
    n = len(toks)
    return any(" ".join(toks[i:j]) in keys for i in range(n) for j in range(i + 1, n + 1) if j - i < n)


def clear_text_caches() -> None:
    """Forget the per-text results of the finders (the tables stay loaded). For benchmarks: a pass over articles
    already seen would otherwise measure cache hits, not extraction."""
    for fn in (_cached_find_countries, _cached_find_cities, _cached_find_organizations, _cached_find_parliaments):
        fn.cache_clear()
    _cached_find_roles.cache_clear()
    _words.cache_clear()


_PAIR: ContextVar[frozenset[str]] = ContextVar("bilateral_pair", default=frozenset())


@contextmanager
def resolving(pair: Iterable[str] | None) -> Iterator[None]:
    """Within the block, an ambiguous country word ("Korea", "Congolese") names the one of its states that is in
    ``pair`` (the article's two states), when exactly one is; otherwise it stays unmatched."""
    token = _PAIR.set(frozenset(pair or ()))
    try:
        yield
    finally:
        _PAIR.reset(token)


def current_pair() -> frozenset[str]:
    """The pair ``resolving`` has set (empty outside it)."""
    return _PAIR.get()


def _resolved(m: Mention, pair: frozenset[str]) -> Mention | None:
    codes = [c for c in m.code[1:].split("|") if c in pair]
    if len(codes) != 1:
        return None
    return Mention(m.start, m.end, m.text, codes[0], m.kind.split(":", 1)[1], m.value)


def find_countries(text: str) -> list[Mention]:
    """Country mentions (names, official names, former names, abbreviations, demonyms) in ``text``."""
    found = _cached_find_countries(text)
    if not any(m.code[0] == "?" for m in found):
        return list(found)  # a copy: callers may change their list
    pair = _PAIR.get()
    out = []
    for m in found:
        if m.code[0] == "?":
            r = _resolved(m, pair)
            if r is not None:
                out.append(r)
        else:
            out.append(m)
    return out


def third_ambiguous(text: str) -> bool:
    """An ambiguous country word in ``text`` names none of the pair ``resolving`` has set: "Korea" in an article on
    China and Ethiopia is some state outside the pair, which of the two it does not matter."""
    pair = _PAIR.get()
    return any(
        m.code[0] == "?" and not any(c in pair for c in m.code[1:].split("|")) for m in _cached_find_countries(text)
    )


@lru_cache(maxsize=8192)
def _cached_find_countries(text: str) -> list[Mention]:
    return [
        m
        for m in _country_scanner().scan(text)
        # "$US 264.3 million" is a currency, not the country
        if not (m.kind == "abbrev" and (text[m.start - 1 : m.start] == "$" or text[m.end : m.end + 1] == "$"))
    ]


# ---------------------------------------------------------------------------------------------- cities


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(text forms, all forms): folded lower key -> (canonical name, country)."""
    text_forms: dict[str, tuple[str, str]] = {}
    all_forms: dict[str, tuple[str, str]] = {}
    for r in _read_tsv("cities.tsv"):
        payload = (r["name"], r["country"])
        for form in [r["name"], *_multi(r["alternatives"])]:
            for v in _variants(form):
                all_forms.setdefault(_lkey(v), payload)
                if r["match"] != "lookup":
                    text_forms.setdefault(v, payload)
    return text_forms, all_forms


def city_country(name: str) -> str | None:
    """Country code of a city given any listed spelling (case- and accent-insensitive), or None."""
    if not name or not name.strip():
        return None
    hit = _cities()[1].get(_lkey(name))
    if hit is None:
        hit = _cities()[1].get(_lkey(_strip_name(name)))
    return hit[1] if hit else None


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(r["name"] for r in _read_tsv("cities.tsv") if r.get("capital") == "1")


@lru_cache(maxsize=1)
def _capital_of() -> dict[str, str | None]:
    by_state: dict[str, list[str]] = {}
    for r in _read_tsv("cities.tsv"):
        if r.get("capital") == "1":
            by_state.setdefault(r["country"], []).append(r["name"])
    out: dict[str, str | None] = {code: names[0] for code, names in by_state.items() if len(names) == 1}
    out.update({r["code"]: r["seat"] or None for r in _read_tsv("diplomatic_seats.tsv")})
    return out


def capital_of(code: str) -> str | None:
    """The capital where the embassies to a state are ("IS" -> "Reykjavík", "SU" -> "Moscow", "CI" -> "Abidjan",
    data/diplomatic_seats.tsv over cities.tsv), or None when that cannot be told."""
    return _capital_of().get(code)


def is_capital(name: str) -> bool:
    """True for the canonical name of a state's capital ("Canberra"): the seat that can stand for its state."""
    return name in _capitals()


def city_name(name: str) -> str | None:
    """Canonical spelling of a city (``"Kiev"`` -> ``"Kyiv"``), or None."""
    hit = _cities()[1].get(_lkey(name)) if name and name.strip() else None
    return hit[0] if hit else None


@lru_cache(maxsize=1)
def _city_scanner() -> _Scanner:
    text_forms, _ = _cities()
    items: dict[str, tuple[str, str, str | None] | None] = {}
    for form, (canon, cc) in text_forms.items():
        items[form] = (cc, "city", canon)
    city_keys = {_key(f) for f in text_forms}
    # Longer names that contain a city name but are not the city: "El Salvador", "Guinea-Bissau",
    # "Republic of Singapore", "Shanghai Cooperation Organisation", "Minsk Group".
    table, _ = _countries()
    others = [v for c in table.values() for f, _k in c.forms for v in _variants(f)] + _org_forms()
    for other in others:
        if _key(other) not in city_keys and _contains_any(other, city_keys):
            items.setdefault(other, None)
    return _literal_table(items)


def find_cities(text: str) -> list[Mention]:
    """City mentions; ``code`` is the city's country, ``value`` the canonical city name."""
    return list(_cached_find_cities(text))  # a copy: callers may change their list


@lru_cache(maxsize=8192)
def _cached_find_cities(text: str) -> list[Mention]:
    return [
        _with_city_words(text, m)
        for m in _city_scanner().scan(text)
        if not _surname_of(text, m) and not _given_name_of(text, m)
    ]


_CITY_AFTER = re.compile(r" City\b(?![\-'’])")


def _with_city_words(text: str, m: Mention) -> Mention:
    """The name as the text writes it, with the word that belongs to it ("Davao City"); the value stays the
    canonical city. ("East Berlin" is left as "Berlin": a divided city's halves belonged to two states, which the
    table cannot tell.)"""
    after = _CITY_AFTER.match(text, m.end)
    if after is None or m.text.endswith("City"):
        return m
    return Mention(m.start, after.end(), text[m.start : after.end()], m.code, m.kind, m.value)


_NEXT_WORD = re.compile(r" ([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)\b(?![\-'’])")
_AFTER_PLACE = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"}
    | {"December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Province"}
    | {"Region", "Airport", "Station", "Metro", "Stock", "Exchange", "Declaration", "Agreement", "Treaty", "Accords"}
    | {"Process", "Protocol", "Convention", "Conference", "Summit", "Group", "Street", "Square", "Bay", "Harbour"}
)


def _given_name_of(text: str, m: Mention) -> bool:
    """A city's name that begins a person's ("his Argentine counterpart Santiago Cafiero"): one word of a city
    followed by a capitalized word that is no place, state, organization, role, month or function word, with no
    preposition of place before it ("in Santiago" stays the city)."""
    if " " in m.text or not m.text[:1].isupper():
        return False
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None or nxt.group(1) in _AFTER_PLACE:
        return False
    if re.search(r"\b(?:in|at|to|from|into|of|near|via|outside)\s+$", text[max(0, m.start - 10) : m.start], re.I):
        return False
    if re.match(
        r"\s+(?:hotel|airport|stadium|palace|cent(?:re|er)|university|square|street|bridge|port|station|office|branch"
        r"|conference|summit|forum|dialogue|congress)\b",
        text[nxt.end() : nxt.end() + 14],
        re.I,
    ):
        return False  # "the Tbilisi Marriott hotel", "the Munich Security Conference": named after the city
    return not _is_name_word(nxt.group(1))


_GIVEN = re.compile(r"(?<![\w.])(\w{3,})\s$")
# capitalized words that come before a city's name without making it a person's ("East Berlin", "Greater Tokyo",
# "Lake Geneva" is not the city either, but it is no person: the city is kept)
_PLACE_WORDS = frozenset(
    {"East", "West", "North", "South", "Central", "Greater", "Old", "New", "Upper", "Lower", "Inner", "Outer"}
    | {"Metropolitan", "Downtown", "Lake", "Port"}
)


_APPOSITION_AFTER = re.compile(
    r",\s+(?:who|whom|appointed|named|nominated|designated|elected|formerly|a\s+former|the\s+(?:first|new|former|last))\b"
)


def _surname_of(text: str, m: Mention) -> bool:
    """A city's name that ends a person's ("Chilean President Ricardo Lagos", "Foreign Minister Ana Paris"): the word
    before it is a capitalized word that is no place word, state, city, organization or role, and not the first word
    of the text. Such a name is read as the person's, not as the city."""
    g = _GIVEN.search(text, max(0, m.start - 20), m.start)
    # (a capitalized word of letters: "Ricardo", "Luís")
    if g is None or not (g.group(1)[0].isupper() and g.group(1).isalpha() and not g.group(1).isupper()):
        return False
    # (the first word of a sentence may be anything; that of a short field or cell, "Luís Faro Ramos", is the name's)
    first = not text[: g.start(1)].strip() and len(text.split()) > 5
    if first and _APPOSITION_AFTER.match(text, m.end):
        first = False  # (unless an apposition tells of a person: "Peter Chanda, appointed in 1983 as …")
    before = text[: g.start(1)].rstrip()
    if first or g.group(1) in _PLACE_WORDS or (before and before[-1] in ".!?:;"):
        return False
    return not _is_name_word(g.group(1))


@lru_cache(maxsize=65536)
def _is_name_word(word: str) -> bool:
    """The word names a state, a people, a city, an organization or a role: it is no given name."""
    return bool(
        country_code(word)
        or organization(word)
        or role_of(word)
        or _city_scanner().scan(word)
        or word.lower() in _FUNCTION_WORDS
        or word in ("The", "In", "On", "At", "By", "From", "To", "For", "With", "And", "Both", "Its", "Their")
    )


@lru_cache(maxsize=1)
def _world_cities() -> dict[str, dict[str, str]]:
    """country -> {spelling: canonical name} of world_cities.tsv (GeoNames; built by tools/make_world_cities.py)."""
    out: dict[str, dict[str, str]] = {}
    for r in _read_tsv("world_cities.tsv"):
        forms = out.setdefault(r["country"], {})
        for form in [r["name"], *_multi(r["alternatives"])]:
            forms.setdefault(form, r["name"])
    return out


@lru_cache(maxsize=256)
def _world_scanner(country: str) -> _Scanner:
    items: dict[str, tuple[str, str, str | None] | None] = {}
    for form, (canon, cc) in _cities()[0].items():
        if cc == country:
            items[form] = (cc, "city", canon)
    for form, canon in _world_cities().get(country, {}).items():
        items.setdefault(form, (country, "city", canon))
    return _literal_table(items)


def find_cities_of(text: str, country: str) -> list[Mention]:
    """Cities of one state in ``text``: the hand-kept table and every GeoNames city of 15,000 people or more.

    For places the grammar already puts in ``country`` ("consulates general in Naha and Sapporo" when the
    receiver is Japan); the wider table is never scanned without a state, so "Lincoln" the person stays a name.
    """
    if not country:
        return []
    found = [_with_city_words(text, m) for m in _world_scanner(country).scan(text) if m.text[:1].isupper()]
    for part in _parts_of(country):
        # the cities of a place within the state count as its own ("consulates-general in Shanghai and Hong Kong")
        found += [_with_city_words(text, m) for m in _world_scanner(part).scan(text) if m.text[:1].isupper()]
    return sorted(found, key=lambda m: m.start) if len(found) > 1 else found


@lru_cache(maxsize=256)
def _parts_of(country: str) -> tuple[str, ...]:
    """The places data/country_parts.tsv puts within a state ("CN" -> HK, MO), and the states a former one held
    ("SU" -> RU, UA, …): "Hungary had a legation in Moscow" in an article on Hungary and the Soviet Union."""
    return tuple(sorted(part for part, whole in _wholes().items() if country in whole))


# ---------------------------------------------------------------------------------------------- organizations


def _org_spellings(name: str) -> list[str]:
    out = [name]
    swaps = (
        ("Organization", "Organisation"),
        ("Organisation", "Organization"),
        ("Cooperation", "Co-operation"),
        ("Co-operation", "Cooperation"),
        ("Programme", "Program"),
        ("Labour", "Labor"),
    )
    for a, b in swaps:
        for x in list(out):
            if a in x:
                out.append(x.replace(a, b))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _orgs() -> dict[str, str]:
    """Every text form -> canonical name (in data order)."""
    out: dict[str, str] = {}
    for r in _read_tsv("organizations.tsv"):
        canon = r["canonical"]
        for form in [canon, *_multi(r["abbrevs"]), *_multi(r["variants"])]:
            for v in _org_spellings(form):
                out.setdefault(v, canon)
    return out


def _org_forms() -> list[str]:
    return list(_orgs())


@lru_cache(maxsize=1)
def _org_lookup() -> dict[str, str]:
    out: dict[str, str] = {}
    for form, canon in _orgs().items():
        out.setdefault(_lkey(form), canon)
    return out


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a for r in _read_tsv("organizations.tsv") for a in _multi(r["abbrevs"]))


def is_org_abbreviation(form: str) -> bool:
    """True for a form that is an organization's abbreviation ("OPEC", "SAARC"), not its name written out."""
    return form in _abbreviations()


def organization(name: str) -> str | None:
    """Canonical name of an international organization from any form (case-insensitive), or None."""
    if not name or not name.strip():
        return None
    lookup = _org_lookup()
    for cand in (name, re.sub(r"^the\s+", "", name.strip(), flags=re.I)):
        hit = lookup.get(_lkey(cand))
        if hit:
            return hit
    return None


@lru_cache(maxsize=1)
def _org_scanner() -> _Scanner:
    items: dict[str, tuple[str, str, str | None] | None] = {}
    for form, canon in _orgs().items():
        items.setdefault(form, (canon, "org", canon))
    return _literal_table(items)


@lru_cache(maxsize=1)
def _dissolved() -> frozenset[str]:
    return frozenset(r["canonical"] for r in _read_tsv("organizations.tsv") if r.get("dissolved"))


def is_dissolved(canonical: str) -> bool:
    """True for an organization that no longer exists (League of Nations, Warsaw Pact): the data's `dissolved`."""
    return canonical in _dissolved()


def find_organizations(text: str) -> list[Mention]:
    """Organization mentions; ``code`` and ``value`` are the canonical name."""
    return list(_cached_find_organizations(text))  # a copy: callers may change their list


@lru_cache(maxsize=8192)
def _cached_find_organizations(text: str) -> list[Mention]:
    return _org_scanner().scan(text)


# ---------------------------------------------------------------------------------------------- parliaments


@lru_cache(maxsize=1)
def _parliaments() -> tuple[dict[str, str], list[str]]:
    """(specific form -> country, generic forms)."""
    specific: dict[str, str] = {}
    generic: list[str] = []
    for r in _read_tsv("parliaments.tsv"):
        forms = [r["name"], *_multi(r["variants"])]
        if r["country"]:
            for f in forms:
                specific.setdefault(f, r["country"])
        else:
            generic += forms
    return specific, generic


@lru_cache(maxsize=1)
def _country_forms() -> tuple[list[str], list[str]]:
    """Short names and abbreviations (with variants) of current and historical states; demonyms."""
    table, _ = _countries()
    # official forms too: "the National Assembly of the Republic of Korea" ("Korea" alone names no state)
    names = [v for c in table.values() for f, k in c.forms if k in ("name", "abbrev", "official") for v in _variants(f)]
    dems = [f for c in table.values() for f, k in c.forms if k == "demonym"]
    return names, dems


@lru_cache(maxsize=1)
def _country_alternations() -> tuple[str, str]:
    names, dems = _country_forms()
    return _alternation(names), _alternation(dems)


def _tokens_of(forms: Iterable[str]) -> set[str]:
    return {t for f in forms if (t := _first_token(f))}


_OF_COUNTRY = r"\s+of\s+(?:the\s+)?(?:Parliament\s+of\s+)?(?:the\s+)?(?:Republic\s+of\s+)?(?P<c>{C})"


@lru_cache(maxsize=1)
def _parliament_parts() -> tuple[str, str, dict[str, str]]:
    specific, generic = _parliaments()
    spec_rx = _alternation(specific)
    gen_rx = _alternation(generic)
    spec_keys = {_key(f): cc for f, cc in specific.items()}
    return spec_rx, gen_rx, spec_keys


@dataclass(frozen=True, slots=True)
class _Pair:
    """A match of a head pattern followed by a tail pattern; group "c" is the head."""

    string: str
    start: int
    mid: int
    stop: int

    def end(self) -> int:
        return self.stop

    def group(self, name: str | int = 0, /) -> str:
        return self.string[self.start : self.mid] if name == "c" else self.string[self.start : self.stop]


@dataclass(frozen=True, slots=True)
class _Then:
    head: re.Pattern[str]
    tail: re.Pattern[str]

    def match(self, string: str, pos: int = 0, /) -> _Pair | None:
        h = self.head.match(string, pos)
        t = self.tail.match(string, h.end()) if h else None
        return _Pair(string, pos, h.end(), t.end()) if h and t else None


@lru_cache(maxsize=1)
def _parliament_scanner() -> _Scanner:
    spec_rx, gen_rx, spec_keys = _parliament_parts()
    specific, generic = _parliaments()
    names_rx, _ = _country_alternations()
    sc = _Scanner()

    def from_specific(m: re.Match[str], _t: str) -> tuple[str, str, str | None] | None:
        cc = spec_keys.get(_key(m.group("p")))
        return (cc, "parliament", None) if cc else None

    def from_country(m: re.Match[str], _t: str) -> tuple[str, str, str | None] | None:
        cc = country_code(m.group("c"))
        return (cc or "", "parliament", None)

    def bare(_m: re.Match[str], _t: str) -> tuple[str, str, str | None] | None:
        return ("", "parliament", None)

    of_country = _OF_COUNTRY.replace("{C}", names_rx)
    sc.add(
        (_first_token(f) for f in specific),
        re.compile(f"(?P<p>{spec_rx})(?:{of_country})?"),
        from_specific,
        2,
    )
    gen_first = [_first_token(f) for f in generic]
    sc.add(gen_first, re.compile(f"(?:{gen_rx}){of_country}"), from_country, 1)
    sc.add(gen_first, re.compile(f"(?:{gen_rx})"), bare, 0)
    names, dems = _country_forms()
    # one small pattern per first word of the state's name, then the parliament's word: an alternation of every
    # state's name tried at each state mention cost more than all the other scanners together
    for forms, tail in ((names, re.compile(f"(?:'s?)?\\s+(?:{gen_rx})")), (dems, re.compile(f"\\s+(?:{gen_rx})"))):
        by_token: dict[str, list[str]] = {}
        for f in forms:
            if tok := _first_token(f):
                by_token.setdefault(tok, []).append(f)
        for tok, group in by_token.items():
            sc.add([tok], _Then(re.compile(_alternation(group)), tail), from_country, 1)
    return sc


def find_parliaments(text: str) -> list[Mention]:
    """Parliament mentions; ``code`` is the country, or ``""`` for a bare generic name ("the Senate")."""
    return list(_cached_find_parliaments(text))  # a copy: callers may change their list


@lru_cache(maxsize=8192)
def _cached_find_parliaments(text: str) -> list[Mention]:
    return _parliament_scanner().scan(text)


def parliament_of(code: str) -> str | None:
    """The first name data/parliaments.tsv lists for a state's parliament ("PL" -> "Sejm"), or None."""
    specific, _ = _parliaments()
    return next((form for form, cc in specific.items() if cc == code), None)


def parliament_countries(generic: str) -> frozenset[str]:
    """The states whose parliament a generic name can be ("Assembly of the Republic" -> {"PT", "MZ", …}): those
    with a specific form that is the generic name followed by "of <state>"."""
    key = _lkey(re.sub(r"^the\s+", "", generic.strip(), flags=re.I))
    return _generic_index().get(key, frozenset())


@lru_cache(maxsize=1)
def _generic_index() -> dict[str, frozenset[str]]:
    specific, generic = _parliaments()
    out: dict[str, set[str]] = {}
    for g in generic:
        gk = _lkey(g)
        for form, cc in specific.items():
            if _lkey(form).startswith(gk + " of "):
                out.setdefault(gk, set()).add(cc)
    return {k: frozenset(v) for k, v in out.items()}


def parliament_country(name: str) -> str | None:
    """Country of a parliament name ("Saeima" -> "LV", "National Assembly of Armenia" -> "AM"), or None."""
    if not name or not name.strip():
        return None
    stripped = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    ms = find_parliaments(stripped)
    if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(stripped) and ms[0].code:
        return ms[0].code
    return None


# ---------------------------------------------------------------------------------------------- roles


@lru_cache(maxsize=1)
def _roles() -> tuple[list[tuple[str, str, int, str]], list[str]]:
    rows: list[tuple[str, str, int, str]] = []
    fields: list[str] = []
    for r in _read_tsv("roles.tsv"):
        if r["role"] == "@field":
            fields.append(r["pattern"])
        else:
            rows.append((r["pattern"], r["role"], int(r["priority"] or 0), r["case"] or "i"))
    return rows, fields


@lru_cache(maxsize=8)
def role_words(roles: frozenset[str]) -> frozenset[str]:
    """The folded, lower-cased words (of four letters or more) that only the phrases of roles.tsv naming one of
    ``roles`` use: a text with none of them names none of those roles (a cheap gate before the scanners)."""
    mine: list[set[str]] = []
    others: set[str] = set()
    for pattern, role, _prio, _case in _roles()[0]:
        words = {w for w in re.findall(r"\w+", fold(pattern).lower()) if len(w) >= 4}
        if role in roles:
            mine.append(words)
        else:
            others |= words
    # the words no other role uses ("ambassador", "consul", not "first" or "general"); a phrase with none of its own
    # ("First Secretary") keeps all its words
    out: set[str] = set()
    for words in mine:
        out |= (words - others) or words
    return frozenset(out)


_CONNECTOR = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*-\s*|\s+")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    stop: int
    string: str

    def end(self) -> int:
        return self.stop

    def group(self, name: str | int = 0, /) -> str:
        return self.string[self.start : self.stop]


class _Placeholder:
    """A compiled sub-pattern of role rows; ``ends`` lists where it may stop, preferred first."""

    def __init__(self, kind: str, rx: re.Pattern[str], first: set[str]) -> None:
        self.kind, self.rx, self.first = kind, rx, first

    def ends(self, s: str, pos: int) -> list[int]:
        if self.kind == "F":  # field words joined by connectors; longest first
            out: list[int] = []
            m = self.rx.match(s, pos)
            while m:
                out.append(m.end())
                c = _CONNECTOR.match(s, m.end())
                m = self.rx.match(s, c.end()) if c else None
            return out[::-1]
        if self.kind == "X":  # a short stretch inside one clause; shortest first
            m = self.rx.match(s, pos)
            if not m:
                return []
            return [e for e in range(pos + 1, m.end() + 1) if s[e - 1].isalnum() and not s[e : e + 1].isalnum()]
        m = self.rx.match(s, pos)
        return [m.end()] if m else []


@lru_cache(maxsize=1)
def _placeholders() -> dict[str, _Placeholder]:
    _, fields = _roles()
    specific, generic = _parliaments()
    orgs = _org_forms()
    return {
        "F": _Placeholder("F", re.compile(_alternation(fields), re.I), _tokens_of(fields)),
        "P": _Placeholder("P", re.compile(_alternation([*specific, *generic])), _tokens_of([*specific, *generic])),
        "O": _Placeholder("O", re.compile(_alternation(orgs)), _tokens_of(orgs)),
        # a few words inside one clause, never across "of": "head of the Portuguese government"
        "X": _Placeholder("X", re.compile(r"(?:(?!(?i:of)\b)[^\n.;:()\[\]]){1,60}"), set()),
    }


_PLACEHOLDER = re.compile(r"\{([FPOX])\}")


def _inflections(token: str | None) -> set[str]:
    """A lower-case token and its plural forms (role phrases may start with "Ministers", "Deputies")."""
    if not token:
        return set()
    out = {token, token + "s", token + "es"}
    if token.endswith("y"):
        out.add(token[:-1] + "ies")
    if token.endswith("man"):
        out.add(token[:-3] + "men")
    return out


class _RolePattern:
    """A role row: literal pieces (small regexes) and placeholders, matched with backtracking."""

    def __init__(self, pattern: str, case: str) -> None:
        ph = _placeholders()
        flags = re.I if case == "i" else 0
        self.parts: list[re.Pattern[str] | _Placeholder] = []
        self.first: set[str] | None = None
        pos = 0
        for m in [*_PLACEHOLDER.finditer(pattern), None]:
            lit = pattern[pos : m.start() if m else len(pattern)]
            if lit:
                self.parts.append(re.compile(_phrase_rx(lit, plural=True) + ("" if m else _tail(lit)), flags))
                if self.first is None and lit.strip():
                    self.first = _inflections(_first_token(lit))
            if m is None:
                break
            self.parts.append(ph[m.group(1)])
            if self.first is None:
                self.first = set(ph[m.group(1)].first)
            pos = m.end()

    def _from(self, s: str, i: int, pos: int) -> int | None:
        if i == len(self.parts):
            return pos
        part = self.parts[i]
        if isinstance(part, _Placeholder):
            for e in part.ends(s, pos):
                end = self._from(s, i + 1, e)
                if end is not None:
                    return end
            return None
        m = part.match(s, pos)
        return self._from(s, i + 1, m.end()) if m else None

    def match(self, string: str, pos: int = 0, /) -> _Span | None:
        end = self._from(string, 0, pos)
        return _Span(pos, end, string) if end is not None and end > pos else None


@lru_cache(maxsize=1)
def _role_scanner() -> _Scanner:
    rows, _ = _roles()
    sc = _Scanner()
    for pattern, role, priority, case in rows:
        rp = _RolePattern(pattern, case)

        def resolve(_m: Any, _t: str, role: str = role) -> Payload:
            return ("", "role", role)

        sc.add(rp.first or set(), rp, resolve, priority)
    return sc


def find_roles(text: str) -> list[Mention]:
    """Role phrases (longest match); ``value`` is the contract role, ``code`` is ``""``."""
    return list(_cached_find_roles(text))  # a copy: callers may change their list


@lru_cache(maxsize=8192)
def _cached_find_roles(text: str) -> list[Mention]:
    return _role_scanner().scan(text)


@lru_cache(maxsize=1)
def _head_titles() -> dict[str, frozenset[str]]:
    return {r["title"]: frozenset(_multi(r["states"])) for r in read_table("head_titles.tsv")}


def head_title_states(text: str) -> frozenset[str]:
    """The states whose head of state bears the title ``text`` starts with ("Emir Nawaf …" -> KW, QA, …;
    data/head_titles.tsv), or an empty set."""
    for title in sorted(_head_titles(), key=len, reverse=True):
        if text.startswith(title) and text[len(title) : len(title) + 1] in (" ", "\u00a0"):
            return _head_titles()[title]
    return frozenset()


def role_of(phrase: str) -> str | None:
    """The contract role a phrase names ("Deputy Foreign Minister" -> "deputy_minister"), or None.

    When the phrase holds several role phrases the longest one decides ("Portugal's Foreign Minister").
    """
    ms = find_roles(phrase or "")
    if not ms:
        return None
    return max(ms, key=lambda m: (m.end - m.start, -m.start)).value
