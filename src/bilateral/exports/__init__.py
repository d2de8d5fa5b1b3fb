"""Exports of the knowledge base: JSONL (the contract), CSV, Parquet, JSON-LD, Turtle, Wikidata
QuickStatements and a dyad-year table. They read the store's current revisions, never the articles' text.

>>> media_type, filename, body = render(store, "ttl", ("EE", "FI"))   # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from typing import Any

from bilateral.exports.select import ExportError, resolve_pair
from bilateral.store import Store

FORMATS = ("jsonl", "csv", "parquet", "jsonld", "ttl", "quickstatements", "dyad-year")
# formats made of several files: a folder on the command line, a zip from render()
FOLDER_FORMATS = ("csv", "parquet")
MEDIA_TYPES = {
    "jsonl": "application/x-ndjson",
    "csv": "application/zip",
    "parquet": "application/zip",
    "jsonld": "application/ld+json",
    "ttl": "text/turtle; charset=utf-8",
    "quickstatements": "application/zip",
    "dyad-year": "text/csv; charset=utf-8",
}
EXTENSIONS = {
    "jsonl": "jsonl",
    "csv": "zip",
    "parquet": "zip",
    "jsonld": "jsonld",
    "ttl": "ttl",
    "quickstatements": "zip",
    "dyad-year": "csv",
}

__all__ = ["FORMATS", "ExportError", "files", "render", "resolve_pair"]


def check_format(fmt: str) -> str:
    f = (fmt or "").strip().lower()
    if f not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return f


def jsonl(store: Store, pair: tuple[str, str] | None) -> bytes:
    """One contract document per line, for the current revision of each article (of the pair)."""
    from bilateral.exports import select

    out = io.StringIO()
    for s in select.sources(store, pair):
        out.write(json.dumps(store.document(s.id), ensure_ascii=False) + "\n")
    return out.getvalue().encode("utf-8")


def files(
    store: Store,
    fmt: str,
    pair: tuple[str, str] | Sequence[str] | str | None = None,
    options: Mapping[str, Any] | None = None,
) -> dict[str, bytes]:
    """The export as named files: one file for most formats, one per table for csv and parquet, the
    commands and the review report for quickstatements.

    ``options``: ``source_url``, ``stated_in``, ``retrieved`` (quickstatements), ``until`` (dyad-year).
    """
    from bilateral.exports import select

    f = check_format(fmt)
    p = resolve_pair(store, pair)
    base = _basename(p)
    opts = dict(options or {})
    if f == "jsonl":
        return {f"{base}.jsonl": jsonl(store, p)}
    if f == "dyad-year":
        from bilateral.exports import dyadyear

        facts = select.facts(store, None, ("diplomatic_relations", "mission", "office"))
        until = opts.get("until")
        table = dyadyear.rows(facts, select.sources(store), p, int(until) if until else None)
        return {f"{base}-dyad-year.csv": dyadyear.csv_text(table).encode("utf-8")}
    facts = select.facts(store, p)
    sources = select.sources(store, p) if p is None else _sources_of(store, facts, p)
    if f == "csv":
        from bilateral.exports import tables

        return tables.csv_files(facts, sources)
    if f == "parquet":
        from bilateral.exports import tables

        return tables.parquet_files(facts, sources)
    if f in ("ttl", "jsonld"):
        from bilateral.exports import rdf

        return {f"{base}.{f}": rdf.turtle(facts, sources) if f == "ttl" else rdf.jsonld(facts, sources)}
    from bilateral.exports import quickstatements as qs

    try:
        result = qs.build(facts, qs.options_from(opts))
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    return {"quickstatements.txt": result.text.encode("utf-8"), "review.tsv": result.review_tsv().encode("utf-8")}


def _sources_of(store: Store, facts: Sequence[Any], pair: tuple[str, str]) -> list[Any]:
    """The articles of the pair and those any selected fact comes from."""
    from bilateral.exports import select

    out = {s.id: s for s in select.sources(store, pair)}
    for f in facts:
        out.setdefault(f.source.id, f.source)
    return [out[k] for k in sorted(out)]


def _basename(pair: tuple[str, str] | None) -> str:
    return f"bilateral-{pair[0]}-{pair[1]}" if pair else "bilateral"


def zip_bytes(named: Mapping[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, body in named.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, body)
    return buf.getvalue()


def render(
    store: Store,
    fmt: str,
    pair: tuple[str, str] | str | None,
    options: Mapping[str, Any] | None = None,
) -> tuple[str, str, bytes]:
    """(media type, file name, body) of an export, for the web API. Formats of several files (csv, parquet,
    quickstatements with its review report) come as one zip. Raises :class:`ExportError` on a bad format
    or pair."""
    f = check_format(fmt)
    named = files(store, f, pair, options)
    p = resolve_pair(store, pair)
    if len(named) == 1 and f not in FOLDER_FORMATS:
        name, body = next(iter(named.items()))
        return MEDIA_TYPES[f], name, body
    return MEDIA_TYPES[f], f"{_basename(p)}-{f}.zip", zip_bytes(named)
