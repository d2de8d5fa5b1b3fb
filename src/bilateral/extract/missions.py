"""Missions: a state's diplomatic presence for another state, resident or covered from elsewhere.

Constructions modelled (KIND is a mission word from data/mission_kinds.tsv; X, Y states; C a city):

- owner of a KIND: "KIND of X", "X's KIND", "the X-demonym KIND", "X has/opened/runs a KIND", "its KIND" (the
  clause's subject); a bare "the embassy"/"the mission" refers to the last mission of the paragraph;
- where it sits: "KIND in C", "KIND in Y", "KIND of X, C" (infobox), "KIND to Y" (the receiver);
- non-resident: "X is accredited to Y from its KIND in C[, Z]", "X covered Y from its KIND in C",
  "KIND in C, which is also accredited to Y [and Y2]", "X's ambassador to Y resides in C",
  "X is represented in Y by a non-resident ambassador based in C", "X's Ambassador to Z also serves as the
  Ambassador to Y";
- status and date from the verbs: opened, began its work, started to operate, has operated since → open;
  would open, plans to open, is to open → planned (no date: the announcement is not the opening); closed;
  "upgraded to an embassy" → the embassy opens then, the earlier mission is closed; "From D1 to D2 X was
  accredited …" → closed, dated D1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from bilateral import gazetteer
from bilateral.document.model import Row, Table, Unit
from bilateral.document.sentences import split_sentences
from bilateral.extract import common
from bilateral.extract import dates as dates_mod
from bilateral.extract.base import Context, Fact

_kinds = gazetteer.mission_kinds  # (the phrases of data/mission_kinds.tsv, read once)


@lru_cache(maxsize=1)
def _kind_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(_phrase_rx(p) for p, _ in _kinds())})\b", re.I)


_phrase_rx = gazetteer.mission_phrase_rx


def _kind_of(phrase: str) -> str:
    p = " ".join(phrase.lower().replace("-", " ").split())
    for k, v in _kinds():
        if k.lower() == p or ("*" in k and re.fullmatch(_phrase_rx(k), p, re.I)):
            return v
    return "embassy"


_PLANNED = re.compile(
    r"\b(?:would|will|to|plans?\s+to|planned\s+to|intends?\s+to|decided\s+to|agreed\s+to)\s+(?:\w+\s+)?open\b"
    # "another is to be opened in Lugano", "the mission would be reopened"
    r"|\b(?:would|will|to)\s+be\s+(?:re)?opened\b"
    r"|\bplanned\b|\bannounced\b[^.;]*\bopen"
    # "has been proposed", "is under discussion"
    r"|\b(?:has|have|had|was|were)\s+been\s+(?:proposed|discussed|considered)\b|\bunder\s+(?:discussion|consideration)\b"
    # "… in Novi Sad is being prepared", "is in preparation"
    r"|\b(?:is|are|was|were)\s+(?:being\s+prepared|in\s+preparation)\b",
    re.I,
)
# a post not open yet, told after it: "… was announced in 2019 and has not yet opened", "is yet to open" (planned)
_NOT_YET_OPEN = re.compile(
    r"^[^.;]{0,80}?\b(?:(?:has|have|had)\s+not\s+yet\s+(?:been\s+)?opened|(?:is|are|was|were)\s+yet\s+to\s+open|not\s+yet\s+open)\b",
    re.I,
)
# a post that never was: "was never opened", "has been proposed but not opened" (not "has not yet opened": planned)
_NOT_OPENED = re.compile(r"\b(?:never|not)\s+(?:been\s+)?(?:opened|established|set\s+up)\b", re.I)
# "kept an embassy in Saigon until 1975", "suspended its work"
_KIND_WORD = {
    "diplomatic_mission": "(?:legation|mission)",
    "embassy": "embassy",
    "consulate": "consulate",
    "consulate_general": "consulate[\\s\\-]general",
}
# "waited until 1940 to send", "did not open an embassy in Tashkent until 2008": the opening's date
# a post's closing, in the past: "closed", "shut down", "was shut the same week" (not "shut out", "shut off")
_CLOSING = r"(?:closed|shut(?:\s+down)?(?!\s+(?:out|off|up|in)\b))"
# a post merged into another: "… was folded into the new embassy" (closed; the other is no new post)
_MERGED_INTO = r"(?:folded|merged|absorbed|incorporated)\s+into"
_WAITED = re.compile(
    r"\b(?:waited|wait|waiting|not|only)\s+until\b|\bnot\s+(?:\w+\s+){1,3}?(?:an?|its|the)\s+[^.;]{0,60}?\buntil\b",
    re.I,
)
_CLOSED = re.compile(
    rf"\b(?:{_CLOSING}|ceased|until|suspended|(?:was|were)\s+withdrawn|closing(?=\s+(?:its|their|the|both)\b)"
    # "… was folded into the new embassy": it ended as a post of its own
    rf"|(?:was|were)\s+{_MERGED_INTO})\b",
    re.I,
)
_HEADED = re.compile(r",?\s+(?:headed|led)\s+(?:since|from|in|by)\b", re.I)
_HEAD_ASIDE = re.compile(
    r",\s+(?:headed|led)\s+by\s+[^,;()]{3,80},\s+"
    r"(?=(?:has|have|had|was|is|opened|closed)\b)",
    re.I,
)
# (or in the past: "Hungary closed its embassy in Addis Ababa in 1994": the year is the closing's)
_CLOSING_BEFORE = re.compile(
    r"\b(?:closing|closed|shut(?:\s+down)?)\s+(?:its|their|the|both)\s+(?:[\w\-]+\s+){0,3}$", re.I
)
_WITHDRAWN_AFTER = re.compile(r"[^,;]{0,60}?\b(?:was|were)\s+withdrawn\b", re.I)
_COVERING = re.compile(r",\s+which\b[^,;]*?\b(?:accredited|covers|covered)\b[^;]*", re.I)
_OPENED = re.compile(
    r"\b(?:opened|opens|open|began|begun|started|operat\w+|inaugurat\w+|established|followed|runs|has|have|had"
    r"|works?|working|functions?|functioning)\b",
    re.I,
)
_UPGRADE = re.compile(
    r"\b(?:(?:upgraded|elevated|raised|promoted|converted|transformed)\s+(?:to|into)|became|turned\s+into)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:rank|status|level)\s+of\s+(?:an?\s+)?)?"
    # ("raised to a full embassy")
    r"(?:(?:full|fully[\s\-]fledged|full[\s\-]fledged|resident)\s+)?(?P<kind>embassy|consulate[\s\-]general|consulate)"
    r"(?:\s+(?:status|level|rank))?\b",
    re.I,
)
_CAP = r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5}"  # bounded: a name of six words at most, never a quadratic scan
_ACCREDITED = re.compile(
    r"\b(?:accredited|covered|covers|cover|covering|followed|follows)\s+(?:to\s+)?(?P<recv>[^,;]{2,60}?)\s+from\s+its\s+"
    # (a post to an organization there: "from its Permanent Mission to the United Nations in New York")
    r"(?P<kind>[\w\s\-]{3,30}?)(?:\s+to\s+(?:the\s+)?(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}))?"
    r"\s+in\s+(?P<city>[^,;.]+?)(?:\s*,\s*(?P<country>(?-i:" + _CAP + r")))?"
    r"(?=[,;.]|$|\s+(?:since|until|from)\b)",
    re.I,
)
# the post just told covering third states: "…, which is also accredited to Mongolia", "…; it has also been
# accredited to Peru and Bolivia", "… and also covers Chad", "…, which until 2006 was also accredited to Rwanda", "…
# and has since also covered Kyrgyzstan", "an embassy in Rome, also accredited to Malta"
# the state covered named by a description, not its name: "the archipelago", "the kingdom", "the country", "it"
_DESCRIBED = re.compile(r"(?:the\s+[a-z][\w\-]*|it|them)\s*$")
# ("…, now also accredited to Tunisia and Mauritania", "…; that embassy now covers Yemen as well")
_ALSO_ACCREDITED = re.compile(
    r"^(?:[^;.]{0,100}?(?:\bwhich(?:\s+(?:until|since|from)\s+\d{4})?|[;,]\s+(?:it|that\s+(?:embassy|mission|post))"
    r"|\band)\s+"
    r"(?:(?:is|was|has|had)\s+(?:since\s+)?(?:also\s+been|been\s+also|also)\s+accredited\s+to"
    r"|(?:has\s+since\s+|had\s+)?also\s+(?:covers|covered)|now\s+(?:also\s+)?covers)"
    r"|[^;.,]{0,40}?,\s+(?:now\s+)?also\s+accredited\s+to)\s+(?P<recv>[^;.]+)",
    re.I,
)
def _of_a_later_post(also: re.Match[str]) -> bool:
    """The coverage ``_ALSO_ACCREDITED`` matched is told after another post named between ("…; that embassy now
    covers Yemen" after "an embassy opened in Muscat"), so it is that post's, not the one before the match."""
    lead = re.sub(r"\bthat\s+(?:embassy|mission|post)\b", "", also.string[: also.start("recv")])
    return _kind_re().search(lead) is not None


_RESIDES = re.compile(
    rf"(?P<owner>{_CAP})(?:'s|’s)?\s+(?:non-resident\s+)?(?i:ambassador)\s+to\s+(?:the\s+)?(?P<recv>{_CAP})\s*,?"
    rf"[^;]*?\b(?i:resides|resided|is\s+based|was\s+based|based|lives|lived)\s+in\s+(?P<city>{_CAP})"
)
_REPRESENTED = re.compile(
    rf"(?P<owner>{_CAP})\s+(?:is|was|has\s+been|had\s+been)\s+represented\s+in\s+(?:the\s+)?(?P<recv>{_CAP})\s+by\s+"
    rf"(?:a|an|its)\s+non-resident\s+(?:ambassador|envoy|head\s+of\s+mission)\s+(?:based|residing|resident)\s+in\s+"
    rf"(?P<city>{_CAP})"
)
_SERVES_ALSO = re.compile(
    r"(?P<owner>[\w\s\-]{2,40}?)(?:'s|’s)\s+ambassador\s+to\s+(?P<base>[\w\s\-]{2,40}?)\s+(?:also\s+)?"
    r"(?:serves|served|is\s+also\s+accredited|also\s+acts)\s+(?:as\s+(?:the\s+)?ambassador\s+)?to\s+(?P<recv>[\w\s\-]{2,40})",
    re.I,
)
_BARE = re.compile(
    r"\b(?:the|this|that|its)\s+(?:new\s+)?(?:embassy|mission|consulate(?:[\s\-]general)?|legation|representation"
    r"|high\s+commission)\b",
    re.I,
)

# Non-resident accreditation in its other wordings. Each gives (owner, receiver, city[, country]); the owner
# may be "its" (the state the clause is about) or a demonym.
_POST = r"(?i:embassy|high\s+commission|mission|consulate(?:[\s\-]general)?)"
# (a place's name may hold a lower-case particle: "Port of Spain", "Dar es Salaam", "Rio de Janeiro")
_PLACE = r"[A-Z][\w\-]*(?:\s+(?:(?:of|de|del|da|do|dos|es|el|al)\s+)?[A-Z][\w\-]*){0,5}"
_WHERE = rf"(?P<city>{_PLACE})(?:,\s*(?P<country>{_PLACE}))?"
_ONE = re.compile(
    # (the verb may be gapped: "Mauritania has an embassy in Dakar, and Senegal one in Nouakchott")
    rf"(?P<owner>{_CAP})\s+(?:(?:(?i:also|later|then)\s+)?(?i:opened|has|had|established|set\s+up|maintains)\s+)?one\s+in\s+"
    rf"(?P<city>{_CAP})"
)
# a post named only as what something else belongs to or is run by: "A cultural centre, attached to the embassy, …",
# "a business forum organised by the Danish embassy" (no post told there)
_REFERENCE = re.compile(
    r"\b(?:attached\s+to|part\s+of|run\s+by|organi[sz]ed\s+by|hosted\s+by|housed\s+in|sponsored\s+by|funded\s+by"
    # a person at the head of a post told elsewhere: "NAME has headed the Croatian embassy since 2019" dates the
    # person, not the post
    r"|headed|heads|led|leads|ran|runs)"
    r"\s+(?:the|its|their)\s+(?:[A-Z][\w\-]*\s+)?$",
    re.I,
)


_HEADED_BY = re.compile(r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:run|headed|led)\b(?=[^.;]*\bby\b)", re.I)


def _referred(s: str, at: int) -> bool:
    return _REFERENCE.search(s, max(0, at - 50), at) is not None


# a second post of the kind just told, the noun left out: "… an honorary consulate in Auckland and, since 2011, another
# in Christchurch", "…; another, in Turin, closed in 2018", "… and had one in Rio de Janeiro, which closed in 2021"
_ANOTHER = re.compile(
    # (also after "while": "… has worked in São Paulo since 2014, while the one in Rio de Janeiro closed in 2019")
    rf"(?:\band\b|;|,\s+(?i:while|whereas|but))\s*,?\s*(?:(?i:since|in|from)\s+[^,;]{{3,25}},\s+)?"
    rf"(?:(?i:had|has|have|opened|added|also)\s+)*"
    # ("a second honorary consulate, in Cork, closed in 2017": the kind said again)
    rf"(?i:another|(?:the\s+)?one|a\s+(?:second|third|further)(?:\s+one|\s+(?:honorary\s+)?(?:consulate|embassy|office))?)"
    rf"\s*,?\s+"
    rf"(?:(?i:is|was|are|were)\s+(?i:planned|proposed|envisaged)\s+(?i:for|in)"
    # "…, and another is to open in Trier", "another is to be opened in Lugano"
    # (an island's town: "the one on Chios was closed in 2015")
    rf"|(?i:is|are)\s+(?:(?i:due|set|expected)\s+)?(?i:to\s+(?:open|be\s+opened))\s+(?i:in)|(?i:in|on))\s+(?P<city>{_PLACE})"
)
# the other state answering in kind: "Norway opened an embassy in Santiago in 1960, and Chile followed in Oslo six
# years later", "Chile reciprocated in 1966" -- the same post the other way
_FOLLOWED = re.compile(
    rf"(?P<owner>{_CAP})\s+(?:(?i:later|then|soon|in\s+turn)\s+)?"
    r"(?i:followed(?:\s+suit)?|reciprocated|did\s+(?:the\s+same|likewise))(?![\w\-])"
    rf"(?:\s+(?:in|at)\s+(?P<city>{_CAP}))?"
)
# a post after "and" and a verb with no subject of its own: the sentence's subject's ("…, and opened a resident
# embassy only in 1965")
_SECOND_PREDICATE = re.compile(
    r"(?:,|\bbut)\s+(?:and\s+)?(?:(?:later|then|also|finally|eventually)\s+)?"
    r"(?:opened|established|set\s+up|reopened|maintained|kept)\s+(?:(?:an?|its|a\s+resident|its\s+own)\s+)?"
    r"(?:[\w\-]+\s+)?$",
    re.I,
)
_OWNER_VERB = re.compile(
    r"\b(?:has|have|had|opened|opens|open|runs|run|operates|established|maintains|maintained"
    r"|maintain|kept|keeps|keep|announced|represented|reopened|sent|send|sends|set\s+up|sets\s+up|ran)\b",
    re.I,
)
_HONORARY_CONSUL = re.compile(
    rf"(?P<owner>{_CAP})\s+(?P<verb>(?i:has|have|had|kept|maintains|maintained|appointed|named)"
    rf"|(?i:intends|plans|is\s+to|will|wants)\s+(?:to\s+)?(?i:name|appoint))\s+(?i:an?\s+)?"
    rf"(?i:honorary\s+consul(?:[\s\-]general)?)"
    rf"\s+in\s+(?P<city>{_CAP})"
)
_NON_RESIDENT_WORDS = re.compile(
    r"accredit|represent|cover|serv|handled|responsible|resid|based|lives|lived|looked\s+after|dealt\s+with", re.I
)
_NON_RESIDENT = (
    # "Slovenia's embassy in Copenhagen, Denmark, is also accredited to Iceland"; "its embassy in C is accredited to Y"
    re.compile(
        rf"(?P<owner>{_CAP}(?:'s|’s)|\b(?i:its))\s+{_POST}\s+in\s+{_WHERE},?\s+(?i:is|was|has\s+been|remains)\s+"
        rf"(?i:also\s+)?(?i:accredited\s+to|responsible\s+for|covering)\s+(?:the\s+)?(?P<recv>{_CAP})"
    ),
    # "Slovenia is represented in Iceland through its embassy in Copenhagen, Denmark"
    re.compile(
        rf"(?P<owner>{_CAP})\s+(?i:is|was|has\s+been|had\s+been)\s+(?i:represented)\s+in\s+(?:the\s+)?(?P<recv>{_CAP})"
        rf"\s+(?i:through|by|via|from)\s+(?i:its|the)\s+(?:{_CAP}\s+)?{_POST}\s+in\s+{_WHERE}"
    ),
    # "Norway is covered from the Nepalese embassy in New Delhi"
    re.compile(
        # (or for a time: "until 1984 Switzerland had been covered from the Luxembourg embassy in Paris"; or the state
        # named before: "for the next twenty years the country was looked after by the Hungarian embassy in Nairobi")
        rf"(?:(?P<recv>{_CAP})|\b(?i:the\s+country))\s+(?i:is|was|are|has\s+been|had\s+been)\s+"
        rf"(?i:covered|served|handled|looked\s+after)\s+(?i:from|by)\s+(?i:the)\s+"
        rf"(?P<owner>{_CAP}(?:'s|’s)?)\s+{_POST}\s+in\s+{_WHERE}"
    ),
    # "Iceland is accredited to Lithuania through its embassy in Helsinki"
    re.compile(
        rf"(?P<owner>{_CAP})\s+(?i:is|was|has\s+been)\s+(?i:accredited\s+to)\s+(?:the\s+)?(?P<recv>{_CAP})\s+"
        rf"(?i:through|via|by)\s+(?i:its|the)\s+(?:{_CAP}\s+)?{_POST}\s+in\s+{_WHERE}"
    ),
    # "Iceland does not have an embassy in Lithuania; relations are handled by its embassy in Helsinki"
    re.compile(
        rf"\b(?i:relations|affairs|contacts|matters)\s+(?i:are|is|were)\s+(?:(?i:also|now)\s+)?"
        rf"(?i:handled|maintained|conducted|covered|managed)\s+(?i:by|through|from|via)\s+(?P<owner>(?i:its))\s+"
        rf"{_POST}\s+in\s+{_WHERE}"
    ),
    # "earlier, relations were handled by the Algerian embassy in Beijing": the post's state named by its adjective
    re.compile(
        rf"\b(?i:relations|affairs|contacts|matters)\s+(?i:are|is|were|(?:has|have|had)\s+been)\s+"
        rf"(?:(?i:also|now|earlier|previously|long)\s+)?"
        rf"(?i:handled|maintained|conducted|covered|managed|looked\s+after)\s+(?i:by|through|from|via)\s+(?i:the)\s+"
        rf"(?P<owner>{_CAP})\s+{_POST}\s+in\s+{_WHERE}"
    ),
    # "Lithuania's interests in Iceland are represented by its embassy in Oslo"; the state named by its adjective, the
    # state served left understood: "Bulgarian interests in Moldova were handled from the embassy in Kyiv", "Omani
    # affairs in Jordan were handled by the embassy in Cairo", "Uruguayan interests had earlier been looked after by …"
    re.compile(
        rf"(?P<owner>{_CAP})(?:'s|’s)?\s+(?i:interests|affairs)(?:\s+in\s+(?:the\s+)?(?P<recv>{_CAP}))?\s+"
        rf"(?i:are|were|is|was|(?:has|have|had)(?:\s+(?:earlier|long|previously|once|since))?\s+been)\s+"
        rf"(?i:represented|handled|looked\s+after|covered|served)\s+(?i:by|from)\s+(?i:its|the)\s+(?:{_CAP}\s+)?{_POST}\s+in\s+"
        rf"{_WHERE}"
    ),
    # "For many years Kuwait handled relations from its embassy in Astana"
    re.compile(
        rf"(?P<owner>{_CAP})\s+(?i:handled|handles|conducted|conducts|managed|manages)\s+(?:(?i:its|the)\s+)?"
        rf"(?i:relations|affairs|ties|contacts)(?:\s+(?i:with)\s+(?:the\s+)?(?P<recv>{_CAP}))?\s+"
        rf"(?i:from|through|via)\s+(?i:its|the)\s+(?:{_CAP}\s+)?{_POST}\s+in\s+{_WHERE}"
    ),
    # "The Norwegian ambassador resident in New Delhi is also accredited to Nepal"
    re.compile(
        rf"(?i:the)\s+(?P<owner>{_CAP})\s+(?i:ambassador|envoy|high\s+commissioner)\s+(?:(?i:resident|residing|based)\s+)?in\s+"
        rf"{_WHERE},?\s+(?i:is|was)\s+(?i:also\s+)?(?i:accredited\s+to|responsible\s+for)\s+(?:the\s+)?(?P<recv>{_CAP})"
    ),
    # "…; before that it was accredited from its embassy in Buenos Aires, Argentina": to the other of the pair
    # (or represented by it: "until then it had been represented by its high commission in Nairobi")
    re.compile(
        rf"(?P<owner>{_CAP}|\b(?i:it|its))\s+(?i:is|was|has\s+been|had\s+been)\s+"
        rf"(?:(?i:also|long|first|at\s+first|initially|originally|formerly)\s+)?"
        rf"(?:(?i:accredited|covered)\s+(?i:from)\s+(?i:its|the)|(?i:represented)\s+(?i:by|from|through)\s+(?i:its))\s+"
        rf"(?:{_CAP}\s+)?{_POST}\s+in\s+{_WHERE}"
    ),
    # "… until 2011 the Vietnamese embassy in Moscow was responsible": for the other of the two, left understood
    re.compile(
        rf"(?i:the)\s+(?P<owner>{_CAP})\s+{_POST}\s+in\s+{_WHERE}\s+(?i:is|was|has\s+been|had\s+been)\s+"
        rf"(?:(?i:also)\s+)?(?i:responsible)(?=\s*(?:[.;]|$))"
    ),
    # "Finland is accredited to Nicaragua from Mexico City": the city alone names the post's seat
    re.compile(
        rf"(?P<owner>{_CAP})\s+(?i:is|was|has\s+been|had\s+been)\s+(?:(?i:also)\s+)?(?i:accredited\s+to)\s+(?:the\s+)?"
        rf"(?P<recv>{_CAP})\s+(?i:from)\s+{_WHERE}"
    ),
    # "…, and Georgia has since been covered from Baku": the other state's post in a third capital, the other left
    # understood
    re.compile(
        rf"(?P<recv>{_CAP})\s+(?i:is|was|has(?:\s+since)?\s+been|had\s+been)\s+(?:(?i:also)\s+)?"
        rf"(?i:covered|served|handled)\s+(?i:from)\s+{_WHERE}"
    ),
    # "Mongolia has a non-resident ambassador to Chile based in Ulaanbaatar"
    re.compile(
        rf"(?P<owner>{_CAP})\s+(?i:has|had|maintains)\s+(?i:a|an)\s+(?i:non-resident)\s+(?i:ambassador|envoy)\s+"
        rf"(?i:to|for|in)\s+(?:the\s+)?(?P<recv>{_CAP}),?\s+(?:(?i:based|residing|resident)\s+)?in\s+{_WHERE}"
    ),
    # "Malta is represented in Estonia through a non-resident ambassador based in Valletta"
    re.compile(
        rf"(?P<owner>{_CAP})\s+(?i:is|was|has\s+been)\s+(?i:represented)\s+in\s+(?:the\s+)?(?P<recv>{_CAP})\s+"
        rf"(?i:through|by)\s+(?i:a|an|its)\s+(?i:non-resident)\s+(?i:ambassador|envoy)\s+(?:(?i:based|residing|resident)\s+)?"
        rf"in\s+{_WHERE}"
    ),
)


# The general shape of a non-resident accreditation the patterns above do not cover: in one clause, a post of one
# state of the pair that sits in a third state ("the Lithuanian ambassador in Tbilisi", "Lithuania's ambassador to
# Georgia", "the Lithuanian embassy in Tbilisi"), a verb that links a post to another state ("covered", "also
# covers", "is also accredited to", "served", "responsible for"), and the other state of the pair.
_LINK = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|accredited|responsible\s+for|serv(?:es|ed|ing)|represent(?:s|ed|ing)?|handl(?:es|ed)"
    r"|look(?:s|ed)\s+after|deal(?:s|t)\s+with)\b",
    re.I,
)
_POST_PHRASE = re.compile(
    rf"(?P<owner>\b(?i:its)|{_CAP}(?:'s|’s)?)\s+(?:(?i:non-resident|resident)\s+)?"
    rf"(?P<post>(?i:embassy|ambassador|envoy|high\s+commission(?:er)?|mission|legation|consulate(?:[\s\-]general)?))\s+"
    rf"(?:(?i:resident|residing|based)\s+)?(?:(?i:in)\s+{_WHERE}|(?i:to)\s+(?:the\s+)?(?P<base>{_CAP}))"
)


