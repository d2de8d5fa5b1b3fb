"""quickstatements: parsed back with a small QuickStatements v1 parser written here; every statement has a
reference, the values equal the store's, and every fact not written is in the review report."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.exports import data as W
from bilateral.exports import files, render
from bilateral.exports import quickstatements as QS

ITEM = re.compile(r"^Q[1-9]\d*$")
TIME = re.compile(r"^\+(\d{4})-(\d{2})-(\d{2})T00:00:00Z/(9|10|11)$")
STRING = re.compile(r'^"[^"\t]*"$')


@dataclass
class Statement:
    subject: str  # a QID, or LAST (the item made by the last CREATE)
    prop: str
    value: str
    qualifiers: list[tuple[str, str]] = field(default_factory=list)
    references: list[tuple[str, str]] = field(default_factory=list)
    item: int = -1  # which CREATE block, for LAST


@dataclass
class Parsed:
    statements: list[Statement] = field(default_factory=list)
    labels: dict[int, dict[str, str]] = field(default_factory=dict)
    creates: int = 0


def _value(v: str) -> None:
    assert ITEM.match(v) or TIME.match(v) or STRING.match(v), f"not a QuickStatements value: {v!r}"
    if m := TIME.match(v):
        _, month, day, precision = m.groups()
        # day precision has a day, month precision only a month, year precision neither
        assert (precision == "11") == (day != "00") and (precision == "9") == (month == "00"), v


def parse(text: str) -> Parsed:
    """QuickStatements version 1: CREATE, LAST/QID + Len/Den/Pnnn + value + (Pnnn value)* + (Snnn value)*."""
    out = Parsed()
    for line in text.splitlines():
        assert line.strip(), "no empty lines"
        cells = line.split("\t")
        if cells == ["CREATE"]:
            out.creates += 1
            continue
        subject, prop, value, *rest = cells
        assert subject == "LAST" or ITEM.match(subject), line
        if subject == "LAST":
            assert out.creates, "LAST before any CREATE"
        if prop[0] in "LD" and prop[1:].isalpha():
            assert subject == "LAST" and STRING.match(value), line
            out.labels.setdefault(out.creates, {})[prop] = value.strip('"')
            continue
        assert re.fullmatch(r"P\d+", prop), line
        _value(value)
        assert len(rest) % 2 == 0, line
        st = Statement(subject, prop, value, item=out.creates if subject == "LAST" else -1)
        pairs = list(zip(rest[::2], rest[1::2], strict=True))
        for k, v in pairs:
            _value(v)
            if k.startswith("S"):
                st.references.append((k, v))
            else:
                assert k.startswith("P") and not st.references, "qualifiers come before the reference"
                st.qualifiers.append((k, v))
        out.statements.append(st)
    return out


def _review(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


URL = "https://en.wikipedia.org/wiki/{title}"


def test_every_statement_is_referenced_and_every_fact_accounted_for(both_store: Any) -> None:
    named = files(both_store, "quickstatements", None, {"source_url": URL})
    parsed = parse(named["quickstatements.txt"].decode("utf-8"))
    assert parsed.statements
    for st in parsed.statements:
        keys = [k for k, _ in st.references]
        assert "S854" in keys or "S248" in keys, st
        assert "S813" in keys, st
    review = _review(named["review.tsv"].decode("utf-8"))
    reviewed = {int(r["fact_id"]) for r in review}
    stored = {
        r["id"]: r["type"]
        for r in both_store.conn.execute(
            "SELECT f.id, f.type FROM facts f JOIN sources s ON s.id = f.source_id WHERE s.current = 1"
        )
    }
    # a fact is written (relations, open resident embassies) or listed for review: none is dropped silently
    assert {i for i, t in stored.items() if t not in ("diplomatic_relations", "mission")} <= reviewed
    assert reviewed <= set(stored)


def test_diplomatic_relations(both_store: Any) -> None:
    text = files(both_store, "quickstatements", None, {"stated_in": "Q328"})["quickstatements.txt"].decode()
    p530 = {(s.subject, s.value): s for s in parse(text).statements if s.prop == "P530"}
    # Czech Republic–Slovakia established 1 January 1993, both ways, day precision
    for pair in (("Q213", "Q214"), ("Q214", "Q213")):
        assert p530[pair].qualifiers == [("P580", "+1993-01-01T00:00:00Z/11")]
        assert p530[pair].references[0] == ("S248", "Q328")
    # Iceland–Lithuania established 26 August 1991
    assert p530[("Q189", "Q37")].qualifiers == [("P580", "+1991-08-26T00:00:00Z/11")]
    # Estonia–Finland only 'restored' (August 1991): the relation without a start time
    assert p530[("Q191", "Q33")].qualifiers == []
    # Georgia–Russia: severed last, no P530
    assert ("Q230", "Q159") not in p530 and ("Q159", "Q230") not in p530
    # Estonia–Iceland (hand-written, no URL of its own): stated in the given item
    assert p530[("Q191", "Q189")].references[0] == ("S248", "Q328")
    assert p530[("Q191", "Q189")].qualifiers == [("P580", "+1991-08-26T00:00:00Z/11")]


def test_embassies_equal_the_stores_open_resident_embassies(both_store: Any) -> None:
    text = files(both_store, "quickstatements", None, {"source_url": URL})["quickstatements.txt"].decode()
    parsed = parse(text)
    items: dict[int, dict[str, str]] = {}
    for st in parsed.statements:
        if st.subject == "LAST":
            items.setdefault(st.item, {})[st.prop] = st.value
    assert all(it["P31"] == "Q3917681" for it in items.values())
    got = {(it["P137"], it["P17"], it.get("P131")) for it in items.values()}
    rows = both_store.conn.execute(
        "SELECT DISTINCT m.sender, m.receiver, m.city FROM missions m"
        " WHERE m.kind = 'embassy' AND m.resident = 1 AND m.status = 'open' AND NOT EXISTS ("
        "  SELECT 1 FROM missions c WHERE c.status = 'closed' AND c.kind = 'embassy'"
        "  AND (c.sender, c.receiver, c.city) = (m.sender, m.receiver, m.city))"
    ).fetchall()
    expected = {(W.country_qid(s), W.country_qid(r), W.city_qid(c, r)) for s, r, c in rows}
    assert got == expected
    assert ("Q191", "Q33", "Q1757") in got  # Estonia's embassy in Helsinki
    labels = {v["Len"] for v in parsed.labels.values()}
    assert "Embassy of the Czech Republic, Bratislava" in labels
    # Estonia's embassy in Helsinki, told in two articles, is one item dated by the one that gives a year
    helsinki = [it for it in items.values() if (it["P137"], it["P17"]) == ("Q191", "Q33")]
    assert len(helsinki) == 1 and helsinki[0]["P571"] == "+1991-00-00T00:00:00Z/9"
    # embassies closed in 2008 (Georgia–Russia) are not written
    assert not [it for it in items.values() if it["P137"] in ("Q230", "Q159")]


def test_non_resident_and_consulates_are_reviewed(both_store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(W, "city_qids", lambda: {})
    review = _review(files(both_store, "quickstatements", None, {"source_url": URL})["review.tsv"].decode())
    reasons = {(r["type"], r["reason"]) for r in review}
    assert ("mission", "a non-resident accreditation is no embassy item of its own") in reasons
    assert any(t == "mission" and "honorary_consulate" in why for t, why in reasons)
    assert any(t == "mission" and "closed" in why for t, why in reasons)
    # a city without a row in the city table: the embassy is written without P131 and the omission is listed
    assert any(r["what"] == "P131 Tokyo" for r in review)


def test_ambassadors_need_known_items(both_store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    named = files(both_store, "quickstatements", None, {"source_url": URL})
    assert not [s for s in parse(named["quickstatements.txt"].decode()).statements if s.prop == "P39"]
    review = _review(named["review.tsv"].decode())
    kovalenko = [r for r in review if "Vyacheslav Kovalenko" in r["what"]]
    assert kovalenko and "no Wikidata item known for the person" in kovalenko[0]["reason"]
    # with both items known (test data, not real QIDs), the post is written as P39 with its start year
    monkeypatch.setattr(W, "person_qids", lambda: {"vyacheslav kovalenko": "Q900000001"})
    monkeypatch.setattr(W, "position_qids", lambda: {("ambassador", "RU", "GE"): "Q900000002"})
    text = files(both_store, "quickstatements", ("GE", "RU"), {"source_url": URL})["quickstatements.txt"]
    (p39,) = [s for s in parse(text.decode()).statements if s.prop == "P39"]
    assert (p39.subject, p39.value, p39.qualifiers) == (
        "Q900000001",
        "Q900000002",
        [("P580", "+2006-00-00T00:00:00Z/9")],
    )
    assert p39.references[0] == ("S854", '"https://example.org/articles/georgia-russia"')


def test_without_a_reference_nothing_is_written(examples_store: Any) -> None:
    named = files(examples_store, "quickstatements", None, None)
    assert parse(named["quickstatements.txt"].decode()).statements == []
    review = _review(named["review.tsv"].decode())
    assert any("--source-url" in r["reason"] for r in review)


def test_dates_by_precision() -> None:
    assert QS.qs_date("1992-01-07") == "+1992-01-07T00:00:00Z/11"
    assert QS.qs_date("2011-09") == "+2011-09-00T00:00:00Z/10"
    assert QS.qs_date("2005") == "+2005-00-00T00:00:00Z/9"
    assert QS.qs_date("2005~") is None and QS.qs_date("2001-11-26/2001-11-30") is None


def test_cli_writes_commands_and_review(both_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "wd.qs"
    result = CliRunner().invoke(
        cli, ["export", "-f", "quickstatements", "--db", str(both_db), "-o", str(out), "--stated-in", "Q328"]
    )
    assert result.exit_code == 0, result.output
    assert parse(out.read_text(encoding="utf-8")).statements
    review = tmp_path / "wd.review.tsv"
    assert _review(review.read_text(encoding="utf-8"))
    assert "listed in" in result.stderr
    bad = CliRunner().invoke(cli, ["export", "-f", "quickstatements", "--db", str(both_db), "--stated-in", "Wikipedia"])
    assert bad.exit_code == 1 and bad.stderr.count("\n") == 1 and "--stated-in" in bad.stderr


def test_render_zip(both_store: Any) -> None:
    media, name, body = render(both_store, "quickstatements", "EE,IS")
    assert media == "application/zip" and name == "bilateral-EE-IS-quickstatements.zip"
    assert set(zipfile.ZipFile(io.BytesIO(body)).namelist()) == {"quickstatements.txt", "review.tsv"}


def test_relations_without_an_establishment(builder: Any) -> None:
    from bilateral.store import Store

    Builder = builder
    b = Builder("Latvia–Lithuania relations", "latvia-lithuania.txt", ["LT", "LV"])
    b.line(
        "Relations were upgraded to embassy level in 1992.",
        {"type": "diplomatic_relations", "parties": ["LT", "LV"], "event": "upgraded", "date": "1992"},
    )
    c = Builder("Lithuania–Russia relations", "lithuania-russia.txt", ["LT", "RU"])
    c.line(
        "At one point the two states severed their relations.",
        {"type": "diplomatic_relations", "parties": ["LT", "RU"], "event": "severed", "date": None},
    )
    with Store.open(":memory:") as s:
        s.ingest_document(b.document())
        s.ingest_document(c.document())
        named = files(s, "quickstatements", None, {"stated_in": "Q328", "retrieved": "2024-05-01"})
    statements = parse(named["quickstatements.txt"].decode()).statements
    # Latvia–Lithuania: the relation without a start time; the upgrade is reported as not expressed in full
    assert {(st.subject, st.value) for st in statements} == {("Q211", "Q37"), ("Q37", "Q211")}
    assert all(st.qualifiers == [] for st in statements)
    assert all(st.references == [("S248", "Q328"), ("S813", "+2024-05-01T00:00:00Z/11")] for st in statements)
    review = {r["article"]: r["reason"] for r in _review(named["review.tsv"].decode())}
    assert "without P580" in review["latvia-lithuania.txt"]
    assert "no P530 written" in review["lithuania-russia.txt"]
