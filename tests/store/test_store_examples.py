"""Every query on the bundled examples: their expected contract documents, and the articles themselves
ingested through the extraction pipeline and the ``bilateral ingest`` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES

from bilateral.store import Store
from bilateral.store import facts as F

EXPECTED = sorted((EXAMPLES / "expected").glob("*.json")) if (EXAMPLES / "expected").is_dir() else []
ARTICLES = sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".wiki")) if EXAMPLES.is_dir() else []

needs_expected = pytest.mark.skipif(not EXPECTED, reason="no examples/expected/*.json yet")
needs_articles = pytest.mark.skipif(not ARTICLES, reason="no example articles yet")


def _load(p: Path) -> dict[str, Any]:
    return json.loads(p.read_text(encoding="utf-8"))


def _text(doc: dict[str, Any]) -> str:
    return (EXAMPLES / doc["source"]["path"]).read_text(encoding="utf-8")


def _grounded(fact: dict[str, Any], text: str) -> bool:
    return all(text[e["start"] : e["end"]] == e["quote"] for e in fact["evidence"])


@pytest.fixture(scope="module")
def expected_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = Store.open(tmp_path_factory.mktemp("ex") / "expected.db")
    for p in EXPECTED:
        s.ingest_document(_load(p))
    yield s
    s.close()


@needs_expected
@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.stem)
def test_queries_on_expected_documents(expected_store: Store, path: Path) -> None:
    doc = _load(path)
    text = _text(doc)
    a, b = doc["dyad"]
    mine = [f for f in doc["facts"] if F.pair(f, doc["dyad"]) == tuple(sorted((a, b)))]

    show = expected_store.show(a.lower(), b)
    assert show["counts"] == {t: n for t in F.TYPES if (n := sum(f["type"] == t for f in mine))}
    for key in ("relations", "recognition", "missions", "envoys", "trade"):
        assert all(_grounded(f, text) for f in show[key]), key
    assert {r["date"] for r in show["relations"]} == {f["date"] for f in mine if f["type"] == "diplomatic_relations"}

    timeline = expected_store.timeline(b, a)
    assert [e["lo"] for e in timeline] == sorted(e["lo"] for e in timeline)
    assert len(timeline) == sum(len(F.dated(f)) for f in mine)
    for e in timeline:
        assert text[e["start"] : e["end"]] == e["quote"]

    trade = expected_store.trade(a, b)
    assert sum(len(s["points"]) for s in trade["series"]) == sum(f["type"] == "trade" for f in mine)

    for country in (a, b):
        m = expected_store.missions(country)
        sent = {
            (f["receiver"], f["kind"], json.dumps(f["city"]))
            for f in mine
            if f["type"] == "mission" and f["sender"] == country
        }
        listed = {(r["receiver"], r["kind"], json.dumps(r["city"])) for r in m["missions"] + m["covers"]}
        assert sent <= listed

    for f in mine:
        if f["type"] == "office" and f["person"]:
            found = expected_store.people(f["person"])
            assert any(p["posts"] for p in found), f["person"]

    first = next(f for f in doc["facts"] if f["type"] != "see_also")
    word = max(first["evidence"][0]["quote"].split(), key=len).strip(".,;:()“”\"'")
    assert any(h["article"]["title"] == doc["source"]["title"] for h in expected_store.search(word)), word

    rel = [f for f in mine if f["type"] == "diplomatic_relations" and f["event"] == "established" and f["date"]]
    answer = expected_store.ask(f"When were diplomatic relations established between {a} and {b}?")
    if rel:
        assert answer["known"] and any(f["date"] in answer["answer"] for f in rel)
        assert all(text[e["start"] : e["end"]] == e["quote"] for e in answer["evidence"])
    else:
        assert not answer["known"] and answer["answer"].startswith("I don't know")


@needs_expected
def test_check_on_expected_documents(expected_store: Store) -> None:
    for issue in expected_store.check():
        assert len(issue["items"]) >= 2 and all(it["evidence"] for it in issue["items"])


# -- through the pipeline ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Any]:
    pytest.importorskip("bilateral.pipeline")
    from click.testing import CliRunner

    from bilateral.cli import cli

    db = str(tmp_path_factory.mktemp("ing") / "kb.db")
    result = CliRunner().invoke(cli, ["ingest", *map(str, ARTICLES), "--db", db, "--jobs", "2", "--json"])
    return db, result


@needs_articles
def test_ingest_examples_through_the_command(ingested: tuple[str, Any]) -> None:
    from click.testing import CliRunner

    from bilateral.cli import cli
    from bilateral.pipeline import extract_file

    db, result = ingested
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["added"] == len(ARTICLES) and report["failed"] == 0
    again = CliRunner().invoke(cli, ["ingest", *map(str, ARTICLES), "--db", db, "--json"])
    assert again.exit_code == 0 and json.loads(again.stdout)["unchanged"] == len(ARTICLES)
    with Store.open(db) as s:
        assert s.verify() == []
        by_path = {r["path"]: r for r in s.sources()}
        for p in ARTICLES:
            article = extract_file(p)
            src = by_path[str(p)]
            assert s.document(src["id"]) == json.loads(json.dumps(article.document))
            assert src["n_sentences"] == len(article.doc.units)


@needs_articles
def test_every_command_on_ingested_examples(ingested: tuple[str, Any]) -> None:
    from click.testing import CliRunner

    from bilateral.cli import cli

    db, _ = ingested
    runner = CliRunner()
    with Store.open(db) as s:
        pairs = [(r["dyad_a"], r["dyad_b"]) for r in s.sources()]
    assert len(pairs) == len(ARTICLES)
    for a, b in pairs:
        for args in (
            ["show", a, b],
            ["show", a, b, "--json"],
            ["timeline", a, b, "--csv"],
            ["trade", a, b, "--json"],
            ["missions", a],
            ["people", "ambassador"],
            ["search", "relations"],
            ["ask", f"When were relations established between {a} and {b}?"],
            ["check", "--json"],
        ):
            r = runner.invoke(cli, [*args, "--db", db])
            assert r.exit_code == 0, (args, r.output)
            assert r.stdout.strip(), args
        shown = json.loads(runner.invoke(cli, ["show", a, b, "--json", "--db", db]).stdout)
        assert shown["articles"] and shown["facts"] >= 1
