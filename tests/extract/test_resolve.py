"""Resolution: the same fact stated twice (lead and body; body and the missions list) is one fact with both
evidences and the most precise date the article gives; every fact carries a confidence in 0..1."""

from __future__ import annotations

import pytest
from extract_kit import extract, matching, of_type, seed

from bilateral.extract.base import Fact
from bilateral.resolve import compatible, merge, more_precise

EE_GE = "Estonia–Georgia relations"


def _one_with_both(document: dict, ftype: str, **want: object) -> dict:
    found = matching(document, ftype, **want)
    assert len(found) == 1, of_type(document, ftype)
    sections = [e["section"] for e in found[0]["evidence"]]
    assert len(sections) == 2, found[0]["evidence"]
    return found[0]


def test_recognition_in_lead_and_body() -> None:
    text = seed(
        EE_GE,
        "Estonia recognized Georgia in 1991.\n\n== History ==\n"
        "On 28 August 1991, Estonia recognized the independence of Georgia.",
    )
    fact = _one_with_both(extract(text), "recognition", subject="EE", object="GE")
    assert fact["date"] == "1991-08-28"  # the most precise date of the two
    assert [e["section"] for e in fact["evidence"]] == [EE_GE, "History"]


def test_relations_most_precise_date_whichever_comes_first() -> None:
    text = seed(
        "Denmark–Germany relations",
        "Diplomatic relations between Denmark and Germany were established on 11 March 1949.\n\n"
        "== History ==\nDenmark and Germany established diplomatic relations in 1949.",
    )
    fact = _one_with_both(extract(text), "diplomatic_relations", event="established")
    assert fact["date"] == "1949-03-11"


def test_membership_in_two_sections() -> None:
    text = seed(
        EE_GE,
        "Both countries are members of the Council of Europe.\n\n== Multilateral ==\n"
        "Estonia and Georgia are both members of the Council of Europe.",
    )
    document = extract(text)
    for code in ("EE", "GE"):
        _one_with_both(document, "membership", country=code, organization="Council of Europe")


def test_mission_in_body_and_missions_list() -> None:
    text = seed(
        EE_GE,
        "Estonia opened an embassy in Tbilisi in 2006.\n\n==Resident diplomatic missions==\n"
        "- Estonia has an embassy in Tbilisi.\n- Georgia has an embassy in Tallinn.",
    )
    fact = _one_with_both(extract(text), "mission", sender="EE", receiver="GE", kind="embassy")
    assert fact["date"] == "2006" and fact["city"] == "Tbilisi"


def test_event_in_lead_and_body() -> None:
    text = seed(
        EE_GE,
        "President Toomas Hendrik Ilves visited Tbilisi in 2008.\n\n== Visits ==\n"
        "Estonian President Toomas Hendrik Ilves visited Tbilisi on 12 August 2008.",
    )
    fact = _one_with_both(extract(text), "event", location={"city": "Tbilisi"})
    assert fact["date"] == "2008-08-12"


def test_different_dates_stay_two_facts() -> None:
    text = seed(
        EE_GE,
        "Estonia opened an embassy in Tbilisi in 2006.\n\n== Later ==\nEstonia opened an embassy in Tbilisi again "
        "in 2012.",
    )
    document = extract(text)
    assert matching(document, "mission", sender="EE", date="2006")
    assert matching(document, "mission", sender="EE", date="2012")


def test_a_post_opened_then_told_closed_is_one_post_that_closed() -> None:
    # the closing's year is no date of the post, so the closing is the post told before
    text = seed(
        EE_GE,
        "Estonia opened an embassy in Tbilisi in 2006.\n\n== Later ==\nEstonia closed its embassy in Tbilisi in 2009.",
    )
    posts = [f for f in extract(text)["facts"] if f["type"] == "mission"]
    assert [(f["date"], f["status"]) for f in posts] == [("2006", "closed")]


def test_confidence_on_every_fact() -> None:
    text = seed(
        EE_GE,
        "Estonia recognized Georgia on 28 August 1991. Both countries are members of the Council "
        "of Europe. Estonia has an embassy in Tbilisi.\n\n== See also ==\n- Foreign relations of "
        "Estonia",
    )
    facts = extract(text)["facts"]
    assert {f["type"] for f in facts} >= {"recognition", "membership", "mission", "see_also"}
    assert all(isinstance(f["confidence"], float) and 0 < f["confidence"] <= 1 for f in facts)


@pytest.mark.parametrize(
    ("a", "b", "same", "best"),
    [
        ("1992", "1992-08-04", True, "1992-08-04"),
        ("1992-08", "1992-08-04", True, "1992-08-04"),
        ("1992-08-04", "1992", True, "1992-08-04"),
        ("1992", "1993", False, None),
        ("2001-11-26/2001-11-30", "2001-11", True, "2001-11-26/2001-11-30"),
        (None, "2005", True, "2005"),
        # a visit's days and one day of it: the days it lasted
        ("2009-11-03", "2009-11-03/2009-11-04", True, "2009-11-03/2009-11-04"),
        ("2009-11-03/2009-11-04", "2009-11-03", True, "2009-11-03/2009-11-04"),
    ],
)
def test_date_compatibility(a: str | None, b: str | None, same: bool, best: str | None) -> None:
    assert compatible(a, b) is same
    if same:
        assert more_precise(a, b) == best


