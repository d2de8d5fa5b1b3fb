"""Dates as articles write them, read into EDTF strings (level 0 and 1).

Why hand-written: general date parsers fill the parts a text leaves out from today's date and read only
the start of a range. Articles about bilateral relations are full of day ranges ("2–3 December 1996"),
month periods ("January–June 2003", "the first eight months of 2023"), open periods ("since December
2004") and references to a date told earlier ("on 2 December of the same year", "a day earlier").

The grammar (compiled patterns; where readings overlap the longest wins)
-----------------------------------------------------------------------
Patterns are only tried where a cheap seed stands (a run of digits, a month's name, a keyword such as
"quarter" or "year"), at the seed and at the start of the few words before it, so that a 5 KB article
takes about a millisecond.

``[kw] DATE`` where the optional keyword makes the date an open start (``since``, ``from``), an open end
(``until``, ``till``), a point (``as of``) or approximate (``around``, ``circa`` -> ``"2005~"``).

* day, month, year in either order: ``7 January 1992``, ``the 11th of March 2020``, ``February 11, 1992``,
  ``Jan. 5, 2001``; ISO ``2013-01-14``; ``14.01.2013`` (day first).
* day ranges: ``2–3 December 1996``, ``from 9 to 11 December 2009``, ``between 3 and 6 March 2014``,
  ``December 1–2, 2010``, ``30 November – 2 December 2005``, ``30 November 2005 – 2 January 2006``.
* months: ``September 2011``, ``September, 2011``, ``March of 2010``; ranges ``January–June 2003``,
  ``from January to October 2024``, ``November 2005 – March 2006``; coordination ``in March and April 2010``
  gives March its year.
* years: a four-digit number 1000..2100 is a year only where it stands like one: after a word of
  ``year_prefix`` (``in 1994``, ``for 2016``), after a keyword or a part word (``late 2005``), after
  ``the`` before a noun (``the 2014 turnover``), in parentheses, in a list after another year, in a day or
  month construction, or alone in a table cell (:func:`parse_date`). Ranges ``2004–2008``, ``2017–18``,
  ``from 2001 to 2005`` -> ``"2004/2008"``; with a fiscal start month ``2017–18`` -> ``"2017-04/2018-03"``.
* parts of a period keep the precision of the period: ``late 2005``, ``at the end of 2020`` -> the year;
  ``early December 2004`` -> the month; ``early 1990s``, ``mid-2010s``, ``the 1990s`` -> ``"199X"``;
  ``the 20th century`` -> ``"19XX"``; seasons ``spring 2005`` -> ``"2005-21"``.
* quarters and halves: ``the first quarter of 2011``, ``Q1 2024``, ``H1 2022``, ``the first half of 2022``,
  ``the first eight months of 2023``, ``the first three quarters of 2021`` -> month intervals.
* references (kind ``"relative"``), resolved through :class:`DateContext` and never without it:
  ``that year``, ``later that year``, ``the following year``, ``a year earlier`` (shifts the whole period),
  ``the same day``, ``a day earlier``, ``the next month``; a day or month without a year (``on 10 December``,
  ``in March``, ``1st quarter``) takes the context's year; ``during the visit`` / ``at the ceremony`` take
  the date of the last sentence that spoke of a visit / ceremony, and only when their own sentence has no
  date.

Vocabulary (month names, seasons, keywords, anchor nouns) is ``bilateral/data/date_words.tsv``.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = [
    "DateContext",
    "DateMatch",
    "bounds",
    "detect_fiscal_start",
    "find_dates",
    "month_names",
    "parse_date",
    "precision",
]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text: offsets into that text, its EDTF value and how the text qualifies it."""

    start: int
    end: int
    value: str
    kind: str  # "point" | "interval" | "since" | "until" | "relative"
    text: str


_ATTRIBUTIVE_YEAR = re.compile(r"\s+(?!(?:and|or|to|until|when|which|that|after|before)\b)[a-z][a-z\-]+")


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_FIRST_SINCE = re.compile(
    r"\b(?:first|last|only|highest|lowest|largest|biggest|worst|best)\s+(?:[\w\-]+\s+){0,3}$", re.I
)


# (or a clause of its own in the past perfect: "…; she had presented her credentials to NAME in February 2023")
_EARLIER_ASIDE = re.compile(r"(?:,\s*(?:who|which)|;\s*(?:he|she|they|it))\s+had\s+[^,;()]*$")


def _compares(text: str, m: DateMatch) -> bool:
    """A "since" that compares ("…, the first since 1980, …"): no time the text moved to."""
    return m.kind == "since" and _FIRST_SINCE.search(text, max(0, m.start - 40), m.start) is not None


@dataclass
class DateContext:
    """What the surrounding article has said so far; resolves references.

    ``last`` is the most recent date value seen; ``anchors`` maps a kind of happening ("visit",
    "ceremony", ...) to the date of the last sentence that spoke of one (filled when :meth:`update` is
    given the text the matches came from).
    """

    last: str | None = None
    anchors: dict[str, str] = field(default_factory=dict)
    # whether ``last`` was told in the text being read now (set while find_dates reads it)
    told_here: bool = False
    # the first day the text being read tells after the reference being resolved, if any
    ahead: str | None = None

    def update(self, matches: Iterable[DateMatch], text: str | None = None) -> None:
        for m in matches:
            if not m.value:
                continue
            if (
                text is not None
                and _ATTRIBUTIVE_YEAR.match(text, m.end)
                and re.search(r"\bthe\s+$", text[max(0, m.start - 8) : m.start])
            ):
                continue  # "accusing Manila of breaching the 2018 agreement": a year that names a thing, not a time
            if text is not None and (_compares(text, m) or force_aside(text, m)):
                continue  # "…, the first since 1980, and … the following month": a comparison, not a time told
            if text is not None and _EARLIER_ASIDE.search(text, max(0, m.start - 100), m.start):
                # "… ambassador Solod, who had presented his credentials in September 1960, was asked to leave": a
                # time before the one the sentence tells, which "the following month" does not count from
                continue
            self.last = m.value
            # (a date that names back a happening, "on the last day of the visit", tells no new one of its kind)
            if text is not None and not _grammar().anchor_re.search(m.text.lower()):
                classes, names = _anchor_classes(text, m.start, m.end)
                for cls in classes:
                    if cls == "independence" and not _INDEPENDENCE_BEFORE.search(text, max(0, m.start - 40), m.start):
                        continue  # the day of independence is the date told with the word, not any of its sentence
                    self.anchors[cls] = m.value
                    # keyed by the names of its sentence too: "during Boric's visit" is the visit Boric made, not
                    # the last one anyone made
                    for name in names:
                        self.anchors[f"{cls}|{name}"] = m.value

    def copy(self) -> DateContext:
        return DateContext(self.last, dict(self.anchors))

    @property
    def year(self) -> int | None:
        """The context's year, when its last date lies within one year."""
        return _single_year(self.last)


# --------------------------------------------------------------------------- values


def _yr(s: str | None) -> int | None:
    if s is None:
        return None
    y = int(s)
    return y if 1000 <= y <= 2100 else None


def _day(y: int, mo: int, d: int) -> str | None:
    try:
        _dt.date(y, mo, d)
    except ValueError:
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _month(y: int, mo: int) -> str | None:
    return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None


_POINT_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?~?$")


def _parse_point(v: str) -> tuple[int, int | None, int | None] | None:
    m = _POINT_RE.match(v)
    if not m:
        return None
    y, mo, d = m.groups()
    mon = int(mo) if mo else None
    if mon is not None and mon > 12:  # a season code
        mon = None
        d = None
    return int(y), mon, int(d) if d else None


def bounds(value: str) -> tuple[str, str]:
    """The start and end of an EDTF value (both the value itself for a point)."""
    if "/" in value:
        a, b = value.split("/", 1)
        return a, b
    return value, value


def _single_year(value: str | None) -> int | None:
    if not value:
        return None
    a, b = bounds(value)
    pa, pb = _parse_point(a), _parse_point(b)
    if pa is None or pb is None or pa[0] != pb[0]:
        return None
    return pa[0]


def precision(value: str) -> str:
    """``"day"`` | ``"month"`` | ``"year"`` | ``"decade"`` | ``"century"`` | ``"season"`` | ``"interval"``."""
    if "/" in value:
        return "interval"
    v = value.rstrip("~?%")
    if re.fullmatch(r"\d{3}X", v):
        return "decade"
    if re.fullmatch(r"\d{2}XX", v):
        return "century"
    if re.fullmatch(r"\d{4}-2[1-4]", v):
        return "season"
    return {4: "year", 7: "month", 10: "day"}.get(len(v), "year")


def _interval(a: str | None, b: str | None) -> str | None:
    if a is None or b is None or not a < b:
        return None
    return f"{a}/{b}"


