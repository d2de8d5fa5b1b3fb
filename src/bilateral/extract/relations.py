"""Diplomatic relations: established, severed, restored or upgraded, and when.

"[diplomatic] relations were established [on DATE]", "X and Y established diplomatic relations on DATE",
"the two states set up diplomatic relations in CITY on DATE", "X has had diplomatic relations with Y since
DATE", "Foreign relations have existed between X and Y since DATE"; "severed", "broke off", "restored",
"re-established", "resumed", "upgraded". Anniversaries of relations are not their establishment.
"""

from __future__ import annotations

import re

from bilateral import gazetteer
from bilateral.document.model import Unit
from bilateral.extract import common
from bilateral.extract.base import Context, Fact
from bilateral.extract.dates import DateMatch

_RELATIONS = re.compile(
    r"(?i:\b(?:diplomatic|foreign|bilateral)\s+relations\b|\b(?:formal\s+)?diplomatic\s+ties\b)"
    # the verb before bare "relations"/"ties": "his government broke off relations with the Soviet Union",
    # "re-established ties in 2003", "normalized relations in 1995"
    r"|(?i:\b(?:brok(?:e|en)\s+off|sever(?:ed|s)?|cut|suspended|restored|resumed|re-?established|established"
    r"|normali[sz]ed)\s+(?:(?:its|their|all)\s+)?(?:formal\s+)?(?:relations|ties)\b)"
    # ("Mexico and Ecuador opened formal relations in 1837"; not bare "opened relations with North Korea", which
    # tells of a third state more often than not)
    r"|(?i:\bopened\s+(?:their\s+)?formal\s+(?:relations|ties)\b)"
    # "Formal relations followed on 17 February 1977": the relations told as what came after a recognition
    r"|(?i:\b(?:formal|official|full)\s+relations)(?=\s+followed\s+(?:on|in)\b)"
    # "Panama was ending its relations with Taipei"
    r"|(?i:\b(?:end(?:ed|ing|s)?|terminat(?:ed|ing|es))\s+(?:its|their|all|the)\s+(?:diplomatic\s+)?(?:relations|ties)"
    r"\s+with\b)"
    # "Israel and Turkey upgraded their relations to ambassadorial level"
    r"|(?i:\b(?:upgrad|rais|elevat)(?:ed|es|e|ing)\s+(?:(?:their|the|its|bilateral|diplomatic)\s+)*(?:relations|ties)"
    r"\s+(?:with\s+[^,;.]{2,40}?\s+)?to\s+(?:the\s+)?(?:level\s+of\s+)?(?:ambassador(?:ial|s)?|embass(?:y|ies))\b)"
    # bare "Relations were established/severed …" (not "trade relations", "economic relations")
    # (not "trade relations were …", "economic relations were …")
    # (the adjective is looked at after the word matched: a lookbehind at every position costs every sentence)
    r"|(?:\b[Rr]elations(?<![Tt]rade\srelations)(?<![Ee]conomic\srelations)(?<![Cc]ultural\srelations)"
    r"(?<![Mm]ilitary\srelations)(?<![Cc]ommercial\srelations)(?<![Bb]usiness\srelations)"
    r"(?<![Ss]cientific\srelations)(?<![Cc]onsular\srelations)(?<![Cc]hurch\srelations)"
    # (or bare "Ties were restored in December 1969": not trade, economic, family ties)
    r"|\b[Tt]ies(?<![Tt]rade\sties)(?<![Ee]conomic\sties)(?<![Cc]ultural\sties)(?<![Mm]ilitary\sties)"
    r"(?<![Bb]usiness\sties)(?<![Ff]amily\sties)(?<![Cc]ommercial\sties)(?<![Ss]porting\sties))\s+(?:(?:between|with)\s+[^,;.]{2,60}?\s+)?"
    # ("relations at ambassadorial level were agreed two days later")
    r"(?:at\s+(?:the\s+)?(?:ambassadorial|embassy|ministerial)\s+level\s+)?(?:were|was|had\s+been|have\s+been)\s+"
    # (not "frozen", nor "normalised" alone: a political freeze and its end leave the diplomatic relations as they were)
    r"(?=(?:opened|agreed)\b(?!\s+to\b)|[^.;]{0,80}?\b(?i:establish|formali[sz]|instituted|sever|broke|restor|re-?establish"
    r"|resum|suspend|cut|upgrad|rais(?:ed|ing)\s+(?:back\s+)?to|elevat))"
)
_CONCESSION = re.compile(r",\s+(?:although|though|even\s+though|whereas)\b", re.I)
_GAPPED_EVENT = re.compile(
    # (or with a pronoun for them: "…, and they were re-established in March 1991")
    r"\W*(?:and\s+|but\s+)?(?:(?:they|these)\s+)?(?:were\s+|was\s+)?(?:later\s+|then\s+|finally\s+|only\s+)?"
    r"(?:restored|re-?established|resumed|normali[sz]ed|severed|broken\s+off|suspended|upgraded"
    # ("Formal relations came much later: they were established on 24 May 1973", with the pronoun only)
    r"|(?<=they\swere\s)(?:(?:first|formally|officially)\s+)?established"
    # "…; they were raised to ambassadorial level in 1986"
    # ("…, and were raised from legations to embassies in 1959")
    r"|(?:raised|elevated)\s+(?:from\s+(?:the\s+)?legations?\s+)?to\s+(?:the\s+)?"
    r"(?:ambassadorial\s+level|level\s+of\s+(?:ambassadors|embassies)|embass(?:y|ies)(?:\s+level)?))\b",
    re.I,
)
# "Diplomatic relations date from a treaty of friendship signed in 1929", "… date back to 1962"; "the two states
# exchanged envoys at the level of legations": the relations begin then
# (diplomatic ones only: "Relations between Iran and India date back to antiquity" are contacts, not relations)
_DATE_FROM = re.compile(
    r"\bdiplomatic\s+(?:relations|ties)\s+(?:between\s+[^,;.]{2,50}?\s+)?(?:\w+\s+)?dat(?:e|es|ed|ing)\s+"
    r"(?:back\s+)?(?:from|to)\b",
    re.I,
)
_EXCHANGED = re.compile(
    r"\bexchang(?:ed|e)\s+(?:(?:their\s+)?first\s+)?(?:envoys|ambassadors|ministers|diplomatic\s+(?:missions|representatives))\b"
    # (the passive: "ambassadors were exchanged again in November 2010")
    r"|\b(?:envoys|ambassadors)\s+were\s+(?:again\s+)?exchanged\b",
    re.I,
)
# "demanding the establishment of diplomatic relations", "proposed establishing relations": not done yet
_SOUGHT = re.compile(
    r"\b(?:demand\w*|call\w*\s+for|propos\w*|sought|seek\w*|request\w*|urg\w*|offer\w*|ultimatum)\s+"
    r"(?:\w+\s+){0,3}?(?:the\s+)?(?:establishment|establishing|to\s+establish)\b",
    re.I,
)
# (raised "to ambassadorial level", "to embassy level", "to the level of embassies"; not "it was raised to an embassy":
# a post)
_UPGRADED = re.compile(
    r"\bupgrad\w*|\b(?:rais|elevat)(?:ed|es|e|ing)(?=[^.;]{0,60}\b(?:ambassador|embassy\s+level|level\s+of\s+embassies"
    r"|embassies))",
    re.I,
)
_EVENTS = (
    ("restored", re.compile(r"\b(?:restor|re-?establish|resum|renew)\w*", re.I)),
    # "relations were broken (off)", not "war broke out"
    (
        "severed",
        re.compile(
            r"\b(?:sever\w*|brok(?:e|en)(?:\s+off)?(?!\s+out)|break(?:ing)?\s+off|cut(?:\s+off)?|suspend\w*"
            r"|end(?:ed|ing|s)?(?=\s+(?:its|their|all|the)\s+(?:diplomatic\s+)?(?:relations|ties)\s+with\b)"
            # ("Czechoslovakia's separate diplomatic relations with Damascus lapsed on 22 February 1958")
            r"|terminat\w*|lapsed)",
            re.I,
        ),
    ),
    ("upgraded", _UPGRADED),
    (
        "established",
        re.compile(
            r"\b(?:establish\w*|formali[sz]\w*|normali[sz]\w*|instituted|followed|agreed\s+to\s+open|set\s+up|opened|existed"
            r"|(?<=were\s)agreed(?!\s+to\b)"
            # ("had relations", not "relations had been elevated")
            r"|exist|had(?!\s+been)|has\s+had|have\s+had|launched|maintain(?:ed|s)?|enjoy(?:ed|s)?)\b",
            re.I,
        ),
    ),
)
_THEY = re.compile(
    r"^\s*(?:(?:On|In)\s+[^,]{3,30},\s+)?(They)\s+were\s+(?:\w+\s+)?(?:restor|sever|re-?establish|establish|resum|broken)",
)
# the relations as the object pronoun of the act: "Santiago broke them off in January 1943", "Lima restored them"
_THEM = re.compile(
    r"\b(?:brok(?:e|en)\s+(?=them\s+off)|(?:severed|cut|suspended|restored|re-?established|resumed)\s+)(them)\b", re.I
)
_HABIT = re.compile(r"\b(?:several|many|numerous)\s+times\b|\brepeatedly\b|\bon\s+(?:several|many)\s+occasions", re.I)
_NOT = re.compile(r"\banniversary\b|\bprotocol\s+on\s+the\s+establishment\b", re.I)


