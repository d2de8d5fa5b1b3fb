"""The document model: readers for three formats, offsets into the raw text, normalization, sentences."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.document import detect_format, load, parse_text
from bilateral.document.normalize import normalize
from bilateral.document.sentences import split_sentences
from support import SHARED, corpus_files, example_files

SEED = """= Finland–Estonia relations =

Infobox
- Map: Finland Estonia Locator.png
- Mission of Finland: Embassy of Finland, Tallinn

Finland recognized Estonia on 29\u00a0August 1991. Both are members of the E.U. and NATO.

== History ==
Diplomatic relations were restored on 29 August 1991. President M. Koivisto visited Tallinn in 1992.
- Finland has an embassy in Tallinn.
| Finland’s trade with Estonia (million EUR) | | |
| Year | Import | Export |
| 2020 | 3\u202f100,5 | 2,950.1 |
| Source: Statistics Finland | | |
==See also ==
- Foreign relations of Finland
"""

WIKI = """{{Infobox bilateral relations|Finland–Estonia|Finland|Estonia
| mission1 = [[Embassy of Finland, Tallinn]]
}}
'''Finland–Estonia relations''' are the relations between {{flagicon|FIN}} [[Finland]] and [[Estonia]].\
<ref>[https://example.org A page]</ref> Both are in the [[European Union|EU]]. <!-- a comment -->

== Trade ==
{| class="wikitable"
|+ Trade, million euros
! Year !! Import !! Export
|-
| 2021 || 3,100 || 2,950
|}

== See also ==
* [[Foreign relations of Finland]]
"""

PROSE = """Finland–Estonia relations

Finland and Estonia established diplomatic relations in 1921. They were restored on 29 August 1991.

Both countries are members of the European Union.
"""


def check_offsets(doc) -> None:  # type: ignore[no-untyped-def]
    """Every unit quotes the raw text at its offsets, and every plain character maps into its raw span."""
    norm = normalize(doc.text)
    for u in doc.units:
        assert 0 <= u.start <= u.end <= len(doc.text)
        assert doc.quote(u) == doc.text[u.start : u.end]
        for p in range(u.pstart, u.pend):
            r = doc.raw_offset(p)
            # (a template's pipe may be shown as a space or ";", an HTML character reference as its character)
            assert doc.plain[p] == norm[r] or norm[r] in "|&"
            assert u.start <= r < u.end or u.kind in ("field", "caption", "row")


def test_seed_reader_structure() -> None:
    doc = parse_text(SEED, "fi-ee.txt")
    assert doc.format == "seed"
    assert doc.title == "Finland–Estonia relations"
    assert [f.key for f in doc.infobox] == ["Map", "Mission of Finland"]
    assert doc.field("mission of finland").value == "Embassy of Finland, Tallinn"
    assert [s.title for s in doc.sections] == ["Finland–Estonia relations", "History", "See also"]
    sentences = [doc.quote(u) for u in doc.sentences]
    assert sentences[:2] == [
        "Finland recognized Estonia on 29\u00a0August 1991.",
        "Both are members of the E.U. and NATO.",
    ]
    assert "President M. Koivisto visited Tallinn in 1992." in sentences
    items = [doc.quote(u) for u in doc.items]
    assert items == ["- Finland has an embassy in Tallinn.", "- Foreign relations of Finland"]
    table = doc.tables[0]
    assert doc.plain_of(table.caption).strip(" |").startswith("Finland's trade")  # curly apostrophe folded
    assert [doc.plain_of(c).strip() for c in table.header.cells] == ["Year", "Import", "Export"]
    assert [doc.plain_of(c).strip() for c in table.rows[0].cells] == ["2020", "3 100,5", "2,950.1"]
    assert [doc.quote(n) for n in table.notes] == ["| Source: Statistics Finland | | |"]
    check_offsets(doc)


def test_normalization_keeps_offsets() -> None:
    raw = "a\u00a0b\u202fc\u2011d ‘e’ “f” 2–3"
    norm = normalize(raw)
    assert len(norm) == len(raw)
    assert norm == "a b c-d 'e' \"f\" 2–3"  # the en dash is kept: it marks ranges


def test_wiki_reader_plain_view_maps_back() -> None:
    doc = parse_text(WIKI, "fi-ee.wiki")
    assert doc.format == "wiki"
    assert doc.title == "Finland–Estonia relations"
    lead = doc.sentences[0]
    assert doc.plain_of(lead).split() == [
        "Finland–Estonia",
        "relations",
        "are",
        "the",
        "relations",
        "between",
        "Finland",
        "and",
        "Estonia.",
    ]
    # the quote starts at the bold markup and ends at the full stop, before the reference
    assert doc.quote(lead).startswith("'''Finland–Estonia relations'''")
    assert doc.quote(lead).endswith("[[Estonia]].")
    assert doc.plain_of(doc.sentences[1]) == "Both are in the EU."
    assert doc.field("mission1").value == "Embassy of Finland, Tallinn"
    assert doc.field("mission1").unit.section == "Infobox"
    table = doc.tables[0]
    assert doc.plain_of(table.caption).strip() == "Trade, million euros"
    assert [doc.plain_of(c).strip() for c in table.rows[0].cells] == ["2021", "3,100", "2,950"]
    assert doc.quote(table.rows[0].unit) == "| 2021 || 3,100 || 2,950"
    assert [doc.plain_of(u) for u in doc.items] == ["Foreign relations of Finland"]
    check_offsets(doc)


def test_prose_reader() -> None:
    doc = parse_text(PROSE, "fi-ee-prose.txt")
    assert doc.format == "prose"
    assert doc.title == "Finland–Estonia relations"
    assert [doc.quote(u) for u in doc.sentences] == [
        "Finland and Estonia established diplomatic relations in 1921.",
        "They were restored on 29 August 1991.",
        "Both countries are members of the European Union.",
    ]
    check_offsets(doc)


def test_format_detection_and_forcing() -> None:
    assert detect_format(SEED) == "seed"
    assert detect_format(WIKI) == "wiki"
    assert detect_format(PROSE) == "prose"
    assert detect_format(PROSE, "x.wiki") == "wiki"
    assert parse_text(SEED, input_format="prose").format == "prose"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1994 H. Aliyev met the prime minister. Then he left.", 2),
        ("The fund led by Sh. Movsumov visited Lisbon. It stayed.", 2),
        ("Deputy Minister S. Mammadaliyeva spoke. She left.", 2),
        ("Several bodies (e.g. the OSCE) took part. Others did not.", 2),
        ("The U.S. embassy opened in 1992. It moved in 2001.", 2),
        ("Minister of State M. J. Akbar visited. He met officials.", 2),
        ("Trade reached $5 million. $3 million were exports.", 2),
        ("The EU. Then NATO.", 2),
        ("A consulate opened in Recife c. 1860. It closed.", 2),
    ],
)
def test_sentence_splitting(text: str, expected: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == expected, [text[a:b] for a, b in spans]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. |=-*\n[]{}'’\u00a0\u2013AZ19:")), max_size=300))
def test_any_text_parses_with_valid_offsets(text: str) -> None:
    for fmt in ("seed", "wiki", "prose"):
        doc = parse_text(text, input_format=fmt)
        check_offsets(doc)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_shared_articles_parse_with_valid_offsets(path) -> None:  # type: ignore[no-untyped-def]
    doc = load(path)
    check_offsets(doc)
    assert doc.title.endswith("relations")
    assert doc.format == ("wiki" if path.suffix == ".wiki" else "seed")


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.name)
def test_examples_parse(path) -> None:  # type: ignore[no-untyped-def]
    doc = load(path)
    check_offsets(doc)
    assert doc.title.endswith("relations")
    assert len(doc.sentences) >= 5


def test_gold_evidence_is_mostly_whole_units() -> None:
    """The gold quotes sentences, list items and table rows: nearly all of them are units of our documents."""
    gold = SHARED / "gold"
    if not gold.is_dir():
        pytest.skip("shared gold absent")
    total = hit = 0
    for g in sorted(gold.rglob("*.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        path = next((SHARED / "corpus").rglob(data["source"]["path"]))
        doc = load(path)
        spans = {(u.start, u.end) for u in doc.units}
        for fact in data["facts"]:
            for e in fact["evidence"]:
                total += 1
                hit += (e["start"], e["end"]) in spans
    # a few gold quotes are clauses of a sentence rather than whole sentences
    assert hit / total >= 0.98, (hit, total)


def test_seed_article_without_title_markers_takes_its_first_line_as_title() -> None:
    from bilateral.document.load import parse_text

    text = "Andorra–France relations\n\n== History ==\nAndorra and France established diplomatic relations in 1993.\n"
    doc = parse_text(text, "andorra-france.txt", "seed")
    assert doc.title == "Andorra–France relations"
    assert doc.title_span is not None and text[doc.title_span[0] : doc.title_span[1]] == doc.title
    assert [s.title for s in doc.sections][-1] == "History"


def test_footnote_markers_close_their_sentence() -> None:
    from bilateral.document.sentences import split_sentences

    text = "Lithuania recognized Georgia on 30 December 1991.[3] Relations began on 1 July 1993.[4][5] Both agree."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Lithuania recognized Georgia on 30 December 1991.[3]",
        "Relations began on 1 July 1993.[4][5]",
        "Both agree.",
    ]


def test_a_sentence_that_opens_or_closes_inside_a_template_quotes_the_whole_template() -> None:
    from bilateral.document.load import parse_text

    text = (
        "'''Chile–Japan relations''' are relations.\n\n"
        "{{As of|2021}}, bilateral trade amounted to {{US$|9.6 billion}}. Abe visited Santiago on {{dts|2014|7|31}}.\n"
    )
    doc = parse_text(text, "x.wiki")
    quotes = [doc.quote(u) for u in doc.units if u.kind == "sentence"]
    assert "{{As of|2021}}, bilateral trade amounted to {{US$|9.6 billion}}." in quotes
    assert "Abe visited Santiago on {{dts|2014|7|31}}." in quotes


def test_prose_copied_from_a_web_page_keeps_its_headings_without_blank_lines() -> None:
    text = (
        "Chile–Japan relations\n\nHistory\nMain article: Japanese immigration to Chile\n"
        "Chile and Japan established diplomatic relations in 1897.[1] Japan opened a legation in 1909.\n"
        "Trade\nIn 2019 trade amounted to 8.2 billion US dollars.[2]\n"
        "References\n^ \"Japan opens embassy in Santiago\". The Times. Retrieved 14 January 2021.\n"
    )
    doc = parse_text(text, "chile-japan.txt", input_format="prose")
    assert [s.title for s in doc.sections] == ["Chile–Japan relations", "History", "Trade", "References"]
    trade = [doc.quote(u) for u in doc.units if u.section == "Trade"]
    assert trade == ["In 2019 trade amounted to 8.2 billion US dollars.[2]"]
    # a hard-wrapped paragraph is no heading: its short last line ends the sentence
    wrapped = parse_text("A–B relations\n\nThe two states signed\na treaty in 1990.\nIt holds.\n", "a.txt", "prose")
    assert [s.title for s in wrapped.sections] == ["A–B relations"]


def test_units_of_back_matter_sections_are_references_not_statements() -> None:
    text = (
        "Chile–Japan relations\n\nJapan opened a legation in Santiago in 1909.\n\nReferences\n\n"
        "^ \"Japan opens embassy in Santiago\". The Times. Retrieved 14 January 2021.\n\nExternal links\n\n"
        "- Embassy of Japan in Chile\n"
    )
    doc = parse_text(text, "chile-japan.txt", input_format="prose")
    kinds = {doc.quote(u)[:20]: (u.section, u.kind) for u in doc.units}
    assert kinds["Japan opened a legat"] == ("Chile–Japan relations", "sentence")
    assert kinds["^ \"Japan opens embas"] == ("References", "reference")
    assert kinds["- Embassy of Japan i"] == ("External links", "reference")
    wiki = parse_text(
        "'''Chile–Japan relations'''\n\n== Notes ==\n* Japan opened an embassy in Santiago in 1909.\n",
        "chile-japan.wiki",
    )
    assert [u.kind for u in wiki.units if u.section == "Notes"] == ["reference"]


def test_prose_table_copied_from_a_web_page_has_tab_separated_cells_and_a_caption() -> None:
    text = (
        "Chile–Japan relations\n\nTrade\nTrade between Chile and Japan (US$ million)[7]\n"
        "Year\tChilean exports\tJapanese exports\n2018\t7,561\t2,311\n2019\t6,904\t2,128\n\n"
        "Both are members of APEC.\n"
    )
    doc = parse_text(text, "chile-japan.txt", input_format="prose")
    (table,) = doc.tables
    assert table.caption is not None and doc.quote(table.caption).startswith("Trade between Chile and Japan")
    assert table.header is not None
    assert [doc.plain_of(c) for c in table.header.cells] == ["Year", "Chilean exports", "Japanese exports"]
    cells = [[doc.quote(c) for c in r.cells] for r in table.rows]
    assert cells == [["2018", "7,561", "2,311"], ["2019", "6,904", "2,128"]]
    assert [doc.quote(u) for u in doc.sentences] == ["Both are members of APEC."]
    check_offsets(doc)


def test_a_copied_row_that_opens_on_a_tab_keeps_an_empty_first_cell() -> None:
    # the heads of the columns sit over the label column's blank
    text = (
        "Chile–Norway relations\n\nTrade\nTrade between Chile and Norway (US$ million)\n\t2019\t2020\n"
        "Chilean exports\t1,204\t1,377\nNorwegian exports\t812\t905\n\nBoth are members of the WTO.\n"
    )
    doc = parse_text(text, "chile-norway.txt", input_format="prose")
    (table,) = doc.tables
    assert [[doc.quote(c) for c in r.cells] for r in table.rows] == [
        ["", "2019", "2020"],
        ["Chilean exports", "1,204", "1,377"],
        ["Norwegian exports", "812", "905"],
    ]
    check_offsets(doc)


def test_a_rendered_infobox_by_columns_gives_each_state_its_fields() -> None:
    # the states' names over lines that hold a label and one cell per state; numbered in the title's order
    text = (
        "Chile–Norway relations\nFrom Wikipedia, the free encyclopedia\n\nChile–Norway relations\n"
        "Map indicating locations of Norway and Chile\n\tNorway\tChile\n"
        "Diplomatic mission\tEmbassy of Norway, Santiago\tEmbassy of Chile, Oslo\n"
        "Envoy\tAmbassador Per Lund\tAmbassador Ana Rojas\n\n"
        "Chile–Norway relations are the relations between Chile and Norway.\n"
    )
    doc = parse_text(text, "chile-norway.txt", input_format="prose")
    assert not doc.tables
    assert sorted((f.key, f.value) for f in doc.infobox) == [
        ("envoy1", "Ambassador Ana Rojas"),
        ("envoy2", "Ambassador Per Lund"),
        ("mission1", "Embassy of Chile, Oslo"),
        ("mission2", "Embassy of Norway, Santiago"),
    ]
    check_offsets(doc)


def test_a_paragraph_just_over_a_copied_table_stays_prose_and_is_no_caption() -> None:
    text = (
        "Mongolia–Poland relations\n\nTrade\nTrade remains modest. In 2021 Poland exported goods worth "
        "PLN 300 million to Mongolia.[4]\nYear\tPolish exports\tPolish imports\n2019\t210\t15\n2020\t240\t12\n"
    )
    doc = parse_text(text, "mongolia-poland.txt", input_format="prose")
    (table,) = doc.tables
    assert table.caption is None
    assert [doc.plain_of(c) for c in table.header.cells] == ["Year", "Polish exports", "Polish imports"]
    assert [doc.quote(u) for u in doc.sentences] == [
        "Trade remains modest.",
        "In 2021 Poland exported goods worth PLN 300 million to Mongolia.[4]",
    ]
    check_offsets(doc)


def test_wikitable_cells_lose_their_attributes_and_spanning_cells_fill_the_rows_below() -> None:
    text = (
        "'''Mexico–Spain relations'''\n\n== Visits ==\n"
        '{| class="wikitable"\n! Year !! Visitor !! Place\n|-\n| rowspan="2" | 1978 || King Juan Carlos I || '
        '[[Mexico City]]\n|-\n| President José López Portillo || style="text-align:left" | [[Madrid]]\n'
        "|-\n| 2015 || King Felipe VI || Mexico City\n|}\n"
    )
    doc = parse_text(text, "mexico-spain.wiki")
    (table,) = doc.tables
    cells = [[doc.plain_of(c).strip() for c in r.cells] for r in table.rows]
    assert cells == [
        ["1978", "King Juan Carlos I", "Mexico City"],
        ["1978", "President José López Portillo", "Madrid"],
        ["2015", "King Felipe VI", "Mexico City"],
    ]
    check_offsets(doc)


def test_a_see_also_hatnote_alone_on_its_line_is_a_hatnote_unit_of_its_titles() -> None:
    text = (
        "'''Chile–Japan relations'''\n\n== History ==\n{{See also|Japanese immigration to Chile|Chile–Japan "
        "Free Trade Agreement|label1=Immigration}}\nThe two states established relations in 1897.\n"
    )
    doc = parse_text(text, "chile-japan.wiki")
    (hat,) = [u for u in doc.units if u.kind == "hatnote"]
    assert doc.plain_of(hat) == "Japanese immigration to Chile;Chile–Japan Free Trade Agreement"
    assert [doc.quote(u) for u in doc.sentences][-1] == "The two states established relations in 1897."
    check_offsets(doc)


def test_prose_lines_that_are_no_sentences_one_under_the_other_are_a_list() -> None:
    text = (
        "Chile–Japan relations\n\nThe two states established relations in 1897.\n\nSee also\n\n"
        "Foreign relations of Chile\nForeign relations of Japan\n"
    )
    doc = parse_text(text, "chile-japan.txt", input_format="prose")
    assert [(u.section, doc.quote(u)) for u in doc.items] == [
        ("See also", "Foreign relations of Chile"),
        ("See also", "Foreign relations of Japan"),
    ]


def test_a_wikitable_with_two_header_rows_takes_the_lower_one_with_spans_filled() -> None:
    text = (
        "'''Chile–Japan relations'''\n\n== Trade ==\n"
        '{| class="wikitable"\n|+ Japanese trade with Chile (US$ million)\n'
        "! rowspan=2 | Year !! colspan=2 | Flow\n|-\n! Exports to Chile !! Imports from Chile\n|-\n"
        "| 2019 || {{nts|2,100}} || {{nts|7,300}}\n|}\n"
    )
    doc = parse_text(text, "chile-japan.wiki")
    (table,) = doc.tables
    assert table.header is not None
    assert [doc.plain_of(c).strip() for c in table.header.cells] == ["Year", "Exports to Chile", "Imports from Chile"]
    assert [[doc.plain_of(c).strip() for c in r.cells] for r in table.rows] == [["2019", "2,100", "7,300"]]


def test_a_rendered_infobox_copied_from_a_page_gives_one_field_per_state() -> None:
    text = (
        "Morocco–Spain relations\n\nMorocco\nSpain\nDiplomatic mission\n"
        "Embassy of Morocco, Madrid\tEmbassy of Spain, Rabat\nEnvoy\n"
        "Ambassador Karima Benyaich\tAmbassador Enrique Ojeda Vila\n\n"
        "History\nSpain recognised Morocco's independence on 7 April 1956.\n"
    )
    doc = parse_text(text, "morocco-spain.txt", input_format="prose")
    fields = [(f.key, f.value) for f in doc.infobox]
    assert fields == [
        ("mission1", "Embassy of Morocco, Madrid"),
        ("mission2", "Embassy of Spain, Rabat"),
        ("envoy1", "Ambassador Karima Benyaich"),
        ("envoy2", "Ambassador Enrique Ojeda Vila"),
    ]
    check_offsets(doc)


def test_see_also_and_references_are_headings_even_with_their_lines_right_under_them() -> None:
    text = (
        "Brazil–Uruguay relations\n\nThe two states share a long border.\n\nSee also\nForeign relations of Brazil\n"
        "Brazil–Uruguay border\n\nReferences\n^ \"Relações bilaterais\". Retrieved 3 May 2019.\n"
    )
    doc = parse_text(text, "brazil-uruguay.txt", input_format="prose")
    assert [s.title for s in doc.sections] == ["Brazil–Uruguay relations", "See also", "References"]
    assert [doc.quote(u) for u in doc.items] == ["Foreign relations of Brazil", "Brazil–Uruguay border"]


def test_headings_of_dated_lists_in_a_copied_page_without_blank_lines() -> None:
    text = (
        "Sweden–Vietnam relations\n\nVisits\nThe King paid a state visit to Vietnam in November 2013.[4]\n"
        "Visits from Vietnam to Sweden\n1977 – Prime Minister Pham Van Dong\n2019 – a ministry delegation\n"
        "Visits from Sweden to Vietnam\nOctober 2004 – Prime Minister Göran Persson\n"
    )
    doc = parse_text(text, "sweden-vietnam.txt", input_format="prose")
    assert [(u.section, doc.quote(u)) for u in doc.items] == [
        ("Visits from Vietnam to Sweden", "1977 – Prime Minister Pham Van Dong"),
        ("Visits from Vietnam to Sweden", "2019 – a ministry delegation"),
        ("Visits from Sweden to Vietnam", "October 2004 – Prime Minister Göran Persson"),
    ]


def test_a_heading_right_after_an_image_caption_in_a_copied_page() -> None:
    text = (
        "Sweden–Vietnam relations\n\nOlof Palme visiting the construction site\nDevelopment cooperation\n"
        "The best-known Swedish project was the Bai Bang pulp and paper mill, agreed in 1974 and inaugurated in 1982.\n"
    )
    doc = parse_text(text, "sweden-vietnam.txt", input_format="prose")
    assert [s.title for s in doc.sections] == ["Sweden–Vietnam relations", "Development cooperation"]


def test_a_rendered_heading_with_its_edit_link_opens_a_section_and_a_hatnote_stands_alone() -> None:
    text = (
        "Chile–Japan relations\n\nFrom Wikipedia, the free encyclopedia\n\nChile and Japan are Pacific states.\n\n"
        "History[edit]\nMain article: Japanese immigration to Chile\n"
        "Chile and Japan established diplomatic relations in 1897.[1] Japan opened a legation in 1909.\n\n"
        "Trade [edit]\nIn 2019 trade amounted to 8.2 billion US dollars.[2]\n"
    )
    doc = parse_text(text, "chile-japan.txt", input_format="prose")
    titles = [s.title for s in doc.sections]
    assert "History" in titles and "Trade" in titles
    assert not any("edit" in t or "Main article" in t for t in titles)
    history = [doc.quote(u) for u in doc.units if u.section == "History"]
    assert history[:2] == [
        "Main article: Japanese immigration to Chile",
        "Chile and Japan established diplomatic relations in 1897.[1]",
    ]


def test_pointer_lines_of_a_copied_page_are_hatnotes_that_state_nothing_but_see_also() -> None:
    from bilateral.pipeline import extract_doc

    text = (
        "Chile–Japan relations\n\nFrom Wikipedia, the free encyclopedia\n\nChile and Japan are Pacific states.\n\n"
        "Diplomatic missions[edit]\nMain article: List of diplomatic missions of Japan\n"
        "Japan has an embassy in Santiago.\n\n"
        "History[edit]\nSee also: Japanese immigration to Chile; Foreign relations of Chile.\n"
        "Chile and Japan established diplomatic relations in 1897.\n"
    )
    doc = parse_text(text, "chile-japan.txt", input_format="prose")
    assert [u.kind for u in doc.units if doc.quote(u).startswith(("Main article", "See also"))] == ["hatnote"] * 2
    document, _ = extract_doc(doc)
    missions = [(f["sender"], f["city"]) for f in document["facts"] if f["type"] == "mission"]
    assert missions == [("JP", "Santiago")]
    titles = [f["title"] for f in document["facts"] if f["type"] == "see_also"]
    assert titles == ["Japanese immigration to Chile", "Foreign relations of Chile"]


def test_a_dated_list_copied_without_blank_lines_keeps_its_headings_and_the_next_section() -> None:
    text = (
        "Chile–Peru relations\n\nVisits\nMichelle Bachelet visited Lima in 2015.[3]\n"
        "Visits from Chile to Peru\nMay 2015 – President Michelle Bachelet\nJuly 2019 – President Sebastián Piñera\n"
        "Trade\nIn 2019 trade amounted to 3.1 billion US dollars.\n"
        "Source: Central Bank of Chile\nPorts\nMain article: Port of Arica\nArica serves Bolivian trade.\n"
    )
    doc = parse_text(text, "chile-peru.txt", input_format="prose")
    titles = [s.title for s in doc.sections]
    assert titles[1:] == ["Visits", "Visits from Chile to Peru", "Trade", "Ports"]
    items = [doc.quote(u) for u in doc.units if u.kind == "item"]
    assert items == ["May 2015 – President Michelle Bachelet", "July 2019 – President Sebastián Piñera"]


def test_a_list_of_visits_ending_at_a_heading_with_its_edit_link_is_a_list() -> None:
    # a copied page without blank lines: the visit lines carry their year inside brackets, and the next section's
    # heading, still with its "[edit]" link, ends the list
    text = (
        "Finland–United States relations\nFrom Wikipedia, the free encyclopedia\n"
        "Finland and the United States established diplomatic relations in 1919.\nHigh-level visits[edit]\n"
        "The presidents of both states have met many times.\nVisits from the United States to Finland\n"
        "President Donald Trump (Helsinki, 2018)\nSecretary of State Mike Pompeo (Rovaniemi, 2019)\n"
        "Economic relations[edit]\nThe United States is among Finland's largest trading partners.\n"
    )
    doc = parse_text(text, "finland-united-states.txt", input_format="prose")
    assert [(u.section, doc.quote(u)) for u in doc.items] == [
        ("Visits from the United States to Finland", "President Donald Trump (Helsinki, 2018)"),
        ("Visits from the United States to Finland", "Secretary of State Mike Pompeo (Rovaniemi, 2019)"),
    ]


@pytest.mark.parametrize("text", ["- ", "\u2010 ", "- \n- Norway"])
def test_an_item_of_its_marker_alone_has_empty_plain_text_inside_its_span(text: str) -> None:
    # (found by the span property test: "‐ " normalizes to "- ", whose content would start past the item's end)
    doc = parse_text(text, "fuzz.txt", "seed")
    items = [u for u in doc.units if u.kind == "item"]
    assert items
    first = items[0]
    assert first.pstart <= first.pend
    assert doc.plain_of(first) == ""
    assert doc.quote(first).strip() == doc.quote(first)


def test_the_first_line_under_a_see_also_heading_with_its_edit_link_is_an_item() -> None:
    # (its next lines, one with a figure in it, looked like a dated list under a heading of their own)
    text = (
        "Chile–Japan relations\n\nFrom Wikipedia, the free encyclopedia\n\nChile and Japan are Pacific states.\n\n"
        "See also[edit]\nJapan–Peru relations\nJapanese immigrants of the 1900s\nNikkei in Chile\n\n"
        "References[edit]\n^ A source. Retrieved 2 April 2024.\n"
    )
    doc = parse_text(text, "chile-japan.txt", input_format="prose")
    items = [doc.quote(u) for u in doc.units if u.kind == "item"]
    assert items == ["Japan–Peru relations", "Japanese immigrants of the 1900s", "Nikkei in Chile"]
    assert all(u.section == "See also" for u in doc.units if u.kind == "item")
