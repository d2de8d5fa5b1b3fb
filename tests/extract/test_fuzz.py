"""Fuzzing the extraction: on any text, in each of the three formats, no extractor raises (run with
``debug=True`` so that a failing family is an error here, not a swallowed note), the document has the
contract's shape, and every evidence quote equals ``text[start:end]``.

The texts are arbitrary unicode, and arbitrary mixtures of the pieces real articles are made of (markup of the
three formats, dates, amounts, roles, country names, table rows), so that the extractors' deeper paths run.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral.document.load import parse_text
from bilateral.pipeline import SCHEMA, extract_doc

TYPES = {
    "recognition",
    "diplomatic_relations",
    "mission",
    "office",
    "event",
    "agreement",
    "trade",
    "investment",
    "membership",
    "parliamentary_group",
    "cooperation",
    "see_also",
}

PIECES = st.sampled_from(
    [
        # markup
        "= Estonia–Georgia relations =\n",
        "== History ==\n",
        "==Resident diplomatic missions==\n",
        "== See also ==\n",
        "Infobox\n",
        "- Mission of Estonia: Embassy of Estonia, Tbilisi\n",
        "- ",
        "| Year | Import | Export | Turnover |\n",
        "| 2019 | 1 600,5 | 2,200 | - |\n",
        "| | |\n",
        "| Source: Geostat | | |\n",
        "(thousand USD)",
        "{{Infobox bilateral relations|Estonia–Georgia}}\n",
        '{| class="wikitable"\n',
        "! Year !! Export\n",
        "|-\n",
        "| 2020 || 5\n",
        "|}\n",
        "[[Tbilisi]]",
        "[[Georgia (country)|Georgia]]",
        "<ref>x</ref>",
        "'''",
        "<!-- -->",
        "{{flagicon|EST}}",
        "\n",
        "\n\n",
        # words the extractors look for
        "Estonia",
        "Georgia",
        "Georgian",
        "Estonian",
        "Tallinn",
        "Tbilisi",
        "Ankara, Turkey",
        "both countries",
        " recognized ",
        " established diplomatic relations ",
        " has an embassy in ",
        " honorary consulate ",
        " is accredited to ",
        " from its embassy in ",
        " visited ",
        " met ",
        " signed ",
        " an agreement on ",
        " memorandum ",
        " awaiting signature",
        " set to sign ",
        " entered into force ",
        " members of the ",
        " the EU ",
        " NATO ",
        " parliamentary friendship group ",
        " headed by ",
        " invested ",
        " trade turnover ",
        " exports to ",
        " imports from ",
        " Ambassador of Estonia to Georgia, ",
        " President ",
        " Prime Minister ",
        " presented his credentials ",
        " since ",
        " during this trip ",
        " the following year ",
        " H. ",
        "Aliyev",
        "Toomas Hendrik Ilves",
        " the head of the Georgian government ",
        ", ",
        ". ",
        " and ",
        " (",
        ") ",
        # dates and amounts
        "7 January 1992",
        "February 11, 1992",
        "2–3 December 1996",
        "26-30 November 2001",
        "30 November – 2 December 2005",
        "January–June 2003",
        "the 1990s",
        "in 1994",
        "as of 2020",
        "mid-",
        "$23",
        "US$5 093,8 million",
        "€352,62 million",
        "S345,29 million",
        "over",
        "around",
        "2.46%",
        "2.2×",
        "1,928.3",
        "260,991.8",
        "mln",
        "bn",
        "\u00a0",
        "\u202f",
        "\u2011",
        "’",
        "“",
        "”",
    ]
)
MIXED = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


def _check(text: str, fmt: str) -> None:
    doc = parse_text(text, "fuzz.txt", fmt)
    document, _notes = extract_doc(doc, debug=True)
    assert document["schema"] == SCHEMA
    assert document["dyad"] is None or (len(document["dyad"]) == 2 and all(len(c) == 2 for c in document["dyad"]))
    json.dumps(document)  # serializable
    for fact in document["facts"]:
        assert fact["type"] in TYPES
        assert fact["evidence"]
        for ev in fact["evidence"]:
            assert ev["quote"] == text[ev["start"] : ev["end"]], (fact["type"], ev)
        assert 0.0 <= fact["confidence"] <= 1.0


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.sampled_from(["seed", "wiki", "prose"]))
def test_extraction_never_raises_on_arbitrary_text(text: str, fmt: str) -> None:
    _check(text, fmt)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED, st.sampled_from(["seed", "wiki", "prose"]))
def test_extraction_never_raises_on_article_like_text(text: str, fmt: str) -> None:
    _check(text, fmt)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
def test_titled_articles_in_every_format(body: str) -> None:
    """With a recognizable pair, every extractor family runs over the text."""
    _check("= Estonia–Georgia relations =\n\n" + body, "seed")
    _check("'''Estonia–Georgia relations''' are the relations.\n\n" + body, "wiki")
    _check("Estonia–Georgia relations\n\n" + body, "prose")
