"""Extraction benchmark: articles/s and MB/s per core, single process.

    python benchmarks/bench_extract.py [--repeats 5] [--out benchmarks/RESULTS-extract.md]

Corpora: the shared seeds + dev sets (../shared/corpus, when present) and the bundled examples. Each article
is read into memory once; the timed part is what `bilateral extract` does per article after reading the
file: decode, detect the format, build the document model, run every extractor, resolve, and build the
contract document (JSON serialization included, printing not). One process, so the rate is per core.
Each corpus is extracted ``--repeats`` times after one warm-up pass (which also fills the gazetteer caches);
the median, best and worst pass are reported. The issue's goal is >= 500 articles/s per core.

Also timed separately, for the median pass: the share of time in parsing (document model) versus extraction.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bilateral import extract, resolve
from bilateral.document.load import decode, parse_text
from bilateral.extract.base import Context
from bilateral.extract.dyad import find_dyad
from bilateral.pipeline import extract_doc

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"


def articles(folder: Path) -> list[tuple[str, bytes]]:
    return [
        (str(p), p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in (".txt", ".wiki")
    ]


def one_pass(items: list[tuple[str, bytes]]) -> tuple[float, float, int]:
    """Seconds for the whole pass, seconds spent parsing, facts produced."""
    from bilateral import gazetteer
    from bilateral.extract import people

    # every pass sees the articles as new: the per-text caches of the finders are emptied first
    gazetteer.clear_text_caches()
    people._is_stop.cache_clear()
    parse_s = 0.0
    facts = 0
    t0 = time.perf_counter()
    for path, data in items:
        p0 = time.perf_counter()
        text = decode(data, path, [])
        doc = parse_text(text, path)
        parse_s += time.perf_counter() - p0
        document, _notes = extract_doc(doc, hashlib.sha256(data).hexdigest())
        json.dumps(document, ensure_ascii=False)
        facts += len(document["facts"])
    return time.perf_counter() - t0, parse_s, facts


def bench(name: str, items: list[tuple[str, bytes]], repeats: int) -> dict[str, object]:
    one_pass(items)  # warm-up: imports, data files, regex caches
    passes = [one_pass(items) for _ in range(repeats)]
    times = sorted(p[0] for p in passes)
    median = statistics.median(times)
    mid = min(passes, key=lambda p: abs(p[0] - median))
    n = len(items)
    mb = sum(len(d) for _, d in items) / 1e6
    return {
        "name": name,
        "articles": n,
        "mb": mb,
        "facts": passes[0][2],
        "median_s": median,
        "best_s": times[0],
        "worst_s": times[-1],
        "articles_per_s": n / median,
        "best_articles_per_s": n / times[0],
        "mb_per_s": mb / median,
        "parse_share": mid[1] / mid[0] if mid[0] else 0.0,
    }


def by_stage(items: list[tuple[str, bytes]], repeats: int) -> dict[str, float]:
    """Seconds per stage (parse, dyad, each extractor family in the order ``extract.run`` uses, resolve),
    summed over ``repeats`` passes of the corpus."""
    spent: dict[str, float] = {}

    def add(stage: str, t0: float) -> None:
        spent[stage] = spent.get(stage, 0.0) + time.perf_counter() - t0

    families = extract.extractors()
    for _ in range(repeats):
        for path, data in items:
            t0 = time.perf_counter()
            doc = parse_text(decode(data, path, []), path)
            add("parse", t0)
            t0 = time.perf_counter()
            ctx = Context(doc, find_dyad(doc))
            add("dyad", t0)
            facts = []
            for name, fn in families:
                t0 = time.perf_counter()
                facts.extend(fn(ctx))
                add(name, t0)
            ctx.cache["facts"] = facts
            t0 = time.perf_counter()
            resolve.merge(facts)
            add("resolve", t0)
    return spent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{cpu}, {cores} cores available (one used); {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS-extract.md")
    a = ap.parse_args(argv)

    corpora: list[tuple[str, list[tuple[str, bytes]]]] = []
    seeds_dev: list[tuple[str, bytes]] = []
    for s in ("seeds", "dev"):
        if (SHARED / "corpus" / s).is_dir():
            seeds_dev += articles(SHARED / "corpus" / s)
    if seeds_dev:
        corpora.append(("shared seeds + dev", seeds_dev))
    else:
        print(f"{SHARED / 'corpus'} is absent: measuring the bundled examples only", file=sys.stderr)
    corpora.append(("bundled examples", articles(ROOT / "examples")))

    rows = [bench(name, items, a.repeats) for name, items in corpora]
    stages = by_stage(corpora[0][1], a.repeats)
    total = sum(stages.values())
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Extraction benchmark",
        "",
        f"Run {now} with `python benchmarks/bench_extract.py --repeats {a.repeats}`.",
        "",
        f"Machine: {machine()}.",
        "",
        "| corpus | articles | size | facts | median pass | articles/s per core (median / best) "
        "| MB/s per core | parsing share |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {r['articles']} | {r['mb']:.3f} MB | {r['facts']} | {r['median_s'] * 1000:.0f} ms "
            f"(best {r['best_s'] * 1000:.0f}, worst {r['worst_s'] * 1000:.0f}) "
            f"| {r['articles_per_s']:.0f} / {r['best_articles_per_s']:.0f} | {r['mb_per_s']:.3f} "
            f"| {r['parse_share']:.0%} |"
        )
    lines += [
        "",
        "One process, articles already in memory; each pass decodes, detects the format, builds the document "
        "model, runs every extractor, resolves and builds the contract JSON for every article (what "
        "`bilateral extract` does per file, minus reading and printing). One warm-up pass first, then "
        f"{a.repeats} timed passes. Parsing share: time in decoding and the document model, of the median pass.",
        "",
        "The goal of issue 4 is >= 500 articles/s per core.",
        "",
        f"## Where the time goes ({corpora[0][0]}, {a.repeats} passes, per article)",
        "",
        "| stage | ms per article | share |",
        "| --- | --- | --- |",
    ]
    per = a.repeats * len(corpora[0][1])
    for stage, sec in sorted(stages.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {stage} | {sec / per * 1000:.2f} | {sec / total:.0%} |")
    lines += [
        "",
        "Families share per-article caches (dates, people and cities of each unit, in `Context.cache`): the "
        "first family that asks for them pays, so a family's figure includes work the later ones reuse.",
        "",
    ]
    a.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
