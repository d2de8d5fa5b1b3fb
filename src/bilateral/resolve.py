"""Resolution: the same fact stated twice becomes one fact with both evidences and the most precise date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bilateral import gazetteer
from bilateral.extract.base import Fact
from bilateral.extract.numbers import SCALE_FACTORS

# fields that identify a fact of each type (dates are compared by compatibility, not equality)
_KEYS: dict[str, tuple[str, ...]] = {
    "recognition": ("subject", "object"),
    "diplomatic_relations": ("parties", "event"),
    "mission": ("sender", "receiver", "kind", "resident"),
    "office": ("person", "role", "sender", "receiver"),
    "membership": ("country", "organization"),
    "see_also": ("title",),
    "trade": ("reporter", "partner", "flow", "period"),
    "investment": ("investor", "recipient", "period"),
    "parliamentary_group": ("country", "partner"),
    "agreement": ("title", "status"),
}
_DATES = ("date", "appointed", "credentials", "since", "established", "head_since")
# fields that may be missing on one side: a table row without a unit and the sentence that gives it
_SOFT = ("unit", "commodity", "city")


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(sorted(_freeze(v) for v in value)) if all(isinstance(v, str) for v in value) else str(value)
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    return value


def compatible(a: str | None, b: str | None, spans: bool = False) -> bool:
    """Two EDTF values that may state the same date ("1992" and "1992-08-04"); with ``spans``, also an interval and
    a day inside it ("2014-07-07/2014-07-08" and "2014-07-08": a visit and the signing on its second day)."""
    if not a or not b:
        return True
    a0, b0 = a.split("/")[0].rstrip("~"), b.split("/")[0].rstrip("~")
    if a0.startswith(b0) or b0.startswith(a0):
        return True
    if not spans:
        return False
    (alo, ahi), (blo, bhi) = _span(a), _span(b)
    return alo <= bhi and blo <= ahi


def _span(value: str) -> tuple[str, str]:
    """The first and last EDTF value a date covers, as strings that sort ("2014" covers "2014" … "2014\uffff")."""
    parts = [p.rstrip("~") for p in value.split("/")]
    lo, hi = parts[0], parts[-1]
    return lo, (hi or "\uffff") + "\uffff"


def more_precise(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    la, lb = len(a.split("/")[0]), len(b.split("/")[0])
    if la == lb and ("/" in a) != ("/" in b):
        # a visit told as "3–4 November 2009" and as "on 3 November": the days it lasted
        return a if "/" in a else b
    return a if la >= lb else b


def _amount(fields: dict[str, Any]) -> tuple[float, str] | None:
    """(value in units, currency) of a figure: 6.3 "billion USD" and 6,300 "million USD" are one amount."""
    value = fields.get("value")
    if not isinstance(value, int | float):
        return None
    words = str(fields.get("unit") or "").split()
    scale = 1.0
    rest = []
    for w in words:
        if w.lower() in SCALE_FACTORS:
            scale *= SCALE_FACTORS[w.lower()]
        else:
            rest.append(w)
    return float(value) * scale, " ".join(rest)


def same_amount(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal figures; an approximate one ("about 6.3 billion") equals a precise one within 2 %."""
    if a.get("value") is None or b.get("value") is None:
        return a.get("value") == b.get("value")
    if not a.get("unit") or not b.get("unit"):
        return bool(a.get("value") == b.get("value"))
    x, y = _amount(a), _amount(b)
    if x is None or y is None or x[1] != y[1]:
        return False
    if abs(x[0] - y[0]) <= 1e-6 * max(abs(x[0]), abs(y[0]), 1.0):
        return True
    loose = a.get("approximate") or b.get("approximate")
    return bool(loose) and abs(x[0] - y[0]) <= 0.02 * max(abs(x[0]), abs(y[0]))


def _surnames(fields: dict[str, Any]) -> set[str]:
    from bilateral.extract.people import fold

    return {fold(p["name"].split()[-1]) for p in fields.get("participants") or [] if p.get("name")}


