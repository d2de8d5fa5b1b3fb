"""Per-article views the extractors share, computed once: dates with their context, country and city
mentions, people with short forms resolved, and clause boundaries."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bilateral import gazetteer
from bilateral.document.model import Unit
from bilateral.extract import dates as dates_mod
from bilateral.extract.base import Context
from bilateral.extract.people import ENVOY_POSTS, Person, Registry, find_people, unnamed_officials, with_name

# clause boundaries inside a sentence: semicolons, colons, and ", and"/", while"/", but" before a new clause
_CLAUSE = re.compile(r";\s+|:\s+|,\s+(?:and|while|but|whereas)\s+|\s+and\s+(?=(?:on|in|from|at)\s+\d)")


def units(ctx: Context, kinds: tuple[str, ...] = ("sentence", "item")) -> list[Unit]:
    return [u for u in ctx.doc.units if u.kind in kinds]


_SEE_ALSO = re.compile(r"^\s*see\s+also\s*$", re.I)


def in_see_also(unit: Unit) -> bool:
    """An item of a "See also" list: the title of another article ("List of diplomatic missions of Norway"), which
    states nothing itself."""
    return unit.kind == "item" and _SEE_ALSO.match(unit.section) is not None


def text(ctx: Context, unit: Unit) -> str:
    return ctx.doc.plain_of(unit)


def unit_dates(ctx: Context, unit: Unit) -> list[dates_mod.DateMatch]:
    """Dates of a unit (offsets into its plain text), references resolved with what came before."""
    cache = ctx.cache.get("dates")
    if cache is None:
        cache = {}
        dctx = dates_mod.DateContext()
        for u in ctx.doc.units:
            if u.kind not in ("sentence", "item", "caption", "note", "field", "row"):
                continue
            plain = ctx.doc.plain_of(u)
            found = dates_mod.find_dates(plain, dctx)
            cache[u.index] = found
            dctx.update(found, plain)
        ctx.cache["dates"] = cache
    return cache.get(unit.index, [])


def written(city: gazetteer.Mention) -> str:
    """A city as the text names it ("Saigon", "Kiev"): facts quote places as written; the gazetteer's value is
    the canonical name ("Ho Chi Minh City", "Kyiv"), which the store can map to."""
    return " ".join(city.text.split())


_AT_PLACE = re.compile(r"\b(?:in|at|near|to|from|of|via|outside)\s+(?:the\s+)?$", re.I)


def capitals(text: str, dyad: tuple[str, str] | None = None) -> list[gazetteer.Mention]:
    """The capitals ``text`` names as states ("Beijing suspended relations with Tarawa", "to recognise Beijing"):
    not a place after a preposition of place ("relations were established in Reykjavík"). With ``dyad``, a capital
    stands for the state of the pair it lies within: "Moscow" in an article on the Soviet Union is the Soviet Union's
    (the city carries RU today)."""
    return [
        replace(c, code=gazetteer.within(c.code, dyad)) if dyad else c
        for c in gazetteer.find_cities(text)
        if gazetteer.is_capital(c.value or "") and not _AT_PLACE.search(text, max(0, c.start - 12), c.start)
    ]


def states_and_capitals(text: str, dyad: tuple[str, str] | None = None) -> list[gazetteer.Mention]:
    """The states ``text`` names, with the capitals standing for theirs where no state's name covers them (for the
    pair's states, with ``dyad``: see :func:`capitals`)."""
    found = gazetteer.find_countries(text)
    caps = capitals(text, dyad)
    if not caps:
        return found
    taken = [(m.start, m.end) for m in found]
    found += [c for c in caps if not any(a < c.end and c.start < b for a, b in taken)]
    return sorted(found, key=lambda m: m.start)


def first_country(text: str) -> str | None:
    """The code of the first state ``text`` names (by name, official name or demonym), or None."""
    found = gazetteer.find_countries(text)
    return found[0].code if found else None


def countries(ctx: Context, unit: Unit) -> list[gazetteer.Mention]:
    key = ("countries", unit.index)
    if key not in ctx.cache:
        ctx.cache[key] = gazetteer.find_countries(ctx.doc.plain_of(unit))
    return ctx.cache[key]


def cities(ctx: Context, unit: Unit) -> list[gazetteer.Mention]:
    key = ("cities", unit.index)
    if key not in ctx.cache:
        ctx.cache[key] = gazetteer.find_cities(ctx.doc.plain_of(unit))
    return ctx.cache[key]


