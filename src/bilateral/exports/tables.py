"""Facts as tables: one table per fact type (the contract's fields as columns), plus evidence and sources.

Shared by the CSV and Parquet exports. Nested objects are flattened one level (``location.city``), lists of
names stay lists (JSON text in CSV, ``list<string>`` in Parquet), participants are JSON text in CSV and a list
of structs in Parquet. Keys a fact has beyond the contract go to ``extra`` (JSON), so nothing is lost.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bilateral.exports import codes as C
from bilateral.exports.select import Fact, Source
from bilateral.store import facts as F

# kinds: str, bool, float, list (of strings), people (list of {name, role, country}), json (anything)
FIELDS: dict[str, list[tuple[str, str]]] = {
    "recognition": [("subject", "str"), ("object", "str"), ("date", "str")],
    "diplomatic_relations": [("parties", "list"), ("event", "str"), ("date", "str")],
    "mission": [
        ("sender", "str"),
        ("receiver", "str"),
        ("kind", "str"),
        ("city", "str"),
        ("resident", "bool"),
        ("accredited_from.city", "str"),
        ("accredited_from.country", "str"),
        ("date", "str"),
        ("status", "str"),
    ],
    "office": [
        ("person", "str"),
        ("role", "str"),
        ("sender", "str"),
        ("receiver", "str"),
        ("appointed", "str"),
        ("credentials", "str"),
        ("since", "str"),
        ("concurrent_with", "list"),
    ],
    "event": [
        ("kind", "str"),
        ("date", "str"),
        ("location.city", "str"),
        ("location.country", "str"),
        ("participants", "people"),
        ("occasion", "str"),
        ("summary", "str"),
    ],
    "agreement": [
        ("title", "str"),
        ("kind", "str"),
        ("status", "str"),
        ("date", "str"),
        ("parties", "list"),
        ("location.city", "str"),
        ("location.country", "str"),
        ("subject", "str"),
    ],
    "trade": [
        ("reporter", "str"),
        ("partner", "str"),
        ("flow", "str"),
        ("period", "str"),
        ("value", "float"),
        ("unit", "str"),
        ("unit_inferred", "bool"),
        ("approximate", "bool"),
        ("commodity", "str"),
        ("source", "str"),
    ],
    "investment": [
        ("investor", "str"),
        ("recipient", "str"),
        ("period", "str"),
        ("value", "float"),
        ("unit", "str"),
        ("approximate", "bool"),
        ("qualifier", "str"),
    ],
    "membership": [("country", "str"), ("organization", "str"), ("date", "str")],
    "parliamentary_group": [
        ("country", "str"),
        ("parliament", "str"),
        ("name", "str"),
        ("partner", "str"),
        ("established", "str"),
        ("head", "str"),
        ("head_since", "str"),
    ],
    "cooperation": [("field", "str"), ("description", "str"), ("date", "str"), ("institutions", "list")],
    "see_also": [("title", "str")],
}
# every fact table starts with these
HEAD: list[tuple[str, str]] = [
    ("fact_id", "int"),
    ("article", "str"),
    ("article_title", "str"),
    ("revision", "int"),
    ("sha256", "str"),
    ("seq", "int"),
    ("pair_a", "str"),
    ("pair_b", "str"),
    ("confidence", "float"),
]
CODE_COLUMNS: list[tuple[str, str]] = [
    ("cameo", "str"),
    ("cameo_label", "str"),
    ("plover", "str"),
    ("plover_mode", "str"),
    ("cameo_source", "str"),
    ("cameo_target", "str"),
]
TAIL: list[tuple[str, str]] = [("evidence_count", "int"), ("extra", "json")]
EVIDENCE: list[tuple[str, str]] = [
    ("fact_id", "int"),
    ("type", "str"),
    ("article", "str"),
    ("seq", "int"),
    ("section", "str"),
    ("start", "int"),
    ("end", "int"),
    ("quote", "str"),
    ("extra", "json"),
]
SOURCES: list[tuple[str, str]] = [
    ("source_id", "int"),
    ("article", "str"),
    ("title", "str"),
    ("format", "str"),
    ("sha256", "str"),
    ("revision", "int"),
    ("ingested_at", "str"),
    ("dyad_a", "str"),
    ("dyad_b", "str"),
    ("url", "str"),
]


def columns(fact_type: str) -> list[tuple[str, str]]:
    """The columns of one fact type's table, with their kinds."""
    body = FIELDS.get(fact_type, [("data", "json")])
    return HEAD + body + (CODE_COLUMNS if fact_type in C.CODED_TYPES else []) + TAIL