def shift_years(value: str, n: int) -> str | None:
    """The same period ``n`` years later (a day or a month becomes its year: the text gives no day or month for
    it, "in January 1979 …, and two years later" is 1981; a period keeps its months, "27% more than a year
    earlier" of January–March is January–March)."""
    parts = []
    a, b = bounds(value)
    pa, pb = _parse_point(a), _parse_point(b)
    if "/" in value and pa is not None and pb is not None and pa[0] == pb[0] and pa[2] is not None:
        # (days of one year: "from 25 to 27 May 2016 …; two years later" is 2018)
        return f"{pa[0] + n:04d}"
    for part in value.split("/"):
        p = _parse_point(part)
        if p is None:
            return None
        y = p[0] + n
        if p[2] is not None or ("/" not in value and p[1] is not None):
            if "/" in value:
                return None
            return f"{y:04d}"
        parts.append(f"{y:04d}{part[4:]}")
    return "/".join(parts)


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Vocab:
    months: dict[str, int]
    full_months: tuple[str, ...]
    abbr_months: tuple[str, ...]
    seasons: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    keywords: dict[str, str]  # normalized phrase -> since | until | point | approx
    year_prefix: tuple[str, ...]
    count_nouns: frozenset[str]
    anchors: dict[str, str]


_DAYS_ON = re.compile(
    r"(?i)(?:(?P<n>\w+)\s+days?\s+(?:later|after\b.*)|the\s+(?P<next>next|following)\s+day)\s*$"
)


def day_offset(text: str) -> int | None:
    """The days a relative phrase counts forward ("two days later" 2, "the next day" 1, "three days after his
    arrival" 3), else None."""
    m = _DAYS_ON.match(text.strip())
    if m is None:
        return None
    if m.group("next"):
        return 1
    return _count(m.group("n"))


_YEARS_ON = re.compile(
    r"(?i)\s*(?:(?P<n>\w+)\s+years?\s+later|(?:in\s+)?the\s+(?P<next>next|following)\s+year|(?P<a>a)\s+year\s+later)\b"
)


def year_offset(text: str) -> int | None:
    """The years a relative phrase opening ``text`` counts forward ("two years later" 2, "the following year" 1),
    else None."""
    m = _YEARS_ON.match(text)
    if m is None:
        return None
    if m.group("next") or m.group("a"):
        return 1
    return _count(m.group("n"))


def _count(word: str) -> int | None:
    """A positive count written in figures or words ("2", "two"), else None."""
    word = word.lower()
    n = int(word) if word.isdigit() else _vocab().numbers.get(word)
    return n if n and n > 0 else None


def month_names() -> tuple[str, ...]:
    """The full month names of the date vocabulary ("January" … "December"), as written."""
    return _vocab().full_months


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    text = resources.files("bilateral").joinpath("data", "date_words.tsv").read_text(encoding="utf-8")
    months: dict[str, int] = {}
    full: list[str] = []
    abbr: list[str] = []
    seasons: dict[str, int] = {}
    numbers: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    keywords: dict[str, str] = {}
    prefix: list[str] = []
    counts: set[str] = set()
    anchors: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, phrase, value = [*line.split("\t"), "", ""][:3]
        value = value.strip()
        if kind == "month":
            months[phrase.lower()] = int(value)
            full.append(phrase)
        elif kind == "month_abbr":
            months[phrase.lower()] = int(value)
            abbr.append(phrase)
        elif kind == "season":
            seasons[phrase.lower()] = int(value)
        elif kind == "number":
            numbers[phrase.lower()] = int(value)
        elif kind == "ordinal":
            ordinals[phrase.lower()] = int(value)
        elif kind in ("since", "until", "point", "approx"):
            keywords[phrase.lower()] = kind
        elif kind == "year_prefix":
            prefix.append(phrase.lower())
        elif kind == "count_noun":
            counts.add(phrase.lower())
        elif kind == "anchor":
            anchors[phrase.lower()] = value
    # the compound numbers of the tens and the units the table lists ("thirty-nine years later")
    tens = [(w, n) for w, n in numbers.items() if n >= 20 and n % 10 == 0 and " " not in w]
    units = [(w, n) for w, n in numbers.items() if 1 <= n <= 9 and " " not in w and w.isalpha() and len(w) > 2]
    for tw, tn in tens:
        for uw, un in units:
            numbers.setdefault(f"{tw}-{uw}", tn + un)
    return _Vocab(
        months,
        tuple(full),
        tuple(abbr),
        seasons,
        numbers,
        ordinals,
        keywords,
        tuple(prefix),
        frozenset(counts),
        anchors,
    )


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, inner spaces as ``\\s+``."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


# --------------------------------------------------------------------------- grammar


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str
    value: str | None = None
    resolve: Callable[[DateContext], str | None] | None = None
    anaphor: bool = False
    prio: int = 0  # lower wins among equal lengths
    loose: bool = False  # a day or month without a year: a date only after a preposition ("on 10 December")


