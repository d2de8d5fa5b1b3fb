"""Trade from tables and sentences, table-driven.

Tables: header detection, year rows, flow columns in many wordings, the unit from the header, the caption or a
note row, the source from a note row; a ``-`` or empty cell is no fact; no stated unit gives ``unit: null``;
import + export that does not add up to the turnover is a note (a warning), never a failure.
Sentences: flows and directions from the words around an amount, qualifiers into ``approximate``,
percentages and multipliers never read as money.

Key fields (FACTS.md): direction of the goods (reporter, partner, flow), period, value; unit carried.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import extract, matching, of_type, prose, run, seed


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def _figures(document: dict[str, Any]) -> set[tuple[Any, ...]]:
    return {
        (f["reporter"], f["partner"], f["flow"], f["period"], f["value"], f["unit"]) for f in of_type(document, "trade")
    }


CZ_AT = "Czech Republic–Austria relations"

TABLES = [
    # flows named with the partner ("exports to X"), a unit note row after the data, a dash and an empty cell
    (
        "| Year | Czech exports to Austria | Czech imports from Austria | Total |\n"
        "| 2019 | 8 512,4 | 5 120,0 | 13 632,4 |\n"
        "| 2020 | 7 904,1 | - | |\n"
        "| in million EUR | | | |\n",
        {
            ("CZ", "AT", "export", "2019", 8512.4, "million EUR"),
            ("CZ", "AT", "import", "2019", 5120.0, "million EUR"),
            ("CZ", "AT", "turnover", "2019", 13632.4, "million EUR"),
            ("CZ", "AT", "export", "2020", 7904.1, "million EUR"),
        },
        None,
    ),
    # unit from the caption, thousands separators, "Period" header, source note row
    (
        "| Trade between the Czech Republic and Austria (thousand US dollars) | | | |\n"
        "| Period | Export | Import | Turnover |\n"
        "| 2018 | 1,250.5 | 980.2 | 2,230.7 |\n"
        "| Source: Czech Statistical Office | | | |\n",
        {
            ("CZ", "AT", "export", "2018", 1250.5, "thousand USD"),
            ("CZ", "AT", "import", "2018", 980.2, "thousand USD"),
            ("CZ", "AT", "turnover", "2018", 2230.7, "thousand USD"),
        },
        "Czech Statistical Office",
    ),
    # no unit anywhere: unit null, never a guess
    (
        "| Year | Exports | Imports |\n| 2021 | 410 | 385 |\n| 2022 | 455 | 402 |\n",
        {
            ("CZ", "AT", "export", "2021", 410.0, None),
            ("CZ", "AT", "import", "2021", 385.0, None),
            ("CZ", "AT", "export", "2022", 455.0, None),
            ("CZ", "AT", "import", "2022", 402.0, None),
        },
        None,
    ),
    # unit in every header cell, "Trade volume" as turnover, "mln"
    (
        "| Year | Exports, USD mln | Imports, USD mln | Trade volume, USD mln |\n| 2017 | 12.5 | 7.25 | 19.75 |\n",
        {
            ("CZ", "AT", "export", "2017", 12.5, "million USD"),
            ("CZ", "AT", "import", "2017", 7.25, "million USD"),
            ("CZ", "AT", "turnover", "2017", 19.75, "million USD"),
        },
        None,
    ),
    # the reporter from the caption's possessive; "Total trade"; a decimal comma; Extracted from → source
    (
        "| Austria's trade with the Czech Republic, in million euros | | | |\n"
        "| Year | Imports | Exports | Total trade |\n"
        "| 2022 | 9 310,2 | 7 120,9 | 16 431,1 |\n"
        "| Extracted from Statistik Austria | | | |\n",
        {
            ("AT", "CZ", "import", "2022", 9310.2, "million EUR"),
            ("AT", "CZ", "export", "2022", 7120.9, "million EUR"),
            ("AT", "CZ", "turnover", "2022", 16431.1, "million EUR"),
        },
        "Statistik Austria",
    ),
    # a period row of months, a bare year row, the unit alone in a note row in parentheses
    (
        "| Period | Exports | Imports |\n"
        "| January–November 2024 | 120.5 | 98.1 |\n"
        "| 2023 | 130.0 | 101.2 |\n"
        "| (USD thousand) | | |\n",
        {
            ("CZ", "AT", "export", "2024-01/2024-11", 120.5, "thousand USD"),
            ("CZ", "AT", "import", "2024-01/2024-11", 98.1, "thousand USD"),
            ("CZ", "AT", "export", "2023", 130.0, "thousand USD"),
            ("CZ", "AT", "import", "2023", 101.2, "thousand USD"),
        },
        None,
    ),
    # the turnover column first, its unit in its own header cell
    (
        "| Year | Trade turnover (thousand USD) | Export | Import |\n| 2015 | 5 093,8 | 3 000,0 | 2 093,8 |\n",
        {
            ("CZ", "AT", "turnover", "2015", 5093.8, "thousand USD"),
            ("CZ", "AT", "export", "2015", 3000.0, "thousand USD"),
            ("CZ", "AT", "import", "2015", 2093.8, "thousand USD"),
        },
        None,
    ),
    # "n/a" is no fact
    (
        "| Year | Export ($ thousand) | Import ($ thousand) |\n| 2018 | 95 000 | 48 500 |\n| 2019 | n/a | 51 200 |\n",
        {
            ("CZ", "AT", "export", "2018", 95000.0, "thousand USD"),
            ("CZ", "AT", "import", "2018", 48500.0, "thousand USD"),
            ("CZ", "AT", "import", "2019", 51200.0, "thousand USD"),
        },
        None,
    ),
    pytest.param(
        "| Year | Turnover | Export | Import |\n"
        "| 2020 | 250.1 | 180.0 | 70.1 |\n"
        "| (in millions of US dollars; source: Czech Statistical Office) | | | |\n",
        {
            ("CZ", "AT", "turnover", "2020", 250.1, "million USD"),
            ("CZ", "AT", "export", "2020", 180.0, "million USD"),
            ("CZ", "AT", "import", "2020", 70.1, "million USD"),
        },
        "Czech Statistical Office",
        marks=_xfail(
            "a note row giving unit and source together ('(in millions of US dollars; source: X)') loses the source"
        ),
    ),
]


@pytest.mark.parametrize(("table", "expected", "source"), TABLES)
def test_trade_tables(table: str, expected: set[tuple[Any, ...]], source: str | None) -> None:
    document = extract(seed(CZ_AT, "== Trade ==\n" + table))
    assert _figures(document) == expected
    for f in of_type(document, "trade"):
        assert f["source"] == source
        assert f["unit_inferred"] is False
        quote = f["evidence"][0]["quote"]
        assert len(f["evidence"]) == 1 and quote.startswith("| ") and f["period"][:4] in quote  # the data row
        assert f["evidence"][0]["section"] == "Trade"


@pytest.mark.parametrize(
    "table",
    [
        "| Flow | 2021 | 2022 |\n| Exports | 410 | 455 |\n| Imports | 385 | 402 |\n| million EUR | | |\n",
        "| Czech trade with Austria (million EUR) |\n| Flow | 2021 | 2022 |\n| Exports | 410 | 455 |\n"
        "| Imports | 385 | 402 |\n| Balance | 25 | 53 |\n",
    ],
)
def test_a_transposed_table_gives_a_figure_per_flow_and_period(table: str) -> None:
    """Years as columns, flows as rows: each figure's evidence is its row and the row of the years."""
    document = extract(seed(CZ_AT, "== Trade ==\n" + table))
    assert _figures(document) == {
        ("CZ", "AT", "export", "2021", 410.0, "million EUR"),
        ("CZ", "AT", "export", "2022", 455.0, "million EUR"),
        ("CZ", "AT", "import", "2021", 385.0, "million EUR"),
        ("CZ", "AT", "import", "2022", 402.0, "million EUR"),
    }
    for f in of_type(document, "trade"):
        quotes = [e["quote"] for e in f["evidence"]]
        assert any(f["period"] in q for q in quotes) and any(str(int(f["value"])) in q for q in quotes)