def test_merge_keeps_units_once_and_the_higher_confidence() -> None:
    from bilateral.document.model import Unit

    u1 = Unit("sentence", 0, 10, 0, 10, "Lead", 0)
    u2 = Unit("item", 20, 30, 20, 30, "Resident diplomatic missions", 1)
    base = {"sender": "EE", "receiver": "GE", "kind": "embassy", "resident": True, "city": None, "date": None}
    a = Fact("mission", dict(base), [u1], 0.7)
    b = Fact("mission", {**base, "city": "Tbilisi", "date": "2006"}, [u2, u1], 0.9)
    out = merge([a, b])
    assert len(out) == 1
    assert out[0].units == [u1, u2]
    assert out[0].fields["city"] == "Tbilisi" and out[0].fields["date"] == "2006"
    assert out[0].confidence == 0.9


def test_a_signing_told_in_a_visits_table_and_in_prose_is_one_agreement() -> None:
    document = extract(
        seed(
            "India–Japan relations",
            "The Comprehensive Economic Partnership Agreement between India and Japan was signed in Tokyo on "
            "16 February 2011.\n\n== Visits ==\n| Date | Visitor | Place | Outcome |\n"
            "| 15–16 February 2011 | Anand Sharma, Commerce Minister of India | Tokyo | "
            "Comprehensive Economic Partnership Agreement signed |\n",
        )
    )
    signed = matching(document, "agreement", status="signed")
    assert [(a["date"], len(a["evidence"])) for a in signed] == [("2011-02-16", 2)]
    assert signed[0]["title"].startswith("Comprehensive Economic Partnership Agreement")


def test_a_description_and_the_title_of_one_document_signed_that_day_are_one_fact() -> None:
    document = extract(
        seed(
            "Latvia–Lithuania relations",
            "The Treaty on Friendly Relations and Cooperation was signed in Riga on 12 May 1994.\n\n"
            "== Visits ==\n| Date | Visitor | Place | Notes |\n"
            "| 12 May 1994 | President Algirdas Brazauskas | Riga | Friendship treaty signed |\n",
        )
    )
    assert [a["title"] for a in of_type(document, "agreement")] == ["Treaty on Friendly Relations and Cooperation"]


def test_an_interval_holds_a_day_only_when_asked() -> None:
    assert not compatible("2014-07-07/2014-07-08", "2014-07-08")
    assert compatible("2014-07-07/2014-07-08", "2014-07-08", spans=True)
    assert not compatible("2014-07-07/2014-07-08", "2014-07-09", spans=True)
    assert compatible("2014", "2014-03-05/2014-03-07", spans=True)


def test_two_documents_of_one_day_whose_titles_share_a_beginning_stay_two() -> None:
    document = extract(
        seed(
            "Latvia–Lithuania relations",
            "On 12 May 1994 the two governments signed an Agreement on Cooperation and an Agreement on Cooperation "
            "in Tourism.",
        )
    )
    assert len(of_type(document, "agreement")) == 2


def test_a_bare_head_in_a_list_of_visits_is_the_document_named_that_day() -> None:
    document = extract(
        seed(
            "Bulgaria–North Macedonia relations",
            "The Treaty of Friendship, Good-Neighbourliness and Cooperation was signed in Skopje on 1 August 2017.\n\n"
            "== Visits ==\n* 1 August 2017 – Prime Minister Boyko Borisov in Skopje (treaty signed)\n",
        )
    )
    treaties = of_type(document, "agreement")
    assert [t["title"] for t in treaties] == ["Treaty of Friendship, Good-Neighbourliness and Cooperation"]
    assert len(treaties[0]["evidence"]) == 2


def test_a_bare_plural_names_no_document() -> None:
    document = extract(
        seed(
            "Malaysia–Thailand relations",
            "Under agreements signed in 1979 and 1990, the two states develop a joint area in the Gulf of Thailand.",
        )
    )
    assert of_type(document, "agreement") == []


def test_a_table_cell_in_sentence_case_describes_the_document_told_that_day() -> None:
    document = extract(
        seed(
            "Dominican Republic–Haiti relations",
            "The border was fixed by a treaty signed in Santo Domingo on 21 January 1929.\n\n"
            "== Treaties ==\n| Date | Treaty | Place |\n| 21 January 1929 | Border treaty | Santo Domingo |\n",
        )
    )
    assert len(of_type(document, "agreement")) == 1


def test_a_trip_in_a_visits_table_and_told_as_consultations_is_one_event_of_the_sentence_s_kind() -> None:
    document = extract(
        seed(
            "Brazil–Germany relations",
            "Chancellor Angela Merkel came back on 19–20 August 2015 for the first government consultations, held "
            "in Brasília with President Dilma Rousseff.\n\n== Visits ==\n| Date | Visitor | Place |\n"
            "| 19–20 August 2015 | Chancellor Angela Merkel | Brasília |\n",
        )
    )
    events = of_type(document, "event")
    assert [(e["kind"], e["date"], len(e["evidence"])) for e in events] == [
        ("consultations", "2015-08-19/2015-08-20", 2)
    ]


def test_a_trip_dated_relative_to_another_and_listed_in_a_table_is_one_event() -> None:
    document = extract(
        seed(
            "Chile–Norway relations",
            "Foreign Minister Jonas Gahr Støre came to Santiago in March 2006. Three years later Foreign Minister "
            "Mariano Fernández was in Oslo for consultations.\n\n== Visits ==\n| Date | Visitor | Place |\n"
            "| 10 March 2006 | Jonas Gahr Støre | Santiago |\n| 4 May 2009 | Mariano Fernández | Oslo |\n",
        )
    )
    events = of_type(document, "event")
    assert sorted((e["date"], (e["location"] or {}).get("city"), len(e["evidence"])) for e in events) == [
        ("2006-03-10", "Santiago", 2),
        ("2009-05-04", "Oslo", 2),
    ]
