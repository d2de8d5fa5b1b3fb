"""Reader for MediaWiki wikitext.

wikitextparser finds the nested constructs (templates, links, references, comments) with their spans; from
them this reader builds a *plain view* in which link targets, references, comments, most templates and
bold/italic quotes are dropped, keeping a map from every plain character back to the raw file. The layout
(headings, lists, tables, paragraphs) is read line by line, which wikitext is built on.

wikitextparser's own table cells are not used: in 3.0.0 a cell's ``span`` covers the line break and pipe
before it (``(2496, 2515)`` for ``| David …`` on a line starting at 2497), and the evidence of a row must
be the row's lines exactly, so rows are read from the lines here.
"""

from __future__ import annotations

import html
import itertools
import re
from bisect import bisect_right

import wikitextparser as wtp

from bilateral.document.builder import Builder, lines, strip_span
from bilateral.document.model import Doc, Field, Link
from bilateral.document.normalize import normalize

_HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*\1\s*$")
_ITEM = re.compile(r"^[*#:;]+\s*")
_QUOTES = re.compile(r"'{2,5}")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# (no "^": a pattern's match(text, pos) anchors at pos, where "^" would fail: "| rowspan=2 | 1978" kept its attributes)
_CELL_ATTR = re.compile(r'\s*(?:[a-z\-]+\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s|]+)\s*)+\|(?!\|)')
_MAGIC = re.compile(r"__[A-Z]+__")
# HTML character references, shown as the one character they stand for (the rest of the reference dropped):
# "€11.7&nbsp;billion" reads "€11.7 billion", "1990&ndash;1994" reads "1990–1994"
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")

# Templates whose visible text is one of their arguments: name -> which positional argument shows.
_SHOWN_ARG = {
    "lang": 2,
    "transl": 2,
    "nowrap": 1,
    "nobr": 1,
    "small": 1,
    "big": 1,
    "flag": 1,
    "flagcountry": 1,
    "flagu": 1,
    "abbr": 1,
    "sic": 1,
    "nobold": 1,
    "noitalic": 1,
    "lang-en": 1,
    # a name linked to another language's article: {{ill|Juan Pérez|es}}
    "ill": 1,
    "interlanguage link": 1,
    "interlanguage link multi": 1,
    # numbers: {{val|72.4}}, {{nts|1200}} (a number that sorts), {{sort|key|shown}}
    "val": 1,
    "nts": 1,
    "ntsh": 1,
    "sort": 2,
}
# Date templates whose positional arguments are the date ({{dts|1991|12|30}}, {{Start date|1992|10|16|df=y}}): the
# plain view keeps the arguments and the pipes between them ("1991|12|30"), which the date grammar reads.
_DATE_TEMPLATES = frozenset(
    {"dts", "start date", "end date", "start date and age", "end date and age", "date", "start", "birth date", "as of"}
)
# Currency templates shown as their name then their amount ({{US$|1.2 billion}} -> "US$1.2 billion"): the plain view
# keeps the name and the first argument.
_CURRENCY_TEMPLATES = frozenset(
    {"us$", "usd", "€", "eur", "£", "gbp", "a$", "aud", "nz$", "nzd", "ca$", "cad", "¥", "inr", "₹"}
)
# Templates that render a word of approximation before their argument, kept as the word the grammars read:
# {{circa}} and {{circa|1950}} render "c." and "c. 1950"; the plain view keeps "circa" and the argument.
_CIRCA_TEMPLATES = frozenset({"circa", "c.", "ca.", "ca"})
# Hatnotes that list related articles ({{See also|A|B}}), kept when they stand alone on their line: the plain view
# shows their titles separated by ";" and the reader makes a unit of kind "hatnote" of them.
_HATNOTE_TEMPLATES = frozenset({"see also", "see also2", "also"})
_INFOBOX_NAMES = re.compile(r"^\s*infobox\s+(?:bilateral|foreign)\s+relations?\b", re.I)
_LINK_DROP = re.compile(r"^\s*:?\s*(?:file|image|category|media)\s*:", re.I)


class _WikiBuilder(Builder):
    keep: bytearray
    rmap: list[int]

    def expand(self, rs: int, re_: int, lo: int, hi: int) -> tuple[int, int]:
        text = self.doc.text
        while rs > lo and text[rs - 1] in "['" and not self.keep[rs - 1]:
            rs -= 1
        # a template whose rendered text opens the span ("{{As of|2021}}, trade …" renders "2021, trade …"): from its
        # "{{", when nothing between it and the span is kept
        opening = text.rfind("{{", lo, rs)
        if opening != -1 and not any(self.keep[opening:rs]):
            rs = opening
        while re_ < hi and text[re_] in "]'" and not self.keep[re_]:
            re_ += 1
        closing = text.find("}}", re_, hi)
        if closing != -1 and not any(self.keep[re_:closing]) and "{{" not in text[re_:closing]:
            re_ = closing + 2  # "… on {{dts|2014|7|31}}" ends with the template's "}}"
        return rs, re_


