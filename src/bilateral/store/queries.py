"""The questions the store answers: plain dicts and lists built from the stored facts and their evidence."""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

from bilateral.store import countries, dates
from bilateral.store import facts as F
from bilateral.store.core import StoreError, load_facts
from bilateral.store.facts import num

Fact = dict[str, Any]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _names(*codes: str) -> dict[str, str]:
    return {c: countries.name(c) for c in codes if c}


def _quote(fact: Mapping[str, Any], hint: str | None = None) -> dict[str, Any] | None:
    """The evidence to show for a fact: the one naming ``hint`` (a year, a name) if any, else the first."""
    ev = fact.get("evidence") or []
    if not ev:
        return None
    if hint:
        for e in ev:
            if hint in e["quote"]:
                return e
    return ev[0]


def _date_key(fact: Mapping[str, Any]) -> tuple[str, str]:
    best: tuple[str, str] = ("", "")
    for _, _, lo, hi in F.dated(fact):
        best = max(best, (hi, lo))
    return best


def _articles(conn: sqlite3.Connection, x: str, y: str, history: bool) -> list[dict[str, Any]]:
    sql = "SELECT id, path, title, revision, current, ingested_at, n_facts, sha256 FROM sources WHERE a = ? AND b = ?"
    if not history:
        sql += " AND +current = 1"  # '+' keeps SQLite on the pair index (sources_pair), not the current one
    rows = conn.execute(sql + " ORDER BY article_id, revision", (x, y)).fetchall()
    return [{**dict(r), "current": bool(r["current"])} for r in rows]


# -- show ------------------------------------------------------------------------------------------------


def show(conn: sqlite3.Connection, a: str, b: str, history: bool = False) -> dict[str, Any]:
    """The brief of a pair: relations, recognition, missions, envoys, events, agreements, trade, memberships
    in common."""
    x, y = _pair(a, b)
    found = load_facts(conn, "f.a = ? AND f.b = ?", (x, y), history)
    by: dict[str, list[Fact]] = defaultdict(list)
    for fact in found.values():
        by[fact["type"]].append(fact)
    for lst in by.values():
        lst.sort(key=lambda f: (_date_key(f)[1] or "9999", f["id"]))

    envoys: dict[tuple[Any, ...], Fact] = {}
    for f in by["office"]:
        key = (f.get("sender"), f.get("receiver"), f.get("role"))
        if key not in envoys or _date_key(f) >= _date_key(envoys[key]):
            envoys[key] = f
    latest_trade: dict[tuple[Any, ...], Fact] = {}
    for f in by["trade"]:
        key = (f.get("reporter"), f.get("partner"), f.get("flow"), f.get("commodity"))
        if key not in latest_trade or _date_key(f) >= _date_key(latest_trade[key]):
            latest_trade[key] = f
    events: dict[str, int] = defaultdict(int)
    for f in by["event"]:
        events[str(f.get("kind") or "other")] += 1
    agreements: dict[str, int] = defaultdict(int)
    for f in by["agreement"]:
        agreements[str(f.get("status") or "unknown")] += 1
    missions = sorted(by["mission"], key=lambda f: (f.get("sender") != a, str(f.get("kind")), f["id"]))
    return {
        "pair": [a, b],
        "names": _names(a, b),
        "articles": _articles(conn, x, y, history),
        "facts": len(found),
        "counts": {t: len(by[t]) for t in F.TYPES if by.get(t)},
        "relations": by["diplomatic_relations"],
        "recognition": by["recognition"],
        "missions": missions,
        "envoys": sorted(envoys.values(), key=lambda f: (f.get("sender") != a, str(f.get("role")))),
        "events": {"total": len(by["event"]), "by_kind": dict(sorted(events.items()))},
        "agreements": {"total": len(by["agreement"]), "by_status": dict(sorted(agreements.items()))},
        "trade": sorted(latest_trade.values(), key=lambda f: (str(f.get("reporter")), str(f.get("flow")))),
        "memberships_in_common": memberships_in_common(conn, a, b, history),
    }


