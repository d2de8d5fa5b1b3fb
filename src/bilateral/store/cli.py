"""The store's commands: ``ingest``, ``show``, ``timeline``, ``trade``, ``missions``, ``people``, ``search``,
``ask`` and ``check``, each with ``--db`` (default ./bilateral.db, or $BILATERAL_DB) and ``--json``."""

from __future__ import annotations

import csv
import functools
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import click

from bilateral.store import countries, queries
from bilateral.store import facts as F
from bilateral.store.core import DEFAULT_TIMEOUT, Store, StoreError, explain

T = TypeVar("T", bound=Callable[..., Any])


def _err(message: str) -> None:
    click.echo(f"bilateral: {message}", err=True)


def _timeout() -> float:
    try:
        return float(os.environ.get("BILATERAL_DB_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


db_option = click.option(
    "--db",
    envvar="BILATERAL_DB",
    default="bilateral.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The database file (or set BILATERAL_DB).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
csv_option = click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
history_option = click.option(
    "--history",
    is_flag=True,
    help="Include earlier revisions of re-ingested articles (marked with their revision).",
)


def handles_store_errors(fn: T) -> T:
    """A database problem becomes one line on stderr and exit status 1 (a traceback only with --debug)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        try:
            return fn(*args, **kwargs)
        except StoreError as exc:
            if (ctx.obj or {}).get("debug"):
                raise
            _err(str(exc))
            ctx.exit(1)
        except sqlite3.Error as exc:
            if (ctx.obj or {}).get("debug"):
                raise
            _err(str(explain(exc, kwargs.get("db") or "")))
            ctx.exit(1)

    return wrapper  # type: ignore[return-value]


def _open_for_query(db: str) -> Store:
    return Store.open(db, readonly=None, create=False, timeout=_timeout())


def _console() -> Any:
    from rich.console import Console

    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "120"))
    return Console(width=width, highlight=False, soft_wrap=False)


def _table(title: str | None, columns: Sequence[str]) -> Any:
    """A rich table whose cells are plain text: quotes holding "[1]" or "[bold]" are shown as written."""
    from rich.table import Table
    from rich.text import Text

    class PlainTable(Table):
        def add_row(self, *cells: Any, **kwargs: Any) -> None:
            super().add_row(*(Text(c) if isinstance(c, str) else c for c in cells), **kwargs)

    table = PlainTable(title=Text(title) if title else None, title_justify="left", show_lines=False, expand=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    return table


def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _print_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_s(r.get(c)) for c in columns])


def _q(f: Mapping[str, Any]) -> str:
    ev = f.get("evidence") or []
    return f"“{ev[0]['quote']}”" if ev else ""


def _rev(f: Mapping[str, Any], history: bool) -> str:
    art = f.get("article") or {}
    return f" [rev {art.get('revision')}{'' if art.get('current') else ', superseded'}]" if history else ""


def _name(cc: str | None) -> str:
    return f"{countries.name(cc)} ({cc})" if cc else "?"


# -- ingest ----------------------------------------------------------------------------------------------


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Extraction processes [default: all cores].",
)
@click.option(
    "--input-format",
    type=click.Choice(["seed", "wiki", "prose"]),
    default=None,
    help="Force the input format.",
)
@click.option("--max-size", default="20MB", show_default=True, help="Largest article file accepted.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar [default: on a terminal].")
@click.option("--titles", default=None, help="Dumps: select pages whose title matches this REGEX.")
@click.option("--resume", is_flag=True, help="Dumps: continue after the last page stored.")
@click.option("--index", default=None, help="Dumps: the multistream index [default: found beside the dump].")
@json_option
@click.pass_context
@handles_store_errors
def ingest_cmd(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str,
    jobs: int | None,
    input_format: str | None,
    max_size: str,
    progress: bool | None,
    titles: str | None,
    resume: bool,
    index: str | None,
    as_json: bool,
) -> None:
    """Extract articles (files, folders, globs) and store each in its own transaction.

    MediaWiki XML dumps (.xml, .xml.bz2, multistream with its index) and the facts.parquet of the Spark job
    are read by the scale layer: see docs/scale.md (and `bilateral scan DUMP`).

    An unchanged article (same sha256) is skipped; a changed one with the same path or title becomes a
    new revision (the old one stays queryable with --history). Exit status 1 when any file failed.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from bilateral.cli import _size
    from bilateral.store.ingest import Outcome, default_jobs, ingest_paths

    max_bytes = _size(max_size)
    store = Store.open(db, timeout=_timeout())
    err = Console(stderr=True, highlight=False)
    show_bar = err.is_terminal if progress is None else progress
    counts = {"added": 0, "revised": 0, "unchanged": 0, "failed": 0, "facts": 0, "warnings": 0}
    bar = Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(
            "articles · {task.fields[facts]} facts · {task.fields[warnings]} warnings · {task.fields[failed]} failed"
        ),
        TimeElapsedColumn(),
        console=err,
        disable=not show_bar,
    )
    task = bar.add_task("ingest", total=None, facts=0, warnings=0, failed=0)

    def line(text: str) -> None:
        if show_bar:
            bar.console.print(f"bilateral: {text}", markup=False, highlight=False, soft_wrap=True)
        else:
            _err(text)

    def on_outcome(o: Outcome) -> None:
        counts[o.status] += 1
        counts["facts"] += o.facts if o.status != "failed" else 0
        counts["warnings"] += len(o.warnings)
        if o.error:
            line(o.error)
        for w in o.warnings:
            line(f"warning: {w}")
        bar.update(task, advance=1, facts=counts["facts"], warnings=counts["warnings"], failed=counts["failed"])

    outcomes: list[Outcome] = []
    before = store.conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    try:
        with bar:
            from bilateral.scale import handles  # dumps (.xml, .xml.bz2) and Spark's facts.parquet

            if big := [p for p in paths if handles(p)]:
                from bilateral.scale.ingest import ingest_sources

                outcomes = ingest_sources(
                    store,
                    big,
                    jobs=jobs,
                    titles=titles,
                    resume=resume,
                    index=index,
                    max_bytes=max_bytes,
                    on_outcome=on_outcome,
                    echo=line,
                )
            outcomes += ingest_paths(
                store,
                [p for p in paths if not handles(p)],
                jobs=jobs or default_jobs(),
                input_format=input_format,
                max_bytes=max_bytes,
                on_total=lambda n: bar.update(task, total=n),
                on_outcome=on_outcome,
            )
    except KeyboardInterrupt:
        stored = store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] - before
        _err(f"interrupted: {stored} articles stored, none half-written; run the same command again to continue")
        store.close()
        ctx.exit(130)
    finally:
        store.close()
    if as_json:
        _print_json({"db": db, **counts, "articles": [o.to_json() for o in outcomes]})
    else:
        stored = counts["added"] + counts["revised"]
        click.echo(
            f"{db}: {stored} articles stored ({counts['added']} new, {counts['revised']} revised), "
            f"{counts['unchanged']} unchanged, {counts['facts']} facts, {counts['warnings']} warnings, "
            f"{counts['failed']} failed",
            err=True,
        )
    ctx.exit(1 if counts["failed"] else 0)


# -- show ------------------------------------------------------------------------------------------------


@click.command("show")
@click.argument("a")
@click.argument("b")
@db_option
@json_option
@history_option
@click.pass_context
@handles_store_errors
def show_cmd(ctx: click.Context, a: str, b: str, db: str, as_json: bool, history: bool) -> None:
    """The brief of a pair: relations, recognition, missions, envoys, events, agreements, trade."""
    with _open_for_query(db) as store:
        data = store.show(a, b, history=history)
    if as_json:
        _print_json(data)
        return
    render_show(data, history)


def render_show(data: Mapping[str, Any], history: bool = False) -> None:
    con = _console()
    A, B = data["pair"]
    con.print(f"[bold]{_name(A)} – {_name(B)}[/bold]")
    if not data["facts"]:
        con.print(f"Nothing stored about {countries.name(A)} and {countries.name(B)}; ingest an article about them.")
        return
    arts = ", ".join(f"{r['title'] or r['path']} (rev {r['revision']})" for r in data["articles"])
    con.print(f"Sources: {arts or 'facts from articles about other pairs'}; {data['facts']} facts", markup=False)
    for label, key in (("Relations", "relations"), ("Recognition", "recognition")):
        for f in data[key]:
            con.print(
                f"{label}: {F.label(f)} {_s(F.main_date(f)) or '(no date)'}{_rev(f, history)} — {_q(f)}",
                markup=False,
            )
        if not data[key]:
            con.print(f"{label}: not stated")
    if data["missions"]:
        t = _table("Missions", ["from", "to", "kind", "where", "since", "status", "evidence"])
        for f in data["missions"]:
            where = f.get("city") or ""
            if f.get("resident") is False:
                af = f.get("accredited_from") or {}
                where = "covered from " + (", ".join(_s(v) for v in (af.get("city"), af.get("country")) if v) or "?")
            t.add_row(
                _s(f.get("sender")),
                _s(f.get("receiver")),
                _s(f.get("kind")),
                where,
                _s(f.get("date")),
                _s(f.get("status")) + _rev(f, history),
                _q(f),
            )
        con.print(t)
    if data["envoys"]:
        t = _table("Envoys (latest per post)", ["person", "role", "from", "to", "appointed", "credentials", "since"])
        for f in data["envoys"]:
            t.add_row(
                _s(F.person_name(f.get("person"))) or "(unnamed)",
                _s(f.get("role")),
                _s(f.get("sender")),
                _s(f.get("receiver")),
                _s(f.get("appointed")),
                _s(f.get("credentials")),
                _s(f.get("since")),
            )
        con.print(t)
    ev, ag = data["events"], data["agreements"]
    kinds = ", ".join(f"{k} {n}" for k, n in ev["by_kind"].items())
    statuses = ", ".join(f"{k} {n}" for k, n in ag["by_status"].items())
    con.print(
        f"Events: {ev['total']}{' (' + kinds + ')' if kinds else ''}; "
        f"agreements: {ag['total']}{' (' + statuses + ')' if statuses else ''}",
        markup=False,
    )
    if data["trade"]:
        t = _table("Trade (latest figure per flow)", ["reporter", "partner", "flow", "period", "value", "unit"])
        for f in data["trade"]:
            t.add_row(
                _s(f.get("reporter")),
                _s(f.get("partner")),
                _s(f.get("flow")) + (f" ({f['commodity']})" if f.get("commodity") else ""),
                _s(f.get("period")),
                ("~" if f.get("approximate") else "") + _s(f.get("value")),
                _s(f.get("unit")),
            )
        con.print(t)
    common = ", ".join(m["organization"] for m in data["memberships_in_common"])
    con.print(f"Memberships in common: {common or 'none stated'}", markup=False)


# -- timeline --------------------------------------------------------------------------------------------

TIMELINE_COLUMNS = (
    "date",
    "field",
    "type",
    "label",
    "quote",
    "section",
    "start",
    "end",
    "article",
    "path",
    "revision",
)


@click.command("timeline")
@click.argument("a")
@click.argument("b")
@click.option("--from", "date_from", help="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "date_to", help="Latest date.")
@click.option("--type", "types", multiple=True, help="Only these fact types (repeat, or comma-separate).")
@db_option
@json_option
@csv_option
@history_option
@click.pass_context
@handles_store_errors
def timeline_cmd(
    ctx: click.Context,
    a: str,
    b: str,
    date_from: str | None,
    date_to: str | None,
    types: tuple[str, ...],
    db: str,
    as_json: bool,
    as_csv: bool,
    history: bool,
) -> None:
    """Dated facts of a pair in order, each with its quote."""
    with _open_for_query(db) as store:
        rows = store.timeline(a, b, date_from, date_to, list(types), history=history)
    if as_json:
        _print_json(rows)
        return
    flat = [
        {
            **r,
            "article": r["article"]["title"],
            "path": r["article"]["path"],
            "revision": r["article"]["revision"],
        }
        for r in rows
    ]
    if as_csv:
        _print_csv(flat, TIMELINE_COLUMNS)
        return
    con = _console()
    if not rows:
        con.print(f"No dated facts stored for {_name(store.country(a))} – {_name(store.country(b))}.")
        return
    t = _table(f"Timeline {store.country(a)}–{store.country(b)}", ["date", "type", "what", "quote"])
    for r in flat:
        what = r["label"] + (f" ({r['field']})" if r["field"] not in ("date", "period") else "")
        t.add_row(r["date"], r["type"], what + (f" [rev {r['revision']}]" if history else ""), r["quote"] or "")
    con.print(t)


# -- trade -----------------------------------------------------------------------------------------------

TRADE_COLUMNS = (
    "reporter",
    "partner",
    "flow",
    "commodity",
    "period",
    "value",
    "unit",
    "approximate",
    "unit_inferred",
    "quote",
    "article",
)


@click.command("trade")
@click.argument("a")
@click.argument("b")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), help="Also draw the series into FILE.png.")
@db_option
@json_option
@csv_option
@history_option
@click.pass_context
@handles_store_errors
def trade_cmd(
    ctx: click.Context,
    a: str,
    b: str,
    plot_path: str | None,
    db: str,
    as_json: bool,
    as_csv: bool,
    history: bool,
) -> None:
    """Trade figures of a pair: one series per flow and period, with units."""
    with _open_for_query(db) as store:
        data = store.trade(a, b, history=history)
    if plot_path:
        from bilateral.store.plot import plot_trade

        out = plot_trade(data, plot_path)
        _err(f"plot written to {out}")
    rows = queries.trade_rows(data)
    if as_json:
        _print_json(data)
    elif as_csv:
        _print_csv(rows, TRADE_COLUMNS)
    else:
        con = _console()
        A, B = data["pair"]
        if not rows:
            con.print(f"No trade figures stored for {_name(A)} – {_name(B)}.")
            return
        t = _table(f"Trade {A}–{B}", ["reporter→partner", "flow", "period", "value", "unit", "quote"])
        for r in rows:
            t.add_row(
                f"{_s(r['reporter']) or '?'}→{_s(r['partner']) or '?'}",
                _s(r["flow"]) + (f" ({r['commodity']})" if r["commodity"] else ""),
                _s(r["period"]),
                ("~" if r["approximate"] else "") + _s(r["value"]),
                _s(r["unit"]) + (" (inferred)" if r["unit_inferred"] else ""),
                _s(r["quote"]),
            )
        con.print(t)


