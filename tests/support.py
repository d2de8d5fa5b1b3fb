from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def shared_dir(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared measurement corpus is not beside this checkout)")
    return path


def corpus_files() -> list[Path]:
    if not (SHARED / "corpus").is_dir():
        return []
    return sorted(p for p in (SHARED / "corpus").rglob("*") if p.is_file() and p.suffix in (".txt", ".wiki"))


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*") if p.is_file() and p.suffix in (".txt", ".wiki"))
