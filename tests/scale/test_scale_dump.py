"""Reading dumps: plain, bz2, multistream with its index; bad input reported page by page."""

from __future__ import annotations

import bz2
from pathlib import Path

import pytest

from bilateral.scale.dump import (
    DumpError,
    Page,
    Problem,
    RawPage,
    index_path_for,
    open_pages,
    parse_page,
    split_pages,
    stream_pages,
    stream_ranges,
)
from bilateral.scale.selection import Selector, TitlesError
from bilateral.scale.writer import DumpPage, page_xml, write_multistream, write_xml


def heads(items: list[RawPage | Problem]) -> list[tuple[int | None, str | None, int, bool]]:
    return [(r.page_id, r.title, r.ns, r.redirect) for r in items if isinstance(r, RawPage)]


def expected(pages: list[DumpPage]) -> list[tuple[int | None, str | None, int, bool]]:
    return [(p.page_id, p.title, p.ns, p.redirect is not None) for p in pages]


@pytest.mark.parametrize("name", ["d.xml", "d.xml.bz2"])
def test_plain_and_bz2_give_every_page_in_order(tmp_path: Path, pages: list[DumpPage], name: str) -> None:
    write_xml(pages, tmp_path / name)
    items = list(open_pages(tmp_path / name))
    assert not [i for i in items if isinstance(i, Problem)]
    assert heads(items) == expected(pages)
    full = [parse_page(r) for r in items if isinstance(r, RawPage)]
    assert all(isinstance(p, Page) for p in full)
    assert [p.text for p in full if isinstance(p, Page)] == [p.text for p in pages]  # entities decoded exactly
    assert [p.revision_id for p in full if isinstance(p, Page)] == [p.page_id * 10 + 1 for p in pages]


def test_multistream_streams_hold_the_pages_the_index_lists(tmp_path: Path, pages: list[DumpPage]) -> None:
    dump, index = write_multistream(pages, tmp_path / "w-multistream.xml.bz2", per_stream=3)
    assert index_path_for(dump) == index
    streams = stream_ranges(dump, index)
    assert [s.pages for s in streams] == [3, 3, 2]
    assert [s.first_id for s in streams] == [10, 13, 16]
    got: list[RawPage | Problem] = []
    for s in reversed(streams):  # any stream alone, in any order: they are independent
        got = list(stream_pages(dump, s)) + got
    assert heads(got) == expected(pages)
    # the whole file also reads as one concatenated bz2 without the index
    assert heads(list(open_pages(dump))) == expected(pages)


def test_reader_agrees_with_mwxml(tmp_path: Path, pages: list[DumpPage]) -> None:
    mwxml = pytest.importorskip("mwxml")
    write_xml(pages, tmp_path / "d.xml")
    with open(tmp_path / "d.xml", "rb") as fh:
        theirs = [
            (p.id, p.title, p.namespace, p.redirect is not None, next(iter(p)).text)
            for p in mwxml.Dump.from_file(fh)
        ]
    ours = []
    for raw in open_pages(tmp_path / "d.xml"):
        assert isinstance(raw, RawPage)
        page = parse_page(raw)
        assert isinstance(page, Page)
        ours.append((page.page_id, page.title, page.ns, raw.redirect, page.text))
    assert ours == theirs


def test_selection_by_title_infobox_namespace_redirect(pages: list[DumpPage]) -> None:
    sel = Selector.make()
    raws = [r for r in split_pages([page_xml(p).encode() for p in pages]) if isinstance(r, RawPage)]
    why = {r.title: sel.why(r) for r in raws}
    assert why == {
        "Czech Republic–Slovakia relations": "title",
        "Talk:Czech Republic–Slovakia relations": None,  # namespace 1
        "Czechoslovak relations": None,  # a redirect
        "Potato": None,
        "Japan-United States relations": "title",  # hyphen
        "Baltic neighbours": "infobox",
        "Baltic music": None,
        "Church–state relations": "title",  # reads like one; no pair, dropped after extraction
    }
    assert sel.title_matches("Relations between Armenia and Greece")
    assert not sel.title_matches("Foreign relations of Estonia")
    assert not sel.title_matches("Public relations")
    custom = Selector.make(r"^Japan", infobox=False)
    assert [r.title for r in raws if custom.why(r)] == ["Japan-United States relations"]
    with pytest.raises(TitlesError, match="not a valid regular expression"):
        Selector.make("(unclosed")


