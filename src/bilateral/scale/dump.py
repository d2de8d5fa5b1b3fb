"""Reading MediaWiki XML dumps as a stream of pages, in flat memory.

A dump is ``<mediawiki><siteinfo>…</siteinfo><page>…</page>…</mediawiki>``. MediaWiki writes every page
as a ``<page>`` element without attributes and escapes ``<`` inside text, so the literal bytes
``<page>`` and ``</page>`` only ever occur as the tags. The reader cuts the decompressed byte stream at
them (``bytes.find``: as fast as memory), reads title, namespace, ids and the redirect mark from the
page's head with small regular expressions, and parses a page fully (``xml.etree``, which checks it is
well-formed and decodes entities) only when the selection keeps it. A page is never held beyond the
moment it is handed on; a page larger than the limit is skipped without being held at all.

Bad input never stops the scan: a malformed page, a page cut off by a truncated or damaged ``.bz2``, a
page too large or holding binary data is reported as a :class:`Problem` (page id and title, one line)
and the scan continues with the next page (or the next stream of a multistream dump).

The multistream format (``…-multistream.xml.bz2`` and ``…-multistream-index.txt.bz2``) is a series of
independent bz2 streams of 100 pages; the index gives each page's stream offset, so streams can be
decompressed in parallel (:func:`stream_ranges`, :func:`read_stream`).

A ``.xml.bz2`` read without an index (one stream, or many) is decompressed on every core by
``indexed_bzip2`` when it is installed (the ``dumps`` extra): it finds the 900 kB bz2 blocks of a stream
and decodes them in parallel (:func:`parallel_bz2_chunks`). Damage is still reported by the serial reader
(:func:`bz2_chunks`), which takes over where the parallel one stopped, with the same messages; the parallel
reader hands out every block that passed its CRC check up to the damage, where the serial one loses what
it decompressed in its last read before it (up to about 5 MB of pages), so a few more pages are read.
"""

from __future__ import annotations

import atexit
import bz2
import html
import os
import queue
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:  # parallel decompression of one bz2 stream (optional: the ``dumps`` extra)
    import indexed_bzip2
except ImportError:  # pragma: no cover - exercised where the package is missing
    indexed_bzip2 = None

CHUNK = 1 << 20
DEFAULT_MAX_PAGE = 20 * 1024 * 1024

_PAGE = b"<page>"
_END = b"</page>"
_TITLE = re.compile(rb"<title>(.*?)</title>", re.S)
_NS = re.compile(rb"<ns>\s*(-?\d+)\s*</ns>")
_ID = re.compile(rb"<id>\s*(\d+)\s*</id>")
_REV_ID = re.compile(rb"<revision>\s*<id>\s*(\d+)\s*</id>")
_REDIRECT = re.compile(rb"<redirect[\s/>]")
_TEXT_OPEN = re.compile(rb"<text\b")
# control characters XML 1.0 forbids (tab, newline and carriage return are allowed)
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(slots=True)
class RawPage:
    """One ``<page>…</page>`` as bytes, with what its head says."""

    data: bytes
    page_id: int | None
    title: str | None
    ns: int
    redirect: bool
    revision_id: int | None


@dataclass(slots=True)
class Page:
    """A page parsed in full: its latest revision's text."""

    page_id: int
    revision_id: int | None
    title: str
    ns: int
    text: str


@dataclass(slots=True)
class Problem:
    """A page (or a part of the dump) that could not be read; ``message`` says why and what happens."""

    page_id: int | None
    title: str | None
    message: str

    def line(self, source: str) -> str:
        who = []
        if self.page_id is not None:
            who.append(f"page {self.page_id}")
        if self.title is not None:
            who.append(repr(self.title))
        return f"{source}: {' '.join(who) + ': ' if who else ''}{self.message}"


class DumpError(Exception):
    """The file cannot be read as a dump at all (missing, not XML, not bz2)."""


# -- the head of a page ------------------------------------------------------------------------------------


def _head(data: bytes) -> bytes:
    t = _TEXT_OPEN.search(data)
    return data[: t.start()] if t else data


