"""Agreements and what is said of them: signed, pending, planned, in force.

The agreement is a noun phrase around a head word (agreement, convention, memorandum, MoU, treaty,
declaration, joint statement, protocol, programme): the modifiers touching the head on its left ("defence
cooperation agreement", "Joint sports education MoU") and its complements on the right ("on …", "of …",
"between … and …", "for …", "in the field of …") up to a verb, a comma or the next agreement. A plural head
with a list ("agreements on A, B and C had been signed") is one agreement per item. The status comes from
the verbs of its clause: signed, concluded, adopted, dated → signed; pending, awaiting signature → pending;
set to sign, to sign, will sign → planned; entered/came into force → in force (a second fact beside the
signing). A clause with no verb of its own ("…, and the ministers of culture a programme of …") shares the
verb of the clause before it, and a list after a colon ("Two documents were signed on D: the A and the B")
the status and date of the lead-in. Negotiations, drafts and counts ("some 25 agreements") are no agreement;
"the agreement" with nothing after it is the agreement told just before.

The date is the one of the agreement's clause, else of the lead-in, else the date the paragraph has reached
(an undated "was signed" after "X visited Astana on 9 June 2025" took place then).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from bilateral import gazetteer
from bilateral.document.model import Table, Unit
from bilateral.extract import common
from bilateral.extract import dates as dates_mod
from bilateral.extract.base import Context, Fact
from bilateral.extract.dates import DateMatch

_HEADS = (
    r"agreements?|conventions?|memorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation|co-operation))?|MoUs?"
    r"|treat(?:y|ies)|(?:joint\s+)?declarations?|joint\s+statements?|(?:joint\s+)?communiqu[ée]s?|protocols?|programmes?"
    r"|programs?|accords?|arrangements?|exchanges?\s+of\s+(?:notes|letters)"
    # "a joint communication of intent on green hydrogen", "a letter of intent"
    r"|(?:joint\s+)?(?:communications?|letters?|declarations?)\s+of\s+intent"
    # a named partnership or pact is a document when it is signed ("the Regional Comprehensive Economic Partnership")
    r"|(?-i:Partnership|Compact|(?:Final|Presidential|Joint|Additional|General)\s+Act|Act\s+of\s+Union|Statute)|pacts?"
    # a plan the two adopt or sign: "the Joint Comprehensive Plan of Action", "an action plan … was adopted"
    r"|(?-i:Plan\s+of\s+Action)|action\s+plans?"
    r"|armistices?"
    # a ceasefire agreed is a document too ("A cessation of hostilities was agreed in June 2000")
    r"|cease-?fires?|truces?|cessation\s+of\s+hostilities"
)
_HEAD = re.compile(rf"\b(?:{_HEADS})\b", re.I)
_KIND = (
    ("memorandum", re.compile(r"memorand|\bMoU", re.I)),
    ("convention", re.compile(r"convention", re.I)),
    ("treaty", re.compile(r"treat|\bpact", re.I)),
    ("declaration", re.compile(r"declaration|joint\s+statement|communiqu|of\s+intent", re.I)),
    ("protocol", re.compile(r"protocol", re.I)),
)
# words that may not stand in the modifiers before a head
_PRE_STOP = re.compile(
    r"^(?:the|a|an|and|or|of|that|which|was|were|had|has|have|been|be|is|are|signed|signing|sign|to|on|in|by|with"
    r"|there|said|announced|set|also|its|their|his|her|this|these|those|two|both|new|further|first|another|other"
    r"|said|for|as|at|from|into|during|after|before|while|when|where|whose|it|they|he|she|pending|under|via|through"
    r"|\w+ly|\d[\w\-–]*)$",
    re.I,
)
_COUNT = re.compile(
    r"^(?:about|some|around|over|nearly|almost|more\s+than)?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?"
    # "the following agreements" announces a list whose items are the agreements ("several agreements" unlisted
    # is one fact: the signing of them)
    r"|following)\b(?![\-–])",  # (not "a twenty-year Treaty of …")
    re.I,
)
_MONTHS = "|".join(dates_mod.month_names())
# "the first Latin American country to sign a free trade agreement with China (2005)": it signed, nothing planned
_ONE_OF = re.compile(
    r"\bone\s+of\s+(?:the\s+)?(?:(?:first|last|earliest|many|few|several)\s+(?:of\s+the\s+)?)?(?:[\w\-]+\s+){0,4}$",
    re.I,
)
_FIRST_TO = re.compile(r"\b(?:first|second|third|last|only)\s+(?:[\w\-]+\s+){0,4}?to\s+[a-z]+\b", re.I)
_DESCRIBED = re.compile(
    r"(?:,\s+|^(?:It|This|That)\s+(?:was|is|became|remains)\s+)(?:\w+['’]s|its|their|the)\s+"
    r"(?:first|only|second|third|largest|biggest|latest|most\s+\w+)\s+(?:[\w\-]+\s+){0,3}$",
    re.I,
)
# a document a new one acts on is no signing of its own: "a protocol upgrading the free trade agreement"
_ACTED_ON = re.compile(
    rf"\b(?:{_HEADS})\s+(?:upgrading|amending|extending|supplementing|replacing|implementing|modifying|revising"
    r"|to\s+(?:amend|upgrade|extend|replace|implement))\s+(?:the\s+)?$",
    re.I,
)
# when a document "followed": "in 1951", "on 2 May", "the next year", "two years later"
_FOLLOWED_WHEN = r"(?=\s+(?:in|on|at|the\s+(?:next|following)|\w+\s+(?:years?|months?|days?)\s+later)\b)"
_POST_STOP = (
    r"was|were|had|has|have|is|are|which|who|signed|dated|entered|came|took|aimed|to\s+be|would|will|could|should"
    r"|followed|came\s+next|dates\s+(?:back\s+)?(?:from|to)"
    r"|on\s+the\s+(?:last|first|same|next|following|final)\s+day"
    r"|and\s+(?:an?|the)\s+(?:[A-Z][\w\-–]*\s+){0,4}(?:" + _HEADS + r")|and\s+that"
    # the next predicate of the same subject: "signed a memorandum on maritime security and agreed to set up …"
    r"|and\s+(?:agreed|decided|announced|pledged|promised|undertook|launched|opened|discussed|reviewed)"
    # a date closes the title: "the Convention of Kanagawa … on 31 March 1854", "… in 1994"
    # (not a century a title names, capitalized: "the Treaty on … Alliance in the 21st Century")
    r"|(?:on|in|of)\s+(?:the\s+)?(?=\d(?!\d?(?:st|nd|rd|th)\s+(?-i:Century))|(?:" + _MONTHS + r")\b)"
    # the occasion closes it too: "a joint declaration on strategic partnership during the visit"
    r"|during|after|before|while|following|at\s+the|in\s+the\s+presence"
)
# the words a proper title ("Treaty of Mutual Cooperation and Security between the United States and Japan") may
# hold between its capitalized words; another lower-case word ends it ("Convention of Kanagawa with the shogunate")
_TITLE_GLUE = re.compile(r"^(?:of|on|the|and|for|in|between|to|de|la|concerning|regarding|over|a|an|&|–|-)$")
_POST = re.compile(
    # the years a programme runs is its name's: "a framework agreement for 2021–2024"
    r"(?:\s+for\s+(?:the\s+(?:years|period)\s+)?(?:19|20)\d\d\s*[–\-]\s*(?:19|20)?\d\d\b)?"
    r"(?:\s*\((?:MoU|MOU)\))?(?:\s+(?:on|of|between|for|in\s+the\s+fields?\s+of|concerning|regarding|about|with"
    # what the document does: "a joint communiqué establishing full diplomatic relations"
    r"|establishing|creating|ending|settling|regulating|delimiting|demarcating|governing|providing\s+for)\s+"
    # a preposition before a date is the date's, not a complement's ("the Antarctic Treaty on 1 December 1959")
    r"(?!(?:the\s+)?(?:\d(?!\d?(?:st|nd|rd|th)\s+(?-i:Century))|(?:" + _MONTHS + r")\b))"
    # nor one before the day it names ("signed the Belgrade Declaration on the last day of the visit")
    r"(?!the\s+(?:last|first|same|next|following|final)\s+day\b)"
    r"(?:(?!\b(?:" + _POST_STOP + r")\b)[^,;:.()])+)?"
    # the document it adds to: "a supplementary treaty to the 1985 treaty"
    r"(?:\s+to\s+the\s+(?:\d{4}\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:treaty|agreement|convention|accord|protocol)\b)?",
    re.I,
)
_LIST_TAIL = re.compile(
    r"(?:,\s*(?:(?!\b(?:" + _POST_STOP + r")\b)[^,;:.()])+)*\s+and\s+(?:(?!\b(?:" + _POST_STOP + r")\b)[^,;:.()])+",
    re.I,
)
_NOUN_LIST = re.compile(
    r",\s+([a-z]+)(?:,\s+[a-z]+)*,?\s+and\s+[a-z]+(?:\s+(?!(?:in|at|on|of|was|were|signed|concluded|with|between|by"
    r"|which|that|to|for)\b)[a-z]+)?\b"
    r"(?!\s+(?!(?:in|at|on|of|was|were|signed|concluded|with|between|by|which|that|to|for)\b)[a-z])"
)
_STATUS = (
    (
        "in_force",
        re.compile(
            r"(?<!not\s)(?<!never\s)\b(?:entered|came|comes|enter|come|went)\s+into\s+(?:force|effect)\b"
            r"|\bin\s+force\s+(?:since|from\b|(?=\d{4}))"
            # (a listed document "…, in force the following year", "in force on 1 May 2005", "in force two years later")
            r"|(?<=,\s)in\s+force(?=\s+(?:(?:on|in)\s+(?:\d|[A-Z][a-z]+\s+\d)|the\s+(?:following|next|same)\s+year"
            r"|(?:a|one|two|three|four|five|six|\d+)\s+(?:years?|months?)\s+later))"
            r"|\b(?:is|are|remains?|has\s+been|have\s+been)\s+(?:still\s+)?in\s+force\b"
            r"|\b(?:took|takes|take)\s+effect\b"
            # "The tax agreement signed in Oslo in 2011 has applied since 1 January 2013"
            r"|\b(?:has|have)\s+(?:been\s+)?applied\s+(?=since\b)",
            re.I,
        ),
    ),
    (
        "pending",
        re.compile(
            r"\bpending\b|\bawait(?:ing|s)\s+(?:its\s+)?(?:(?-i:[A-Z])[\w\-]+\s+|final\s+|parliamentary\s+)?"
            r"(?:signature|signing|ratification)\b"
            # "… has not yet been signed", "is still under negotiation", "is yet to be signed"
            r"|\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+|still\s+)?been\s+(?:signed|concluded|finali[sz]ed|agreed)\b"
            r"|\bnot\s+yet\s+(?:signed|concluded)\b"
            r"|\byet\s+to\s+be\s+(?:signed|concluded)\b|\bhas\s+been\s+discussed\b"
            # "was negotiated … but, as of 2016, had still not entered into force"
            r"|\b(?:has|have|had)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?(?:entered|come)\s+into\s+(?:force|effect)\b"
            r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?negotiated\b"
            r"|\b(?:is|are|was|were|remains?)\s+(?:still\s+)?under\s+(?:negotiation|discussion)\b"
            # "… has been under negotiation since 2021", "- Convention on social security, under negotiation since 2022"
            r"|\b(?:(?:has|have|had)\s+been\s+|(?<=,\s))under\s+negotiation\s+since\b"
            # a list's label: "- Agreement on fisheries: under negotiation."
            r"|(?<=[:,]\s)(?:still\s+)?under\s+negotiation(?=\s*[.;]|\s*$)"
            r"|\b(?:is|are|remains?)\s+(?:still\s+)?unsigned\b"
            # "Negotiations on a bilateral free trade agreement were launched in 2008"
            r"|\bnegotiations\s+(?:on|for|over|towards?)\s+(?:an?|the)\b",
            re.I,
        ),
    ),
    (
        "planned",
        re.compile(
            r"\b(?:set\s+to\s+(?:be\s+)?sign\w*|to\s+sign|will\s+sign|would\s+sign|plan\w*\s+to\s+sign"
            r"|expected\s+to\s+(?:be\s+)?sign\w*|(?<!yet\s)to\s+be\s+(?:signed|concluded|negotiated|agreed|drafted|prepared|launched)"
            r"|(?:would|will)\s+be\s+signed"
            r"|aim\w*\s+(?:\w+\s+){0,4}to\s+sign"
            # "the two governments intend to conclude a tax convention", "have agreed to conclude a shipping agreement"
            r"|(?:intend\w*|plan\w*|agreed)\s+to\s+(?:conclude|negotiate)|(?:will|would|shall)\s+conclude"
            # a list's label: "- Agreement on animal health: planned."
            r"|(?<=[:,]\s)planned(?=\s*[.;]|\s*$)"
            # "a working-holiday agreement is planned", "… is being prepared", "the two governments plan a memorandum"
            r"|(?:is|are)\s+(?:also\s+)?(?:planned|envisaged|foreseen|being\s+(?:prepared|drafted)|in\s+preparation)"
            r"|(?<=\s)plans?(?=\s+(?:an?|the)\s))\b",
            re.I,
        ),
    ),
    (
        "signed",
        re.compile(
            r"\b(?:signed|signing|concluded|adopted|initialled|dated|signator(?:y|ies)\s+(?:of|to)"
            r"|reached(?=\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:agreement|deal|accord|settlement|understanding)\b)"
            r"|(?<=agreement\s)reached|(?<=accord\s)reached|(?<=agreement\swas\s)reached"
            r"|(?:was|were)\s+agreed"
            # "…, and a trade agreement followed in Karachi two years later"
            r"|(?<=agreement\s)followed" + _FOLLOWED_WHEN + r"|(?<=treaty\s)followed" + _FOLLOWED_WHEN
            + r"|agreed(?:\s+(?:to|on|upon))?(?=\s+(?:an?|the)\s))\b",
            re.I,
        ),
    ),
)
# the document as the subject of a verb that tells it was made at a time: "followed in 1951", "dates from 1976"
_FOLLOWED_OR_DATES = re.compile(
    r"\s*(?:(?P<followed>followed)" + _FOLLOWED_WHEN
    + r"|(?P<dates>dat(?:es|ed|ing))\s+(?:back\s+)?(?=(?:from|to)\s+(?:\d|the\s+\d|[A-Z])))",
)
_PLANNED_DRAFT = re.compile(
    r"\bto\s+be\s+(?:negotiated|drafted|prepared)\b|\bbeing\s+(?:prepared|drafted)\b|\bin\s+preparation\b"
    r"|\b(?:intend\w*|plan\w*)\s+to\s+negotiate\b",
    re.I,
)
_NOT = re.compile(r"\b(?:negotiat\w+|draft\w*|discuss\w*|prepar\w+)\b", re.I)
_COMMISSION = re.compile(r"\b(?:session|meeting)\s+of\s+the\s+(?:[\w\-–]+\s+){0,6}?(?:Commission|Committee|Council)\b")
_SIGNATORIES = re.compile(
    r"\b(?P<who>the\s+(?:two\s+)?(?:presidents|prime\s+ministers|foreign\s+ministers|ministers|governments|heads\s+of\s+state"
    r"|leaders|parliaments|speakers))\s+(?:\w+\s+)?(?:signed|adopted)\s+$",
    re.I,
)
# a signing denied in the active voice: "have not signed", "never concluded", "did not sign" (the passive "has not
# yet been signed" tells a document that exists and waits: pending)
_NEGATED = re.compile(
    r"\b(?:(?:has|have|had|did|does|do)(?:\s+not|n[’']t)(?:\s+(?:yet|ever|so\s+far))?|never)"
    r"\s+(?:sign|signed|conclude|concluded|adopt|adopted|reach|reached)\b",
    re.I,
)


# (not "There was a joint sports MoU signed in 2010": a document said to exist)
_PREDICATE = re.compile(
    r"\b(?<![Tt]here\s)(?:is|was|are|were|counted\s+as|regarded\s+as|seen\s+as)\s+(?:an?|one)\s+(?:[\w\-]+\s+){0,2}$"
)
_NO_DOCUMENT = re.compile(r"\b[Nn]o\s+(?:[\w\-]+\s+){0,2}$")
_NO_TITLE = re.compile(r"\s*(?:so\s+|and\s+|but\s+)?no\s", re.I)


def _negated(s: str, cl: common.Clause, h: _Head) -> bool:
    """Whether the stretch of the clause between commas that holds the title denies its signing ("Although they
    never signed a peace treaty, the two countries concluded an armistice": the armistice stands)."""
    if _NO_DOCUMENT.search(s[max(0, h.start - 40) : h.start]) or _NO_TITLE.match(h.title):
        return True  # "so no fisheries agreement is yet in force"
    if _PREDICATE.search(s[max(0, h.start - 40) : h.start]):
        # "The EFTA–Chile free trade agreement … is a multilateral treaty and is not counted as a bilateral agreement":
        # what a document is said to be, or counted as, is no document of its own
        return True
    if _DROPPED.match(s, h.end):
        return True  # "A bilateral free trade agreement, proposed in 2012, was dropped once …": given up
    start = s.rfind(", ", cl.start, h.start)
    end = s.find(", ", h.end, cl.end)
    return bool(_NEGATED.search(s, cl.start if start < 0 else start, cl.end if end < 0 else end))


# a document given up or never made: its title, an aside at most, and the verb ("A consular convention, negotiated in
# 1988, was never signed")
_DROPPED = re.compile(
    r"(?:\s*,[^,;]{1,60},)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|eventually\s+)?"
    r"(?:dropped|abandoned|shelved|cancell?ed|given\s+up|withdrawn|never\s+(?:signed|concluded))\b",
    re.I,
)


_FORCE = _STATUS[0][1]
_SIGNED = _STATUS[-1][1]
_OF_DATE = re.compile(
    r"\s+of\s+(?:\d{1,2}\s+)?(?:(?:" + _MONTHS + r")\s+)?\d{4}\b"
    # (and in the American order: "the Cartagena Agreement of May 26, 1969")
    r"|\s+of\s+(?:" + _MONTHS + r")\s+\d{1,2},\s+\d{4}\b"
)
# "It entered into force for Chile in November 2006": a sentence about the agreement told just before
_BOTH_FORCE = re.compile(
    r"\s*(?:Both|The\s+two)\s+(?:treaties|agreements|documents|conventions|protocols|accords)\s+(?:\w+\s+){0,2}?"
    r"(?=(?:entered|came|took)\b)"
)
_THE_DATED = re.compile(
    r"(?:^|[;,]\s*(?:and\s+|but\s+)?)\s*[Tt]he\s+(\d{4})\s+(?:agreement|treaty|convention|accord|protocol|memorandum)"
    r"\s+(?:\w+\s+){0,2}?(?=(?:entered|came|took|awaits|awaiting)\b)"
)
_IT_FORCE = re.compile(
    r"(?:^|[;,]\s*(?:and\s+|but\s+)?)\s*(?:[Ii]t|[Tt]his\s+(?:agreement|treaty|convention)"
    # ("The agreement entered into force in 2009", "The 2007 agreement was still awaiting ratification in 2024")
    r"|^\s*The\s+(?:\d{4}\s+)?(?:agreement|treaty|convention|accord|protocol|memorandum))\s+(?:\w+\s+){0,2}?"
    r"(?=(?:entered|came|took|awaits|awaiting)\b)"
)


@dataclass
class _Head:
    match: re.Match[str]
    title: str
    start: int
    end: int


def _agreement(
    ctx: Context,
    title: str,
    status: str,
    date: str | None,
    unit: Unit,
    confidence: float,
    *,
    kind: str | None = None,
    location: dict[str, str | None] | None = None,
    parties: list[str] | None = None,
) -> Fact:
    """An agreement fact of the pair (or of the ``parties`` its title names)."""
    assert ctx.dyad
    fields = {
        "title": title,
        "kind": kind or _kind(title),
        "status": status,
        "date": date,
        "parties": parties or sorted(ctx.dyad),
        "location": location,
        "subject": None,
    }
    return Fact("agreement", fields, [unit], confidence)


def _kind(title: str) -> str:
    for kind, rx in _KIND:
        if rx.search(title):
            return kind
    return "agreement"


# an item "- Trade agreement: signed in Tunis in 1984, in force since 1986": a document named as the label, and
# what the rest says of it after the colon (a clause in small letters)
_LABEL = re.compile(r"^(?P<label>(?:[-*\u2022]\s*)?[^:;,.()]{3,160}?)\s*:\s+(?=[a-z])")


def _label_as_subject(unit: Unit, s: str) -> str:
    """The item's colon after a document's name made a comma (of the same length, so every offset holds), so that
    the clause after it is the document's own, as in "- Trade agreement, signed in Tunis in 1984"."""
    m = _LABEL.match(s) if unit.kind == "item" else None
    if m is None:
        return s
    heads = [h for h in _HEAD.finditer(m.group("label")) if not h.group().lower().endswith("s")]
    if not heads:
        return s  # "- 2005: …", "- Agreements in force: …" (a plural announces a list)
    colon = s.index(":", m.end("label"))
    return s[:colon] + "," + s[colon + 1 :]


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts: list[Fact] = []
    last_visit: tuple[str | None, dict[str, str | None] | None] = (None, None)
    reached: str | None = None  # the date the paragraph has reached
    block = -1
    last_fact: Fact | None = None
    lead: tuple[int, str, str | None] | None = None  # (list block, status, date) a lead-in sentence gives
    named: tuple[str, dict[str, str]] = ("", {})  # (section, the last full title of each head word named in it)
    last_told: list[Fact] = []  # the documents the last sentence that named some signed
    proper: dict[str, str] = {}  # a capitalized head word -> the full name the article gave it first
    for unit in common.units(ctx):
        if unit.block != block:
            block, reached, last_fact = unit.block, None, None
        elif unit.kind == "item":
            reached = None  # each item of a list is an entry of its own: no date runs on from the one above
        s = _label_as_subject(unit, common.text(ctx, unit))
        dates = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "interval", "relative", "since")]
        # (also mid-sentence: "Both parliaments ratified it in January 2018, and it entered into force in …")
        it = _IT_FORCE.match(s) or (None if _HEAD.search(s) else _IT_FORCE.search(s))
        both = _BOTH_FORCE.match(s)
        dated = _THE_DATED.search(s)
        if dated:
            # "…, and the 2007 agreement was still awaiting ratification in 2024": the one signed that year
            year = [f for f in facts if f.fields["status"] == "signed" and str(f.fields["date"] or "")[:4] == dated[1]]
            it, last_fact = (dated, year[-1]) if year else (it, last_fact)
        if it and last_fact is not None and (awaiting := _AWAITING.search(s, it.start())) and not _FORCE.search(s):
            after = [d for d in dates if d.start >= awaiting.end()]
            fields = {**last_fact.fields, "status": "pending", "date": after[0].value if after else None}
            if not any(f.fields == fields for f in facts):
                facts.append(Fact("agreement", fields, [unit], 0.7))
        if (it or both) and last_fact is not None and _FORCE.search(s):
            force = _FORCE.search(s)
            after = [d for d in dates if force and d.start >= force.start()]
            # ("Both treaties entered into force later that year": each of the two the sentence before signed)
            told = last_told[-2:] if both and len(last_told) >= 2 else [last_fact]
            for signed in told:
                fields = {**signed.fields, "status": "in_force", "date": after[0].value if after else None}
                if fields["date"] and not any(f.fields == fields for f in facts):
                    facts.append(Fact("agreement", fields, [unit], 0.7))
        listed = lead if unit.kind == "item" and lead is not None and lead[0] == unit.block else None
        if unit.kind == "sentence" and s.rstrip().endswith(":"):
            # "During the visit, the following documents were signed:" over a list: its items take the status and
            # the date the lead-in gives (its own, or the visit's)
            said = [st for st, rx in _STATUS if rx.search(s) and st != "in_force"][:1]
            when = dates[0].value if dates else (last_visit[0] if re.search(r"\bvisit|\btrip", s, re.I) else None)
            lead = (unit.block + 1, said[0], when) if said else None
        if _HEAD.search(s):
            when, status = (listed[2], listed[1]) if listed else (reached, None)
            found = _from_sentence(ctx, unit, s, dates, last_visit, when, last_fact, status)
            bare = _THE_DOCUMENT.match(s)
            if bare and unit.section == named[0] and (earlier := named[1].get(_singular(bare.group(1).lower()))):
                # "… announced the conclusion of negotiations on a free trade agreement. / The agreement was signed
                # in Beijing on 28 April 2009": the document the section last named with that head word
                found = [
                    replace(f, fields={**f.fields, "title": earlier})
                    if f.fields["title"].lower() == _singular(bare.group(1).lower())
                    else f
                    for f in found
                ]
            if found:
                last_fact = found[-1]
                last_told = [f for f in found if f.fields["status"] == "signed"]
            facts.extend(f for f in found if f not in facts)
            if unit.section != named[0]:
                named = (unit.section, {})
            for h in _heads(s):
                word = _singular(h.match.group().lower())
                if h.title.lower() != word and len(h.title.split()) > 1 and not _COUNT.match(h.title):
                    named[1][word] = h.title
                first = h.title.split()[0]
                if first[:1].isupper() and first == h.match.group() and re.match(r"\S+\s+of\s+[A-Z]", h.title):
                    proper.setdefault(first, h.title)  # "Compact of Free Association", for a later "the Compact"
        renewed = _RENEWED.search(s)
        if renewed and last_fact is not None:
            # "…; it was renewed in 2016 and again in 2021": each renewal is the document signed again
            for d in dates:
                if d.start < renewed.end() or d.kind != "point":
                    continue
                if not re.fullmatch(r"[^;.]*?", s[renewed.end() : d.start]):
                    break
                fields = {**last_fact.fields, "status": "signed", "date": d.value, "location": None}
                if not any(f.fields == fields for f in facts):
                    facts.append(Fact("agreement", fields, [unit], 0.7))
        # (not a document's entry into force years later: "… signed during the visit and took effect two years later")
        visit_dates = [d for d in dates if not dates_mod.force_aside(s, d)]
        if re.search(r"\bvisit|\btrip\b", s, re.I) and visit_dates:
            cities = common.cities(ctx, unit)
            place = {"city": common.written(cities[0]), "country": cities[0].code} if cities else None
            last_visit = (visit_dates[0].value, place)
        if dates:
            reached = dates[0].value
    for table in ctx.doc.tables:
        facts.extend(f for f in _from_table(ctx, table) if f not in facts)
    return [_named_in_full(f, proper) for f in facts]


