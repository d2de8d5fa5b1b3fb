"""``bilateral scan DUMP``: which pages of a dump would be ingested, without extracting anything.

(``bilateral ingest DUMP`` itself lives with the store's commands and hands dumps to
:func:`bilateral.scale.ingest.ingest_sources`.)
"""

from __future__ import annotations

import json
import time

import click


@click.command("scan")
@click.argument("dump", type=click.Path(dir_okay=False))
@click.option("--titles", default=None, help="Select pages whose title matches this REGEX.")
@click.option("--no-infobox", is_flag=True, help="Do not select pages by their relations infobox.")
@click.option("--max-size", default="20MB", show_default=True, help="Largest page text accepted.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per selected page.")
@click.pass_context
def scan_cmd(ctx: click.Context, dump: str, titles: str | None, no_infobox: bool, max_size: str, as_json: bool) -> None:
    """List the pages of a MediaWiki dump that `bilateral ingest` would extract (id, title, why)."""
    from bilateral.cli import _size
    from bilateral.scale.dump import DumpError, Problem, open_pages
    from bilateral.scale.selection import Selector, TitlesError

    try:
        selector = Selector.make(titles, not no_infobox)
    except TitlesError as exc:
        click.echo(f"bilateral: {exc}", err=True)
        ctx.exit(2)
        return
    name = click.format_filename(dump).rsplit("/", 1)[-1]
    pages = kept = problems = 0
    t0 = time.perf_counter()
    try:
        for raw in open_pages(dump, _size(max_size)):
            if isinstance(raw, Problem):
                problems += 1
                click.echo(f"bilateral: {raw.line(name)}", err=True)
                continue
            pages += 1
            why = selector.why(raw)
            if why is None:
                continue
            kept += 1
            if as_json:
                click.echo(json.dumps({"page_id": raw.page_id, "revision_id": raw.revision_id, "title": raw.title,
                                       "selected_by": why}, ensure_ascii=False))
            else:
                click.echo(f"{raw.page_id}\t{raw.title}\t{why}")
    except DumpError as exc:
        click.echo(f"bilateral: {exc}", err=True)
        ctx.exit(1)
        return
    click.echo(
        f"bilateral: {name}: {pages} pages, {kept} selected, {problems} unreadable, "
        f"{time.perf_counter() - t0:.1f} s",
        err=True,
    )
    ctx.exit(1 if problems else 0)


def register(cli: click.Group) -> None:
    cli.add_command(scan_cmd)
