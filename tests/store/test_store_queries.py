"""The queries on hand-built documents: show, timeline, trade, missions, people, search, ask and check."""

from __future__ import annotations

import pytest
from conftest import inconsistent

from bilateral.store import Store, StoreError
from bilateral.store import dates as D
from bilateral.store.queries import check_rows, fts_query, missions_rows, people_rows, trade_rows


def test_country_arguments_accept_codes_and_names_in_any_case(filled: Store) -> None:
    ref = filled.show("EE", "FI")
    for a, b in (("ee", "fi"), ("Estonia", "FINLAND"), ("finland", "estonia"), ("EST", "FIN")):
        got = filled.show(a, b)
        assert got["facts"] == ref["facts"] == 30
        assert sorted(got["pair"]) == ["EE", "FI"]
    with pytest.raises(StoreError, match="unknown country 'Atlantis'"):
        filled.show("Atlantis", "FI")


def test_show_brief(filled: Store) -> None:
    s = filled.show("EE", "FI")
    assert s["names"] == {"EE": "Estonia", "FI": "Finland"}
    assert [r["date"] for r in s["relations"]] == ["1920", "1991-08-29"]
    assert [(r["subject"], r["object"], r["date"]) for r in s["recognition"]] == [("FI", "EE", "1991-08-29")]
    assert [(m["sender"], m["kind"], m["city"]) for m in s["missions"]] == [
        ("EE", "embassy", "Helsinki"),
        ("FI", "consulate", "Tartu"),
        ("FI", "embassy", "Tallinn"),
    ]
    # the latest envoy per post: Mets (2020) replaces Tamm (2015)
    assert [(e["person"], e["sender"]) for e in s["envoys"]] == [
        ("Kaarel Mets", "EE"),
        ("Timo Rantanen", "FI"),
    ]
    assert s["events"] == {"total": 2, "by_kind": {"meeting": 1, "visit": 1}}
    assert s["agreements"] == {"total": 1, "by_status": {"signed": 1}}
    latest = {(t["flow"], t["period"], t["value"]) for t in s["trade"]}
    assert latest == {("export", "2020", 1900.0), ("import", "2020", 1400.0), ("turnover", "2020", 3300.0)}
    assert [m["organization"] for m in s["memberships_in_common"]] == ["Council of Europe", "European Union"]
    every = s["relations"] + s["missions"] + s["envoys"] + s["trade"]
    assert all(f["evidence"] and f["article"]["title"] == "Estonia–Finland relations" for f in every)


def test_memberships_in_common_across_articles(filled: Store) -> None:
    s = filled.show("Iceland", "Estonia")
    assert [m["organization"] for m in s["memberships_in_common"]] == [
        "Council of Europe",
        "North Atlantic Treaty Organization",  # "NATO" in one article, the same organization
    ]
    assert s["missions"][0]["accredited_from"] == {"city": "Helsinki", "country": "FI"}


def test_show_of_unknown_pair_is_empty_not_an_error(filled: Store) -> None:
    s = filled.show("PT", "AZ")
    assert s["facts"] == 0 and s["relations"] == [] and s["articles"] == []


def test_timeline_in_order_with_quotes_and_filters(filled: Store) -> None:
    t = filled.timeline("FI", "EE")
    los = [e["lo"] for e in t]
    assert los == sorted(los) and t[0]["date"] == "1920"
    for e in t:
        assert e["quote"] and e["quote"] in {ev["quote"] for ev in e["fact"]["evidence"]}
    assert len(t) == 21  # every dated fact of the pair, one entry per date field it gives
    window = filled.timeline("EE", "FI", "2019", "2019-06")
    assert [(e["type"], e["date"]) for e in window] == [
        ("agreement", "2019-02-07"),
        ("event", "2019-03-05"),
        ("parliamentary_group", "2019-04-10"),
    ]
    only = filled.timeline("EE", "FI", types="office,recognition")
    assert {e["type"] for e in only} == {"office", "recognition"} and len(only) == 4
    with pytest.raises(StoreError, match="unknown fact type"):
        filled.timeline("EE", "FI", types=["visits"])
    with pytest.raises(StoreError, match="not a date"):
        filled.timeline("EE", "FI", "last year")