# -- missions --------------------------------------------------------------------------------------------

MISSION_COLUMNS = (
    "relation",
    "sender",
    "receiver",
    "kind",
    "city",
    "resident",
    "from_city",
    "from_country",
    "status",
    "date",
    "text",
    "quote",
    "article",
)


@click.command("missions")
@click.argument("country")
@db_option
@json_option
@csv_option
@history_option
@click.pass_context
@handles_store_errors
def missions_cmd(ctx: click.Context, country: str, db: str, as_json: bool, as_csv: bool, history: bool) -> None:
    """Where a country has missions, what it covers from which embassy, and who covers it from where."""
    with _open_for_query(db) as store:
        data = store.missions(country, history=history)
    rows = queries.missions_rows(data)
    if as_json:
        _print_json(data)
        return
    if as_csv:
        _print_csv(rows, MISSION_COLUMNS)
        return
    con = _console()
    cc = data["country"]
    con.print(f"[bold]{_name(cc)}[/bold]")
    if not rows:
        con.print("No missions stored for it.")
        return
    sections = (
        (
            "missions",
            f"Missions of {cc}",
            ["in", "kind", "city", "status", "since"],
            lambda r: [_s(r["receiver"]), _s(r["kind"]), _s(r["city"]), _s(r["status"]), _s(r["date"])],
        ),
        (
            "covers",
            f"Countries {cc} covers from elsewhere",
            ["covers", "from", "kind"],
            lambda r: [
                r["text"],
                _s(r["from_city"]) + (f" ({r['from_country']})" if r["from_country"] else ""),
                _s(r["kind"]),
            ],
        ),
        (
            "hosted",
            f"Missions in {cc}",
            ["of", "kind", "city", "status", "since"],
            lambda r: [_s(r["sender"]), _s(r["kind"]), _s(r["city"]), _s(r["status"]), _s(r["date"])],
        ),
        (
            "covered_by",
            f"Who covers {cc} from where",
            ["who", "from", "kind"],
            lambda r: [
                r["text"],
                _s(r["from_city"]) + (f" ({r['from_country']})" if r["from_country"] else ""),
                _s(r["kind"]),
            ],
        ),
        (
            "covered_from_here",
            f"Countries covered from missions in {cc}",
            ["covers", "kind"],
            lambda r: [r["text"], _s(r["kind"])],
        ),
    )
    for key, title, cols, fn in sections:
        if data[key]:
            t = _table(title, [*cols, "evidence"])
            for r in data[key]:
                t.add_row(*fn(r), f"“{r['quote']}”" if r["quote"] else "")
            con.print(t)