def _linked_non_resident(
    ctx: Context, unit: Unit, s: str, handled: list[tuple[int, int]], told: list[Fact]
) -> list[Fact]:
    assert ctx.dyad
    out = []
    for m in _POST_PHRASE.finditer(s):
        if any(a <= m.start() < b for a, b in handled):
            continue
        cs, ce = _clause_of(s, m.start())
        link = _LINK.search(s, m.end(), ce) or _LINK.search(s, cs, m.start())
        if link is None:
            continue
        owner_text = m.group("owner")
        owner = _subject(ctx, s, m.start()) if owner_text.lower() == "its" else _country(owner_text)
        if owner is None and owner_text.lower() == "its":
            # "Norway kept an embassy in Santiago until 1996. Its embassy in Buenos Aires has covered Chile since"
            owner = _state_before(ctx, unit)
        if owner not in ctx.dyad:
            continue
        recv = ctx.other(owner)
        city = _city(m.group("city")) if m.group("city") else None
        base = _country(m.group("country") or "") or (city.code if city else None) or _country(m.group("base") or "")
        if base is None or base in ctx.dyad:
            continue  # a post in the pair's own states is resident, read elsewhere
        # the other state must be named in the clause, outside the post phrase, as what the post is linked to
        # (or its capital: "the Japanese ambassador in Wellington was also accredited to Suva", "represented in
        # Zagreb by its ambassador in Vienna")
        states = gazetteer.find_countries(s[cs:ce])
        seats = [c for c in gazetteer.find_cities(s[cs:ce]) if gazetteer.is_capital(c.value or "")]
        named = [
            c
            for c in states + seats
            if gazetteer.within(c.code, ctx.dyad) == recv and not (m.start() <= cs + c.start < m.end())
        ]
        if not named and not (
            # "Finland has no embassy in Nicaragua; its ambassador in Mexico City covers the country"
            # (or "… had covered the island", "the kingdom")
            re.search(
                r"\b(?:the|that)\s+(?:country|island|islands|archipelago|kingdom|republic)\b", s[m.end() : ce], re.I
            )
            and any(c.code == recv for c in gazetteer.find_countries(s))
        ):
            continue
        seat = common.written(city) if city else None
        if not any(c.code == recv for c in states) and any(
            f.fields["sender"] == owner
            and f.fields["receiver"] == recv
            and (f.fields.get("accredited_from") or {}).get("city") == seat
            for fs in [told, *ctx.cache.get("missions_by_unit", {}).values()]
            for f in fs
        ):
            continue  # (the other state named only by its capital, of an accreditation already told: a restatement)
        date, status = _non_resident_time(ctx, unit, s, m.start())
        kind = (
            "embassy"
            if re.match(r"(?i)ambassador|envoy|high\s+commissioner", m.group("post"))
            else _kind_of(m.group("post"))
        )
        out.append(
            _fact(
                owner,
                recv,
                kind,
                resident=False,
                accredited_from={"city": common.written(city) if city else None, "country": base},
                date=date,
                status=status,
                unit=unit,
            )
        )
        handled.append((m.start(), m.end()))
    return out


_RECIPROCAL = re.compile(
    r"\b(?:(?:both|the\s+two)\s+(?:countries|states|nations|governments)|each\s+(?:country|state))\s+"
    r"(?:\w+\s+){0,2}?(?:have|has|had|maintain|maintains|opened|established|reopened)\s+(?:resident\s+)?"
    r"(?P<kind>embassies|an\s+embassy|consulates)\s+in\s+(?:each\s+other'?s|the\s+other'?s)\s+capitals?"
    r"|\b(?:the\s+)?(?P<kind2>embassies)\s+of\s+(?:both|the\s+two)\s+(?:countries|states|nations)"
    # "Both countries opened resident embassies in 2001: Japan in Reykjavík …, and Iceland in Tokyo …"
    r"|\b(?:both|the\s+two)\s+(?:countries|states|nations|governments)\s+(?:\w+\s+){0,2}?(?:opened|established|set\s+up)\s+"
    r"(?:resident\s+)?(?P<kind3>embassies|consulates)\b[^.;:,]{0,30}[:,](?=\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+in\s+[A-Z])"
    # "the two countries reopened their embassies the same year"
    r"|\b(?:both|the\s+two)\s+(?:countries|states|nations|governments)\s+(?:\w+\s+){0,2}?(?:opened|reopened)\s+"
    r"their\s+(?P<kind5>embassies|consulates)\b"
    # "legations were opened in both capitals", "embassies were set up in the two capitals"
    r"|\b(?P<kind4>legations|embassies|consulates)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:opened|established|set\s+up|reopened|exchanged)\s+in\s+(?:both|the\s+two|each\s+other'?s)\s+capitals",
    re.I,
)
_EACH_CITY = re.compile(
    rf"\b(?P<kind>embassies|consulates(?:[\s\-]general)?)\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
    rf"(?:(?:opened|established|set\s+up|reopened)\s+)?in\s+(?P<a>{_CAP})\s+and\s+(?P<b>{_CAP})",
    re.I,
)
_EACH_IN = re.compile(rf"(?P<who>{_CAP})\s+in\s+(?P<city>{_CAP})")
_OPENING = re.compile(r"\b(?:opened|founded|established|set\s+up|inaugurated|since)\b", re.I)
_NAMED_CENTRE = re.compile(
    # (not "the Nigerian House of Representatives", "the Polish Institute of Physics")
    # (nor "the German-Mongolian Institute for Resources": a joint institution)
    rf"(?<![\-–])\b(?P<dem>[A-Z][a-z]+)\s+(?:(?:Cultural\s+)?(?:Centre|Center|Institute)\b(?!\s+(?:of|for)\b)"
    rf"|House(?=\s+(?:in|at)\s))"
    rf"(?:\s+(?:in|at)\s+(?P<city>{_CAP}))?"
)
_country = common.first_country  # the first state a phrase names
_POST_IN = re.compile(
    rf"\b(?:an?|its|their)\s+(?P<post>embassy|high\s+commission|legation|mission)\s+in\s+(?P<city>{_CAP})", re.I
)
# the post told before, replaced by the one now named: "…; the embassy that replaced it is also accredited to …"
_REPLACED_IT = re.compile(r"\s+(?:that|which)\s+(?:replaced|succeeded|superseded)\s+it\b", re.I)
_IN_CITY = re.compile(
    r"\s+(?:(?:has|runs|opened|maintains|operates)\s+(?:a|an|its)\s+(?:branch|office|centre|center|library)\s+)?"
    rf"(?:in|at)\s+(?:the\s+)?(?P<city>{_CAP})"
)


