"""People: names with their role and country, read from the phrase around them.

Constructions modelled (ROLE is a role phrase from the gazetteer, C a country name or demonym):

- title before the name:     "[the] [former] [C-demonym] ROLE [of C] [to C2] [,] NAME"
                             ("Prime Minister of Spain Pedro Sánchez", "Lithuanian President Dalia …",
                             "the Ambassador of France to Japan, Philippe …")
- apposition after the name: "NAME, [the|a] [C-demonym] ROLE [of C][,]" ("Angela Merkel, the German Chancellor, …";
                             "NAME, a member of the Sejm of Poland,")
- possessive:                "NAME, C's ROLE", "C's ROLE NAME"
- unnamed officials:         "the head of the Portuguese government" → name None, role, country

A later short form ("V. Orbán", "Orbán") is resolved to a full name used earlier in the article: the most
recent one with that surname in the same paragraph, else the only one in the article; left as written when
neither settles it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from bilateral import gazetteer

_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u0180-\u024f"
# an Arabic article joined to the name by a hyphen belongs to it: "Abdel Fattah el-Sisi", "Bashar al-Assad"
_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu|ben)[\-‑](?=[" + _UPPER + "])"
_JOINED = f"(?:{_ARTICLE})?"
# (a Polynesian name may open on an ʻokina, a letter: "Tupoutoʻa ʻUlukalala", "ʻAkilisi Pōhiva")
_TOKEN = rf"(?:[{_UPPER}][a-z]?\.(?=\s)|{_JOINED}ʻ?[{_UPPER}][\w'’\-]*\w|[{_UPPER}])"
_PARTICLE = (
    r"(?:da|de|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|binti|bint|ibn|ben|al|el|la|le|y|e|arap|ould|zu|af|av)"
)
_NAME_RUN = re.compile(rf"{_TOKEN}(?:(?:\s+|-)(?:{_PARTICLE}\s+)*{_TOKEN})*")
_INITIAL = re.compile(rf"^[{_UPPER}][a-z]?\.$")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    data = resources.files("bilateral.data").joinpath("name_stopwords.txt").read_text(encoding="utf-8")
    # (whole comment lines are skipped: their words are no stopwords)
    return frozenset(
        w.casefold() for line in data.splitlines() if not line.lstrip().startswith("#") for w in line.split()
    )


# the roles of a bilateral post (an office), as opposed to a state's own officials
ENVOY_POSTS = frozenset({"ambassador", "charge_d_affaires", "honorary_consul", "consul", "diplomat"})


@dataclass(frozen=True, slots=True)
class Person:
    start: int  # offsets into the text given
    end: int
    name: str | None
    role: str | None = None
    country: str | None = None
    role_text: str | None = None  # the role phrase as written, when there is one
    receiver: str | None = None  # "Ambassador of X to Y": Y; "ambassador in C": C's state
    more_roles: tuple[str, ...] = ()  # "first as chargé d'affaires and later as ambassador"
    to_org: bool = False  # "ambassador to the Organization of American States": a post at an organization


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Accents off, case folded: the key names are compared by (the same words recur through an article)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def _is_stop(token: str) -> bool:
    t = token.rstrip(".").strip("'’")
    if t.endswith("'s") or t.endswith("’s"):
        t = t[:-2]
    if not t or re.fullmatch(_PARTICLE, t):
        return False
    if re.fullmatch(r"[IVX]{1,5}", t):
        return False  # a regnal number ("Felipe VI"), not the code of the Virgin Islands
    f = t.casefold()
    if f in _stopwords():
        return True
    if not t[0].isupper():
        return False
    if len(t) <= 3:  # "Sh", "Al" are no codes here; "UK", "EU", "UN" are
        return t.isupper() and bool(gazetteer.organization(t) or gazetteer.country_code(t))
    return bool(gazetteer.country_code(t) or gazetteer.organization(t) or gazetteer.role_of(t))


def _tokens(span: str, base: int) -> list[tuple[int, int, str]]:
    return [(base + m.start(), base + m.end(), m.group()) for m in re.finditer(r"\S+", span)]


_PATRONYMIC = re.compile(r"bin|binti|bint|ibn|ben|ould")
_MONTH_SURNAME = re.compile(r"May|June|April|August")
# a month's short form that is also a given name, before a capitalized word that can be a surname ("Jan Kubiš", "Jun
# Azumi"); "Jan 2020" or "Jan–Mar" are dates
_MONTH_GIVEN = re.compile(r"Jan|Jun")
_NUMBER_NEXT = re.compile(r"[\s,]*\d")


def _name_word_next(toks: list[tuple[int, int, str]], i: int, blocked: list[tuple[int, int]]) -> bool:
    """Whether the token after ``i`` can go on a name: capitalized, no stopword, not inside a place, an organization
    or a role."""
    if i + 1 >= len(toks):
        return False
    start, _, word = toks[i + 1]
    return word[:1].isupper() and not _is_stop(word.rstrip(",;:")) and not any(bs <= start < be for bs, be in blocked)


# what follows a person's name as the subject or in apposition: ", appointed …", ", the …", " presented …"
_AFTER_NAME = re.compile(r",\s+(?:the\s|a\s|an\s|who\b|[a-z]+ed\b)|\s+(?:was|is|had|has|presented|handed)\b")


def _city_as_given_name(text: str, toks: list[tuple[int, int, str]], blocked: list[tuple[int, int]]) -> bool:
    """A city's name that is also a given name, before a surname: a run of just the two words, the second no place,
    body or role of its own and no head of an institution ("the Milan Conference"), and then what follows a person's
    name ("Milan Jović, appointed …", "Santiago Peña was …")."""
    (s0, e0, w0), (s1, e1, w1) = toks
    if not w0[:1].isupper() or not w1[:1].isupper() or w0 != w0.rstrip(",;:") or _is_stop(w1.rstrip(",;:")):
        return False
    if any(bs <= s1 < be for bs, be in blocked) or re.fullmatch(_INSTITUTION_HEADS, w1.rstrip(",;:")):
        return False
    if not _AFTER_NAME.match(text, e1 - (1 if w1.endswith(",") else 0)):
        return False
    city = any(m.start == 0 and m.end == e0 - s0 for m in gazetteer.find_cities(w0))
    return city and not gazetteer.find_countries(w0) and not gazetteer.find_organizations(w0)


def candidate_names(text: str) -> list[tuple[int, int]]:
    """Spans of capitalized runs that can be a person's name (role words, places and organizations cut off)."""
    out: list[tuple[int, int]] = []
    blocked = _blocked_spans(text)
    for m in _NAME_RUN.finditer(text):
        toks = _tokens(m.group(), m.start())
        # split the run where a blocked span (country, city, organization, role) sits inside it
        piece: list[tuple[int, int, str]] = []
        pieces: list[list[tuple[int, int, str]]] = []
        for i, tok in enumerate(toks):
            s, e, w = tok
            w_clean = w.rstrip(",;:")
            if piece and _MONTH_SURNAME.fullmatch(w_clean) and not _NUMBER_NEXT.match(text, e):
                piece.append(tok)  # a month after a given name and before no number is a surname ("Theresa May")
                continue
            if piece and w_clean == w and _name_word_next(toks, i, blocked) and gazetteer.country_code(w) is not None:
                # a state's name between a given name and a surname is a name of the person ("Viliami Tonga Mahe")
                piece.append(tok)
                continue
            if not piece and _MONTH_GIVEN.fullmatch(w) and _name_word_next(toks, i, blocked):
                piece.append(tok)
                continue
            if i == 0 and len(toks) == 2 and _city_as_given_name(text, toks, blocked):
                piece.append(tok)  # "Milan Jović, appointed Yugoslav ambassador in 1978, …": a given name
                continue
            if len(piece) >= 2 and _PATRONYMIC.fullmatch(piece[-1][2]) and w_clean[:1].isupper():
                piece.append(tok)  # the name after "bin" is a father's, whatever else it means ("Zayed bin Sultan")
                continue
            # (an initial with its full stop, before another, is no article: "A. C. S. Hameed")
            stop = _is_stop(w_clean) and not (
                re.fullmatch(r"[A-Z]\.", w_clean) and i + 1 < len(toks) and re.fullmatch(r"[A-Z]\.", toks[i + 1][2])
            )
            if stop or any(bs <= s and e <= be for bs, be in blocked):
                if piece:
                    pieces.append(piece)
                piece = []
                continue
            piece.append(tok)
        if piece:
            pieces.append(piece)
        for p in pieces:
            words = [w for _, _, w in p]
            caps = [w for w in words if not re.fullmatch(_PARTICLE, w)]
            if not caps:
                continue
            # a lone initial is no name; one capitalized word is a name only when known later (short form)
            if all(_INITIAL.match(w) for w in caps):
                continue
            s, e = p[0][0], p[-1][1]
            while e > s and text[e - 1] in ".,;:'’":
                if text[e - 1] == "." and _INITIAL.match(p[-1][2]):
                    break
                e -= 1
            if text[e - 2 : e] in ("'s", "’s"):
                e -= 2
            if e > s:
                out.append((s, e))
    return out


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in gazetteer.find_countries(text)]
    spans += [(m.start, m.end) for m in gazetteer.find_cities(text)]
    spans += [(m.start, m.end) for m in gazetteer.find_organizations(text)]
    spans += [(m.start, m.end) for m in gazetteer.find_roles(text)]
    return spans