_YR = r"(?:1\d{3}|20\d{2}|2100)"
_DAY_TOKEN = re.compile(r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?")
_LB = r"(?<![\w.,/$€£¥])"  # a number that is not the tail of another number or word
_DASH = r"(?:[-–—‒−]|&[nm]dash;|\{\{[nm]dash\}\})"
_SEP = rf"(?P<sep>\s*{_DASH}\s*|\s+(?i:to|till|until|through|into|and)\s+)"
_YSEP = rf"(?P<sep>\s*(?:{_DASH}|/)\s*|\s+(?i:to|till|until|through|and)\s+)"
_YREF = (
    r"(?P<yref>(?i:the\s+same\s+year|that\s+(?:same\s+)?year|the\s+(?:following|next|subsequent|previous"
    r"|preceding|prior)\s+year|the\s+year))"
)
_TAIL_END = r"(?=\s*(?:[,.;:)]|$))"


def _y(n: int | str) -> str:
    return rf"(?P<y{n}>{_YR})(?!\d)(?![.,]\d)"


def _d(n: int | str) -> str:
    return rf"(?P<d{n}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


_OPENING_WORDS = frozenset(("In", "On", "For", "By", "During", "Since", "Until", "At", "From", "The"))


class _G:
    """The compiled grammar (built once, lazily)."""

    def __init__(self) -> None:
        v = _vocab()
        self.v = v
        full = "|".join(sorted(v.full_months, key=len, reverse=True))
        abbr = "|".join(sorted(v.abbr_months, key=len, reverse=True))
        self.mon = rf"\b(?:(?:{full})(?![a-z])|(?:{abbr})(?:\.|(?![a-z])))"
        self.monfull = rf"\b(?:{full})(?![a-z])"
        kw_words = [*v.keywords, "between"]
        self.kw = rf"(?:\b(?P<kw>(?i:{_alt(kw_words)}))\s+)?"
        part = (
            r"(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of(?:\s+the\s+year)?"
            r"|(?:the\s+)?(?:early|mid|late)"
        )
        self.part = rf"(?:\b(?P<part>(?i:{part}))(?:\s+|-))?"
        ords = _alt(v.ordinals)
        nums = _alt(v.numbers)
        m1, m2 = self.m(1), self.m(2)
        kw, pt = self.kw, self.part
        ytail = rf"(?:,?\s+{_y(2)}|\s+of\s+{_YREF})?"
        ytail1 = rf"(?:,?\s+{_y(1)}|\s+of\s+{_YREF})?"
        qtail = (
            rf"(?:(?:\s+of)?\s+(?:the\s+(?:(?:fiscal|financial|calendar)\s+)?year\s+)?{_y(1)}"
            rf"|\s+of\s+{_YREF})?(?!\s+of\b)"
        )
        rel_nums = nums + r"|\d{1,2}"
        spec: dict[str, list[tuple[str, Callable[[re.Match[str]], _Cand | None]]]] = {
            # seeded by a run of four digits
            "digit4": [
                (kw + _LB + _y(1) + r"-(?P<mo>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])(?!\d)", self._iso),
                (
                    kw
                    + r"(?:(?P<fy>FY|(?i:fiscal|financial)\s+year)\s*)?"
                    + _LB
                    + _y(1)
                    + _YSEP
                    + r"(?P<y2>\d{4}|\d{2})(?!\d)(?![.,]\d)(?!'?s\b)",
                    self._year_range,
                ),
                (kw + pt + r"(?:the\s+)?" + _LB + r"(?P<dec>1\d{2}|20\d)0'?s\b", self._decade),
                (
                    kw
                    + pt
                    + r"(?:(?P<fy>FY|(?i:fiscal|financial)\s+year)\s*)?"
                    + _LB
                    + _y(1)
                    + r"(?!'?s\b)(?!\s*(?:%|(?i:per\s*cent|percent)\b))",
                    self._year,
                ),
                (_LB + _y(1) + r"\s*[-/]?\s*Q(?P<q>[1-4])\b", self._q_code),
                # the arguments of a wiki date template as the plain view keeps them: {{dts|1991|12|30}} -> 1991|12|30
                (
                    kw + _LB + _y(1) + r"\|(?P<mo>1[0-2]|0?[1-9])(?:\|(?P<dd>3[01]|[12]\d|0?[1-9]))?(?![\d])",
                    self._iso_pipe,
                ),
                # a term still running: "2019–present", "(2019 – incumbent)", "2019 to date"
                (kw + _LB + _y(1) + _YSEP + r"(?i:present|now|today|incumbent|date)\b", self._open_range),
            ],
            # seeded by a run of one or two digits
            "digit12": [
                (kw + _LB + r"(?P<dd>3[01]|[12]\d|0?[1-9])\.(?P<mo>1[0-2]|0?[1-9])\." + _y(1), self._iso),
                (
                    kw
                    + r"(?:the\s+)?"
                    + _LB
                    + _d(1)
                    + rf"(?:\s+(?:of\s+)?{m1}(?:,?\s+{_y(1)})?)?"
                    + _SEP
                    + r"(?:the\s+)?"
                    + _d(2)
                    + rf"\s+(?:of\s+)?{m2}"
                    + ytail,
                    self._day_range,
                ),
                (kw + r"(?:the\s+)?" + _LB + _d(1) + rf"\s+(?:of\s+)?{m1}" + ytail1, self._day),
                # coordination: "5 and 7 March 2010"
                (
                    kw + _LB + _d(1) + rf"(?=(?:,\s*\d{{1,2}})*,?\s+(?:and|or|&)\s+\d{{1,2}}\s+{m2},?\s+{_y(2)})",
                    self._day_coord,
                ),
                (
                    pt + r"(?:the\s+)?" + _LB + r"(?P<c>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+(?i:century)\b",
                    self._century,
                ),
                (_LB + r"(?P<q>[1-4])Q\s*" + _y(1), self._q_code),
            ],
            # seeded by a month name
            "month": [
                (
                    kw + m1 + r"\s+" + _d(1) + rf"(?:,?\s+{_y(1)})?" + _SEP + rf"(?:{m2}\s+)?" + _d(2) + ytail,
                    self._day_range,
                ),
                (kw + m1 + r"\s+(?:the\s+)?" + _d(1) + ytail1, self._day),
                # coordination: "in March and April 2010"
                (
                    kw + m1 + rf"(?=(?:,\s*{self.mon})*,?\s+(?:and|or|&)\s+{m2},?\s+{_y(2)})",
                    self._month_coord,
                ),
                (kw + pt + m1 + rf"(?:,?\s+{_y(1)})?" + _SEP + m2 + ytail, self._month_range),
                (kw + pt + m1 + rf"(?:,?\s+(?:of\s+)?{_y(1)}|\s+of\s+{_YREF})", self._month_year),
                (
                    r"\b(?P<pre>(?i:in|since|until|till|by|from|during|as\s+of|(?:the\s+)?(?:early|mid|late)"
                    r"|(?:the\s+)?(?:end|beginning|start|middle)\s+of))(?:\s+|-)(?P<m1>" + self.monfull + r")"
                    r"(?!\s*\d)",
                    self._month_only,
                ),
            ],
            # seeded by "Q1".."Q4", "H1", "H2"
            "qh": [
                (r"Q(?P<q>[1-4])(?:\s*[/-]?\s*|\s+of\s+)" + _y(1), self._q_code),
                (r"H(?P<h>[12])\s*[/-]?\s*" + _y(1), self._q_code),
            ],
            # seeded by quarter / half / semester / months / quarters
            "period": [
                (
                    r"(?:(?i:the)\s+)?(?P<ord>(?i:"
                    + ords
                    + r"))[\s-]+(?P<unit>(?i:quarter|half(?:[\s-]year)?|semester))\b"
                    + qtail,
                    self._quarter,
                ),
                (
                    r"(?:(?i:the)\s+)?(?P<fl>(?i:first|last|final))\s+(?P<n>(?i:"
                    + nums
                    + r")|\d{1,2})\s+(?P<unit>(?i:months|quarters))\b"
                    + qtail,
                    self._first_n,
                ),
                # a rolling year named by its end, as trade statistics give it: "in the four quarters to the end of
                # Q4 2023", "the 12 months to June 2024"
                (
                    r"(?:(?i:the)\s+)?(?i:(?:four|4)\s+quarters|(?:twelve|12)\s+months)\s+(?i:(?:up\s+)?to|ending"
                    r"(?:\s+in)?)\s+(?:(?i:the\s+end\s+of)\s+)?(?:Q(?P<q>[1-4])\s*(?:(?i:of)\s+)?|(?P<m1>"
                    + self.mon
                    + r")\s+)"
                    + _y(1),
                    self._year_to,
                ),
            ],
            # seeded by year / month / day
            "relative": [
                (
                    r"(?i:(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same)\s+(?:year|month|day)"
                    r"|(?:on\s+)?that\s+same\s+day"
                    # "Mauritius recognised it on its independence day": the day the sentence has just told
                    r"|(?:its|their|the)\s+independence\s+day|(?<=on\s)independence\s+day"
                    r"|(?<=the\s)day\s+of\s+(?:its\s+|their\s+)?independence"
                    r"|(?<=the\s)day\s+(?:it|they|\w+)\s+(?:became|was\s+declared|were\s+declared)\s+independent"
                    r"|the\s+(?:following|next|subsequent|previous|preceding|prior)\s+(?:year|month|week|day)"
                    r"|the\s+(?:year|month|day)\s+(?:after|before)" + _TAIL_END + r"|(?:" + rel_nums + r")\s+"
                    r"(?:year|month|week|day)s?\s+(?:later|earlier|afterwards)"
                    r"|(?:" + rel_nums + r")\s+(?:year|month|week|day)s?\s+(?:before|after)" + _TAIL_END
                    # "Two days after his arrival he opened a forum": counted from the time just told
                    + r"|(?:" + rel_nums + r")\s+days?\s+after\s+(?:his|her|their|the)\s+(?:arrival|talks)"
                    + r")\b",
                    self._relative,
                ),
            ],
            # seeded by "since": "Since then its embassy in Santiago has been accredited to Peru", "… ever since"
            "since_then": [
                (
                    r"(?i:(?:ever\s+)?since\s+then\b|ever\s+since(?!\s*,?\s*(?:\d|the\b|[A-Za-z]+\s+\d))"
                    # "Norway has since been covered from Stockholm", "from then on its ambassador in Lima was …"
                    r"|(?:(?<=has\s)|(?<=have\s)|(?<=had\s))since(?=\s+(?:been|[a-z]+ed)\b)"
                    r"|from\s+(?:then|that\s+time)\s+on(?:wards?)?\b)",
                    self._since_then,
                ),
            ],
            # seeded by a season's name
            "season": [
                (
                    kw + r"(?:the\s+)?(?P<season>(?i:" + _alt(v.seasons) + r"))\s+(?:of\s+)?"
                    rf"(?:{_y(1)}|{_YREF})",
                    self._season,
                ),
            ],
            # seeded by a noun of happening (visit, ceremony, ...)
            "anaphor": [
                (
                    r"(?i:(?:during|at|in\s+the\s+course\s+of|on\s+the\s+(?:occasion|sidelines|margins)\s+of)"
                    r"\s+(?:the|this|that|his|her|their|its))\s+(?:[a-z]+\s+){0,2}?"
                    r"(?P<noun>" + _alt(v.anchors) + r")\b",
                    self._anaphor,
                ),
                (
                    # "During the 2010 summit the two countries signed …": that year's, told before (else the year)
                    r"(?i:during|at|in\s+the\s+course\s+of)\s+(?i:the)\s+(?P<year>\d{4})\s+"
                    r"(?P<noun>" + _alt(v.anchors) + r")\b",
                    self._anaphor,
                ),
                (
                    # "On the last day of the visit he signed …": that end of the visit's days
                    r"(?i:on\s+the\s+(?P<side>first|opening|last|final|closing)\s+day\s+of\s+)"
                    r"(?:(?i:the|this|that|his|her|their|its)|(?P<who>[A-Z][\w\-]+)['’]s)\s+(?:[a-z]+\s+){0,2}?"
                    r"(?P<noun>" + _alt(v.anchors) + r")\b",
                    self._anaphor,
                ),
                (
                    # a name's: "signed during Boric's visit" (not "during Oli's visit to Beijing in December
                    # 2024", a visit told there)
                    # (its year told too: "during Boric's 2023 visit")
                    r"(?i:during|at|in\s+the\s+course\s+of)\s+(?P<who>[A-Z][\w\-]+)['’]s\s+(?:(?P<year>\d{4})\s+)?"
                    r"(?:[a-z]+\s+)?"
                    r"(?P<noun>" + _alt(v.anchors) + r")\b(?!\s+(?:to|of|in|on|at)\b)",
                    self._anaphor,
                ),
            ],
        }
        self.patterns = {k: [(re.compile(p), h) for p, h in lst] for k, lst in spec.items()}
        # words that may stand before a seed as part of the same date expression
        opening = "between from the very of early mid late end beginning start middle close turn fy fiscal"
        opening += " financial year"
        self.digit_openers = frozenset(
            w.strip("(").lower() for phrase in (*v.keywords, *opening.split()) for w in phrase.split()
        )
        self.month_openers = self.digit_openers | {"in", "by", "during", "as"}
        self.month_forms = frozenset(f for name in (*v.full_months, *v.abbr_months) for f in (name, name + "."))
        self.season_words = tuple(v.seasons)
        self.anchor_words = tuple(sorted({w for w in v.anchors}, key=len, reverse=True))
        self.year_prefix_set = frozenset(v.year_prefix)
        self.preps = frozenset(
            (
                *("on", "in", "by", "until", "till", "from", "since", "before", "after", "between"),
                *("through", "during", "and", "or", "to", "of"),
            )
        )
        self.year_list = re.compile(r"(?<![\d.,])" + _YR + r"\)?\s*(?:,|,?\s+(?i:and|or)|&)\s+$")
        self.word_after = re.compile(r"\s+([a-z]+)")
        self.fiscal = re.compile(
            r"(?i:fiscal|financial)\s+years?\s*\(?\s*(?P<a>"
            + self.mon
            + r")\s*"
            + _DASH
            + r"\s*(?P<b>"
            + self.mon
            + r")"
            r"|(?P<c>" + self.mon + r")\s*" + _DASH + r"\s*(?P<d>" + self.mon + r")\s+(?i:fiscal|financial)"
            r"\s+year"
            r"|(?i:fiscal|financial)\s+years?\s+(?i:beginning|starting|that\s+starts|which\s+starts|running"
            r"\s+from)\s+(?:(?i:on|in)\s+)?(?:1(?:st)?\s+)?(?:(?i:of)\s+)?(?P<e>" + self.mon + r")"
        )
        self.anchor_re = re.compile(r"\b(?:" + _alt(v.anchors) + r")\b")  # on lower-cased text
        # the anchor words to look for as seeds: those no other anchor word is a prefix of
        self.anchor_seeds = tuple(w for w in v.anchors if not any(o != w and w.startswith(o) for o in v.anchors))

    @staticmethod
    def prev_word(text: str, s: int) -> tuple[str, int] | None:
        """The token (run of non-blanks) before ``s`` on the same line, when blanks separate them."""
        seg = text[max(0, s - 32) : s]
        stripped = seg.rstrip(" \t\u00a0")
        if len(stripped) == len(seg) or not stripped or stripped[-1].isspace():
            return None
        tok = stripped.rsplit(None, 1)[-1]
        return tok, s - len(seg) + len(stripped) - len(tok)

    def starts(self, text: str, s: int, limit: int, vocab: frozenset[str] | None) -> list[int]:
        """Where an expression around the seed at ``s`` may begin: the seed, the start of its token and of
        up to ``limit`` tokens before it (only words of ``vocab``, when given)."""
        out = [s]
        i = s
        if s and not text[s - 1].isspace():  # the start of the token holding the seed ("mid-2010s")
            seg = text[max(0, s - 32) : s]
            i = s - len(seg) + 1 + max(seg.rfind(" "), seg.rfind("\n"), seg.rfind("\t"), seg.rfind("\u00a0"))
            out.append(i)
        for _ in range(limit):
            pw = self.prev_word(text, i)
            if pw is None:
                break
            w, i = pw
            if vocab is not None and w.lower().lstrip("(") not in vocab:
                break
            out.append(i)
        return out

    def after_day(self, text: str, s: int) -> bool:
        """Whether a day number ("5", "5th", "5th of") stands right before ``s``."""
        pw = self.prev_word(text, s)
        if pw is not None and pw[0].lower() == "of":
            pw = self.prev_word(text, pw[1])
        return pw is not None and _DAY_TOKEN.fullmatch(pw[0]) is not None

    def year_ok(self, text: str, s: int, e: int, y: int) -> bool:
        """Whether a bare four-digit number at ``s`` stands like a year (see the module docstring)."""
        if s > 0 and text[s - 1] == "(":
            return True
        if text[max(0, s - 4) : s].lower() == "mid-":
            return True
        pw = self.prev_word(text, s)
        if pw is None:
            return False
        w = pw[0].lower().lstrip("(")
        if w in self.year_prefix_set:
            return True
        if w in ("the", "his", "her", "its", "their"):
            # "the 2009 agreement", "during his 2009 visit" (not "the 2000 soldiers")
            if y < 1900:
                return False
            nxt = self.word_after.match(text, e)
            return nxt is not None and nxt.group(1) not in self.v.count_nouns
        if w in ("and", "or", "&") or w.endswith(","):
            return self.year_list.search(text, max(0, s - 24), s) is not None
        if w == "to":  # "relations date back to 1965" (not "rose to 1965 units")
            before = self.prev_word(text, pw[1])
            return before is not None and before[0].lower() == "back"
        return False

    def m(self, n: int) -> str:
        return rf"(?P<m{n}>{self.mon})"

    # ---------------------------------------------------------------- helpers

    def mo(self, s: str | None) -> int | None:
        return None if s is None else self.v.months.get(s.rstrip(".").lower())

    def kwkind(self, m: re.Match[str]) -> str | None:
        kw = m.groupdict().get("kw")
        if not kw:
            return None
        k = " ".join(kw.lower().split())
        return "between" if k == "between" else self.v.keywords.get(k)

    def point(self, m: re.Match[str], value: str | None, start: int | None = None) -> _Cand | None:
        if value is None:
            return None
        k = self.kwkind(m)
        kind = "point"
        if k in ("since", "until"):
            kind = k
        elif k == "approx":
            value += "~"
        s = m.start() if start is None else start
        return _Cand(s, m.end(), kind, value)

    def rel(self, m: re.Match[str], fn: Callable[[DateContext], str | None], start: int | None = None) -> _Cand:
        return _Cand(m.start() if start is None else start, m.end(), "relative", resolve=fn, prio=1)

    @staticmethod
    def yref_offset(yref: str | None) -> int:
        if not yref:
            return 0
        t = yref.lower()
        if any(w in t for w in ("following", "next", "subsequent")):
            return 1
        if any(w in t for w in ("previous", "preceding", "prior")):
            return -1
        return 0

    def with_year(
        self,
        m: re.Match[str],
        build: Callable[[int], str | None],
        ykey: str,
        interval: bool = False,
        needs_prep: bool = True,
    ) -> _Cand | None:
        """A candidate whose year is written (group ``ykey``) or taken from the context (``yref`` or none)."""
        y = _yr(m.group(ykey))
        if y is not None:
            value = build(y)
            if value is None:
                return None
            if interval:
                return _Cand(m.start(), m.end(), "interval", value)
            return self.point(m, value)
        yref = m.groupdict().get("yref")
        off = self.yref_offset(yref)

        def resolve(ctx: DateContext) -> str | None:
            cy = ctx.year
            return None if cy is None else build(cy + off)

        c = self.rel(m, resolve)
        c.loose = needs_prep and not yref and not m.groupdict().get("kw")
        return c

    # ---------------------------------------------------------------- handlers

    def _iso(self, m: re.Match[str]) -> _Cand | None:
        y = _yr(m.group("y1"))
        return None if y is None else self.point(m, _day(y, int(m.group("mo")), int(m.group("dd"))))

    def _iso_pipe(self, m: re.Match[str]) -> _Cand | None:
        y = _yr(m.group("y1"))
        if y is None:
            return None
        mo = int(m.group("mo"))
        return self.point(m, _day(y, mo, int(m.group("dd"))) if m.group("dd") else _month(y, mo))

    def _day_range(self, m: re.Match[str]) -> _Cand | None:
        sep = m.group("sep").strip().lower()
        k = self.kwkind(m)
        if sep == "and" and k != "between":
            return None
        mo1, mo2 = self.mo(m.group("m1")), self.mo(m.group("m2"))
        mo1, mo2 = mo1 or mo2, mo2 or mo1
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        y1 = _yr(m.group("y1"))
        if mo1 is None or mo2 is None:
            return None

        def build(y2: int) -> str | None:
            ya = y1 if y1 is not None else (y2 if mo1 <= mo2 else y2 - 1)
            return _interval(_day(ya, mo1, d1), _day(y2, mo2, d2))

        if m.group("y2") is None and m.groupdict().get("yref") is None and y1 is not None:
            return _Cand(m.start(), m.end(), "interval", _interval(_day(y1, mo1, d1), _day(y1, mo2, d2)))
        return self.with_year(m, build, "y2", interval=True)

    def _day(self, m: re.Match[str]) -> _Cand | None:
        mo = self.mo(m.group("m1"))
        d = int(m.group("d1"))
        if mo is None:
            return None
        return self.with_year(m, lambda y: _day(y, mo, d), "y1")

    def _day_coord(self, m: re.Match[str]) -> _Cand | None:
        y, mo = _yr(m.group("y2")), self.mo(m.group("m2"))
        if y is None or mo is None:
            return None
        return self.point(m, _day(y, mo, int(m.group("d1"))))

    def _month_coord(self, m: re.Match[str]) -> _Cand | None:
        y, mo = _yr(m.group("y2")), self.mo(m.group("m1"))
        if y is None or mo is None:
            return None
        return self.point(m, _month(y, mo))

    def _month_range(self, m: re.Match[str]) -> _Cand | None:
        sep = m.group("sep").strip().lower()
        if sep == "and" and self.kwkind(m) != "between":
            return None
        if not m.group("kw") and not m.group("part") and self.after_day(m.string, m.start()):
            return None  # "5 May 2004 until June 2006" is read from the day
        mo1, mo2 = self.mo(m.group("m1")), self.mo(m.group("m2"))
        y1 = _yr(m.group("y1"))
        if mo1 is None or mo2 is None:
            return None

        def build(y2: int) -> str | None:
            ya = y1 if y1 is not None else (y2 if mo1 < mo2 else y2 - 1)
            return _interval(_month(ya, mo1), _month(y2, mo2))

        if m.group("y2") is None and m.groupdict().get("yref") is None:
            if y1 is None:
                return self.with_year(m, build, "y2", interval=True)
            return _Cand(m.start(), m.end(), "interval", _interval(_month(y1, mo1), _month(y1, mo2)))
        return self.with_year(m, build, "y2", interval=True)

    def _month_year(self, m: re.Match[str]) -> _Cand | None:
        mo = self.mo(m.group("m1"))
        if mo is None:
            return None
        return self.with_year(m, lambda y: _month(y, mo), "y1")

    def _month_only(self, m: re.Match[str]) -> _Cand | None:
        mo = self.mo(m.group("m1"))
        if mo is None:
            return None
        pre = " ".join(m.group("pre").lower().split())
        start = m.start() if pre in self.v.keywords else m.start("m1")

        def resolve(ctx: DateContext) -> str | None:
            cy = ctx.year
            return None if cy is None else _month(cy, mo)

        return self.rel(m, resolve, start)

    def _year_range(self, m: re.Match[str], fiscal: int | None = None) -> _Cand | None:
        y1 = _yr(m.group("y1"))
        if y1 is None:
            return None
        sep = m.group("sep").strip().lower()
        raw = m.group("y2")
        if sep == "and" and self.kwkind(m) != "between":
            return None
        if len(raw) == 2:
            if sep not in ("-", "–", "—", "‒", "−", "/") and not sep.startswith(("&", "{")):
                return None
            y2 = y1 // 100 * 100 + int(raw)
            if y2 <= y1:
                y2 += 100
        else:
            y2 = int(raw)
        if _yr(str(y2)) is None or not y1 < y2 <= y1 + 100:
            return None
        if fiscal is not None and y2 == y1 + 1 and 1 < fiscal <= 12:
            value = f"{y1:04d}-{fiscal:02d}/{y2:04d}-{fiscal - 1:02d}"
        elif fiscal is not None and y2 == y1 + 1 and 13 <= fiscal <= 24:
            # a year from the middle of a month to the middle of that month (Nepal's: mid-July to mid-July)
            value = f"{y1:04d}-{fiscal - 12:02d}/{y2:04d}-{fiscal - 12:02d}"
        else:
            value = f"{y1:04d}/{y2:04d}"
        return _Cand(m.start(), m.end(), "interval", value)

    def _open_range(self, m: re.Match[str]) -> _Cand | None:
        y = _yr(m.group("y1"))
        return None if y is None else _Cand(m.start(), m.end(), "since", f"{y:04d}")

    def _decade(self, m: re.Match[str]) -> _Cand | None:
        return self.point(m, f"{m.group('dec')}X")

    def _century(self, m: re.Match[str]) -> _Cand | None:
        text = m.string
        cap = text.rfind("Century", m.start(), m.end())
        before = text[max(0, m.start() - 30) : m.start()]
        named = re.search(r"\b([A-Z][\w\-]*)\s+(?:(?:in|to|for|of|into)\s+)?(?:the\s+)?$", before)
        if cap != -1 and named and named.group(1) not in _OPENING_WORDS:
            # a capitalized century after a capitalized word is part of a name ("… Oriented to the 21st Century")
            return None
        c = int(m.group("c"))
        return self.point(m, f"{c - 1:02d}XX") if c >= 11 else None

    def _season(self, m: re.Match[str]) -> _Cand | None:
        code = self.v.seasons[m.group("season").lower()]
        return self.with_year(m, lambda y: f"{y:04d}-{code}", "y1")

    def _year(self, m: re.Match[str], table: bool = False) -> _Cand | None:
        y = _yr(m.group("y1"))
        if y is None:
            return None
        if not table:
            nxt = self.word_after.match(m.string, m.end())
            if nxt is not None and nxt.group(1) in self.v.count_nouns:
                return None  # "around 1500 troops", "a total of 2000 people"
            bare = not (m.group("kw") or m.group("part") or m.group("fy"))
            if bare and not self.year_ok(m.string, m.start("y1"), m.end(), y):
                return None
        return self.point(m, f"{y:04d}")

    def _months_of(self, m: re.Match[str], a: int, b: int) -> _Cand | None:
        if not 1 <= a <= b <= 12:
            return None
        return self.with_year(m, lambda y: _interval(_month(y, a), _month(y, b)), "y1", interval=True, needs_prep=False)

    def _quarter(self, m: re.Match[str]) -> _Cand | None:
        o = self.v.ordinals[m.group("ord").lower()]
        half = not m.group("unit").lower().startswith("quarter")
        size = 6 if half else 3
        count = 12 // size
        if o == -1:
            o = count
        if not 1 <= o <= count:
            return None
        return self._months_of(m, (o - 1) * size + 1, o * size)

    def _q_code(self, m: re.Match[str]) -> _Cand | None:
        gd = m.groupdict()
        q, h = gd.get("q"), gd.get("h")
        y = _yr(m.group("y1"))
        if y is None or not (q or h):
            return None
        size = 3 if q else 6
        n = int(q or h or 0)
        return _Cand(m.start(), m.end(), "interval", _interval(_month(y, (n - 1) * size + 1), _month(y, n * size)))

    def _year_to(self, m: re.Match[str]) -> _Cand | None:
        """The twelve months up to the end of a quarter or a month: a calendar year when they end in December."""
        y = _yr(m.group("y1"))
        end = int(m.group("q")) * 3 if m.group("q") else self.mo(m.group("m1"))
        if y is None or end is None:
            return None
        if end == 12:
            return _Cand(m.start(), m.end(), "point", str(y))
        return _Cand(m.start(), m.end(), "interval", _interval(_month(y - 1, end + 1), _month(y, end)))

    def _first_n(self, m: re.Match[str]) -> _Cand | None:
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else self.v.numbers.get(raw, 0)
        months = n * (3 if m.group("unit").lower() == "quarters" else 1)
        if not 1 <= months <= 12:
            return None
        if m.group("fl").lower() == "first":
            return self._months_of(m, 1, months)
        return self._months_of(m, 13 - months, 12)

    def _since_then(self, m: re.Match[str]) -> _Cand | None:
        def resolve(ctx: DateContext) -> str | None:
            last = ctx.last
            if last is None:
                return None
            # (after a period, the time it ended: "from 2001 to 2005; since then …")
            return last.split("/")[-1].rstrip("~?") or None

        return _Cand(m.start(), m.end(), "since", resolve=resolve, prio=1)

    def _relative(self, m: re.Match[str]) -> _Cand | None:
        words = m.group(0).lower().split()
        unit = next((u for u in ("year", "month", "week", "day") if any(w.startswith(u) for w in words)), "year")
        n = 1
        for w in words:
            if w.isdigit():
                n = int(w)
            elif w in self.v.numbers and w != words[-1]:
                n = self.v.numbers[w]
        independence = "independence" in words or "independent" in words
        if "that" in words or "same" in words or independence:
            off = 0
        elif any(w in words for w in ("following", "next", "subsequent", "after", "later", "afterwards")):
            off = n
        else:
            off = -n
        counted = words[0] in self.v.numbers or words[0].isdigit()  # "a year earlier", "two days later"
        arrival = "arrival" in words
        if unit == "year":

            def resolve(ctx: DateContext) -> str | None:
                if ctx.last is None:
                    return None
                if counted:
                    return shift_years(ctx.last, off)
                cy = ctx.year
                return None if cy is None else f"{cy + off:04d}"

        elif unit == "month":

            def resolve(ctx: DateContext) -> str | None:
                p = _context_point(ctx.last, off, need="month")
                if p is None:
                    return None
                y, mo = p[0], p[1] or 0
                t = y * 12 + (mo - 1) + off
                return _month(t // 12, t % 12 + 1)

        else:
            days = off * 7 if unit == "week" else off

            def resolve(ctx: DateContext) -> str | None:
                # (a date this sentence told first is the day it means: "Seychelles followed on 29 June 1976;
                # Mauritius recognised it on its independence day")
                told = ctx.anchors.get("independence") if independence and not ctx.told_here else None
                if told and _DAY.fullmatch(told):
                    # "on the day of independence": the day the text said the state became independent, not the
                    # last date it told ("a colony until 12 October 1968, it joined the UN on 12 November")
                    return told
                if independence and not ctx.told_here and ctx.ahead:
                    # "X recognised Y on the day of its independence, and the two established relations on 1 January
                    # 1993": no day of independence told before, so the day the sentence goes on to tell
                    return ctx.ahead
                # (counted from an arrival, a visit's days count from their first: "on 13–15 October 2016 … Two
                # days after his arrival" is the 15th)
                last = ctx.last.split("/")[0] if arrival and ctx.last else ctx.last
                p = _context_point(last, off, need="day")
                if p is None or p[1] is None or p[2] is None:
                    near = unit == "day" and abs(off) <= 3 and ctx.told_here
                    if near and last and re.fullmatch(r"\d{4}(?:-\d{2})?", last):
                        # "In August 2021 … held talks in Mexico City, and the following day he addressed …", "went
                        # to Chișinău in 1998 and, two days after arriving, travelled south": a day or two from a
                        # month or a year told is still in it, as precisely as it was told
                        return last
                    if unit == "week" and counted and ctx.year is not None:
                        return f"{ctx.year:04d}"  # "a week later" after "in May 2011": the year at least
                    return None
                d = _dt.date(p[0], p[1], p[2]) + _dt.timedelta(days=days)
                if d.year < 1000:
                    return None
                # "the following week" names no day of it: the month it falls in
                return d.isoformat()[:7] if unit == "week" and not counted else d.isoformat()

        return self.rel(m, resolve)

    def _anaphor(self, m: re.Match[str]) -> _Cand | None:
        cls = self.v.anchors[m.group("noun").lower()]
        side = (m.groupdict().get("side") or "").lower()
        who = m.groupdict().get("who")
        year = m.groupdict().get("year")

        def resolve(ctx: DateContext) -> str | None:
            value = (who and ctx.anchors.get(f"{cls}|{who}")) or ctx.anchors.get(cls)
            if year and not (value and value.startswith(year)):
                return year  # "during Karimov's 1995 visit": the year told, when no visit of that year was told
            if value and side and "/" in value:
                first, last = value.split("/", 1)
                return first if side in ("first", "opening") else last
            return value

        c = self.rel(m, resolve)
        c.anaphor = True
        c.prio = 2
        return c


def _context_point(value: str | None, off: int, need: str) -> tuple[int, int | None, int | None] | None:
    """The point of the context a relative day/month counts from: an interval's start to go back, its end
    to go forward, and for 'the same' only an interval within one day/month."""
    if value is None:
        return None
    a, b = bounds(value)
    pa, pb = _parse_point(a), _parse_point(b)
    if pa is None or pb is None:
        return None
    if off < 0:
        p = pa
    elif off > 0:
        p = pb
    else:
        same = pa[:2] == pb[:2] if need == "month" else pa == pb
        if not same:
            return None
        p = pa
    if p[1] is None or (need == "day" and p[2] is None):
        return None
    return p


@lru_cache(maxsize=1)
def _grammar() -> _G:
    return _G()


def _is_stop(text: str, i: int) -> bool:
    """Whether the mark at ``i`` ends a sentence (not the period of an initial such as "J. Smith")."""
    if text[i] != ".":
        return True
    return not (i >= 1 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha()))


_STOPS = (". ", "; ", "? ", "! ", ".\t", "\n")


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    """The bounds of the sentence (or clause after a semicolon, or line) holding ``text[s:e]``."""
    lo = max(0, s - 600)
    a, hi = s, s
    while True:
        i = max(text.rfind(stop, lo, hi) for stop in _STOPS)
        if i < 0:
            a = lo
            break
        if _is_stop(text, i):
            a = i + 1
            break
        hi = i
    lo = e
    while True:
        found = [j for j in (text.find(stop, lo, e + 600) for stop in _STOPS) if j >= 0]
        if not found:
            b = min(len(text), e + 600)
            break
        j = min(found)
        if _is_stop(text, j):
            b = j
            break
        lo = j + 1
    return a, b


def _told_before(text: str, at: int, found: list[DateMatch]) -> str | None:
    """The last point date earlier in the same sentence (across semicolons) as ``at``."""
    a = max(text.rfind(stop, 0, at) for stop in _STOPS if stop != "; ")
    earlier = [m for m in found if a < m.start < at and m.kind == "point"]
    return earlier[-1].value if earlier else None


_INDEPENDENCE_BEFORE = re.compile(r"(?i:independen\w*)\s+(?:\w+\s+){0,3}$")


_NAME_WORD = re.compile(r"\b[A-Z][\w\-]{2,}")


def _anchor_classes(text: str, s: int, e: int) -> tuple[set[str], set[str]]:
    """The kinds of happening the sentence holding ``text[s:e]`` speaks of, and its capitalised words."""
    g = _grammar()
    a, b = _sentence(text, s, e)
    words = list(g.anchor_re.finditer(text[a:b].lower()))
    if words:
        # a happening only named back ("signed during Boric's visit, entered into force in 2021") is not told here
        back = [m.span() for rx, _ in g.patterns["anaphor"] for m in rx.finditer(text, a, b)]
        words = [w for w in words if not any(x <= a + w.start() < y for x, y in back)]
    classes = {g.v.anchors[w.group(0)] for w in words}
    return classes, ({w.group(0) for w in _NAME_WORD.finditer(text, a, b)} if classes else set())


# --------------------------------------------------------------------------- entry points


_DIGITS = re.compile(r"\d+")
_CAPS = re.compile(r"[ADFJMNOS][a-z]{2,8}\.?")


_Pattern = tuple[re.Pattern[str], Callable[[re.Match[str]], "_Cand | None"]]
_YR_JOIN = ("-", "–", "—", "‒", "−", "/", "&", "{", "to", "ti", "un", "th", "an")
_MONTH_JOIN = ("-", "–", "—", "‒", "−", "&", "{", "to ", "till ", "until ", "through ", "into ", "and ", "or ")
# words one of which is near every expression of a kind (a cheap test before trying its patterns)
_CUES = {
    "period": ("first", "second", "third", "fourth", "last", "final", "1st", "2nd", "3rd", "4th", " to ", "ending"),
    "relative": (
        *("that", "same", "follow", "next", "subsequent", "previous"),
        *("preced", "prior", "later", "earlier", "after", "before", "independen"),
    ),
    "anaphor": ("during ", "at ", "in the course", "on the "),
}
_ANAPHOR_OPENERS = frozenset(("during", "at", "in", "on"))


def _candidates(text: str, table: bool, fiscal: int | None) -> list[_Cand]:
    """Every reading of every date expression: patterns are tried only where a cheap seed (a run of digits,
    a month's name, a keyword) is, at the seed and at the start of the few words before it."""
    g = _grammar()
    pats = g.patterns
    out: dict[tuple[int, int, str], _Cand] = {}

    def run(patterns: list[_Pattern], starts: list[int]) -> None:
        for p in starts:
            for pat, handler in patterns:
                m = pat.match(text, p)
                if m is None:
                    continue
                if handler == g._year:
                    c = g._year(m, table)
                elif handler == g._year_range:
                    c = g._year_range(m, fiscal)
                else:
                    c = handler(m)
                if c is None or c.end <= c.start:
                    continue
                if c.loose and not table:
                    pw = g.prev_word(text, c.start)
                    if pw is None or pw[0].lower() not in g.preps:
                        continue
                out.setdefault((c.start, c.end, c.kind), c)

    low = text.lower()
    months: list[int] = []
    mp = pats["month"]
    for m in _CAPS.finditer(text):
        if m.group() not in g.month_forms:
            continue
        s, e = m.span()
        months.append(s)
        if s and text[s - 1].isalpha():
            continue
        rest = text[e : e + 14].lstrip(" ,.\u00a0")
        if rest[:1].isdigit():
            sel = [mp[0], mp[1], mp[3], mp[4], mp[2]]  # day forms, month-year (ranges)
        elif rest.startswith(_MONTH_JOIN) or text[e : e + 1] == ",":
            sel = [mp[2], mp[3]]  # coordination, month range
        elif rest.startswith("of"):
            sel = [mp[4]]  # "March of 2010", "December of the same year"
        else:
            sel = []
        run(sel, g.starts(text, s, 5, g.digit_openers))
        run([mp[5]], g.starts(text, s, 4, g.month_openers)[1:])  # "in March", "since early May"
    d4, d12 = pats["digit4"], pats["digit12"]
    for m in _DIGITS.finditer(text):
        s, e = m.span()
        if s and (text[s - 1].isdigit() or text[s - 1] in ".,"):
            continue
        nxt = text[e : e + 1]
        sel: list[_Pattern] = []
        if e - s == 4:
            if nxt == "-":
                sel.append(d4[0])  # ISO
            if nxt == "|":
                sel.append(d4[5])  # a wiki date template's arguments
            if text[e : e + 12].lstrip().startswith(_YR_JOIN):
                sel.append(d4[1])  # year range
            if nxt in ("s", "'"):
                sel.append(d4[2])  # decade
            sel.append(d4[3])  # year
            if "Q" in text[e : e + 4]:
                sel.append(d4[4])
            if _OPEN_END.match(text, e):
                sel.append(d4[6])  # "2019–present"
        elif e - s <= 2:
            if nxt == "." and text[e + 1 : e + 2].isdigit():
                sel.append(d12[0])  # 14.01.2013
            i = bisect.bisect_right(months, e)
            if i < len(months) and months[i] - e <= 40:
                sel.extend(d12[1:4])  # day, day range, coordinated days
            if "centur" in low[e : e + 20]:
                sel.append(d12[4])
            if nxt == "Q":
                sel.append(d12[5])
        if sel:
            run(sel, g.starts(text, s, 5, g.digit_openers))
    for ch in ("Q", "H"):
        i = text.find(ch)
        while i != -1:
            if text[i + 1 : i + 2].isdigit() and not (i and text[i - 1].isalnum()):
                run(pats["qh"], [i])
            i = text.find(ch, i + 1)
    for word, kinds, limit in (
        ("quarter", ("period",), 4),
        ("half", ("period",), 4),
        ("semester", ("period",), 4),
        ("month", ("period", "relative"), 4),
        ("year", ("relative",), 3),
        ("day", ("relative",), 3),
        ("week", ("relative",), 4),
    ):
        i = low.find(word)
        while i != -1:
            if not (i and low[i - 1].isalpha()):
                near = low[max(0, i - 24) : i + 24]
                todo = [k for k in kinds if any(w in near for w in _CUES[k])]
                if todo:
                    starts = g.starts(text, i, limit, None)
                    for kind in todo:
                        run(pats[kind], starts)
            i = low.find(word, i + 1)
    i = low.find("since")
    while i != -1:
        if low.startswith(" then", i + 5) or low[max(0, i - 5) : i].endswith(("ever ", "has ", "have ", "had ")):
            run(pats["since_then"], [i - 5 if low[max(0, i - 5) : i] == "ever " else i])
        i = low.find("since", i + 1)
    for opener in ("from then on", "from that time on"):
        i = low.find(opener)
        while i != -1:
            run(pats["since_then"], [i])
            i = low.find(opener, i + 1)
    for word in g.season_words:
        i = low.find(word)
        while i != -1:
            if not (i and low[i - 1].isalpha()):
                run(pats["season"], g.starts(text, i, 3, g.month_openers))
            i = low.find(word, i + 1)
    for word in g.anchor_seeds:
        i = low.find(word)
        while i != -1:
            if not (i and low[i - 1].isalpha()) and any(w in low[max(0, i - 60) : i] for w in _CUES["anaphor"]):
                starts = [p for p in g.starts(text, i, 6, None) if low[p : p + 7].split(" ", 1)[0] in _ANAPHOR_OPENERS]
                if starts:
                    run(pats["anaphor"], starts)
            i = low.find(word, i + 1)
    return list(out.values())


def _later_clause(text: str, a: int, c: _Cand, start: int) -> bool:
    """A date told after an anaphor set off by commas, past the closing one: the time of the main clause ("An air
    services agreement, signed during Boric's visit, entered into force in 2021") or of a clause joined after a
    comma (", while …"); not the anaphor's own ("during the visit, on 5 May, …", "At the first summit of the
    alliance, held in Niamey on 6 July 2024, …")."""
    between = text[c.end : start]
    if _NEXT_CLAUSE.search(between):
        return True  # "… was signed during Garibashvili's visit, while an agreement initialled in 2019 …"
    return "," in text[a : c.start] and "," in between and not re.fullmatch(r",\s*(?:on|in|from)?\s*", between)


_NEXT_CLAUSE = re.compile(r",\s*(?:while|whereas|but|although|though)\b")


def _select(cands: list[_Cand], n: int) -> list[_Cand]:
    occupied = bytearray(n)
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.prio, c.start)):
        if occupied.find(1, c.start, c.end) == -1:
            occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _find(text: str, context: DateContext | None, table: bool = False, fiscal: int | None = None) -> list[DateMatch]:
    cands = _candidates(text, table, fiscal)
    if not cands:
        return []
    failed: set[int] = set()
    result: list[DateMatch] = []
    for _ in range(4):
        chosen = _select([c for c in cands if id(c) not in failed], len(text))
        explicit = [c for c in chosen if not c.anaphor]
        anchored = text if len(explicit) < len(chosen) else None  # anchors are only needed for anaphors
        ctx = context.copy() if context is not None else DateContext()
        result = []
        new_fail = False
        for c in chosen:
            if c.anaphor:
                a, b = _sentence(text, c.start, c.end)
                if any(a <= o.start < b and not _later_clause(text, a, c, o.start) for o in explicit):
                    failed.add(id(c))
                    continue
            if c.resolve is not None and "independen" in text[c.start : c.end].lower():
                # (only "the day of (its) independence" reads it: no scan for the other references)
                ctx.ahead = next(
                    (
                        x.value
                        for x in chosen
                        if x.start >= c.end and x.resolve is None and x.value and _DAY.fullmatch(x.value)
                    ),
                    None,
                )
            value = c.value if c.resolve is None else c.resolve(ctx)
            if c.anaphor and (told := _told_before(text, c.start, result)) is not None:
                # "Hu Jintao came to Lima in November 2008; during his state visit …": the visit the sentence has
                # just told, not the last one another sentence named
                value = told
            if value is None:
                failed.add(id(c))
                new_fail = True
                continue
            dm = DateMatch(c.start, c.end, value, c.kind, text[c.start : c.end])
            if result and c.resolve is None and (merged := _join(text, result[-1], dm)) is not None:
                result[-1] = dm = merged
            else:
                result.append(dm)
                if c.resolve is None and (tail := _year_tail(text, dm, chosen)) is not None:
                    result[-1] = dm = tail
            if not _compares(text, dm) and not force_aside(text, dm):
                ctx.update((dm,), anchored)
                ctx.told_here = True
        if not new_fail:
            break
    return result


