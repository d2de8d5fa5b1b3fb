"""Facts through MediaWiki markup: links around names, places and organizations, references inside sentences,
date templates, wikitables; offsets always into the raw wikitext."""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import extract, matching, of_type

HEAD = (
    "{{Infobox bilateral relations|Georgia–Lithuania|Georgia|Lithuania}}\n"
    "'''Georgia–Lithuania relations''' are the relations between [[Georgia (country)|Georgia]] and "
    "[[Lithuania]].\n\n== History ==\n"
)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


ROWS = [
    (
        'President [[Valdas Adamkus]] visited [[Tbilisi]] on 5 October 2006.<ref name="mfa"/>',
        "event",
        {"date": "2006-10-05", "location": {"city": "Tbilisi"}, "participants": [{"name": "Valdas Adamkus"}]},
    ),
    (
        "[[Mikheil Saakashvili]], [[President of Georgia]], paid an official visit to [[Vilnius]] on 18–19 March 2004.",
        "event",
        {
            "date": "2004-03-18/2004-03-19",
            "location": {"city": "Vilnius"},
            "participants": [{"name": "Mikheil Saakashvili", "role": "head_of_state", "country": "GE"}],
        },
    ),
    (
        "Lithuania has an embassy in [[Tbilisi]].<ref>[http://ge.mfa.lt Embassy of Lithuania]</ref> Georgia has an "
        "embassy in [[Vilnius]].",
        "mission",
        {"sender": "GE", "receiver": "LT", "city": "Vilnius"},
    ),
    (
        "Both countries are members of the [[Council of Europe]] and the "
        "[[Organization for Security and Co-operation in Europe|OSCE]].",
        "membership",
        {"country": "LT", "organization": "Organization for Security and Cooperation in Europe"},
    ),
    (
        "Trade turnover reached [[United States dollar|US$]]120 million in 2019.",
        "trade",
        {"flow": "turnover", "period": "2019", "value": 120.0, "unit": "million USD"},
    ),
    (
        "In 2008 Lithuanian President [[Valdas Adamkus]] visited Tbilisi together with the presidents of "
        "[[Poland]], [[Ukraine]], [[Estonia]] and [[Latvia]].",
        "event",
        {
            "date": "2008",
            "location": {"city": "Tbilisi"},
            "participants": [{"name": "Valdas Adamkus", "country": "LT"}],
        },
    ),
    (
        "[[Lithuania]] recognized Georgia on {{dts|1991|12|30}}.",
        "recognition",
        {"subject": "LT", "object": "GE", "date": "1991-12-30"},
    ),
    (
        "Diplomatic relations were established on {{Start date|1992|10|16|df=y}}.<ref>{{cite web|url=http://x|"
        "title=Relations}}</ref>",
        "diplomatic_relations",
        {"event": "established", "date": "1992-10-16"},
    ),
    # a name linked to another language's article shows the name
    (
        "The Lithuanian ambassador {{ill|Giedrius Puodžiūnas|lt}} presented his credentials in Tbilisi on "
        "{{dts|2019|5|14}}.",
        "office",
        {"person": "Giedrius Puodžiūnas", "sender": "LT", "credentials": "2019-05-14"},
    ),
    # number templates show their number ({{val|72.4}}, {{nts|…}}, {{sort|key|shown}})
    (
        "In 2021 the trade turnover between the two countries amounted to €{{val|72.4}} million.",
        "trade",
        {"flow": "turnover", "period": "2021", "value": 72.4, "unit": "million EUR"},
    ),
    (
        "Trade reached {{circa}} [[Euro|€]]5 billion in 1990.",
        "trade",
        {"flow": "turnover", "period": "1990", "value": 5.0, "unit": "billion EUR", "approximate": True},
    ),
    (
        "Lithuania opened a consulate in [[Tbilisi]] {{circa|1920}}.",
        "mission",
        {"sender": "LT", "receiver": "GE", "city": "Tbilisi", "date": "1920~"},
    ),
    (
        # an HTML character reference reads as its character
        "In 2019 Lithuanian exports to Georgia were worth about €110&nbsp;million.",
        "trade",
        {"reporter": "LT", "flow": "export", "value": 110.0, "unit": "million EUR", "approximate": True},
    ),
]


@pytest.mark.parametrize(("body", "ftype", "expected"), ROWS)
def test_wiki_rows(body: str, ftype: str, expected: dict[str, Any]) -> None:
    document = extract(HEAD + body + "\n", "wiki")
    assert matching(document, ftype, **expected), (expected, of_type(document, ftype))