def memberships_in_common(conn: sqlite3.Connection, a: str, b: str, history: bool = False) -> list[dict[str, Any]]:
    """Organizations both states belong to, according to any stored article."""
    rows = conn.execute(
        "SELECT f.id, f.actor, json_extract(f.data, '$.organization') AS org FROM facts f"
        " JOIN sources s ON s.id = f.source_id WHERE f.type = 'membership' AND f.actor IN (?, ?)"
        + ("" if history else " AND s.current = 1")
        + " ORDER BY f.id",
        (a, b),
    ).fetchall()
    first: dict[str, dict[str, int]] = defaultdict(dict)
    names: dict[str, str] = {}
    for r in rows:
        canon = countries.organization(r["org"]) if isinstance(r["org"], str) else None
        key = F.norm_key(canon)
        if not key:
            continue
        names.setdefault(key, str(canon))
        first[key].setdefault(r["actor"], r["id"])
    common = {key: per for key, per in first.items() if a in per and b in per}
    ids = [i for per in common.values() for i in (per[a], per[b])]
    found = load_facts(conn, f"f.id IN ({','.join(str(int(i)) for i in ids) or '0'})", (), True)
    out = [{"organization": names[key], "facts": [found[per[a]], found[per[b]]]} for key, per in common.items()]
    return sorted(out, key=lambda d: d["organization"].casefold())


# -- timeline --------------------------------------------------------------------------------------------


def _types(types: Sequence[str] | str | None) -> list[str]:
    if not types:
        return []
    items = [types] if isinstance(types, str) else list(types)
    out = []
    for item in items:
        for t in re.split(r"[,\s]+", item):
            t = t.strip().lower().replace("-", "_")
            if not t:
                continue
            if t not in F.TYPES:
                raise StoreError("", f"unknown fact type {t!r}; use one of {', '.join(F.TYPES)}")
            out.append(t)
    return out


def timeline(
    conn: sqlite3.Connection,
    a: str,
    b: str,
    date_from: str | None = None,
    date_to: str | None = None,
    types: Sequence[str] | str | None = None,
    history: bool = False,
) -> list[dict[str, Any]]:
    """Dated facts of a pair in order (one entry per date a fact gives), each with its quote."""
    x, y = _pair(a, b)
    try:
        lo = dates.user_bound(date_from, upper=False)
        hi = dates.user_bound(date_to, upper=True)
    except ValueError as exc:
        raise StoreError("", str(exc)) from None
    where = ["f.a = ?", "f.b = ?"]
    params: list[Any] = [x, y]
    if lo:
        where.append("d.hi >= ?")
        params.append(lo)
    if hi:
        where.append("d.lo <= ?")
        params.append(hi)
    wanted = _types(types)
    if wanted:
        where.append(f"f.type IN ({','.join('?' * len(wanted))})")
        params += wanted
    if not history:
        where.append("s.current = 1")
    rows = conn.execute(
        "SELECT d.fact_id, d.field, d.edtf, d.lo, d.hi FROM fact_dates d JOIN facts f ON f.id = d.fact_id"
        f" JOIN sources s ON s.id = f.source_id WHERE {' AND '.join(where)} ORDER BY d.lo, d.hi, f.id",
        params,
    ).fetchall()
    found = load_facts(conn, f"f.id IN ({','.join(str(int(r['fact_id'])) for r in rows) or '0'})", (), True)
    out = []
    for r in rows:
        fact = found[r["fact_id"]]
        year = r["edtf"][:4]
        ev = _quote(fact, year)
        out.append(
            {
                "date": r["edtf"],
                "field": r["field"],
                "lo": r["lo"],
                "hi": r["hi"],
                "type": fact["type"],
                "label": F.label(fact),
                "quote": ev["quote"] if ev else None,
                "section": ev["section"] if ev else None,
                "start": ev["start"] if ev else None,
                "end": ev["end"] if ev else None,
                "article": fact["article"],
                "fact": fact,
            }
        )
    return out