_UNLIKE = re.compile(r"\s*(?:Unlike|In\s+contrast\s+to|As\s+opposed\s+to)\s+(?P<x>[^,;]{2,80}?)(?P<which>,\s+which\s+)")


def _compared_only(s: str) -> str:
    """ "Unlike Saudi Arabia and Bahrain, which cut ties with Iran in 2016, Oman kept its ambassador": the states
    compared did the act, the main clause's subject did not. The sentence is read as its relative clause with the
    compared states for subject ("Saudi Arabia and Bahrain cut ties with Iran in 2016"), blanked in place so that
    offsets hold."""
    m = _UNLIKE.match(s)
    if m is None:
        return s
    main = s.rfind(",")
    if main <= m.end():
        return s
    end = len(s.rstrip(" .;"))
    return (
        " " * m.start("x")
        + s[m.start("x") : m.end("x")]
        + " " * len(m.group("which"))
        + s[m.end() : main]
        + " " * (end - main)
        + s[end:]
    )


# one of the pair's legations raised to an embassy: the relations are upgraded, once, at the first raising the
# article tells ("The French legation in Port-au-Prince was raised to an embassy in 1946, and Haiti's legation in
# Paris became an embassy the following year": upgraded in 1946)
_LEGATION_RAISED = re.compile(
    # (or both: "their legations in Quito and Mexico City became embassies in 1943")
    # (or named again after a semicolon: "… through legations; in 1978 these were raised to embassy level")
    r"\blegations?\b(?P<where>[^;.]{0,120}?)(?:;\s+(?:in\s+\d{4}\s+)?(?:these|they)\s+)?"
    r"\b(?:(?:was|were|had\s+been)\s+"
    r"(?:(?:later|then|finally|eventually|formally)\s+)?"
    r"(?:raised|upgraded|elevated|promoted|converted|turned)\s+(?:to|into)|became)\s+"
    r"(?:the\s+(?:rank|level|status)\s+of\s+)?(?:an?\s+)?(?P<kind>embass(?:y|ies))\b",
    re.I,
)
_OTHER_POST = re.compile(r"\b(?:consulate|embassy|mission|office|legations)\b", re.I)