TABLE = (
    '{| class="wikitable"\n! Year !! Export to Georgia !! Import from Georgia\n|-\n| 2018 || 120.5 || 30.1\n'
    "|-\n| 2019 || {{n/a}} || 31.0\n|}\n"
)


def test_wiki_table_template_cell_is_no_fact() -> None:
    document = extract(HEAD + TABLE, "wiki")
    assert {(f["period"], f["value"]) for f in of_type(document, "trade")} == {
        ("2018", 120.5),
        ("2018", 30.1),
        ("2019", 31.0),
    }
    assert all(f["unit"] is None for f in of_type(document, "trade"))


def test_wiki_table_header_direction() -> None:
    document = extract(HEAD + TABLE, "wiki")
    exports = [f for f in of_type(document, "trade") if f["value"] == 120.5]
    assert len(exports) == 1
    f = exports[0]
    assert (f["reporter"], f["partner"], f["flow"]) in (("LT", "GE", "export"), ("GE", "LT", "import"))


def test_an_infobox_mission_in_a_town_the_gazetteer_lacks_keeps_the_town() -> None:
    document = extract(
        "{{Infobox bilateral relations\n| Palau–Taiwan\n| Palau\n| Taiwan\n"
        "| mission2 = [[Embassy of Taiwan, Koror]]\n}}\n"
        "'''Palau–Taiwan relations''' are the relations between [[Palau]] and [[Taiwan]].\n",
        "wiki",
    )
    assert matching(document, "mission", sender="TW", receiver="PW", city="Koror")


def test_a_year_spanning_two_rows_of_a_visits_table_dates_both_visits() -> None:
    table = (
        "== Visits ==\n"
        '{| class="wikitable"\n! Year !! Visitor !! Place\n|-\n| rowspan="2" | 2006 || President [[Valdas Adamkus]] '
        "|| [[Tbilisi]]\n|-\n| President [[Mikheil Saakashvili]] || [[Vilnius]]\n|}\n"
    )
    visits = {(f["date"], f["location"]["city"]) for f in of_type(extract(HEAD + table, "wiki"), "event")}
    assert visits == {("2006", "Tbilisi"), ("2006", "Vilnius")}


def test_a_mission_item_ending_in_a_colon_has_a_post_in_each_place_listed_under_it() -> None:
    body = (
        "== Diplomatic missions ==\n* Lithuania has an embassy in [[Tbilisi]] and honorary consulates in:\n"
        "** [[Batumi]]\n** [[Kutaisi]]\n"
    )
    found = {(f["kind"], f["city"]) for f in of_type(extract(HEAD + body, "wiki"), "mission") if f["sender"] == "LT"}
    assert found == {("embassy", "Tbilisi"), ("honorary_consulate", "Batumi"), ("honorary_consulate", "Kutaisi")}


def test_an_infobox_envoy_known_by_one_name_is_one_and_a_vacant_post_is_none() -> None:
    text = (
        "{{Infobox bilateral relations|Georgia–Lithuania|Georgia|Lithuania\n|envoy1 = Mayerfas\n|envoy2 = Vacant\n}}\n"
        "'''Georgia–Lithuania relations''' are the relations between Georgia and Lithuania.\n"
    )
    offices = [(f["person"], f["sender"]) for f in of_type(extract(text, "wiki"), "office")]
    assert offices == [("Mayerfas", "GE")]


def test_a_transposed_trade_table_takes_the_unit_from_its_row_label() -> None:
    table = (
        "== Trade ==\n"
        '{| class="wikitable"\n! Year !! 2019 !! 2020\n|-\n'
        "| Lithuanian exports to Georgia (€ million) || 110 || 95\n|}\n"
    )
    trade = {(f["period"], f["value"], f["unit"]) for f in of_type(extract(HEAD + table, "wiki"), "trade")}
    assert trade == {("2019", 110.0, "million EUR"), ("2020", 95.0, "million EUR")}


def test_a_visits_table_whose_visitor_column_is_headed_visit_and_whose_place_is_a_small_town() -> None:
    table = (
        "== Visits ==\n"
        '{| class="wikitable"\n! Date !! Visit !! Place\n|-\n'
        "| 10 October 2012 || President [[Valdas Adamkus]] at the memorial || Mtskheta\n|-\n"
        "| 25 August 2016 || President [[Giorgi Margvelashvili]] meets [[Dalia Grybauskaitė]] || Vilnius\n|}\n"
    )
    events = {(f["date"], (f["location"] or {}).get("city")) for f in of_type(extract(HEAD + table, "wiki"), "event")}
    assert events == {("2012-10-10", "Mtskheta"), ("2016-08-25", "Vilnius")}
