"""Parliamentary groups: friendship and working groups of one parliament for the other state.

"PARLIAMENT established the Working Group on X–Y inter-parliamentary relations on D", "the head of the Working
Group … is NAME", "the X–Y friendship group of PARLIAMENT was headed/chaired by NAME, and the corresponding
group in PARLIAMENT2 by NAME2", "an inter-parliamentary group of friendship … works in PARLIAMENT and in
PARLIAMENT2", "In PARLIAMENT the … friendship group is headed by NAME". One group per parliament named; the
group's country is the parliament's.
"""

from __future__ import annotations

import itertools
import re

from bilateral import gazetteer
from bilateral.document.model import Unit
from bilateral.extract import common
from bilateral.extract.base import Context, Fact

_GROUP = re.compile(
    r"\b(?:(?:inter-?parliamentary\s+)?(?:friendship|working|support|cooperation)\s+groups?|inter-?parliamentary\s+groups?|"
    r"parliamentary\s+(?:friendship\s+)?groups?|groups?\s+of\s+friendship"
    # "a group for interparliamentary relations with Japan", "a parliamentary friendship league"
    r"|(?:deputy\s+)?groups?\s+(?:for|on)\s+(?:inter-?parliamentary\s+)?(?:relations|cooperation)\s+with|deputy\s+groups?"
    r"|(?:parliamentary\s+)?(?:friendship|amity)\s+(?:leagues?|associations?|caucus(?:es)?|committees?|sections?)"
    # "a Vietnam–Laos Friendship Parliamentarians' Group"
    r"|parliamentarians['’]?\s+groups?"
    r"|parliamentary\s+(?:leagues?|caucus(?:es)?)"
    # "its own group for Indonesia", "a section of its Inter-Parliamentary Union group"
    r"|(?:own|a|an)\s+groups?\s+for(?=\s+(?-i:[A-Z]))|(?:inter-?parliamentary\s+union|IPU)\s+(?:national\s+)?groups?"
    # "The Chamber of Deputies set up a group of its own in 2021" (the group for the other state told before)
    r"|\b(?:a|an)\s+group\s+of\s+its\s+own"
    # "The State Great Khural formed a Mongolia–Georgia group in 2020" (the two states' names joined by a dash)
    r"|(?-i:[A-Z][\w\-]*\s?[–—]\s?[A-Z][\w\-]*)\s+groups?"
    # "The People's National Assembly formed its counterpart in 2017" (to the group told before)
    r"|(?<=formed\s)its\s+counterpart|(?<=created\s)its\s+counterpart|(?<=set\sup\s)its\s+counterpart"
    # "the Italy–Gabon section of the Italian group of the Inter-Parliamentary Union"
    r"|sections?\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:inter-?parliamentary\s+union|IPU))\b",
    re.I,
)
# a group named only against the one told before: "Its counterpart in the Parliament of Lebanon is chaired by NAME",
# "The Senegalese National Assembly's group has been chaired since 2022 by NAME" (read only where a parliament of the
# pair is named and a group was told before)
_WEAK_GROUP = re.compile(r"\b(?:its|the)\s+(?:[A-Z]\w+\s+)?counterpart\b|['’]s\s+group\b", re.I)
_NAMED_GROUP = re.compile(
    r"(?:\b(?:the|an?)\s+)?(?P<name>(?:Working|Friendship)\s+Group\s+(?:on|for)\s+[^,;.]+?relations"
    # (its name's words, not the clause's: "Both parliaments have friendship groups" names none)
    r"|(?-i:(?!(?:A|An|The)\s)[A-Z][\w\-–]*)(?:\s+(?-i:[A-Z][\w\-–]*)){0,3}\s+friendship\s+group"
    # "a Brazil–Angola Parliamentary Group": a capitalized name
    # (with "and" inside a state's name: "the Nigeria–Trinidad and Tobago Parliamentary Friendship Group")
    r"|(?-i:[A-Z][\w\-–]*(?:\s+(?:and\s+)?[A-Z][\w\-–]*){0,4}\s+Parliamentary\s+(?:Friendship\s+)?Group)"
    # "the Taiwan–Belize Parliamentary Amity Association"
    r"|(?-i:[A-Z][\w\-–]*(?:\s+(?:and\s+)?[A-Z][\w\-–]*){0,4}\s+Parliamentary\s+(?:Friendship|Amity)\s+"
    r"(?:Association|League|Society))"
    r"|inter-?parliamentary\s+group\s+of\s+friendship(?:\s+and\s+cooperation)?"
    # "a Mongolia–Georgia group"
    r"|(?-i:[A-Z][\w\-]*\s?[–—]\s?[A-Z][\w\-]*)\s+group(?!s)"
    r"|(?:deputy\s+)?groups?\s+(?:for|on)\s+(?:inter-?parliamentary\s+)?(?:relations|cooperation)\s+with\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*)*)"
    # (its name's words: "set up a Peru–Chile parliamentary friendship league" names "Peru–Chile …")
    r"|(?-i:(?!(?:A|An|The)\s)[A-Z][\w\-–]*)(?:\s+[\w\-–]+){0,2}?\s+(?:parliamentary\s+)?friendship\s+"
    r"(?:league|association|caucus)"
    # "the Senate's friendship group with Chile"
    r"|friendship\s+group\s+(?:with|for)\s+(?:the\s+)?(?-i:[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*)*)"
    r"|(?-i:[A-Z][\w\-–]*)(?:\s+(?-i:[A-Z][\w\-–]*)){0,3}\s+section\s+of\s+the\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:Inter-?Parliamentary\s+Union|IPU))",
    re.I,
)
# a group denied: "Neither the Folketing nor the Riksdag has a friendship group for the other", "the Indian Parliament
# has no corresponding body"
_DENIED = re.compile(
    r"\b(?:[Nn]either\b|(?:has|have)\s+no\b|(?:does|do|did)\s+not\s+have\b|no\s+(?:corresponding|such|similar)\b"
    # "The Knesset has never had a group for Bolivia alone"
    r"|(?:has|have|had)\s+never\s+(?:had|set\s+up|formed)\b"
    # "The Riksdag keeps no formal friendship groups"
    r"|(?:keeps?|kept|maintains?|maintained)\s+no\b)"
)


