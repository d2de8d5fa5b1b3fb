"""Recognition and diplomatic relations, table-driven (key fields: subject, object, date; parties, event, date)."""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import check_row, extract, matching, of_type, prose, seed


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


RECOGNITION = [
    (
        "Latvia–Lithuania relations",
        "Lithuania recognized the restored independence of Latvia on 29 July 1991.",
        {"subject": "LT", "object": "LV", "date": "1991-07-29"},
    ),
    (
        "Kosovo–Albania relations",
        "Albania was the first country to recognize Kosovo, on 18 February 2008.",
        {"subject": "AL", "object": "XK", "date": "2008-02-18"},
    ),
    (
        "Lithuania–Iceland relations",
        "On February 11, 1991 Iceland became the first state to recognise Lithuania's independence.",
        {"subject": "IS", "object": "LT", "date": "1991-02-11"},
    ),
    (
        "Croatia–Germany relations",
        "Germany recognised Croatia in December 1991.",
        {"subject": "DE", "object": "HR", "date": "1991-12"},
    ),
    (
        "Portugal–Angola relations",
        "The independence of Angola was recognized by Portugal on 22 February 1976.",
        {"subject": "PT", "object": "AO", "date": "1976-02-22"},
    ),
    (
        "Croatia–Slovenia relations",
        "Slovenia was recognized by Croatia on 26 June 1991, the day after both declared independence.",
        {"subject": "HR", "object": "SI", "date": "1991-06-26"},
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), RECOGNITION)
def test_recognition_rows(title: str, body: str, expected: dict[str, Any]) -> None:
    check_row(seed(title, body), "recognition", expected)


RELATIONS = [
    (
        "Latvia–Lithuania relations",
        "The two states established diplomatic relations on October 5, 1991.",
        {"parties": ["LT", "LV"], "event": "established", "date": "1991-10-05"},
    ),
    (
        "Mongolia–Kazakhstan relations",
        "Mongolia and Kazakhstan established diplomatic relations on 22 January 1992.",
        {"parties": ["KZ", "MN"], "event": "established", "date": "1992-01-22"},
    ),
    (
        "Estonia–Finland relations",
        "Diplomatic relations between the two countries were restored in August 1991.",
        {"parties": ["EE", "FI"], "event": "restored", "date": "1991-08"},
    ),
    (
        "Ukraine–Russia relations",
        "Ukraine severed diplomatic relations with Russia on 24 February 2022.",
        {"parties": ["RU", "UA"], "event": "severed", "date": "2022-02-24"},
    ),
    (
        "Georgia–Russia relations",
        "Diplomatic relations between Georgia and Russia were broken off in August 2008.",
        {"parties": ["GE", "RU"], "event": "severed", "date": "2008-08"},
    ),
    (
        "Israel–Turkey relations",
        "The two countries restored full diplomatic relations in August 2022.",
        {"parties": ["IL", "TR"], "event": "restored", "date": "2022-08"},
    ),
    (
        "Chile–Bolivia relations",
        "Diplomatic relations were upgraded to the level of embassies in 1992.",
        {"parties": ["BO", "CL"], "event": "upgraded", "date": "1992"},
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), RELATIONS)
def test_relations_rows(title: str, body: str, expected: dict[str, Any]) -> None:
    check_row(seed(title, body), "diplomatic_relations", expected)


def test_negated_relations_give_no_fact() -> None:
    check_row(
        seed("Vatican City–Vietnam relations", "The two states have not established diplomatic relations."),
        "diplomatic_relations",
        None,
    )


def test_relations_in_prose_and_wiki() -> None:
    body = "Mongolia and Kazakhstan established diplomatic relations on 22 January 1992."
    check_row(
        prose("Mongolia–Kazakhstan relations", body),
        "diplomatic_relations",
        {"event": "established", "date": "1992-01-22"},
        fmt="prose",
    )
    wiki = (
        "'''Kazakhstan–Mongolia relations''' are the relations between [[Kazakhstan]] and [[Mongolia]].\n\n"
        "== History ==\n[[Mongolia]] and [[Kazakhstan]] established diplomatic relations on 22 January 1992."
        "<ref>{{cite web|title=x}}</ref>\n"
    )
    document = check_row(wiki, "diplomatic_relations", {"event": "established", "date": "1992-01-22"}, fmt="wiki")
    assert document["dyad"] == ["KZ", "MN"]