def test_a_table_by_financial_year_takes_the_reporter_s_fiscal_year() -> None:
    document = extract(
        seed(
            "India–South Africa relations",
            "== Trade ==\n| India's trade with South Africa by financial year (billion US dollars, rounded; Indian "
            "Ministry of Commerce) | | | |\n| Year | Exports | Imports | Total |\n| 2021–22 | 6.0 | 9.8 | 15.8 |\n",
        )
    )
    trade = of_type(document, "trade")
    assert {(f["flow"], f["period"]) for f in trade} == {
        ("export", "2021-04/2022-03"),
        ("import", "2021-04/2022-03"),
        ("turnover", "2021-04/2022-03"),
    }
    assert {f["source"] for f in trade} == {"Indian Ministry of Commerce"}


def test_wiki_table_with_a_dash() -> None:
    text = (
        "{{Infobox bilateral relations|Georgia–Ukraine|Georgia|Ukraine}}\n"
        "'''Georgia–Ukraine relations''' are the relations between [[Georgia (country)|Georgia]] and [[Ukraine]].\n\n"
        "== Trade ==\n"
        '{| class="wikitable"\n|+ Georgia\'s trade with Ukraine, million USD\n! Year !! Export !! Import\n'
        "|-\n| 2020 || 120.4 || 410.9\n|-\n| 2021 || 150.2 || -\n|}\n"
    )
    document = extract(text, "wiki")
    assert _figures(document) == {
        ("GE", "UA", "export", "2020", 120.4, "million USD"),
        ("GE", "UA", "import", "2020", 410.9, "million USD"),
        ("GE", "UA", "export", "2021", 150.2, "million USD"),
    }


