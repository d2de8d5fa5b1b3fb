"""Agreements with status, table-driven: signed, pending / awaiting signature, planned / "set to sign", in force.

Key fields (FACTS.md): status, date, title (half its words); kind, parties and location are carried.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import check_row, extract, matching, of_type, seed


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def _title_fits(gold: str, pred: str) -> bool:
    """The scorer's rule: at least half the words of the gold title appear in the predicted one."""
    stop = {"the", "a", "an", "of", "on", "for", "and", "in", "to", "between", "with", "by"}
    g = {w for w in gold.lower().replace(",", " ").split() if w not in stop}
    p = set(pred.lower().replace(",", " ").split())
    return len(g & p) * 2 >= len(g)


ROWS = [
    (
        "Poland–Ukraine relations",
        "On 18 May 1992 the two presidents signed the Treaty on Good Neighbourliness, Friendly Relations and "
        "Cooperation in Warsaw.",
        "Treaty on Good Neighbourliness, Friendly Relations and Cooperation",
        {
            "kind": "treaty",
            "status": "signed",
            "date": "1992-05-18",
            "parties": ["PL", "UA"],
            "location": {"city": "Warsaw"},
        },
    ),
    (
        "Poland–Ukraine relations",
        "An agreement on the avoidance of double taxation was signed in Kyiv on 12 January 1993.",
        "agreement on the avoidance of double taxation",
        {"kind": "agreement", "status": "signed", "date": "1993-01-12", "location": {"city": "Kyiv"}},
    ),
    (
        "Poland–Ukraine relations",
        "A memorandum on cooperation in the field of energy is awaiting signature.",
        "memorandum on cooperation in the field of energy",
        {"kind": "memorandum", "status": "pending"},
    ),
    (
        "Poland–Ukraine relations",
        "The Agreement on International Road Transport has been in force since 1996.",
        "Agreement on International Road Transport",
        {"status": "in_force", "date": "1996"},
    ),
    (
        "Finland–Japan relations",
        "In 2015 the sides signed a protocol on border crossings and a memorandum of understanding on tourism.",
        "memorandum of understanding on tourism",
        {"kind": "memorandum", "status": "signed", "date": "2015"},
    ),
    (
        "Finland–Japan relations",
        "In 2015 the sides signed a protocol on border crossings and a memorandum of understanding on tourism.",
        "protocol on border crossings",
        {"kind": "protocol", "status": "signed", "date": "2015"},
    ),
    (
        "Estonia–Georgia relations",
        "A joint declaration on strategic partnership was adopted in Tallinn on 14 May 2019.",
        "joint declaration on strategic partnership",
        {"kind": "declaration", "date": "2019-05-14"},
    ),
    (
        "Latvia–Uzbekistan relations",
        "The ministers plan to sign an agreement on air services.",
        "agreement on air services",
        {"status": "planned"},
    ),
    (
        "Georgia–Lithuania relations",
        "On 20 March 2012 Georgia and Lithuania signed an agreement on cooperation in defence.",
        "agreement on cooperation in defence",
        {"status": "signed", "date": "2012-03-20", "parties": ["GE", "LT"]},
    ),
    (
        "Georgia–Lithuania relations",
        "The Agreement on the Promotion and Protection of Investments was signed on 4 May 2004 in Vilnius and came "
        "into force on 1 January 2006.",
        "Agreement on the Promotion and Protection of Investments",
        {"status": "in_force", "date": "2006-01-01"},
    ),
    (
        "Georgia–Lithuania relations",
        "A visa facilitation agreement, signed in 2010, has been in force since 2011.",
        "visa facilitation agreement",
        {"status": "signed", "date": "2010"},
    ),
    (
        "Georgia–Lithuania relations",
        "President Valdas Adamkus visited Tbilisi on 5 October 2006. During this visit an agreement on cultural "
        "cooperation was signed.",
        "agreement on cultural cooperation",
        {"status": "signed", "date": "2006-10-05"},
    ),
    (
        "Georgia–Lithuania relations",
        "A declaration on strategic partnership between Georgia and Lithuania was signed in Tbilisi in 2011.",
        "declaration on strategic partnership",
        {"kind": "declaration", "status": "signed", "date": "2011", "location": {"city": "Tbilisi"}},
    ),
    (
        "Estonia–Georgia relations",
        "Estonia and Georgia signed a memorandum on cooperation in e-governance in 2013; Estonia has since trained "
        "Georgian officials.",
        "memorandum on cooperation in e-governance",
        {"kind": "memorandum", "status": "signed", "date": "2013"},
    ),
    (
        "Poland–Ukraine relations",
        "The two governments are set to sign a convention on social security in 2024.",
        "convention on social security",
        {"kind": "convention", "status": "planned", "date": "2024"},
    ),
    pytest.param(
        "Poland–Ukraine relations",
        "A draft agreement on readmission is pending.",
        "agreement on readmission",
        {"status": "pending"},
    ),
]


