"""A dyad-year table (COW Diplomatic Exchange / Diplometrics DDR shape) derived from missions and offices.

One row per directed pair (sender → receiver) and year: the sender's level of representation in the receiver.
What the store can and cannot say is documented in ``docs/exports.md`` ("dyad-year: limits").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bilateral.exports.select import Fact, Source
from bilateral.store import dates as D
from bilateral.store import facts as F

COLUMNS = (
    "sender",
    "receiver",
    "year",
    "level",
    "dr_code",
    "resident",
    "accredited_from_city",
    "accredited_from_country",
    "envoy",
    "basis_year",
    "basis",
)
# COW Diplomatic Exchange levels: 0 none, 1 chargé d'affaires, 2 minister, 3 ambassador, 9 other
DR_CODE = {"none": "0", "charge_d_affaires": "1", "ambassador": "3", "non_resident": "9", "unknown": ""}
RESIDENT_KINDS = {"embassy", "diplomatic_mission"}
ENVOY_ROLES = {"ambassador": "ambassador", "charge_d_affaires": "charge_d_affaires"}


@dataclass(order=True)
class _Mark:
    """Something that holds from ``year`` on (``year`` None: only known for the as-of year)."""

    year: int | None
    what: str  # relations_on | relations_off | resident | non_resident | closed | ambassador | charge_d_affaires
    fact: int = 0
    detail: dict[str, Any] = field(default_factory=dict, compare=False)


def year_of(v: Any) -> int | None:
    v = F.one(v)
    return D.year_of(v) if isinstance(v, str) else None


def _marks(facts: Iterable[Fact]) -> dict[tuple[str, str], list[_Mark]]:
    out: dict[tuple[str, str], list[_Mark]] = {}

    def add(s: str | None, r: str | None, m: _Mark) -> None:
        if s and r and s != r:
            out.setdefault((s, r), []).append(m)

    for f in facts:
        d = f.data
        if f.type == "diplomatic_relations":
            ev, y = F.one(d.get("event")), year_of(d.get("date"))
            parties = [F.upper(p) for p in (F.one(d.get("parties")) or []) if F.upper(p)]
            if len(parties) != 2 or y is None:
                continue
            what = "relations_off" if ev == "severed" else "relations_on"
            a, b = parties
            add(a, b, _Mark(y, what, f.id))
            add(b, a, _Mark(y, what, f.id))
        elif f.type == "mission":
            s, r = F.upper(d.get("sender")), F.upper(d.get("receiver"))
            kind, status, y = F.one(d.get("kind")), F.one(d.get("status")) or "open", year_of(d.get("date"))
            if kind not in RESIDENT_KINDS:
                continue
            if status == "closed":
                if y is not None:
                    add(s, r, _Mark(y, "closed", f.id))
                continue
            if status != "open":
                continue
            if d.get("resident") is False:
                af = F.one(d.get("accredited_from"))
                af = af if isinstance(af, dict) else {}
                via = {"city": af.get("city"), "country": F.upper(af.get("country"))}
                add(s, r, _Mark(y, "non_resident", f.id, via))
            else:
                add(s, r, _Mark(y, "resident", f.id))
        elif f.type == "office":
            role = ENVOY_ROLES.get(str(F.one(d.get("role"))))
            if not role:
                continue
            s, r = F.upper(d.get("sender")), F.upper(d.get("receiver"))
            years = [y for k in ("appointed", "credentials", "since") if (y := year_of(d.get(k))) is not None]
            add(s, r, _Mark(min(years) if years else None, role, f.id, {"person": F.person_name(d.get("person"))}))
    return out


def as_of_year(sources: Sequence[Source]) -> int | None:
    """The year present-tense statements speak of: the latest year an article was ingested (retrieved)."""
    years = [int(s.ingested_at[:4]) for s in sources if s.ingested_at[:4].isdigit()]
    return max(years) if years else None


def rows(
    facts: Sequence[Fact],
    sources: Sequence[Source],
    pair: tuple[str, str] | None = None,
    until: int | None = None,
) -> list[dict[str, Any]]:
    """The table's rows, sorted by sender, receiver and year."""
    as_of = until or as_of_year(sources)
    marks = _marks(facts)
    for s in sources:  # every article's pair is a dyad of the table, both ways, even without missions
        if s.dyad:
            a, b = s.dyad
            marks.setdefault((a, b), [])
            marks.setdefault((b, a), [])
    out: list[dict[str, Any]] = []
    for (s, r), ms in sorted(marks.items()):
        if pair is not None and tuple(sorted((s, r))) != pair:
            continue
        dated = [m.year for m in ms if m.year is not None]
        if until is not None:
            as_of_here: int | None = until
        elif as_of is None:
            as_of_here = max(dated) if dated else None
        else:
            as_of_here = max([as_of, *dated])
        if as_of_here is None:
            continue
        first = min([*dated, as_of_here])
        if first > as_of_here:
            continue
        for year in range(first, as_of_here + 1):
            out.append(_row(s, r, year, ms, year == as_of_here))
    return out


