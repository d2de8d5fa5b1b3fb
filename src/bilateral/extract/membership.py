"""Memberships the article states.

Predicates: "member(s) of", "member state(s) of", "participating state(s) of", "take(s) part in",
"participate(s) in", "belong(s) to", and the attributive "an EU member (state)". The organizations are the
list that follows the predicate ("the UN, the OSCE and the WTO"; "the European Union and of NATO").
The member is "both"/"the two" (the two states of the dyad), else the nearest state named before the
predicate in the clause, else the first named after it ("As a member state of the EU, Greece …").
Aspirations are not membership ("applied for EU membership", "candidate", "seeks to join").
"""

from __future__ import annotations

import re

from bilateral import gazetteer
from bilateral.document.model import Unit
from bilateral.extract import common
from bilateral.extract.base import Context, Fact

_PRED = re.compile(
    r"\b(?:(?:full\s+|founding\s+)?members?(?:\s+states?)?\s+of|participating\s+states?\s+of"
    # "took part in founding the Non-Aligned Movement in 1961"
    r"|t(?:ake|akes|aking|ook|aken)\s+part\s+in\s+(?:the\s+)?founding(?:\s+of)?"
    r"|t(?:ake|akes|aking|ook|aken)\s+part\s+in|participat(?:e|es|ed|ing)\s+in|belong(?:s|ed)?\s+to|(?:is|are)\s+in"
    r"|(?:has|have|had)\s+been\s+in(?=\s+(?:the\s+)?[A-Z])|(?:leads|led|heads|headed)(?:\s+both)?(?=\s+(?:the\s+)?[A-Z])"
    # entering: "joined NATO in 2004", "was admitted to the UN on 2 March 1992", "acceded to the WTO",
    # "helped (to) found NATO", "co-founded the Nordic Council"
    r"|(?:re-?)?join(?:s|ed)?|enter(?:s|ed)?(?=\s+(?:the\s+)?[A-Z])|returned\s+to(?=\s+the\s+[A-Z])|acced(?:e|es|ed)\s+to|(?:were|was)\s+among\s+the\s+(?:founders|founding\s+members)\s+of|(?:(?:was|were|been|being)\s+)?admitted\s+(?:in)?to"
    r"|became\s+(?:a\s+|the\s+)?(?:\d+(?:st|nd|rd|th)\s+|first\s+|second\s+)?(?:full\s+|founding\s+)?members?(?:\s+states?)?\s+of"
    r"|helped\s+(?:to\s+)?(?:found|create|set\s+up|establish)|(?:co-?)?founded|founders?\s+of"
    r"|(?:is|are|was|were)\s+(?:a\s+)?part\s+of"
    # "the two states and Mali set up the Liptako-Gourma Authority" (an organization the gazetteer knows)
    r"|(?:set\s+up|established|created)(?=\s+the\s+[A-Z])"
    # "is a party to the Central European Free Trade Agreement" (an organization the gazetteer knows)
    r"|(?:is|are|was|were|became)\s+(?:a\s+)?part(?:y|ies)\s+to"
    # "one of the original contracting parties of the GATT", "signed the Charter of the United Nations in 1945"
    r"|(?:original\s+|founding\s+)?contracting\s+part(?:y|ies)\s+(?:of|to)"
    r"|signed\s+the\s+(?:founding\s+)?(?:[Cc]harter|[Cc]onstitution|[Ss]tatute)\s+of"
    r"|sits?\s+on|sits?\s+in(?=\s+(?:the\s+)?[A-Z])|(?:has|have)\s+sat\s+(?:in|on)(?=\s+(?:the\s+)?[A-Z])|(?:together\s+)?(?:with\s+[^,;]{2,60}?\s+)?form(?:s|ed)?(?=\s+the\b)"
    # a currency union: "adopted the euro on 1 January 2009", "has used the euro since 2015"
    r"|(?:adopted|introduced|uses|use|has\s+used|have\s+used)(?=\s+the\s+euro\b))\b",
    re.I,
)
# predicates whose date is the date of entry ("joined NATO on 29 March 2004", "a member since 1955")
_ENTRY = re.compile(
    r"^(?:(?:re-?)?join|enter|returned|acced|founders?\s+of|t(?:ake|akes|aking|ook|aken)\s+part\s+in\s+(?:the\s+)?founding|was|were|been|being|admitted|became|helped|founded|co-?founded|adopted"
    r"|set\s+up|established|created|original\s+contracting|founding\s+contracting|signed"
    r"|introduced|has\s+used"
    r"|have\s+used)",
    re.I,
)
_NOW = re.compile(r"\s*(?:,|\()\s*(?:which\s+(?:is|became)\s+|later\s+|since\s+\d{4}\s+)?now\s+(?:the\s+)?", re.I)
_BOTH_ORGS = re.compile(
    r"\b(?:both|these|the\s+two)\s+(?:organi[sz]ations|alliances|blocs|bodies|institutions)\b"
    # (or "both" alone as the object: "Jordan, a founder of the Arab League, joined the UN in 1955; Oman was admitted
    # to both in 1971")
    r"|(?:(?<=\bto\s)|(?<=\bjoined\s)|(?<=\bentered\s))both\b(?=\s+(?:in|on|since|from)\b|\s*[,.;]|\s*$)"
)
_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(alliance|bloc|union|organi[sz]ation|grouping|community|association)\b")
_EURO = re.compile(r"\bthe\s+(euro)\b(?!\s+(?:area|zone))")
_ATTR = re.compile(r"\bmember(?:\s+states?)?\b", re.I)
# what "both" names when it is not the two states: their companies, teams, cities, people
_NOT_STATES = re.compile(
    r"\s+(?:of\s+(?:the|them|these)\s+)?(?:[\w\-]+\s+)?(?:airlines|carriers|companies|firms|banks|teams|clubs|cities|ports"
    r"|universities|parties|leaders|men|women|ministers|presidents|churches|airports|railways"
    # (nor the bodies named before: "Japan has belonged to both bodies for far longer")
    r"|organi[sz]ations|alliances|blocs|bodies|institutions|groupings)\b",
    re.I,
)
_BOTH = re.compile(r"\b(?:(?i:both|the\s+two|together\s+with)|[Tt]hey)\b")
_NOT = re.compile(
    # "applied for EU membership", not "ceased to apply when Estonia joined the EU"
    r"\b(?:appl(?:y|ied|ies|ying)\s+(?:for|to\s+join|to\s+become)|application|candida\w+|aspir\w+|seek\w*\s+to\s+join|bid|accession|observer"
    r"|hopes?|hoped|wish\w*|wants?|wanted|intends?|plans?\s+to|aims?\s+to|would\s+like|left|withdr[ae]w\w*"
    # a lesser status: "an associate member since 2015"
    r"|associate(?:\s+(?:members?|states?))?"
    # a denial: "neither has joined the European Union", "is not a member of", "never joined"
    r"|neither|never|nor|not\s+(?:a\s+|an\s+|yet\s+(?:a\s+)?)?(?:[A-Z][\w\-]*\s+)?(?:members?|joined|part)|suspended)\b",
    re.I,
)
_LIST_GAP = re.compile(
    # a generic noun after a name may close it: "the APEC forum, of the WTO and of the Cairns Group"
    r"^(?:\s+(?:forum|organi[sz]ation|group|bloc|alliance|initiative|process|grouping))?"
    # a first item named by a pronoun: "Chile joined it on 24 October 1945 and the OECD in 2010"
    r"(?:\s+it(?=\s+(?:in|on|since)\s))?"
    # an aside in brackets: "the Commonwealth (South Africa rejoined it in 1994), the G20"; or between dashes: "the
    # United Nations – Liechtenstein since 1990 and Switzerland since 2002 – as well as to the Council of Europe"
    r"(?:\s*\([^()]{1,80}\))?(?:\s*[–—]\s[^–—;]{1,120}\s[–—])?"
    # so may the item's own date: "joined NATO in 1999 and the European Union in 2004"
    r"(?:\s+(?:together|jointly|simultaneously))?(?:\s+(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?"
    r"[\s,]*(?:(?:and|or|as\s+well\s+as)\s*)?"
    # an item the gazetteer does not know, between two it knows: "APEC, the Fictional Council and the UN"
    r"(?:(?:the\s+)?(?-i:[A-Z][\w\-–]*)(?:\s+(?:(?:of|for|and|on|the|in)\s+)*(?-i:[A-Z][\w\-–]*)){0,6}\s*"
    r"(?:\((?-i:[A-Z][\w\-]{1,10})\)\s*)?(?:,\s*|\s+(?=and\b))(?:(?:and|or|as\s+well\s+as)\s*)?)?"
    # an aside between two items: "and, since 1994, to the EEA"; "and, together with Australia and India, of the Quad"
    r"(?:,?\s*(?:since|from|in|together\s+with|along\s+with|like)\s+[^,;]{1,50},\s*"
    r"|,\s*(?:(?:of|in|to)\s+)?(?:which|where|whose)\s+[^,;]{1,120},\s*)?"
    # (and the coordination after such an aside: "GUAM, which they founded in 1997, as well as of the Council …")
    r"(?:(?:and|or|as\s+well\s+as)\s+)?"
    # (an item named as it is now: "joined NATO in 1952 and what is now the European Union in 1981")
    r"(?:(?:of|to|in)\s+)?(?:what\s+(?:is|was)\s+now\s+)?(?:both\s+)?(?:the\s+)?$",
    re.I,
)
# a clause with its predicate left out: "…, and Vietnam of ASEAN"
_LEFT_OUT = re.compile(
    r"^\s*(?:(?:and|while|whereas)\s+)?(?:the\s+)?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+(?:of|to|in)\s+(?:the\s+)?(?=[A-Z])"
)
_LEFT_OUT_INNER = re.compile(
    r",\s+(?:the\s+)?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# a clause that only continues the list of the clause before: "…, and of the Nordic Council"
_CONTINUED = re.compile(r"^\s*(?:also\s+)?(?:of|to|in)\s+(?:the\s+)?", re.I)
# "…, which Switzerland joined in 1963, and the OSCE": the last item of the list after an aside
_CONTINUED_BARE = re.compile(r"^\s*(?:(?:and|as\s+well\s+as)\s+)?(?:the\s+)?", re.I)


# (member, organization, told as an entry, the stretches where its date may stand, tried in order)
Found = tuple[str, str, bool, tuple[tuple[int, int], ...]]


def extract(ctx: Context) -> list[Fact]:
    if not ctx.dyad:
        return []
    facts: list[Fact] = []
    last_org: dict[int, list[gazetteer.Mention]] = {}  # block -> the organizations its last sentence named
    it_of: dict[int, str] = {}  # block -> the state the sentence before began with ("It is a member of …")
    for unit in common.units(ctx):
        s = common.text(ctx, unit)
        said = it_of.get(unit.block)
        first = next((m for m in common.countries(ctx, unit) if m.kind != "demonym"), None)
        if _IT.match(s):
            pass  # (a sentence about "it" keeps it)
        elif first is not None and first.code in ctx.dyad and first.start < 40:
            it_of[unit.block] = first.code
        else:
            it_of.pop(unit.block, None)
        if not (_PRED.search(s) or _ATTR.search(s) or _RELATIVE.search(s)):
            found = gazetteer.find_organizations(s)
            if found:
                last_org[unit.block] = found
            continue
        # a membership of an organization that no longer exists is history when it only sets the time of something
        # else ("…, when Estonia had just been admitted to the League of Nations"); told on its own it is stated
        orgs = [
            o
            for o in gazetteer.find_organizations(s)
            if not (gazetteer.is_dissolved(o.code) and _WHEN.search(s, 0, o.start))
        ]
        orgs += _unlisted(ctx, s, orgs)
        euro = gazetteer.organization("euro area")
        if euro:
            # the currency names its union: "adopted the euro" is membership of the euro area
            orgs += [gazetteer.Mention(m.start(1), m.end(1), m.group(1), euro, "org", euro) for m in _EURO.finditer(s)]
        # "Finland joined the EU in 1995 and NATO in 2023, while Estonia has belonged to both organisations":
        # the two organizations named last before it
        for m in _BOTH_ORGS.finditer(s):
            before = [o for o in orgs if o.end <= m.start()]
            if len(before) >= 2:
                first, second = before[-2:]
                cut = m.start() + 1  # two mentions side by side over the phrase, read as a list of two
                orgs.append(gazetteer.Mention(m.start(), cut, m.group(), first.code, "org", first.code))
                orgs.append(gazetteer.Mention(cut, m.end(), m.group(), second.code, "org", second.code))
        # "… NATO … Sweden joined the alliance on 7 March 2024": the noun stands for the organization named before
        for m in _ANAPHOR.finditer(s):
            before = [o for o in orgs if o.end <= m.start()] or last_org.get(unit.block, [])
            if before:
                o = before[-1]
                # (from its determiner: "belonged to that organisation")
                orgs.append(gazetteer.Mention(m.start(), m.end(1), m.group(1), o.code, "org", o.code))
        orgs.sort(key=lambda o: o.start)
        # "the Economic Community of West African States (ECOWAS)": the abbreviation in brackets is the same mention
        orgs = [
            o
            for k, o in enumerate(orgs)
            if not (k and orgs[k - 1].code == o.code and re.fullmatch(r"\s*\(\s*", s[orgs[k - 1].end : o.start]))
        ]
        # "the Organisation of African Unity, now the African Union": one mention, of the organization as it is now
        renamed: list[gazetteer.Mention] = []
        for o in orgs:
            prev = renamed[-1] if renamed else None
            if prev is not None and _NOW.fullmatch(s[prev.end : o.start]):
                renamed[-1] = gazetteer.Mention(prev.start, o.end, s[prev.start : o.end], o.code, o.kind, o.value)
                continue
            renamed.append(o)
        orgs = renamed
        named = [o for o in orgs if o.kind == "org" and o.text != "euro"]
        if named:
            last_org[unit.block] = named
        if not orgs and not (_REJOINED.search(s) and last_org.get(unit.block)):
            continue
        mentions = common.countries(ctx, unit)
        ctx.cache["membership_it"] = said
        # "Both take part in the Pacific Islands Forum, the Marshall Islands as a member and Taiwan as a development
        # partner": a lesser status given each one apart
        lesser = {m.code for m in mentions if _AS_LESSER.match(s, m.end)}
        entered: list[str] = []  # the organizations the last entry verb took
        members: list[str] = []  # the members of the last membership told
        for cl in common.clauses(s):
            part = s[cl.start : cl.end]
            # an aspiration or a departure speaks only for its own stretch: "North Macedonia joined NATO on 27
            # March 2020 and has been an EU candidate since 2005", "the Andean Community, which Venezuela left"
            zones = _negative_zones(part, cl.start)
            kept = [o for o in orgs if not any(a <= o.start < b for a, b in zones)]
            found = _memberships(ctx, s, cl, kept, mentions, tuple(members), orgs) if kept or orgs else []
            gapped = _LEFT_OUT.match(part)
            if not found and gapped and members:
                # "Peru is a member of the Andean Community, and Vietnam of ASEAN": the predicate left out
                who = next((m for m in mentions if m.start == cl.start + gapped.start("who")), None)
                if who is not None and who.code in ctx.dyad and who.kind != "demonym":
                    found = [
                        (who.code, o.code, False, ((cl.start, cl.end),))
                        for o in orgs
                        if o.start >= cl.start + gapped.end() and o.end <= cl.end
                    ]
            if found:
                # "Chile is a member of Mercosur, Norway of the European Free Trade Association": a gapped second
                # member after a bare comma, inside the clause
                for g in _LEFT_OUT_INNER.finditer(part):
                    who = next((m for m in mentions if m.start == cl.start + g.start("who")), None)
                    if who is None or who.code not in ctx.dyad or who.kind == "demonym":
                        continue
                    if any(f[0] == who.code for f in found):
                        continue
                    stop = part.find(",", g.end())
                    hi = cl.start + (stop if stop != -1 else len(part))
                    found = [
                        *found,
                        *(
                            (who.code, o.code, False, ((cl.start + g.start(), hi),))
                            for o in orgs
                            if cl.start + g.end() <= o.start and o.end <= hi
                        ),
                    ]
            cont = _CONTINUED.match(part) or _CONTINUED_BARE.match(part)
            if not found and cont and members:
                # "Both are founding members of NATO, which they joined in 1949, and of the Nordic Council"
                first = next((o for o in orgs if o.start == cl.start + cont.end()), None)
                if first is not None and cont.re is _CONTINUED_BARE and s[first.end : cl.end].strip(" .;,"):
                    first = None  # "…, and the EU imposed sanctions": bare, only an organization closing the list
                if first is not None:
                    found = [(c, first.code, False, ((cl.start, cl.end),)) for c in members]
            of_it = None if found else _MEMBER_OF_IT.search(part)
            if of_it and not _NOT.search(part):
                # "The UAE became a dialogue partner of the SCO in 2022, while Kazakhstan is a full member of it": the
                # organization named before, for the clause's own subject
                named_before = [o for o in orgs if o.end <= cl.start + of_it.start()]
                if named_before:
                    pivot = cl.start + of_it.start()
                    who = _members(ctx, s, common.Clause(cl.start, cl.end), pivot, mentions)
                    found = [(c, named_before[-1].code, False, ((pivot, cl.end),)) for c in who]
            it = _JOINED_IT_AND.search(part) if found else None
            if it is not None:
                # "Chile joined it on 24 October 1945 and the OECD in 2010": the organization named before, dated up
                # to the next one
                named = [o.code for o in orgs if o.end <= cl.start + it.start()][-1:]
                nxt = min((o.start for o in orgs if o.start >= cl.start + it.end()), default=cl.end)
                who = list(dict.fromkeys(c for c, _, _, _ in found))
                found = [*found, *((c, named[0], True, ((cl.start + it.end(), nxt),)) for c in who if named)]
            if found:
                members = list(dict.fromkeys(c for c, _, _, _ in found))
            if found and any(e for _, _, e, _ in found):
                entered = [o for _, o, e, _ in found if e]
            elif found and not entered and _FOUNDED.search(part):
                # "Denmark was a founding member of the United Nations in 1945 and Sweden joined in 1946": a
                # founding is an entry too, for the gapped one that follows
                entered = list(dict.fromkeys(o for _, o, _, _ in found))
            elif not found and (head := _THE_HEAD.search(part)) and (
                named_as := [
                    o for o in orgs if o.end <= cl.start + head.start() and head.group("head").lower() in o.code.lower()
                ]
            ):
                # "…; Mexico acceded to the agreement thirty-nine years later": the organization named before whose
                # name has that word (the General Agreement on Tariffs and Trade), entered then
                pivot = cl.start + head.start()
                who = _members(ctx, s, common.Clause(cl.start, cl.end), pivot, mentions)
                found = [(c, named_as[-1].code, True, ((pivot, cl.end),)) for c in who]
            elif not found and entered:
                # (or without its verb, in a clause of its own: "…, and Israel on 11 May 1949")
                found = _gapped_entry(ctx, s, cl, mentions, entered) or _verbless(
                    ctx, s, cl, mentions, set(), entered, opening=True
                )
            elif not found and (rejoined := _REJOINED.search(part)):
                # "…, and Fiji rejoined it in 1997": the organization the sentence named last (in this clause too:
                # "was admitted to the OIF as an observer in 2004 and became a full member in 2012")
                upto = cl.start + rejoined.start()
                last = [o.code for o in orgs if o.end <= upto][-1:]
                if not last and not orgs:
                    # (or the sentence before: "… East Timor's accession. / East Timor applied in 2011 … and was
                    # admitted as the eleventh member …")
                    last = [o.code for o in last_org.get(unit.block, [])][-1:]
                found = _gapped_entry(ctx, s, cl, mentions, last) if last else []
            if found and any(e for _, _, e, _ in found):
                told = {c for c, _, _, _ in found}
                found = found + _verbless(ctx, s, cl, mentions, told, [o for _, o, e, _ in found if e])
            like = _AS_WAS.search(part)
            if like is not None and found:
                # "India was an original member of the United Nations from 1945, as was the Soviet Union"
                other = common.first_country(like.group("who"))
                if other in ctx.dyad and other not in {c for c, _, _, _ in found}:
                    found = found + [(other, o, e, w) for c, o, e, w in found if c == found[0][0]]
            found = [f for f in found if f[0] not in lesser]
            # (a founding is an entry, dated like one: "Both countries were founding members of the United Nations
            # in 1945")
            founding = _FOUNDED.search(part) is not None
            for country, org, entry, windows in found:
                kinds = ("point", "relative", "since") if entry or founding else ("since",)
                date = _entry_date(ctx, unit, windows, kinds)
                facts.append(Fact("membership", {"country": country, "organization": org, "date": date}, [unit], 0.85))
    return _as_the_article_names(ctx, facts)


# an organization the table lacks, named after a membership word: capitalized words ending in a word for a body
# ("members of the Gulf of Guinea Commission", "joined the Central African Customs and Economic Union")
_UNLISTED = re.compile(
    r"\b(?:members?\s+of|founders?\s+of|joined|belongs?\s+to|belonged\s+to|admitted\s+to|(?:,|and)(?:\s+of)?)"
    r"\s+the\s+(?P<name>(?-i:[A-Z])[\w\-'’]+(?:\s+(?:(?:of|for|on|in)\s+(?:the\s+)?|and\s+)?(?-i:[A-Z])[\w\-'’]+){0,7}?\s+"
    r"(?:Commission|Community|Union|Association|Organi[sz]ation|Project|Alliance|Entente|Council|Committee|Forum"
    r"|Initiative|Conference|Pact|Partnership|Agency|Bank|Movement|Group)"
    # (and what it is of: "the Central Commission for the Navigation of the Rhine")
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?-i:[A-Z])[\w\-'’]+(?:\s+(?:(?:of|for|on|in)\s+(?:the\s+)?|and\s+)?"
    r"(?-i:[A-Z])[\w\-'’]+)*)?)\b",
    re.I,
)
# (a body of the two alone is no membership: "the Joint Commission", "the Turkish–Azerbaijani Business Council")
_OWN_BODY = re.compile(r"^(?:Joint|Intergovernmental|Bilateral|Mixed|Binational|Interparliamentary)\b")


def _unlisted(ctx: Context, s: str, known: list[gazetteer.Mention]) -> list[gazetteer.Mention]:
    out = []
    for m in _UNLISTED.finditer(s):
        a, b = m.span("name")
        name = m.group("name")
        if any(o.start < b and a < o.end for o in known) or _OWN_BODY.match(name):
            continue
        if any(c.code in (ctx.dyad or ()) for c in gazetteer.find_countries(name)):
            continue
        out.append(gazetteer.Mention(a, b, name, name, "org", name))
    return out


def _as_the_article_names(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An organization the article names only by its abbreviation is written so ("OPEC", "SAARC"): that is its
    usual name there. One written out anywhere in the article, a link's target too, keeps its name ("Organization of
    the Petroleum Exporting Countries")."""
    if not facts:
        return facts
    forms: dict[str, set[str]] = {}
    for unit in ctx.doc.units:
        if unit.kind in ("sentence", "item", "row", "field", "caption"):
            for m in gazetteer.find_organizations(common.text(ctx, unit)):
                forms.setdefault(str(m.value), set()).add(m.text)
    for link in ctx.doc.links:
        # (a link's target that is its full name names it too: "[[Economic Community of Central African States|ECCAS]]",
        # not "[[G4 nations|G4]]")
        for m in gazetteer.find_organizations(link.target):
            if m.text == m.value:
                forms.setdefault(str(m.value), set()).add(m.text)
    for f in facts:
        seen = forms.get(str(f.fields["organization"]), set())
        if len(seen) == 1 and gazetteer.is_org_abbreviation(next(iter(seen))):
            f.fields["organization"] = next(iter(seen))
    return facts


_ZONE_START = re.compile(
    r",|;|\b(?:while|whereas|but)\b|\band\b(?=\s+(?:has|have|had|is|are|was|were|\w+ed)\b)|\b(?:which|who)\b", re.I
)
_ZONE_END = re.compile(
    r",|;|\b(?:while|whereas|but)\b|\band\s+(?=(?:has|have|had|is|are|was|were|joined|became)\b)", re.I
)


def _negative_zones(part: str, offset: int) -> list[tuple[int, int]]:
    """The stretches of a clause that an aspiration or a departure governs ("applied for", "candidate", "left"),
    from the boundary before the word to the one after it, in text offsets."""
    zones = []
    for m in _NOT.finditer(part):
        starts = [b.end() for b in _ZONE_START.finditer(part) if b.end() <= m.start()]
        end = _ZONE_END.search(part, m.end())
        zones.append((offset + (starts[-1] if starts else 0), offset + (end.start() if end else len(part))))
    return zones


_AFTER_MEMBER = re.compile(
    r"\b(?:(?:\w+\s+){1,2}(?:years?|months?|decades?)|shortly|soon|long)\s+after\s+(?:the\s+)?(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)"
)


_GOVERNED = re.compile(
    r"\b(?:from|with|to|of|by|against|between|towards?|for|over|than|like|unlike|on|upon)\s+(?:the\s+)?$", re.I
)


def _members(ctx: Context, s: str, cl: common.Clause, pivot: int, mentions: list[gazetteer.Mention]) -> list[str]:
    assert ctx.dyad
    head = s[cl.start : pivot]
    named = [m for m in mentions if m.end <= pivot and m.kind != "demonym"]
    if (
        named
        and named[-1].code in ctx.dyad
        and named[-1].start > cl.start
        and re.fullmatch(r"\s*,\s*(?:a|an)\s+(?:\w+\s+)?", s[named[-1].end : pivot])
    ):
        # an apposition to the state right before it: "… buys copper from Chile, a member of the OECD since …"
        return [named[-1].code]
    kinds = re.search(r"\b(?i:both|the\s+two)\s+(?P<dem>[A-Z][\w\-]+)\s+(?:states|countries|republics)\b", head)
    dem = [m for m in mentions if kinds and m.start == cl.start + kinds.start("dem") and m.kind == "demonym"]
    if kinds:
        # "Both German states were admitted to the UN": the states of that name, not the pair (in an article on the
        # GDR and Vietnam: the GDR, and West Germany as a third state; on Germany and Mongolia: both Germanies)
        called = gazetteer.states_called(kinds.group("dem"))
        if len(called) == 2 and any(gazetteer.within(c, ctx.dyad) in ctx.dyad for c in called):
            return sorted(called, key=lambda c: (c not in ctx.dyad, c))
        if not dem:
            return []
        code = dem[0].code
        pair = gazetteer.within(code, ctx.dyad)
        related = [c for c in ctx.dyad if c == pair or c in gazetteer.wholes(code) or code in gazetteer.wholes(c)]
        return [*related, code] if related and code not in related else related
    for both in _BOTH.finditer(head):
        if _NOT_STATES.match(head, both.end()):
            continue  # "both airlines belong to the Oneworld alliance": not the two states
        if re.search(r"\b(?:of|to|in|into|joined|entered|founded|left)\s+$", head[: both.start()]):
            continue  # "a founding member of both the United Nations and the Arab League": the bodies, not the states
        if both.group().lower().startswith("together"):
            # "Together with Mali and Mauritania, Senegal founded …": both only when the one it names is of the pair
            named = [m for m in mentions if cl.start + both.end() <= m.start < cl.start + both.end() + 40]
            if named and named[0].code not in ctx.dyad:
                continue
        return list(ctx.dyad)
    before = [m for m in mentions if cl.start <= m.start < pivot and m.code in ctx.dyad and m.kind != "demonym"]
    if not before and (_IT.match(head) or re.fullmatch(r"\s*[Ii]t\s*", head)):
        # "Taiwan is not a member of the United Nations; it has been a member of the WTO since …": the state this
        # sentence began with; at the sentence's start, the one the sentence before was about
        opening = next((m for m in mentions if m.start < min(cl.start, 40) and m.kind != "demonym"), None)
        # (or the subject of the clause just before: "Norway joined NATO in 1949; Chile, a member of the UN since
        # 1945, belongs to Mercosur, and it became a member of the OECD in 2010": Chile)
        last = [
            m
            for m in mentions
            if m.end <= cl.start
            and m.kind != "demonym"
            and m.code in ctx.dyad
            and not _GOVERNED.search(s, max(0, m.start - 16), m.start)
        ]
        if cl.start > 0 and last and re.match(r"\s*[;,]", s[last[-1].end :]):
            return [last[-1].code]
        # (or the state that opens the stretch after the last semicolon: "Jamaica joined the UN in 1962; Japan had
        # been admitted in 1956, and it has belonged to the OECD since 1964": Japan)
        semi = s.rfind(";", 0, cl.start)
        if semi != -1 and not s[semi + 1 : cl.start].strip():
            # ("…; South Korea became a UN member in 1991 and joined the OECD in 1996; it also sits in the G20": the
            # state that opens the stretch before this semicolon)
            semi = s.rfind(";", 0, semi)
        opens = next((m for m in last if m.start > semi and not s[semi + 1 : m.start].strip()), None)
        if semi != -1 and opens is not None:
            return [opens.code]
        if cl.start > 0 and opening is not None and opening.code in ctx.dyad:
            return [opening.code]
        if ctx.cache.get("membership_it"):
            return [ctx.cache["membership_it"]]
    if len({m.code for m in before}) == 2 and re.search(r"\band\b", head) and re.search(r"\b(?:are|were|have)\b", head):
        return list(ctx.dyad)  # "Kazakhstan and Turkey are also members of …"
    if (
        len(before) >= 2
        and {before[-2].code, before[-1].code} == set(ctx.dyad)
        and re.fullmatch(r"\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:the\s+)?", s[before[-2].end : before[-1].start])
    ):
        return list(ctx.dyad)  # a coordinated subject: "The Czech Republic and Poland joined NATO"
    if before:
        # the subject, not the object of a preposition: "Kenya became independent from the United Kingdom on 12
        # December 1963 and joined the Commonwealth" (Kenya joined), unless every state before is such an object
        subjects = [m for m in before if not _GOVERNED.search(s, max(0, m.start - 16), m.start)]
        return [(subjects or before)[-1].code]
    after = [m for m in mentions if pivot <= m.start < cl.end and m.code in ctx.dyad and m.kind != "demonym"]
    if after:
        return [after[0].code]
    if cl.start > 0 and not head.strip() and _BOTH_OPENING.match(s):
        # "Both were French colonies, became independent in 1960, and were admitted to the UN …": a predicate whose
        # subject opened the sentence
        return list(ctx.dyad)
    return []


_BOTH_OPENING = re.compile(
    r"\s*(?:(?i:both)\s+(?:were|are|have|had|became)|They|The\s+two\s+(?:states|countries|republics))\b"
)


def _right_before(pool: list[gazetteer.Mention], s: str, at: int) -> gazetteer.Mention | None:
    """The organization named right before a relative pronoun at ``at`` (only spaces between)."""
    return next((o for o in reversed(pool) if o.end <= at and re.fullmatch(r"\s*", s[o.end : at])), None)


def _memberships(
    ctx: Context,
    s: str,
    cl: common.Clause,
    orgs: list[gazetteer.Mention],
    mentions: list[gazetteer.Mention],
    previous: tuple[str, ...] = (),
    antecedents: list[gazetteer.Mention] | None = None,
) -> list[Found]:
    """(member, organization, told as an entry, the stretches where its date may stand) of one clause.
    ``antecedents``: the organizations a relative clause may refer back to (those an aspiration governs included:
    "Japan is an observer at the Arctic Council, of which Iceland is a founding member")."""
    out: list[Found] = []
    part = s[cl.start : cl.end]
    preds = list(_PRED.finditer(part))
    for i, pred in enumerate(preds):
        # the date of a predicate stands between it and the next one
        window = (cl.start + pred.start(), cl.start + preds[i + 1].start() if i + 1 < len(preds) else cl.end)
        entry = bool(_ENTRY.match(pred.group()))
        aside = _ASIDE.search(s, window[0], window[1])
        if aside is not None and not entry:
            # "a member of the MSG, in which Indonesia has been an associate member since 2015": the date of the
            # relative clause is not this membership's
            window = (window[0], aside.start())
        pivot = cl.start + pred.start()
        if pred.group()[:8].lower() == "together":
            pivot = cl.start + pred.end()  # "(and) together with A and B form the G": the subject is both
        listed: list[tuple[str, int]] = []
        pos = cl.start + pred.end()
        for org in orgs:
            if org.start < pos or org.end > cl.end:
                continue
            if not _LIST_GAP.match(s[pos : org.start]):
                break
            # "the EU's Eastern Partnership": the possessor is not the organization meant
            if s[org.end : org.end + 2] in ("'s", "’s"):
                pos = org.end + 2
                continue
            if _ATTRIBUTIVE.match(s, org.end):
                break  # "takes part in the EU single market": the organization only qualifies a noun
            listed.append((org.code, org.end))
            pos = org.end
        members = _members(ctx, s, cl, pivot, mentions)
        if not members and pred.start() < 25 and not re.search(r"[A-Z]", part[: pred.start()]):
            # "…, and founding members of the Pacific Islands Forum": the subject of the clause before
            members = list(previous)
        if len(listed) == 1:
            # "Hungary has been in NATO since 12 March 1999 and Slovakia since 29 March 2004": a gapped second member
            for g in _GAPPED_MEMBER.finditer(s, listed[0][1], cl.end):
                code = common.first_country(g.group("who"))
                if code in (ctx.dyad or ()) and code not in members:
                    out.append((code, listed[0][0], entry or bool(g.group("verb")), ((g.end("who"), cl.end),)))
        if len(listed) == 1 and members and entry:
            # "Both German states joined the United Nations in 1973, twelve years after Mongolia": the one named
            # after "after" had joined before (its date unsaid)
            for g in _AFTER_MEMBER.finditer(s, listed[0][1], cl.end):
                code = common.first_country(g.group("who"))
                if code in (ctx.dyad or ()) and code not in members:
                    out.append((code, listed[0][0], False, ()))
        for country in members:
            for k, (o, o_end) in enumerate(listed):
                # each item's date stands after it, before the next item; an item with no date of its own shares
                # the one after the whole list; a single item's anywhere in the predicate's stretch
                nxt = listed[k + 1][1] if k + 1 < len(listed) else window[1]
                windows = ((o_end, nxt), (listed[-1][1], window[1])) if len(listed) > 1 else (window,)
                if len(listed) == 1 and re.match(r"\s+it\s", s[cl.start + pred.end() :]):
                    windows = ((o_end, window[1]),)  # "joined it on 24 October 1945 and the OECD in 2010": its own
                elif entry and i == 0:
                    # (else a date fronted before the subject: "In March 1972 Mali and Senegal founded the OMVS")
                    windows = (*windows, (cl.start, cl.start + pred.start()))
                out.append((country, o, entry, windows))
    # "the Eastern Partnership, in which Georgia takes part", "the Visegrád Group, in which both countries still
    # take part", "NATO, of which both are members": the organization before the relative pronoun
    pool = antecedents if antecedents is not None else orgs
    for rel in _RELATIVE.finditer(part):
        if _NOT.search(rel.group()):
            continue  # "…, in which Indonesia has been an associate member"
        at = cl.start + rel.start()
        org = _right_before(pool, s, at)
        if org is None:
            continue
        end = cl.start + rel.end()
        who = _members(ctx, s, common.Clause(cl.start + rel.start(), cl.end), end, mentions)
        if not who and re.match(r",\s*(?:in|of)\s+which\s+it\b", rel.group()):
            # "Ethiopia hosts the African Union, of which it is a member": the state the sentence is about
            who = [m.code for m in mentions if m.start < at and m.code in (ctx.dyad or ()) and m.kind != "demonym"][:1]
        for country in who:
            out.append((country, org.code, False, ((end, cl.end),)))
    # "Moldova is a candidate for membership of the European Union, which Lithuania joined on 1 May 2004"
    for rel in _WHICH_JOINED.finditer(part):
        if _NOT.search(rel.group()):
            continue  # "…, which Indonesia has not joined"
        at = cl.start + rel.start()
        org = _right_before(pool, s, at)
        if org is None:
            continue
        end = cl.start + rel.end()
        for country in _members(ctx, s, common.Clause(at, cl.end), end, mentions):
            # (a member named after the verb is a gapped one with its own date: "which the GDR joined in 1950 and
            # Mongolia in 1962")
            own = next((m.end for m in mentions if m.code == country and end <= m.start < cl.end), end)
            out.append((country, org.code, True, ((own, cl.end),)))
        for g in _GAPPED_MEMBER.finditer(s, end, cl.end):
            code = common.first_country(g.group("who"))
            if code in (ctx.dyad or ()) and not any(c == code and o == org.code for c, o, _, _ in out):
                out.append((code, org.code, True, ((g.end("who"), cl.end),)))
    # "Thailand was one of the founders of ASEAN on 8 August 1967; Cambodia became its tenth member on 30 April 1999"
    for its in _ITS_MEMBER.finditer(part):
        at = cl.start + its.start()
        # (the one named before, even where an aspiration stood: "signed the treaty of accession to the EAC in
        # December 2023 and became the bloc's eighth member in March 2024")
        org = next((o for o in reversed(pool) if o.end <= at), None)
        if org is None:
            continue
        for country in _members(ctx, s, cl, at, mentions):
            out.append((country, org.code, True, ((at, cl.end),)))
    # "Lithuania was admitted to the United Nations in 1991, whereas Iceland had been a member since 1946": a bare
    # "a member" is of the organization the sentence named last before it
    for bare in _BARE_MEMBER.finditer(part):
        at = cl.start + bare.start()
        org = next((o for o in reversed(orgs) if o.end <= at), None)
        if org is None:
            continue
        for country in _members(ctx, s, cl, at, mentions):
            out.append((country, org.code, False, ((at, cl.end),)))
    for attr in _ATTR.finditer(part):
        at = cl.start + attr.start()
        org = next((o for o in orgs if o.end <= at and re.fullmatch(r"\s*", s[o.end : at])), None)
        if org is None:
            continue
        for country in _members(ctx, s, cl, org.start, mentions):
            out.append((country, org.code, False, ((cl.start, cl.end),)))
    return [_own_aside(ctx, s, f, mentions) for f in out]


def _own_aside(ctx: Context, s: str, found: Found, mentions: list[gazetteer.Mention]) -> Found:
    """A bracket that names one of the pair dates only that one: "members of Mercosur (Bolivia as a full member since
    2024)" gives Bolivia 2024 and the other no date from it."""
    country, org, entry, windows = found
    kept = []
    for lo, hi in windows:
        for b in re.finditer(r"\([^()]{1,120}\)", s[lo:hi]):
            inside = [m for m in mentions if lo + b.start() <= m.start < lo + b.end()]
            named = {m.code for m in inside if m.code in (ctx.dyad or ())}
            if named and country not in named:
                # (the other's aside: its date is not this member's)
                kept.append((lo, lo + b.start()))
                kept.append((lo + b.end(), hi))
                break
        else:
            kept.append((lo, hi))
    return country, org, entry, tuple(kept)


_FOUNDED = re.compile(r"\b(?:founding|original|founder)\s+members?\b|\b(?:co-?)?founded\b", re.I)
_AS_LESSER = re.compile(r"\s+as\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?:partner|observer|guest|associate|candidate)\b", re.I)
_THE_HEAD = re.compile(
    r"\b(?:acceded\s+to|joined|(?:was|were)\s+admitted\s+to|entered)\s+the\s+"
    r"(?P<head>agreement|pact|alliance|union|association|community|organi[sz]ation|treaty|movement|council)\b",
    re.I,
)
_MEMBER_OF_IT = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|became|remains?)\s+(?:a\s+|an\s+)?(?:full\s+|founding\s+|original\s+)?"
    r"members?\s+of\s+it\b",
    re.I,
)
_WHICH_JOINED = re.compile(
    r"(?:,|\()\s*which\s+(?:[^,;]{1,40}?)\s+(?:(?:re)?joined|entered|acceded\s+to|(?:co-?)?founded|established|created)\b",
    re.I,
)
_RELATIVE = re.compile(
    r",\s*(?:in|of)\s+which\s+(?:[^,;]{1,40}?)\s+(?:(?:still|also|both|now)\s+)?"
    r"(?:t(?:ake|akes|ook)\s+part|participat(?:e|es|ed)|(?:is|are|was|were|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}members?)\b",
    re.I,
)
_GAPPED_MEMBER = re.compile(
    r"\s+(?:and|while|whereas)\s+(?P<who>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+"
    # (with an entry verb of its own: "Denmark was a founding member of the UN in 1945 and Sweden joined in 1946")
    r"(?:(?P<verb>joined|followed|acceded|did\s+so)\s+)?(?=(?:since|from|in|on)\s+(?:\d|[A-Z][a-z]+\s+\d))"
)
_ITS_MEMBER = re.compile(
    r"\bbecame\s+(?:its|their|the\s+(?:bloc|organi[sz]ation|union|community|alliance|group)['’]s)\s+(?:\w+\s+)?"
    r"(?:full\s+)?member\b",
    re.I,
)
_ASIDE = re.compile(r",\s*(?:(?:in|of|to)\s+)?(?:which|whom|where)\b|,\s*(?:while|whereas)\b", re.I)
_BARE_MEMBER = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:a\s+)?(?:full\s+|founding\s+)?members?\b(?!\s+(?:of|states?))", re.I
)
_ATTRIBUTIVE = re.compile(
    r"\s+(?:single\s+market|internal\s+market|customs\s+union|membership|accession|funds?|law|standards|regulations"
    r"|sanctions|programmes?|programs?|troops|forces|operations?|mission|delegation|presidency|summit)\b",
    re.I,
)
_WHEN = re.compile(r",\s*when\b[^;.]*$", re.I)
# (also "rejoined", and with a pronoun for the organization: "Pakistan rejoined it in 1989")
_AS_WAS = re.compile(r",\s+as\s+(?:was|were|did|had|is|are)\s+(?P<who>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})")
_JOINED_IT_AND = re.compile(r"\b(?:re-?)?join(?:s|ed)?\s+it(?=\s+(?:in|on|since)\s)", re.I)
_REJOINED = re.compile(
    r"\bre-?join(?:s|ed)?\b(?!\s+(?:the|a|an)\b)|\b(?:joined|entered)\s+it\b(?!\s+(?:to|with)\b)"
    # "…; Liechtenstein, long associated with it, became a full member on 1 September 1991": of the one just named
    r"|\bbecame\s+(?:a\s+)?(?:full\s+)?member\b(?!\s+(?:states?\s+)?of\b)"
    # "…, and was admitted as the eleventh member at the summit in Kuala Lumpur"
    r"|\badmitted\s+as\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+)?(?:full\s+)?member\b(?!\s+(?:states?\s+)?of\b)",
    re.I,
)
_IT = re.compile(r"\s*(?:(?:It|it)\s+(?:is|was|has|had|became|joined|also|belongs|belonged|takes\s+part)\b)")
_GAPPED = re.compile(
    r"\b(?:(?:re-?)?join(?:s|ed)?|acceded|did\s+so|followed|was\s+readmitted|returned"
    # ("…; Japan had been admitted on 18 December 1956": admitted with no body of its own)
    r"|(?<=\s)(?:was|were|had\s+been|has\s+been)\s+admitted(?!\s+(?:to|into|as|that)\b)"
    r"|became\s+(?:a\s+)?(?:full\s+)?member(?!\s+(?:states?\s+)?of\b)"
    r"|admitted\s+as\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+)?(?:full\s+)?member(?!\s+(?:states?\s+)?of\b))\b(?:\s+it\b)?"
    r"(?!\s+(?:the|a|an)\b)",
    re.I,
)


