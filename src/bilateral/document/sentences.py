"""Sentence splitting that keeps initials and abbreviations inside the sentence.

Measured on the measurement articles: pysbd and spaCy's sentencizer both split a two-letter initial
("Sh. Mirziyoyev") after "Sh.", and spaCy's sentencizer joins table rows into one sentence. This splitter only
ever runs inside one paragraph (headings, list items and table rows are separate units before it runs) and splits at
``.``/``!``/``?`` followed by white space and a sentence start, unless the word before the stop is an
initial ("H.", "Sh.", "M. J."), contains inner periods ("U.S.", "e.g."), or is a listed abbreviation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# footnote markers copied with the text stay with the sentence they close: "… on 1 July 1993.[4][5] Lithuania …"
_BOUNDARY = re.compile(
    r"[.!?][\"')\]]*(?:\[(?:\d{1,3}|[a-z]|note\s+\d+|citation\s+needed)\])*[\"')\]]*"
    r"(?=\s+[\"'(\[]*[$€£A-Z0-9À-ÖØ-Þ\u0100-\u024F])"
)
_WORD_BEFORE = re.compile(r"([\w.\-']+)$")
_INITIAL = re.compile(r"^[A-Z][a-z]?$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    data = resources.files("bilateral.data").joinpath("abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in data.splitlines() if line.strip() and not line.startswith("#"))


def _is_abbreviation(word: str) -> bool:
    word = word.lstrip("-'")
    if not word:
        return False
    if _INITIAL.match(word):
        return True
    if "." in word:  # "U.S", "e.g", "a.i" — the final period is the one we stand on
        return True
    return word.casefold() in _abbreviations()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text[start:end]``, stripped of surrounding space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.start()
        before = _WORD_BEFORE.search(text, cur, stop)
        if text[stop] == "." and before and _is_abbreviation(before.group(1)):
            continue
        spans.append((cur, m.end()))
        cur = m.end()
    spans.append((cur, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