def _legation_raised(ctx: Context, unit: Unit, s: str) -> Fact | None:
    assert ctx.dyad
    for m in _LEGATION_RAISED.finditer(s):
        where = m.group("where")
        if _OTHER_POST.search(where):
            continue  # the raising is another post's
        if any(gazetteer.within(c.code, ctx.dyad) not in ctx.dyad for c in gazetteer.find_cities(where)):
            continue  # a legation in a third state
        owner = re.search(r"(\S+(?:\s+\S+)?)\s+$", s[max(0, m.start() - 40) : m.start()])
        named = gazetteer.find_countries(owner.group(1)) if owner else []
        if any(c.code not in ctx.dyad for c in named):
            continue  # a third state's legation ("Japan's legation in Oslo")
        fields = {"parties": sorted(ctx.dyad), "event": "upgraded", "date": common.raised_date(ctx, unit, s, m)}
        return Fact("diplomatic_relations", fields, [unit], 0.7)
    return None


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts = []
    told: dict[int, int] = {}  # block -> index of the last unit that spoke of the relations
    for unit in common.units(ctx):
        s = _compared_only(common.text(ctx, unit))
        if _RAISED.search(s) and _LEVEL.search(s):
            facts += _upgrades(ctx, unit, s)
        for m in common.legations_raised(ctx, s):
            # "the legations were raised to embassies in 1971": the relations are upgraded
            fields = {"parties": sorted(ctx.dyad), "event": "upgraded", "date": common.raised_date(ctx, unit, s, m)}
            facts.append(Fact("diplomatic_relations", fields, [unit], 0.8))
        if "legation" in s and not any(f.fields["event"] == "upgraded" for f in facts):
            # (once per article: the first raising told, or none when the legations were raised together)
            one = _legation_raised(ctx, unit, s)
            if one is not None:
                facts.append(one)
        they = _THEY.match(s) or _THEM.search(s)
        # "… broke off diplomatic relations. They were restored on 10 August 2010, …", "… established diplomatic
        # relations in 1929. Santiago broke them off in January 1943": the relations again
        anaphor = they.start(1) if they and told.get(unit.block) == unit.index - 1 else None
        if _DATE_FROM.search(s) or _EXCHANGED.search(s):
            facts += _begun(ctx, unit, s)
            if not _RELATIONS.search(s):
                continue
        if not _RELATIONS.search(s) and anaphor is None:
            continue
        told[unit.block] = unit.index
        dates = common.unit_dates(ctx, unit)
        had_relations = False
        for cl in common.clauses(s):
            part = s[cl.start : cl.end]
            fronted = _FRONTED_WHEN.match(part)
            if fronted and _RELATIONS.search(part, fronted.end()) and not _RELATIONS.search(part, 0, fronted.end()):
                # "When Iraq broke with the Soviet Union in January 1955, the government severed its relations with
                # Czechoslovakia as well, in March of that year": the fronted time clause is not the act's
                cl = common.Clause(cl.start + fronted.end(), cl.end)
                part = s[cl.start : cl.end]
            rel = _RELATIONS.search(part)
            if not rel and anaphor is not None and cl.start <= anaphor < cl.end:
                rel = _THEY.match(s) or _THEM.search(part)
            if not rel and had_relations:
                # "Relations were broken off in 1894 …, and restored in March 1895": the gapped subject
                rel = _GAPPED_EVENT.match(part)
            had_relations = had_relations or rel is not None
            if not rel:
                continue
            if _SOUGHT.search(part) or _DATE_FROM.search(part) or _EXCHANGED.search(part):
                continue  # asked for, not done; or read by _begun
            if _NOT.search(part) and not re.search(r"\b(?:were|was)\s+established\b", part[: rel.end() + 40], re.I):
                continue
            if re.search(r"\banniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?diplomatic", part, re.I):
                continue
            if _HABIT.search(part):
                continue  # "diplomatic ties have been cut or downgraded several times": a habit, no dated event
            # (a concessive clause after the relations denies something else: "… opened diplomatic relations in
            # November 1975, although neither sent a resident envoy")
            concession = _CONCESSION.search(part, rel.end())
            denied_in = part[: concession.start()] if concession else part
            if re.search(
                # "… and for three decades the two had no diplomatic ties"
                r"\b(?:not|never|no\s+longer|yet\s+to|neither|nor)\b"
                r"|\b(?:no|without)\s+(?:(?:formal|official|diplomatic)\s+)*(?:relations|ties)\b",
                denied_in,
                re.I,
            ) and not re.search(r"\bnot\s+(?:only|until)\b", part, re.I):
                continue  # "the two states have not established diplomatic relations"
            steps = _events(part, cl.start, dates)
            for k, (event, date, pos) in enumerate(steps):
                if date is None:
                    # "X recognised Y that year, and the two countries established diplomatic relations": the
                    # sentence's one date before the clause dates it
                    earlier = {d.value for d in dates if d.end <= cl.start and d.kind in ("point", "relative")}
                    finest = max(earlier, key=len, default=None)
                    # (or several that are one time told finer and finer: "Eight years later …: on 20 November 1998
                    # X recognised Y, and the two states established diplomatic relations")
                    same = finest is not None and all(finest.startswith(v) for v in earlier)
                    date = finest if same and len(earlier) == len({d.value for d in dates}) else None
                if event == "established" and date is None and not re.search(r"establish", part, re.I):
                    continue
                parties = _parties(ctx, part)
                if parties is None and _IT_SUBJECT.match(part):
                    # "…, and Peru … became the second state to recognise Beijing; it broke off relations with the
                    # Republic of China the same day": "it" is the state the sentence named last before the clause
                    parties = _its_parties(ctx, s, cl.start, part)
                if len(steps) > 1:
                    # each verb with its own "with X": "Honduras broke off relations with Taiwan and established
                    # relations with the People's Republic of China": the subject's with each of them
                    end = steps[k + 1][2] if k + 1 < len(steps) else len(part)
                    comma = part.find(",", pos, end)
                    end = comma if comma != -1 else end
                    own = _parties(ctx, part[: steps[0][2]] + part[pos:end]) if " with " in part[pos:end] else None
                    parties = own or parties
                if parties is None:
                    continue
                if (
                    event == "established"
                    and re.search(r"\bnormali[sz]", part, re.I)
                    and any(f.fields["event"] == "severed" and f.fields["parties"] == parties for f in facts)
                ):
                    event = "restored"  # "… froze relations in 2015. Relations were normalised in 2017"
                facts.append(
                    Fact("diplomatic_relations", {"parties": parties, "event": event, "date": date}, [unit], 0.9)
                )
                for third in _co_subjects(ctx, part, rel.start()):
                    # "Jamaica, Barbados, Guyana and Trinidad and Tobago jointly established diplomatic relations
                    # with Cuba": each of the others with Cuba too
                    fields = {"parties": sorted(third), "event": event, "date": date}
                    facts.append(Fact("diplomatic_relations", fields, [unit], 0.8))
                same = _DONE_SAME.search(part)
                subject = next((m.code for m in common.states_and_capitals(part) if m.code in ctx.dyad), None)
                if same and subject and subject in parties and not set(parties) <= set(ctx.dyad):
                    # "…, following Nicaragua, which had done the same in December 2021": the same step by the
                    # other, at its own date
                    who = gazetteer.country_code(same.group("who"))
                    when = [d.value for d in dates if cl.start + same.end() <= d.start < cl.end and d.kind == "point"]
                    if who in ctx.dyad and who != subject and when:
                        third_state = next(c for c in parties if c != subject)
                        fields = {"parties": sorted([who, third_state]), "event": event, "date": when[0]}
                        facts.append(Fact("diplomatic_relations", fields, [unit], 0.8))
    return facts