_SHORT_NAME = re.compile(r"(?P<mod>(?:(?:amended|revised|new|original|updated|first|second)\s+)?)(?P<word>[A-Z][a-z]+)")


def _named_in_full(f: Fact, proper: dict[str, str]) -> Fact:
    """ "An amended Compact was signed in Majuro": the document the article named in full before ("the Compact of
    Free Association"), by its capitalized head word alone."""
    short = _SHORT_NAME.fullmatch(str(f.fields["title"]))
    full = proper.get(short.group("word")) if short else None
    if short is None or full is None:
        return f
    return replace(f, fields={**f.fields, "title": short.group("mod") + full})


# a sentence that opens on the document just named: "The agreement was signed …", "This treaty entered into force …"
_THE_DOCUMENT = re.compile(
    r"(?:The|This|That)\s+(agreement|treaty|accord|convention|protocol|memorandum)\s+(?:was|were|had|has|is|entered)\b"
)

# a document renewed or extended: "it was renewed in 2016 and again in 2021", "The treaty … was renewed in 1991"
_RENEWED = re.compile(
    r"\b(?:it|they|which|the\s+(?:treaty|agreement|memorandum|accord|pact|convention|protocol))?\s*(?:was|were|has\s+been"
    r"|have\s+been)\s+(?:later\s+|then\s+|since\s+)?(?:renewed|extended|prolonged)\b",
    re.I,
)
_AGREEMENTS_SECTION = re.compile(
    r"\b(?:agreements?|treaties|documents|legal\s+(?:basis|framework)|treaty\s+basis|conventions)\b", re.I
)
_TITLE_HEAD = re.compile(r"\b(?:agreements?|documents?|treat(?:y|ies)|title|name|instruments?|conventions?)\b", re.I)
_SIGNED_HEAD = re.compile(r"\b(?:signed|signing|date|concluded)\b", re.I)
_FORCE_HEAD = re.compile(r"\b(?:in\s+force|into\s+force|effective|ratified|valid)\b", re.I)


