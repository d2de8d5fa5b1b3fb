"""The store's commands, run through click: tables, --json, --csv, exit codes and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result
from conftest import estonia_finland, iceland_estonia, inconsistent

from bilateral.store import Store, schema_version
from bilateral.store.cli import register


@click.group()
@click.option("--debug", is_flag=True)
@click.pass_context
def group(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}


register(group)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(group, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "kb.db"
    with Store.open(path) as s:
        s.ingest_document(estonia_finland())
        s.ingest_document(iceland_estonia())
    return str(path)


def one_line_error(result: Result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bilateral: "), result.stderr
    for w in words:
        assert w in lines[0], lines[0]


def test_commands_registered() -> None:
    assert {"ingest", "show", "timeline", "trade", "missions", "people", "search", "ask", "check"} <= set(
        group.commands
    )


def test_show_table_and_json(db: str) -> None:
    r = run("show", "estonia", "FI", "--db", db)
    assert r.exit_code == 0
    for text in ("Estonia (EE) – Finland (FI)", "Kaarel Mets", "Tallinn", "Council of Europe", "1991-08-29"):
        assert text in r.stdout, text
    data = json.loads(run("show", "EE", "FI", "--db", db, "--json").stdout)
    assert data["pair"] == ["EE", "FI"] and data["facts"] == 30
    empty = run("show", "PT", "AZ", "--db", db)
    assert empty.exit_code == 0 and "Nothing stored" in empty.stdout


def test_db_from_environment(db: str) -> None:
    r = run("show", "EE", "FI", "--json", env={"BILATERAL_DB": db})
    assert json.loads(r.stdout)["facts"] == 30


def test_timeline_csv_and_filters(db: str) -> None:
    r = run("timeline", "EE", "FI", "--db", db, "--csv", "--from", "2019", "--to", "2019", "--type", "event")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(x["date"], x["type"]) for x in rows] == [("2019-03-05", "event")]
    assert rows[0]["quote"].startswith("On 5 March 2019")
    table = run("timeline", "EE", "FI", "--db", db)
    assert table.exit_code == 0 and "1920" in table.stdout
    js = json.loads(run("timeline", "EE", "FI", "--db", db, "--json").stdout)
    assert len(js) == 21
    bad = run("timeline", "EE", "FI", "--db", db, "--type", "visits")
    one_line_error(bad, "unknown fact type")


def test_trade_csv_json_and_plot(db: str, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("trade", "FI", "EE", "--db", db, "--csv").stdout)))
    assert len(rows) == 9 and {r["unit"] for r in rows} == {"million EUR"}
    data = json.loads(run("trade", "EE", "FI", "--db", db, "--json").stdout)
    assert len(data["series"]) == 3
    pytest.importorskip("matplotlib")
    png = tmp_path / "trade.png"
    r = run("trade", "EE", "FI", "--db", db, "--plot", str(png))
    assert r.exit_code == 0 and "plot written" in r.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_plot_draws_gaps_and_titled_axes(db: str, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from bilateral.store.plot import plot_trade

    with Store.open(db) as s:
        data = s.trade("EE", "FI")
    captured: dict[str, Any] = {}
    real_close = plt.close

    def keep(fig: Any) -> None:
        captured["fig"] = fig

    plt.close = keep  # type: ignore[assignment]
    try:
        plot_trade(data, tmp_path / "t.svg")
    finally:
        plt.close = real_close  # type: ignore[assignment]
    fig = captured["fig"]
    ax = fig.axes[0]
    assert ax.get_ylabel() == "Value (million EUR)" and ax.get_xlabel().startswith("Year")
    assert "Estonia" in fig._suptitle.get_text()
    export = next(line for line in ax.get_lines() if line.get_label() == "EE export to FI")
    ys = list(export.get_ydata())
    assert len(ys) == 4 and ys[2] != ys[2]  # 2017, 2018, gap (NaN) for 2019, 2020
    real_close(fig)


def test_plot_without_matplotlib_is_one_line(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    r = run("trade", "EE", "FI", "--db", db, "--plot", str(tmp_path / "x.png"))
    one_line_error(r, "needs matplotlib", "bilateral[plot]")


def test_missions_people_search(db: str) -> None:
    m = run("missions", "Iceland", "--db", db)
    assert m.exit_code == 0 and "IS covers EE from Helsinki (FI)" in m.stdout
    rows = list(csv.DictReader(io.StringIO(run("missions", "EE", "--db", db, "--csv").stdout)))
    assert {r["relation"] for r in rows} == {"has", "covers", "hosts", "covered by"}
    p = run("people", "K.", "Mets", "--db", db)
    assert p.exit_code == 0 and "Kaarel Mets" in p.stdout and "2020-08-12" in p.stdout
    pj = json.loads(run("people", "Virtanen", "--db", db, "--json").stdout)
    assert pj[0]["events"][0]["kind"] == "visit"
    none = run("people", "Nobody", "--db", db)
    assert none.exit_code == 0 and "No one called" in none.stdout
    s = list(csv.DictReader(io.StringIO(run("search", "doctoral", "school", "--db", db, "--csv").stdout)))
    assert {r["kind"] for r in s} == {"sentence", "fact"} and s[0]["pair"] == "EE–FI"
    assert run("search", "tunnel", "--db", db).exit_code == 0


def test_ask_text_and_json(db: str) -> None:
    r = run("ask", "When did Iceland recognize Estonia?", "--db", db)
    assert r.exit_code == 0 and "1991-08-22" in r.stdout and "“Iceland recognized Estonia" in r.stdout
    js = json.loads(run("ask", "Who is FI's ambassador to EE?", "--db", db, "--json").stdout)
    assert js["known"] and "Timo Rantanen" in js["answer"]
    no = run("ask", "When did Sweden recognize Estonia?", "--db", db)
    assert no.exit_code == 0 and no.stdout.startswith("I don't know")


def test_check_report(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    with Store.open(path) as s:
        for d in inconsistent():
            s.ingest_document(d)
    r = run("check", "--db", str(path))
    assert r.exit_code == 0 and "trade_sum" in r.stdout and "residency" in r.stdout
    issues = json.loads(run("check", "--db", str(path), "--json").stdout)
    assert {i["kind"] for i in issues} == {"trade_sum", "conflict", "residency"}
    rows = list(csv.DictReader(io.StringIO(run("check", "--db", str(path), "--csv").stdout)))
    assert len(rows) >= 2 * len(issues)
    assert run("check", "--db", str(path), "--strict").exit_code == 1


def test_database_problems_are_one_line(tmp_path: Path, db: str) -> None:
    one_line_error(run("show", "EE", "FI", "--db", str(tmp_path / "missing.db")), "bilateral ingest")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 500)
    one_line_error(run("timeline", "EE", "FI", "--db", str(junk)), "corrupt")
    damaged = tmp_path / "damaged.db"
    data = bytearray(Path(db).read_bytes())
    page = 4096
    data[page:] = b"\xa5" * (len(data) - page)  # keep the header and schema page, trash every table
    damaged.write_bytes(bytes(data))
    one_line_error(run("show", "EE", "FI", "--db", str(damaged)), "corrupt")
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema_version() + 3}")
    conn.commit()
    conn.close()
    one_line_error(run("show", "EE", "FI", "--db", db), "newer bilateral", "untouched")
    one_line_error(run("ingest", "nothing.txt", "--db", db), "newer bilateral")


def test_locked_database_is_one_line(db: str) -> None:
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("DELETE FROM entities WHERE 0")
    try:
        r = run("show", "EE", "FI", "--db", db, env={"BILATERAL_DB_TIMEOUT": "0.05"})
        one_line_error(r, "locked by another process")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_unknown_country_is_one_line(db: str) -> None:
    one_line_error(run("missions", "Narnia", "--db", db), "unknown country 'Narnia'")


def test_quotes_are_shown_as_written_not_as_markup(tmp_path: Path) -> None:
    from conftest import Builder

    b = Builder("Norway–Sweden relations", "norway-sweden.txt", ["NO", "SE"])
    b.line(
        "The union treaty [1] was dissolved [bold]peacefully[/bold] in 1905.",
        {"type": "diplomatic_relations", "parties": ["NO", "SE"], "event": "established", "date": "1905"},
    )
    path = tmp_path / "m.db"
    with Store.open(path) as s:
        s.ingest_document(b.document())
    r = run("timeline", "NO", "SE", "--db", str(path), env={"COLUMNS": "400"})
    assert "[1] was dissolved [bold]peacefully[/bold]" in r.stdout
    r = run("show", "NO", "SE", "--db", str(path), env={"COLUMNS": "400"})
    assert "[bold]peacefully[/bold]" in r.stdout