@lru_cache(maxsize=1)
def _institutes() -> dict[str, str]:
    """Cultural institutes known by a name of their own (data/cultural_institutes.tsv): name -> state."""
    return {r["name"]: r["country"] for r in gazetteer.read_table("cultural_institutes.tsv")}


def _city(text: str) -> gazetteer.Mention | None:
    found = gazetteer.find_cities(text)
    return found[0] if found else None


# "Mexico's ambassador in Baku is also accredited to Georgia", "The Argentine embassy in Hanoi is also accredited
# to Laos", "The embassy is also accredited to Laos" (the one just told)
_AMBASSADOR_ALSO = re.compile(
    rf"(?:\b(?P<bare>(?i:the|its|this|that))\s+|(?:(?i:the)\s+)?(?P<owner>{_CAP}(?:'s|’s)?)\s+)"
    rf"(?P<post>(?i:ambassador|envoy|embassy|mission|legation|high\s+commission(?:er)?))\s*(?:\s(?i:in|at)\s+(?P<city>{_CAP}))?"
    # ("Its ambassador there is also responsible for …": the post told last, named by where it is)
    rf"(?:\s+(?i:there))?"
    # (after a relative clause: "the embassy that replaced it is also accredited to Mauritania", or an aside: "The
    # Gabonese embassy in Rome, opened in 1974, also covers Greece")
    rf"(?:\s+(?i:that|which)\s+[a-z][^,;.]{{0,30}}?|,\s+[a-z][^,;.]{{0,40}}?,)?,?\s+"
    rf"(?:(?i:is|was|has|had)\s+(?i:also\s+)?(?i:been\s+)?(?i:also\s+)?(?i:accredited\s+to|responsible\s+for)"
    # "The embassy also covers Chad and the Central African Republic", "covers the Philippines as well"
    rf"|(?i:also\s+)?(?i:covers|covered)(?!\s+(?:the\s+)?(?:cost|costs|expenses|issues?|topics?|areas?)\b))\s+"
    rf"(?P<recv>[^;.]+)"
)
# the post told just before covering third states, in a sentence of its own: "From there it also covers Norway, Sweden
# and Finland", "It is also accredited to Peru"
_IT_ALSO = re.compile(
    r"(?:From\s+there,?\s+)?(?:it|It)\s+(?:(?:is|was|has|had)\s+(?:also\s+)?(?:been\s+)?(?:also\s+)?accredited\s+to"
    r"|(?:also\s+)?(?:covers|covered))\s+(?P<recv>[^;.]+)"
)
# "…; since then the embassy in Wellington has been responsible (for Tonga)": a post in a third state covering the
# other of the pair
_RESPONSIBLE = re.compile(
    rf"\b(?i:the|its)\s+(?i:embassy|high\s+commission|mission)\s+(?i:in|at)\s+(?P<city>{_CAP})\s+"
    rf"(?i:has\s+been|have\s+been|is|was|had\s+been|became)\s+(?i:also\s+)?(?i:responsible)\b"
    rf"(?:\s+(?i:for)\s+(?P<recv>{_CAP}))?"
)
_GAPPED_NON_RESIDENT = re.compile(
    rf",?\s+and\s+(?P<who>{_CAP})\s+(?:by|through|from|via)\s+(?:its|their)\s+"
    rf"(?:embass(?:y|ies)|missions?|high\s+commissions?)\s+in\s+(?P<city>{_CAP})"
)


def _fact(
    sender: str,
    receiver: str,
    kind: str,
    *,
    city: str | None = None,
    resident: bool = True,
    accredited_from: dict[str, Any] | None = None,
    date: str | None = None,
    status: str = "open",
    unit: Unit,
    confidence: float = 0.85,
) -> Fact:
    return Fact(
        "mission",
        {
            "sender": sender,
            "receiver": receiver,
            "kind": kind,
            "city": None if not resident else city,
            "resident": resident,
            "accredited_from": accredited_from if not resident else None,
            "date": date,
            "status": status,
        },
        [unit],
        confidence,
    )


def _covered_from(post: Fact, code: str, unit: Unit, *, status: str = "open", date: str | None = None) -> Fact:
    """A third state covered from a resident post already told: the post's sender and kind, based where it is."""
    f = post.fields
    base = {"city": f["city"], "country": f["receiver"]}
    sender, kind = str(f["sender"]), str(f["kind"])
    return _fact(sender, code, kind, resident=False, accredited_from=base, status=status, date=date, unit=unit)


_IN_THE_CAPITAL = re.compile(r"\bin\s+the\s+(?:[A-Z][\w\-]+\s+)?capital\b(?!\s+of\b)")


def _consistent(ctx: Context, f: Fact, s: str) -> Fact:
    """A resident mission stands in the receiving state: one placed in a city of its sender was the other state's
    ("Brazil has an embassy in Port-au-Prince and Haiti an embassy in Brasília and a consulate in São Paulo"); and
    one "in the capital" stands in the receiver's capital."""
    fields = f.fields
    if not fields.get("resident") or ctx.dyad is None:
        return f
    city = fields.get("city")
    if city:
        codes = {c.code for c in gazetteer.find_cities(str(city)) if c.start == 0} or {
            c.code for c in common.pair_cities(ctx, str(city)) if c.start == 0
        }
        if codes == {fields["sender"]} and fields["receiver"] == ctx.other(fields["sender"]):
            fields["sender"], fields["receiver"] = fields["receiver"], fields["sender"]
    elif fields.get("receiver") and _IN_THE_CAPITAL.search(s):
        fields["city"] = gazetteer.capital_of(str(fields["receiver"]))
    return f


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts: list[Fact] = []
    last: dict[int, Fact] = {}  # block -> last mission fact, for "the embassy"
    by_columns = {id(r.unit): fs for t in ctx.doc.tables for r, fs in _from_columns(ctx, t)}
    for unit in ctx.doc.units:
        if unit.kind not in ("sentence", "item", "field", "row") or common.in_see_also(unit):
            continue
        s = ctx.doc.plain_of(unit)
        if unit.kind == "row":
            if id(unit) in by_columns:
                found = by_columns[id(unit)]
                facts.extend(found)
                ctx.cache.setdefault("missions_by_unit", {})[unit.index] = found
                continue
            s = " , ".join(ctx.doc.plain[c.pstart : c.pend].strip() for c in _row_cells(ctx, unit))
        labelled = _labelled_posts(ctx, unit, s)
        found = labelled or [_consistent(ctx, f, s) for f in _from_unit(ctx, unit, s, last.get(unit.block))]
        if unit.kind == "item" and s.rstrip().endswith(":"):
            found = _with_listed_places(ctx, unit, found)
        if unit.kind == "field":
            # an infobox's mission line names the sender's mission for the other state: one in a third state
            # ("mission2 = Embassy of South Korea, Helsinki (accredited)") is its non-resident accreditation
            found = [_accredited_from_third(ctx, f, unit) for f in found]
        if marked := _MARKED_NON_RESIDENT.search(s):
            found = [_marked_non_resident(ctx, f, marked, unit) for f in found]
        if found:
            last[unit.block] = found[-1]
            ctx.cache.setdefault("missions_by_unit", {})[unit.index] = found
        facts.extend(found)
    if ctx.cache.get("legations_raised"):
        # the legations raised to embassies were closed by it; each embassy stands where its legation stood
        seats: dict[str, set[str]] = {}
        for f in facts:
            if f.fields["kind"] == "diplomatic_mission" and f.fields["resident"]:
                f.fields["status"] = "closed"
                if f.fields["city"]:
                    seats.setdefault(str(f.fields["sender"]), set()).add(str(f.fields["city"]))
        for f in facts:
            seat = seats.get(str(f.fields["sender"]), set())
            if f.fields["kind"] == "embassy" and f.fields["city"] is None and f.fields["resident"] and len(seat) == 1:
                f.fields["city"] = next(iter(seat))
    return facts


# "Honorary consulates: Korea in Gaborone (since 2013; …), Botswana in Busan (2018), Korea in Francistown (closed
# 2020)": posts of one kind listed under it, each as STATE in CITY with a note
_LABEL = re.compile(r"\s*(?P<label>[A-Za-z][\w\s\-]{2,40}?)\s*:\s+")
_LABELLED_ENTRY = re.compile(
    r"(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+in\s+(?P<city>[A-Z][^,;()]{1,40}?)\s*(?:\((?P<note>[^()]*)\))?"
    r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\.?\s*$)"
)


def _labelled_posts(ctx: Context, unit: Unit, s: str) -> list[Fact]:
    """Posts listed under their kind, each as the sending state in a city, with a note that dates or closes it."""
    assert ctx.dyad
    label = _LABEL.match(s)
    if label is None or unit.kind not in ("item", "sentence") or not _kind_re().fullmatch(label.group("label")):
        return []
    kind = _kind_of(label.group("label"))
    dates = common.unit_dates(ctx, unit)
    out: list[Fact] = []
    pos = label.end()
    while pos < len(s):
        m = _LABELLED_ENTRY.match(s, pos)
        if m is None:
            return []  # (not a list of such entries throughout: left to the sentence readers)
        sender = gazetteer.country_code(m.group("who"))
        if sender not in ctx.dyad:
            return []
        note = m.group("note") or ""
        closed = re.search(r"\bclosed\b", note, re.I) is not None
        at = [d for d in dates if m.start("note") <= d.start < m.end("note")] if m.group("note") else []
        opened = [d for d in at if not re.search(r"\bclosed\s+(?:in\s+)?$", s[max(0, d.start - 12) : d.start], re.I)]
        date = opened[0].value.split("/")[0] if opened else None
        status = "closed" if closed else "open"
        out.append(
            _fact(sender, ctx.other(sender), kind, city=m.group("city").strip(), date=date, status=status, unit=unit)
        )
        pos = m.end()
    return out


def _with_listed_places(ctx: Context, unit: Unit, found: list[Fact]) -> list[Fact]:
    """ "* Germany has an embassy in Brasília and consulates-general in:" over "** Porto Alegre", "** Recife": the
    post left without a place is one in each place listed under it."""
    open_posts = [f for f in found if f.fields["city"] is None and f.fields["resident"]]
    if not open_posts:
        return found
    post = open_posts[-1]
    places: list[tuple[str, Unit]] = []
    for nxt in ctx.doc.units[unit.index + 1 :]:
        if nxt.kind != "item" or nxt.block != unit.block:
            break
        text = ctx.doc.plain_of(nxt).strip(" .;,")
        known = gazetteer.find_cities_of(text, str(post.fields["receiver"]))
        if known and known[0].start == 0 and known[0].end == len(text):
            places.append((common.written(known[0]), nxt))
        elif re.fullmatch(r"[A-Z][\w\-'’]*(?:\s+(?:de|do|da|del|[A-Z][\w\-'’]*))*", text):
            places.append((text, nxt))  # a town the tables lack, named alone on its line
        else:
            break
    if not places:
        return found
    out = [f for f in found if f is not post]
    for city, item in places:
        fields = {**post.fields, "city": city}
        out.append(Fact("mission", fields, [unit, item], post.confidence))
    return out


# a line that names a post and marks it as not in the other state: "Permanent Mission of Kiribati to the United
# Nations, New York (non-resident)"
_MARKED_NON_RESIDENT = re.compile(r",\s*(?P<place>[^,()]+?)\s*\(non-resident\)\s*$", re.I)


def _marked_non_resident(ctx: Context, f: Fact, m: re.Match[str], unit: Unit) -> Fact:
    """A post a line marks "(non-resident)" (``m``), read as one in the other state with no city: the sender's post
    in the third state the place after the last comma lies in."""
    if not f.fields["resident"] or f.fields["city"] is not None:
        return f
    sender = f.fields["sender"]
    places = [c for c in gazetteer.find_cities(m.group("place")) if c.start == 0]
    if sender not in (ctx.dyad or ()) or f.fields["receiver"] != ctx.other(sender) or not places:
        return f
    city = places[0]
    if common.in_pair(ctx, city.code) in (ctx.dyad or ()):
        return f
    base = {"city": common.written(city), "country": city.code}
    return _fact(sender, f.fields["receiver"], str(f.fields["kind"]), resident=False, accredited_from=base, unit=unit)


def _accredited_from_third(ctx: Context, f: Fact, unit: Unit) -> Fact:
    sender, receiver = f.fields["sender"], f.fields["receiver"]
    if not f.fields["resident"] or sender not in (ctx.dyad or ()) or common.in_pair(ctx, receiver) in (ctx.dyad or ()):
        return f
    base = {"city": f.fields["city"], "country": receiver}
    kind = str(f.fields["kind"])
    return _fact(sender, ctx.other(sender) or "", kind, resident=False, accredited_from=base, unit=unit)


_SENDER_HEAD = re.compile(r"^\s*(?:country|state|sending\s+(?:state|country)|sender|by|from)\s*$", re.I)
_KIND_HEAD = re.compile(r"^\s*(?:mission|type|kind|representation|post)\s*$", re.I)
_CITY_HEAD = re.compile(r"^\s*(?:city|location|seat|place|in)\s*$", re.I)
# a column of when each post was held: "Years" ("1935–1941"), "Opened" ("1992"), "Since"
_WHEN_HEAD = re.compile(r"^\s*(?:years?|period|dates?|opened|established|since|active)\s*$", re.I)


def _held(cell: str) -> tuple[str | None, str]:
    """The opening date and status of a post from its years cell: "1935–1941" opened 1935 and ended; "until
    1950" ended at an unknown start; "1992" or "since 1992" opened then and still open."""
    found = dates_mod.find_dates(cell)
    if not found:
        return dates_mod.parse_date(cell), "open"  # a bare year, which prose would not date
    d = found[0]
    if d.kind == "until":
        return None, "closed"
    if d.kind == "interval":
        start, _, end = d.value.partition("/")
        return (start or None), ("open" if end in ("", "..") else "closed")
    return d.value, "open"


# a city cell's whole text is one name, capitalized: "Solotvyno", "Tecún Umán"
_TOWN_CELL = r"[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2}"


