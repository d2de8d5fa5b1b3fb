"""Reader for the seed plain-text format.

= Title =
Infobox
- Key: value
== Section ==          (also "==History ==", "==Resident diplomatic missions==")
- list item
| a | b | c |          table rows, including caption-like and source-note rows
A paragraph on one line (or several lines up to a blank line).
"""

from __future__ import annotations

import itertools
import re

from bilateral.document.builder import Builder, lines, strip_span
from bilateral.document.model import Doc, Field

_TITLE = re.compile(r"^\s*=\s*([^=].*?)\s*=\s*$")
_HEADING = re.compile(r"^\s*(={2,6})\s*(.*?)\s*\1\s*$")
_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_FIELD = re.compile(r"^\s*-\s*([^:]{1,60}?)\s*:\s*(.*?)\s*$")
_INFOBOX = re.compile(r"^\s*infobox\b.*$", re.I)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Cells of a ``| a | b |`` row: the spans between pipes, stripped."""
    pipes = [i for i in range(start, end) if text[i] == "|"]
    if text[end - 1 : end] != "|" or len(pipes) < 2:
        pipes.append(end)
    cells = []
    for a, b in itertools.pairwise(pipes):
        cs, ce = strip_span(text, a + 1, b)
        cells.append((cs, ce if ce > cs else cs, False))
    return cells


def read_seed(doc: Doc) -> Doc:
    text = doc.norm
    all_lines = list(lines(text))
    title_line = 0
    lead = "Lead"
    for i, (s, e) in enumerate(all_lines):
        if not text[s:e].strip():
            continue
        m = _TITLE.match(text[s:e])
        if m:
            doc.title = doc.text[s + m.start(1) : s + m.end(1)]
            doc.title_span = (s + m.start(1), s + m.end(1))
            lead = doc.title
            title_line = i + 1
        elif not text[s:e].lstrip().startswith(("=", "-", "|", "Infobox")) and len(text[s:e].strip()) <= 120:
            # a first line without "= … =" that reads as a title ("Andorra–Monaco relations"), as in prose
            a, z = s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())
            if not re.search(r"[.!?]$", text[a:z]):
                doc.title = doc.text[a:z]
                doc.title_span = (a, z)
                lead = doc.title
                title_line = i + 1
        break
    b = Builder(doc, lead)

    i = title_line
    n = len(all_lines)
    while i < n:
        s, e = all_lines[i]
        line = text[s:e]
        if not line.strip():
            i += 1
            continue
        m = _HEADING.match(line)
        if m:
            b.open_section(doc.text[s + m.start(2) : s + m.end(2)].strip(), len(m.group(1)), s, e)
            i += 1
            continue
        if _INFOBOX.match(line) and not doc.infobox:
            j = i + 1
            block = b.fields_block(s, e)
            while j < n:
                fs, fe = all_lines[j]
                fm = _FIELD.match(text[fs:fe])
                if not fm:
                    break
                fs2, fe2 = strip_span(text, fs, fe)
                unit = b.field_unit(block, fs2, fe2, fs + fm.start(2), fs + fm.end(2))
                doc.infobox.append(Field(fm.group(1).strip(), fm.group(2).strip(), unit))
                j += 1
            block.end = all_lines[j - 1][1]
            i = j
            continue
        if line.lstrip().startswith("|"):
            rows = []
            j = i
            while j < n and text[all_lines[j][0] : all_lines[j][1]].lstrip().startswith("|"):
                rs, re_ = strip_span(text, *all_lines[j])
                rows.append((rs, re_, _cells(text, rs, re_)))
                j += 1
            b.table(rows[0][0], rows[-1][1], rows)
            i = j
            continue
        if _ITEM.match(line):
            items = []
            j = i
            while j < n:
                ls, le = all_lines[j]
                im = _ITEM.match(text[ls:le])
                if not im:
                    break
                items.append((ls, le, ls + im.end()))
                j += 1
            b.list_items(items)
            i = j
            continue
        # a paragraph: this line and following plain lines up to a blank line or another construct
        j = i + 1
        while j < n:
            ls, le = all_lines[j]
            nxt = text[ls:le]
            if not nxt.strip() or _HEADING.match(nxt) or _ITEM.match(nxt) or nxt.lstrip().startswith("|"):
                break
            j += 1
        # each line of the seed format is its own paragraph: sentences never cross a line break
        for k in range(i, j):
            b.paragraph(*all_lines[k])
        i = j
    if doc.sections:
        doc.sections[-1].end = len(doc.text)
    return doc
