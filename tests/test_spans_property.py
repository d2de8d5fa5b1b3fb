"""Every span of the document model selects the text it claims — not only sentences and items (checked by
tests/test_document.py) but sections and their headings, blocks, tables with their rows, header, caption,
notes and every cell, infobox fields, links and the title — on arbitrary text in the three formats, on the
bundled examples and on every article of the shared corpus (skipped when it is absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral.document import load, parse_text
from bilateral.document.model import Cell, Doc, Unit
from bilateral.document.normalize import normalize
from support import corpus_files, example_files


def _squash(s: str) -> str:
    return " ".join(s.split())


def _plain_maps_into(doc: Doc, norm: str, span: Unit | Cell) -> None:
    """Each plain character of the span is the normalized raw character it maps to, inside the raw span."""
    assert 0 <= span.start <= span.end <= len(doc.text)
    assert 0 <= span.pstart <= span.pend <= len(doc.plain)
    for p in range(span.pstart, span.pend):
        r = doc.raw_offset(p)
        # (a template's pipe may be shown as a space or ";", an HTML character reference as its character)
        assert doc.plain[p] == norm[r] or norm[r] in "|&", (p, r)
        assert span.start <= r < span.end, (span, p, r)


def check_spans(doc: Doc) -> None:
    text, norm = doc.text, normalize(doc.text)
    assert len(norm) == len(text)
    if doc.pmap is not None:
        assert len(doc.pmap) == len(doc.plain)
        assert all(0 <= r < len(text) for r in doc.pmap)
        assert doc.pmap == sorted(doc.pmap)  # the plain view keeps the order of the raw text

    # title
    if doc.title_span is not None:
        a, b = doc.title_span
        assert 0 <= a <= b <= len(text)
        shown = [_squash(view[a:b]) for view in (text, norm)]
        shown += [v.replace("'''", "") for v in shown]  # the bold markup of a wiki lead
        # the span quotes the title, or (a wiki title built from the infobox's name: "X–Y" + " relations") the
        # part of it the text gives
        title = _squash(doc.title)
        assert title and any(title in v or (v and v in title) for v in shown), (doc.title, text[a:b])

    # sections: in order, within the text, each heading quoting its title
    prev_end = 0
    for s in doc.sections:
        assert prev_end <= s.start <= s.end <= len(text), (s, prev_end)
        prev_end = s.start
        if s.heading is not None:
            h0, h1 = s.heading
            assert s.start <= h0 <= h1 <= s.end
            assert any(_squash(s.title) in _squash(v[h0:h1]) for v in (text, norm)), (s.title, text[h0:h1])

    # blocks and the units they hold
    assert [u.index for u in doc.units] == list(range(len(doc.units)))
    for i, block in enumerate(doc.blocks):
        assert 0 <= block.start <= block.end <= len(text)
        for u in block.units:
            assert u.block == i
            assert block.start <= u.start <= u.end <= block.end, (block.kind, u)
    for u in doc.units:
        assert doc.quote(u) == text[u.start : u.end]
        assert u.section in {s.title for s in doc.sections} | {"Infobox"}, u.section
        if u.kind in ("sentence", "item"):
            _plain_maps_into(doc, norm, u)
            assert doc.quote(u).strip() == doc.quote(u)  # no unit starts or ends on white space

    # tables: rows inside the table, cells inside their row, each cell's plain text mapping into it
    for t in doc.tables:
        assert 0 <= t.start <= t.end <= len(text)
        rows = ([t.header] if t.header else []) + t.rows
        for row in rows:
            assert t.start <= row.unit.start <= row.unit.end <= t.end
            last = row.unit.start
            for c in row.cells:
                assert row.unit.start <= c.start <= c.end <= row.unit.end, (c, row.unit)
                assert c.start >= last  # cells in order, not overlapping
                last = c.end
                _plain_maps_into(doc, norm, c)
        if t.header:
            assert all(c.header for c in t.header.cells) or doc.format != "wiki"
        for extra in ([t.caption] if t.caption else []) + t.notes:
            assert t.start <= extra.start <= extra.end <= t.end
            assert doc.quote(extra) == text[extra.start : extra.end]

    # infobox fields: the value is the plain text of the field's unit
    for f in doc.infobox:
        assert 0 <= f.unit.start <= f.unit.end <= len(text)
        assert _squash(f.value) == _squash(doc.plain_of(f.unit)), (f.key, f.value, doc.plain_of(f.unit))

    # links: the raw span holds the link, its label is what the plain view shows there
    for link in doc.links:
        assert 0 <= link.start < link.end <= len(text)
        raw = text[link.start : link.end]
        assert _squash(link.label) in _squash(normalize(raw)) or link.label == "", (link, raw)


MARKUP = st.sampled_from(
    [
        "= T =\n",
        "== S ==\n",
        "==S==\n",
        "Infobox\n",
        "- Key: v\n",
        "- item\n",
        "| a | b |\n",
        "|-\n",
        "{|\n",
        "|}\n",
        "! h !! i\n",
        "|| 3 ",
        "{{Infobox bilateral relations|A|B}}\n",
        "[[A|b]]",
        "[[c]]",
        "'''x'''",
        "<ref>r</ref>",
        "<ref name=a/>",
        "<!-- c -->",
        "{{flagicon|X}}",
        "\u00a0",
        "\u202f",
        "\u2011",
        "–",
        "’",
        "“",
        "H. Aliyev",
        "e.g. ",
        "U.S. ",
        "5 093,8",
        "Estonia–Finland relations",
        "\n",
        "\n\n",
        ". ",
    ]
)
ARBITRARY = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(MARKUP, st.text(max_size=12)), max_size=40).map("".join),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARBITRARY, st.sampled_from(["seed", "wiki", "prose"]))
def test_spans_on_arbitrary_text(text: str, fmt: str) -> None:
    check_spans(parse_text(text, "fuzz.txt", fmt))


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.name)
def test_spans_on_examples(path: Path) -> None:
    check_spans(load(path))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_spans_on_shared_corpus(path: Path) -> None:
    doc = load(path)
    check_spans(doc)
    assert doc.units and doc.sections