@pytest.mark.parametrize(("title", "body", "agreement", "expected"), ROWS)
def test_agreement_rows(title: str, body: str, agreement: str, expected: dict[str, Any]) -> None:
    document = extract(seed(title, body))
    found = [f for f in matching(document, "agreement", **expected) if _title_fits(agreement, f["title"] or "")]
    assert found, (agreement, expected, of_type(document, "agreement"))


def test_signed_then_in_force_keeps_both_statuses() -> None:
    document = extract(
        seed(
            "Poland–Ukraine relations",
            "An agreement on the avoidance of double taxation was signed in Kyiv on 12 January 1993 and entered "
            "into force in 1994.",
        )
    )
    assert matching(document, "agreement", status="signed", date="1993-01-12")
    assert matching(document, "agreement", status="in_force", date="1994")


def test_agreement_is_not_repeated_as_an_event() -> None:
    check_row(
        seed("Poland–Ukraine relations", "On 18 May 1992 the two presidents signed a treaty of friendship."),
        "event",
        None,
    )


def test_a_count_of_agreements_is_no_agreement() -> None:
    document = extract(
        seed("Georgia–Lithuania relations", "The two countries have signed more than 40 bilateral agreements.")
    )
    assert not of_type(document, "agreement"), of_type(document, "agreement")


AGREEMENT_LIST = seed(
    "Latvia–Uzbekistan relations",
    "== Agreements ==\n"
    "- Agreement on the Promotion and Mutual Protection of Investments (signed 21 May 1996)\n"
    "- Convention for the Avoidance of Double Taxation (signed 2004, in force since 2005)\n"
    "- Memorandum on Cooperation in Tourism (2019)\n",
)


def test_agreement_list_items() -> None:
    document = extract(AGREEMENT_LIST)
    assert matching(
        document,
        "agreement",
        status="signed",
        date="1996-05-21",
        title="Agreement on the Promotion and Mutual Protection of Investments",
    )
    assert matching(
        document, "agreement", status="in_force", date="2005", title="Convention for the Avoidance of Double Taxation"
    )


def test_each_list_item_keeps_its_own_signing_date() -> None:
    signed = matching(
        extract(AGREEMENT_LIST), "agreement", status="signed", title="Convention for the Avoidance of Double Taxation"
    )
    assert [a["date"] for a in signed] == ["2004"]


def test_agreement_item_with_a_bare_year() -> None:
    assert matching(extract(AGREEMENT_LIST), "agreement", date="2019", title="Memorandum on Cooperation in Tourism")


def test_agreement_table() -> None:
    document = extract(
        seed(
            "Latvia–Uzbekistan relations",
            "== Agreements ==\n| Agreement | Signed | In force |\n"
            "| Agreement on Air Services | 12 May 2001 | 2002 |\n"
            "| Agreement on Cultural Cooperation | 2010 | - |\n",
        )
    )
    assert matching(document, "agreement", status="signed", date="2001-05-12", title="Agreement on Air Services")
    assert matching(document, "agreement", status="in_force", date="2002", title="Agreement on Air Services")
    assert matching(document, "agreement", status="signed", date="2010", title="Agreement on Cultural Cooperation")