def _plain_view(
    text: str, parsed: wtp.WikiText, shown_as: dict[int, str], hatnotes: list[tuple[int, int]]
) -> tuple[bytearray, list[Link], tuple[int, int] | None]:
    """What the plain view keeps of the raw text; ``shown_as`` receives the kept characters the plain view shows
    differently (one for one, so offsets still map back): the pipe of "{{circa|1850}}" is shown as a space."""
    keep = bytearray(b"\x01") * len(text)

    def drop(a: int, b: int) -> None:
        keep[a:b] = b"\x00" * (b - a)

    infobox_span: tuple[int, int] | None = None
    for c in parsed.comments:
        drop(*c.span)
    for tag in parsed.get_tags():
        name = (tag.name or "").lower()
        if name in ("ref", "references", "gallery", "math", "score", "timeline"):
            drop(*tag.span)
    for tpl in parsed.templates:
        name = tpl.normal_name(capitalize=False).strip().lower()
        a, b = tpl.span
        if _INFOBOX_NAMES.match(name) and infobox_span is None:
            infobox_span = (a, b)
            drop(a, a + 2)
            drop(b - 2, b)
            for arg in tpl.arguments:
                drop(arg.span[0], arg.span[0] + 1)
                if not arg.positional:
                    eq = arg.string.find("=")
                    drop(arg.span[0], arg.span[0] + eq + 1)
            continue
        shown = _SHOWN_ARG.get(name)
        positional = [x for x in tpl.arguments if x.positional]
        if name in _CURRENCY_TEMPLATES and positional:
            name_start = text.find(tpl.name.strip(), a)
            drop(a, name_start)  # "{{"
            drop(name_start + len(tpl.name.strip()), positional[0].span[0] + 1)  # "|"
            drop(positional[0].span[1], b)  # further arguments and "}}"
            continue
        if name in _HATNOTE_TEMPLATES and positional and _alone_on_line(text, a, b):
            drop(a, positional[0].span[0] + 1)  # "{{See also|"
            for prev, arg in itertools.pairwise(positional):
                drop(prev.span[1], arg.span[0] + 1)
                shown_as[arg.span[0]] = ";"  # the pipe between two titles
                keep[arg.span[0]] = 1
            drop(positional[-1].span[1], b)  # named arguments and "}}"
            hatnotes.append((a, b))
            continue
        if name in _CIRCA_TEMPLATES:
            # "{{circa|1850}}" -> "circa 1850", "{{c.}}" -> "c.": the word the date and number grammars read
            name_start = text.find(tpl.name.strip(), a)
            name_end = name_start + len(tpl.name.strip())
            drop(a, name_start)  # "{{"
            if positional:
                drop(name_end, positional[0].span[0])  # spaces before the "|", kept as the space after the word
                shown_as[positional[0].span[0]] = " "
                drop(positional[0].span[1], b)
            else:
                drop(name_end, b)
            continue
        if name in _DATE_TEMPLATES and positional:
            drop(a, positional[0].span[0] + 1)  # "{{dts|"
            drop(positional[-1].span[1], b)  # named arguments and "}}"
            continue
        if shown is not None and len(positional) >= shown:
            arg = positional[shown - 1]
            drop(a, arg.span[0] + 1)
            drop(arg.span[1], b)
        else:
            drop(a, b)
    links: list[Link] = []
    for link in parsed.wikilinks:
        a, b = link.span
        target = link.target.strip()
        if _LINK_DROP.match(target):
            drop(a, b)
            continue
        raw = text[a:b]
        if link.text is not None:
            bar = raw.find("|")
            drop(a, a + bar + 1)
            label = link.text
        else:
            drop(a, a + 2)
            label = target
        drop(b - 2, b)
        links.append(Link(target, label.strip(), a, b))
    for ext in parsed.external_links:
        a, b = ext.span
        if ext.in_brackets:
            raw = text[a:b]
            space = raw.find(" ")
            if space == -1:
                drop(a, b)
            else:
                drop(a, a + space + 1)
                drop(b - 1, b)
        else:
            drop(a, b)
    for m in _QUOTES.finditer(text):
        drop(*m.span())
    for m in _HTML_TAG.finditer(text):
        drop(*m.span())
    for m in _MAGIC.finditer(text):
        drop(*m.span())
    for m in _ENTITY.finditer(text):
        char = html.unescape(m.group())
        if len(char) != 1 or char == m.group():
            continue
        drop(m.start() + 1, m.end())
        shown_as[m.start()] = normalize(char)
    return keep, links, infobox_span


