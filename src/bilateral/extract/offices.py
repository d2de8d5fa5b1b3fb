"""Offices: a person holding a bilateral post (ambassador, chargé d'affaires, consul, honorary consul …).

People come from people.py with their role, the state they represent and, when the phrase says so, the
state they are accredited to. The dates are read from the person's stretch of the clause (from the name to
the next person with a post):
- ``appointed``: a date in a clause with "appointed"/"named"/"nominated";
- ``credentials``: a date after "credentials"/"letters of credence"/"credence";
- ``since``: "since D", "from D", "took up … post in D", "became … in D", "was sent … in D", a term "D1–D2".
Tables of envoys ("X to Y | Term | Y to X | Term") give one office per name cell, ``since`` from its term.
An official the text does not name ("the first resident Estonian ambassador presented credentials on …") is an
office with ``person: null`` when the clause dates it.
"""

from __future__ import annotations

import re

from bilateral import gazetteer
from bilateral.document.model import Table, Unit
from bilateral.extract import common
from bilateral.extract import dates as dates_mod
from bilateral.extract.base import Context, Fact
from bilateral.extract.people import COUNTERPART, ENVOY_POSTS, Person, candidate_names, find_people

POSTS = ENVOY_POSTS

# (or the noun: "…, three months after his appointment on 10 March")
_APPOINTED = re.compile(r"\b(?:appointed|named|nominated|designated|(?<=\b(?:his|her)\s)appointment)\b", re.I)
# (also "presented her letters to President …", "his letter of commission" of a high commissioner)
_CREDENTIALS = re.compile(
    r"\b(?:credentials|letters?\s+of\s+(?:credence|commission)|credence"
    r"|(?<=\b(?:his|her)\s)letters(?=\s+(?:to|of|in|at|on)\b))\b",
    re.I,
)
_SINCE_VERB = re.compile(
    r"\b(?:since|from|took\s+up|became|was\s+sent|were\s+sent|sent|dispatched|headed|has\s+been|have\s+been|succeeded|replaced|arrived"
    r"|(?:was|were)\s+followed\s+by"
    r"|received\s+(?:his|her)\s+patent)\b",
    re.I,
)
_TOOK_OFFICE = re.compile(
    r"\b(?:received\s+(?:his|her)\s+(?:patent|exequatur)|took\s+(?:up\s+)?office|assumed\s+(?:the\s+)?(?:post|office))\b",
    re.I,
)
_UNNAMED = re.compile(
    r"\b(?:(?P<own>its|their|(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?['’]s)|a|an|the)\s+"
    r"(?:first\s+|new\s+|resident\s+|non-resident\s+|consular\s+)*(?P<dem>(?-i:[A-Z])\w+\s+)?"
    r"(?:first\s+|resident\s+|consular\s+)*"
    r"(?P<role>ambassador|high\s+commissioner|envoy|chargé\s+d'affaires|charge\s+d'affaires|diplomat|(?:honorary\s+)?consul)\b"
    # the state after the post ("the first resident high commissioner of Seychelles")
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?P<of>(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+){0,2}))?",
    re.I,
)


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts: list[Fact] = []
    # a table's header row names columns, never people ("| Ambassador of Finland to Japan | Term |")
    headers = {id(t.header.unit) for t in ctx.doc.tables if t.header is not None}
    for unit in ctx.doc.units:
        if id(unit) in headers:
            continue
        listed = _from_envoy_item(ctx, unit) if unit.kind == "item" else []
        if listed:
            facts.extend(listed)
        elif unit.kind == "sentence" and _concurrent_after(ctx, unit, facts):
            continue
        elif unit.kind in ("sentence", "item", "row"):
            facts.extend(_from_sentence(ctx, unit))
        elif unit.kind == "field":
            facts.extend(_from_field(ctx, unit))
    for table in ctx.doc.tables:
        facts.extend(_from_table(ctx, table))
    # an unnamed holder of a post the same sentence names ("NAME was appointed the first ambassador …") is NAME
    named = {
        (id(u), f.fields["role"], f.fields["sender"], f.fields["receiver"])
        for f in facts
        if f.fields.get("person")
        for u in f.units
    }
    return [
        f
        for f in facts
        if f.fields.get("person")
        or not any((id(u), f.fields["role"], f.fields["sender"], f.fields["receiver"]) in named for u in f.units)
    ]


_ENVOY_HEADING = re.compile(
    r"\b(?:ambassadors?|envoys?|heads?\s+of\s+mission|chargés?\s+d'affaires|high\s+commissioners?"
    # ("Heads of the Soviet mission in Israel", "Heads of the Danish embassy in Managua")
    r"|heads?\s+of\s+the\s+(?:[\w\-]+\s+){1,2}?(?:mission|embassy|legation)(?=\s+(?:in|to)\s))\b"
    r"(?:\s+of\s+(?P<of>[^()]+?))?(?:\s+(?:to|in)\s+(?P<to>[^()]+?))?\s*$",
    re.I,
)


def _envoy_heading(ctx: Context, heading: str) -> tuple[str, str, str] | None:
    """(sender, receiver, role) of a heading over a list of envoys: "List of ambassadors of Finland to Japan",
    "Ambassadors of Ireland to New Zealand", "Japanese envoys"."""
    assert ctx.dyad
    # (without an aside: "German ambassadors to Tonga (resident in Wellington)")
    heading = re.sub(r"\s*\([^()]*\)", "", heading).strip()
    m = _ENVOY_HEADING.search(heading)
    if not m:
        return None
    codes = [c.code for c in gazetteer.find_countries(heading) if c.code in ctx.dyad]
    if not codes:
        return None
    of = common.first_country(m.group("of")) if m.group("of") else None
    to = common.first_country(m.group("to")) if m.group("to") else None
    sender = of or (ctx.other(to) if to else None) or codes[0]
    receiver = to or ctx.other(sender)
    if sender not in ctx.dyad or receiver is None:
        return None
    role = gazetteer.role_of(re.sub(r"(?i)^(?:list\s+of\s+)?", "", heading).split(" of ")[0].strip()) or "ambassador"
    return sender, receiver, role if role in POSTS else "ambassador"


def _envoy_list_lead(ctx: Context, unit: Unit) -> tuple[str, str, str] | None:
    """ "United States ambassadors to Kazakhstan (selection):" over a list of names: the sentence that announces it."""
    if unit.block == 0:
        return None
    before = ctx.doc.blocks[unit.block - 1]
    if before.section != unit.section or not before.units:
        return None
    lead = ctx.doc.plain_of(before.units[-1]).strip()
    if not lead.endswith(":"):
        return None
    return _envoy_heading(ctx, re.sub(r"\s*\([^()]*\)", "", lead).rstrip(" :"))


def _from_envoy_item(ctx: Context, unit: Unit) -> list[Fact]:
    """ "== List of ambassadors of Finland to Japan ==" then "- NAME (2002–2006)": one office per item."""
    assert ctx.dyad
    envoys = _envoy_heading(ctx, unit.section or "") or _envoy_list_lead(ctx, unit)
    if envoys is None:
        return []
    sender, receiver, role = envoys
    s = ctx.doc.plain_of(unit)
    names = [p for p in find_people(s) if p.name]
    if not names:
        return []
    term = dates_mod.find_dates(s)
    since = term[0].value.split("/")[0] if term else None
    fields = {
        "person": names[0].name,
        "role": role,
        "sender": sender,
        "receiver": receiver,
        "appointed": None,
        "credentials": None,
        "since": since,
        "concurrent_with": [],
    }
    return [Fact("office", fields, [unit], 0.8)]


def _prior_post(ctx: Context, name: str | None) -> tuple[str, str, str] | None:
    """The post (role, sender, receiver) the article gave this person before, in a sentence or its infobox."""
    return ctx.cache.get("offices_by_person", {}).get(name)  # type: ignore[no-any-return]


def _last_mission_sender(ctx: Context, unit: Unit) -> str | None:
    """The sender of the latest mission stated in this paragraph up to this unit."""
    by_unit = ctx.cache.get("missions_by_unit", {})
    for u in reversed(ctx.doc.blocks[unit.block].units):
        if u.index <= unit.index and by_unit.get(u.index):
            return by_unit[u.index][-1].fields["sender"]
    return None


_SENT_ENVOY = re.compile(
    r"(?P<x>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+(?:sent|dispatched)\s+(?:a|an|its)\s+(?:first\s+)?"
    r"(?:[\w\-'’]+\s+){0,3}?(?:ambassador|envoy|minister|chargé\s+d'affaires|charge\s+d'affaires|consul),?\s*$"
)
_FOR_STATE = re.compile(r"\s+for\s+(?:the\s+)?(?P<state>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})")


