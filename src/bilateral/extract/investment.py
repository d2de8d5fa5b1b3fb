"""Investment: money one state's investors put into the other.

"X invested [over] $N into Y in D", "X's [direct] investment into/in Y reached …", "Demonym investment in Y
amounted to …", "investment from X into Y … amounted to …", and a coordinated "…, and Georgian direct
investment in Lithuania to 8.2 million euros". Each amount takes the investor and recipient of the nearest
investment phrase before it (else the one before that in the sentence), and its period from the nearest date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilateral import gazetteer
from bilateral.extract import common
from bilateral.extract.base import Context, Fact
from bilateral.extract.trade import _TARGET, _amounts, _first_state, _period, _scopes

# (a company bought by one of the pair's is an investment too: "the largest Chinese acquisition in Norway")
_INVEST = re.compile(
    r"\binvest(?:ed|s|ing|ment|ments|or|ors)?\b|\bFDI\b|\bacquisitions?\b|\btakeovers?\b"
    # (projects an investment agency registered; not aid: "financing projects worth about €1 million a year")
    r"|\b(?:registered|licensed|approved)\s+(?:[\w\-]+\s+){0,2}projects\s+worth\b"
    # (money put into a state: "Mauritian firms had put some US$40 million into Malaysia by 2022")
    r"|\bput\b(?=\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?\S*\d[^.;]{0,25}?\binto\b)"
    # (a company bought: "bought the Greek train operator TrainOSE for €45 million")
    r"|\b(?:bought|acquired)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:stake|share|business|company|operator|bank|firm"
    r"|subsidiary|group|maker|producer|carrier|utility|port|refinery|mine|plant)s?\b",
    re.I,
)


_AMONG = re.compile(
    r"(?P<x>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+(?:is|was|has\s+been|remains)\s+(?:one\s+of\s+|among\s+)?"
    r"the\s+(?:\w+\s+){0,3}investors?\s+in\s+(?:the\s+)?(?P<y>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})"
)


def _last_state(ctx: Context, text: str) -> str | None:
    """The pair's state nearest the end of ``text``; none when a third state stands nearer ("Greek companies")."""

    found = [m.code for m in gazetteer.find_countries(text)]
    if found and found[-1] not in (ctx.dyad or ()):
        return "?"
    return found[-1] if found else None


_FIRMS = re.compile(
    r"\b((?-i:[A-Z])[\w\-]+)\s+(?:(?:state|private|state-owned|[a-z]+)\s+)?(?:companies|firms|investors|projects"
    r"|businesses|enterprises|company|firm|investor)\b"
)


def _parties(ctx: Context, s: str, pos: int) -> tuple[str | None, str | None]:
    """Investor and recipient of the investment word at ``pos``."""
    assert ctx.dyad
    before = s[max(0, pos - 45) : pos]
    after = s[pos : pos + 60]
    investor = recipient = None
    m = re.search(r"\bfrom\s+(?:the\s+)?([^,;]{2,30}?)\s+(?:in|into|to)\s+(?:the\s+)?([^,;]{2,30})", after, re.I)
    # "The Central Bank of Kosovo recorded direct investment from North Macedonia": the state after "from" is the
    # investor, whatever state stands before
    right = re.match(r"\S+\s+from\s+(?:the\s+)?([^,;]{2,30})", after)
    # "Yemeni-owned companies registered in Oman had invested …", "licensed Somali-owned projects worth …": the
    # owners' state invests, wherever the companies are registered
    owned = re.search(r"\b([A-Z][\w]+)-owned\b", s[max(0, pos - 60) : pos + 60])
    if owned and (owner := _first_state(ctx, owned.group(1))) in ctx.dyad:
        return owner, ctx.other(owner)
    # "Togolese companies registered projects worth …", "had registered Chinese projects worth …": the state of
    # the firms or the projects invests, whatever state an investment agency is named after
    for firms in _FIRMS.finditer(s, max(0, pos - 60), pos + 80):
        lo, hi = sorted((firms.start(), pos))
        if re.search(r"[,;]|\band\b", s[lo:hi]):
            continue  # another clause's firms ("Chilean investment in Norway is …, and Norwegian companies have …")
        owner = _first_state(ctx, firms.group(1))
        if owner in ctx.dyad and gazetteer.country_code(firms.group(1)) == owner:
            if firms.start() > pos and re.search(
                r"\b(?:in|into)\s+(?:the\s+)?$", s[max(0, firms.start() - 12) : firms.start()]
            ):
                return ctx.other(owner), owner  # "… had invested NOK 400 million in Chilean companies": the recipient
            return owner, ctx.other(owner)
    if m:
        investor, recipient = _first_state(ctx, m.group(1)), _first_state(ctx, m.group(2))
    elif right and _first_state(ctx, right.group(1)):
        investor = _first_state(ctx, right.group(1))
    else:
        clause_start = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind(" and "))
        # the state nearest the investment word is its subject ("…in Kazakhstan: Polish companies have invested")
        investor = _last_state(ctx, before[clause_start + 1 :] if clause_start != -1 else before)
        r = re.search(r"\b(?:in|into|to)\s+(?:the\s+)?([A-Z][^,;]{1,30})", after)
        if r:
            recipient = _first_state(ctx, r.group(1))
        if recipient is None and investor is None:
            # "Codelco had invested some US$4 million in a copper plant in Narvik by 1978": the state of the pair the
            # town the money went to lies in
            town = next(
                (
                    c
                    for c in common.pair_cities(ctx, s[pos : pos + 100])
                    if re.search(r"\b(?:in|at|near)\s+$", s[max(0, pos + c.start - 6) : pos + c.start])
                    and not re.search(r"[;.]", s[pos : pos + c.start])
                ),
                None,
            )
            recipient = common.in_pair(ctx, town.code) if town else None
        if investor is None:
            by = re.search(r"\bfrom\s+(?:the\s+)?([^,;]{2,30})", after, re.I)
            if by:
                investor = _first_state(ctx, by.group(1))
    if investor and investor == recipient:
        # "Lebanese-Armenian businessmen had invested over US$150 million in Armenia": the state the money went to is
        # the recipient, and the investors' other state, named first, invests
        investor = None
    if investor and not recipient:
        recipient = ctx.other(investor)
    if recipient and not investor:
        investor = ctx.other(recipient)
    return investor, recipient