def test_trade_series(filled: Store) -> None:
    data = filled.trade("EE", "FI")
    flows = [(s["reporter"], s["partner"], s["flow"]) for s in data["series"]]
    assert flows == [("EE", "FI", "export"), ("EE", "FI", "import"), ("EE", "FI", "turnover")]
    export = data["series"][0]["points"]
    assert [(p["period"], p["value"], p["unit"]) for p in export] == [
        ("2017", 2000.5, "million EUR"),
        ("2018", 2100.0, "million EUR"),
        ("2020", 1900.0, "million EUR"),
    ]
    assert export[0]["quote"] == "| 2017 | 2000.5 | 1500.25 | 3500.75 |"
    assert len(trade_rows(data)) == 9


def test_missions_of_a_country(filled: Store) -> None:
    ee = filled.missions("estonian")  # a demonym
    assert [(m["receiver"], m["city"]) for m in ee["missions"]] == [("FI", "Helsinki")]
    assert [c["text"] for c in ee["covers"]] == ["EE covers IS from Oslo (NO)"]
    assert sorted((h["sender"], h["kind"]) for h in ee["hosted"]) == [("FI", "consulate"), ("FI", "embassy")]
    assert [c["text"] for c in ee["covered_by"]] == ["IS covers EE from Helsinki (FI)"]
    fi = filled.missions("FI")
    assert [c["text"] for c in fi["covered_from_here"]] == ["IS covers EE from Helsinki (FI)"]
    rows = missions_rows(ee)
    assert {r["relation"] for r in rows} == {"has", "covers", "hosts", "covered by"}
    assert all("fact" not in r for r in rows)


def test_people(filled: Store) -> None:
    for query in ("Kaarel Mets", "kaarel mets", "K. Mets", "Mets"):
        found = filled.people(query)
        assert [p["name"] for p in found] == ["Kaarel Mets"], query
        assert found[0]["posts"][0]["appointed"] == "2020-08-12"
    virtanen = filled.people("Pekka Virtanen")[0]
    assert virtanen["events"][0]["date"] == "2019-03-05" and not virtanen["posts"]
    assert filled.people("Anu Saar")[0]["groups"][0]["parliament"] == "Riigikogu"
    assert filled.people("Nobody Here") == []
    rows = people_rows(filled.people("Mets"))
    assert rows[0]["kind"] == "post" and rows[0]["quote"].startswith("Kaarel Mets was appointed")


def test_search_sentences_and_facts(filled: Store) -> None:
    hits = filled.search("doctoral")
    assert {h["kind"] for h in hits} == {"sentence", "fact"}
    sent = next(h for h in hits if h["kind"] == "sentence")
    assert sent["section"] == "Inter-parliamentary relations" and sent["pair"] == ["EE", "FI"]
    assert filled.search('"rail tunnel"') and not filled.search('"tunnel rail"')
    assert filled.search("Riigikogu friendship")  # all words, not a phrase
    assert filled.search("virtanen")  # case-insensitive
    assert filled.search('AND OR NOT ( "') == [] or True  # FTS syntax is never an error
    with pytest.raises(StoreError):
        filled.search("  ")


def test_fts_query_quotes_everything() -> None:
    assert fts_query('rail "Tallinn–Helsinki tunnel" NEAR(') == '"rail" "Tallinn Helsinki tunnel" "NEAR"'
    assert fts_query("***") == ""


