"""Facts as flat rows: the contract's fields as columns (one row per fact, evidence included), for Parquet.

Every field of every fact type (FACTS.md) has a column; nested values are flattened
(``location.city`` → ``location_city``, ``accredited_from.country`` → ``accredited_from_country``) or kept
as lists (``parties``, ``participants``, ``evidence``). The page's own columns are prefixed (``page_id``,
``page_title``, ``source_path``…). ``fact_json`` holds the fact exactly as the contract gives it, so a
field the contract adds later is never lost, and ``bilateral ingest facts.parquet`` rebuilds the documents
from it.

The schema is written here once, as (name, type) pairs; :mod:`bilateral.scale.spark` turns it into a Spark
schema and the Parquet reader below uses it through pyarrow.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

# (column, type): "string" | "long" | "int" | "double" | "boolean" | "array<string>" | "participants"
# | "evidence"
PAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("dump", "string"),
    ("page_id", "long"),
    ("revision_id", "long"),
    ("page_title", "string"),
    ("source_path", "string"),
    ("source_sha256", "string"),
    ("source_format", "string"),
    ("dyad_a", "string"),
    ("dyad_b", "string"),
    ("fact_seq", "int"),
)
FACT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("type", "string"),
    ("confidence", "double"),
    ("date", "string"),
    ("subject", "string"),
    ("object", "string"),
    ("parties", "array<string>"),
    ("event", "string"),
    ("sender", "string"),
    ("receiver", "string"),
    ("kind", "string"),
    ("city", "string"),
    ("resident", "boolean"),
    ("accredited_from_city", "string"),
    ("accredited_from_country", "string"),
    ("status", "string"),
    ("person", "string"),
    ("role", "string"),
    ("appointed", "string"),
    ("credentials", "string"),
    ("since", "string"),
    ("concurrent_with", "array<string>"),
    ("location_city", "string"),
    ("location_country", "string"),
    ("participants", "participants"),
    ("occasion", "string"),
    ("summary", "string"),
    ("title", "string"),
    ("reporter", "string"),
    ("partner", "string"),
    ("flow", "string"),
    ("period", "string"),
    ("value", "double"),
    ("unit", "string"),
    ("unit_inferred", "boolean"),
    ("approximate", "boolean"),
    ("commodity", "string"),
    ("source", "string"),
    ("investor", "string"),
    ("recipient", "string"),
    ("qualifier", "string"),
    ("country", "string"),
    ("organization", "string"),
    ("parliament", "string"),
    ("name", "string"),
    ("established", "string"),
    ("head", "string"),
    ("head_since", "string"),
    ("field", "string"),
    ("description", "string"),
    ("institutions", "array<string>"),
    ("evidence", "evidence"),
    ("fact_json", "string"),
)
COLUMNS = PAGE_COLUMNS + FACT_COLUMNS
_NESTED = {"location": ("location_city", "location_country"), "accredited_from": ("accredited_from_city",
                                                                                 "accredited_from_country")}


def _str(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, Mapping) and isinstance(v.get("name"), str):  # a person given as an object
        return str(v["name"])
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def _cast(kind: str, v: Any) -> Any:
    if v is None:
        return None
    if kind == "string":
        return _str(v)
    if kind == "double":
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None
    if kind in ("long", "int"):
        return int(v) if isinstance(v, int) and not isinstance(v, bool) else None
    if kind == "boolean":
        return bool(v) if isinstance(v, bool) else None
    if kind == "array<string>":
        return [_str(x) for x in v] if isinstance(v, list) else None
    if kind == "participants":
        if not isinstance(v, list):
            return None
        return [
            (_str(p.get("name")), _str(p.get("role")), _str(p.get("country")))
            for p in v
            if isinstance(p, Mapping)
        ]
    if kind == "evidence":
        return [
            (_str(e.get("section")), int(e["start"]), int(e["end"]), _str(e.get("quote")))
            for e in v
            if isinstance(e, Mapping)
        ]
    raise ValueError(kind)


def rows(document: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
    """One tuple per fact of a contract document, in :data:`COLUMNS` order."""
    src = document.get("source") or {}
    dyad = document.get("dyad") or [None, None]
    page = (
        src.get("dump"),
        src.get("page_id"),
        src.get("revision_id"),
        src.get("title"),
        src.get("path"),
        src.get("sha256"),
        src.get("format"),
        dyad[0],
        dyad[1],
    )
    for seq, fact in enumerate(document.get("facts") or []):
        flat: dict[str, Any] = dict(fact)
        for key, (c_city, c_country) in _NESTED.items():
            nested = fact.get(key)
            flat[c_city] = nested.get("city") if isinstance(nested, Mapping) else None
            flat[c_country] = nested.get("country") if isinstance(nested, Mapping) else None
        flat["fact_json"] = json.dumps(fact, ensure_ascii=False)
        yield (*page, seq, *(_cast(kind, flat.get(col)) for col, kind in FACT_COLUMNS))


def documents_from_rows(records: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Contract documents back from flat rows (any order): grouped by page, facts in ``fact_seq`` order."""
    pages: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        pages.setdefault(str(r["source_path"]), []).append(r)
    for key, group in pages.items():
        group.sort(key=lambda r: r["fact_seq"])
        head = group[0]
        dyad = [head["dyad_a"], head["dyad_b"]] if head["dyad_a"] and head["dyad_b"] else None
        document = {
            "schema": "bilateral.facts/1",
            "source": {
                "path": key,
                "title": head["page_title"],
                "sha256": head["source_sha256"],
                "format": head["source_format"],
                "page_id": head["page_id"],
                "revision_id": head["revision_id"],
                "dump": head["dump"],
            },
            "dyad": dyad,
            "facts": [json.loads(r["fact_json"]) for r in group],
        }
        yield key, document


def documents_from_parquet(path: str) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(page key, document, None) per page of a facts Parquet file or folder (Spark writes folders of
    part files; a page's rows are all in one part), or (path, None, one-line error)."""
    try:
        import pyarrow.dataset as ds
    except ModuleNotFoundError:
        yield path, None, f"{path}: reading Parquet needs pyarrow; pip install 'bilateral[spark]'"
        return
    p = Path(path)
    if not p.exists():
        yield path, None, f"{path}: no such file or folder; check the path"
        return
    try:
        dataset = ds.dataset(str(p), format="parquet")
        missing = [c for c in ("source_path", "fact_seq", "fact_json", "page_title") if c not in dataset.schema.names]
    except Exception as exc:
        yield path, None, f"{path}: not a Parquet dataset ({type(exc).__name__}: {exc})"
        return
    if missing:
        yield path, None, f"{path}: not facts written by bilateral.scale.spark (no column {', '.join(missing)})"
        return
    wanted = [name for name, _ in PAGE_COLUMNS] + ["fact_json"]
    for fragment in dataset.get_fragments():
        try:
            table = fragment.to_table(columns=wanted)
        except Exception as exc:
            yield path, None, f"{path}: {fragment.path}: cannot be read ({type(exc).__name__}: {exc})"
            continue
        for key, document in documents_from_rows(table.to_pylist()):
            yield key, document, None
