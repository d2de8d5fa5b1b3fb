"""Web benchmark: p50 / p95 latency of the dyad page and of its JSON twin with 10,000 pairs in the store.

    python benchmarks/bench_web.py --n 10000 --requests 500

1. a store of N generated contract documents, one pair each (every fact type, about 40 facts; the generator
   of benchmarks/bench_store.py), reused from --workdir when it is already there;
2. `bilateral serve` on 127.0.0.1 (uvicorn, one process of its own, started as a subprocess), and one
   keep-alive HTTP client sending requests one after another for random pairs: `/dyads/A-B` (the page: show,
   timeline, trade chart, agreements, people, sources), `/api/dyads/A-B`, and `/api/dyads/A-B/timeline`.

Figures go to benchmarks/RESULTS-web.md (with the machine) and to stdout.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import httpx  # noqa: E402
from bench_store import contract_document, machine, pairs, pct  # noqa: E402

from bilateral.store import Store  # noqa: E402


def build(db: Path, n: int) -> float:
    rnd = random.Random(1)
    t0 = time.perf_counter()
    with Store.open(db) as s:
        for i, (pa, pb) in enumerate(pairs(n)):
            s.ingest_document(contract_document(i, pa, pb, rnd))
    return time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="pairs in the store (default 10000)")
    ap.add_argument("--requests", type=int, default=500, help="random pairs timed per URL (default 500)")
    ap.add_argument("--workdir", type=Path, default=None, help="keep (and reuse) the generated store here")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS-web.md")
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-web-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"web-{args.n}.db"
    lines: list[str] = []

    def say(text: str) -> None:
        print(text, flush=True)
        lines.append(text)

    if db.exists():
        print(f"reusing {db}", file=sys.stderr)
        built = None
    else:
        built = build(db, args.n)
    with Store.open(db, readonly=True) as s:
        stats = s.stats()
        stored = s.conn.execute("SELECT count(DISTINCT a || b) FROM facts WHERE a IS NOT NULL").fetchone()[0]
    size = db.stat().st_size / 1e6
    say(
        f"| store | {stored} pairs, {stats['facts']} facts | "
        f"{f'{built:.1f} s to build' if built is not None else 'reused'} | database {size:.0f} MB | |"
    )

    port = free_port()
    # the server runs in its own process, as `bilateral serve` does (in a thread of this one, client and
    # server would take turns on the GIL and measure that instead)
    server = subprocess.Popen(
        [sys.executable, "-m", "bilateral.cli", "serve", "--db", str(db), "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/sources?limit=1", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("bilateral serve did not start") from None
            time.sleep(0.1)
    base = f"http://127.0.0.1:{port}"
    sample = random.Random(3).sample(pairs(args.n), min(args.requests, args.n))
    urls = (
        ("dyad page `/dyads/A-B`", "/dyads/{a}-{b}"),
        ("its JSON `/api/dyads/A-B`", "/api/dyads/{a}-{b}"),
        ("timeline JSON `/api/dyads/A-B/timeline`", "/api/dyads/{a}-{b}/timeline"),
        ("country page `/countries/A`", "/countries/{a}"),
        ("home page `/` (list of pairs, counted once)", "/?offset=0"),
    )
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for (_, ca), (_, cb) in sample[:20]:  # warm up: imports, template compilation, page cache
                client.get(f"/dyads/{ca}-{cb}")
            for name, pattern in urls:
                times, sizes = [], []
                for (_, ca), (_, cb) in sample:
                    t0 = time.perf_counter()
                    r = client.get(pattern.format(a=ca, b=cb), headers={"Accept": "text/html"})
                    r.read()
                    times.append((time.perf_counter() - t0) * 1000)
                    if r.status_code != 200:
                        raise SystemExit(f"{r.request.url} answered {r.status_code}: {r.text[:200]}")
                    sizes.append(len(r.content))
                say(
                    f"| {name} | {len(times)} random pairs | p50 {pct(times, 0.5):.1f} ms | "
                    f"p95 {pct(times, 0.95):.1f} ms | mean {statistics.mean(times):.1f} ms, max {max(times):.1f} ms,"
                    f" {statistics.mean(sizes) / 1000:.0f} kB |"
                )
    finally:
        server.terminate()
        server.wait(timeout=10)

    header = [
        "# Web benchmark",
        "",
        f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} with "
        f"`python benchmarks/bench_web.py --n {args.n} --requests {args.requests}`.",
        "",
        f"Machine: {machine()}.",
        "",
        "| what | size | p50 | p95 | notes |",
        "| --- | --- | --- | --- | --- |",
    ]
    footer = [
        "",
        "The store holds one generated article per pair with every fact type (about 40 facts: recognition,",
        "relations, missions both ways, envoys, four visits, an agreement, an 8-year trade table, memberships).",
        "Requests go over HTTP to `bilateral serve` on 127.0.0.1 (uvicorn, one process; one keep-alive client, one",
        "request at a time), so the latency includes the HTTP stack, the queries, JSON encoding or Jinja2",
        "rendering and the server-drawn SVG chart. The goal is a p95 under 50 ms for the page.",
    ]
    args.out.write_text("\n".join(header + lines + footer) + "\n", encoding="utf-8")
    print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