_FRONTED_WHEN = re.compile(r"(?:When|Once|As\s+soon\s+as)\s+[^,;]{3,150}?,\s+")
_IT_SUBJECT = re.compile(r"\s*(?:and\s+)?(?:it|[Tt]hey)\s+", re.I)


def _its_parties(ctx: Context, s: str, at: int, part: str) -> list[str] | None:
    """The pair's state the sentence named last before ``at``, with the third state after "with" in ``part``."""
    assert ctx.dyad
    before = [m for m in gazetteer.find_countries(s[:at]) if m.kind != "demonym" and m.code in ctx.dyad]
    with_ = re.search(r"\bwith\s+(?:the\s+)?", part)
    third = next((m for m in common.states_and_capitals(part) if with_ and m.start == with_.end()), None)
    if not before or third is None or third.code in ctx.dyad or _related(third.code, ctx.dyad):
        return None
    return sorted([before[-1].code, third.code])


_DONE_SAME = re.compile(
    r",?\s*(?:following|after|like|as\s+had|just\s+as)\s+(?:the\s+)?(?P<who>[A-Z][\w\-']*(?:\s+[A-Z][\w\-']*){0,3}),?"
    r"\s+which\s+had\s+(?:done|did)\s+(?:the\s+same|so|likewise)\b"
)