def _get(data: Mapping[str, Any], name: str) -> Any:
    if "." in name:
        outer, inner = name.split(".", 1)
        v = F.one(data.get(outer))
        return F.one(v.get(inner)) if isinstance(v, Mapping) else None
    return F.one(data.get(name))


def _value(v: Any, kind: str) -> Any:
    """A contract value in the column's kind (a value of another shape becomes JSON text, never lost)."""
    if v is None:
        return None
    if kind == "str":
        return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    if kind == "bool":
        return v if isinstance(v, bool) else None
    if kind in ("float", "int"):
        if isinstance(v, bool) or not isinstance(v, int | float):
            return None
        return float(v) if kind == "float" else int(v)
    if kind == "list":
        items = v if isinstance(v, list) else [v]
        return [x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in items]
    if kind == "people":
        items = v if isinstance(v, list) else [v]
        keys = ("name", "role", "country")
        return [
            {k: (p.get(k) if isinstance(p, Mapping) else (p if k == "name" else None)) for k in keys} for p in items
        ]
    return v


def _covered(fact_type: str) -> set[str]:
    names = {"type", "evidence", "confidence"}
    for name, _ in FIELDS.get(fact_type, []):
        names.add(name.split(".", 1)[0])
    return names


def _lost(v: Any, kind: str) -> bool:
    """Whether a value would not survive its column (kept in ``extra`` as well then)."""
    if v is None:
        return False
    if kind == "bool":
        return not isinstance(v, bool)
    if kind == "float":
        return isinstance(v, bool) or not isinstance(v, int | float)
    return False


def fact_row(f: Fact) -> dict[str, Any]:
    """One fact as a row of its type's table."""
    d = f.data
    row: dict[str, Any] = {
        "fact_id": f.id,
        "article": f.source.path,
        "article_title": f.source.title,
        "revision": f.source.revision,
        "sha256": f.source.sha256,
        "seq": f.seq,
        "pair_a": f.pair[0] if f.pair else None,
        "pair_b": f.pair[1] if f.pair else None,
        "confidence": _value(d.get("confidence"), "float"),
    }
    extra: dict[str, Any] = {}
    if f.type in FIELDS:
        for name, kind in FIELDS[f.type]:
            raw = _get(d, name)
            row[name] = _value(raw, kind)
            if _lost(raw, kind):
                extra[name] = raw
        for k, v in d.items():
            if k not in _covered(f.type):
                extra[k] = v
        for outer in {n.split(".", 1)[0] for n, _ in FIELDS[f.type] if "." in n}:
            v = d.get(outer)
            if v is not None and not isinstance(v, Mapping):
                extra[outer] = v
            elif isinstance(v, Mapping):
                inner = {n.split(".", 1)[1] for n, _ in FIELDS[f.type] if n.startswith(outer + ".")}
                more = {k: x for k, x in v.items() if k not in inner}
                if more:
                    extra[outer] = v
    else:
        row["data"] = {k: v for k, v in d.items() if k not in ("evidence",)}
    if f.type in C.CODED_TYPES:
        c = C.codes(d, f.pair)
        row.update(
            cameo=c.cameo,
            cameo_label=c.cameo_label,
            plover=c.plover,
            plover_mode=c.plover_mode,
            cameo_source=c.source,
            cameo_target=c.target,
        )
    row["evidence_count"] = len(f.evidence)
    row["extra"] = extra or None
    return row