def test_a_flow_spanning_two_columns_gives_a_commodity_and_the_total() -> None:
    text = (
        "{{Infobox bilateral relations|Chile–Peru|Chile|Peru}}\n"
        "'''Chile–Peru relations''' are the relations between [[Chile]] and [[Peru]].\n\n"
        "== Trade ==\n"
        '{| class="wikitable"\n|+ Chile\'s trade with Peru (million US$)\n'
        '! rowspan="2" | Year !! colspan="2" | Exports !! rowspan="2" | Imports\n|-\n! Copper !! Total\n'
        "|-\n| 2020 || 310.5 || 1,402.0 || 960.1\n|-\n| 2021 || 355.0 || 1,618.7 || –\n|}\n"
    )
    document = extract(text, "wiki")
    got = {(f["flow"], f["period"], f["value"], f["commodity"]) for f in of_type(document, "trade")}
    assert got == {
        ("export", "2020", 310.5, "copper"),
        ("export", "2020", 1402.0, None),
        ("import", "2020", 960.1, None),
        ("export", "2021", 355.0, "copper"),
        ("export", "2021", 1618.7, None),
    }


def test_split_years_in_a_table_are_the_reporter_s_financial_years() -> None:
    text = prose(
        "Fiji–New Zealand relations",
        "Trade\nNew Zealand trade with Fiji (million NZ$)\nYear\tExports to Fiji\tImports from Fiji\n"
        "2021–22\t540.2\t120.7\n2022–23\t611.9\t131.0\n",
    )
    document = extract(text, "prose")
    got = {(f["flow"], f["period"], f["value"]) for f in of_type(document, "trade")}
    assert ("export", "2021-07/2022-06", 540.2) in got and ("import", "2022-07/2023-06", 131.0) in got, got


def test_sum_mismatch_is_a_note_not_a_failure() -> None:
    table = (
        "| Year | Export | Import | Turnover |\n"
        "| 2019 | 1,300.0 | 1,000.0 | 2,500.0 |\n"  # 1300 + 1000 != 2500
        "| 2020 | 1,100.0 | 900.0 | 2,000.0 |\n"
    )
    document, notes = run(seed(CZ_AT, "== Trade ==\n" + table))
    assert len(of_type(document, "trade")) == 6  # every figure is kept
    mismatch = [n for n in notes if "2500" in n or "2,500" in n]
    assert len(mismatch) == 1, notes
    assert not [n for n in notes if "2000" in n]