_RANGE_SEP = re.compile(rf"\s*(?:{_DASH}|(?i:to|till|until|through|and))\s*")
_RANGE_TAIL = re.compile(rf"\s*(?:{_DASH}|(?i:to|till|until|through|and))\s*(?P<y>{_YR})(?!\d|[.,]\d|%|'?s\b)")


_INTO_FORCE_BEFORE = re.compile(r"\b(?:into\s+(?:force|effect)|took\s+effect|in\s+force)\s+$", re.I)


def force_aside(text: str, m: DateMatch) -> bool:
    """A document's entry into force some years later is an aside: "… signed during the visit and entered into force
    two years later, and on 2 October …" goes on in the visit's year."""
    return m.kind == "relative" and _INTO_FORCE_BEFORE.search(text, max(0, m.start - 30), m.start) is not None


def _open_end(a: DateMatch, sep: str) -> bool:
    """Whether ``a`` can open a range closed after ``sep`` ("from X to Y", "X – Y", "between X and Y")."""
    if a.kind not in ("point", "since") or "/" in a.value or a.value.endswith("~"):
        return False
    if sep.strip().lower() == "and":
        return a.text[:7].lower() == "between"
    return True


def _join(text: str, a: DateMatch, b: DateMatch) -> DateMatch | None:
    """Two explicit dates joined as a range: "from December 2004 to 2006", "5 May 2004 – June 2006"."""
    gap = text[a.end : b.start]
    if b.kind == "until" and not gap.strip():
        sep = "until"  # "from 5 May 2004 until June 2006": the keyword belongs to the second date
    elif (found := _RANGE_SEP.fullmatch(text, a.end, b.start)) is not None and b.kind == "point":
        sep = found.group(0)
    else:
        return None
    if "/" in b.value or not _open_end(a, sep):
        return None
    value = _interval(bounds(a.value)[0], bounds(b.value)[1])
    if value is None or precision(b.value) in ("decade", "century", "season"):
        return None
    return DateMatch(a.start, b.end, value, "interval", text[a.start : b.end])