def _from_table(ctx: Context, table: Any) -> list[Fact]:
    """A table of agreements: a title column, a signing column and maybe an in-force column."""
    assert ctx.dyad
    if table.header is None:
        return []
    heads = [ctx.doc.plain_of(c).strip() for c in table.header.cells]
    title_col = next((i for i, h in enumerate(heads) if _TITLE_HEAD.search(h)), None)
    force_col = next((i for i, h in enumerate(heads) if _FORCE_HEAD.search(h)), None)
    signed_col = next(
        (i for i, h in enumerate(heads) if _SIGNED_HEAD.search(h) and i not in (title_col, force_col)), None
    )
    # a column that says where each stands in words ("in force since 2003", "initialled in 2019, awaiting
    # signature"), and one of places
    status_col = next(
        (i for i, h in enumerate(heads) if _STATUS_HEAD.search(h) and i not in (title_col, signed_col, force_col)), None
    )
    place_col = next(
        (i for i, h in enumerate(heads) if _ROW_PLACE_HEAD.search(h) and i not in (title_col, status_col)), None
    )
    if title_col is None or (signed_col is None and force_col is None and status_col is None):
        return _from_notes(ctx, table, heads)
    out = []
    for row in table.rows:
        cells = [ctx.doc.plain_of(c).strip() for c in row.cells]
        if title_col >= len(cells) or not cells[title_col] or not _HEAD.search(cells[title_col]):
            continue
        title = " ".join(cells[title_col].split())
        location = None
        for col in (place_col, signed_col):
            if location is None and col is not None and col < len(cells):
                found = gazetteer.find_cities(cells[col])
                location = {"city": common.written(found[0]), "country": found[0].code} if found else None
        told = set()
        for col, status in ((signed_col, "signed"), (force_col, "in_force")):
            if col is None or col >= len(cells):
                continue
            date = _cell_date(cells[col])
            if date is None:
                continue
            told.add(status)
            place = location if status == "signed" else None
            out.append(_agreement(ctx, title, status, date, row.unit, 0.8, location=place))
        if status_col is not None and status_col < len(cells) and _GIVEN_UP_CELL.search(cells[status_col]):
            continue  # "negotiated 2020, never signed", "abandoned": no document
        if status_col is not None and status_col < len(cells):
            said = next((st for st, rx in _STATUS if rx.search(cells[status_col])), None)
            if said is None and _UNDER_TALKS_CELL.match(cells[status_col]):
                said = "pending"  # a status cell "under negotiation since 2021": the document waits
            if said is not None and said not in told:
                out.append(_agreement(ctx, title, said, _cell_date(cells[status_col]), row.unit, 0.8))
    return out


_GIVEN_UP_CELL = re.compile(r"\b(?:never\s+(?:signed|concluded)|dropped|abandoned|shelved|cancell?ed)\b", re.I)
_UNDER_TALKS_CELL = re.compile(r"\s*(?:still\s+)?under\s+(?:negotiation|discussion)\b", re.I)
_STATUS_HEAD = re.compile(r"\b(?:status|state|notes?|remarks?)\b", re.I)


def _cell_date(cell: str) -> str | None:
    """The date a cell gives: the whole cell ("9 May 2001"), else the first date in it ("Libreville, 1995", "in force
    since 2003"); none for a dash."""
    if not cell.strip(" -–—"):
        return None
    date = dates_mod.parse_date(cell)
    if date is None:
        found = [d for d in dates_mod.find_dates(cell) if d.value]
        date = found[0].value.split("/")[0] if found else None
    if date is None:
        # (a year alone after a place, which the date grammar leaves to its context: "Oslo, 1995")
        year = re.search(r"(?<![\d.])(1[6-9]\d\d|20\d\d)(?![\d.])", cell)
        date = year.group(1) if year else None
    return date


_ROW_DATE_HEAD = re.compile(r"\b(?:dates?|years?|when)\b", re.I)
_ROW_PLACE_HEAD = re.compile(r"\b(?:places?|cit(?:y|ies)|locations?|venues?|destinations?)\b", re.I)


def _from_notes(ctx: Context, table: Any, heads: list[str]) -> list[Fact]:
    """A table of visits or meetings whose notes tell of a signing ("| 11 January 2024 || Putrajaya || … ||
    Memorandum of understanding on … signed"): the document, at the row's date and place."""
    assert ctx.dyad
    date_col = next((i for i, h in enumerate(heads) if _ROW_DATE_HEAD.search(h)), None)
    if date_col is None:
        return []
    place_col = next((i for i, h in enumerate(heads) if _ROW_PLACE_HEAD.search(h)), None)
    out = []
    for row in table.rows:
        cells = [ctx.doc.plain_of(c).strip() for c in row.cells]
        if date_col >= len(cells):
            continue
        date = dates_mod.parse_date(cells[date_col])
        if date is None:
            continue
        location = None
        if place_col is not None and place_col < len(cells):
            found = gazetteer.find_cities(cells[place_col])
            location = {"city": common.written(found[0]), "country": found[0].code} if found else None
        for i, cell in enumerate(cells):
            if i in (date_col, place_col) or not _HEAD.search(cell):
                continue
            for part in re.split(r";\s*", cell):
                if not (_HEAD.search(part) and _SIGNED.search(part)) or _NOT.search(part):
                    continue
                for h in _heads(part):
                    if h.match.group().lower().endswith("s") or not _SIGNED.search(part, h.end):
                        continue
                    # a cell begins with a capital: "Friendship treaty" is a description in sentence case
                    words = h.title.split()
                    plain = len(words) > 1 and not any(w[:1].isupper() for w in words[1:])
                    title = h.title[:1].lower() + h.title[1:] if plain else h.title
                    out.append(_agreement(ctx, title, "signed", date, row.unit, 0.75, location=location))
    return out