def _gapped_entry(
    ctx: Context, s: str, cl: common.Clause, mentions: list[gazetteer.Mention], entered: list[str]
) -> list[Found]:
    """ "Hungary joined the EU in 2004, while Croatia joined in 2013": an entry verb with no object of its own
    takes the organizations of the entry told just before in the sentence."""
    verb = _GAPPED.search(s, cl.start, cl.end)
    if verb is None:
        return []
    members = _members(ctx, s, cl, verb.start(), mentions)
    if not members and re.match(r"\s*(?:was|were|has|have|had|became|is|joined)\b", s[cl.start : cl.end]):
        # a clause with no subject of its own has the sentence's: "East Timor applied in 2011, …, and was admitted
        # as the eleventh member …"
        subject = next((m for m in mentions if m.kind != "demonym" and m.start < 40), None)
        if subject is not None and subject.code in (ctx.dyad or ()) and subject.start < cl.start:
            members = [subject.code]
    return [(c, o, True, ((verb.start(), cl.end),)) for c in members for o in entered]


# a gapped entry without its verb: ", Bangladesh on 17 September 1974" after "Bhutan joined the UN on …"
_VERBLESS = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
_VERBLESS_DATE = re.compile(
    r"\s+(?:(?:only|just|finally)\s+)?(?:(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}"
    # (or a time told from the first's: ", Vietnam two years later", ", and Norway the following year")
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?)\s+later"
    r"|the\s+(?:following|next|same)\s+(?:year|month))\s*(?=[.;]|$)"
)