def _sender_receiver(ctx: Context, unit: Unit, p: Person, s: str, lo: int, hi: int) -> tuple[str | None, str | None]:
    assert ctx.dyad
    if p.country and p.country not in ctx.dyad:
        return None, None  # "The German ambassador to Georgia, NAME" in an Estonia–Georgia article: not the pair's
    sender = p.country if p.country in ctx.dyad else None
    receiver = common.in_pair(ctx, p.receiver)
    for_state = _FOR_STATE.match(s, p.end)
    if for_state and sender is None:
        # "The first ambassadors, NAME1 for Israel and NAME2 for Egypt, …"
        sender = common.first_country(for_state.group("state"))
        sender = sender if sender in ctx.dyad else None
    rep = re.search(
        r"(?P<x>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+(?:is|was|has\s+been)\s+represented\s+in\s+(?:the\s+)?"
        r"(?P<y>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+by\s+(?:its\s+|the\s+|an?\s+)?(?:[\w\-']+\s+){0,3}$",
        s[max(0, p.start - 120) : p.start],
    )
    sent = _SENT_ENVOY.search(s[max(0, p.start - 90) : p.start]) if sender is None else None
    if sent and (sent_by := common.first_country(sent.group("x"))) in ctx.dyad:
        # "Syria sent a chargé d'affaires, NAME, to Prague in 1950": the state that sent the envoy
        sender = sent_by
    as_post = _AS_POST.search(s, p.end, hi)
    if sender is None and as_post:
        # "NAME presented his credentials to Sleiman as Syria's first ambassador in Beirut"
        code = gazetteer.country_code(as_post.group("who"))
        sender = code if code in ctx.dyad else None
    side = _SIDE.search(s, 0, p.start)
    if sender is None and side and not re.search(r"[;.]", s[side.end() : p.start]):
        # "On the Armenian side, NAME presented her credentials …": NAME is that state's
        code = gazetteer.country_code(side.group("dem"))
        sender = code if code in ctx.dyad else None
    if rep:
        # "Azerbaijan is represented in Portugal by ambassador NAME": NAME is Azerbaijan's envoy to Portugal
        x, y = gazetteer.country_code(rep.group("x")), gazetteer.country_code(rep.group("y"))
        if x in ctx.dyad and y in ctx.dyad and x != y:
            sender, receiver = x, y
    prior = _prior_post(ctx, p.name) if sender is None and receiver is None else None
    if prior is not None and prior[1] in ctx.dyad:
        # the envoy the article named before (an infobox's envoy line): the same post, unless the sentence says
        # otherwise
        sender, receiver = prior[1], prior[2]
    if receiver is None:
        receiver = _credentials_to(ctx, unit, s, p.end, hi)
    if receiver is None:
        # "… would end her mission in Tbilisi": where the post is
        post = re.search(
            # ("NAME, ambassador in Santiago since 1972, …": the envoy posted there)
            # ("NAME's successor in Lusaka, Ambassador NAME2": the post both held)
            r"\b(?:mission|post|embassy|posting|tenure|served|based|stationed|ambassador|envoy|successor|predecessor)"
            r"\s+in\s+"
            r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)",
            s[lo:hi],
        )
        if post:
            city = gazetteer.find_cities(post.group(1))
            receiver = city[0].code if city else gazetteer.country_code(post.group(1))
    if sender is None and receiver in ctx.dyad:
        sender = ctx.other(receiver) if receiver else None
    if sender is None and p.role not in ("honorary_consul",):
        sender = _last_mission_sender(ctx, unit) if re.search(r"^\s*(?:the|an?)\s", s) else None
    if sender is None and p.role == "honorary_consul":
        # "Chile has had an honorary consulate in Bergen since 2008, headed by honorary consul NAME": the consul
        # of the honorary consulate this unit tells (not of a demonym elsewhere in the list)
        posts = [
            f
            for f in ctx.cache.get("missions_by_unit", {}).get(unit.index, [])
            if f.fields["kind"] == "honorary_consulate" and f.fields["sender"] in ctx.dyad
        ]
        # (of several, the one whose city is named last before the person: "Peru has one in Casablanca, under
        # honorary consul NAME, and Chile one in Arica")
        told = [f for f in posts if f.fields["city"] and s.rfind(str(f.fields["city"]), 0, p.start) >= 0]
        post = max(told, key=lambda f: s.rfind(str(f.fields["city"]), 0, p.start)) if told else None
        post = post or (posts[-1] if posts else None)
        if post is not None:
            sender, receiver = str(post.fields["sender"]), str(post.fields["receiver"])
    if sender is None:
        # the nearest state or demonym of the dyad before the person in the sentence, else the paragraph's first
        # (in the person's own stretch: "…regarding Azerbaijan's candidacy …, Ambassador NAME made a trip" says
        # nothing of whose ambassador NAME is)
        before = [
            m
            for m in common.countries(ctx, unit)
            if m.end <= p.start and m.code in ctx.dyad and not re.search(r"[,;:]", s[m.end : p.start])
        ]
        if before and p.role != "honorary_consul":
            sender = before[-1].code
        else:
            for u in ctx.doc.blocks[unit.block].units:
                if u.index > unit.index:
                    break
                ms = [m for m in common.countries(ctx, u) if m.code in ctx.dyad and m.kind == "demonym"]
                if ms:
                    sender = ms[0].code
                    break
    if sender is None:
        sender = _last_mission_sender(ctx, unit)
    if sender is None and p.role in POSTS:
        # the paragraph right after a table of one state's envoys goes on with them ("Yugoslav ambassadors to
        # Burma" over names, then "NAME was appointed ambassador in 1986 …")
        table = next((t for t in ctx.doc.tables if t.block == unit.block - 1 and t.section == unit.section), None)
        caption = ctx.doc.plain_of(table.caption) if table is not None and table.caption is not None else ""
        envoys = (_envoy_heading(ctx, caption) or _envoy_lead_in(ctx, table)) if table is not None else None
        if envoys is not None:
            sender, receiver = envoys[0], envoys[1]
    if sender is None:
        return None, None
    if receiver is None or receiver == sender or receiver not in ctx.dyad:
        receiver = ctx.other(sender)
    return sender, receiver


_AS_POST = re.compile(
    r"\bas\s+(?:the\s+)?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:['’]s)?\s+(?:(?:first|new|resident|\w+)\s+)?"
    r"(?:ambassador|envoy|high\s+commissioner|minister|charg[ée])\b"
)
_SIDE = re.compile(r"\b[Oo]n\s+the\s+(?P<dem>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+side\s*,\s*")
_TO_HOST = re.compile(r"\s+to\s+(?:the\s+)?(?P<host>[^;()]{2,80})")


_NEXT_PREDICATE = re.compile(r",\s+(?:and\s+)?(?:[a-z]+ed|was|were|is|became|left|remained)\b")


def _credentials_to(ctx: Context, unit: Unit, s: str, lo: int, hi: int) -> str | None:
    """The state whose head received the credentials: "presented his credentials to the President of Finland",
    "… to President NAME" (a person the article placed in a state), "… to King NAME of Spain"."""
    assert ctx.dyad
    cred = _CREDENTIALS.search(s, lo, hi)
    to = _TO_HOST.match(s, cred.end()) if cred else None
    if to is None:
        return None
    a, b = to.start("host"), min(to.end("host"), hi)
    # (the host ends where the envoy's own post is said: "to Sleiman as Syria's first ambassador in Beirut")
    as_post = re.compile(r"\s+as\s+").search(s, a, b)
    b = as_post.start() if as_post else b
    # (and where the clause ends before the next predicate: "NAME, who presented his credentials to NAME2 in 2008,
    # headed the Brazilian embassy …")
    verb = _NEXT_PREDICATE.search(s, a, b)
    b = verb.start() if verb else b
    states = [m.code for m in common.countries(ctx, unit) if a <= m.start < b and m.code in ctx.dyad]
    if states:
        return states[0]
    hosts = [q.country for q in common.people(ctx, unit) if q.name and a <= q.start < b and q.country in ctx.dyad]
    if hosts:
        return hosts[0]
    # "… to Emir NAME", "… to King NAME": a title borne in one state of the pair only
    titled = gazetteer.head_title_states(s[a:b]) & set(ctx.dyad)
    return next(iter(titled)) if len(titled) == 1 else None


_PRONOUN_CLAUSE = re.compile(r"^\s*(?:;|,\s*and|,)?\s*(?:he|she|they)\b", re.I)
# the next clause telling the person's credentials received: "…; King Harald V accepted his credentials on 24 May 2012"
_ACCEPTED_HIS = re.compile(
    r"\b(?:accepted|received)\s+(?:his|her|their)\s+(?:credentials|letters\s+of\s+credence)\b", re.I
)