def _from_columns(ctx: Context, table: Table) -> list[tuple[Row, list[Fact]]]:
    """A table of missions by column: "Country | Mission | City" (each row one post of the country named), or
    "Sending state | Embassy | Other missions" (a column per kind holding cities, and one of "KIND in CITY")."""
    assert ctx.dyad
    if table.header is None:
        return []
    heads = [ctx.doc.plain_of(c).strip() for c in table.header.cells]

    def col(rx: re.Pattern[str]) -> int | None:
        return next((i for i, h in enumerate(heads) if rx.match(h)), None)

    who, what, where, when = col(_SENDER_HEAD), col(_KIND_HEAD), col(_CITY_HEAD), col(_WHEN_HEAD)
    notes = col(_NOTES_HEAD)
    if who is None and what is not None and where is not None:
        # "Mission | City | Opened": the mission's own name tells whose it is ("Embassy of Australia")
        who = what
    if who is None:
        return []
    # columns named by a kind ("Embassy", "Consulates-General"): their cells are cities
    by_kind = {i: _kind_of(h) for i, h in enumerate(heads) if i != who and _kind_re().fullmatch(h.strip())}
    listed = [i for i, h in enumerate(heads) if i != who and _OTHER_HEAD.match(h)]
    if (what is None or where is None) and not by_kind and not listed:
        return []
    out = []
    for row in table.rows:
        cells = [ctx.doc.plain_of(c).strip() for c in row.cells]
        if who >= len(cells):
            continue
        sender = common.first_country(cells[who])
        receiver = ctx.other(sender) if sender in ctx.dyad else None
        if receiver is None:
            continue

        def town(text: str, recv: str = receiver) -> str | None:
            city = next((c for c in gazetteer.find_cities_of(text, recv) if c.start == 0), None)
            return common.written(city) if city else None

        facts = []
        if what is not None and where is not None and max(what, where) < len(cells):
            kind_text = _kind_re().search(cells[what])
            # ("Finnish Institute", "Istituto Italiano di Cultura": a cultural institute by its name)
            named = _NAMED_CENTRE.search(cells[what]) or any(n in cells[what] for n in _institutes())
            if kind_text is not None or named:
                date, status = _held(cells[when]) if when is not None and when < len(cells) else (None, "open")
                note = cells[notes] if notes is not None and notes < len(cells) else ""
                if status == "open" and re.search(r"\b(?:closed|shut)\b", note, re.I):
                    status = "closed"  # "closed in 2012": the post opened as dated and has ended
                kind = _kind_of(kind_text.group()) if kind_text is not None else "cultural_centre"
                # the city column names a city: one the gazetteer lacks is still one ("Solotvyno"), and a cell may
                # list several ("Tartu, Narva"): one post each
                names = [x for x in re.split(r"\s*,\s*|\s+and\s+", cells[where]) if x] or [""]
                for name in names:
                    city = town(name) or (_unknown_town(name) if re.fullmatch(_TOWN_CELL, name) else None)
                    facts.append(_fact(sender, receiver, kind, city=city, date=date, status=status, unit=row.unit))
                also = _NOTE_COVERS.search(note)
                if also and len(names) == 1 and status == "open":
                    # "also accredited to Bosnia and Herzegovina and Montenegro": the post covers third states
                    base_city = town(names[0])
                    base = {"city": base_city, "country": receiver} if base_city else None
                    for c in gazetteer.find_countries(also.group(1)):
                        if base is not None and c.code not in ctx.dyad:
                            facts.append(
                                _fact(sender, c.code, kind, resident=False, accredited_from=base, unit=row.unit)
                            )
        for i, kind in by_kind.items():
            if i < len(cells) and cells[i] and cells[i] not in ("-", "–", "—"):
                # a cell may list several cities ("Thessaloniki, Ioannina"): one post each
                towns = [common.written(c) for c in gazetteer.find_cities_of(cells[i], receiver)]
                for name in dict.fromkeys(towns) if len(towns) > 1 else [town(cells[i])]:
                    facts.append(_fact(sender, receiver, kind, city=name, unit=row.unit))
        for i in listed:
            for m in _kind_in().finditer(cells[i] if i < len(cells) else ""):
                facts.append(
                    _fact(sender, receiver, _kind_of(m.group("kind")), city=town(m.group("city")), unit=row.unit)
                )
        if facts:
            out.append((row, facts))
    return out


@lru_cache(maxsize=1)
def _kind_in() -> re.Pattern[str]:
    """ "Consulate-General in Košice": a post and its city, in a table cell."""
    return re.compile(
        rf"(?P<kind>{_kind_re().pattern})\s+in\s+(?P<city>[A-Z][\w\-'’ ]{{1,40}}?)(?=\s*(?:,|;|\band\b|$))", re.I
    )


_NOTE_COVERS = re.compile(r"\b(?:also\s+)?(?:accredited\s+to|covers|covering|responsible\s+for)\s+(.+)", re.I)
_NOTES_HEAD = re.compile(r"^\s*(?:notes?|remarks?|comments?)\s*$", re.I)
_OTHER_HEAD = re.compile(r"^\s*(?:other\s+)?(?:missions|posts|consulates?|representations?)\s*$", re.I)


def _row_cells(ctx: Context, unit: Unit) -> list[Any]:
    for t in ctx.doc.tables:
        for r in t.rows:
            if r.unit is unit:
                return r.cells
    return []


def _date_in(ctx: Context, unit: Unit, start: int, end: int) -> tuple[str | None, str | None]:
    """(value, kind) of the first date inside [start, end) of the unit's plain text."""
    for d in common.unit_dates(ctx, unit):
        if start <= d.start < end:
            return d.value, d.kind
    return None, None


def _opened_on(ctx: Context, unit: Unit, s: str, start: int, end: int) -> str | None:
    """The date of a post's opening told in [start, end) of its clause ("… in Dublin opened in 1961"), if any."""
    value, dkind = _date_in(ctx, unit, start, end) if _OPENING.search(s, start, end) else (None, None)
    return value if dkind in ("point", "since") else None


_ANY_MISSION_WORDS = (
    r"embass|consul|mission|legation|represent|accredit|office|cent(?:re|er)|commission|institut|covere?[ds]|resid|based"
    r"|section|responsible\s+for"
    r"|istituto|goethe|cervantes|alliance|british\s+council|japan\s+foundation|russian\s+house"
    r"|\bone\b"
)


@lru_cache(maxsize=1)
def _any_mission() -> re.Pattern[str]:
    """The cheap first test of a sentence: a word of a mission, or a head word of a kind in mission_kinds.tsv
    ("trade house")."""
    heads = sorted({p.split()[-1].lower() for p, _ in _kinds()} - {"*"}, key=len, reverse=True)
    return re.compile(rf"{_ANY_MISSION_WORDS}|\b(?:{'|'.join(map(re.escape, heads))})\b", re.I)


# a clause told as the arrangement before the one just told: "…; before that it was represented there by a consulate"
# an opening prepared or spoken of, not told: "talks …, which prepared the opening of the Irish embassy"
_PREPARED = re.compile(
    r"\b(?:prepar\w*|paved\s+the\s+way\s+for|discuss\w*|to\s+speed\s+up)\s+the\s+(?:re)?opening\s+of\s+(?:the|an?|its)\s+"
    r"(?:[\w\-]+\s+){0,2}$",
    re.I,
)
_BEFORE_THEN = r"before\s+(?:that|then)|until\s+then|formerly|at\s+first|initially"
_FRONTED_EARLIER = re.compile(rf"\W*(?:(?:and|but)\s+)?(?:{_BEFORE_THEN})\b", re.I)
# an arrangement told as an earlier one: "formerly", "long", "first covered …"; "Samoa was long covered from …"
_EARLIER = re.compile(
    r"\b(?:long|formerly|previously|earlier|initially|originally|before\s+(?:that|then)|at\s+first)\b|\bfirst\s+$", re.I
)
_EARLIER_PASSIVE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:long|first|at\s+first|initially|originally|formerly)\s+(?:covered|accredited)\b"
    r"|\bhad\s+(?:earlier|previously|formerly|long|once)\s+been\b",
    re.I,
)


_FOR_THE_NEXT = re.compile(
    r"\b(?:for|during)\s+the\s+(?:next|following)\s+(?:[\w\-]+\s+)?(?:decades?|years)\b", re.I
)
_FOR_YEARS = re.compile(
    r"\W*\b(?:for|during)\s+(?:(?:more|less)\s+than\s+|over\s+|almost\s+|nearly\s+|some\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|many|\d+|a)\s+"
    r"(?:decades?|years)\b",
    re.I,
)


def _non_resident_time(ctx: Context, unit: Unit, s: str, at: int) -> tuple[str | None, str]:
    """Date and status of a non-resident accreditation told at ``at``: the date of its clause ("since 1991",
    "in 2012"); a period ("from 2001 to 2005", "between 2012 and 2018") or "formerly", "long", "until" is one
    that has ended, dated from its start."""
    cs, ce = _clause_of(s, at)
    # (a list item may hold two sentences: "- Zimbabwe kept an embassy in Bucharest from 1983 to 1996. Its embassy in
    # Berlin has represented it in Romania since then.")
    cs = max([cs, *(a for a, _ in split_sentences(s) if a <= at)])
    value, dkind = _date_in(ctx, unit, cs, ce)
    # (before an "until" that ends it: "For the next eight years … covered …, until an embassy of its own opened")
    nxt = _FOR_THE_NEXT.search(s, cs, ce)
    if nxt:
        # "… closed it in 1992; for the next twelve years New Zealand was covered from …": from the time told before
        told = _point_before(ctx, unit, nxt.start())
        before = _unit_before(ctx, unit) if told is None else None
        if before is not None:
            # "Diplomatic relations were established in 1964. For the next eight years Argentina covered …"
            told = _point_before(ctx, before, len(ctx.doc.plain_of(before)))
        return (told.split("/")[0] if told else None), "closed"
    if dkind != "interval" and re.search(r"\buntil\b", s[cs:ce], re.I):
        return None, "closed"  # "… until 2020": when it ended, not when it began
    if re.search(
        r"\b(?:for|during|throughout)\s+(?:(?:most|much|part)\s+of\s+)?the\s+(?:1[89]|20)\d0s\b", s[cs:ce], re.I
    ):
        return None, "closed"  # "For most of the 1970s the ambassador in Wellington was also accredited to Suva"
    # "For more than two decades Japan handled its affairs … through its embassy in Kyiv, while …" (fronted, it spans
    # the sentence), not "… has been covered from Vienna for ten years"
    span = _FOR_YEARS.search(s[cs:ce]) or _FOR_YEARS.match(s)
    if span and not re.search(r"\b(?:has|have)\s+(?:been|had)\b", s[min(cs, span.start()) : ce], re.I):
        return None, "closed"
    ended = dkind == "interval" or _EARLIER.search(s[cs:at]) or _EARLIER_PASSIVE.search(s[cs:ce])
    if value is None and re.search(r"\b(?:has|have)\s+since\s+been\b", s[cs:ce], re.I):
        # "… but closed it in 1999; Greece has since been covered from …": since the time the clause before tells
        value = _point_before(ctx, unit, cs)
    return (value.split("/")[0] if value else None), ("closed" if ended else "open")


def _point_before(ctx: Context, unit: Unit, pos: int) -> str | None:
    """The last point in time the unit tells before ``pos``: the time a coverage told after it starts from."""
    before = [d.value for d in common.unit_dates(ctx, unit) if d.end <= pos and d.kind == "point"]
    return before[-1] if before else None


# one state's missions acting for the other elsewhere: no mission between the two
_REPRESENTS_ABROAD = re.compile(
    r"\b(?:embassies|consulates|missions)\b[^.;]{0,80}\brepresent(?:s|ed|ing)?\b[^.;]{0,60}\binterests\b"
    r"[^.;]{0,40}\b(?:in|abroad|around)\b",
    re.I,
)


