"""Read-only SQL over the store for the exports: the current revisions, their facts and their evidence."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bilateral.store import Store


class ExportError(Exception):
    """A problem a user must fix (unknown format, unknown country…); the message is one line."""


@dataclass(frozen=True)
class Source:
    """One stored revision of an article (the current one, unless asked otherwise)."""

    id: int
    path: str
    title: str | None
    sha256: str
    format: str | None
    revision: int
    ingested_at: str
    dyad: tuple[str, str] | None
    header: dict[str, Any]

    @property
    def url(self) -> str | None:
        """The article's URL when its document names one (``source.url``); the contract does not require it."""
        src = self.header.get("source") or {}
        for key in ("url", "uri"):
            v = src.get(key) if isinstance(src, dict) else None
            if isinstance(v, str) and v.startswith(("http://", "https://")):
                return v
        return None


@dataclass
class Fact:
    """A stored fact: its row id, where it comes from, the contract fields and the evidence."""

    id: int
    seq: int
    type: str
    pair: tuple[str, str] | None
    data: dict[str, Any]
    source: Source
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


def resolve_pair(store: Store, pair: tuple[str, str] | Sequence[str] | str | None) -> tuple[str, str] | None:
    """The sorted ISO pair a user named (codes, names or demonyms), or None for everything.

    A string is split on a comma, slash, dash or spaces ("EE FI", "Estonia,Finland", "EE–FI").
    """
    if pair is None:
        return None
    if isinstance(pair, str):
        text = pair.strip()
        if not text:
            return None
        parts = [p for p in re.split(r"\s*[,;/|–—]\s*", text) if p]
        if len(parts) != 2:
            parts = [p for p in re.split(r"\s+|-", text) if p]
        if len(parts) != 2:
            raise ExportError(f"--pair needs two countries, got {pair!r}; write it as 'EE FI' or 'Estonia,Finland'")
        items: Sequence[str] = parts
    else:
        items = list(pair)
        if len(items) != 2:
            raise ExportError(f"a pair is two countries, got {len(items)}")
    try:
        a, b = (store.country(str(x)) for x in items)
    except Exception as exc:  # StoreError: unknown country
        raise ExportError(str(exc)) from None
    if a == b:
        raise ExportError(f"a pair is two different countries, got {a} twice")
    return (a, b) if a < b else (b, a)


def _source(row: Any) -> Source:
    header = json.loads(row["header"]) if row["header"] else {}
    dyad = (row["dyad_a"], row["dyad_b"]) if row["dyad_a"] and row["dyad_b"] else None
    return Source(
        id=int(row["id"]),
        path=row["path"],
        title=row["title"],
        sha256=row["sha256"],
        format=row["format"],
        revision=int(row["revision"]),
        ingested_at=row["ingested_at"],
        dyad=dyad,
        header=header,
    )


_SOURCE_COLS = "s.id, s.path, s.title, s.sha256, s.format, s.revision, s.ingested_at, s.dyad_a, s.dyad_b, s.header"


def sources(store: Store, pair: tuple[str, str] | None = None) -> list[Source]:
    """The current revisions, in article order; with ``pair``, only the articles about that pair."""
    sql = f"SELECT {_SOURCE_COLS} FROM sources s WHERE s.current = 1"
    params: list[Any] = []
    if pair is not None:
        sql += " AND s.a = ? AND s.b = ?"
        params += list(pair)
    sql += " ORDER BY s.article_id"
    return [_source(r) for r in store.conn.execute(sql, params)]


def facts(store: Store, pair: tuple[str, str] | None = None, types: Sequence[str] | None = None) -> list[Fact]:
    """Current facts in article order and then the article's own order, each with its evidence.

    With ``pair``, the facts whose pair (the states they are about, else their article's) is that pair —
    the same selection ``bilateral show A B`` makes.
    """
    where = ["s.current = 1"]
    params: list[Any] = []
    if pair is not None:
        where.append("f.a = ? AND f.b = ?")
        params += list(pair)
    if types:
        where.append(f"f.type IN ({','.join('?' * len(types))})")
        params += list(types)
    sql = (
        f"SELECT f.id AS fid, f.seq, f.type, f.a, f.b, f.data, {_SOURCE_COLS}"
        f" FROM facts f JOIN sources s ON s.id = f.source_id WHERE {' AND '.join(where)}"
        " ORDER BY s.article_id, f.seq"
    )
    cache: dict[int, Source] = {}
    out: list[Fact] = []
    for r in store.conn.execute(sql, params):
        sid = int(r["id"])
        src = cache.get(sid)
        if src is None:
            src = cache[sid] = _source(r)
        pr = (r["a"], r["b"]) if r["a"] and r["b"] else None
        out.append(Fact(int(r["fid"]), int(r["seq"]), r["type"], pr, json.loads(r["data"]), src))
    by_id = {f.id: f for f in out}
    ids = list(by_id)
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        for e in store.conn.execute(
            f'SELECT fact_id, section, start, "end", quote, extra FROM evidence WHERE fact_id IN'
            f" ({','.join('?' * len(chunk))}) ORDER BY fact_id, seq",
            chunk,
        ):
            ev: dict[str, Any] = {"section": e["section"], "start": e["start"], "end": e["end"], "quote": e["quote"]}
            if e["extra"]:
                ev.update(json.loads(e["extra"]))
            by_id[e["fact_id"]].evidence.append(ev)
    return out