_STRETCH_END = re.compile(r";|,\s+(?:but|while|whereas)\s")


def _denies(s: str, parl: gazetteer.Mention, denied: re.Match[str]) -> bool:
    """The denial speaks of this parliament: it stands in the denial's stretch (between semicolons, or the clause a
    "but" opens: "The Riigikogu has an Estonia–Sweden group, but the Riksdag has no group for Estonia alone")."""
    a = max((m.end() for m in _STRETCH_END.finditer(s, 0, denied.start())), default=0)
    nxt = _STRETCH_END.search(s, denied.end())
    return a <= parl.start < (nxt.start() if nxt else len(s))


# a group's proper name with both states in it: "Australia–Chile Parliamentary Friendship Group"
_CAPITALIZED_NAME = re.compile(r"[A-Z][\w\-]*\s*[–\-]\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+Parliamentary\b")
_IPU = re.compile(r"\b(?:Inter-?Parliamentary\s+Union|IPU)\b", re.I)
_BOTH = re.compile(r"\b(?:both|the\s+two)\s+(?:national\s+)?parliaments\s+(?:\w+\s+){0,2}?(?:have|maintain)\b", re.I)
# "with congresswoman NAME as its president"
_AS_HEAD = re.compile(
    r"\s+as\s+(?:its|the\s+group's|the)\s+(?:president|chair(?:man|woman|person)?|head|leader|coordinator)\b", re.I
)
_HEAD = re.compile(
    r"\b(?:head(?:ed)?|chair(?:ed|man|woman|person)?|led|leader|presided(?:\s+over)?|presides)\b|\bunder\s+(?:\w+\s+)?$",
    re.I,
)
# the group told in the sentence before, by its pronoun: "Its chairman since 2023 has been NAME", "It has been led by
# NAME since 2020"
_ITS_HEAD = re.compile(
    r"(?:Its|The\s+group['’]s)\s+(?:chair(?:man|woman|person)?|head|leader|president|coordinator)\b"
    r"|It\s+(?:has\s+been|is|was)\s+(?:chaired|headed|led)\s+by\b"
)
# the heading verb after the name: "…; NAME has chaired it since 2019", "NAME heads it"
_HEAD_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+(?:been\s+)?(?:chaired|headed|led)|chairs|heads|leads)\b", re.I)


