"""Pure derivations from a contract fact (FACTS.md): its pair, dates, entities and searchable text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from bilateral.store import dates

TYPES = (
    "recognition",
    "diplomatic_relations",
    "mission",
    "office",
    "event",
    "agreement",
    "trade",
    "investment",
    "membership",
    "parliamentary_group",
    "cooperation",
    "see_also",
)

# the two states a fact is about, by type: (actor field, counterpart field)
_SIDES: dict[str, tuple[str, str]] = {
    "recognition": ("subject", "object"),
    "mission": ("sender", "receiver"),
    "office": ("sender", "receiver"),
    "trade": ("reporter", "partner"),
    "investment": ("investor", "recipient"),
    "parliamentary_group": ("country", "partner"),
    "membership": ("country", ""),
}
# dated fields, by type, in the order they are told
DATE_FIELDS: dict[str, tuple[str, ...]] = {
    "recognition": ("date",),
    "diplomatic_relations": ("date",),
    "mission": ("date",),
    "office": ("appointed", "credentials", "since"),
    "event": ("date",),
    "agreement": ("date",),
    "trade": ("period",),
    "investment": ("period",),
    "membership": ("date",),
    "parliamentary_group": ("established", "head_since"),
    "cooperation": ("date",),
}

# multipliers of the units figures come in
_SCALES = {
    "": 1.0,
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}


def norm_key(text: Any) -> str:
    """Case-, accent- and punctuation-insensitive key of a name."""
    text = text_of(text)
    if not text:
        return ""
    return _norm(text)


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", t))


def one(v: Any) -> Any:
    """A value as one value: the first choice of a gold-style ``{"any": [a, b]}``, else the value itself."""
    if isinstance(v, Mapping) and isinstance(v.get("any"), list) and len(v) == 1:
        return v["any"][0] if v["any"] else None
    return v


def text_of(v: Any) -> str | None:
    v = one(v)
    return v if isinstance(v, str) and v.strip() else None


def upper(v: Any) -> str | None:
    v = one(v)
    return v.upper() if isinstance(v, str) and v else None


def sides(fact: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(actor, counterpart): the state doing and the state it is done to, when the type has them."""
    t = fact.get("type")
    if t in ("diplomatic_relations", "agreement"):
        items = one(fact.get("parties"))
        parties = [upper(p) for p in (items if isinstance(items, list) else []) if upper(p)]
        return (parties[0] if parties else None), (parties[1] if len(parties) > 1 else None)
    a, b = _SIDES.get(str(t), ("", ""))
    return (upper(fact.get(a)) if a else None), (upper(fact.get(b)) if b else None)


def pair(fact: Mapping[str, Any], dyad: Sequence[str] | None) -> tuple[str | None, str | None]:
    """The unordered pair of states a fact belongs to (sorted), from its own fields or else the article's."""
    x, y = sides(fact)
    if x and y and x != y:
        return (x, y) if x < y else (y, x)
    if dyad and len(dyad) == 2 and dyad[0] and dyad[1]:
        p, q = upper(dyad[0]), upper(dyad[1])
        if p and q:
            return (p, q) if p <= q else (q, p)
    return None, None


def dated(fact: Mapping[str, Any]) -> list[tuple[str, str, str, str]]:
    """Every (field, edtf, low, high) date the fact gives."""
    out = []
    for f in DATE_FIELDS.get(str(fact.get("type")), ()):
        v = one(fact.get(f))
        if isinstance(v, str) and v:
            b = dates.bounds(v)
            if b:
                out.append((f, v, b[0], b[1]))
    return out


def main_date(fact: Mapping[str, Any]) -> str | None:
    d = dated(fact)
    return d[0][1] if d else None


def scale_of(unit: str | None) -> tuple[float, str] | None:
    """("million USD") → (1e6, "USD"); None when the unit is not money in a known scale."""
    if not unit or not isinstance(unit, str):
        return None
    words = unit.replace("US$", "USD").replace("$", "USD ").replace("€", "EUR ").split()
    scale = 1.0
    currency = None
    for w in words:
        lw = w.casefold().strip(".")
        if lw in _SCALES:
            scale *= _SCALES[lw]
        elif re.fullmatch(r"[A-Za-z]{3}", w):
            currency = w.upper()
        else:
            return None
    return (scale, currency) if currency else None


def person_name(p: Any) -> str | None:
    p = one(p)
    if isinstance(p, Mapping):
        return text_of(p.get("name"))
    return text_of(p)