SENTENCES = [
    (
        "In 2021 bilateral trade turnover amounted to approximately US$14.2 billion.",
        {"flow": "turnover", "period": "2021", "value": 14.2, "unit": "billion USD", "approximate": True},
    ),
    (
        "In 2018 trade between the two countries was worth nearly 1,928.3 million dollars, up 2.46% from the "
        "previous year.",
        {"flow": "turnover", "period": "2018", "value": 1928.3, "unit": "million USD", "approximate": True},
    ),
    (
        "The trade turnover in January–June 2023 was 5 093,8 thousand USD.",
        {"flow": "turnover", "period": "2023-01/2023-06", "value": 5093.8, "unit": "thousand USD"},
    ),
    (
        "Austrian exports to the Czech Republic reached €7.1 billion in 2022.",
        {"reporter": "AT", "partner": "CZ", "flow": "export", "period": "2022", "value": 7.1, "unit": "billion EUR"},
    ),
    (
        "In 2020 the Czech Republic imported goods worth 352,62 million euros from Austria.",
        {"reporter": "CZ", "partner": "AT", "flow": "import", "period": "2020", "value": 352.62},
    ),
    (
        "Czech exports to Austria amounted to over €9 bn in 2023.",
        {"reporter": "CZ", "flow": "export", "period": "2023", "value": 9.0, "approximate": True},
    ),
    (
        "In 2022 trade between the two countries amounted to $412.5 million, of which Czech exports were $310.2 "
        "million and imports $102.3 million.",
        {"reporter": "CZ", "partner": "AT", "flow": "import", "period": "2022", "value": 102.3},
    ),
    (
        "In 2022 trade between the two countries amounted to $412.5 million, of which Czech exports were $310.2 "
        "million and imports $102.3 million.",
        {"flow": "turnover", "period": "2022", "value": 412.5, "unit": "million USD"},
    ),
    (
        "Austria's exports to the Czech Republic amounted to EUR 95.4 million in 2021, and its imports from the "
        "Czech Republic to EUR 48.1 million.",
        {"reporter": "AT", "partner": "CZ", "flow": "import", "period": "2021", "value": 48.1, "unit": "million EUR"},
    ),
    (
        "In the first half of 2023 the trade turnover reached $210 million.",
        {"flow": "turnover", "period": "2023-01/2023-06", "value": 210.0},
    ),
    (
        "Trade fell from $500 million in 2014 to $260 million in 2016.",
        {"flow": "turnover", "period": "2014", "value": 500.0},
    ),
    (
        "Trade fell from $500 million in 2014 to $260 million in 2016.",
        {"flow": "turnover", "period": "2016", "value": 260.0},
    ),
    (
        "Bilateral trade totalled about 300 million US dollars in 2019 (according to the Czech Statistical Office).",
        {
            "flow": "turnover",
            "period": "2019",
            "value": 300.0,
            "approximate": True,
            "source": "Czech Statistical Office",
        },
    ),
    (
        "In 2019 trade reached USD 1.2bn.",
        {"flow": "turnover", "period": "2019", "value": 1.2, "unit": "billion USD"},
    ),
    (
        "In 2019 trade turnover amounted to approximately 1.5 mln US dollars.",
        {"flow": "turnover", "period": "2019", "value": 1.5, "unit": "million USD", "approximate": True},
    ),
    (
        "In 2019 the trade turnover was $1,2 billion.",
        {"flow": "turnover", "period": "2019", "value": 1.2, "unit": "billion USD"},
    ),
    (
        "In 2019 exports from Austria to the Czech Republic were worth S345,29 million.",
        {"reporter": "AT", "partner": "CZ", "flow": "export", "period": "2019", "value": 345.29, "unit": "million USD"},
    ),
    (
        "Trade between the countries totalled roughly 260,991.8 thousand dollars in 2012.",
        {"flow": "turnover", "period": "2012", "value": 260991.8, "unit": "thousand USD", "approximate": True},
    ),
    (
        "In 2016 the Czech Republic exported machinery worth $120 million to Austria.",
        {"reporter": "CZ", "partner": "AT", "flow": "export", "period": "2016", "value": 120.0},
    ),
    pytest.param(
        "In 2016 the Czech Republic exported machinery worth $120 million to Austria.",
        {"flow": "export", "period": "2016", "value": 120.0, "commodity": "machinery"},
        marks=_xfail("the goods named in 'exported machinery worth $N' are not kept: commodity null"),
    ),
    (
        "Austrian exports to the Czech Republic reached €7.1 billion in 2022, while imports from the Czech "
        "Republic totalled €9.3 billion.",
        {"reporter": "AT", "partner": "CZ", "flow": "import", "period": "2022", "value": 9.3},
    ),
]


