"""Ingesting files: extraction in a process pool, one writer storing each article in its own transaction."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from bilateral.store.core import DocumentError, Payload, Store

Job = tuple[str, str | None, int]  # path, input format, max bytes


@dataclass
class Outcome:
    """What happened to one file."""

    path: str
    status: str  # "added" | "revised" | "unchanged" | "failed"
    facts: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    revision: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "facts": self.facts,
            "revision": self.revision,
            "warnings": self.warnings,
            "error": self.error,
        }


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_payload(job: Job) -> tuple[str, Payload | None, str | None]:
    """Worker: read and extract one article → (path, payload, None) or (path, None, one-line error)."""
    from bilateral.document import ArticleError
    from bilateral.pipeline import extract_file

    path, input_format, max_bytes = job
    try:
        article = extract_file(path, input_format=input_format, max_bytes=max_bytes)
    except ArticleError as exc:
        return path, None, str(exc)
    except Exception as exc:
        return path, None, f"{path}: could not be read ({type(exc).__name__}: {exc}); rerun with --debug"
    return path, Payload.from_article(article), None


def _quiet_worker(parent: int) -> None:
    """Workers leave Ctrl-C to the writer, which stops the batch cleanly, and end when the writer is gone
    (killed with -9, it cannot tell them)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _results(
    jobs: list[Job], workers: int, work: Callable[[Job], tuple[str, Payload | None, str | None]]
) -> Iterator[tuple[str, Payload | None, str | None]]:
    """Results in input order, with at most a few articles in flight per worker."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield work(job)
        return
    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), initializer=_quiet_worker, initargs=(os.getpid(),))
    pending: deque[Future[tuple[str, Payload | None, str | None]]] = deque()
    it = iter(jobs)
    try:
        for job in it:
            pending.append(pool.submit(work, job))
            if len(pending) >= workers * 4:
                break
        while pending:
            result = pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(work, nxt))
            yield result
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def ingest_paths(
    store: Store,
    paths: list[str],
    *,
    jobs: int | None = None,
    input_format: str | None = None,
    max_bytes: int | None = None,
    on_total: Callable[[int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    work: Callable[[Job], tuple[str, Payload | None, str | None]] = extract_payload,
) -> list[Outcome]:
    """Extract and store every article ``paths`` name (files, folders, globs); never stops on a bad file.

    Articles whose sha256 is already current are skipped before extraction, so a run interrupted at any
    point continues where it stopped. A database problem (:class:`StoreError`) stops the batch.
    """
    from bilateral.document.load import DEFAULT_MAX_BYTES
    from bilateral.pipeline import expand_paths

    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    outcomes: list[Outcome] = []

    def emit(o: Outcome) -> None:
        outcomes.append(o)
        if on_outcome:
            on_outcome(o)

    listed = list(expand_paths(list(paths)))
    if on_total:
        on_total(len(listed))
    todo: list[Job] = []
    for path, problem in listed:
        if problem is not None:
            emit(Outcome(path, "failed", error=str(problem)))
            continue
        try:
            sha = file_sha256(path)
        except OSError as exc:
            emit(Outcome(path, "failed", error=f"{path}: cannot be read ({exc.strerror or exc}); check permissions"))
            continue
        if store.is_current(sha):
            row = store.conn.execute(
                "SELECT n_facts, revision FROM sources WHERE sha256 = ? AND current = 1", (sha,)
            ).fetchone()
            emit(Outcome(path, "unchanged", facts=row["n_facts"], revision=row["revision"]))
            continue
        todo.append((path, input_format, limit))
    for path, payload, error in _results(todo, jobs or default_jobs(), work):
        if payload is None:
            emit(Outcome(path, "failed", error=error))
            continue
        try:
            res = store.ingest_document(payload)
        except DocumentError as exc:
            emit(Outcome(path, "failed", error=f"{path}: {exc}"))
            continue
        emit(Outcome(path, res.status, facts=res.facts, warnings=payload.warnings, revision=res.revision))
    return outcomes