def _year_tail(text: str, a: DateMatch, chosen: list[_Cand]) -> DateMatch | None:
    """A month or day that a bare year closes as a range ("from December 2004 to 2006")."""
    m = _RANGE_TAIL.match(text, a.end)
    if m is None or not _open_end(a, text[a.end : m.start("y")]) or len(a.value) == 4:
        return None
    if any(a.end <= c.start < m.end() for c in chosen):
        return None
    value = _interval(bounds(a.value)[0], m.group("y"))
    if value is None:
        return None
    return DateMatch(a.start, m.end(), value, "interval", text[a.start : m.end()])


def find_dates(text: str, context: DateContext | None = None, fiscal_start_month: int | None = None) -> list[DateMatch]:
    """All dates in ``text``, left to right, non-overlapping, the longest match winning.

    References ("the same year", "on 10 December") are resolved through ``context`` (which is not changed:
    call :meth:`DateContext.update` with the result) and through the dates found earlier in ``text``; they
    are left out when neither gives what they need.
    """
    found = _find(text, context, fiscal=fiscal_start_month)
    low = text.lower()  # (a sentence may open on it: "That June the two legations were raised to embassies")
    if "following" in low or "next" in low or "previous" in low or "preceding" in low or "that" in low:
        found = _with_next_months(text, found, context)
    if "ending" in text or "ended" in text or " to " in text:
        found = [_year_ending(text, d) for d in found]
    if "13" in text or "14" in text:
        found = _with_iranian_years(text, found)
    if len(found) > 1:
        # "Three years later, in March 1973, …": the date in apposition tells the relative one more finely
        found = [
            d
            for k, d in enumerate(found)
            if not (
                d.kind == "relative"
                and k + 1 < len(found)
                and found[k + 1].kind == "point"
                and found[k + 1].value.startswith(d.value)
                and re.fullmatch(r"\s*,\s*(?:in|on)\s+", text[d.end : found[k + 1].start])
            )
        ]
    lead = _LEADING_YEAR.match(text)
    if lead and not any(d.start <= lead.start(1) < d.end for d in found):
        # a sentence opening on a year and a comma ("2022, trade …", as wiki's {{As of|2022}} leaves it)
        found.insert(0, DateMatch(lead.start(1), lead.end(1), lead.group(1), "point", lead.group(1)))
    return found