def _from_unit(ctx: Context, unit: Unit, s: str, previous: Fact | None) -> list[Fact]:
    assert ctx.dyad
    if not _any_mission().search(s):
        # no word of a mission in it: nothing to read (most sentences), unless it answers the post told last
        # ("Chile reciprocated in 1995.")
        return _followed(ctx, unit, s, [], previous)
    if _REPRESENTS_ABROAD.search(s):
        return []  # "Swiss embassies have represented the Principality's interests in countries where it has none"
    out: list[Fact] = []
    handled: list[tuple[int, int]] = []

    gate = _NON_RESIDENT_WORDS.search(s) is not None  # the costly patterns only where their verbs stand
    for m in _ACCREDITED.finditer(s):
        recv = _country(m.group("recv"))
        sender = _subject(ctx, s, m.start())
        if recv is None and sender in ctx.dyad and _DESCRIBED.match(m.group("recv")):
            recv = ctx.other(sender)  # "Brazil first covered the archipelago from its embassy in Dakar"
        city = _city(m.group("city"))
        from_country = _country(m.group("country") or "") or (city.code if city else None)
        if not sender or not recv or sender == recv:
            continue
        date, status = _non_resident_time(ctx, unit, s, m.start())
        out.append(
            _fact(
                sender,
                recv,
                _kind_of(m.group("kind")),
                resident=False,
                accredited_from={
                    "city": common.written(city) if city else m.group("city").strip(),
                    "country": from_country,
                },
                date=date,
                status=status,
                unit=unit,
            )
        )
        handled.append((m.start(), m.end()))
        also = _ALSO_ACCREDITED.match(s[m.end() : m.end() + 160])
        if also and _of_a_later_post(also):
            # "…, until an embassy opened in Muscat in 2008; that embassy now covers Yemen": the later post's
            also = None
        if also and city is not None:
            # "… from its embassy in Warsaw, Poland, which also covers Latvia": that post covers more states
            base = {"city": common.written(city), "country": from_country}
            for code in _covered(also.group("recv"), (sender, recv, from_country)):
                out.append(_fact(sender, code, "embassy", resident=False, accredited_from=base, unit=unit))

    for rx, kind in ((_RESIDES, "embassy"), (_REPRESENTED, "diplomatic_mission")) if gate else ():
        for m in rx.finditer(s):
            owner = _country(m.group("owner"))
            recv = _country(m.group("recv"))
            city = _city(m.group("city"))
            if not owner or not recv or owner == recv or city is None:
                continue
            past = re.search(r"\b(?:was|resided|lived|had\s+been|for\s+years|in\s+the\s+\d{4}s)\b", s[: m.end()], re.I)
            date, status = _non_resident_time(ctx, unit, s, m.start())
            out.append(
                _fact(
                    owner,
                    recv,
                    kind,
                    resident=False,
                    accredited_from={"city": common.written(city), "country": city.code},
                    date=date,
                    status="closed" if past else status,
                    unit=unit,
                )
            )
            handled.append((m.start(), m.end()))

    for rx in _NON_RESIDENT if gate else ():
        for m in rx.finditer(s):
            if any(a <= m.start() < b for a, b in handled):
                continue
            owner_text = m.groupdict().get("owner") or ""
            owner = _subject(ctx, s, m.start()) if owner_text.lower() in ("its", "it") else _country(owner_text)
            recv = _country(m.group("recv")) if m.groupdict().get("recv") else (ctx.other(owner) if owner else None)
            if not owner_text and recv in ctx.dyad:
                owner = ctx.other(recv)  # (the state covered named alone: the other of the pair covers it)
            if (
                recv is None
                and m.groupdict().get("recv")
                and re.search(r"(?i)\b(?:interests|affairs)\s+in\s+(?:the\s+)?$", s[m.start() : m.start("recv")])
                and (capital := _city(m.group("recv"))) is not None
            ):
                # "Chilean interests in Warsaw were looked after by the embassy in Berlin": the capital named for
                # its state
                recv = common.in_pair(ctx, capital.code) if gazetteer.is_capital(capital.value or "") else None
            city = _city(m.group("city"))
            base = _country(m.group("country") or "") or (city.code if city else _country(m.group("city")))
            if not owner or not recv or owner == recv or owner not in ctx.dyad or recv not in ctx.dyad:
                continue
            if base == recv:
                continue  # an embassy in the receiving state itself is resident
            kind = _kind_of(re.search(_POST, m.group()).group()) if re.search(_POST, m.group()) else "embassy"
            date, status = _non_resident_time(ctx, unit, s, m.start())
            seat = {"city": common.written(city) if city else None, "country": base}
            out.append(
                _fact(owner, recv, kind, resident=False, accredited_from=seat, date=date, status=status, unit=unit)
            )
            handled.append((m.start(), m.end()))
            more = _AS_WELL_AS.match(s, m.end())
            for code in _covered(more.group("more"), (owner, recv, base)) if more and m.groupdict().get("recv") else ():
                # "Chile's embassy in Berlin is accredited to Poland, as well as to Austria and Switzerland": the same
                # post covers those states too
                also = _fact(owner, code, kind, resident=False, accredited_from=dict(seat), status=status, unit=unit)
                out.append(also)

    if gate:
        out += _linked_non_resident(ctx, unit, s, handled, out)

    for m in _EACH_CITY.finditer(s) if "mbassies" in s or "onsulates" in s else ():
        # "embassies were opened in Cairo and Tel Aviv in February of that year": each city's post is the other
        # state's
        if any(a <= m.start() < b for a, b in handled):
            continue
        kind = "consulate" if "consul" in m.group("kind").lower() else "embassy"
        cs, ce = _clause_of(s, m.start())
        value, dkind = _date_in(ctx, unit, cs, ce)
        date = value if dkind in ("point", "since", "relative") else None
        found = []
        for place in (m.group("a"), m.group("b")):
            city = next(iter(gazetteer.find_cities(place)), None)
            host = common.in_pair(ctx, city.code) if city is not None and city.start == 0 else None
            if host in ctx.dyad:
                found.append(_fact(ctx.other(host) or "", host, kind, city=common.written(city), date=date, unit=unit))
        if len(found) == 2 and found[0].fields["sender"] != found[1].fields["sender"]:
            out += found
            handled.append((m.start(), m.end()))

    for m in _RECIPROCAL.finditer(s) if "mbass" in s or "onsul" in s or "egation" in s else ():
        # "Both countries have embassies in each other's capitals", "The embassies of both countries reopened in
        # 2022": one mission each way, in the capital the text does not name
        if any(a <= m.start() < b for a, b in handled):
            continue
        word = m.group("kind") or m.group("kind2") or m.group("kind3") or m.group("kind4") or m.group("kind5")
        kind = "consulate" if "consul" in word.lower() else _kind_of(word) if "legation" in word.lower() else "embassy"
        cs, ce = _clause_of(s, m.start())
        value, dkind = _date_in(ctx, unit, cs, ce)
        status = "closed" if _CLOSED.search(s[cs:ce]) and not _REOPENED.search(s[cs:ce]) else "open"
        date = value if dkind in ("point", "since", "relative") else None
        # "…: India in Belgrade and Yugoslavia in New Delhi" names each one's city
        where: dict[str, str] = {}
        colon = re.match(r"\s*:", s[m.end() :]) or m.group("kind3")
        for w in _EACH_IN.finditer(s, m.end(), len(s) if colon else m.end()):
            owner = _country(w.group("who"))
            city = next(iter(gazetteer.find_cities(w.group("city"))), None)
            if (
                owner in ctx.dyad
                and city is not None
                and city.start == 0
                and common.in_pair(ctx, city.code) == ctx.other(owner)
            ):
                where[owner] = common.written(city)
        a, b = ctx.dyad
        if kind != "consulate" and re.search(r"capital", m.group(), re.I):
            # "in each other's capitals": the capital where the embassies to each state are
            where = {a: where.get(a) or gazetteer.capital_of(b), b: where.get(b) or gazetteer.capital_of(a)}
        out += [
            _fact(a, b, kind, city=where.get(a), date=date, status=status, unit=unit),
            _fact(b, a, kind, city=where.get(b), date=date, status=status, unit=unit),
        ]
        handled.append((m.start(), m.end()))

    raised_list = False  # the pair's legations, named one by one, were raised to embassies
    for m in common.legations_raised(ctx, s):
        if any(a <= m.start() < b for a, b in handled):
            continue
        date = common.raised_date(ctx, unit, s, m)
        a, b = ctx.dyad
        ctx.cache["legations_raised"] = True
        if m.group("where2"):
            # "Chile's legation in Oslo, opened in 1949, and Norway's legation in Santiago were raised to embassies":
            # each legation (read below, as any post) closed, and an embassy in its city opened
            where: dict[str, str] = {}
            for owner, _host, city in _legation_seats(ctx, m.group("where2")):
                where.setdefault(owner, city)
            out += [
                _fact(a, b, "embassy", city=where.get(a), date=date, unit=unit),
                _fact(b, a, "embassy", city=where.get(b), date=date, unit=unit),
            ]
            raised_list = True
            handled.append((m.end("where2"), m.end()))
            continue
        if m.group("where4"):
            # "the two governments raised their legations in Rome and La Paz to embassies": in each city a legation
            # closed and an embassy opened
            for owner, host, city in _legation_seats(ctx, m.group("where4")):
                out.append(_fact(owner, host, "diplomatic_mission", city=city, status="closed", unit=unit))
                out.append(_fact(owner, host, "embassy", city=city, date=date, unit=unit))
            handled.append((m.start(), m.end()))
            continue
        out += [_fact(a, b, "embassy", date=date, unit=unit), _fact(b, a, "embassy", date=date, unit=unit)]
        handled.append((m.start(), m.end()))

    for m in _NAMED_CENTRE.finditer(s) if "Cent" in s or "Institute" in s or "House" in s else ():
        # "the Czech Centre in Bratislava", "the Slovak Institute in Prague": a state's cultural institute, named
        # after its people
        owner = gazetteer.country_code(m.group("dem"))
        if owner not in ctx.dyad or any(a <= m.start() < b for a, b in handled):
            continue
        if " House" in m.group() and re.search(r"\b(?:in|at)\s+$", s[max(0, m.start() - 4) : m.start()]):
            continue  # "a consulate-general in Nauru House in Melbourne": the building a post sits in
        recv = ctx.other(owner)
        place = m.group("city")
        city = next((c for c in gazetteer.find_cities_of(place, recv or "") if c.start == 0), None) if place else None
        date = _opened_on(ctx, unit, s, m.end(), _clause_of(s, m.start())[1])
        out.append(
            _fact(owner, recv, "cultural_centre", city=common.written(city) if city else None, date=date, unit=unit)
        )
        handled.append((m.start(), m.end()))

    for name, owner in _institutes().items() if "Institu" in s or "Cult" in s or "Council" in s or "Found" in s else ():
        # "The Istituto Italiano di Cultura has a branch in Athens": an institute known by its own name
        at = s.find(name)
        if at < 0 or owner not in ctx.dyad or any(a <= at < b for a, b in handled):
            continue
        recv = ctx.other(owner) or ""
        ce = _clause_of(s, at)[1]
        place = _IN_CITY.match(s, at + len(name), ce)
        city = next(iter(gazetteer.find_cities_of(place.group("city"), recv)), None) if place else None
        if city is None and re.match(r"\s+there\b", s[at + len(name) :]):
            # "France has an embassy in Port-au-Prince and an Institut français there": the city just named
            city = next(iter(gazetteer.find_cities_of(s[_clause_of(s, at)[0] : at], recv)[-1:]), None)
        if city is None:
            # one post, in a city of the other state: "runs centres in A, B and C" is no count of posts
            continue
        date = _opened_on(ctx, unit, s, at + len(name), ce)
        out.append(_fact(owner, recv, "cultural_centre", city=common.written(city), date=date, unit=unit))
        handled.append((at, at + len(name)))

    for m in _HONORARY_CONSUL.finditer(s) if "onsul" in s else ():
        # "Ireland has an honorary consul in Brno": the person's post is an honorary consulate
        owner = _country(m.group("owner"))
        city = _city(m.group("city"))
        recv = city.code if city else (ctx.other(owner) if owner else None)
        if owner in ctx.dyad and recv in ctx.dyad and owner != recv:
            near = gazetteer.find_cities_of(m.group("city"), recv)
            name = common.written(near[0]) if near and near[0].start == 0 else None
            verb = m.group("verb").lower()
            date, status = None, "open"
            if verb in ("appointed", "named"):
                # "Belize appointed an honorary consul in Kaohsiung in 2016": the post dates from then
                value, dkind = _date_in(ctx, unit, m.end(), _clause_of(s, m.end())[1])
                date = value if dkind == "point" else None
            elif not verb.startswith(("ha", "kept", "maintain")):
                status = "planned"  # "Romania intends to name an honorary consul in Bulawayo"
            if re.match(r"\s+until\b", s[m.end() :]) and status == "open":
                # "Chile kept an honorary consul in Stavanger until 2015": the post closed then (told alone, the
                # closing ends it and dates nothing)
                date, status = None, "closed"
            out.append(_fact(owner, recv, "honorary_consulate", city=name, date=date, status=status, unit=unit))
            handled.append((m.start(), m.end()))

    for m in _SERVES_ALSO.finditer(s):
        owner, base, recv = _country(m.group("owner")), _country(m.group("base")), _country(m.group("recv"))
        if owner and base and recv and len({owner, base, recv}) == 3:
            out.append(
                _fact(
                    owner,
                    recv,
                    "embassy",
                    resident=False,
                    accredited_from={"city": None, "country": base},
                    unit=unit,
                )
            )
            handled.append((m.start(), m.end()))

    linked = any(w in s for w in ("also", "accredited", "cover", "esponsible"))
    for m in _AMBASSADOR_ALSO.finditer(s) if linked else ():
        # "Mexico's ambassador in Baku is also accredited to Georgia": the post in the other state covers a third
        told = out[-1] if out else previous
        if m.group("bare") and m.group("city"):
            # "Its ambassador in Washington was also accredited to Havana": the state the sentence or the one before
            # spoke of, posted in a third state and covering the other of the pair
            owner = _subject(ctx, s, m.start()) or (told.fields["sender"] if told is not None else None)
            if owner is None:
                owner = _state_before(ctx, unit)
            city = _city(m.group("city"))
            recv = _country(m.group("recv")) or next((c.code for c in gazetteer.find_cities(m.group("recv"))), None)
            if (
                owner in ctx.dyad
                and city is not None
                and recv == ctx.other(owner)
                and common.in_pair(ctx, city.code) not in ctx.dyad
            ):
                base = {"city": common.written(city), "country": city.code}
                out.append(_fact(owner, recv, "embassy", resident=False, accredited_from=base, unit=unit))
                handled.append((m.start(), m.end()))
                continue
            if owner not in ctx.dyad or city is None or common.in_pair(ctx, city.code) != ctx.other(owner):
                continue
            # "Since then its embassy in Santiago has been accredited to Peru": its post in the other state covers a
            # third one, read below as a named post's
        elif m.group("bare"):
            replaced = _REPLACED_IT.match(s, m.end("post"))
            named = [
                n
                for n in _POST_IN.finditer(s, 0, m.start())
                if n.group("post").lower() == m.group("post").lower() or replaced
            ]
            if named:
                # "Australia has an embassy in Manila and a consulate in Cebu; the embassy is also accredited to …":
                # the post this sentence named so, before its own facts are read
                owner = _subject(ctx, s, named[-1].start())
                city = _city(named[-1].group("city"))
            elif told is None or not told.fields["resident"] or not told.fields.get("city"):
                continue
            else:
                owner = told.fields["sender"]
                city = next(iter(gazetteer.find_cities_of(told.fields["city"], told.fields["receiver"])), None)
        else:
            owner = _country(m.group("owner").rstrip("'’s").rstrip("'’"))
            city = _city(m.group("city")) if m.group("city") else None
            seat = _city(m.group("owner")) if owner is None and city is None and m.group("post").islower() else None
            if seat is not None and common.in_pair(ctx, seat.code) in ctx.dyad:
                # "The Kingston embassy is also accredited to the Bahamas": the post in that city, of the other state
                # (a city of a former state's today: "The Moscow embassy" in a Soviet Union–Zambia article)
                owner, city = ctx.other(common.in_pair(ctx, seat.code)), seat
            if city is None and owner in ctx.dyad:
                # "…, and Morocco opened an embassy in Havana; the Moroccan mission is also accredited to …": the post
                # of that state this sentence named, else the one told last
                named = [n for n in _POST_IN.finditer(s, 0, m.start()) if _subject(ctx, s, n.start()) == owner]
                if named:
                    city = _city(named[-1].group("city"))
                elif told is not None and told.fields["sender"] == owner and told.fields["resident"]:
                    near = gazetteer.find_cities_of(told.fields.get("city") or "", told.fields["receiver"])
                    city = near[0] if near else None
        if owner not in ctx.dyad or city is None or common.in_pair(ctx, city.code) != ctx.other(owner):
            continue
        if m.group("city") and re.match(r"(?i:embassy|high)", m.group("post")):
            # "the Argentine embassy in Hanoi is also accredited to …" tells of the embassy itself too (and its
            # opening in an aside: "The Gabonese embassy in Rome, opened in 1974, also covers …")
            post = _kind_of(m.group("post"))
            opened = _opened_on(ctx, unit, s, m.end("city"), m.start("recv"))
            out.append(_fact(owner, ctx.other(owner) or "", post, city=common.written(city), date=opened, unit=unit))
        # ("… has been accredited to the Netherlands and Luxembourg since 1972", "Since then the embassy has also
        # been accredited to Peru": one date for every state covered)
        date = _since_in_clause(ctx, unit, s, m.start(), m.end("recv"))
        base = {"city": common.written(city), "country": common.in_pair(ctx, city.code)}
        # (a legation's coverage is a legation's: "From 1935 that legation was also accredited to Austria")
        covering = "diplomatic_mission" if m.group("post").lower() == "legation" else "embassy"
        for code in _covered(m.group("recv"), ctx.dyad):
            out.append(_fact(owner, code, covering, resident=False, accredited_from=base, date=date, unit=unit))
        handled.append((m.start(), m.end()))

    it_also = _IT_ALSO.match(s) if previous is not None and not out else None
    if it_also and previous is not None and previous.fields["resident"] and previous.fields.get("city"):
        # "Uganda opened an embassy in Copenhagen in 1989. From there it also covers Norway and Sweden."
        out += [_covered_from(previous, code, unit) for code in _covered(it_also.group("recv"), ctx.dyad)]

    for m in _RESPONSIBLE.finditer(s) if "esponsible" in s else ():
        owner = _subject(ctx, s, m.start()) or (previous.fields["sender"] if previous is not None else None)
        city = _city(m.group("city"))
        recv = _country(m.group("recv") or "") or (ctx.other(owner) if owner in ctx.dyad else None)
        if (
            owner not in ctx.dyad
            or recv != ctx.other(owner)
            or city is None
            or common.in_pair(ctx, city.code) in ctx.dyad
        ):
            continue
        date = _since_in_clause(ctx, unit, s, m.start(), m.end())
        base = {"city": common.written(city), "country": city.code}
        out.append(_fact(owner, recv, "embassy", resident=False, accredited_from=base, date=date, unit=unit))
        handled.append((m.start(), m.end()))

    for m in _GAPPED_NON_RESIDENT.finditer(s) if any(not f.fields["resident"] for f in out) else ():
        # "Japan was represented in Iceland by its embassy in Oslo, and Iceland by its embassy in Beijing": the
        # gapped second state is covered the same way
        owner = _country(m.group("who"))
        city = next((c for c in gazetteer.find_cities(m.group("city")) if c.start == 0), None)
        recv = ctx.other(owner) if owner in ctx.dyad else None
        if recv is None or city is None or common.in_pair(ctx, city.code) == recv:
            continue
        base = {"city": common.written(city), "country": city.code}
        out.append(_fact(owner, recv, "embassy", resident=False, accredited_from=base, unit=unit))
        handled.append((m.start(), m.end()))

    for m in _kind_re().finditer(s):
        if any(a <= m.start() < b for a, b in handled) or _referred(s, m.start()):
            continue
        if _HEADED_BY.match(s, m.end()):
            continue  # "the Croatian embassy was run from 2013 to 2016 by NAME": the person's term, not the post's
        to = re.match(r"\s+to\s+(?:the\s+)?", s[m.end() :])
        served = s[m.end() + to.end() : m.end() + to.end() + 80] if to else ""
        permanent = m.group().lower().startswith("permanent")
        if to and (
            any(o.start == 0 for o in gazetteer.find_organizations(served))
            # (a permanent mission is to an organization, whatever its name, unless a state is named)
            or (permanent and not any(c.start == 0 for c in gazetteer.find_countries(served)))
        ):
            continue  # "Mexico's permanent mission to UNEP": a post at an organization, not in the other state
        found = _mission_phrase(ctx, unit, s, m, previous, out[-1] if out else None)
        if not found:
            continue
        out.extend(found)
        fact = found[-1]
        after = s[m.end() : m.end() + 160]
        also = _ALSO_ACCREDITED.match(after)
        if also and _of_a_later_post(also):
            # "The Chilean embassy in Oslo opened in 2011, and the Norwegian embassy in Santiago followed in 2013; it
            # is also accredited to Peru": the later post's
            also = None
        if also and fact.fields["resident"]:
            # (the list of states ends where the next post begins: "…, which is also accredited to Mongolia, and
            # consulates-general in Shanghai, Guangzhou and Hong Kong")
            # (or where the sentence goes on with a verb: "…, also accredited to Malta, and keeps a separate embassy
            # to the Holy See")
            recv = re.split(
                r",?\s+and\s+(?:an?\s+|its\s+)?(?=(?:honorary\s+)?(?:consulat|embass|missions?\b|high\s+comm))"
                r"|,\s+and\s+(?!the\b)(?=[a-z])",
                also.group("recv"),
            )[0]
            # ("…, which until 2006 was also accredited to Rwanda": a coverage that has ended; "… opened in October
            # 1997 and has since also covered Kyrgyzstan": one that began with the post)
            ended = re.search(r"\buntil\s+\d{4}\b", also.group()[: also.start("recv")]) is not None
            since = fact.fields["date"] if re.search(r"\bsince\s+also\b", also.group(), re.I) else None
            for c in gazetteer.find_countries(recv):
                if c.code not in (fact.fields["sender"], fact.fields["receiver"]):
                    out.append(_covered_from(fact, c.code, unit, status="closed" if ended else "open", date=since))
    for f in out:
        if raised_list and f.fields["kind"] == "diplomatic_mission" and f.fields["resident"]:
            f.fields["status"] = "closed"  # a legation of the list raised to embassies
        # "… to send a legation to Tokyo; the legation closed when war broke out": the one just told closed
        word = _KIND_WORD.get(str(f.fields["kind"]))
        if (
            word
            and f.fields["status"] == "open"
            and re.search(rf"[;,]\s+(?:and\s+)?the\s+{word}\s+(?:was\s+)?{_CLOSING}\b", s, re.I)
        ):
            f.fields["status"] = "closed"
    for m in _ONE.finditer(s) if out else ():
        # "Georgia opened an embassy in Tallinn in 2006, and Estonia opened one in Tbilisi in 2007"
        owner = _country(m.group("owner"))
        if owner not in ctx.dyad:
            continue
        near = gazetteer.find_cities_of(m.group("city"), ctx.other(owner))
        city = near[0] if near and near[0].start == 0 else _city(m.group("city"))
        if city is not None and city.code == ctx.other(owner):
            value, dkind = _date_in(ctx, unit, m.start(), len(s))
            date = value if dkind in ("point", "since", "relative") else None
            status = "open"
            if re.match(rf"[^,;]{{0,40}}?\b(?:was\s+)?{_CLOSING}\b", s[m.end() :], re.I):
                date, status = None, "closed"  # "…, and a Norwegian one in Bergen was closed in 2016"
            elif re.match(r"[^;]{0,40}?,?\s+until\b", s[m.end() :], re.I):
                date, status = None, "closed"  # "…, and Sweden one in Tallinn, until the Soviet occupation of 1940"
            kind = str(out[-1].fields["kind"])
            out.append(_fact(owner, city.code, kind, city=common.written(city), date=date, status=status, unit=unit))
            handled.append((m.start(), m.end()))
    for m in _ANOTHER.finditer(s) if out and re.search(r"another|one|second|third|further", s) else ():
        # (the post told last whose receiving state has that city: "…; one in Iași gave up the post in 2020, and a
        # Romanian honorary consulate in Novi Sad is being prepared" speaks of the Serbian consuls told before)
        place = s[m.start("city") : m.start("city") + 60]
        told, city = out[-1], None
        for f in reversed(out):
            near = gazetteer.find_cities_of(place, f.fields["receiver"])
            if near and near[0].start == 0:
                told, city = f, near[0]
                break
        if not told.fields["resident"] or city is None or any(a <= m.start() < b for a, b in handled):
            continue
        if any(f.fields["city"] == common.written(city) for f in out):
            continue  # read already
        end = s.find(";", m.end())
        end = len(s) if end == -1 else end
        # (a consul's post given up is closed too: "…; one in Iași gave up the post in 2020")
        if closed := _ONE_CLOSED.search(s, m.start(), end):
            # (the closing dates its end, not the post; an opening told before it dates the post: "…, and had
            # another in Tromsø, opened in 2005 and closed six years later")
            opened = _OPENED_VERB.search(s, m.start(), closed.start())
            value, dkind = _date_in(ctx, unit, opened.end(), closed.start()) if opened else (None, None)
            date, status = (value if dkind == "point" else None), "closed"
        elif re.search(r"\buntil\s+(?:\d|(?-i:[A-Z]))", s[m.start() : end], re.I):
            date, status = None, "closed"  # "…, and had another in Stavanger until 1990": when it ended
        elif _PLANNED.search(s, m.start(), end):
            date, status = None, "planned"  # "…, and another is planned for Tromsø"
        else:
            value, dkind = _date_in(ctx, unit, m.start(), end)
            date, status = (value if dkind in ("point", "since") else None), "open"
        out.append(
            _fact(
                str(told.fields["sender"]),
                str(told.fields["receiver"]),
                str(told.fields["kind"]),
                city=common.written(city),
                date=date,
                status=status,
                unit=unit,
            )
        )
    out += _followed(ctx, unit, s, out, previous)
    return out


