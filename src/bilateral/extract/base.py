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
    # a happening told as some days after another ("…; two days later she opened a forum in Rosario") whose date the
    # text gave only as coarsely as the other's: (that other fact, the days after it), so that resolution can date it
    # to the day once the other is dated so (not part of the contract's output)
    days_after: tuple[Fact, int, bool] | None = None  # (that fact, the days, counted from its first day)

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