# the verbs that found a group, and those that only tell it exists (its founding date may still stand after them)
_CREATING_VERBS = (
    r"established|set\s+up|founded|created|formed|inaugurated|launched|(?:re-?)?constituted|re-?established|revived"
)
_EST = re.compile(rf"\b(?:{_CREATING_VERBS}|existed|exists|operat\w+|works?|(?:has|have)\s+had|followed)\b", re.I)
_CREATING = re.compile(rf"\b(?:{_CREATING_VERBS})\b", re.I)
_SPLIT = re.compile(r";|,\s+(?:and|but|while|whereas)\s")


def _established(ctx: Context, unit: Unit, s: str, lo: int, hi: int) -> str | None:
    """The date of the group's founding told in ``s[lo:hi]``: the first date after the founding verb, else a date
    fronted before a verb of creating ("In 2018 the Hellenic Parliament set up a friendship group")."""
    est = _EST.search(s, lo, hi)
    if not est:
        return None
    dates = [d for d in common.unit_dates(ctx, unit) if lo <= d.start < hi]
    after = [d for d in dates if d.kind in ("point", "relative") and d.start > est.start()]
    if after:
        return after[0].value
    since = [d for d in dates if d.kind == "since" and d.start > est.start()]
    if since:
        return since[0].value
    before = [d for d in dates if d.kind in ("point", "relative") and d.start < est.start()]
    return before[-1].value if _CREATING.match(est.group()) and len(before) == 1 else None


