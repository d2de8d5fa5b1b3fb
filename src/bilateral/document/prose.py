"""Reader for plain prose with no markup: the first line is the title, paragraphs are separated by blank
lines. A short line with no final punctuation standing alone between paragraphs is taken as a heading."""

from __future__ import annotations

import re

from bilateral.document.builder import Builder, lines, strip_span
from bilateral.document.model import Doc

_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
_END_PUNCT = re.compile(r"[.!?:;,\"')\]]\s*$")


def read_prose(doc: Doc) -> Doc:
    text = doc.norm
    all_lines = list(lines(text))
    i = 0
    n = len(all_lines)
    while i < n and not text[all_lines[i][0] : all_lines[i][1]].strip():
        i += 1
    lead = "Lead"
    if i < n:
        s, e = strip_span(text, *all_lines[i])
        doc.title = doc.text[s:e]
        doc.title_span = (s, e)
        lead = doc.title
        i += 1
    b = Builder(doc, lead)
    while i < n:
        s, e = all_lines[i]
        line = text[s:e]
        if not line.strip():
            i += 1
            continue
        blank_before = i == 0 or not text[all_lines[i - 1][0] : all_lines[i - 1][1]].strip()
        blank_after = i + 1 >= n or not text[all_lines[i + 1][0] : all_lines[i + 1][1]].strip()
        if (
            blank_before
            and blank_after
            and len(line.strip()) <= 60
            and not _END_PUNCT.search(line)
            and not _ITEM.match(line)
            and line.strip()[0].isupper()
        ):
            hs, he = strip_span(text, s, e)
            b.open_section(doc.text[hs:he], 2, hs, he)
            i += 1
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
        j = i + 1
        while (
            j < n
            and text[all_lines[j][0] : all_lines[j][1]].strip()
            and not _ITEM.match(text[all_lines[j][0] : all_lines[j][1]])
        ):
            j += 1
        b.paragraph(s, all_lines[j - 1][1])
        i = j
    doc.sections[-1].end = len(doc.text)
    return doc