def _goods(f: dict[str, Any]) -> tuple[Any, Any] | None:
    """Where the goods go, as the scorer compares trade: (from, to), or the unordered pair of a turnover."""
    if f["flow"] == "export":
        return (f["reporter"], f["partner"])
    if f["flow"] == "import":
        return (f["partner"], f["reporter"])
    return None


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_trade_sentences(sentence: str, expected: dict[str, Any]) -> None:
    document = extract(seed(CZ_AT, "== Economy ==\n" + sentence))
    want = dict(expected)
    reporter, partner = want.pop("reporter", None), want.pop("partner", None)
    found = matching(document, "trade", **want)
    if reporter and partner:
        direction = _goods({"flow": want["flow"], "reporter": reporter, "partner": partner})
        found = [f for f in found if _goods(f) == direction]
    elif reporter:
        found = [f for f in found if f["reporter"] == reporter]
    assert found, (expected, of_type(document, "trade"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade grew 2.2× between 2010 and 2020.",
        "Austria's share of Czech exports rose to 4.6% in 2021.",
        "Trade fell sharply in 2009 because of the financial crisis.",
    ],
)
def test_no_money_no_trade_fact(sentence: str) -> None:
    assert not of_type(extract(seed(CZ_AT, "== Economy ==\n" + sentence)), "trade")


@pytest.mark.parametrize(
    "header",
    [
        "| Year | Exports to the Czech Republic | Imports from the Czech Republic |",
        "| Year | Export from Austria | Import to Austria |",
        "| Year | Austrian exports | Austrian imports |",
    ],
)
def test_header_states_the_reporter(header: str) -> None:
    document = extract(seed(CZ_AT, f"== Trade ==\n{header}\n| 2018 | 95 | 48 |\n"))
    goods = {(_goods(f), f["value"]) for f in of_type(document, "trade")}
    assert goods == {(("AT", "CZ"), 95.0), (("CZ", "AT"), 48.0)}


def test_possessive_headers_and_financial_year_rows() -> None:
    text = seed(
        "India–Estonia relations",
        "== Trade ==\n| Year | India's exports | India's imports | Total |\n| 2017–18 | 45.6 | 62.1 | 107.7 |\n"
        "| 2018–19 | 52.3 | 70.0 | 122.3 |\n| Figures in US$ million | | | |\n",
    )
    trade = of_type(extract(text), "trade")
    got = {(f["reporter"], f["partner"], f["flow"], f["period"][:4], f["value"], f["unit"]) for f in trade}
    assert got == {
        ("IN", "EE", "export", "2017", 45.6, "million USD"),
        ("IN", "EE", "import", "2017", 62.1, "million USD"),
        ("IN", "EE", "turnover", "2017", 107.7, "million USD"),
        ("IN", "EE", "export", "2018", 52.3, "million USD"),
        ("IN", "EE", "import", "2018", 70.0, "million USD"),
        ("IN", "EE", "turnover", "2018", 122.3, "million USD"),
    }
    # a financial year spans two calendar years: never a single year
    assert all("/" in f["period"] for f in trade)


def test_reporter_from_a_possessive_in_a_sentence() -> None:
    text = seed(
        "India–Estonia relations",
        "In 2018 India's exports to Estonia were worth US$ 62.4 million and imports from Estonia US$ 72.1 million.",
    )
    trade = of_type(extract(text), "trade")
    assert {(_goods(f), f["value"]) for f in trade} == {(("IN", "EE"), 62.4), (("EE", "IN"), 72.1)}