def _stretch(s: str, people: list[Person], i: int) -> tuple[int, int]:
    """Person i's part of the sentence: from the previous person (or the clause start) to the next person
    holding a post (or the clause end); a following clause whose subject is "he"/"she", or that tells "his
    credentials" accepted, belongs to it too."""
    p = people[i]
    clauses = common.clauses(s)
    k = next((j for j, cl in enumerate(clauses) if cl.start <= p.start < cl.end), 0)
    start, end = clauses[k].start if clauses else 0, clauses[k].end if clauses else len(s)
    while k + 1 < len(clauses) and (
        _PRONOUN_CLAUSE.match(s[end : clauses[k + 1].end]) or _ACCEPTED_HIS.search(s, end, clauses[k + 1].end)
    ):
        k += 1
        end = clauses[k].end
    for q in reversed(people[:i]):
        if q.end <= p.start:
            start = max(start, q.end)
            break
    last = p
    for q in people[i + 1 :]:
        if q.role in POSTS and q.start > p.end:
            if _COORDINATED.fullmatch(s[last.end : q.start]):
                last = q  # "NAME1 for Israel and NAME2 for Egypt presented their credentials": one predicate
                continue
            end = min(end, q.start)
            break
    return start, end


_COORDINATED = re.compile(r"(?:\s+for\s+(?:the\s+)?[A-Z][^,;]{1,40}?)?\s*,?\s*and\s+")


_ACCEPTED_ALONE = re.compile(r"\b(?:was|and|were)\s+accepted\b(?!\s+(?:the|an?|his|her|their|that|as)\b)", re.I)
_TOOK_UP = re.compile(r"\b(?:took\s+up|assumed|arrived|reached)\b", re.I)
# a copy of the credentials lodged ahead of them, and the credentials themselves presented after it: "lodged a copy of
# his credentials with the ministry that May and presented them to President NAME on 16 September 2020"
_COPY_OF = re.compile(r"\bcop(?:y|ies)\s+of\s+(?:his|her|their|the)\s+$", re.I)
_PRESENTED_THEM = re.compile(
    r"\b(?:present|hand|submit)\w*\s+(?:them|the\s+originals?|(?:his|her|their)\s+(?:credentials|letters))\b", re.I
)
# a relative clause after the name that tells an earlier career: "NAME, who had led the consular delegation since
# 1988, became ambassador …"
_EARLIER_CAREER = re.compile(r",\s+who\s+had\s+[^,;()]+,")
_HANDED_HIS = re.compile(r"\b(?:present\w*|hand\w*|submit\w*)\s+(?:his|hers|theirs)\b", re.I)
_HANDED_HIS_TO = re.compile(r"\b(?:presented|handed|submitted)\s+(?:his|hers|theirs)\s+to\b", re.I)
# a person hung on a post just told: "…, headed by honorary consul NAME", "…, under NAME" (up to the name's end)
# (the head's own time may stand between: "…, headed since 2016 by Honorary Consul NAME")
_POST_THEN_HEAD = re.compile(
    r",\s+(?:(?:headed|led|run|held|kept)\s+(?:since\s+[^,;()]{1,30}?\s+)?by|under)\s+[^,;()]*$"
)
_WHEN_CREDENTIALS = re.compile(r",?\s+when\s+(?:he|she|they)\s+(?:\w+\s+){0,2}?(?:present|hand|submit)\w*\s", re.I)


def _dates(
    ctx: Context, unit: Unit, s: str, lo: int, hi: int, role_index: int, name_end: int | None = None
) -> dict[str, str | None]:
    out: dict[str, str | None] = {"appointed": None, "credentials": None, "since": None}
    found = [d for d in common.unit_dates(ctx, unit) if lo <= d.start < hi]
    if name_end is not None and any(d.start >= name_end for d in found):
        # the dates after the name speak of the person; those before belong to what came earlier
        later = [d for d in found if d.start >= name_end]
        earlier = [
            d
            for d in found
            if (d.start < name_end and d.kind in ("since",))
            or re.search(r"\bfrom\s+$", s[max(0, d.start - 5) : d.start])
            # "He was succeeded in 1962 by NAME": the successor's start
            or re.search(r"\b(?:succeeded|replaced)\s+(?:in\s+|on\s+)?$", s[max(0, d.start - 20) : d.start])
            # "In 2019 Chile named NAME as its ambassador …": the appointing verb between the date and the name
            or (d.start < name_end and _APPOINTED.search(s, d.end, name_end) is not None)
            # "Appointed in December 2021, NAME presented her credentials …": a fronted participle
            or re.fullmatch(r"\s*(?:appointed|named|nominated)\s+(?:in|on)?\s*", s[lo : d.start], re.I)
        ]
        found = later + [d for d in earlier if d not in later]
    elif name_end is not None:
        # "In 2012 NAME, who was born in Ethiopia, became Israel's ambassador": the date that opens the clause dates
        # the post the predicate after the name tells
        opening = [
            d for d in found if d.start < name_end and re.fullmatch(r"\s*(?:(?:In|On|From)\s+)?", s[lo : d.start])
        ]
        if opening and re.search(r"\b(?:became|took\s+up|assumed)\b", s[name_end:hi], re.I):
            return {"appointed": None, "credentials": None, "since": opening[0].value if role_index == 0 else None}
    career = _EARLIER_CAREER.match(s, name_end) if name_end is not None else None
    if career is not None and any(d.start >= career.end() for d in found):
        # (its dates are that career's, when the post told after it has dates of its own)
        found = [d for d in found if not career.start() <= d.start < career.end()]
    cred = _CREDENTIALS.search(s, lo, hi)
    if cred is None:
        # the credentials named before ("… presented his credentials …; NAME2 presented hers"), or the noun left out
        # where they go to a head of state ("NAME handed hers to King Harald V on 11 November 2020")
        cred = (_HANDED_HIS if _CREDENTIALS.search(s) else _HANDED_HIS_TO).search(s, lo, hi)
    if cred is not None and _COPY_OF.search(s, max(lo, cred.start() - 30), cred.start()):
        # "lodged a copy of his credentials with the ministry that May and presented them to President NAME on 16
        # September 2020": the copy goes ahead of the credentials themselves, whose day is the presentation's
        cred = _PRESENTED_THEM.search(s, cred.end(), hi) or cred
    if cred is None:
        # "…, was appointed in July 2019 and accepted in Oslo the following March": the envoy accepted is one whose
        # credentials were
        cred = _ACCEPTED_ALONE.search(s, lo, hi)
    appt = _APPOINTED.search(s, lo, hi)
    if appt is not None and ctx.dyad:
        # "… before she was appointed ambassador to Spain": an appointment to a third state is not this post's
        to = re.match(r"\s+(?:as\s+)?(?:[\w'’]+\s+){0,3}?to\s+(?:the\s+)?([A-Z][^,;.]{1,40})", s[appt.end() :])
        third = [c.code for c in gazetteer.find_countries(to.group(1))] if to else []
        if third and third[0] not in ctx.dyad:
            appt = None
    for d in found:
        value = d.value
        if (
            name_end is not None
            and d.end <= name_end
            and _POST_THEN_HEAD.search(s, d.end, name_end)
            and s.count("(", 0, d.start) <= s.count(")", 0, d.start)
        ):
            # "Chile has had an honorary consulate in Bergen since 2008, headed by honorary consul NAME": the date
            # is the post's, told before the person is hung on it (a bracket holds both as one: "in Bergen (since
            # 2010, under honorary consul NAME)")
            continue
        if cred is not None and _WHEN_CREDENTIALS.match(s, d.end) and d.end <= cred.start():
            # "has headed the embassy since 4 March 2022, when she presented her credentials": the day of those
            out["credentials"] = out["credentials"] or value
            continue
        if (
            name_end is not None
            and d.kind in ("interval", "since")
            and role_index == 0
            and re.fullmatch(r"\s*\(\s*", s[name_end : d.start])
        ):
            # "NAME (2002–2006)", "NAME (2019–present)": the term in brackets after the name
            out["since"] = out["since"] or value.split("/")[0]
            continue
        if (
            d.kind == "interval"
            and role_index == 0
            and (
                re.match(r"(?:from|between)\b", d.text, re.I)
                or re.search(r"\b(?:from|between)\s+$", s[max(lo, d.start - 9) : d.start])
            )
        ):
            out["since"] = out["since"] or value.split("/")[0]
            continue
        # (each date belongs to the nearest verb before it: "presented his credentials on 14 March 2021, having been
        # appointed the previous November")
        after_appt = appt is not None and cred is not None and cred.start() < appt.start() < d.start
        # ("appointed in December 2020, took up his post in Oslo in March 2021": a start told after the appointment)
        took_up = appt is not None and role_index == 0 and _TOOK_UP.search(s, appt.end(), d.start) is not None
        if cred and d.start > cred.start() and not after_appt:
            out["credentials"] = out["credentials"] or value
        elif took_up and (cred is None or d.start < cred.start()):
            out["since"] = out["since"] or value
        elif (
            (d.kind == "since" or (d.kind == "relative" and _SINCE_BEFORE.search(s, max(0, d.start - 8), d.start)))
            and role_index == 0
            and out["appointed"] is not None
            and appt
            and d.start > appt.end()
        ):
            # "appointed in November 2020 and accredited to Georgia since May 2021" (or "since that October"): a
            # start after the appointment
            out["since"] = out["since"] or value
        elif appt and (d.start > appt.start() or appt.start() - d.end < 40):
            out["appointed"] = out["appointed"] or value
        elif role_index == 0 and (
            d.kind == "since" or _SINCE_VERB.search(s, max(lo, d.start - 60), d.start) or _TOOK_OFFICE.search(s, lo, hi)
        ):
            out["since"] = out["since"] or (value.split("/")[0] if d.kind == "interval" else value)
    if cred is not None and out["credentials"] is None and not any(d.start > cred.start() for d in found):
        # a fronted date: "On 20 March 2020 Germany's ambassador NAME presented his credentials"
        fronted = [
            d
            for d in common.unit_dates(ctx, unit)
            if d.start < cred.start()
            and d.kind == "point"
            and re.fullmatch(r"\s*(?:(?:On|In)\s+)?", s[: d.start], re.I)
        ]
        if fronted:
            out["credentials"] = fronted[0].value
    return out