def _heads(s: str) -> list[_Head]:
    out: list[_Head] = []
    for m in _HEAD.finditer(s):
        if out and out[-1].start <= m.start() < out[-1].end:
            continue  # "(MoU)" after "Memorandum of Understanding", or a head inside another's title
        if _HEAD.match(s, m.end() + 1) and s[m.end() : m.end() + 1] == " ":
            continue  # "… Partnership Agreement": the next head word is the head, this one a modifier
        spans = list(re.finditer(r"\S+", s[: m.start()]))
        words = [w.group() for w in spans]
        pre: list[str] = []
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if (
                w in ("and", "&")
                # (or a proper name before a common head: "the Belt and Road Initiative memorandum of understanding")
                and (m.group()[:1].isupper() or (pre and all(x[:1].isupper() for x in pre)))
                and pre[:1] != []
                and pre[0][:1].isupper()
                and k > 0
                and words[k - 1][:1].isupper()
                and not _PRE_STOP.match(words[k - 1])
            ):
                pre.insert(0, w)  # "the Trade and Economic Cooperation Agreement": a coordination inside the title
                continue
            if (
                w == "and"
                and pre
                and k > 1
                and re.fullmatch(r"[a-z][a-z\-]+", words[k - 1])
                and not _PRE_STOP.match(words[k - 1])
                and re.fullmatch(r"(?i)an?|the|its|their", words[k - 2])
            ):
                pre.insert(0, w)  # "a transit and transport agreement": the article opens the coordination
                continue
            if _PRE_STOP.match(w.strip(",;:")) or w.endswith((",", ";", ":")) or "(" in w or ")" in w:
                break
            pre.insert(0, w)
            if len(pre) == 5:
                break
        if m.group()[:1].isupper():
            # a proper title keeps only its capitalized words: "a twenty-year Treaty of Friendship …"
            while pre and not pre[0][:1].isupper():
                pre.pop(0)
        # (where the first word kept begins in the text: words may be glued to the head or spaced unevenly)
        start = spans[len(words) - len(pre)].start() if pre else m.start()
        post = _POST.match(s, m.end())
        end = post.end() if post else m.end()
        if m.group().lower().endswith("s") and post and post.end() > m.end():
            tail = _LIST_TAIL.match(s, end)
            if tail:
                end = tail.end()
        elif post and re.fullmatch(r"\s+(?:of|on)\s+[A-Za-z]+", s[m.end() : post.end()]):
            # "a treaty of friendship, commerce and navigation", "a protocol on financial, economic and technical
            # assistance": the list of what it is of
            tail = _NOUN_LIST.match(s, end)
            if tail and s[m.end() : post.end()].split()[-1].islower():
                end = tail.end()
        between = _BETWEEN_LIST.match(s, end) if s[m.end() : m.end() + 9].lower() == " between " else None
        if between is not None:
            # "a tripartite agreement between Kenya, Somalia and the UNHCR on the voluntary repatriation of …":
            # the list of parties runs on, and the subject after it belongs to the title
            end = between.end()
        end = _proper_end(s, m, start, end)
        # "a declaration on offshore wind in Brussels": the place of the signing closes the title
        place = re.search(r"\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w\-']*(?:\s+[A-Z][\w\-']*)*)\s*$", s[m.end() : end])
        if place:
            c = gazetteer.find_cities(place.group(1))
            if c and c[0].start == 0 and c[0].end == len(place.group(1)):
                end = m.end() + place.start()
        title = " ".join(s[start:end].split()).strip(" ,")
        out.append(_Head(m, title, start, end))
    return out


_BETWEEN_LIST = re.compile(
    r"(?:,\s*(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)*,?\s+and\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*"
    r"(?:\s+(?:on|for|concerning|regarding)\s+(?!(?:the\s+)?(?:\d|(?:" + _MONTHS + r")\b))[^,;:.()]+?)?"
    r"(?=\s+(?:was|were|is|are|has|had|signed|in|on|at)\b|[,;:.]|$)"
)
_ENUMERATED = re.compile(r"(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)+,?\s+and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*")


def _proper_end(s: str, m: re.Match[str], start: int, end: int) -> int:
    """A capitalized head names a document ("Treaty of San Francisco"): its title runs over capitalized words and
    the glue between them, and stops at the first other lower-case word. An enumeration of capitalized words
    belongs to it ("Treaty of Friendship, Good Neighbourliness and Cooperation")."""
    if not m.group()[:1].isupper() or end <= m.end():
        return end
    first = re.match(r"\s+(?:of|on|for|between|concerning|regarding)\s+(?:the\s+)?(\S)", s[m.end() : end])
    if first and first.group(1).islower():
        return end  # "Agreement on the avoidance of double taxation": a description, capitalized only to begin
    more = _ENUMERATED.match(s, end)
    if more and re.search(r"\bof\s+[A-Z]\w*$", s[m.start() : end]):
        extra = s[end : more.end()]
        if not gazetteer.find_countries(extra) and not gazetteer.find_cities(extra):  # not a list of signatories
            end = more.end()
    last = m.end()
    for w in re.finditer(r"\S+", s[m.end() : end]):
        word = w.group().strip(",;:()")
        if word == "in" and gazetteer.find_cities(s[m.end() + w.end() : end].lstrip()[:40]):
            break  # "a Treaty of Friendship in Rome": the place of signing, not the title
        if word[:1].isupper() or word[:1].isdigit() or "–" in word:
            last = m.end() + w.end()
        elif not _TITLE_GLUE.match(word):
            break
    return last


def _without_party(ctx: Context, title: str) -> str:
    """ "memorandum of understanding on military cooperation with Oman": the other party of the pair closing a
    title is no part of it."""
    tail = re.search(r"\s+with\s+(?:the\s+)?([A-Z][\w\s\-']{1,40})$", title)
    if tail is None:
        return title
    whole = gazetteer.find_countries(tail.group(1))
    if whole and whole[0].start == 0 and whole[0].end == len(tail.group(1)) and whole[0].code in (ctx.dyad or ()):
        return title[: tail.start()]
    return title


def _with_third_party(ctx: Context, s: str, h: _Head) -> bool:
    """The agreement's other party, named by "with …" in or right after its title, is outside the pair."""
    m = re.search(r"\bwith\s+(?:the\s+)?([A-Z][^,;.()]{1,60})", s[h.start : h.end + 60])
    if not m:
        return False
    text = m.group(1)
    if re.search(r"\bas\s+(?:witness|guarantor|mediator|observer)", s[h.start + m.end() : h.end + 200]):
        return False  # "… with Annan and representatives of France … as witnesses": not a party
    # the party is what "with" names first ("with Greece", "with the European Union"), not a state further on
    first = [c.code for c in gazetteer.find_countries(text) if c.start == 0]
    if any(c in (ctx.dyad or ()) for c in first):
        return False
    return bool(first) or any(o.start == 0 for o in gazetteer.find_organizations(text))