# -- people ----------------------------------------------------------------------------------------------

PEOPLE_COLUMNS = ("name", "kind", "date", "what", "quote", "article")


@click.command("people")
@click.argument("name", nargs=-1, required=True)
@db_option
@json_option
@csv_option
@history_option
@click.pass_context
@handles_store_errors
def people_cmd(ctx: click.Context, name: tuple[str, ...], db: str, as_json: bool, as_csv: bool, history: bool) -> None:
    """A person's posts and events across articles (full name, surname, or "V. Orbán")."""
    with _open_for_query(db) as store:
        data = store.people(" ".join(name), history=history)
    rows = queries.people_rows(data)
    if as_json:
        _print_json(data)
        return
    if as_csv:
        _print_csv(rows, PEOPLE_COLUMNS)
        return
    con = _console()
    if not data:
        con.print(f"No one called {' '.join(name)!r} is stored.")
        return
    for p in data:
        t = _table(
            f"{p['name']}{' (' + p['country'] + ')' if p['country'] else ''}",
            ["date", "kind", "what", "quote"],
        )
        for r in (r for r in rows if r["name"] == p["name"]):
            t.add_row(_s(r["date"]), r["kind"], r["what"], _s(r["quote"]))
        con.print(t)


# -- search ----------------------------------------------------------------------------------------------