# words that imply a post without naming its role ("his successor", "held the post", "headed the embassy",
# "presented his credentials", "with NAME as …", "a legation")
_IMPLIED_WORDS = frozenset(
    (
        "successor",
        "counterpart",
        "predecessor",
        "succeeded",
        "replaced",
        "post",
        "position",
        "office",
        "headed",
        "led",
        "credentials",
        "credence",
        "accredited",
        "legation",
        "embassy",
        "consulate",
        "mission",
        "minister",
        "ministers",
    )
)


def _may_tell_a_post(s: str) -> bool:
    words = set(re.findall(r"\w+", gazetteer.fold(s).lower()))
    words |= {w[:-1] for w in words if w.endswith("s")}  # "ambassadors", "envoys"
    return bool(words & _IMPLIED_WORDS or words & gazetteer.role_words(POSTS))


def _from_sentence(ctx: Context, unit: Unit) -> list[Fact]:
    s = common.text(ctx, unit)
    if not _may_tell_a_post(s):
        return []  # no envoy's title and no word that implies a post: no people to read here
    people = [p for p in common.people(ctx, unit) if p.name is not None]
    facts = []
    people = _implied_roles(ctx, unit, s, people)
    label = _ITEM_LABEL.match(s) if unit.kind == "item" else None
    if label and any(p.end <= label.end(1) and p.role in POSTS for p in people):
        # "- NAME, Norwegian ambassador: appointed in July 2021, she presented …": what follows the label's colon is
        # told of the envoy it names (a comma of the same length, so that every offset holds)
        s = s[: label.end(1)] + "," + s[label.end(1) + 1 :]
    told: list[tuple[str, str]] = []  # (sender, receiver) of the posts this sentence told, in order
    for i, p in enumerate(people):
        roles = [r for r in (p.role, *p.more_roles) if r in POSTS]
        if not roles or p.to_org:
            continue  # (an ambassador to an international organization holds no post for the other state)
        lo, hi = _stretch(s, people, i)
        if label and p.end <= label.end(1) and not any(q.role in POSTS for q in people[i + 1 :]):
            hi = len(s)  # (the whole item is the one envoy's its label names)
        sender, receiver = _sender_receiver(ctx, unit, p, s, lo, hi)
        if told and not p.country and _SUCCESSOR.search(s[: p.start]):
            # "Ambassador A, who presented …, was followed by B in 2024": B holds A's post, for A's state
            sender, receiver = told[-1]
        if not sender or not receiver:
            continue
        told.append((sender, receiver))
        concurrent = _concurrent(s, lo, hi, sender, receiver)
        post = common.in_pair(ctx, p.receiver)
        if post and post not in ctx.dyad and post not in concurrent:
            concurrent.append(post)
        for seat in _SEATED_IN.finditer(s, lo, hi):
            # "NAME, Mozambique's ambassador in Stockholm, …", "NAME, resident in Ankara, …": the state the envoy sits
            # in is one more the envoy is accredited to
            city = next((c for c in gazetteer.find_cities(seat.group("city")) if c.start == 0), None)
            code = common.in_pair(ctx, city.code) if city else None
            if code and code not in ctx.dyad and code not in concurrent:
                concurrent.insert(0, code)
        head = _head_of_mission(ctx, unit, s, p)
        if head is not None:
            sender, receiver = head.fields["sender"], head.fields["receiver"]  # the head of that mission
        for k, role in enumerate(dict.fromkeys(roles)):
            fields = {
                "person": p.name,
                "role": role,
                "sender": sender,
                "receiver": receiver,
                **_dates(ctx, unit, s, lo, hi, k, p.end),
                "concurrent_with": concurrent,
            }
            if head is not None and fields["since"] is None:
                # the head of a mission since the time told with "headed" ("an embassy in La Paz, headed since 2022
                # by NAME"), else from its opening
                headed = [
                    d.value
                    for d in common.unit_dates(ctx, unit)
                    if d.start < p.start and re.search(r"\b(?:headed|led)\s+$", s[max(0, d.start - 12) : d.start])
                ]
                # (not a post held "since" a year: "has had an honorary consulate in Bergen since 2008, headed by
                # NAME" tells who heads it now, not from when)
                held_since = any(
                    d.kind == "since" and d.value == head.fields["date"] and d.start < p.start
                    for d in common.unit_dates(ctx, unit)
                )
                fields["since"] = headed[0] if headed else (None if held_since else head.fields["date"])
            if fields["since"] is None and k == 0 and _SENT_AS.search(s[: p.start]) and _AS_AFTER.match(s, p.end):
                # "in 1940 Britain sent NAME to Reykjavík as its first minister", "… opened a consulate in Kaunas,
                # with NAME as acting consul": the post from the sending or the opening the sentence dates
                # ("waited until 1940 to send a legation": the sending's year)
                earlier = [d for d in common.unit_dates(ctx, unit) if d.end <= p.start and d.kind in ("point", "until")]
                if earlier:
                    fields["since"] = earlier[-1].value
            facts.append(Fact("office", fields, [unit], 0.8))
        ctx.cache["last_office"] = (unit.block, p, sender, receiver)
        ctx.cache.setdefault("offices_by_person", {})[p.name] = (roles[0], sender, receiver)
    facts.extend(_unnamed(ctx, unit, s, people))
    return facts


_ITEM_LABEL = re.compile(r"^([^:;.()]{3,120}?):\s")
_SUCCESSOR = re.compile(
    r"\b(?:his|her|their|the|[A-Z][\w\-]+['’]s)\s+(?:immediate\s+)?(?:successor|predecessor)\s*,?\s*$"
    # "He was succeeded in 1962 by NAME", "she replaced NAME"
    r"|\b(?:was|were)\s+(?:succeeded|replaced|followed)\s+(?:[^,;]{0,30}?\s+)?by\s+$",
    re.I,
)
_HELD = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:has\s+|had\s+|later\s+)?held\s+(?:the|this|that)\s+(?:post|position|office)\b", re.I
)
# what is said of an envoy named before, by name alone: at the post since a date, accredited, appointed
_KNOWN_ENVOY_PREDICATE = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:has|had)\s+been\s+(?:in|at|posted\s+(?:in|to))\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+since\b"
    r"|\s*,?\s*(?:who\s+)?(?:is|was|has\s+been)\s+(?:also\s+)?accredited\s+to\b"
    r"|\s*,\s*(?:who\s+was\s+)?appointed\s+(?:in|on)\b",
)
_HEADED = re.compile(
    r"^[\s,]*(?:(?:and|after\s+\w+|later|then)[\s,]*)*(?:who\s+)?(?:has\s+|had\s+)?(?:later\s+|then\s+|successively\s+)?(?:headed|led|ran|run)\s+the\s+(?:(?P<dem>[A-Z][\w'’]*)\s+)?(?:embassy|mission|legation|(?P<consulate>consulate(?:[\s\-]general)?))\b"
    # (in a role of its own: "NAME ran the embassy as chargé d'affaires from 1991")
    r"(?:\s+as\s+(?P<as>(?:[\w'’]+\s+){0,2}?[\w'’]+)(?=\s+(?:from|since|until|in|between)\b|[,;.]|$))?",
    re.I,
)


