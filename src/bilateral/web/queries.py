"""Read-only queries the web needs beyond :class:`bilateral.store.Store`: pairs with counts, facts with filters
and pages, and a stored article's text with the spans of its facts. Plain SQL over the store's connection."""

from __future__ import annotations

import bisect
import itertools
import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from bilateral.store import countries
from bilateral.store import facts as F
from bilateral.store.core import StoreError, load_facts


def _name(cc: str | None) -> str | None:
    return countries.name(cc) if cc else None


_PAIRS: dict[str, tuple[tuple[Any, ...], list[dict[str, Any]]]] = {}
_PAIRS_LOCK = threading.Lock()


def _db_file(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2] or id(conn))


def all_pairs(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every pair with current facts, with its counts by type, most facts first (then by codes).

    Counting means reading every fact (about half a second at 10,000 pairs), so the list is kept per database
    file and recounted only when the stored revisions change (a new revision is a new ``sources`` row).
    """
    key = tuple(conn.execute("SELECT max(id), count(*), sum(current) FROM sources").fetchone())
    path = _db_file(conn)
    with _PAIRS_LOCK:
        hit = _PAIRS.get(path)
        if hit is not None and hit[0] == key:
            return hit[1]
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for r in conn.execute(
        "SELECT f.a, f.b, f.type, count(*) AS n FROM facts f JOIN sources s ON s.id = f.source_id"
        " WHERE s.current = 1 AND f.a IS NOT NULL AND f.b IS NOT NULL GROUP BY f.a, f.b, f.type"
    ):
        counts[(r["a"], r["b"])][r["type"]] = r["n"]
    articles = {
        (r["a"], r["b"]): r["n"]
        for r in conn.execute(
            "SELECT f.a, f.b, count(DISTINCT f.source_id) AS n FROM facts f JOIN sources s ON s.id = f.source_id"
            " WHERE s.current = 1 AND f.a IS NOT NULL AND f.b IS NOT NULL GROUP BY f.a, f.b"
        )
    }
    items = []
    for (a, b), by_type in counts.items():
        items.append(
            {
                "pair": [a, b],
                "names": {a: _name(a), b: _name(b)},
                "facts": sum(by_type.values()),
                "articles": articles.get((a, b), 0),
                "counts": {t: by_type[t] for t in F.TYPES if t in by_type}
                | {t: n for t, n in sorted(by_type.items()) if t not in F.TYPES},
            }
        )
    items.sort(key=lambda d: (-d["facts"], d["pair"][0], d["pair"][1]))
    with _PAIRS_LOCK:
        _PAIRS[path] = (key, items)
    return items


def dyads(conn: sqlite3.Connection, q: str | None, limit: int, offset: int) -> dict[str, Any]:
    """The pairs with current facts, most facts first (then by codes), optionally those naming ``q``.

    ``q`` is a country (name, code, demonym): the pairs it is part of; otherwise words matched against the
    pair's codes and names.
    """
    items = all_pairs(conn)
    if q and q.strip():
        text = q.strip()
        cc = countries.code(text)
        if cc:
            items = [d for d in items if cc in d["pair"]]
        else:
            words = F.norm_key(text).split()
            items = [
                d
                for d in items
                if all(w in F.norm_key(" ".join([*d["pair"], *map(str, d["names"].values())])).split() for w in words)
            ]
    return {"items": items[offset : offset + limit], "total": len(items), "limit": limit, "offset": offset}


def fact_sources(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, int]:
    """fact id → the id of the stored revision (source) it comes from."""
    want = sorted({int(i) for i in ids})
    out: dict[int, int] = {}
    for i in range(0, len(want), 900):
        chunk = want[i : i + 900]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT id, source_id FROM facts WHERE id IN ({marks})", chunk):
            out[int(r["id"])] = int(r["source_id"])
    return out


def facts(
    conn: sqlite3.Connection,
    *,
    types: Sequence[str] = (),
    pair: tuple[str, str] | None = None,
    country: str | None = None,
    person: str | None = None,
    date_lo: str | None = None,
    date_hi: str | None = None,
    source_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Current facts matching every filter given, in a stable order (first date, then id), one page of them.

    ``date_lo``/``date_hi`` are day bounds ("YYYY-MM-DD"): a fact matches when one of its dates may fall in
    the range. ``person`` matches people whose name key contains the words given.
    """
    where = ["s.current = 1"]
    params: list[Any] = []
    for t in types:
        if t not in F.TYPES:
            raise StoreError("", f"unknown fact type {t!r}; use one of {', '.join(F.TYPES)}")
    if types:
        where.append(f"f.type IN ({','.join('?' * len(types))})")
        params += list(types)
    if pair:
        x, y = sorted(pair)
        where.append("f.a = ? AND f.b = ?")
        params += [x, y]
    if country:
        where.append("(f.a = ? OR f.b = ? OR f.actor = ? OR f.counterpart = ? OR f.via_country = ?)")
        params += [country] * 5
    if person:
        key = F.norm_key(person)
        if not key:
            raise StoreError("", "give a person's name (letters) to filter on")
        where.append(
            "f.id IN (SELECT m.fact_id FROM mentions m JOIN entities e ON e.id = m.entity_id"
            " WHERE e.kind = 'person' AND (' ' || e.key || ' ') LIKE ? ESCAPE '\\')"
        )
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"% {escaped} %")
    if date_lo or date_hi:
        cond = ["d.fact_id = f.id"]
        if date_lo:
            cond.append("d.hi >= ?")
            params.append(date_lo)
        if date_hi:
            cond.append("d.lo <= ?")
            params.append(date_hi)
        where.append(f"EXISTS (SELECT 1 FROM fact_dates d WHERE {' AND '.join(cond)})")
    if source_id is not None:
        where.append("f.source_id = ?")
        params.append(source_id)
    sql_where = " AND ".join(where)
    base = f"FROM facts f JOIN sources s ON s.id = f.source_id WHERE {sql_where}"
    total = int(conn.execute(f"SELECT count(*) {base}", params).fetchone()[0])
    ids = [
        int(r["id"])
        for r in conn.execute(
            f"SELECT f.id {base} ORDER BY coalesce(f.date_lo, '9999-99-99'), f.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    found = load_facts(conn, f"f.id IN ({','.join(str(i) for i in ids) or '0'})", (), history=True)
    srcs = fact_sources(conn, ids)
    items = []
    for i in ids:
        fact = found[i]
        items.append({"id": i, "source_id": srcs.get(i), "label": F.label(fact), "date": F.main_date(fact), **fact})
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def sources_page(conn: sqlite3.Connection, limit: int, offset: int) -> dict[str, Any]:
    """The current revision of every stored article, by id, one page of them."""
    total = int(conn.execute("SELECT count(*) FROM sources WHERE current = 1").fetchone()[0])
    items = []
    for r in conn.execute(
        "SELECT id, revision, path, title, format, dyad_a, dyad_b, ingested_at, n_facts, n_sentences"
        " FROM sources WHERE current = 1 ORDER BY id LIMIT ? OFFSET ?",
        (limit, offset),
    ):
        d = dict(r)
        d["pair"] = [d.pop("dyad_a"), d.pop("dyad_b")] if r["dyad_a"] else None
        items.append(d)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def source(conn: sqlite3.Connection, source_id: int) -> dict[str, Any] | None:
    """One stored revision: its header, its text as the quotable units the store keeps (at their offsets),
    its facts, and for each unit the pieces of text with the facts whose evidence covers them."""
    row = conn.execute(
        "SELECT id, article_id, revision, current, path, title, format, sha256, dyad_a, dyad_b, ingested_at,"
        " n_facts, n_sentences, warnings FROM sources WHERE id = ?",
        (source_id,),
    ).fetchone()
    if row is None:
        return None
    meta = dict(row)
    meta["current"] = bool(meta["current"])
    meta["warnings"] = json.loads(meta["warnings"])
    meta["pair"] = [meta.pop("dyad_a"), meta.pop("dyad_b")] if row["dyad_a"] else None
    latest = conn.execute(
        "SELECT id FROM sources WHERE article_id = ? AND current = 1", (row["article_id"],)
    ).fetchone()
    meta["current_id"] = int(latest["id"]) if latest else None
    units = [
        dict(r)
        for r in conn.execute(
            'SELECT seq, kind, section, start, "end", text FROM sentences WHERE source_id = ? ORDER BY start, seq',
            (source_id,),
        )
    ]
    found = load_facts(conn, "f.source_id = ?", (source_id,), history=True, order="f.seq")
    fact_list = []
    spans: list[tuple[int, int, int]] = []
    for fid, fact in found.items():
        ev = [{k: e[k] for k in ("section", "start", "end", "quote")} for e in fact.get("evidence") or []]
        fact_list.append(
            {
                "id": fid,
                "type": fact["type"],
                "label": F.label(fact),
                "date": F.main_date(fact),
                "evidence": ev,
                "fact": {k: v for k, v in fact.items() if k not in ("evidence", "article", "id")},
            }
        )
        for e in ev:
            spans.append((int(e["start"]), int(e["end"]), fid))
    covered = _pieces(units, spans)
    return {"source": meta, "units": covered, "facts": fact_list}


def _pieces(units: list[dict[str, Any]], spans: list[tuple[int, int, int]]) -> list[dict[str, Any]]:
    """Each unit split where evidence spans begin or end; each piece lists the facts covering it."""
    by_unit: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    starts = [u["start"] for u in units]
    for s, e, fid in spans:
        i = bisect.bisect_right(starts, max(s, e - 1)) - 1
        while i >= 0 and units[i]["end"] > s:
            if units[i]["start"] < e:
                by_unit[i].append((s, e, fid))
            i -= 1
    return [_split(u, by_unit.get(i, [])) for i, u in enumerate(units)]


def _split(u: dict[str, Any], spans: list[tuple[int, int, int]]) -> dict[str, Any]:
    us, ue, text = u["start"], u["end"], u["text"]
    cuts = {us, ue}
    for s, e, _ in spans:
        cuts.add(min(max(s, us), ue))
        cuts.add(min(max(e, us), ue))
    points = sorted(cuts)
    pieces = []
    for lo, hi in itertools.pairwise(points):
        ids = sorted({fid for s, e, fid in spans if s <= lo and e >= hi})
        pieces.append({"start": lo, "end": hi, "text": text[lo - us : hi - us], "facts": ids})
    if not pieces:
        pieces.append({"start": us, "end": ue, "text": text, "facts": []})
    return {**u, "pieces": pieces}


def people_of_pair(conn: sqlite3.Connection, a: str, b: str) -> list[dict[str, Any]]:
    """People named in the pair's current facts, with how many facts and which roles."""
    x, y = sorted((a, b))
    rows = conn.execute(
        "SELECT e.name, e.country, count(DISTINCT m.fact_id) AS n, group_concat(DISTINCT f.type) AS types"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN facts f ON f.id = m.fact_id"
        " JOIN sources s ON s.id = f.source_id"
        " WHERE e.kind = 'person' AND f.a = ? AND f.b = ? AND s.current = 1"
        " GROUP BY e.id ORDER BY n DESC, e.key",
        (x, y),
    ).fetchall()
    return [
        {"name": r["name"], "country": r["country"], "facts": r["n"], "types": sorted(str(r["types"]).split(","))}
        for r in rows
    ]


def agreements_of_pair(conn: sqlite3.Connection, a: str, b: str) -> list[dict[str, Any]]:
    """The pair's agreements, oldest first, each with its status, source and first quote."""
    x, y = sorted((a, b))
    found = load_facts(
        conn, "f.type = 'agreement' AND f.a = ? AND f.b = ?", (x, y), order="coalesce(f.date_lo, '9999'), f.id"
    )
    srcs = fact_sources(conn, found)
    out = []
    for fid, f in found.items():
        ev = (f.get("evidence") or [None])[0]
        out.append(
            {
                "id": fid,
                "source_id": srcs.get(fid),
                "title": F.text_of(f.get("title")) or F.text_of(f.get("kind")) or "agreement",
                "kind": f.get("kind"),
                "status": f.get("status"),
                "date": f.get("date"),
                "quote": ev["quote"] if ev else None,
            }
        )
    return out


def countries_with_facts(conn: sqlite3.Connection, cc: str) -> list[dict[str, Any]]:
    """The pairs a country is part of, most facts first."""
    return dyads(conn, cc, 1000, 0)["items"]


def has_words(text: str) -> bool:
    from bilateral.store.queries import fts_query

    return bool(fts_query(text))


def with_source_ids(conn: sqlite3.Connection, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Search hits with the id of the stored revision they come from (to link to its page)."""
    cache: dict[tuple[str, int], int | None] = {}
    out = []
    for h in hits:
        art = h.get("article") or {}
        key = (str(art.get("path")), int(art.get("revision") or 0))
        if key not in cache:
            r = conn.execute("SELECT id FROM sources WHERE path = ? AND revision = ?", key).fetchone()
            cache[key] = int(r["id"]) if r else None
        out.append({**h, "source_id": cache[key]})
    return out