SEARCH_COLUMNS = ("kind", "pair", "section", "text", "quote", "start", "end", "article", "path")


@click.command("search")
@click.argument("text", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(min=1), default=30, show_default=True)
@db_option
@json_option
@csv_option
@history_option
@click.pass_context
@handles_store_errors
def search_cmd(
    ctx: click.Context, text: tuple[str, ...], limit: int, db: str, as_json: bool, as_csv: bool, history: bool
) -> None:
    """Full-text search over sentences and facts (all words must appear; "quote" a phrase)."""
    with _open_for_query(db) as store:
        hits = store.search(" ".join(text), limit=limit, history=history)
    if as_json:
        _print_json(hits)
        return
    flat = [
        {
            **h,
            "pair": "–".join(h["pair"]) if h["pair"] else "",
            "article": h["article"]["title"],
            "path": h["article"]["path"],
            "quote": h.get("quote") or h["text"],
        }
        for h in hits
    ]
    if as_csv:
        _print_csv(flat, SEARCH_COLUMNS)
        return
    con = _console()
    if not hits:
        con.print(f"Nothing found for {' '.join(text)!r}.")
        return
    t = _table(None, ["", "pair", "section", "text", "article"])
    for h in flat:
        t.add_row(
            h["kind"] if h["kind"] == "sentence" else h["type"],
            h["pair"],
            _s(h["section"]),
            h["snippet"] if h["kind"] == "sentence" else f"{h['text']} — “{h['quote']}”",
            _s(h["article"]),
        )
    con.print(t, markup=False)


