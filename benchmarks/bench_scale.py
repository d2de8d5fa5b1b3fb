"""Scale benchmark: extraction per core, dump ingest against `bzip2 -dc`, peak memory, the SQLite writer,
and a profile of the extractor. Writes benchmarks/RESULTS.md (with the machine) and prints as it goes.

    python benchmarks/bench_scale.py --sizes 100MB,300MB,1GB --jobs 2

1. extraction, one process: articles/s and MB/s on the bundled examples and the shared corpus (when
   present), and on generated articles in the three formats;
2. for each size: a generated dump (1 % relations articles among filler, talk pages and redirects), plain
   ``.xml.bz2`` and multistream with its index; `bzip2 -dc FILE > /dev/null`, the reader alone (decompress,
   cut, select; for a plain dump on every core, as `bilateral ingest` reads it, and on one thread) and
   `bilateral ingest` (extract and store), best of ``--repeat`` runs, alternating; the load average before
   and after each dump's runs (the machine may be shared: the CPU seconds are the steadier figures); the
   peak resident memory of the whole `bilateral ingest` process tree, sampled from /proc;
3. the writer alone: extracted pages stored one transaction each;
4. pyinstrument over the extraction of seed-sized articles: where the time goes (self time by function,
   and the time of each extractor module).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_store import machine  # noqa: E402
from generate import FORMATS, Generator, _size, write_dump  # noqa: E402

from bilateral.scale.dump import RawPage, bz2_threads, open_pages  # noqa: E402
from bilateral.scale.selection import Selector  # noqa: E402

BILATERAL = [sys.executable, "-m", "bilateral.cli"]


def cpu_children() -> float:
    t = os.times()
    return t.children_user + t.children_system


# -- 1. extraction per core --------------------------------------------------------------------------------


def extraction_rate(files: list[Path]) -> tuple[int, float, float]:
    """(articles, seconds, MB) for extracting every file once in this process, after one warm-up."""
    from bilateral.pipeline import extract_file

    extract_file(files[0])
    t0 = time.process_time()
    for f in files:
        extract_file(f)
    return len(files), time.process_time() - t0, sum(f.stat().st_size for f in files) / 1e6


def corpus_files() -> list[Path]:
    out = sorted(p for p in (ROOT / "examples").glob("*") if p.suffix in (".txt", ".wiki"))
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        out += sorted(p for p in shared.rglob("*") if p.is_file() and p.suffix in (".txt", ".wiki"))
    return out


# -- 2. dumps ----------------------------------------------------------------------------------------------


def bzip2_seconds(path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of `bzip2 -dc FILE > /dev/null`."""
    c0, t0 = cpu_children(), time.perf_counter()
    with open(os.devnull, "wb") as null:
        subprocess.run(["bzip2", "-dc", str(path)], stdout=null, check=True)
    return time.perf_counter() - t0, cpu_children() - c0


