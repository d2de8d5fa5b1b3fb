"""Questions in plain English → store queries, answered only from stored facts, quoting their evidence.

Each intent is a pattern over the question (keywords, the countries it names in order, a year). An answer is
built from the fields of stored facts and always carries the evidence it rests on; when nothing is stored
the answer says so ("I don't know …") and ``known`` is False. Nothing is ever guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bilateral.store import countries, dates
from bilateral.store import facts as F
from bilateral.store.core import load_facts

if TYPE_CHECKING:
    from bilateral.store.core import Store

Fact = dict[str, Any]

EXAMPLES = (
    "When were diplomatic relations established between Finland and Estonia?",
    "When did Finland recognize Estonia?",
    "Who is Finland's ambassador to Estonia?",
    "Where is the Estonian embassy for Finland?",
    "What was the trade between Finland and Estonia in 2019?",
    "Which visits happened in 2019?",
)


@dataclass
class Question:
    text: str
    low: str
    countries: list[str]
    year: int | None


def _parse(text: str) -> Question:
    found = countries.find(text)
    codes: list[str] = []
    for _, _, cc in found:
        if cc not in codes:
            codes.append(cc)
    years = re.findall(r"\b(1[6-9]\d\d|2[01]\d\d)\b", text)
    return Question(text, text.casefold(), codes, int(years[0]) if years else None)


def _ev(f: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "quote": e["quote"],
            "section": e.get("section"),
            "start": e["start"],
            "end": e["end"],
            "article": f["article"]["title"],
            "path": f["article"]["path"],
        }
        for e in f.get("evidence") or []
    ]


def _result(q: Question, intent: str, answer: str, found: list[Fact]) -> dict[str, Any]:
    evidence: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for f in found:
        for e in _ev(f):
            key = (e["path"], e["start"], e["end"])
            if key not in seen:
                seen.add(key)
                evidence.append(e)
    return {
        "question": q.text,
        "intent": intent,
        "known": bool(found),
        "answer": answer,
        "countries": q.countries,
        "year": q.year,
        "facts": found,
        "evidence": evidence,
    }


def _n(cc: str | None) -> str:
    return countries.name(cc) if cc else "?"


def _date_words(edtf: str | None) -> str:
    return f"on {edtf}" if edtf and len(edtf) == 10 else f"in {edtf}" if edtf else "(no date given)"


def _pair_facts(store: Store, q: Question, where: str, params: tuple[Any, ...]) -> list[Fact]:
    a, b = q.countries[0], q.countries[1]
    x, y = (a, b) if a <= b else (b, a)
    found = load_facts(store.conn, f"f.a = ? AND f.b = ? AND ({where})", (x, y, *params), order="f.date_lo, f.id")
    return list(found.values())


def _need_two(q: Question, intent: str, what: str) -> dict[str, Any] | None:
    if len(q.countries) >= 2:
        return None
    named = ", ".join(_n(c) for c in q.countries) or "none"
    return _result(
        q, intent, f"I don't know which two countries you mean (found: {named}); name both, e.g. {what}.", []
    )


# -- intents ---------------------------------------------------------------------------------------------


def _relations(store: Store, q: Question) -> dict[str, Any]:
    missing = _need_two(q, "relations", "'when were relations established between Finland and Estonia?'")
    if missing:
        return missing
    a, b = q.countries[:2]
    found = [f for f in _pair_facts(store, q, "f.type = 'diplomatic_relations'", ()) if f.get("event") == "established"]
    if not found:
        return _result(
            q,
            "relations",
            f"I don't know: no stored article says when {_n(a)} and {_n(b)} established relations.",
            [],
        )
    dated = sorted({f.get("date") for f in found if f.get("date")}, key=lambda d: dates.bounds(d) or ("", ""))
    if not dated:
        return _result(
            q,
            "relations",
            f"{_n(a)} and {_n(b)} established diplomatic relations; the text gives no date.",
            found,
        )
    best = max(dated, key=len)
    answer = f"Diplomatic relations between {_n(a)} and {_n(b)} were established {_date_words(best)}."
    others = [d for d in dated if not dates.overlaps(d, best)]
    if others:
        answer += f" Other sources say {', '.join(others)}."
    return _result(q, "relations", answer, found)


def _recognition(store: Store, q: Question) -> dict[str, Any]:
    missing = _need_two(q, "recognition", "'when did Finland recognize Estonia?'")
    if missing:
        return missing
    a, b = q.countries[:2]
    if re.search(r"recogni[sz]ed by", q.low):  # "when was B recognized by A"
        a, b = b, a
    found = [
        f for f in _pair_facts(store, q, "f.type = 'recognition'", ()) if f.get("subject") == a and f.get("object") == b
    ]
    if not found:
        return _result(q, "recognition", f"I don't know: no stored article says when {_n(a)} recognized {_n(b)}.", [])
    dated = [f.get("date") for f in found if f.get("date")]
    if not dated:
        return _result(q, "recognition", f"{_n(a)} recognized {_n(b)}; the text gives no date.", found)
    best = max(dated, key=len)
    return _result(q, "recognition", f"{_n(a)} recognized {_n(b)} {_date_words(best)}.", found)


_ENVOY_ROLES = ("ambassador", "charge_d_affaires")


def _ambassador(store: Store, q: Question) -> dict[str, Any]:
    missing = _need_two(q, "ambassador", "'who is Finland's ambassador to Estonia?'")
    if missing:
        return missing
    a, b = q.countries[:2]
    offices = [
        f for f in _pair_facts(store, q, "f.type = 'office'", ()) if f.get("sender") == a and f.get("receiver") == b
    ]
    envoys = [f for f in offices if f.get("role") in _ENVOY_ROLES] or [
        f for f in offices if f.get("role") not in ("honorary_consul", "consul")
    ]
    if not envoys:
        return _result(
            q, "ambassador", f"I don't know: no stored article names an ambassador of {_n(a)} to {_n(b)}.", []
        )

    def when(f: Fact) -> tuple[str, str]:
        best = ("", "")
        for _, _, lo, hi in F.dated(f):
            best = max(best, (hi, lo))
        return best

    envoys.sort(key=when)
    latest = envoys[-1]
    name = F.person_name(latest.get("person")) or "an unnamed envoy"
    role = str(latest.get("role") or "envoy").replace("_", " ")
    parts = [f"{k} {latest[k]}" for k in ("appointed", "credentials", "since") if latest.get(k)]
    answer = f"The latest {role} of {_n(a)} to {_n(b)} the store knows is {name}"
    answer += f" ({'; '.join(parts)})." if parts else "."
    earlier = [F.person_name(f.get("person")) for f in envoys[:-1] if F.person_name(f.get("person"))]
    if earlier:
        answer += f" Earlier: {', '.join(dict.fromkeys(n for n in earlier if n))}."
    return _result(q, "ambassador", answer, [latest, *envoys[:-1]])


def _embassy(store: Store, q: Question) -> dict[str, Any]:
    missing = _need_two(q, "embassy", "'where is Finland's embassy for Estonia?'")
    if missing:
        return missing
    a, b = q.countries[:2]
    found = [
        f for f in _pair_facts(store, q, "f.type = 'mission'", ()) if f.get("sender") == a and f.get("receiver") == b
    ]
    kinds = ("embassy", "diplomatic_mission")
    wanted = "consul" if "consul" in q.low else None
    open_ = [f for f in found if f.get("status") in (None, "open")]
    pick = [f for f in open_ if (wanted and wanted in str(f.get("kind"))) or (not wanted and f.get("kind") in kinds)]
    if not pick:
        pick = open_
    if not pick:
        return _result(
            q, "embassy", f"I don't know: no stored article says where {_n(a)}'s embassy for {_n(b)} is.", []
        )
    lines = []
    for f in pick:
        kind = str(f.get("kind") or "mission").replace("_", " ")
        if f.get("resident") is False:
            af = f.get("accredited_from") or {}
            where = ", ".join(str(v) for v in (af.get("city"), _n(af["country"]) if af.get("country") else None) if v)
            lines.append(f"{_n(a)} covers {_n(b)} from its {kind} in {where or 'another country'}.")
        elif f.get("city"):
            lines.append(f"{_n(a)}'s {kind} in {_n(b)} is in {f['city']}.")
        else:
            lines.append(f"{_n(a)} has a {kind} in {_n(b)}; the text does not say in which city.")
    return _result(q, "embassy", " ".join(dict.fromkeys(lines)), pick)


def _trade(store: Store, q: Question) -> dict[str, Any]:
    missing = _need_two(q, "trade", "'what was the trade between Finland and Estonia in 2019?'")
    if missing:
        return missing
    a, b = q.countries[:2]
    found = _pair_facts(store, q, "f.type = 'trade'", ())
    if q.year is not None:
        lo, hi = f"{q.year:04d}-01-01", f"{q.year:04d}-12-31"
        found = [f for f in found if (bd := dates.bounds(f.get("period"))) and bd[0] <= hi and lo <= bd[1]]
    if not found:
        when = f" in {q.year}" if q.year else ""
        return _result(q, "trade", f"I don't know: no stored figure of trade between {_n(a)} and {_n(b)}{when}.", [])
    lines = []
    for f in found:
        flow = f.get("flow")
        who = f"{_n(f.get('reporter'))}'s {flow}" if f.get("reporter") and flow != "turnover" else "turnover"
        if flow == "export" and f.get("partner"):
            who += f" to {_n(f.get('partner'))}"
        elif flow == "import" and f.get("partner"):
            who += f" from {_n(f.get('partner'))}"
        com = f" ({f['commodity']})" if f.get("commodity") else ""
        unit = f.get("unit") or "(unit not stated)"
        approx = "about " if f.get("approximate") else ""
        lines.append(f"{f.get('period')}: {who}{com} {approx}{f.get('value')} {unit}")
    return _result(q, "trade", f"Trade between {_n(a)} and {_n(b)}: " + "; ".join(lines) + ".", found)


def _visits(store: Store, q: Question) -> dict[str, Any]:
    if q.year is None:
        return _result(q, "visits", "I don't know which year you mean; ask e.g. 'which visits happened in 2019?'.", [])
    lo, hi = f"{q.year:04d}-01-01", f"{q.year:04d}-12-31"
    where = "f.type = 'event' AND f.date_lo <= ? AND f.date_hi >= ?"
    params: tuple[Any, ...] = (hi, lo)
    if len(q.countries) >= 2:
        found = _pair_facts(store, q, where, params)
    elif len(q.countries) == 1:
        c = q.countries[0]
        found = list(
            load_facts(
                store.conn, f"{where} AND (f.a = ? OR f.b = ?)", (*params, c, c), order="f.date_lo, f.id"
            ).values()
        )
    else:
        found = list(load_facts(store.conn, where, params, order="f.date_lo, f.id").values())
    visits = [f for f in found if f.get("kind") == "visit"]
    scope = ""
    if len(q.countries) >= 2:
        scope = f" between {_n(q.countries[0])} and {_n(q.countries[1])}"
    elif q.countries:
        scope = f" involving {_n(q.countries[0])}"
    if not visits:
        return _result(q, "visits", f"I don't know of any visit{scope} in {q.year}: none is stored.", [])
    lines = [f"{f.get('date')}: {F.label(f)}" for f in visits]
    return _result(q, "visits", f"Visits{scope} in {q.year}: " + "; ".join(lines) + ".", visits)


# keyword patterns, tried in order; the first that matches the question picks the intent
INTENTS: list[tuple[re.Pattern[str], Callable[[Store, Question], dict[str, Any]]]] = [
    (re.compile(r"recogni[sz]"), _recognition),
    (re.compile(r"\bambassador|\benvoy|chargé|charge d|who represents"), _ambassador),
    (re.compile(r"\bembass|\bconsulate|\bmission\b|\bmissions\b"), _embassy),
    (re.compile(r"\btrade|\bexport|\bimport|\bturnover"), _trade),
    (re.compile(r"\bvisit"), _visits),
    (re.compile(r"\brelations\b|\bestablish"), _relations),
]


def answer(store: Store, question: str) -> dict[str, Any]:
    """Answer one question from the store: {question, intent, known, answer, facts, evidence}."""
    q = _parse(question.strip())
    for pattern, fn in INTENTS:
        if pattern.search(q.low):
            return fn(store, q)
    return _result(
        q,
        "unknown",
        "I don't know how to answer that. I can answer questions such as: " + " / ".join(EXAMPLES),
        [],
    )