def test_mutual_recognition_gives_both_directions() -> None:
    document = extract(
        seed("Croatia–Slovenia relations", "Croatia and Slovenia mutually recognized each other on 26 June 1991.")
    )
    got = {(f["subject"], f["object"], f["date"]) for f in of_type(document, "recognition")}
    assert got == {("HR", "SI", "1991-06-26"), ("SI", "HR", "1991-06-26")}


def test_third_states_coordinated_with_one_of_the_pair_get_relations_with_the_other() -> None:
    document = extract(
        seed(
            "Cuba–Guyana relations",
            "Jamaica, Barbados, Guyana and Trinidad and Tobago jointly established diplomatic relations with Cuba on "
            "8 December 1972.",
        )
    )
    pairs = sorted(tuple(f["parties"]) for f in of_type(document, "diplomatic_relations"))
    assert pairs == [("BB", "CU"), ("CU", "GY"), ("CU", "JM"), ("CU", "TT")]
    assert {f["date"] for f in of_type(document, "diplomatic_relations")} == {"1972-12-08"}


def test_a_third_state_alone_gets_no_relations_fact() -> None:
    document = extract(
        seed(
            "Cuba–Guyana relations",
            "Guyana established diplomatic relations with Cuba on 8 December 1972, as did Jamaica.",
        )
    )
    assert sorted(tuple(f["parties"]) for f in of_type(document, "diplomatic_relations")) == [("CU", "GY")]


def test_the_states_a_sentence_compares_the_pair_with_did_the_act_not_the_pair() -> None:
    text = seed(
        "Iran–Kuwait relations",
        "Unlike Saudi Arabia and Bahrain, which cut ties with Iran in January 2016 after the attack on the Saudi "
        "embassy in Tehran, Kuwait only recalled its ambassador.",
    )
    parties = {tuple(f["parties"]) for f in of_type(extract(text), "diplomatic_relations")}
    assert ("IR", "KW") not in parties and ("IR", "SA") in parties, parties


def test_the_two_states_recognised_each_other() -> None:
    text = seed("Czech Republic–Slovakia relations", "The two states recognised each other on 1 January 1993.")
    got = {(f["subject"], f["object"], f["date"]) for f in of_type(extract(text), "recognition")}
    assert got == {("CZ", "SK", "1993-01-01"), ("SK", "CZ", "1993-01-01")}


def test_on_independence_day_dates_the_recognition_and_relations_at_once() -> None:
    text = seed(
        "Australia–Papua New Guinea relations",
        "Papua New Guinea became independent on 16 September 1975. Australia recognised the new state on "
        "independence day and established diplomatic relations with it at once.",
    )
    document = extract(text)
    assert matching(document, "recognition", subject="AU", object="PG", date="1975-09-16")
    assert matching(document, "diplomatic_relations", event="established", date="1975-09-16")


def test_a_recognition_denied_is_none() -> None:
    sentence = (
        "Fiji established diplomatic relations with the People's Republic of China in 1975, without ever having "
        "recognised the Republic of China."
    )
    assert not of_type(extract(seed("China–Fiji relations", sentence)), "recognition")


def test_on_the_day_of_its_independence_is_the_day_told_before() -> None:
    text = seed(
        "Fiji–United Kingdom relations",
        "Fiji became independent on 10 October 1970. The United Kingdom recognised the new state on the day of its "
        "independence.",
    )
    assert matching(extract(text), "recognition", subject="GB", object="FJ", date="1970-10-10")


NOT_STATEHOOD = [
    ("China–United States relations", "In 1950 the United States refused to recognise the People's Republic of China."),
    (
        "United States–Venezuela relations",
        "In January 2019 the United States recognised the opposition leader Juan Guaidó as interim "
        "president of Venezuela.",
    ),
    ("Italy–Malta relations", "In 1980 Italy recognised the neutrality of Malta and promised to guarantee it."),
    ("Greece–North Macedonia relations", "Greece has long declined to recognise a Macedonian minority on its soil."),
    ("Austria–Hungary relations", "In 1999 Austria and Hungary agreed to recognise each other's university diplomas."),
    ("Croatia–Iceland relations", "In December 2021 Croatia marked the 30th anniversary of Iceland's recognition."),
    (
        "Estonia–Finland relations",
        "In 2019 Estonia was recognised as one of Finland's most important trading partners.",
    ),
]


