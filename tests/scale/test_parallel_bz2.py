"""A .bz2 read without index is decompressed on several threads (indexed_bzip2): the same bytes and pages as
the serial reader (libbz2, one thread), and damage reported with the serial reader's messages."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("indexed_bzip2")

from bilateral.scale import dump
from bilateral.scale.dump import (
    Cut,
    Problem,
    RawPage,
    bz2_chunks,
    bz2_threads,
    open_pages,
    parallel_bz2_chunks,
)
from bilateral.scale.writer import DumpPage, write_multistream, write_xml

WORDS = (  # noqa: SIM905
    "relations embassy treaty minister visit trade agreement border capital consulate recognition "
    "cooperation delegation ambassador export import council summit parliament president the of and in"
).split()
BLOCK = 900_000  # bz2 -9 cuts its input into blocks of this size


def many_pages(total: int, seed: int = 3) -> list[DumpPage]:
    """Pages of random words (poorly compressible, so the file is several MB) until ``total`` bytes."""
    r = random.Random(seed)
    out: list[DumpPage] = []
    size, pid = 0, 100
    while size < total:
        text = " ".join(r.choices(WORDS, k=r.randint(200, 2500))) + f" {r.getrandbits(64):x}"
        out.append(DumpPage(pid, f"Page {pid}", text, ns=r.choice([0, 0, 0, 1])))
        size += len(text)
        pid += r.randint(1, 3)
    return out


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pbz2")
    pages = many_pages(5 * BLOCK)
    single = write_xml(pages, d / "single.xml.bz2")
    # streams of about two blocks each
    multi, index = write_multistream(pages, d / "multi-multistream.xml.bz2", per_stream=100)
    index.unlink()  # read as concatenated streams, as a dump without its index is
    return {"single": single, "multi": multi}


def chunks(path: Path, threads: int) -> tuple[bytes, list[str]]:
    """(the decompressed data, the messages of the cuts in order: 'raised: …' for the one that ends it)."""
    data, cuts = bytearray(), []
    with open(path, "rb") as fh:
        source = parallel_bz2_chunks(fh, path, threads) if threads > 1 else bz2_chunks(fh)
        try:
            for c in source:
                if isinstance(c, Cut):
                    cuts.append(str(c))
                else:
                    data += c
        except Cut as exc:
            cuts.append(f"raised: {exc}")
    return bytes(data), cuts


def damaged(src: Path, dst: Path, edit: object) -> Path:
    data = bytearray(src.read_bytes())
    edit(data)  # type: ignore[operator]
    dst.write_bytes(bytes(data))
    return dst


def test_threads_default_to_the_usable_cores_and_one_means_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    assert bz2_threads(4) == 4 and bz2_threads(1) == 1 and bz2_threads(0) == 1
    assert bz2_threads() == max(dump.usable_cores(), 1) or dump.usable_cores() < 2
    monkeypatch.setattr(dump, "indexed_bzip2", None)  # the package missing: the serial reader
    assert bz2_threads(8) == 1


@pytest.mark.parametrize("kind", ["single", "multi"])
def test_same_bytes_and_pages_as_the_serial_reader(files: dict[str, Path], kind: str) -> None:
    path = files[kind]
    serial, cuts = chunks(path, 1)
    assert len(serial) > 4 * BLOCK and not cuts  # several bz2 blocks (and, multi, several streams of them)
    for threads in (2, 3):
        assert chunks(path, threads) == (serial, [])
    pages = list(open_pages(path, threads=1))
    assert len(pages) > 300 and all(isinstance(p, RawPage) for p in pages)
    assert list(open_pages(path, threads=2)) == pages


@pytest.mark.parametrize("kind", ["single", "multi"])
@pytest.mark.parametrize("where", [0.3, 0.75, -1, -5])
def test_truncated_file_same_pages_before_the_cut_and_the_same_report(
    files: dict[str, Path], tmp_path: Path, kind: str, where: float
) -> None:
    src = files[kind]
    size = src.stat().st_size
    cut = int(size * where) if where > 0 else size + int(where)  # -1, -5: inside the end-of-stream mark
    path = damaged(src, tmp_path / "t.xml.bz2", lambda d: d.__delitem__(slice(cut, None)))
    serial = chunks(path, 1)
    assert serial[1] and serial[1][-1].startswith("raised: the bz2 data ends inside the stream")
    assert chunks(path, 2) == serial
    pages = list(open_pages(path, threads=1))
    assert list(open_pages(path, threads=2)) == pages
    problems = [p for p in pages if isinstance(p, Problem)]
    assert len(problems) == 1 and "truncated file?" in problems[0].message
    good = list(open_pages(src, threads=1))
    read = [p for p in pages if isinstance(p, RawPage)]
    assert read == good[: len(read)]  # every page before the cut, none after it


def test_damaged_block_reads_every_block_that_checks_and_reports_the_damage(
    files: dict[str, Path], tmp_path: Path
) -> None:
    src = files["single"]
    at = src.stat().st_size * 3 // 5

    def garble(d: bytearray) -> None:
        for i in range(at, at + 200):
            d[i] ^= 0x55

    path = damaged(src, tmp_path / "d.xml.bz2", garble)
    serial, parallel = list(open_pages(path, threads=1)), list(open_pages(path, threads=2))
    good = list(open_pages(src, threads=1))
    s_pages = [p for p in serial if isinstance(p, RawPage)]
    p_pages = [p for p in parallel if isinstance(p, RawPage)]
    # libbz2 loses what it decompressed in its last read before the damage; indexed_bzip2 hands out every
    # block whose CRC checked: the same pages and more, all intact, none after the damaged block
    assert p_pages[: len(s_pages)] == s_pages and p_pages == good[: len(p_pages)]
    assert len(p_pages) < len(good)
    s_problems = [p.message for p in serial if isinstance(p, Problem)]
    p_problems = [p.message for p in parallel if isinstance(p, Problem)]
    assert len(p_problems) == len(s_problems) == 1
    damage = "damaged bz2 data in the stream starting at byte 0 (Invalid data stream)"
    assert damage in p_problems[0] and damage in s_problems[0]  # the same report (of a later page, maybe)


def test_damaged_stream_without_index_reads_on_from_the_next_stream_as_the_serial_reader_does(
    files: dict[str, Path], tmp_path: Path
) -> None:
    src = files["multi"]
    data = src.read_bytes()
    starts = [m.start() for m in re.finditer(rb"BZh91AY&SY", data)]
    assert len(starts) > 4
    at = (starts[2] + starts[3]) // 2

    def zero(d: bytearray) -> None:
        d[at : at + 64] = b"\0" * 64

    path = damaged(src, tmp_path / "m.xml.bz2", zero)
    serial = chunks(path, 1)
    assert len(serial[1]) == 1 and f"starting at byte {starts[2]}" in serial[1][0]
    assert "reading on from the next stream" in serial[1][0]
    assert chunks(path, 2) == serial
    pages = list(open_pages(path, threads=1))
    assert list(open_pages(path, threads=2)) == pages


def test_garbage_after_the_data_is_reported_as_the_serial_reader_does(files: dict[str, Path], tmp_path: Path) -> None:
    # indexed_bzip2 alone ignores it ('[Warning] Trailing garbage after EOF ignored!' on stderr)
    path = damaged(files["single"], tmp_path / "g.xml.bz2", lambda d: d.extend(b"not bz2 at all"))
    serial = chunks(path, 1)
    assert serial[1] and "damaged bz2 data" in serial[1][-1]
    assert chunks(path, 2) == serial
    # zero bytes after the data are padding, not damage, for both
    path = damaged(files["single"], tmp_path / "z.xml.bz2", lambda d: d.extend(b"\0" * 64))
    assert chunks(path, 2) == chunks(path, 1) == chunks(files["single"], 1)


def test_a_bz2_header_with_nothing_after_it_is_damage_not_an_empty_file(tmp_path: Path) -> None:
    # indexed_bzip2 alone returns no data and no error for these
    for name, data in [("h.xml.bz2", b"BZh9"), ("j.xml.bz2", b"BZh9" + b"junk" * 20)]:
        (tmp_path / name).write_bytes(data)
        serial = chunks(tmp_path / name, 1)
        assert serial[0] == b"" and serial[1] and serial[1][0].startswith("raised: ")
        assert chunks(tmp_path / name, 2) == serial


def test_a_damaged_stream_crc_is_reported_after_every_page_is_read(files: dict[str, Path], tmp_path: Path) -> None:
    # the last 4 bytes hold the stream's CRC (and padding): indexed_bzip2 does not check it, libbz2 does
    path = damaged(files["single"], tmp_path / "c.xml.bz2", lambda d: d.__setitem__(-2, d[-2] ^ 0x10))
    pages = list(open_pages(path, threads=2))
    good = list(open_pages(files["single"], threads=1))
    assert [p for p in pages if isinstance(p, RawPage)] == good
    problems = [p for p in pages if isinstance(p, Problem)]
    assert len(problems) == 1 and "damaged bz2 data in the stream starting at byte 0" in problems[0].message
    assert "CRC does not match" in problems[0].message
    serial = list(open_pages(path, threads=1))
    assert [p for p in serial if isinstance(p, Problem)]  # the serial reader reports it too


def test_a_dump_left_half_read_stops_its_threads(files: dict[str, Path]) -> None:
    it = open_pages(files["single"], threads=2)
    assert isinstance(next(it), RawPage)
    assert dump._THREADS and dump._READERS
    it.close()
    assert not dump._THREADS and not dump._READERS
    # left running at exit: indexed_bzip2 would abort the process ('terminate called …', status 134)
    code = (
        "import sys; from bilateral.scale.dump import open_pages\n"
        "it = open_pages(sys.argv[1], threads=2); next(it); print('read one page')\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(files["single"])], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.strip() == "read one page", run.stderr
