"""csv and parquet: one table per fact type plus evidence and sources, read back with the csv module and
pyarrow, every value equal to the store's."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.exports import render

# the contract fields each table must carry, read straight from the contract (FACTS.md)
CONTRACT = {
    "recognition": ["subject", "object", "date"],
    "diplomatic_relations": ["parties", "event", "date"],
    "mission": ["sender", "receiver", "kind", "city", "resident", "accredited_from", "date", "status"],
    "office": ["person", "role", "sender", "receiver", "appointed", "credentials", "since", "concurrent_with"],
    "event": ["kind", "date", "location", "participants", "occasion", "summary"],
    "agreement": ["title", "kind", "status", "date", "parties", "location", "subject"],
    "trade": ["reporter", "partner", "flow", "period", "value", "unit", "unit_inferred", "approximate"],
    "membership": ["country", "organization", "date"],
    "parliamentary_group": ["country", "parliament", "name", "partner", "established", "head", "head_since"],
    "see_also": ["title"],
}


def _store_facts(store: Any) -> dict[int, tuple[str, dict[str, Any]]]:
    rows = store.conn.execute(
        "SELECT f.id, f.type, f.data FROM facts f JOIN sources s ON s.id = f.source_id WHERE s.current = 1"
    )
    return {r["id"]: (r["type"], json.loads(r["data"])) for r in rows}


def _store_evidence(store: Any) -> list[tuple[int, int, str | None, int, int, str]]:
    rows = store.conn.execute(
        'SELECT e.fact_id, e.seq, e.section, e.start, e."end", e.quote FROM evidence e'
        " JOIN sources s ON s.id = e.source_id WHERE s.current = 1 ORDER BY e.fact_id, e.seq"
    )
    return [tuple(r) for r in rows]


def _csv_value(cell: str, original: Any) -> Any:
    """Read a CSV cell back in the shape of the store's value."""
    if isinstance(original, bool):
        return {"true": True, "false": False}[cell]
    if isinstance(original, int | float):
        return float(cell)
    if isinstance(original, list):
        return json.loads(cell)
    if original is None:
        return None if cell == "" else cell
    return cell


def _check_fact(fact: dict[str, Any], get: Any) -> None:
    """``get(column)`` reads one column of the exported row; every contract field must equal the store's."""
    for key in CONTRACT.get(fact["type"], []):
        v = fact.get(key)
        if key in ("location", "accredited_from"):
            for inner in ("city", "country"):
                assert get(f"{key}.{inner}", (v or {}).get(inner)) == (v or {}).get(inner), (key, inner)
        elif key == "participants":
            got = get(key, v)
            assert [(p["name"], p["role"], p["country"]) for p in got] == [
                (p.get("name"), p.get("role"), p.get("country")) for p in v
            ]
        elif isinstance(v, int | float) and not isinstance(v, bool):
            assert get(key, v) == pytest.approx(float(v))
        else:
            assert get(key, v) == v, key


def test_csv_zip_equals_store(both_store: Any) -> None:
    media, name, body = render(both_store, "csv", None)
    assert media == "application/zip" and name.endswith(".zip")
    z = zipfile.ZipFile(io.BytesIO(body))
    facts = _store_facts(both_store)
    seen: set[int] = set()
    types = {t for t, _ in facts.values()}
    assert {n for n in z.namelist()} == {f"{t}.csv" for t in types} | {"evidence.csv", "sources.csv"}
    for t in types:
        rows = list(csv.DictReader(io.StringIO(z.read(f"{t}.csv").decode("utf-8"))))
        assert len(rows) == sum(1 for tt, _ in facts.values() if tt == t), t
        for row in rows:
            fid = int(row["fact_id"])
            ftype, fact = facts[fid]
            assert ftype == t
            seen.add(fid)
            _check_fact({**fact, "type": t}, lambda col, orig, row=row: _csv_value(row[col], orig))
            assert float(row["confidence"]) == pytest.approx(fact["confidence"])
    assert seen == set(facts)
    ev = list(csv.DictReader(io.StringIO(z.read("evidence.csv").decode("utf-8"))))
    got = sorted(
        (int(r["fact_id"]), int(r["seq"]), r["section"] or None, int(r["start"]), int(r["end"]), r["quote"]) for r in ev
    )
    assert got == sorted(_store_evidence(both_store))
    src = list(csv.DictReader(io.StringIO(z.read("sources.csv").decode("utf-8"))))
    stored = both_store.sources()
    assert {(r["article"], r["sha256"]) for r in src} == {(s["path"], s["sha256"]) for s in stored}


def test_csv_events_carry_codes(both_store: Any) -> None:
    _, _, body = render(both_store, "csv", ("IS", "EE"))
    z = zipfile.ZipFile(io.BytesIO(body))
    events = list(csv.DictReader(io.StringIO(z.read("event.csv").decode("utf-8"))))
    (visit,) = [r for r in events if r["kind"] == "visit"]
    # an Estonian minister in Reykjavík: Estonia makes a visit (042) to Iceland
    assert (visit["cameo"], visit["cameo_source"], visit["cameo_target"]) == ("042", "EE", "IS")
    assert (visit["plover"], visit["plover_mode"]) == ("CONSULT", "visit")
    (rec,) = list(csv.DictReader(io.StringIO(z.read("recognition.csv").decode("utf-8"))))
    assert (rec["cameo"], rec["cameo_source"], rec["cameo_target"]) == ("054", "IS", "EE")


def test_csv_folder_from_the_cli(both_db: Path, both_store: Any, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = CliRunner().invoke(cli, ["export", "-f", "csv", "--db", str(both_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    missions = list(csv.DictReader((out / "mission.csv").open(encoding="utf-8")))
    view = both_store.conn.execute("SELECT count(*) FROM missions").fetchone()[0]
    assert len(missions) == view
    covered = {(r["sender"], r["receiver"], r["accredited_from.city"]) for r in missions if r["resident"] == "false"}
    assert ("IS", "EE", "Helsinki") in covered and ("EE", "IS", "Oslo") in covered


def test_parquet_equals_store(both_store: Any, both_db: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pq.zip"
    result = CliRunner().invoke(cli, ["export", "-f", "parquet", "--db", str(both_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    z = zipfile.ZipFile(out)
    facts = _store_facts(both_store)
    seen: set[int] = set()
    for name in z.namelist():
        table = pq.read_table(io.BytesIO(z.read(name)))
        if name in ("evidence.parquet", "sources.parquet"):
            continue
        t = name.removesuffix(".parquet")
        for row in table.to_pylist():
            ftype, fact = facts[row["fact_id"]]
            assert ftype == t
            seen.add(row["fact_id"])
            _check_fact({**fact, "type": t}, lambda col, orig, row=row: row[col])
    assert seen == set(facts)
    ev = pq.read_table(io.BytesIO(z.read("evidence.parquet"))).to_pylist()
    got = sorted((r["fact_id"], r["seq"], r["section"], r["start"], r["end"], r["quote"]) for r in ev)
    assert got == sorted(_store_evidence(both_store))
    trade = pq.read_table(io.BytesIO(z.read("trade.parquet")))
    assert str(trade.schema.field("value").type) == "double"
    assert str(trade.schema.field("approximate").type) == "bool"