@pytest.mark.parametrize(("title", "body"), NOT_STATEHOOD)
def test_a_recognition_of_something_other_than_the_state_is_none(title: str, body: str) -> None:
    assert not of_type(extract(seed(title, body)), "recognition")


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # the day the text said the state became independent, not the last date told before
        (
            "Fiji became independent on 10 October 1970. It joined the Commonwealth the same day and the United "
            "Nations on 13 October. The United Kingdom recognised the new state on the day of independence.",
            "1970-10-10",
        ),
        # but a day the same sentence told first is the one it means
        (
            "Tonga became independent on 4 June 1970. Fiji followed on 10 October 1970; the United Kingdom recognised "
            "it on its independence day.",
            "1970-10-10",
        ),
    ],
)
def test_the_day_of_independence_is_the_day_told_of_it(body: str, date: str) -> None:
    assert matching(
        extract(seed("Fiji–United Kingdom relations", body)), "recognition", subject="GB", object="FJ", date=date
    )


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("The legations in Dublin and Washington were raised to embassies in 1950.", "1950"),
        ("In 1950 the two legations were raised to embassies.", "1950"),
        ("After the Second World War the legations were raised to embassies.", None),
    ],
)
def test_legations_raised_to_embassies_upgrade_the_relations(body: str, date: str | None) -> None:
    document = extract(seed("Ireland–United States relations", body))
    assert [(f["parties"], f["event"], f["date"]) for f in of_type(document, "diplomatic_relations")] == [
        (["IE", "US"], "upgraded", date)
    ]


def test_a_third_states_legations_raised_are_not_the_pairs() -> None:
    document = extract(
        seed("Ireland–United States relations", "The legations in Paris and Rome were raised to embassies in 1950.")
    )
    assert not of_type(document, "diplomatic_relations")


def test_bare_ties_restored_are_the_diplomatic_relations_but_trade_ties_are_not() -> None:
    document = extract(
        seed(
            "Malaysia–Philippines relations",
            "The Sabah dispute led to a break in 1968. Ties were restored in December 1969. "
            "Trade ties were restored in 1970.",
        )
    )
    assert [(f["event"], f["date"]) for f in of_type(document, "diplomatic_relations")] == [("restored", "1969-12")]


def test_a_capital_stands_for_the_former_state_of_the_pair_but_a_named_successor_does_not() -> None:
    document = extract(
        seed(
            "Hungary–Soviet Union relations",
            "Moscow restored diplomatic relations with Hungary on 25 September 1945. "
            "Hungary and Russia established diplomatic relations in December 1991.",
        )
    )
    assert sorted((tuple(f["parties"]), f["event"]) for f in of_type(document, "diplomatic_relations")) == [
        (("HU", "RU"), "established"),
        (("HU", "SU"), "restored"),
    ]


def test_relations_dating_from_a_treatys_signature_take_the_signing_date() -> None:
    document = extract(
        seed(
            "Japan–Mexico relations",
            "The Treaty of Amity, Commerce and Navigation was signed in Washington on 30 November 1888, and "
            "diplomatic relations between the two countries date from its signature.",
        )
    )
    assert [(f["event"], f["date"]) for f in of_type(document, "diplomatic_relations")] == [
        ("established", "1888-11-30")
    ]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Guinea–Soviet Union relations",
            "Guinea declared its independence on 2 October 1958. Moscow recognised the new republic two days later.",
            ("SU", "GN", "1958-10-04"),
        ),
        (
            "Germany–Jamaica relations",
            "Jamaica became independent on 6 August 1962, and the Federal Republic recognised it that same day.",
            ("DE", "JM", "1962-08-06"),
        ),
    ],
)
def test_a_recognition_by_a_former_states_capital_or_by_its_short_name(
    title: str, body: str, expected: tuple[str, str, str]
) -> None:
    got = [(f["subject"], f["object"], f["date"]) for f in of_type(extract(seed(title, body)), "recognition")]
    assert got == [expected]