_ROLE_TAIL = re.compile(
    # (not running on to a place: "Consul general of Peru in Valparaíso" names no one)
    r"^\s*(?:(?:of|for)\s+(?:the\s+)?(?P<of>(?:(?!\bby\b)[^,;()]){2,60}?)(?<!\sin)(?<!\sat))?"
    # (a state, not a stretch running on: "a Bahraini minister to Israel on 18 November 2020 and met NAME")
    r"(?:\s+to\s+(?:the\s+)?(?P<to>(?:(?!\b(?:by|and|on|met|with)\b)[^,;()\d]){2,40}?))?"
    # (a place, not a list of places running on to a name: "honorary consuls in Cork and Galway", "… in resort
    # towns such as Mazatlán")
    r"(?:\s+(?:in|at)\s+(?P<in>(?:(?!\b(?:by|and|or|such\s+as)\b)[^,;()]){2,30}?))?"
    # (the one before or after another envoy: "The Omani envoy before al-Busaidi, Sheikh NAME, …")
    r"(?:\s+(?:before|after)\s+(?:[Aa]l-)?[A-Z][\w\-'’]*(?:\s+[A-Z][\w\-'’]*){0,2}(?=,))?"
    r"(?:\s*,?\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+included|has\s+included|included|includes?)\s+"
    r"|\s*(?:,\s*|\s+))"
    # (a courtesy title before the name: "… since 2022 has been Sheikh NAME", "the ambassador, Sir NAME")
    r"(?:(?:Sheikh|Sheikha|Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?$"
)


