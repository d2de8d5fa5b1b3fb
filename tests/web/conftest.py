"""Fixtures for the web layer: a store filled by ingesting the bundled examples through the extraction
pipeline (as `bilateral ingest examples/` does), plus one hostile article of our own whose sentences carry
markup (a <script> element and an <img onerror=…>), and the app over it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from bilateral.store import Store
from bilateral.store.ingest import ingest_paths
from bilateral.web import create_app

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

HOSTILE_NAME = "andorra-monaco.txt"
HOSTILE = """Andorra–Monaco relations

Andorra–Monaco relations are the bilateral relations between Andorra and Monaco.

== History ==
Andorra and Monaco established diplomatic relations on 12 May 1995 <script>window.__pwned = 1;\
 document.title = "pwned";</script>.
Monaco recognized Andorra on 3 March 1993 <img src=x onerror="window.__pwned = 2">.

== Missions ==
Andorra is accredited to Monaco from its embassy in Paris, France.
Monaco is accredited to Andorra from its embassy in Madrid, Spain.
"""


def example_articles() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".wiki"))


@pytest.fixture(scope="session")
def articles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not example_articles():
        pytest.skip("no bundled examples in examples/")
    folder = tmp_path_factory.mktemp("articles")
    for p in example_articles():
        shutil.copy(p, folder / p.name)
    (folder / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def db_path(articles_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("web") / "kb.db"
    here = os.getcwd()
    os.chdir(articles_dir.parent)  # stored paths read "articles0/…", as after `bilateral ingest articles0/`
    try:
        with Store.open(db) as s:
            outcomes = ingest_paths(s, [articles_dir.name], jobs=1)
    finally:
        os.chdir(here)
    assert [o.status for o in outcomes if o.status == "failed"] == []
    return db


@pytest.fixture(scope="session")
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path, readonly=True)
    yield s
    s.close()


@pytest.fixture(scope="session")
def client(db_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db_path)) as c:
        yield c


def source_id_of(store: Store, name: str) -> int:
    for s in store.sources():
        if Path(s["path"]).name == name:
            return int(s["id"])
    raise AssertionError(f"{name} is not stored")


def text_of(articles_dir: Path, store: Store, source_id: int) -> str:
    for s in store.sources():
        if s["id"] == source_id:
            return (articles_dir / Path(s["path"]).name).read_text(encoding="utf-8")
    raise AssertionError(source_id)


def error_of(response: Any) -> dict[str, Any]:
    """The error object of a response, after checking it has the one error shape."""
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message"}, body
    assert isinstance(body["error"]["code"], str) and body["error"]["code"]
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]
