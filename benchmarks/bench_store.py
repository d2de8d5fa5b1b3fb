"""Store benchmark: ingest rate, and `show` / `timeline` latency at many pairs.

    python benchmarks/bench_store.py --n 10000 --jobs 2

1. end to end: N generated article files through extraction (process pool, ``--jobs``) and the writer,
   the same code path as ``bilateral ingest``;
2. the writer alone: N generated contract documents (every fact type) stored one transaction each;
3. latency of ``show`` and ``timeline`` (p50 / p95 over random pairs) in the store of step 2.

Figures go to benchmarks/RESULTS-store.md (with the machine) and to stdout.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bilateral.store import Store
from bilateral.store import countries as C
from bilateral.store.ingest import ingest_paths

HERE = Path(__file__).resolve().parent


def country_names() -> list[tuple[str, str]]:
    """(name, code) of every country whose plain name the gazetteer reads back to its code."""
    import pycountry

    out = []
    for c in pycountry.countries:
        name = str(getattr(c, "common_name", None) or c.name)
        if "," in name or "(" in name:
            continue
        if C.code(name) != c.alpha_2:
            continue
        found = C.find(f"{name}–Norway relations")  # the name must also be read inside a title
        if found and found[0][2] == c.alpha_2 and found[0][1] - found[0][0] == len(name):
            out.append((name, str(c.alpha_2)))
    return out


def pairs(n: int, seed: int = 7) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    names = country_names()
    allp = list(itertools.combinations(names, 2))
    random.Random(seed).shuffle(allp)
    if n > len(allp):
        raise SystemExit(f"only {len(allp)} distinct pairs available; use --n {len(allp)} or less")
    return allp[:n]


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def article_text(a: str, b: str, rnd: random.Random) -> str:
    y = rnd.randint(1991, 1999)
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    rows = "\n".join(
        f"| {year} | {rnd.randint(10, 900)},{rnd.randint(0, 9)} | {rnd.randint(10, 900)},{rnd.randint(0, 9)} |"
        for year in range(2015, 2023)
    )
    return (
        f"= {a}–{b} relations =\n\n"
        f"{a}–{b} relations are the bilateral relations between {a} and {b}.\n\n"
        "== Overview ==\n"
        f"{b} recognized the independence of {a} on {d} {MONTHS[m - 1]} {y}. "
        f"Diplomatic relations between {a} and {b} were established on {d} {MONTHS[(m % 12)]} {y}. "
        f"{a} has an embassy in the capital of {b}. "
        f"In {y + 10} the foreign minister of {a} visited {b}. "
        f"An agreement on economic cooperation was signed in {y + 12}.\n\n"
        "== Economic relations ==\n"
        f"Trade between {a} and {b} (million USD):\n"
        "| Year | Export | Import |\n"
        f"{rows}\n\n"
        "== See also ==\n"
        f"- Foreign relations of {a}\n"
        f"- Foreign relations of {b}\n"
    )


def contract_document(i: int, pa: tuple[str, str], pb: tuple[str, str], rnd: random.Random) -> dict[str, Any]:
    (a, ca), (b, cb) = pa, pb
    text = [f"{a}–{b} relations\n\n"]
    facts: list[dict[str, Any]] = []

    def line(sentence: str, section: str, *fs: dict[str, Any]) -> None:
        start = sum(len(t) for t in text)
        text.append(sentence + "\n")
        ev = {"section": section, "start": start, "end": start + len(sentence), "quote": sentence}
        facts.extend({**f, "evidence": [ev]} for f in fs)

    y = rnd.randint(1991, 1999)
    line(
        f"{b} recognized {a} in {y}.", "Overview", {"type": "recognition", "subject": cb, "object": ca, "date": str(y)}
    )
    line(
        f"Diplomatic relations were established on {y}-05-0{rnd.randint(1, 9)}.",
        "Overview",
        {
            "type": "diplomatic_relations",
            "parties": [ca, cb],
            "event": "established",
            "date": f"{y}-05-0{rnd.randint(1, 9)}",
        },
    )
    for s, r in ((ca, cb), (cb, ca)):
        line(
            f"{s} has an embassy in the capital of {r}.",
            "Missions",
            {
                "type": "mission",
                "sender": s,
                "receiver": r,
                "kind": "embassy",
                "city": f"Capital {r}",
                "resident": True,
                "accredited_from": None,
                "date": None,
                "status": "open",
            },
        )
        line(
            f"Envoy {s}-{i} became ambassador of {s} to {r} in {y + 20}.",
            "Missions",
            {
                "type": "office",
                "person": f"Envoy {s}-{i}",
                "role": "ambassador",
                "sender": s,
                "receiver": r,
                "appointed": str(y + 20),
                "credentials": None,
                "since": None,
                "concurrent_with": [],
            },
        )
    for k in range(4):
        line(
            f"Visit number {k} took place in {y + 5 + k}.",
            "Visits",
            {
                "type": "event",
                "kind": "visit",
                "date": str(y + 5 + k),
                "location": {"city": None, "country": cb},
                "participants": [{"name": f"Minister {ca}{k}", "role": "foreign_minister", "country": ca}],
                "occasion": None,
                "summary": f"visit {k}",
            },
        )
    line(
        f"An agreement on cooperation was signed in {y + 12}.",
        "Agreements",
        {
            "type": "agreement",
            "title": "agreement on cooperation",
            "kind": "agreement",
            "status": "signed",
            "date": str(y + 12),
            "parties": [ca, cb],
            "location": None,
            "subject": None,
        },
    )
    for year in range(2015, 2023):
        exp, imp = rnd.randint(10, 900), rnd.randint(10, 900)
        line(
            f"| {year} | {exp} | {imp} | {exp + imp} |",
            "Economic relations",
            *[
                {
                    "type": "trade",
                    "reporter": ca,
                    "partner": cb,
                    "flow": flow,
                    "period": str(year),
                    "value": float(v),
                    "unit": "million USD",
                    "unit_inferred": False,
                    "approximate": False,
                    "commodity": None,
                    "source": None,
                }
                for flow, v in (("export", exp), ("import", imp), ("turnover", exp + imp))
            ],
        )
    line(
        f"Both {a} and {b} are members of the United Nations.",
        "Overview",
        {"type": "membership", "country": ca, "organization": "United Nations", "date": None},
        {"type": "membership", "country": cb, "organization": "United Nations", "date": None},
    )
    line(f"- Foreign relations of {a}", "See also", {"type": "see_also", "title": f"Foreign relations of {a}"})
    body = "".join(text)
    return {
        "schema": "bilateral.facts/1",
        "source": {
            "path": f"gen/{i}.txt",
            "title": f"{a}–{b} relations",
            "sha256": hashlib.sha256(body.encode()).hexdigest(),
        },
        "dyad": [ca, cb],
        "facts": facts,
    }


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{cpu}, {cores} cores available; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="articles / documents / pairs (default 10000)")
    ap.add_argument("--articles", type=int, default=None, help="articles for step 1 (default: --n)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--queries", type=int, default=500, help="random pairs timed per query")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS-store.md")
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    n_articles = args.articles if args.articles is not None else args.n
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(1)
    ps = pairs(max(args.n, n_articles))
    lines: list[str] = []

    def say(text: str) -> None:
        print(text, flush=True)
        lines.append(text)

    # 1. end to end
    folder = work / "articles"
    folder.mkdir(exist_ok=True)
    for i, ((a, _), (b, _)) in enumerate(ps[:n_articles]):
        (folder / f"{i:05d}.txt").write_text(article_text(a, b, rnd), encoding="utf-8")
    db1 = work / "e2e.db"
    t0 = time.perf_counter()
    with Store.open(db1) as s:
        outcomes = ingest_paths(s, [str(folder)], jobs=args.jobs)
    t1 = time.perf_counter() - t0
    stored = sum(o.status in ("added", "revised") for o in outcomes)
    facts = sum(o.facts for o in outcomes if o.status != "failed")
    failed = sum(o.status == "failed" for o in outcomes)
    say(
        f"| ingest, end to end (extract + store), --jobs {args.jobs} | {n_articles} articles | {t1:.1f} s | "
        f"{n_articles / t1:.0f} articles/s | {facts} facts, {stored} stored, {failed} failed |"
    )
    t0 = time.perf_counter()
    with Store.open(db1) as s:
        again = ingest_paths(s, [str(folder)], jobs=args.jobs)
    t2 = time.perf_counter() - t0
    say(
        f"| re-ingest, all unchanged | {n_articles} articles | {t2:.1f} s | {n_articles / t2:.0f} articles/s | "
        f"{sum(o.status == 'unchanged' for o in again)} unchanged |"
    )

    # 2. writer alone
    docs = [contract_document(i, pa, pb, rnd) for i, (pa, pb) in enumerate(ps[: args.n])]
    nfacts = sum(len(d["facts"]) for d in docs)
    db2 = work / "store.db"
    t0 = time.perf_counter()
    with Store.open(db2) as s:
        for d in docs:
            s.ingest_document(d)
    t3 = time.perf_counter() - t0
    size = db2.stat().st_size / 1e6
    say(
        f"| store contract documents (one transaction each) | {args.n} documents, {nfacts} facts | {t3:.1f} s | "
        f"{args.n / t3:.0f} documents/s, {nfacts / t3:.0f} facts/s | database {size:.0f} MB |"
    )

    # 3. latency
    sample = random.Random(3).sample(ps[: args.n], min(args.queries, args.n))
    with Store.open(db2) as s:
        for name, fn in (("show", s.show), ("timeline", s.timeline)):
            times = []
            for (_, ca), (_, cb) in sample:
                q0 = time.perf_counter()
                fn(ca, cb)
                times.append((time.perf_counter() - q0) * 1000)
            say(
                f"| `{name}` latency at {args.n} pairs | {len(times)} random pairs | p50 {pct(times, 0.5):.1f} ms | "
                f"p95 {pct(times, 0.95):.1f} ms | mean {statistics.mean(times):.1f} ms, max {max(times):.1f} ms |"
            )

    header = [
        "# Store benchmark",
        "",
        f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} with "
        f"`python benchmarks/bench_store.py --n {args.n} --articles {n_articles} --jobs {args.jobs}`.",
        "",
        f"Machine: {machine()}.",
        "",
        "| what | size | time | rate / latency | notes |",
        "| --- | --- | --- | --- | --- |",
    ]
    footer = [
        "",
        "Step 1 writes generated seed-format articles (recognition, relations, a mission, a visit, an agreement, an",
        "8-row trade table, see also) and runs the same code as `bilateral ingest` (extraction in a process pool, one",
        "writer, one transaction per article). Step 2 stores generated contract documents with every fact type",
        "(about 40 facts each). Step 3 times `Store.show` and `Store.timeline` (the query functions the commands",
        "call, without table rendering) on random pairs of the step-2 store. The goal is p95 < 20 ms.",
    ]
    args.out.write_text("\n".join(header + lines + footer) + "\n", encoding="utf-8")
    print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