def read_head(data: bytes) -> RawPage:
    """Title, namespace, page id, redirect mark and latest revision id from a page's bytes (or the start of
    them: a page cut off still gives what its head holds)."""
    head = _head(data)
    title_m = _TITLE.search(head)
    title = _unescape(title_m.group(1)) if title_m else None
    ns_m = _NS.search(head)
    ns = int(ns_m.group(1)) if ns_m else 0
    # the page id is the first <id> before any <revision>
    rev_at = head.find(b"<revision>")
    id_m = _ID.search(head, 0, rev_at if rev_at >= 0 else len(head))
    page_id = int(id_m.group(1)) if id_m else None
    revs = list(_REV_ID.finditer(data))
    revision_id = int(revs[-1].group(1)) if revs else None
    redirect = _REDIRECT.search(head) is not None
    return RawPage(data, page_id, title, ns, redirect, revision_id)


def _unescape(raw: bytes) -> str:
    return html.unescape(raw.decode("utf-8", errors="replace")).strip()


def parse_page(raw: RawPage, max_bytes: int = DEFAULT_MAX_PAGE) -> Page | Problem:
    """The full page (latest revision's text), checked: well-formed XML, UTF-8, no binary data, not too
    large. Anything else is a :class:`Problem` naming the page."""
    try:
        elem = ET.fromstring(raw.data)
    except ET.ParseError as exc:
        return Problem(raw.page_id, raw.title, f"malformed page XML ({exc}); page skipped")
    title = (elem.findtext("title") or raw.title or "").strip()
    ns_text = elem.findtext("ns")
    try:
        ns = int(ns_text) if ns_text is not None else raw.ns
        page_id = int(elem.findtext("id") or "")
    except ValueError:
        return Problem(raw.page_id, title or raw.title, "page id or namespace is not a number; page skipped")
    revisions = elem.findall("revision")
    if not revisions:
        return Problem(page_id, title, "page has no revision; page skipped")
    rev = revisions[-1]
    rev_id_text = rev.findtext("id")
    revision_id = int(rev_id_text) if rev_id_text and rev_id_text.strip().isdigit() else None
    text_el = rev.find("text")
    text = text_el.text if text_el is not None and text_el.text else ""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        return Problem(
            page_id, title, f"text is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; page skipped"
        )
    if "\ufffd" in text and "\ufffd".encode() not in raw.data:
        return Problem(page_id, title, "text is not valid UTF-8; page skipped")
    bad = _BINARY.search(text)
    if bad:
        return Problem(page_id, title, f"text holds binary data (U+{ord(bad.group()):04X}); page skipped")
    return Page(page_id, revision_id, title, ns, text)


# -- cutting a byte stream into pages ----------------------------------------------------------------------


class Cut(Exception):
    """Raised by a chunk source when its data ends early (a truncated or damaged compressed stream)."""


def split_pages(chunks: Iterable[bytes | Cut], max_bytes: int = DEFAULT_MAX_PAGE) -> Iterator[RawPage | Problem]:
    """Every ``<page>`` of a byte stream, in order; problems (a page too large, a page holding another
    ``<page>``, a page cut off where the data ends) as :class:`Problem` in their place.

    ``max_bytes`` bounds a page's XML (a little more than its text): a larger page is reported and its bytes
    dropped as they come, so memory stays bounded by it whatever the input.
    """
    limit = max_bytes + 65536
    buf = bytearray()
    pos = 0  # where unread data starts in buf
    search = 0  # where to look for </page> next (bytes before it hold none)
    skipping: RawPage | None = None  # an oversized page being dropped
    cut: Cut | None = None
    it = iter(chunks)
    while True:
        try:
            chunk = next(it)
        except StopIteration:
            break
        except Cut as exc:
            cut = exc
            break
        if isinstance(chunk, Cut):  # damaged data, and reading goes on after it
            s = buf.find(_PAGE, pos)
            if skipping is not None or s >= 0:
                partial = skipping or read_head(bytes(buf[s : s + 65536]))
                yield Problem(partial.page_id, partial.title, f"page cut off: {chunk}; page skipped")
            else:
                yield Problem(None, None, str(chunk))
            buf, pos, search, skipping = bytearray(), 0, 0, None
            continue
        buf += chunk
        while True:
            if skipping is not None:
                e = buf.find(_END, max(pos, search))
                if e < 0:
                    keep = max(pos, len(buf) - len(_END))
                    del buf[:keep]
                    pos, search = 0, 0
                    break
                yield Problem(
                    skipping.page_id,
                    skipping.title,
                    f"page is over the {max_bytes / 1e6:.0f} MB limit; page skipped (raise it with --max-size)",
                )
                skipping = None
                pos = search = e + len(_END)
                continue
            s = buf.find(_PAGE, pos)
            if s < 0:
                pos = max(pos, len(buf) - len(_PAGE))
                search = pos
                break
            e = buf.find(_END, max(s, search))
            if e < 0:
                if len(buf) - s > limit:
                    skipping = read_head(bytes(buf[s : s + 65536]))
                    pos = search = len(buf) - len(_END)
                    continue
                pos = s
                search = max(s, len(buf) - len(_END))
                break
            inner = buf.find(_PAGE, s + len(_PAGE), e)
            if inner >= 0:  # a page that never closed: report it, resume at the next page
                bad = read_head(bytes(buf[s:inner]))
                yield Problem(bad.page_id, bad.title, "malformed page (no </page> before the next page); page skipped")
                pos = search = inner
                continue
            yield read_head(bytes(buf[s : e + len(_END)]))
            pos = search = e + len(_END)
        if pos > CHUNK:
            del buf[:pos]
            search -= pos
            pos = 0
    if skipping is not None:
        yield Problem(skipping.page_id, skipping.title, "page is over the size limit and the data ends inside it")
    s = buf.find(_PAGE, pos)
    if cut is not None:
        if s >= 0:
            partial = read_head(bytes(buf[s : s + 65536]))
            yield Problem(partial.page_id, partial.title, f"page cut off: {cut}; page skipped")
        else:
            yield Problem(None, None, f"{cut}; the pages before it were read")
    elif s >= 0:
        partial = read_head(bytes(buf[s : s + 65536]))
        yield Problem(partial.page_id, partial.title, "page cut off where the file ends; page skipped")


