"""The one write endpoint: refused on a read-only server, and with a token only for the right bearer."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bilateral.web import create_app

from .conftest import error_of

TOKEN = "correct-horse-battery"


def document() -> dict[str, Any]:
    text = "Latvia–Lithuania relations\n\nLatvia and Lithuania established diplomatic relations on 12 July 1920.\n"
    quote = "Latvia and Lithuania established diplomatic relations on 12 July 1920."
    start = text.index(quote)
    return {
        "schema": "bilateral.facts/1",
        "source": {
            "path": "latvia-lithuania.txt",
            "title": "Latvia–Lithuania relations",
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
        },
        "dyad": ["LV", "LT"],
        "facts": [
            {
                "type": "diplomatic_relations",
                "parties": ["LV", "LT"],
                "event": "established",
                "date": "1920-07-12",
                "evidence": [{"section": "Overview", "start": start, "end": start + len(quote), "quote": quote}],
            }
        ],
    }


@pytest.fixture
def own_db(db_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kb.db"
    shutil.copy(db_path, copy)
    return copy


def test_read_only_server_refuses_writes(own_db: Path) -> None:
    with TestClient(create_app(own_db)) as c:
        r = c.post("/api/documents", json=document(), headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403 and error_of(r)["code"] == "read_only"
        assert c.get("/api/dyads/LV-LT").json()["facts"] == 0


def test_token_guards_the_write_endpoint(own_db: Path) -> None:
    with TestClient(create_app(own_db, token=TOKEN)) as c:
        for headers in ({}, {"Authorization": "Bearer wrong-token-here"}, {"Authorization": TOKEN}):
            r = c.post("/api/documents", json=document(), headers=headers)
            assert r.status_code == 401, headers
            assert "Bearer" in error_of(r)["message"]
        assert c.get("/api/dyads/LV-LT").json()["facts"] == 0

        auth = {"Authorization": f"Bearer {TOKEN}"}
        before = c.get("/api/dyads", params={"limit": 500}).json()
        assert ["LT", "LV"] not in [d["pair"] for d in before["items"]]
        r = c.post("/api/documents", json=document(), headers=auth)
        assert r.status_code == 201 and r.json()["status"] == "added" and r.json()["facts"] == 1
        after = c.get("/api/dyads", params={"limit": 500}).json()  # the cached list of pairs is recounted
        assert after["total"] == before["total"] + 1
        assert next(d for d in after["items"] if d["pair"] == ["LT", "LV"])["counts"] == {"diplomatic_relations": 1}
        shown = c.get("/api/dyads/LV-LT").json()
        assert shown["facts"] == 1 and shown["relations"][0]["date"] == "1920-07-12"
        again = c.post("/api/documents", json=document(), headers=auth)
        assert again.status_code == 201 and again.json()["status"] == "unchanged"

        r = c.post("/api/documents", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
        assert r.status_code == 400 and error_of(r)["code"] == "bad_request"
        r = c.post("/api/documents", json={"facts": [{"no": "type"}]}, headers=auth)
        assert r.status_code == 422 and "type" in error_of(r)["message"]
        huge = document()
        huge["source"]["sha256"] = "0" * 64
        huge["facts"][0]["evidence"][0]["start"] = 2**70  # beyond SQLite's integers
        r = c.post("/api/documents", json=huge, headers=auth)
        assert r.status_code == 422 and error_of(r)["code"] == "invalid_request"


def test_request_bodies_are_bounded(own_db: Path) -> None:
    with TestClient(create_app(own_db, token=TOKEN, max_body=2000)) as c:
        big = document()
        big["padding"] = "x" * 5000
        r = c.post("/api/documents", content=json.dumps(big), headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 413 and error_of(r)["code"] == "payload_too_large"

        def chunks() -> Any:  # no Content-Length: the limit holds while the body streams in
            for _ in range(10):
                yield b"x" * 500

        r = c.post("/api/documents", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 413
        error_of(r)


def test_fuzzed_documents_never_crash_the_writer(own_db: Path) -> None:
    """Documents generated from the endpoint's published schema: stored (201) or refused (4xx), never a 5xx."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(own_db, token=TOKEN))
    op = next(r.ok() for r in schema.get_all_operations() if r.ok().label == "POST /api/documents")
    seen: set[int] = set()

    @given(case=op.as_strategy())
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
    def run(case: Any) -> None:
        r = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
        seen.add(r.status_code)
        assert r.status_code < 500, (r.status_code, r.text[:300], case.body)

    run()
    assert 201 in seen and any(400 <= s < 500 for s in seen)