def pair_cities(ctx: Context, text: str) -> list[gazetteer.Mention]:
    """Cities of either state of the pair in ``text``, smaller towns included (the GeoNames table of each)."""
    return [m for code in ctx.dyad or () for m in gazetteer.find_cities_of(text, code)]


def people(ctx: Context, unit: Unit) -> list[Person]:
    """Named people of a unit, short forms resolved; unnamed officials included (name None)."""
    cache = ctx.cache.get("people")
    if cache is None:
        cache = {}
        reg = Registry()
        known: dict[str, tuple[str | None, str]] = {}  # name -> (role, state) of its first mention with a state
        pos = 0
        for u in ctx.doc.units:
            if u.kind not in ("sentence", "item", "row", "field"):
                continue
            found = find_people(ctx.doc.plain_of(u))
            resolved = []
            for p in found:
                pos += 1
                name = reg.resolve(p.name or "", u.block, pos) if p.name else None
                reg.add(p.name or "", u.block, pos)
                if p.name and " " not in p.name and p.role is not None:
                    reg.add_mononym(p.name)
                if name and " " not in name and p.role is None and not reg.known_surname(name):
                    continue  # one capitalized word that is no known person's surname (an ambiguous one stays)
                p = with_name(p, name) if name and name != p.name else p
                resolved.append(_as_known(p, known))
            plain = ctx.doc.plain_of(u)
            # "The Polish foreign minister Witold Waszczykowski": the official is the named person, not another
            resolved += [
                o for o in unnamed_officials(plain) if not any(0 <= p.start - o.end <= 2 and p.name for p in resolved)
            ]
            resolved.sort(key=lambda p: p.start)
            cache[u.index] = resolved
        ctx.cache["people"] = cache
    return cache.get(unit.index, [])


def _as_known(p: Person, known: dict[str, tuple[str | None, str]]) -> Person:
    """A person named again without a state ("Kenyatta had earlier made a state visit", "President Moon") is
    the state's person an earlier mention made them ("Kenyan President Uhuru Kenyatta"). The role is carried
    only when it is no post of an envoy: a later sentence about a former ambassador is no new office."""
    if not p.name:
        return p
    if p.country is not None:
        known.setdefault(p.name, (p.role, p.country))
        return p
    if p.name not in known:
        return p
    role, country = known[p.name]
    if p.role is None and role in ENVOY_POSTS:
        return p
    return replace(p, country=country, role=p.role or role)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int


def clauses(s: str) -> list[Clause]:
    out = []
    cur = 0
    for m in _CLAUSE.finditer(s):
        out.append(Clause(cur, m.start()))
        cur = m.end()
    out.append(Clause(cur, len(s)))
    return [c for c in out if c.end > c.start]


def in_pair(ctx: Context, code: str | None) -> str | None:
    """The pair's state a code stands for: itself, or the state of the pair it lies within ("RU" in an article on
    Finland and the Soviet Union is SU); otherwise the code unchanged."""
    return gazetteer.within(code, ctx.dyad) if code and ctx.dyad else code


def dyad_codes(ctx: Context, mentions: list[gazetteer.Mention]) -> list[str]:
    """The dyad's states among mentions, in order of appearance (repeats kept)."""
    if not ctx.dyad:
        return []
    return [m.code for m in mentions if m.code in ctx.dyad]


def in_span(m: object, start: int, end: int) -> bool:
    s = m.start
    e = m.end
    return start <= s and e <= end


def clause_date(
    ctx: Context,
    unit: Unit,
    cl: Clause,
    kinds: tuple[str, ...] = ("point", "relative", "since"),
    asides: list[tuple[int, int]] | None = None,
) -> str | None:
    """The date of a clause; a clause with none takes the sentence's date when the sentence gives exactly one
    ("On 11 February 1991 the Althing adopted a resolution …, and Iceland thus became the first to recognise …").
    Dates inside ``asides`` (spans of the sentence) are not the clause's."""
    found = [d for d in unit_dates(ctx, unit) if d.kind in kinds and not any(a <= d.start < b for a, b in asides or ())]
    inside = [d for d in found if cl.start <= d.start < cl.end]
    if inside:
        return inside[0].value
    values = {d.value for d in found}
    if len(values) == 1:
        return found[0].value
    return None


