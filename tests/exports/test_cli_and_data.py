"""The export command's errors (one line, exit 1), the pair selection, and the data tables it reads."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.exports import ExportError, codes, data, render
from bilateral.store import countries


def _run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["export", *args])


def _one_line_error(result: Any, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("bilateral: "), result.stderr
    assert "Traceback" not in result.stderr
    for w in words:
        assert w in result.stderr, (w, result.stderr)


def test_unknown_format(examples_db: Path) -> None:
    _one_line_error(_run("--format", "xml", "--db", str(examples_db)), "'xml'", "jsonl", "dyad-year")


def test_missing_database(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    _one_line_error(_run("--format", "jsonl", "--db", str(db)), str(db), "bilateral ingest")
    assert not db.exists()


def test_unwritable_output(examples_db: Path, tmp_path: Path) -> None:
    _one_line_error(
        _run("-f", "ttl", "--db", str(examples_db), "-o", str(tmp_path / "no" / "kb.ttl")), "does not exist"
    )
    _one_line_error(_run("-f", "ttl", "--db", str(examples_db), "-o", str(tmp_path)), "is a folder")
    a_file = tmp_path / "x.txt"
    a_file.write_text("x")
    _one_line_error(_run("-f", "csv", "--db", str(examples_db), "-o", str(a_file)), "is a file")
    _one_line_error(_run("-f", "parquet", "--db", str(examples_db)), "-o FOLDER")
    if os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        _one_line_error(_run("-f", "ttl", "--db", str(examples_db), "-o", str(ro / "kb.ttl")), "not writable")


def test_unknown_country(examples_db: Path) -> None:
    _one_line_error(_run("-f", "jsonl", "--pair", "Atlantis", "EE", "--db", str(examples_db)), "Atlantis")


def test_pair_spellings(examples_store: Any) -> None:
    names = {
        render(examples_store, "jsonl", p)[1] for p in (("EE", "FI"), "Finland, Estonia", "fi ee", ["Estonian", "FI"])
    }
    assert names == {"bilateral-EE-FI.jsonl"}
    with pytest.raises(ExportError):
        render(examples_store, "jsonl", "EE")
    with pytest.raises(ExportError):
        render(examples_store, "pdf", None)


def test_country_table() -> None:
    rows = data.read_tsv("wikidata_countries.tsv")
    codes_ = [r["code"] for r in rows]
    assert len(codes_) == len(set(codes_))
    qids = [r["qid"] for r in rows]
    assert len(qids) == len(set(qids)) and all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)
    for r in rows:
        assert countries.code(r["code"]) == r["code"], r
    # every state of the gazetteer has its Wikidata item
    states = [
        line.split("\t")[0]
        for line in (data.DATA / "countries.tsv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") and line.count("\t") > 2 and line.split("\t")[2] == "state"
    ]
    assert states and not [s for s in states if s not in set(codes_)]


def test_city_and_code_tables() -> None:
    for r in data.read_tsv("wikidata_cities.tsv"):
        assert re.fullmatch(r"Q[1-9]\d*", r["qid"]) and data.country_qid(r["country"]), r
    assert data.city_qid("Reykjavik", "IS") == data.city_qid("Reykjavík", "is") == "Q1764"
    assert data.city_qid("Helsinki", "EE") is None  # a city belongs to its country
    for r in data.event_codes():
        assert r["cameo"] == "" or re.fullmatch(r"\d{3,4}", r["cameo"]), r
        assert r["source"] in ("visitor", "subject", "pair"), r
    visit = {"type": "event", "kind": "visit", "location": {"city": "Vilnius", "country": "LT"}}
    assert codes.codes(visit, ("IS", "LT")).to_dict() == {
        "cameo": "042",
        "cameo_label": "Make a visit",
        "plover": "CONSULT",
        "plover_mode": "visit",
        "source": "IS",
        "target": "LT",
    }
    assert codes.codes({**visit, "location": {"city": "Geneva", "country": "CH"}}, ("IS", "LT")).cameo == "044"
    signed = {"type": "agreement", "status": "signed", "parties": ["IS", "NO"]}
    assert codes.codes(signed, ("IS", "NO")).cameo == "057"
    assert codes.codes({"type": "recognition", "subject": "IS", "object": "LT"}, ("IS", "LT")).cameo == "054"
    assert codes.codes({"type": "trade"}, ("IS", "LT")) == codes.EMPTY