def _country_in(text: str) -> str | None:
    found = gazetteer.find_countries(text)
    if found:
        return found[0].code
    parl = gazetteer.find_parliaments(text)
    return parl[0].code if parl else None


# a name followed by the head noun of an institution or a place named after a person is no person here
_INSTITUTION_HEADS = (
    r"University|Institute|Foundation|School|College|Academy|Airport"
    r"|Station|Prize|Award|Centre|Center|Museum|Library|Hospital|Stadium|Street|Avenue|Square|Park|Bridge|Mosque"
    r"|Cathedral|Church|Palace|Hotel|Company|Bank|Port|Pipeline|Dam|Theatre|Theater|Mausoleum|Memorial|Boulevard"
    r"|Partnership|Agreement|Treaty|Summit|Initiative|Programme|Program|Dialogue|Forum|Corridor|Route|Process|Bridge"
    r"|Tunnel|Canal|Highway|Railway|Committee|Council|Commission|Board|Agency|Authority|Fund|Group|Party|Movement"
    r"|Court|Ministry|Corporation|Prefecture|Province|Region|District|County|Oblast|Governorate|Municipality"
    r"|House|Palace|Castle|Hall|Tower|Gate|Conference|Congress|Talks|Negotiations|Meeting|Games|Olympics|Cup"
)
_INSTITUTION = re.compile(
    rf"\s+(?:(?:[A-Z][\w\-–]*|of|the|and)\s+){{0,4}}?(?:{_INSTITUTION_HEADS})\b"
    # a place or a happening named by the words before a common noun ("the Gran Chaco region", "the Kargil war")
    r"|\s+(?:region|area|province|valley|river|desert|war|crisis|dispute|basin|peninsula|islands?|mountains)\b"
)
# a name whose own last word is such a head ("Fukushima Prefecture") names no person either, for the heads that
# are no surnames (not "Court", "Bank", "Park", "Church", "Port", "Bridge": "Richard Court" is a person)
_ENDS_AS_INSTITUTION = re.compile(
    r"\b(?:University|Institute|Foundation|Academy|Airport|Station|Museum|Library|Hospital|Stadium|Cathedral|Mosque"
    r"|Summit|Forum|Programme|Agreement|Treaty|Partnership|Initiative|Committee|Council|Commission|Agency|Authority"
    # movements, parties and documents ("the Justice and Equality Movement", "the Rome Statute")
    r"|Movement|Front|Statute|Charter|Convention|Protocol|Declaration|Communiqué|Act"
    r"|Ministry|Corporation|Prefecture|Province|Region|District|County|Oblast|Governorate|Municipality"
    # works of building ("the Rogun Dam", "the Nord Stream Pipeline")
    r"|Dam|Pipeline|Canal|Tunnel|Railway|Highway|Interconnector|Link|Track|Trail|Strip|Pass"
    # and of competitions ("the National Rugby League")
    r"|League|Cup|Championship|Games|Prize|Award|Medal"
    # the names of happenings and plans ("the Dawn Raids", "the Suez Crisis", "the Colombo Plan")
    r"|Raids?|Crisis|War|Incident|Affair|Massacre|Revolution|Uprising|Accords|Plan|Doctrine|Operation"
    # and of natural places ("the Golan Heights", "the Galwan Valley")
    r"|Heights|Hills|Valley|Peninsula|Islands?|Mountains|Desert|Plateau|Strait|Gulf|Sea|River|Lake"
    # armed services and sites ("the Royal Navy", "the Baikonur Cosmodrome")
    r"|Navy|Army|Corps|Forces?|Guards?|Marines|Cosmodrome|Spaceport|Base"
    # and companies by their trade ("COSCO Shipping", "Emirates Airlines")
    r"|Shipping|Airlines|Airways|Holdings|Petroleum|Motors|Telecom|Industries|Engineering|Logistics|Mining)$"
)
# nor a name that begins with the common noun of a thing or a place ("Operation Solomon", "Cordillera del Cóndor")
_STARTS_AS_THING = re.compile(
    r"(?:Operation|Project|Cordillera|Sierra|Mount|Mountains?|Lake|River|Gulf|Cape|Bay|Battle|Siege|Strait|Isle"
    # and institutions named in their own language ("the Université Roi Henri Christophe", "Banco Santander")
    r"|Universit[éàäy]|Universidad|Universiteit|Universitas|Instituto?|Institut|Musée|Museo|Banco|Banque|Société)\s"
)