_ROWSPAN = re.compile(r"\browspan\s*=\s*[\"']?\s*(\d+)", re.I)
_COLSPAN = re.compile(r"\bcolspan\s*=\s*[\"']?\s*(\d+)", re.I)


def _alone_on_line(text: str, a: int, b: int) -> bool:
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    return not text[line_start:a].strip() and not text[b : len(text) if line_end == -1 else line_end].strip()


def _split_cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int, int, int]]:
    """Split [start, end) at ``sep`` ("||" or "!!"), not inside [[...]] or {{...}}: (start, end, rowspan, colspan)
    of each cell, its attributes ('rowspan="2" |') left out."""
    out = []
    depth = 0
    i = start
    cell = start
    while i < end:
        two = text[i : i + 2]
        if two in ("[[", "{{"):
            depth += 1
            i += 2
            continue
        if two in ("]]", "}}"):
            depth = max(0, depth - 1)
            i += 2
            continue
        if depth == 0 and (two == sep or (sep == "!!" and two == "||")):
            out.append((cell, i))
            i += 2
            cell = i
            continue
        i += 1
    out.append((cell, end))
    result = []
    for a, b in out:
        m = _CELL_ATTR.match(text, a, b)
        span = cols = 1
        if m:
            rs = _ROWSPAN.search(text, a, m.end())
            cs = _COLSPAN.search(text, a, m.end())
            span = min(50, max(1, int(rs.group(1)))) if rs else 1
            cols = min(20, max(1, int(cs.group(1)))) if cs else 1
            a = m.end()
        result.append((*strip_span(text, a, b), span, cols))
    return result


def read_wiki(doc: Doc) -> Doc:
    text = doc.text
    parsed = wtp.parse(text)
    shown_as: dict[int, str] = {}
    hatnotes: list[tuple[int, int]] = []
    keep, links, infobox_span = _plain_view(text, parsed, shown_as, hatnotes)
    hatnote_at = {text.rfind("\n", 0, a) + 1: (a, b) for a, b in hatnotes}
    pmap = [i for i in range(len(text)) if keep[i]]
    rmap = [0] * (len(text) + 1)
    p = 0
    for i in range(len(text)):
        rmap[i] = p
        if keep[i]:
            p += 1
    rmap[len(text)] = p
    doc.plain = "".join(shown_as.get(i, doc.norm[i]) for i in pmap)
    doc.pmap = pmap
    doc.links = links

    # protected regions: a line starting inside a template, reference or comment continues what it is in
    protected = sorted(
        [t.span for t in parsed.templates]
        + [c.span for c in parsed.comments]
        + [t.span for t in parsed.get_tags() if (t.name or "").lower() == "ref"]
    )
    starts = [a for a, _ in protected]
    ends_sorted = []
    high = -1
    for _, b in protected:
        high = max(high, b)
        ends_sorted.append(high)

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos - 1) - 1
        return k >= 0 and ends_sorted[k] > pos

    _find_title(doc, parsed)
    b = _WikiBuilder(doc, "Lead")
    b.keep = keep
    b.rmap = rmap

    if infobox_span is not None:
        tpl = next(t for t in parsed.templates if t.span == infobox_span)
        block = b.fields_block(*infobox_span)
        for arg in tpl.arguments:
            a_start, a_end = strip_span(text, *arg.span)
            if arg.positional:
                key = arg.name.strip()
                vstart = arg.span[0] + 1
            else:
                key = arg.name.strip()
                vstart = arg.span[0] + arg.string.find("=") + 1
            vstart, vend = strip_span(text, vstart, arg.span[1])
            unit = b.field_unit(block, a_start, a_end, vstart, vend)
            value = " ".join(doc.plain[unit.pstart : unit.pend].split())
            doc.infobox.append(Field(key, value, unit))

    all_lines = [(s, e) for s, e in lines(text)]
    n = len(all_lines)
    i = 0
    while i < n:
        s, e = all_lines[i]
        line = text[s:e]
        if infobox_span and infobox_span[0] <= s < infobox_span[1]:
            i += 1
            continue
        if not line.strip() or inside(s):
            i += 1
            continue
        m = _HEADING.match(line)
        if m and len(m.group(1)) >= 2:
            b.open_section(text[s + m.start(2) : s + m.end(2)].strip(), len(m.group(1)), s, e)
            i += 1
            continue
        if s in hatnote_at:
            b.hatnote(*hatnote_at[s])
            i += 1
            continue
        if line.lstrip().startswith("{|"):
            i = _read_table(b, all_lines, i)
            continue
        if _ITEM.match(line):
            items = []
            j = i
            while j < n:
                ls, le = all_lines[j]
                im = _ITEM.match(text[ls:le])
                if not im or inside(ls):
                    break
                items.append((ls, le, ls + im.end()))
                j += 1
            if any(doc.plain[rmap[c] : rmap[le]].strip() for _, le, c in items):
                b.list_items(items)
            i = j
            continue
        j = i + 1
        while j < n:
            ls, le = all_lines[j]
            nxt = text[ls:le]
            if infobox_span and infobox_span[0] <= ls < infobox_span[1]:
                break  # the infobox is fields, never part of a paragraph ("{{Short description|…}}" before it)
            if inside(ls):
                j += 1
                continue
            if not nxt.strip() or _HEADING.match(nxt) or _ITEM.match(nxt) or nxt.lstrip().startswith("{|"):
                break
            j += 1
        b.paragraph(s, all_lines[j - 1][1])
        i = j
    doc.sections[-1].end = len(text)
    return doc