def test_treaty_named_with_its_year() -> None:
    document = extract(
        seed(
            "Latvia–Uzbekistan relations",
            "The legal framework consists of 27 documents, including the Treaty on Friendship and Cooperation of 1995.",
        )
    )
    assert matching(document, "agreement", date="1995", title="Treaty on Friendship and Cooperation")


def test_items_under_a_lead_in_take_its_status_and_the_visits_date() -> None:
    document = extract(
        seed(
            "Ukraine–Uzbekistan relations",
            "On 7–8 October 2019 the President of Uzbekistan Shavkat Mirziyoyev paid an official visit to Ukraine. "
            "During the visit, the following documents were signed:\n"
            "- Joint Statement of the Presidents of Ukraine and the Republic of Uzbekistan;\n"
            "- Agreement on cooperation in the field of tourism.\n",
        )
    )
    found = sorted((f["title"], f["status"], f["date"]) for f in of_type(document, "agreement"))
    assert found == [
        ("Agreement on cooperation in the field of tourism", "signed", "2019-10-07/2019-10-08"),
        (
            "Joint Statement of the Presidents of Ukraine and the Republic of Uzbekistan",
            "signed",
            "2019-10-07/2019-10-08",
        ),
    ]


def test_a_class_of_agreements_is_no_agreement() -> None:
    document = extract(
        seed(
            "Chile–Peru relations",
            "In 2016 the two governments signed an Agreement on Cooperation and Facilitation of Investments, one of "
            "the first of the new Latin American investment agreements.",
        )
    )
    assert [a["title"] for a in of_type(document, "agreement")] == [
        "Agreement on Cooperation and Facilitation of Investments"
    ]


def test_a_document_named_by_what_it_does_by_which() -> None:
    text = seed(
        "Austria–Italy relations",
        "On 5 September 1946 the two governments signed in Paris an agreement by which Italy granted autonomy to "
        "South Tyrol, together with a protocol on trade.",
    )
    titles = {f["title"] for f in of_type(extract(text), "agreement")}
    assert "agreement by which Italy granted autonomy to South Tyrol" in titles, titles


def test_a_body_set_up_under_a_memorandum_in_a_year_names_it() -> None:
    text = seed(
        "Saudi Arabia–United Arab Emirates relations",
        "A Saudi–Emirati Coordination Council was set up in 2016 under a memorandum signed by the two crown princes.",
    )
    assert matching(extract(text), "agreement", title="Saudi–Emirati Coordination Council memorandum", date="2016")


@pytest.mark.parametrize(
    ("title", "sentence", "party"),
    [
        (
            "Colombia–Cuba relations",
            "The final peace agreement, negotiated in Havana, was signed on 26 September 2016 by the Colombian "
            "government and the FARC.",
            "CO",
        ),
        (
            "Mozambique–Zimbabwe relations",
            "The civil war ended with the General Peace Accord, signed in Rome on 4 October 1992 by the Mozambican "
            "government and RENAMO.",
            "MZ",
        ),
    ],
)
def test_a_peace_accord_of_a_government_and_its_rebels_has_that_state_as_its_only_party(
    title: str, sentence: str, party: str
) -> None:
    assert [f["parties"] for f in of_type(extract(seed(title, sentence)), "agreement")] == [[party]]


def test_a_document_named_again_by_its_capitalized_head_word_is_the_one_named_in_full() -> None:
    text = seed(
        "Micronesia–United States relations",
        "The Compact of Free Association was signed on 1 October 1982. An amended Compact was signed on 14 May 2003.",
    )
    titles = {(f["title"], f["date"]) for f in of_type(extract(text), "agreement")}
    assert titles == {("Compact of Free Association", "1982-10-01"), ("Compact of Free Association", "2003-05-14")}


def test_a_document_that_still_awaits_ratification_is_pending() -> None:
    text = seed(
        "Russia–United States relations",
        "The maritime boundary agreement of 1 June 1990 still awaits ratification by the Russian parliament.",
    )
    assert [f["status"] for f in of_type(extract(text), "agreement")] == ["pending"]