def test_a_successor_recognised_in_a_relative_clause_is_no_recognition_between_the_pair() -> None:
    document = extract(
        seed(
            "Finland–Soviet Union relations",
            "On 25 December 1991 the Soviet embassy in Helsinki passed to the Russian Federation, which Finland "
            "recognised on 30 December.",
        )
    )
    assert not of_type(document, "recognition")


def test_a_recognition_whose_subject_is_it_is_the_other_states() -> None:
    document = extract(
        seed(
            "Nepal–Ukraine relations",
            "Nepal followed the break-up of the Soviet Union closely. It recognised the independence of Ukraine in "
            "January 1992.",
        )
    )
    assert [(f["subject"], f["object"], f["date"]) for f in of_type(document, "recognition")] == [
        ("NP", "UA", "1992-01")
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Costa Rica–South Korea relations", set()),  # a switch between two other states: nothing of the pair
        ("China–Costa Rica relations", {("CR", "CN", "2007-06")}),
    ],
)
def test_a_switch_of_recognition_recognises_only_the_state_switched_to(title: str, expected: set[Any]) -> None:
    body = "Costa Rica's switch of recognition from Taiwan to the People's Republic of China in June 2007 was news."
    got = {(f["subject"], f["object"], f["date"]) for f in of_type(extract(seed(title, body)), "recognition")}
    assert got == expected


@pytest.mark.parametrize(
    "body",
    [
        "Chile, which had recognised Norway in 1972, opened an embassy in Oslo in 1983.",
        "Chile, which had recognised the kingdom in 1972, opened an embassy in Oslo in 1983.",
    ],
)
def test_a_recognition_told_in_a_relative_clause_about_the_state_that_gave_it(body: str) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "recognition")
    assert [(f["subject"], f["object"], f["date"]) for f in facts] == [("CL", "NO", "1972")]


def test_legations_raised_with_their_cities_are_an_upgrade_and_an_embassy_in_each() -> None:
    document = extract(
        seed(
            "Chile–Norway relations",
            "Relations were restored in 1946, and in 1961 the two governments raised their legations in Santiago and "
            "Oslo to embassies.",
        )
    )
    assert {(f["event"], f["date"]) for f in of_type(document, "diplomatic_relations")} == {
        ("restored", "1946"),
        ("upgraded", "1961"),
    }
    assert {(f["sender"], f["kind"], f["city"], f["date"], f["status"]) for f in of_type(document, "mission")} == {
        ("NO", "diplomatic_mission", "Santiago", None, "closed"),
        ("NO", "embassy", "Santiago", "1961", "open"),
        ("CL", "diplomatic_mission", "Oslo", None, "closed"),
        ("CL", "embassy", "Oslo", "1961", "open"),
    }