def _row(s: str, r: str, year: int, marks: Sequence[_Mark], as_of: bool) -> dict[str, Any]:
    def known(m: _Mark) -> bool:
        return (m.year is not None and m.year <= year) or (m.year is None and as_of)

    def latest(kinds: set[str]) -> _Mark | None:
        cands = [m for m in marks if m.what in kinds and known(m)]
        # dated marks by year; an undated one (as-of only) counts as the newest
        cands.sort(key=lambda m: (m.year if m.year is not None else 10**6, m.fact))
        return cands[-1] if cands else None

    rel = latest({"relations_on", "relations_off"})
    first_rel = min((m.year for m in marks if m.what == "relations_on" and m.year is not None), default=None)
    mission = latest({"resident", "non_resident", "closed"})
    envoy = latest({"ambassador", "charge_d_affaires"})
    if rel is not None and rel.what == "relations_off":
        # relations severed: what came before the break no longer holds
        if mission is not None and (mission.year or 10**6) < (rel.year or 0):
            mission = None
        if envoy is not None and (envoy.year or 10**6) < (rel.year or 0):
            envoy = None
    level, basis, resident = "unknown", None, None
    via_city = via_country = None
    if rel is not None and rel.what == "relations_off" and mission is None and envoy is None:
        level, basis = "none", rel
    elif first_rel is not None and year < first_rel and mission is None and envoy is None:
        level = "none"
    elif mission is not None and mission.what == "resident":
        resident = True
        level = "charge_d_affaires" if envoy is not None and envoy.what == "charge_d_affaires" else "ambassador"
        basis = mission
    elif mission is not None and mission.what == "non_resident":
        resident = False
        level, basis = "non_resident", mission
        via_city, via_country = mission.detail.get("city"), mission.detail.get("country")
    elif mission is not None and mission.what == "closed" and _no_later(envoy, mission):
        level, basis = "none", mission
    elif envoy is not None:
        level, basis = envoy.what, envoy
    facts = sorted({m.fact for m in (basis, envoy) if m is not None})
    return {
        "sender": s,
        "receiver": r,
        "year": year,
        "level": level,
        "dr_code": DR_CODE[level],
        "resident": resident,
        "accredited_from_city": via_city,
        "accredited_from_country": via_country,
        "envoy": envoy.detail.get("person") if envoy is not None else None,
        "basis_year": basis.year if basis is not None else None,
        "basis": " ".join(str(x) for x in facts),
    }


def _no_later(envoy: _Mark | None, closed: _Mark) -> bool:
    """No envoy, or none posted after the mission closed."""
    return envoy is None or (envoy.year or 0) <= (closed.year or 0)


def csv_text(table: Sequence[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in table:
        w.writerow(["" if r[c] is None else ("1" if r[c] is True else "0" if r[c] is False else r[c]) for c in COLUMNS])
    return buf.getvalue()