def test_no_treaty_is_no_document() -> None:
    text = seed(
        "Croatia–Slovenia relations",
        "The Drnovšek–Račan agreement on the border was initialled in July 2001; it never came before the Croatian "
        "parliament, so no border treaty entered into force.",
    )
    titles = [f["title"] for f in of_type(extract(text), "agreement")]
    assert titles and not any("no " in t for t in titles), titles


def test_a_title_of_a_list_whose_last_item_has_two_words() -> None:
    text = seed(
        "Finland–Soviet Union relations",
        "On 6 April 1948 the two states signed an agreement of friendship, cooperation and mutual assistance in "
        "Moscow.",
    )
    titles = [f["title"] for f in of_type(extract(text), "agreement")]
    assert titles == ["agreement of friendship, cooperation and mutual assistance"], titles


def test_an_agreement_that_would_be_signed_is_planned() -> None:
    document = extract(
        seed(
            "Fiji–Japan relations",
            "In 2024 the two governments announced that a memorandum on fisheries cooperation would be signed later "
            "in the year.",
        )
    )
    assert [f["status"] for f in of_type(document, "agreement")] == ["planned"]


def test_a_plan_is_dated_by_its_announcement_not_by_the_signing_it_foresees() -> None:
    document = extract(
        seed(
            "Germany–Jamaica relations",
            "In 2023 the two governments announced a memorandum on renewable energy, to be signed in 2024.",
        )
    )
    assert [(f["status"], f["date"]) for f in of_type(document, "agreement")] == [("planned", "2023")]


def test_an_agreement_given_up_is_none() -> None:
    document = extract(
        seed(
            "Peru–Vietnam relations",
            "A bilateral free trade agreement, proposed in 2012, was dropped once both countries signed the CPTPP in "
            "2018.",
        )
    )
    assert not of_type(document, "agreement")


def test_signed_during_the_visit_the_same_sentence_told() -> None:
    document = extract(
        seed(
            "Guinea–Soviet Union relations",
            "Sékou Touré visited Moscow in November 1959. Prime Minister Lansana Béavogui held talks in Moscow with "
            "Alexei Kosygin in June 1979, and a protocol on fisheries was signed during the visit.",
        )
    )
    assert [f["date"] for f in of_type(document, "agreement")] == ["1979-06"]


def test_the_years_a_programme_runs_are_its_titles_and_in_force_since_then_is_the_signing() -> None:
    document = extract(
        seed(
            "Finland–Tanzania relations",
            "A new framework agreement for 2021–2024 was signed in 2021 and has been in force since then.",
        )
    )
    assert sorted((f["title"], f["status"], f["date"]) for f in of_type(document, "agreement")) == [
        ("framework agreement for 2021–2024", "in_force", "2021"),
        ("framework agreement for 2021–2024", "signed", "2021"),
    ]


def test_a_title_starts_where_its_first_word_stands_even_glued_to_a_control_character() -> None:
    # a word glued to the head word by a character that is no space (found by the fuzz test): the title is the
    # words as they stand, never a stretch starting before the text
    from bilateral.extract.agreements import _heads

    heads = _heads("H. \x1bPROGRAM= Estonia–Georgia relations =")
    assert [(h.title, h.start) for h in heads] == [("H. \x1bPROGRAM", 0)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A consular convention, negotiated in 1988, was never signed.", set()),
        (
            "A convention on the avoidance of double taxation, initialled in 2019, has yet to be signed.",
            {("convention on the avoidance of double taxation", "pending", "2019")},
        ),
        (
            "A treaty on pensions has been under negotiation since 2017 and is still unsigned.",
            {("treaty on pensions", "pending", "2017")},
        ),
        (
            "A treaty on pensions, negotiated in 2021, still awaits signature, and a sports agreement is to be "
            "concluded.",
            {("treaty on pensions", "pending", "2021"), ("sports agreement", "planned", None)},
        ),
    ],
)
def test_a_document_never_signed_awaiting_signature_or_still_to_be_concluded(
    body: str, expected: set[tuple[str, str, str | None]]
) -> None:
    got = {
        (f["title"], f["status"], f["date"])
        for f in of_type(extract(seed("Chile–Norway relations", body)), "agreement")
    }
    assert got == expected


