"""The dyad (from the title, the infobox or, in prose, the opening lines; short, official and former names and
demonyms) and see-also facts, in the three formats."""

from __future__ import annotations

import pytest
from extract_kit import extract, of_type

DYADS = [
    ("= Kingdom of Spain–Republic of Azerbaijan relations =\n\nThe two states cooperate.\n", None, ["ES", "AZ"]),
    ("= Türkiye–Azerbaijan relations =\n\nThe two states cooperate.\n", None, ["TR", "AZ"]),
    ("= Turkey–Azerbaijan relations =\n\nThe two states cooperate.\n", None, ["TR", "AZ"]),
    ("= Azerbaijani–Portuguese relations =\n\nThe two states cooperate.\n", None, ["AZ", "PT"]),
    ("= Portugal-Azerbaijan relations =\n\nA hyphen instead of a dash.\n", None, ["PT", "AZ"]),
    ("= Relations between Portugal and Azerbaijan =\n\nThe two states cooperate.\n", None, ["PT", "AZ"]),
    ("= Czechia–Slovakia relations =\n\nThe two states cooperate.\n", None, ["CZ", "SK"]),
    ("= United States–Mexico relations =\n\nThe two states cooperate.\n", None, ["US", "MX"]),
    ("= Democratic Republic of the Congo–Belgium relations =\n\nThey cooperate.\n", None, ["CD", "BE"]),
    ("= Ivory Coast–France relations =\n\nThe two states cooperate.\n", None, ["CI", "FR"]),
    ("= Macedonia–Greece relations =\n\nA former name.\n", None, ["MK", "GR"]),
    ("= Swaziland–South Africa relations =\n\nA former name.\n", None, ["SZ", "ZA"]),
    ("= Burma–Thailand relations =\n\nA former name.\n", None, ["MM", "TH"]),
    (
        "= Bilateral ties =\n\nInfobox\n- Country1: Estonia\n- Country2: Finland\n\nThey cooperate.\n",
        None,
        ["EE", "FI"],
    ),
    ("{{Infobox bilateral relations|Estonia–Finland|Estonia|Finland}}\nThey cooperate.\n", "wiki", ["EE", "FI"]),
    (
        "{{Infobox bilateral relations\n| country1 = Japan\n| country2 = United States\n}}\n"
        "The '''relations''' are old.\n",
        "wiki",
        ["JP", "US"],
    ),
    ("Relations\n\nThe relations between Estonia and Finland are close. They share a gulf.\n", "prose", ["EE", "FI"]),
    ("Finnish–Estonian relations\n\nThey are close.\n", "prose", ["FI", "EE"]),
    (
        "Estonia and Finland\n\nEstonia–Finland relations are the bilateral relations between Estonia and Finland.\n",
        "prose",
        ["EE", "FI"],
    ),
]


@pytest.mark.parametrize(("text", "fmt", "dyad"), DYADS)
def test_dyad(text: str, fmt: str | None, dyad: list[str]) -> None:
    assert extract(text, fmt)["dyad"] == dyad


@pytest.mark.parametrize(
    "text",
    [
        "= A history of the Baltic ferries =\n\nShips sailed often.\n",
        "= Estonia =\n\nEstonia is a country.\n",
    ],
)
def test_no_pair_gives_a_null_dyad_and_no_facts(text: str) -> None:
    document = extract(text)
    assert document["dyad"] is None
    assert document["facts"] == [] or all(f["type"] == "see_also" for f in document["facts"])


SEE_ALSO = [
    (
        "= Estonia–Finland relations =\n\nThey cooperate.\n\n== See also ==\n- Foreign relations of Estonia\n"
        "- Estlink\n- Estonians in Finland\n",
        None,
    ),
    (
        "'''Estonia–Finland relations''' are close.\n\n== See also ==\n* [[Foreign relations of Estonia]]\n"
        "* [[Estlink]]\n* [[Estonians in Finland|Estonians living in Finland]]\n",
        "wiki",
    ),
]


@pytest.mark.parametrize(("text", "fmt"), SEE_ALSO)
def test_see_also_titles(text: str, fmt: str | None) -> None:
    titles = [f["title"] for f in of_type(extract(text, fmt), "see_also")]
    assert titles[:2] == ["Foreign relations of Estonia", "Estlink"]
    assert titles[2] in ("Estonians in Finland", "Estonians living in Finland")
    assert len(titles) == 3


def test_see_also_only_from_its_section() -> None:
    text = "= Estonia–Finland relations =\n\n== Notes ==\n- Foreign relations of Estonia\n"
    assert not of_type(extract(text), "see_also")


def test_wiki_see_also_inside_column_templates_and_before_references() -> None:
    text = (
        "{{Infobox bilateral relations|Georgia–Lithuania|Georgia|Lithuania}}\n'''Georgia–Lithuania relations''' are "
        "close.\n\n== See also ==\n{{Portal|Georgia|Lithuania}}\n{{div col|colwidth=30em}}\n"
        "* [[Foreign relations of Georgia (country)|Foreign relations of Georgia]]\n"
        "* [[Foreign relations of Lithuania]]\n* [[Georgia–NATO relations]]\n{{div col end}}\n\n"
        "== References ==\n{{Reflist}}\n\n== External links ==\n"
        "* [http://www.mfa.gov.ge Ministry of Foreign Affairs of Georgia]\n"
    )
    titles = [f["title"] for f in of_type(extract(text, "wiki"), "see_also")]
    assert titles == ["Foreign relations of Georgia", "Foreign relations of Lithuania", "Georgia–NATO relations"]


def test_prose_pair_from_the_opening_lines() -> None:
    text = (
        "Relations between two Baltic neighbours\n\nLatvia and Lithuania have maintained diplomatic relations since "
        "1991. Lithuania has an embassy in Riga.\n\nSee also: Foreign relations of Latvia; Foreign relations of "
        "Lithuania\n"
    )
    document = extract(text, "prose")
    assert document["dyad"] == ["LV", "LT"]
    assert of_type(document, "mission")


def test_prose_see_also_line() -> None:
    text = (
        "Relations between two Baltic neighbours\n\nLatvia and Lithuania have maintained diplomatic relations since "
        "1991.\n\nSee also: Foreign relations of Latvia; Foreign relations of Lithuania\n"
    )
    titles = [f["title"] for f in of_type(extract(text, "prose"), "see_also")]
    assert titles == ["Foreign relations of Latvia", "Foreign relations of Lithuania"]


@pytest.mark.parametrize(
    ("title", "dyad"),
    [
        ("Sino-Indian relations", ["CN", "IN"]),
        ("Franco-German relations", ["FR", "DE"]),
        ("Indo-Pakistani relations", ["IN", "PK"]),
        ("Foreign relations between the Republic of Latvia and the Republic of Moldova", ["LV", "MD"]),
    ],
)
def test_combining_forms_and_wordier_titles(title: str, dyad: list[str]) -> None:
    document = extract(f"{title}\n\nThe two countries cooperate.\n", "prose")
    assert document["dyad"] == dyad


def test_a_see_also_hatnote_over_a_section_lists_its_articles() -> None:
    from bilateral.document.load import parse_text
    from bilateral.pipeline import extract_doc

    text = (
        "'''Chile–Japan relations'''\n\n== Trade ==\n{{See also|Chile–Japan Free Trade Agreement}}\n"
        "Trade reached 9 billion US dollars in 2019.\n"
    )
    document, _ = extract_doc(parse_text(text, "chile-japan.wiki"))
    titles = [f["title"] for f in document["facts"] if f["type"] == "see_also"]
    assert titles == ["Chile–Japan Free Trade Agreement"]