def _head_of_mission(ctx: Context, unit: Unit, s: str, p: Person) -> Fact | None:
    """The resident mission of the pair this sentence states, when the person is its head ("…, headed by NAME")."""
    # (also "headed for most of its existence by the lawyer NAME")
    # (or "held by the industrialist NAME")
    headed = re.search(
        r"\b(?:headed|led|held|run|kept)\b[^,;]{0,40}?\bby\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?$", s[: p.start]
    )
    # "Its embassy in Seoul opened in April 2007 under NAME": opened with that person at its head
    headed = headed or re.search(r"\b(?:opened|established|set\s+up)\b[^,;]{0,60}?\bunder\s+$", s[: p.start])
    # "… opened a consulate in Kaunas, with NAME as acting consul"
    with_as = re.search(r"\bwith\s+(?:(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?$", s[: p.start]) and _AS_AFTER.match(
        s, p.end
    )
    if not headed and not with_as:
        return None
    found = [
        f
        for f in ctx.cache.get("missions_by_unit", {}).get(unit.index, [])
        # (an honorary consulate only when it opened under the person: "a Latvian honorary consulate in Hanoi,
        # opened in 2008 under NAME")
        if f.fields["resident"] and (f.fields["kind"] != "honorary_consulate" or (headed and not with_as))
    ]
    return found[-1] if found else None


_POSSESSIVE_SUCCESSOR = re.compile(
    r"['’]s\s+(?:immediate\s+)?(?:successor|predecessor)(?:\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?\s*,?\s*"
    r"(?:(?:the\s+)?[A-Z]?[a-z]+\s+)?"
)
_AS_ROLE = re.compile(
    r"\s+as\s+(?:(?:its|the|a|an|acting)\s+)*([a-zé'’\s\-]{4,40}?)(?=[,;.]|\s+(?:until|from|in|and)\b|$)"
)
_SENT_AS = re.compile(r"\b(?:sent|send|dispatched|opened|open|established|set\s+up)\b[^;]*$", re.I)
_AS_AFTER = re.compile(r"\s*(?:,[^,;]{1,60},)?\s*(?:to\s+[^,;]{1,40}?\s+)?as\b", re.I)
_LEGATION = re.compile(r"\blegations?\b", re.I)
_SENT = re.compile(r"\b(?:sent|dispatched|accredited)\b[^;]*$", re.I)


def _implied_roles(ctx: Context, unit: Unit, s: str, people: list[Person]) -> list[Person]:
    """Posts the phrase implies without naming a role: "His successor NAME", "NAME, who held the post",
    "NAME1 and, after him, NAME2 later headed the embassy"."""
    from dataclasses import replace

    out = list(people)
    last = ctx.cache.get("last_office")
    for i, p in enumerate(out):
        if p.role in POSTS:
            continue
        if p.role == "minister" and (
            (p.receiver is not None and p.receiver != p.country) or _LEGATION.search(s) or _SENT.search(s[: p.start])
        ):
            # the title of an envoy, not of a government: "sent NAME to Reykjavík as its first minister", "a legation
            # …, with NAME as its first minister", "minister to Iceland"
            out[i] = replace(p, role="ambassador")
            continue
        mission = _head_of_mission(ctx, unit, s, p)
        if mission is not None:
            # "… opened its first diplomatic mission abroad in Copenhagen in 1920, headed by NAME"
            role = "consul" if "consul" in mission.fields["kind"] else "ambassador"
            role = "honorary_consul" if mission.fields["kind"] == "honorary_consulate" else role
            titled = _AS_ROLE.match(s, p.end)
            named = gazetteer.role_of(titled.group(1)) if titled else None
            if named in POSTS:
                role = named  # "… headed by NAME as chargé d'affaires"
            out[i] = replace(p, role=role, country=mission.fields["sender"], receiver=mission.fields["receiver"])
            continue
        counterpart = COUNTERPART.search(s[: p.start]) if p.role is None else None
        if (
            counterpart
            and last
            and not any(q.name for q in out[:i])
            and ctx.doc.blocks[last[0]].section == ctx.doc.blocks[unit.block].section
        ):
            # "… presented her credentials in 2018. Her Chilean counterpart, NAME, was appointed …": the post of the
            # envoy told last, for the other state (the one the demonym names)
            dem = gazetteer.country_code(counterpart.group("dem")) if counterpart.group("dem") else None
            code = dem if dem in (ctx.dyad or ()) else ctx.other(last[2])
            if code and code != last[2]:
                out[i] = replace(p, role=last[1].role, country=code, receiver=ctx.other(code))
                continue
        successor = _SUCCESSOR.search(s[: p.start])
        of = re.match(r"([A-Z][\w\-]+)['’]s\b", successor.group()) if successor else None
        if of and last and last[1].name and of.group(1) in last[1].name.split():
            # "Solod's successor, NAME, took up the post": the post of the envoy told last, named by his surname
            out[i] = replace(p, role=last[1].role, country=last[2], receiver=last[3])
            continue
        if successor:
            # "A served as X's ambassador …; his successor, B, …": B holds A's post, A told in this sentence or
            # in the one before
            here = next((q for q in reversed(out[:i]) if q.role in POSTS and q.name), None)
            if here is not None:
                out[i] = replace(p, role=here.role, country=here.country, receiver=here.receiver)
                continue
            named_before = any(q.name and q.end <= p.start for q in out[:i])
            if last and last[0] == unit.block and not named_before:
                # (not when the predecessor is someone this sentence names without a post: "NAME, who arrived in
                # December 2020, …; he was succeeded by NAME2")
                out[i] = replace(p, role=last[1].role, country=last[2], receiver=last[3])
                continue
        nxt = next((q.start for q in out[i + 1 :] if q.name), len(s))
        boundary = re.compile(r";|,\s+and\b").search(s, p.end, nxt)
        nxt = boundary.start() if boundary else nxt
        if _HELD.match(s[p.end :]):
            pass  # read below from the role named before
        elif (
            p.role is None
            and _CREDENTIALS.search(s, p.end, nxt)
            and re.search(r"\b(?:present\w*|hand\w*|submit\w*)\b", s[p.end : nxt], re.I)
        ):
            # "NAME presented his credentials": an envoy; the post is the one the article gave this person
            prior = _prior_post(ctx, p.name)
            if prior:
                out[i] = replace(p, role=prior[0], country=prior[1], receiver=prior[2])
            else:
                out[i] = replace(p, role="ambassador")
            continue
        prior = _prior_post(ctx, p.name) if p.role is None else None
        if prior and _KNOWN_ENVOY_PREDICATE.match(s, p.end):
            # "Othman has been in Muscat since September 2021 and is also accredited to Yemen": an envoy the article
            # named before (an infobox's envoy line), told of again by name alone
            out[i] = replace(p, role=prior[0], country=prior[1], receiver=prior[2])
            continue
        if _HELD.match(s[p.end :]):
            before = [r for r in gazetteer.find_roles(s[: p.start]) if r.value in POSTS]
            if before:
                first = next(
                    (c.code for c in gazetteer.find_countries(s[: p.start]) if c.code in (ctx.dyad or ())),
                    None,
                )
                out[i] = replace(p, role=before[-1].value, country=first)
            continue
    # "NAME's successor (in Lusaka), Ambassador NAME2, …": NAME held the post NAME2 holds
    for i, p in enumerate(out):
        nxt = next((q for q in out[i + 1 :] if q.name), None)
        if (
            p.role is None
            and nxt is not None
            and nxt.role in POSTS
            and _POSSESSIVE_SUCCESSOR.fullmatch(s[p.end : nxt.start])
        ):
            out[i] = replace(p, role=nxt.role, country=nxt.country, receiver=nxt.receiver)
    # "A and, after him, B later headed the embassy": every name before the verb
    for i, p in enumerate(out):
        if p.role in POSTS:
            continue
        rest = s[p.end :]
        nxt = next((q for q in out[i + 1 :] if q.name), None)
        tail = s[nxt.end :] if nxt is not None and _HEADED.match(s[nxt.end :]) else rest
        headed = _HEADED.match(rest) or (
            nxt is not None
            and re.fullmatch(r"[\s,]*and[\s,]*(?:after\s+\w+[\s,]*)?", s[p.end : nxt.start])
            and _HEADED.match(tail)
        )
        if headed:
            # "NAME headed the Mexican legation in Moscow": the state its demonym names sent the envoy
            dem = headed.group("dem")
            code = gazetteer.country_code(dem) if dem else None
            # (a consulate's head is a consul; a role told with "as" is the role: "ran the embassy as chargé
            # d'affaires")
            said = gazetteer.find_roles(headed.group("as")) if headed.group("as") else []
            role = said[0].value if said else "consul" if headed.group("consulate") else "ambassador"
            if code in (ctx.dyad or ()):
                out[i] = replace(p, role=role, country=code, receiver=ctx.other(code))
            else:
                out[i] = replace(p, role=role)
    return out