def test_a_table_of_agreements_with_a_status_column_and_a_place_column() -> None:
    text = "\n".join(
        [
            "Chile–Norway relations",
            "",
            "== Agreements ==",
            "| Date | Agreement | Place | Status |",
            "| 9 May 2001 | Agreement on economic cooperation | Oslo | in force since 2003 |",
            "| — | Convention on the avoidance of double taxation | — | initialled in 2019, awaiting signature |",
            "",
            "== Treaties ==",
            "| Agreement | Signed | Status |",
            "| Agreement on the protection of investments | Santiago, 1995 | awaiting ratification by Norway |",
        ]
    )
    got = {
        (f["title"], f["status"], f["date"], (f["location"] or {}).get("city"))
        for f in of_type(extract(text, "seed"), "agreement")
    }
    assert got == {
        ("Agreement on economic cooperation", "signed", "2001-05-09", "Oslo"),
        ("Agreement on economic cooperation", "in_force", "2003", None),
        ("Convention on the avoidance of double taxation", "pending", "2019", None),
        ("Agreement on the protection of investments", "signed", "1995", "Santiago"),
        ("Agreement on the protection of investments", "pending", None, None),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "still" before the negation: waiting, not signed
        (
            "A convention on the readmission of persons, negotiated in 2018, has still not been signed.",
            ("convention on the readmission of persons", "pending", "2018"),
        ),
        # to be negotiated: a plan
        (
            "An agreement on the avoidance of double taxation is to be negotiated once the Chilean tax code has been "
            "revised.",
            ("agreement on the avoidance of double taxation", "planned", None),
        ),
        # an agreement that "followed" the relations: signed, dated and placed by its clause
        (
            "Diplomatic relations were established on 24 May 1962, and a trade agreement followed in Oslo two years "
            "later.",
            ("trade agreement", "signed", "1964"),
        ),
    ],
)
def test_agreements_still_unsigned_to_be_negotiated_or_that_followed(body: str, expected: tuple[Any, ...]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "agreement")
    assert [(f["title"], f["status"], f["date"]) for f in facts] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the document is the subject of "followed": a title that does not end in its kind word
        (
            "Relations were established in 1948, and a Treaty of Commerce and Navigation followed in 1950.",
            ("Treaty of Commerce and Navigation", "signed", "1950"),
        ),
        (
            "An agreement on scientific and technical cooperation followed in 1978.",
            ("agreement on scientific and technical cooperation", "signed", "1978"),
        ),
        # "dates from" / "dates back to": made then (the date reads as the start of a span)
        (
            "Relations were established in 1950. An agreement on the mutual protection of investments dates from 1993.",
            ("agreement on the mutual protection of investments", "signed", "1993"),
        ),
        ("A consular convention dates back to 1885.", ("consular convention", "signed", "1885")),
    ],
)
def test_a_document_that_followed_or_dates_from_a_year(body: str, expected: tuple[Any, ...]) -> None:
    facts = of_type(extract(seed("Chile–Norway relations", body)), "agreement")
    assert [(f["title"], f["status"], f["date"]) for f in facts] == [expected]


def test_a_status_column_that_gives_a_document_up_or_keeps_it_under_talks() -> None:
    text = (
        "= Chile–Norway relations =\n\n== Agreements ==\n| Agreement | Signed | Status |\n"
        "| Agreement on cultural cooperation | 1995 | in force since 1996 |\n"
        "| Visa waiver agreement | – | negotiated 2020, never signed |\n"
        "| Agreement on civil aviation | – | under negotiation since 2021 |\n"
    )
    facts = of_type(extract(text, "seed"), "agreement")
    assert {(f["title"], f["status"], f["date"]) for f in facts} == {
        ("Agreement on cultural cooperation", "signed", "1995"),
        ("Agreement on cultural cooperation", "in_force", "1996"),
        ("Agreement on civil aviation", "pending", "2021"),
    }