def entities(fact: Mapping[str, Any]) -> Iterator[tuple[str, str, str | None, str]]:
    """Every (kind, name, country, field) entity a fact mentions: countries, people, cities, organizations."""
    t = fact.get("type")
    for f in (
        "subject",
        "object",
        "sender",
        "receiver",
        "reporter",
        "partner",
        "investor",
        "recipient",
        "country",
    ):
        cc = upper(fact.get(f))
        if cc:
            yield "country", cc, None, f
    for f in ("parties", "concurrent_with"):
        items = fact.get(f)
        for cc in items if isinstance(items, list) else []:
            if upper(cc):
                yield "country", str(upper(cc)), None, f
    for f in ("accredited_from", "location"):
        loc = one(fact.get(f))
        if isinstance(loc, Mapping):
            cc = upper(loc.get("country"))
            if cc:
                yield "country", cc, None, f
            city = text_of(loc.get("city"))
            if city:
                yield "city", city, cc, f
    city = text_of(fact.get("city"))
    if t == "mission" and city:
        yield "city", city, upper(fact.get("receiver")), "city"
    if t == "office":
        n = person_name(fact.get("person"))
        if n:
            yield "person", n, upper(fact.get("sender")), "person"
    if t == "parliamentary_group":
        n = person_name(fact.get("head"))
        if n:
            yield "person", n, upper(fact.get("country")), "head"
        parliament = text_of(fact.get("parliament"))
        if parliament:
            yield "organization", parliament, upper(fact.get("country")), "parliament"
    people = fact.get("participants")
    for p in people if isinstance(people, list) else []:
        n = person_name(p)
        if n:
            yield "person", n, upper(p.get("country")) if isinstance(p, Mapping) else None, "participants"
        if isinstance(p, Mapping) and upper(p.get("country")):
            yield "country", str(p["country"]).upper(), None, "participants"
    org = text_of(fact.get("organization"))
    if t == "membership" and org:
        yield "organization", org, None, "organization"
    for inst in fact.get("institutions") or []:
        if text_of(inst):
            yield "organization", str(text_of(inst)), None, "institutions"


def _loc(loc: Any) -> str:
    loc = one(loc)
    if not isinstance(loc, Mapping):
        return ""
    return ", ".join(str(one(v)) for v in (loc.get("city"), loc.get("country")) if one(v))


def num(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def label(fact: Mapping[str, Any]) -> str:
    """One readable line saying what the fact states (no evidence)."""
    t = fact.get("type")

    def g(key: str) -> Any:
        return one(fact.get(key))

    if t == "recognition":
        return f"{g('subject')} recognized {g('object')}"
    if t == "diplomatic_relations":
        parties = g("parties") if isinstance(g("parties"), list) else []
        return f"diplomatic relations {g('event') or '?'} between {' and '.join(str(p) for p in parties)}"
    if t == "mission":
        where = g("city") or ""
        if g("resident") is False:
            af = _loc(g("accredited_from"))
            where = f"covered from {af}" if af else "non-resident"
        kind = str(g("kind") or "mission").replace("_", " ")
        status = f" ({g('status')})" if g("status") and g("status") != "open" else ""
        return f"{g('sender')} {kind} for {g('receiver')}{': ' + where if where else ''}{status}"
    if t == "office":
        role = str(g("role") or "envoy").replace("_", " ")
        return f"{person_name(g('person')) or 'unnamed'}, {role} of {g('sender')} to {g('receiver')}"
    if t == "event":
        summary = g("summary") or str(g("kind") or "event")
        loc = _loc(g("location"))
        return f"{summary}{' (' + loc + ')' if loc and loc not in summary else ''}"
    if t == "agreement":
        return f"{g('title') or g('kind') or 'agreement'} ({g('status') or '?'})"
    if t == "trade":
        com = f" of {g('commodity')}" if g("commodity") else ""
        approx = "~" if g("approximate") else ""
        return (
            f"{g('reporter') or '?'}→{g('partner') or '?'} {g('flow')}{com} {g('period') or ''}: "
            f"{approx}{num(g('value'))} {g('unit') or '(unit not stated)'}"
        )
    if t == "investment":
        q = f"{g('qualifier')} " if g("qualifier") else ""
        what = f"{q}{num(g('value'))} {g('unit') or ''}".strip()
        return f"investment {g('investor')}→{g('recipient')} {g('period') or ''}: {what}"
    if t == "membership":
        return f"{g('country')} member of {g('organization')}"
    if t == "parliamentary_group":
        head = person_name(g("head"))
        by = f", head {head}" if head else ""
        return f"{g('name') or 'parliamentary group'} ({g('parliament') or g('country')}){by}"
    if t == "cooperation":
        return f"{g('field') or 'cooperation'}: {g('description') or ''}".strip()
    if t == "see_also":
        return f"see also: {g('title')}"
    return str(t)


def search_text(fact: Mapping[str, Any]) -> str:
    """What full-text search sees of a fact: its type, its label and every string value it holds."""
    parts = [str(fact.get("type", "")).replace("_", " "), label(fact)]

    def walk(v: Any) -> None:
        if isinstance(v, str):
            parts.append(v)
        elif isinstance(v, Mapping):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for k, v in fact.items():
        if k not in ("type", "evidence"):
            walk(v)
    return " ".join(p for p in parts if p)
