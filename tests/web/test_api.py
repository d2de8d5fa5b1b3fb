"""The JSON API over a store of the bundled examples (and one hostile article): every endpoint, its filters,
pagination, and the one error shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bilateral.store import Store
from bilateral.store import facts as F

from .conftest import HOSTILE_NAME, error_of, source_id_of, text_of


def roundtrip(value: Any) -> Any:
    return json.loads(json.dumps(value))


def stored_pairs(store: Store) -> set[tuple[str, str]]:
    rows = store.conn.execute(
        "SELECT DISTINCT f.a, f.b FROM facts f JOIN sources s ON s.id = f.source_id"
        " WHERE s.current = 1 AND f.a IS NOT NULL"
    )
    return {(r["a"], r["b"]) for r in rows}


def article_pairs(store: Store) -> list[tuple[str, str]]:
    return sorted({tuple(sorted((s["dyad_a"], s["dyad_b"]))) for s in store.sources() if s["dyad_a"]})  # type: ignore[misc]


# -- pairs -----------------------------------------------------------------------------------------------


def test_dyads_lists_every_pair_with_its_counts(client: TestClient, store: Store) -> None:
    body = client.get("/api/dyads", params={"limit": 500}).json()
    pairs = {tuple(d["pair"]) for d in body["items"]}
    assert pairs == stored_pairs(store)
    assert body["total"] == len(pairs)
    assert set(article_pairs(store)) <= pairs  # every bundled article's own pair is listed
    facts = [d["facts"] for d in body["items"]]
    assert facts == sorted(facts, reverse=True)
    for d in body["items"]:
        assert sum(d["counts"].values()) == d["facts"]
        assert set(d["names"]) == set(d["pair"])
    ee_fi = next(d for d in body["items"] if d["pair"] == ["EE", "FI"])
    assert ee_fi["names"] == {"EE": "Estonia", "FI": "Finland"}
    assert ee_fi["facts"] == store.show("EE", "FI")["facts"]


def test_dyads_pages_cover_the_list_once_in_order(client: TestClient) -> None:
    full = client.get("/api/dyads", params={"limit": 500}).json()["items"]
    assert len(full) >= 3
    seen = []
    offset = 0
    while True:
        page = client.get("/api/dyads", params={"limit": 2, "offset": offset}).json()
        assert page["limit"] == 2 and page["offset"] == offset and page["total"] == len(full)
        if not page["items"]:
            break
        seen += page["items"]
        offset += 2
    assert seen == full


def test_dyads_filtered_by_a_country(client: TestClient, store: Store) -> None:
    for q in ("Iceland", "IS", "icelandic"):
        body = client.get("/api/dyads", params={"q": q}).json()
        assert body["items"], q
        assert all("IS" in d["pair"] for d in body["items"]), q
        assert {tuple(d["pair"]) for d in body["items"]} == {p for p in stored_pairs(store) if "IS" in p}


def test_dyad_is_what_show_gives(client: TestClient, store: Store) -> None:
    for a, b in article_pairs(store):
        body = client.get(f"/api/dyads/{a}-{b}").json()
        show = roundtrip(store.show(a, b))
        for key, value in show.items():
            assert body[key] == value, (a, b, key)
        agreements = client.get("/api/facts", params={"pair": f"{a}-{b}", "type": "agreement"}).json()["items"]
        assert [g["id"] for g in body["agreements_list"]] == [f["id"] for f in agreements]
        assert [g["status"] for g in body["agreements_list"]] == [f["status"] for f in agreements]
        assert len(agreements) == show["counts"].get("agreement", 0)


def test_dyad_accepts_names_case_and_either_order(client: TestClient) -> None:
    ref = client.get("/api/dyads/EE-FI").json()
    assert ref["pair"] == ["EE", "FI"]
    for form in ("ee-fi", "Estonia-Finland", "estonian-finnish"):
        assert client.get(f"/api/dyads/{form}").json()["facts"] == ref["facts"], form
    back = client.get("/api/dyads/FI-EE").json()
    assert back["pair"] == ["FI", "EE"] and back["facts"] == ref["facts"]


@pytest.mark.parametrize("form", ["XX-FI", "EE-EE", "EEFI", "Atlantis-Finland"])
def test_unknown_pair_is_a_404(client: TestClient, form: str) -> None:
    r = client.get(f"/api/dyads/{form}")
    assert r.status_code == 404
    assert "EE-FI" in error_of(r)["message"]


def test_dyad_without_facts_is_empty_not_an_error(client: TestClient) -> None:
    body = client.get("/api/dyads/PT-BR").json()
    assert body["facts"] == 0 and body["counts"] == {} and body["articles"] == []


# -- timeline and trade ----------------------------------------------------------------------------------


def test_timeline_in_order_with_quotes_grounded_in_the_articles(
    client: TestClient, store: Store, articles_dir: Path
) -> None:
    for a, b in article_pairs(store):
        body = client.get(f"/api/dyads/{a}-{b}/timeline").json()
        items = body["items"]
        assert body["total"] == len(store.timeline(a, b)) == len(items)
        assert [e["lo"] for e in items] == sorted(e["lo"] for e in items)
        for e in items:
            text = text_of(articles_dir, store, e["source_id"])
            assert text[e["start"] : e["end"]] == e["quote"]


def test_timeline_filters_and_pages(client: TestClient, store: Store) -> None:
    url = "/api/dyads/JP-US/timeline"
    full = client.get(url).json()["items"]
    kinds = {e["type"] for e in full}
    assert {"agreement", "event"} <= kinds
    events = client.get(url, params={"type": "event"}).json()["items"]
    assert events and {e["type"] for e in events} == {"event"}
    assert events == [e for e in full if e["type"] == "event"]
    both = client.get(url, params=[("type", "event"), ("type", "agreement")]).json()["items"]
    assert both == client.get(url, params={"type": "event,agreement"}).json()["items"]
    assert both == [e for e in full if e["type"] in ("event", "agreement")]
    ranged = client.get(url, params={"from": "1950", "to": "1960-12"}).json()["items"]
    assert ranged and all(e["hi"] >= "1950-01-01" and e["lo"] <= "1960-12-31" for e in ranged)
    assert ranged == [e for e in full if e["hi"] >= "1950-01-01" and e["lo"] <= "1960-12-31"]
    pages = [client.get(url, params={"limit": 3, "offset": o}).json()["items"] for o in range(0, len(full), 3)]
    assert [e for p in pages for e in p] == full


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"type": "gossip"}, "gossip"),
        ({"from": "last spring"}, "from"),
        ({"limit": 0}, "limit"),
        ({"limit": 501}, "limit"),
    ],
)
def test_timeline_rejects_bad_filters(client: TestClient, params: dict[str, Any], word: str) -> None:
    r = client.get("/api/dyads/JP-US/timeline", params=params)
    assert r.status_code == 422
    assert word in error_of(r)["message"]


def test_trade_is_the_stores_series(client: TestClient, store: Store) -> None:
    body = client.get("/api/dyads/EE-FI/trade").json()
    assert body == roundtrip(store.trade("EE", "FI"))
    periods = sorted({p["period"] for s in body["series"] for p in s["points"]})
    assert "2019" in periods and "2020" not in periods  # the article's table skips 2020
    assert all(p["unit"] for s in body["series"] for p in s["points"])


# -- facts -----------------------------------------------------------------------------------------------


def test_facts_filters(client: TestClient, store: Store) -> None:
    everything = client.get("/api/facts", params={"limit": 500}).json()
    assert everything["total"] == store.stats()["facts"] == len(everything["items"])
    by_type = client.get("/api/facts", params={"type": "mission", "limit": 500}).json()
    assert by_type["total"] == sum(f["type"] == "mission" for f in everything["items"]) > 0
    pair = client.get("/api/facts", params={"pair": "FI-EE", "limit": 500}).json()
    assert pair["total"] == store.show("EE", "FI")["facts"]
    iceland = client.get("/api/facts", params={"country": "Iceland", "type": "mission", "limit": 500}).json()
    assert iceland["items"]
    for f in iceland["items"]:
        assert "IS" in (f["sender"], f["receiver"], (f.get("accredited_from") or {}).get("country"))
    kennedy = client.get("/api/facts", params={"person": "caroline kennedy"}).json()
    assert kennedy["items"] and all("Kennedy" in json.dumps(f) for f in kennedy["items"])
    assert client.get("/api/facts", params={"person": "Kennedy Caroline Zzz"}).json()["total"] == 0
    dated = client.get("/api/facts", params={"from": "1991", "to": "1991", "limit": 500}).json()
    assert dated["items"]
    for f in dated["items"]:
        assert any(lo <= "1991-12-31" and hi >= "1991-01-01" for _, _, lo, hi in F.dated(f))
    sid = source_id_of(store, HOSTILE_NAME)
    own = client.get("/api/facts", params={"source": sid}).json()
    assert own["total"] == len(store.document(sid)["facts"])
    assert all(f["source_id"] == sid for f in own["items"])


def test_facts_pages_are_stable(client: TestClient) -> None:
    full = client.get("/api/facts", params={"limit": 500}).json()["items"]
    again = client.get("/api/facts", params={"limit": 500}).json()["items"]
    assert [f["id"] for f in full] == [f["id"] for f in again]
    paged = []
    for offset in range(0, len(full), 17):
        paged += client.get("/api/facts", params={"limit": 17, "offset": offset}).json()["items"]
    assert [f["id"] for f in paged] == [f["id"] for f in full]
    keys = [(f["date"] is None, f["id"]) for f in full]
    assert len({f["id"] for f in full}) == len(full)
    assert keys[-1][0] or not any(k[0] for k in keys)  # undated facts come last
    past = client.get("/api/facts", params={"offset": 100000}).json()
    assert past["items"] == [] and past["total"] == len(full)


@pytest.mark.parametrize(
    "params",
    [
        {"type": "nonsense"},
        {"pair": "EE-XX"},
        {"country": "Atlantis"},
        {"person": "!!!"},
        {"to": "someday"},
        {"limit": 10_000},
        {"offset": -1},
        {"source": "abc"},
    ],
)
def test_facts_rejects_bad_filters(client: TestClient, params: dict[str, Any]) -> None:
    r = client.get("/api/facts", params=params)
    assert r.status_code in (404, 422)
    error_of(r)


# -- countries and people --------------------------------------------------------------------------------


def test_country_missions(client: TestClient, store: Store) -> None:
    body = client.get("/api/countries/Iceland").json()
    assert body["country"] == "IS" and body["name"] == "Iceland"
    ref = roundtrip(store.missions("IS"))
    for key in ("missions", "covers", "hosted", "covered_by", "covered_from_here"):
        assert body[key] == ref[key]
    assert any(r["receiver"] == "LT" and r["from_city"] == "Helsinki" for r in body["covers"])
    assert {tuple(d["pair"]) for d in body["dyads"]} == {p for p in stored_pairs(store) if "IS" in p}
    assert client.get("/api/countries/is/missions").json() == ref
    r = client.get("/api/countries/Atlantis")
    assert r.status_code == 404 and "Atlantis" in error_of(r)["message"]


def test_people(client: TestClient) -> None:
    body = client.get("/api/people", params={"name": "Kennedy"}).json()
    assert body["total"] >= 1
    kennedy = next(p for p in body["items"] if p["name"] == "Caroline Kennedy")
    assert any(f["type"] == "office" and f["receiver"] == "JP" for f in kennedy["posts"])
    assert client.get("/api/people", params={"name": "Nobody Atall"}).json()["total"] == 0
    for params in ({}, {"name": "?!"}, {"name": "x" * 400}):
        r = client.get("/api/people", params=params)
        assert r.status_code == 422, params
        error_of(r)


# -- sources ---------------------------------------------------------------------------------------------


def test_sources_list(client: TestClient, store: Store) -> None:
    body = client.get("/api/sources").json()
    assert [s["id"] for s in body["items"]] == sorted(s["id"] for s in store.sources())
    assert body["total"] == len(store.sources())
    two = client.get("/api/sources", params={"limit": 2, "offset": 1}).json()["items"]
    assert two == body["items"][1:3]


def test_source_text_and_spans_match_the_article(client: TestClient, store: Store, articles_dir: Path) -> None:
    for s in store.sources():
        body = client.get(f"/api/sources/{s['id']}").json()
        text = text_of(articles_dir, store, s["id"])
        assert body["source"]["id"] == s["id"] and body["source"]["path"] == s["path"]
        assert len(body["facts"]) == s["n_facts"]
        covered: dict[int, set[tuple[int, int]]] = {}
        for u in body["units"]:
            assert text[u["start"] : u["end"]] == u["text"]
            assert "".join(p["text"] for p in u["pieces"]) == u["text"]
            for p in u["pieces"]:
                assert text[p["start"] : p["end"]] == p["text"]
                for fid in p["facts"]:
                    covered.setdefault(fid, set()).add((p["start"], p["end"]))
        for f in body["facts"]:
            for e in f["evidence"]:
                assert text[e["start"] : e["end"]] == e["quote"]
                inside = sorted(span for span in covered.get(f["id"], set()) if e["start"] <= span[0] < e["end"])
                # the pieces listing this fact tile its quote wherever the stored units hold the text
                assert inside, (s["path"], f["label"])
                assert all(text[x:y] in e["quote"] for x, y in inside)


def test_unknown_source_is_a_404(client: TestClient) -> None:
    r = client.get("/api/sources/999999")
    assert r.status_code == 404 and "999999" in error_of(r)["message"]
    r = client.get("/api/sources/not-a-number")
    assert r.status_code == 422
    error_of(r)


# -- search, ask, check ----------------------------------------------------------------------------------


def test_search(client: TestClient, store: Store, articles_dir: Path) -> None:
    body = client.get("/api/search", params={"q": "embassy Helsinki"}).json()
    assert body["items"]
    for h in body["items"]:
        assert h["source_id"]
        text = text_of(articles_dir, store, h["source_id"])
        if h["kind"] == "sentence":
            assert text[h["start"] : h["end"]] == h["text"]
            assert "embassy" in h["text"].lower() and "helsinki" in h["text"].lower()
    assert len(client.get("/api/search", params={"q": "embassy", "limit": 3}).json()["items"]) <= 3
    for params in ({"q": "!!!"}, {"q": ""}, {}, {"q": "a" * 301}):
        r = client.get("/api/search", params=params)
        assert r.status_code == 422, params
        error_of(r)


def test_ask_answers_from_stored_facts(client: TestClient) -> None:
    body = client.get("/api/ask", params={"q": "Who is the United States ambassador to Japan?"}).json()
    assert body["known"] is True and "Caroline Kennedy" in body["answer"]
    assert any("Kennedy" in e["quote"] for e in body["evidence"])
    unknown = client.get("/api/ask", params={"q": "When did Finland recognize Estonia?"}).json()
    assert unknown["known"] is False and unknown["evidence"] == []


def test_check(client: TestClient, store: Store) -> None:
    body = client.get("/api/check").json()
    assert body["total"] == len(store.check())
    assert body["items"] == roundtrip(store.check())[: body["limit"]]


# -- errors, limits, headers -----------------------------------------------------------------------------


def test_error_shapes(client: TestClient) -> None:
    r = client.get("/api/nothing-here")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    r = client.delete("/api/dyads")
    assert r.status_code == 405 and error_of(r)["code"] == "method_not_allowed"
    r = client.get("/api/dyads", params={"limit": "many"})
    assert r.status_code == 422 and "limit" in error_of(r)["message"]
    r = client.get("/api/dyads", params={"q": "x" * 1000})
    assert r.status_code == 422 and error_of(r)["code"] == "invalid_request"


def test_a_crash_is_a_500_with_the_error_shape_and_no_traceback(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bilateral.web import create_app

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(Store, "trade", boom)
    with TestClient(create_app(db_path), raise_server_exceptions=False) as c:
        r = c.get("/api/dyads/EE-FI/trade")
    assert r.status_code == 500
    err = error_of(r)
    assert err["code"] == "internal_error" and "secret" not in r.text and "Traceback" not in r.text


def test_security_headers_and_no_cors_by_default(client: TestClient, db_path: Path) -> None:
    r = client.get("/api/dyads", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    from bilateral.web import create_app

    with TestClient(create_app(db_path, cors_origins=["https://ok.example"])) as c:
        ok = c.get("/api/dyads", headers={"Origin": "https://ok.example"})
        other = c.get("/api/dyads", headers={"Origin": "https://elsewhere.example"})
    assert ok.headers["access-control-allow-origin"] == "https://ok.example"
    assert "access-control-allow-origin" not in other.headers


def test_no_endpoint_takes_a_file_path(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    names = {p["name"] for ops in spec["paths"].values() for op in ops.values() for p in op.get("parameters", [])}
    assert not names & {"path", "file", "filename", "db", "dir"}
    for url in ("/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/..%2fapp.py"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "[project]" not in r.text and "import" not in r.text


# -- exports ---------------------------------------------------------------------------------------------


def test_export_without_the_exports_module_is_a_501(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "bilateral.exports", None)  # makes the import fail
    r = client.get("/api/export", params={"format": "csv", "pair": "EE-FI"})
    assert r.status_code == 501 and error_of(r)["code"] == "not_implemented"


def test_export_errors_and_headers(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    calls = []

    def render(store: Store, fmt: str, pair: str) -> tuple[str, str, bytes]:
        calls.append((fmt, pair))
        if fmt != "csv":
            raise ValueError(f"unknown format {fmt!r}; use csv")
        rows = store.show(*pair.split("-"))["facts"]
        return "text/csv", f'{pair}"; evil=".csv', f"facts\n{rows}\n".encode()

    fake = types.ModuleType("bilateral.exports")
    fake.render = render  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bilateral.exports", fake)
    r = client.get("/api/export", params={"format": "csv", "pair": "finland-estonia"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="FI-EEevil.csv"'
    assert calls == [("csv", "FI-EE")] and r.text.startswith("facts\n")
    r = client.get("/api/export", params={"format": "yaml", "pair": "EE-FI"})
    assert r.status_code == 400 and "yaml" in error_of(r)["message"]
    for params in ({"format": "csv"}, {"format": "../x", "pair": "EE-FI"}, {"format": "csv", "pair": "EE-XX"}):
        r = client.get("/api/export", params=params)
        assert r.status_code in (404, 422), params
        error_of(r)


def test_export_through_the_exports_module(client: TestClient, store: Store) -> None:
    exports = pytest.importorskip("bilateral.exports")
    if not hasattr(exports, "render"):
        pytest.skip("bilateral.exports has no render() yet")
    r = client.get("/api/export", params={"format": "jsonl", "pair": "Finland-Estonia"})
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-disposition"].startswith('attachment; filename="')
    lines = [json.loads(ln) for ln in r.text.splitlines() if ln.strip()]
    assert lines and all(isinstance(x, dict) for x in lines)
    assert "Finland restored diplomatic relations" in r.text  # the pair's facts, with their evidence
    r = client.get("/api/export", params={"format": "nope", "pair": "EE-FI"})
    assert r.status_code == 400 and "nope" in error_of(r)["message"]