# -- ask -------------------------------------------------------------------------------------------------


@click.command("ask")
@click.argument("question", nargs=-1, required=True)
@db_option
@json_option
@click.pass_context
@handles_store_errors
def ask_cmd(ctx: click.Context, question: tuple[str, ...], db: str, as_json: bool) -> None:
    """Answer a common question from the store, quoting the evidence (and saying when it does not know)."""
    with _open_for_query(db) as store:
        result = store.ask(" ".join(question))
    if as_json:
        _print_json(result)
        return
    click.echo(result["answer"])
    for e in result["evidence"]:
        click.echo(
            f"  “{e['quote']}” — {e['article'] or e['path']}, {e['section'] or 'lead'} [{e['start']}–{e['end']}]"
        )


# -- check -----------------------------------------------------------------------------------------------

CHECK_COLUMNS = ("issue", "kind", "message", "pair", "value", "article", "section", "start", "end", "quote")


@click.command("check")
@db_option
@json_option
@csv_option
@click.option("--strict", is_flag=True, help="Exit with status 1 when any inconsistency is found.")
@click.pass_context
@handles_store_errors
def check_cmd(ctx: click.Context, db: str, as_json: bool, as_csv: bool, strict: bool) -> None:
    """Inconsistencies: import + export vs turnover, one fact with two values, resident and not."""
    with _open_for_query(db) as store:
        issues = store.check()
    if as_json:
        _print_json(issues)
    elif as_csv:
        _print_csv(queries.check_rows(issues), CHECK_COLUMNS)
    else:
        con = _console()
        if not issues:
            con.print("No inconsistencies found.")
        for n, issue in enumerate(issues, 1):
            pair = "–".join(issue["pair"]) if issue["pair"] else "?"
            con.print(f"[bold]{n}. {pair} {issue['kind']}[/bold]: ", end="")
            con.print(issue["message"], markup=False)
            seen: set[tuple[Any, ...]] = set()
            for it in issue["items"]:
                for e in it["evidence"]:
                    if (it["path"], e.get("start"), e.get("end")) in seen:
                        continue
                    seen.add((it["path"], e.get("start"), e.get("end")))
                    con.print(
                        f"   “{e.get('quote')}” — {it['article']}, {e.get('section') or 'lead'} "
                        f"[{e.get('start')}–{e.get('end')}]",
                        markup=False,
                    )
        if issues:
            con.print(f"{len(issues)} inconsistencies.")
    if strict and issues:
        ctx.exit(1)