def _followed(ctx: Context, unit: Unit, s: str, told: list[Fact], previous: Fact | None) -> list[Fact]:
    """The other state's post answering one just told: "…, and Chile followed in Oslo six years later" (told in
    this sentence), "Chile reciprocated in 1966." (the last post of the sentence before)."""
    out: list[Fact] = []
    for m in _FOLLOWED.finditer(s) if "ollowed" in s or "eciprocated" in s or "did " in s else ():
        owner = _country(m.group("owner"))
        first = next((f for f in reversed(told) if f.fields["resident"]), None)
        if first is None and previous is not None and not s[: m.start()].strip(" ,"):
            first = previous
        if (
            first is None
            or owner not in ctx.dyad
            or not first.fields["resident"]
            or first.fields["sender"] != ctx.other(owner)
            or first.fields["receiver"] != owner
        ):
            continue
        recv = first.fields["sender"]
        city = _city(m.group("city")) if m.group("city") else None
        if city is not None and common.in_pair(ctx, city.code) != recv:
            continue
        value, dkind = _date_in(ctx, unit, m.end(), _clause_of(s, m.start())[1])
        date = value if dkind in ("point", "since", "relative") else None
        out.append(
            _fact(owner, recv, first.fields["kind"], city=common.written(city) if city else None, date=date, unit=unit)
        )
    return out


def _legation_seats(ctx: Context, text: str) -> list[tuple[str, str, str]]:
    """(owner, host, city) of each city of the pair ``text`` names for the legations raised ("their legations in Rome
    and La Paz"): a legation in a city of one state is the other's."""
    out = []
    for c in gazetteer.find_cities(text):
        host = common.in_pair(ctx, c.code)
        owner = ctx.other(host) if host in (ctx.dyad or ()) else None
        if owner and host:
            out.append((owner, host, common.written(c)))
    return out


_AS_WELL_AS = re.compile(r",?\s+(?:as\s+well\s+as|and\s+also)\s+(?:to\s+)?(?P<more>[^;.]+)", re.I)


def _covered(text: str, exclude: Iterable[str | None]) -> list[str]:
    """The third states a post is said to cover in ``text`` ("also covers Latvia and Estonia"): the states it names,
    not those of ``exclude`` and not a demonym ("the Latvian …")."""
    return [c.code for c in gazetteer.find_countries(text) if c.code not in exclude and c.kind != "demonym"]


def _since_in_clause(ctx: Context, unit: Unit, s: str, at: int, end: int) -> str | None:
    """The first "since" date from the start of the clause at ``at`` to ``end`` ("Since then the embassy has also
    been accredited to Peru", "… has been accredited to Luxembourg since 1972")."""
    cs = _clause_of(s, at)[0]
    return next((d.value for d in common.unit_dates(ctx, unit) if d.kind == "since" and cs <= d.start < end), None)


def _clause_of(s: str, pos: int) -> tuple[int, int]:
    for cl in common.clauses(s):
        if cl.start <= pos <= cl.end:
            return cl.start, cl.end
    return 0, len(s)


def _unit_before(ctx: Context, unit: Unit) -> Unit | None:
    """The sentence before, in the same paragraph."""
    if unit.index == 0 or ctx.doc.units[unit.index - 1].block != unit.block:
        return None
    return ctx.doc.units[unit.index - 1]


def _state_before(ctx: Context, unit: Unit) -> str | None:
    """The state of the pair the sentence before (in the same paragraph) first names: whose "its" opens this one."""
    before = _unit_before(ctx, unit)
    if before is None:
        return None
    return next(
        (c.code for c in gazetteer.find_countries(ctx.doc.plain_of(before)) if c.code in (ctx.dyad or ())), None
    )


def _subject(ctx: Context, s: str, pos: int) -> str | None:
    """The state a clause is about: the first state named in the clause before ``pos``."""
    cs, _ = _clause_of(s, pos)
    for c in gazetteer.find_countries(s[cs:pos]):
        return c.code
    for c in gazetteer.find_countries(s[:pos]):
        return c.code
    return None


_OF_OWNER = re.compile(r"^\s+of\s+(?:the\s+)?(?P<x>[A-Z][^,;()|]{1,50}?)(?=\s*(?:,|\bin\b|\bto\b|\(|$|\.|\|))")
_SHARED_PLACE = re.compile(
    r"\s+and\s+(?:an?\s+|its\s+|the\s+)?(?:honorary\s+)?(?:consulates?(?:[\s\-]general)?|embassy|mission|high\s+commission)"
    r"\s+in\s+(?P<place>[A-Z][^,;.]{1,40})"
)
# "… in Montevideo and its consulate-general in Salto": the second post shares the first one's verb (no verb between)
_SAME_VERB = re.compile(r"[^,;]{0,60}?\s+and\s+(?:its|their|an?|the)\s+(?:[\w\-]+\s+){0,2}?", re.I)
_ANNOUNCED_THEN_OPENED = re.compile(
    r"\b(?:announced|planned|proposed|agreed\s+(?:on|to))\b[^;]*?\b(?:began\s+(?:work|operating|operations)"
    r"|started\s+(?:work|operating|operations)|opened(?:\s+its\s+doors)?|was\s+(?:finally\s+)?(?:opened|inaugurated))\b",
    re.I,
)
_OPENED_VERB = re.compile(r"\b(?:re)?(?:opened|established|set\s+up|inaugurated)\b", re.I)
_SUFFERED = re.compile(
    # (the verbs' own endings: not "Bombay", "Burnley" or "Stormont")
    r"\b(?:storm(?:ed|ing|s)?|attack(?:ed|ing|s)?|burn(?:ed|t|ing|s)?|torch(?:ed|ing|es)?|besieg(?:ed|ing|es?)"
    r"|ransack(?:ed|ing|s)?|raid(?:ed|ing|s)?|bomb(?:ed|ing|ings|s)?|occupied|stoned|set\s+(?:on\s+)?fire)\b",
    re.I,
)
_SMALL_POSTS = frozenset({"consulate", "consulate_general", "honorary_consulate"})
_NOT_TOWN = re.compile(
    r"\b(?:Province|Region|State|District|County|Oblast|Prefecture|Governorate|Department|Territory|Island|Islands"
    r"|University|Street|Avenue|Square)\b"
)


_COMMON_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|as|on|in|at|since|from|until|near|close|which|where|with|by)\b)[a-z]")


def _unknown_town(place: str) -> str | None:
    """The capitalized name at the start of ``place`` when it is no state, city, organization or region word."""
    m = re.match(r"[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2}", place)
    if m is None or _NOT_TOWN.search(m.group()) or m.group() in ("The", "In", "It"):
        return None
    if _COMMON_NOUN_AFTER.match(place, m.end()):
        return None  # "the Baltic states", "Gulf region": a common noun follows, the name only qualifies it
    name = m.group()
    if gazetteer.find_countries(name) or gazetteer.find_organizations(name) or gazetteer.find_roles(name):
        return None
    return name


_LOCATION = re.compile(
    r"^(?:\s+of\s+[^,;()]{1,50}?)?\s*(?:,?\s*(?:planned|proposed|intended)\s+for\s+(?=[A-Z]))?"
    # ("An embassy opened in Oslo in 1977", "an embassy was opened in Algiers")
    r"(?:(?:(?:was|were)\s+)?(?:re)?(?:opened|established|inaugurated)\s+(?=in\s+[A-Z]))?"
    r"(?:(?P<prep>in|to|at)\s+(?:the\s+)?|,\s*|(?<=for\s))(?P<place>[A-Z][\w\s\-'’.]{1,40})"
)


# a mission word coordinated with an earlier one of the same sentence: "an embassy in Tokyo, consulates general in
# Osaka and Naha, and a consulate in Nagoya" -- the later ones share the first one's owner
_COORDINATED = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:an?\s+|the\s+|its\s+|\w+\s+)?(?:honorary\s+)?$", re.I
)


_GAPPED_OWNER = re.compile(
    r"(?:^|,|\band\b)\s*(?:the\s+)?(?P<x>[A-Z][^,;()]{1,40}?)\s+(?:an?|one|its)\s+(?:honorary\s+)?$"
)


