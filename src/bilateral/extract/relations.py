"""Diplomatic relations: established, severed, restored or upgraded, and when.

"[diplomatic] relations were established [on DATE]", "X and Y established diplomatic relations on DATE",
"the two states set up diplomatic relations in CITY on DATE", "X has had diplomatic relations with Y since
DATE", "Foreign relations have existed between X and Y since DATE"; "severed", "broke off", "restored",
"re-established", "resumed", "upgraded". Anniversaries of relations are not their establishment.
"""

from __future__ import annotations

import re

from bilateral.extract import common
from bilateral.extract.base import Context, Fact

_RELATIONS = re.compile(r"\b(?:diplomatic|foreign|bilateral)\s+relations\b", re.I)
_EVENTS = (
    ("restored", re.compile(r"\b(?:restor|re-?establish|resum|renew)\w*", re.I)),
    ("severed", re.compile(r"\b(?:sever\w*|broke\s+off|break\s+off|cut\s+off|suspend\w*)", re.I)),
    ("upgraded", re.compile(r"\bupgrad\w*", re.I)),
    (
        "established",
        re.compile(r"\b(?:establish\w*|set\s+up|opened|existed|exist|had|has\s+had|have\s+had|launched)\b", re.I),
    ),
)
_NOT = re.compile(r"\banniversary\b|\bprotocol\s+on\s+the\s+establishment\b", re.I)


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts = []
    for unit in common.units(ctx):
        s = common.text(ctx, unit)
        if not _RELATIONS.search(s):
            continue
        dates = common.unit_dates(ctx, unit)
        for cl in common.clauses(s):
            part = s[cl.start : cl.end]
            rel = _RELATIONS.search(part)
            if not rel:
                continue
            if _NOT.search(part) and not re.search(r"\b(?:were|was)\s+established\b", part[: rel.end() + 40], re.I):
                continue
            if re.search(r"\banniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?diplomatic", part, re.I):
                continue
            event = None
            for name, rx in _EVENTS:
                if rx.search(part):
                    event = name
                    break
            if event is None:
                continue
            date = None
            for d in dates:
                if cl.start <= d.start < cl.end and d.kind in ("point", "since", "relative"):
                    date = d.value
                    break
            if event == "established" and date is None and not re.search(r"establish", part, re.I):
                continue
            parties = sorted(ctx.dyad)
            facts.append(Fact("diplomatic_relations", {"parties": parties, "event": event, "date": date}, [unit], 0.9))
    return facts