# (with the counterpart's post: "His Norwegian counterpart in Santiago, NAME")
COUNTERPART = re.compile(
    r"\b(?i:his|her|their|the)\s+(?:(?P<dem>[A-Z][\w\-]+)\s+)?counterparts?"
    r"(?:\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?\s*,?\s*$"
)


_ROYAL_TITLE = re.compile(r"(?<!Crown )\bPrince(?:ss)?\s+$")
_SHEIKH = re.compile(r"\bSheikh(?:a)?\s+$")


def find_people(text: str) -> list[Person]:
    """Every named person in ``text`` with the role and country the phrase around the name gives."""
    roles = gazetteer.find_roles(text)
    people: list[Person] = []
    for s, e in candidate_names(text):
        name = text[s:e]
        words = name.split()
        if len(words) == 1 and not _looks_like_surname(name):
            continue
        title = _ROYAL_TITLE.search(text, max(0, s - 12), s)
        sheikh = _SHEIKH.search(text, max(0, s - 10), s)
        if sheikh and not re.search(r"\b(?:bin|bint|ibn|Al|[Aa]l-\w+)\b", name):
            # "Sheikh Hasina", "Sheikh Mujibur Rahman": in South Asian names the word is the name's own ("Sheikh
            # Mohammed bin Zayed" keeps it a title)
            s, name = sheikh.start(), text[sheikh.start() : e]
            words = name.split()
        elif len(words) == 1 and title:
            # a prince or princess known by one name is called by the title with it ("Prince Akishino", "Princess
            # Kiko"): the title belongs to the name
            s, name = title.start(), text[title.start() : e]
            words = name.split()
        before = text[:s]
        if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
            continue  # inside quotation marks: a title or a slogan ("Ghana Must Go"), not a person
        if _INSTITUTION.match(text, e) or _ENDS_AS_INSTITUTION.search(name) or _STARTS_AS_THING.match(name):
            continue  # "the Khoja Akhmet Yassawi International … University": a name inside an institution's
        more: tuple[str, ...] = ()
        role, country, role_text, receiver = _role_predicate_first(text, e, roles)
        if role is not None:
            more = _MORE.get(id(text), ())
        to_org = False
        if role is None:
            role, country, role_text, receiver, to_org = _role_before(text, s, roles)
        if role is None:
            role, country, role_text, receiver = _role_after(text, e, roles)
        if role is not None and country is None:
            country = _of_state_after(text, e)  # "President NAME of Ghana", "King NAME of Norway"
        people.append(Person(s, e, name, role, country, role_text, receiver, more, to_org))
    # "Foreign Minister A met his Turkish counterpart B": B holds A's post for the state the demonym names
    for i in range(1, len(people)):
        prev, cur = people[i - 1], people[i]
        cp = COUNTERPART.search(text[prev.end : cur.start])
        if cp and prev.role is not None and (cur.role is None or cur.role == prev.role):
            country = gazetteer.country_code(cp.group("dem")) if cp.group("dem") else None
            people[i] = replace(cur, role=prev.role, country=cur.country or country)
    # "NAME1 and NAME2" after a role phrase: the role covers the list
    for i in range(1, len(people)):
        prev, cur = people[i - 1], people[i]
        if (
            cur.role is None
            and prev.role is not None
            # (an aside after a name goes with it: "… included NAME1, who had represented X from 1991, NAME2 and NAME3")
            and _LIST_GAP.fullmatch(text[prev.end : cur.start])
            # (not a possessive in an apposition: "NAME, Nehru's sister, served as …")
            and not re.match(r"['’]s\b", text[cur.end : cur.end + 2])
        ):
            people[i] = replace(
                cur, role=prev.role, country=prev.country, role_text=prev.role_text, receiver=prev.receiver
            )
    return people


