"""Agreements and what is said of them: signed, pending, planned, in force.

The agreement is a noun phrase around a head word (agreement, convention, memorandum, MoU, treaty,
declaration, joint statement, protocol, programme): the modifiers before the head ("defence cooperation
agreement", "Joint sports education MoU") and the complements after it ("on …", "of …", "between … and …",
"for …", "in the field of …") up to the verb or the next agreement. A plural head with a list ("agreements on
A, B and C") is one agreement per item. The status comes from the verbs of its clause: "signed", "concluded",
"adopted" → signed; "pending", "awaiting signature" → pending; "set to sign", "to sign", "will sign", "aim … to
sign" → planned; "entered into force", "came into force" → in force (a second fact beside the signing).
Negotiations, drafts and mere mentions are no agreement.
"""

from __future__ import annotations

import re

from bilateral.extract import common
from bilateral.extract.base import Context, Fact

_HEADS = (
    r"agreements?|conventions?|memorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation|co-operation))?|MoUs?"
    r"|treat(?:y|ies)|(?:joint\s+)?declarations?|joint\s+statements?|protocols?|programmes?\s+of\s+\w+\s+cooperation"
    r"|programs?\s+of\s+\w+\s+cooperation|accords?"
)
_HEAD = re.compile(rf"\b(?:{_HEADS})\b", re.I)
_KIND = (
    ("memorandum", re.compile(r"memorand|\bMoU", re.I)),
    ("convention", re.compile(r"convention", re.I)),
    ("treaty", re.compile(r"treat", re.I)),
    ("declaration", re.compile(r"declaration|joint\s+statement", re.I)),
    ("protocol", re.compile(r"protocol", re.I)),
)
_PRE = re.compile(r"(?:(?:[A-Z][\w\-–]*|[a-z][a-z\-–]+)\s+){0,5}$")
_PRE_STOP = re.compile(
    r"\b(?:the|a|an|two|three|several|both|and|of|that|which|was|were|had|has|have|been|signed|sign|to|on|in|by|with"
    r"|there|said|announced|set|are|is|be|also|first|new|further|its|their|his|her)$",
    re.I,
)
_POST = re.compile(
    r"^(?:\s*\((?:MoU|MOU)\))?(?:\s+(?:on|of|between|for|in\s+the\s+field\s+of|concerning|regarding|about|to)\s+"
    r"(?:(?!\b(?:was|were|had|has|have|is|are|which|who|signed|dated|entered|came|aimed|and\s+(?:an?|the)\s+(?:"
    + _HEADS
    + r"))\b)[^,;:.()])+)?",
    re.I,
)
_STATUS = (
    (
        "in_force",
        re.compile(r"\b(?:entered|came|comes|enter|come|went)\s+into\s+force\b|\bin\s+force\s+(?:since|from)\b", re.I),
    ),
    ("pending", re.compile(r"\bpending\b|\bawaiting\s+(?:signature|signing|ratification)\b", re.I)),
    (
        "planned",
        re.compile(
            r"\b(?:set\s+to\s+(?:be\s+)?sign\w*|to\s+sign|will\s+sign|would\s+sign|plan\w*\s+to\s+sign|expected\s+to\s+(?:be\s+)?sign\w*|to\s+be\s+signed)\b",
            re.I,
        ),
    ),
    ("signed", re.compile(r"\b(?:signed|signing|concluded|adopted|initialled)\b", re.I)),
)
_NOT = re.compile(r"\b(?:negotiat\w+|draft\w*|discuss\w*|prepar\w+)\b", re.I)
_COMMISSION = re.compile(r"\b(?:session|meeting)\s+of\s+the\s+(?:[\w\-–]+\s+){0,6}?(?:Commission|Committee|Council)\b")


def _kind(title: str) -> str:
    for kind, rx in _KIND:
        if rx.search(title):
            return kind
    return "agreement"


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts: list[Fact] = []
    last_visit: tuple[str | None, dict[str, str | None] | None] = (None, None)
    for unit in common.units(ctx):
        s = common.text(ctx, unit)
        dates = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "interval", "relative", "since")]
        if re.search(r"\bvisit", s, re.I) and dates:
            cities = common.cities(ctx, unit)
            last_visit = (
                dates[0].value,
                {"city": cities[0].value, "country": cities[0].code} if cities else None,
            )
        if not _HEAD.search(s):
            continue
        for m in _HEAD.finditer(s):
            facts.extend(_agreements(ctx, unit, s, m, dates, last_visit))
    return facts


