"""Extractors: one module per fact family, each a function from a Context to a list of Facts.

``run`` is the single entry point: it finds the dyad, runs every extractor in ``EXTRACTORS`` and never
raises on any text (a failing extractor becomes a note, and its facts are dropped, never half-kept).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from bilateral import gazetteer
from bilateral.document.model import Doc
from bilateral.extract.base import Context, Fact, Note
from bilateral.extract.dyad import find_dyad

Extractor = Callable[[Context], list[Fact]]

# module names under bilateral.extract, in the order they run
FAMILIES = (
    "see_also",
    "recognition",
    "relations",
    "membership",
    "missions",
    "offices",
    "events",
    "agreements",
    "trade",
    "investment",
    "parliament",
    "cooperation",
)


def extractors() -> list[tuple[str, Extractor]]:
    out = []
    for name in FAMILIES:
        try:
            module = importlib.import_module(f"bilateral.extract.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"bilateral.extract.{name}":
                continue
            raise
        out.append((name, module.extract))
    return out


def run(doc: Doc, debug: bool = False) -> Context:
    ctx = Context(doc, find_dyad(doc))
    facts: list[Fact] = []
    # "Korea", "Congolese": in an article about one of their states, that state
    with gazetteer.resolving(ctx.dyad):
        for name, fn in extractors():
            try:
                facts.extend(fn(ctx))
            except Exception as exc:  # one family failing must not lose the others
                if debug:
                    raise
                ctx.notes.append(Note(0, 0, f"{name} extractor failed: {type(exc).__name__}: {exc}"))
    ctx.cache["facts"] = facts
    return ctx


__all__ = ["Context", "Fact", "Note", "run"]
