"""Shared helpers of the table-driven extraction tests: build an article in memory, extract it through the
pipeline (the same path ``bilateral extract`` takes), and match facts on the key fields of FACTS.md.

Every document extracted here is also checked for grounding: each evidence quote equals the text at its
offsets, so every table-driven row doubles as a grounding test on a new sentence.
"""

from __future__ import annotations

from typing import Any

from bilateral.document.load import parse_text
from bilateral.pipeline import extract_doc

Document = dict[str, Any]


def seed(title: str, body: str) -> str:
    """An article in the seed plain-text format: ``= Title =`` then the body."""
    return f"= {title} =\n\n{body.strip()}\n"


def prose(title: str, body: str) -> str:
    """A plain-prose article: the first line is the title."""
    return f"{title}\n\n{body.strip()}\n"


def run(text: str, fmt: str | None = None, path: str = "article.txt") -> tuple[Document, list[str]]:
    """The contract document of ``text`` and the messages of the notes, with grounding checked."""
    doc = parse_text(text, path, fmt)
    document, notes = extract_doc(doc)
    assert_grounded(document, text)
    return document, [n.message for n in notes]


def extract(text: str, fmt: str | None = None, path: str = "article.txt") -> Document:
    return run(text, fmt, path)[0]


def assert_grounded(document: Document, text: str) -> None:
    for fact in document["facts"]:
        assert fact["evidence"], fact
        for ev in fact["evidence"]:
            assert 0 <= ev["start"] <= ev["end"] <= len(text)
            assert ev["quote"] == text[ev["start"] : ev["end"]], (fact["type"], ev)
        if "confidence" in fact:
            assert 0.0 <= fact["confidence"] <= 1.0


def _same_org(expected: Any, actual: Any) -> bool:
    """Organizations by their canonical name: an article that names one only by its abbreviation gets it so."""
    from bilateral import gazetteer

    if not isinstance(expected, str) or not isinstance(actual, str):
        return bool(expected == actual)
    return (gazetteer.organization(expected) or expected) == (gazetteer.organization(actual) or actual)


def fits(expected: Any, actual: Any) -> bool:
    """``actual`` agrees with every field ``expected`` gives.

    Dicts match on the keys ``expected`` names; a list of dicts matches when each expected element fits some
    actual element (``participants`` may list more people than a row names); a list of scalars is compared as
    a set; everything else by equality.
    """
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and (_same_org(v, actual[k]) if k == "organization" else fits(v, actual[k]))
            for k, v in expected.items()
        )
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return False
        if any(isinstance(e, dict) for e in expected):
            return all(any(fits(e, a) for a in actual) for e in expected)
        return sorted(map(str, expected)) == sorted(map(str, actual))
    return bool(expected == actual)


def of_type(document: Document, ftype: str, /) -> list[dict[str, Any]]:
    return [f for f in document["facts"] if f["type"] == ftype]


def matching(document: Document, ftype: str, /, **want: Any) -> list[dict[str, Any]]:
    """The facts of type ``ftype`` that fit every field given (``kind=`` is the fact's own field)."""
    return [f for f in of_type(document, ftype) if fits(want, f)]


def brief(document: Document, ftype: str) -> list[dict[str, Any]]:
    """The facts of a type without evidence, for assertion messages."""
    return [{k: v for k, v in f.items() if k not in ("evidence", "summary")} for f in of_type(document, ftype)]


def check_row(text: str, ftype: str, expected: dict[str, Any] | None, fmt: str | None = None) -> Document:
    """Assert a fact of ``ftype`` fits ``expected`` (or, when ``expected`` is None, that there is none)."""
    document = extract(text, fmt)
    if expected is None:
        assert not of_type(document, ftype), brief(document, ftype)
    else:
        assert matching(document, ftype, **expected), (expected, brief(document, ftype))
    return document
