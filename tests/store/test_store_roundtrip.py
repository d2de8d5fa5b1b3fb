"""Property tests: any contract document goes into the store and comes back out unchanged."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral.store import Store
from bilateral.store.facts import TYPES

CODES = st.sampled_from(["EE", "FI", "IS", "NO", "LV", "LT", "SE", "DK", "PL", "DE"])
TEXT = st.text(max_size=24)
MAYBE_TEXT = st.none() | TEXT


@st.composite
def edtf(draw: st.DrawFn) -> str | None:
    y = draw(st.integers(1900, 2030))
    m = draw(st.integers(1, 12))
    d = draw(st.integers(1, 28))
    return draw(
        st.sampled_from(
            [
                None,
                f"{y}",
                f"{y}-{m:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}~",
                f"{y}-01/{y}-{m:02d}",
                f"{y}/{y + 1}",
            ]
        )
    )


NUMBER = st.integers(-(10**12), 10**12) | st.floats(allow_nan=False, allow_infinity=False, width=64)
PERSON = st.fixed_dictionaries({"name": MAYBE_TEXT, "role": MAYBE_TEXT, "country": st.none() | CODES})
PLACE = st.none() | st.fixed_dictionaries({"city": MAYBE_TEXT, "country": st.none() | CODES})

FIELDS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "recognition": {"subject": CODES, "object": CODES, "date": edtf()},
    "diplomatic_relations": {
        "parties": st.lists(CODES, min_size=2, max_size=2),
        "event": st.sampled_from(["established", "severed", "restored", "upgraded"]),
        "date": edtf(),
    },
    "mission": {
        "sender": CODES,
        "receiver": CODES,
        "kind": st.sampled_from(["embassy", "consulate", "honorary_consulate"]),
        "city": MAYBE_TEXT,
        "resident": st.booleans(),
        "accredited_from": PLACE,
        "date": edtf(),
        "status": st.sampled_from(["open", "closed", "planned"]),
    },
    "office": {
        "person": MAYBE_TEXT,
        "role": st.sampled_from(["ambassador", "charge_d_affaires", "honorary_consul"]),
        "sender": CODES,
        "receiver": CODES,
        "appointed": edtf(),
        "credentials": edtf(),
        "since": edtf(),
        "concurrent_with": st.lists(CODES, max_size=3),
    },
    "event": {
        "kind": st.sampled_from(["visit", "meeting", "other"]),
        "date": edtf(),
        "location": PLACE,
        "participants": st.lists(PERSON, max_size=3),
        "occasion": MAYBE_TEXT,
        "summary": TEXT,
    },
    "agreement": {
        "title": TEXT,
        "kind": st.sampled_from(["agreement", "treaty"]),
        "status": st.sampled_from(["signed", "pending"]),
        "date": edtf(),
        "parties": st.lists(CODES, max_size=3),
        "location": PLACE,
        "subject": MAYBE_TEXT,
    },
    "trade": {
        "reporter": st.none() | CODES,
        "partner": st.none() | CODES,
        "flow": st.sampled_from(["import", "export", "turnover"]),
        "period": edtf(),
        "value": NUMBER,
        "unit": st.sampled_from([None, "USD", "thousand USD", "million EUR", "tonnes"]),
        "unit_inferred": st.booleans(),
        "approximate": st.booleans(),
        "commodity": MAYBE_TEXT,
        "source": MAYBE_TEXT,
    },
    "investment": {
        "investor": CODES,
        "recipient": CODES,
        "period": edtf(),
        "value": NUMBER,
        "unit": MAYBE_TEXT,
        "approximate": st.booleans(),
        "qualifier": st.sampled_from([None, "over", "around"]),
    },
    "membership": {"country": CODES, "organization": TEXT, "date": edtf()},
    "parliamentary_group": {
        "country": CODES,
        "parliament": MAYBE_TEXT,
        "name": MAYBE_TEXT,
        "partner": CODES,
        "established": edtf(),
        "head": MAYBE_TEXT,
        "head_since": edtf(),
    },
    "cooperation": {
        "field": TEXT,
        "description": TEXT,
        "date": edtf(),
        "institutions": st.lists(TEXT, max_size=3),
    },
    "see_also": {"title": TEXT},
}
assert set(FIELDS) == set(TYPES)

@st.composite
def evidence(draw: st.DrawFn) -> dict[str, Any]:
    """A span of some text (start <= end), as the contract's evidence is."""
    start = draw(st.integers(0, 10**6))
    return {
        "section": draw(MAYBE_TEXT),
        "start": start,
        "end": start + draw(st.integers(0, 10**4)),
        "quote": draw(st.text(max_size=60)),
    }


EVIDENCE = evidence()


@st.composite
def fact(draw: st.DrawFn) -> dict[str, Any]:
    t = draw(st.sampled_from(sorted(FIELDS)))
    out = {"type": t, **draw(st.fixed_dictionaries(FIELDS[t]))}
    out["evidence"] = draw(st.lists(EVIDENCE, min_size=1, max_size=3))
    if draw(st.booleans()):
        out["confidence"] = draw(st.floats(0, 1))
    return out


@st.composite
def document(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "schema": "bilateral.facts/1",
        "source": {
            "path": draw(st.sampled_from(["a.txt", "b.wiki", "dir/c.txt"])),
            "title": draw(TEXT),
            "sha256": draw(st.text("0123456789abcdef", min_size=64, max_size=64)),
        },
        "dyad": draw(st.none() | st.lists(CODES, min_size=2, max_size=2)),
        "facts": draw(st.lists(fact(), max_size=12)),
    }


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(document())
def test_document_round_trips(doc: dict[str, Any]) -> None:
    with Store.open(":memory:") as s:
        res = s.ingest_document(doc)
        assert res.status == "added" and res.facts == len(doc["facts"])
        assert s.document(res.source_id) == doc
        assert s.ingest_document(doc).status == "unchanged"
        assert s.verify() == []
        # every query runs on whatever was stored
        pair = doc["dyad"] or ["EE", "FI"]
        s.show(pair[0], pair[1])
        s.timeline(pair[0], pair[1])
        s.trade(pair[0], pair[1])
        s.missions(pair[0])
        s.check()


@SETTINGS
@given(document(), document())
def test_revisions_keep_both_documents(first: dict[str, Any], second: dict[str, Any]) -> None:
    second = {**second, "source": {**second["source"], "path": first["source"]["path"]}}
    with Store.open(":memory:") as s:
        r1 = s.ingest_document(first)
        r2 = s.ingest_document(second)
        if second["source"]["sha256"] == first["source"]["sha256"]:
            assert r2.status == "unchanged"
            return
        assert (r2.status, r2.revision, r2.article_id) == ("revised", 2, r1.article_id)
        assert s.document(r1.source_id) == first and s.document(r2.source_id) == second
        current = s.conn.execute(
            "SELECT count(*) FROM facts f JOIN sources x ON x.id = f.source_id WHERE x.current = 1"
        ).fetchone()[0]
        assert current == len(second["facts"])
        assert s.verify() == []