# "who is also accredited to Bolivia", "with concurrent accreditation to Bolivia and Peru", "concurrently
# accredited in Peru", "also covers Ecuador"
_CONCURRENT = re.compile(
    r"\b(?:(?:also|concurrently)\s+(?:(?:accredited|serves|served)\s+(?:as\s+\w+\s+)?(?:to|in|for)|covers|covered"
    r"|represents)|concurrent(?:ly)?\s+accredit(?:ation|ed)\s+(?:to|in|for)"
    # "was accredited at the same time to Greece and Romania", "simultaneously accredited to"
    r"|accredited\s+(?:at\s+the\s+same\s+time|simultaneously|concurrently)\s+(?:to|in|for)"
    r"|simultaneously\s+accredited\s+(?:to|in|for)"
    # (a list of the states accredited to, the post's own among them: "has been accredited to Finland, Norway and
    # Denmark since that October")
    r"|(?:has\s+been|is|was)\s+accredited\s+to(?=\s+[^;.]*?,\s+[^;.]*?\band\b))\s+([^;.]+)",
    re.I,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+$")
_SEATED_IN = re.compile(
    r"(?:,\s+(?:[\w\-'’]+\s+){0,2}(?:ambassador|envoy|high\s+commissioner)|\b(?:resident|based|residing))\s+in\s+"
    r"(?P<city>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?=,)"
)
# the next sentence tells it of the envoy just named: "He is also accredited to Bolivia."
# (after a short fronted adjunct: "Like her predecessors, she is also accredited to …")
_THEN_CONCURRENT = re.compile(
    r"(?:[A-Z][^,;.]{0,40},\s+)?(?i:he|she|the\s+ambassador)\s+(?i:is|was|has\s+been|had\s+been)?\s*"
)


_NAMED_AGAIN = re.compile(
    r"(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+(?:is|was|has\s+been|had\s+been)?\s*(?=(?i:also|concurrent))"
)


def _concurrent(s: str, lo: int, hi: int, sender: str, receiver: str) -> list[str]:
    m = _CONCURRENT.search(s, lo, hi)
    if not m:
        return []
    return [c.code for c in gazetteer.find_countries(m.group(1)) if c.code not in (sender, receiver)]


def _concurrent_after(ctx: Context, unit: Unit, facts: list[Fact]) -> bool:
    """A sentence that only adds the concurrent posts of the envoy the sentence before named ("… presented his
    credentials on 5 May 2021. He is also accredited to Bolivia."): they join that office. Whether it did."""
    s = common.text(ctx, unit)
    m = _THEN_CONCURRENT.match(s)
    if m is None and facts and facts[-1].fields.get("person"):
        # "… presented his letters of credence on 6 February 2020. Lunde is concurrently accredited to Peru": the
        # envoy just named, called again by (part of) the name
        named = _NAMED_AGAIN.match(s)
        words = str(facts[-1].fields["person"]).split()
        m = named if named and all(w in words for w in named.group("name").split()) else None
    if not m or not facts or not _CONCURRENT.match(s, m.end()):
        return False
    before = facts[-1].units[-1]
    if before.kind != "sentence" or before.block != unit.block or before.end > unit.start:
        return False
    # (the offices that sentence told: the named envoy and the unnamed post of the same sentence, dropped later)
    told = [f for f in facts if f.units[-1] is before]
    for f in told:
        more = _concurrent(s, m.end(), len(s), f.fields["sender"], f.fields["receiver"])
        if not more:
            return False
        f.fields["concurrent_with"] = list(dict.fromkeys([*f.fields["concurrent_with"], *more]))
        f.units.append(unit)
    return True


_COPULA = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:\w+ly\s+)?(?:is|was|has\s+been|had\s+been|became|served\s+as|serves\s+as|remains|remained)\s+"
    r"(?:also\s+|later\s+|then\s+)?",
    re.I,
)


def _unnamed(ctx: Context, unit: Unit, s: str, people: list[Person]) -> list[Fact]:
    assert ctx.dyad
    out = []
    for m in _UNNAMED.finditer(s):
        # a name right after the role ("the first Armenian ambassador to Greece, NAME,") is a named person
        if any(
            0 <= p.start - m.end() <= 40
            and re.fullmatch(r"(?:\s+(?:of|to|in)\s+[A-Z][\w\-]*)*\s*,?\s*", s[m.end() : p.start])
            for p in people
        ):
            continue
        if re.search(r"\bas\s+$", s[: m.start()]):
            continue  # "NAME presented his credentials as the first resident ambassador": NAME's post
        if any(p.name and p.end <= m.start() and re.fullmatch(r"\s*,\s*", s[p.end : m.start()]) for p in people):
            continue  # "NAME, the first Soviet ambassador to Cuba, took up his post": NAME's post, in apposition
        if any(p.name and p.end <= m.start() and _COPULA.fullmatch(s[p.end : m.start()]) for p in people):
            continue  # "NAME was the Finnish ambassador to Y between A and B": NAME's post, told once
        role = gazetteer.role_of(m.group("role")) or "ambassador"
        if role not in POSTS:
            continue
        sender = None
        if m.group("dem"):
            sender = gazetteer.country_code(m.group("dem").strip())
        if sender is None and m.group("of"):
            sender = next((c.code for c in gazetteer.find_countries(m.group("of")) if c.start == 0), None)
        own = m.group("own")
        if own and any(p.name and p.end <= m.start() and not s[p.end : m.start()].strip() for p in people):
            continue  # "Syria named NAME its ambassador in Baghdad": NAME's post
        if own and re.search(r"\b(?:recalled|withdrew|withdrawn|expelled|summoned|called\s+back)\s+$", s[: m.start()]):
            continue  # "Thailand recalled its ambassador": no post taken up
        if sender is None and own and own.lower() in ("its", "their"):
            # "Senegal opened an embassy in Bissau in 1975; its first ambassador presented …": the state told before
            told = [c.code for c in gazetteer.find_countries(s[: m.start()]) if c.code in ctx.dyad]
            sender = told[-1] if len(set(told)) == 1 else None
        elif sender is None and own:
            sender = next((c.code for c in gazetteer.find_countries(own) if c.start == 0), None)
        sent = re.search(r"\b(?:appointed|named|nominated|sent|accredited)\s+$", s[: m.start()])
        if sender is None and sent:
            # "Saudi Arabia appointed a new ambassador to Qatar": the state that appointed
            clause_start = next((c.start for c in common.clauses(s) if c.start <= m.start() < c.end), 0)
            sender = next(
                (c.code for c in gazetteer.find_countries(s[clause_start : sent.start()]) if c.code in ctx.dyad), None
            )
        under = re.search(r"\bunder\s+$", s[max(0, m.start() - 7) : m.start()])
        if sender is None and under:
            sender = _last_mission_sender(ctx, unit)  # "The embassy started work … under a chargé d'affaires"
        if sender not in ctx.dyad:
            continue
        cl_end = next((c.end for c in common.clauses(s) if c.start <= m.start() < c.end), len(s))
        lo = next((c.start for c in common.clauses(s) if c.start <= m.start() < c.end), 0)
        # "under a chargé d'affaires": the clause's date before the phrase dates the post
        cl_start = next((c.start for c in common.clauses(s) if c.start <= m.start() < c.end), 0)
        dates = _dates(ctx, unit, s, lo, cl_end, 0)
        if under:
            before = [d for d in common.unit_dates(ctx, unit) if cl_start <= d.start < m.start()]
            if before:
                dates["since"] = before[-1].value
        if not any(dates.values()) and _CREDENTIALS.search(s, m.end(), cl_end):
            # "Embassies were opened in both capitals later that year, and the first Cuban ambassador presented his
            # credentials to …": the time the sentence has set before the undated clause
            before = [d for d in common.unit_dates(ctx, unit) if d.end <= lo and d.kind in ("point", "relative")]
            if before:
                dates["credentials"] = before[-1].value
        if not any(dates.values()):
            continue
        seat = re.match(r"\s+(?:in|at)\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)", s[m.end() :])
        if (
            seat
            and not (dates.get("credentials") or dates.get("appointed"))
            and any(c.start == 0 and c.code not in ctx.dyad for c in gazetteer.find_cities(seat.group(1)))
        ):
            # "from then on Israel's ambassador in Lima was also accredited to Bolivia": the post elsewhere covers the
            # state (a mission's fact), no envoy took up a post (unlike one who presented credentials)
            continue
        fields = {
            "person": None,
            "role": role,
            "sender": sender,
            "receiver": ctx.other(sender),
            **dates,
            "concurrent_with": [],
        }
        out.append(Fact("office", fields, [unit], 0.6))
    return out