def test_a_concession_after_the_relations_does_not_deny_them() -> None:
    body = "Norway and Chile opened diplomatic relations in November 1975, although neither sent a resident envoy."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "diplomatic_relations")
    assert [(f["event"], f["date"]) for f in facts] == [("established", "1975-11")]
    denied = "Norway and Chile have not established diplomatic relations, although trade is growing."
    assert not of_type(extract(seed("Chile–Norway relations", denied)), "diplomatic_relations")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one legation raised: the relations are upgraded once, at the first raising told
        (
            "The Norwegian legation in Santiago was raised to an embassy in 1958, and Chile's legation in Oslo became "
            "an embassy the following year.",
            [("upgraded", "1958")],
        ),
        # raised as it moved, in a "when" clause: the time the "when" refers to
        (
            "Norway opened a legation in Valparaíso in 1925 and moved it to Santiago in 1931, when it also became an "
            "embassy.",
            [("upgraded", "1931")],
        ),
        # a third state's legation tells nothing of the pair's relations
        ("Japan's legation in Oslo was raised to an embassy in 1958.", []),
        # relations "opened" or "agreed", with their level between
        (
            "Chile recognised Norway in May 1949, and relations were opened the following year.",
            [("established", "1950")],
        ),
        (
            "On 8 May 1969 Chile recognised Norway, and relations at ambassadorial level were agreed two days later.",
            [("established", "1969-05-10")],
        ),
        # the relations as a pronoun in a clause of their own, raised to a level
        (
            "Chile and Norway established diplomatic relations on 2 April 1952 at legation level, and they were "
            "raised to ambassadorial level in 1966.",
            [("established", "1952-04-02"), ("upgraded", "1966")],
        ),
    ],
)
def test_relations_upgraded_by_a_legation_raised_and_opened_or_agreed(body: str, expected: list[Any]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "diplomatic_relations")
    assert [(f["event"], f["date"]) for f in facts] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Chile declared its independence on 12 February 1818, but Oslo withheld recognition for two decades.",
        "Chile declared its independence on 12 February 1818; Norway refused recognition until the war was over.",
    ],
)
def test_recognition_withheld_or_refused_is_none(body: str) -> None:
    assert of_type(extract(seed("Chile–Norway relations", body)), "recognition") == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a recognition switched back to one of the pair, dated by the clause it hangs on
        (
            "Nicaragua–Taiwan relations",
            "Relations were restored on 6 November 1990, when the government of Violeta Chamorro switched its "
            "recognition back to the Republic of China.",
            [("NI", "TW", "1990-11-06")],
        ),
        # a state after "with" is no subject: the act is the government's, of a third state
        (
            "Nicaragua–Taiwan relations",
            "On 10 December 2021 the government of Daniel Ortega broke off relations with Taipei and recognised the "
            "People's Republic of China.",
            [],
        ),
        # a wish for recognition is none
        (
            "Croatia–Chile relations",
            "Through the 1980s Croatian emigrant societies in Santiago campaigned for recognition, in vain.",
            [],
        ),
        # "that recognition" takes up the one told before (a third state's here), no new one of the other
        (
            "Chile–Morocco relations",
            "Chile's recognition of the Sahrawi Republic in 1999 was criticised in Rabat, and Santiago's later "
            "debates on that recognition kept the question open.",
            [("CL", "EH", "1999")],
        ),
    ],
)
def test_recognition_switched_back_wished_for_or_taken_up_again(title: str, body: str, expected: list[Any]) -> None:
    facts = of_type(extract(seed(title, body)), "recognition")
    assert [(f["subject"], f["object"], f["date"]) for f in facts] == expected


def test_relations_established_only_at_the_date_a_cleft_puts_first() -> None:
    body = "Norway recognised Chile in 1850, but it was not until 2 May 1866 that diplomatic relations were set up."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "diplomatic_relations")
    assert [(f["event"], f["date"]) for f in facts] == [("established", "1866-05-02")]


def test_relations_broken_off_as_them_restored_then_upgraded_a_year_later_and_a_third_states_break() -> None:
    body = (
        "Diplomatic relations were established in 1895, when Oslo and Santiago exchanged their first envoys. "
        "Santiago broke them off in May 1940, together with its ties to other occupied states; they were restored in "
        "1945, and a year later the legations were raised to embassies. After the coup of September 1973, when the "
        "Soviet Union and most of its allies cut their ties with Santiago, Norway kept its embassy open."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "diplomatic_relations")
    assert {(tuple(f["parties"]), f["event"], f["date"]) for f in facts} == {
        (("CL", "NO"), "established", "1895"),
        (("CL", "NO"), "severed", "1940-05"),
        (("CL", "NO"), "restored", "1945"),
        (("CL", "NO"), "upgraded", "1946"),
        # the break of 1973 is the Soviet Union's, not Norway's
        (("CL", "SU"), "severed", "1973-09"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On 2 May 1960 relations were raised to embassy level.", {("upgraded", "1960-05-02")}),
        (
            "Relations were restored on 3 March 1946, and were raised from legations to embassies in 1958.",
            {("restored", "1946-03-03"), ("upgraded", "1958")},
        ),
        (
            "The Norwegian minister in Buenos Aires looked after Chile until the two countries raised their relations "
            "to the level of embassies in 1957.",
            {("upgraded", "1957")},
        ),
        # a post raised to an embassy is no upgrade of the relations
        (
            "A Norwegian trade office opened in Santiago in 1950; it was raised to an embassy when full relations were "
            "established in 1955.",
            {("established", "1955")},
        ),
        # nor the legations of a relative clause, read apart as the legations raised
        (
            "Diplomatic relations followed on 2 June 1950, at the level of legations, which were raised to embassies "
            "in 1962.",
            {("established", "1950-06-02"), ("upgraded", "1962")},
        ),
    ],
)
def test_relations_raised_to_embassy_level(body: str, expected: set[Any]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "diplomatic_relations")
    assert {(f["event"], f["date"]) for f in facts} == expected


