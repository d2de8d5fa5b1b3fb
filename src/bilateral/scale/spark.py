"""The extraction on Apache Spark: pages in, one row per fact out, written as Parquet.

    spark-submit --master yarn src/bilateral/scale/spark.py \\
        enwiki-…-pages-articles-multistream.xml.bz2 facts.parquet
    bilateral ingest facts.parquet --db kb.db

- :func:`facts_from_pages` turns a DataFrame of ``(page_id, title, text)`` (``revision_id`` and ``dump``
  optional) into a DataFrame of facts: the contract's fields flattened (:mod:`bilateral.scale.facts`),
  evidence included, one row per fact.
- :func:`facts_from_dump` does it from a dump file. With a multistream dump and its index the executors
  each read, decompress, select and extract their own streams (the file must be readable at the same path
  on every node: a shared file system, or copied to each); a plain dump is scanned on the driver, which
  keeps only the selected pages and hands them to the executors.
- :func:`main` is the ``spark-submit`` entry (also ``python -m bilateral.scale.spark``).

Every executor needs ``bilateral`` installed (``pip install bilateral``), as the workers import it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from bilateral.scale import facts as F

_SPARK_TYPES = {
    "string": "string",
    "long": "bigint",
    "int": "int",
    "double": "double",
    "boolean": "boolean",
    "array<string>": "array<string>",
    "participants": "array<struct<name:string,role:string,country:string>>",
    "evidence": "array<struct<section:string,start:bigint,end:bigint,quote:string>>",
}


def facts_schema() -> Any:
    """The Spark schema of the facts DataFrame (the columns of :data:`bilateral.scale.facts.COLUMNS`)."""
    from pyspark.sql.types import StructType, _parse_datatype_string

    ddl = ", ".join(f"`{name}`: {_SPARK_TYPES[kind]}" for name, kind in F.COLUMNS)
    schema = _parse_datatype_string(f"struct<{ddl}>")
    assert isinstance(schema, StructType)
    return schema


def _page_facts(
    page_id: int, revision_id: int | None, title: str, text: str, dump: str, max_bytes: int
) -> tuple[list[tuple[Any, ...]], str | None]:
    """Rows of one page's facts, or ([], one-line problem)."""
    from bilateral.scale.ingest import extract_page

    if text is None or title is None:
        return [], f"{dump}: page {page_id}: no title or text; page skipped"
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        return [], f"{dump}: page {page_id} {title!r}: text is {size / 1e6:.1f} MB, over the limit; page skipped"
    kind, _key, value = extract_page((dump, int(page_id), revision_id, str(title), str(text)), max_bytes)
    if kind == "page":
        return list(F.rows(value.document)), None
    if kind == "failed":
        return [], str(value)
    return [], None  # no pair of states: not a relations article


def _extract_partition(rows: Iterable[Any], max_bytes: int, default_dump: str) -> Iterator[tuple[Any, ...]]:
    for r in rows:
        d = r.asDict() if hasattr(r, "asDict") else dict(r)
        out, problem = _page_facts(
            d["page_id"], d.get("revision_id"), d.get("title"), d.get("text"), d.get("dump") or default_dump, max_bytes
        )
        if problem:
            print(f"bilateral: {problem}", file=sys.stderr)
        yield from out


def facts_from_pages(pages: Any, *, max_bytes: int = 20 * 1024 * 1024, dump: str = "pages") -> Any:
    """A DataFrame of facts from a DataFrame with columns ``page_id``, ``title``, ``text`` (and optionally
    ``revision_id``, ``dump``). Pages without a pair of states give no rows."""
    spark = pages.sparkSession
    rdd = pages.rdd.mapPartitions(lambda rows: _extract_partition(rows, max_bytes, dump))
    return spark.createDataFrame(rdd, facts_schema())


