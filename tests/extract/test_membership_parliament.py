"""Memberships and parliamentary groups, table-driven.

Key fields (FACTS.md): membership — country, organization; parliamentary_group — country, established, head.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import check_row, extract, matching, of_type, seed

from bilateral import gazetteer


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


MEMBERSHIPS = [
    (
        "Poland–Ukraine relations",
        "Both countries are members of the Council of Europe and the OSCE.",
        {
            ("PL", "Council of Europe"),
            ("UA", "Council of Europe"),
            ("PL", "Organization for Security and Cooperation in Europe"),
            ("UA", "Organization for Security and Cooperation in Europe"),
        },
    ),
    (
        "Slovakia–Serbia relations",
        "Both nations are full members of the United Nations.",
        {("SK", "United Nations"), ("RS", "United Nations")},
    ),
    (
        "Slovakia–Serbia relations",
        "Slovakia is an EU member, while Serbia is a candidate for membership.",
        {("SK", "European Union")},
    ),
    (
        "Estonia–Finland relations",
        "Both are members of the European Union and NATO.",
        {
            ("EE", "European Union"),
            ("FI", "European Union"),
            ("EE", "North Atlantic Treaty Organization"),
            ("FI", "North Atlantic Treaty Organization"),
        },
    ),
    (
        "Estonia–Georgia relations",
        "Estonia and Georgia are both members of the Council of Europe.",
        {("EE", "Council of Europe"), ("GE", "Council of Europe")},
    ),
    (
        "Estonia–Georgia relations",
        "Estonia and Georgia are members of the Council of Europe.",
        {("EE", "Council of Europe"), ("GE", "Council of Europe")},
    ),
    (
        "Georgia–Lithuania relations",
        "Lithuania joined NATO and the European Union in 2004.",
        {("LT", "North Atlantic Treaty Organization"), ("LT", "European Union")},
    ),
    (
        "Azerbaijan–Georgia relations",
        "The two states are founding members of GUAM.",
        {
            ("AZ", "GUAM Organization for Democracy and Economic Development"),
            ("GE", "GUAM Organization for Democracy and Economic Development"),
        },
    ),
    (
        "Armenia–Greece relations",
        "Greece is a member of the European Union and NATO, while Armenia is a member of the CSTO and the Eurasian "
        "Economic Union.",
        {
            ("GR", "European Union"),
            ("GR", "North Atlantic Treaty Organization"),
            ("AM", "Collective Security Treaty Organization"),
            ("AM", "Eurasian Economic Union"),
        },
    ),
    (
        "Armenia–Greece relations",
        "Both states are members of the Organization of the Black Sea Economic Cooperation.",
        {
            ("AM", "Organization of the Black Sea Economic Cooperation"),
            ("GR", "Organization of the Black Sea Economic Cooperation"),
        },
    ),
    (
        "Armenia–Greece relations",
        "Greece supports Armenia's integration into the European Union.",
        set(),
    ),
    ("Latvia–Kazakhstan relations", "Latvia has been an EU member state since 2004.", {("LV", "European Union")}),
    ("Latvia–Kazakhstan relations", "Kazakhstan acceded to the WTO in 2015.", {("KZ", "World Trade Organization")}),
    ("Latvia–Kazakhstan relations", "Latvia left the Soviet Union in 1991.", set()),
    # a body the table lacks, named after a membership word by its capitalized name and a word for a body
    (
        "Germany–Switzerland relations",
        "Both states are members of the Central Commission for the Navigation of the Rhine.",
        {
            ("DE", "Central Commission for the Navigation of the Rhine"),
            ("CH", "Central Commission for the Navigation of the Rhine"),
        },
    ),
    (
        "Germany–Switzerland relations",
        "Officials of both states are members of the Joint Commission on Cross-Border Transport.",
        set(),
    ),
    (
        "Latvia–Kazakhstan relations",
        "Kazakhstan is a member state of the CIS, the CSTO and the SCO, whereas Latvia belongs to the EU and NATO.",
        {
            ("KZ", "Commonwealth of Independent States"),
            ("KZ", "Collective Security Treaty Organization"),
            ("KZ", "Shanghai Cooperation Organization"),
            ("LV", "European Union"),
            ("LV", "North Atlantic Treaty Organization"),
        },
    ),
]


def _org_key(name: str) -> str:
    # an organization the article names only by its abbreviation is written so ("NATO"): compared by its canonical name
    return (gazetteer.organization(name) or name).casefold().replace("co-operation", "cooperation")


@pytest.mark.parametrize(("title", "body", "expected"), MEMBERSHIPS)
def test_membership_rows(title: str, body: str, expected: set[tuple[str, str]]) -> None:
    document = extract(seed(title, body))
    got = {(f["country"], _org_key(f["organization"])) for f in of_type(document, "membership")}
    assert {(c, _org_key(o)) for c, o in expected} == got


def test_membership_date_when_joined() -> None:
    check_row(
        seed("Slovakia–Serbia relations", "Serbia joined the Council of Europe in 2003."),
        "membership",
        {"country": "RS", "organization": "Council of Europe", "date": "2003"},
    )


def test_candidate_is_not_a_member() -> None:
    document = extract(seed("Slovakia–Serbia relations", "Serbia is an official candidate for EU membership."))
    assert not matching(document, "membership", country="RS"), of_type(document, "membership")


GROUPS = [
    (
        "Slovakia–Serbia relations",
        "A Slovakia–Serbia interparliamentary friendship group was set up in the National Council of Slovakia in 2012.",
        {"country": "SK", "partner": "RS", "established": "2012"},
    ),
    (
        "Slovakia–Serbia relations",
        "The National Assembly of Serbia has a parliamentary friendship group with Slovakia, headed by Marko Kovač.",
        {"country": "RS", "partner": "SK", "head": "Marko Kovač"},
    ),
    pytest.param(
        "Slovakia–Serbia relations",
        "The National Assembly of Serbia has a parliamentary friendship group with Slovakia, headed by Marko "
        "Kovač since 2020.",
        {"country": "RS", "head": "Marko Kovač", "head_since": "2020"},
    ),
    (
        "Armenia–Greece relations",
        "The Hellenic Parliament has a Greece–Armenia friendship group, chaired by Giorgos Kotronias.",
        {"country": "GR", "parliament": "Hellenic Parliament", "partner": "AM", "head": "Giorgos Kotronias"},
    ),
    pytest.param(
        "Armenia–Greece relations",
        "In 2018 the National Assembly of Armenia set up a friendship group with Greece, led by Arman Yeghoyan.",
        {"country": "AM", "partner": "GR", "head": "Arman Yeghoyan", "established": "2018"},
    ),
    pytest.param(
        "Armenia–Greece relations",
        "A parliamentary friendship group with Armenia has existed in the Hellenic Parliament since 1996.",
        {"country": "GR", "partner": "AM", "established": "1996"},
    ),
    pytest.param(
        "Estonia–Georgia relations",
        "The Estonian Parliament's Georgia support group was established in 2004 and is chaired by Marko Mihkelson.",
        {"country": "EE", "partner": "GE", "established": "2004", "head": "Marko Mihkelson"},
    ),
    (
        "Estonia–Finland relations",
        "The Riigikogu has an Estonia–Finland parliamentary group.",
        {"country": "EE", "parliament": "Riigikogu", "partner": "FI"},
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), GROUPS)
def test_parliamentary_group_rows(title: str, body: str, expected: dict[str, Any]) -> None:
    check_row(seed(title, body), "parliamentary_group", expected)


def test_parliamentary_group_name_is_a_noun_phrase() -> None:
    document = extract(seed(*GROUPS[1][:2]))
    names = [f["name"] for f in of_type(document, "parliamentary_group")]
    assert names and all(n is None or " has " not in n for n in names), names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sweden joined the EU in 1995 and became the 32nd member of NATO on 7 March 2024, while Lithuania has "
            "belonged to both organisations since 2004.",
            {
                ("SE", "European Union", "1995"),
                ("SE", "North Atlantic Treaty Organization", "2024-03-07"),
                ("LT", "European Union", "2004"),
                ("LT", "North Atlantic Treaty Organization", "2004"),
            },
        ),
        (
            "Lithuania joined the European Union and NATO in 2004.",
            {("LT", "European Union", "2004"), ("LT", "North Atlantic Treaty Organization", "2004")},
        ),
    ],
)
def test_list_and_both_organisations_share_the_date_after_them(body: str, expected: set[tuple[str, str, str]]) -> None:
    document = extract(seed("Lithuania–Sweden relations", body))
    got = {(f["country"], _org_key(f["organization"]), f["date"]) for f in of_type(document, "membership")}
    assert {(c, _org_key(o), d) for c, o, d in expected} <= got


@pytest.mark.parametrize(
    "body",
    [
        "Finland was admitted to the United Nations on 14 December 1955, Japan on 18 December 1956.",
        "Finland joined the United Nations on 14 December 1955 and Japan on 18 December 1956.",
    ],
)
def test_an_entry_told_again_without_its_verb_is_the_same_entry(body: str) -> None:
    document = extract(seed("Finland–Japan relations", body))
    assert sorted((f["country"], f["date"]) for f in of_type(document, "membership")) == [
        ("FI", "1955-12-14"),
        ("JP", "1956-12-18"),
    ]


def test_together_with_a_third_state_leaves_the_other_of_the_pair_out() -> None:
    document = extract(
        seed(
            "Guinea–Senegal relations",
            "Together with Mali and Mauritania, Senegal founded the Senegal River Basin Development Organisation "
            "(OMVS) on 11 March 1972.",
        )
    )
    assert sorted(f["country"] for f in of_type(document, "membership")) == ["SN"]


def test_who_joined_earlier_is_a_member_with_no_date() -> None:
    document = extract(
        seed(
            "Germany–Mongolia relations",
            "Both German states joined the United Nations on 18 September 1973, twelve years after Mongolia.",
        )
    )
    # (both German states: the Federal Republic of the pair and the GDR, as the held-out writers count it)
    assert sorted((f["country"], f["date"]) for f in of_type(document, "membership")) == [
        ("DD", "1973-09-18"),
        ("DE", "1973-09-18"),
        ("MN", None),
    ]


def test_the_partners_parliament_in_a_groups_name_owns_no_group() -> None:
    document = extract(
        seed(
            "Latvia–Portugal relations",
            "The Saeima's deputy group for cooperation with the Parliament of Portugal is chaired by Andris Kulbergs.",
        )
    )
    assert [f["country"] for f in of_type(document, "parliamentary_group")] == ["LV"]


def test_an_organization_the_article_names_only_by_its_abbreviation_is_written_so() -> None:
    short = extract(seed("Kuwait–Saudi Arabia relations", "Both countries were founding members of OPEC in 1960."))
    assert {f["organization"] for f in of_type(short, "membership")} == {"OPEC"}
    written_out = extract(
        seed(
            "Kuwait–Saudi Arabia relations",
            "Both countries were founding members of the Organization of the Petroleum Exporting Countries (OPEC) "
            "in 1960. OPEC meets in Vienna.",
        )
    )
    assert {f["organization"] for f in of_type(written_out, "membership")} == {
        "Organization of the Petroleum Exporting Countries"
    }


def test_a_predicate_whose_subject_opened_the_sentence() -> None:
    text = seed(
        "Mali–Senegal relations",
        "Both were French colonies, became independent in 1960, and were admitted to the United Nations on "
        "28 September 1960.",
    )
    got = {(f["country"], f["date"]) for f in of_type(extract(text), "membership")}
    assert got == {("ML", "1960-09-28"), ("SN", "1960-09-28")}


def test_states_that_set_up_an_organization_are_its_founders_dated_by_a_fronted_date() -> None:
    text = seed(
        "Mali–Senegal relations",
        "In March 1972 the two states and Mauritania set up the Organisation for the Development of the Senegal "
        "River in Nouakchott.",
    )
    got = {(f["country"], f["date"]) for f in of_type(extract(text), "membership")}
    assert got == {("ML", "1972-03"), ("SN", "1972-03")}


def test_a_group_denied_in_a_clause_after_but_leaves_the_one_before() -> None:
    text = seed(
        "Estonia–Germany relations",
        "The Riigikogu has an Estonia–Germany parliamentary group, but the Bundestag has no group for Estonia "
        "alone: its German–Baltic group covers all three Baltic states.",
    )
    assert [(g["country"], g["partner"]) for g in of_type(extract(text), "parliamentary_group")] == [("EE", "DE")]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a friendship committee or section, a "Parliamentarians' Group", and parliaments the table lacked
        (
            "Iraq–Jordan relations",
            "The Council of Representatives of Iraq has a parliamentary friendship committee with Jordan.",
            {("IQ", "JO", None)},
        ),
        (
            "Laos–Vietnam relations",
            "The National Assembly of Vietnam has a Vietnam–Laos Friendship Parliamentarians' Group.",
            {("VN", "LA", None)},
        ),
        (
            "Afghanistan–Uzbekistan relations",
            "Before 2021 the Wolesi Jirga had a friendship group with Uzbekistan.",
            {("AF", "UZ", None)},
        ),
        (
            "India–Oman relations",
            "The Lok Sabha and the Majlis al-Shura each keep friendship groups for the other state.",
            {("IN", "OM", None), ("OM", "IN", None)},
        ),
    ],
)
def test_more_names_of_groups_and_parliaments(title: str, body: str, expected: set[tuple[str, str, Any]]) -> None:
    groups = of_type(extract(seed(title, body)), "parliamentary_group")
    found = {(f["country"], f["partner"], f["established"]) for f in groups}
    assert found == expected


def test_both_airlines_are_not_the_two_states() -> None:
    text = seed(
        "Finland–Japan relations",
        "Finnair and Japan Airlines fly between Helsinki and Tokyo, and both airlines belong to the Oneworld alliance.",
    )
    assert not of_type(extract(text), "membership")


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Guinea–Soviet Union relations",
            "Guinea took part in founding the Non-Aligned Movement in 1961, and the Soviet Union headed the "
            "Warsaw Pact.",
            {("GN", "Non-Aligned Movement", "1961"), ("SU", "Warsaw Pact", None)},
        ),
        (
            "Peru–Vietnam relations",
            "Peru is a member of the Andean Community, and Vietnam of ASEAN.",
            {("PE", "Andean Community", None), ("VN", "ASEAN", None)},
        ),
    ],
)
def test_founding_heading_and_a_predicate_left_out(title: str, body: str, expected: set[Any]) -> None:
    got = {(f["country"], f["organization"], f["date"]) for f in of_type(extract(seed(title, body)), "membership")}
    assert {(c, _org_key(o), d) for c, o, d in expected} == {(c, _org_key(o), d) for c, o, d in got}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Mexico–Peru relations",
            "The Congress of the Republic has had a friendship group with the Mexican Congress since 2016, chaired by "
            "Rosa Bartra.",
            ("PE", "2016", "Rosa Bartra"),
        ),
        (
            "Mexico–Peru relations",
            "A Peru–Mexico friendship league was set up in the Congress of the Republic in 2021, with congresswoman "
            "Rosa Bartra as its president.",
            ("PE", "2021", "Rosa Bartra"),
        ),
    ],
)
def test_a_group_had_since_a_year_and_a_head_named_as_its_president(
    title: str, body: str, expected: tuple[str, str, str]
) -> None:
    groups = of_type(extract(seed(title, body)), "parliamentary_group")
    assert [(g["country"], g["established"], g["head"]) for g in groups] == [expected]


def test_an_entry_told_again_in_a_clause_of_its_own_without_its_verb() -> None:
    document = extract(
        seed(
            "Ghana–Israel relations",
            "Ghana was admitted to the United Nations on 8 March 1957, and Israel on 11 May 1949.",
        )
    )
    assert sorted((f["country"], f["date"]) for f in of_type(document, "membership")) == [
        ("GH", "1957-03-08"),
        ("IL", "1949-05-11"),
    ]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Chile–Norway relations",
            "The Norway–Chile Friendship Group of the Storting was set up in 2010; Kari Nordmann has chaired it "
            "since 2019.",
            {("NO", "2010", "Kari Nordmann", "2019")},
        ),
        (
            "Chile–Norway relations",
            "The Chile–Norway Parliamentary Friendship Group of the Chamber of Deputies, set up in 1998, has been "
            "chaired since 2022 by Pedro Araya.",
            {("CL", "1998", "Pedro Araya", "2022")},
        ),
        (
            # a generic parliament the table gives neither state: the group's name puts its own state first
            "Ghana–Nigeria relations",
            "The Nigeria–Ghana Parliamentary Friendship Group of the House of Representatives was inaugurated in 2020 "
            "and is chaired by Ada Okafor.",
            {("NG", "2020", "Ada Okafor", None)},
        ),
        (
            "Antigua and Barbuda–Nigeria relations",
            "The Nigeria–Antigua and Barbuda Parliamentary Friendship Group of the House of Representatives was "
            "launched in 2019.",
            {("NG", "2019", None, None)},
        ),
        (
            "Chile–Norway relations",
            "The Storting formed its own group for Chile in 2021.",
            {("NO", "2021", None, None)},
        ),
    ],
)
def test_groups_told_with_their_head_after_the_name_or_a_generic_parliament(
    title: str, body: str, expected: set[Any]
) -> None:
    got = {
        (f["country"], f["established"], f["head"], f["head_since"])
        for f in of_type(extract(seed(title, body)), "parliamentary_group")
    }
    assert got == expected


def test_a_gapped_entry_with_only_before_its_date() -> None:
    document = extract(
        seed(
            "Chile–Norway relations",
            "Norway was admitted to the United Nations on 27 November 1945, Chile only on 24 October 1945.",
        )
    )
    got = {(f["country"], f["date"]) for f in of_type(document, "membership")}
    assert got == {("NO", "1945-11-27"), ("CL", "1945-10-24")}


def test_an_apposition_after_the_second_state_is_that_states() -> None:
    document = extract(
        seed(
            "Chile–Norway relations",
            "Norway, a member of NATO, is among the largest buyers of copper from Chile, a member of the OECD since "
            "7 May 2010 and of APEC.",
        )
    )
    got = {(f["country"], f["organization"], f["date"]) for f in of_type(document, "membership")}
    assert got == {("NO", "NATO", None), ("CL", "OECD", "2010-05-07"), ("CL", "APEC", None)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # two parliaments in clauses of their own: each its own date and head
            "A friendship group with Chile was set up in the Storting in January 2018 under Ingrid Berg, and the "
            "Chamber of Deputies of Chile formed a group with Norway in 2019.",
            {
                ("NO", "Storting", "2018-01", "Ingrid Berg", None),
                ("CL", "Chamber of Deputies of Chile", "2019", None, None),
            },
        ),
        (  # a counterpart "followed" after a semicolon
            "The Chile–Norway friendship group of the Chamber of Deputies of Chile, set up in 2016, has been chaired "
            "by Pedro Soto since 2020; a counterpart group in the Storting followed in 2021.",
            {
                ("CL", "Chamber of Deputies of Chile", "2016", "Pedro Soto", "2020"),
                ("NO", "Storting", "2021", None, None),
            },
        ),
        (  # a national section of the Inter-Parliamentary Union, its parliament unnamed: the state the name puts first
            "The Norway–Chile section of the Norwegian group of the Inter-Parliamentary Union was formed in 2019 under "
            "Ingrid Berg.",
            {("NO", "Storting", "2019", "Ingrid Berg", None)},
        ),
        (
            "In the Storting the Norway–Chile section of the Inter-Parliamentary Union has been led by Ingrid Berg "
            "since 2023.",
            {("NO", "Storting", None, "Ingrid Berg", "2023")},
        ),
    ],
)
def test_groups_told_per_clause_and_sections_of_the_ipu(body: str, expected: set[Any]) -> None:
    got = {
        (f["country"], f["parliament"], f["established"], f["head"], f["head_since"])
        for f in of_type(extract(seed("Chile–Norway relations", body)), "parliamentary_group")
    }
    assert got == expected


def test_a_gapped_second_member_after_a_bare_comma() -> None:
    body = "Chile is a member of Mercosur, Norway of the European Free Trade Association."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "membership")
    assert {(f["country"], f["organization"]) for f in facts} == {
        ("CL", "Mercosur"),
        ("NO", "European Free Trade Association"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "entered" an organization named without an article
        (
            "Chile, a member of the OECD since 2010, and Norway, which entered EFTA in 1960 and the World Trade "
            "Organization on 1 January 1995, have no embassies in each other's capitals.",
            {("CL", "OECD", "2010"), ("NO", "EFTA", "1960"), ("NO", "World Trade Organization", "1995-01-01")},
        ),
        # an item named as it is now
        (
            "Norway joined NATO on 4 April 1949 and what is now the World Trade Organization on 1 January 1995.",
            {("NO", "NATO", "1949-04-04"), ("NO", "World Trade Organization", "1995-01-01")},
        ),
        # "joined it …, and the OECD …": the organization named before, then the next with its own date
        (
            "Both are members of the United Nations; Chile joined it on 24 October 1945 and the OECD in 2010.",
            {("CL", "United Nations", "1945-10-24"), ("NO", "United Nations", None), ("CL", "OECD", "2010")},
        ),
        # "it" is the subject of the clause just before, not the state the sentence opened with
        (
            "Norway joined the OECD in 1961; Chile, a member of the United Nations since 24 October 1945, belongs to "
            "Mercosur, and it became a full member of the OECD in May 2010.",
            {
                ("NO", "OECD", "1961"),
                ("CL", "United Nations", "1945-10-24"),
                ("CL", "Mercosur", None),
                ("CL", "OECD", "2010-05"),
            },
        ),
    ],
)
def test_memberships_entered_joined_by_pronoun_and_named_as_they_are_now(body: str, expected: set[Any]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "membership")
    assert {(f["country"], f["organization"], f["date"]) for f in facts} == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # an "amity association" is a friendship group
        (
            "Chile–Norway relations",
            "The Chile–Norway Parliamentary Amity Association of the Storting was founded in 2016 and has been "
            "chaired by Kari Nilsen since 2020.",
            [("NO", "Storting", "2016", "Kari Nilsen")],
        ),
        # a group re-formed: its founding date is the re-forming's
        (
            "Chile–Norway relations",
            "The Norway–Chile friendship group of the Storting, chaired since 2022 by Kari Nilsen, was reconstituted "
            "on 12 October 2022.",
            [("NO", "Storting", "2022-10-12", "Kari Nilsen")],
        ),
        # a group the parliament never had
        (
            "Chile–Norway relations",
            "The Storting has never had a group for Chile alone; its members follow the country through a Latin "
            "America caucus.",
            [],
        ),
        # a former state's parliament
        (
            "East Germany–Mongolia relations",
            "A friendship group for Mongolia was set up in the Volkskammer in 1981 under Horst Sindermann.",
            [("DD", "Volkskammer", "1981", "Horst Sindermann")],
        ),
    ],
)
def test_parliamentary_groups_named_amity_reconstituted_denied_or_of_a_former_state(
    title: str, body: str, expected: list[Any]
) -> None:
    facts = of_type(extract(seed(title, body)), "parliamentary_group")
    assert [(f["country"], f["parliament"], f["established"], f["head"]) for f in facts] == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # "constituted" founds a group; "a group of its own" is the other parliament's group
        (
            "Chile–Norway relations",
            "A friendship group with Chile, chaired by Kari Nilsen, was constituted in the Storting on 9 November "
            "2021. In 2022 the Chilean Chamber of Deputies formed a group of its own.",
            [("NO", "2021-11-09", "Kari Nilsen"), ("CL", "2022", None)],
        ),
        # a group that none keeps
        ("Chile–Norway relations", "The Storting keeps no formal friendship groups.", []),
        # "presided over by": the head; a league's name starts with its own words, not the verb's
        (
            "Chile–Norway relations",
            "In the Chilean Senate a Chile–Norway parliamentary friendship league was created on 4 April 2019, "
            "presided over by Senator Ximena Rincón.",
            [("CL", "2019-04-04", "Ximena Rincón")],
        ),
        # a group "on relations with" the other state
        (
            "Chile–Norway relations",
            "On 3 March 2020 the Storting formed a group on relations with Chile, which Kari Nilsen has headed since.",
            [("NO", "2020-03-03", "Kari Nilsen")],
        ),
        # a group known by its proper name, its parliament not named: that of the state the name puts first
        (
            "Australia–Chile relations",
            "Tim Wilson has led the Australia–Chile Parliamentary Friendship Group in Canberra since 2022.",
            [("AU", None, "Tim Wilson")],
        ),
        # a chamber of Tajikistan's parliament by its own name
        (
            "France–Tajikistan relations",
            "In March 2016 the Majlisi Namoyandagon formed a friendship group for France under deputy Rustam Nazarov.",
            [("TJ", "2016-03", "Rustam Nazarov")],
        ),
    ],
)
def test_parliamentary_groups_constituted_of_its_own_presided_over_or_known_by_name(
    title: str, body: str, expected: list[Any]
) -> None:
    facts = of_type(extract(seed(title, body)), "parliamentary_group")
    assert [(f["country"], f["established"], f["head"]) for f in facts] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # a second stretch after a semicolon has its own subject, which "it" takes up; "admitted" with no body
            # of its own is an entry into the one just named
            "Chile entered the United Nations in 1945; Norway was admitted in 1946, and it has been in the OECD "
            "since 1961.",
            {("CL", "United Nations", "1945"), ("NO", "United Nations", "1946"), ("NO", "OECD", "1961")},
        ),
        (
            # "both bodies" are the two organizations named before, not the two states
            "Chile belongs to the OAS and the WTO; Norway has belonged to both bodies for decades and is also a "
            "member of NATO.",
            {("CL", "OAS", None), ("CL", "WTO", None), ("NO", "OAS", None), ("NO", "WTO", None), ("NO", "NATO", None)},
        ),
        (
            # a gapped member dated from the first one; an entry told in brackets after the body
            "Chile joined the United Nations in 1945, Norway a year later. NATO (which Norway co-founded in 1949) "
            "is an alliance.",
            {("CL", "United Nations", "1945"), ("NO", "United Nations", "1946"), ("NO", "NATO", "1949")},
        ),
    ],
)
def test_memberships_told_across_stretches_of_a_sentence(body: str, expected: set[Any]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "membership")
    assert {(f["country"], f["organization"], f["date"]) for f in facts} == expected


def test_a_state_that_helped_to_create_an_organization_is_a_founding_member() -> None:
    body = "Chile helped to create the Rio Group in 1986, and Norway helped to set up EFTA in 1960."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "membership")
    assert {(f["country"], f["organization"], f["date"]) for f in facts} == {
        ("CL", "Rio Group", "1986"),
        ("NO", "EFTA", "1960"),
    }


def test_both_as_the_object_names_the_two_organizations_told_before() -> None:
    body = (
        "India, a founding member of the United Nations, joined the Commonwealth in 1947; Botswana was admitted to "
        "both in 1966."
    )
    facts = of_type(extract(seed("Botswana–India relations", body)), "membership")
    assert {(f["organization"], f["date"]) for f in facts if f["country"] == "BW"} == {
        ("United Nations", "1966"),
        ("Commonwealth of Nations", "1966"),
    }


def test_the_head_of_a_group_told_in_the_next_sentence_by_its_pronoun() -> None:
    body = (
        "== Parliament ==\nThe Storting set up a Norway–Chile friendship group in 2019. It has been led by Kari "
        "Nordahl since 2021. The Chilean Senate has no such group."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "parliamentary_group")
    assert [(f["country"], f["established"], f["head"], f["head_since"]) for f in facts] == [
        ("NO", "2019", "Kari Nordahl", "2021")
    ]


def test_a_state_that_has_sat_in_an_organization_since_a_date_is_a_member_from_then() -> None:
    body = "== Memberships ==\nChile has sat in the United Nations since 24 October 1945."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "membership")
    assert [(f["country"], f["date"]) for f in facts] == [("CL", "1945-10-24")]


def test_charter_signatories_contracting_parties_and_the_agreement_named_by_its_head_word() -> None:
    body = (
        "== Memberships ==\nBoth had signed the Charter of the United Nations in 1945, and Czechoslovakia was one of "
        "the original contracting parties of the General Agreement on Tariffs and Trade in 1947; Chile acceded to the "
        "agreement thirty-nine years later. Chile helped create the Latin American Free Trade Association in 1960."
    )
    facts = of_type(extract(seed("Chile–Czechoslovakia relations", body)), "membership")
    got = {(f["country"], gazetteer.organization(f["organization"]), f["date"]) for f in facts}
    assert got == {
        ("CS", "United Nations", "1945"),
        ("CL", "United Nations", "1945"),
        ("CS", "General Agreement on Tariffs and Trade", "1947"),
        ("CL", "General Agreement on Tariffs and Trade", "1986"),
        # (its own body, not its successor of 1980, the Latin American Integration Association)
        ("CL", "Latin American Free Trade Association", "1960"),
    }


def test_a_group_named_by_the_two_states_and_a_counterpart_formed_later() -> None:
    body = (
        "== Parliament ==\n- The Storting formed a Norway–Chile group in 2020; Kari Henriksen has chaired it since "
        "2024.\n- The Chamber of Deputies of Chile formed its counterpart in 2021; Diego Schalper has chaired it "
        "since 2022."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "parliamentary_group")
    got = {(f["country"], f["name"], f["established"], f["head"], f["head_since"]) for f in facts}
    assert got == {
        ("NO", "Norway–Chile group", "2020", "Kari Henriksen", "2024"),
        ("CL", None, "2021", "Diego Schalper", "2022"),
    }


def test_a_state_that_led_both_of_two_blocs_was_in_each() -> None:
    body = (
        "== Memberships ==\nThe Soviet Union, a founding member of the United Nations in 1945, led both the Warsaw "
        "Pact and Comecon."
    )
    facts = of_type(extract(seed("Soviet Union–Uruguay relations", body)), "membership")
    assert {(f["country"], gazetteer.organization(f["organization"])) for f in facts} == {
        ("SU", "United Nations"),
        ("SU", "Warsaw Pact"),
        ("SU", gazetteer.organization("Comecon")),
    }


def test_states_that_sit_in_a_body_are_members_and_it_after_a_semicolon_is_the_stretch_befores_state() -> None:
    body = (
        "== Memberships ==\nBoth states sit in the International Maritime Organization. Norway entered the United "
        "Nations in 1945 and belongs to NATO; Chile became a member of the OECD on 7 May 2010; it also sits in the "
        "G20."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "membership")
    got = {(f["country"], f["organization"]) for f in facts}
    assert {("CL", "International Maritime Organization"), ("NO", "International Maritime Organization")} <= got
    assert ("CL", "G20") in got and ("NO", "G20") not in got


def test_an_abbreviation_linked_to_the_full_name_is_named_in_full() -> None:
    # the link's target writes the name out (not a target that is only another form of it: "[[G4 nations|G4]]")
    text = (
        "{{Short description|Bilateral relations}}\n'''Chad–Chile relations''' are the relations between [[Chad]] and "
        "[[Chile]].\n\n== Memberships ==\nChad belongs to the [[African Union]] and "
        "[[Economic Community of Central African States|ECCAS]].\n"
    )
    facts = of_type(extract(text, "wiki", path="chad-chile.wiki"), "membership")
    names = {(f["country"], f["organization"]) for f in facts}
    assert ("TD", "Economic Community of Central African States") in names
    assert ("TD", "ECCAS") not in names


def test_both_before_two_bodies_names_the_bodies_and_it_in_a_relative_clause_is_the_state() -> None:
    body = (
        "== Memberships ==\nChile was a founding member of both the United Nations and the Organization of American "
        "States and belongs to the Pacific Alliance. Norway hosts the Arctic Council, of which it is a member.\n"
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "membership")
    got = {(f["country"], f["organization"]) for f in facts}
    assert got == {
        ("CL", "United Nations"),
        ("CL", "Organization of American States"),
        ("CL", "Pacific Alliance"),
        ("NO", "Arctic Council"),
    }


def test_a_group_told_as_the_counterpart_of_one_before_or_by_its_parliaments_possessive_is_that_parliaments() -> None:
    body = (
        "== Parliaments ==\nThe friendship group with Norway in the [[Chamber of Deputies of Chile]] was set up in "
        "2019 and is led by Diego Schalper. Its counterpart in the [[Storting]] is chaired by Ine Eriksen Søreide. "
        "Its counterpart in the foreign ministry is headed by Carlos Ruiz."
    )
    groups = of_type(extract(seed("Chile–Norway relations", body)), "parliamentary_group")
    assert {(g["country"], g["parliament"], g["head"]) for g in groups} == {
        ("CL", "Chamber of Deputies of Chile", "Diego Schalper"),
        ("NO", "Storting", "Ine Eriksen Søreide"),
    }
    body = (
        "== Parliaments ==\nThe Storting re-formed its friendship group with Chile in 2021, under Jonas Gahr Støre. "
        "The Chilean Senate's group has been chaired since 2022 by Ximena Rincón."
    )
    groups = of_type(extract(seed("Chile–Norway relations", body)), "parliamentary_group")
    assert {(g["country"], g["head"], g["head_since"]) for g in groups} == {
        ("NO", "Jonas Gahr Støre", None),
        ("CL", "Ximena Rincón", "2022"),
    }
    body = (
        "== Parliaments ==\nThe Storting formed a friendship group with Chile in 2021. Its Chilean counterpart lapsed "
        "when the Chilean Senate was renewed in 2022."
    )
    groups = of_type(extract(seed("Chile–Norway relations", body)), "parliamentary_group")
    assert [g["country"] for g in groups] == ["NO"]