def _fits_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Places that do not differ: the city and the state, each where both tellings give it."""
    la, lb = a.get("location") or {}, b.get("location") or {}
    return all(la.get(k) is None or lb.get(k) is None or la.get(k) == lb.get(k) for k in ("city", "country"))


def _same_event(a: dict[str, Any], b: dict[str, Any], *, any_kind: bool = False) -> bool:
    """One happening told twice ("paid a state visit to Mexico in February 2015" in the history and "President
    NAME (February 2015)" in a list of visits): same kind (any, with ``any_kind``), dates that fit, a named
    participant in common, places that do not differ."""
    if (a.get("kind") != b.get("kind") and not any_kind) or not a.get("date") or not b.get("date"):
        return False
    if not compatible(a["date"], b["date"]):
        return False
    # a named participant in common; or the same day, when one telling names nobody ("The rift ended at the GCC
    # summit on 5 January 2021. At the summit NAME was greeted by NAME2 …")
    one_day = a["date"] == b["date"] and len(a["date"]) == 10
    names_a, names_b = _surnames(a), _surnames(b)
    # a round of consultations told without its delegates ("held in Brasília in November 2015") and again with them
    # (a table's row "9 November 2015 | NAME | NAME2 | Brasília"): the same round when the city is the same
    city = (a.get("location") or {}).get("city")
    same_round = (
        "consultations" in (a.get("kind"), b.get("kind"))
        and not (names_a and names_b)
        and city is not None
        and city == (b.get("location") or {}).get("city")
    )
    if same_round:
        return True
    if not (names_a & names_b) and not (one_day and not (names_a and names_b)):
        return False
    return _fits_place(a, b)


_VISIT_KINDS = frozenset({"visit", "meeting", "consultations", "summit"})
_RELATIVE_DATE = re.compile(
    r"\b(?:\w+|a)\s+(?:years?|months?|weeks?|days?)\s+(?:later|after(?:wards)?|earlier|before)\b"
    r"|\b(?:the\s+)?(?:following|next|same|previous)\s+(?:year|month|week|day)\b",
    re.I,
)


def _row_and_sentence(a: Fact, b: Fact) -> bool:
    """A row of a table or a line of a list of visits, and a sentence telling the same trip as what it was ("Merkel
    came back on 19–20 August 2015 … for the first government consultations", "Maduro was received by Lula in
    Brasília on 29 May 2023" under "Nicolás Maduro (Brasília, May 2023)"): kinds may differ, dates must fit. A
    sentence that does not date the happening itself is its own event: a meeting told after a listed visit, its date
    taken from the list ("President Yoon was received by …", tests/extract, South Korea–Vietnam)."""
    listed = [all(u.kind in ("row", "item") for u in f.units) for f in (a, b)]
    if listed[0] == listed[1] or not {a.fields.get("kind"), b.fields.get("kind")} <= _VISIT_KINDS | {"other"}:
        return False
    if not compatible(a.fields.get("date"), b.fields.get("date")):
        return False
    told = b if listed[0] else a
    year = str(told.fields.get("date") or "")[:4]
    summary = str(told.fields.get("summary") or "")
    # (a date told relative to another dates the sentence's own happening when it names who came: "Two years later
    # NAME was in Buenos Aires for consultations")
    if year and year not in summary and not (_RELATIVE_DATE.search(summary) and _surnames(told.fields)):
        return False
    return _same_event(a.fields, b.fields, any_kind=True)


def _absorb(into: Fact, fact: Fact, *, fill_known: bool) -> None:
    """What a second telling of a happening adds to the first: the parts of the place the first leaves open, the
    people it does not name (with ``fill_known``, also the role and state of one it names without them), and its
    evidence."""
    loc = dict(into.fields.get("location") or {})
    for k, v in (fact.fields.get("location") or {}).items():
        if loc.get(k) is None and v is not None:
            loc[k] = v
    into.fields["location"] = loc or None
    names = {p.get("name") for p in into.fields["participants"]}
    for p in fact.fields.get("participants") or []:
        known = next((q for q in into.fields["participants"] if q.get("name") == p.get("name")), None)
        if p.get("name") not in names:
            into.fields["participants"].append(p)
        elif known is not None and fill_known:
            for k in ("role", "country"):
                if known.get(k) is None and p.get(k) is not None:
                    known[k] = p[k]
    into.units.extend(u for u in fact.units if u not in into.units)


def _merge_events(facts: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    into: dict[int, Fact] = {}  # a fact merged away -> the one that took it in
    for fact in facts:
        if fact.type == "event":
            other = next(
                (
                    o
                    for o in out
                    if o.type == "event" and (_same_event(o.fields, fact.fields) or _row_and_sentence(o, fact))
                ),
                None,
            )
            if other is not None:
                if all(u.kind == "row" for u in other.units) and not all(u.kind == "row" for u in fact.units):
                    other.fields["kind"] = fact.fields["kind"]  # what the sentence calls it
                other.fields["date"] = more_precise(other.fields["date"], fact.fields["date"])
                _absorb(other, fact, fill_known=True)
                if other.fields.get("occasion") is None:
                    other.fields["occasion"] = fact.fields.get("occasion")
                into[id(fact)] = other
                continue
        out.append(fact)
    for fact in out:
        if fact.days_after is not None:
            anchor, n, from_first = fact.days_after
            while id(anchor) in into:
                anchor = into[id(anchor)]
            fact.fields["date"] = _days_on(anchor.fields.get("date"), fact.fields.get("date"), n, from_first)
    return out


def _days_on(anchor: str | None, date: str | None, n: int, from_first: bool) -> str | None:
    """The day ``n`` days after the anchor's last day (its first, counted from an arrival), when the anchor is now
    known to the day and ``date`` was only its coarser statement ("visited Buenos Aires late in 2018 …; the next day
    she opened a forum", the visit dated 27 November 2018 by a table: 28 November)."""
    last = (anchor or "").split("/")[0 if from_first else -1]
    if not date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", last) or not last.startswith(date):
        return date
    return (dt.date.fromisoformat(last) + dt.timedelta(days=n)).isoformat()


def _merge_undated(facts: list[Fact]) -> list[Fact]:
    """A visit told without its date ("Widodo … met President Taur Matan Ruak in Dili") is the one dated visit of
    the same person to the same place told elsewhere ("President Joko Widodo – 26–27 January 2016"): merged when
    exactly one dated visit fits, kept apart when several could be meant."""
    dated = [f for f in facts if f.type == "event" and f.fields.get("date") and f.fields.get("kind") in _VISIT_KINDS]
    out: list[Fact] = []
    for fact in facts:
        f = fact.fields
        names = _surnames(f) if fact.type == "event" and not f.get("date") and f.get("kind") in _VISIT_KINDS else set()
        if names:
            fits = [o for o in dated if _surnames(o.fields) & names and _fits_place(o.fields, f)]
            if len(fits) == 1:
                _absorb(fits[0], fact, fill_known=False)
                continue
        out.append(fact)
    return out


# fields that name one of the pair's states (not ``accredited_from``: the state a non-resident mission sits in)
_STATE_FIELDS = ("subject", "object", "sender", "receiver", "country", "investor", "recipient", "reporter", "partner")


def within_pair(facts: list[Fact], dyad: tuple[str, str] | list[str] | None) -> list[Fact]:
    """Places of a state that lies within one of the pair's are that state's: in an article on Finland and the
    Soviet Union, "an embassy in Moscow" is the Soviet Union's (the city carries RU today), a consulate in
    Mariehamn is in Finland (AX). A mission to or from a state that no longer exists is closed."""
    if not dyad:
        return facts

    def lift(code: Any) -> Any:
        return gazetteer.within(code, dyad) if isinstance(code, str) else code

    for fact in facts:
        f = fact.fields
        for k in _STATE_FIELDS:
            if k in f and not (fact.type == "recognition" and gazetteer.country_status(f[k]) == "state"):
                # (a state recognised is that state, even one that broke away from one of the pair: "the
                # Albanian parliament recognised the Republic of Kosova" in an article on Albania and Yugoslavia)
                f[k] = lift(f[k])
        if isinstance(f.get("location"), dict) and "country" in f["location"]:
            f["location"]["country"] = lift(f["location"]["country"])
        based = f.get("accredited_from")
        if isinstance(based, dict) and based.get("country"):
            # (a post in Belgrade covering Greece, in an article on Yugoslavia, is based in Yugoslavia)
            based["country"] = lift(based["country"])
        seats = (f.get("sender"), f.get("receiver"), based.get("country") if isinstance(based, dict) else None)
        historical = any(gazetteer.is_historical(c) for c in seats if c)
        if fact.type == "mission" and f.get("status") == "open" and historical:
            f["status"] = "closed"
    return facts


def _capitals(title: Any) -> int:
    if isinstance(title, dict):
        title = title.get("title")
    return sum(1 for w in str(title or "").split() if w[:1].isupper())


_HEAD_WORDS = frozenset(
    [
        "agreement",
        "agreements",
        "treaty",
        "treaties",
        "convention",
        "memorandum",
        "understanding",
        "declaration",
        "protocol",
        "accord",
        "on",
        "of",
        "the",
        "and",
        "for",
        "between",
        "in",
        "a",
        "an",
        "joint",
        "bilateral",
    ]
)


def _described(generic: str, proper: str) -> bool:
    """A lower-case description ("friendship treaty") names the document a proper title names ("Treaty on Friendly
    Relations and Good-Neighbourly Cooperation"): each of its words begins like one of the title's. A title that ends
    a longer one ("Economic Partnership Agreement", "Japan–Australia Economic Partnership Agreement") names it too."""
    g, p = [w.lower() for w in generic.split()], [w.lower() for w in proper.split()]
    if len(g) >= 2 and len(g) < len(p) and g[0][:1].isalpha():
        # (or begins it: "… Agreement" and "… Agreement between India and Japan"); what the longer title adds must
        # only name the parties, or "Agreement on Cooperation" would swallow "Agreement on Cooperation in Tourism"
        words = proper.split()
        extra = " ".join(words[: len(p) - len(g)]) if p[-len(g) :] == g else " ".join(words[len(g) :])
        if (p[-len(g) :] == g or p[: len(g)] == g) and (
            re.match(r"between\s", extra, re.I) or gazetteer.find_countries(extra.replace("–", " – "))
        ):
            return True
    sentence_case = generic[:1].isupper() and not any(w[:1].isupper() for w in generic.split()[1:])
    if generic[:1].isupper() and not (sentence_case and len(g) <= 3):
        return False  # (a short title in sentence case, "Border treaty" from a table cell, is a description too)
    if not generic[:1].isupper() and not proper[:1].isupper():
        return False  # two descriptions ("agreement on trade", "agreement on trade in services") may be two documents
    words = [w for w in re.findall(r"[\w\-]+", generic.lower()) if w not in _HEAD_WORDS]
    if not words:
        return True  # "(treaty signed)" in a list of visits: the treaty the article names that day
    stems = {w[:5] for w in re.findall(r"[\w\-]+", proper.lower()) if len(w) >= 4}
    return all(w[:5] in stems for w in words)


def _merge_described(facts: list[Fact]) -> list[Fact]:
    """One document told by its title and, the same day, by a description: one fact under the title."""
    out: list[Fact] = []
    for fact in facts:
        f = fact.fields
        if fact.type == "agreement" and isinstance(f.get("title"), str) and len(str(f.get("date") or "")) >= 10:
            other = next(
                (
                    o
                    for o in out
                    if o.type == "agreement"
                    and len(str(o.fields.get("date") or "")) >= 10
                    and compatible(o.fields.get("date"), f["date"], spans=True)
                    and o.fields.get("status") == f.get("status")
                    and o.fields.get("kind") == f.get("kind")
                    and isinstance(o.fields.get("title"), str)
                    and (_described(f["title"], o.fields["title"]) or _described(o.fields["title"], f["title"]))
                ),
                None,
            )
            if other is not None:
                if _described(other.fields["title"], f["title"]):
                    other.fields["title"] = f["title"]
                if "/" in str(other.fields["date"]) and "/" not in str(f["date"]):
                    other.fields["date"] = f["date"]  # the day of the signing, within the visit's days
                other.units.extend(u for u in fact.units if u not in other.units)
                continue
        out.append(fact)
    return out


def _reopened(told: Fact, later: Fact) -> bool:
    """A post told closed, with no date, and then one told opened at a date in the same sentence or the next of its
    paragraph: "Italy closed its embassy in Tripoli in 2015 and reopened it in January 2017", "Hungary closed its
    embassy in Addis Ababa in 1994 … The embassy in Addis Ababa reopened in 2016". Two posts, not one."""
    if (told.fields.get("status"), later.fields.get("status")) != ("closed", "open"):
        return False
    if told.fields.get("date") is not None or later.fields.get("date") is None:
        return False
    a, b = told.units[-1], later.units[0]
    return a.kind == b.kind == "sentence" and a.block == b.block and 0 <= b.index - a.index <= 1


def _other_seat(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two non-resident missions that sit in different places (a city or a state the other does not share); one
    whose city is unknown ("its ambassador to India") sits where the other does in that state ("… in New Delhi")."""
    sa, sb = a.get("accredited_from"), b.get("accredited_from")
    if not isinstance(sa, dict) or not isinstance(sb, dict):
        return False
    if sa.get("country") and sb.get("country") and sa["country"] != sb["country"]:
        return True
    return bool(sa.get("city") and sb.get("city") and sa["city"] != sb["city"])


def merge(facts: list[Fact]) -> list[Fact]:
    facts = _merge_described(_merge_undated(_merge_events(facts)))
    out: list[Fact] = []
    index: dict[tuple[Any, ...], list[Fact]] = {}
    for fact in facts:
        keys = _KEYS.get(fact.type)
        if keys is None:
            out.append(fact)
            continue
        fields = fact.fields
        if fact.type == "trade" and fields.get("flow") == "turnover":
            # a turnover's two states are an unordered pair
            pair = tuple(sorted(x for x in (fields.get("reporter"), fields.get("partner")) if x))
            key = (fact.type, pair, *(_freeze(fields.get(k)) for k in keys[2:]))
        elif fact.type == "agreement" and isinstance(fields.get("title"), str):
            # "an agreement on the avoidance of double taxation" told in a visit is the list's "Agreement on the
            # Avoidance of Double Taxation"
            key = (fact.type, " ".join(fields["title"].casefold().split()), fields.get("status"))
        else:
            key = (fact.type, *(_freeze(fields.get(k)) for k in keys))
        merged = False
        for other in index.get(key, []):
            soft_ok = all(
                other.fields.get(k) is None or fact.fields.get(k) is None or other.fields.get(k) == fact.fields.get(k)
                for k in _SOFT
                if not (k == "unit" and fact.type in ("trade", "investment"))  # same_amount compares units
            )
            if fact.type in ("trade", "investment") and not same_amount(other.fields, fact.fields):
                continue
            if fact.type == "mission" and _other_seat(other.fields, fact.fields):
                continue  # covered from Moscow until 2022, from Berlin since: two accreditations
            if fact.type == "mission" and _reopened(other, fact):
                continue
            if soft_ok and all(compatible(other.fields.get(d), fact.fields.get(d)) for d in _DATES):
                if (
                    fact.type in ("trade", "investment")
                    and other.fields.get("approximate")
                    and not fact.fields.get("approximate")
                ):
                    # the precise statement of the figure wins ("about 6.3 billion" and a table's 6,300 million)
                    for k in ("value", "unit", "approximate", "qualifier"):
                        if k in fact.fields:
                            other.fields[k] = fact.fields[k]
                title = fact.fields.get("title")
                if fact.type == "agreement" and isinstance(title, str) and _capitals(title) > _capitals(other.fields):
                    other.fields["title"] = title  # the proper title, as the document is named
                for d in _DATES:
                    if d in other.fields or d in fact.fields:
                        other.fields[d] = more_precise(other.fields.get(d), fact.fields.get(d))
                for k, v in fact.fields.items():
                    if other.fields.get(k) in (None, [], "") and v not in (None, [], ""):
                        other.fields[k] = v
                if other.fields.get("status") == "planned" and fact.fields.get("status") not in (None, "planned"):
                    other.fields["status"] = fact.fields["status"]  # what was planned has happened
                statuses = (other.fields.get("status"), fact.fields.get("status"))
                if fact.type == "mission" and statuses == ("open", "closed"):
                    # "Morocco followed in Havana the next year" and later "…, closing its embassy in Havana": the post
                    # opened then has closed
                    other.fields["status"] = "closed"
                other.units.extend(u for u in fact.units if u not in other.units)
                other.confidence = max(other.confidence, fact.confidence)
                merged = True
                break
        if not merged:
            index.setdefault(key, []).append(fact)
            out.append(fact)
    return out