def reader_seconds(path: Path, threads: int | None = None) -> tuple[float, float, int, int]:
    """The reader alone: decompress (on ``threads`` threads; default: as `bilateral ingest` does), cut into
    pages, select (no extraction) → (wall, CPU of this process and its threads, pages, selected)."""
    sel = Selector.make()
    c0, t0 = time.process_time(), time.perf_counter()
    n = k = 0
    for r in open_pages(path, threads=threads):
        n += 1
        if isinstance(r, RawPage) and sel.why(r):
            k += 1
    return time.perf_counter() - t0, time.process_time() - c0, n, k


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for ln in fh:
                    if ln.startswith("VmRSS:"):
                        total += int(ln.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_ingest(args: list[str]) -> tuple[float, float, int, int, str]:
    """(wall s, CPU s of all its processes, peak RSS of the tree, peak RSS of the main process, stderr) of
    `bilateral ingest`."""
    c0, t0 = cpu_children(), time.perf_counter()
    proc = subprocess.Popen([*BILATERAL, "ingest", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            peak[1] = max(peak[1], tree_rss_single(proc.pid))
            time.sleep(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _out, err = proc.communicate()
    th.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bilateral ingest failed: {err[-2000:]}")
    return time.perf_counter() - t0, cpu_children() - c0, peak[0], peak[1], err.strip()


def tree_rss_single(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for ln in fh:
                if ln.startswith("VmRSS:"):
                    return int(ln.split()[1]) * 1024
    except OSError:
        pass
    return 0


def lower(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The best wall time and the best CPU time of two runs."""
    return min(a[0], b[0]), min(a[1], b[1])


def vs(t: tuple[float, float], bz: tuple[float, float]) -> str:
    return f"{t[0]:.1f} / {t[1]:.1f} ({bz[0] / t[0]:.2f}× / {bz[1] / t[1]:.2f}×)"


# -- 4. profile --------------------------------------------------------------------------------------------


def profile(files: list[Path], rounds: int) -> tuple[Any, ...]:
    """(self time by file:function, time by bilateral module, total seconds) over extracting ``files``."""
    from pyinstrument import Profiler

    from bilateral.pipeline import extract_file

    extract_file(files[0])
    prof = Profiler(interval=0.0005)
    prof.start()
    for _ in range(rounds):
        for f in files:
            extract_file(f)
    session = prof.stop()
    root = prof.last_session.root_frame() if prof.last_session else None
    selfs: dict[str, float] = defaultdict(float)
    modules: dict[str, float] = defaultdict(float)
    callers: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    total = session.duration

    def short(path: str | None) -> str:
        if not path:
            return "?"
        p = path.replace("\\", "/")
        for marker in ("/src/", "/site-packages/", "/lib/python3"):
            if marker in p:
                return p.split(marker, 1)[1]
        return p.rsplit("/", 1)[-1]

    def is_ours(frame: Any) -> bool:
        return short(frame.file_path).startswith("bilateral/")

    def walk(frame: Any, stack: tuple[str, ...], owner: str | None) -> None:  # owner: nearest bilateral caller
        # "own" time of a bilateral function: its time minus that of the bilateral functions it calls, so the
        # regular expressions, dict lookups and library calls it makes count as its own
        if is_ours(frame):
            key = f"{short(frame.file_path)}:{frame.function}"
            nested = sum(_ours_below(c) for c in frame.children)
            selfs[key] += frame.time - nested
            callers[key][owner or "(top)"] += frame.time - nested
            mod = short(frame.file_path)
            if mod not in stack:  # inclusive time of a module, counted once per stack
                modules[mod] += frame.time
                stack = (*stack, mod)
            owner = key
        for c in frame.children:
            walk(c, stack, owner)

    def _ours_below(frame: Any) -> float:
        """Time of the outermost bilateral frames at or below ``frame``."""
        if is_ours(frame):
            return float(frame.time)
        return sum(_ours_below(c) for c in frame.children)

    if root is not None:
        walk(root, (), None)
    top_self = sorted(selfs.items(), key=lambda kv: -kv[1])[:20]
    top_mod = sorted(modules.items(), key=lambda kv: -kv[1])[:20]
    by_caller = {k: sorted(callers[k].items(), key=lambda kv: -kv[1])[:4] for k, _ in top_self[:3]}
    return top_self, top_mod, total, by_caller


# -- main --------------------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100MB,300MB,1GB", help="dump sizes (text written), comma-separated")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--share", type=float, default=0.001, help="share of relations articles among pages")
    ap.add_argument(
        "--dense-share", type=float, default=0.01, help="also run the first size with this share (0: do not)"
    )
    ap.add_argument("--repeat", type=int, default=2, help="runs of each timing (the best is reported)")
    ap.add_argument("--articles", type=int, default=150, help="generated articles per format")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--skip-dumps", action="store_true")
    ap.add_argument("--forms", default="plain,multistream", help="dump forms to run (plain, multistream)")
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    out: list[str] = []
    started = time.time()

    def say(text: str = "") -> None:
        print(text, flush=True)
        out.append(text)

    load0 = os.getloadavg()

    # 1. extraction per core
    say("## 1. Extraction, one process (per core)")
    say()
    say("| articles | n | MB | CPU s | articles/s per core | MB/s per core |")
    say("| --- | --- | --- | --- | --- | --- |")
    corpus = corpus_files()
    n, s, mb = extraction_rate(corpus * 5)
    say(f"| bundled examples + shared corpus (dev), ×5 | {n} | {mb:.2f} | {s:.2f} | {n / s:.0f} | {mb / s:.3f} |")
    gen_dir = work / "articles"
    gen = Generator(11)
    per_format: dict[str, list[Path]] = {}
    for fmt in FORMATS:
        d = gen_dir / fmt
        d.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in range(args.articles):
            _t, text = gen.article(fmt)
            p = d / f"{i:04d}{'.wiki' if fmt == 'wiki' else '.txt'}"
            p.write_text(text, encoding="utf-8")
            paths.append(p)
        per_format[fmt] = paths
        n, s, mb = extraction_rate(paths)
        say(f"| generated, {fmt} format | {n} | {mb:.2f} | {s:.2f} | {n / s:.0f} | {mb / s:.3f} |")
    say()

    # 2. dumps
    if not args.skip_dumps:
        say(f"## 2. Dumps (`bilateral ingest --jobs {args.jobs}`)")
        say()
        say(
            f"A plain `.xml.bz2` is decompressed on {bz2_threads()} threads "
            f"({'indexed_bzip2' if bz2_threads() > 1 else 'libbz2: indexed_bzip2 is not installed or one core'}); "
            "the reader is also timed on one thread (libbz2, as before indexed_bzip2)."
        )
        say()
        dense = f"; {args.dense_share:g} is denser, to show the cost of extraction" if args.dense_share else ""
        say(
            f"Dumps named `d<size>-<share>`: <share> of the pages are relations articles ({args.share:g} is about "
            "the density of the English Wikipedia, where some 10,000 such articles sit among over 20 million pages"
            f"{dense})."
        )
        say()
        say(
            "| dump | text MB | .bz2 MB | pages | selected | `bzip2 -dc`: wall s / CPU s | reader: wall s / CPU s "
            "(× bzip2 speed, wall / CPU) | reader, one thread: wall s / CPU s (×) | `bilateral ingest`: wall s / "
            "CPU s (× bzip2 speed, wall / CPU) | stored | peak RSS, all processes | peak RSS, main process | "
            "load average before / after |"
        )
        say("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        sizes = args.sizes.split(",")
        runs = [(sizes[0], args.dense_share)] if args.dense_share else []
        runs += [(sz, args.share) for sz in sizes]
        for size_s, share in runs:
            size = _size(size_s)
            for multistream in [f == "multistream" for f in args.forms.split(",")]:
                name = f"d{size_s.strip()}-{share:g}{'-multistream' if multistream else ''}.xml.bz2"
                path = work / name
                t0 = time.perf_counter()
                files = write_dump(path, size, multistream, share, workers=args.jobs)
                gen_s = time.perf_counter() - t0
                bz = rd = rd1 = ing = (1e9, 1e9)
                load_before = os.getloadavg()[0]
                rss_tree = rss_main = 0
                info = ""
                pages = selected = 0
                for _ in range(args.repeat):
                    bz = lower(bz, bzip2_seconds(path))
                    if not multistream:
                        w, c, pages, selected = reader_seconds(path)
                        rd = lower(rd, (w, c))
                        w, c, _n, _k = reader_seconds(path, threads=1)
                        rd1 = lower(rd1, (w, c))
                    db = work / "dump.db"
                    for suffix in ("", "-wal", "-shm"):
                        Path(str(db) + suffix).unlink(missing_ok=True)
                    w, c, tree, main_rss, err = run_ingest(
                        [str(path), "--db", str(db), "--jobs", str(args.jobs), "--no-progress"]
                    )
                    ing = lower(ing, (w, c))
                    rss_tree, rss_main = max(rss_tree, tree), max(rss_main, main_rss)
                    info = err.splitlines()[-1] if err else ""
                    m = re.search(r"(\d+) pages scanned, (\d+) selected", err)
                    if m:
                        pages, selected = int(m.group(1)), int(m.group(2))
                xml_mb = size / 1e6

                reader = vs(rd, bz) if rd[0] < 1e9 else "(in the workers)"
                reader1 = vs(rd1, bz) if rd1[0] < 1e9 else "(in the workers)"
                stored = info.split(": ", 1)[1].split(" articles stored")[0] if ": " in info else "?"
                say(
                    f"| {name} | {xml_mb:.0f} | {path.stat().st_size / 1e6:.0f} | {pages} | {selected} | "
                    f"{bz[0]:.1f} / {bz[1]:.1f} | {reader} | {reader1} | {vs(ing, bz)} | {stored} | "
                    f"{rss_tree / 2**20:.0f} MiB | {rss_main / 2**20:.0f} MiB | {load_before:.1f} / "
                    f"{os.getloadavg()[0]:.1f} |"
                )
                print(f"  (generated in {gen_s:.0f} s; {info})", flush=True)
                for f in files:
                    f.unlink(missing_ok=True)
        say()

    # 3. the writer
    from bilateral.scale.ingest import extract_page
    from bilateral.store import Store

    say("## 3. The SQLite writer alone")
    say()
    payloads = []
    for i, p in enumerate(per_format["wiki"]):
        kind, _k, value = extract_page(("bench", i + 1, None, f"wiki {i}", p.read_text(encoding="utf-8")))
        if kind == "page":
            value.document["source"]["title"] = f"{value.document['source']['title']} {i}"
            payloads.append(value)
    db = work / "writer.db"
    t0 = time.perf_counter()
    with Store.open(db) as store:
        for pl in payloads:
            store.ingest_document(pl)
    w = time.perf_counter() - t0
    nf = sum(len(pl.document["facts"]) for pl in payloads)
    say(f"{len(payloads)} extracted pages ({nf} facts, with their sentences) stored one transaction each in "
        f"{w:.2f} s: **{len(payloads) / w:.0f} pages/s, {nf / w:.0f} facts/s**.")
    say()

    # 4. profile
    say("## 4. Where extraction spends its time (pyinstrument, seed-sized articles)")
    say()
    seedlike = per_format["seed"][:60] + corpus
    top_self, top_mod, total, by_caller = profile(seedlike, 2)
    say(f"{len(seedlike) * 2} extractions, {total:.1f} s sampled.")
    say()
    say("Own time by function (top 20): a function's time minus that of the bilateral functions it calls, so the")
    say("regular expressions, lookups and library calls it makes count as its own.")
    say()
    say("| function | own s | share |")
    say("| --- | --- | --- |")
    for k, v in top_self:
        say(f"| `{k}` | {v:.2f} | {v / total:.1%} |")
    say()
    say("Who calls the three hottest (their own time, by caller):")
    say()
    for k, rows in by_caller.items():
        say(f"- `{k}`: " + "; ".join(f"`{c}` {v / total:.1%}" for c, v in rows))
    say()
    say("Time inside each bilateral module (inclusive, counted once per call stack):")
    say()
    say("| module | s | share |")
    say("| --- | --- | --- |")
    for k, v in top_mod:
        say(f"| `{k}` | {v:.2f} | {v / total:.1%} |")
    say()

    load1 = os.getloadavg()
    header = [
        "# Scale benchmark",
        "",
        f"Run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} with `python benchmarks/bench_scale.py "
        f"{' '.join(sys.argv[1:])}` ({(time.time() - started) / 60:.0f} min).",
        "",
        f"Machine: {machine()}. Load average {load0[0]:.1f} at the start, {load1[0]:.1f} at the end: the machine "
        "was shared with other jobs, so wall times are pessimistic and every ratio compares runs made side by side.",
        "",
        "Generated data only (benchmarks/generate.py): figures of speed, never of accuracy. Query latencies with "
        "10,000 pairs are in RESULTS-store.md (benchmarks/bench_store.py).",
        "",
    ]
    args.out.write_text("\n".join(header + out) + "\n", encoding="utf-8")
    print(f"written to {args.out}", file=sys.stderr)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
