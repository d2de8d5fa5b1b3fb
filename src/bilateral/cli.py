"""The command line: ``bilateral extract``, ``parse``, ``evaluate`` and the commands of the later layers."""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Any

import click

from bilateral import __version__
from bilateral.document import ArticleError, load
from bilateral.document.load import DEFAULT_MAX_BYTES, FORMATS
from bilateral.pipeline import Article, expand_paths, extract_file


def _err(message: str) -> None:
    click.echo(f"bilateral: {message}", err=True)


def _size(value: str) -> int:
    v = value.strip().upper()
    mult = 1
    for suffix, m in (("KB", 1024), ("MB", 1024**2), ("GB", 1024**3), ("K", 1024), ("M", 1024**2)):
        if v.endswith(suffix):
            v, mult = v[: -len(suffix)], m
            break
    try:
        return int(float(v) * mult)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size; write it like 20MB or 500KB") from None


class Run:
    """Walks the articles a command names, reporting failures without stopping the batch."""

    def __init__(self, debug: bool) -> None:
        self.debug = debug
        self.failed = 0

    def articles(
        self, paths: tuple[str, ...], input_format: str | None, max_bytes: int, verbose: bool = False
    ) -> list[Article]:
        out = []
        for path, problem in expand_paths(list(paths)):
            if problem is not None:
                self.fail(problem)
                continue
            try:
                article = extract_file(path, input_format=input_format, max_bytes=max_bytes, debug=self.debug)
            except ArticleError as exc:
                self.fail(exc)
                continue
            except Exception as exc:
                if self.debug:
                    raise
                self.fail(ArticleError(path, f"could not be read ({type(exc).__name__}: {exc}); rerun with --debug"))
                continue
            for w in article.warnings:
                _err(f"warning: {w}")
            if verbose:
                for note in article.notes:
                    _err(f"note: {path}:{note.start}-{note.end}: {note.message}")
            out.append(article)
        return out

    def fail(self, exc: ArticleError) -> None:
        self.failed += 1
        _err(str(exc))
        if self.debug:
            traceback.print_exception(exc)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bilateral")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Facts about the relations between two countries, read from articles, with their evidence."""
    ctx.obj = {"debug": debug}


_format_opt = click.option(
    "--input-format",
    type=click.Choice(FORMATS),
    default=None,
    help="Force the input format (default: detect).",
)
_size_opt = click.option(
    "--max-size",
    "max_size",
    default=f"{DEFAULT_MAX_BYTES // (1024 * 1024)}MB",
    show_default=True,
    help="Largest article file accepted.",
)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
@_format_opt
@_size_opt
@click.option("--verbose", "-v", is_flag=True, help="Report constructs that gave no fact, with offsets.")
@click.pass_context
def extract_cmd(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    input_format: str | None,
    max_size: str,
    verbose: bool,
) -> None:
    """Print the facts of each article (files or folders) as the contract's JSON."""
    run = Run(ctx.obj["debug"])
    articles = run.articles(paths, input_format, _size(max_size), verbose)
    docs = [a.document for a in articles]
    if fmt == "jsonl":
        text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    elif len(docs) == 1 and len(paths) == 1 and not Path(paths[0]).is_dir():
        text = json.dumps(docs[0], ensure_ascii=False, indent=2) + "\n"
    else:
        text = json.dumps(docs, ensure_ascii=False, indent=2) + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    elif docs or fmt == "json":
        click.echo(text, nl=False)
    ctx.exit(1 if run.failed else 0)


