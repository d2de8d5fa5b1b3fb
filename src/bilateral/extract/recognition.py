"""Recognition: one state recognizes another.

Active:  "X recognized [the independence of | the restoration of] Y['s independence] [again] [on DATE]"
Passive: "Y['s independence] was recognised [again] by X [on DATE]"
Noun:    "Y's [first] recognition by X dates from DATE", "the recognition of Y by X came on DATE"
Each clause is read on its own, so "X recognised Y on D1, and Y recognised X on D2" gives two facts.
"""

from __future__ import annotations

import re

from bilateral import gazetteer
from bilateral.document.model import Unit
from bilateral.extract import common
from bilateral.extract.base import Context, Fact

_VERB = re.compile(r"\brecogni[sz](?:ed|es|e|ing)\b", re.I)
_NOUN = re.compile(r"\brecognition\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){0,2}recogni[sz]ed\b[^.;]*?\bby\b", re.I)
_NOT_STATE = re.compile(
    # (a happening a demonym qualifies: "recognised the Armenian genocide", "the Holodomor as a genocide")
    r"\b(?:recogni[sz]\w*\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:['’]s)?\s+){0,2}(?:genocide|famine|massacres?|deportations?"
    r"|role|importance|need|efforts?|contribution))"
    # a government, not the state: "recognised the Spanish Republican government in exile", "the Franco regime"
    r"|\brecogni[sz]\w*\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:government|regime|junta|authorities|president"
    r"|[Cc]ouncil|[Cc]ommittee|[Aa]dministration)\b"
    r"|\bas\s+the\s+legitimate\s+(?:government|representative)"
    # a status, not statehood: "Turkey was recognised as a candidate for EU membership"
    r"|\brecogni[sz]ed\s+as\s+(?:a|an|the)\s+(?!(?:independent|sovereign)\b|state\b|country\b|nation\b|republic\b)"
    r"|\b(?:never|not)\s+recogni[sz]|\bwithout\s+(?:ever\s+)?(?:having\s+)?(?:been\s+)?recogni[sz]"
    r"|\b(?:refused|refuses|declined|declines|failed)\s+to\s+recogni[sz]"
    # a group, a person or a status within a state, not the state: "pressed Greece to recognise a Macedonian
    # minority", "recognised the opposition leader as interim president", "recognised … the neutrality of Malta"
    r"|\brecogni[sz]\w*\s+(?:and\s+\w+\s+)?(?:the\s+|an?\s+)?(?:[\w\-'’]+\s+){0,3}(?:minority|minorities|communit(?:y|ies)"
    r"|religious|neutrality|opposition|leader|diplomas?|degrees|qualifications|marriages|church)\b"
    r"|\brecogni[sz]ed\s+as\s+one\s+of\b|\banniversary\s+of\s+(?:[\w\-]+['’]s\s+)?recognition\b"
    # "…, which was not a recognition of the later Philippine state"
    r"|\b(?:was|is|were|are)\s+not\s+(?:a\s+)?recognition\b"
    # a promise or a claim, not an act: "Somaliland said that Ethiopia would recognise it in return"
    r"|\b(?:would|will|could|might|may)\s+(?:\w+\s+)?recogni[sz]e\b"
    # a wish, not an act: "exiles had lobbied for recognition without result", "sought recognition"
    r"|\b(?:lobb(?:ied|ying|y)|campaign\w*|press\w*|appeal\w*|call\w*|ask\w*)\s+(?:\w+\s+){0,2}?for\s+(?:\w+\s+)?"
    r"recognition\b|\b(?:sought|seeking|seeks?)\s+(?:\w+\s+)?recognition\b"
    # the recognition told before, taken up again: "Lima's later suspensions of that recognition"
    r"|\b(?:that|this|the\s+same|such)\s+recognition\b",
    re.I,
)