_DROPPED = re.compile(
    r"\b(?:the\s+)?(?:plans?|idea|project|proposal)\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?"
    r"(?:shelved|abandoned|dropped|cancell?ed|given\s+up)\b|\bnever\s+materiali[sz]ed\b"
    # "A proposal of 2019 to open a Chilean embassy in Oslo was not pursued", "… came to nothing"
    r"|\b(?:was|were|has\s+been|had\s+been)\s+(?:not|never)\s+(?:pursued|carried\s+out|implemented|realised|realized"
    r"|followed\s+up|acted\s+(?:up)?on)\b|\bcame\s+to\s+nothing\b|\bfell\s+through\b",
    re.I,
)
_CITED = re.compile(
    r"\b(?:according\s+to|data\s+from|figures\s+from|cited\s+by"
    # (or the post another was merged into, told before: "… was folded into the new embassy")
    rf"|{_MERGED_INTO})\s+(?:the\s+)?(?:\S+\s+){{0,2}}$",
    re.I,
)
_SAYS = re.compile(r"(?:\s+(?:in\s+)?[A-Z][\w\-]+)?\s+(?:says|said|reports|reported|estimates|estimated|notes|noted)\b")
_UNTIL_POST = re.compile(
    r"\buntil\s+(?:(?:it|they|[A-Z][\w\-]+)\s+(?:re)?opened\s+)?(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,2}$", re.I
)
_UNTIL_WHEN = re.compile(r"\buntil\s+[^,;]{3,30}?,?\s+when\b(?=[^;]*$)", re.I)


def _resident_told(ctx: Context, sender: str, receiver: str, kind: str) -> list[Fact]:
    """The resident posts of that sender, receiver and kind the units before this one told, in order."""
    return [
        f
        for fs in ctx.cache.get("missions_by_unit", {}).values()
        for f in fs
        if (f.fields["sender"], f.fields["receiver"], f.fields["kind"]) == (sender, receiver, kind)
        and f.fields["resident"]
    ]


def _mission_phrase(
    ctx: Context, unit: Unit, s: str, m: re.Match[str], previous: Fact | None, in_sentence: Fact | None = None
) -> list[Fact]:
    assert ctx.dyad
    kind = _kind_of(m.group())
    cs, ce = _clause_of(s, m.start())
    another = _ANOTHER.search(s, m.end(), ce)
    if another:
        ce = another.start()  # "… in Bergen and, since 2011, another in Tromsø": that date and what follows are its
    # "… was accredited to Oman until 1979, when a Japanese embassy opened in Muscat": the post is told in the
    # "when" clause, at the time the "until" names
    until_when = _UNTIL_WHEN.search(s, cs, m.start())
    when_date = None
    if until_when is not None:
        when_date, _ = _date_in(ctx, unit, until_when.start(), until_when.end())
        cs = until_when.end()
    pre = s[max(cs, m.start() - 60) : m.start()]
    if re.search(r"\b(?:no|not|without|never|nor)\b(?:\s+\w+){0,3}\s*$", pre, re.I) and not re.search(
        r"\bnot\b[^.;]{0,80}\buntil\b", s[max(cs, m.start() - 40) : ce], re.I
    ):
        return []  # "Iceland has no embassy in Vilnius" (not "did not open an embassy in Tashkent until 2008")
    host = re.search(r"\b(?:hosts|hosted|houses|housed)\b", s[cs : m.start()], re.I)
    subject = s[cs : cs + host.start()] if host else ""
    if host and (
        re.search(r"\b(?:University|Institute|Academy|School|College|Library|Museum|Foundation)\b", subject)
        or not any(c.code in ctx.dyad for c in gazetteer.find_countries(subject))
    ):
        return []  # "the University of Languages hosts a Spanish cultural center": an institution's, not a state's
    owner = None
    of = _OF_OWNER.match(s[m.end() :])
    if of:
        owner = _country(of.group("x"))
    if owner is None:
        # "X's KIND", "the X-demonym [honorary] KIND", "a X-demonym KIND"
        near = re.search(r"(\S+(?:\s+\S+)?)\s+(?:(?:honorary|resident|new|first|permanent|own)\s+)*$", pre)
        if near:
            owner = _country(near.group(1).rstrip("'’s").rstrip("'’")) or _country(near.group(1))
    if owner is None:
        # a gapped clause whose subject is a name of several words: "…, and Côte d'Ivoire an embassy in Accra"
        gapped = _GAPPED_OWNER.search(pre)
        owner = gazetteer.country_code(gapped.group("x")) if gapped else None
    if owner is None and re.search(r"\bits\s+(?:\w+\s+)?$", pre):
        owner = _subject(ctx, s, m.start())
    if owner is None and re.match(
        # (after a fronted date too: "…, and in 2023 it announced plans to open a consulate in Nuuk")
        r"\s*(?:(?:and|but)\s+)?(?:(?:in|on)\s+[^,;]{3,25}?,?\s+)?"
        # (or after a fronted adverb of time: "…; before that it was represented there by a consulate general")
        rf"(?:(?:{_BEFORE_THEN}|(?:until|since|after)\s+(?:that|then)|previously|earlier),?\s+)?"
        r"(?:it|they)\s+(?:\w+\s+){0,2}?"
        r"(?:has|have|maintains?|runs?|operates?|opened|announced|plans?|planned|decided|represented)\b",
        s[cs:],
        re.I,
    ):
        # "…; it also maintains a consulate general in São Paulo": the state the sentence began with (or, for "It …"
        # opening a sentence, the sender of the post told just before)
        owner = next((c.code for c in gazetteer.find_countries(s[:cs]) if c.code in ctx.dyad), None)
        if owner is None and previous is not None:
            owner = previous.fields["sender"]
    if owner is None and _SECOND_PREDICATE.search(s, max(0, m.start() - 80), m.start()):
        # a second predicate of the sentence's subject: "Norway was at first represented in Santiago by its embassy
        # in Buenos Aires, Argentina, and opened a resident embassy only in 1965"
        owner = next((c.code for c in gazetteer.find_countries(s[: m.start()]) if c.code in ctx.dyad), None)
    if owner is None:
        # "X has/opened/runs a KIND": the subject before the verb
        # (the last such verb of the clause, looked for in a bounded window: a linear scan on any text)
        lo = max(cs, m.start() - 400)
        verbs = [v for v in _OWNER_VERB.finditer(s, lo, m.start()) if not re.search(r"[.;]", s[v.end() : m.start()])]
        if verbs:
            mentions = [c for c in gazetteer.find_countries(s[lo : verbs[-1].start()])]
            if mentions:
                owner = mentions[-1].code
            else:
                # a capital standing for its state: "Canberra waited until 1940 to send a legation to Tokyo"
                seats = [
                    c for c in gazetteer.find_cities(s[lo : verbs[-1].start()]) if gazetteer.is_capital(c.value or "")
                ]
                # (a city of a former state's today stands for that state: "Prague opened a legation in 1927")
                owner = common.in_pair(ctx, seats[0].code) if seats else None
    coordinated = in_sentence is not None and _COORDINATED.search(s[max(0, m.start() - 40) : m.start()])
    if owner is None and coordinated and in_sentence is not None:
        owner = in_sentence.fields["sender"]
    bare = _BARE.search(s[max(0, m.start() - 10) : m.end()])
    if bare and in_sentence is not None and in_sentence.fields["kind"] == kind:
        # "… to send a legation to Tokyo …; the legation closed …": the one this sentence told
        previous = in_sentence
    borrowed = False
    if owner is None and bare and previous is not None:
        owner, borrowed = previous.fields["sender"], True
    loc = _LOCATION.match(s[m.end() :])
    if owner is None and not bare:
        # nothing names whose post it is: the post in a city of one state of the pair is the other's ("…; a
        # consulate in Antofagasta was closed in 1977", "… is helped by honorary consulates in Bergen and Tromsø")
        place = loc.group("place") if loc and (loc.group("prep") or "in").lower() == "in" else ""
        hosts = {code for code in ctx.dyad if any(c.start == 0 for c in gazetteer.find_cities_of(place, code))}
        owner = ctx.other(next(iter(hosts))) if len(hosts) == 1 else None
    if owner is None or owner not in ctx.dyad:
        return []

    receiver = ctx.other(owner) if owner in ctx.dyad else None
    city = None
    where = None
    for w in re.finditer(r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?),\s+where\b", s[: m.start()]):
        where = w  # "… to Armenia, where Estonia was about to open an embassy": the place is Armenia
    if where is not None:
        place_city = _city(where.group(1))
        place_country = place_city.code if place_city else _country(where.group(1))
        if place_country and place_country != owner:
            receiver = place_country
    if loc:
        place = loc.group("place")
        c = _city(place)
        if owner in ctx.dyad:
            # the receiving state's own city first: "Santiago de Cuba" in a Mexico–Cuba article, not Santiago
            own = [x for x in gazetteer.find_cities_of(place, ctx.other(owner) or "") if x.start == 0]
            if own and (c is None or c.code != own[0].code or own[0].end > c.end):
                c = own[0]
        if c and borrowed and c.code == owner and ctx.other(owner):
            # "Its embassy in Taipei …" after a sentence on the other state's post: a post in the borrowed owner's
            # own city is the other state's
            owner = ctx.other(owner)
            receiver = c.code
        if c:
            city = c
        country = _country(place) if c is None else None
        if (loc.group("prep") and loc.group("prep").lower() == "to" and country) or (country and country != owner):
            receiver = country
        elif c is not None and c.code != owner:
            # (a city of a place within one of the pair is that state's: Fort-de-France, Martinique, for France)
            code = gazetteer.within(c.code, ctx.dyad)
            receiver = code if owner in ctx.dyad and code not in ctx.dyad else receiver
            if code in ctx.dyad or receiver is None:
                receiver = code
    if receiver is None or receiver == owner:
        if bare and previous is not None:
            receiver = previous.fields["receiver"]
        else:
            return []
    if city is not None and city.code != receiver:
        city = None
    city_name = common.written(city) if city else None
    if city_name is None and loc:
        # a smaller city of the receiver right after the preposition ("a consulate in Naha")
        near = [c for c in gazetteer.find_cities_of(loc.group("place"), receiver) if c.start == 0]
        if near:
            city_name = common.written(near[0])
    if city_name is None and (shared := _SHARED_PLACE.match(s, m.end())) is not None:
        # "an embassy and a consulate-general in Buenos Aires": the place after the second post is the first's too
        near = [c for c in gazetteer.find_cities_of(shared.group("place"), receiver) if c.start == 0]
        city_name = common.written(near[0]) if near else None
    if city_name is None and loc and loc.group("prep") is None and unit.kind == "field":
        # "mission2 = Embassy of the United States, Koror": the place after the comma of an infobox line
        city_name = _unknown_town(loc.group("place"))
    if city_name is None and loc and kind in _SMALL_POSTS and re.match(r"\s*in\s+(?!the\b)", s[m.end() :], re.I):
        # "a consulate in Vanimo, the capital of Sandaun Province": a town the gazetteer does not know, named as
        # the place of a consulate (the receiver's, not a state, a region or an organization)
        city_name = _unknown_town(loc.group("place"))
    if (
        city_name is None
        and (
            re.match(r"\s+there\b", s[m.end() :])
            # (or before it: "…; before that it was represented there by a consulate general")
            or re.search(r"\bthere\s+(?:by|through)\s+(?:(?:a|an|its|the)\s+)?(?:\w+\s+)?$", s[cs : m.start()], re.I)
        )
    ):
        # "… has worked in Bergen since 2011, and in 2022 Chile announced that it would open an embassy there": the
        # receiver's city the sentence named last
        named = [c for c in gazetteer.find_cities_of(s[: m.start()], receiver) if c.code == receiver]
        city_name = common.written(named[-1]) if named else None
    if city_name is None:
        # "… where she also headed X's embassy" / a city of the receiver named in the same sentence
        # (not the city of the mission named just before in the same sentence: that one is taken)
        # (a city of the clause that another mission word's "in" took is that mission's: "an embassy in
        # Washington, D.C. and consulates general in …")
        # (the receiver's smaller towns too: "it was in Townsville that Japan opened its first consulate")
        town = [
            gazetteer.Mention(cs + c.start, cs + c.end, c.text, c.code, c.kind, c.value)
            for c in gazetteer.find_cities_of(s[cs:ce], receiver)
        ]
        in_clause = [
            c
            for c in gazetteer.find_cities(s) + town
            if cs <= c.start < ce
            and not (
                re.search(r"\b(?:in|at)\s+(?:the\s+)?$", s[max(0, c.start - 8) : c.start])
                and any(k.start() != m.start() for k in _kind_re().finditer(s, max(cs, c.start - 60), c.start))
            )
        ]
        # the clause's own city first ("…; Almaty kept a Turkish consulate general"), then the sentence's
        # (not a state's name that is also a city's: "Mexico broke off relations …, accusing the Soviet legation")
        for c in in_clause + gazetteer.find_cities(s):
            if (
                c.code == receiver
                and gazetteer.country_code(c.text) is None
                and (c in in_clause or in_sentence is None or common.written(c) != in_sentence.fields["city"])
            ):
                city_name = common.written(c)
                break
    if city_name is None and bare and previous is not None and previous.fields["receiver"] == receiver:
        city_name = previous.fields["city"]
    elif city_name is None and bare:
        # (the last post of that kind told between the two, past a third state's coverage told since: "… that
        # legation was also accredited to Austria … and the legation reopened in 1946")
        told = [f.fields["city"] for f in _resident_told(ctx, owner, receiver, kind) if f.fields["city"]]
        city_name = told[-1] if told else None

    clause = s[cs:ce]
    status = "open"
    date = None
    upgrade = _UPGRADE.search(s, m.end())
    if upgrade:
        upgrade = _UPGRADE.search(s, _clause_of(s, upgrade.start())[0])
    if upgrade and _kind_re().search(s, m.end(), upgrade.start()):
        upgrade = None  # "… consulates-general in Almaty and Oral; the former embassy in Almaty became a …": another's
    if upgrade and upgrade.start() > m.end():
        # "a mission … in 2019 it was upgraded to an embassy": the mission closes, an embassy opens (where it moved
        # to, if it moved: "… moved it to Islamabad in 1971, when it also became an embassy")
        moved = _MOVED.search(s, m.end(), upgrade.start())
        there = [c for c in gazetteer.find_cities_of(moved.group("place"), receiver) if c.start == 0] if moved else []
        new_city = common.written(there[0]) if there else city_name
        lo = 0 if bare else _clause_of(s, m.start())[0]  # ("…; the legation was raised …": the one told before)
        new_kind = _kind_of(upgrade.group("kind"))
        facts = _upgrade(ctx, unit, owner, receiver, kind, new_kind, lo, upgrade, city_name, new_city)
        if bare and previous is not None and previous.fields["kind"] == kind and facts[0].fields["date"] is None:
            # "Brazil opened a legation in New Delhi in 1948. The legation was upgraded to an embassy in 1955.": the
            # one told before is the one that closed
            previous.fields["status"] = "closed"
            return facts[1:]
        return facts
    if _DROPPED.search(s, m.end()) or _SAYS.match(s, m.end()) or _CITED.search(pre):
        # "… would open an embassy in Kathmandu, but the plan was shelved"; "…, the Israeli embassy says",
        # "according to the Moldovan embassy": a plan given up, or a post quoted as a source (or one merged into)
        return []
    # (one announced and not opened is planned: "a consulate-general, announced in 2019, has not been opened")
    # (nor one still planned: "a consulate planned for Stavanger has not been opened"; "never" ends any plan)
    not_opened = _NOT_OPENED.search(s, m.end(), ce)
    if not_opened and (
        re.search(r"\bnever\b", s[m.end() : ce], re.I)
        or not re.search(r"\b(?:announced|planned\s+for)\b", s[m.end() : ce], re.I)
    ):
        return []
    # ("allowed Israel to open a consulate-general in the 1950s" tells an opening, not a plan)
    if (_PLANNED.search(clause) or _NOT_YET_OPEN.match(s[m.end() :])) and not re.search(
        r"\b(?:began|started|opened|allowed|permitted)\b",
        re.sub(r"(?i)\bnot\s+(?:yet\s+)?(?:been\s+)?opened\b", " ", clause),
        re.I,
    ):
        status = "planned"
    elif _CLOSED.search(_WAITED.sub(" ", _COVERING.sub(" ", re.sub(r"\([^()]*\)", " ", clause)))) and not (
        _UNTIL_POST.search(s, max(cs, m.start() - 40), m.start()) and not _CLOSED.search(s, m.end(), ce)
    ):
        # (not "(until 2019 in Almaty)": an aside's; nor "waited until 1940 to send a legation": its opening; nor
        # "…, which until 2006 was also accredited to Rwanda": the post's coverage of a third state; nor "covered
        # Norway from Stockholm until an embassy was opened in Oslo": the post that ended the coverage)
        status = "closed"
    elif _FRONTED_EARLIER.match(s, cs):
        status = "closed"  # "…; before that it was represented there by a consulate general": replaced since
    if status != "planned":
        # the date of this mission's own stretch: between the mission word before it and the one after it
        # ("an embassy in Sofia and a consulate-general in Ruse, opened in 2002": 2002 is the consulate's)
        nxt = next((n for n in _kind_re().finditer(s, m.end(), ce) if not _referred(s, n.start())), None)
        prev = [p for p in _kind_re().finditer(s, cs, m.start())]
        hi_d = nxt.start() if nxt else ce
        # (an institute known by its name is a post of its own: "an embassy in Santiago and an Institut français
        # there, which opened in 1945")
        named = [at for name in _institutes() if (at := s.find(name, m.end(), hi_d)) != -1]
        hi_d = min([hi_d, *named])
        # (a date after the "and" before the next post is that one's: "a high commission in Malé and, since 2023, a
        # consulate-general in Addu City")
        joint = list(re.finditer(r"\band\b", s[m.end() : hi_d])) if nxt else []
        hi_d = m.end() + joint[-1].start() if joint else hi_d
        # (nor a date of the post's head: "an embassy in La Paz, headed since 2022 by NAME")
        headed = _HEADED.search(s, m.end(), hi_d)
        # (an apposition of the head, closed by a comma, leaves the post's own verb after it: "An honorary consulate
        # of Gabon in Mumbai, headed by the businessman NAME, has operated since 2016")
        aside = _HEAD_ASIDE.match(s, headed.start()) if headed else None
        if headed and not (aside and _date_in(ctx, unit, aside.end(), hi_d)[0]):
            hi_d = headed.start()
        if prev:
            # a later post of a list: the date of its own stretch ("… in Ankara in 1989 and a consulate general
            # in Istanbul in 2014"), else the one fronted before the list ("In 2002 X opened an embassy … and a
            # consulate …")
            before = list(re.finditer(r"\band\b", s[prev[-1].end() : m.start()]))
            lo = prev[-1].end() + before[-1].end() if before else m.start()
            value, dkind = _date_in(ctx, unit, lo, hi_d)
            if value is None:
                value, dkind = _date_in(ctx, unit, cs, prev[0].start())
        else:
            value, dkind = _date_in(ctx, unit, cs, hi_d)
        if (
            value is None
            and nxt is not None
            and _SAME_VERB.fullmatch(s, m.end(), nxt.start())
            and _OPENED_VERB.search(s, cs, m.start())
        ):
            # "reopened its embassy in Riyadh and its consulate-general in Jeddah in June 2023": one act, one date
            # (not "has an embassy in Sofia and a consulate-general in Ruse, opened in 2002": the second's own)
            comma = s.find(",", nxt.end(), ce)
            value, dkind = _date_in(ctx, unit, nxt.start(), comma if comma != -1 else ce)
        announced = _ANNOUNCED_THEN_OPENED.search(s, m.end(), ce)
        if announced:
            # "The Japanese embassy in Chișinău, which Japan had announced in 2015, began work in January 2016": the
            # post dates from its opening, not from its announcement
            later, later_kind = _date_in(ctx, unit, announced.end(), ce)
            if later:
                value, dkind = later, later_kind
        if value and _SUFFERED.search(clause):
            value = None  # "protesters stormed the embassy on 1 August 1987": a date of the attack, not the post's
        shut = _SHUT.match(s[m.end() : ce])
        if value and shut and dkind in ("point", "relative") and not _OPENED_VERB.search(s, cs, m.end() + shut.end()):
            # "The North Korean embassy in Kuala Lumpur closed on 21 March 2021": the post told before is the one
            # that closed (its date stays the opening's); told alone, it is closed with no date (the closing dates its
            # end, and a mission's date is its opening's)
            told = [f for f in _resident_told(ctx, owner, receiver, kind) if f.fields["city"] in (city_name, None)]
            if told:
                told[-1].fields["status"] = "closed"
                # (and the third states it covered, in an aside, were covered from it until then: "The Danish
                # embassy in Managua, which also covered Honduras, closed at the end of 2013")
                also = _ALSO_ACCREDITED.match(s[m.end() : m.end() + 160])
                post = told[-1]
                return [
                    _covered_from(post, c.code, unit, status="closed")
                    for c in (gazetteer.find_countries(also.group("recv").split(",")[0]) if also else [])
                    if c.code not in (post.fields["sender"], post.fields["receiver"]) and post.fields["city"]
                ]
            value = None
        if value and dkind in ("point", "since", "relative"):
            date = value
        elif value and dkind == "until" and _WAITED.search(clause):
            date = value  # "it was not until 1996 that X opened an embassy"
        elif value and dkind == "interval" and value.split("/")[0][:4] != value.split("/")[-1][:4]:
            # a stretch of years is the post's life ("a consulate in Basra worked from 1974 to 1984"); days of one
            # month are a visit's ("came to Dublin on 12–14 June 2019 for talks")
            date = value.split("/")[0]
            status = "closed"
        if date and _PREPARED.search(s, cs, m.start()):
            date = None  # "talks …, which prepared the opening of the Irish embassy": the date is the talks'
        date = date or when_date
        if status == "closed" and (
            _CLOSING_BEFORE.search(s[max(cs, m.start() - 40) : m.start()]) or _WITHDRAWN_AFTER.match(s[m.end() : ce])
        ):
            # "… severed relations in April 1980, closing its embassy in Havana", "the embassy in Rabat was
            # withdrawn": the date told is the closing's, not the post's
            date = None
    if (
        bare
        and status == "closed"
        and previous is not None
        and previous.fields["kind"] == kind
        and previous.fields["receiver"] == receiver
        # (not a post named by its own city, told after a coverage from a third state: "Chile closed its embassy in
        # Oslo in 1994, and the country was looked after by the Chilean embassy in Stockholm")
        and (previous.fields["resident"] or city_name is None)
    ):
        # "… the legation closed when war broke out in December 1941": the one told before closed (its date stays
        # the opening's)
        previous.fields["status"] = "closed"
        return []
    cities = [city_name, *_more_cities(s, m.end(), receiver, city_name)]
    # (a date in brackets after the first city is that one's alone: "in Constanța (since 2014) and Craiova")
    own = re.match(r"\s+(?:\w+\s+){0,2}?in\s+[^,;()]{1,40}?\s*\([^()]*\d{4}[^()]*\)", s[m.end() :]) is not None
    facts = [
        _fact(owner, receiver, kind, city=c, date=None if own and k else date, status=status, unit=unit)
        for k, c in enumerate(cities)
    ]
    moved = _MOVED_RIGHT.match(s, m.end()) or _MOVED.search(s, m.end())
    if moved and not _kind_re().search(s, m.end(), moved.start()):
        # "an embassy in Rio de Janeiro in 1949, which moved to Brasília in 1971": closed there, open here
        there = [c for c in gazetteer.find_cities_of(moved.group("place"), receiver) if c.start == 0]
        if there:
            value, dkind = _date_in(ctx, unit, moved.end("place"), _clause_of(s, moved.start())[1])
            for f in facts:
                f.fields["status"] = "closed"
                if moved.group("from"):
                    f.fields["date"] = None  # "moved from Bonn to Berlin in 1999": the date is the move's
            if re.search(r"\b(?:became|become|becoming|turned\s+into)\b", s[moved.end() :], re.I):
                # "… moved it to Islamabad in 1971, when it also became an embassy": the post there is told as that
                return facts
            when = value if dkind in ("point", "since", "relative") else None
            facts.append(_fact(owner, receiver, kind, city=common.written(there[0]), date=when, unit=unit))
            return facts
    if status == "closed":
        # "… closed in 2012; it reopened in 2018": the mission that reopened is open again, from then on
        again = _REOPENED.search(s, m.end())
        if again:
            _, a_ce = _clause_of(s, again.start())
            value, dkind = _date_in(ctx, unit, again.end(), a_ce)
            if dkind not in ("point", "since", "relative"):
                value = None
            facts += [_fact(owner, receiver, kind, city=c, date=value, status="open", unit=unit) for c in cities]
    return facts