_FROM_ITS = re.compile(
    r"\s+(?:its|that|this|the)\s+(?:treaty'?s?\s+)?(?:signature|signing|conclusion|exchange|ratification|treaty|agreement)\b"
)


def _begun(ctx: Context, unit: Unit, s: str) -> list[Fact]:
    """The relations' beginning told without "established": "relations date from a treaty signed in 1929" (the
    clause's date), "the two states exchanged envoys" (the date of that clause only; none when it has none)."""
    assert ctx.dyad
    out = []
    dates = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "since")]
    for cl in common.clauses(s):
        m = _DATE_FROM.search(s, cl.start, cl.end) or _EXCHANGED.search(s, cl.start, cl.end)
        if m is None or re.search(r"\b(?:not|never)\b", s[cl.start : m.start()], re.I):
            continue
        own = [d for d in dates if cl.start <= d.start < cl.end]
        # ambassadors exchanged again after relations resumed at a lower level: an upgrade
        again = (
            re.search(r"\bagain\b|\bonce\s+more\b", s[cl.start : cl.end], re.I)
            or re.search(r"\b(?:level\s+of\s+)?charg[ée]s?\s+d['’]affaires\b", s[: cl.start], re.I)
            # (or told in the paragraph before it: "They were resumed at the level of chargés d'affaires in
            # September 1990. … and ambassadors were exchanged in 1999")
            or any(
                re.search(r"\bcharg[ée]s?\s+d['’]affaires\b", ctx.doc.plain_of(u), re.I)
                for u in ctx.doc.units[max(0, unit.index - 3) : unit.index]
                if u.block == unit.block
            )
        )
        if not own and _FROM_ITS.match(s, m.end()):
            # "… a treaty, signed in Tokyo in August 1873; diplomatic relations date from its signature": the date
            # of the act told before in the sentence
            own = [d for d in dates if d.end <= cl.start][-1:]
        event = "upgraded" if again else "established"
        fields = {"parties": sorted(ctx.dyad), "event": event, "date": own[0].value if own else None}
        out.append(Fact("diplomatic_relations", fields, [unit], 0.8))
    return out


