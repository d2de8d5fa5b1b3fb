"""Missions, table-driven: resident and non-resident missions, honorary consulates, opened / closed / planned.

Each row is an article about a real pair in our own sentences, and the mission fact it must give (the key
fields of FACTS.md: sender, receiver, kind, resident, accredited_from.country, city, date; plus status).
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import check_row, extract, matching, of_type, seed


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


ROWS = [
    # resident missions, present tense
    (
        "Portugal–Brazil relations",
        "Portugal has an embassy in Brasília.",
        {"sender": "PT", "receiver": "BR", "kind": "embassy", "city": "Brasília", "resident": True, "status": "open"},
    ),
    (
        "Portugal–Brazil relations",
        "Portugal has an embassy in Brasília and consulates-general in Rio de Janeiro and São Paulo.",
        {"sender": "PT", "receiver": "BR", "kind": "consulate_general", "city": "São Paulo", "resident": True},
    ),
    (
        "Norway–Poland relations",
        "Poland maintains an embassy in Oslo.",
        {"sender": "PL", "receiver": "NO", "kind": "embassy", "city": "Oslo", "resident": True},
    ),
    (
        "Norway–Poland relations",
        "Norway is represented in Poland by its embassy in Warsaw.",
        {"sender": "NO", "receiver": "PL", "kind": "embassy", "city": "Warsaw", "resident": True},
    ),
    # opened, with a date
    (
        "Portugal–Brazil relations",
        "Brazil opened an embassy in Lisbon in 1825.",
        {"sender": "BR", "receiver": "PT", "kind": "embassy", "city": "Lisbon", "date": "1825", "status": "open"},
    ),
    (
        "Latvia–Georgia relations",
        "On 3 June 2005 Latvia opened its embassy in Tbilisi.",
        {"sender": "LV", "receiver": "GE", "kind": "embassy", "city": "Tbilisi", "date": "2005-06-03"},
    ),
    (
        "Latvia–Georgia relations",
        "The Georgian embassy in Riga has been operating since September 2006.",
        {"sender": "GE", "receiver": "LV", "kind": "embassy", "city": "Riga", "date": "2006-09"},
    ),
    # non-resident: accredited from a third state
    (
        "Iceland–Slovenia relations",
        "Iceland is accredited to Slovenia from its embassy in Vienna, Austria.",
        {
            "sender": "IS",
            "receiver": "SI",
            "kind": "embassy",
            "resident": False,
            "city": None,
            "accredited_from": {"city": "Vienna", "country": "AT"},
        },
    ),
    (
        "Iceland–Slovenia relations",
        "Slovenia's embassy in Copenhagen, Denmark, is also accredited to Iceland.",
        {"sender": "SI", "receiver": "IS", "resident": False, "accredited_from": {"country": "DK"}},
    ),
    (
        "Iceland–Slovenia relations",
        "Slovenia is represented in Iceland through its embassy in Copenhagen, Denmark.",
        {
            "sender": "SI",
            "receiver": "IS",
            "resident": False,
            "accredited_from": {"city": "Copenhagen", "country": "DK"},
        },
    ),
    (
        "Mexico–Estonia relations",
        "Mexico is accredited to Estonia from its embassy in Helsinki.",
        {"sender": "MX", "receiver": "EE", "resident": False, "accredited_from": {"city": "Helsinki", "country": "FI"}},
    ),
    (
        "Nepal–Norway relations",
        "Nepal is accredited to Norway from its embassy in Copenhagen.",
        {
            "sender": "NP",
            "receiver": "NO",
            "resident": False,
            "accredited_from": {"city": "Copenhagen", "country": "DK"},
        },
    ),
    (
        "Nepal–Norway relations",
        "Nepal does not have an embassy in Norway; its embassy in Copenhagen is accredited to Norway.",
        {
            "sender": "NP",
            "receiver": "NO",
            "resident": False,
            "accredited_from": {"city": "Copenhagen", "country": "DK"},
        },
    ),
    (
        "Nepal–Norway relations",
        "Norway's embassy in Kathmandu was closed in 2023, and Nepal is now covered from the Norwegian embassy in "
        "New Delhi.",
        {
            "sender": "NO",
            "receiver": "NP",
            "resident": False,
            "accredited_from": {"city": "New Delhi", "country": "IN"},
        },
    ),
    # the general shape: a post of one state in a third one, a linking verb, the other state
    (
        "Armenia–Lithuania relations",
        "Until 2020 the Lithuanian ambassador in Tbilisi covered Armenia.",
        {
            "sender": "LT",
            "receiver": "AM",
            "resident": False,
            "accredited_from": {"city": "Tbilisi"},
            "status": "closed",
        },
    ),
    (
        "Armenia–Lithuania relations",
        "Lithuania's ambassador to Georgia was also accredited to Armenia.",
        {"sender": "LT", "receiver": "AM", "resident": False, "accredited_from": {"city": None, "country": "GE"}},
    ),
    (
        "Armenia–Lithuania relations",
        "The Lithuanian embassy in Tbilisi also covers Armenia.",
        {"sender": "LT", "receiver": "AM", "resident": False, "accredited_from": {"city": "Tbilisi", "country": "GE"}},
    ),
    (
        "Armenia–Lithuania relations",
        "Armenia was covered by the Lithuanian embassy in Tbilisi until 2020.",
        {"sender": "LT", "receiver": "AM", "resident": False, "date": None, "status": "closed"},
    ),
    (
        "Nepal–Norway relations",
        "The Norwegian ambassador resident in New Delhi is also accredited to Nepal.",
        {"sender": "NO", "receiver": "NP", "resident": False, "accredited_from": {"country": "IN"}},
    ),
    (
        "Malta–Estonia relations",
        "Malta is represented in Estonia through a non-resident ambassador based in Valletta.",
        {"sender": "MT", "receiver": "EE", "resident": False, "accredited_from": {"city": "Valletta", "country": "MT"}},
    ),
    (
        "Nepal–Norway relations",
        "Norway's embassy in Kathmandu was closed in 2023.",
        {"sender": "NO", "receiver": "NP", "kind": "embassy", "city": "Kathmandu", "status": "closed", "date": None},
    ),
    (
        "Chile–Peru relations",
        "Peru has an embassy in Santiago and consulates in Arica, Calama and Valparaíso.",
        {"sender": "PE", "receiver": "CL", "kind": "consulate", "city": "Valparaíso"},
    ),
    (
        "Chile–Peru relations",
        "The Peruvian embassy in Santiago was reopened in 1935.",
        {"sender": "PE", "receiver": "CL", "kind": "embassy", "city": "Santiago", "date": "1935", "status": "open"},
    ),
    (
        "Iceland–Japan relations",
        "Japan established an embassy in Reykjavík in 2001, and Iceland opened its embassy in Tokyo the same year.",
        {"sender": "IS", "receiver": "JP", "kind": "embassy", "city": "Tokyo", "date": "2001"},
    ),
    (
        "Iceland–Japan relations",
        "The Embassy of Iceland in Tokyo has operated since 2001.",
        {"sender": "IS", "receiver": "JP", "kind": "embassy", "city": "Tokyo", "date": "2001", "status": "open"},
    ),
    (
        "Malta–Estonia relations",
        "In 2022, Malta announced plans to open an embassy in Tallinn.",
        {"sender": "MT", "receiver": "EE", "kind": "embassy", "city": "Tallinn", "status": "planned"},
    ),
    (
        "Estonia–Georgia relations",
        "An Estonian embassy has been working in Tbilisi since 2006.",
        {"sender": "EE", "receiver": "GE", "kind": "embassy", "city": "Tbilisi", "date": "2006"},
    ),
    pytest.param(
        "Estonia–Georgia relations",
        "Georgia opened an embassy in Tallinn in 2006, and Estonia opened one in Tbilisi in 2007.",
        {"sender": "EE", "receiver": "GE", "kind": "embassy", "city": "Tbilisi", "date": "2007"},
    ),
    pytest.param(
        "Estonia–Georgia relations",
        "Georgia is represented in Estonia by a non-resident ambassador in Helsinki.",
        {"sender": "GE", "receiver": "EE", "resident": False, "accredited_from": {"city": "Helsinki", "country": "FI"}},
    ),
    (
        "Finland–Japan relations",
        "Japan has maintained an embassy in Helsinki since 1962.",
        {"sender": "JP", "receiver": "FI", "kind": "embassy", "city": "Helsinki", "date": "1962", "status": "open"},
    ),
    pytest.param(
        "Finland–Japan relations",
        "The Finnish legation in Tokyo was upgraded to an embassy in 1962.",
        {"sender": "FI", "receiver": "JP", "kind": "embassy", "city": "Tokyo", "date": "1962"},
    ),
    (
        "Poland–Belarus relations",
        "The Polish consulate-general in Brest was closed in 2023.",
        {
            "sender": "PL",
            "receiver": "BY",
            "kind": "consulate_general",
            "city": "Brest",
            "status": "closed",
            "date": None,  # the closing ends the post; its date is the opening's (FACTS: "opened / operating since")
        },
    ),
    (
        "Spain–Azerbaijan relations",
        "Azerbaijan's embassy in Madrid was inaugurated on 20 June 2007.",
        {"sender": "AZ", "receiver": "ES", "kind": "embassy", "city": "Madrid", "date": "2007-06-20", "status": "open"},
    ),
    (
        "Spain–Azerbaijan relations",
        "An Azerbaijani trade office operates in Barcelona.",
        {"sender": "AZ", "receiver": "ES", "kind": "trade_office", "city": "Barcelona"},
    ),
    (
        "Libya–Italy relations",
        "Italy temporarily closed its embassy in Tripoli in 2015 and reopened it in January 2017.",
        # (the closing's year is no date of the post: a mission's date is its opening's)
        {"sender": "IT", "receiver": "LY", "kind": "embassy", "status": "closed", "date": None},
    ),
    (
        "Libya–Italy relations",
        "Italy temporarily closed its embassy in Tripoli in 2015 and reopened it in January 2017.",
        {"sender": "IT", "receiver": "LY", "kind": "embassy", "status": "open", "date": "2017-01"},
    ),
    (
        "Lithuania–Portugal relations",
        "Portugal's embassy in Vilnius was opened in 2006 and closed in 2012; it reopened in 2018.",
        {"sender": "PT", "receiver": "LT", "kind": "embassy", "city": "Vilnius", "status": "open", "date": "2018"},
    ),
    pytest.param(
        "Ukraine–Russia relations",
        "Ukraine's embassy in Moscow suspended its work in February 2022.",
        {"sender": "UA", "receiver": "RU", "kind": "embassy", "status": "closed", "date": "2022-02"},
    ),
    # honorary consulates
    (
        "Iceland–Slovenia relations",
        "Iceland has an honorary consulate in Ljubljana.",
        {"sender": "IS", "receiver": "SI", "kind": "honorary_consulate", "city": "Ljubljana", "resident": True},
    ),
    (
        "Czech Republic–Ireland relations",
        "Ireland has an honorary consulate in Brno.",
        {"sender": "IE", "receiver": "CZ", "kind": "honorary_consulate", "city": "Brno"},
    ),
    (
        "Czech Republic–Ireland relations",
        "Ireland has an honorary consul in Brno.",
        {"sender": "IE", "receiver": "CZ", "kind": "honorary_consulate"},
    ),
    # closed and planned
    (
        "Sweden–Belarus relations",
        "Sweden closed its embassy in Minsk in 2012.",
        {"sender": "SE", "receiver": "BY", "kind": "embassy", "city": "Minsk", "status": "closed", "date": None},
    ),
    pytest.param(
        "Mexico–Cuba relations",
        "Mexico closed its consulate in Santiago de Cuba in 2009.",
        {"sender": "MX", "receiver": "CU", "kind": "consulate", "status": "closed", "city": "Santiago de Cuba"},
    ),
    (
        "Mexico–Cuba relations",
        "Cuba plans to open a consulate-general in Cancún.",
        {"sender": "CU", "receiver": "MX", "kind": "consulate_general", "status": "planned"},
    ),
    # a date after the "and" before the next post is that post's
    (
        "Denmark–United States relations",
        "The United States is represented by an embassy in Copenhagen and, since 2020, a consulate in Nuuk.",
        {"sender": "US", "kind": "consulate", "city": "Nuuk", "date": "2020"},
    ),
    (
        "Denmark–United States relations",
        "The United States is represented by an embassy in Copenhagen and, since 2020, a consulate in Nuuk.",
        {"sender": "US", "kind": "embassy", "city": "Copenhagen", "date": None},
    ),
    (
        "Estonia–India relations",
        "Estonia intends to open an embassy in New Delhi.",
        {"sender": "EE", "receiver": "IN", "kind": "embassy", "city": "New Delhi", "status": "planned"},
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), ROWS)
def test_mission_rows(title: str, body: str, expected: dict[str, Any]) -> None:
    check_row(seed(title, body), "mission", expected)


NO_MISSION = [
    ("Armenia–Turkey relations", "Turkey has no embassy in Armenia."),
    ("Armenia–Turkey relations", "Armenia and Turkey have not established diplomatic relations."),
    ("Portugal–Brazil relations", "The embassy building in Lisbon was renovated by a Brazilian architect."),
]


@pytest.mark.parametrize(("title", "body"), NO_MISSION)
def test_no_mission(title: str, body: str) -> None:
    document = extract(seed(title, body))
    assert not matching(document, "mission", status="open", resident=True, sender="TR"), of_type(document, "mission")
    if "renovated" in body:
        assert not of_type(document, "mission")


@pytest.mark.parametrize("city", ["Hamburg", "Flensburg"])
def test_second_city_of_a_sentence_is_kept(city: str) -> None:
    """A consulate in a second, smaller city is placed there, never in the capital named before it."""
    document = extract(
        seed("Denmark–Germany relations", f"Denmark has an embassy in Berlin and a consulate-general in {city}.")
    )
    assert matching(document, "mission", sender="DK", receiver="DE", kind="embassy", city="Berlin")
    consulates = matching(document, "mission", sender="DK", receiver="DE", kind="consulate_general")
    assert [c["city"] for c in consulates] == [city], consulates


def test_missions_list_section_and_lead_give_one_fact() -> None:
    text = seed(
        "Denmark–Germany relations",
        "Germany has an embassy in Copenhagen.\n\n==Resident diplomatic missions==\n"
        "- Germany has an embassy in Copenhagen.\n- Denmark has an embassy in Berlin.",
    )
    document = extract(text)
    found = matching(document, "mission", sender="DE", receiver="DK", kind="embassy", city="Copenhagen")
    assert len(found) == 1
    assert len(found[0]["evidence"]) == 2
    assert {e["section"] for e in found[0]["evidence"]} >= {"Resident diplomatic missions"}
    assert matching(document, "mission", sender="DK", receiver="DE", kind="embassy", city="Berlin")


@pytest.mark.xfail(
    strict=True,
    reason="'X's ambassador to Y resides in C (in Y) and is concurrently accredited to …' "
    "gives a non-resident mission accredited from Y itself",
)
def test_an_envoy_residing_in_the_receiving_state_is_resident() -> None:
    text = seed(
        "Latvia–Uzbekistan relations",
        "Uzbekistan's ambassador to Latvia resides in Riga and is concurrently accredited to Estonia and Finland.",
    )
    missions = matching(extract(text), "mission", sender="UZ", receiver="LV")
    assert missions and all(m["resident"] and m["accredited_from"] is None for m in missions), missions


def test_honorary_consulate_with_opening_year() -> None:
    check_row(
        seed("Latvia–Uzbekistan relations", "Uzbekistan has an honorary consulate in Liepāja, opened in 2018."),
        "mission",
        {"sender": "UZ", "receiver": "LV", "kind": "honorary_consulate", "city": "Liepāja", "date": "2018"},
    )


@pytest.mark.parametrize(
    "body",
    [
        "==Diplomatic missions==\n- Embassy of Bulgaria in Astana\n- Embassy of Kazakhstan in Sofia\n"
        "- Honorary Consulate of Kazakhstan in Varna",
        "Infobox\n- Mission of Bulgaria: Embassy of Bulgaria, Astana\n- Mission of Kazakhstan: Embassy of "
        "Kazakhstan, Sofia\n- Mission 3: Honorary Consulate of Kazakhstan, Varna\n\nThe two countries are friendly.",
        "==Diplomatic missions==\nBulgaria has an embassy in Astana. Kazakhstan has an embassy in Sofia and an "
        "honorary consulate in Varna.",
    ],
)
def test_missions_from_names_lists_and_infobox(body: str) -> None:
    document = extract(seed("Bulgaria–Kazakhstan relations", body))
    got = {(m["sender"], m["receiver"], m["kind"], m["city"], m["resident"]) for m in of_type(document, "mission")}
    assert got == {
        ("BG", "KZ", "embassy", "Astana", True),
        ("KZ", "BG", "embassy", "Sofia", True),
        ("KZ", "BG", "honorary_consulate", "Varna", True),
    }


def test_missions_table_by_column() -> None:
    text = (
        "'''South Korea–Vietnam relations''' are the relations between South Korea and Vietnam.\n\n"
        '== Diplomatic missions ==\n{| class="wikitable"\n! Country !! Mission !! City\n|-\n'
        "| South Korea || Embassy || [[Hanoi]]\n|-\n| South Korea || Consulate General || [[Ho Chi Minh City]]\n|-\n"
        "| Vietnam || Consulate General || [[Busan]]\n|}\n"
    )
    got = {(f["sender"], f["receiver"], f["kind"], f["city"]) for f in of_type(extract(text, "wiki"), "mission")}
    assert got == {
        ("KR", "VN", "embassy", "Hanoi"),
        ("KR", "VN", "consulate_general", "Ho Chi Minh City"),
        ("VN", "KR", "consulate_general", "Busan"),
    }


def test_missions_table_cells_with_two_cities_an_unknown_town_and_a_named_institute() -> None:
    # one post per city of a cell; a town the gazetteer lacks is still the city of its row; "Finnish Institute" is
    # a cultural institute, though no mission word names it
    text = (
        "'''Estonia–Finland relations''' are the relations between Estonia and Finland.\n\n"
        '== Diplomatic missions ==\n{| class="wikitable"\n! Country !! Mission !! City\n|-\n'
        "| {{flagicon|Finland}} Finland || Embassy || [[Tallinn]]\n|-\n"
        "| {{flagicon|Finland}} Finland || Honorary consulates || [[Tartu]], [[Pärnu]]\n|-\n"
        "| {{flagicon|Finland}} Finland || Honorary consulate || [[Kuressaare]]\n|-\n"
        "| {{flagicon|Finland}} Finland || Finnish Institute || [[Tallinn]]\n|}\n"
    )
    got = {(f["sender"], f["kind"], f["city"]) for f in of_type(extract(text, "wiki"), "mission")}
    assert got == {
        ("FI", "embassy", "Tallinn"),
        ("FI", "honorary_consulate", "Tartu"),
        ("FI", "honorary_consulate", "Pärnu"),
        ("FI", "honorary_consulate", "Kuressaare"),
        ("FI", "cultural_centre", "Tallinn"),
    }


def test_missions_table_with_years_and_rowspans_dates_each_post_in_a_former_state() -> None:
    # a state's row spans its later posts; the years column dates the opening and tells a post that ended; the
    # Soviet Union's missions sit in cities that lie in Russia today
    text = (
        "'''Soviet Union–Sweden relations''' were the relations between the Soviet Union and Sweden.\n\n"
        '== Missions ==\n{| class="wikitable"\n! State !! Mission !! Seat !! Years\n|-\n'
        '| rowspan="2" | {{flagicon|Sweden}} Sweden || Legation || Moscow || 1924–1943\n|-\n'
        "| Embassy || Moscow || 1943–1991\n|-\n"
        '| rowspan="2" | Soviet Union || Legation || Stockholm || 1924–1943\n|-\n'
        "| Embassy || Stockholm || 1943–1991\n|}\n"
    )
    got = {
        (f["sender"], f["kind"], f["city"], f["date"], f["status"]) for f in of_type(extract(text, "wiki"), "mission")
    }
    assert got == {
        ("SE", "diplomatic_mission", "Moscow", "1924", "closed"),
        ("SE", "embassy", "Moscow", "1943", "closed"),
        ("SU", "diplomatic_mission", "Stockholm", "1924", "closed"),
        ("SU", "embassy", "Stockholm", "1943", "closed"),
    }


def test_a_years_cell_dates_the_opening_and_tells_whether_the_post_is_open() -> None:
    text = (
        "'''Estonia–Finland relations''' are the relations between Estonia and Finland.\n\n"
        '== Missions ==\n{| class="wikitable"\n! Country !! Mission !! City !! Opened\n|-\n'
        "| Finland || Embassy || Tallinn || 1991\n|-\n| Estonia || Consulate || Turku || 1997–2009\n|}\n"
    )
    got = {(f["sender"], f["city"], f["date"], f["status"]) for f in of_type(extract(text, "wiki"), "mission")}
    assert got == {("FI", "Tallinn", "1991", "open"), ("EE", "Turku", "1997", "closed")}


def test_legations_opened_in_both_capitals_and_raised_to_embassies() -> None:
    # one post each way in the capital of the other; raising them closes the legations and opens embassies
    text = seed(
        "Finland–Hungary relations",
        "Finland and Hungary established diplomatic relations in 1920, and legations were opened in both capitals "
        "the following year. The legations were raised to embassies in 1963.",
    )
    got = {(f["sender"], f["kind"], f["city"], f["date"], f["status"]) for f in of_type(extract(text), "mission")}
    assert got == {
        ("FI", "diplomatic_mission", "Budapest", "1921", "closed"),
        ("HU", "diplomatic_mission", "Helsinki", "1921", "closed"),
        ("FI", "embassy", "Budapest", "1963", "open"),
        ("HU", "embassy", "Helsinki", "1963", "open"),
    }


@pytest.mark.parametrize(
    ("title", "sentence", "cities"),
    [
        ("Denmark–Norway relations", "Both countries have embassies in each other's capitals.", {"Oslo", "Copenhagen"}),
        # the seat of a former state; embassies to Côte d'Ivoire are in Abidjan, not in Yamoussoukro
        (
            "Czechoslovakia–Ivory Coast relations",
            "The two states opened embassies in each other's capitals in 1967.",
            {"Prague", "Abidjan"},
        ),
        # a state whose embassies the table cannot place by one capital gets none
        ("Israel–Norway relations", "Both countries have embassies in each other's capitals.", {"Oslo", None}),
    ],
)
def test_each_others_capitals_are_the_capitals_where_embassies_sit(
    title: str, sentence: str, cities: set[str | None]
) -> None:
    assert {f["city"] for f in of_type(extract(seed(title, sentence)), "mission")} == cities


def test_east_berlin_is_a_city_of_east_germany() -> None:
    text = seed("East Germany–Finland relations", "Finland opened a trade mission in East Berlin in 1953.")
    assert matching(extract(text), "mission", sender="FI", receiver="DD", city="East Berlin")


def test_missions_table_with_a_column_per_kind() -> None:
    text = (
        "'''Hungary–Slovakia relations''' are the relations between Hungary and Slovakia.\n\n"
        '== Diplomatic missions ==\n{| class="wikitable"\n! Sending state !! Embassy !! Other missions\n|-\n'
        "| Hungary || Bratislava || Consulate-General in [[Košice]]\n|-\n| Slovakia || Budapest || –\n|}\n"
    )
    got = {(f["sender"], f["kind"], f["city"]) for f in of_type(extract(text, "wiki"), "mission")}
    assert got == {
        ("HU", "embassy", "Bratislava"),
        ("HU", "consulate_general", "Košice"),
        ("SK", "embassy", "Budapest"),
    }


def test_a_capital_standing_for_its_state_owns_the_mission() -> None:
    check_row(
        seed(
            "Australia–Japan relations",
            "Canberra waited until 1940 to send a legation to Tokyo; the legation closed in December 1941.",
        ),
        "mission",
        {"sender": "AU", "receiver": "JP", "kind": "diplomatic_mission", "city": "Tokyo", "status": "closed"},
    )


def test_the_cities_after_the_next_mission_word_are_not_the_first_ones() -> None:
    document = extract(
        seed(
            "Canada–Norway relations",
            "Norway has an embassy in Ottawa, a consulate-general in Toronto, and honorary consulates in cities "
            "such as Vancouver, Calgary and Halifax.",
        )
    )
    general = sorted(f["city"] for f in of_type(document, "mission") if f["kind"] == "consulate_general")
    assert general == ["Toronto"]


def test_a_table_cell_listing_several_cities_gives_a_post_in_each() -> None:
    text = (
        '= Bulgaria–Romania relations =\n\n== Diplomatic missions ==\n{| class="wikitable"\n'
        "! Sending state !! Embassy !! Consulates-general\n|-\n| Bulgaria || Bucharest || Iași, Constanța\n|-\n"
        "| Romania || Sofia || Varna\n|}\n"
    )
    from bilateral.document.load import parse_text
    from bilateral.pipeline import extract_doc

    document, _ = extract_doc(parse_text(text, "bg-ro.wiki"))
    posts = sorted(
        (f["sender"], f["city"])
        for f in document["facts"]
        if f["type"] == "mission" and f["kind"] == "consulate_general"
    )
    assert posts == [("BG", "Constanța"), ("BG", "Iași"), ("RO", "Varna")]


def test_a_gapped_accreditation_is_no_resident_embassy_in_a_third_state() -> None:
    document = extract(
        seed(
            "Iceland–Japan relations",
            "For several decades Japan was represented in Iceland by its embassy in Oslo, and Iceland by its embassy "
            "in Beijing.",
        )
    )
    assert not [f for f in of_type(document, "mission") if f["receiver"] == "CN"]


def test_an_infobox_mission_in_a_third_state_is_a_non_resident_accreditation() -> None:
    from bilateral.document.load import parse_text
    from bilateral.pipeline import extract_doc

    text = (
        "{{Infobox bilateral relations\n| Estonia–South Korea\n| mission1 = [[Embassy of Estonia, Seoul]]\n"
        "| mission2 = [[Embassy of South Korea, Helsinki]] (accredited)\n}}\n"
        "'''Estonia–South Korea relations''' are the relations between [[Estonia]] and [[South Korea]].\n"
    )
    document, _ = extract_doc(parse_text(text, "ee-kr.wiki"))
    missions = [f for f in document["facts"] if f["type"] == "mission"]
    assert sorted((f["sender"], f["receiver"], f["resident"]) for f in missions) == [
        ("EE", "KR", True),
        ("KR", "EE", False),
    ]
    assert [f["accredited_from"] for f in missions if not f["resident"]] == [{"city": "Helsinki", "country": "FI"}]


def test_branch_offices_of_a_representative_office_are_posts_of_its_kind() -> None:
    text = seed(
        "Canada–Taiwan relations",
        "Taiwan is represented by the Taipei Economic and Cultural Office in Ottawa and by branch offices in Toronto "
        "and Vancouver.",
    )
    got = {(f["sender"], f["kind"], f["city"]) for f in of_type(extract(text), "mission")}
    assert got == {("TW", "trade_office", c) for c in ("Ottawa", "Toronto", "Vancouver")}


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Iran–United Kingdom relations",
            "Relations were restored in 2013, and the two countries reopened their embassies in August 2015.",
            {("IR", "2015-08"), ("GB", "2015-08")},
        ),
        # a sentence that opens on the word, capitalized
        (
            "Cuba–United States relations",
            "The two states restored relations on 20 July 2015. Embassies were reopened in both capitals the same day.",
            {("CU", "2015-07-20"), ("US", "2015-07-20")},
        ),
    ],
)
def test_the_two_countries_embassies_opened_on_a_date(title: str, sentence: str, expected: set[Any]) -> None:
    assert {(f["sender"], f["date"]) for f in of_type(extract(seed(title, sentence)), "mission")} == expected


def test_a_cultural_institute_known_by_its_own_name_in_one_city() -> None:
    athens = extract(seed("Greece–Italy relations", "The Istituto Italiano di Cultura has a branch in Athens."))
    assert matching(athens, "mission", sender="IT", receiver="GR", kind="cultural_centre", city="Athens")
    dublin = extract(seed("Germany–Ireland relations", "The Goethe-Institut in Dublin opened in 1961."))
    assert matching(dublin, "mission", sender="DE", kind="cultural_centre", city="Dublin", date="1961")
    # centres in several cities are no count of posts
    lagos = extract(
        seed("Nigeria–United Kingdom relations", "The British Council runs centres in Lagos, Abuja and Kano.")
    )
    assert not matching(lagos, "mission", kind="cultural_centre")


def test_the_embassy_also_accredited_is_the_one_the_sentence_named_before_a_consulate() -> None:
    text = seed(
        "Germany–Philippines relations",
        "Germany has an embassy in Manila and an honorary consulate in Cebu; the embassy is also accredited to Palau.",
    )
    assert matching(
        extract(text), "mission", sender="DE", receiver="PW", resident=False, accredited_from={"city": "Manila"}
    )


def test_a_mission_placed_in_a_city_of_its_sender_is_the_other_states() -> None:
    # the gapped second clause keeps its subject for the post after "and"
    text = seed(
        "Argentina–Chile relations",
        "Argentina has an embassy in Santiago and Chile an embassy in Buenos Aires and a consulate-general in Mendoza.",
    )
    assert matching(extract(text), "mission", sender="CL", receiver="AR", kind="consulate_general", city="Mendoza")


def test_a_mission_in_the_capital_stands_in_the_receivers_capital() -> None:
    text = seed("Mexico–Soviet Union relations", "The Soviet Union also kept a trade mission in the capital.")
    assert matching(extract(text), "mission", sender="SU", kind="trade_office", city="Mexico City")


def test_a_city_whose_name_begins_like_a_verb_of_attack_does_not_undate_the_post() -> None:
    # "Bombay" is no bombing: the embassy keeps the date of its opening
    text = seed(
        "India–Soviet Union relations",
        "The Soviet Union opened its embassy in New Delhi in 1947 and later a consulate-general in Bombay.",
    )
    assert matching(extract(text), "mission", sender="SU", kind="embassy", city="New Delhi", date="1947")


def test_a_gapped_clause_keeps_a_subject_of_several_words() -> None:
    # the verb of the first clause is left out of the second, whose state has a name of two words
    text = seed(
        "Burkina Faso–Ivory Coast relations",
        "Burkina Faso has an embassy in Abidjan, and Côte d'Ivoire an embassy in Ouagadougou.",
    )
    assert matching(extract(text), "mission", sender="CI", receiver="BF", kind="embassy", city="Ouagadougou")


def test_a_post_that_was_never_opened_is_none() -> None:
    text = seed("Japan–Lithuania relations", "A Lithuanian legation in Tokyo was never opened between the wars.")
    assert not of_type(extract(text), "mission")


@pytest.mark.parametrize(
    "sentence",
    [
        "A Mongolian embassy in Helsinki has been discussed for years.",
        "A Mongolian embassy in Helsinki was announced in 2019 and has not yet opened.",
    ],
)
def test_a_post_under_discussion_or_not_yet_opened_is_planned(sentence: str) -> None:
    facts = of_type(extract(seed("Finland–Mongolia relations", sentence)), "mission")
    assert [(f["sender"], f["city"], f["status"], f["date"]) for f in facts] == [("MN", "Helsinki", "planned", None)]


def test_a_building_named_after_a_state_is_where_a_post_sits_not_a_cultural_centre() -> None:
    text = seed("Australia–Nauru relations", "Nauru once kept a consulate-general in Nauru House in Melbourne.")
    assert {f["kind"] for f in of_type(extract(text), "mission")} == {"consulate_general"}


def test_a_states_name_is_not_the_city_of_a_post_named_without_one() -> None:
    text = seed(
        "Mexico–Soviet Union relations",
        "Mexico broke off relations in January 1930, accusing the Soviet legation of stirring up protests.",
    )
    assert [f["city"] for f in of_type(extract(text), "mission")] == [None]


def test_a_post_announced_and_not_opened_is_planned() -> None:
    text = seed(
        "Germany–Jamaica relations", "A Jamaican consulate-general in Hamburg, announced in 2019, has not been opened."
    )
    assert [(f["status"], f["date"]) for f in of_type(extract(text), "mission")] == [("planned", None)]


def test_a_post_opened_when_an_accreditation_from_elsewhere_ended_is_open_from_then() -> None:
    text = seed(
        "Japan–Oman relations",
        "Japan's ambassador in Riyadh was accredited to Oman until 1979, when a Japanese embassy opened in Muscat.",
    )
    assert matching(extract(text), "mission", sender="JP", city="Muscat", status="open", date="1979")


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Belgium–Cameroon relations",
            "Belgium has an embassy in Yaoundé. The embassy also covers Chad and the Central African Republic.",
            {("BE", "TD", "Yaoundé", None), ("BE", "CF", "Yaoundé", None)},
        ),
        (
            "Belgium–Cameroon relations",
            "Cameroon's embassy in Brussels has been accredited to the Netherlands and Luxembourg since 1972.",
            {("CM", "NL", "Brussels", "1972"), ("CM", "LU", "Brussels", "1972")},
        ),
        (
            "Fiji–Japan relations",
            "The Fijian embassy in Tokyo covers the Philippines as well.",
            {("FJ", "PH", "Tokyo", None)},
        ),
    ],
)
def test_a_post_in_the_other_state_covering_third_states(title: str, body: str, expected: set[Any]) -> None:
    got = {
        (f["sender"], f["receiver"], f["accredited_from"]["city"], f["date"])
        for f in of_type(extract(seed(title, body)), "mission")
        if not f["resident"]
    }
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # an aside between the post and its coverage; the aside dates the post
            "The Chilean embassy in Oslo, opened in 1974, also covers Iceland and Denmark.",
            {("CL", "NO", "Oslo", "1974", "open"), ("CL", "IS", None, None, "open"), ("CL", "DK", None, None, "open")},
        ),
        (  # a relative clause telling how long the coverage lasted: the coverage ended, the embassy did not
            "In 1990 Norway opened an embassy in Santiago, which until 2006 was also accredited to Peru and Bolivia.",
            {
                ("NO", "CL", "Santiago", "1990", "open"),
                ("NO", "PE", None, None, "closed"),
                ("NO", "BO", None, None, "closed"),
            },
        ),
        (  # "has since": the coverage began with the post
            "The Norwegian embassy in Santiago opened in October 1997 and has since also covered Peru.",
            {("NO", "CL", "Santiago", "1997-10", "open"), ("NO", "PE", None, "1997-10", "open")},
        ),
        (  # the post named by its owner's adjective, after the other state's post
            "Norway reopened its embassy in Santiago in 2018, and Chile opened an embassy in Oslo later the same "
            "year; the Chilean mission is also accredited to Iceland.",
            {
                ("NO", "CL", "Santiago", "2018", "open"),
                ("CL", "NO", "Oslo", "2018", "open"),
                ("CL", "IS", None, None, "open"),
            },
        ),
        (  # a participle apposition; the list ends where the sentence goes on with a verb
            "- Chile has an embassy in Oslo, also accredited to Iceland, and keeps a separate embassy to the Holy See.",
            {("CL", "NO", "Oslo", None, "open"), ("CL", "IS", None, None, "open")},
        ),
        (  # a sentence of its own, "it" the post told just before
            "Chile opened an embassy in Oslo in 1989. From there it also covers Iceland and Finland. It also covers "
            "the costs of the exchange programme.",
            {("CL", "NO", "Oslo", "1989", "open"), ("CL", "IS", None, None, "open"), ("CL", "FI", None, None, "open")},
        ),
    ],
)
def test_how_a_post_in_the_other_state_is_said_to_cover_third_states(body: str, expected: set[Any]) -> None:
    got = {
        (f["sender"], f["receiver"], f["city"], f["date"], f["status"])
        for f in of_type(extract(seed("Chile–Norway relations", body)), "mission")
    }
    assert got == expected


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Nepal–Ukraine relations",
            "Ukraine said in 2019 that it would open an embassy in Kathmandu, but the plan was shelved.",
        ),
        (
            "Chile–Norway relations",
            "A proposal of 2019 to open a Chilean embassy in Oslo was not pursued.",
        ),
        (
            "Ghana–Israel relations",
            "Israeli firms had invested over US$100 million in Ghana by 2020, the Israeli embassy says.",
        ),
    ],
)
def test_a_plan_given_up_or_a_post_quoted_as_a_source_is_no_mission(title: str, body: str) -> None:
    assert not of_type(extract(seed(title, body)), "mission")


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Fiji–Japan relations",
            "For most of the 1970s the Japanese ambassador in Wellington was also accredited to Suva.",
            {("JP", "FJ", "Wellington", "closed")},
        ),
        (
            "Croatia–Ireland relations",
            "Until 2014 Ireland was represented in Zagreb by its ambassador in Ljubljana.",
            {("IE", "HR", "Ljubljana", "closed")},
        ),
        (
            "Mongolia–Portugal relations",
            "Until 2019 Mongolia covered Portugal from its embassy in Paris; since 2019 its embassy in Madrid has "
            "been accredited to Lisbon.",
            {("MN", "PT", "Paris", "closed"), ("MN", "PT", "Madrid", "open")},
        ),
    ],
)
def test_a_non_resident_post_linked_to_the_other_states_capital(title: str, body: str, expected: set[Any]) -> None:
    got = {
        (f["sender"], f["receiver"], f["accredited_from"]["city"], f["status"])
        for f in of_type(extract(seed(title, body)), "mission")
        if not f["resident"]
    }
    assert got == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Chile–Norway relations",
            "Norway opened an embassy in Santiago in 1960, and Chile followed in Oslo six years later.",
            {("NO", "CL", "embassy", "Santiago", "1960"), ("CL", "NO", "embassy", "Oslo", "1966")},
        ),
        (
            "Chile–Norway relations",
            "Norway opened a consulate in Valparaíso in 1990. Chile reciprocated in 1995.",
            {("NO", "CL", "consulate", "Valparaíso", "1990"), ("CL", "NO", "consulate", None, "1995")},
        ),
        (
            "Chile–Norway relations",
            "Norway opened a consulate in Valparaíso in 1990, and Chile opened one in Bergen two years later.",
            {("NO", "CL", "consulate", "Valparaíso", "1990"), ("CL", "NO", "consulate", "Bergen", "1992")},
        ),
        (
            # a third state following is no post of the pair
            "Chile–Norway relations",
            "Norway opened an embassy in Santiago in 1960, and Sweden followed in 1962.",
            {("NO", "CL", "embassy", "Santiago", "1960")},
        ),
    ],
)
def test_the_other_state_answering_a_post_in_kind(title: str, body: str, expected: set[Any]) -> None:
    got = {
        (f["sender"], f["receiver"], f["kind"], f["city"], f["date"])
        for f in of_type(extract(seed(title, body)), "mission")
    }
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norway opened an embassy in Santiago in 1960. Since then the embassy has also been accredited to Peru.",
            {("PE", "1960")},
        ),
        (
            "Norway opened an embassy in Santiago in 1960; it is also accredited to Peru and Bolivia.",
            {("PE", None), ("BO", None)},
        ),
        ("Norway has an embassy in Santiago, which also covers Peru.", {("PE", None)}),
        (
            "Norway was accredited to Chile from Buenos Aires until 1960. Since then its embassy in Santiago has been "
            "accredited to Peru.",
            {("PE", "1960"), ("CL", None)},
        ),
    ],
)
def test_the_post_just_told_covering_third_states(body: str, expected: set[Any]) -> None:
    got = {
        (f["receiver"], f["date"])
        for f in of_type(extract(seed("Chile–Norway relations", body)), "mission")
        if not f["resident"]
    }
    assert got == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # "set up" tells whose post it is
            "Norway set up a resident embassy in Santiago in 1973, and Chile followed in Oslo in 1986.",
            {
                ("NO", "CL", "embassy", "Santiago", True, None, "1973", "open"),
                ("CL", "NO", "embassy", "Oslo", True, None, "1986", "open"),
            },
        ),
        (
            # a post nothing names the owner of is the other state's, when it lies in one state of the pair
            "Besides its embassy, Norway runs a cultural centre in Santiago; a consulate in Antofagasta was closed.",
            {
                ("NO", "CL", "cultural_centre", "Santiago", True, None, None, "open"),
                ("NO", "CL", "consulate", "Antofagasta", True, None, None, "closed"),
            },
        ),
        (
            "The Chilean embassy in Oslo is helped by honorary consulates in Bergen and Tromsø.",
            {
                ("CL", "NO", "embassy", "Oslo", True, None, None, "open"),
                ("CL", "NO", "honorary_consulate", "Bergen", True, None, None, "open"),
                ("CL", "NO", "honorary_consulate", "Tromsø", True, None, None, "open"),
            },
        ),
        (
            "Until 1994 Norway covered Chile from its embassy in Lima, Peru; since then the embassy in Buenos Aires "
            "has been responsible.",
            {
                ("NO", "CL", "embassy", None, False, "Lima", None, "closed"),
                ("NO", "CL", "embassy", None, False, "Buenos Aires", "1994", "open"),
            },
        ),
        (
            "Chile is accredited to Norway from its embassy in Stockholm, Sweden, which also covers Iceland.",
            {
                ("CL", "NO", "embassy", None, False, "Stockholm", None, "open"),
                ("CL", "IS", "embassy", None, False, "Stockholm", None, "open"),
            },
        ),
        (
            "Norway opened an embassy in Santiago in 1960. The mission is also accredited to Bolivia.",
            {
                ("NO", "CL", "embassy", "Santiago", True, None, "1960", "open"),
                ("NO", "BO", "embassy", None, False, "Santiago", None, "open"),
            },
        ),
        (
            "Norway opened a legation in Santiago in 1950; the embassy that replaced it is also accredited to Bolivia.",
            {
                ("NO", "CL", "diplomatic_mission", "Santiago", True, None, "1950", "open"),
                ("NO", "BO", "embassy", None, False, "Santiago", None, "open"),
            },
        ),
        (
            # a post still planned is planned; one that was "never opened" is no post
            "Chile has an honorary consulate in Bergen; a second honorary consulate, planned for Trondheim, has not "
            "opened. A Chilean consulate in Tromsø was planned but never opened.",
            {
                ("CL", "NO", "honorary_consulate", "Bergen", True, None, None, "open"),
                ("CL", "NO", "honorary_consulate", "Trondheim", True, None, None, "planned"),
            },
        ),
    ],
)
def test_posts_whose_owner_coverage_or_plan_is_told_indirectly(body: str, expected: set[Any]) -> None:
    got = {
        (
            f["sender"],
            f["receiver"],
            f["kind"],
            f["city"],
            f["resident"],
            (f["accredited_from"] or {}).get("city"),
            f["date"],
            f["status"],
        )
        for f in of_type(extract(seed("Chile–Norway relations", body)), "mission")
    }
    assert got == expected


@pytest.mark.parametrize(
    ("body", "missions", "upgraded"),
    [
        (
            "Chile's legation in Oslo, opened in 1949, and Norway's legation in Santiago were raised to embassies in "
            "1957.",
            {
                ("CL", "diplomatic_mission", "Oslo", "1949", "closed"),
                ("NO", "diplomatic_mission", "Santiago", None, "closed"),
                ("CL", "embassy", "Oslo", "1957", "open"),
                ("NO", "embassy", "Santiago", "1957", "open"),
            },
            "1957",
        ),
        (
            "Diplomatic relations followed on 26 June 1930, at the level of legations, which were raised to embassies "
            "in 1966.",
            {("CL", "embassy", None, "1966", "open"), ("NO", "embassy", None, "1966", "open")},
            "1966",
        ),
    ],
)
def test_the_pairs_legations_raised_in_a_list_or_a_relative_clause(
    body: str, missions: set[Any], upgraded: str
) -> None:
    document = extract(seed("Chile–Norway relations", body))
    got = {(f["sender"], f["kind"], f["city"], f["date"], f["status"]) for f in of_type(document, "mission")}
    assert got == missions
    assert matching(document, "diplomatic_relations", event="upgraded", date=upgraded)


def test_a_post_in_a_former_state_of_the_pair_covering_a_third_state_is_based_in_that_former_state() -> None:
    document = extract(
        seed("Soviet Union–Thailand relations", "The Thai embassy in Moscow was also accredited to Mongolia.")
    )
    covered = [f for f in of_type(document, "mission") if not f["resident"]]
    assert [(f["receiver"], f["accredited_from"], f["status"]) for f in covered] == [
        ("MN", {"city": "Moscow", "country": "SU"}, "closed")
    ]


def test_an_accreditation_from_a_post_elsewhere_told_without_the_state_covered() -> None:
    document = extract(
        seed(
            "Chile–Norway relations",
            "Norway has had an embassy in Santiago since 2021; before that it was accredited from its embassy in "
            "Buenos Aires, Argentina.",
        )
    )
    got = {
        (f["sender"], f["receiver"], f["resident"], (f["accredited_from"] or {}).get("city"), f["status"])
        for f in of_type(document, "mission")
    }
    assert got == {("NO", "CL", True, None, "open"), ("NO", "CL", False, "Buenos Aires", "closed")}


def test_a_post_placed_there_is_in_the_receivers_city_the_sentence_named_last() -> None:
    document = extract(
        seed(
            "Chile–Norway relations",
            "An honorary consulate of Chile has worked in Bergen since 2011, and in 2022 Chile announced that it "
            "would open a consulate-general there.",
        )
    )
    got = {(f["kind"], f["city"], f["status"]) for f in of_type(document, "mission")}
    assert got == {("honorary_consulate", "Bergen", "open"), ("consulate_general", "Bergen", "planned")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chile has an honorary consulate in Bergen and, since 2011, another in Tromsø.",
            {("Bergen", None, "open"), ("Tromsø", "2011", "open")},
        ),
        (
            "An honorary consulate of Chile has operated in Bergen since 2012; another, in Tromsø, closed in 2018.",
            {("Bergen", "2012", "open"), ("Tromsø", None, "closed")},
        ),
        (
            "Chile has an honorary consulate in Bergen (since 2010) and had one in Stavanger, which closed in 2021.",
            {("Bergen", "2010", "open"), ("Stavanger", None, "closed")},
        ),
    ],
)
def test_a_second_post_of_the_same_kind_told_without_its_noun(body: str, expected: set[Any]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["city"], f["date"], f["status"]) for f in facts} == expected
    assert {(f["sender"], f["kind"]) for f in facts} == {("CL", "honorary_consulate")}


@pytest.mark.parametrize(
    "body",
    [
        "- A Chilean cultural centre, attached to the embassy, has worked in São Paulo since 2014.",
        "- A Chilean cultural centre has worked in São Paulo since 2014, run by the embassy.",
    ],
)
def test_a_post_named_as_what_something_belongs_to_is_no_post_told(body: str) -> None:
    facts = of_type(extract(seed("Brazil–Chile relations", body)), "mission")
    assert {(f["kind"], f["city"], f["date"]) for f in facts} == {("cultural_centre", "São Paulo", "2014")}


def test_a_post_closed_in_passing_closes_the_one_opened_before_and_is_not_dated_by_the_closing() -> None:
    facts = of_type(
        extract(
            seed(
                "Chile–Norway relations",
                "Chile opened an embassy in Oslo in 1963, and Norway followed in Santiago the next year. In 1980 "
                "Norway severed diplomatic relations with Chile, closing its embassy in Santiago, and the Chilean "
                "embassy in Oslo was withdrawn.",
            )
        ),
        "mission",
    )
    assert {(f["sender"], f["city"], f["date"], f["status"]) for f in facts} == {
        ("CL", "Oslo", "1963", "closed"),
        ("NO", "Santiago", "1964", "closed"),
    }


def test_the_date_of_a_posts_head_is_not_the_posts() -> None:
    body = "- Norway has an embassy in Santiago, headed since 2022 by Ingrid Berg, who was appointed in June 2022."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert [(f["sender"], f["city"], f["date"]) for f in facts] == [("NO", "Santiago", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the state covered named by a description, the coverage told as the first arrangement
        (
            "Chile first covered the kingdom from its embassy in Stockholm; a resident embassy opened in Oslo in 1977.",
            {("CL", "NO", "Stockholm", None, "closed")},
        ),
        # passive, the owner the subject, an adverb of time before the verb
        (
            "Chile was long covered from its embassy in Stockholm; it opened an embassy in Oslo in 1977.",
            {("CL", "NO", "Stockholm", None, "closed")},
        ),
        # "was responsible" with the state left to be understood
        (
            "Norway is represented in Chile by its embassy in Buenos Aires; until 2005 the Norwegian embassy in Lima "
            "was responsible.",
            {("NO", "CL", "Buenos Aires", None, "open"), ("NO", "CL", "Lima", None, "closed")},
        ),
        # "has since been covered": since the closing the clause before tells
        (
            "Norway opened an embassy in Santiago in 1960 but closed it in 2002; Chile has since been covered from "
            "the Norwegian embassy in Buenos Aires.",
            {("NO", "CL", "Buenos Aires", "2002", "open")},
        ),
    ],
)
def test_coverage_from_a_third_state_in_its_other_wordings(body: str, expected: set[Any]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    got = {
        (f["sender"], f["receiver"], f["accredited_from"]["city"], f["date"], f["status"])
        for f in facts
        if not f["resident"]
    }
    assert got == expected
    # the third state's capital is where the post sits, not a post for the third state
    assert all(f["receiver"] in ("CL", "NO") for f in facts)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # closed, told alone: no date (the closing ends the post; a mission's date is its opening's)
        ("A Chilean honorary consulate in Bergen was closed in 2014.", {("CL", "Bergen", None, "closed")}),
        (
            "A second Chilean honorary consulate, in Bergen, was closed in 2014 because of costs.",
            {("CL", "Bergen", None, "closed")},
        ),
        # a further post of the kind, its noun left out, planned
        (
            "A Chilean honorary consulate in Bergen was closed in 2014, and a second one, in Tromsø, is planned.",
            {("CL", "Bergen", None, "closed"), ("CL", "Tromsø", None, "planned")},
        ),
        (
            "A Chilean honorary consulate has operated in Bergen since 2014, and another is planned for Tromsø.",
            {("CL", "Bergen", "2014", "open"), ("CL", "Tromsø", None, "planned")},
        ),
        # the other state's post of the same kind, "a Chilean one", closed
        (
            "A Norwegian honorary consulate works in Valparaíso, and a Chilean one in Bergen was closed in 2016.",
            {("NO", "Valparaíso", None, "open"), ("CL", "Bergen", None, "closed")},
        ),
        (
            "A Chilean honorary consulate opened in Bergen in 2012, and a Norwegian one in Valparaíso closed in 2008.",
            {("CL", "Bergen", "2012", "open"), ("NO", "Valparaíso", None, "closed")},
        ),
        # an honorary consul appointed (the post dates from then) or one to be named (planned)
        ("Norway appointed an honorary consul in Valparaíso in 2016.", {("NO", "Valparaíso", "2016", "open")}),
        ("Norway intends to name an honorary consul in Valparaíso.", {("NO", "Valparaíso", None, "planned")}),
        # an honorary consul kept "until" a year: the post closed then, and the closing dates nothing
        (
            "Chile kept an honorary consul in Stavanger until 2015; no successor was named.",
            {("CL", "Stavanger", None, "closed")},
        ),
        # "the one in X": a further post of the kind just told, of the same sender
        (
            "Norway keeps an honorary consulate in Valparaíso, opened in 2001; the one in Punta Arenas shut down in "
            "2012.",
            {("NO", "Valparaíso", "2001", "open"), ("NO", "Punta Arenas", None, "closed")},
        ),
    ],
)
def test_honorary_posts_closed_planned_and_told_without_their_noun(body: str, expected: set[Any]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["sender"], f["city"], f["date"], f["status"]) for f in facts} == expected
    assert {f["kind"] for f in facts} == {"honorary_consulate"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # moved: closed in the first city, open in the second from the move
        (
            "Norway opened an embassy in Valparaíso in 1925 and moved it to Santiago, the capital, in 1931.",
            {("embassy", "Valparaíso", "1925", "closed"), ("embassy", "Santiago", "1931", "open")},
        ),
        # moved and raised at once: the post where it moved is the new kind
        (
            "Norway opened a legation in Valparaíso in 1925 and moved it to Santiago in 1931, when it also became an "
            "embassy.",
            {("diplomatic_mission", "Valparaíso", "1925", "closed"), ("embassy", "Santiago", "1931", "open")},
        ),
        # "became" a post of another kind, the post told in the sentence before
        (
            "Norway opened a consulate general in Santiago in 1950. The consulate general became an embassy in June "
            "1962.",
            {("consulate_general", "Santiago", "1950", "closed"), ("embassy", "Santiago", "1962-06", "open")},
        ),
        # the date right after the raising is the raising's, not a date told earlier in the sentence
        (
            "The Norwegian legation in Santiago opened in 1950; its head was appointed in 1950 and became ambassador "
            "when the legation was raised to an embassy two years later.",
            {("diplomatic_mission", "Santiago", "1950", "closed"), ("embassy", "Santiago", "1952", "open")},
        ),
    ],
)
def test_posts_moved_and_turned_into_posts_of_another_kind(body: str, expected: set[Any]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["kind"], f["city"], f["date"], f["status"]) for f in facts} == expected


def test_each_of_two_legations_raised_in_one_sentence_is_dated_by_its_own_clause() -> None:
    body = (
        "The Norwegian legation in Santiago was raised to an embassy in 1958, and Chile's legation in Oslo became an "
        "embassy the following year."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["sender"], f["kind"], f["date"], f["status"]) for f in facts} == {
        ("NO", "diplomatic_mission", None, "closed"),
        ("NO", "embassy", "1958", "open"),
        ("CL", "diplomatic_mission", None, "closed"),
        ("CL", "embassy", "1959", "open"),
    }


def test_a_post_raised_later_in_the_sentence_is_not_one_of_an_earlier_list() -> None:
    body = (
        "Norway has an embassy in Santiago and consulates general in Valparaíso and Punta Arenas; the former "
        "consulate in Concepción became an honorary consulate."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert ("consulate_general", "Punta Arenas", "open") in {(f["kind"], f["city"], f["status"]) for f in facts}
    assert ("consulate_general", "Valparaíso", "open") in {(f["kind"], f["city"], f["status"]) for f in facts}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the post's place after its opening verb, no owner named: the state that does not host it
        ("Chile covered Norway from Stockholm. A resident embassy opened in Oslo in 1977.", ("Oslo", "1977", "open")),
        # told in the "until" that ends a coverage: the post that began then, open
        (
            "Chile covered Norway from its embassy in Stockholm until an embassy was opened in Oslo in 1977.",
            ("Oslo", "1977", "open"),
        ),
    ],
)
def test_a_resident_post_told_after_its_opening_verb(body: str, expected: tuple[Any, ...]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["city"], f["date"], f["status"]) for f in facts if f["resident"]} == {expected}
    assert {f["sender"] for f in facts} == {"CL"}


def test_a_see_also_item_naming_a_list_of_missions_tells_no_mission() -> None:
    text = (
        "= Chile–Norway relations =\n\n== See also ==\n- List of diplomatic missions of Norway\n"
        "- Foreign relations of Chile\n"
    )
    document = extract(text, "seed")
    assert of_type(document, "mission") == []
    assert [f["title"] for f in of_type(document, "see_also")] == [
        "List of diplomatic missions of Norway",
        "Foreign relations of Chile",
    ]


def test_its_post_in_the_borrowed_owners_own_city_is_the_other_states() -> None:
    body = (
        "Norway opened an embassy in Santiago in 1960. For a decade Chile covered Norway through a non-resident "
        "ambassador based in Santiago. Its embassy in Oslo was opened in 2002 and is also accredited to Iceland."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    got = {(f["sender"], f["receiver"], f["city"], f["date"]) for f in facts if f["resident"]}
    assert got == {("NO", "CL", "Santiago", "1960"), ("CL", "NO", "Oslo", "2002")}
    assert {(f["sender"], f["receiver"]) for f in facts if not f["resident"]} >= {("CL", "IS")}


def test_posts_in_cities_of_places_within_a_state_of_the_pair_are_in_that_state() -> None:
    body = "Chile keeps an embassy in Paris and consulates general in Pointe-à-Pitre, Fort-de-France and Cayenne."
    facts = of_type(extract(seed("Chile–France relations", body)), "mission")
    assert {(f["receiver"], f["kind"], f["city"]) for f in facts} == {
        ("FR", "embassy", "Paris"),
        ("FR", "consulate_general", "Pointe-à-Pitre"),
        ("FR", "consulate_general", "Fort-de-France"),
        ("FR", "consulate_general", "Cayenne"),
    }


@pytest.mark.parametrize("where", ["there", "in Santiago"])
def test_an_institute_known_by_its_name_after_an_embassy_has_its_own_date_and_place(where: str) -> None:
    body = f"France has an embassy in Santiago and an Institut français {where}, which opened in 1945."
    facts = of_type(extract(seed("Chile–France relations", body)), "mission")
    assert {(f["kind"], f["city"], f["date"]) for f in facts} == {
        ("embassy", "Santiago", None),
        ("cultural_centre", "Santiago", "1945"),
    }


def test_a_wikitable_of_missions_named_by_their_own_names_with_a_notes_column() -> None:
    text = (
        "'''Chile–Norway relations''' are the relations.\n\n== Diplomatic missions ==\n"
        '{| class="wikitable"\n! Mission !! City !! Opened !! Notes\n|-\n'
        "| Embassy of Norway || [[Santiago]] || 1960 || also accredited to [[Bolivia]] and [[Peru]]\n|-\n"
        "| Consulate General of Chile || Bergen || 1994 || closed in 2012\n|-\n"
        "| Honorary Consulate of Chile || [[Tromsø]] || 2007 ||\n|}\n"
    )
    facts = of_type(extract(text, "wiki"), "mission")
    got = {
        (f["sender"], f["receiver"], f["kind"], f["city"], f["date"], f["status"], str(f["accredited_from"]))
        for f in facts
    }
    assert got == {
        ("NO", "CL", "embassy", "Santiago", "1960", "open", "None"),
        ("NO", "BO", "embassy", None, None, "open", "{'city': 'Santiago', 'country': 'CL'}"),
        ("NO", "PE", "embassy", None, None, "open", "{'city': 'Santiago', 'country': 'CL'}"),
        ("CL", "NO", "consulate_general", "Bergen", "1994", "closed", "None"),
        ("CL", "NO", "honorary_consulate", "Tromsø", "2007", "open", "None"),
    }


@pytest.mark.parametrize(
    "body",
    [
        # a person heading a post: the date is the person's, and no post is told
        "Ingrid Berg, who has led the Norwegian embassy since 2019, is also accredited to Bolivia.",
        "Since January 2019 the Norwegian embassy has been headed by Ingrid Berg.",
        "From 2010 to 2012 the Norwegian embassy was led by its chargé d'affaires, Ola Dahl.",
    ],
)
def test_a_post_someone_heads_is_no_post_told_and_takes_no_date(body: str) -> None:
    assert of_type(extract(seed("Chile–Norway relations", body)), "mission") == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a post that moved from one city to another: the old one closed (the date is the move's), the new one open
        (
            "Chile–Germany relations",
            "Chile's embassy moved from Bonn to Berlin in 1999.",
            {("CL", "embassy", "Bonn", None, "closed"), ("CL", "embassy", "Berlin", "1999", "open")},
        ),
        # raised to a "full" embassy
        (
            "Chile–Norway relations",
            "Norway set up a liaison office in Santiago in 1995, which was raised to a full embassy in 2005.",
            {
                ("NO", "diplomatic_mission", "Santiago", "1995", "closed"),
                ("NO", "embassy", "Santiago", "2005", "open"),
            },
        ),
        # another of the kind "is to open in" a city: planned
        (
            "Chile–Norway relations",
            "Chile keeps an honorary consulate in Bergen, and another is to open in Bodø.",
            {
                ("CL", "honorary_consulate", "Bergen", None, "open"),
                ("CL", "honorary_consulate", "Bodø", None, "planned"),
            },
        ),
        # a trade and investment office
        (
            "Chile–Norway relations",
            "A Chilean trade and investment office has worked in Oslo since 2016.",
            {("CL", "trade_office", "Oslo", "2016", "open")},
        ),
        # a trade office named by its two fields, whatever the second ("trade and innovation", "trade and tourism")
        (
            "Chile–Norway relations",
            "A Norwegian trade and innovation office in Santiago is planned for 2027. A Chilean trade and tourism "
            "office opened in Oslo in 2019.",
            {("NO", "trade_office", "Santiago", None, "planned"), ("CL", "trade_office", "Oslo", "2019", "open")},
        ),
    ],
)
def test_posts_moved_raised_to_full_embassies_to_open_or_of_trade_and_investment(
    title: str, body: str, expected: set[Any]
) -> None:
    facts = of_type(extract(seed(title, body)), "mission")
    assert {(f["sender"], f["kind"], f["city"], f["date"], f["status"]) for f in facts} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an apposition after the post: "now also accredited to"
        (
            "In 1960 Norway set up an embassy in Santiago, now also accredited to Bolivia and Peru.",
            {("CL", "Santiago", None), ("BO", None, "Santiago"), ("PE", None, "Santiago")},
        ),
        # "that embassy now covers": the post told last, not an earlier one the coverage sentence began with
        (
            "Norway long covered Chile from its embassy in Buenos Aires, until an embassy opened in Santiago in 1960; "
            "that embassy now covers Bolivia as well.",
            {("CL", None, "Buenos Aires"), ("CL", "Santiago", None), ("BO", None, "Santiago")},
        ),
    ],
)
def test_third_states_a_post_now_covers(body: str, expected: set[Any]) -> None:
    facts = [f for f in of_type(extract(seed("Chile–Norway relations", body)), "mission") if f["sender"] == "NO"]
    assert {(f["receiver"], f["city"], (f["accredited_from"] or {}).get("city")) for f in facts} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Norway keeps a permanent mission to UNEP in Nairobi.",
        "Its embassy in Nairobi also houses Norway's permanent mission to the UN Environment Programme.",
        "The embassy in Nairobi doubles as Norway's permanent representation to UN-Habitat.",
    ],
)
def test_a_post_at_an_organization_is_no_post_in_the_other_state(body: str) -> None:
    facts = of_type(extract(seed("Kenya–Norway relations", body)), "mission")
    assert all(f["kind"] == "embassy" for f in facts)


def test_a_state_followed_from_an_embassy_in_a_third_state_is_covered_from_there() -> None:
    body = "At first Norway followed Chile from its embassy in Buenos Aires. In 1960 it opened an embassy in Santiago."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["receiver"], f["city"], f["resident"], (f["accredited_from"] or {}).get("city")) for f in facts} == {
        ("CL", None, False, "Buenos Aires"),
        ("CL", "Santiago", True, None),
    }


def test_the_post_kept_before_the_one_told_and_the_states_its_envoy_is_responsible_for() -> None:
    body = (
        "Norway has run an embassy in Santiago since 1965, and before that it was represented there by a legation. "
        "Its ambassador there is also responsible for Bolivia, which the embassy covers from Santiago.\n\n"
        "Chile opened an embassy in Oslo in 1972; initially, it had been represented in Oslo by a consulate general."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {
        (f["sender"], f["receiver"], f["kind"], f["city"], f["status"], (f["accredited_from"] or {}).get("city"))
        for f in facts
    } == {
        ("NO", "CL", "embassy", "Santiago", "open", None),
        ("NO", "CL", "diplomatic_mission", "Santiago", "closed", None),
        ("NO", "BO", "embassy", None, "open", "Santiago"),
        ("CL", "NO", "embassy", "Oslo", "open", None),
        ("CL", "NO", "consulate_general", "Oslo", "closed", None),
    }


def test_an_envoy_responsible_for_the_community_covers_no_state() -> None:
    body = "Norway has an embassy in Santiago. Its ambassador there is also responsible for the Norwegian community."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert [(f["receiver"], f["city"]) for f in facts] == [("CL", "Santiago")]


def test_an_earlier_cover_a_later_resident_post_and_another_post_opened_then_closed() -> None:
    body = (
        "Norway was at first represented in Santiago by its embassy in Buenos Aires, Argentina, and opened a "
        "resident embassy only in 1965. Chile has an honorary consulate in Bergen, opened in 2001, and had another "
        "in Tromsø, opened in 2005 and shut down three years later, and a third in Stavanger until 1990."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {
        (f["sender"], f["city"], f["resident"], (f["accredited_from"] or {}).get("city"), f["date"], f["status"])
        for f in facts
    } == {
        ("NO", None, False, "Buenos Aires", None, "closed"),
        ("NO", "Santiago", True, None, "1965", "open"),
        ("CL", "Bergen", True, None, "2001", "open"),
        ("CL", "Tromsø", True, None, "2005", "closed"),
        ("CL", "Stavanger", True, None, None, "closed"),
    }


def test_covers_of_a_past_period_an_opening_after_its_announcement_and_a_post_cited_as_a_source() -> None:
    body = (
        "For almost thirty years Norway dealt with Chile through its embassy in Buenos Aires, while Chile's embassy "
        "in Stockholm looked after Norway. The Norwegian embassy in Santiago, which Oslo had announced in 1963, "
        "started operations in March 1965. Chilean copper sold to Norway came to US$40 million in 2020, according to "
        "the Chilean embassy in Oslo."
    )
    doc = extract(seed("Chile–Norway relations", body))
    facts = of_type(doc, "mission")
    assert {
        (f["sender"], f["city"], (f["accredited_from"] or {}).get("city"), f["date"], f["status"]) for f in facts
    } == {
        ("NO", None, "Buenos Aires", None, "closed"),
        ("CL", None, "Stockholm", None, "closed"),
        ("NO", "Santiago", None, "1965-03", "open"),
    }
    # (the announcement of a post, told in its relative clause, is the mission's, not a happening)
    assert of_type(doc, "event") == []


def test_a_cover_of_some_years_still_running_stays_open() -> None:
    body = "For ten years Chile has been covered by Norway's embassy in Buenos Aires."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert [(f["accredited_from"]["city"], f["status"]) for f in facts] == [("Buenos Aires", "open")]


def test_honorary_consuls_listed_with_an_aside_one_given_up_and_a_post_being_prepared() -> None:
    body = (
        "Norwegian honorary consuls work in Valparaíso (since 2011) and Concepción; one in Antofagasta gave up "
        "the post in 2019, and a Chilean honorary consulate in Tromsø is being prepared."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["sender"], f["kind"], f["city"], f["date"], f["status"]) for f in facts} == {
        ("NO", "honorary_consulate", "Valparaíso", "2011", "open"),
        ("NO", "honorary_consulate", "Concepción", None, "open"),
        ("NO", "honorary_consulate", "Antofagasta", None, "closed"),
        ("CL", "honorary_consulate", "Tromsø", None, "planned"),
    }


def test_a_post_named_by_its_city_and_a_post_closing_with_the_states_it_covered() -> None:
    body = (
        "In 1990 Norway opened an embassy in Santiago. The Santiago embassy is also accredited to Bolivia.\n\n"
        "Chile opened an embassy in Oslo in 1992. The embassy's closure was announced by the Chilean foreign "
        "minister in May 2010. The Chilean embassy in Oslo, which also covered Iceland, closed at the end of 2010."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {
        (f["sender"], f["receiver"], f["city"], (f["accredited_from"] or {}).get("city"), f["date"], f["status"])
        for f in facts
    } == {
        ("NO", "CL", "Santiago", None, "1990", "open"),
        ("NO", "BO", None, "Santiago", None, "open"),
        # (the closure told twice closes the post told first; it opens none)
        ("CL", "NO", "Oslo", None, "1992", "closed"),
        ("CL", "IS", None, "Oslo", None, "closed"),
    }


def test_a_post_that_was_shut_is_closed_but_one_shut_out_is_not() -> None:
    body = (
        "The Chilean embassy in Oslo, opened in 1960, was shut the same week. Norway shut its embassy in Santiago "
        "in 1973. Chile was shut out of the talks; its embassy in Oslo reopened in 1990."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["sender"], f["city"], f["date"], f["status"]) for f in facts} == {
        ("CL", "Oslo", "1960", "closed"),
        ("NO", "Santiago", None, "closed"),
        ("CL", "Oslo", "1990", "open"),
    }


def test_posts_listed_under_their_kind_with_a_note_each() -> None:
    body = (
        "== Diplomatic missions ==\n"
        "- Honorary consulates: Norway in Valparaíso (since 2013; honorary consul Kari Dahl), Chile in Bergen (2018), "
        "Norway in Arica (closed 2020).\n"
        "- Consulates: Norway in Punta Arenas and Chile in Tromsø."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["sender"], f["kind"], f["city"], f["date"], f["status"]) for f in facts} == {
        ("NO", "honorary_consulate", "Valparaíso", "2013", "open"),
        ("CL", "honorary_consulate", "Bergen", "2018", "open"),
        ("NO", "honorary_consulate", "Arica", None, "closed"),
        ("NO", "consulate", "Punta Arenas", None, "open"),
        ("CL", "consulate", "Tromsø", None, "open"),
    }


def test_a_post_to_be_opened_one_folded_into_another_and_a_cover_that_had_been() -> None:
    body = (
        "Chile has honorary consulates in Bergen and Tromsø; the one in Bodø closed in 2016, and another is to be "
        "opened in Stavanger. A Norwegian consulate in Valparaíso, open from 1923, was folded into the new embassy. "
        "Until 1984 Norway had been covered from the Chilean embassy in Stockholm."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    got = {
        (f["sender"], f["receiver"], f["kind"], f["city"], (f["accredited_from"] or {}).get("city"), f["status"])
        for f in facts
    }
    assert got == {
        ("CL", "NO", "honorary_consulate", "Bergen", None, "open"),
        ("CL", "NO", "honorary_consulate", "Tromsø", None, "open"),
        ("CL", "NO", "honorary_consulate", "Bodø", None, "closed"),
        ("CL", "NO", "honorary_consulate", "Stavanger", None, "planned"),
        # merged into the embassy: closed, and "the new embassy" it went into is no further post
        ("NO", "CL", "consulate", "Valparaíso", None, "closed"),
        # the state covered is the subject, the sender the embassy's
        ("CL", "NO", "embassy", None, "Stockholm", "closed"),
    }


def test_a_diplomatic_office_kept_for_a_stretch_of_years_is_a_closed_mission() -> None:
    body = (
        "Norway is accredited to Chile from its embassy in Buenos Aires. Between 2015 and 2020 Norway also kept a "
        "small diplomatic office in Santiago, attached to the embassy in Buenos Aires."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["kind"], f["city"], f["date"], f["status"]) for f in facts if f["resident"]} == {
        ("diplomatic_mission", "Santiago", "2015", "closed")
    }


def test_interests_looked_after_from_a_third_capital_are_a_non_resident_mission() -> None:
    # the state named by its adjective, the state served in the clause or left understood; an earlier arrangement
    # ("before that", "had earlier been", "for many years") has ended
    body = (
        "India opened a high commission in Gaborone in 1987; before that, Indian interests in Botswana were handled "
        "from the high commission in Lusaka. Botswana's affairs had earlier been looked after by the high commission "
        "in Dar es Salaam, Tanzania. For many years India handled relations from its embassy in Maputo as well."
    )
    facts = of_type(extract(seed("Botswana–India relations", body)), "mission")
    got = {
        (f["sender"], f["receiver"], f["kind"], f["city"], (f["accredited_from"] or {}).get("city"), f["status"])
        for f in facts
    }
    assert got == {
        ("IN", "BW", "embassy", "Gaborone", None, "open"),
        ("IN", "BW", "embassy", None, "Lusaka", "closed"),
        ("BW", "IN", "embassy", None, "Dar es Salaam", "closed"),
        ("IN", "BW", "embassy", None, "Maputo", "closed"),
    }


def test_an_opening_that_talks_prepared_takes_no_date_from_them() -> None:
    # the days of a visit are no post's life, and an opening prepared is dated where it is told
    body = (
        "Chile opened an embassy in Oslo in 2017. Foreign Minister Heraldo Muñoz came to Oslo on 3–5 May 2016 for "
        "talks that prepared the opening of the Chilean embassy. A Chilean consulate in Bergen worked from 1974 "
        "to 1984."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["kind"], f["city"], f["date"], f["status"]) for f in facts} == {
        ("embassy", "Oslo", "2017", "open"),
        ("consulate", "Bergen", "1974", "closed"),
    }


def test_a_trade_house_announced_but_not_opened_is_a_planned_trade_office() -> None:
    # a kind the data table adds ("trade house") is read without a change to the code's first test of a sentence
    body = "A Chilean trade house in Oslo, announced in 2021, has not yet opened."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert [(f["sender"], f["kind"], f["city"], f["status"]) for f in facts] == [
        ("CL", "trade_office", "Oslo", "planned")
    ]


def test_the_one_in_another_city_after_while_and_a_second_post_named_again() -> None:
    body = (
        "An honorary consulate of Chile has worked in Bergen since 2014, while the one in Tromsø closed in 2019. "
        "Norway opened a consulate in Valparaíso in 1990; a second consulate, in Punta Arenas, closed in 2002."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["sender"], f["kind"], f["city"], f["status"]) for f in facts} == {
        ("CL", "honorary_consulate", "Bergen", "open"),
        ("CL", "honorary_consulate", "Tromsø", "closed"),
        ("NO", "consulate", "Valparaíso", "open"),
        ("NO", "consulate", "Punta Arenas", "closed"),
    }


def test_a_post_with_its_head_in_an_apposition_keeps_the_date_of_its_own_verb() -> None:
    body = (
        "An honorary consulate of Chile in Bergen, headed by the shipowner Erik Berg, has operated since 2016. "
        "Norway's embassy in Santiago, led by Ambassador Kari Lund, opened in 1960."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    assert {(f["kind"], f["city"], f["date"]) for f in facts} == {
        ("honorary_consulate", "Bergen", "2016"),
        ("embassy", "Santiago", "1960"),
    }


def test_a_rendered_infobox_by_columns_gives_non_resident_posts_and_their_envoys() -> None:
    from bilateral.document.load import parse_text
    from bilateral.pipeline import extract_doc

    text = (
        "Chile–Norway relations\nFrom Wikipedia, the free encyclopedia\n\nChile–Norway relations\n"
        "Map indicating locations of Chile and Norway\n\tChile\tNorway\n"
        "Diplomatic mission\tEmbassy of Chile, Copenhagen (non-resident)\t"
        "Embassy of Norway, Buenos Aires (non-resident)\n"
        "Envoy\tAmbassador Ana Rojas\tAmbassador Per Lund\n\n"
        "Chile–Norway relations are the bilateral relations between Chile and Norway.\n"
    )
    document, _ = extract_doc(parse_text(text, "chile-norway.txt"))
    missions = {
        (f["sender"], f["receiver"], f["resident"], f["accredited_from"]["city"])
        for f in document["facts"]
        if f["type"] == "mission"
    }
    assert missions == {("CL", "NO", False, "Copenhagen"), ("NO", "CL", False, "Buenos Aires")}
    envoys = {(f["person"], f["sender"]) for f in document["facts"] if f["type"] == "office"}
    assert envoys == {("Ana Rojas", "CL"), ("Per Lund", "NO")}


def _posts(title: str, body: str) -> set[tuple[Any, ...]]:
    return {
        (
            f["sender"],
            f["receiver"],
            f["resident"],
            f["city"] if f["resident"] else f["accredited_from"]["city"],
            f["date"],
            f["status"],
        )
        for f in of_type(extract(seed(title, "== Missions ==\n" + body)), "mission")
    }


def test_a_post_closed_then_the_state_looked_after_from_a_third_capital() -> None:
    # the closing year dates the post's end, not its opening, and the coverage's start; "the country" is the state
    # served
    body = (
        "Chile closed its embassy in Oslo in 1994, and for the next twenty years the country was looked after by "
        "the Chilean embassy in Stockholm."
    )
    assert _posts("Chile–Norway relations", body) == {
        ("CL", "NO", True, "Oslo", None, "closed"),
        ("CL", "NO", False, "Stockholm", "1994", "closed"),
    }


@pytest.mark.parametrize(
    "body",
    [
        "Norway's embassy in Santiago dates from 1965; earlier, relations were handled by the Norwegian embassy in "
        "Buenos Aires.",
        "Norway opened its embassy in Santiago in 1965; until then it had been represented by its embassy in Buenos "
        "Aires.",
    ],
)
def test_relations_handled_or_represented_from_a_third_capital_before_the_post_opened(body: str) -> None:
    assert _posts("Chile–Norway relations", body) == {
        ("NO", "CL", True, "Santiago", "1965", "open"),
        ("NO", "CL", False, "Buenos Aires", None, "closed"),
    }


def test_a_post_named_by_a_city_of_a_former_states_today_covers_third_states() -> None:
    # Moscow lies in Russia today; in an article on the Soviet Union it is the Soviet Union's
    body = "Uruguay opened its embassy in Moscow in 1966. The Moscow embassy was also accredited to Poland."
    posts = _posts("Soviet Union–Uruguay relations", body)
    assert ("UY", "PL", False, "Moscow") in {p[:4] for p in posts}


def test_a_gapped_post_kept_until_an_event_of_a_year_is_closed_and_undated() -> None:
    body = "Chile kept a legation in Oslo, and Norway one in Santiago, until the war of 1940."
    assert ("NO", "CL", True, "Santiago", None, "closed") in _posts("Chile–Norway relations", body)


def test_a_post_closed_and_reopened_in_the_next_sentence_is_two_posts() -> None:
    body = "Chile closed its embassy in Oslo in 1994. The embassy in Oslo reopened in 2014."
    assert _posts("Chile–Norway relations", body) == {
        ("CL", "NO", True, "Oslo", None, "closed"),
        ("CL", "NO", True, "Oslo", "2014", "open"),
    }


def test_legations_of_a_former_state_told_by_capital_closing_and_covering() -> None:
    # Prague stands for Czechoslovakia (the city lies in the Czech Republic today); a legation that "had to close"
    # is dated by its opening, the reopening is a post of its own; "that legation" covers a third state
    body = (
        "Prague opened a legation in Santiago in 1927; Chile opened a legation in Prague in 1930. From 1935 that "
        "legation was also accredited to Austria, until the Anschluss three years later. Chile's own legation in "
        "Prague had to close in 1939, and the legation reopened in 1946."
    )
    facts = of_type(extract(seed("Chile–Czechoslovakia relations", body)), "mission")
    got = {(f["sender"], f["receiver"], f["kind"], f["city"] or f["accredited_from"]["city"], f["date"]) for f in facts}
    assert got == {
        ("CS", "CL", "diplomatic_mission", "Santiago", "1927"),
        ("CL", "CS", "diplomatic_mission", "Prague", "1930"),
        ("CL", "AT", "diplomatic_mission", "Prague", "1935"),
        ("CL", "CS", "diplomatic_mission", "Prague", "1946"),
    }


def test_a_second_post_on_an_island_told_with_the_noun_left_out() -> None:
    body = "An honorary consulate of Chile works in Thessaloniki; the one on Chios was closed in 2015."
    assert _posts("Chile–Greece relations", body) == {
        ("CL", "GR", True, "Thessaloniki", None, "open"),
        ("CL", "GR", True, "Chios", None, "closed"),
    }


def test_a_list_of_cities_that_repeats_its_preposition() -> None:
    body = "Chile also has honorary consulates in Porto and in Funchal."
    assert {p[3] for p in _posts("Chile–Portugal relations", body)} == {"Porto", "Funchal"}


def test_a_post_that_shut_at_a_time_told_by_reference_is_not_dated_by_its_closing() -> None:
    body = (
        "== Missions ==\nRelations ended on 3 October 1990, when the East German embassy in Santiago closed; the "
        "Chilean embassy in East Berlin had shut that summer."
    )
    facts = of_type(extract(seed("Chile–East Germany relations", body)), "mission")
    berlin = [f for f in facts if f["city"] == "East Berlin"]
    assert [(f["status"], f["date"]) for f in berlin] == [("closed", None)]


def test_coverage_by_a_third_states_legation_of_the_island_and_of_interests_in_a_capital() -> None:
    body = (
        "== Missions ==\nPoland is represented in Chile by its embassy in Lima, which took over the task in 2008; "
        "before that the Polish embassy in Buenos Aires had covered the republic. For twelve years the Polish "
        "legation in Montevideo looked after Chile. Chilean interests in Warsaw were looked after by the embassy in "
        "Berlin until 2013, when Chile inaugurated its own embassy in Warsaw."
    )
    facts = of_type(extract(seed("Chile–Poland relations", body)), "mission")
    got = {
        (f["sender"], f["receiver"], f["kind"], f["resident"], (f["accredited_from"] or {}).get("city"), f["city"])
        for f in facts
    }
    assert got == {
        ("PL", "CL", "embassy", False, "Lima", None),
        ("PL", "CL", "embassy", False, "Buenos Aires", None),
        ("PL", "CL", "diplomatic_mission", False, "Montevideo", None),
        ("CL", "PL", "embassy", False, "Berlin", None),
        ("CL", "PL", "embassy", True, None, "Warsaw"),
    }


def test_a_coverage_told_after_a_second_post_is_not_the_first_posts() -> None:
    body = (
        "== Missions ==\nThe Chilean embassy in Oslo was opened in 2011, and the Norwegian embassy in Santiago "
        "followed in 2013; it is also accredited to Argentina, Bolivia and Peru."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    # the embassy in Oslo covers none of them
    assert not [f for f in facts if (f["accredited_from"] or {}).get("city") == "Oslo"]
    assert {(f["sender"], f["city"], f["date"]) for f in facts if f["resident"]} == {
        ("CL", "Oslo", "2011"),
        ("NO", "Santiago", "2013"),
    }


def test_a_non_resident_post_accredited_to_one_of_the_pair_as_well_as_to_others_covers_them_too() -> None:
    body = "== Missions ==\nChile's embassy in Berlin is accredited to Poland, as well as to Austria and Switzerland."
    facts = of_type(extract(seed("Chile–Poland relations", body)), "mission")
    assert {(f["sender"], f["receiver"], f["resident"], f["accredited_from"]["city"]) for f in facts} == {
        ("CL", "PL", False, "Berlin"),
        ("CL", "AT", False, "Berlin"),
        ("CL", "CH", False, "Berlin"),
    }


@pytest.mark.parametrize(
    "body",
    [
        # "its" opening a sentence: the state of the sentence before; the time the sentence before ended
        "Norway kept an embassy in Santiago from 1960 to 1996. Its embassy in Buenos Aires has covered Chile since "
        "then.",
        # the two sentences in one list item
        "- Norway kept an embassy in Santiago from 1960 to 1996. Its embassy in Buenos Aires has represented it in "
        "Chile since then.",
        "- The Norwegian embassy in Santiago was closed in 1996 amid budget cuts, and Chile has since been covered "
        "from Buenos Aires.",
    ],
)
def test_a_coverage_told_after_a_closing_runs_from_that_closing(body: str) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", "== Missions ==\n" + body)), "mission")
    covered = [f for f in facts if not f["resident"]]
    assert [(f["sender"], f["receiver"], f["accredited_from"]["city"], f["date"], f["status"]) for f in covered] == [
        ("NO", "CL", "Buenos Aires", "1996", "open")
    ]


def test_an_unnamed_ambassador_in_a_third_capital_also_accredited_is_a_coverage_not_an_office() -> None:
    body = (
        "== Missions ==\nBudget cuts closed the Chilean embassy in Oslo in 1985; from then on Chile's ambassador in "
        "Stockholm was also accredited to Norway.\n"
    )
    document = extract(seed("Chile–Norway relations", body))
    covered = [f for f in of_type(document, "mission") if not f["resident"]]
    assert [(f["accredited_from"]["city"], f["date"], f["status"]) for f in covered] == [("Stockholm", "1985", "open")]
    assert of_type(document, "office") == []


def test_a_coverage_for_the_next_years_runs_from_the_time_the_sentence_before_told_though_an_until_ends_it() -> None:
    body = (
        "== History ==\nDiplomatic relations were established in 1964. For the next eight years Chile covered Norway "
        "from its embassy in Stockholm, until an embassy of its own opened in Oslo in 1972.\n"
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    covered = [f for f in facts if not f["resident"]]
    assert [(f["accredited_from"]["city"], f["date"], f["status"]) for f in covered] == [
        ("Stockholm", "1964", "closed")
    ]


def test_a_state_at_first_covered_from_its_embassy_in_a_third_capital_had_a_non_resident_mission_since_closed() -> None:
    body = (
        "== Missions ==\nChile was at first covered from its embassy in Stockholm; the Chilean embassy in Oslo "
        "was inaugurated on 24 November 2001."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "mission")
    got = {(f["sender"], f["receiver"], f["resident"], f["city"], f["status"]) for f in facts}
    assert got == {("CL", "NO", False, None, "closed"), ("CL", "NO", True, "Oslo", "open")}
    assert [f["accredited_from"]["city"] for f in facts if not f["resident"]] == ["Stockholm"]


def test_a_post_to_the_united_nations_in_a_third_city_marked_or_told_as_covering_the_other_is_non_resident() -> None:
    for body in (
        "Infobox\n- Palauan mission: Permanent Mission of Palau to the United Nations, New York (non-resident)\n",
        "== Diplomatic missions ==\n- Palau is accredited to Chile from its Permanent Mission to the United Nations in "
        "New York.",
    ):
        facts = of_type(extract(seed("Chile–Palau relations", body)), "mission")
        assert [(f["sender"], f["receiver"], f["resident"], f["accredited_from"]) for f in facts] == [
            ("PW", "CL", False, {"city": "New York", "country": "US"})
        ]


def test_the_sending_states_name_after_embassy_of_is_no_town_of_the_receiver_that_bears_it() -> None:
    # (Lebanon, Pennsylvania is a town of the United States)
    text = (
        "Lebanon–United States relations\nFrom Wikipedia, the free encyclopedia\nBilateral relations\n"
        "Lebanon–United States relations\n\tLebanon\tUnited States\nDiplomatic mission\n"
        "Embassy of Lebanon, Washington, D.C.\tEmbassy of the United States, Beirut\n\n"
        "Lebanon–United States relations are the bilateral relations between Lebanon and the United States.\n"
    )
    facts = of_type(extract(text), "mission")
    assert {(f["sender"], f["receiver"], f["city"]) for f in facts} == {
        ("LB", "US", "Washington"),
        ("US", "LB", "Beirut"),
    }