def test_a_range_is_not_two_figures() -> None:
    document = extract(seed(CZ_AT, "In 2019 trade between the countries was between $100 and $120 million."))
    assert len(matching(document, "trade", period="2019")) <= 1, of_type(document, "trade")


LV_UZ = "Latvia–Uzbekistan relations"


def test_reporter_from_according_to_statistics() -> None:
    document = extract(
        seed(LV_UZ, "According to Latvian statistics, exports to Uzbekistan totalled €41 million in 2022.")
    )
    assert {(_goods(f), f["value"], f["period"]) for f in of_type(document, "trade")} == {(("LV", "UZ"), 41.0, "2022")}


def test_fronted_according_to_names_the_source() -> None:
    document = extract(
        seed(
            LV_UZ,
            "According to the State Statistics Committee of Uzbekistan, trade with Latvia "
            "reached $98.7 million in 2021.",
        )
    )
    assert matching(document, "trade", value=98.7, source="State Statistics Committee of Uzbekistan")


def test_coordinated_verbs_share_their_subject() -> None:
    document = extract(
        seed(
            LV_UZ,
            "In 2020 Uzbekistan exported cotton worth 12 million dollars to Latvia and "
            "imported pharmaceuticals worth 30 million dollars.",
        )
    )
    assert {(_goods(f), f["value"]) for f in of_type(document, "trade")} == {(("UZ", "LV"), 12.0), (("LV", "UZ"), 30.0)}


def test_a_note_line_below_a_table_gives_its_unit() -> None:
    from bilateral.document.load import parse_text
    from bilateral.pipeline import extract_doc

    text = (
        "= Chile–Japan relations =\n\n== Trade ==\n"
        "| Year | Chilean exports to Japan | Chilean imports from Japan |\n"
        "| 2018 | 7,300 | 2,000 |\n| 2022 | 9,600 | 2,400 |\n"
        "Note: rounded figures in million US dollars, from Chilean customs statistics.\n"
    )
    document, _ = extract_doc(parse_text(text, "cl-jp.txt"))
    trade = [f for f in document["facts"] if f["type"] == "trade"]
    assert len(trade) == 4
    assert {f["unit"] for f in trade} == {"million USD"}


def test_a_financial_year_column_takes_the_reporters_fiscal_year() -> None:
    from bilateral.document.load import parse_text
    from bilateral.pipeline import extract_doc

    text = (
        "= Bangladesh–India relations =\n\n== Trade ==\n"
        "| Bangladesh–India trade (million US dollars) | | |\n"
        "| Financial year | India's exports | India's imports |\n"
        "| 2020–21 | 9,690 | 1,280 |\n"
    )
    document, _ = extract_doc(parse_text(text, "bd-in.txt"))
    periods = {(f["reporter"], f["period"]) for f in document["facts"] if f["type"] == "trade"}
    assert periods == {("IN", "2020-04/2021-03")}


def test_a_short_line_above_a_table_is_its_caption() -> None:
    from bilateral.document.load import parse_text
    from bilateral.pipeline import extract_doc

    text = (
        "= Estonia–Portugal relations =\n\n== Trade ==\n"
        "Trade between Estonia and Portugal (million euros, Statistics Estonia)\n"
        "| Year | Export | Import |\n| 2021 | 52.1 | 98.4 |\n"
    )
    document, _ = extract_doc(parse_text(text, "ee-pt.txt"))
    trade = [f for f in document["facts"] if f["type"] == "trade"]
    assert {(f["unit"], f["source"]) for f in trade} == {("million EUR", "Statistics Estonia")}
    assert len(trade) == 2


