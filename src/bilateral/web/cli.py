"""``bilateral serve``: the web app over a store, read-only unless given a token."""

from __future__ import annotations

import os
import secrets
import socket

import click

DEFAULT_DB = "bilateral.db"


@click.command("serve")
@click.option(
    "--db",
    envvar="BILATERAL_DB",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The database file (or set BILATERAL_DB).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option(
    "--token",
    envvar="BILATERAL_TOKEN",
    default=None,
    help="Enable the write endpoint (POST /api/documents) for requests sending "
    "'Authorization: Bearer TOKEN' (or set BILATERAL_TOKEN). Without it the server is read-only.",
)
@click.option(
    "--cors",
    "cors",
    multiple=True,
    metavar="ORIGIN",
    help="Let this origin read the API from a browser (repeatable). Off by default.",
)
@click.pass_context
def serve_cmd(ctx: click.Context, db: str, host: str, port: int, token: str | None, cors: tuple[str, ...]) -> None:
    """Serve the site and the JSON API (docs at /docs, OpenAPI at /openapi.json).

    \b
    Example:
      bilateral ingest examples/ && bilateral serve --port 8000
      then open http://127.0.0.1:8000/dyads/EE-FI
    """
    debug = bool((ctx.obj or {}).get("debug")) if isinstance(ctx.obj, dict) else False
    try:
        import uvicorn

        from bilateral.web.app import create_app
    except ImportError as exc:
        raise click.ClickException(
            f"the web extra is not installed ({exc.name}); run `pip install 'bilateral[web]'`"
        ) from None
    from bilateral.store import StoreError

    if token is not None and len(token) < 12:
        raise click.BadParameter(
            "use at least 12 characters (e.g. " + secrets.token_urlsafe(16) + ")", param_hint="--token"
        )
    try:
        app = create_app(db, token=token, cors_origins=list(cors) or None)
    except StoreError as exc:
        if debug:
            raise
        click.echo(f"bilateral: {exc}", err=True)
        ctx.exit(1)
    if port:
        try:  # say it in one line now rather than in uvicorn's log after startup
            with socket.create_server((host, port)):
                pass
        except OSError as exc:
            click.echo(
                f"bilateral: cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port or --host",
                err=True,
            )
            ctx.exit(1)
    mode = "read-write with a token" if token else "read-only"
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"bilateral: serving {os.path.abspath(db)} ({mode}) at http://{shown}:{port}/  (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="debug" if debug else "warning")


def register(cli: click.Group) -> None:
    """Add ``serve`` to the ``bilateral`` command group."""
    cli.add_command(serve_cmd)
