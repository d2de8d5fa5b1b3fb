"""Fixtures for the exports: the bundled examples ingested through the `bilateral ingest` command (and the
same articles through `bilateral extract`), and a small store of hand-written documents whose facts are
realistic but invented where the examples have none (dated, closed and non-resident missions, severed
relations, a chargé d'affaires). Every evidence quote is the exact text at its offsets."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.store import Store

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


class Builder:
    """Writes an article line by line and hands out evidence for each line."""

    def __init__(self, title: str, path: str, dyad: list[str] | None) -> None:
        self.title, self.path, self.dyad = title, path, dyad
        self.text = title + "\n\n"
        self.section = "Overview"
        self.facts: list[dict[str, Any]] = []

    def line(self, sentence: str, *facts: dict[str, Any]) -> None:
        start = len(self.text)
        self.text += sentence + "\n"
        ev = {"section": self.section, "start": start, "end": start + len(sentence), "quote": sentence}
        for f in facts:
            self.facts.append({**f, "evidence": [ev], "confidence": 0.9})

    def document(self, url: str | None = None) -> dict[str, Any]:
        sha = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        source = {"path": self.path, "title": self.title, "sha256": sha, "format": "prose"}
        if url:
            source["url"] = url
        return {"schema": "bilateral.facts/1", "source": source, "dyad": self.dyad, "facts": self.facts}


def _mission(sender: str, receiver: str, **kw: Any) -> dict[str, Any]:
    base = {
        "type": "mission",
        "sender": sender,
        "receiver": receiver,
        "kind": "embassy",
        "city": None,
        "resident": True,
        "accredited_from": None,
        "date": None,
        "status": "open",
    }
    return {**base, **kw}


def _office(person: str, role: str, sender: str, receiver: str, **kw: Any) -> dict[str, Any]:
    base = {
        "type": "office",
        "person": person,
        "role": role,
        "sender": sender,
        "receiver": receiver,
        "appointed": None,
        "credentials": None,
        "since": None,
        "concurrent_with": [],
    }
    return {**base, **kw}


def georgia_russia() -> dict[str, Any]:
    b = Builder("Georgia–Russia relations", "georgia-russia.txt", ["GE", "RU"])
    b.line(
        "The two states established diplomatic relations on 1 July 1992.",
        {"type": "diplomatic_relations", "parties": ["GE", "RU"], "event": "established", "date": "1992-07-01"},
    )
    b.line(
        "Russia opened its embassy in Tbilisi in 1992.",
        _mission("RU", "GE", city="Tbilisi", date="1992"),
    )
    b.line(
        "Georgia opened an embassy in Moscow in 1993.",
        _mission("GE", "RU", city="Moscow", date="1993"),
    )
    b.line(
        "Georgia closed its embassy in Moscow in 2008.",
        _mission("GE", "RU", city="Moscow", date="2008", status="closed"),
    )
    b.line(
        "Vyacheslav Kovalenko served as Russia's ambassador to Georgia from 2006.",
        _office("Vyacheslav Kovalenko", "ambassador", "RU", "GE", since="2006"),
    )
    b.line(
        "Georgia severed diplomatic relations with Russia on 29 August 2008.",
        {"type": "diplomatic_relations", "parties": ["GE", "RU"], "event": "severed", "date": "2008-08-29"},
    )
    b.line(
        "The Russian embassy in Tbilisi was closed in 2008.",
        _mission("RU", "GE", city="Tbilisi", date="2008", status="closed"),
    )
    b.line(
        "In 2012 the two governments began talks in Prague.",
        {
            "type": "event",
            "kind": "meeting",
            "date": "2012",
            "location": {"city": "Prague", "country": "CZ"},
            "participants": [],
            "occasion": None,
            "summary": "talks in Prague",
        },
    )
    return b.document(url="https://example.org/articles/georgia-russia")


def estonia_iceland() -> dict[str, Any]:
    b = Builder("Estonia–Iceland relations", "estonia-iceland.txt", ["EE", "IS"])
    b.line(
        "Iceland recognized Estonia on 22 August 1991.",
        {"type": "recognition", "subject": "IS", "object": "EE", "date": "1991-08-22"},
    )
    b.line(
        "Diplomatic relations were established on 26 August 1991.",
        {"type": "diplomatic_relations", "parties": ["EE", "IS"], "event": "established", "date": "1991-08-26"},
    )
    b.line(
        "Iceland is accredited to Estonia from its embassy in Helsinki, Finland.",
        _mission("IS", "EE", resident=False, accredited_from={"city": "Helsinki", "country": "FI"}),
    )
    b.line(
        "Since 2005 Estonia has covered Iceland from its embassy in Oslo, Norway.",
        _mission("EE", "IS", resident=False, accredited_from={"city": "Oslo", "country": "NO"}, date="2005"),
    )
    b.line(
        "Estonia opened its embassy in Helsinki in 1991.",
        _mission("EE", "FI", city="Helsinki", date="1991"),
    )
    b.line(
        "In 2019 Estonia opened an embassy in Reykjavík, led by chargé d'affaires Kaarel Mets.",
        _mission("EE", "IS", city="Reykjavík", date="2019"),
        _office("Kaarel Mets", "charge_d_affaires", "EE", "IS", appointed="2019"),
    )
    b.line(
        "Estonia also has an honorary consulate in Reykjavík.",
        _mission("EE", "IS", kind="honorary_consulate", city="Reykjavík"),
    )
    b.line(
        "Estonian foreign minister Liis Kask visited Reykjavík on 3 May 2018.",
        {
            "type": "event",
            "kind": "visit",
            "date": "2018-05-03",
            "location": {"city": "Reykjavík", "country": "IS"},
            "participants": [{"name": "Liis Kask", "role": "foreign_minister", "country": "EE"}],
            "occasion": None,
            "summary": "Estonian foreign minister visits Reykjavík",
        },
    )
    return b.document()


@pytest.fixture
def builder() -> type[Builder]:
    """The article builder, for tests that write a document of their own."""
    return Builder


def example_paths() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*") if p.is_file() and p.suffix in (".txt", ".wiki"))


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled examples ingested with `bilateral ingest` (one process)."""
    paths = example_paths()
    if not paths:
        pytest.skip("no bundled examples")
    db = tmp_path_factory.mktemp("exports") / "examples.db"
    result = CliRunner().invoke(cli, ["ingest", *map(str, paths), "--db", str(db), "-j", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def extracted() -> dict[str, dict[str, Any]]:
    """The same articles through `bilateral extract --format jsonl`, by path."""
    paths = example_paths()
    result = CliRunner().invoke(cli, ["extract", *map(str, paths), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {d["source"]["path"]: d for d in docs}


@pytest.fixture
def examples_store(examples_db: Path) -> Any:
    s = Store.open(examples_db, readonly=True, create=False)
    yield s
    s.close()


@pytest.fixture(scope="session")
def made_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("exports") / "made.db"
    with Store.open(db) as s:
        s.ingest_document(georgia_russia())
        s.ingest_document(estonia_iceland())
    return db


@pytest.fixture
def made_store(made_db: Path) -> Any:
    s = Store.open(made_db, readonly=True, create=False)
    yield s
    s.close()


@pytest.fixture(scope="session")
def both_db(tmp_path_factory: pytest.TempPathFactory, examples_db: Path) -> Path:
    """Examples and hand-written documents together (every fact type, non-resident missions, dates)."""
    db = tmp_path_factory.mktemp("exports") / "both.db"
    src, dst = sqlite3.connect(examples_db), sqlite3.connect(db)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    with Store.open(db) as s:
        s.ingest_document(georgia_russia())
        s.ingest_document(estonia_iceland())
    return db


@pytest.fixture
def both_store(both_db: Path) -> Any:
    s = Store.open(both_db, readonly=True, create=False)
    yield s
    s.close()