def test_chunk_boundaries_anywhere(pages: list[DumpPage]) -> None:
    data = "".join(page_xml(p) for p in pages).encode()
    for size in (1, 7, 64, 1000):
        chunks = [data[i : i + size] for i in range(0, len(data), size)]
        assert heads(list(split_pages(chunks))) == expected(pages)


def test_malformed_page_is_reported_and_the_scan_goes_on(pages: list[DumpPage]) -> None:
    xml = [page_xml(p) for p in pages]
    xml[0] = xml[0].replace("Bratislava", "Brati&bogus;slava", 1)  # an undefined entity
    xml[3] = xml[3].replace("</page>", "")  # Potato never closes
    raws = list(split_pages(["".join(xml).encode()]))
    problems = [r for r in raws if isinstance(r, Problem)]
    assert [(p.page_id, p.title) for p in problems] == [(13, "Potato")]
    assert "malformed page" in problems[0].line("d.xml")
    assert [r.page_id for r in raws if isinstance(r, RawPage)] == [10, 11, 12, 14, 15, 16, 17]
    bad = parse_page(next(r for r in raws if isinstance(r, RawPage) and r.page_id == 10))
    assert isinstance(bad, Problem) and bad.page_id == 10 and bad.title == "Czech Republic–Slovakia relations"
    assert "malformed page XML" in bad.message


def test_binary_and_oversized_text_are_refused(pages: list[DumpPage]) -> None:
    data = page_xml(pages[0]).encode().replace(b"Bratislava", b"Brat\x00\x01\xffislava", 1)
    raw = next(iter(split_pages([data])))
    assert isinstance(raw, RawPage)
    got = parse_page(raw)
    assert isinstance(got, Problem) and got.page_id == 10
    big = parse_page(next(r for r in split_pages([page_xml(pages[4]).encode()]) if isinstance(r, RawPage)), 1000)
    assert isinstance(big, Problem) and big.page_id == 14 and "over the" in big.message
    # a page far over the limit is dropped while it streams by, and the next one still comes
    huge = DumpPage(99, "Estonia–Latvia relations", "word " * 60000)
    stream = (page_xml(huge) + page_xml(pages[3])).encode()
    out = list(split_pages([stream[i : i + 4096] for i in range(0, len(stream), 4096)], max_bytes=1000))
    assert isinstance(out[0], Problem) and (out[0].page_id, out[0].title) == (99, "Estonia–Latvia relations")
    assert isinstance(out[1], RawPage) and out[1].title == "Potato"


def test_truncated_bz2_reports_the_cut_page_after_reading_the_ones_before(tmp_path: Path) -> None:
    # level 1 makes 100 kB blocks, so the pages before the cut decompress on their own
    filler = [DumpPage(100 + i, f"Filler {i}", f"Filler page {i} says {i * 7} things. " * 400) for i in range(40)]
    path = write_xml(filler, tmp_path / "t.xml.bz2", level=1)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    items = list(open_pages(path))
    ok = [r.page_id for r in items if isinstance(r, RawPage)]
    problems = [r for r in items if isinstance(r, Problem)]
    assert ok and ok == list(range(100, 100 + len(ok))) and len(ok) < 40
    assert len(problems) == 1
    assert problems[0].page_id == 100 + len(ok) and problems[0].title == f"Filler {len(ok)}"
    assert "truncated" in problems[0].message


def test_not_a_dump(tmp_path: Path) -> None:
    (tmp_path / "x.xml").write_text("<html><body>no</body></html>" * 10)
    with pytest.raises(DumpError, match="not a MediaWiki XML dump"):
        list(open_pages(tmp_path / "x.xml"))
    (tmp_path / "e.xml.bz2").write_bytes(bz2.compress(b""))
    with pytest.raises(DumpError, match="empty"):
        list(open_pages(tmp_path / "e.xml.bz2"))


def test_damaged_stream_without_index_reads_on_from_the_next_stream(tmp_path: Path, pages: list[DumpPage]) -> None:
    dump, index = write_multistream(pages, tmp_path / "x-multistream.xml.bz2", per_stream=3)
    s = stream_ranges(dump, index)[1]  # pages 13, 14, 15
    data = bytearray(dump.read_bytes())
    data[s.start + 30 : s.start + 50] = b"\x00" * 20
    dump.write_bytes(bytes(data))
    items = list(open_pages(dump))  # no index given: the file is read as concatenated streams
    assert [r.page_id for r in items if isinstance(r, RawPage)] == [10, 11, 12, 16, 17]
    problems = [p for p in items if isinstance(p, Problem)]
    assert len(problems) == 1 and "damaged bz2 data" in problems[0].message
    assert f"reading on from the next stream, at byte {s.end}" in problems[0].message