def _co_subjects(ctx: Context, part: str, at: int) -> list[tuple[str, str]]:
    """The pairs of the third states coordinated with one of the pair as the subject of the relations, and the other
    of the pair named after "with": ("A, B, C and D cut diplomatic relations with X")."""
    assert ctx.dyad
    found = [m for m in gazetteer.find_countries(part) if m.kind != "demonym"]
    subject = [m for m in found if m.end <= at]
    run = subject[-1:]
    for a, b in zip(reversed(subject[:-1]), reversed(subject[1:]), strict=True):
        # (or "Bahrain, together with Saudi Arabia, the United Arab Emirates and Egypt, severed …")
        if not re.fullmatch(
            r"\s*(?:,|and|,\s*and|,?\s*(?:together|along)\s+with)\s*(?:the\s+)?", part[a.end : b.start], re.I
        ):
            break
        run.insert(0, a)
    codes = [m.code for m in run]
    # (the pair's other may be named only after "with": "Barbados, Guyana, Jamaica and Trinidad and Tobago jointly
    # established diplomatic relations with Cuba" in an article on Cuba and Grenada)
    if len(codes) < 2:
        return []
    with_ = re.search(r"\bwith\s+(?:the\s+)?", part[at:])
    other = next((m.code for m in found if with_ and m.start == at + with_.end()), None)
    if other is None or other not in ctx.dyad or other in codes:
        return []
    return [(c, other) for c in dict.fromkeys(codes) if c not in ctx.dyad]


def _related(code: str, pair: tuple[str, str] | list[str]) -> bool:
    """A state that lies within one of the pair or holds it (Russia and the USSR)."""
    return any(code in gazetteer.wholes(d) or d in gazetteer.wholes(code) for d in pair)


_WITH_WHICH = re.compile(r"(?P<ante>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}),\s+with\s+(?:which|whom)\s+")