# -- byte sources ------------------------------------------------------------------------------------------


def is_bz2(path: str | os.PathLike[str]) -> bool:
    with open(path, "rb") as fh:
        return fh.read(3) == b"BZh"


_STREAM_MAGIC = re.compile(rb"BZh[1-9]1AY&SY")


def _next_stream(fh: object, frm: int, end: int | None) -> int | None:
    """The file offset of the next bz2 stream header at or after ``frm`` (before ``end``), or None."""
    fh.seek(frm)  # type: ignore[attr-defined]
    pos, tail = frm, b""
    while end is None or pos < end:
        block = fh.read(CHUNK if end is None else min(CHUNK, end - pos))  # type: ignore[attr-defined]
        if not block:
            return None
        data = tail + block
        m = _STREAM_MAGIC.search(data)
        if m:
            return pos - len(tail) + m.start()
        tail = data[-9:]
        pos += len(block)
    return None


def bz2_chunks(fh: object, end: int | None = None, start: int = 0, resync: bool = True) -> Iterator[bytes | Cut]:
    """Decompressed data of one or more concatenated bz2 streams, read from ``start`` up to ``end``.

    A damaged stream yields a :class:`Cut` in the data's place, and reading goes on at the next stream (a
    multistream dump loses only the pages of that stream); data that ends inside a stream (a truncated file)
    raises :class:`Cut`, after yielding all that could be decompressed before it.
    """
    fh.seek(start)  # type: ignore[attr-defined]
    pos = start  # file offset of the next read
    stream_start = start
    dec = bz2.BZ2Decompressor()
    fresh = True  # nothing of the current stream decompressed yet
    while True:
        n = CHUNK if end is None else min(CHUNK, end - pos)
        data = fh.read(n) if n > 0 else b""  # type: ignore[attr-defined]
        if not data:
            if not fresh and not dec.eof:
                raise Cut(f"the bz2 data ends inside the stream starting at byte {stream_start} (truncated file?)")
            return
        base = pos  # file offset of data[0]
        pos += len(data)
        while data:
            try:
                out = dec.decompress(data)
            except (OSError, ValueError, EOFError) as exc:
                nxt = _next_stream(fh, stream_start + 1, end) if resync else None
                if nxt is None:
                    raise Cut(f"damaged bz2 data in the stream starting at byte {stream_start} ({exc})") from None
                yield Cut(
                    f"damaged bz2 data in the stream starting at byte {stream_start} ({exc}); "
                    f"reading on from the next stream, at byte {nxt}"
                )
                fh.seek(nxt)  # type: ignore[attr-defined]
                pos = stream_start = nxt
                dec, fresh, data = bz2.BZ2Decompressor(), True, b""
                break
            fresh = False
            if out:
                yield out
            if dec.eof:
                rest = dec.unused_data
                stream_start = base = base + len(data) - len(rest)
                data = rest
                dec = bz2.BZ2Decompressor()
                fresh = True
                if data.strip(b"\x00") == b"":
                    data = b""
            else:
                data = b""


