"""``bilateral export``: the knowledge base in a format other tools read."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from bilateral.exports import FOLDER_FORMATS, FORMATS, ExportError, check_format, files, zip_bytes
from bilateral.store import Store, StoreError
from bilateral.store.core import DEFAULT_TIMEOUT, explain


def _err(message: str) -> None:
    click.echo(f"bilateral: {message}", err=True)


def _writable_file(path: Path) -> str | None:
    """Why a file cannot be written at ``path`` (None when it can)."""
    if path.is_dir():
        return "is a folder; give a file name with -o"
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        return f"its folder {parent} does not exist; create it or choose another -o"
    if path.exists() and not os.access(path, os.W_OK):
        return "is not writable; choose another -o"
    if not os.access(parent, os.W_OK):
        return f"its folder {parent} is not writable; choose another -o"
    return None


def _writable_folder(path: Path) -> str | None:
    if path.exists() and not path.is_dir():
        return "is a file; give a folder (or a name ending in .zip) with -o"
    parent = path.parent if str(path.parent) else Path(".")
    if not path.exists() and not parent.is_dir():
        return f"its folder {parent} does not exist; create it or choose another -o"
    target = path if path.exists() else parent
    if not os.access(target, os.W_OK):
        return f"{target} is not writable; choose another -o"
    return None


def _write(path: Path, body: bytes) -> None:
    try:
        path.write_bytes(body)
    except OSError as exc:
        raise ExportError(f"{path}: cannot be written ({exc.strerror or exc}); choose another -o") from None


@click.command("export")
@click.option("--format", "-f", "fmt", required=True, metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}.")
@click.option("--pair", nargs=2, metavar="A B", default=None, help="Only this pair (codes, names or demonyms).")
@click.option(
    "-o",
    "--output",
    metavar="PATH",
    default=None,
    help="File to write (default: standard output); for csv and parquet a folder, or a file ending in .zip.",
)
@click.option(
    "--db",
    envvar="BILATERAL_DB",
    default="bilateral.db",
    show_default=True,
    help="The database file (or set BILATERAL_DB).",
)
@click.option("--source-url", metavar="TEMPLATE", help="quickstatements: reference URL, with {title} and {path}.")
@click.option("--stated-in", metavar="QID", help="quickstatements: the item the articles are stated in (S248).")
@click.option("--retrieved", metavar="YYYY-MM-DD", help="quickstatements: retrieved date (default: ingest day).")
@click.option("--review", "review_path", metavar="FILE", help="quickstatements: where the review report goes.")
@click.option("--until", type=int, metavar="YEAR", help="dyad-year: last year (default: the latest ingest year).")
@click.pass_context
def export_cmd(
    ctx: click.Context,
    fmt: str,
    pair: tuple[str, str] | None,
    output: str | None,
    db: str,
    source_url: str | None,
    stated_in: str | None,
    retrieved: str | None,
    review_path: str | None,
    until: int | None,
) -> None:
    """Export the stored facts (current revisions) as FORMAT.

    \b
    jsonl            the contract documents, one article a line (as `bilateral extract --format jsonl`)
    csv, parquet     one table per fact type, plus evidence and sources (a folder, or a .zip)
    jsonld, ttl      RDF with the vocabulary of docs/vocabulary.md, countries linked to Wikidata
    quickstatements  Wikidata QuickStatements v1 with references; what it cannot hold goes to a review report
    dyad-year        one row per directed pair and year with the level of representation
    """
    debug = bool((ctx.obj or {}).get("debug"))
    try:
        _run(fmt, pair, output, db, source_url, stated_in, retrieved, review_path, until)
    except (ExportError, StoreError) as exc:
        if debug:
            raise
        _err(str(exc))
        ctx.exit(1)
    except sqlite3.Error as exc:
        if debug:
            raise
        _err(str(explain(exc, db)))
        ctx.exit(1)
    except ImportError as exc:
        if debug:
            raise
        _err(f"the {fmt} export needs {exc.name or 'an extra package'}; install bilateral[export]")
        ctx.exit(1)


def _run(
    fmt: str,
    pair: tuple[str, str] | None,
    output: str | None,
    db: str,
    source_url: str | None,
    stated_in: str | None,
    retrieved: str | None,
    review_path: str | None,
    until: int | None,
) -> None:
    f = check_format(fmt)
    out = Path(output) if output else None
    if f in FOLDER_FORMATS:
        if out is None:
            raise ExportError(f"{f} makes one file per fact type; pass -o FOLDER or -o FILE.zip")
        problem = _writable_file(out) if out.suffix.lower() == ".zip" else _writable_folder(out)
    else:
        problem = _writable_file(out) if out is not None else None
    if problem:
        raise ExportError(f"{out}: {problem}")
    review = Path(review_path) if review_path else None
    if f == "quickstatements":
        if review is None and out is not None:
            review = out.with_name(out.stem + ".review.tsv")
        if review is not None and (problem := _writable_file(review)):
            raise ExportError(f"{review}: {problem}")
    try:
        timeout = float(os.environ.get("BILATERAL_DB_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        timeout = DEFAULT_TIMEOUT
    options: dict[str, Any] = {
        "source_url": source_url,
        "stated_in": stated_in,
        "retrieved": retrieved,
        "until": until,
    }
    with Store.open(db, readonly=True, create=False, timeout=timeout) as store:
        named = files(store, f, list(pair) if pair else None, options)
    if f in FOLDER_FORMATS:
        assert out is not None
        if out.suffix.lower() == ".zip":
            _write(out, zip_bytes(named))
        else:
            try:
                out.mkdir(exist_ok=True)
            except OSError as exc:
                raise ExportError(f"{out}: cannot be created ({exc.strerror or exc}); choose another -o") from None
            for name, body in named.items():
                _write(out / name, body)
        _err(f"{len(named)} files written to {out}")
        return
    if f == "quickstatements":
        commands, report = named["quickstatements.txt"], named["review.tsv"]
        n_review = report.count(b"\n") - 1
        n_lines = commands.count(b"\n")
        _emit(out, commands)
        if review is not None:
            _write(review, report)
            _err(f"{n_lines} QuickStatements lines; {n_review} facts not expressed, listed in {review}")
        else:
            _err(f"{n_lines} QuickStatements lines; {n_review} facts not expressed:")
            sys.stderr.write(report.decode("utf-8"))
        return
    (body,) = named.values()
    _emit(out, body)


def _emit(out: Path | None, body: bytes) -> None:
    if out is None:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
    else:
        _write(out, body)


def register(cli: click.Group) -> None:
    """Add ``export`` to the ``bilateral`` command group."""
    cli.add_command(export_cmd)