def _without_titles(s: str, start: int, end: int, heads: list[_Head]) -> str:
    """s[start:end] with the agreement titles in it blanked."""
    chars = list(s[start:end])
    for h in heads:
        for i in range(max(h.start, start), min(h.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _later_force(s: str, clauses: list[common.Clause], ci: int) -> re.Match[str] | None:
    """ "…was signed on D1, and took effect on D2" / "…; both entered into force on D2": a later clause of the
    sentence with no agreement of its own whose verb is entering into force, said of the ones before it."""
    for cl in clauses[ci + 1 :]:
        part = s[cl.start : cl.end]
        if _HEAD.search(part):
            return None
        force = _FORCE.search(part)
        if (
            force
            and (
                re.fullmatch(
                    r"\s*(?:(?:both|they|it|which|all|each|the\s+(?:two|three|latter|former))\s+(?:of\s+them\s+)?)?"
                    r"(?:also\s+|later\s+|then\s+|finally\s+)?",
                    part[: force.start()],
                    re.I,
                )
                # "…; it was finally approved by the voters in 1993 and entered into force on …"
                or re.match(r"\s*(?:it|they|both|which)\b[^;]*\band\s+$", part[: force.start()], re.I)
            )
        ):
            return _FORCE.search(s, cl.start + force.start(), cl.end)
    return None


_SUCH_AS = re.compile(
    r"\b(?:agreements|treaties|documents|memoranda|conventions|protocols|accords)\s*,?\s*"
    r"(?:such\s+as|including|among\s+them|like|notably)\b",
    re.I,
)


def _from_sentence(
    ctx: Context,
    unit: Unit,
    s: str,
    dates: list[DateMatch],
    last_visit: tuple[str | None, dict[str, str | None] | None],
    reached: str | None,
    last_fact: Fact | None,
    listed: str | None = None,
) -> list[Fact]:
    """``listed``: the status a lead-in over the list this item belongs to gives ("… were signed:")."""
    assert ctx.dyad
    out: list[Fact] = []
    clauses = common.clauses(re.sub(r"\band\s+that\b", ";   that", s))
    heads = _heads(s)
    # the place of a signing is a city after "in"/"at" ("signed in Rabat"), never one inside a title or a list of
    # signatories ("signed by Chile, New Zealand and Singapore")
    cities = [
        c
        for c in common.cities(ctx, unit)
        if not any(h.start <= c.start < h.end for h in heads) and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", s[: c.start])
    ]
    location = {"city": common.written(cities[0]), "country": cities[0].code} if cities else None
    for h in heads:
        m = h.match
        colon = s.rfind(":", 0, h.start)
        if m.group().lower().endswith("s") and re.match(r"^\s*:", s[h.end :]):
            continue  # "two pending agreements: the A and the B" — the list items are the agreements
        if (
            m.group().lower().endswith("s")
            and s.rstrip().endswith(":")
            and not _HEAD.search(s, h.end, len(s.rstrip()) - 1)
        ):
            continue  # "Agreements signed between the two countries include:" announces the list below
        if _DESCRIBED.search(s, 0, h.start):
            # "…, Mongolia's first free trade agreement", "It was the first comprehensive trade agreement that …": a
            # description of the document just named
            continue
        if _ACTED_ON.search(s, 0, h.start):
            continue  # "a protocol upgrading the free trade agreement": that one was signed before
        if m.group().lower().endswith("s") and _ONE_OF.search(s, 0, h.start):
            continue  # "…, one of the first of the new Brazilian investment agreements": a class, no document
        if _COUNT.match(h.title) or re.search(
            r"(?:\b(?:some|about|over|around|nearly|almost|more\s+than|than)\s+)?\b\d+\s+$", s[: h.start]
        ):
            # "over 40 bilateral agreements, including on visa-free travel (2009) and on readmission (2011)": the
            # count is no agreement, the items it names are
            items = _included(ctx, unit, s, h, dates)
            out.extend(items)
            told = s[: h.start] + s[h.end :]
            if items or not (
                re.match(
                    r"(?i)(?:a\s+set\s+of\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b",
                    h.title,
                )
                and re.search(r"\b(?:signed|concluded)\b", told)
                and re.search(r"\b(?:a\s+set\s+of|package\s+of)\s+$", s[max(0, h.start - 20) : h.start])
            ):
                continue
            # "signed a set of nine cooperation agreements covering oil, security, …": the set is one fact
        if m.group().lower().endswith("s") and re.match(
            r"\s*,?\s*(?:such\s+as|including|among\s+them|like)\b", s[h.end :], re.I
        ):
            continue  # "several bilateral agreements such as A, B and C": the list's items are the agreements
        ci = next((i for i, c in enumerate(clauses) if c.start <= m.start() < c.end), 0)
        cl = clauses[ci] if clauses else common.Clause(0, len(s))
        # a title with commas of its own ("Agreement of Friendship, Cooperation, and Mutual Assistance") runs on
        # into the clause where it ends: that clause's verb is its own
        last = next((i for i, c in enumerate(clauses) if c.start < h.end <= c.end), ci)
        if last > ci:
            ci, cl = last, common.Clause(cl.start, clauses[last].end)
        own = s[cl.start : cl.end]
        # (and the infinitives coordinated with it: "… and to sign a free trade agreement with China (2005)")
        told = re.sub(r"\bto\s+sign\b", "signed", own) if _FIRST_TO.search(own) else own
        statuses = [st for st, rx in _STATUS if rx.search(told)]
        lead_in = None
        if not statuses and colon != -1 and colon < h.start:
            lead_in = s[:colon]
            statuses = [st for st, rx in _STATUS if rx.search(lead_in) and st != "in_force"][:1]
        such = _SUCH_AS.search(s, 0, h.start)
        if not statuses and such is not None:
            # "… have signed several agreements such as A (1999); B (2002); and C (2004)": the items of the list
            # take the status its lead-in states
            lead_in = s[: such.start()]
            statuses = [st for st, rx in _STATUS if rx.search(lead_in) and st != "in_force"][:1]
        if not statuses and _FOLLOWED_OR_DATES.match(s, h.end):
            # the document is the subject of the verb: "A Treaty of Friendship followed in 1951", "an agreement on
            # cultural cooperation dates from 1976" — one that was made then (the look-behind of _STATUS only
            # sees a title that ends in its kind word)
            statuses = ["signed"]
        if (
            not statuses
            and ci > 0
            and not re.search(r"\b(?:\w+ed|was|were|is|are|has|have|had)\b", own[: m.start() - cl.start])
            # a gapped clause is short ("and the ministers of culture a programme …"), other titles aside
            and len(_without_titles(s, cl.start, m.start(), heads).split()) <= 8
        ):
            # a gapped clause: "…, and the ministers of culture a programme of …"
            prev = s[clauses[ci - 1].start : clauses[ci - 1].end]
            statuses = [st for st, rx in _STATUS if rx.search(prev) and st != "in_force"][:1]
        if not statuses and _DONE_BY.search(s, 0, h.start):
            statuses = ["signed"]  # "the boundary was fixed by a further agreement in 1981": a document that acted
        if not statuses and listed is not None:
            statuses = [listed]
        if (
            not statuses
            and ci == 0
            and last_fact is not None
            and last_fact.fields.get("status") == "signed"
            and re.search(r"^[^,;]*\bfollowed\b(?!\s+by\b)", own[m.start() - cl.start :], re.I)
        ):
            # "A general agreement was signed in May 1998. A security agreement followed on 17 April 2001."
            statuses = ["signed"]
        if ci > 0 and "signed" not in statuses and re.search(r"\bfollowed\b", own, re.I):
            # "A memorandum … was signed in 2007; an agreement on visa exemption followed in 2012": the same act
            prev = s[clauses[ci - 1].start : clauses[ci - 1].end]
            statuses = [st for st, rx in _STATUS if rx.search(prev) and st != "in_force"][:1] + statuses
        if not statuses and unit.kind == "item" and _AGREEMENTS_SECTION.search(unit.section or ""):
            statuses = ["signed"]  # "== Agreements ==" then "- Memorandum on Cooperation in Tourism (2019)"
        if (
            not statuses
            and (h.title[:1].isupper() or re.fullmatch(r"(?:an?\s+)?\w+", h.title))
            and _OF_DATE.match(s, h.end)
        ):
            statuses = ["signed"]  # "the Nakhchivan Agreement of 3 October 2009": a document known by its date
        elif statuses == ["in_force"] and _OF_DATE.match(s, h.end):
            # "The tax convention of 2006 has been in force since 1 January 2007": made in 2006, in force since
            statuses = ["signed", "in_force"]
        if not statuses:
            continue
        if _negated(s, cl, h) or re.match(r"(?i)(?:any|no)\s", h.title):
            continue  # "The two countries have not signed any bilateral agreement so far": none exists
        if (
            _NOT.search(own)
            and "signed" not in statuses
            and "pending" not in statuses
            and not ("planned" in statuses and _PLANNED_DRAFT.search(own))
        ):
            continue  # (not "… is to be negotiated once …", "… is being prepared": a plan)
        if ("planned" in statuses or "pending" in statuses) and not (
            # "A treaty on legal assistance, signed in 1989, was still awaiting ratification in 1990": both told
            "pending" in statuses and _SIGNED_ASIDE.search(own)
        ):
            statuses = [x for x in statuses if x != "signed"]
        if (
            "in_force" in statuses
            and "signed" not in statuses
            and re.search(r"\bsigned\b", own + " " + s[: max(colon, 0)], re.I)
        ):
            statuses.insert(0, "signed")  # (its own clause's or the lead-in's signing, not another clause's)
        later = _later_force(s, clauses, ci) if "in_force" not in statuses else None
        if later is not None:
            statuses.append("in_force")
        # "the agreement" alone refers to the agreement just told
        bare = re.fullmatch(r"(?:agreement|memorandum|document|treaty|MoU)", h.title, re.I)
        if bare and _complete(h.title, s, h) != h.title:
            bare = None  # "The Treaty establishing the Benelux Economic Union": named by what it did
        parent = out[-1] if out else last_fact
        its = re.search(r"\bits\s*$", s[: h.start], re.I)
        if its and parent is not None and re.fullmatch(r"(?:protocol|annex|amendment|addendum)", h.title, re.I):
            # "a transit and transport agreement … was signed on 21 March 2016; its protocol was signed in April
            # 2019": the protocol to that agreement
            h = _Head(h.match, f"{h.title} to the {parent.fields['title']}", h.start, h.end)
            bare = None
        if bare and re.search(r"\bthe\s*$", s[: h.start], re.I) and last_fact is not None:
            last_fact.units.append(unit)
            if last_fact.fields.get("location") is None:
                last_fact.fields["location"] = location
            continue
        if _with_third_party(ctx, s, h):
            continue  # "Georgia signed an association agreement with the European Union": not the pair's
        if re.search(r"\b(?:[Gg]overnment|[Cc]ouncil|[Pp]arty|[Mm]ovement|[Ff]ront)\s+of\s+(?:the\s+)?$", s[: h.start]):
            continue  # "the Government of National Accord": a government's name, no document
        if re.search(r"\b(?:no|nor|without\s+(?:an?|any))\s+$", s[max(0, h.start - 16) : h.start], re.I) or re.match(
            r"(?:but\s+)?(?:no|nor)\s", h.title, re.I
        ):
            continue  # "… met at the border on 26 February 1983, but no agreement was reached"
        if re.fullmatch(r"(?:agreements|treaties|documents|memoranda|accords|conventions|protocols)", h.title, re.I):
            continue  # "Under agreements signed on …": a bare plural names no document
        titles = _split_list(h.title, m.group())
        titles = [_without_party(ctx, _complete(t, s, h)) for t in titles]
        if (
            bare
            and out
            and titles == [h.title]
            and re.search(r"\b(?:a\s+new|another|a\s+further|a\s+revised|an\s+updated)\s+$", s[: h.start], re.I)
        ):
            # "A defence cooperation agreement, concluded in 1995, …; it was replaced by a new agreement signed in
            # 2009": the new one is another document of the same name
            titles = [str(out[-1].fields["title"])]
        # "Agreements on A and on B were signed in 2005 and 2007 respectively": one date each, in order
        each = [d.value for d in dates if h.end <= d.start < cl.end]
        paired = len(titles) > 1 and len(each) == len(titles) and re.search(r"\brespectively\b", own, re.I)
        told_dates: dict[str, tuple[str | None, dict[str, str | None] | None]] = {}
        # (the signing first: a later entry into force may count from it)
        for status in sorted(statuses, key=lambda x: x != "signed"):
            date, loc = _date_for(s, h, cl, dates, status, lead_in, reached, last_visit)
            named_visit = _named_visit(ctx, unit, s, cl, dates) if status == "signed" else None
            if named_visit is not None:
                # "… was signed during Steinmeier's state visit", "during the royal visit of 2016": the days and
                # the place of the visit the article tells elsewhere
                date, loc = named_visit
            signed_on = told_dates.get("signed", (None, None))[0]
            force = _FORCE.search(s, h.end) if status == "in_force" and signed_on else None
            years = dates_mod.year_offset(s[force.end() : force.end() + 30]) if force else None
            if years is not None and signed_on is not None:
                # "… was signed during Varela's state visit and took effect two years later": years after the signing,
                # wherever the article told its date
                date = dates_mod.shift_years(signed_on.split("/")[0], years)
            day = re.match(r"\s+on\s+the\s+(last|final|first)\s+day\b", s[h.end :], re.I)
            if day and date and "/" in date:
                # "… from 26 May to 2 June 1955 … signed the Belgrade Declaration on the last day of the visit"
                date = date.split("/")[0 if day.group(1).lower() == "first" else 1]
            told_dates[status] = (date, loc)
        for status in statuses:
            date, loc = told_dates[status]
            for k, t in enumerate(titles):
                when = each[k] if paired and status == "signed" else date
                parties = _internal_party(s) or _between_parties(t) or _signatories(ctx, s, h)
                out.append(_agreement(ctx, t, status, when, unit, 0.75, location=location or loc, parties=parties))
    return out


# a visit named by who made it, where, or its year: "during Steinmeier's state visit", "during the royal visit of
# 2016", "during the Canberra talks of 2023", "signed during the Widodo visit"
_DURING_VISIT = re.compile(
    r"\bduring\s+(?:the\s+)?(?P<desc>(?:[\w\-'’]+\s+){0,3}?)(?:(?:state|official|working|royal|first)\s+)*"
    r"(?P<what>visit|talks|trip|stay)(?:\s+of\s+(?P<year>(?:1[89]|20)\d\d))?\b"
    # a gathering named by its kind and its time, or by what it was: "at the consultations of October 2018", "at the
    # 2019 consultations", "at the working-group meeting in Monrovia", "during the Rio+20 meeting"
    r"|\b(?:during|at)\s+the\s+(?P<gdesc>(?:[\w\-'’+]+\s+){0,3}?)"
    r"(?P<gathering>consultations|meeting|session|summit|forum|conference|round)"
    r"(?:\s+of\s+(?P<when>(?:(?:" + _MONTHS + r")\s+)?(?:1[89]|20)\d\d))?\b",
    re.I,
)
_VISIT_WORDS = re.compile(r"\b(?:visit\w*|trip|talks|received|travel\w*|came\s+to|went\s+to)\b", re.I)
_ROYAL = ("King", "Queen", "Emperor", "Sultan", "Emir", "Prince", "Princess", "Grand Duke")


def _visits(ctx: Context) -> list[tuple[int, str, str, dict[str, str | None] | None]]:
    """Every visit the article tells, for a signing dated by one: (its unit's index, its text, its date, its place),
    one per dated clause of the sentences and items with a word of visiting, and one per row of a table of visits."""
    cached = ctx.cache.get("agreement_visits")
    if cached is not None:
        return cached  # type: ignore[no-any-return]

    def about_visits(t: Table) -> bool:
        heads = [ctx.doc.plain_of(c) for c in (t.header.cells if t.header else [])]
        caption = [ctx.doc.plain_of(t.caption)] if t.caption is not None else []
        return re.search(r"\bvisits?\b", " ".join([t.section, *heads, *caption]), re.I) is not None

    rows = {id(r.unit) for t in ctx.doc.tables if about_visits(t) for r in t.rows}
    out: list[tuple[int, str, str, dict[str, str | None] | None]] = []
    for unit in ctx.doc.units:
        text = ctx.doc.plain_of(unit)
        if not (id(unit) in rows or (unit.kind in ("sentence", "item") and _VISIT_WORDS.search(text))):
            continue
        found = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "interval", "relative")]
        towns = [c for c in common.cities(ctx, unit) if c.code in (ctx.dyad or ())]
        # (a sentence may tell several happenings: each clause with a date is one, with the words and the place of
        # its own stretch; the first one from the start of the sentence)
        out += [(unit.index, *x) for x in _dated_stretches(unit, text, found, towns, from_start=True)]
    ctx.cache["agreement_visits"] = out
    return out


