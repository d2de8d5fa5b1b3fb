"""dyad-year: one row per directed pair and year, the level derived from missions, offices and relations."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.exports import render


def _rows(body: bytes) -> dict[tuple[str, str, int], dict[str, str]]:
    return {(r["sender"], r["receiver"], int(r["year"])): r for r in csv.DictReader(io.StringIO(body.decode("utf-8")))}


def _table(db: Path, *args: str) -> dict[tuple[str, str, int], dict[str, str]]:
    result = CliRunner().invoke(cli, ["export", "-f", "dyad-year", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return _rows(result.stdout_bytes)


def test_levels_follow_missions_offices_and_relations(made_db: Path) -> None:
    t = _table(made_db, "--until", "2024")
    # Russia in Georgia: embassy from 1992, an ambassador named from 2006, relations severed and the
    # embassy closed in 2008
    assert t[("RU", "GE", 1992)]["level"] == "ambassador" and t[("RU", "GE", 1992)]["resident"] == "1"
    assert t[("RU", "GE", 2006)]["envoy"] == "Vyacheslav Kovalenko"
    assert t[("RU", "GE", 2005)]["envoy"] == ""
    for year in (2008, 2012, 2024):
        assert (t[("RU", "GE", year)]["level"], t[("RU", "GE", year)]["dr_code"]) == ("none", "0")
    assert min(y for s, r, y in t if (s, r) == ("RU", "GE")) == 1992  # from the first dated fact
    assert max(y for s, r, y in t if (s, r) == ("RU", "GE")) == 2024  # to --until
    # Estonia in Iceland: nothing known 1991–2004, covered from Oslo from 2005, an embassy under a chargé
    # d'affaires from 2019
    assert t[("EE", "IS", 1995)]["level"] == "unknown" and t[("EE", "IS", 1995)]["dr_code"] == ""
    row = t[("EE", "IS", 2010)]
    assert (row["level"], row["dr_code"], row["resident"]) == ("non_resident", "9", "0")
    assert (row["accredited_from_city"], row["accredited_from_country"]) == ("Oslo", "NO")
    row = t[("EE", "IS", 2020)]
    assert (row["level"], row["dr_code"], row["envoy"]) == ("charge_d_affaires", "1", "Kaarel Mets")
    # Iceland in Estonia: an undated non-resident mission speaks only for the last year
    assert t[("IS", "EE", 2023)]["level"] == "unknown"
    assert t[("IS", "EE", 2024)]["level"] == "non_resident"
    assert t[("IS", "EE", 2024)]["accredited_from_city"] == "Helsinki"
    assert t[("IS", "EE", 2024)]["basis_year"] == ""


def test_every_row_rests_on_stored_facts(both_store: Any) -> None:
    _, name, body = render(both_store, "dyad-year", None)
    assert name == "bilateral-dyad-year.csv"
    t = _rows(body)
    types = dict(both_store.conn.execute("SELECT id, type FROM facts").fetchall())
    for row in t.values():
        for fid in row["basis"].split():
            assert types[int(fid)] in ("mission", "office", "diplomatic_relations")
        if row["level"] == "non_resident":
            mission = both_store.conn.execute(
                "SELECT accredited_from_city FROM missions WHERE id = ?", (int(row["basis"].split()[0]),)
            ).fetchone()
            assert mission[0] == row["accredited_from_city"]
    # every stored article's pair is in the table, both ways
    for s in both_store.sources():
        a, b = s["dyad_a"], s["dyad_b"]
        assert any(k[:2] == (a, b) for k in t) and any(k[:2] == (b, a) for k in t)
    # Iceland covers Lithuania from Helsinki (bundled Iceland–Lithuania article)
    last = max(y for s, r, y in t if (s, r) == ("IS", "LT"))
    assert (t[("IS", "LT", last)]["level"], t[("IS", "LT", last)]["accredited_from_city"]) == (
        "non_resident",
        "Helsinki",
    )


def test_pair_filter(made_db: Path) -> None:
    t = _table(made_db, "--pair", "Georgian", "RU", "--until", "2010")
    assert {k[:2] for k in t} == {("GE", "RU"), ("RU", "GE")}