def test_columns_headed_by_the_two_states_are_the_goods_each_sells_the_other() -> None:
    text = (
        "'''Chile–China relations''' are the relations between Chile and China.\n\n== Trade ==\n"
        '{| class="wikitable"\n|+ Trade between Chile and China, million US$\n'
        "! Year !! Chile to China !! China to Chile !! Total\n|-\n| 2020 || 25,000 || 15,000 || 40,000\n|}\n"
    )
    got = {(f["reporter"], f["partner"], f["flow"], f["value"]) for f in of_type(extract(text, "wiki"), "trade")}
    assert got == {("CL", "CN", "export", 25000.0), ("CN", "CL", "export", 15000.0), ("CL", "CN", "turnover", 40000.0)}


@pytest.mark.parametrize(
    ("title", "body", "unit"),
    [
        ("Guyana–Suriname relations", "Guyanese exports to Suriname came to about G$9 billion in 2021.", "billion GYD"),
        (
            "Egypt–Tunisia relations",
            "Tunisian imports from Egypt came to about 1.1 billion dinars in 2021.",
            "billion TND",
        ),
        ("Cuba–Jamaica relations", "Cuban exports to Jamaica came to about 2 million pesos in 2018.", "million CUP"),
        (
            "Rwanda–Uganda relations",
            "Rwandan imports from Uganda came to 120 billion Rwandan francs in 2022.",
            "billion RWF",
        ),
        (
            "Mali–Senegal relations",
            "Senegalese exports to Mali came to about 500 billion francs in 2021.",
            "billion XOF",
        ),
        # a letter sign several currencies use is the pair's; signs of the dinar and the pa'anga
        ("India–Malawi relations", "Malawian imports from India came to K95 billion in 2021.", "billion MWK"),
        ("Botswana–India relations", "Botswanan exports to India came to P2.4 billion in 2021.", "billion BWP"),
        ("Egypt–Jordan relations", "Jordanian exports to Egypt came to JD 110 million in 2020.", "million JOD"),
        ("New Zealand–Tonga relations", "Tongan imports from New Zealand were T$150 million in 2019.", "million TOP"),
        # the Barbados dollar in capitals, the Iraqi dinar's letter sign, the East German foreign-trade mark
        ("Barbados–Canada relations", "Barbadian imports from Canada came to BDS$210 million in 2019.", "million BBD"),
        ("India–Iraq relations", "Iraqi imports from India came to ID 48 million in 1979.", "million IQD"),
        ("East Germany–India relations", "GDR exports to India came to 95 million Valutamark in 1980.", "million DDM"),
    ],
)
def test_a_currency_word_several_states_use_is_the_pairs(title: str, body: str, unit: str) -> None:
    assert [f["unit"] for f in of_type(extract(seed(title, body)), "trade")] == [unit]


def test_a_letter_sign_the_pair_does_not_decide_gives_no_money() -> None:
    assert not of_type(
        extract(seed("Chile–Norway relations", "Chilean exports to Norway came to K40 million in 2020.")), "trade"
    )


def test_a_currency_word_the_pair_does_not_decide_gives_no_money() -> None:
    # both states count in dinars: the word alone does not say whose
    assert not of_type(
        extract(seed("Libya–Tunisia relations", "Tunisian exports to Libya came to about 1.5 billion dinars in 2012.")),
        "trade",
    )


def test_a_fiscal_year_from_the_middle_of_a_month_runs_to_the_middle_of_it() -> None:
    # Nepal counts from mid-July: 2019/20 is July 2019 to July 2020
    document = extract(
        seed(
            "India–Nepal relations",
            "== Trade ==\n| Nepal's trade with India by fiscal year (billion NPR; Department of Customs) | | |\n"
            "| Year | Imports | Exports |\n| 2019/20 | 793.7 | 59.1 |\n",
        )
    )
    assert {(f["flow"], f["period"]) for f in of_type(document, "trade")} == {
        ("import", "2019-07/2020-07"),
        ("export", "2019-07/2020-07"),
    }


def test_the_iranian_year_ending_in_a_month_began_in_that_month() -> None:
    document = extract(
        seed(
            "Iran–Oman relations",
            "Iranian customs put Iran's exports to Oman at about 900 million US dollars in the Iranian year ending "
            "March 2023.",
        )
    )
    assert [f["period"] for f in of_type(document, "trade")] == ["2022-03/2023-03"]