def _scan_stream_group(
    group: Iterable[tuple[str, Any, str | None, bool, int]],
) -> Iterator[tuple[Any, ...]]:
    from bilateral.scale.ingest import StreamJob, scan_streams

    for dump, stream, titles, infobox, max_bytes in group:
        name = dump.rsplit("/", 1)[-1]
        items, _counts = scan_streams(StreamJob(dump, name, (stream,), titles, infobox, max_bytes, None, None))
        for kind, _key, value in items:
            if kind == "page":
                yield from F.rows(value.document)
            elif kind == "failed":
                print(f"bilateral: {value}", file=sys.stderr)


def facts_from_dump(
    spark: Any,
    path: str,
    *,
    index: str | None = None,
    titles: str | None = None,
    infobox: bool = True,
    partitions: int | None = None,
    max_bytes: int = 20 * 1024 * 1024,
) -> Any:
    """A DataFrame of facts from a dump file (see the module's doc for where the work happens)."""
    from pathlib import Path

    from bilateral.scale.dump import DumpError, Page, Problem, index_path_for, open_pages, parse_page, stream_ranges
    from bilateral.scale.selection import Selector

    p = Path(path)
    if not p.is_file():
        raise DumpError(f"{path}: no such file; check the path")
    idx = Path(index) if index else index_path_for(p)
    sc = spark.sparkContext
    if idx is not None and idx.is_file():
        streams = stream_ranges(p, idx)
        work = [(str(p.resolve()), s, titles, infobox, max_bytes) for s in streams]
        n = partitions or max(1, min(len(work), sc.defaultParallelism * 4))
        rdd = sc.parallelize(work, n).mapPartitions(_scan_stream_group)
        return spark.createDataFrame(rdd, facts_schema())
    selector = Selector.make(titles, infobox)
    selected = []
    for raw in open_pages(p, max_bytes):
        if isinstance(raw, Problem):
            print(f"bilateral: {raw.line(p.name)}", file=sys.stderr)
            continue
        if selector.why(raw) is None:
            continue
        page = parse_page(raw, max_bytes)
        if isinstance(page, Problem):
            print(f"bilateral: {page.line(p.name)}", file=sys.stderr)
            continue
        assert isinstance(page, Page)
        selected.append((page.page_id, page.revision_id, page.title, page.text, p.name))
    pages = spark.createDataFrame(
        selected, "page_id bigint, revision_id bigint, title string, text string, dump string"
    )
    if partitions:
        pages = pages.repartition(partitions)
    return facts_from_pages(pages, max_bytes=max_bytes, dump=p.name)


def write_parquet(facts: Any, out: str) -> None:
    facts.write.mode("overwrite").parquet(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="bilateral.scale.spark",
        description="Extract the facts of the relations articles of a dump (or of a Parquet of pages) into Parquet.",
    )
    ap.add_argument("input", help="a dump (.xml, .xml.bz2, multistream .xml.bz2) or a Parquet of pages")
    ap.add_argument("output", help="where to write the facts (a Parquet folder)")
    ap.add_argument("--index", help="the multistream index [default: found beside the dump]")
    ap.add_argument("--titles", help="select pages whose title matches this REGEX")
    ap.add_argument("--partitions", type=int, help="number of partitions [default: 4 per core]")
    ap.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[4])")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    if args.master and args.master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers run this same Python
    builder = SparkSession.builder.appName("bilateral-facts")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        if args.input.lower().rstrip("/").endswith(".parquet"):
            pages = spark.read.parquet(args.input)
            if args.partitions:
                pages = pages.repartition(args.partitions)
            facts = facts_from_pages(pages, dump=args.input.rstrip("/").rsplit("/", 1)[-1])
        else:
            facts = facts_from_dump(
                spark, args.input, index=args.index, titles=args.titles, partitions=args.partitions
            )
        write_parquet(facts, args.output)
        n = spark.read.parquet(args.output).count()
        print(f"bilateral: {n} facts written to {args.output}", file=sys.stderr)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