def _read_table(b: _WikiBuilder, all_lines: list[tuple[int, int]], i: int) -> int:
    text = b.doc.text
    start = all_lines[i][0]
    n = len(all_lines)
    rows: list[tuple[int, int, list[tuple[int, int, bool]]]] = []
    caption = None
    cur: list[tuple[int, int, bool]] = []
    cur_start = cur_end = -1
    j = i + 1
    end = all_lines[-1][1]

    # cells that span rows below them ("| rowspan=2 | 1978"): column -> (cell, rows still to fill)
    spanning: dict[int, tuple[tuple[int, int, bool], int]] = {}
    spans: list[int] = []

    def flush() -> None:
        nonlocal cur, cur_start, spans
        if cur:
            # the cells of this row, with those spanning from rows above put back in their columns
            full: list[tuple[int, int, bool]] = []

            def fill_from_above() -> None:
                while len(full) in spanning:
                    col = len(full)
                    above, left = spanning.pop(col)
                    full.append(above)
                    if left > 1:
                        spanning[col] = (above, left - 1)

            for cell, span in zip(cur, spans, strict=True):
                fill_from_above()
                if span > 1:
                    spanning[len(full)] = (cell, span - 1)
                full.append(cell)
            fill_from_above()
            rows.append((cur_start, cur_end, full))
        cur = []
        spans = []
        cur_start = -1

    while j < n:
        ls, le = all_lines[j]
        ls, le = strip_span(text, ls, le)
        line = text[ls:le]
        j += 1
        if line.startswith("|}"):
            end = le
            break
        if line.startswith("|+"):
            caption = (ls, le, ls + 2, le)
            continue
        if line.startswith("|-"):
            flush()
            continue
        if line.startswith("!") or line.startswith("|"):
            header = line.startswith("!")
            sep = "!!" if header else "||"
            if cur_start == -1:
                cur_start = ls
            cur_end = le
            for a, c, span, cols in _split_cells(text, ls + 1, le, sep):
                # a cell over several columns stands in each of them ("! colspan=2 | Flow")
                for _ in range(cols):
                    cur.append((a, c, header))
                    spans.append(span)
            continue
        if cur and line:  # a cell's text continued on the next line
            cur_end = le
            a, _, h = cur[-1]
            cur[-1] = (a, le, h)
    flush()
    b.table(start, end, rows, caption)
    return j


def _find_title(doc: Doc, parsed: wtp.WikiText) -> None:
    text = doc.text
    for m in re.finditer(r"'''(.+?)'''", text):
        inner = m.group(1).strip("[]'")
        if "relations" in inner.lower():
            doc.title = inner
            doc.title_span = (m.start(1), m.end(1))
            return
    for tpl in parsed.templates:
        if _INFOBOX_NAMES.match(tpl.normal_name(capitalize=False).strip().lower()):
            first = next((a for a in tpl.arguments if a.positional), None)
            if first is not None and first.value.strip():
                doc.title = first.value.strip() + " relations"
                s, e = strip_span(text, first.span[0] + 1, first.span[1])
                doc.title_span = (s, e)
                return
