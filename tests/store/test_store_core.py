"""Opening, migrating and writing the store: WAL, schema versions, bad files, transactions, revisions."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import Builder, estonia_finland, iceland_estonia

from bilateral.store import APPLICATION_ID, DocumentError, Store, StoreError, schema_version
from bilateral.store.core import explain, migrations


def test_new_store_is_wal_with_the_latest_schema(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    with Store.open(db) as s:
        assert s.version == schema_version() == len(migrations())
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {
        "articles",
        "sources",
        "facts",
        "evidence",
        "entities",
        "mentions",
        "sentences_fts",
        "facts_fts",
    } <= tables
    assert {"missions", "trade", "offices", "current_facts"} <= tables  # readable views for datasette


def test_migrations_are_numbered_without_gaps() -> None:
    ms = migrations()
    assert [m.number for m in ms] == list(range(1, len(ms) + 1))
    assert ms[0].sql and "CREATE TABLE facts" in ms[0].sql


def test_reopen_keeps_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    with Store.open(db) as s:
        s.ingest_document(estonia_finland())
    with Store.open(db) as s:
        assert s.stats()["articles"] == 1
        assert s.verify() == []


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    with Store.open(db) as s:
        s.ingest_document(estonia_finland())
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    for readonly in (False, None, True):
        with pytest.raises(StoreError, match="newer bilateral") as info:
            Store.open(db, readonly=readonly)
        assert "\n" not in str(info.value)
    assert db.read_bytes() == before


def test_corrupt_file_gives_one_line(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    db.write_bytes(b"this is not a database at all, just some text " * 200)
    with pytest.raises(StoreError, match="corrupt") as info:
        Store.open(db)
    assert "\n" not in str(info.value) and "move it aside" in str(info.value)


def test_other_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a bilateral database"):
        Store.open(db)
    assert sqlite3.connect(db).execute("SELECT name FROM sqlite_master").fetchall() == [("birds",)]


def test_missing_file_for_queries_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="bilateral ingest"):
        Store.open(tmp_path / "none.db", readonly=None, create=False)
    assert not (tmp_path / "none.db").exists()
    with pytest.raises(StoreError, match="folder does not exist"):
        Store.open(tmp_path / "no" / "such" / "kb.db")
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_locked_database_gives_one_line(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    Store.open(db).close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(db, timeout=0.05) as s:
            with pytest.raises(StoreError, match="locked by another process") as info:
                s.ingest_document(estonia_finland())
            assert "\n" not in str(info.value)
            assert s.stats()["articles"] == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store.open(db) as s:  # usable once the other writer is gone
        assert s.ingest_document(estonia_finland()).status == "added"


def test_read_only_store_refuses_writes_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    with Store.open(db) as s:
        s.ingest_document(estonia_finland())
    with Store.open(db, readonly=True) as s:
        assert s.show("EE", "FI")["facts"] == 30
        with pytest.raises(StoreError, match="read-only"):
            s.ingest_document(iceland_estonia())
        with pytest.raises(sqlite3.OperationalError) as info:
            s.conn.execute("DELETE FROM entities")
        assert "read-only" in str(explain(info.value, str(db)))


def test_unwritable_file_opens_read_only_for_queries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kb.db"
    with Store.open(db) as s:
        s.ingest_document(estonia_finland())
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    with pytest.raises(StoreError, match="read-only; make the file"):
        Store.open(db)
    with Store.open(db, readonly=None, create=False) as s:
        assert s.readonly
        assert s.show("estonia", "finland")["facts"] == 30


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_chmod_read_only_file(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    with Store.open(db) as s:
        s.ingest_document(estonia_finland())
    db.chmod(0o444)
    with pytest.raises(StoreError, match="read-only"):
        Store.open(db)
    with Store.open(db, readonly=None, create=False) as s:
        assert s.show("EE", "FI")["facts"] == 30


# -- ingest ------------------------------------------------------------------------------------------------


def _counts(s: Store) -> dict[str, int]:
    return {
        t: s.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in (
            "articles",
            "sources",
            "facts",
            "evidence",
            "sentences",
            "entities",
            "mentions",
            "fact_dates",
        )
    }


def test_reingest_of_unchanged_article_changes_nothing(store: Store) -> None:
    first = store.ingest_document(estonia_finland())
    assert first.status == "added" and first.revision == 1 and first.facts == 30
    before = _counts(store)
    stamp = store.conn.execute("SELECT ingested_at FROM sources").fetchone()[0]
    again = store.ingest_document(estonia_finland())
    assert again.status == "unchanged" and again.source_id == first.source_id
    assert _counts(store) == before
    assert store.conn.execute("SELECT ingested_at FROM sources").fetchone()[0] == stamp


def test_changed_article_becomes_a_revision_and_the_old_one_stays(store: Store) -> None:
    old = estonia_finland()
    store.ingest_document(old)
    new = estonia_finland(extra="Finland opened a consulate in Narva in 2023.")
    new["facts"] = [f for f in new["facts"] if f["type"] != "investment"]  # the figure was removed
    res = store.ingest_document(new)
    assert res.status == "revised" and res.revision == 2 and res.facts == 29
    assert store.stats()["articles"] == 1 and store.stats()["revisions"] == 2
    assert store.stats()["facts"] == 29  # queries see only the current revision
    assert store.show("EE", "FI")["counts"].get("investment") is None
    hist = store.show("EE", "FI", history=True)
    assert hist["counts"]["investment"] == 1
    assert [(a["revision"], a["current"]) for a in hist["articles"]] == [(1, False), (2, True)]
    revs = store.sources(history=True)
    assert [(r["revision"], r["current"]) for r in revs] == [(2, True), (1, False)]
    assert store.document(revs[1]["id"]) == old
    assert store.document(revs[0]["id"]) == new
    assert store.verify() == []


def test_same_title_at_another_path_is_a_revision(store: Store) -> None:
    store.ingest_document(estonia_finland())
    moved = estonia_finland(extra="A line added.")
    moved["source"]["path"] = "elsewhere/estonia-finland.txt"
    assert store.ingest_document(moved).status == "revised"
    assert store.conn.execute("SELECT path FROM articles").fetchone()[0] == "elsewhere/estonia-finland.txt"


def test_reverting_to_an_earlier_text_is_a_new_revision(store: Store) -> None:
    a, b = estonia_finland(), estonia_finland(extra="x")
    assert [store.ingest_document(d).status for d in (a, b, a)] == ["added", "revised", "revised"]
    assert store.sources()[0]["revision"] == 3


def test_failed_article_leaves_nothing_behind(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.ingest_document(iceland_estonia())
    before = _counts(store)
    real = Store._insert_fact
    calls = {"n": 0}

    def failing(self: Store, c: Any, source_id: int, seq: int, fr: dict[str, Any]) -> int:
        calls["n"] += 1
        if seq == 10:
            raise KeyboardInterrupt  # Ctrl-C in the middle of an article
        return real(self, c, source_id, seq, fr)

    monkeypatch.setattr(Store, "_insert_fact", failing)
    with pytest.raises(KeyboardInterrupt):
        store.ingest_document(estonia_finland())
    assert calls["n"] == 11
    assert _counts(store) == before
    assert not store.conn.in_transaction
    monkeypatch.setattr(Store, "_insert_fact", real)
    assert store.ingest_document(estonia_finland()).status == "added"  # entity cache was not left stale
    assert store.verify() == []


def test_bad_documents_are_rejected_before_writing(store: Store) -> None:
    good = estonia_finland()
    cases: list[tuple[Any, str]] = [
        ([], "JSON object"),
        ({"source": {}}, "facts"),
        ({**good, "dyad": ["EE"]}, "dyad"),
        ({**good, "facts": [{"evidence": []}]}, "type"),
        (
            {**good, "facts": [{"type": "see_also", "evidence": [{"start": "1", "end": 2, "quote": "x"}]}]},
            "start",
        ),
    ]
    nan = copy.deepcopy(good)
    nan["facts"][-1]["value"] = float("nan")
    cases.append((nan, "finite"))
    for doc, match in cases:
        with pytest.raises(DocumentError, match=match):
            store.ingest_document(doc)
    assert store.stats()["revisions"] == 0


def test_document_without_sha_or_text_still_stores(store: Store) -> None:
    b = Builder("Finland–Sweden relations", "", ["FI", "SE"])
    b.line(
        "Both are members of the Nordic Council.",
        {"type": "membership", "country": "FI", "organization": "Nordic Council", "date": None},
    )
    doc = b.document()
    del doc["source"]["sha256"]
    r1 = store.ingest_document(doc)
    assert r1.status == "added" and store.ingest_document(doc).status == "unchanged"
    # without units, the evidence spans are what full-text search sees
    assert store.search("Nordic Council")[0]["kind"] in ("sentence", "fact")


def test_entities_and_mentions(filled: Store) -> None:
    rows = filled.conn.execute("SELECT kind, key, name, country FROM entities ORDER BY kind, key").fetchall()
    kinds = {(r["kind"], r["name"]) for r in rows}
    assert ("country", "Estonia") in kinds and ("country", "Norway") in kinds
    assert ("person", "Kaarel Mets") in kinds and ("person", "Anu Saar") in kinds
    assert ("city", "Helsinki") in kinds and ("organization", "Riigikogu") in kinds
    helsinki = [r for r in rows if r["kind"] == "city" and r["name"] == "Helsinki"]
    assert len(helsinki) == 1 and helsinki[0]["country"] == "FI"
    n = filled.conn.execute(
        "SELECT count(DISTINCT m.fact_id) FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE e.kind = 'city' AND e.name = 'Helsinki'"
    ).fetchone()[0]
    assert n == 3  # the embassy, the visit, and Iceland's embassy covering Estonia


def test_views_read_typed_values(filled: Store) -> None:
    rows = filled.conn.execute(
        "SELECT sender, receiver, city, resident, accredited_from_city FROM missions ORDER BY sender, kind"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("EE", "FI", "Helsinki", 1, None),
        ("EE", "IS", None, 0, "Oslo"),
        ("FI", "EE", "Tartu", 1, None),
        ("FI", "EE", "Tallinn", 1, None),
        ("IS", "EE", None, 0, "Helsinki"),
    ]
    trade = filled.conn.execute("SELECT sum(value) FROM trade WHERE flow = 'turnover'").fetchone()[0]
    assert trade == pytest.approx(3500.75 + 3700 + 3300)


def test_stored_json_is_the_contract(filled: Store) -> None:
    doc = estonia_finland()
    sid = filled.sources()[0]["id"]
    assert json.dumps(filled.document(sid), sort_keys=True) == json.dumps(doc, sort_keys=True)


def test_evidence_offsets_outside_a_text_are_rejected_before_writing(store: Store) -> None:
    from bilateral.store import DocumentError

    doc = {
        "schema": "bilateral.facts/1",
        "source": {"path": "x.txt", "title": "Estonia–Finland relations", "sha256": "0" * 64},
        "dyad": ["EE", "FI"],
        "facts": [
            {
                "type": "see_also",
                "title": "X",
                "evidence": [{"section": "S", "start": 2**70, "end": 2**70, "quote": ""}],
            }
        ],
    }
    with pytest.raises(DocumentError, match="not a span"):
        store.ingest_document(doc)
    assert store.stats()["revisions"] == 0
