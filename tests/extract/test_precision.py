"""Precision: sentences that state no fact between the pair — hopes, third states, changes rather than levels,
other economic figures — give no fact of the type they resemble. A wrong fact costs as much as a missed one."""

from __future__ import annotations

import pytest
from extract_kit import extract, of_type, seed

EE_GE = "Estonia–Georgia relations"


ROWS = [
    ("Estonia supported Georgia's bid to join NATO.", "membership"),
    ("Russia recognized the independence of Abkhazia and South Ossetia on 26 August 2008.", "recognition"),
    ("Estonian volunteers visited Georgia after the 2008 war.", "event"),
    ("Estonia's GDP reached €30 billion in 2021.", "trade"),
    ("Estonia's population was about 1.3 million in 2021.", "trade"),
    ("The Estonian Prime Minister condemned the Russian recognition of Abkhazia in 2008.", "diplomatic_relations"),
    ("Georgia hopes to become a member of the European Union.", "membership"),
    ("The Estonian Prime Minister condemned the Russian recognition of Abkhazia in 2008.", "recognition"),
    ("The German ambassador to Georgia, Hubert Knirsch, visited Tallinn in 2019.", "office"),
    ("Trade with Russia fell by $200 million in 2009.", "trade"),
    ("Georgian wine exports to Ukraine reached $50 million in 2020.", "trade"),
    ("In 2015 Georgia signed an association agreement with the European Union.", "agreement"),
    ("Estonia is home to over 2,000 Georgians.", "trade"),
    ("In 2014 Estonia's foreign minister visited Brussels to discuss Georgia.", "event"),
    ("Georgia signed a free trade agreement with China in 2017.", "agreement"),
    ("In 2021 Georgia was Estonia's 40th largest trading partner.", "trade"),
    ("Georgia's trade surplus with Estonia was $39 million in 2022.", "trade"),
]


@pytest.mark.parametrize(("body", "ftype"), ROWS)
def test_no_fact_between_the_pair(body: str, ftype: str) -> None:
    facts = of_type(extract(seed(EE_GE, body)), ftype)
    assert not facts, facts


@pytest.mark.xfail(
    strict=True,
    reason="a third state's host mission ('The Polish embassy in Berlin hosted … in 2016') "
    "becomes a mission to Germany dated by the unrelated happening",
)
def test_missions_in_third_states_are_not_facts_of_the_pair() -> None:
    document = extract(
        seed("Poland–Ukraine relations", "The Polish embassy in Berlin hosted a Ukrainian exhibition in 2016.")
    )
    assert not [m for m in of_type(document, "mission") if m["receiver"] not in ("PL", "UA")]