# (a list gapped to names and dates: "Presidents of Botswana have visited China: NAME1 in 2006 and NAME2 in 2012")
_LIST_GAP = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*who\s+[^,;()]{1,80})?(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s*)?(?:,|and|,\s*and)\s*"
)
_MORE: dict[int, tuple[str, ...]] = {}
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _of_state_after(text: str, end: int) -> str | None:
    """The state named by "of [the] STATE" right after a name."""
    m = _OF.match(text, end)
    if not m:
        return None
    found = gazetteer.find_countries(text[m.end() : m.end() + 50])
    return found[0].code if found and found[0].start == 0 and found[0].kind != "demonym" else None


def _role_predicate_first(
    text: str, end: int, roles: list[gazetteer.Mention]
) -> tuple[str | None, str | None, str | None, str | None]:
    role, country, role_text, receiver, more = _role_predicate(text, end, roles)
    _MORE[id(text)] = more
    return role, country, role_text, receiver


def _looks_like_surname(word: str) -> bool:
    # (with its article: "al-Bashir", "el-Sisi")
    m = _ARTICLE_RX.match(word)
    if m and m.end() < len(word):
        word = word[m.end() :]
    # (two letters too, a capital and a small one: Chinese and Korean surnames, "Xi came back to Lima"; the function
    # words of two letters are stopwords, read before this)
    return (len(word) >= 3 or (len(word) == 2 and word[1].islower())) and word[0].isupper() and not word.isupper()


def _role_before(
    text: str, start: int, roles: list[gazetteer.Mention]
) -> tuple[str | None, str | None, str | None, str | None, bool]:
    """ "[C] ROLE [of C] [to C2][,] NAME" ending right before ``start``; the flag: the post is at an international
    organization ("Colombia's ambassador to the Organization of American States, NAME")."""
    for r in reversed(roles):
        if r.end > start:
            continue
        between = text[r.end : start]
        if len(between) > 70:
            break
        m = _ROLE_TAIL.match(between)
        if not m:
            continue
        # only the words touching the role may qualify it ("the Latvian ambassador", "Armenia's ambassador")
        # (past the words that only rank the post: "Chile's first resident ambassador")
        words = re.split(r"[,;:.]", text[max(0, r.start - 60) : r.start])[-1].split()
        while len(words) > 2 and words[-1].lower() in _RANKS:
            words.pop()
        head = " ".join(words[-2:])
        country = None
        receiver = None
        to_org = False
        if m.group("of"):
            country = _country_in(m.group("of"))
        if country is None:
            country = _country_in(text[r.start : r.end]) or _country_in(head)
        if country is None and _ITS.search(text, 0, r.start):
            country = _owner(text, r.start)  # "Indonesia recalled its ambassador, NAME"
        if m.group("to"):
            receiver = _country_in(m.group("to"))
            to_org = receiver is None and bool(gazetteer.find_organizations(m.group("to")))
        elif m.group("in"):
            receiver = _place_country(m.group("in"))
        value = r.value
        if value == "head_of_state" and _ITS.search(text, 0, r.start):
            # "A Volkskammer delegation led by its president, NAME": the president of a parliament is its speaker
            house = gazetteer.find_parliaments(re.split(r"[;.]", text[max(0, r.start - 80) : r.start])[-1])
            if house:
                value = "speaker"
                country = house[-1].code or country
        return value, country, text[r.start : r.end], receiver, to_org
    return None, None, None, None, False


_RANKS = frozenset(
    (
        *("first", "second", "third", "last", "new", "next", "current", "former", "then"),
        *("sole", "only", "resident", "non-resident", "acting", "interim"),
    )
)
_ITS = re.compile(r"\b(?:its|their)\s+(?:\w+\s+){0,2}$", re.I)


def _owner(text: str, at: int) -> str | None:
    """The state "its" stands for: the last state named before it in its clause."""
    lo = max((text.rfind(c, 0, at) for c in ";:("), default=-1) + 1
    found = gazetteer.find_countries(text[lo:at])
    if not found and lo > 0:
        # "Solomon Islands opened an embassy in Beijing; NAME was its first resident ambassador": the subject of
        # the clause before
        before = [m for m in gazetteer.find_countries(text[:lo]) if m.kind != "demonym"]
        return before[0].code if before else None
    return found[-1].code if found else None


