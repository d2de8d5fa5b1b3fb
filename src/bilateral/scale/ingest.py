"""Ingesting a whole dump (or the Parquet facts of the Spark job) into the store.

The design of :mod:`bilateral.store.ingest`, applied to pages: extraction in a process pool, results taken
back in dump order, one writer storing each page in its own transaction (so an interruption leaves whole
pages only, and ``--resume`` can continue after the last one stored).

- A plain ``.xml`` / ``.xml.bz2``: this process decompresses (in threads, overlapping the scan: on every
  core with indexed_bzip2, see :func:`bilateral.scale.dump.parallel_bz2_chunks`) and cuts the pages, keeps
  the selected ones, and hands them to the extraction workers.
- A multistream ``.xml.bz2`` with its index: the workers get runs of streams and do everything (decompress,
  cut, select, extract); this process only writes. Decompression then runs on every core.

Each stored page is an article whose path is ``<dump file name>#page=<page id>``; its contract document's
``source`` also carries ``page_id``, ``revision_id`` and ``dump``. A newer dump's page of the same title
becomes a new revision of the article.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilateral.scale.dump import (
    DEFAULT_MAX_PAGE,
    DumpError,
    Page,
    Problem,
    RawPage,
    Stream,
    index_path_for,
    iter_streams,
    open_pages,
    parse_page,
    stream_pages,
)
from bilateral.scale.selection import Selector
from bilateral.store.core import DocumentError, Payload, Store
from bilateral.store.ingest import Outcome, _quiet_worker, default_jobs

# what a worker hands back for one selected page
#   ("page", key, payload) | ("failed", key, message) | ("unchanged", key, sha) | ("nopair", key, title)
Item = tuple[str, str, Any]
PageJob = tuple[str, int, int | None, str, str]  # dump name, page id, revision id, title, text

STREAMS_PER_JOB = 4


@dataclass
class DumpStats:
    """What a scan saw."""

    source: str
    bytes: int = 0
    pages: int = 0
    by_title: int = 0
    by_infobox: int = 0
    nopair: int = 0
    problems: int = 0
    skipped_resume: int = 0
    seconds: float = 0.0
    streams: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.bytes / 1e6 / self.seconds if self.seconds > 0 else 0.0
        parts = [
            f"{self.pages} pages scanned",
            f"{self.by_title + self.by_infobox} selected ({self.by_title} by title, {self.by_infobox} by infobox)",
        ]
        if self.nopair:
            parts.append(f"{self.nopair} without a country pair (not stored)")
        if self.problems:
            parts.append(f"{self.problems} unreadable")
        if self.skipped_resume:
            parts.append(f"{self.skipped_resume} skipped by --resume")
        how = f"{self.streams} streams in parallel, " if self.streams else ""
        parts.append(f"{how}{self.seconds:.1f} s, {rate:.1f} MB/s of the file")
        return f"{self.source}: " + ", ".join(parts)

    def add(self, counts: dict[str, int]) -> None:
        for k, v in counts.items():
            setattr(self, k, getattr(self, k) + v)


def page_key(name: str, page_id: int | None) -> str:
    return f"{name}#page={page_id}" if page_id is not None else name


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- the worker side ---------------------------------------------------------------------------------------


def extract_page(job: PageJob, max_bytes: int = DEFAULT_MAX_PAGE) -> Item:
    """Parse and extract one page's wikitext → ("page", key, Payload) or ("failed", key, one line) or
    ("nopair", key, title) when no pair of states can be read from it."""
    from bilateral.document import parse_text
    from bilateral.pipeline import extract_doc

    name, page_id, revision_id, title, text = job
    key = page_key(name, page_id)
    try:
        doc = parse_text(text, key, "wiki")
        doc.title = title
        doc.title_span = None
        document, _notes = extract_doc(doc, text_sha(text))
    except Exception as exc:  # one page's failure must not stop the scan
        why = f"could not be extracted ({type(exc).__name__}: {exc}); page skipped"
        return ("failed", key, f"{name}: page {page_id} {title!r}: {why}")
    if document["dyad"] is None:
        return ("nopair", key, title)
    document["source"].update({"page_id": page_id, "revision_id": revision_id, "dump": name})
    units = [(u.kind, u.start, u.end, u.section, doc.text[u.start : u.end]) for u in doc.units]
    return ("page", key, Payload(document, units, list(doc.warnings)))


_READER: dict[str, Store | None] = {}


def _current(db: str | None, sha: str) -> bool:
    """Whether the store already holds this text as a current article (read-only, from a worker)."""
    if not db or db == ":memory:":
        return False
    if db not in _READER:
        try:
            _READER[db] = Store.open(db, readonly=True)
        except Exception:
            _READER[db] = None
    store = _READER[db]
    if store is None:
        return False
    try:
        return store.is_current(sha)
    except Exception:
        return False


@dataclass(frozen=True)
class StreamJob:
    dump: str
    name: str
    streams: tuple[Stream, ...]
    titles: str | None
    infobox: bool
    max_bytes: int
    db: str | None
    resume_after: int | None  # skip pages up to and including this id (in the first stream)


def scan_streams(job: StreamJob) -> tuple[list[Item], dict[str, int]]:
    """Worker: decompress, cut, select and extract the pages of a run of multistream streams."""
    selector = Selector.make(job.titles, job.infobox)
    items: list[Item] = []
    counts = {"pages": 0, "by_title": 0, "by_infobox": 0, "nopair": 0, "problems": 0, "skipped_resume": 0}
    waiting = job.resume_after
    for stream in job.streams:
        try:
            waiting = _scan_stream(job, stream, selector, items, counts, waiting)
        except Exception as exc:  # an unreadable range of the file: report it, go on with the next stream
            counts["problems"] += 1
            problem = Problem(
                stream.first_id,
                stream.first_title,
                f"the stream at byte {stream.start} (pages {stream.first_id}–{stream.last_id}) could not be read "
                f"({type(exc).__name__}: {exc}); its pages were skipped",
            )
            items.append(("failed", page_key(job.name, stream.first_id), problem.line(job.name)))
    return items, counts


def _scan_stream(
    job: StreamJob,
    stream: Stream,
    selector: Selector,
    items: list[Item],
    counts: dict[str, int],
    waiting: int | None,
) -> int | None:
    for raw in stream_pages(job.dump, stream, job.max_bytes):
        if isinstance(raw, Problem):
            counts["problems"] += 1
            if raw.page_id is None:
                raw = Problem(
                    stream.first_id,
                    stream.first_title,
                    f"{raw.message} (in the stream at byte {stream.start}, "
                    f"pages {stream.first_id}–{stream.last_id})",
                )
            items.append(("failed", page_key(job.name, raw.page_id), raw.line(job.name)))
            continue
        counts["pages"] += 1
        if waiting is not None:
            counts["skipped_resume"] += 1
            if raw.page_id == waiting:
                waiting = None
            continue
        item = _one(job.name, raw, selector, job.max_bytes, job.db, counts)
        if item is not None:
            items.append(item)
    return waiting


def _one(
    name: str, raw: RawPage, selector: Selector, max_bytes: int, db: str | None, counts: dict[str, int]
) -> Item | None:
    why = selector.why(raw)
    if why is None:
        return None
    counts["by_" + why] += 1
    page = parse_page(raw, max_bytes)
    if isinstance(page, Problem):
        counts["problems"] += 1
        return ("failed", page_key(name, page.page_id), page.line(name))
    sha = text_sha(page.text)
    if _current(db, sha):
        return ("unchanged", page_key(name, page.page_id), sha)
    item = extract_page((name, page.page_id, page.revision_id, page.title, page.text), max_bytes)
    if item[0] == "nopair":
        counts["nopair"] += 1
    return item


def _extract_job(args: tuple[PageJob, int]) -> Item:
    return extract_page(*args)


# -- the writer side ---------------------------------------------------------------------------------------

_WARM = (
    "'''Estonia–Finland relations''' are the relations between [[Estonia]] and [[Finland]].\n"
    "Finland recognized Estonia on 29 August 1991. Estonia has an embassy in [[Helsinki]].\n"
)


def warm_up() -> None:
    """Load the gazetteers and build the extractors' tables once, here, before the worker processes are
    forked: they inherit them instead of each paying for it (about a second of CPU per worker)."""
    from bilateral.document import parse_text
    from bilateral.pipeline import extract_doc

    extract_doc(parse_text(_WARM, "warm-up", "wiki"))



def _ordered(
    items: Iterable[Any], fn: Callable[[Any], Any], workers: int, window: int
) -> Iterator[Any]:
    """``fn`` over the items that are jobs (wrapped as ``("job", x)``), in a process pool; other items pass
    through untouched. Everything comes out in input order, with at most ``window`` jobs in flight."""
    if workers <= 1:
        for it in items:
            yield fn(it[1]) if isinstance(it, tuple) and it and it[0] == "job" else it
        return
    warm_up()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_quiet_worker, initargs=(os.getpid(),))
    pending: deque[Any] = deque()
    in_flight = 0
    try:
        # start every worker now, before the items (and the dump's reader thread) start
        for f in [pool.submit(os.getpid) for _ in range(workers)]:
            f.result()
        for it in items:
            if isinstance(it, tuple) and it and it[0] == "job":
                pending.append(pool.submit(fn, it[1]))
                in_flight += 1
            else:
                pending.append(it)
            while pending and (in_flight >= window or not isinstance(pending[0], Future) or pending[0].done()):
                head = pending.popleft()
                if isinstance(head, Future):
                    in_flight -= 1
                    yield head.result()
                else:
                    yield head
        while pending:
            head = pending.popleft()
            yield head.result() if isinstance(head, Future) else head
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def last_stored_page(store: Store, name: str) -> int | None:
    """The page id of the last page of dump ``name`` stored (for ``--resume``)."""
    like = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "#page=%"
    row = store.conn.execute(
        "SELECT json_extract(header, '$.source.page_id') FROM sources WHERE path LIKE ? ESCAPE '\\'"
        " ORDER BY id DESC LIMIT 1",
        (like,),
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def ingest_dump(
    store: Store,
    path: str,
    *,
    jobs: int | None = None,
    titles: str | None = None,
    infobox: bool = True,
    resume: bool = False,
    index: str | None = None,
    max_bytes: int = DEFAULT_MAX_PAGE,
    on_outcome: Callable[[Outcome], None] | None = None,
    echo: Callable[[str], None] | None = None,
) -> DumpStats:
    """Scan a dump, extract the selected pages in parallel and store each one; never stops on a bad page.

    Raises :class:`DumpError` when the file is not a dump at all, ``TitlesError`` for a bad ``titles``.
    """
    p = Path(path)
    if not p.is_file():
        raise DumpError(f"{path}: no such file; check the path")
    name = p.name
    workers = jobs or default_jobs()
    selector = Selector.make(titles, infobox)
    stats = DumpStats(name, bytes=p.stat().st_size)
    resume_after = last_stored_page(store, name) if resume else None
    if resume and echo:
        echo(
            f"{name}: resuming after page {resume_after}"
            if resume_after is not None
            else f"{name}: no page of it stored yet; starting from the beginning"
        )
    idx = Path(index) if index else index_path_for(p)
    if index and not idx.is_file():  # type: ignore[union-attr]
        raise DumpError(f"{index}: no such index file; check the path (or leave --index out)")
    db = None if store.path == ":memory:" else store.path
    t0 = time.perf_counter()

    def emit(kind: str, key: str, value: Any) -> None:
        if kind == "failed":
            _out(on_outcome, Outcome(key, "failed", error=value))
        elif kind == "unchanged":
            row = store.conn.execute(
                "SELECT n_facts, revision FROM sources WHERE sha256 = ? AND current = 1", (value,)
            ).fetchone()
            _out(on_outcome, Outcome(key, "unchanged", facts=row["n_facts"] if row else 0, revision=row and row[1]))
        elif kind == "page":
            try:
                res = store.ingest_document(value)
            except DocumentError as exc:
                _out(on_outcome, Outcome(key, "failed", error=f"{key}: {exc}"))
                return
            _out(on_outcome, Outcome(key, res.status, facts=res.facts, warnings=value.warnings, revision=res.revision))

    if idx is not None and idx.is_file():
        streams = iter_streams(p, idx)
        n_streams = [0]

        def stream_jobs() -> Iterator[tuple[str, StreamJob]]:
            waiting = resume_after  # the first job skips the pages up to this one in its first stream
            seeking = resume_after is not None
            batch: list[Stream] = []
            for s in streams:
                n_streams[0] += 1
                if seeking and not s.first_id <= (resume_after or 0) <= s.last_id:
                    stats.skipped_resume += s.pages  # before the stream holding the last stored page
                    continue
                seeking = False
                batch.append(s)
                if len(batch) == STREAMS_PER_JOB:
                    yield ("job", StreamJob(str(p), name, tuple(batch), titles, infobox, max_bytes, db, waiting))
                    batch, waiting = [], None
            if batch:
                yield ("job", StreamJob(str(p), name, tuple(batch), titles, infobox, max_bytes, db, waiting))
            if seeking and echo:
                echo(f"{name}: page {resume_after}, where --resume would continue, is not in this dump; nothing done")

        for items, counts in _ordered(stream_jobs(), scan_streams, workers, workers * 3):
            stats.add(counts)
            for kind, key, value in items:
                if kind == "nopair":
                    continue
                emit(kind, key, value)
        stats.streams = n_streams[0]
    else:
        counts = {"pages": 0, "by_title": 0, "by_infobox": 0, "nopair": 0, "problems": 0, "skipped_resume": 0}

        def work() -> Iterator[Any]:
            waiting = resume_after
            for raw in open_pages(p, max_bytes):
                if isinstance(raw, Problem):
                    counts["problems"] += 1
                    yield ("failed", page_key(name, raw.page_id), raw.line(name))
                    continue
                counts["pages"] += 1
                if waiting is not None:
                    counts["skipped_resume"] += 1
                    if raw.page_id == waiting:
                        waiting = None
                    continue
                why = selector.why(raw)
                if why is None:
                    continue
                counts["by_" + why] += 1
                page = parse_page(raw, max_bytes)
                if isinstance(page, Problem):
                    counts["problems"] += 1
                    yield ("failed", page_key(name, page.page_id), page.line(name))
                    continue
                sha = text_sha(page.text)
                if store.is_current(sha):
                    yield ("unchanged", page_key(name, page.page_id), sha)
                    continue
                yield ("job", (_job(name, page), max_bytes))
            if waiting is not None and echo:
                echo(f"{name}: page {waiting} (where --resume should continue) is not in this dump; nothing stored")

        for kind, key, value in _ordered(work(), _extract_job, workers, workers * 4):
            if kind == "nopair":
                counts["nopair"] += 1
                continue
            emit(kind, key, value)
        stats.add(counts)
    stats.seconds = time.perf_counter() - t0
    return stats


def _job(name: str, page: Page) -> PageJob:
    return (name, page.page_id, page.revision_id, page.title, page.text)


def _out(on_outcome: Callable[[Outcome], None] | None, o: Outcome) -> None:
    if on_outcome:
        on_outcome(o)


# -- Parquet facts (the Spark job's output) ----------------------------------------------------------------


def ingest_parquet(
    store: Store,
    path: str,
    *,
    on_outcome: Callable[[Outcome], None] | None = None,
    echo: Callable[[str], None] | None = None,
) -> int:
    """Store the facts the Spark job wrote (:mod:`bilateral.scale.spark`): one article per page, its facts
    from the lossless ``fact_json`` column. Returns the number of pages read."""
    from bilateral.scale.facts import documents_from_parquet

    n = 0
    for key, document, error in documents_from_parquet(path):
        n += 1
        if error is not None:
            _out(on_outcome, Outcome(key, "failed", error=error))
            continue
        try:
            res = store.ingest_document(document)
        except DocumentError as exc:
            _out(on_outcome, Outcome(key, "failed", error=f"{path}: {key}: {exc}"))
            continue
        _out(on_outcome, Outcome(key, res.status, facts=res.facts, revision=res.revision))
    if echo:
        echo(f"{path}: {n} pages read from Parquet")
    return n


def ingest_sources(
    store: Store,
    paths: list[str],
    *,
    jobs: int | None = None,
    titles: str | None = None,
    resume: bool = False,
    index: str | None = None,
    max_bytes: int | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    echo: Callable[[str], None] | None = None,
) -> list[Outcome]:
    """The entry ``bilateral ingest`` calls for the paths :func:`handles` claims (dumps, Parquet facts).

    A path that cannot be read at all becomes one failed outcome with a one-line message.
    """
    from bilateral.scale.selection import TitlesError

    outcomes: list[Outcome] = []

    def keep(o: Outcome) -> None:
        outcomes.append(o)
        if on_outcome:
            on_outcome(o)

    for path in paths:
        try:
            if path.lower().rstrip("/\\").endswith(".parquet"):
                ingest_parquet(store, path, on_outcome=keep, echo=echo)
            else:
                stats = ingest_dump(
                    store,
                    path,
                    jobs=jobs,
                    titles=titles,
                    resume=resume,
                    index=index,
                    max_bytes=max_bytes or DEFAULT_MAX_PAGE,
                    on_outcome=keep,
                    echo=echo,
                )
                if echo:
                    echo(stats.line())
        except (DumpError, TitlesError) as exc:
            keep(Outcome(path, "failed", error=str(exc)))
    return outcomes
