"""The document model: the text held once, everything else spans into it.

A :class:`Doc` keeps the raw text of the file (``text``) exactly as decoded, a same-length normalized view
of it (``norm``) for matching, and a *plain* view (``plain``) with the markup of the format removed, whose
every character maps back to a raw offset (``pmap``). Units (sentences, list items, table rows, infobox
fields) carry both their raw offsets (``start``/``end``: the evidence quote is ``text[start:end]``) and their
offsets in the plain view (``pstart``/``pend``: what extractors read). A plain character is the normalized raw
character it maps to, except the pipe of a template shown as a space or ";" ("{{circa|1850}}" reads "circa 1850") and
the "&" of an HTML character reference shown as its character ("&nbsp;" reads " ").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Unit:
    """A sentence, list item, table row, infobox field or caption: the smallest quotable piece."""

    # "sentence" | "item" | "row" | "field" | "caption" | "note" | "reference" (in back matter) | "hatnote"
    kind: str
    start: int  # raw offsets: the evidence quote is doc.text[start:end]
    end: int
    pstart: int  # plain-view offsets: what extractors read is doc.plain[pstart:pend]
    pend: int
    section: str
    block: int  # index of the paragraph, list, table or infobox this unit belongs to
    index: int = -1  # position in Doc.units


@dataclass(slots=True)
class Cell:
    start: int
    end: int
    pstart: int
    pend: int
    header: bool = False


@dataclass(slots=True)
class Row:
    unit: Unit
    cells: list[Cell]
    role: str = "data"  # "header" | "data" | "caption" | "note"


@dataclass(slots=True)
class Table:
    start: int
    end: int
    section: str
    block: int
    caption: Unit | None = None
    header: Row | None = None
    rows: list[Row] = field(default_factory=list)  # data rows only
    notes: list[Unit] = field(default_factory=list)  # caption-like and source-note rows after the data
    # the header row above the header, when a table has two ("Exports" spanning "Khat | Total"), cell for cell
    header_above: Row | None = None


@dataclass(slots=True)
class Field:
    key: str
    value: str  # plain, normalized value
    unit: Unit


@dataclass(slots=True)
class Link:
    target: str
    label: str
    start: int
    end: int


@dataclass(slots=True)
class Section:
    title: str
    level: int
    start: int  # raw offset of the heading (or of the text start for the lead)
    end: int
    heading: tuple[int, int] | None = None


@dataclass(slots=True)
class Block:
    kind: str  # "paragraph" | "list" | "table" | "infobox" | "hatnote"
    start: int
    end: int
    section: str
    units: list[Unit] = field(default_factory=list)


@dataclass
class Doc:
    text: str
    norm: str
    plain: str
    pmap: list[int] | None  # plain index -> raw index; None means identity (plain == norm)
    format: str  # "seed" | "wiki" | "prose"
    path: str = ""
    title: str = ""
    title_span: tuple[int, int] | None = None
    sections: list[Section] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    infobox: list[Field] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # -- views ---------------------------------------------------------------------------------------
    def plain_of(self, unit: Unit | Cell) -> str:
        return self.plain[unit.pstart : unit.pend]

    def quote(self, unit: Unit | Cell) -> str:
        return self.text[unit.start : unit.end]

    def raw_offset(self, p: int) -> int:
        """The raw offset of plain offset ``p`` (``len(plain)`` maps to ``len(text)``)."""
        if self.pmap is None:
            return p
        return self.pmap[p] if p < len(self.pmap) else len(self.text)

    def raw_span(self, pstart: int, pend: int) -> tuple[int, int]:
        if pend <= pstart:
            r = self.raw_offset(pstart)
            return r, r
        return self.raw_offset(pstart), self.raw_offset(pend - 1) + 1

    def evidence(self, unit: Unit) -> dict[str, Any]:
        return {"section": unit.section, "start": unit.start, "end": unit.end, "quote": self.quote(unit)}

    # -- selections ------------------------------------------------------------------------------------
    @property
    def sentences(self) -> list[Unit]:
        return [u for u in self.units if u.kind == "sentence"]

    @property
    def items(self) -> list[Unit]:
        return [u for u in self.units if u.kind == "item"]

    def section_units(self, *titles: str) -> list[Unit]:
        wanted = {t.casefold() for t in titles}
        return [u for u in self.units if u.section.casefold() in wanted]

    def field(self, *keys: str) -> Field | None:
        wanted = {k.casefold() for k in keys}
        for f in self.infobox:
            if f.key.casefold() in wanted:
                return f
        return None

    def to_json(self) -> dict[str, Any]:
        """The structure with offsets, for ``bilateral parse --json``."""

        def unit(u: Unit) -> dict[str, Any]:
            return {
                "kind": u.kind,
                "start": u.start,
                "end": u.end,
                "section": u.section,
                "text": self.quote(u),
            }

        return {
            "path": self.path,
            "format": self.format,
            "title": self.title,
            "title_span": list(self.title_span) if self.title_span else None,
            "sections": [{"title": s.title, "level": s.level, "start": s.start, "end": s.end} for s in self.sections],
            "infobox": [{"key": f.key, "value": f.value, **unit(f.unit)} for f in self.infobox],
            "units": [unit(u) for u in self.units if u.kind != "row"],
            "tables": [
                {
                    "start": t.start,
                    "end": t.end,
                    "section": t.section,
                    "caption": unit(t.caption) if t.caption else None,
                    "header": [self.plain_of(c).strip() for c in t.header.cells] if t.header else None,
                    "rows": [
                        {
                            **unit(r.unit),
                            "cells": [[c.start, c.end, self.plain_of(c).strip()] for c in r.cells],
                        }
                        for r in t.rows
                    ],
                    "notes": [unit(n) for n in t.notes],
                }
                for t in self.tables
            ],
            "links": [{"target": k.target, "label": k.label, "start": k.start, "end": k.end} for k in self.links],
            "warnings": list(self.warnings),
        }
