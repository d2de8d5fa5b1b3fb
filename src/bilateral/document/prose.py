"""Reader for plain prose with no markup: the first line is the title, paragraphs are separated by blank
lines. A short line with no final punctuation standing alone between paragraphs is taken as a heading."""

from __future__ import annotations

import re

from bilateral.document.builder import Builder, back_matter_sections, lines, strip_span
from bilateral.document.model import Block, Doc, Field

_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
# the labels of a rendered infobox whose values stand on the next line, one per state
_INFOBOX_LABEL = re.compile(r"(?i:(?P<envoy>envoys?|ambassadors?)|(?:diplomatic\s+)?missions?)$")
_STANDARD_HEADINGS = frozenset({"see also", "related articles"})
_HATNOTE = re.compile(r"(?:Main|Further|See)\b[\w ]{0,20}:")
_SENTENCE_END = re.compile(r"[.!?;:]\S{0,3}\s*$")
_CLOSED_SENTENCE = re.compile(r"[.!?](?:\[(?:\d+|[a-z]|citation needed)\])*\s*$")
_END_PUNCT = re.compile(r"[.!?:;,\"')\]]\s*$")
# the link a rendered Wikipedia page prints after each heading ("History[edit]", "Visits [edit]")
_EDIT_LINK = re.compile(r"\s*\[\s*edit\s*\]\s*$")
_VISITS_LEAD = re.compile(r"(?:(?:High-level|Official|State)\s+)?[Vv]isits\s+(?:from|to|by|of)\s+(?:the\s+)?[A-Z]")


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

    def line_at(k: int) -> str:
        return text[all_lines[k][0] : all_lines[k][1]] if 0 <= k < n else ""

    def is_heading(k: int) -> bool:
        line = line_at(k).strip()
        edit = _EDIT_LINK.search(line)
        if edit and 0 < edit.start() <= 80 and not _SENTENCE_END.search(line[: edit.start()]):
            return True  # a heading copied with its "[edit]" link, whatever stands around it
        if not line or len(line) > 60 or _END_PUNCT.search(line) or _ITEM.match(line) or not line[0].isupper():
            return False
        if _HATNOTE.match(line):
            return False  # "Main article: Indonesian occupation of East Timor" under a heading
        before, after = line_at(k - 1).strip(), line_at(k + 1).strip()
        if edit is None and _EDIT_LINK.search(before):
            return False  # the first line under a heading copied with its "[edit]" link ("See also[edit]" / "A–B")
        if not before and not after:
            return True
        if _HATNOTE.match(after) and len(line.split()) <= 6:
            return True  # "Regional connectivity" / "Main article: …": a pointer stands right under its heading
        if line.casefold() in _STANDARD_HEADINGS or line.casefold() in back_matter_sections():
            return True  # "See also", "References" over their lines, with no blank line between
        # a page copied from a browser keeps its headings on their own lines without blank lines around them
        # ("History" / "Main article: …"): a short line after a finished sentence (or a blank), before more text
        # (and before a sentence or a hatnote, not before the next line of a list that lost its bullets)
        # (or after an image caption alone on its line: "Olof Palme visiting the site" / "Development cooperation" /
        # "The best-known Swedish project …")
        after_caption = (
            bool(before)
            and len(before) <= 100
            and _SENTENCE_END.search(before) is None
            and len(line.split()) <= 4
            # (or after the last line of a dated list: "July 2019 – President NAME" / "Trade" / "In 2019 …")
            and (len(after) > 80 or (re.search(r"\d", before) is not None and _CLOSED_SENTENCE.search(after)))
            and _SENTENCE_END.search(after) is not None
        )
        return (
            bool(after)
            # (a lead-in over a list of visits may be longer: "Visits from the United States to Finland")
            and len(line.split()) <= (10 if _VISITS_LEAD.match(line) else 6)
            and (not before or before.endswith((".", "!", "?", "]")) or after_caption)
            and not after[0].islower()
            and (
                len(after) > 80
                or _SENTENCE_END.search(after) is not None
                or _HATNOTE.match(after) is not None
                or table_starts(k + 1)
                # a list of dated lines follows ("Visits from Vietnam to Sweden" / "1977 – Prime Minister …")
                or (not re.search(r"\d", line) and dated_list(k + 1))
            )
        )

    def is_table_line(k: int) -> bool:
        # tabs are folded into spaces in the normalized view; the raw text keeps them
        return 0 <= k < n and "\t" in doc.text[all_lines[k][0] : all_lines[k][1]].strip()

    def infobox_pair(k: int) -> int:
        """A rendered infobox copied from a page: a label line ("Envoy") over one line of two cells, one per state in
        the order of the title ("Ambassador A<tab>Ambassador B"): the fields envoy1 and envoy2."""
        label = _INFOBOX_LABEL.match(line_at(k).strip())
        assert label is not None
        key = "envoy" if label.group("envoy") else "mission"
        rs, re_ = strip_span(text, *all_lines[k + 1])
        two_fields(b.fields_block(rs, re_), key, rs, re_, (1, 2))
        return k + 2

    def two_fields(block: Block, key: str, pos: int, end: int, order: tuple[int, int]) -> None:
        """The two states' cells of a rendered infobox line from ``pos`` to ``end``, tab-separated: the fields KEY1 and
        KEY2, numbered by ``order``."""
        for m, part in zip(order, doc.text[pos:end].split("\t")[:2], strict=False):
            cs, ce = strip_span(text, pos, pos + len(part))
            pos += len(part) + 1
            if ce > cs:
                unit = b.field_unit(block, cs, ce, cs, ce)
                doc.infobox.append(Field(f"{key}{m}", " ".join(doc.norm[cs:ce].split()), unit))

    def infobox_columns_start(k: int) -> bool:
        """The line of the two states' names over a rendered infobox whose labels share the line with the cells."""
        if not (0 <= k < n - 1 and is_table_line(k + 1)):
            return False
        raw = doc.text[all_lines[k][0] : all_lines[k][1]]
        label = doc.text[all_lines[k + 1][0] : all_lines[k + 1][1]].split("\t")[0].strip()
        return raw.startswith("\t") and raw.rstrip().count("\t") == 2 and _INFOBOX_LABEL.match(label) is not None

    def infobox_columns(k: int) -> int:
        """A rendered infobox whose labels share the line with the two states' cells, under a line of the two states'
        names ("\tLatvia\tMexico" / "Diplomatic mission\tEmbassy of Latvia, …\tEmbassy of Mexico, …" / "Envoy\t…"):
        the fields mission1/mission2 and envoy1/envoy2, numbered in the order of the title (the columns' order when
        the title names the states the other way round)."""
        names = [x.strip() for x in doc.text[all_lines[k][0] : all_lines[k][1]].split("\t")[1:3]]
        at = [doc.title.find(x) if x else -1 for x in names]
        order = (2, 1) if -1 not in at and at[0] > at[1] else (1, 2)
        k += 1  # (past the line of the states' names)
        block = None
        while k < n and is_table_line(k):
            rs, re_ = strip_span(text, *all_lines[k])
            label = doc.text[rs:re_].partition("\t")[0]
            found = _INFOBOX_LABEL.match(label.strip())
            if found is None:
                break
            key = "envoy" if found.group("envoy") else "mission"
            block = block or b.fields_block(rs, re_)
            two_fields(block, key, rs + len(label) + 1, re_, order)
            k += 1
        return k

    def short_title(line: str) -> bool:
        return (
            0 < len(line.split()) <= 6
            and line[:1].isupper()
            and not re.search(r"\d", line)
            and not _END_PUNCT.search(line)
        )

    def dated_list(k: int) -> bool:
        """Lines from ``k`` to the next blank one are no sentences and all carry a date or a figure."""
        seen = 0
        while k < n and line_at(k).strip():
            line = line_at(k).strip()
            if _EDIT_LINK.search(line):
                return seen >= 1  # the next heading, copied with its "[edit]" link, ends the list
            if _SENTENCE_END.search(line) and seen >= 2 and short_title(line_at(k - 1).strip()):
                # the list runs into the next section with no blank line: "… – Prime Minister NAME" / "Trade" /
                # "On 6 December 2020 …"
                return True
            if _SENTENCE_END.search(line) or (not re.search(r"\d", line) and seen == 0):
                return False
            seen += 1 if re.search(r"\d", line) else 0
            k += 1
        return seen >= 1

    def may_be_caption(k: int) -> bool:
        """A title over the rows ("Trade (US$ million)"), not a paragraph written just before them: a line of
        more than a few words that ends a sentence ("… imported goods worth NPR 1.2 billion.[3]") is prose."""
        line = line_at(k).strip()
        return not _CLOSED_SENTENCE.search(line) or len(line.split()) <= 6

    def table_starts(k: int) -> bool:
        """Two lines of cells, or a caption line and two lines of cells."""
        return is_table_line(k + 1) and (is_table_line(k) or (is_table_line(k + 2) and may_be_caption(k)))

    def table(k: int) -> int:
        """A table copied from a web page: one row a line, its cells separated by tabs; a line just before the
        rows ("Trade between Chile and Japan (US$ million)") is its caption."""
        rows = []
        while k < n and line_at(k).strip():
            if rows and not is_table_line(k):
                break
            rs, re_ = strip_span(text, *all_lines[k])
            cells = []
            # (a row that opens on a tab has an empty first cell, which keeps its columns under their heads: the
            # rendered infobox "\tChile\tNorway" over "Diplomatic mission\tEmbassy of Chile, …\tEmbassy of Norway, …")
            lead = len(doc.text[all_lines[k][0] : rs]) - len(doc.text[all_lines[k][0] : rs].lstrip("\t"))
            pos = rs - lead if doc.text[all_lines[k][0] : rs].strip(" \t") == "" else rs
            for part in doc.text[pos:re_].split("\t"):
                cs, ce = strip_span(text, pos, pos + len(part))
                cells.append((cs, ce, False))
                pos += len(part) + 1
            rows.append((rs, re_, cells))
            k += 1
        b.table(rows[0][0], rows[-1][1], rows)
        return k

    while i < n:
        s, e = all_lines[i]
        line = text[s:e]
        if not line.strip():
            i += 1
            continue
        if _INFOBOX_LABEL.match(line.strip()) and is_table_line(i + 1) and not is_table_line(i + 2):
            i = infobox_pair(i)
            continue
        if infobox_columns_start(i):
            i = infobox_columns(i)
            continue
        if infobox_columns_start(i + 1) and not is_table_line(i):
            i += 1  # (the map's caption over a rendered infobox by columns: no statement)
            continue
        if table_starts(i):
            i = table(i)
            continue
        if is_heading(i):
            hs, he = strip_span(text, s, e)
            edit = _EDIT_LINK.search(text, hs, he)
            if edit:
                he = edit.start()
            b.open_section(doc.text[hs:he], 2, hs, he)
            i += 1
            continue
        if _HATNOTE.match(line.strip()) and len(line) <= 300:
            # "Main article: Indonesian occupation of East Timor" under a heading: a pointer to other articles, not
            # the start of the paragraph below it
            hs, he = strip_span(text, s, e)
            b.hatnote(hs, he)
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
            and line_at(j).strip()
            and not _ITEM.match(line_at(j))
            and not is_heading(j)
            and not _HATNOTE.match(line_at(j).strip())
            and not table_starts(j)
            and not (_INFOBOX_LABEL.match(line_at(j).strip()) and is_table_line(j + 1))
            and not infobox_columns_start(j)
            and not infobox_columns_start(j + 1)
        ):
            j += 1
        block = [line_at(k).strip() for k in range(i, j)]
        if len(block) >= 2 and not any(_SENTENCE_END.search(x) for x in block):
            # lines that are no sentences, one under the other: a list copied without its bullets ("See also" /
            # "Foreign relations of China" / "Foreign relations of Ethiopia"); in a list of dated lines, a line
            # without a date or a figure over dated ones is a heading ("Visits from China to Ethiopia" over
            # "Premier Zhou Enlai – 1964" …)
            dated = [bool(re.search(r"\d", x)) for x in block]
            titled = len(block) >= 3 and sum(dated) * 2 >= len(block)
            run: list[tuple[int, int, int]] = []
            for k in range(i, j):
                at = k - i
                if titled and not dated[at] and len(block[at]) <= 60 and at + 1 < len(block) and dated[at + 1]:
                    if run:
                        b.list_items(run)
                        run = []
                    hs, he = strip_span(text, *all_lines[k])
                    b.open_section(doc.text[hs:he], 3, hs, he)
                    continue
                ls, le = strip_span(text, *all_lines[k])
                run.append((ls, le, ls))
            if run:
                b.list_items(run)
        else:
            b.paragraph(s, all_lines[j - 1][1])
        i = j
    doc.sections[-1].end = len(doc.text)
    return doc