# -- demo ------------------------------------------------------------------------------------------------


@click.command("demo")
@click.argument("paths", nargs=-1)
@db_option
@click.pass_context
@handles_store_errors
def demo_cmd(ctx: click.Context, paths: tuple[str, ...], db: str) -> None:
    """The main job on the bundled examples: ingest them into the store and show the brief of each pair.

    PATHS default to ./examples. The store is --db (default ./bilateral.db); running it again changes nothing.
    """
    from bilateral.store.ingest import default_jobs, ingest_paths

    paths = paths or ("examples",)
    failed = 0
    with Store.open(db, timeout=_timeout()) as store:
        outcomes = ingest_paths(store, list(paths), jobs=min(2, default_jobs()))
        for o in outcomes:
            if o.error:
                _err(o.error)
                failed += 1
        pairs: list[tuple[str, str]] = []
        ours = {o.path for o in outcomes}
        for src in store.sources():
            pair = (src["dyad_a"], src["dyad_b"])
            if all(pair) and pair not in pairs and src["path"] in ours:
                pairs.append(pair)
        stored = sum(1 for o in outcomes if o.status in ("added", "revised"))
        unchanged = sum(1 for o in outcomes if o.status == "unchanged")
        click.echo(f"{db}: {stored} articles stored, {unchanged} unchanged, {failed} failed\n")
        for a, b in pairs:
            render_show(store.show(a, b))
            click.echo("")
    click.echo(f"Next: bilateral timeline A B --db {db}; bilateral ask \"who is A's ambassador to B?\" --db {db}")
    ctx.exit(1 if failed else 0)


COMMANDS = (
    demo_cmd,
    ingest_cmd,
    show_cmd,
    timeline_cmd,
    trade_cmd,
    missions_cmd,
    people_cmd,
    search_cmd,
    ask_cmd,
    check_cmd,
)


def register(cli: click.Group) -> None:
    """Add the store's commands to the ``bilateral`` command group."""
    for cmd in COMMANDS:
        cli.add_command(cmd)
