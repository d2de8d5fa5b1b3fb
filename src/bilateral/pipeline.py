"""From files to contract documents (../spec/FACTS.md): the one path every command takes."""

from __future__ import annotations

import glob
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilateral import extract, resolve
from bilateral.document import ArticleError, Doc, load
from bilateral.document.load import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES
from bilateral.extract.base import Note

SCHEMA = "bilateral.facts/1"


@dataclass
class Article:
    """One article read and extracted."""

    path: str
    document: dict[str, Any]
    doc: Doc
    notes: list[Note] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return self.doc.warnings


def extract_doc(doc: Doc, sha256: str | None = None, debug: bool = False) -> tuple[dict[str, Any], list[Note]]:
    ctx = extract.run(doc, debug=debug)
    facts = resolve.merge(resolve.within_pair(ctx.cache["facts"], ctx.dyad))
    if sha256 is None:
        sha256 = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    document = {
        "schema": SCHEMA,
        "source": {"path": doc.path, "title": doc.title, "sha256": sha256, "format": doc.format},
        "dyad": list(ctx.dyad) if ctx.dyad else None,
        "facts": [f.to_json(doc) for f in facts],
    }
    return document, ctx.notes


def extract_file(
    path: str | Path,
    input_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    require_dyad: bool = True,
    debug: bool = False,
) -> Article:
    """Read, parse and extract one article. Raises ArticleError for input a user must fix."""
    doc = load(path, input_format=input_format, max_bytes=max_bytes)
    sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    document, notes = extract_doc(doc, sha, debug=debug)
    if require_dyad and document["dyad"] is None:
        raise ArticleError(
            str(path),
            f"no country pair found in the title {doc.title!r}; name it like 'X–Y relations' "
            "or give country1/country2 in the infobox",
        )
    return Article(str(path), document, doc, notes)


def expand_paths(paths: list[str]) -> Iterator[tuple[str, ArticleError | None]]:
    """Every article a list of paths names: files, folders (their article files, sorted) and globs."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.startswith(".")
            )
            if not files:
                yield raw, ArticleError(raw, "folder holds no articles (.txt or .wiki files)")
            for f in files:
                yield str(f), None
        elif p.exists():
            yield raw, None
        elif any(c in raw for c in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield raw, ArticleError(raw, "pattern matches no file")
            for m in matches:
                yield m, None
        else:
            yield raw, ArticleError(raw, "no such file or folder; check the path")
