"""Events: visits, meetings, consultations, forums, summits, conferences and other dated happenings.

A sentence is cut into one segment per date it gives ("made a visit to Astana on 25–27 September 2003 and
came back on December 1–2, 2010 …" → two segments). Each segment with a trigger word (data/event_triggers.tsv)
is an event: its kind from the strongest trigger, its participants the people of the segment (the sentence's
subject carried into a segment that names nobody: "… and came back"), its place the city of the segment, else
of the sentence, else the state visited. A sentence with no date of its own that refers back ("during this
trip", "during the visit", "the same day") takes the last event's date and place. A dated meeting inside a
visit told just before (same paragraph, within its days) belongs to that visit. List items under a heading or
lead-in "Visits to X:" are visits to X. What has a type of its own (recognition, relations, appointments,
credentials, agreements) is not repeated as an event.

Happenings between the two states that are no meeting (kind "other": wars and clashes, troops or help sent and
withdrawn, recalls, cases filed and court rulings, embargoes and import bans, a border closed or reopened) count too,
except when told only in a clause that dates another ("when war broke out", "until …"), across a semicolon from
their date, or as a third state's act (the state right before the trigger, else the clause's subject).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from bilateral import gazetteer
from bilateral.document.model import Unit
from bilateral.extract import common
from bilateral.extract import dates as dates_mod
from bilateral.extract.base import Context, Fact
from bilateral.extract.dates import DateMatch, find_dates
from bilateral.extract.people import Person, find_people

# the order decides which kind a segment gets when several triggers stand in it
_PRIORITY = ("consultations", "visit", "summit", "conference", "forum", "meeting", "announcement", "other")


@lru_cache(maxsize=1)
def _triggers() -> list[tuple[re.Pattern[str], str]]:
    data = resources.files("bilateral.data").joinpath("event_triggers.tsv").read_text(encoding="utf-8")
    out = []
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, kind = line.split("\t")[:2]
        out.append((re.compile(rf"\b(?:{pattern.strip()})\b", re.I), kind.strip()))
    return out


@lru_cache(maxsize=1)
def _any_trigger() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _triggers()), re.I)


@lru_cache(maxsize=16)
def _kind_trigger(kind: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{rx.pattern})" for rx, k in _triggers() if k == kind) or r"(?!)", re.I)


# a happening told in a clause that only dates another ("the legation closed when war broke out in December 1941",
# "hours before Germany invaded Yugoslavia") is background, not a happening the article tells
_BACKGROUND = re.compile(r"\b(?:when|before|after|until|while|as)\b[^,;:]*$", re.I)


def _background_only(ctx: Context, part: str, kind: str) -> bool:
    """Every trigger of ``kind`` in ``part`` sits in a temporal subordinate clause, or has a state outside the pair
    (and none of the pair) as its subject ("In 1935 Italy invaded Ethiopia" in an Eritrea–Ethiopia article)."""
    found = list(_kind_trigger(kind).finditer(part))
    if not found:
        return False
    for m in found:
        lo = max(part.rfind(c, 0, m.start()) for c in ",;:") + 1
        before = part[lo : m.start()]
        if _BACKGROUND.search(before) and not _main_after_opener(ctx, before):
            continue
        if _SENT.match(m.group()) and _elsewhere(ctx, part[m.end() :]):
            continue  # "Ethiopia sent troops to fight in Korea" in an article on China and Ethiopia: a third state's
        # whose act: the state right before the trigger ("the American bombing campaigns", "Germany invaded"), else
        # the clause's subject, its first state ("Australia supported the United Kingdom and imposed sanctions") —
        # with the states coordinated with it ("Saudi Arabia, the United Arab Emirates and Bahrain recalled …")
        found_states = gazetteer.find_countries(before)
        if not found_states:
            orgs = gazetteer.find_organizations(before)
            if orgs and not any(re.search(r"Court|Tribunal|Arbitra", o.text) for o in orgs):
                # an organization's act ("In 1999 NATO bombed Yugoslavia" in an article on Greece and Serbia); a
                # court's ruling on the two is theirs
                continue
            return False
        adjacent = re.fullmatch(r"\s*(?:(?!(?:and|or|but|then)\b)[\w\-]+\s+)?", before[found_states[-1].end :])
        if adjacent:
            run = found_states[-1:]
            for a, b in zip(reversed(found_states[:-1]), reversed(found_states[1:]), strict=True):
                if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", before[a.end : b.start], re.I):
                    break
                run.append(a)
        else:
            run = found_states[:1]
            for a, b in itertools.pairwise(found_states):
                if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", before[a.end : b.start], re.I):
                    break
                run.append(b)
        if not any(common.in_pair(ctx, c.code) in (ctx.dyad or ()) for c in run):
            continue
        return False
    return True


# troops or help sent somewhere: whose happening it is depends on where they went
_SENT = re.compile(r"(?:sent|deployed|flew\s+in|moved|massed)\b", re.I)


def _elsewhere(ctx: Context, after: str) -> bool:
    """The clause after a sending names states, none of the pair: the troops or help went to a third state."""
    clause = re.split(r"[;:]|,\s*(?:and|but|while|when|which|where)\b", after, maxsplit=1)[0]
    # (a destination is what follows "to", "into" or "in": "alongside Australia and France" names fellow donors)
    states = [
        common.in_pair(ctx, c.code) for c in gazetteer.find_countries(clause) if _DESTINATION.search(clause, 0, c.start)
    ]
    if any(c in (ctx.dyad or ()) for c in states):
        return False
    return bool(states) or any(
        gazetteer.third_ambiguous(m.group(1)) for m in re.finditer(r"\b(?:to|into|in)\s+(?:the\s+)?(\w+)", clause)
    )


_DESTINATION = re.compile(r"\b(?:to|into|in)\s+(?:the\s+)?$")


def _main_after_opener(ctx: Context, before: str) -> bool:
    """An opening "After …" or "When …" clause left without its comma, then the main clause's subject, a state of the
    pair, right before the act: "After the tsunami of December 2004 Singapore sent relief teams to Aceh"."""
    if not re.match(r"\s*(?:after|when|following)\b", before, re.I):
        return False
    found = gazetteer.find_countries(before)
    return bool(
        found
        and re.fullmatch(r"\s*", before[found[-1].end :])
        and found[-1].kind != "demonym"  # (not "After the Turkish invasion of Cyprus": the opener's own act)
        and common.in_pair(ctx, found[-1].code) in (ctx.dyad or ())
    )


def _ends_then(part: str, kind: str, d: DateMatch, start: int) -> bool:
    """The date belongs to an "until" clause after every trigger: it tells when a state of things ended ("…
    occupied Iceland until American troops took over its defence in 1941"), not when the happening was; or it
    stands across a semicolon from every trigger."""
    found = list(_kind_trigger(kind).finditer(part))
    ds, de = d.start - start, d.end - start

    def apart(m: re.Match[str]) -> bool:
        # "… fought each other in the Second World War; both were founding members of APEC, set up in 1989": a
        # date across a semicolon dates another statement
        between = part[m.end() : ds] if m.end() <= ds else part[de : m.start()]
        return ";" in between or (m.end() <= ds and re.search(r"\b(?:until|till)\b", between) is not None)

    return bool(found) and all(apart(m) for m in found)


_MANY_TRIPS = re.compile(
    r"\b(?:several|many|numerous|frequent|repeated|regular|a\s+number\s+of)\s+(?:\w+\s+){0,2}(?:visits|journeys|trips)\b",
    re.I,
)
_ANNOUNCES_VISITS = re.compile(r"\b(?:visits|trips|exchanges|meetings)\b[^.]{0,60}:\s*$", re.I)
_TO_PLACE = re.compile(
    r"\b(?:reach(?:ed)?|visit(?:ed|ing)?|to|arrived\s+in|landed\s+in|toured|in)\s+(?:the\s+(?:city\s+of\s+)?)?$", re.I
)
_SIGNING = re.compile(
    r"\bsign(?:ed|s|ing)\b[^.;]*\b(?:agreements?|memorand\w+|MoU|treat(?:y|ies)|protocols?|declarations?|conventions?)\b",
    re.I,
)
_HEAD_AGREEMENT = re.compile(r"\b(?:agreements?|memorand\w+|MoU|treaty|protocol|declaration)\b[^.;]*\bsigned\b", re.I)
_BACKREF = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+"
    r"(?:this|that|the|his|her|their)\s+"
    # (the city may name it: "During his Doha stay"; or "During the same stay")
    r"(?:same\s+)?(?:(?-i:[A-Z])[\w\-]+\s+)?"
    # (not "during the visit of President NAME to Poland": a visit told there, with its visitor)
    r"(?:trip|visit|stay|tour)\b(?!\s+(?:of|by)\s+(?!(?:this|that|the\s+same)\b))"
    # (a name's: "signed during Boric's visit", not "during Oli's visit to Beijing in December 2024", a visit told
    # there)
    # (also with its year, a visit told before: "during Johnson Sirleaf's 2007 visit"; and with its place but no time:
    # "during Hammadi's visit to Prague")
    r"|\b(?:during|in\s+the\s+course\s+of)\s+(?-i:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})['’]s\s+(?:\d{4}\s+)?"
    r"(?:[a-z]+\s+)?(?:trip|visit|stay|tour)\b"
    r"(?!\s+(?:to|of|in|on|at)\b[^;.]{0,40}?\b(?:in|on)\s+(?:\d|(?-i:[A-Z])[a-z]+\s+\d))"
    r"|\bthe\s+same\s+day\b|\bat\s+the\s+(?:ceremony|reception|event)\b",
    re.I,
)
# the words of a diplomatic post (data/mission_kinds.tsv: "embassy", "consulate general", "trade house" …)
_POST = "(?:" + "|".join(gazetteer.mission_phrase_rx(p) for p, _ in gazetteer.mission_kinds()) + ")"
_NOT_EVENT = re.compile(
    r"\b(?:recogni[sz]\w+|credentials|letters?\s+of\s+credence|appointed|diplomatic\s+relations\s+were\s+established"
    rf"|established\s+diplomatic\s+relations|{_POST}\b[^.;]{{0,120}}\bopened"
    # what is said of a document: "negotiated in 2019", "is to be signed at the next session of the commission"
    r"|(?:negotiated|initialled)\s+(?:in|on|since)\b"
    # (or "… is to be concluded when the consultations next meet")
    r"|to\s+be\s+(?:signed|concluded)\s+when\s+[^.;]{1,60}?\bnext\s+(?:meets?|convenes?|sits?)\b"
    r"|to\s+be\s+(?:signed|concluded)\s+(?:at|during)\s+the\s+next\s+(?:[\w\-]+\s+){0,2}(?:session|meeting|round|visit)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w\-–]+\s+){0,4}?(?:commission|committee|council|talks|consultations))?)\b",
    re.I,
)


def _where_told(rx: re.Pattern[str], s: str, blank: bool = False) -> bool:
    """``rx`` is found in a stretch between semicolons that tells a happening (its kind read with ``rx``'s own words
    blanked when ``blank``), or in the sentence when no stretch does or it has one stretch."""
    if ";" not in s:
        return rx.search(s) is not None
    told = [p for p in s.split(";") if _kind(rx.sub(" ", p) if blank else p) is not None]
    return any(rx.search(p) for p in told) if told else rx.search(s) is not None


def _backref(s: str) -> bool:
    """The sentence names back a happening told before ("during this trip", "the same day") in a stretch between
    semicolons that tells one of its own, or has one stretch."""
    return _where_told(_BACKREF, s, blank=True)


def _not_event(s: str) -> bool:
    """What the sentence tells has a type of its own (a recognition, an appointment, relations established) — in
    the stretch between semicolons that tells a happening: "NAME flew to Dili for the ceremony …; Indonesia
    recognised East Timor the same day" is a visit."""
    return _where_told(_NOT_EVENT, s)


_AND = re.compile(r"\band\b")


def _habit_elsewhere(s: str, part: str, start: int, d: DateMatch, habit: re.Match[str], kind: str) -> bool:
    """The habit is told by another predicate, coordinated after the dated one that tells the happening: "made the
    first visit … to China in 1991 and returned several times" (not "came to power in 1991, and NAME visited
    China several times": there the habit's predicate is the visit)."""
    at = start + habit.start()
    conj = _AND.search(s, d.end, at) if at > d.end else None
    trigger = _kind_trigger(kind).search(part)
    return conj is not None and trigger is not None and start + trigger.start() < conj.start()


# (a post that "would be opened" is what an announcement tells, not the post's own opening)
_OPENED = re.compile(
    r"\b(?:embassy|consulate|mission|office)\b[^.;]{0,120}"
    r"\b(?:(?<!would\sbe\s)(?<!will\sbe\s)(?<!to\sbe\s)opened|was\s+inaugurated)\b",
    re.I,
)
_WHEN_THEN = re.compile(r",?\s+when\s+")
# "several times" over the list of those times is no habit: "have visited India several times: NAME in 2002, …"
_LISTED_TIMES = re.compile(
    r"\b(?:several|many|numerous)\s+times\s*(?=:|,\s*(?:including|among\s+them|notably|most\s+recently)\b)", re.I
)
_ONE_OF_THEM = re.compile(
    r"\b(?:its|their|the)\s+(?:\w+\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|\d+(?:st|nd|rd|th))\s+(?:meeting|session|round)\b[^.;]{0,40}\b"
    r"(?:(?:was|were)\s+held|took\s+place|(?:was|were)\s+convened)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:to\s+be\s+held|will\s+be\s+held|will\s+take\s+place|is\s+scheduled|are\s+scheduled)\b"
    # a habit is no dated happening: "the committee has met annually since 2015"
    r"|\b(?:annually|every\s+year|each\s+year|every\s+two\s+years|twice\s+a\s+year|regularly|biennially"
    r"|several\s+times|many\s+times|repeatedly|on\s+several\s+occasions)\b",
    re.I,
)
# "Visits to Latvia:", "High-level visits from Mexico to Turkey": the list under it are visits to that place
_LEAD_IN = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,2}?visits?\s+(?:from\s+(?P<origin>.+?)\s+)?(?:to|in)\s+(?P<place>.+?)\s*:?\s*$", re.I
)
_OCCASION = re.compile(
    r"\b(?:to\s+attend|to\s+participate(?:\s+in)?|to\s+take\s+part\s+in|for|at|during|on\s+the\s+sidelines\s+of)\s+"
    r"(?:the\s+)?(?P<occ>(?:[A-Z0-9][\w\-–']*\s*(?:of\s+(?:the\s+)?|on\s+|for\s+|in\s+|and\s+)?){1,12}"
    # a proper name's lower-case head: "the G20 summit", "the NATO summit"
    r"(?:(?<=\s)(?:summit|session|meeting|forum|conference|assembly|talks)\b)?)"
    # "on the occasion of 100 years of diplomatic relations"
    r"|\bon\s+the\s+occasion\s+of\s+(?:the\s+)?(?P<occasion>[^,;.()]{3,80})",
)