# -- trade -----------------------------------------------------------------------------------------------


def trade(conn: sqlite3.Connection, a: str, b: str, history: bool = False) -> dict[str, Any]:
    """The trade figures of a pair as series per (reporter, partner, flow, commodity), by period."""
    x, y = _pair(a, b)
    found = load_facts(conn, "f.type = 'trade' AND f.a = ? AND f.b = ?", (x, y), history)
    series: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for f in found.values():
        key = (f.get("reporter"), f.get("partner"), f.get("flow"), f.get("commodity"))
        bnd = dates.bounds(f.get("period"))
        ev = _quote(f)
        series[key].append(
            {
                "period": f.get("period"),
                "lo": bnd[0] if bnd else None,
                "hi": bnd[1] if bnd else None,
                "value": f.get("value"),
                "unit": f.get("unit"),
                "unit_inferred": f.get("unit_inferred"),
                "approximate": f.get("approximate"),
                "source": f.get("source"),
                "quote": ev["quote"] if ev else None,
                "section": ev["section"] if ev else None,
                "article": f["article"],
                "id": f["id"],
            }
        )
    out = []
    for key in sorted(series, key=lambda k: tuple(str(v) for v in k)):
        pts = sorted(series[key], key=lambda p: (p["lo"] or "9999", p["hi"] or "9999", p["id"]))
        out.append({"reporter": key[0], "partner": key[1], "flow": key[2], "commodity": key[3], "points": pts})
    return {"pair": [a, b], "names": _names(a, b), "series": out}


