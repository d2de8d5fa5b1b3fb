"""Dates in the facts that carry them: every order, ranges, partial dates (never more precise than the text),
and references that need the article's context ("the next year", "two years later", "during this trip").

tests/extract/test_dates.py covers the date grammar on its own; these rows check that the date reaches the fact.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_kit import extract, matching, of_type, seed

AM_GR = "Armenia–Greece relations"


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


ROWS = [
    ("In the end of 1991 Greece recognized Armenia.", "recognition", {"subject": "GR", "date": "1991"}),
    ("Greece recognized Armenia in early 1992.", "recognition", {"subject": "GR", "date": "1992"}),
    ("Diplomatic relations were established on 20.01.1993.", "diplomatic_relations", {"date": "1993-01-20"}),
    ("Diplomatic relations were established on January 20th, 1993.", "diplomatic_relations", {"date": "1993-01-20"}),
    ("Diplomatic relations were established on 20 January 1993.", "diplomatic_relations", {"date": "1993-01-20"}),
    ("Armenia opened an embassy in Athens in the mid-1990s.", "mission", {"sender": "AM", "date": "199X"}),
    ("Greece has had an embassy in Yerevan since 1996.", "mission", {"sender": "GR", "date": "1996"}),
    (
        "In 1996 the Greek embassy in Yerevan opened. Two years later Armenia opened an embassy in Athens.",
        "mission",
        {"sender": "AM", "city": "Athens", "date": "1998"},
    ),
    (
        "Armenian President Robert Kocharyan visited Athens in 1999. The next year Greek President Konstantinos "
        "Stephanopoulos paid a return visit to Yerevan.",
        "event",
        {"date": "2000", "location": {"city": "Yerevan"}, "participants": [{"name": "Konstantinos Stephanopoulos"}]},
    ),
    (
        "Foreign ministers Eduard Nalbandyan and Dimitris Droutsas met in Yerevan in the spring of 2011.",
        "event",
        {
            "kind": "meeting",
            "date": "2011-21",
            "location": {"city": "Yerevan"},
            "participants": [{"name": "Eduard Nalbandyan"}, {"name": "Dimitris Droutsas"}],
        },
    ),
    (
        "On 3 March 2014, at the invitation of the Greek side, Armenian President Serzh Sargsyan began a two-day "
        "visit to Athens.",
        "event",
        {"date": "2014-03-03", "location": {"city": "Athens"}},
    ),
    ("Greece opened its embassy in Yerevan on the 5th of May 1993.", "mission", {"sender": "GR", "date": "1993-05-05"}),
    ("Armenia opened an embassy in Athens on May 5th, 1993.", "mission", {"sender": "AM", "date": "1993-05-05"}),
    ("Armenia opened an embassy in Athens on 05.05.1993.", "mission", {"sender": "AM", "date": "1993-05-05"}),
    (
        "The treaty was signed on 1993-05-05 in Athens.",
        "agreement",
        {"status": "signed", "date": "1993-05-05", "location": {"city": "Athens"}},
    ),
    (
        "Armenian President Serzh Sargsyan visited Athens on 12 May 2011. The same day he met Prime Minister George "
        "Papandreou.",
        "event",
        {"kind": "meeting", "date": "2011-05-12", "participants": [{"name": "George Papandreou"}]},
    ),
    (
        "The embassy of Armenia in Athens opened in 1993; the Greek embassy in Yerevan followed three years later.",
        "mission",
        {"sender": "GR", "city": "Yerevan", "date": "1996"},
    ),
    pytest.param(
        "Greek President Karolos Papoulias visited Yerevan in June 2005. Later that year the two foreign "
        "ministers met in Athens.",
        "event",
        {"kind": "meeting", "date": "2005", "location": {"city": "Athens"}},
    ),
    (
        "Talks took place in Athens on 5 and 6 May 2004.",
        "event",
        {"date": "2004-05-05/2004-05-06", "location": {"city": "Athens"}},
    ),
    pytest.param(
        "The foreign ministers met in Yerevan in May 2011.",
        "event",
        {"kind": "meeting", "date": "2011-05", "location": {"city": "Yerevan"}},
    ),
]


@pytest.mark.parametrize(("body", "ftype", "expected"), ROWS)
def test_dates_reach_the_fact(body: str, ftype: str, expected: dict[str, Any]) -> None:
    document = extract(seed(AM_GR, body))
    assert matching(document, ftype, **expected), (expected, of_type(document, ftype))


def test_no_invented_precision_anywhere() -> None:
    """Every date of every fact is at most as precise as something the text wrote."""
    body = (
        "Greece recognized Armenia in 1991. Diplomatic relations were established in January 1993. "
        "Armenia opened an embassy in Athens in the 1990s. Greek President Konstantinos Stephanopoulos "
        "visited Yerevan in 2000."
    )
    document = extract(seed(AM_GR, body))
    dates = {f.get("date") for f in document["facts"]} - {None}
    assert dates == {"1991", "1993-01", "199X", "2000"}


def test_a_week_later_keeps_at_least_the_year() -> None:
    document = extract(
        seed(
            AM_GR,
            "Prime Minister Nikol Pashinyan visited Athens on 20 March 2019. A week later "
            "Greek Foreign Minister Giorgos Katrougalos visited Yerevan.",
        )
    )
    later = matching(document, "event", location={"city": "Yerevan"})
    assert later and (later[0]["date"] or "").startswith("2019"), later


def test_the_following_month_does_not_count_from_an_earlier_time_told_in_an_aside() -> None:
    document = extract(
        seed(
            "Guinea–Soviet Union relations",
            "In December 1961 Guinea asked the Soviet ambassador, Daniil Solod, who had presented his credentials in "
            "September 1960, to leave. Anastas Mikoyan came to Conakry the following month.",
        )
    )
    assert matching(document, "event", kind="visit", date="1962-01")


@pytest.mark.parametrize(
    "lead",
    [
        "Namibia became independent on 21 March 1990.",
        # the day told with the word, not the sentence's later dates
        "Namibia has been in the Commonwealth since its independence on 21 March 1990, Chile in no such body since "
        "1 May 1991.",
    ],
)
def test_the_day_it_became_independent_is_the_day_told_with_the_word(lead: str) -> None:
    document = extract(
        seed(
            "Chile–Namibia relations",
            lead + " Chile recognised Namibia on the day it became independent, and the two governments established "
            "diplomatic relations in May 1990.",
        )
    )
    assert {(f["subject"], f["date"]) for f in of_type(document, "recognition")} == {("CL", "1990-03-21")}


def test_a_day_and_month_take_the_year_of_the_time_told_not_of_a_past_perfect_clause() -> None:
    body = (
        "== Crisis ==\nOn 4 April 2024 Chile declared the Mexican ambassador persona non grata; she had presented her "
        "credentials in February 2023. On 5 April Mexico broke off diplomatic relations with Chile."
    )
    facts = of_type(extract(seed("Chile–Mexico relations", body)), "diplomatic_relations")
    assert [(f["event"], f["date"]) for f in facts] == [("severed", "2024-04-05")]