def _stretches(s: str, parls: list[gazetteer.Mention]) -> list[tuple[int, int]]:
    """Each parliament's clause, cut where a semicolon or a coordinating comma stands between two of them; empty when
    some two have no such cut between them (one clause tells of both)."""
    cuts = []
    for a, b in itertools.pairwise(parls):
        found = list(_SPLIT.finditer(s, a.end, b.start))
        if not found:
            return []
        cuts.append(found[0].end())
    edges = [0, *cuts, len(s)]
    return list(itertools.pairwise(edges))


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    groups: dict[str, Fact] = {}
    for unit in common.units(ctx):
        s = common.text(ctx, unit)
        # (one that says who heads it or that it was formed: "Its Tunisian counterpart lapsed when …" tells none)
        grouped = _GROUP.search(s) is not None
        weak = (
            bool(groups)
            and not grouped
            and _WEAK_GROUP.search(s) is not None
            and (_HEAD.search(s) is not None or _CREATING.search(s) is not None)
        )
        if not grouped and not weak:
            # (the pronoun tested first: most sentences have no group word, and this runs for each of them)
            last = next(reversed(groups.values()), None) if _ITS_HEAD.match(s) else None
            if (
                last is not None
                and last.fields.get("head") is None
                and last.units[-1].block == unit.block
                and last.units[-1].index == unit.index - 1
            ):
                # "… set up a Gabon–India friendship group in 2019. Its chairman since 2023 has been NAME."
                people = [p for p in common.people(ctx, unit) if p.name]
                since = [d.value for d in common.unit_dates(ctx, unit) if d.kind in ("point", "since")]
                if people:
                    last.fields["head"] = people[0].name
                    last.fields["head_since"] = since[0] if since else None
                    last.units.append(unit)
            continue
        denied = _DENIED.search(s)
        parls = []
        shared = []  # generic names both states give their parliaments ("National Assembly")
        unowned = []  # generic names the table gives neither state ("House of Representatives")
        for p in gazetteer.find_parliaments(s):
            if not p.code:
                # a generic name is the parliament of the one state of the pair that calls its parliament so
                owners = gazetteer.parliament_countries(p.text) & set(ctx.dyad)
                if len(owners) == 1:
                    p = gazetteer.Mention(p.start, p.end, p.text, next(iter(owners)), p.kind, p.value)
                elif len(owners) == 2:
                    shared.append(p)
                else:
                    unowned.append(p)
            if p.code in ctx.dyad and not (denied and _denies(s, p, denied)):
                parls.append(p)
        if len({p.code for p in parls}) == 1 and shared and _BOTH.search(s):
            # "Both parliaments have friendship groups: … of the National Assembly and … of the National Assembly of
            # Armenia": the name both give, where the text names it, is the other state's
            other = ctx.other(parls[0].code)
            free = [m for m in shared if not any(p.start <= m.start < p.end for p in parls)]
            if other and free:
                m = free[0]
                parls.append(gazetteer.Mention(m.start, m.end, m.text, other, m.kind, m.value))
                parls.sort(key=lambda p: p.start)
        # "… a Brazil–Angola Parliamentary Group promotes ties with the National Assembly of Angola": a parliament
        # after "with" is the partner's, when the sentence names the group's own too
        # (the gazetteer's name may leave out a word the text gives it: "with the National Parliament of East Timor")
        own = [p for p in parls if not re.search(r"\b(?:with|to)\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,2}$", s[: p.start])]
        parls = own or parls
        named = _NAMED_GROUP.search(s)
        if not parls and (shared or unowned) and named is not None:
            # "The Nigeria–Ghana Parliamentary Friendship Group of the House of Representatives": a group's name puts
            # its own state first, and the parliament the name does not place is that state's
            first = common.first_country(named.group("name"))
            m = (shared or unowned)[0]
            if first in ctx.dyad:
                parls.append(gazetteer.Mention(m.start, m.end, m.text, first, m.kind, m.value))
        if not parls and not shared and not unowned and named is not None and _IPU.search(named.group("name")):
            # "The Italy–Gabon section of the Italian group of the Inter-Parliamentary Union": a national group of the
            # IPU is its parliament's, the state the name puts first
            first = common.first_country(named.group("name"))
            if first in ctx.dyad and (seat := gazetteer.parliament_of(first)):
                parls.append(gazetteer.Mention(0, 0, seat, first, "parliament", None))
        proper = named is not None and _CAPITALIZED_NAME.match(named.group("name")) is not None
        if not parls and not shared and not unowned and named is not None and proper:
            # "Its counterpart in Canberra, the Australia–Chile Parliamentary Friendship Group, …": a group's proper
            # name puts its own state first, and the group is of that state's parliament
            first = common.first_country(named.group("name"))
            if first in ctx.dyad and (seat := gazetteer.parliament_of(first)):
                parls.append(gazetteer.Mention(0, 0, seat, first, "parliament", None))
        both = not parls and _BOTH.search(s) is not None
        if both:
            # "Both parliaments have friendship groups for the other country": one group in each
            parls = [
                gazetteer.Mention(0, 0, gazetteer.parliament_of(code) or "parliament", code, "parliament", None)
                for code in ctx.dyad
            ]
        if not parls and weak:
            continue  # "Its counterpart in the ministry is headed by NAME": not a parliament's group
        if not parls:
            # "The head of the working group is NAME": the group told just before
            people = [p for p in common.people(ctx, unit) if p.name]
            last = next(reversed(groups.values()), None)
            if last is not None and last.fields.get("head") is None and people and _HEAD.search(s):
                last.fields["head"] = people[0].name
                last.units.append(unit)
            continue
        name_m = None if both else named
        if name_m is not None:
            # "the deputy group for cooperation with the Parliament of Portugal": that parliament is the partner's
            outside = [
                p
                for p in parls
                if not (
                    name_m.start("name") <= p.start < name_m.end("name")
                    and re.search(r"\bwith\s+(?:the\s+)?$", s[name_m.start("name") : p.start])
                )
            ]
            parls = outside or parls
        people = [p for p in common.people(ctx, unit) if p.name]
        dates = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "relative")]
        est = _EST.search(s)
        established = _established(ctx, unit, s, 0, len(s))
        # each parliament's own stretch when the sentence tells them in clauses of their own ("A group with Chile was
        # set up in the Storting in 2018 under NAME, and the Chamber of Deputies formed one in 2019")
        bounds = _stretches(s, parls)
        own_est = [_established(ctx, unit, s, a, b) for a, b in bounds] if len(bounds) > 1 else []
        established_of = own_est if any(own_est) else [established] * len(parls)
        for i, parl in enumerate(parls):
            nxt = parls[i + 1].start if i + 1 < len(parls) else len(s)
            prev = parls[i - 1].end if i else 0
            if len(bounds) > 1:
                prev, nxt = max(prev, bounds[i][0]), min(nxt, bounds[i][1])
            established = established_of[i]
            head = None
            head_since = None
            # the person named after this parliament (before the next one) with a heading word before the name;
            # else the last such person before it ("… group, chaired by NAME, … of the Saeima")
            after = [
                p
                for p in people
                if parl.end <= p.start < nxt
                and (
                    _HEAD.search(s[max(0, p.start - 40) : p.start])
                    or (i and re.search(r"\bby\s+$", s[: p.start]))
                    or _AS_HEAD.match(s, p.end)
                    or _HEAD_AFTER.match(s, p.end)
                )
            ]
            before = [
                p for p in people if prev <= p.start < parl.start and _HEAD.search(s[max(0, p.start - 40) : p.start])
            ]
            if after:
                head = after[0].name
            elif before:
                head = before[-1].name
            elif len(parls) == 1:
                for p in people:
                    if _HEAD.search(s[: p.start]):
                        head = p.name
                        break
            if head:
                hd = [d for d in dates if d.start < s.find(head) and not (est and d.start > est.start())]
                head_since = hd[-1].value if hd and re.search(r"\bdecision|\bsince|\belected", s, re.I) else None
                # "… headed by NAME since 2020"
                later = re.match(r"\s*,?\s*since\s+", s[s.find(head) + len(head) :])
                if head_since is None and later:
                    at = s.find(head) + len(head) + later.end()
                    own = [d for d in common.unit_dates(ctx, unit) if at - 6 <= d.start <= at + 2]
                    head_since = own[0].value if own else None
                if head_since is None:
                    # "NAME has chaired it since 2019", "has been chaired since 2022 by NAME"
                    at, end = s.find(head), s.find(head) + len(head)
                    head_since = next(
                        (
                            d.value
                            for d in common.unit_dates(ctx, unit)
                            if d.kind == "since"
                            and (
                                (end <= d.start <= end + 40 and _HEAD.search(s, end, d.start))
                                or (at - 40 <= d.start < at and _HEAD.search(s, max(0, d.start - 30), d.start))
                            )
                        ),
                        None,
                    )
            code = parl.code
            fact = groups.get(code)
            fields = {
                "country": code,
                "parliament": parl.text,
                "name": name_m.group("name") if name_m and i == 0 else None,
                "partner": ctx.other(code),
                "established": established,
                "head": head,
                "head_since": head_since,
            }
            if fact is None:
                groups[code] = Fact("parliamentary_group", fields, [unit], 0.75)
            else:
                for k, v in fields.items():
                    if fact.fields.get(k) is None and v is not None:
                        fact.fields[k] = v
                fact.units.append(unit)
    return list(groups.values())
