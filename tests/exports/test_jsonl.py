"""jsonl: the contract documents of the stored articles, equal to what `bilateral extract` gives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.exports import render


def _docs(body: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in body.decode("utf-8").splitlines() if line.strip()]


def test_jsonl_equals_extract(examples_db: Path, extracted: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", str(examples_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    docs = _docs(out.read_bytes())
    assert sorted(d["source"]["path"] for d in docs) == sorted(extracted)
    for d in docs:
        # the same JSON value, document by document (key order inside a fact is not kept by the store)
        assert d == extracted[d["source"]["path"]]


def test_jsonl_pair_and_stdout(examples_db: Path, extracted: dict[str, dict[str, Any]]) -> None:
    result = CliRunner().invoke(
        cli, ["export", "-f", "jsonl", "--pair", "finnish", "Estonia", "--db", str(examples_db)]
    )
    assert result.exit_code == 0, result.output
    docs = _docs(result.stdout_bytes)
    assert [d["dyad"] for d in docs] == [["EE", "FI"]]
    assert docs[0] == extracted[docs[0]["source"]["path"]]


def test_render_jsonl(examples_store: Any) -> None:
    media, name, body = render(examples_store, "jsonl", "JP US")
    assert media == "application/x-ndjson"
    assert name == "bilateral-JP-US.jsonl"
    docs = _docs(body)
    assert len(docs) == 1 and docs[0]["dyad"] == ["JP", "US"]
    assert docs[0]["facts"] and all(f["evidence"] for f in docs[0]["facts"])
