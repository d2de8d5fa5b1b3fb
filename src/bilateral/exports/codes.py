"""CAMEO and PLOVER codes for event-like facts (events, recognition, relations, agreements), by data table.

The table is ``data/event_codes.tsv``: the first row matching the fact's type, kind and place wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from bilateral.exports.data import event_codes
from bilateral.store import facts as F

# which field of each type the table's ``kind`` column is matched against
_KIND_FIELD = {"event": "kind", "diplomatic_relations": "event", "agreement": "status", "recognition": ""}
CODED_TYPES = tuple(_KIND_FIELD)


@dataclass(frozen=True)
class Codes:
    cameo: str | None
    cameo_label: str | None
    plover: str | None
    plover_mode: str | None
    source: str | None  # the actor of the coded event (ISO), when there is one
    target: str | None  # the one it is done to / with

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)


EMPTY = Codes(None, None, None, None, None, None)


def place(fact: Mapping[str, Any], pair: tuple[str, str] | None) -> str:
    """home (the event happened in one of the two states), third (elsewhere) or unknown."""
    loc = F.one(fact.get("location"))
    country = F.upper(loc.get("country")) if isinstance(loc, Mapping) else None
    if not country:
        return "unknown"
    if pair is None:
        return "unknown"
    return "home" if country in pair else "third"


def codes(fact: Mapping[str, Any], pair: tuple[str, str] | None) -> Codes:
    """The codes of one fact (EMPTY for the types that are no events, or when no row fits)."""
    t = str(fact.get("type"))
    if t not in _KIND_FIELD:
        return EMPTY
    kf = _KIND_FIELD[t]
    kind = str(F.one(fact.get(kf)) or "") if kf else ""
    where = place(fact, pair) if t == "event" else "*"
    for row in event_codes():
        if row["type"] != t or row["kind"] not in ("*", kind) or row["place"] not in ("*", where):
            continue
        source, target = _actors(row["source"], fact, pair)
        return Codes(
            row["cameo"] or None,
            row["cameo_label"] or None,
            row["plover"] or None,
            row["plover_mode"] or None,
            source,
            target,
        )
    return EMPTY


def _actors(how: str, fact: Mapping[str, Any], pair: tuple[str, str] | None) -> tuple[str | None, str | None]:
    if how == "subject":
        return F.sides(fact)
    if how == "visitor" and pair is not None:
        loc = F.one(fact.get("location"))
        host = F.upper(loc.get("country")) if isinstance(loc, Mapping) else None
        if host in pair:
            visitor = pair[1] if host == pair[0] else pair[0]
            return visitor, host
        return None, None
    if pair is not None:
        return pair
    return None, None
