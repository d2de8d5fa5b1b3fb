"""What every extractor shares: the context it reads, and the facts it returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bilateral.document.model import Doc, Unit


@dataclass
class Fact:
    """A fact of the contract while it is being built: its fields, and the units that state it."""

    type: str
    fields: dict[str, Any]
    units: list[Unit]
    confidence: float = 0.9

    def to_json(self, doc: Doc) -> dict[str, Any]:
        seen: set[tuple[int, int]] = set()
        evidence = []
        for u in self.units:
            if (u.start, u.end) in seen:
                continue
            seen.add((u.start, u.end))
            evidence.append(doc.evidence(u))
        return {
            "type": self.type,
            **self.fields,
            "evidence": evidence,
            "confidence": round(self.confidence, 2),
        }


@dataclass
class Note:
    """Something an extractor saw and could not read (shown with --verbose)."""

    start: int
    end: int
    message: str


@dataclass
class Context:
    """The article as the extractors see it."""

    doc: Doc
    dyad: tuple[str, str] | None
    notes: list[Note] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)

    def note(self, unit: Unit, message: str) -> None:
        self.notes.append(Note(unit.start, unit.end, message))

    def other(self, code: str) -> str | None:
        """The other state of the dyad."""
        if not self.dyad:
            return None
        a, b = self.dyad
        return b if code == a else a if code == b else None