def test_a_document_signed_during_a_visit_named_elsewhere_takes_its_days_and_place() -> None:
    text = (
        "= Chile–Norway relations =\n\n== Visits ==\n"
        "King Harald V paid a state visit to Chile in March 2019 and was received by President Sebastián Piñera. "
        "President Michelle Bachelet visited Oslo on 5 June 2016.\n"
        "| Date | Visitor | Place |\n| 25–28 March 2019 | King Harald V | Santiago |\n\n"
        "== Agreements ==\n"
        "Ministers signed a memorandum on marine research during the royal visit of 2019, and it entered into force "
        "in 2020. A memorandum on renewable energy was concluded during Bachelet's visit. "
        "On 6 June 2016, during Bachelet's visit, the ministers also signed an agreement on Antarctic research.\n"
    )
    facts = [f for f in of_type(extract(text, "seed"), "agreement") if f["status"] == "signed"]
    got = {(f["title"], f["date"], (f["location"] or {}).get("city")) for f in facts}
    assert got == {
        ("memorandum on marine research", "2019-03-25/2019-03-28", "Santiago"),
        ("memorandum on renewable energy", "2016-06-05", "Oslo"),
        # (a date of the clause's own wins over the visit's)
        ("agreement on Antarctic research", "2016-06-06", None),
    }


def test_a_document_signed_at_a_gathering_named_elsewhere_takes_its_day_and_place() -> None:
    # the gathering is named by its kind and time, or by what it was; a table of contacts tells its day
    text = (
        "= Chile–Norway relations =\n\n== Contacts ==\n"
        "Foreign Minister Heraldo Muñoz came to Bergen in June 2015 for the Nor-Shipping fair.\n"
        "| Date | Meeting | Place |\n| 9 October 2018 | Political consultations of the deputy ministers | Oslo |\n"
        "| 19 May 2022 | Aquaculture working group | Valparaíso |\n\n"
        "== Agreements ==\n"
        "- Memorandum on consular matters: signed at the consultations of October 2018.\n"
        "- Agreement on fish health, signed in 2022 at the working-group meeting in Valparaíso.\n"
        "- Memorandum on polar science: signed at the 2018 consultations.\n"
        "- Memorandum on ports, signed during the Nor-Shipping meeting.\n"
        "- Memorandum on fisheries control: signed at the Oslo round of 2018.\n"
        "- Memorandum on seafarers, signed during Muñoz's stay in Bergen.\n"
        # (a gathering whose time the article never tells: the item's own date stays)
        "- Memorandum on tourism, signed in 2012 at the Arica meeting.\n"
    )
    facts = [f for f in of_type(extract(text, "seed"), "agreement") if f["status"] == "signed"]
    got = {(f["title"], f["date"], (f["location"] or {}).get("city")) for f in facts}
    assert got == {
        ("Memorandum on consular matters", "2018-10-09", "Oslo"),
        ("Agreement on fish health", "2022-05-19", "Valparaíso"),
        ("Memorandum on polar science", "2018-10-09", "Oslo"),
        ("Memorandum on ports", "2015-06", "Bergen"),
        ("Memorandum on fisheries control", "2018-10-09", "Oslo"),
        ("Memorandum on seafarers", "2015-06", "Bergen"),
        ("Memorandum on tourism", "2012", "Arica"),
    }


def test_an_entry_into_force_years_after_a_signing_dated_by_a_visit_counts_from_that_signing() -> None:
    text = (
        "= Chile–Norway relations =\n\n== Visits ==\n"
        "President Michelle Bachelet paid a state visit to Norway on 5–7 June 2016.\n\n"
        "== Agreements ==\n"
        "A maritime transport agreement was signed during Bachelet's state visit and took effect two years later. "
        # (not the date of the next clause's act)
        "An agreement on polar research was signed during the visit and entered into force the following year, "
        "and on 2 October the two governments agreed to open consulates.\n"
    )
    facts = of_type(extract(text, "seed"), "agreement")
    got = {(f["title"], f["status"], f["date"]) for f in facts}
    assert got == {
        ("maritime transport agreement", "signed", "2016-06-05/2016-06-07"),
        ("maritime transport agreement", "in_force", "2018"),
        ("agreement on polar research", "signed", "2016-06-05/2016-06-07"),
        ("agreement on polar research", "in_force", "2017"),
    }