def trade_rows(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The series flattened into one row per figure (for tables and CSV)."""
    rows = []
    for s in data["series"]:
        for p in s["points"]:
            rows.append(
                {
                    "reporter": s["reporter"],
                    "partner": s["partner"],
                    "flow": s["flow"],
                    "commodity": s["commodity"],
                    "period": p["period"],
                    "value": p["value"],
                    "unit": p["unit"],
                    "approximate": p["approximate"],
                    "unit_inferred": p["unit_inferred"],
                    "quote": p["quote"],
                    "article": p["article"]["title"],
                }
            )
    return rows


# -- missions --------------------------------------------------------------------------------------------


def _covers(f: Mapping[str, Any]) -> str:
    af = f.get("accredited_from") or {}
    where = af.get("city") or (countries.name(af["country"]) if af.get("country") else None) or "elsewhere"
    if af.get("city") and af.get("country"):
        where = f"{af['city']} ({af['country']})"
    return f"{f.get('sender')} covers {f.get('receiver')} from {where}"


def missions(conn: sqlite3.Connection, country: str, history: bool = False) -> dict[str, Any]:
    """A state's missions abroad, what it covers from which embassy, and who is present in or covers it."""
    sent = load_facts(conn, "f.type = 'mission' AND f.actor = ?", (country,), history)
    received = load_facts(conn, "f.type = 'mission' AND f.counterpart = ?", (country,), history)
    via = load_facts(conn, "f.type = 'mission' AND f.via_country = ?", (country,), history)

    def row(f: Fact, relation: str) -> dict[str, Any]:
        af = f.get("accredited_from") or {}
        ev = _quote(f)
        return {
            "relation": relation,
            "sender": f.get("sender"),
            "receiver": f.get("receiver"),
            "kind": f.get("kind"),
            "city": f.get("city"),
            "resident": f.get("resident"),
            "from_city": af.get("city"),
            "from_country": af.get("country"),
            "status": f.get("status"),
            "date": f.get("date"),
            "text": _covers(f) if f.get("resident") is False else F.label(f),
            "quote": ev["quote"] if ev else None,
            "article": f["article"]["title"],
            "fact": f,
        }

    def order(f: Fact) -> tuple[str, ...]:
        return (str(f.get("receiver")), str(f.get("sender")), str(f.get("kind")))

    return {
        "country": country,
        "name": countries.name(country),
        "missions": [row(f, "has") for f in sorted(sent.values(), key=order) if f.get("resident") is not False],
        "covers": [row(f, "covers") for f in sorted(sent.values(), key=order) if f.get("resident") is False],
        "hosted": [
            row(f, "hosts")
            for f in sorted(received.values(), key=lambda f: str(f.get("sender")))
            if f.get("resident") is not False
        ],
        "covered_by": [
            row(f, "covered by")
            for f in sorted(received.values(), key=lambda f: str(f.get("sender")))
            if f.get("resident") is False
        ],
        "covered_from_here": [
            row(f, "covered from here") for f in sorted(via.values(), key=order) if f.get("sender") != country
        ],
    }


def missions_rows(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    keys = ("missions", "covers", "hosted", "covered_by", "covered_from_here")
    return [{k: v for k, v in r.items() if k != "fact"} for key in keys for r in data[key]]


# -- people ----------------------------------------------------------------------------------------------


def _given_fits(q: list[str], k: list[str]) -> bool:
    """Given names compatible: equal, or one an initial of the other."""
    for x, y in zip(q[:-1], k[:-1], strict=False):
        if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
            continue
        return False
    return True


def people(conn: sqlite3.Connection, name: str, history: bool = False) -> list[dict[str, Any]]:
    """A person's posts, events and parliamentary roles across articles (every person the name fits)."""
    q = F.norm_key(name)
    if not q:
        raise StoreError("", "give a name to look for")
    rows = conn.execute("SELECT id, key, name, country FROM entities WHERE kind = 'person'").fetchall()
    qt = q.split()
    exact = [r for r in rows if r["key"] == q]
    matches = exact or [
        r
        for r in rows
        if (len(qt) > 1 and r["key"].split()[-1:] == qt[-1:] and _given_fits(qt, r["key"].split()))
        or (len(qt) == 1 and qt[0] in r["key"].split())
        or (len(q) >= 4 and q in r["key"])
    ]
    out = []
    for r in sorted(matches, key=lambda r: r["key"]):
        found = load_facts(
            conn,
            "f.id IN (SELECT fact_id FROM mentions WHERE entity_id = ?)",
            (r["id"],),
            history,
            order="coalesce(f.date_lo, '9999'), f.id",
        )
        if not found:
            continue
        facts = list(found.values())
        out.append(
            {
                "name": r["name"],
                "country": r["country"],
                "posts": [f for f in facts if f["type"] == "office"],
                "events": [f for f in facts if f["type"] == "event"],
                "groups": [f for f in facts if f["type"] == "parliamentary_group"],
                "other": [f for f in facts if f["type"] not in ("office", "event", "parliamentary_group")],
                "articles": sorted({f["article"]["title"] or f["article"]["path"] for f in facts}),
            }
        )
    return out


def people_rows(data: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for p in data:
        for kind in ("posts", "events", "groups", "other"):
            for f in p[kind]:
                ev = _quote(f)
                rows.append(
                    {
                        "name": p["name"],
                        "kind": kind[:-1] if kind != "other" else f["type"],
                        "date": F.main_date(f),
                        "what": F.label(f),
                        "quote": ev["quote"] if ev else None,
                        "article": f["article"]["title"],
                    }
                )
    return rows


# -- search ----------------------------------------------------------------------------------------------


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word (or "quoted phrase") must appear; no FTS syntax errors."""
    parts = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', text):
        phrase = m.group(1) if m.group(1) is not None else m.group(2)
        words = re.findall(r"\w+", phrase)
        if words:
            parts.append('"' + " ".join(words) + '"')
    return " ".join(parts)


def search(conn: sqlite3.Connection, text: str, limit: int = 50, history: bool = False) -> list[dict[str, Any]]:
    """Full-text search over sentences and facts, best first, each with its pair, article and section."""
    q = fts_query(text)
    if not q:
        raise StoreError("", "give some words to search for")
    cur = "" if history else " AND s.current = 1"
    out: list[dict[str, Any]] = []
    for r in conn.execute(
        'SELECT t.id, t.kind, t.section, t.start, t."end", t.text, s.title, s.path, s.revision, s.current,'
        " s.dyad_a, s.dyad_b, bm25(sentences_fts) AS rank,"
        " snippet(sentences_fts, 0, '[', ']', '…', 16) AS snip"
        " FROM sentences_fts JOIN sentences t ON t.id = sentences_fts.rowid"
        " JOIN sources s ON s.id = t.source_id"
        f" WHERE sentences_fts MATCH ?{cur} ORDER BY rank LIMIT ?",
        (q, limit),
    ):
        out.append(
            {
                "kind": "sentence",
                "rank": r["rank"],
                "text": r["text"],
                "snippet": r["snip"],
                "pair": [r["dyad_a"], r["dyad_b"]] if r["dyad_a"] else None,
                "section": r["section"],
                "start": r["start"],
                "end": r["end"],
                "article": {
                    "title": r["title"],
                    "path": r["path"],
                    "revision": r["revision"],
                    "current": bool(r["current"]),
                },
            }
        )
    hits = conn.execute(
        "SELECT f.id, bm25(facts_fts) AS rank, snippet(facts_fts, 0, '[', ']', '…', 16) AS snip"
        " FROM facts_fts JOIN facts f ON f.id = facts_fts.rowid JOIN sources s ON s.id = f.source_id"
        f" WHERE facts_fts MATCH ?{cur} ORDER BY rank LIMIT ?",
        (q, limit),
    ).fetchall()
    found = load_facts(conn, f"f.id IN ({','.join(str(int(h['id'])) for h in hits) or '0'})", (), True)
    for h in hits:
        f = found[h["id"]]
        ev = _quote(f)
        out.append(
            {
                "kind": "fact",
                "rank": h["rank"],
                "type": f["type"],
                "text": F.label(f),
                "snippet": h["snip"],
                "quote": ev["quote"] if ev else None,
                "pair": f["article"]["pair"],
                "section": ev["section"] if ev else None,
                "start": ev["start"] if ev else None,
                "end": ev["end"] if ev else None,
                "article": {k: v for k, v in f["article"].items() if k != "pair"},
            }
        )
    out.sort(key=lambda d: d["rank"])
    return out[:limit]


# -- check -----------------------------------------------------------------------------------------------


def _scaled(value: Any, unit: Any) -> tuple[float, str | None] | None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    sc = F.scale_of(unit)
    if sc is None:
        return float(value), (str(unit) if unit else None)
    return float(value) * sc[0], sc[1]


def _decimals(value: Any) -> int:
    s = repr(float(value))
    return len(s.split(".")[1].rstrip("0")) if "." in s and "e" not in s else 0


def _item(f: Mapping[str, Any], field: str | None = None) -> dict[str, Any]:
    ev = f.get("evidence") or [{}]
    return {
        "fact_id": f["id"],
        "type": f["type"],
        "label": F.label(f),
        "value": f.get(field) if field else None,
        "article": f["article"]["title"] or f["article"]["path"],
        "path": f["article"]["path"],
        "evidence": ev,
    }


def _sums(found: Mapping[int, Fact]) -> list[dict[str, Any]]:
    groups: dict[tuple[Any, ...], dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for f in found.values():
        if f["type"] != "trade" or f.get("flow") not in ("import", "export", "turnover"):
            continue
        for e in f.get("evidence") or []:
            key = (
                f["article"]["path"],
                f["article"]["revision"],
                e["start"],
                e["end"],
                f.get("period"),
                f.get("commodity"),
                frozenset(x for x in (f.get("reporter"), f.get("partner")) if x),
            )
            groups[key][str(f["flow"])].append(f)
    out = []
    for key, flows in groups.items():
        if not (flows.get("import") and flows.get("export") and flows.get("turnover")):
            continue
        for imp in flows["import"]:
            for exp in flows["export"]:
                if imp.get("reporter") and exp.get("reporter") and imp["reporter"] != exp["reporter"]:
                    continue
                for tot in flows["turnover"]:
                    vals = [_scaled(f.get("value"), f.get("unit")) for f in (imp, exp, tot)]
                    if any(v is None for v in vals) or len({v[1] for v in vals if v}) != 1:
                        continue
                    i, x, t = (v[0] for v in vals if v)
                    step = max(
                        10.0 ** -_decimals(f.get("value")) * (_scaled(1.0, f.get("unit")) or (1.0, None))[0]
                        for f in (imp, exp, tot)
                    )
                    tol = max(1.5 * step, 0.001 * abs(t))
                    if abs(i + x - t) > tol:
                        unit = tot.get("unit") or ""
                        scale = (_scaled(1.0, unit) or (1.0, None))[0]
                        out.append(
                            {
                                "kind": "trade_sum",
                                "message": (
                                    f"import {num(imp.get('value'))} + export {num(exp.get('value'))} = "
                                    f"{round((i + x) / scale, 6):g} {unit}, "
                                    f"but turnover is {num(tot.get('value'))} {unit}"
                                    f" ({key[4] or 'period not given'})"
                                ).replace("  ", " "),
                                "pair": tot["article"]["pair"],
                                "items": [_item(imp, "value"), _item(exp, "value"), _item(tot, "value")],
                            }
                        )
    return out


# what identifies "the same fact", and which of its fields must then agree
_SAME: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "recognition": (("subject", "object"), ("date",)),
    "diplomatic_relations": (("parties", "event"), ("date",)),
    "office": (("person", "role", "sender", "receiver"), ("appointed", "credentials")),
    "trade": (("reporter", "partner", "flow", "period", "commodity"), ("value",)),
    "investment": (("investor", "recipient", "period"), ("value",)),
    "membership": (("country", "organization"), ("date",)),
    "parliamentary_group": (("country", "partner", "name"), ("established",)),
    "mission": (("sender", "receiver", "kind", "resident", "status"), ("city",)),
}
_DATE_FIELDS = {"date", "appointed", "credentials", "since", "established", "period", "head_since"}


def _identity(f: Mapping[str, Any], keys: Sequence[str]) -> tuple[Any, ...] | None:
    out: list[Any] = []
    for k in keys:
        v = f.get(k)
        if k == "parties" and isinstance(v, list):
            v = tuple(sorted(str(p) for p in v))
        elif k == "person":
            v = F.norm_key(F.person_name(v))
            if not v:
                return None
            parts = v.split()
            v = parts[-1]  # surname; given names are compared below
        elif k in ("organization", "name"):
            v = F.norm_key(v)
        elif isinstance(v, dict | list):
            v = json.dumps(v, sort_keys=True)
        out.append(v)
    if f.get("type") == "diplomatic_relations" and f.get("event") != "established":
        return None  # relations can be severed and restored more than once
    if f.get("type") == "mission" and f.get("status") not in (None, "open"):
        return None
    return tuple(out)


def _agree(field: str, u: Any, v: Any, fu: Mapping[str, Any], fv: Mapping[str, Any]) -> bool:
    if u is None or v is None:
        return True
    if field in _DATE_FIELDS:
        return dates.overlaps(u, v)
    if field == "value":
        su, sv = _scaled(u, fu.get("unit")), _scaled(v, fv.get("unit"))
        if su is None or sv is None or su[1] != sv[1]:
            return True  # not comparable: a unit is unknown or in another currency
        return math.isclose(su[0], sv[0], rel_tol=1e-5, abs_tol=1e-9)
    if isinstance(u, str) and isinstance(v, str):
        return F.norm_key(u) == F.norm_key(v)
    return bool(u == v)


def _conflicts(found: Mapping[int, Fact]) -> list[dict[str, Any]]:
    groups: dict[tuple[Any, ...], list[Fact]] = defaultdict(list)
    for f in found.values():
        spec = _SAME.get(f["type"])
        if spec is None:
            continue
        ident = _identity(f, spec[0])
        if ident is not None:
            groups[(f["type"], *ident)].append(f)
    out = []
    for key, lst in groups.items():
        for fld in _SAME[key[0]][1]:
            involved: dict[int, Fact] = {}
            for fu, fv in combinations(lst, 2):
                if key[0] == "office" and not _given_fits(
                    F.norm_key(F.person_name(fu.get("person"))).split(),
                    F.norm_key(F.person_name(fv.get("person"))).split(),
                ):
                    continue
                if not _agree(fld, fu.get(fld), fv.get(fld), fu, fv):
                    involved[fu["id"]] = fu
                    involved[fv["id"]] = fv
            if not involved:
                continue
            facts = sorted(involved.values(), key=lambda f: f["id"])
            values = list(dict.fromkeys(num(f.get(fld)) for f in facts))
            paths = {f["article"]["path"] for f in facts}
            sections = {(f["article"]["path"], (f.get("evidence") or [{}])[0].get("section")) for f in facts}
            place = (
                f"{len(paths)} articles"
                if len(paths) > 1
                else "different sections"
                if len(sections) > 1
                else "one section"
            )
            out.append(
                {
                    "kind": "conflict",
                    "message": f"{F.label(facts[0])}: {fld} given as {', '.join(values)} in {place}",
                    "pair": facts[0]["article"]["pair"],
                    "items": [_item(f, fld) for f in facts],
                }
            )
    return out


def _residency(found: Mapping[int, Fact]) -> list[dict[str, Any]]:
    groups: dict[tuple[Any, ...], list[Fact]] = defaultdict(list)
    for f in found.values():
        if f["type"] == "mission" and f.get("status") in (None, "open") and isinstance(f.get("resident"), bool):
            groups[(f.get("sender"), f.get("receiver"), f.get("kind"))].append(f)
    out = []
    for (sender, receiver, kind), lst in groups.items():
        res = [f for f in lst if f["resident"] is True]
        non = [f for f in lst if f["resident"] is False]
        for r in res:
            for n in non:
                if not dates.overlaps(r.get("date"), n.get("date")) and r.get("date") and n.get("date"):
                    continue
                af = n.get("accredited_from") or {}
                elsewhere = ", ".join(str(v) for v in (af.get("city"), af.get("country")) if v) or "elsewhere"
                out.append(
                    {
                        "kind": "residency",
                        "message": (
                            f"{sender} {str(kind).replace('_', ' ')} for {receiver}: resident in "
                            f"{r.get('city') or receiver}, and also covered from {elsewhere}"
                        ),
                        "pair": r["article"]["pair"],
                        "items": [_item(r, "resident"), _item(n, "resident")],
                    }
                )
    return out


def check(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Inconsistencies among the current facts: trade sums, one fact with two values, residency clashes."""
    found = load_facts(
        conn,
        "f.type IN ('trade', 'mission', 'recognition', 'diplomatic_relations', 'office',"
        " 'investment', 'membership', 'parliamentary_group')",
        (),
    )
    issues = _sums(found) + _conflicts(found) + _residency(found)
    return sorted(issues, key=lambda d: (str(d["pair"]), d["kind"], d["message"]))


def check_rows(issues: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for n, issue in enumerate(issues, 1):
        for it in issue["items"]:
            for e in it["evidence"]:
                rows.append(
                    {
                        "issue": n,
                        "kind": issue["kind"],
                        "message": issue["message"],
                        "pair": "–".join(issue["pair"]) if issue["pair"] else None,
                        "value": it["value"],
                        "article": it["article"],
                        "section": e.get("section"),
                        "start": e.get("start"),
                        "end": e.get("end"),
                        "quote": e.get("quote"),
                    }
                )
    return rows