def test_a_date_after_the_last_of_coordinated_figures_is_the_period_of_each() -> None:
    document = extract(
        seed(
            "Germany–Jamaica relations",
            "German statistics show exports to Jamaica of €120 million and imports of €40 million in 2022.",
        )
    )
    assert sorted((f["flow"], f["period"]) for f in of_type(document, "trade")) == [
        ("export", "2022"),
        ("import", "2022"),
    ]


def test_the_fiji_dollar_sign() -> None:
    document = extract(seed("Fiji–Japan relations", "Fijian exports to Japan were worth about F$60 million in 2022."))
    assert [f["unit"] for f in of_type(document, "trade")] == ["million FJD"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Chilean copper sold to Norway was worth about US$9 million in 2022.", {("CL", "export", 9.0)}),
        ("Chilean customs data put copper sales to Norway at about US$190 million in 2022.", {("CL", "export", 190.0)}),
        (
            "Norwegian statistics recorded imports from Chile worth NOK 48 million in 2021, while salmon sold to Chile "
            "earned about NOK 35 million that year.",
            {("NO", "import", 48.0), ("NO", "export", 35.0)},
        ),
        (
            "Norwegian figures put imports from Chile at NOK 9.7 million in 2021, and Norway's sales of fertilisers to "
            "Chile at about US$24 million in 2022.",
            {("NO", "import", 9.7), ("NO", "export", 24.0)},
        ),
        (
            "According to Chilean figures, copper shipped to Norway was worth 21 billion pesos in 2021.",
            {("CL", "export", 21.0)},
        ),
    ],
)
def test_goods_sold_or_shipped_to_the_other_state_are_exports(body: str, expected: set[Any]) -> None:
    got = {
        (f["reporter"], f["flow"], f["value"]) for f in of_type(extract(seed("Chile–Norway relations", body)), "trade")
    }
    assert got == expected


def test_a_fiscal_year_with_no_reporter_named_is_that_of_the_one_state_of_the_pair_that_keeps_its_own() -> None:
    body = (
        "According to the Ministry of Commerce, exports to Norway in fiscal year 2022–23 were US$647 million, of "
        "which rice accounted for about US$38 million."
    )
    facts = of_type(extract(seed("India–Norway relations", body)), "trade")
    assert {(f["reporter"], f["flow"], f["period"], f["value"]) for f in facts} == {
        ("IN", "export", "2022-04/2023-03", 647.0),
        ("IN", "export", "2022-04/2023-03", 38.0),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a state's own "sales" are its exports to the other
        ("In 2019 Chile's sales consisted mostly of fish meal, worth US$45 million.", ("CL", "export", "2019", 45.0)),
        # a state's "purchases" are its imports from the other
        (
            "Copper wire accounted for roughly US$80 million of Norway's purchases in 2021.",
            ("NO", "import", "2021", 80.0),
        ),
    ],
)
def test_a_states_sales_and_purchases_are_its_exports_and_imports(body: str, expected: tuple[Any, ...]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "trade")
    assert [(f["reporter"], f["flow"], f["period"], f["value"]) for f in facts] == [expected]


def test_czechoslovak_korunas_written_kcs_are_csk() -> None:
    body = (
        "== Trade ==\nBy Czechoslovak count, exports to Chile were worth 412 million Kčs in 1985 and imports from "
        "Chile 187 million."
    )
    facts = of_type(extract(seed("Chile–Czechoslovakia relations", body)), "trade")
    assert {(f["flow"], f["value"], f["unit"]) for f in facts} == {
        ("export", 412, "million CSK"),
        ("import", 187, "million CSK"),
    }


def test_malawian_kwacha_written_mk_before_a_scale_word() -> None:
    body = (
        "== Trade ==\nAccording to Malawi's statistics office, exports to Norway were worth MK 1.2 billion in 2006. "
        "The MK Group built a school in 2010."
    )
    facts = of_type(extract(seed("Malawi–Norway relations", body)), "trade")
    assert [(f["flow"], f["value"], f["unit"], f["period"]) for f in facts] == [("export", 1.2, "billion MWK", "2006")]
