"""Fixtures for the store: contract documents built by hand (invented but realistic facts), whose every
evidence quote is the exact text at its offsets."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bilateral.store import Store

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


class Builder:
    """Writes an article line by line and hands out evidence for each line."""

    def __init__(self, title: str, path: str, dyad: list[str] | None) -> None:
        self.title, self.path, self.dyad = title, path, dyad
        self.text = title + "\n\n"
        self.section = "Overview"
        self.facts: list[dict[str, Any]] = []

    def heading(self, name: str) -> None:
        self.text += f"== {name} ==\n"
        self.section = name

    def line(self, sentence: str, *facts: dict[str, Any]) -> dict[str, Any]:
        start = len(self.text)
        self.text += sentence + "\n"
        ev = {"section": self.section, "start": start, "end": start + len(sentence), "quote": sentence}
        for f in facts:
            self.facts.append({**f, "evidence": [ev], "confidence": 0.9})
        return ev

    def document(self) -> dict[str, Any]:
        sha = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        return {
            "schema": "bilateral.facts/1",
            "source": {"path": self.path, "title": self.title, "sha256": sha, "format": "seed"},
            "dyad": self.dyad,
            "facts": self.facts,
        }


def estonia_finland(extra: str = "") -> dict[str, Any]:
    """Estonia–Finland: every fact type of the contract, consistent with itself."""
    b = Builder("Estonia–Finland relations", "estonia-finland.txt", ["EE", "FI"])
    b.line(
        "Finland recognized the independence of Estonia on 29 August 1991.",
        {"type": "recognition", "subject": "FI", "object": "EE", "date": "1991-08-29"},
    )
    b.line(
        "Diplomatic relations between the two states were first established in 1920.",
        {"type": "diplomatic_relations", "parties": ["EE", "FI"], "event": "established", "date": "1920"},
    )
    b.line(
        "Relations were restored on 29 August 1991.",
        {"type": "diplomatic_relations", "parties": ["EE", "FI"], "event": "restored", "date": "1991-08-29"},
    )
    b.line(
        "Both countries are members of the European Union and of the Council of Europe.",
        {"type": "membership", "country": "EE", "organization": "European Union", "date": None},
        {"type": "membership", "country": "FI", "organization": "European Union", "date": None},
        {"type": "membership", "country": "EE", "organization": "Council of Europe", "date": None},
        {"type": "membership", "country": "FI", "organization": "Council of Europe", "date": None},
    )
    b.line(
        "Estonia is also a member of NATO.",
        {"type": "membership", "country": "EE", "organization": "NATO", "date": "2004"},
    )
    b.heading("Diplomacy")
    b.line(
        "Kaarel Mets was appointed Ambassador of Estonia to Finland on 12 August 2020.",
        {
            "type": "office",
            "person": "Kaarel Mets",
            "role": "ambassador",
            "sender": "EE",
            "receiver": "FI",
            "appointed": "2020-08-12",
            "credentials": None,
            "since": None,
            "concurrent_with": [],
        },
    )
    b.line(
        "His predecessor Mart Tamm served from 2015.",
        {
            "type": "office",
            "person": "Mart Tamm",
            "role": "ambassador",
            "sender": "EE",
            "receiver": "FI",
            "appointed": None,
            "credentials": None,
            "since": "2015",
            "concurrent_with": [],
        },
    )
    b.line(
        "Timo Rantanen presented his credentials as Ambassador of Finland to Estonia on 3 September 2019.",
        {
            "type": "office",
            "person": "Timo Rantanen",
            "role": "ambassador",
            "sender": "FI",
            "receiver": "EE",
            "appointed": None,
            "credentials": "2019-09-03",
            "since": None,
            "concurrent_with": [],
        },
    )
    b.line(
        "- Estonia has an embassy in Helsinki.",
        {
            "type": "mission",
            "sender": "EE",
            "receiver": "FI",
            "kind": "embassy",
            "city": "Helsinki",
            "resident": True,
            "accredited_from": None,
            "date": None,
            "status": "open",
        },
    )
    b.line(
        "- Finland has an embassy in Tallinn and a consulate in Tartu.",
        {
            "type": "mission",
            "sender": "FI",
            "receiver": "EE",
            "kind": "embassy",
            "city": "Tallinn",
            "resident": True,
            "accredited_from": None,
            "date": None,
            "status": "open",
        },
        {
            "type": "mission",
            "sender": "FI",
            "receiver": "EE",
            "kind": "consulate",
            "city": "Tartu",
            "resident": True,
            "accredited_from": None,
            "date": None,
            "status": "open",
        },
    )
    b.heading("Visits")
    b.line(
        "On 5 March 2019 Estonian Prime Minister Liis Kask visited Helsinki and met Finnish Prime Minister "
        "Pekka Virtanen.",
        {
            "type": "event",
            "kind": "visit",
            "date": "2019-03-05",
            "location": {"city": "Helsinki", "country": "FI"},
            "participants": [
                {"name": "Liis Kask", "role": "head_of_government", "country": "EE"},
                {"name": "Pekka Virtanen", "role": "head_of_government", "country": "FI"},
            ],
            "occasion": None,
            "summary": "Estonian PM Kask visits Helsinki and meets PM Virtanen",
        },
    )
    b.line(
        "In 2021 the foreign ministers met in Tallinn.",
        {
            "type": "event",
            "kind": "meeting",
            "date": "2021",
            "location": {"city": "Tallinn", "country": "EE"},
            "participants": [],
            "occasion": None,
            "summary": "foreign ministers meet in Tallinn",
        },
    )
    b.line(
        "A memorandum on a Tallinn–Helsinki rail tunnel study was signed in Tallinn on 7 February 2019.",
        {
            "type": "agreement",
            "title": "memorandum on a Tallinn–Helsinki rail tunnel study",
            "kind": "memorandum",
            "status": "signed",
            "date": "2019-02-07",
            "parties": ["EE", "FI"],
            "location": {"city": "Tallinn", "country": "EE"},
            "subject": "rail tunnel",
        },
    )
    b.heading("Economic relations")
    b.line("| Year | Estonian export | Estonian import | Turnover |")
    for year, exp, imp, tot in (
        ("2017", 2000.5, 1500.25, 3500.75),
        ("2018", 2100.0, 1600.0, 3700.0),
        ("2020", 1900.0, 1400.0, 3300.0),
    ):
        b.line(
            f"| {year} | {exp} | {imp} | {tot} |",
            *[
                {
                    "type": "trade",
                    "reporter": "EE",
                    "partner": "FI",
                    "flow": flow,
                    "period": year,
                    "value": v,
                    "unit": "million EUR",
                    "unit_inferred": False,
                    "approximate": False,
                    "commodity": None,
                    "source": "Statistics Estonia",
                }
                for flow, v in (("export", exp), ("import", imp), ("turnover", tot))
            ],
        )
    b.line(
        "Finnish investment in Estonia reached €4.5 billion in 2020.",
        {
            "type": "investment",
            "investor": "FI",
            "recipient": "EE",
            "period": "2020",
            "value": 4.5,
            "unit": "billion EUR",
            "approximate": False,
            "qualifier": None,
        },
    )
    b.heading("Inter-parliamentary relations")
    b.line(
        "The Riigikogu set up the Estonia–Finland friendship group on 10 April 2019, chaired by Anu Saar.",
        {
            "type": "parliamentary_group",
            "country": "EE",
            "parliament": "Riigikogu",
            "name": "Estonia–Finland friendship group",
            "partner": "FI",
            "established": "2019-04-10",
            "head": "Anu Saar",
            "head_since": None,
        },
    )
    b.line(
        "Universities in Tartu and Helsinki run a joint doctoral school.",
        {
            "type": "cooperation",
            "field": "education",
            "description": "joint doctoral school",
            "date": None,
            "institutions": ["University of Tartu", "University of Helsinki"],
        },
    )
    b.heading("See also")
    b.line("- Foreign relations of Estonia", {"type": "see_also", "title": "Foreign relations of Estonia"})
    if extra:
        b.line(extra)
    return b.document()


def iceland_estonia() -> dict[str, Any]:
    """A second pair: non-resident missions covered from Helsinki and Oslo."""
    b = Builder("Estonia–Iceland relations", "estonia-iceland.txt", ["EE", "IS"])
    b.line(
        "Iceland is accredited to Estonia from its embassy in Helsinki, Finland.",
        {
            "type": "mission",
            "sender": "IS",
            "receiver": "EE",
            "kind": "embassy",
            "city": None,
            "resident": False,
            "accredited_from": {"city": "Helsinki", "country": "FI"},
            "date": None,
            "status": "open",
        },
    )
    b.line(
        "Estonia is accredited to Iceland from its embassy in Oslo, Norway.",
        {
            "type": "mission",
            "sender": "EE",
            "receiver": "IS",
            "kind": "embassy",
            "city": None,
            "resident": False,
            "accredited_from": {"city": "Oslo", "country": "NO"},
            "date": None,
            "status": "open",
        },
    )
    b.line(
        "Iceland recognized Estonia on 22 August 1991, the first state to do so.",
        {"type": "recognition", "subject": "IS", "object": "EE", "date": "1991-08-22"},
    )
    b.line(
        "Iceland is a member of NATO and of the Council of Europe.",
        {"type": "membership", "country": "IS", "organization": "NATO", "date": None},
        {"type": "membership", "country": "IS", "organization": "Council of Europe", "date": None},
    )
    return b.document()


def inconsistent() -> list[dict[str, Any]]:
    """Planted inconsistencies: a trade row that does not add up, two dates for the same relations (in two
    sections and in two articles), and a mission said to be both resident and covered from abroad."""
    b = Builder("Latvia–Lithuania relations", "latvia-lithuania.txt", ["LT", "LV"])
    b.line(
        "Diplomatic relations were established on 12 July 1920.",
        {
            "type": "diplomatic_relations",
            "parties": ["LT", "LV"],
            "event": "established",
            "date": "1920-07-12",
        },
    )
    b.line(
        "Latvia recognized Lithuania on 2 February 1921.",
        {"type": "recognition", "subject": "LV", "object": "LT", "date": "1921-02-02"},
    )
    b.line("| Year | Latvian export | Latvian import | Turnover |")
    b.line(
        "| 2019 | 1 200,0 | 800,0 | 2 500,0 |",
        *[
            {
                "type": "trade",
                "reporter": "LV",
                "partner": "LT",
                "flow": flow,
                "period": "2019",
                "value": v,
                "unit": "million EUR",
                "unit_inferred": False,
                "approximate": False,
                "commodity": None,
                "source": None,
            }
            for flow, v in (("export", 1200.0), ("import", 800.0), ("turnover", 2500.0))
        ],
    )
    b.line(
        "| 2020 | 1 100,0 | 900,0 | 2 000,0 |",
        *[
            {
                "type": "trade",
                "reporter": "LV",
                "partner": "LT",
                "flow": flow,
                "period": "2020",
                "value": v,
                "unit": "million EUR",
                "unit_inferred": False,
                "approximate": False,
                "commodity": None,
                "source": None,
            }
            for flow, v in (("export", 1100.0), ("import", 900.0), ("turnover", 2000.0))
        ],
    )
    b.line(
        "- Latvia has an embassy in Vilnius.",
        {
            "type": "mission",
            "sender": "LV",
            "receiver": "LT",
            "kind": "embassy",
            "city": "Vilnius",
            "resident": True,
            "accredited_from": None,
            "date": None,
            "status": "open",
        },
    )
    b.heading("History")
    b.line(
        "Latvia and Lithuania established diplomatic relations on 13 July 1921.",
        {
            "type": "diplomatic_relations",
            "parties": ["LT", "LV"],
            "event": "established",
            "date": "1921-07-13",
        },
    )
    b.line(
        "Latvia had recognized Lithuania on 26 January 1921.",
        {"type": "recognition", "subject": "LV", "object": "LT", "date": "1921-01-26"},
    )
    b.line(
        "In 1920 the two states established relations.",
        {"type": "diplomatic_relations", "parties": ["LT", "LV"], "event": "established", "date": "1920"},
    )
    first = b.document()
    c = Builder("Baltic cooperation", "baltic.txt", ["LV", "LT"])
    c.line(
        "Latvia covers Lithuania from its embassy in Tallinn.",
        {
            "type": "mission",
            "sender": "LV",
            "receiver": "LT",
            "kind": "embassy",
            "city": None,
            "resident": False,
            "accredited_from": {"city": "Tallinn", "country": "EE"},
            "date": None,
            "status": "open",
        },
    )
    c.line(
        "Relations between Latvia and Lithuania date from 1 June 1919.",
        {
            "type": "diplomatic_relations",
            "parties": ["LV", "LT"],
            "event": "established",
            "date": "1919-06-01",
        },
    )
    return [first, c.document()]


@pytest.fixture
def docs() -> dict[str, Callable[..., Any]]:
    return {
        "estonia_finland": estonia_finland,
        "iceland_estonia": iceland_estonia,
        "inconsistent": inconsistent,
    }


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = Store.open(tmp_path / "kb.db")
    yield s
    s.close()


@pytest.fixture
def filled(store: Store) -> Store:
    store.ingest_document(estonia_finland())
    store.ingest_document(iceland_estonia())
    return store
