"""Small dumps built from the bundled examples (real wikitext about real pairs) and pages written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.scale.writer import DumpPage

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

CZ_SK = (EXAMPLES / "czech-republic-slovakia.wiki").read_text(encoding="utf-8")
JP_US = (EXAMPLES / "japan-united-states.wiki").read_text(encoding="utf-8")

# a relations article whose title does not name the pair: only its infobox selects it
ESTONIA_LATVIA = """{{Infobox bilateral relations
| Estonia–Latvia
| country1 = Estonia
| country2 = Latvia
}}
The two Baltic neighbours share a border of 343 km. Latvia recognized the independence of Estonia on \
22 August 1991, and diplomatic relations were restored on 27 August 1991.

== Diplomatic missions ==
Estonia has an embassy in [[Riga]], and Latvia has an embassy in [[Tallinn]].
"""

POTATO = "The '''potato''' is a starchy <tuber> & a staple food; \"quoted\" and 'single' marks stay."
MUSIC = "'''Baltic music''' is the music of Estonia, Latvia & Lithuania — a page about neither relations nor pairs."


def base_pages() -> list[DumpPage]:
    return [
        DumpPage(10, "Czech Republic–Slovakia relations", CZ_SK),
        DumpPage(11, "Talk:Czech Republic–Slovakia relations", "Discussion of the article.", ns=1),
        DumpPage(12, "Czechoslovak relations", "#REDIRECT [[Czech Republic–Slovakia relations]]",
                 redirect="Czech Republic–Slovakia relations"),
        DumpPage(13, "Potato", POTATO),
        DumpPage(14, "Japan-United States relations", JP_US),  # a hyphen, not an en dash
        DumpPage(15, "Baltic neighbours", ESTONIA_LATVIA),  # selected by its infobox only
        DumpPage(16, "Baltic music", MUSIC),
        DumpPage(17, "Church–state relations", "How a church and a state relate, in general."),  # no pair
    ]


@pytest.fixture
def pages() -> list[DumpPage]:
    return base_pages()