def _from_field(ctx: Context, unit: Unit) -> list[Fact]:
    """Infobox ``envoy1``/``envoy2`` (wikitext) or "Ambassador of X: NAME" (seed format)."""
    assert ctx.dyad
    field = next((f for f in ctx.doc.infobox if f.unit is unit), None)
    if field is None or not field.value:
        return []
    key = field.key.lower()
    sender = None
    m = re.match(r"^(?:envoy|ambassador)\s*(\d)$", key)
    if m:
        sender = ctx.dyad[int(m.group(1)) - 1] if m.group(1) in "12" else None
    elif "ambassador" in key or "envoy" in key:
        sender = next((c.code for c in gazetteer.find_countries(field.key) if c.code in ctx.dyad), None)
    if sender is None:
        return []
    names = [field.value[a:b] for a, b in _names(field.value)]
    if not names:
        # one name alone in the field ("envoy1 = Mayerfas"): a person known by a single name
        alone = [field.value[a:b] for a, b in candidate_names(field.value) if (a, b) == (0, len(field.value.strip()))]
        names = alone[:1]
    for n in names:
        # (so that "NAME presented his credentials …" later reads as this post)
        ctx.cache.setdefault("offices_by_person", {})[n] = ("ambassador", sender, ctx.other(sender))
    return [
        Fact(
            "office",
            {
                "person": n,
                "role": "ambassador",
                "sender": sender,
                "receiver": ctx.other(sender),
                "appointed": None,
                "credentials": None,
                "since": None,
                "concurrent_with": [],
            },
            [unit],
            0.8,
        )
        for n in names
    ]


def _names(value: str) -> list[tuple[int, int]]:
    from bilateral.extract.people import candidate_names

    return [(a, b) for a, b in candidate_names(value) if " " in value[a:b]]


_ENVOY_WORDS = re.compile(
    r"\b(?:ambassadors?|envoys?|heads?\s+of\s+mission|chargés?|charges?\s+d'affaires|ministers?\s+plenipotentiary"
    r"|high\s+commissioners?|representatives?|consuls?)\b",
    re.I,
)


def _from_table(ctx: Context, table: Table) -> list[Fact]:
    """A table of envoys: a header "X to Y" (or "Ambassadors of X") over names, and a term column beside it."""
    assert ctx.dyad
    if table.header is None:
        return []
    heads = [ctx.doc.plain_of(c).strip() for c in table.header.cells]
    columns: list[tuple[int, str, str, int | None]] = []  # (name col, sender, receiver, term col)
    cols = _dated_columns(heads)
    for i, h in enumerate(heads):
        codes = [c.code for c in gazetteer.find_countries(h)]
        if not codes or re.search(r"\b(?:imports?|exports?|turnover|trade|year|period)\b", h, re.I):
            continue
        # an envoy column says so ("Ambassadors of X", "X to Y"); a lone state over figures is a comparison table
        if len(codes) < 2 and not re.search(_ENVOY_WORDS, " ".join([h, *heads])):
            continue
        sender = codes[0]
        receiver = codes[1] if len(codes) > 1 else ctx.other(sender)
        if sender not in ctx.dyad or not receiver:
            continue
        term = None
        if i + 1 < len(heads) and re.search(
            r"\b(?:term|years?|tenure|period|from|in\s+office|served)\b", heads[i + 1], re.I
        ):
            term = i + 1
        columns.append((i, sender, receiver, term))
    if not columns:
        # "== Ambassadors of Ireland to New Zealand ==" over "Name | Term start | Term end": the heading (or the
        # caption) says whose envoys the names are
        caption = ctx.doc.plain_of(table.caption) if table.caption is not None else ""
        envoys = _envoy_heading(ctx, caption) or _envoy_heading(ctx, table.section or "") or _envoy_lead_in(ctx, table)
        name_col = next((i for i, h in enumerate(heads) if _NAME_HEAD.search(h)), None)
        term_col = next(
            (
                i
                for i, h in enumerate(heads)
                if i != name_col and _TERM_HEAD.search(h) and not _APPOINTED_HEAD.search(h) and not _CRED_HEAD.search(h)
            ),
            None,
        )
        if term_col is None and name_col is not None:
            term_col = _dated_column(ctx, table, name_col)
        by_col = next((i for i, h in enumerate(heads) if i != name_col and _SENDER_HEAD.search(h)), None)
        sent_by = None
        if by_col is not None:
            # (a column whose cells name the states of the pair, not "Left post" over years)
            senders = [
                common.first_country(ctx.doc.plain_of(r.cells[by_col])) for r in table.rows if by_col < len(r.cells)
            ]
            sent_by = by_col if senders and sum(c in ctx.dyad for c in senders) * 2 >= len(senders) else None
        if envoys is not None and name_col is not None and sent_by is not None:
            # "Ambassadors of Mexico to the Philippines and of the Philippines to Mexico" over "Name | Sent by | …":
            # each row's own column says whose envoy it names
            return _rows_with_sender(ctx, table, name_col, sent_by, term_col, cols)
        if envoys is not None and name_col is not None:
            columns.append((name_col, envoys[0], envoys[1], term_col))
        elif name_col is not None:
            # "Ambassador | Sent by | Took office": each row says whose envoy the name is (the envoys named by the
            # column, the caption or the section, or by a column of the sending state beside one of office)
            envoy_table = re.search(_ENVOY_WORDS, " ".join([caption, heads[name_col]])) or (
                re.search(r"(?i)\b(?:diplomatic|diplomacy|missions|envoys)\b", table.section or "")
                and term_col is not None
                and re.search(r"(?i)\bsent\s+by\b|\bsending\b", heads[by_col] if by_col is not None else "")
            )
            if by_col is not None and envoy_table:
                return _rows_with_sender(ctx, table, name_col, by_col, term_col, cols)
    facts = []
    notes = [i for i, h in enumerate(heads) if _NOTES_HEAD.fullmatch(h) and i not in cols]
    for row in table.rows:
        cells = [ctx.doc.plain_of(c).strip() for c in row.cells]
        for col, sender, receiver, term in columns:
            if col >= len(cells) or not cells[col]:
                continue
            appointed, credentials, since, also = _row_fields(cells, cols, term)
            notes_col = next((i for i in notes if i != term), None)
            labelled = _labelled_notes(cells[notes_col]) if notes_col is not None and notes_col < len(cells) else None
            if labelled is not None:
                # a notes column that says what its dates are: "presented credentials on 8 June 2021; also
                # accredited to Djibouti", "appointed in March 2023"
                appointed, credentials, since, also = _with_notes((appointed, credentials, since, also), labelled)
            for n in _cell_names(cells[col]):
                facts.append(
                    Fact(
                        "office",
                        {
                            "person": n,
                            "role": "ambassador",
                            "sender": sender,
                            "receiver": receiver,
                            "appointed": appointed,
                            "credentials": credentials,
                            "since": since,
                            "concurrent_with": [c for c in also if c not in (sender, receiver)],
                        },
                        [row.unit],
                        0.85,
                    )
                )
    return facts


def _dated_columns(heads: list[str]) -> tuple[int | None, int | None, int | None]:
    """The columns "Appointed", "Presented credentials" and "Also accredited to" of a table of envoys."""
    appointed = next((i for i, h in enumerate(heads) if _APPOINTED_HEAD.search(h)), None)
    cred = next((i for i, h in enumerate(heads) if _CRED_HEAD.search(h) and not _ALSO_HEAD.search(h)), None)
    also = next((i for i, h in enumerate(heads) if _ALSO_HEAD.search(h)), None)
    return appointed, cred, also


def _row_dates(
    cells: list[str], cols: tuple[int | None, int | None, int | None]
) -> tuple[str | None, str | None, list[str]]:
    """A row's date of appointment, date of credentials and the states it is also accredited to."""
    appointed_cell, cred_cell, also_cell = (cells[c] if c is not None and c < len(cells) else "" for c in cols)
    appointed = dates_mod.parse_date(appointed_cell) if appointed_cell else None
    credentials = dates_mod.parse_date(cred_cell) if cred_cell else None
    also = list(dict.fromkeys(c.code for c in gazetteer.find_countries(also_cell) if c.kind != "demonym"))
    return appointed, credentials, also


def _row_fields(
    cells: list[str], cols: tuple[int | None, int | None, int | None], term: int | None
) -> tuple[str | None, str | None, str | None, list[str]]:
    """A row's appointment, credentials, start of term and states also accredited to: from their own columns, and
    from the term column, which is a bare term ("2019–2023") or notes that say what each date is ("appointed 12
    September 2023; credentials 9 November 2023", "in Tokyo since 2020; also accredited to South Korea")."""
    appointed, credentials, also = _row_dates(cells, cols)
    since = None
    if term is not None and term < len(cells) and term not in cols:
        notes = _labelled_notes(cells[term])
        if notes is None:
            since = _term_start(cells[term])
        else:
            return _with_notes((appointed, credentials, since, also), notes)
    return appointed, credentials, since, also


