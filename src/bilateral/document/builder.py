"""Shared machinery of the readers: lines, sections, paragraphs split into sentences, tables."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from bilateral.document.model import Block, Cell, Doc, Row, Section, Table, Unit
from bilateral.document.sentences import split_sentences

_NUMERIC = re.compile(r"^[\s\d.,\-–+%$€£()]*\d[\s\d.,\-–+%$€£()]*$")
_SOURCE_NOTE = re.compile(r"^\s*(source|sources|note|notes|extracted|data|figures|compiled|according)\b", re.I)


@lru_cache(maxsize=1)
def back_matter_sections() -> frozenset[str]:
    """Titles of the sections whose units are references, not statements (data/back_matter_sections.txt)."""
    data = resources.files("bilateral.data").joinpath("back_matter_sections.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in data.splitlines() if line.strip() and not line.startswith("#")
    )


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            if pos < n:
                yield pos, n
            return
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        yield pos, end
        pos = nl + 1


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Builder:
    """Collects sections, blocks and units for a Doc as a reader walks the text."""

    def __init__(self, doc: Doc, lead_title: str) -> None:
        self.doc = doc
        self.section = lead_title
        doc.sections.append(Section(lead_title, 1, 0, len(doc.text)))

    # -- sections ----------------------------------------------------------------------------------------
    def open_section(self, title: str, level: int, start: int, end: int) -> None:
        if self.doc.sections:
            self.doc.sections[-1].end = start
        self.section = title
        self.doc.sections.append(Section(title, level, start, len(self.doc.text), (start, end)))

    # -- units -------------------------------------------------------------------------------------------
    def _block(self, kind: str, start: int, end: int) -> Block:
        block = Block(kind, start, end, self.section)
        self.doc.blocks.append(block)
        return block

    def _unit(self, block: Block, kind: str, start: int, end: int, pstart: int, pend: int) -> Unit:
        if block.section.strip().casefold() in back_matter_sections():
            kind = "reference"  # a cited title or a link in "References" or "External links": no statement
        unit = Unit(kind, start, end, pstart, pend, block.section, len(self.doc.blocks) - 1, len(self.doc.units))
        self.doc.units.append(unit)
        block.units.append(unit)
        return unit

    def plain_range(self, start: int, end: int) -> tuple[int, int]:
        """The plain-view range of raw [start, end)."""
        rmap = getattr(self, "rmap", None)
        if rmap is None:
            return start, end
        return rmap[start], rmap[end]

    def raw_range(self, pstart: int, pend: int) -> tuple[int, int]:
        return self.doc.raw_span(pstart, pend)

    def paragraph(self, start: int, end: int) -> Block | None:
        start, end = strip_span(self.doc.text, start, end)
        pstart, pend = self.plain_range(start, end)
        if not self.doc.plain[pstart:pend].strip():
            return None
        block = self._block("paragraph", start, end)
        for ps, pe in split_sentences(self.doc.plain, pstart, pend):
            rs, re_ = self.expand(*self.raw_range(ps, pe), start, end)
            self._unit(block, "sentence", rs, re_, ps, pe)
        return block

    def expand(self, rs: int, re_: int, lo: int, hi: int) -> tuple[int, int]:
        """Widen a raw span over markup that opens just before it or closes just after it (wiki only)."""
        return rs, re_

    def list_items(self, spans: list[tuple[int, int, int]]) -> Block:
        """spans: (line start, line end, where the item's content starts)."""
        block = self._block("list", spans[0][0], spans[-1][1])
        for start, end, content in spans:
            start, end = strip_span(self.doc.text, start, end)
            # (an item of its marker alone, "- ", has no content: its plain text is empty, not reversed)
            pstart, pend = self.plain_range(min(content, end), end)
            self._unit(block, "item", start, end, pstart, pend)
        return block

    def hatnote(self, start: int, end: int) -> Unit:
        """A line that points to related articles ("{{See also|A|B}}"): one unit of kind "hatnote", its plain text
        the titles separated by ";"."""
        block = self._block("hatnote", start, end)
        pstart, pend = self.plain_range(start, end)
        return self._unit(block, "hatnote", start, end, pstart, pend)

    def fields_block(self, start: int, end: int) -> Block:
        block = self._block("infobox", start, end)
        block.section = "Infobox"
        return block

    def field_unit(self, block: Block, start: int, end: int, vstart: int, vend: int) -> Unit:
        pstart, pend = self.plain_range(vstart, vend)
        return self._unit(block, "field", start, end, pstart, pend)

    # -- tables ------------------------------------------------------------------------------------------
    def table(
        self,
        start: int,
        end: int,
        rows: list[tuple[int, int, list[tuple[int, int, bool]]]],
        caption: tuple[int, int, int, int] | None = None,
    ) -> Table:
        """rows: (row start, row end, [(cell start, cell end, is_header)]); caption: (start, end, vstart, vend)."""
        block = self._block("table", start, end)
        table = Table(start, end, self.section, len(self.doc.blocks) - 1)
        if caption:
            pstart, pend = self.plain_range(caption[2], caption[3])
            table.caption = self._unit(block, "caption", caption[0], caption[1], pstart, pend)
        self.doc.tables.append(table)
        seen_data = False
        for rstart, rend, cells in rows:
            cell_objs = []
            for cs, ce, is_header in cells:
                ps, pe = self.plain_range(cs, ce)
                cell_objs.append(Cell(cs, ce, ps, pe, is_header))
            texts = [self.doc.plain[c.pstart : c.pend].strip() for c in cell_objs]
            filled = [t for t in texts if t]
            if not filled:
                continue
            only_first = len(filled) == 1 and texts[0] and len(texts) > 1
            if only_first or (len(texts) == 1 and not _NUMERIC.match(texts[0])):
                kind = "note" if seen_data or _SOURCE_NOTE.match(texts[0]) else "caption"
                pstart, pend = self.plain_range(rstart, rend)
                unit = self._unit(block, kind, rstart, rend, pstart, pend)
                if kind == "caption" and table.caption is None:
                    table.caption = unit
                else:
                    table.notes.append(unit)
                continue
            pstart, pend = self.plain_range(rstart, rend)
            is_header = all(c.header for c in cell_objs) or (
                table.header is None
                and not seen_data
                and not any(_NUMERIC.match(t) for t in filled)
                # a row that marks some cells as headers and not others has row headers: it is data
                and not any(c.header for c in cell_objs)
            )
            if is_header and not seen_data and (table.header is None or all(c.header for c in cell_objs)):
                # (a second row of headers under the first, "Year | Flow" over "Year | Exports | Imports", names the
                # columns more closely: it is the header)
                unit = self._unit(block, "row", rstart, rend, pstart, pend)
                if table.header is not None and len(table.header.cells) == len(cell_objs):
                    table.header_above = table.header
                table.header = Row(unit, cell_objs, "header")
                continue
            unit = self._unit(block, "row", rstart, rend, pstart, pend)
            table.rows.append(Row(unit, cell_objs, "data"))
            seen_data = True
        return table