def test_relations_cut_in_a_relative_clause_are_with_the_state_it_hangs_on() -> None:
    body = "North Korea, with which Santiago cut ties in February 2014, is outside the scope of this article."
    facts = of_type(extract(seed("Chile–South Korea relations", body)), "diplomatic_relations")
    assert [(f["parties"], f["event"], f["date"]) for f in facts] == [(["CL", "KP"], "severed", "2014-02")]


def test_a_fronted_when_clause_does_not_date_the_break_it_sets_the_time_for() -> None:
    body = (
        "When Chile broke with Japan in January 1943, the government in Santiago severed its relations with Greece "
        "as well, in April of that year."
    )
    facts = of_type(extract(seed("Chile–Greece relations", body)), "diplomatic_relations")
    assert {(f["event"], f["date"]) for f in facts if set(f["parties"]) == {"CL", "GR"}} == {("severed", "1943-04")}


def test_relations_named_before_a_colon_and_taken_up_by_they() -> None:
    body = (
        "Trade between Chile and Norway is old. Formal diplomatic relations came only later: they were established "
        "on 2 June 1919 and raised to embassy level three years afterwards."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "diplomatic_relations")
    assert {(f["event"], f["date"]) for f in facts} == {("established", "1919-06-02"), ("upgraded", "1922")}


def test_a_recognition_doing_so_on_a_date_after_the_time_it_is_measured_from() -> None:
    body = (
        "== History ==\nNorway was among the European states that recognised Chile soon after its independence from "
        "Spain on 12 February 1818, doing so on 3 March 1819. Formal relations followed on 17 February 1850."
    )
    document = extract(seed("Chile–Norway relations", body))
    assert [f["date"] for f in of_type(document, "recognition")] == ["1819-03-03"]
    assert [(f["event"], f["date"]) for f in of_type(document, "diplomatic_relations")] == [
        ("established", "1850-02-17")
    ]


def test_relations_opened_legations_both_raised_and_relations_being_broken_off() -> None:
    body = (
        "== History ==\nMexico and Chile opened formal relations in 1831, and their legations in Santiago and Mexico "
        "City became embassies in 1943. On 5 April 2024 the Mexican president announced that Mexico was breaking off "
        "diplomatic relations with Chile."
    )
    facts = of_type(extract(seed("Chile–Mexico relations", body)), "diplomatic_relations")
    assert {(f["event"], f["date"]) for f in facts} == {
        ("established", "1831"),
        ("upgraded", "1943"),
        ("severed", "2024-04-05"),
    }


def test_legations_named_again_after_a_semicolon_and_raised() -> None:
    body = (
        "== History ==\nDiplomatic relations were set up in 1950, and for almost three decades the two states dealt "
        "with each other through legations; in 1978 these were raised to embassy level."
    )
    facts = of_type(extract(seed("Chile–Greece relations", body)), "diplomatic_relations")
    assert {(f["event"], f["date"]) for f in facts} == {("established", "1950"), ("upgraded", "1978")}


def test_relations_that_lapsed_are_severed_and_a_month_named_by_that_takes_the_year_told() -> None:
    body = (
        "== History ==\nThe two states established diplomatic relations in 1935. A contract for machine tools followed "
        "in 1956. That June the two legations were raised to embassies. When the government in Santiago fell, "
        "Czechoslovakia's diplomatic relations with Chile lapsed on 22 September 1973."
    )
    facts = of_type(extract(seed("Chile–Czechoslovakia relations", body)), "diplomatic_relations")
    assert {(f["event"], f["date"]) for f in facts} == {
        ("established", "1935"),
        ("upgraded", "1956-06"),
        ("severed", "1973-09-22"),
    }


def test_relations_agreed_for_the_following_spring_date_to_the_next_year() -> None:
    body = (
        "== History ==\nNorway recognised Chile's new government on 17 August 1960, and the two governments "
        "established diplomatic relations the following spring."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "diplomatic_relations")
    assert [(f["event"], f["date"]) for f in facts] == [("established", "1961")]