def test_ask_answers_with_evidence(filled: Store) -> None:
    cases = {
        "When were diplomatic relations established between Estonia and Finland?": "1920",
        "When did Finland recognize Estonia?": "1991-08-29",
        "When was Estonia recognized by Iceland?": "1991-08-22",
        "Who is Estonia's ambassador to Finland?": "Kaarel Mets",
        "Who is the ambassador of FI to EE?": "Timo Rantanen",
        "Where is the embassy of Finland for Estonia?": "Tallinn",
        "Where is Iceland's embassy for Estonia?": "Helsinki",
        "What was the trade between Estonia and Finland in 2018?": "2100",
        "Which visits happened in 2019?": "Helsinki",
    }
    for question, expected in cases.items():
        res = filled.ask(question)
        assert res["known"], question
        assert expected in res["answer"], (question, res["answer"])
        assert res["evidence"] and all(e["quote"] for e in res["evidence"])


def test_ask_says_when_it_does_not_know(filled: Store) -> None:
    for question in (
        "When did Norway recognize Estonia?",
        "Who is Iceland's ambassador to Estonia?",
        "What was the trade between Estonia and Finland in 1995?",
        "Which visits happened in 1990?",
        "Who is the ambassador?",
        "What is the capital of Finland?",
    ):
        res = filled.ask(question)
        assert not res["known"] and res["answer"].startswith("I don't know"), question
        assert res["evidence"] == [] and res["facts"] == []


def test_check_finds_planted_inconsistencies(store: Store) -> None:
    for doc in inconsistent():
        store.ingest_document(doc)
    issues = store.check()
    kinds = sorted(i["kind"] for i in issues)
    assert kinds == ["conflict", "conflict", "residency", "trade_sum"]
    sums = [i for i in issues if i["kind"] == "trade_sum"]
    assert len(sums) == 1
    assert sums[0]["message"] == "import 800 + export 1200 = 2000 million EUR, but turnover is 2500 million EUR (2019)"
    res = [i for i in issues if i["kind"] == "residency"]
    assert len(res) == 1 and "Vilnius" in res[0]["message"] and "Tallinn" in res[0]["message"]
    conflicts = {i["items"][0]["type"]: i for i in issues if i["kind"] == "conflict"}
    assert set(conflicts) == {"diplomatic_relations", "recognition"}
    rel = conflicts["diplomatic_relations"]
    assert {it["value"] for it in rel["items"]} == {"1920-07-12", "1921-07-13", "1920", "1919-06-01"}
    assert "in 2 articles" in rel["message"]
    rec = conflicts["recognition"]
    assert {it["value"] for it in rec["items"]} == {"1921-02-02", "1921-01-26"}
    assert "different sections" in rec["message"]
    assert {it["evidence"][0]["section"] for it in rec["items"]} == {"Overview", "History"}
    for i in issues:  # each with both evidences
        assert len(i["items"]) >= 2 and all(it["evidence"][0]["quote"] for it in i["items"])
    rows = check_rows(issues)
    assert {r["issue"] for r in rows} == set(range(1, len(issues) + 1))


def test_check_is_quiet_on_consistent_facts(filled: Store) -> None:
    assert filled.check() == []


def test_edtf_bounds() -> None:
    assert D.bounds("1994") == ("1994-01-01", "1994-12-31")
    assert D.bounds("2017-01/2017-09") == ("2017-01-01", "2017-09-30")
    assert D.bounds("2001-11-26/2001-11-30") == ("2001-11-26", "2001-11-30")
    assert D.bounds("2005~") == ("2005-01-01", "2005-12-31")
    assert D.bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert D.bounds("199X") == ("1990-01-01", "1999-12-31")
    assert D.bounds("2005/..") == ("2005-01-01", "9999-12-31")
    assert D.bounds("2010-21") == ("2010-03-01", "2010-05-31")  # spring
    assert D.bounds(None) is None and D.bounds("soon") is None
    assert D.overlaps("1992", "1992-08-04") and not D.overlaps("1992-08-04", "1992-08-05")