def plain_chunks(fh: object) -> Iterator[bytes | Cut]:
    read: Callable[[int], bytes] = fh.read  # type: ignore[attr-defined]
    while True:
        data = read(CHUNK)
        if not data:
            return
        yield data


# -- one stream on several threads (indexed_bzip2) ---------------------------------------------------------

_BLOCK_MAGIC = 0x314159265359  # starts every bz2 block (bit-aligned)
_EOS_MAGIC = 0x177245385090  # ends every bz2 stream, followed by the stream's CRC

# What is still running, to stop at exit: the reader threads of :func:`ahead`, then the indexed_bzip2 readers.
_THREADS: set[Callable[[], None]] = set()
_READERS: set[Any] = set()


@atexit.register
def _stop_readers() -> None:
    """Stop what reads a dump left half read when Python exits (an exception, Ctrl-C, a caller that stops
    early and keeps the generator): indexed_bzip2 aborts the whole process ('Detected Python finalization
    from running rapidgzip thread', then 'terminate called …', exit status 134) when its threads still run
    as Python finalizes. ``atexit`` runs before that."""
    for finish in list(_THREADS):
        finish()
    for reader in list(_READERS):
        reader.close()


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity; else the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def bz2_threads(threads: int | None = None) -> int:
    """Threads to decompress a ``.bz2`` read without index with: ``threads``, else every usable core; 1 (the
    serial reader, :func:`bz2_chunks`) when indexed_bzip2 is not installed or only one thread would run.

    indexed_bzip2 never gets one thread: its serial decoder hands out a block's data before it checks the
    block's CRC (a flipped bit in a test file gave a MB of wrong data, then 'Calculated CRC … for block
    mismatches …'), while its parallel decoder checks each block before handing out any of it.
    """
    n = usable_cores() if threads is None else threads
    return n if n >= 2 and indexed_bzip2 is not None else 1