@cli.command("parse")
@click.argument("path")
@click.option("--json", "as_json", is_flag=True, help="Print the structure as JSON.")
@_format_opt
@_size_opt
@click.pass_context
def parse_cmd(ctx: click.Context, path: str, as_json: bool, input_format: str | None, max_size: str) -> None:
    """Show an article's sections, sentences, lists and tables with their offsets."""
    try:
        doc = load(path, input_format=input_format, max_bytes=_size(max_size))
    except ArticleError as exc:
        _err(str(exc))
        ctx.exit(1)
        return
    data = doc.to_json()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{path}  format={doc.format}  title={doc.title!r}")
    for f in data["infobox"]:
        click.echo(f"  infobox  {f['start']:>6}-{f['end']:<6} {f['key']} = {f['value']}")
    section = None
    for u in data["units"]:
        if u["section"] != section:
            section = u["section"]
            click.echo(f"== {section}")
        click.echo(f"  {u['kind']:<8} {u['start']:>6}-{u['end']:<6} {_short(u['text'])}")
    for t in data["tables"]:
        click.echo(f"  table    {t['start']:>6}-{t['end']:<6} section={t['section']!r} header={t['header']}")
        if t["caption"]:
            click.echo(f"    caption {_short(t['caption']['text'])}")
        for r in t["rows"]:
            click.echo(f"    row {r['start']:>6}-{r['end']:<6} {[c[2] for c in r['cells']]}")
        for note in t["notes"]:
            click.echo(f"    note {_short(note['text'])}")
    for w in doc.warnings:
        _err(f"warning: {w}")


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@cli.command("evaluate")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True), help="Folder of gold documents.")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False))
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False), help="score.py (default: found beside gold).")
@click.option("--misses/--no-misses", default=True, show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Also keep the predictions (JSONL).")
@click.pass_context
def evaluate_cmd(
    ctx: click.Context, gold: str, corpus: str, scorer: str | None, misses: bool, output: str | None
) -> None:
    """Extract every article of CORPUS and score it against GOLD with the shared scorer."""
    import subprocess
    import tempfile

    scorer_path = Path(scorer) if scorer else _find_scorer(Path(gold))
    if scorer_path is None:
        _err(f"no score.py found near {gold}; pass it with --scorer")
        ctx.exit(2)
        return
    run = Run(ctx.obj["debug"])
    articles = run.articles((corpus,), None, DEFAULT_MAX_BYTES)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(output) if output else Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(a.document, ensure_ascii=False) + "\n" for a in articles), "utf-8")
        args = [sys.executable, str(scorer_path), gold, str(pred), "--corpus", corpus]
        if misses:
            args.append("--misses")
        proc = subprocess.run(args, capture_output=True, text=True, check=False)
    click.echo(proc.stdout, nl=False)
    if proc.returncode != 0:
        _err(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "scorer failed")
    ctx.exit(1 if run.failed or proc.returncode else 0)


@cli.command("demo")
@click.argument("paths", nargs=-1)
@_format_opt
@click.pass_context
def demo_cmd(ctx: click.Context, paths: tuple[str, ...], input_format: str | None) -> None:
    """The main job on the bundled examples: extract every article and summarize each country pair."""
    from rich.console import Console
    from rich.table import Table as RichTable

    paths = paths or ("examples",)
    run = Run(ctx.obj["debug"])
    articles = run.articles(paths, input_format, DEFAULT_MAX_BYTES)
    console = Console()
    for a in articles:
        d = a.document
        console.print(_summary(d))
        counts: dict[str, int] = {}
        for f in d["facts"]:
            counts[f["type"]] = counts.get(f["type"], 0) + 1
        table = RichTable(show_header=True, header_style="bold")
        table.add_column("fact type")
        table.add_column("facts", justify="right")
        for t, n in sorted(counts.items()):
            table.add_row(t, str(n))
        console.print(table)
    ctx.exit(1 if run.failed else 0)


def _summary(d: dict[str, Any]) -> str:
    pair = "–".join(d["dyad"] or ["?", "?"])
    facts = d["facts"]
    rel = next((f for f in facts if f["type"] == "diplomatic_relations" and f["event"] == "established"), None)
    lines = [f"[bold]{pair}[/bold]  {d['source']['title']}  ({d['source']['path']}, {len(facts)} facts)"]
    if rel:
        lines.append(f"  diplomatic relations established: {rel['date'] or 'date not given'}")
    for f in facts:
        if f["type"] == "mission":
            where = f["city"] or (f["accredited_from"] or {}).get("city") or "?"
            how = "resident" if f["resident"] else "from"
            lines.append(f"  mission {f['sender']}→{f['receiver']}: {f['kind']} {how} {where}")
    return "\n".join(lines)


def _find_scorer(gold: Path) -> Path | None:
    for parent in [gold.resolve(), *gold.resolve().parents]:
        cand = parent / "eval" / "score.py"
        if cand.is_file():
            return cand
    return None


def _register_optional() -> None:
    """Commands of the store, web, export and scale layers, when those modules are installed."""
    import importlib

    for module in (
        "bilateral.store.cli",
        "bilateral.web.cli",
        "bilateral.exports.cli",
        "bilateral.scale.cli",
    ):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and module.startswith(exc.name):
                continue
            raise
        mod.register(cli)


_register_optional()


def main(argv: list[str] | None = None) -> Any:
    return cli.main(args=argv, prog_name="bilateral")


if __name__ == "__main__":
    main()