def _agreements(ctx, unit, s, m, dates, last_visit) -> list[Fact]:  # type: ignore[no-untyped-def]
    assert ctx.dyad
    # skip a head word that is the complement of another ("agreement on the protocol")
    pre = _PRE.search(s[: m.start()])
    start = m.start()
    if pre:
        words = s[pre.start() : m.start()].split()
        while words and _PRE_STOP.search(words[0]):
            words = words[1:]
        # modifiers must touch the head
        if words:
            start = m.start() - len(" ".join(words)) - 1
            while start < m.start() and s[start] == " ":
                start += 1
    post = _POST.match(s[m.end() :])
    end = m.end() + (post.end() if post else 0)
    title = " ".join(s[start:end].split()).strip(" ,")
    # clause of the agreement for its status and date
    cl = next((c for c in common.clauses(s) if c.start <= m.start() < c.end), common.Clause(0, len(s)))
    left = s[: m.start()]
    statuses = []
    for status, rx in _STATUS:
        if rx.search(s[m.start() : cl.end]) or (status != "in_force" and rx.search(s[cl.start : m.start()])):
            statuses.append(status)
    if not statuses:
        # "Two documents were signed on D: the A, … and the B" — the status before the colon
        colon = left.rfind(":")
        if colon != -1:
            for status, rx in _STATUS:
                if rx.search(left[:colon]):
                    statuses.append(status)
                    break
    if not statuses or (_NOT.search(s[cl.start : cl.end]) and "signed" not in statuses):
        return []
    if "signed" in statuses and "planned" in statuses:
        statuses.remove("signed")
    if "pending" in statuses and "signed" in statuses:
        statuses.remove("signed")
    if "in_force" in statuses and "signed" not in statuses and re.search(r"\bsigned\b", s, re.I):
        statuses.insert(0, "signed")
    titles = _split_list(title, m.group())
    if len(titles[0].split()) <= 2:
        comm = _COMMISSION.search(s)
        if comm:
            titles = [
                f"{titles[0]} of the {comm.group().split(' of the ', 1)[1]}"
                if " of the " in comm.group()
                else titles[0]
            ]
    out = []
    cities = common.cities(ctx, unit)
    location = {"city": cities[0].value, "country": cities[0].code} if cities else None
    for status in statuses:
        date = _date_for(ctx, s, m, cl, dates, status)
        if date is None and re.search(r"\bduring\s+(?:the|this|that)\s+(?:visit|trip)\b", s, re.I):
            date = last_visit[0]
            location = location or last_visit[1]
        for t in titles:
            fields = {
                "title": t,
                "kind": _kind(t),
                "status": status,
                "date": date,
                "parties": sorted(ctx.dyad),
                "location": location,
                "subject": None,
            }
            out.append(Fact("agreement", fields, [unit], 0.75))
    return out


def _date_for(ctx, s, m, cl, dates, status) -> str | None:  # type: ignore[no-untyped-def]
    if status == "in_force":
        force = _STATUS[0][1].search(s, m.end())
        if force:
            after = [d for d in dates if d.start >= force.start()]
            nxt_head = _HEAD.search(s, m.end())
            if after and (nxt_head is None or after[0].start < nxt_head.start() or after[0].start < force.end() + 30):
                return after[0].value
            if re.search(r"the\s+same\s+day", s[force.end() : force.end() + 20], re.I):
                before = [d for d in dates if d.start < m.start()]
                return before[0].value if before else None
        return None
    inside = [d for d in dates if cl.start <= d.start < cl.end]
    if inside:
        return inside[0].value
    before = [d for d in dates if d.start < m.start()]
    if before:
        return before[-1].value
    return dates[0].value if dates else None


def _split_list(title: str, head: str) -> list[str]:
    """ "agreements on A, B, C and D" → ["agreement on A", …]; a singular head stays one title."""
    m = re.match(
        r"^(?P<pre>.*?\b)(?P<head>\w+s)\s+(?P<prep>on|in\s+the\s+fields?\s+of|for)\s+(?P<rest>.+)$",
        title,
        re.I,
    )
    if not m or not head.lower().endswith("s"):
        return [title]
    items = [x.strip() for x in re.split(r",\s*|\s+and\s+", m.group("rest")) if x.strip()]
    if len(items) < 2:
        return [title]
    singular = m.group("head")[:-1]
    return [f"{singular} {m.group('prep')} {x}" for x in items]