def _with_next_months(text: str, found: list[DateMatch], context: DateContext | None) -> list[DateMatch]:
    """ "… established diplomatic relations the following April": the next such month after the date told before
    (in the same year only when that date named an earlier month of it); "appointed the previous November": the
    last such month before it; "received her credentials that December": that month of the year told."""
    g = _grammar()
    out = list(found)
    for m in re.finditer(
        r"\b(?i:the\s+(?P<dir>following|next|previous|preceding)|(?P<same>(?:later\s+)?that(?:\s+same)?))\s+"
        r"(?P<month>" + g.monfull + r"|(?i:spring|summer|autumn|fall|winter))(?!\s*,?\s*\d)",
        text,
    ):
        if any(d.start < m.end() and m.start() < d.end for d in out):
            continue
        season = _vocab().seasons.get(m.group("month").lower())
        # (a season stands, for the order of the year, at the month it begins: "the following spring" after August)
        month = (3 * (season - 20) if season is not None else None) or g.mo(m.group("month"))
        before = [d for d in out if d.end <= m.start() and d.value and re.match(r"\d{4}", d.value)]
        last = before[-1].value if before else (context.last if context is not None else None)
        if not before and m.group("dir") and m.group("dir").lower() in ("previous", "preceding"):
            # "NAME, whom the Federal Council had appointed the previous December, presented his credentials on 14
            # April 2022": the time the sentence itself tells later, not the one before it
            later = [d for d in out if d.start >= m.end() and d.kind == "point" and re.match(r"\d{4}", d.value or "")]
            last = later[0].value if later else last
        elif not before and m.group("same") and month is not None:
            # "NAME arrived in Madrid that August and presented his credentials on 31 August 1936": the same month
            # the sentence names with its year later, not that month of the year told before
            same = [
                d
                for d in out
                if d.start >= m.end() and d.kind == "point" and re.match(rf"\d{{4}}-{month:02d}\b", d.value or "")
            ]
            last = same[0].value if same else last
        if month is None or last is None or not re.match(r"\d{4}", last):
            continue
        year = int(last[:4])
        told = re.match(r"\d{4}-(\d{2})", last)
        if m.group("same"):
            value = _month(year, month)  # "appointed in June 2021 …, received her credentials that December"
        elif m.group("dir").lower() in ("previous", "preceding"):
            # "…on 14 March 2021, having been appointed the previous November": the last such month before
            value = _month(year if told is not None and int(told.group(1)) > month else year - 1, month)
        else:
            value = _month(year if told is not None and int(told.group(1)) < month else year + 1, month)
        if season is not None:
            # "the following spring", "opened that spring": the year it falls in (a season told only by reference is
            # too loose to name, unlike "the spring of 1961")
            value = value[:4]
        out.append(DateMatch(m.start(), m.end(), value, "relative", m.group(0)))
    return sorted(out, key=lambda d: d.start)