_NOT_INVESTMENT = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:counted|considered|treated|recorded|classed|classified)\s+as\s+(?:\w+\s+)?investment",
    re.I,
)


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts = []
    for unit in common.units(ctx):
        s = common.text(ctx, unit)
        words = list(_INVEST.finditer(s))
        if not words:
            continue
        amounts = _amounts(s)
        # a sum said not to be investment is none: "Taiwan's annual budget support, about US$10 million, is not
        # counted as investment"
        denied = [m.start() for m in _NOT_INVESTMENT.finditer(s)]
        amounts = [a for a in amounts if not any(a.end <= d and not re.search(r"[;.]", s[a.end : d]) for d in denied)]
        if not amounts:
            continue
        dates = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "interval", "relative", "since")]
        # "investment since 2005 has exceeded $1 billion": a stock gathered from then on, an open interval
        dates = [replace(d, value=f"{d.value}/..") if d.kind == "since" else d for d in dates]
        last: tuple[str | None, str | None] = (None, None)
        # "between 30 and 50 billion euros": one figure, stated by its lower bound
        upper = {
            i + 1
            for i in range(len(amounts) - 1)
            if re.search(r"\bbetween\s+$", s[max(0, amounts[i].start - 12) : amounts[i].start], re.I)
            and re.fullmatch(r"\s+and\s+", s[amounts[i].end : amounts[i + 1].start])
        }
        for k, (a, (lo, hi)) in enumerate(zip(amounts, _scopes(s, amounts), strict=True)):
            if k in upper:
                continue
            if k + 1 in upper:
                a = replace(a, qualifier="between")
            near = [w for w in words if w.start() < a.start]
            if not near:
                if not any(w.start() < hi for w in words):
                    continue
                near = [w for w in words if w.start() < hi]
            if _TARGET.search(s[max(lo, a.start - 40) : a.start]):
                continue
            investor, recipient = _parties(ctx, s, near[-1].start())
            for firms in _FIRMS.finditer(s, near[-1].end(), a.start):
                # "…, and Norwegian companies have put about US$400 million into Chile": a clause of its own after
                # the investment word, whose firms invest
                owner = _first_state(ctx, firms.group(1))
                if (
                    owner in ctx.dyad
                    and gazetteer.country_code(firms.group(1)) == owner
                    and re.search(r"[,;]|\band\b", s[near[-1].end() : firms.start()])
                    and not re.search(r"[,;]", s[firms.end() : a.start])
                ):
                    investor, recipient = owner, ctx.other(owner)
            if investor == "?":
                continue  # a third state's investment
            if investor is None:
                investor, recipient = last
            if investor is None:
                # "Estonia is among the largest foreign investors in Georgia, with accumulated investment of …"
                among = _AMONG.search(s, 0, a.start)
                if among:
                    x, y = _first_state(ctx, among.group("x")), _first_state(ctx, among.group("y"))
                    if x and y and x != y:
                        investor, recipient = x, y
            if investor is None or recipient is None:
                continue
            # an amount of trade in the same sentence is not investment
            if re.search(
                r"\b(?:trade|turnover|exports?|imports?)\b", s[max(lo, a.start - 40) : a.start], re.I
            ) and not _INVEST.search(s[max(lo, a.start - 40) : a.start]):
                continue
            last = (investor, recipient)
            period = _period(s, amounts, k, lo, hi, dates)
            if period and re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
                # an amount is invested over a year, not on a day: "pledged on 15 January 2023 to invest …" is 2023
                period = period[:4]
            facts.append(
                Fact(
                    "investment",
                    {
                        "investor": investor,
                        "recipient": recipient,
                        "period": period,
                        "value": a.value,
                        "unit": a.unit,
                        "approximate": a.approximate and a.qualifier != "over",
                        "qualifier": a.qualifier,
                    },
                    [unit],
                    0.8,
                )
            )
    return facts