def _occasion_name(occ: str) -> str:
    """The occasion without the place and date that follow its name: "OSCE Summit on 1 December 2010" is the
    "OSCE Summit", "UN General Assembly in New York in September 2019" the "UN General Assembly"."""

    def starts_with_place(text: str) -> bool:
        found = gazetteer.find_cities(text[:40]) + gazetteer.find_countries(text[:40])
        return any(f.start == 0 for f in found)

    for m in re.finditer(r"\s+(?:on|in)\s+", occ):
        rest = occ[m.end() :]
        if find_dates(m.group().strip() + " " + rest) or starts_with_place(rest):
            return occ[: m.start()]
    return occ


@dataclass
class _Event:
    kind: str
    date: str | None
    city: str | None
    country: str | None
    participants: list[dict[str, Any]]
    occasion: str | None
    units: list[Unit]
    block: int
    summary: str
    extra: list[str] = field(default_factory=list)
    # (the happening this one is told as some days after, the days, counted from its first day: "after his arrival")
    days_after: tuple[_Event, int, bool] | None = None

    def fact(self) -> Fact:
        location = None if self.city is None and self.country is None else {"city": self.city, "country": self.country}
        return Fact(
            "event",
            {
                "kind": self.kind,
                "date": self.date,
                "location": location,
                "participants": self.participants,
                "occasion": self.occasion,
                "summary": self.summary,
            },
            self.units,
            0.75,
        )


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    events: list[_Event] = []
    lead_in: dict[int, tuple[str | None, str | None]] = {}  # block -> (place visited, visitors' state)
    announced: set[int] = set()  # list blocks a sentence announces as visits
    previous: dict[int, Unit] = {}  # block -> the sentence before, for "he" and "for the ceremony"
    for unit in ctx.doc.units:
        if unit.kind not in ("sentence", "item"):
            continue
        s = common.text(ctx, unit)
        m = _LEAD_IN.match(s)
        if m and unit.kind == "sentence":
            origin = common.first_country(m.group("origin")) if m.group("origin") else None
            lead_in[unit.block + 1] = (common.first_country(m.group("place")), origin)
            continue
        if unit.kind == "sentence" and _ANNOUNCES_VISITS.search(s):
            announced.add(unit.block + 1)  # "Other high-level visits include:" over a list
            continue
        if unit.kind == "item":
            place, origin = lead_in.get(unit.block, (None, None))
            heading = _LEAD_IN.match(unit.section) if place is None else None
            if heading is not None:
                # a heading over the list says it: "Visits from Ethiopia to China"
                place = common.first_country(heading.group("place"))
                origin = common.first_country(heading.group("origin")) if heading.group("origin") else None
            if place is None and not re.search(r"visit", unit.section, re.I) and unit.block not in announced:
                continue
            # an item that is a whole sentence ("In 1987, Prime Minister NAME paid an official visit to Canada.")
            # is read as one; a bare "- Foreign Minister NAME (2010, 2013)" takes the heading's lead-in
            told = _from_sentence(ctx, unit, s, events, previous.get(unit.block)) if place is None else []
            events.extend(told or _from_item(ctx, unit, s, place, origin))
            continue
        found = _from_sentence(ctx, unit, s, events, previous.get(unit.block))
        told = (
            [e for e in events if e.block == unit.block and any(p["name"] for p in e.participants)]
            if _THE_TWO_MET.search(s)
            else []
        )
        if told:
            # "NAME flew to Yaoundé … and met NAME2. On the sidelines of the CEMAC summit the two presidents met
            # again": the two of the happening told before
            for ev in found:
                if not any(p["name"] for p in ev.participants) and ev.kind == "meeting":
                    ev.participants = [p for p in told[-1].participants if p["name"]]
        events.extend(found)
        previous[unit.block] = unit
    for table in ctx.doc.tables:
        events.extend(_from_table(ctx, table))
    facts = {id(e): e.fact() for e in events}
    for e in events:
        if e.days_after is not None and id(e.days_after[0]) in facts:
            facts[id(e)].days_after = (facts[id(e.days_after[0])], e.days_after[1], e.days_after[2])
    return list(facts.values())


_DATE_HEAD = re.compile(r"\b(?:dates?|years?|when|period)\b", re.I)
_WHO_HEAD = re.compile(
    r"\b(?:visitors?|guests?|persons?|officials?|delegations?|leaders?|names?|who|heads?|participants?)\b", re.I
)
# a table of happenings says so in its caption, heading or header: visits, or meetings of the leaders
_TABLE_OF = re.compile(r"\b(?:visit|meeting|talks|summit|retreat|sessions)", re.I)
_PLACE_HEAD = re.compile(r"\b(?:places?|cit(?:y|ies)|locations?|venues?|where|destinations?)\b", re.I)