def evidence_rows(facts: Iterable[Fact]) -> list[dict[str, Any]]:
    out = []
    for f in facts:
        for i, e in enumerate(f.evidence):
            more = {k: v for k, v in e.items() if k not in ("section", "start", "end", "quote")}
            out.append(
                {
                    "fact_id": f.id,
                    "type": f.type,
                    "article": f.source.path,
                    "seq": i,
                    "section": e.get("section"),
                    "start": e.get("start"),
                    "end": e.get("end"),
                    "quote": e.get("quote"),
                    "extra": more or None,
                }
            )
    return out


def source_rows(sources: Iterable[Source]) -> list[dict[str, Any]]:
    return [
        {
            "source_id": s.id,
            "article": s.path,
            "title": s.title,
            "format": s.format,
            "sha256": s.sha256,
            "revision": s.revision,
            "ingested_at": s.ingested_at,
            "dyad_a": s.dyad[0] if s.dyad else None,
            "dyad_b": s.dyad[1] if s.dyad else None,
            "url": s.url,
        }
        for s in sources
    ]


def by_type(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    """Facts grouped by type, in the contract's order of types (then any other type, by name)."""
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(f.type, []).append(f)
    order = [t for t in F.TYPES if t in groups] + sorted(t for t in groups if t not in F.TYPES)
    return {t: groups[t] for t in order}


# -- CSV -------------------------------------------------------------------------------------------------


def csv_cell(v: Any, kind: str) -> str:
    """How a value is written in CSV: empty for null, true/false, numbers as Python writes them, JSON for the
    rest (lists, participants, extra)."""
    if v is None:
        return ""
    if kind == "bool":
        return "true" if v else "false"
    if kind in ("list", "people", "json"):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def csv_text(rows: Sequence[Mapping[str, Any]], cols: Sequence[tuple[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c for c, _ in cols])
    for r in rows:
        w.writerow([csv_cell(r.get(c), k) for c, k in cols])
    return buf.getvalue()


def csv_files(facts: Sequence[Fact], sources: Sequence[Source]) -> dict[str, bytes]:
    """File name → CSV bytes (UTF-8): ``TYPE.csv`` per fact type present, ``evidence.csv``, ``sources.csv``."""
    out: dict[str, bytes] = {}
    for t, group in by_type(facts).items():
        out[f"{t}.csv"] = csv_text([fact_row(f) for f in group], columns(t)).encode("utf-8")
    out["evidence.csv"] = csv_text(evidence_rows(facts), EVIDENCE).encode("utf-8")
    out["sources.csv"] = csv_text(source_rows(sources), SOURCES).encode("utf-8")
    return out


# -- Parquet ---------------------------------------------------------------------------------------------


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    return {
        "str": pa.string(),
        "bool": pa.bool_(),
        "float": pa.float64(),
        "int": pa.int64(),
        "list": pa.list_(pa.string()),
        "people": pa.list_(pa.struct([("name", pa.string()), ("role", pa.string()), ("country", pa.string())])),
        "json": pa.string(),
    }[kind]


def arrow_table(rows: Sequence[Mapping[str, Any]], cols: Sequence[tuple[str, str]]) -> Any:
    import pyarrow as pa

    schema = pa.schema([(c, _arrow_type(k)) for c, k in cols])
    data = {
        c: [
            (json.dumps(r.get(c), ensure_ascii=False) if r.get(c) is not None else None) if k == "json" else r.get(c)
            for r in rows
        ]
        for c, k in cols
    }
    return pa.Table.from_pydict(data, schema=schema)


def parquet_files(facts: Sequence[Fact], sources: Sequence[Source]) -> dict[str, bytes]:
    """File name → Parquet bytes: ``TYPE.parquet`` per fact type present, ``evidence.parquet``, ``sources.parquet``."""
    import pyarrow.parquet as pq

    def dump(table: Any) -> bytes:
        buf = io.BytesIO()
        pq.write_table(table, buf)
        return buf.getvalue()

    out: dict[str, bytes] = {}
    for t, group in by_type(facts).items():
        out[f"{t}.parquet"] = dump(arrow_table([fact_row(f) for f in group], columns(t)))
    out["evidence.parquet"] = dump(arrow_table(evidence_rows(facts), EVIDENCE))
    out["sources.parquet"] = dump(arrow_table(source_rows(sources), SOURCES))
    return out