def _parties(ctx: Context, part: str) -> list[str] | None:
    """The pair, or the former state that stands in for one of them in this clause: in an article on Germany and
    Mongolia, "the Mongolian People's Republic and the German Democratic Republic established diplomatic relations"
    is East Germany's (DD), whose cities carry DE today (data/country_parts.tsv)."""
    assert ctx.dyad
    parties = list(ctx.dyad)
    # (a capital stands for the state of the pair it lies within: "Moscow restored diplomatic relations with
    # Hungary" in an article on Hungary and the Soviet Union; a state named by its name stays that state)
    found = common.states_and_capitals(part, ctx.dyad)
    named = {m.code for m in found}
    which = _WITH_WHICH.search(part)
    ante = gazetteer.country_code(which.group("ante")) if which else None
    if which and ante and ante not in ctx.dyad and not _related(ante, ctx.dyad):
        # "North Korea, with which Gaborone cut ties in February 2014, …": the state the relative clause hangs on,
        # with the pair's state that clause names
        own_after = [m.code for m in found if m.start >= which.end() and m.code in ctx.dyad]
        return sorted([own_after[0], ante]) if own_after else None
    with_ = re.search(r"\bwith\s+(?:the\s+)?", part)
    if with_ is not None:
        # "Malaysia has had diplomatic relations with South Korea since 1960" in an article on Malaysia and North
        # Korea: the pair's state and the third one named after "with", when the pair's other is not named
        other = next((m for m in found if m.start == with_.end() and m.kind != "demonym"), None)
        own = [c for c in ctx.dyad if c in named]
        # (the pair's states named up to that one: "…, when the Soviet Union and most of its allies cut their ties with
        # Santiago, Romania kept its embassy open" is the Soviet Union's act, whatever the clause tells after it)
        upto = [c for c in ctx.dyad if other is not None and c in {m.code for m in found if m.end <= other.end}]
        rel = _RELATIONS.search(part)
        subject = [m for m in found if rel is not None and m.end <= rel.start() and m.kind != "demonym"]
        if (
            other is not None
            and other.code in ctx.dyad
            and upto == [other.code]  # (not "Saudi Arabia, the UAE, Bahrain and Egypt cut relations with Qatar")
            and subject
            and subject[-1].code not in ctx.dyad
            and not _related(subject[-1].code, ctx.dyad)
            # (with the third state's followers: "the Soviet Union and most of its allies cut their ties with Santiago")
            and re.fullmatch(
                r"(?:\s+(?:and|together\s+with|along\s+with)\s+(?:(?:most|many|all|some|several)\s+(?:of\s+)?)?"
                r"(?:its|their)\s+(?:allies|partners|neighbours|neighbors))?\s*,?\s*(?:\w+\s+){0,2}",
                part[subject[-1].end : rel.start()] if rel else "",
            )
        ):
            # "Taiwan severed diplomatic relations with Solomon Islands": a third state's relations with one of the pair
            return sorted([other.code, subject[-1].code])
        if other is not None and other.code not in ctx.dyad and len(own) == 1 and not _related(other.code, ctx.dyad):
            return sorted([own[0], other.code])
        if (
            other is not None
            and other.code not in ctx.dyad
            and not own
            and not _related(other.code, ctx.dyad)
            and re.search(r"\b(?:relations|ties)\s+$", part[: with_.start()], re.I)
        ):
            # "the government of President NAME broke off relations with Taipei": one of the pair with a third
            # state, but which one the clause does not name
            return None
    for m in found:
        if m.code in ctx.dyad:
            continue
        for i, d in enumerate(parties):
            # (only when the pair's own state is not named: "… with Azerbaijan since 1992, after the breakup of the
            # Soviet Union" is Azerbaijan's)
            # (and the other way: in an article on the GDR and Vietnam, "the Federal Republic of Germany, for its
            # part, established diplomatic relations with Vietnam" is West Germany's (DE), not the GDR's)
            related = m.code in gazetteer.wholes(d) or (d in gazetteer.wholes(m.code) and m.kind != "demonym")
            if related and d not in named and ctx.other(d) in parties:
                parties[i] = m.code
    return sorted(parties)


# "raised the relationship to a Comprehensive Partnership in 2009 and to a Strategic Partnership in March 2018",
# "upgraded relations to a Comprehensive Strategic Partnership": each new level is an upgrade with its own date
_RAISED = re.compile(r"\b(?:rais|elevat|upgrad|lift|promot)(?:ed|es|e|ing)\b", re.I)
_LEVEL = re.compile(r"\bto\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?[Pp]artnership\b")
_TIES = re.compile(r"\b(?:relations|ties|relationship|partnership|cooperation)\b", re.I)