def _verbless(
    ctx: Context,
    s: str,
    cl: common.Clause,
    mentions: list[gazetteer.Mention],
    told: set[str],
    entered: list[str],
    opening: bool = False,
) -> list[Found]:
    """ "Bhutan became a member of the United Nations on 21 September 1971, Bangladesh on 17 September 1974": a
    state of the pair and a date closing the clause, with the verb and the object of the entry before left out,
    entered the same organizations on that date. Within the clause of the entry the state follows a comma or "and";
    in a clause of its own (``opening``) it opens the clause ("…, and Israel on 11 May 1949")."""
    orgs = list(dict.fromkeys(entered))
    out: list[Found] = []
    for m in mentions:
        inside = cl.start <= m.start if opening else cl.start < m.start
        if not (inside and m.start < cl.end) or m.kind == "demonym" or m.code not in (ctx.dyad or ()) or m.code in told:
            continue
        tail = _VERBLESS_DATE.match(s[: cl.end], m.end)
        lead = (
            re.fullmatch(r"\s*(?:the\s+)?", s[cl.start : m.start])
            if opening
            else _VERBLESS.search(s, cl.start, m.start)
        )
        if tail and lead:
            out += [(m.code, o, True, ((m.end, tail.end()),)) for o in orgs]
    return out


def _entry_date(ctx: Context, unit: Unit, windows: tuple[tuple[int, int], ...], kinds: tuple[str, ...]) -> str | None:
    """The date of entry a clause gives: a point in time ("joined on 29 March 2004", "in 1949") or "since 1986"
    ("has belonged to the European Union since 1986"), from the first stretch of ``windows`` that has one."""
    found = common.unit_dates(ctx, unit)
    for lo, hi in windows:
        for d in found:
            if lo <= d.start < hi and d.kind in kinds:
                return d.value
    return None
