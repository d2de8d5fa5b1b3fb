"""Cooperation: standing programmes in culture, education, sport, energy, transport, science…

A sentence states one when it names a field (data/cooperation_fields.tsv) together with a standing
arrangement ("twin cities", "students … studied", "hosts a lector", "container train … has linked",
"cooperation in …"). Not scored by the contract yet; kept for the store and exports.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from bilateral.extract import common
from bilateral.extract.base import Context, Fact

_STANDING = re.compile(
    r"\b(?:twin(?:ned)?\s+cities|sister\s+cities|students?|lectors?|scholarships?|exchange\s+programmes?"
    r"|has\s+linked|have\s+been|since|flies|flights?|cooperation\s+in|cooperation\s+on|programme|projects?)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _fields() -> list[tuple[re.Pattern[str], str]]:
    data = resources.files("bilateral.data").joinpath("cooperation_fields.tsv").read_text(encoding="utf-8")
    out = []
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, field = line.split("\t")[:2]
            out.append((re.compile(rf"\b(?:{pattern})\b", re.I), field.strip()))
    return out


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts = []
    for unit in common.units(ctx):
        s = common.text(ctx, unit)
        if not _STANDING.search(s):
            continue
        field = next((f for rx, f in _fields() if rx.search(s)), None)
        if field is None:
            continue
        dates = [d for d in common.unit_dates(ctx, unit) if d.kind in ("since", "point")]
        since = next((d.value for d in dates if d.kind == "since"), None)
        facts.append(
            Fact(
                "cooperation",
                {"field": field, "description": " ".join(s.split())[:200], "date": since, "institutions": []},
                [unit],
                0.5,
            )
        )
    return facts