def _place_country(text: str) -> str | None:
    """The state of a place phrase: a city's state or a state's own code."""
    city = gazetteer.find_cities(text)
    if city:
        return city[0].code
    return _country_in(text)


_PREDICATE = re.compile(
    r"^\s*(?:,[^,;]{1,80},)?\s*(?:,?\s*who\s+)?(?:\w+ly\s+)?(?:later\s+|then\s+|also\s+|now\s+)?"
    r"(?:is|was|has\s+been|had\s+been|became|becomes|serves\s+as|served\s+as"
    r"|has\s+served\s+as"
    # "NAME had been in Belgrade since 1985 as chargé d'affaires"
    r"|(?:has|had)\s+been\s+in\s+[^,;]{1,40}?\s+as"
    r"|was\s+appointed(?:\s+as)?|(?:was\s+)?named(?:\s+as)?|was\s+sent\s+to\s+[^,;]{1,40}?\s+as"
    # "NAME took up his post as …", "NAME, who had …, took up the post of ambassador in Yangon", "assumed the office of
    # consul"
    r"|(?:took\s+up|assumed|took\s+over)\s+(?:the|his|her)\s+(?:post|position|office|duties)\s+(?:as|of)"
    # "NAME, appointed in 1983 as the first resident Zambian ambassador, was accredited …"
    r"|,\s*(?:appointed|named)\s+(?:in|on)\s+[^,;]{1,30}?\s+as"
    r"|remains|remained|worked\s+as|acted\s+as|was\s+among|were\s+among"
    r"|received\s+(?:his|her)\s+(?:patent|exequatur|appointment)\s+as"
    # "NAME arrived in Kabul in 1919 as the first … envoy", "NAME represented Palau in Washington as ambassador",
    # "X sent NAME to Bogotá as its ambassador"
    r"|(?:arrived|came)\s+(?:(?:(?:in|to|at)\s+|(?:later|earlier|early|soon)\s+)[^,;]{1,40}?\s+)?as"
    r"|represented\s+[^,;]{1,40}?\s+as"
    # "NAME presented his credentials (to NAME2) as Philippine ambassador to Malaysia"
    r"|present(?:ed|s)\s+(?:his|her|their)\s+(?:credentials|letters?\s+of\s+credence)\s+(?:to\s+[^,;]{1,40}?\s+)?as"
    r"|to\s+[^,;]{1,30}?\s+as(?=\s+(?:its|their)\s)"
    # the object of an appointing verb: "X appointed NAME as its ambassador to Y"
    r"|as(?=\s+(?:its|their|the\s+new|the\s+first|the\s+next|acting|interim)\s)"
    # and without "as": "Syria named NAME its ambassador in Baghdad"
    r"|(?=\s+(?:its|their)\s))\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:first\s+|new\s+|later\s+|current\s+|former\s+|then\s+)?"
    r"(?:acting\s+|interim\s+)?"
    # "NAME, the first woman to serve as U.S. ambassador to Japan,"
    r"(?:(?:first|last|only|second|third|youngest|oldest)\s+(?:\w+\s+){0,2}?to\s+(?:serve|be|become|act)\s+"
    r"(?:as\s+)?(?:the\s+|a\s+|an\s+)?)?"
    r"(?P<pre>(?:(?:[A-Z]\S*|first|new|later|current|former|then|resident|non-resident)\s+){0,3}?)$"
)
_AS_ROLE = re.compile(r"\bas\s+(?:the\s+|a\s+|an\s+)?$")