def parallel_bz2_chunks(fh: object, path: str | os.PathLike[str], threads: int) -> Iterator[bytes | Cut]:
    """The data :func:`bz2_chunks` gives for the whole file ``fh`` (open on ``path``), decompressed by
    indexed_bzip2 on ``threads`` threads, with the same reports of damage.

    indexed_bzip2 checks each block's CRC before handing out its data, but it reports damage poorly, and some
    not at all (indexed_bzip2 1.7.0, on small test files): a truncated file raises
    ``RuntimeError('std::exception')``, and the last MB decoded before the cut is lost with it; a damaged
    block raises 'Calculated CRC … mismatches …' or '[BZip2 block data] origPtr error …'; garbage after a
    stream, or a bz2 header followed by junk, ends the data as if the file ended there (a warning on stderr
    at most); a damaged stream CRC is not checked. So:

    - on any error, the serial reader takes over at the start of the stream holding the first byte not yet
      handed out (found from the block offsets indexed_bzip2 reports), skips what was handed out, and reports
      the damage with its own messages (reading on at the next stream, as it does). Its cost: decompressing
      again, on one thread, the part of that stream already read (all of it before the damage in a
      single-stream dump);
    - when the data ends, the blocks must reach the end of the file (or only zero bytes may follow it);
      otherwise the serial reader reads on from where the blocks end and says what it finds;
    - each stream's CRC is checked against the CRCs of its blocks, read from the file at their offsets.
    """
    try:
        reader = indexed_bzip2.open(os.fspath(path), parallelization=threads)  # type: ignore[union-attr]
    except Exception:  # not even a start: the serial reader says why
        yield from bz2_chunks(fh)
        return
    _READERS.add(reader)
    delivered = 0  # bytes of decompressed data handed out
    failed = False
    try:
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        while True:
            try:
                n = reader.readinto(buf)
            except Exception:
                failed = True
                break
            if not n:
                break
            delivered += n
            yield bytes(view[:n])
        try:
            offsets: dict[int, int] = dict(reader.available_block_offsets())
        except Exception:
            offsets = {}
    finally:
        reader.close()
        _READERS.discard(reader)
    end_bit = max(offsets, default=-1)
    if not failed and end_bit % 8 == 0 and offsets[end_bit] == delivered:
        # every block was read up to end_bit, where the last stream ends
        yield from _stream_crc_problems(fh, offsets)
        if not _only_zeros(fh, end_bit // 8):
            yield from bz2_chunks(fh, start=end_bit // 8)
        return
    start, at = _restart_point(fh, offsets, delivered)
    yield from _stream_crc_problems(fh, offsets, before=start * 8)
    skip = delivered - at
    for c in bz2_chunks(fh, start=start):
        if skip and not isinstance(c, Cut):
            if len(c) <= skip:
                skip -= len(c)
                continue
            c, skip = c[skip:], 0
        yield c


def _read_bits(fh: object, bit: int, n: int) -> int:
    """The ``n`` bits of the file starting at bit offset ``bit`` (zeros past its end)."""
    fh.seek(bit // 8)  # type: ignore[attr-defined]
    size = (bit % 8 + n + 7) // 8
    data = fh.read(size).ljust(size, b"\0")  # type: ignore[attr-defined]
    return (int.from_bytes(data, "big") >> (size * 8 - bit % 8 - n)) & ((1 << n) - 1)


def _restart_point(fh: object, offsets: dict[int, int], delivered: int) -> tuple[int, int]:
    """(byte offset in the file, offset in the decompressed data) of the start of the last stream that starts
    at or before decompressed offset ``delivered``, among the block offsets indexed_bzip2 found; (0, 0) when
    none is known. A stream's first block follows its 4-byte header ``BZh1``–``BZh9``."""
    for bit, at in sorted(offsets.items(), reverse=True):
        if at > delivered or bit % 8 or bit < 32:
            continue
        fh.seek(bit // 8 - 4)  # type: ignore[attr-defined]
        if _STREAM_MAGIC.fullmatch(fh.read(10)):  # type: ignore[attr-defined]
            return bit // 8 - 4, at
    return 0, 0


def _only_zeros(fh: object, frm: int) -> bool:
    fh.seek(frm)  # type: ignore[attr-defined]
    while block := fh.read(CHUNK):  # type: ignore[attr-defined]
        if block.strip(b"\0"):
            return False
    return True


def _stream_crc_problems(fh: object, offsets: dict[int, int], before: int | None = None) -> Iterator[Cut]:
    """A :class:`Cut` for each stream (ending before bit ``before``) whose CRC is not the one its blocks'
    CRCs make (each block's data was checked against its own CRC, so the pages were read)."""
    combined, start = 0, None
    for bit in sorted(offsets):
        if before is not None and bit >= before:
            return
        head = _read_bits(fh, bit, 80)
        magic, crc = head >> 32, head & 0xFFFFFFFF
        if magic == _BLOCK_MAGIC:
            if start is None:
                start = bit // 8 - 4
            combined = (((combined << 1) | (combined >> 31)) & 0xFFFFFFFF) ^ crc
        elif magic == _EOS_MAGIC:
            if crc != combined:
                yield Cut(
                    f"damaged bz2 data in the stream starting at byte {start or 0} (its CRC does not match its "
                    "blocks'; each block matched its own CRC, so its pages were read)"
                )
            combined, start = 0, None


def ahead(chunks: Iterator[bytes | Cut], depth: int = 8) -> Iterator[bytes | Cut]:
    """The same chunks, produced by a thread ``depth`` chunks ahead: bz2 decompression releases the GIL, so
    it overlaps with the page scanning of the caller."""
    q: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def run() -> None:
        try:
            for c in chunks:
                if stop.is_set():
                    return
                q.put(("data", c))
            q.put(("end", None))
        except BaseException as exc:
            q.put(("error", exc))
        finally:  # here, in this thread: a parallel reader's threads must be stopped before Python exits
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    def finish() -> None:
        stop.set()
        while t.is_alive():
            try:
                q.get_nowait()
            except queue.Empty:
                t.join(0.05)

    t = threading.Thread(target=run, name="bz2-reader", daemon=True)
    _THREADS.add(finish)
    t.start()
    try:
        while True:
            kind, value = q.get()
            if kind == "data":
                yield value  # type: ignore[misc]
            elif kind == "end":
                return
            else:
                raise value  # type: ignore[misc]
    finally:
        finish()
        _THREADS.discard(finish)


def open_pages(
    path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_PAGE, threads: int | None = None
) -> Iterator[RawPage | Problem]:
    """Every page of a dump file (``.xml`` or ``.xml.bz2``, one stream or many), in order.

    ``threads`` decompress a ``.bz2`` (default: every usable core, see :func:`bz2_threads`; 1: one thread).
    """
    p = Path(path)
    if not p.is_file():
        raise DumpError(f"{path}: no such file; check the path")
    compressed = is_bz2(p)
    with open(p, "rb") as fh:
        if compressed:
            n = bz2_threads(threads)
            chunks = ahead(parallel_bz2_chunks(fh, p, n) if n > 1 else bz2_chunks(fh))
        else:
            chunks = plain_chunks(fh)
        yield from split_pages(_check_start(chunks, str(path)), max_bytes)


def _check_start(chunks: Iterator[bytes | Cut], path: str) -> Iterator[bytes | Cut]:
    """Refuse a file that is not a MediaWiki XML export before reading any of it as pages."""
    first = True
    for c in chunks:
        if isinstance(c, Cut):
            yield c
            continue
        if first:
            first = False
            head = c[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
            if not (head.startswith(b"<") and (b"<mediawiki" in c[:65536] or b"<page>" in c[:65536])):
                raise DumpError(f"{path}: not a MediaWiki XML dump (no <mediawiki> element at its start)")
        yield c
    if first:
        raise DumpError(f"{path}: is empty; pass a MediaWiki XML dump")


# -- multistream -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stream:
    """One bz2 stream of a multistream dump: bytes [start, end) of the file, and the pages the index lists
    in it (first id and title, for reports)."""

    start: int
    end: int
    first_id: int
    first_title: str
    last_id: int
    pages: int


def index_path_for(dump: str | os.PathLike[str]) -> Path | None:
    """The index Wikimedia publishes beside a multistream dump (``X-multistream-index.txt.bz2``)."""
    p = Path(dump)
    name = p.name
    for suffix in (".xml.bz2", ".bz2"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            for cand in (f"{base}-index.txt.bz2", f"{base}-index.txt", f"{base}.index.txt.bz2", f"{base}.index.txt"):
                if (p.parent / cand).is_file():
                    return p.parent / cand
    return None


def read_index(index: str | os.PathLike[str]) -> Iterator[tuple[int, int, str]]:
    """(offset, page id, title) of every line ``offset:page_id:title`` of an index (bz2 or plain)."""
    ip = Path(index)
    opener = bz2.open if is_bz2(ip) else open
    with opener(ip, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            parts = line.split(":", 2)
            if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
                raise DumpError(f"{index}:{n}: not an index line 'offset:page_id:title'; pass the dump's own index")
            yield int(parts[0]), int(parts[1]), parts[2]


def iter_streams(dump: str | os.PathLike[str], index: str | os.PathLike[str]) -> Iterator[Stream]:
    """The streams of a multistream dump that hold pages, in file order, read lazily from the index (the
    English Wikipedia's lists over 20 million pages: only one stream's summary is held at a time)."""
    size = Path(dump).stat().st_size
    cur: list[Any] | None = None  # [start, first id, first title, last id, pages]
    for off, pid, title in read_index(index):
        if cur is not None and off == cur[0]:
            cur[3] = pid
            cur[4] += 1
            continue
        if cur is not None:
            if off < cur[0]:
                raise DumpError(f"{index}: offsets go backwards at page {pid}; is this the dump's own index?")
            yield Stream(cur[0], min(off, size), cur[1], cur[2], cur[3], cur[4])
        cur = [off, pid, title, pid, 1]
    if cur is not None:
        yield Stream(cur[0], size, cur[1], cur[2], cur[3], cur[4])


def stream_ranges(dump: str | os.PathLike[str], index: str | os.PathLike[str]) -> list[Stream]:
    """Every stream of a multistream dump that holds pages, in file order (see :func:`iter_streams`)."""
    return list(iter_streams(dump, index))


def stream_pages(
    dump: str | os.PathLike[str], stream: Stream, max_bytes: int = DEFAULT_MAX_PAGE
) -> Iterator[RawPage | Problem]:
    """The pages of one stream (the last one also holds the closing ``</mediawiki>``)."""
    with open(dump, "rb") as fh:
        yield from split_pages(bz2_chunks(fh, end=stream.end, start=stream.start), max_bytes)
