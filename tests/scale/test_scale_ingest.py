"""`bilateral ingest DUMP`: selected pages extracted and stored, bad pages reported, --titles, --resume."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilateral.cli import cli
from bilateral.pipeline import extract_file
from bilateral.scale.writer import DumpPage, page_xml, write_multistream, write_xml

REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(cli, list(args))
    return res.exit_code, res.output


def stored(db: Path) -> dict[str, tuple[str, int, dict]]:
    conn = sqlite3.connect(db)
    out = {
        path: (title, n, json.loads(header)["source"])
        for path, title, n, header in conn.execute("SELECT path, title, n_facts, header FROM sources WHERE current=1")
    }
    conn.close()
    return out


def facts_of(db: Path, path: str) -> list[dict]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT f.data FROM facts f JOIN sources s ON s.id = f.source_id WHERE s.path = ? ORDER BY f.seq", (path,)
    ).fetchall()
    conn.close()
    return [json.loads(r[0]) for r in rows]


def make(kind: str, pages: list[DumpPage], tmp_path: Path) -> Path:
    if kind == "multistream":
        return write_multistream(pages, tmp_path / "w-multistream.xml.bz2", per_stream=2)[0]
    return write_xml(pages, tmp_path / f"w.{kind}")


@pytest.mark.parametrize("kind", ["xml", "xml.bz2", "multistream"])
def test_ingest_dump_stores_the_relations_articles(tmp_path: Path, pages: list[DumpPage], kind: str) -> None:
    dump = make(kind, pages, tmp_path)
    db = tmp_path / "kb.db"
    code, out = run("ingest", str(dump), "--db", str(db), "--jobs", "2")
    assert code == 0, out
    got = stored(db)
    name = dump.name
    assert set(got) == {f"{name}#page=10", f"{name}#page=14", f"{name}#page=15"}
    title, _n, src = got[f"{name}#page=10"]
    assert title == "Czech Republic–Slovakia relations"
    assert (src["page_id"], src["revision_id"], src["dump"]) == (10, 101, name)
    assert "8 pages scanned" in out and "4 selected (3 by title, 1 by infobox)" in out
    assert "1 without a country pair" in out
    # the facts are those of the same text read as a file
    direct = extract_file(REPO / "examples" / "czech-republic-slovakia.wiki").document["facts"]
    assert facts_of(db, f"{name}#page=10") == [{k: v for k, v in f.items() if k != "evidence"} for f in direct]
    # the infobox-only page got its pair from the infobox
    _, n_el, _ = got[f"{name}#page=15"]
    assert n_el > 0
    code, out = run("show", "Estonia", "Latvia", "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["pair"] == ["EE", "LV"]
    # a second run changes nothing
    code, out = run("ingest", str(dump), "--db", str(db))
    assert code == 0 and "3 unchanged" in out


def test_bad_pages_are_reported_and_nothing_partial_is_stored(tmp_path: Path, pages: list[DumpPage]) -> None:
    xml = [page_xml(p) for p in pages]
    xml[0] = xml[0].replace("Bratislava", "Brati&bogus;slava", 1)
    xml[4] = xml[4].replace("</page>", "")  # Japan–US runs into the next page
    (tmp_path / "bad.xml").write_text(
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">\n' + "".join(xml) + "</mediawiki>\n"
    )
    db = tmp_path / "kb.db"
    code, out = run("ingest", str(tmp_path / "bad.xml"), "--db", str(db))
    assert code == 1
    lines = [ln for ln in out.splitlines() if "page 1" in ln]
    assert any("page 10 'Czech Republic–Slovakia relations': malformed page XML" in ln for ln in lines), out
    assert any("page 14 'Japan-United States relations': malformed page" in ln for ln in lines), out
    assert set(stored(db)) == {"bad.xml#page=15"}  # the page after the bad ones is stored, the bad ones not
    assert "2 failed" in out


def test_truncated_multistream_keeps_the_other_streams(tmp_path: Path, pages: list[DumpPage]) -> None:
    dump, index = write_multistream(pages, tmp_path / "t-multistream.xml.bz2", per_stream=2)
    data = bytearray(dump.read_bytes())
    # damage the stream holding pages 10 and 11 (the second stream; the first is the siteinfo)
    from bilateral.scale.dump import stream_ranges

    s = stream_ranges(dump, index)[0]
    data[s.start + 40 : s.start + 60] = b"\x00" * 20
    dump.write_bytes(bytes(data))
    db = tmp_path / "kb.db"
    code, out = run("ingest", str(dump), "--db", str(db))
    assert code == 1
    assert "page 10 'Czech Republic–Slovakia relations'" in out and "damaged bz2 data" in out
    assert set(stored(db)) == {f"{dump.name}#page=14", f"{dump.name}#page=15"}


def test_max_size_skips_a_huge_page(tmp_path: Path, pages: list[DumpPage]) -> None:
    dump = write_xml(pages, tmp_path / "h.xml.bz2")
    db = tmp_path / "kb.db"
    code, out = run("ingest", str(dump), "--db", str(db), "--max-size", "3KB")
    assert code == 1
    assert "page 14 'Japan-United States relations'" in out and "limit" in out
    assert f"{dump.name}#page=14" not in stored(db) and f"{dump.name}#page=15" in stored(db)


@pytest.mark.parametrize("kind", ["xml.bz2", "multistream"])
def test_resume_continues_after_the_last_stored_page(tmp_path: Path, pages: list[DumpPage], kind: str) -> None:
    db = tmp_path / "kb.db"
    # a first run that stopped after page 14: the same dump, cut after its fifth page
    (tmp_path / "first").mkdir()
    first = make(kind, pages[:5], tmp_path / "first")
    code, out = run("ingest", str(first), "--db", str(db))
    assert code == 0, out
    name = first.name
    assert set(stored(db)) == {f"{name}#page=10", f"{name}#page=14"}
    # the whole dump; page 10 changed since, so only a run that reads it again would store a revision
    changed = [DumpPage(10, pages[0].title, pages[0].text + "\nSlovakia opened a consulate in Brno in 2001.\n")]
    dump = make(kind, [*changed, *pages[1:], DumpPage(20, "Estonia–Finland relations", ESTONIA_FINLAND)], tmp_path)
    assert dump.name == name
    code, out = run("ingest", str(dump), "--db", str(db), "--resume", "--jobs", "2")
    assert code == 0, out
    assert "resuming after page 14" in out
    got = stored(db)
    assert set(got) == {f"{name}#page=10", f"{name}#page=14", f"{name}#page=15", f"{name}#page=20"}
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT max(revision) FROM sources").fetchone()[0] == 1  # page 10 not read again
    conn.close()
    # without --resume the changed page is read and becomes a new revision
    code, out = run("ingest", str(dump), "--db", str(db))
    assert code == 0 and "1 revised" in out and "3 unchanged" in out


def test_titles_changes_the_title_selection(tmp_path: Path, pages: list[DumpPage]) -> None:
    dump = write_xml(pages, tmp_path / "w.xml")
    db = tmp_path / "kb.db"
    code, out = run("ingest", str(dump), "--db", str(db), "--titles", "^Japan")
    assert code == 0, out
    # Japan by its title; the Czech and Estonian pages still by their infobox; Church–state no longer
    assert set(stored(db)) == {"w.xml#page=10", "w.xml#page=14", "w.xml#page=15"}
    assert "1 by title, 2 by infobox" in out and "without a country pair" not in out
    code, out = run("ingest", str(dump), "--db", str(db), "--titles", "(bad")
    assert code == 1 and "not a valid regular expression" in out


ESTONIA_FINLAND = """'''Estonia–Finland relations''' are the bilateral relations between [[Estonia]] and [[Finland]].
Finland recognized Estonia on 29 August 1991. Estonia has an embassy in [[Helsinki]] and Finland has an \
embassy in [[Tallinn]].
"""


def test_scan_lists_what_ingest_would_take(tmp_path: Path, pages: list[DumpPage]) -> None:
    dump = write_xml(pages, tmp_path / "w.xml.bz2")
    res = CliRunner().invoke(cli, ["scan", str(dump), "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(ln) for ln in res.output.splitlines() if ln.startswith("{")]
    assert [(r["page_id"], r["selected_by"]) for r in rows] == [(10, "title"), (14, "title"), (15, "infobox"),
                                                                (17, "title")]
    assert "8 pages, 4 selected, 0 unreadable" in res.output


def test_missing_or_foreign_files_are_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "page.xml").write_text("<html><body>Not a dump.</body></html>\n")
    code, out = run("ingest", str(tmp_path / "nothere.xml.bz2"), str(tmp_path / "page.xml"), "--db",
                    str(tmp_path / "kb.db"))
    assert code == 1
    assert "nothere.xml.bz2: no such file; check the path" in out
    assert "page.xml: not a MediaWiki XML dump" in out
    assert "Traceback" not in out