def _role_predicate(
    text: str, end: int, roles: list[gazetteer.Mention]
) -> tuple[str | None, str | None, str | None, str | None, tuple[str, ...]]:
    """ "NAME was/is/became/has been [X's] [first] ROLE [of X] [to Y] [in C]" and "… first as R1 and later as R2"."""
    limit = _clause_end(text, end)
    found: list[gazetteer.Mention] = []
    for r in roles:
        if r.start < end or r.start > limit:
            continue
        between = text[end : r.start]
        if found:
            if _AS_ROLE.search(between):
                found.append(r)
            continue
        m = _PREDICATE.match(between)
        if m is None:
            m2 = re.match(r"^\s*,\s*first\s+as\s+(?:the\s+|a\s+|an\s+)?$", between)
            if m2 is None:
                if len(between) > 80:
                    break
                continue
        found.append(r)
    if not found:
        return None, None, None, None, ()
    r = found[0]
    pre = text[max(end, r.start - 40) : r.start]
    tail = text[r.end : r.end + 80]
    tail = re.split(r"[,;.]|\band\b|\bwho\b|\bsince\b|\bfrom\b|\buntil\b", tail)[0]
    country = _country_in(pre.split(",")[-1]) or _country_in(text[r.start : r.end])
    if country is None and _ITS.search(text, 0, r.start):
        country = _owner(text, r.start)  # "Venezuela sent NAME to Bogotá as its ambassador"
    receiver = None
    of = re.match(r"^\s+(?:of|for)\s+(?:the\s+)?([^,;]+?)(?:\s+to\s+|\s+in\s+|$)", tail)
    if of and country is None:
        country = _country_in(of.group(1))
    to = re.search(r"\bto\s+(?:the\s+)?(.+)$", tail)
    inn = re.search(r"\b(?:in|at)\s+(?:the\s+)?(.+)$", tail)
    if to:
        receiver = _country_in(to.group(1))
    elif inn:
        receiver = _place_country(inn.group(1))
    if receiver is None:
        # the place the predicate names before the role: "represented Palau in Washington as ambassador"
        where = re.search(r"\b(?:in|to|at)\s+(?:the\s+)?([A-Z][^,;]{1,40}?)\s+as\b", text[end : r.start])
        receiver = _place_country(where.group(1)) if where else None
    return r.value, country, text[r.start : r.end], receiver, tuple(x.value for x in found[1:] if x.value)


def _clause_end(text: str, pos: int) -> int:
    m = re.compile(r";|,\s+and\s+[A-Z]|\.\s").search(text, pos)
    return m.start() if m else len(text)


_APPOSITION = re.compile(
    # not "NAME, and the Japanese ambassador, NAME2": a conjunction starts the next person's phrase
    r"^\s*,(?!\s*(?:and|or|but|while|whereas|with)\b)\s*(?:who\s+(?:is|was)\s+)?"
    # "NAME, appointed high commissioner to Nigeria in March 2019, …"
    r"(?:(?:appointed|named|nominated)\s+(?:as\s+)?)?(?:the\s+|a\s+|an\s+)?(?:then\s+|former\s+|later\s+)?"
    # only words that qualify the role stand before it ("the German", "Estonia's first"), never a verb's phrase
    # ("NAME, presented her credentials to President …" is no president)
    # "NAME, the first woman to serve as U.S. ambassador to Japan,"
    r"(?:(?:first|last|only|second|third|youngest|oldest)\s+(?:\w+\s+){0,2}?to\s+(?:serve|be|become|act)\s+"
    r"(?:as\s+)?(?:the\s+|a\s+|an\s+)?)?"
    r"(?P<pre>(?:(?:[A-Z][\w\-'’.]*|first|new|current|acting|incoming|outgoing|resident|non-resident|honorary"
    r"|permanent|long-serving|then|former|later|de\s+facto)\s+){0,4}?)$"
)


def _role_after(
    text: str, end: int, roles: list[gazetteer.Mention]
) -> tuple[str | None, str | None, str | None, str | None]:
    """ "NAME, [the|a] [C] ROLE [of C][,]" starting right after ``end``."""
    for r in roles:
        if r.start < end:
            continue
        between = text[end : r.start]
        if len(between) > 45:
            break
        m = _APPOSITION.match(between)
        if not m:
            break
        tail = text[r.end : r.end + 80]
        tail = re.split(r"[,;.]|\band\b|\bwho\b|\bwas\b|\bis\b", tail)[0]
        receiver = None
        to = re.search(r"\bto\s+(?:the\s+)?(.+)$", tail)
        if to:
            receiver = _country_in(to.group(1))
        # (the state after "to" receives the envoy: "NAME, ambassador to Norway" is not Norway's)
        own_tail = tail[: to.start()] if to else tail
        country = _country_in(m.group("pre")) or _country_in(text[r.start : r.end]) or _country_in(own_tail)
        return r.value, country, text[r.start : r.end], receiver
    return None, None, None, None


_UNNAMED = re.compile(
    r"\b(?:the\s+)?head\s+of\s+(?:the\s+)?(?P<dem>\w+)\s+(?P<what>government|state)\b"
    r"|\bthe\s+(?P<dem2>\w+)\s+(?P<what2>government|president|prime\s+minister|foreign\s+minister)\b"
    # a group the text does not name: "Spanish diplomats met in Baku", "Latvian parliamentarians visited …"
    r"|\b(?P<dem3>(?-i:[A-Z])\w+)\s+(?P<what3>diplomats|officials|parliamentarians|lawmakers|MPs)\b",
    re.I,
)