# "The legations were raised to embassies in 1966", "the legations in Cairo and Belgrade were raised to embassies",
# "both states raised their legations to embassies": an upgrade of the relations, and one embassy each way
_LEGATIONS_RAISED = re.compile(
    # (also in a relative clause: "…, at the level of legations, which were raised to embassies in 1966")
    r"\b(?:(?:the|their|both|the\s+two)\s+)?(?:two\s+)?(?:legations|missions)(?:,?\s+(?:which|that))?\s+"
    r"(?P<where>in\s+[^,;.]{2,60}?\s+)?"
    r"(?:were|was)\s+(?:(?:later|then|finally|eventually|formally)\s+)?"
    r"(?:raised|upgraded|elevated|promoted)\s+to\s+(?:the\s+(?:rank|level|status)\s+of\s+)?(?P<kind>embassies)"
    r"|\b(?:both|the\s+two)\s+(?:countries|states|governments)\s+(?:raised|upgraded|elevated)\s+their\s+"
    # (with their cities: "the two governments raised their legations in Rome and La Paz to embassies")
    r"(?:legations|missions)\s+(?P<where4>in\s+[^,;.]{2,60}?\s+)?to\s+(?:the\s+(?:rank|level|status)\s+of\s+)?(?P<kind2>embassies)"
    # "X's legation in Cairo, opened in 1949, and Y's legation in Jakarta were raised to embassies"
    r"|\blegation\s+(?P<where2>in\s+[^;.]{2,100}?\band\b[^;.]{0,40}?\blegation\s+in\s+[^,;.]{2,40}?)\s+were\s+"
    r"(?:(?:later|then|finally|eventually|formally)\s+)?(?:raised|upgraded|elevated|promoted)\s+to\s+"
    r"(?:the\s+(?:rank|level|status)\s+of\s+)?(?P<kind3>embassies)",
    re.I,
)


def legations_raised(ctx: Context, s: str) -> list[re.Match[str]]:
    """The pair's legations raised to embassies in ``s`` (not a third state's: the cities named, if any, are the
    pair's)."""
    if not ("raised" in s or "upgraded" in s or "elevated" in s or "promoted" in s):
        return []
    out = []
    for m in _LEGATIONS_RAISED.finditer(s):
        where = m.group("where") or m.group("where2") or m.group("where4") or ""
        if any(gazetteer.within(c.code, ctx.dyad or ()) not in (ctx.dyad or ()) for c in gazetteer.find_cities(where)):
            continue
        out.append(m)
    return out


_FRONTING = re.compile(r"\s*(?:(?:and|but)\s+)?(?P<prep>(?:[Ii]n|[Oo]n)\s+(?:\w+\s+)?)?")


def _fronting(before: str, kind: str) -> bool:
    """What opens a clause before its date leaves the date fronting it: "In 1966", "and in 1966", and a time told
    without a preposition only when relative ("and a year later")."""
    m = _FRONTING.fullmatch(before)
    return m is not None and (m.group("prep") is not None or kind == "relative")


def raised_date(ctx: Context, unit: Unit, s: str, m: re.Match[str]) -> str | None:
    """The date of legations raised to embassies: the first told after the verb in its clause ("… in 1966", "…
    the same year"), else one fronting the clause ("In 1966 the legations …"); not a date inside a phrase that
    only sets the time around it ("After the revolution of 1952 the legations …")."""
    kind = next(g for g in ("kind", "kind2", "kind3") if m.re.groupindex.get(g) and m.group(g))
    # (the clause of the verb: a list of legations may span clauses of its own)
    at = m.start() if kind != "kind3" else m.start(kind)
    # (past a semicolon inside the match, the clause that names them again: "… through legations; in 1978 these were
    # raised to embassy level")
    semi = s.rfind(";", at, m.start(kind))
    at = len(s) - len(s[semi + 1 :].lstrip()) if semi != -1 else at
    cl = next((c for c in clauses(s) if c.start <= at < c.end), Clause(0, len(s)))
    found = [d for d in unit_dates(ctx, unit) if d.kind in ("point", "relative") and cl.start <= d.start < cl.end]
    after = [d for d in found if d.start >= m.end(kind)]
    if after:
        return after[0].value
    # (also after the clause's conjunction, and a time told without a preposition: "…; they were restored in 1965,
    # and a year later the legations were raised to embassies")
    fronted = [d for d in found if _fronting(s[cl.start : d.start], d.kind)]
    if fronted:
        return fronted[0].value
    # "… moved it to Islamabad in 1971, when it also became an embassy": the time the "when" refers to
    before = [d for d in found if d.end <= m.start(kind)]
    if before and re.fullmatch(r",?\s+when\s+[^,;]*", s[before[-1].end : m.start(kind)]):
        return before[-1].value
    return None