# a recognition moved back and forth is a history, no dated recognition: "has switched its recognition between Beijing
# and Taipei twice"
_SWITCHED = re.compile(
    r"\bswitch\w*\s+(?:its|their|the|of)\s+recognition\b|\brecogni\w+[^.;]{0,60}\b(?:twice|several\s+times)\b", re.I
)
_SWITCH_TO = re.compile(
    # (or "back" to one recognised before: "switched its recognition back to the Republic of China")
    r"\bswitch\w*\s+(?:its\s+|their\s+|diplomatic\s+|of\s+)*recognition\s+"
    r"(?:from\s+(?:the\s+)?[A-Z][^,;]{1,40}?\s+|back\s+)to\s+"
    r"(?:the\s+)?(?P<to>[A-Z][\w\-']*(?:\s+(?:of\s+)?[A-Z][\w\-']*){0,4})"
)
# the end of a recognition is no recognition: "after Solomon Islands ended 36 years of recognition of the Republic of
# China"
_ENDED = re.compile(
    r"\b(?:ended|ending|ends|withdr[ae]w\w*|withh[eo]ld\w*|revoked|cancell?ed|refused|denied)\s+(?:[\w\-]+\s+){0,3}"
    r"recognition\b",
    re.I,
)
# a state after one of these is another verb's object, never the recognizing subject ("the government of X" is: "of"
# and "by" only govern it for the check of a third state's recognition)
_OBJECT_WORDS = r"from|with|to|against|between|for|than|like"
_GOVERNED = re.compile(rf"\b(?:{_OBJECT_WORDS}|of|by)\s+(?:the\s+)?$", re.I)
_OBJECT_OF = re.compile(rf"\b(?:{_OBJECT_WORDS})\s+(?:the\s+)?$", re.I)
_GOVERNMENT = re.compile(r"\b(?:government|administration|cabinet)\s+(?:\w+\s+){0,2}$", re.I)
_RECIPROCATED = re.compile(r"\b(?:reciprocated|did\s+the\s+same|followed\s+suit)\b", re.I)
_ASIDE = re.compile(r",\s+(?:which|who|whose|a|an)\s+[^,;()]{3,100},(?=\s)")


_THEREBY = re.compile(r"\b(?:thereby|thus|hereby|in\s+doing\s+so|by\s+doing\s+so|with\s+(?:this|that|it))\b", re.I)


def _capital_state(name: str) -> str | None:
    """The state a name stands for, a capital standing for its state ("to Beijing")."""
    code = common.first_country(name)
    if code:
        return code
    city = next(iter(gazetteer.find_cities(name)), None)
    return city.code if city is not None and city.start == 0 and gazetteer.is_capital(city.value or "") else None


def _third_right_after(ctx: Context, mentions: list[gazetteer.Mention], pivot: int, end: int) -> bool:
    """The first state named after the verb, within a few words of it, lies outside the pair."""
    assert ctx.dyad
    first = next((m for m in mentions if pivot <= m.start < end and m.kind != "demonym"), None)
    return first is not None and first.code not in ctx.dyad and first.start - pivot < 40


_DOING_SO = re.compile(r",?\s*\b(?:doing\s+so|which\s+it\s+did|as\s+it\s+did)\s+(?:on|in)\s+", re.I)


def _date_before(ctx: Context, unit: Unit) -> str | None:
    """The last date of the sentence before, in the same paragraph: what "thereby" refers to."""
    if unit.index <= 0:
        return None
    before = ctx.doc.units[unit.index - 1]
    if before.block != unit.block:
        return None
    found = [d for d in common.unit_dates(ctx, before) if d.kind in ("point", "relative")]
    return found[-1].value if found else None


_EACH_OTHER = re.compile(r"\b(?:each\s+other|one\s+another|mutual(?:ly)?)\b", re.I)
_BOTH_OF_US = re.compile(
    r"\b(?:(?:both|the\s+two)\s+(?:countries|states|nations|republics|governments|kingdoms)|they)\b", re.I
)


_WHICH = re.compile(r",?\s*\b(?:which|whom)\b(?=[^,;]{0,60}$)")


# a recognition told in a relative clause about the state that gave it: "Chile, which had recognised Norway in 1972,
# opened an embassy in Oslo", "Romania, which had recognised the sultanate in 1972, …" (the other state by the kind of
# state it is)
_WHICH_RECOGNISED = re.compile(
    r",\s+which\s+(?:had\s+|has\s+)?(?:already\s+|first\s+)?recogni[sz]ed\s+(?P<obj>[^,;()]{3,60}?)"
    r"(?:\s+(?:in|on)\s+[^,;()]{3,25})?,$"
)
_STATE_NOUN = re.compile(
    r"(?:the\s+)?(?:new\s+|young\s+)?(?:kingdom|sultanate|emirate|republic|principality|grand\s+duchy|federation"
    r"|state|country|island\s+(?:state|nation))$",
    re.I,
)


