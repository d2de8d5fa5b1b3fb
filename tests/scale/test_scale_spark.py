"""The Spark job in local mode (one small session): a dump and a DataFrame of pages to Parquet facts, and
the Parquet back into the store with `bilateral ingest facts.parquet`."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.scale.writer import DumpPage, write_multistream, write_xml

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (17); none found", allow_module_level=True)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("bilateral-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def current_facts(db: Path) -> dict[str, list[tuple[str, str]]]:
    """page id → the facts (data and evidence) of its current revision, in order."""
    conn = sqlite3.connect(db)
    out: dict[str, list[tuple[str, str]]] = {}
    for header, data, ev in conn.execute(
        "SELECT s.header, f.data, (SELECT json_group_array(json_array(e.start, e.\"end\", e.quote))"
        " FROM evidence e WHERE e.fact_id = f.id ORDER BY e.seq)"
        " FROM facts f JOIN sources s ON s.id = f.source_id WHERE s.current = 1 ORDER BY s.id, f.seq"
    ):
        pid = str(json.loads(header)["source"]["page_id"])
        out.setdefault(pid, []).append((data, ev))
    conn.close()
    return out


def ingest(*args: str) -> str:
    res = CliRunner().invoke(cli, ["ingest", *args])
    assert res.exit_code == 0, res.output
    return res.output


def test_spark_dump_to_parquet_and_back_into_the_store(spark: Any, tmp_path: Path, pages: list[DumpPage]) -> None:
    from bilateral.scale.spark import facts_from_dump, facts_from_pages, write_parquet

    dump, _ = write_multistream(pages, tmp_path / "s-multistream.xml.bz2", per_stream=2)
    direct = tmp_path / "direct.db"
    ingest(str(dump), "--db", str(direct), "--jobs", "1")

    # 1. a multistream dump: the executors read their own streams
    out = tmp_path / "facts.parquet"
    write_parquet(facts_from_dump(spark, str(dump)), str(out))
    rows = spark.read.parquet(str(out))
    assert rows.count() == sum(len(v) for v in current_facts(direct).values())
    via = tmp_path / "via.db"
    output = ingest(str(out), "--db", str(via))
    assert "3 pages read from Parquet" in output
    assert current_facts(via) == current_facts(direct)  # the same facts with the same evidence

    # the columns are the contract's fields, flattened, with the evidence
    mission = (
        rows.where("type = 'mission' AND sender = 'CZ' AND receiver = 'SK' AND kind = 'embassy'").collect()[0].asDict()
    )
    assert mission["page_id"] == 10 and mission["page_title"] == "Czech Republic–Slovakia relations"
    assert mission["city"] == "Bratislava" and mission["resident"] is True
    ev = mission["evidence"][0]
    text = pages[0].text
    assert text[ev["start"] : ev["end"]] == ev["quote"] and "Bratislava" in ev["quote"]
    assert json.loads(mission["fact_json"])["city"] == "Bratislava"

    # 2. a DataFrame of (page_id, title, text): the same facts for the same pages
    df = spark.createDataFrame(
        [(p.page_id, p.title, p.text) for p in pages if p.page_id in (14, 15)],
        "page_id bigint, title string, text string",
    )
    facts = facts_from_pages(df, dump="frame").collect()
    by_page: dict[int, int] = {}
    for r in facts:
        by_page[r["page_id"]] = by_page.get(r["page_id"], 0) + 1
    expect = current_facts(direct)
    assert by_page == {14: len(expect["14"]), 15: len(expect["15"])}

    # 3. a plain dump: scanned on the driver, extracted on the executors
    plain = write_xml(pages, tmp_path / "s.xml")
    assert facts_from_dump(spark, str(plain)).count() == rows.count()


def test_ingest_parquet_that_is_not_facts(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"x": [1, 2]}), tmp_path / "other.parquet")
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "other.parquet"), "--db", str(tmp_path / "kb.db")])
    assert res.exit_code == 1 and "not facts written by bilateral.scale.spark" in res.output