def _upgrades(ctx: Context, unit: Unit, s: str) -> list[Fact]:
    assert ctx.dyad
    out = []
    dates = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "relative")]
    for verb in _RAISED.finditer(s):
        window = s[max(0, verb.start() - 80) : verb.end() + 40]
        # "it was raised to a comprehensive strategic partnership": the level named right after is the tie itself
        level_next = re.match(r"\s+(?=to\s+(?:a|an|the)\s)", s[verb.end() :]) and _LEVEL.match(s, verb.end() + 1)
        if not _TIES.search(window) and not level_next:
            continue
        levels = []
        pos = verb.end()
        for lv in _LEVEL.finditer(s, verb.end()):
            if re.search(r"[;.]", s[pos : lv.start()]) or (
                len(levels) and not re.fullmatch(r"[^;]*?\band\s*$", s[pos : lv.start()])
            ):
                break
            levels.append(lv)
            pos = lv.end()
        for i, lv in enumerate(levels):
            end = levels[i + 1].start() if i + 1 < len(levels) else len(s)
            own = [d for d in dates if lv.end() <= d.start < end and not re.search(r"[;]", s[lv.end() : d.start])]
            before = [d for d in dates if d.start < verb.start()]
            date = own[0].value if own else (before[-1].value if before and len(levels) == 1 else None)
            fields = {"parties": sorted(ctx.dyad), "event": "upgraded", "date": date}
            out.append(Fact("diplomatic_relations", fields, [unit], 0.8))
    return out


def _events(part: str, offset: int, dates: list[DateMatch]) -> list[tuple[str, str | None, int]]:
    """The events of one clause with their dates. One verb takes the clause's date; several verbs
    ("were broken off in 1941 and restored in 1947") each take the date that follows them."""
    found: list[tuple[int, str]] = []
    for name, rx in _EVENTS:
        m = rx.search(part)
        if m and name == "upgraded" and re.search(r"\blegations?\b[^.;]{0,25}$", part[: m.start()], re.I):
            continue  # "at the level of legations, which were raised to embassies": the legations' (read apart)
        if m and not any(abs(m.start() - p) < 3 for p, _ in found):
            found.append((m.start(), name))
    if not found:
        return []
    kinds = ("point", "since", "relative")
    inside = [
        d
        for d in dates
        if offset <= d.start < offset + len(part)
        # (the dates module reads "it was not until 14 March 1964 that …" as a point, the time of the act)
        and d.kind in kinds
    ]
    span = [d for d in dates if offset <= d.start < offset + len(part) and d.kind == "interval"]
    if (
        [n for _, n in found] == ["established"]
        and span
        and re.search(r"(?i)\b(?:maintained|had|existed|enjoyed)\b", part)
        and re.search(r"(?i)\buntil\b|\bto\b", part[span[0].start - offset : span[0].end - offset])
    ):
        # "maintained diplomatic relations from 1941 until March 25, 2023": begun then, ended then
        first, _, last = span[0].value.partition("/")
        return [("established", first or None, 0), ("severed", last or None, 0)]
    # ("established" is also read from weak words, "had", "followed": it counts beside another event only when the
    # word says it: "were established on 30 June 1973 and were severed … on 19 March 2021")
    said = [
        f
        for f in found
        if f[1] == "established"
        and re.match(r"(?i)establish", part[f[0] :])
        and not re.search(r"(?i)re-?$", part[max(0, f[0] - 3) : f[0]])
    ]
    strong = sorted(f for f in found if f[1] != "established") or sorted(found)[:1]
    if said and strong and said[0] not in strong:
        nxt = min((p for p, _ in strong if p > said[0][0]), default=len(part))
        if any(offset + said[0][0] <= d.start < offset + nxt and d.kind in ("point", "since") for d in dates):
            strong = sorted([*strong, said[0]])  # (with a date of its own)
    if len(strong) == 1:
        # the first event word of the data table's order decides, as before ("restored" over "had"); its date is
        # the first after the verb ("were downgraded in 2010 and fully restored in August 2022"), else the clause's
        name = next(n for n, _ in _EVENTS if any(n == k for _, k in found))
        pos = next(p for p, k in found if k == name)
        after = [d for d in inside if d.start >= offset + pos]
        chosen = after[0] if after else (inside[0] if inside else None)
        return [(name, chosen.value if chosen else None, pos)]
    out = []
    for i, (pos, name) in enumerate(strong):
        end = strong[i + 1][0] if i + 1 < len(strong) else len(part)
        own = [d for d in inside if offset + pos <= d.start < offset + end]
        out.append((name, own[0].value if own else None, pos))
    # (one date after the last verb dates them all: "broke off relations with Taiwan and established relations with
    # the People's Republic of China in March 2023")
    if len(out) > 1 and out[-1][1] and not any(d for _, d, _ in out[:-1]):
        out = [(n, out[-1][1], p) for n, _, p in out]
    return out