def _dated_stretches(
    unit: Unit, text: str, found: list[DateMatch], towns: list[gazetteer.Mention], *, from_start: bool
) -> list[tuple[str, str, dict[str, str | None] | None]]:
    """Each clause of a unit that holds a date, run on to the next such clause: (its text, its first date, the first
    town in it); ``from_start``: the first one begins where the unit does."""
    out: list[tuple[str, str, dict[str, str | None] | None]] = []
    parts = common.clauses(text) if unit.kind != "row" else [common.Clause(0, len(text))]
    for k, part in enumerate(parts):
        own = [d for d in found if part.start <= d.start < part.end]
        if not own:
            continue
        end = next((p.start for p in parts[k + 1 :] if any(p.start <= d.start < p.end for d in found)), len(text))
        start = 0 if from_start and not out else part.start
        cities = [c for c in towns if start <= c.start < end]
        place = {"city": common.written(cities[0]), "country": cities[0].code} if cities else None
        out.append((text[start:end], own[0].value, place))
    return out


def _gatherings(ctx: Context) -> list[tuple[int, str, str, dict[str, str | None] | None]]:
    """Every dated clause of the article's sentences, items and table rows, for a signing dated by the gathering it
    names ("at the 2019 consultations"): (its unit's index, its text, its date, its place)."""
    cached = ctx.cache.get("agreement_gatherings")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    out: list[tuple[int, str, str, dict[str, str | None] | None]] = []
    for unit in ctx.doc.units:
        if unit.kind not in ("sentence", "item", "row"):
            continue
        text = ctx.doc.plain_of(unit)
        found = [d for d in common.unit_dates(ctx, unit) if d.kind in ("point", "interval")]
        if not found:
            continue
        towns = common.cities(ctx, unit)
        # (a smaller town of the pair too: a contacts table's "Valparaíso")
        towns += [c for c in common.pair_cities(ctx, text) if not any(t.start <= c.start < t.end for t in towns)]
        towns.sort(key=lambda c: c.start)
        out += [(unit.index, *x) for x in _dated_stretches(unit, text, found, towns, from_start=False)]
    ctx.cache["agreement_gatherings"] = out
    return out