def _from_table(ctx: Context, table: Any) -> list[_Event]:
    """A table of visits: a date column, a visitor column and maybe a place column; one visit per row."""
    if table.header is None:
        return []
    heads = [ctx.doc.plain_of(c).strip() for c in table.header.cells]
    date_col = next((i for i, h in enumerate(heads) if _DATE_HEAD.search(h)), None)
    who_col = next((i for i, h in enumerate(heads) if _WHO_HEAD.search(h) and i != date_col), None)
    place_col = next((i for i, h in enumerate(heads) if _PLACE_HEAD.search(h) and i not in (date_col, who_col)), None)
    no_people_head = who_col is None  # (no column headed as people's: one may tell the happening, "Date | Event")
    if who_col is None and date_col is not None:
        # "Date | Visit | Place": the column whose cells name people in most rows
        for i in range(len(heads)):
            if i in (date_col, place_col):
                continue
            cells = [ctx.doc.plain_of(r.cells[i]) for r in table.rows if i < len(r.cells)]
            named = sum(1 for c in cells if any(p.name for p in find_people(c)))
            if cells and named * 2 >= len(cells):
                who_col = i
                break
        else:
            # "Date | Contact | Place", "Session | Date | Place": the first other column tells the happening
            who_col = next((i for i in range(len(heads)) if i not in (date_col, place_col)), None)
    caption = ctx.doc.plain_of(table.caption) if table.caption else ""
    # a table of people with dates is a table of visits only where it says so (not a list of envoys)
    said = " ".join([caption, table.header.unit.section or "", *heads])
    told = _TABLE_OF.search(said)
    if date_col is None or who_col is None or told is None:
        return []
    default = "visit" if told.group().lower() == "visit" else "meeting"
    # (a table of a body's sittings: "Joint committee sessions" — each row a meeting, whoever attended)
    sittings = re.search(r"\bsessions\b", said, re.I) is not None
    out = []
    for row in table.rows:
        cells = [ctx.doc.plain_of(c).strip() for c in row.cells]
        if max(date_col, who_col) >= len(cells):
            continue
        from bilateral.extract import dates as dates_mod

        date = dates_mod.parse_date(cells[date_col])
        people = [p for p in find_people(cells[who_col]) if p.name]
        body = _BODY_MEETS.search(cells[who_col])
        if body:
            # a body that meets, not a person: "Foreign Office Consultations", "Maritime dialogue" (a capitalized word
            # alone there names no one)
            people = [p for p in people if " " in p.name]
        gathers = body or _GATHERING.search(cells[who_col])
        told_kind = None
        if no_people_head or not people:
            # the row tells the happening itself: "Foreign ministers NAME and NAME2 meet in Asunción", or a body's
            # meeting that names no one ("Political consultations (deputy ministers)", "Joint commission, eighth
            # session")
            told_kind = _kind(" ; ".join(c for i, c in enumerate(cells) if i not in (date_col, place_col)))
        if (no_people_head or not people) and told_kind is None and gathers:
            # a body or a state's delegation that names no trigger: "Joint Trade Committee" meets, "Georgian business
            # mission" visits (not a "Business delegation" of no state named)
            sent = re.search(r"\b(?:missions?|delegations?)\b", cells[who_col], re.I)
            whose = any(c.code in ctx.dyad for c in gazetteer.find_countries(cells[who_col]))
            told_kind = ("visit" if whose else None) if sent else "meeting"
        tells = told_kind is not None
        if (
            not people
            and not (told_kind in ("consultations", "meeting", "visit") and gathers)
            # (a gathering named in the row: "Vietnam–Uruguay Business Forum")
            and told_kind not in ("forum", "conference", "summit")
            and not sittings
        ):
            continue
        if date is None:
            continue
        # the names as the article resolves them ("Lula" after "Luiz Inácio Lula da Silva")
        plain = ctx.doc.plain_of(row.unit)
        at = plain.find(cells[who_col])
        if at != -1:
            resolved = [p for p in common.people(ctx, row.unit) if p.name and at <= p.start < at + len(cells[who_col])]
            if len(resolved) == len(people):
                # (a one-word name only: a cell's full name stays as written)
                people = [
                    replace(p, name=r.name) if p.name and " " not in p.name else p
                    for p, r in zip(people, resolved, strict=True)
                ]
        city = country = None
        if place_col is not None and place_col < len(cells):
            found = gazetteer.find_cities(cells[place_col])
            if not found:
                # a smaller town of one of the pair ("Tulcán", "Pasto")
                found = common.pair_cities(ctx, cells[place_col])
            if found:
                # (of several places, the capital of the state visited: "Shanghai, Beijing")
                best = _capital_of_first(found)
                city, country = common.written(best), best.code
            elif re.fullmatch(r"[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2}", cells[place_col]):
                # a town the tables lack, alone in the place column ("Lidice"): the place, and no person
                city = cells[place_col]
                people = [p for p in people if p.name != city]
            else:
                country = common.first_country(cells[place_col])
        else:
            # no place column: a city of the pair in the notes ("Official visit to Maputo")
            # (a row that tells the happening names its place there, a third state's too: "… meet in Asunción",
            # "Joint commission, eighth session, Taipei")
            rest_cells = " ; ".join(c for i, c in enumerate(cells) if i != date_col and (tells or i != who_col))
            near = common.pair_cities(ctx, rest_cells)
            if not near and tells:
                near = [
                    m for m in gazetteer.find_cities(rest_cells) if re.search(r"\b(?:in|at)\s+$", rest_cells[: m.start])
                ]
            if near:
                first = min(near, key=lambda m: m.start)
                city, country = common.written(first), first.code
        summary = " ".join(" ".join(cells).split())[:160]
        participants = _participants(people)
        # the notes may name the kind ("Introductory visit", "10th Leaders' Retreat") and whom the visitor met
        rest = " ".join(c for i, c in enumerate(cells) if i not in (date_col, who_col, place_col))
        named = told_kind if told_kind in _ROW_KINDS else None
        kind = _row_kind(rest) or named or default
        if re.search(r"\bmet\b|\btalks\s+with\b", rest):
            met = _participants([p for p in find_people(rest) if p.name])
            participants += [p for p in met if p not in participants]
        out.append(_Event(kind, date, city, country, participants, None, [row.unit], row.unit.block, summary))
    return out


# a body whose sittings a table lists by its name alone ("Maritime dialogue", "Joint working group on seafarers")
_BODY_MEETS = re.compile(r"\b(?:consult\w*|dialogue|working\s+group|commission|committee|council|session)\b", re.I)
_ROW_KINDS = frozenset({"consultations", "meeting", "summit", "forum", "conference", "visit"})


def _row_kind(notes: str) -> str | None:
    """The kind a table row's notes name: a visit, a summit or retreat of the leaders, a meeting."""
    if re.search(r"\bvisit\b", notes, re.I):
        return "visit"
    if re.search(r"\b(?:summit|retreat)\b", notes, re.I):
        return "summit"
    return None