# "the Iranian year ending March 2024", "the fiscal year ended 31 March 2023", "the twelve months to June 2023"
_ENDING = re.compile(r"\b(?:year|twelve\s+months|12\s+months)\s+(?:ending|ended|to)\s+(?:on\s+)?$", re.I)


# the years that run from the middle of a month to the middle of it (the Iranian from the March equinox)
_MID_MONTH_YEAR = re.compile(
    r"\b(?:Iranian|Persian|Solar\s+Hijri|Afghan|Nepali|Nepalese)\s+(?:calendar\s+|fiscal\s+)?year\b"
)


def _year_ending(text: str, d: DateMatch) -> DateMatch:
    """A month (or a day) a year ends in, read as the twelve months it closes: "2023-04/2024-03"."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", d.value)
    if m is None or d.kind != "point" or not _ENDING.search(text, max(0, d.start - 40), d.start):
        return d
    year, month = int(m.group(1)), int(m.group(2))
    first = f"{year - 1:04d}-{month + 1:02d}" if month < 12 else f"{year:04d}-01"
    if _MID_MONTH_YEAR.search(text, max(0, d.start - 60), d.start):
        # "the Iranian year ending March 2024": a year from the equinox, between the middles of the month
        first = f"{year - 1:04d}-{month:02d}"
    return DateMatch(d.start, d.end, f"{first}/{year:04d}-{month:02d}", "interval", d.text)


_OPEN_END = re.compile(r"\s*(?:[–—-]|to)\s*(?i:present|now|today|incumbent|date)\b")
_LEADING_YEAR = re.compile(r"^\s*(1[5-9]\d\d|20\d\d)(?:,|:|\s*[–—-])\s")
_CELL_JUNK = re.compile(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>|\[\d+\]|\[\[(?:[^|\]]*\|)?|\]\]|'{2,}|<[^>]+>")
_CELL_FILLER = re.compile(r"(?i:\W|_|\b(?:in|on|the|of|year|years|during|for)\b)*")


# the Iranian (Solar Hijri) year, from the March equinox: "the Iranian year 1401", "1399 (2020–21)" (its Gregorian
# years in brackets, which must agree: 1399 + 621 = 2020)
_IRANIAN_YEAR = re.compile(
    r"\b(?:(?P<kw>(?:the\s+)?(?:Iranian|Persian|Solar\s+Hijri)\s+(?:calendar\s+|fiscal\s+)?year)\s+)?(?P<y>1[34]\d\d)"
    r"(?:\s*\((?P<g>\d{4})\s*[–\-/]\s*\d{2,4}\))?(?!\d)"
)


def _iranian(m: re.Match[str]) -> str | None:
    start = int(m.group("y")) + 621
    if m.group("g") and int(m.group("g")) != start:
        return None
    if not m.group("g") and not m.group("kw"):
        return None
    return f"{start}-03/{start + 1}-03"


def _with_iranian_years(text: str, found: list[DateMatch]) -> list[DateMatch]:
    for m in _IRANIAN_YEAR.finditer(text):
        value = _iranian(m)
        if value is None:
            continue
        s, e = (m.start("y"), m.end()) if m.group("kw") else (m.start(), m.end())
        found = [d for d in found if d.end <= s or d.start >= e]
        found.append(DateMatch(s, e, value, "interval", text[s:e]))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str, context: DateContext | None = None, fiscal_start_month: int | None = None) -> str | None:
    """A whole short string (a table cell, a list item's head) as one EDTF value, or ``None``.

    Unlike :func:`find_dates` a lone four-digit number is read as a year here. With ``fiscal_start_month``
    (4 for a financial year running April–March), ``"2017–18"`` is that fiscal year
    (``"2017-04/2018-03"``); without it, ``"2017/2018"``.
    """
    cell = _CELL_JUNK.sub(" ", text).strip().strip("|!").strip()
    if not cell or len(cell) > 80:
        return None
    iranian = _IRANIAN_YEAR.fullmatch(cell)
    value = _iranian(iranian) if iranian else None
    if value:
        return value
    found = _find(cell, context, table=True, fiscal=fiscal_start_month)
    if len(found) != 1:
        return None
    m = found[0]
    rest = cell[: m.start] + " " + cell[m.end :]
    return m.value if _CELL_FILLER.fullmatch(rest) else None


def detect_fiscal_start(text: str) -> int | None:
    """The month a fiscal year starts in, when ``text`` says so ("financial year (April–March)",
    "April–March fiscal year", "fiscal year beginning 1 April"); else ``None``. A year from the middle of a month to
    the middle of it ("mid-July to mid-July") is 12 + that month."""
    g = _grammar()
    found = None
    mid = re.search(r"\bmid-(?P<a>[A-Z][a-z]+)\s+(?:to|until|–|-)\s+mid-(?P<b>[A-Z][a-z]+)\b", text)
    if mid and g.mo(mid.group("a")) and g.mo(mid.group("a")) == g.mo(mid.group("b")):
        # "which in Nepal runs from mid-July to mid-July": 12 + the month, a year between the middles of it
        return 12 + (g.mo(mid.group("a")) or 0)
    for m in g.fiscal.finditer(text):
        if m.group("e"):
            found = g.mo(m.group("e"))
            continue
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        ma, mb = g.mo(a), g.mo(b)
        if ma and mb and (ma - 2) % 12 + 1 == mb:
            found = ma
    return found