def _named_visit(
    ctx: Context, unit: Unit, s: str, cl: common.Clause, dates: list[DateMatch]
) -> tuple[str, dict[str, str | None] | None] | None:
    """The date and place of the visit or gathering a clause names ("during Samia's state visit", "at the 2019
    consultations"), when the article tells it and the clause gives no finer date of its own: the one told last before
    (else the first after), at the finest date the article gives it (a table's days over the prose's month)."""
    m = _DURING_VISIT.search(s, cl.start, cl.end)
    if m is None:
        return None
    force = _FORCE.search(s, m.end(), cl.end)
    stop = force.start() if force else cl.end  # ("… and entered into force in 2006": another act's date)
    own = [d for d in dates if cl.start <= d.start < stop and not m.start() <= d.start < m.end()]
    gathering = m.group("gathering")
    if own and (gathering is None or any(dates_mod.precision(d.value) not in ("year", "month") for d in own)):
        return None
    # (a gathering's own year or month told beside it: "signed in 2022 at the working-group meeting in Monrovia", "at
    # the consultations of October 2018")
    told = [d.value for d in own]
    when = dates_mod.parse_date(m.group("when")) if m.group("when") else None
    if when:
        told.append(when)
    desc = m.group("gdesc" if gathering else "desc")
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[A-Z][\w\-]*(?:['’]s)?", desc)]
    words = [w for w in words if w not in ("The", "During")]
    if re.search(r"\broyal\b", m.group(), re.I):
        words += list(_ROYAL)
    # (the year may stand before the noun: "during Eide's 2010 visit")
    year = m.group("year") or next(iter(re.findall(r"\b(?:1[89]|20)\d\d\b", desc)), None)
    needed: list[str] = []
    if gathering:
        # a gathering is found by what it was ("working-group" in "Labour officials' working group") or, told only
        # by its kind and time, by its kind ("consultations")
        common_words = re.findall(r"\b[a-z][\w\-]+", desc)
        needed = [w.replace("-", "[\\s\\-]") for w in common_words] or ([] if words else [gathering])
        if not (words or year or told):
            return None
    elif not words and not year:
        return None
    fits = [
        (index, date, place)
        for index, text, date, place in (_gatherings(ctx) if gathering else _visits(ctx))
        if index != unit.index
        and (year is None or date.startswith(year))
        and all(date.startswith(t) for t in told)
        and (not words or any(re.search(rf"\b{re.escape(w)}\b", text) for w in words))
        and all(re.search(rf"\b{w}", text, re.I) for w in needed)
    ]
    if not fits:
        return None
    before = [f for f in fits if f[0] < unit.index]
    chosen = before[-1] if before else fits[0]
    # (the same visit told again, finer: "in June 2016" in prose, "6–8 June 2016" in a table)
    same = [f for f in fits if f[1].startswith(chosen[1][:7]) or chosen[1].startswith(f[1])]
    date = max((f[1] for f in same), key=len)
    place = chosen[2] or next((f[2] for f in same if f[2] is not None), None)
    return date, place


# "concluded between the Solomon Islands government and the two militias", "signed … by the Mozambican government and
# RENAMO": a document of a state and a group within it
_INTERNAL = re.compile(
    r"\b(?:between|by)\s+the\s+(?P<state>(?:[A-Z][\w\-]+\s+){0,2}(?:\w+\s+)?government(?:\s+of\s+[A-Z][\w\-]+)?)\s+and\s+"
    r"(?:the\s+)?(?:\w+\s+)?(?:rebels?|militias?|guerrillas?|insurgents?|opposition|(?-i:[A-Z]{3,})\b"
    r"|(?:(?-i:[A-Z])[\w\-]*\s+)+(?:Movement|Front|Army|Party))",
    re.I,
)


def _internal_party(s: str) -> list[str] | None:
    """A peace accord between one state's government and its rebels: that state is its only party."""
    internal = _INTERNAL.search(s)
    state = common.first_country(internal.group("state")) if internal else None
    return [state] if state else None


_STATE_LIST_SIGNS = re.compile(
    r"(?P<list>(?:(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s*,\s*){2,}(?:the\s+)?[A-Z][\w\-]*"
    r"(?:\s+[A-Z][\w\-]*){0,3},?\s+and\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+"
    r"(?:(?:jointly|together|also)\s+)?(?:signed|concluded|adopted|agreed\s+(?:on|to))\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,6}$"
)


def _signatories(ctx: Context, s: str, h: _Head) -> list[str] | None:
    """ "After Brexit, the United Kingdom, Iceland, Norway and Liechtenstein signed a free trade agreement": the
    states of a list of three or more that signs it, the pair among them, are its parties."""
    m = _STATE_LIST_SIGNS.search(s, max(0, h.start - 200), h.start)
    if m is None or m.end() != h.start:
        return None
    codes = {c.code for c in gazetteer.find_countries(m.group("list")) if c.kind != "demonym"}
    if len(codes) < 3 or not set(ctx.dyad or ()) <= codes:
        return None
    return sorted(codes)


_INCLUDING = re.compile(r"\s*,?\s*(?:including|among\s+them)\s+(?P<items>(?:on|in\s+the\s+field\s+of)\s+[^;.]+)", re.I)
_ITEM = re.compile(r"(?:on|in\s+the\s+field\s+of)\s+(?P<what>[^,()]+?)\s*(?:\((?P<year>\d{4})\))?\s*(?:,|\band\b|$)")


def _included(ctx: Context, unit: Unit, s: str, h: _Head, dates: list[DateMatch]) -> list[Fact]:
    assert ctx.dyad
    inc = _INCLUDING.match(s, h.end)
    own = s[: h.start] + s[h.end :]
    if inc is None or not _SIGNED.search(own):
        return []
    out = []
    singular = _singular(h.match.group())
    for it in _ITEM.finditer(inc.group("items")):
        title = f"{singular.lower()} on {it.group('what').strip()}"
        out.append(_agreement(ctx, title, "signed", it.group("year"), unit, 0.7, kind=_kind(singular)))
    return out


_DONE_BY = re.compile(
    r"(?:^|[,;]\s+(?:and\s+)?)(?:[A-Z][\w\-]*\s+)?(?P<what>(?:the|its|their)\s+[^,;]{3,80}?)\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+(?:by|in|under|through)\s+(?:an?|the)\s+(?:further\s+|new\s+|separate\s+)?$"
    # "Mercosur, set up by the Treaty of Asunción on 26 March 1991": a body a named document created
    r"|,\s+(?:set\s+up|created|established|founded|instituted)\s+(?:by|under)\s+the\s+$",
    re.I,
)


def _between_parties(title: str) -> list[str] | None:
    """The states a title names as its parties ("… between Indonesia and Australia"), two or more of them."""
    m = re.search(r"\bbetween\s+(.+)$", title)
    if m is None:
        return None
    codes = sorted({c.code for c in gazetteer.find_countries(m.group(1)) if c.kind != "demonym"})
    return codes if len(codes) >= 2 else None


_TO_COURT = re.compile(
    r"\b(?P<verb>referr\w*|refer|submit\w*|took|taking|brought|bringing)\s+(?:the|their)\s+"
    r"(?P<what>(?:[\w\-]+\s+){0,3}?(?:dispute|question|case|matter|boundary))(?:\s+over\s+[^;.]{1,80}?)?\s+to\s+"
    r"(?P<where>(?:a\s+chamber\s+of\s+)?the\s+International\s+Court\s+of\s+Justice|(?:international\s+)?arbitration)",
    re.I,
)


_UNDER = re.compile(r"^\s*(?:[A-Z][^,;]{0,40},\s*)?(?:[Uu]nder|[Bb]y)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}$")
_UNDER_CLAUSE = re.compile(
    r"(?:\s+(?:signed|concluded|reached)\b[^,;]{0,80})?,\s+(?P<what>[^,;.]{8,120}?)(?=[,;.]|\s+and\s+the\b|$)"
)


# "an agreement by which Italy guaranteed the neutrality of Malta": the document named by what it does
# the place and the day of a signing, told between a document and what it does
_SIGNED_WHERE = re.compile(
    r"(?:\s+(?:in|at)\s+[A-Z][\w\-'’]*(?:\s+[A-Z][\w\-'’]*)*|\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})*"
)
# the rest of a clause saying what a document does, up to the next predicate or punctuation ("3,000" runs on)
_CLAUSE_REST = rf"(?:[^,;.]|[,.](?=\d))*?)(?=\s+(?:{_POST_STOP})\b|[,;.](?!\d)|$)"
_GENERIC_HEADS = ("agreement", "accord", "treaty", "pact", "memorandum", "protocol", "convention")


def _generic(title: str) -> bool:
    """A title that only says what kind of document it is: "agreement", "special agreement", "new treaty"."""
    words = title.split()
    return (
        len(words) <= 2
        and words[-1].lower() in _GENERIC_HEADS
        and not any(w[:1].isupper() for w in words[:-1])
        and (len(words) == 1 or not words[-1][:1].isupper())
    )


_BY_WHICH = re.compile(r"\s+(?P<c>(?:by|through|in)\s+which\s+[^,;.()]{8,110}?)(?=\s+together\s+with\b|[,;.(]|$)")


def _complete(title: str, s: str, h: _Head) -> str:
    """A bare title gets what the sentence says of the document: "agreement … was signed on visa exemptions",
    "a protocol" closing "the session of the X Commission", "the two presidents signed a joint declaration"."""
    after = re.match(r"\s*(?:was|were)\s+signed\s+(?P<c>(?:on|for|concerning|regarding)\s+(?![\d])[^,;.]+)", s[h.end :])
    if after and not re.match(r"on\s+(?:\d|the\s+\d|[A-Z][a-z]+\s+\d)", after.group("c")):
        return f"{title} {after.group('c')}"
    if len(title.split()) <= 3 and (_ESTABLISHED_BY.search(s[: h.start]) or _THAT_ESTABLISHED.match(s[h.end :])):
        # "the two states established diplomatic relations by a joint communiqué signed in Taipei", "signed a joint
        # communiqué in Damascus that formally established diplomatic relations"
        return f"{title} on the establishment of diplomatic relations"
    acts = _SUBJECT_ACTS.match(s, h.end) if _SUBJECT_HEAD.fullmatch(s[: h.start]) else None
    if acts and re.fullmatch(r"(?i)agreement|accord|treaty|convention|protocol|memorandum", title):
        # "A convention signed in May 1923 gave the new kingdom a free zone in the port of Thessaloniki", "A protocol
        # of 12 June 1995 set up the Agency …": the document named by what it did
        verb = acts.group("verb").lower()
        ing = _IRREGULAR_ING.get(verb) or (verb[:-3] + "ying" if verb.endswith("ied") else verb[:-2] + "ing")
        return f"{title} {ing} {acts.group('obj').strip()}"
    under = _UNDER.match(s[: h.start]) and _UNDER_CLAUSE.match(s, h.end)
    if under and re.fullmatch(r"(?i)agreement|accord|treaty|convention|protocol|memorandum", title):
        # "Under an agreement signed in Moscow in December 1994, Russia leases the Baikonur Cosmodrome": named by
        # what it provides
        return f"{title} under which {under.group('what').strip()}"
    between = re.match(r"(?i)(agreement|accord|treaty|convention|protocol)(\s+between\s+.+)$", title)
    done = _DONE_BY.search(s, 0, h.start)
    if between and done:
        # "The land border was fixed by an agreement between Indonesia and Australia": named by what it did, its
        # parties after
        return _complete(between.group(1), s, h) + between.group(2)
    if len(title.split()) > 3:
        return title
    court = _TO_COURT.search(s)
    if court and re.fullmatch(r"(?:the\s+|a\s+)?special\s+agreement|compromis", title, re.I):
        # "By a special agreement signed on D the two governments submitted the dispute to a chamber of the ICJ":
        # the document is named by what it did
        verb = "submitting" if court.group("verb").lower().startswith("submit") else "referring"
        return f"{title} {verb} the {court.group('what')} to {court.group('where')}"
    done = _DONE_BY.search(s, 0, h.start)
    if done and title.lower() in ("agreement", "accord", "treaty", "convention", "protocol", "memorandum"):
        # "The continental shelf … was divided by an agreement signed in Ottawa": the agreement dividing the shelf
        verb = done.group("verb").lower()
        ing = verb[:-3] + "ying" if verb.endswith("ied") else verb[:-2] + "ing"
        what = done.group("what")
        return f"{title} {ing} {what[0].lower()}{what[1:]}"
    which = _BY_WHICH.match(s, h.end)
    if which and title.lower() in ("agreement", "accord", "treaty", "pact", "memorandum", "protocol", "convention"):
        return f"{title} {which.group('c').strip()}"
    # (past the place and the day of the signing: "signed an agreement in Beirut delimiting their zones")
    skipped = len(_SIGNED_WHERE.match(s, h.end).group())
    rest = s[h.end + skipped :]
    ing = re.match(
        r"\s+(?P<c>(?!(?:signing|concerning|regarding|including|following)\b)[a-z]+ing\b[^,;.]*?)"
        rf"(?=\s+(?:{_POST_STOP})\b|[,;.]|$)",
        rest,
    )
    if ing and _generic(title):
        return f"{title} {ing.group('c').strip()}"  # "an agreement delimiting the continental shelf between …"
    on = re.match(rf"\s+(?P<c>(?:on|concerning|regarding)\s+(?:the|their|its|a|an)\s+[a-z]{_CLAUSE_REST}", rest)
    if on and _generic(title) and skipped:
        return f"{title} {on.group('c').strip()}"  # "signed an agreement in Skopje on the delimitation of …"
    reached = re.match(
        r"\s+(?P<c>(?:reached|concluded)\s+(?:in|at)\s+[A-Z][\w\-'’]*(?:\s+[A-Z][\w\-'’]*)*)", s[h.end :]
    )
    if reached and title.lower() in ("agreement", "accord", "deal"):
        return f"{title} {reached.group('c')}"  # "after an agreement reached in Riyadh"
    to = re.match(rf"\s+(?P<c>to\s+(?!(?:the|a|an|be)\b)[a-z]+\b{_CLAUSE_REST}", rest)
    if to and _generic(title) and not title.lower().startswith(("memorandum", "protocol")):
        return f"{title} {to.group('c').strip()}"  # "signed an agreement to unite their states in a confederation"
    that = re.match(
        rf"\s+(?P<c>(?:that|which)\s+(?!(?:was|were|is|are|had|has|have|took|came|entered)\b)[a-z]+ed\b{_CLAUSE_REST}",
        rest,
    )
    if that and _generic(title):
        return f"{title} {that.group('c').strip()}"  # "a special agreement that referred the case to a chamber"
    whose = re.search(
        r"(?P<what>(?:[A-Z][\w\-–]*\s+(?:(?:of|on|and|for|in|the)\s+)*){0,8}[A-Z][\w\-–]*),\s+whose\s+$", s[: h.start]
    )
    if whose:
        return f"{title} of the {whose.group('what')}"  # "the Conference on …, whose Final Act was signed in …"
    made = re.search(
        r"^\s*(?:The\s+|An?\s+)?(?P<what>(?:[A-Z][\w\-–]*\s+){0,5}[A-Z][\w\-–]*)"
        r"(?P<was>(?:\s+in\s+[A-Z][\w\-]*)?\s+(?:was|were)\s+|,\s+(?:\w+\s+)?)"
        r"(?:built|created|established|set\s+up|founded|launched|laid)"
        # (its date between: "A Saudi–Kuwaiti Coordination Council was set up in 2018 under a memorandum")
        r"(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s+(?:under|by|through)\s+(?:a|an|the)\s*$",
        s[: h.start],
    )
    if made and len(title.split()) == 1:
        return f"{made.group('what')} {title}"  # "The West African Gas Pipeline, built under a treaty signed in 2003"
    if made and len(title.split()) <= 3 and not title[:1].isupper():
        # "The Kyrgyz–Turkish Manas University in Bishkek was founded under an intergovernmental agreement …"
        return f"{title} on the {made.group('what')}"
    who = _SIGNATORIES.search(s[: h.start].rstrip() + " ")
    if who is None:
        who = _SIGNATORIES.search(re.sub(r"\s+(?:a|an|the)\s*$", " ", s[: h.start]))
    # (not a proper name: "the two governments signed the Algiers Agreement" keeps it)
    proper = title[:1].isupper() and title.split()[0] not in ("Joint", "Common", "Declaration", "Memorandum")
    # (a title with a complement says what it is: "signed a treaty on fisheries" is not "… of the two ministers")
    if who and not proper and not re.search(r"\s(?:on|of|for|concerning|regarding|about)\s", title):
        return f"{title} of {who.group('who').lower()}"
    comm = _COMMISSION.search(s)
    if comm and " of the " in comm.group():
        return f"{title} of the {comm.group().split(' of the ', 1)[1]}"
    return title


# the document relations were established by, told before or after it
_ESTABLISHED_BY = re.compile(
    r"\bestablished\s+(?:diplomatic\s+)?(?:relations|ties)\s+(?:by|through|with|in)\s+(?:a|an|the)\s+$"
)
_THAT_ESTABLISHED = re.compile(
    r"(?:\s+(?:in|at)\s+[A-Z][\w\-']*(?:\s+[A-Z][\w\-']*)?)?,?\s+(?:that|which)\s+(?:formally\s+|officially\s+)?"
    r"established\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b"
)
# a document that is the sentence's subject, then what it did: "A protocol of 12 June 1995 set up the Agency …"
_SUBJECT_HEAD = re.compile(r"\s*(?:A|An|The|Another|This|That)\s+(?:[a-z\-]+\s+)?")
_SUBJECT_ACTS = re.compile(
    r"(?:,?\s+(?:(?:signed|concluded|adopted)\s+[^,;]{0,60}?|of\s+[^,;]{0,30}?))?,?\s+"
    r"(?P<verb>created|established|set\s+up|gave|granted|kept|fixed|defined|delimited|demarcated|regulated|settled"
    r"|ended|divided|transferred|ceded|opened|abolished|introduced|provided\s+for|allowed|laid\s+down|confirmed"
    r"|guaranteed|extended|replaced)\s+(?P<obj>[^,;.]{3,90})"
)
_IRREGULAR_ING = {
    "set up": "setting up",
    "gave": "giving",
    "kept": "keeping",
    "laid down": "laying down",
    "provided for": "providing for",
    "allowed": "allowing",
}
_AWAITING = re.compile(
    r"\bawait(?:ing|s|ed)\s+(?:its\s+)?(?:(?-i:[A-Z])[\w\-]+\s+|final\s+|parliamentary\s+)?(?:signature|signing"
    r"|ratification)\b",
    re.I,
)
_SIGNED_ASIDE = re.compile(r",\s*signed\s+(?:[^,;]*?\s)?(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s*,")
_OWN_DATE = re.compile(
    r"\s*(?:\(|,|(?:in|on|of|dated)\s+(?:the\s+)?|,\s*(?:signed|concluded|dated|adopted)\s+(?:on|in)\s+"
    # "a ceasefire agreement signed in Khartoum at the end of March": the participle with its place, then the day
    r"|,?\s*(?:signed|concluded|adopted)\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w\-'’]*(?:\s+[A-Z][\w\-'’]*)*)\s+"
    r"(?:on|in|at\s+the\s+(?:end|beginning|start|close)\s+of)\s+(?:the\s+)?)?\s*",
    re.I,
)


def _carried_elsewhere(s: str, d: DateMatch, h: _Head) -> bool:
    """The date stands right after another agreement's title, as that title's own date."""
    for other in _HEAD.finditer(s, 0, d.start):
        if h.start <= other.start() < h.end:
            continue
        if 0 <= d.start - other.end() <= 24 and _OWN_DATE.fullmatch(s[other.end() : d.start]):
            return True
    return False


_SAME_OCCASION = re.compile(
    r"[\s;,]*(?:and\s+)?(?:together\s+with\s+(?:it|them|this|that)|alongside\s+(?:it|them)|at\s+the\s+same\s+time"
    r"|on\s+the\s+same\s+(?:day|occasion))\b",
    re.I,
)


_SIGNED_BY_REL = re.compile(
    r"\s+(?:that|which)\s+(?:[^,;]{0,80}?\s)?(?:had\s+|has\s+|have\s+)?(?:signed|concluded)\b", re.I
)


_ANNOUNCED = re.compile(r"\bannounced\b", re.I)


# (or "- Visa waiver agreement for official passports, pending since 2020")
_TALKS_SINCE = re.compile(r"\b(?:negotiated|discussed|under\s+(?:negotiation|discussion)|pending)\s+$", re.I)


_SINCE_SIGNING = re.compile(r"\s+(?:ever\s+)?since\s+then\b|\s+(?:on|upon|at)\s+(?:its\s+)?sign(?:ature|ing)\b", re.I)


def _date_for(
    s: str,
    h: _Head,
    cl: common.Clause,
    dates: list[DateMatch],
    status: str,
    lead_in: str | None,
    reached: str | None,
    last_visit: tuple[str | None, dict[str, str | None] | None],
) -> tuple[str | None, dict[str, str | None] | None]:
    outside_title = [d for d in dates if not (h.start <= d.start < h.end)]
    announced = _ANNOUNCED.search(s, cl.start, cl.end) if status == "planned" else None
    if announced is not None:
        # "In 2023 the two governments announced a memorandum …, to be signed in 2024": a plan is dated by its
        # announcement, not by the signing it foresees
        near = [d for d in outside_title if cl.start <= d.start < min(h.start, announced.start())] or [
            d for d in outside_title if announced.end() <= d.start <= announced.end() + 12
        ]
        if near:
            return near[-1].value, None
    if status == "pending":
        # "… was negotiated in the 2000s but, as of 2012, had still not entered into force": the date of the status
        as_of = [d for d in outside_title if re.match(r"(?i)as\s+(?:of|at)\s", d.text)]
        if as_of:
            return as_of[0].value, None
        # "… has been under negotiation since 2017 and is still unsigned": pending since the talks began
        talks = [
            d for d in outside_title if d.kind == "since" and _TALKS_SINCE.search(s, max(0, d.start - 40), d.start)
        ]
        if talks:
            return talks[0].value.split("/")[0], None
        # "… was still awaiting ratification in 1990": the date right after the status
        awaiting = _AWAITING.search(s, h.end, cl.end)
        after = [d for d in outside_title if awaiting and awaiting.end() <= d.start < cl.end]
        gap = s[awaiting.end() : after[0].start] if after else ""
        if after and re.fullmatch(r"[^,;]{0,40}?\b(?:in|on|by|as\s+of)\s+(?:the\s+)?", gap):
            return after[0].value, None
    if status == "in_force":
        force = _FORCE.search(s, h.end)
        if force and _SINCE_SIGNING.match(s, force.end()):
            # "… was signed in 2021 and has been in force since then", "… and took effect on signature": the date
            # told before
            told = [d for d in outside_title if d.end <= force.start()]
            return (told[-1].value if told else None), None
        if force:
            if not (cl.start <= force.start() < cl.end):
                # said in a later clause ("…, and took effect on 23 June 1960")
                after = [d for d in outside_title if d.start >= force.start()]
                return (after[0].value if after else None), None
            nxt_head = _HEAD.search(s, h.end)
            after = [d for d in outside_title if d.start >= force.start()]
            if after and (nxt_head is None or after[0].start < nxt_head.start() or nxt_head.start() < force.start()):
                return after[0].value, None
            if re.match(r"\s*(?:on\s+)?the\s+same\s+day", s[force.end() :], re.I):
                before = [d for d in outside_title if d.start < h.start]
                return (before[0].value if before else None), None
            if not after and re.search(
                r"\b(?:when|(?:on\s+)?the\s+(?:same\s+)?day)\s+(?:the\s+|an?\s+)?$", s[cl.start : h.start], re.I
            ):
                # "relations were restored on 28 April 1952, when the Treaty of San Francisco entered into force"
                before = [d for d in outside_title if d.start < h.start]
                return (before[-1].value if before else None), None
        return None, None
    made = _FOLLOWED_OR_DATES.match(s, h.end)
    if made is not None and made.group("dates"):
        # "an agreement on fisheries dates from 1976": the date the verb gives (read as the start of a span)
        after = [d for d in outside_title if made.end() <= d.start <= made.end() + 40]
        if after and re.fullmatch(r"\s*(?:in|on|to|the)?\s*", s[made.end() : after[0].start], re.I):
            return after[0].value.split("/")[0], None
    # ("the first by an Uzbek head of state since 2000": a "since" marks a span, never a signing)
    outside_title = [d for d in outside_title if d.kind != "since"]
    for d in outside_title:
        # "… was followed in September 2018 by the Revitalised Agreement …": the date between "followed" and "by"
        if (
            d.end <= h.start
            and re.fullmatch(r"\s+by\s+(?:the\s+|an?\s+)?", s[d.end : h.start])
            and re.search(r"\bfollowed\s+(?:(?:in|on)\s+)?$", s[max(0, d.start - 20) : d.start])
        ):
            return d.value, None
    own = [d for d in outside_title if h.end <= d.start <= h.end + 60 and _OWN_DATE.fullmatch(s[h.end : d.start])]
    if own:
        # "an Agreement on Tourism Cooperation (2015)", "the Maroua Declaration, signed on 1 June 1975": the date
        # the title carries
        return own[0].value, None
    if _SAME_OCCASION.match(s, cl.start):
        # "… signed the X Act on 26 October 1998; together with it the two concluded a treaty …": the date of the
        # document the clause goes along with
        before = [d for d in outside_title if d.start < h.start]
        if before:
            return before[-1].value, None
    signed_by = _SIGNED_BY_REL.match(s, h.end)
    if signed_by and status == "signed":
        # "to cancel the X memorandum that the state of Victoria had signed … in October 2018": the relative clause
        # tells the signing, whatever else the sentence dates
        after = [d for d in outside_title if signed_by.end() <= d.start < cl.end]
        if after:
            return after[0].value, None
    # a date another title carries ("the Yaoundé II Declaration of April 1971 was followed by …") is that one's
    outside_title = [d for d in outside_title if not _carried_elsewhere(s, d, h)]
    force = _FORCE.search(s, cl.start, cl.end)
    inside = [d for d in outside_title if cl.start <= d.start < cl.end and (force is None or d.start < force.start())]
    verb = _SIGNED.search(s, cl.start, cl.end)
    if verb is not None:
        # "After the Saur Revolution of April 1978, A and B signed a treaty … on 5 December 1978": the signing's
        # date follows its verb (before any relative clause); one before it, cut off by a comma, dates an aside
        rel = re.compile(r",\s*(?:which|who|when|where|whose)\b|;").search(s, verb.end(), cl.end)
        stop = rel.start() if rel else cl.end
        after = [d for d in inside if verb.start() < d.start < stop]
        aside = [d for d in inside if d.start < verb.start() and "," in s[d.end : verb.start()]]
        if after and aside:
            inside = after
    if inside:
        # "Returning the following year, Perry concluded … on 31 March 1854": the finer date of the same time
        best = inside[0].value
        for d in inside[1:]:
            if d.value.startswith(best) and len(d.value) > len(best):
                best = d.value
        return best, None
    if lead_in is not None:
        lead = [d for d in outside_title if d.start < len(lead_in)]
        # (the lead-in's last clause tells the signing: "… paid a state visit from 15 to 17 December 2023 …; on 16
        # December he and Modi adopted the vision document …:")
        last = [d for d in lead if d.start > lead_in.rfind(";")]
        if last:
            return last[0].value, None
        if lead:
            return lead[0].value, None
    if re.search(r"\bduring\s+(?:the|this|that)\s+(?:visit|trip)\b", s, re.I):
        told = [d for d in outside_title if d.end <= cl.start]
        if told:
            # "… held talks in Moscow … in June 1979, and a protocol … was signed during the visit": this sentence's
            return told[-1].value, None
        if last_visit[0]:
            return last_visit[0], last_visit[1]
    before = [d for d in outside_title if d.start < h.start and status != "pending"]
    if status == "planned":
        # (a plan told in a clause of its own is not dated by another document's clause: "…, negotiated in 2021,
        # still awaits signature, and a sports agreement is to be concluded")
        before = [d for d in before if d.start >= cl.start or not _HEAD.search(s, 0, cl.start)]
    if before and not re.search(r"\b(?:had|has|have)\s+(?:already\s+)?been\b", s[h.end : cl.end], re.I):
        return before[-1].value, None
    # what is pending or planned has no date the paragraph reached before it ("… is awaiting signature.")
    return (reached if status == "signed" else None), None


def _singular(word: str) -> str:
    """ "treaties" -> "treaty", "memoranda" -> "memorandum", "agreements" -> "agreement"."""
    low = word.lower()
    if low.endswith("ies"):
        return word[:-3] + "y"
    if low.endswith("memoranda"):
        return word[:-1] + "um"
    return word[:-1] if low.endswith("s") else word


def _split_list(title: str, head: str) -> list[str]:
    """ "agreements on A, B, C and D" → ["agreement on A", …]; a singular head stays one title."""
    m = re.match(
        r"^(?P<pre>.*?\b)(?P<head>\w+s)\s+(?P<prep>on|in\s+the\s+fields?\s+of|for)\s+(?P<rest>.+)$", title, re.I
    )
    if not m or not head.lower().endswith("s"):
        return [title]
    prep = m.group("prep")
    rest = m.group("rest")
    if re.search(rf"(?:,|\band)\s+{re.escape(prep)}\s", rest, re.I):
        # "agreements on A and on visa exemption for holders of diplomatic and official passports": the repeated
        # preposition marks the items; an "and" without it is inside one
        items = [x.strip() for x in re.split(rf",?\s+(?:and\s+)?(?={re.escape(prep)}\s)", rest, flags=re.I)]
        items = [x.rstrip(",") for x in items if x]
    else:
        items = [x.strip() for x in re.split(r",\s*|\s+and\s+", rest) if x.strip()]
    if len(items) < 2:
        return [title]
    singular = _singular(m.group("head"))
    # "agreements on A and on B": the preposition repeated in an item is not doubled
    return [f"{singular} {prep} {_drop(prep, x)}" for x in items]


def _drop(prep: str, item: str) -> str:
    return item[len(prep) + 1 :] if item.lower().startswith(prep.lower() + " ") else item