@lru_cache(maxsize=1)
def _landmarks() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern over every landmark of data/landmarks.tsv (longest first), and landmark -> (city, country)."""
    rows = gazetteer.read_table("landmarks.tsv")
    places = {r["landmark"]: (r["city"], r["country"]) for r in rows}
    names = sorted(places, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), places


_DOCUMENT_OF = re.compile(
    r"\b(?:protocol|minutes|memorandum|communiqué|declaration)\s+of\s+the\s+[^,;.]{0,40}?\b(?:meeting|session|talks)\b"
    # a document about the happening's kind: "a memorandum of understanding on political consultations"
    r"|\b(?:memorandum|agreement|protocol|treaty|convention|declaration)(?:\s+of\s+understanding)?\s+(?:on|for|about)"
    # (its subject within the title: not "an agreement on defence cooperation in 2016 during the visit of …")
    r"\s+(?:(?!\b(?:during|at|in\s+\d|when|while|on\s+the\s+occasion)\b)[^,;.]){0,60}?"
    r"\b(?:consultations|visits?|meetings?|talks|summits?)\b",
    re.I,
)
_AS_ENVOY = re.compile(
    r"\bas\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:first\s+|new\s+)?(?:[\w\-]+\s+){0,3}(?:envoy|ambassador|chargé|consul)\b",
    re.I,
)
_ARRIVAL = re.compile(r"\b(?:arrived|came)\s+(?:in|to|at)\b|\breached\b", re.I)
# an envoy arriving to take up the post: "Chile's ambassador, NAME, arrived in Oslo in 2019", "Soto's successor,
# NAME, arrived in Oslo … and presented her credentials …"
_ENVOY_ARRIVES = re.compile(
    r"\b(?:ambassador|envoy|chargé\s+d'affaires|high\s+commissioner|successor|predecessor)\s*,?\s*[A-Z][^,;]{1,60},\s*"
    r"(?:who\s+had\s+)?(?:(?:arrived|came)\s+(?:in|to|at)\b|reached\b)"
    # "NAME, named Norway's ambassador in October 1991, reached Chile only in December"
    r"|\b[A-Z][^,;]{1,60},\s*(?:named|appointed|nominated)\s+[^,;]{0,60}?\b(?:ambassador|envoy|minister|consul)\b"
    r"[^,;]{0,40},\s*(?:\w+\s+){0,2}?(?:(?:arrived|came)\s+(?:in|to|at)\b|reached\b)"
    r"|\b(?:arrived|came)\s+(?:in|to|at)\b[^.;]{1,80}\band\s+presented\s+(?:his|her|their)\s+credentials\b"
)
# credentials received are no meeting: "President NAME received her credentials that December"
_CREDENTIALS_RECEIVED = re.compile(
    r"\b(?:received|accepted)\s+(?:his|her|their|the)\s+(?:credentials|letters\s+of\s+credence)\b", re.I
)


_AT_THE_CEREMONY = re.compile(r"\b(?:at|during)\s+the\s+ceremony\b(?!\s+(?:of|in|at|on)\b)", re.I)
# the summit, the forum … named back, in a sentence that tells no happening of its own: "During the 2010 summit the
# two countries signed a memorandum" (not "At the summit NAME was greeted by NAME": a meeting there)
_AT_THE_SUMMIT = re.compile(
    r"\b(?:at|during)\s+the\s+(?:\d{4}\s+)?(?:summit|forum|conference)\b"
    r"(?!\s+(?:of|in|at|on|with|between|held|hosted|organi[sz]ed|convened)\b)",
    re.I,
)
_THE_TWO_MET = re.compile(
    r"\b[Tt]he\s+two(?:\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|(?:prime|foreign)\s+ministers"
    r"|ministers|men|women))?\s+(?:\w+\s+)?(?:met|held\s+talks|talked|spoke)\b"
)
# a gathering of many, named, as the setting of a meeting: "at the CEMAC summit in Malabo", "on the sidelines of the
# UN General Assembly" (not "at the summit" alone: the one told before, where a meeting is part of it)
_SETTING = re.compile(
    r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+(?:[\w\-–]+\s+){1,4}?"
    r"(?:summit|conference|forum|general\s+assembly|meeting\s+of\s+(?:the\s+)?[\w\s]{0,40}?leaders)\b",
    re.I,
)
_THE_FORUM = re.compile(r"\bthe\s+(?:Forum|Summit)\b(?!\s+(?:of|on|for)\s+(?:the\s+)?[A-Z])")


@lru_cache(maxsize=4096)
def _kind(s: str) -> str | None:
    # (cached: the same sentence and stretches are asked about by several rules)
    written = s  # (the masks below keep every offset)
    # a trigger inside an organization's name is no happening ("the East Asia Summit", "the Nordic Council")
    for org in gazetteer.find_organizations(s):
        # (with the generic noun some write after it: "the Asia-Pacific Economic Cooperation forum")
        tail = re.match(r"\s+(?:forum|group|grouping|organi[sz]ation|bloc)\b", s[org.end :], re.I)
        end = org.end + (tail.end() if tail else 0)
        s = s[: org.start] + " " * (end - org.start) + s[end:]
    # "the Forum", capitalized alone, is an organization named before ("Fiji was suspended from the Forum")
    s = _THE_FORUM.sub(lambda m: " " * len(m.group()), s)
    # nor the ceremony another sentence told, named back to date this one ("a message … read out at the ceremony")
    s = _AT_THE_CEREMONY.sub(lambda m: " " * len(m.group()), s)
    # nor one inside a document's title ("signed the protocol of the second meeting of the joint commission"), nor
    # an envoy taking up his post ("arrived in Kabul in 1919 as the first envoy")
    s = _DOCUMENT_OF.sub(lambda m: " " * len(m.group()), s)
    if _AS_ENVOY.search(s) or _ENVOY_ARRIVES.search(s):
        s = _ARRIVAL.sub(lambda m: " " * len(m.group()), s)
    s = _CREDENTIALS_RECEIVED.sub(lambda m: " " * len(m.group()), s)
    if not _any_trigger().search(s):
        return None  # most sentences: one search instead of one per trigger row
    if _AT_THE_SUMMIT.search(s) and not _any_trigger().search(_AT_THE_SUMMIT.sub(lambda m: " " * len(m.group()), s)):
        return None
    setting = _SETTING.search(written)
    unset = s[: setting.start()] + " " * len(setting.group()) + s[setting.end() :] if setting else ""
    if setting and _kind_trigger("meeting").search(unset):
        # "At the G77 summit in Havana on 15 September 2023, NAME met NAME2", "The two met again at the CSCE summit
        # in Paris": two people meeting on the sidelines of a gathering of many, which is only the setting
        return "meeting"
    for k in _PRIORITY:
        if _kind_trigger(k).search(s):
            return k  # the first kind, in order of priority, whose triggers the sentence has
    return None


def _participants(ps: list[Person]) -> list[dict[str, Any]]:
    out = []
    seen = set()
    seats = _landmarks()[1]
    for p in ps:
        if p.name in seats:
            continue  # "received … at La Moneda": a seat, not a person
        key = (p.name, p.role, p.country) if p.name is None else p.name
        if key in seen:
            continue
        seen.add(key)
        out.append({"name": p.name, "role": p.role, "country": p.country})
    return out


# the next of a series told before in the sentence, its noun left out
_NEXT_ONE = re.compile(
    # (or "and a second followed in Dublin the next year", "another took place in …")
    r"\W*(?:and\s+)?(?:(?:(?:the|its|a)\s+(?:next|following|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
    r"|another)(?:\s+(?:one|round|session|meeting))?\s+(?:was\s+held|took\s+place|followed|met)\b"
    r"|for\s+(?:its|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last)\s+in\b)",
    re.I,
)
# (a post told as announced is the mission fact, planned: "an embassy in Mexico City was announced in 2022"; a
# government that announced it would open one made an announcement)
_ANNOUNCED_FACT = re.compile(
    r"\b(?:sign|agreement|memorandum|treaty|MoU)\b"
    rf"|\b{_POST}\b[^.;]{{0,60}}?"
    r"\b(?:(?:was|were|has\s+been|had\s+been)\s+announced"
    # (or a relative clause of the post: "The embassy in Chișinău, which Japan had announced in 2015, …")
    r"|,\s+which\s+(?:[\w\-]+\s+){1,3}?(?:had\s+|has\s+)?announced)\b",
    re.I,
)
_ANNOUNCED_THAT = re.compile(r"\b(?:announced|declared|said)\s+(?:that|it\s+would|plans)\b", re.I)
_RELATIONS_WORD = re.compile(r"\brelations\b", re.I)
_MONTH_NAMES = "|".join(dates_mod.month_names())
_HELD_AT = re.compile(
    r"\b(?:held|inaugurated|opened)\s+(?:at|in)\s+([A-Z][\w\-]{1,30}(?:\s+[A-Z][\w\-]{1,30}){0,2})(?=\s+(?:on|in|from)\b|[,;.]|$)"
    # the town two leaders met in or a work was opened or unveiled at ("met in Szécsény on 10 September 2009", "met
    # again on the island of Brijuni", "opened the gas interconnector at Strachocina"), a place the tables lack
    r"|\b(?:(?:met|meet|meets)\s+(?:again\s+|later\s+)?|(?:opened|unveiled|inaugurated)\s+(?:the\s+|an?\s+)"
    r"(?:[\w\-–]+\s+){0,5}?)(?:in|at|on\s+the\s+islands?\s+of)\s+(?!(?:" + _MONTH_NAMES + r")\b)"
    r"([A-Z][\w\-]{2,30}(?:\s+[A-Z][\w\-]{1,30})?)(?=\s+(?:on|in|and|to|for|during)\b|[,;.]|$)"
    # the place of a work told in its subject ("The new campus … in Limonade, built with …, was inaugurated on …")
    r"|\bin\s+([A-Z][\w\-]{1,30}(?:\s+[A-Z][\w\-]{1,30}){0,2})(?=[,\s])[^.;]{0,60}?\b(?:was|were)\s+(?:inaugurated|opened)\b"
)
_ATTRIBUTIVE_YEAR = re.compile(
    r"\s+(?:[a-z\-]+\s+){0,2}(?:convention|treaty|agreement|accord|protocol|pact|constitution|law|act|border|boundary|line"
    r"|award|ruling|judgment|judgement"
    r"|war|coup|election|elections|referendum|revolution|uprising|earthquake|tsunami)\b"
)
_OWN_VISIT = re.compile(r"\bduring\s+(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:visit|trip)\s+(?:in|on)\s", re.I)
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+$")
_RELATIONS_WITH = re.compile(r"\b(?:relations|ties)\s+with\s+(?:the\s+)?$", re.I)
_STRONG_BOUNDARY = re.compile(r";|:\s|,\s+(?:and|but|while|when|where|whereas)\s+|,\s+")
_BOUNDARY = re.compile(r"\s+and\s+|;|,\s+")
_COMPARE = re.compile(
    r"(?:\bfor|\bthan|\bagainst|\bup\s+from|\bdown\s+from|\bcompared\s+(?:with|to))\s+(?:the\s+)?$", re.I
)
_AND_VERB = re.compile(
    r"\s+and\s+(?:then\s+|later\s+|also\s+)?(?=(?:\w+ed|took|met|held|made|paid|went|came|gave|signed|saw|led|began)\b)",
    re.I,
)
_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|will|would|\w+ed)\b", re.I)


def _one_visit_months(s: str, dates: list[DateMatch]) -> list[DateMatch]:
    """ "during a visit to Indonesia in February and March 1959": one visit over two months is one period."""
    out: list[DateMatch] = []
    for d in dates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.value) == len(d.value) == 7
            and prev.value[:4] == d.value[:4]
            and re.fullmatch(r"\s+(?:and|to|until)\s+", s[prev.end : d.start])
            and re.search(r"\b(?:a|an|his|her|their|the)\s+(?:[\w\-]+\s+){0,2}visit\s+[^.;]{0,60}$", s[: prev.start])
        ):
            out[-1] = DateMatch(prev.start, d.end, f"{prev.value}/{d.value}", "interval", s[prev.start : d.end])
            continue
        out.append(d)
    return out


_FRONTED = re.compile(r"[\s,;]*(?:(?:and|but|then)\s+)?(?:(?:in|on|at|from|since|by|during)\s+)?(?:the\s+)?", re.I)
_FRONTED_LIST = re.compile(r"\W*(?:(?:in|on)\s+)?#\s*,?\s*(?:and|as\s+well\s+as)(?:\s+(?:again|later|also))?\s*", re.I)
_SUBORDINATOR = re.compile(r"\s+(?:until|when|while|after|before|whereupon)\s+", re.I)


_FRONTS = re.compile(r"\s*(?:(?:and|but|then)\s+)?(?:(?:on|in)\s+)?")


def _segments(s: str, dates: list[DateMatch]) -> list[tuple[int, int, DateMatch]]:
    """One stretch of the sentence per date, cut at the first clause boundary after each date."""
    cuts = [0]
    for d, nxt in itertools.pairwise(dates):
        m = _STRONG_BOUNDARY.search(s, d.end, nxt.start) or _BOUNDARY.search(s, d.end, nxt.start)
        if m is not None and m.start() == d.end and _FRONTED.fullmatch(s, cuts[-1], d.start):
            # "In 1999, Mandela visited Kenya, and in 2004 …": the comma after a fronted date closes the adverbial,
            # not the happening; the stretch runs to the next boundary
            m = _STRONG_BOUNDARY.search(s, m.end(), nxt.start) or _BOUNDARY.search(s, m.end(), nxt.start)
        # "a clash on 30 September 1992 strained relations until the two governments agreed in December 1992":
        # a subordinate clause between the dates starts the next stretch
        m = m or _SUBORDINATOR.search(s, d.end, nxt.start)
        fronts = [b for b in _STRONG_BOUNDARY.finditer(s, d.end, nxt.start) if _FRONTS.fullmatch(s, b.end(), nxt.start)]
        if fronts and m is not None and m.start() < fronts[-1].start():
            # "… visited Buenos Aires late in 2018 and met NAME at the Casa Rosada; the next day she opened …": the
            # clause the next date opens starts the next stretch, and what comes before it stays with this one
            m = fronts[-1]
        # "… in November 2016 and took leave of …, NAME, … in April 2021": a new verb after "and" starts the
        # next happening, before any comma inside it
        verb = _AND_VERB.search(s, d.end, nxt.start)
        if verb and (m is None or verb.start() < m.start()) and not fronts:
            m = verb
        if m is None:
            # no boundary: the next stretch starts with its date's preposition ("… legislation on 8 October 2008")
            prep = re.search(r"\s+(?:on|in|at|from|since|by)\s+$", s[d.end : nxt.start], re.I)
            cuts.append(d.end + prep.start() if prep else nxt.start)
            continue
        cuts.append(m.start())
    cuts.append(len(s))
    return [(cuts[i], cuts[i + 1], d) for i, d in enumerate(dates)]


_MEMBERS_GATHERING = re.compile(
    r"\b(?:host\s+of\s+the|joined\s+[^,;]{2,60}?\s+at\s+(?:its|the)|founders?\s+of|founding\s+members?\s+of)\b", re.I
)
# travel on from a stop of the visit ("went on to Gulu", "flew on to Lichinga", "travelled south to Taraclia")
_ONWARD = re.compile(
    r"\b(?:went|travell?ed|flew|moved|continued|drove|pressed)\s+(?:on|onwards?|north|south|east|west"
    r"|(?:north|south)-?(?:east|west))\s+to\b",
    re.I,
)
_PAIR_OFFICIALS = re.compile(
    r"\bthe\s+(?:two\s+)?(?:foreign\s+ministers|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)"
    r"|leaders|speakers|defen[cs]e\s+ministers)\b",
    re.I,
)
# roles of the unnamed groups people.py reads ("Spanish diplomats", "Latvian parliamentarians")
_GROUP_ROLES = frozenset({"diplomat", "official", "member_of_parliament"})


def _coordinated(part: str, d: DateMatch, start: int) -> bool:
    """ "and in March 2002", "and NAME on 9 January 2024", "and in Riga in November 2023, when …":
    a stretch with no verb of its own before its date that adds a date, a place or a person to the happening
    before it."""
    after = re.split(r",", part[d.end - start :], maxsplit=1)[0]
    # (its purpose may follow: "… and again in February and April 1972 to press for more weapons")
    after = re.sub(r"\s+(?:in\s+order\s+)?to\s+[a-z]+\b.*$", "", after)
    rest = " ".join((part[: d.start - start] + " " + after).strip(" ,.;").split())
    return bool(
        re.fullmatch(
            # the bare date of a list ("in 1995, 2005 and 2012") coordinates too
            r"(?:(?:and|as\s+well\s+as|then)(?:\s+(?:again|later|also|once\s+more))?)?"
            # ("…, and a second round followed in Kyiv seven years later")
            r"(?:\s*(?:a|the)\s+(?:second|third|fourth|fifth|next|further|another)\s+(?:round|session|meeting)\s+"
            r"(?:followed|was\s+held|took\s+place)"
            # (the gathering's noun gapped: "… in Oslo in 2016 and the second in Santiago in 2019", "its seventh
            # session in Oslo in 2018 and its eighth in Santiago in 2022")
            r"|\s*(?:(?:held|hosted)\s+)?(?:the|its|their|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|next|last|latest|\d{1,2}(?:st|nd|rd|th))(?:\s+(?:one|round|session|meeting))?"
            r"|\s*another(?:\s+(?:one|round|session|meeting))?)?"
            # ("… in Tunis in 2014 and again there three years later": the same place)
            r"(?:\s*\b(?:in|on|at|from|the|there|[A-Z][\w\-'’.]*))*",
            rest,
        )
    )


# (closed by a comma, or closing the sentence: "…, the month after the Santiago round.")
_TIME_ASIDE = re.compile(
    r"\b(?:after|before|following|ahead\s+of|on\s+the\s+eve\s+of)\s+the\s+[^,;]{3,80}(?=,|\.?\s*$)", re.I
)
# (after a fronted place or date too: "On 18 July 1972 he announced …")
# (or a fronted time counted from the visitor's arrival: "Two days after his arrival he …")
_PRONOUN = re.compile(
    r"^(?:(?:In|At|From|On)\s+(?:[A-Z]|\d)[\w\-'’. ]{1,40},?\s+|(?:Later|Then|There),?\s+"
    r"|[\w\-]+\s+days?\s+after\s+(?:his|her|their)\s+arrival,?\s+"
    # ("Two days later she spoke to business leaders in São Paulo", "The next day he flew on to …")
    r"|(?:[\w\-]+\s+days?\s+later|the\s+(?:next|following)\s+day),?\s+"
    # ("During the same stay he met …", "During his Doha stay she …")
    r"|During\s+(?:the|this|that|his|her)\s+(?:same\s+)?(?:[A-Z][\w\-]+\s+)?(?:stay|visit|trip|tour),?\s+)?"
    r"(?:he|she)\b",
    re.I,
)
_DELEGATION = re.compile(r"\bdelegations?\b[^.]*\b(?:led|headed)\b", re.I)
# a body's meeting that needs no named participant ("the fifth binational cabinet was held in Lima")
_GATHERING = re.compile(
    r"\b(?:delegations?|consult\w*|commission|session|council|committee|working\s+group|round|talks|cabinet"
    # (a delegation called a mission by what it is for: "A Japanese economic mission visited Muscat")
    r"|(?:business|economic|trade|commercial|investment|parliamentary|goodwill|friendship|cultural|technical)\s+missions?)"
    r"\b",
    re.I,
)
_DENIED = re.compile(
    r"\b(?:has|have|had|did|does|do)\s+(?:not|never)\s+(?:yet\s+)?(?:visited|visit|met|meet|been|travell?ed|come)\b"
    r"|\bnever\s+(?:visited|met|travell?ed|came|made\s+the\s+(?:trip|journey|visit))\b"
    # "King Harald V has made no official visit to Chile", "paid no state visit"
    r"|\b(?:made|paid|make|pay)\s+no\s+(?:[\w\-]+\s+){0,2}?(?:visits?|trips?)\b"
    # no one of a kind did it: "no Yugoslav head of state went to Zambia", "No Greek minister has come since"
    r"|\bno\s+(?:[\w\-]+\s+){0,2}?(?:head\s+of\s+(?:state|government)|president|prime\s+minister|minister|leader"
    r"|monarch|king|queen|official|delegation)s?\s+(?:\w+\s+){0,3}?"
    r"(?:visited|went|came|come|travell?ed|made\s+the\s+(?:trip|journey))\b",
    re.I,
)
# a happening that did not happen: "… but did not take place", "was postponed", "has not yet made a state visit"
_CALLED_OFF = re.compile(
    r"\b(?:did\s+not\s+take|never\s+took|(?:has|have|had)\s+never\s+taken)\s+place\b|\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:postponed"
    r"|cancell?ed|called\s+off|put\s+off)\b|\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:made|paid|taken\s+place)\b"
    # "… but cancelled the trip", "did not attend the forum", "neither recalled its ambassador nor …"
    r"|\bcancell?ed\s+(?:the|his|her|its|their)\s+(?:trip|visit|journey|attendance|participation)\b"
    r"|\b(?:did|does|do)\s+not\s+attend\b|\bneither\b[^.;]{0,60}\bnor\b"
    # "was invited to Finland in 2024, but the visit has not been scheduled"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:scheduled|arranged|fixed|set)\b"
    # "considered closing the embassy … but decided against it", "… but the plan was shelved"
    r"|\bdecided\s+against\b|\b(?:plans?|idea|project|proposal)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:later\s+)?(?:shelved|abandoned|dropped|given\s+up)\b",
    re.I,
)
# (or travelled the other way: "… was received by President NAME, who travelled to Doha the following year")
_RETURNED_BY = re.compile(
    r",\s+who\s+(?:later\s+|in\s+turn\s+)?(?:returned\s+the\s+visit|paid\s+a\s+return\s+visit"
    r"|(?:travell?ed|went|came|flew)\s+to|visited)\b",
    re.I,
)
_FOLLOWED_SUIT = re.compile(r"\bfollowed\s+suit\b|\bdid\s+the\s+same\b", re.I)
_FOR_OCCASION = re.compile(r"\bfor\s+the\s+(?:ceremony|signing|occasion|celebrations?)\b", re.I)


def _antecedent(ctx: Context, before: Unit | None) -> Person | None:
    """The person "he"/"she" stands for: the first person the sentence before names — or, when that sentence
    begins with "he"/"she" too, whom that one stands for ("NAME paid a state visit … She and Xi raised relations
    … In September 2024 she returned to Beijing")."""
    for _ in range(3):
        if before is None:
            return None
        people = [p for p in common.people(ctx, before) if p.name]
        pronoun = _PRONOUN.match(common.text(ctx, before))
        if pronoun is None or any(p.start < pronoun.end() for p in people):
            return people[0] if people else None
        k = before.index - 1
        before = ctx.doc.units[k] if k >= 0 else None
        if before is not None and (before.kind != "sentence" or before.block != ctx.doc.units[k + 1].block):
            return None
    return None


# a gathering of a nation's people ("a popular conference of Kuwaitis", "a congress of Chileans in exile")
_GATHERING_OF = re.compile(
    r"\b(?:conference|congress|gathering|assembly|rally)\s+of\s+(?P<who>[A-Z][\w\-]+s)\b(?!\s+and\s+[A-Z])"
)


def _of_nationals(s: str) -> bool:
    for m in _GATHERING_OF.finditer(s):
        if any(c.kind == "demonym" and c.start == 0 for c in gazetteer.find_countries(m.group("who"))):
            return True
    return False


def _from_sentence(
    ctx: Context, unit: Unit, s: str, previous: list[_Event], before: Unit | None = None
) -> list[_Event]:
    assert ctx.dyad
    kind_all = _kind(s)
    if kind_all is None and not _DELEGATION.search(s):
        return []  # most sentences: no happening told, and no people or dates to read
    dates = [
        d
        for d in common.unit_dates(ctx, unit)
        # (a "since" the next clause tells the happening of: "the first … since 2016, when NAME visited Accra")
        if (d.kind in ("point", "interval", "relative") or (d.kind == "since" and _WHEN_THEN.match(s, d.end)))
        and not _COMPARE.search(s[max(0, d.start - 20) : d.start])
        # (a year that dates a document or another happening named after it: "denounced the 1930 convention")
        and not _ATTRIBUTIVE_YEAR.match(s, d.end)
    ]
    if len(dates) <= 1 and _CALLED_OFF.search(s):
        return []  # one happening told, and it did not happen ("… was discussed in the 1970s but never took place")
    if len(dates) <= 1 and _of_nationals(s):
        return []  # "A conference of Kuwaitis met in Jeddah that October": a nation's people, not its state
    people = common.people(ctx, unit)
    if ";" in s:
        # a stretch between semicolons that tells no happening but a fact of another type is left out, with its
        # dates and people ("NAME flew to Juba for the ceremony …; Sudan had recognised the new state a day earlier")
        bounds = [(m.start(), m.end()) for m in re.finditer(r"[^;]+", s)]
        other = [(a, b) for a, b in bounds if _NOT_EVENT.search(s, a, b) and _kind(_NOT_EVENT.sub(" ", s[a:b])) is None]
        if other:
            dates = [d for d in dates if not any(a <= d.start < b for a, b in other)]
            people = [p for p in people if not any(a <= p.start < b for a, b in other)]
            for a, b in other:
                s = s[:a] + " " * (b - a) + s[b:]
    # who is said not to have done it takes no part ("President NAME has not visited Mexico, but …")
    denied = []
    for c in common.clauses(s):
        no = _DENIED.search(s, c.start, c.end)
        if no is None:
            continue
        # (a denial in a relative clause about a thing speaks only for that clause: "… agreed to set up a joint
        # commission on the minority question, which never met")
        rel = [m for m in re.finditer(r",\s+(?:which|that)\b", s[c.start : no.start()])]
        # (nor past a concession after it: "No Zambian president has visited since 1985, although NAME came …")
        but = re.search(r",\s+(?:although|though|even\s+though)\b", s[no.end() : c.end])
        end = no.end() + but.start() if but else c.end
        denied.append((c.start + rel[-1].start(), end) if rel else (c.start, end))
    if denied:
        people = [p for p in people if not any(a <= p.start < b for a, b in denied)]
    named = [p for p in people if p.name]
    if (
        not named
        and _INAUGURATED.search(s)
        and _kind(_INAUGURATED.sub(" ", s)) is None
        and not any(m.code in ctx.dyad for m in common.countries(ctx, unit))
    ):
        return []  # a work opened with no one and neither state named ("The dam was inaugurated in 2025")
    last = next((e for e in reversed(previous) if e.block == unit.block), None)
    pronoun = _PRONOUN.match(s)
    if pronoun and not any(p.start < pronoun.end() for p in named):
        # "In Hanoi he held talks with …": the subject is the person the sentence before began with
        ante = _antecedent(ctx, before)
        if ante is not None:
            people = [ante, *people]
            named = [ante, *named]
    if kind_all is None:
        # "The Azerbaijani delegation was led by NAME": who took part in the happening just told
        if not dates and last is not None and named:
            last.participants += [p for p in _participants(named) if p not in last.participants]
            last.units.append(unit)
        return []
    out: list[_Event] = []
    if _backref(s) and len(dates) <= 1:
        # "During this trip X met Y": a happening of its own, at the trip's date and place
        kind_own = _kind(_BACKREF.sub(" ", s))
        if last is None and dates and named and _OWN_VISIT.search(s) and not _not_event(s):
            # "NAME gave a speech at Peking University during his visit in April 2008": no visit told before, so
            # this one is told here
            return [_make(ctx, unit, s, 0, len(s), "visit", dates[0].value, people, s)]
        if kind_own is None or last is None or _not_event(s) or _HEAD_AGREEMENT.search(s):
            return []
        # (a day the sentence tells of its own, even without its year: "On 14 May he …, and during the same trip …")
        own_day = [d for d in dates if d.kind == "relative" and re.fullmatch(r"(?:on\s+)?\d{1,2}\s+\w+", d.text, re.I)]
        told_here = bool(dates) and (dates[0].kind != "relative" or bool(own_day))
        date = dates[0].value if told_here else last.date
        ev = _make(ctx, unit, s, 0, len(s), kind_own, date, people, s)
        stay = next((e for e in reversed(previous) if e.block == unit.block and e.city == ev.city), None)
        if ev.city is not None and stay is not None and not told_here:
            # "… travelled to Kampala on 20 February and went on to Gulu two days later. During his stay in Kampala
            # he also met …": the time of the stay in the city it names, not of the last stop
            ev.date = stay.date
        if ev.city is None:
            ev.city, ev.country = last.city, last.country
        if ev.occasion is None:
            ev.occasion = last.occasion
        if kind_all == "visit" and re.search(r"\b(?:met|talks|received|welcomed)\b", s, re.I):
            ev.kind = "meeting"
        return [ev]
    if not dates:
        before_dates = [d for d in common.unit_dates(ctx, before) if d.kind == "point"] if before else []
        if _FOR_OCCASION.search(s) and named and len({d.value for d in before_dates}) == 1 and not _not_event(s):
            # "… was signed in Santiago on 8 March 2018. NAME travelled to Santiago for the ceremony"
            return [_make(ctx, unit, s, 0, len(s), kind_all, before_dates[0].value, people, s)]
        if (
            pronoun
            and last is not None
            and before is not None
            and last.units[-1] is before
            and kind_all in ("meeting", "visit")
            and not _not_event(s)
        ):
            # "Albanese paid an official visit to Vietnam on 3–4 June 2023. In Hanoi he held talks with …"
            ev = _make(ctx, unit, s, 0, len(s), "meeting", last.date, people, s)
            if _ONWARD.search(s) and _in_third_state(ctx, ev):
                return []  # "The next day he flew on to Moscow to meet NAME": a stop in a third state
            if ev.city is None:
                ev.city, ev.country = last.city, last.country
            return [ev]
        recent = previous[-1] if previous else None
        if (
            recent is not None
            and kind_all in ("meeting", "visit")
            and named
            and recent.block == unit.block - 1  # (in its own paragraph: "also met" in the same one joins the visit)
            and any(x.get("name") == named[0].name for x in recent.participants)
            and re.search(r"\b(?:received|met|held\s+talks|talks|welcomed|hosted)\b", s, re.I)
            and not _not_event(s)
        ):
            # "* NAME, 22–24 June 2023, state visit to Hanoi" then "President NAME was received by …": a meeting
            # of that visit, at its date and place
            ev = _make(ctx, unit, s, 0, len(s), "meeting", recent.date, people, s)
            if ev.city is None:
                ev.city, ev.country = recent.city, recent.country
            return [ev]
        if _backref(s) and last is not None:
            ev = _make(ctx, unit, s, 0, len(s), kind_all, last.date, people, s)
            if ev.city is None:
                ev.city, ev.country = last.city, last.country
            if ev.occasion is None:
                ev.occasion = last.occasion
            if kind_all == "visit" and re.search(r"\b(?:met|talks|received|welcomed)\b", s, re.I):
                ev.kind = "meeting"
            return [ev]
        # (not a sentence that only announces a list, nor trips told as a habit: "made several long journeys")
        if (
            kind_all == "visit"
            and named
            and not _not_event(s)
            and not _CALLED_OFF.search(s)
            and not _MANY_TRIPS.search(s)
            and not s.rstrip().endswith(":")
            # (nor a photo caption with no verb of its own: "Olof Palme visiting the Bai Bang construction site")
            and not (
                not re.search(r"[.!?][\"'’”)\]]*\s*$", s) and re.search(r"\b(?:visiting|meeting|arriving|touring)\b", s)
            )
        ):
            return [_make(ctx, unit, s, 0, len(s), kind_all, None, people, s)]
        return []
    dates = _one_visit_months(s, dates)
    segments = _segments(s, dates)
    subject = named[0] if named else None
    prev_ev: _Event | None = None
    prev_d: DateMatch | None = None
    prev_people: list[Person] = []
    fronted: list[DateMatch] = []
    for start, end, d in segments:
        part = s[start:end]
        own_kind = kind_all if part == s else _kind(part)  # (one stretch: the sentence's own, read once)
        kind = own_kind or (kind_all if len(segments) == 1 else None)
        coordinated = prev_ev is not None and _coordinated(part, d, start)
        if kind is None and coordinated and prev_ev is not None:
            kind = prev_ev.kind
        mirrored = prev_ev is not None and bool(_FOLLOWED_SUIT.search(part))
        if kind is None and mirrored and prev_ev is not None:
            kind = prev_ev.kind  # "Thailand recalled its ambassador on 5 November, and Cambodia followed suit …"
        if kind is None and prev_ev is not None and re.match(r"\W*(?:which|that)\s+(?:was|were)\s+held\b", part, re.I):
            kind = prev_ev.kind  # "… for the first conference of X, which was held in Belgrade from 1 to 6 September"
        next_one = prev_ev is not None and _NEXT_ONE.match(part) is not None
        if kind is None and next_one and prev_ev is not None:
            # "…; the next was held in Santiago two years later", "… and for its second in Santiago in November
            # 2019": another of the same series
            kind = prev_ev.kind
        if kind is None:
            if _FRONTED_LIST.fullmatch(s[start : d.start] + "#" + s[d.end : end]):
                fronted.append(d)  # "In 2004 and again in 2007, NAME visited …": the happening after it is dated so too
            continue
        if (
            prev_ev is not None
            and prev_d is not None
            and re.fullmatch(r"\s*(?:and|&)\s*", s[prev_d.end : d.start])
            and _next_to(prev_ev.date, d.value)
        ):
            # "on 24 and 25 May 1991", "in January and February 1981": one happening over the two days or months
            prev_ev.date = f"{prev_ev.date}/{d.value}"
            prev_d = d
            continue
        if kind == "announcement" and _RELATIONS_WORD.search(part):
            # relations announced are the relations fact ("the Somali government announced that it was severing
            # diplomatic relations with Kenya"); what the other clauses tell stays ("…, and the Malaysian government
            # ordered all North Korean diplomats to leave")
            rest = " ".join(
                part[c.start : c.end] for c in common.clauses(part) if not _RELATIONS_WORD.search(part[c.start : c.end])
            )
            kind = _kind(rest) if rest.strip() else None
            if kind is None or kind == "announcement":
                continue
        if _NOT_EVENT.search(part) and _kind(_NOT_EVENT.sub("", part)) is None:
            continue
        denied_only = denied and kind in ("visit", "meeting")
        trig = [t.start() for t in _kind_trigger(kind).finditer(s, start, end)] if denied_only else []
        if trig and all(any(a <= t < b for a, b in denied) for t in trig):
            # every word of the happening is in a denial ("No Thai monarch has visited Bahrain, although Princess
            # NAME was invited in 2019"): what the rest tells is no such happening
            continue
        if _CALLED_OFF.search(part) or (len(segments) == 1 and _CALLED_OFF.search(s)):
            continue  # "A visit by NAME was discussed in 1991 but never took place", "planned for 2020, was postponed"
        if kind in ("other", "announcement") and _SIGNING.search(part):
            continue  # "… signed the Digital Economy Partnership Agreement in a virtual ceremony": an agreement's
        if (
            (kind in ("other", "announcement") and _OPENED.search(part))
            # (a habit within a decade or a span is one happening of that time: "visited Finland several times
            # in the 1990s")
            or (
                (habit := _FUTURE.search(_LISTED_TIMES.sub(" ", part)))
                # (not a habit told by another predicate after the dated one: "made the first visit … to China in
                # 1991 and returned several times during his presidency")
                and not _habit_elsewhere(s, part, start, d, habit, kind)
                and not ("X" in d.value or "/" in d.value)
                # ("meets annually, and its eleventh meeting was held in Muscat in January 2022": one of them, told)
                and not _ONE_OF_THEM.search(part)
            )
            # (nor the announcement of a document, a post or relations: the agreement, the mission or the relations
            # are the fact)
            or (kind == "announcement" and _ANNOUNCED_FACT.search(part))
        ):
            continue
        if kind == "other" and (_background_only(ctx, part, kind) or _ends_then(part, kind, d, start)):
            continue
        seg_people = [p for p in people if start <= p.start < end]
        early = _make(ctx, unit, s, start, end, kind, d.value, seg_people, part)
        host = _within_visit([*previous, *out], early, _in_days(d))
        if host is not None:
            host.units.append(unit)
            host.city = host.city or early.city
            host.participants += [p for p in early.participants if p not in host.participants]
            continue
        if (
            coordinated
            and prev_ev is not None
            and kind == "visit"
            and any(p.name and start <= p.start < d.start for p in seg_people)
        ):
            # "… have visited India: NAME1 in 2002, NAME2 in 2010 and NAME3 in June 2016": a visit gapped to a name
            # and a date is that person's own (a meeting's would be whom the subject met)
            pass
        elif coordinated and prev_ev is not None:
            seg_people = prev_people[:1] + seg_people  # the subject of the happening it adds to
        elif (
            # (a town of the pair read as a name is none: "… and went on to Punta Arenas two days later" is still the
            # subject's trip)
            not any(p.name and not (p.role is None and _town_of_pair(ctx, p.name)) for p in seg_people)
            and subject is not None
            and subject.start < end
            # (not into a clause in the passive: "…, and most sanctions were lifted after …" is no act of hers)
            and not (
                subject.start < start
                and re.search(r"\b(?:was|were)\s+[a-z]+ed\b", part)
                # ("…; two days after his arrival he was received in audience …": the subject, by its pronoun)
                and not re.search(r"\b(?:he|she)\s+(?:was|were)\s+[a-z]+ed\b", part)
            )
        ):
            # (the subject named before the stretch or in it: not one who acts only in a later clause)
            seg_people = [subject, *seg_people]
        if (
            not any(p.name for p in seg_people)
            # an unnamed official or group with its state is a participant ("Spanish diplomats met in Baku …")
            and not any(p.name is None and p.role in _GROUP_ROLES and p.country for p in seg_people)
            # "The Spanish prime minister visited Rabat in April 2022": an unnamed official as the visiting subject
            and not (
                kind == "visit"
                and any(p.name is None and p.role and p.country and p.start - start < 40 for p in seg_people)
                and re.search(r"\b(?:visited|travell?ed\s+to|paid\s+an?\s+(?:\w+\s+)?visit)\b", part, re.I)
            )
            and kind in ("visit", "meeting")
            and not (
                _GATHERING.search(part)
                # (not the date of an agreement's entry into force: "… entered into force in 2007, while talks on …")
                and not re.search(r"\binto\s+force\b|\bin\s+force\b|\bratifi", part, re.I)
            )
            # "the (two) foreign ministers met in Yerevan": the two states' officials, unnamed; "the two met again":
            # the two told before (named by the caller)
            and not _PAIR_OFFICIALS.search(part)
            and not (_THE_TWO_MET.search(part) and kind == "meeting")
            # "A joint commission met in Quito in October 2010 and again in Asunción three years later": the
            # gathering told before meets again ("… and for its second in Santiago in 2019": the next of them)
            and not ((coordinated or next_one) and prev_ev is not None)
        ):
            continue
        ev = _make(ctx, unit, s, start, end, kind, d.value, seg_people, part)
        stay = previous[-1] if previous and not out else None
        if stay is not None and stay.kind == "visit" and stay.block == ev.block and _in_days(d) and kind == "meeting":
            # (a meeting some days into the visit told just before, where the sentence names no place: the visit's)
            ev.city, ev.country = ev.city or stay.city, ev.country or stay.country
        nameless = not any(p["name"] for p in ev.participants)
        if kind in ("summit", "conference") and nameless and _MEMBERS_GATHERING.search(part):
            # "Yugoslavia, host of the first Non-Aligned summit in Belgrade in 1961, led that movement", "it joined the
            # Non-Aligned Movement at its first summit in 1961": a gathering that only places a membership
            continue
        onward = _ONWARD.search(part) or (kind == "visit" and _in_days(d))
        if onward and _in_third_state(ctx, ev):
            # "…, and two days later he flew on to Dushanbe", "Two days later she was in Riyadh": a stop in a third
            # state, not of the pair
            continue
        returned = _RETURNED_BY.search(s, max(0, start - 2), end) if prev_ev is not None else None
        if returned and prev_ev is not None and common.in_pair(ctx, prev_ev.country):
            # "Tito paid a state visit to Greece in June 1954 and was received by King Paul, who returned the visit
            # the following year": the one before "who" came to the first visitor's state
            host = [p for p in people if p.name and p.end <= returned.start() and p.end > returned.start() - 60]
            if host:
                # (with whom the host travelled, and the city the stretch names in the state gone to: "…, who returned
                # the visit in January 1959, travelling with Queen Frederica to Addis Ababa")
                along = [p for p in seg_people if p.name and p.start > returned.end()]
                ev.participants = _participants([*host[-1:], *along])
                gone_to = ctx.other(common.in_pair(ctx, prev_ev.country))
                ev.city, ev.country = (ev.city if ev.country == gone_to else None), gone_to
        if mirrored:
            ev.city = ev.country = None  # the other state's own act: where, the sentence does not say
        if coordinated and prev_ev is not None and ev.city is None and ev.country is None:
            ev.city, ev.country = prev_ev.city, prev_ev.country  # "visited Kazakhstan in 1999 and again in 2003"
        during = prev_ev is not None and prev_ev.kind == "visit" and ev.kind == "meeting"
        if during and prev_ev is not None and not _meets_anew(ev, prev_ev) and _days_after(prev_ev.date, ev.date):
            # "… a state dinner at the White House on 10 April 2024 and addressed a joint meeting of Congress the
            # following day": a meeting during the visit with no one new is part of it (one with someone the visit
            # did not name is a meeting of its own: "arrived in Oslo on 3 May 2016; two days later she was received
            # by King Harald V")
            prev_ev.date = f"{prev_ev.date.split('/')[0]}/{ev.date}"
            prev_ev.participants += [p for p in ev.participants if p not in prev_ev.participants]
            continue
        elsewhere = (
            prev_ev is not None
            and None not in (prev_ev.country, ev.country)
            and common.in_pair(ctx, prev_ev.country) != common.in_pair(ctx, ev.country)
            # (a stretch with no verb of its own only dates the happening before it: "… froze the assets on 8
            # October 2008, a step that caused resentment in Iceland")
            and not (coordinated and own_kind is None)
        )
        # (the same day told twice in one sentence is one happening too: "visited Vilnius on 22 March 2022 and met
        # NAME; during the visit …")
        same_day = prev_ev is not None and len(prev_ev.date or "") == 10 and prev_ev.date == ev.date
        # (a day or two after a month told, in the same city, is the same stay: "paid a working visit to Buenos Aires
        # in June 2024, …; the next day he held talks with …"; in another city it is a stop of its own)
        same_day = same_day or (
            prev_ev is not None
            and _in_days(d)
            and prev_ev.date == ev.date
            and ev.city in (None, prev_ev.city)
        )
        if prev_ev is not None and (_same_time(prev_ev.date, ev.date) or same_day) and not elsewhere:
            # "paid a state visit later that year: on 31 October 2017 she was received …": one happening
            # (a meeting on a day of a visit dated by its month keeps the visit's month: "paid a state visit to China
            # in October 2019 and met President Xi Jinping in Beijing on 9 October")
            in_month = prev_ev.kind == "visit" and ev.kind == "meeting" and len(prev_ev.date or "") == 7
            if not (in_month and prev_d is not None and prev_d.kind == "point"):
                prev_ev.date = _finer(prev_ev.date, ev.date)
            prev_ev.city = prev_ev.city or ev.city
            prev_ev.participants += [p for p in ev.participants if p not in prev_ev.participants]
            continue
        out += [_make(ctx, unit, s, start, end, kind, f.value, seg_people, part) for f in fronted]
        n = dates_mod.day_offset(d.text) if d.kind == "relative" else None
        if n is not None and prev_ev is not None and prev_ev.date == ev.date and len(ev.date or "") < 10:
            # "… late in 2018 …; the next day she opened …": dated to the day once the other is
            ev.days_after = (prev_ev, n, "arriv" in d.text.lower())
        out.append(ev)
        fronted = []
        prev_ev = ev
        prev_d = d
        prev_people = [p for p in seg_people if p.name]
        if kind != "forum" and re.search(r"\band\s+(?:a|an|the)\s+[\w\s–\-]*forum\b", part, re.I):
            out.append(_Event("forum", d.value, ev.city, ev.country, [], None, [unit], unit.block, "business forum"))
    return out


def _in_days(d: DateMatch) -> bool:
    """The date is told as days from another ("two days later", "the next day")."""
    return d.kind == "relative" and re.search(r"\bdays?\b", d.text) is not None


def _in_third_state(ctx: Context, ev: _Event) -> bool:
    """The happening's place lies in a state outside the pair (a former state's cities counted as its own)."""
    return ev.country is not None and common.in_pair(ctx, ev.country) not in (ctx.dyad or ())


def _town_of_pair(ctx: Context, name: str) -> bool:
    """The whole name is a city or town of one of the two states."""
    return any(m.start == 0 and m.end == len(name) for m in common.pair_cities(ctx, name))


def _days_after(a: str | None, b: str | None, most: int = 3) -> bool:
    """b is a day at most ``most`` days after the day (or the end of the span) a."""
    if not a or not b or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", b):
        return False
    end = a.split("/")[-1]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
        return False
    from datetime import date

    gap = (date.fromisoformat(b) - date.fromisoformat(end)).days
    return 0 < gap <= most


def _next_to(a: str | None, b: str | None) -> bool:
    """b is the day or the month right after a (both of the same precision)."""
    if not a or not b or "/" in a or "/" in b or len(a) != len(b):
        return False
    if len(a) == 10:
        return _days_after(a, b, most=1)
    if len(a) == 7:
        y, m = int(a[:4]), int(a[5:])
        return b == (f"{y + 1}-01" if m == 12 else f"{y}-{m + 1:02d}")
    return False


def _same_time(a: str | None, b: str | None) -> bool:
    """One date is a coarser statement of the other ("2017" and "2017-10-31")."""
    if not a or not b or a == b:
        return False
    if "/" in a and "/" in b:
        return False
    if "/" in a or "/" in b:
        # "in September 1961 for the conference … held from 1 to 6 September 1961": a period inside the point
        period, point = (a, b) if "/" in a else (b, a)
        return all(bound.startswith(point) for bound in period.split("/"))
    return a.startswith(b) or b.startswith(a)


def _finer(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    if "/" in a or "/" in b:
        return a if "/" in a else b  # the period within the coarser point
    return a if len(a) >= len(b) else b


def _capital_of_first(cities: list[gazetteer.Mention]) -> gazetteer.Mention:
    """Of several places, the capital of the state of the first one named, else the first one."""
    return next((c for c in cities if c.code == cities[0].code and gazetteer.is_capital(c.value or "")), cities[0])


def _within_visit(events: list[_Event], ev: _Event, in_days: bool = False) -> _Event | None:
    """A dated happening inside the days of a visit told just before, in the same paragraph (``in_days``: its date is
    told as days after the visit's)."""
    if not events or ev.date is None:
        return None
    host = events[-1]
    if host.kind != "visit" or host.block != ev.block or not host.date:
        return None
    day = ev.date.split("/")[0]
    if len(day) != 10 or ev.date == host.date:
        return None
    names = {p["name"] for p in host.participants if p["name"]}
    shared = any(p["name"] in names for p in ev.participants)
    same_sentence = host.units[-1] is ev.units[0]
    if len(host.date) == 7 and day.startswith(host.date) and shared and ev.kind != "visit" and same_sentence:
        # "During Abiy's state visit to China in October 2023, … Xi and Abiy announced on 17 October 2023 …": a day
        # of the visit's month, with its visitor, in the sentence that tells the visit (one told in a sentence of its
        # own is a happening of its own: "… visited Canberra in July 2014. On 8 July 2014 Abe addressed …")
        return host
    if ev.kind not in ("meeting", "other", "announcement", "conference"):
        return None
    if "/" in host.date:
        lo, hi = host.date.split("/")
        return host if lo <= day <= hi else None
    # (a meeting told some days on, with someone the visit did not name, is one of its own, on its day: "Bachelet
    # arrived in Oslo on 3 May 2016 … Two days later she was received by King Harald V"; not one told by its own
    # day: "… landed in Riga on 16 October … After talks on 17 October, NAME and President NAME2 signed …")
    met_anew = in_days and ev.kind == "meeting" and _meets_anew(ev, host)
    if len(host.date) == 10 and host.date < day <= _plus_days(host.date, 3) and shared and not met_anew:
        host.date = f"{host.date}/{day}"
        return host
    return None


def _meets_anew(ev: _Event, visit: _Event) -> bool:
    """The happening names someone the visit did not."""
    known = {p["name"] for p in visit.participants}
    return any(p["name"] and p["name"] not in known for p in ev.participants)


def _plus_days(day: str, n: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=n)).isoformat()


# "received at the Bogor Palace", "talks at the Tirana Castle": a seat named after the city it stands in
_CITY_SEAT = re.compile(
    r"\b(?:at|in)\s+the\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?:Presidential\s+|State\s+|Royal\s+)?"
    r"(?:Palace|Castle|House|Residence|Hall|Pavilion)\b"
)


def _seat_named_after_city(ctx: Context, part: str) -> tuple[str, str] | None:
    for m in _CITY_SEAT.finditer(part):
        for code in ctx.dyad or ():
            near = [c for c in gazetteer.find_cities_of(m.group(1), code) if c.start == 0 and c.end == len(m.group(1))]
            if near:
                return common.written(near[0]), code
    return None


_IN_OR_AT = re.compile(r"\b(?:in|at|to)\s+$")  # (a place the happening is in, or goes to)
_INAUGURATED = re.compile(
    r"\b(?:(?:was|were|been)\s+)?(?:formally\s+|officially\s+)?inaugurat(?:ed|es|ing)\b"
    r"|\b(?:was|were)\s+(?:formally\s+|officially\s+)?opened\b",
    re.I,
)
_IN_COMPOUND = re.compile(r"\s?[–—-]\s?[A-Z]")
_COMPOUND_BEFORE = re.compile(r"[A-Za-z][–—-]\s?$")
# the place a happening names after its verb or preposition ("visited Astana", "bombed Darwin", "took Belgrade")
_PLACE_AFTER = re.compile(
    r"\b(?:to|in|visited|visit|toured|arrived\s+off|bombed|shelled|attacked|stormed|occupied|invaded|entered|took)"
    # (the capitalized name only: "arrived off Uraga with a squadron of American warships" is no visit to America)
    # (a region of it: "toured refugee settlements in northern Uganda")
    r"\s+(?:the\s+)?(?:(?:north|south)?(?:-?(?:east|west))?(?:ern)\s+|central\s+)?"
    r"([A-Z][\w\-]{1,30}(?:\s+(?:of\s+)?[A-Z][\w\-]{1,30}){0,3})"
)


def _make(
    ctx: Context,
    unit: Unit,
    s: str,
    start: int,
    end: int,
    kind: str,
    date: str | None,
    people: list[Person],
    part: str,
) -> _Event:
    assert ctx.dyad
    # a place inside a phrase that only sets the time ("after the Special Summit in Melbourne, A and B met in
    # Canberra") is not where the happening was, when another place is named
    aside = [(m.start(), m.end()) for m in _TIME_ASIDE.finditer(s)]
    free = [c for c in common.cities(ctx, unit) if not any(a <= c.start < b for a, b in aside)]
    found = free or common.cities(ctx, unit)
    # a city inside the compound name of a work ("the Baku–Tbilisi–Ceyhan pipeline was inaugurated at Ceyhan")
    # names no place of the happening
    found = [c for c in found if not _IN_COMPOUND.match(s, c.end) and not _COMPOUND_BEFORE.search(s, 0, c.start)]
    # a capital after "relations with" stands for its state ("ending its relations with Taipei"): no place
    found = [c for c in found if not _RELATIONS_WITH.search(s, max(0, c.start - 40), c.start)]
    said = _ANNOUNCED_THAT.search(s) if kind == "announcement" else None
    # a place in what was announced is not where it was announced ("announced that an embassy would be opened in Oslo")
    told_to = said.start() if said else len(s)
    found = [c for c in found if c.start < told_to]
    cities = [c for c in found if start <= c.start < end]
    if not cities or not free:
        # a smaller city of the pair the stretch puts the happening in ("attended the inauguration … in Valparaíso"),
        # before any city of the rest of the sentence or one only in a phrase of time ("…, the month after the
        # Santiago round")
        smaller = [
            c
            for c in common.pair_cities(ctx, s[start:end])
            if _IN_OR_AT.search(s, max(0, start + c.start - 8), start + c.start)
            and not any(a <= start + c.start < b for a, b in aside)
            and start + c.start < told_to
        ]
        if smaller or not cities:
            cities = [replace(c, start=c.start + start, end=c.end + start) for c in smaller[:1]]
    dest = re.search(r"\b(?:to|visited|visit|toured)\s+(?:the\s+)?([A-Z][\w\s\-]{2,40})", part)
    if not cities and not (dest and common.first_country(dest.group(1))):
        # a stretch that names no place of its own takes the sentence's; one that names the state visited
        # ("paid a state visit to Japan in November 2013, and Abe visited Ulaanbaatar …") keeps it
        cities = found
    # the place a motion verb names ("managed to reach Kraków", "travelled to Accra") before one only mentioned
    moved = [c for c in cities if _TO_PLACE.search(s[max(0, c.start - 25) : c.start])]
    if moved:
        cities = moved + [c for c in cities if c not in moved]
    if kind == "visit" and len({c.value for c in cities}) > 1 and cities[0].code in ctx.dyad:
        # a tour of several cities of the state visited ("stopping in Adelaide, Canberra and Perth", "first attending
        # the expo in Shanghai and then meeting Xi in Beijing"): the capital, where the talks are, is the place
        capital = _capital_of_first(cities)
        cities = [capital, *[c for c in cities if c is not capital]]
    city = country = None
    pattern, places = _landmarks()
    landmark = pattern.search(part)
    if cities:
        city, country = common.written(cities[0]), cities[0].code
        visited = common.first_country(dest.group(1)) if dest else None
        if country not in ctx.dyad and visited in ctx.dyad:
            # "visited Ethiopia in 1964 and met the Emperor in Asmara": the state visited then, whatever state the
            # city lies in today
            country = visited
    elif landmark is not None:
        # "honoured with a state dinner at the White House": the seat names its city
        city, country = places[landmark.group()]
    elif named_seat := _seat_named_after_city(ctx, part):
        city, country = named_seat
    else:
        m = _PLACE_AFTER.search(part, 0, max(0, told_to - start))
        if m:
            country = common.first_country(m.group(1))
            if country is None:
                # a smaller city of one of the two states ("arrived in Uraga")
                for code in ctx.dyad:
                    near = [c for c in gazetteer.find_cities_of(m.group(1), code) if c.start == 0]
                    if near:
                        city, country = common.written(near[0]), code
                        break
    held = _HELD_AT.search(part, 0, max(0, told_to - start)) if city is None else None
    place = held and next((g for g in held.groups() if g), None)
    if place and not gazetteer.find_countries(place) and not _landmarks()[0].match(place):
        # "the Negev Summit held at Sde Boker", "inaugurated at Ceyhan": a place the tables lack, named where the
        # gathering was held
        city = place
    if city is None and country is not None and kind == "visit":
        # "visited China in March 1960, and a boundary agreement was signed in Beijing on 21 March 1960": the city of
        # the visited state the sentence names is where the visit went
        there = [c for c in common.cities(ctx, unit) if c.code == country and _IN_OR_AT.search(s, 0, c.start)]
        capital = [c for c in there if gazetteer.is_capital(c.value or "")]
        if len({common.written(c) for c in there}) == 1:
            city = common.written(there[0])
        elif capital:
            city = common.written(capital[0])  # a tour of several cities: the capital
    occasion = None
    occ = _OCCASION.search(part)
    if occ and occ.group("occasion"):
        occasion = occ.group("occasion").strip()
    elif occ and re.search(r"summit|session|meeting|forum|conference|commission|assembly", occ.group("occ"), re.I):
        occasion = _occasion_name(occ.group("occ").strip(" ,"))
    # the stretch of one happening, without the punctuation that cut it from the one before ("; NAME visited …")
    summary = " ".join(part.split()).lstrip(",;: ")[:160]
    # a name right after "held at" or "in" is a place the tables lack, not a participant ("held at Sde Boker"), nor
    # is the town the happening was in ("took a delegation to Puerto Montt")
    people = [
        p
        for p in people
        if not (
            p.name
            and p.role is None
            and (p.name == city or _AT_PLACE.search(s, max(0, p.start - 16), p.start))
        )
    ]
    return _Event(kind, date, city, country, _participants(people), occasion, [unit], unit.block, summary)


_BARE_YEAR = re.compile(r"(?<![\w.,/\-])(1[89]\d\d|20\d\d)(?![\w/]|[.,]\d)")


def _from_item(ctx: Context, unit: Unit, s: str, place: str | None, origin: str | None = None) -> list[_Event]:
    """ "- Foreign Minister NAME (2010, 2013)" under "Visits from X to Y": one visit per date."""
    values = [d.value for d in common.unit_dates(ctx, unit) if d.kind in ("point", "interval", "relative")]
    if not values:
        # a line of a list of visits dates its visit by a bare year, which running text would not take for a date:
        # "King Harald V (state visit, 2015)", "President NAME (Oslo, 2016)", "NAME – 2016"
        values = [m.group(1) for m in _BARE_YEAR.finditer(s)]
    people = [p for p in common.people(ctx, unit) if p.name]
    if not values or not people:
        return []
    if origin:
        people = [p if p.country else replace(p, country=origin) for p in people]
    # a city of the tables, or a smaller one of the state visited ("Joko Widodo (Davao City, April 2017)")
    cities = common.cities(ctx, unit) or (gazetteer.find_cities_of(s, place) if place else [])
    city = common.written(cities[0]) if cities else None
    country = cities[0].code if cities else place
    summary = " ".join(s.split())[:160]
    return [_Event("visit", v, city, country, _participants(people), None, [unit], unit.block, summary) for v in values]