def test_a_list_of_documents_tells_talks_not_concluded_and_intentions_to_negotiate() -> None:
    text = (
        "= Chile–Norway relations =\n\n== Agreements ==\n"
        "- Convention on social security: negotiations opened in 2019, not yet concluded.\n"
        "- Agreement on fisheries research: both governments intend to negotiate one.\n"
        "- Air services agreement – talks agreed in 2022, to be launched next year\n\n"
        "== Outlook ==\n"
        "An extradition treaty, initialled in 2020, still awaits signature, and the two ministries plan to negotiate "
        "a memorandum on Antarctic logistics.\n"
    )
    got = {(f["title"], f["status"], f["date"]) for f in of_type(extract(text, "seed"), "agreement")}
    assert got == {
        ("Convention on social security", "pending", "2019"),
        ("Agreement on fisheries research", "planned", None),
        ("Air services agreement", "planned", "2022"),
        ("extradition treaty", "pending", "2020"),
        ("memorandum on Antarctic logistics", "planned", None),
    }


def test_an_item_names_its_document_before_a_colon_and_tells_of_it_after() -> None:
    # each item is an entry of its own: its date is the one it gives, or the visit it names, never the item's above
    text = (
        "= Chile–Greece relations =\n\n== Visits ==\n"
        "| Date | Visitor | Place |\n| 12 May 2008 | Foreign Minister Alejandro Foxley | Athens |\n\n"
        "== Agreements ==\n"
        "- Air services agreement: signed in Athens in 1990, in force since 1992.\n"
        "- Double taxation convention: signed in 2004, in force the following year.\n"
        "- Memorandum on wine trade: signed during the Foxley visit.\n"
        "- Extradition treaty: initialled in 2011, awaiting signature.\n"
        "- Cultural programme, signed in 2013; protocol on archives, in force on 1 May 2015.\n"
    )
    facts = of_type(extract(text, "seed"), "agreement")
    assert {(f["title"], f["status"], f["date"], (f["location"] or {}).get("city")) for f in facts} == {
        ("Air services agreement", "signed", "1990", "Athens"),
        ("Air services agreement", "in_force", "1992", "Athens"),
        ("Double taxation convention", "signed", "2004", None),
        ("Double taxation convention", "in_force", "2005", None),
        ("Memorandum on wine trade", "signed", "2008-05-12", "Athens"),
        ("Extradition treaty", "pending", "2011", None),
        ("Cultural programme", "signed", "2013", None),
        ("protocol on archives", "in_force", "2015-05-01", None),
    }


def test_a_document_under_negotiation_since_a_year_is_pending_from_then() -> None:
    text = (
        "= Chile–Greece relations =\n\n== Agreements ==\n"
        "A treaty on extradition has been under negotiation since 2016. "
        "An agreement on youth mobility has been under discussion since 2019.\n"
        "- Convention on social security, under negotiation since 2020.\n"
    )
    facts = of_type(extract(text, "seed"), "agreement")
    assert {(f["title"], f["status"], f["date"]) for f in facts} == {
        ("treaty on extradition", "pending", "2016"),
        ("Convention on social security", "pending", "2020"),
        # (talk of one is not yet one under negotiation)
    }


def test_a_document_in_force_on_signature_takes_the_signing_date() -> None:
    text = (
        "= Chile–Greece relations =\n\n== Agreements ==\n"
        "A memorandum on olive oil research was signed in Athens on 9 May 2011 and entered into force upon signing.\n"
    )
    facts = of_type(extract(text, "seed"), "agreement")
    assert {(f["status"], f["date"]) for f in facts} == {("signed", "2011-05-09"), ("in_force", "2011-05-09")}


