"""`bilateral serve`: refuses what it cannot serve in one line (the browser tests start it for real)."""

from __future__ import annotations

import socket
from pathlib import Path

from click.testing import CliRunner

from bilateral.cli import cli


def test_serve_is_a_command() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "--cors"):
        assert option in result.output


def test_serve_without_a_database_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "bilateral ingest" in lines[0] and "Traceback" not in result.output
    assert not (tmp_path / "none.db").exists()  # the web never creates a database


def test_serve_refuses_a_short_token(db_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(db_path), "--token", "abc"])
    assert result.exit_code == 2 and "12 characters" in result.output


def test_serve_on_a_busy_port_says_so(db_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(db_path), "--port", str(port)])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "--port" in result.output