_Dated = tuple[str | None, str | None, str | None, list[str]]


def _with_notes(found: _Dated, notes: _Dated) -> _Dated:
    """The fields read from a row's columns, completed by those a labelled notes cell gives."""
    appointed, credentials, since, also = found
    return appointed or notes[0], credentials or notes[1], since or notes[2], list(dict.fromkeys([*also, *notes[3]]))


# a cell holding one name and nothing else: "Ashraf Sultan", "Viliami Tonga Mahe", "Ambassador Lutfi Rauf"
_NAME_CELL = re.compile(
    r"(?:(?:Ambassador|H\.\s?E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame)\s+)?"
    r"(?P<name>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|da|do|dos|van|von|der|den|bin|al|el|la|le|y|ibn)){1,4})"
)


def _cell_names(cell: str) -> list[str]:
    """The names of a table's name cell: the whole cell when it is one name (a finder reading running text cuts
    "Ashraf Sultan" at the title and "Viliami Tonga Mahe" at the state), else the names found in it."""
    whole = _NAME_CELL.fullmatch(cell)
    if whole and not any(r.start == 0 for r in gazetteer.find_roles(whole.group("name"))):  # (not "Sultan Qaboos")
        return [whole.group("name")]
    return [p.name for p in find_people(cell) if p.name] or (
        [cell] if len(cell.split()) >= 2 and not re.search(r"\d", cell) else []
    )


def _envoy_lead_in(ctx: Context, table: Table) -> tuple[str, str, str] | None:
    """The sentence that announces a table of envoys ("Soviet ambassadors in Kabul … included:"): whose envoys,
    to whom."""
    assert ctx.dyad
    if table.block == 0:
        return None
    before = ctx.doc.blocks[table.block - 1]
    if before.section != table.section or not before.units:
        return None
    lead = ctx.doc.plain_of(before.units[-1]).strip()
    if not lead.endswith(":") and len(lead) < 90:
        # a title line over the table ("Ambassadors of Estonia to Kazakhstan")
        return _envoy_heading(ctx, lead)
    if not lead.endswith(":") or not re.search(_ENVOY_WORDS, lead):
        return None
    states = [c.code for c in gazetteer.find_countries(lead) if c.code in ctx.dyad]
    posts = [c.code for c in gazetteer.find_cities(lead) if c.code in ctx.dyad]
    to = re.search(r"\bto\s+(?:the\s+)?([A-Z][^,;:]{1,40})", lead)
    receiver = (common.first_country(to.group(1)) if to else None) or (posts[0] if posts else None)
    sender = next((c for c in states if c != receiver), None) or (ctx.other(receiver) if receiver else None)
    if sender not in ctx.dyad:
        return None
    return sender, receiver or ctx.other(sender) or "", "ambassador"


def _dated_column(ctx: Context, table: Table, name_col: int) -> int | None:
    """The column whose cells are dates ("| NAME || 1972–1979"), when no header says "term"."""
    for col in range(len(table.header.cells) if table.header else 0):
        if col == name_col:
            continue
        cells = [ctx.doc.plain_of(r.cells[col]) for r in table.rows if col < len(r.cells)]
        if cells and sum(1 for c in cells if dates_mod.find_dates(c) or dates_mod.parse_date(c)) * 2 > len(cells):
            return col
    return None


_APPOINTED_HEAD = re.compile(r"\bappoint", re.I)
_CRED_HEAD = re.compile(r"\bcredentials?\b|\bcredence\b|\baccredit", re.I)
_ALSO_HEAD = re.compile(r"\balso\s+accredited\b|\bconcurrent|\bother\s+accreditations?\b", re.I)
_NAME_HEAD = re.compile(
    r"\b(?:name|ambassadors?|envoys?|head\s+of\s+mission|chargé|diplomat|incumbent|high\s+commissioners?)\b", re.I
)
_TERM_HEAD = re.compile(
    r"\b(?:term|start|from|since|appointed|credentials|years?|tenure|period|(?:in|took|took\s+up)\s+office|served)\b",
    re.I,
)


_NOTES_HEAD = re.compile(r"\s*(?:notes?|remarks?|comments?)\s*", re.I)
_SENDER_HEAD = re.compile(r"\b(?:sent\s+by|sending\s+state|sender|country|state|from|post|position)\b", re.I)


def _rows_with_sender(
    ctx: Context,
    table: Table,
    name_col: int,
    by_col: int,
    term_col: int | None,
    cols: tuple[int | None, int | None, int | None],
) -> list[Fact]:
    facts = []
    heads = [ctx.doc.plain_of(c).strip() for c in table.header.cells] if table.header is not None else []
    notes_col = next((i for i, h in enumerate(heads) if _NOTES_HEAD.fullmatch(h) and i != term_col), None)
    for row in table.rows:
        cells = [ctx.doc.plain_of(c).strip() for c in row.cells]
        if max(name_col, by_col) >= len(cells):
            continue
        sender = common.first_country(cells[by_col])
        names = _cell_names(cells[name_col])
        if sender not in (ctx.dyad or ()) or not names:
            continue
        appointed, credentials, since, also = _row_fields(cells, cols, term_col)
        # (a column of posts names the role with the state: "Consul general of Senegal in Casablanca")
        held = _post_opening(cells[by_col])
        role = held.value if held is not None else "ambassador"
        post, earlier = None, False
        if notes_col is not None and notes_col < len(cells):
            # a notes column: labelled dates ("appointed 11 March 2020"), or another post and its start ("chargé
            # d'affaires since 2023")
            labelled = _labelled_notes(cells[notes_col])
            if labelled is not None:
                appointed, credentials, since, also = _with_notes((appointed, credentials, since, also), labelled)
            # (the note opens with the post: "chargé d'affaires since 2023")
            post = _post_opening(cells[notes_col])
            # (not a post held before the row's: "chargé d'affaires before her appointment", "… until 2019")
            earlier = post is not None and _EARLIER_POST.match(cells[notes_col], post.end) is not None
            if post is not None and not earlier:
                role = post.value
                since = since or _term_start(cells[notes_col])
        fields = {
            "person": names[0],
            "role": role,
            "sender": sender,
            "receiver": ctx.other(sender),
            "appointed": appointed,
            "credentials": credentials,
            "since": since,
            "concurrent_with": [c for c in also if c not in (sender, ctx.other(sender))],
        }
        facts.append(Fact("office", fields, [row.unit], 0.85))
        if earlier and post is not None:
            # the post held before is an office of its own, undated
            before = {**fields, "role": post.value, "appointed": None, "credentials": None, "since": None}
            before["concurrent_with"] = []
            facts.append(Fact("office", before, [row.unit], 0.8))
    return facts


def _post_opening(cell: str) -> gazetteer.Mention | None:
    """The envoy's post a cell opens with: "Consul general of Senegal in Casablanca", "chargé d'affaires since 2023"."""
    return next((r for r in gazetteer.find_roles(cell) if r.start == 0 and r.value in POSTS), None)


_EARLIER_POST = re.compile(r"\s+(?:before|until|previously|earlier|formerly|prior\s+to)\b", re.I)
_NOTE_LABEL = re.compile(
    r"\b(?P<label>appointed|named|nominated|credentials|credence|since"
    r"|also\s+accredited\s+to|concurrently\s+(?:accredited\s+)?to)\b",
    re.I,
)


def _labelled_notes(cell: str) -> tuple[str | None, str | None, str | None, list[str]] | None:
    """A notes cell whose parts say what their dates are: (appointed, credentials, since, states also accredited
    to); none when no part is labelled so (a bare term, "2019–2023", is read as a term)."""
    labels = list(_NOTE_LABEL.finditer(cell))
    if not labels or not any(lab.group("label").lower() != "since" for lab in labels):
        return None
    appointed = credentials = since = None
    also: list[str] = []
    for k, lab in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(cell)
        word = lab.group("label").lower()
        if word.startswith(("also", "concurrently")):
            also += [c.code for c in gazetteer.find_countries(cell[lab.end() : end]) if c.kind != "demonym"]
            continue
        found = dates_mod.find_dates(cell[lab.start() : end])  # (with its word: "since 2020" is a date)
        value = found[0].value.split("/")[0] if found else None
        if word in ("appointed", "named", "nominated"):
            appointed = appointed or value
        elif word in ("credentials", "credence"):
            credentials = credentials or value
        else:
            since = since or value
    return appointed, credentials, since, also


def _term_start(cell: str) -> str | None:
    found = dates_mod.find_dates(cell)
    if found:
        return found[0].value.split("/")[0]
    value = dates_mod.parse_date(cell)
    return value.split("/")[0] if value else None