_MOVED_TAIL = (
    r"(?:was\s+|later\s+|then\s+)*(?:moved|relocated|transferred)\s+(?:it\s+|them\s+)?"
    r"(?P<from>from\s+[A-Z][\w\-'’]*(?:\s+[A-Z][\w\-'’]*)*\s+)?to\s+(?:the\s+new\s+capital,?\s+)?"
    r"(?P<place>[A-Z][\w\-'’]*(?:\s+[A-Z][\w\-'’]*)*)"
)
# (matched right after the post: "Luxembourg's embassy moved from Bonn to Berlin in 1999")
_MOVED_RIGHT = re.compile(r"\s+" + _MOVED_TAIL, re.I)
_MOVED = re.compile(
    r"\b(?:which|it|that|and)\s+" + _MOVED_TAIL,
    re.I,
)
_REOPENED = re.compile(r"\b(?:re-?opened|resumed\s+(?:its\s+)?(?:work|operations|activities))\b", re.I)


# the post told before, closing: "The North Korean embassy in Kuala Lumpur closed on 21 March 2021", "…, which also
# covered Honduras, closed at the end of 2013", "The embassy's closure was announced in Managua in November 2012"
_SHUT = re.compile(
    r"(?:,\s+in\s+[^,;]{2,40},|(?:\s+in\s+[^,;]{2,40})?,\s+which\s+[^,;]{2,60},)?[^,;]{0,60}?\b(?:was\s+)?"
    # (or made to: "Mexico's own legation in Prague had to close in 1939")
    rf"(?:{_CLOSING}|(?:had|has|was\s+forced|were\s+forced)\s+to\s+close)\b"
    r"|['’]s\s+(?:closure|closing)\b",
    re.I,
)
_ONE_CLOSED = re.compile(rf"\b(?:{_CLOSING}|gave\s+up\s+(?:the|his|her)\s+post)\b", re.I)
_LIST_SEP = re.compile(
    # (after an aside in brackets on the item before: "in Constanța (since 2014) and Craiova")
    # (the preposition said again: "honorary consuls in Porto and in Funchal")
    r"(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:in\s+)?"
    # "… Office in Ottawa and by branch offices in Toronto and Vancouver": the post's own branches
    r"|\s*,?\s+(?:and\s+)?(?:(?:by|with|through)\s+)?(?:its\s+)?(?:branch|regional|liaison)\s+offices?\s+in\s+"
)
_UNKNOWN_ITEMS = re.compile(r"(?:\s*,\s*[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2}){1,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_AMONG = re.compile(r"\b(?:among\s+them|including|such\s+as|namely)\b")


def _more_cities(s: str, pos: int, receiver: str, first: str | None) -> list[str]:
    """ "consulates general in Osaka, Naha, Sapporo and Fukuoka", "… in a dozen cities, among them A, B and C":
    the further cities of a list after a mission word."""
    window = s[pos : pos + 200]
    stop = re.search(r"[;.]|,\s+and\s+an?\s|\s+and\s+an?\s", window)
    window = window[: stop.start()] if stop else window
    # "… a consulate-general in Toronto, and honorary consulates in cities such as A, B and C": the next mission
    # word's cities are its own
    other = _kind_re().search(window)
    window = window[: other.start()] if other else window
    among = _AMONG.search(window)
    # (not a state's name that is also a town's, after the post's "of": "Embassy of Mexico, Manila" names no town
    # Mexico, in the Philippines)
    found = [
        c
        for c in gazetteer.find_cities_of(window, receiver)
        if not (re.search(r"\bof\s+(?:the\s+)?$", window[: c.start]) and gazetteer.country_code(c.text))
    ]
    out: list[str] = []
    prev_end = None
    for c in found:
        if prev_end is not None and window[prev_end : c.start] in ("-", "–"):
            prev_end = c.end  # "Osaka-Kobe": one post named after two cities
            continue
        gap = window[prev_end : c.start] if prev_end is not None else ""
        unknown = _UNKNOWN_ITEMS.fullmatch(gap) if prev_end is not None else None
        if (
            prev_end is not None
            and not _LIST_SEP.fullmatch(gap)
            and not unknown
            and not (among and prev_end <= among.start() < c.start)
        ):
            break
        if unknown:
            # "Bilbao, Las Palmas, Madrid": towns the tables lack between two they know are items too
            for name in re.findall(r"[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2}", gap):
                town = _unknown_town(name)
                if town is not None and town != first and town not in out:
                    out.append(town)
        if common.written(c) != first and common.written(c) not in out:
            out.append(common.written(c))
        prev_end = c.end
    if prev_end is not None and (found or first):
        # "… in Thessaloniki, Komotini and Rhodes": a last item the tables lack, after known cities of the list
        last = re.match(r"(?:,\s*|,?\s+and\s+)([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+)?)\s*(?:[,;.]|$)", window[prev_end:])
        town = _unknown_town(last.group(1)) if last and re.search(r"\band\s+$", last.group()[: last.start(1)]) else None
        if town is not None and town != first and town not in out:
            out.append(town)
    if first is None and out:
        out = out[1:]
    return out


def _upgrade(
    ctx: Context,
    unit: Unit,
    owner: str,
    receiver: str,
    kind: str,
    new_kind: str,
    lo: int,
    upgrade: re.Match[str],
    city: str | None,
    new_city: str | None,
) -> list[Fact]:
    """The old mission dated by the first date of its clause (from ``lo``), the new one by the last date before
    "upgraded" (in "…, and Haiti's legation in Paris became an embassy the following year" the clause before is
    the other post's)."""
    found = common.unit_dates(ctx, unit)
    before = [d for d in found if lo <= d.start < upgrade.start()]
    old_date = before[0].value if before else None
    new_date = before[-1].value if len(before) > 1 else None
    after = [d for d in found if upgrade.end() <= d.start <= upgrade.end() + 12]
    if after:
        new_date = after[0].value  # "… was upgraded to an embassy in 1962", "… raised to an embassy two years later"
    old = _fact(owner, receiver, kind, city=city, date=old_date, status="closed", unit=unit)
    new = _fact(owner, receiver, new_kind, city=new_city, date=new_date, status="open", unit=unit)
    return [old, new]