def _in_aside(ctx: Context, unit: Unit, s: str, asides: list[tuple[int, int]]) -> list[Fact]:
    assert ctx.dyad
    out = []
    for a, b in asides:
        m = _WHICH_RECOGNISED.match(s, a, b)
        if m is None:
            continue
        head = [c for c in common.countries(ctx, unit) if c.end <= a and not s[c.end : a].strip()]
        subject = head[-1].code if head else None
        if subject not in ctx.dyad:
            continue
        named = [c.code for c in common.countries(ctx, unit) if m.start("obj") <= c.start < m.end("obj")]
        obj = named[0] if named else (ctx.other(subject) if _STATE_NOUN.fullmatch(m.group("obj").strip()) else None)
        if obj != ctx.other(subject):
            continue
        date = common.clause_date(ctx, unit, common.Clause(a, b))
        out.append(Fact("recognition", {"subject": subject, "object": obj, "date": date}, [unit], 0.8))
    return out


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts = []
    for unit in common.units(ctx):
        s = common.text(ctx, unit)
        if not (_VERB.search(s) or _NOUN.search(s)):
            continue
        # a relative clause or an apposition between commas is an aside ("Japan, which had never recognised the
        # annexation, recognised …", "The GDR, a founding member of Comecon in September 1950, recognised …"):
        # its states, dates and verbs are not the recognition's
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(s)]
        facts += _in_aside(ctx, unit, s, asides)
        for a, b in asides:
            s = s[:a] + " " * (b - a) + s[b:]
        mentions = [m for m in common.countries(ctx, unit) if not any(a <= m.start < b for a, b in asides)]
        # a capital stands for its state ("became the second South American state to recognise Beijing")
        taken = [(m.start, m.end) for m in mentions]
        # (the capital of a former state of the pair stands for it: "Moscow recognized the new republic" in an
        # article on the Soviet Union, whose capital carries RU today)
        mentions += [
            c
            for c in common.capitals(s, ctx.dyad)
            if c.code in ctx.dyad
            and not any(a <= c.start < b for a, b in asides)
            and not any(a < c.end and c.start < b for a, b in taken)
        ]
        mentions.sort(key=lambda m: m.start)
        told: list[Fact] = []  # this sentence's recognitions, for "…, and Croatia reciprocated on …"
        for cl in common.clauses(s):
            part = s[cl.start : cl.end]
            if told and _RECIPROCATED.search(part):
                first = told[-1].fields
                subject, obj = first["object"], first["subject"]
                date = common.clause_date(ctx, unit, cl, asides=asides)
                if date != first["date"] or date is None:
                    fact = Fact("recognition", {"subject": subject, "object": obj, "date": date}, [unit], 0.8)
                    facts.append(fact)
                continue
            switch = _SWITCH_TO.search(part)
            if switch is not None:
                # "the cabinet voted to switch recognition from Taipei to Beijing": a recognition of the second
                to = _capital_state(switch.group("to"))
                if to in ctx.dyad:
                    date = common.clause_date(ctx, unit, cl, asides=asides)
                    facts.append(
                        Fact("recognition", {"subject": ctx.other(to), "object": to, "date": date}, [unit], 0.8)
                    )
                continue
            verb = _VERB.search(part) or _NOUN.search(part)
            if not verb or _NOT_STATE.search(part) or _SWITCHED.search(part) or _ENDED.search(part):
                continue
            pivot = cl.start + verb.start()
            which = _WHICH.search(s, cl.start, pivot)
            if which is not None:
                # "… passed to the Russian Federation, which Guinea recognised the same week": the state the relative
                # pronoun stands for is the one recognised; a successor or a third state is no recognition between
                # the pair
                antecedent = next((m for m in reversed(mentions) if m.end <= which.start()), None)
                if (
                    antecedent is not None
                    and s[antecedent.end : which.start()].strip(" ,") == ""
                    and (antecedent.code not in ctx.dyad)
                ):
                    continue
            nearest = [m for m in mentions if cl.start <= m.start < pivot]
            if (
                nearest
                and nearest[-1].code not in ctx.dyad
                and pivot - nearest[-1].end < 25
                # (not a state after a preposition: "became independent from the United Kingdom … and recognised", "the
                # second state after Chile to recognise Beijing")
                and not _GOVERNED.search(part, 0, nearest[-1].start - cl.start)
                and not re.search(r"\b(?:after|before|besides)\s+(?:the\s+)?$", part[: nearest[-1].start - cl.start])
            ):
                continue  # "condemned the Russian recognition of Abkhazia": a third state's recognition
            # (a state after a preposition is no subject: "broke off relations with Taipei and recognised …")
            before = [
                m.code
                for m in mentions
                if cl.start <= m.start < pivot and m.code in ctx.dyad and not _OBJECT_OF.search(s, cl.start, m.start)
            ]
            after = [m.code for m in mentions if pivot <= m.start < cl.end and m.code in ctx.dyad]
            passive = (
                bool(_PASSIVE.search(part))
                or re.search(r"recognition\s+(?:of\s+[^,;]{1,60}?\s+)?by\b", part, re.I) is not None
            )
            subject = obj = None
            if passive:
                # "Y was recognised by X": the state after "by" recognizes the one before
                by = re.search(r"\bby\b", part[verb.start() :], re.I)
                by_pos = pivot + by.start() if by else pivot
                agents = [m.code for m in mentions if by_pos <= m.start < cl.end and m.code in ctx.dyad]
                if before and agents:
                    obj, subject = before[-1], agents[0]
                elif agents:
                    # "the recognition of Y by X came on D": the object between the noun and "by"
                    objects = [m.code for m in mentions if pivot <= m.start < by_pos and m.code in ctx.dyad]
                    if objects:
                        obj, subject = objects[0], agents[0]
            elif before and after and not _third_right_after(ctx, mentions, pivot, cl.end):
                subject, obj = before[-1], after[0]
            elif before and after:
                # "When Algeria recognised the Sahrawi Arab Democratic Republic …, Morocco broke off relations": the
                # state right after the verb is the one recognised, a third state
                subject = before[-1]
                obj = next(m.code for m in mentions if pivot <= m.start < cl.end and m.kind != "demonym")
            elif before and not after:
                # "X recognised Armenian independence": a demonym after the verb
                subject = before[-1]
                third = [m for m in mentions if pivot <= m.start < cl.end and m.code not in ctx.dyad]
                if third and third[0].start - pivot < 40:
                    # "Montenegro recognised the independence of Kosovo": a third state's recognition by one of the pair
                    obj = third[0].code
            elif after and not before and not passive and _GOVERNMENT.search(part[: verb.start()]):
                # "the Whitlam government recognised the People's Republic of China": a government named by its head
                # is the other state's
                obj = after[0]
                subject = ctx.other(obj)
            if (
                subject is None
                and after
                and re.fullmatch(r"\s*(?:It|it)\s+(?:\w+ly\s+|also\s+|then\s+)?", part[: verb.start()])
            ):
                # "It recognised the independence of Ukraine in January 1992": the pronoun stands for the state the
                # article spoke of, the other of the pair
                obj = after[0]
                subject = ctx.other(obj)
            if subject is None and _BOTH_OF_US.search(part[: verb.start()]) and _EACH_OTHER.search(part):
                # "The two republics recognised each other's independence": the pair, both ways (the second below)
                subject, obj = ctx.dyad
            if subject and obj is None:
                obj = ctx.other(subject)
            if not subject or not obj or subject == obj:
                continue
            date = common.clause_date(ctx, unit, cl, asides=asides)
            own = [
                d
                for d in common.unit_dates(ctx, unit)
                if cl.start <= d.start < cl.end and d.kind in ("point", "relative", "since")
            ]
            earlier = [d for d in own if d.end <= pivot]
            later = [d for d in own if d.start >= pivot]
            if earlier and later and re.search(r"\band\b", s[earlier[-1].end : pivot]):
                # "… became independent … on 7 July 1978 and recognised the Republic of China in March 1983": the
                # date of the coordinated verb's own stretch
                date = later[0].value
            if date is None and _THEREBY.search(part):
                date = _date_before(ctx, unit)  # "… was signed on 18 October 2020. Bahrain thereby recognised Israel"
            did = _DOING_SO.search(s, pivot)
            if did:
                # "recognised Bahrain soon after its independence on 15 August 1971, doing so on 27 August 1971": the
                # act's own date, told after the time it is measured from
                told = [d for d in common.unit_dates(ctx, unit) if d.start >= did.end() and d.kind == "point"]
                date = told[0].value if told else date
            facts.append(Fact("recognition", {"subject": subject, "object": obj, "date": date}, [unit], 0.85))
            told.append(facts[-1])
            if obj not in ctx.dyad:
                # "…, together with Macedonia": the state named with it recognised too
                for w in re.finditer(r"\btogether\s+with\s+(?:the\s+)?", part):
                    co = [m.code for m in mentions if m.start == cl.start + w.end() and m.code not in (subject, obj)]
                    for c in co:
                        facts.append(Fact("recognition", {"subject": c, "object": obj, "date": date}, [unit], 0.8))
            if _EACH_OTHER.search(part):
                # "Azerbaijan and Turkey recognized each other in 1991": both ways
                facts.append(Fact("recognition", {"subject": obj, "object": subject, "date": date}, [unit], 0.85))
    return facts