def test_a_document_the_governments_intend_or_plan_to_conclude_is_planned() -> None:
    text = (
        "= Chile–Greece relations =\n\n== Agreements ==\n"
        "Both governments plan to conclude a treaty on legal assistance, and they intend to conclude an agreement "
        "on shipping.\n"
    )
    facts = of_type(extract(text, "seed"), "agreement")
    assert {(f["title"], f["status"], f["date"]) for f in facts} == {
        ("treaty on legal assistance", "planned", None),
        ("agreement on shipping", "planned", None),
    }


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        (
            "A tax convention has been under negotiation since 2017, and a working-holiday agreement is planned.",
            "working-holiday agreement",
        ),
        (
            "A tax convention has been under negotiation since 2017, and the two governments plan a memorandum on "
            "polar research.",
            "memorandum on polar research",
        ),
        (
            "A tax convention was initialled in 2018 and awaits signature, while a youth mobility agreement is being "
            "prepared.",
            "youth mobility agreement",
        ),
        (
            "A tax convention has not yet been signed; a cultural programme is to be agreed at the next session of the "
            "joint commission.",
            "cultural programme",
        ),
        (
            "A tax convention, initialled in 2016, has not been signed, and the two governments have agreed to "
            "conclude a coastal shipping agreement.",
            "coastal shipping agreement",
        ),
    ],
)
def test_a_plan_told_beside_a_pending_document_keeps_its_own_status(sentence: str, planned: str) -> None:
    text = f"= Chile–Greece relations =\n\n== Agreements ==\n{sentence}\n"
    facts = of_type(extract(text, "seed"), "agreement")
    assert {(f["title"], f["status"], f["date"]) for f in facts if f["title"] == planned} == {
        (planned, "planned", None)
    }
    assert {f["status"] for f in facts if f["title"] != planned} == {"pending"}


def test_a_document_still_to_be_drafted_beside_a_pending_one_is_planned() -> None:
    body = (
        "An air services agreement, negotiated since 2016, has not been signed, while a memorandum on polar research "
        "is still to be drafted."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "agreement")
    assert {(f["title"], f["status"], f["date"]) for f in facts} == {
        ("air services agreement", "pending", "2016"),
        ("memorandum on polar research", "planned", None),
    }


def test_a_listed_documents_label_and_a_future_conclusion_give_its_status() -> None:
    body = (
        "== Agreements ==\n- Agreement on animal health: planned.\n- Agreement on fisheries: under negotiation.\n"
        "- Memorandum on education: signed in 2019.\n\nThe two sides have also announced that they will conclude a "
        "memorandum on salmon farming standards."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "agreement")
    assert {(f["title"], f["status"]) for f in facts} == {
        ("Agreement on animal health", "planned"),
        ("Agreement on fisheries", "pending"),
        ("Memorandum on education", "signed"),
        ("memorandum on salmon farming standards", "planned"),
    }


def test_a_document_still_in_force_or_applied_since_a_day_is_in_force() -> None:
    body = (
        "A convention on the avoidance of double taxation was signed in Oslo in 2001 and is still in force. "
        "The social security agreement signed in Santiago on 3 May 2011 has applied since 1 January 2013."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "agreement")
    assert {(f["title"], f["status"], f["date"]) for f in facts} == {
        ("convention on the avoidance of double taxation", "signed", "2001"),
        ("convention on the avoidance of double taxation", "in_force", None),
        ("social security agreement", "signed", "2011-05-03"),
        ("social security agreement", "in_force", "2013-01-01"),
    }


def test_a_document_known_by_its_year_and_in_force_since_a_day_was_made_that_year() -> None:
    body = "The air services convention of 1998 has been in force since 1 March 1999."
    facts = of_type(extract(seed("Chile–Norway relations", body)), "agreement")
    assert {(f["status"], f["date"]) for f in facts} == {("signed", "1998"), ("in_force", "1999-03-01")}


def test_what_a_document_is_said_to_be_is_none_and_pending_since_dates_it() -> None:
    body = (
        "== Agreements ==\nThe EFTA–Chile free trade agreement signed in 2003 is a multilateral treaty and is not "
        "counted as a bilateral agreement. A readmission agreement, pending since 2021, has not been signed. There "
        "was a Joint sports education MoU signed in 2010."
    )
    facts = of_type(extract(seed("Chile–Norway relations", body)), "agreement")
    assert {(f["title"], f["status"], f["date"]) for f in facts} == {
        ("EFTA–Chile free trade agreement", "signed", "2003"),
        ("readmission agreement", "pending", "2021"),
        ("Joint sports education MoU", "signed", "2010"),
    }