def unnamed_officials(text: str) -> list[Person]:
    out = _unnamed_by_role(text)
    taken = [(p.start, p.end) for p in out]
    for m in _UNNAMED.finditer(text):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            continue
        dem = m.group("dem") or m.group("dem2") or m.group("dem3")
        what = (m.group("what") or m.group("what2") or m.group("what3") or "").lower()
        code = gazetteer.country_code(dem)
        if not code:
            continue
        role = {
            "government": "head_of_government",
            "state": "head_of_state",
            "president": "head_of_state",
            "prime minister": "head_of_government",
            "foreign minister": "foreign_minister",
            "diplomats": "diplomat",
            "officials": "official",
            "parliamentarians": "member_of_parliament",
            "lawmakers": "member_of_parliament",
            "mps": "member_of_parliament",
        }.get(" ".join(what.split()))
        out.append(Person(m.start(), m.end(), None, role, code))
    return out


def _unnamed_by_role(text: str) -> list[Person]:
    """ "the Portuguese Secretary of State for Foreign Affairs", "the Latvian Minister of Defence": a demonym right
    before a role phrase of the role table names an official of that state (a name after it is handled by
    the caller)."""
    roles = gazetteer.find_roles(text)
    out = []
    for d in gazetteer.find_countries(text):
        if d.kind != "demonym" or not re.search(r"\bthe\s+$", text[max(0, d.start - 5) : d.start], re.I):
            continue
        role = next((r for r in roles if 0 < r.start - d.end <= 1), None)
        if role is None or not role.value or role.value in ("ambassador", "charge_d_affaires", "consul", "diplomat"):
            continue
        out.append(Person(d.start - 4, role.end, None, role.value, d.code))
    return out


_ARTICLE_RX = re.compile(_ARTICLE)


def _surname_key(word: str) -> str:
    """A surname as later short forms write it: "el-Sisi" is also "Sisi"."""
    m = _ARTICLE_RX.match(word)
    return fold(word[m.end() :] if m else word)


class Registry:
    """The people an article names, for resolving short forms to full names."""

    def __init__(self) -> None:
        self.full: list[tuple[int, int, str]] = []  # (block, position, full name)
        self.mononyms: set[str] = set()  # one-word names the article gave a role ("President Sukarno")

    def add(self, name: str, block: int, pos: int) -> None:
        if self._is_full(name):
            self.full.append((block, pos, name))

    @staticmethod
    def _is_full(name: str) -> bool:
        words = name.split()
        return len(words) >= 2 and not _INITIAL.match(words[0])

    def known_surname(self, word: str) -> bool:
        """Some full name of the article ends with this word ("Kohl" after "Helmut Kohl")."""
        key = _surname_key(word)
        return key in self.mononyms or any(_surname_key(full.split()[-1]) == key for _, _, full in self.full)

    def add_mononym(self, name: str) -> None:
        """A one-word name introduced with a role: later bare mentions of it are the person."""
        self.mononyms.add(_surname_key(name))

    def resolve(self, name: str, block: int, pos: int) -> str:
        if self._is_full(name):
            # "Peña Nieto" after "Enrique Peña Nieto": the longer name it ends, when only one does
            key = fold(name)
            longer = {f for _, p, f in self.full if p <= pos and len(f.split()) > len(name.split())}
            ends = [f for f in longer if fold(f).endswith(" " + key)]
            if len(ends) == 1:
                return ends[0]
            # "Mohamed bin Zayed" after "Mohamed bin Zayed Al Nahyan": the longer name it begins, when only one does
            begins = {f for f in longer if fold(f).startswith(key + " ")}
            return begins.pop() if not ends and len(begins) == 1 else name
        words = name.split()
        surname = _surname_key(words[-1])
        initial = fold(words[0].rstrip(".")) if len(words) > 1 else ""
        cands = []
        for b, p, full in self.full:
            fw = full.split()
            if _surname_key(fw[-1]) != surname or p > pos:
                continue
            if initial and not fold(fw[0]).startswith(initial):
                continue
            cands.append((b, p, full))
        if not cands and len(words) == 1:
            # "Isaias" after "Isaias Afwerki", "Abiy" after "Abiy Ahmed", "Lula" after "Luiz Inácio Lula da Silva":
            # where a given or middle name is the name in use (no surname of the article is this word), the one
            # full name that holds it
            given = {full for _, p, full in self.full if p <= pos and fold(full.split()[0]) == fold(name)}
            if not given:
                given = {full for _, p, full in self.full if p <= pos and fold(name) in map(fold, full.split()[1:-1])}
            return given.pop() if len(given) == 1 else name
        if not cands:
            return name
        distinct = {c[2] for c in cands}
        if len(distinct) == 1:
            return cands[0][2]
        same_block = [c for c in cands if c[0] == block]
        if same_block:
            return max(same_block, key=lambda c: c[1])[2]
        return name


def with_name(p: Person, name: str) -> Person:
    return replace(p, name=name)
