"""The site: every page renders from the store, links its JSON twin, escapes article text, and uses no
asset from elsewhere; the SVG charts keep gaps and units."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bilateral.store import Store
from bilateral.web import svg

from .conftest import HOSTILE_NAME, source_id_of

HTML = {"Accept": "text/html"}


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text outside tags."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Tags:
    t = Tags()
    t.feed(html)
    return t


def page(client: TestClient, url: str) -> str:
    r = client.get(url, headers=HTML)
    assert r.status_code == 200, (url, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def twin(client: TestClient, html: str) -> dict[str, Any]:
    """The JSON twin a page links to (rel=alternate), fetched."""
    links = [a for tag, a in parse(html).tags if tag == "link" and a.get("rel") == "alternate"]
    assert len(links) == 1
    href = str(links[0]["href"])
    r = client.get(href)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json"), href
    assert any(tag == "a" and a.get("href") == href for tag, a in parse(html).tags)  # visible too
    return r.json()  # type: ignore[no-any-return]


def test_home_lists_every_pair_and_links_its_json(client: TestClient, store: Store) -> None:
    html = page(client, "/")
    data = twin(client, html)
    hrefs = {a.get("href") for tag, a in parse(html).tags if tag == "a"}
    for d in data["items"]:
        assert f"/dyads/{d['pair'][0]}-{d['pair'][1]}" in hrefs
    assert 'name="q"' in html


def test_home_search_and_pair_shortcut(client: TestClient) -> None:
    html = page(client, "/?q=Caroline+Kennedy")
    assert "Kennedy" in html and "/sources/" in html
    r = client.get("/?q=finland-estonia", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/dyads/FI-EE"


def test_dyad_page_card_timeline_chart_agreements_people_sources(client: TestClient, store: Store) -> None:
    html = page(client, "/dyads/JP-US")
    data = twin(client, html)
    assert data["pair"] == ["JP", "US"]
    tree = parse(html)
    text = " ".join(tree.text)
    restored = next(f for f in data["relations"] if f["event"] == "restored")
    assert restored["date"] in text
    for f in data["envoys"]:
        assert f["person"] in text
    for f in data["missions"]:
        if f.get("city"):
            assert f["city"] in text
    items = [a for tag, a in tree.tags if tag == "li" and "tl-item" in (a.get("class") or "")]
    assert len(items) == len(store.timeline("JP", "US"))
    # figures are in the chart; the timeline hides them until asked for
    assert all(("hidden" in a) == (a["data-type"] in ("trade", "investment")) for a in items)
    assert "<svg" in html and 'class="chart"' in html
    for g in data["agreements_list"]:
        assert g["title"] in text
    for p in data["people"]:
        assert p["name"] in text
    for art in data["articles"]:
        assert f'href="/sources/{art["id"]}"' in html
    filtered = parse(page(client, "/dyads/JP-US?type=trade"))
    shown = [a for tag, a in filtered.tags if tag == "li" and "tl-item" in (a.get("class") or "") and "hidden" not in a]
    assert shown and {a["data-type"] for a in shown} == {"trade"}


def test_dyad_page_redirects_to_codes(client: TestClient) -> None:
    r = client.get("/dyads/estonia-finland", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/dyads/EE-FI"
    r = client.get("/dyads/atlantis-finland", headers=HTML)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "atlantis" in r.text


def test_source_page_highlights_every_evidence(client: TestClient, store: Store) -> None:
    for s in store.sources():
        html = page(client, f"/sources/{s['id']}")
        data = twin(client, html)
        marks = [a for tag, a in parse(html).tags if tag == "mark"]
        marked = {int(i) for a in marks for i in str(a["data-facts"]).split()}
        assert marked == {f["id"] for f in data["facts"] if f["evidence"]}
        items = [a for tag, a in parse(html).tags if tag == "li" and a.get("data-fact")]
        assert [int(str(a["data-fact"])) for a in items] == [f["id"] for f in data["facts"]]


def test_source_page_marks_the_chosen_fact(client: TestClient, store: Store) -> None:
    sid = source_id_of(store, "estonia-finland.txt")
    data = client.get(f"/api/sources/{sid}").json()
    fact = next(f for f in data["facts"] if f["type"] == "mission")
    html = page(client, f"/sources/{sid}?fact={fact['id']}")
    active = [a for tag, a in parse(html).tags if tag == "mark" and "active" in str(a.get("class"))]
    assert active and all(str(fact["id"]) in str(a["data-facts"]).split() for a in active)
    starts = {int(str(a["data-start"])) for a in active}
    assert {e["start"] for e in fact["evidence"]} <= starts | {
        p["start"] for u in data["units"] for p in u["pieces"] if fact["id"] in p["facts"]
    }


def test_article_markup_is_shown_as_text(client: TestClient, store: Store) -> None:
    sid = source_id_of(store, HOSTILE_NAME)
    for url, shown in (
        (f"/sources/{sid}", "&lt;script&gt;window.__pwned"),
        (f"/sources/{sid}", "&lt;img src=x onerror="),
        ("/dyads/AD-MC", "&lt;script&gt;window.__pwned"),
        ("/?q=Monaco+recognized", "&lt;img src=x onerror="),
    ):
        html = page(client, url)
        assert shown in html, url
        assert "<script>window" not in html and "<img src=x" not in html, url
        scripts = [a for tag, a in parse(html).tags if tag == "script"]
        assert all(str(a.get("src", "")).startswith("/static/") for a in scripts), url
        assert not any(tag == "img" for tag, _ in parse(html).tags), url
    api = client.get(f"/api/sources/{sid}").json()
    assert any("<script>" in f["evidence"][0]["quote"] for f in api["facts"])  # JSON keeps the text as it is


def test_country_page_draws_the_network(client: TestClient) -> None:
    html = page(client, "/countries/IS")
    data = twin(client, html)
    assert data["country"] == "IS"
    assert 'class="network"' in html
    nodes = re.findall(r'<a href="/countries/([A-Z]{2})" class="node', html)
    assert "IS" in nodes
    for r in data["missions"] + data["covers"] + data["hosted"] + data["covered_by"]:
        assert (r["receiver"] if r["sender"] == "IS" else r["sender"]) in nodes
    covered = {r["receiver"] for r in data["covers"]}
    assert covered and html.count('<line class="edge covers" x1=') >= len(covered) + 1  # one arrow each, + legend
    assert client.get("/countries/iceland", follow_redirects=False).headers["location"] == "/countries/IS"


def test_pages_use_only_their_own_assets(client: TestClient, store: Store) -> None:
    urls = ["/", "/dyads/EE-FI", f"/sources/{store.sources()[0]['id']}", "/countries/EE", "/docs"]
    assets = set()
    for url in urls:
        for tag, a in parse(page(client, url)).tags:
            for key in ("src", "href"):
                v = a.get(key)
                if v and tag in ("script", "link", "img"):
                    assert v.startswith("/"), (url, v)
                    assets.add(v)
    for v in assets:
        assert client.get(v).status_code == 200, v
    assert "/static/docs.js" in assets
    docs_js = client.get("/static/docs.js").text
    assert "http" not in docs_js and "openapi.json" in docs_js


def test_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for p in (
        "/api/dyads",
        "/api/dyads/{pair}",
        "/api/dyads/{pair}/timeline",
        "/api/dyads/{pair}/trade",
        "/api/facts",
        "/api/countries/{country}",
        "/api/people",
        "/api/sources",
        "/api/sources/{source_id}",
        "/api/search",
        "/api/ask",
        "/api/export",
    ):
        assert p in paths
    assert not any(p.startswith("/dyads") or p == "/" for p in paths)  # pages are not API


# -- svg -------------------------------------------------------------------------------------------------


def series(flow: str, points: dict[str, float], unit: str = "million EUR") -> dict[str, Any]:
    return {
        "reporter": "EE",
        "partner": "FI",
        "flow": flow,
        "commodity": None,
        "points": [
            {
                "period": p,
                "lo": f"{p}-01-01",
                "hi": f"{p}-12-31",
                "value": v,
                "unit": unit,
                "approximate": False,
                "quote": f"| {p} | {v} |",
            }
            for p, v in points.items()
        ],
    }


def test_trade_chart_leaves_missing_years_as_gaps() -> None:
    data = {"series": [series("export", {"2017": 10.0, "2018": 12.0, "2020": 9.0, "2021": 11.0, "2022": 13.0})]}
    (chart,) = svg.trade_charts(data)
    assert chart["unit"] == "million EUR"
    paths = re.findall(r'<path d="([^"]+)"', chart["svg"])
    assert [p.count("L") + 1 for p in paths] == [2, 3]  # 2017–2018, then 2020–2022; nothing across 2019
    assert chart["svg"].count("<circle") == 5
    assert "million EUR" in chart["svg"]


def test_trade_chart_one_per_unit_and_escaped() -> None:
    data = {
        "series": [
            series("export", {"2019": 1.0, "2020": 2.0}),
            series("import", {"2019": 3.0}, unit="million <USD>"),
        ]
    }
    charts = svg.trade_charts(data)
    assert [c["unit"] for c in charts] == ["million EUR", "million <USD>"]
    assert "million &lt;USD&gt;" in charts[1]["svg"] and "<USD>" not in charts[1]["svg"]
    assert "| 2019 | 3.0 |" in charts[1]["svg"]  # the quote is in the point's tooltip


def test_points_without_a_value_or_a_period_are_left_out() -> None:
    s = series("export", {"2019": 1.0, "2020": 2.0})
    s["points"][1]["value"] = None
    s["points"].append({"period": None, "lo": None, "hi": None, "value": 5.0, "unit": "million EUR"})
    (chart,) = svg.trade_charts({"series": [s]})
    assert chart["svg"].count("<circle") == 1
    assert svg.trade_charts({"series": []}) == []


@pytest.mark.parametrize("hostile", ['"><script>alert(1)</script>', "<img src=x onerror=alert(1)>"])
def test_network_escapes_what_it_draws(hostile: str) -> None:
    row = {"sender": "EE", "receiver": "FI", "city": hostile, "resident": True, "text": hostile}
    drawn = svg.missions_graph(
        {"country": "EE", "missions": [row], "covers": [], "hosted": [], "covered_by": [], "covered_from_here": []}
    )
    assert "<script" not in drawn and "<img" not in drawn
    assert 'href="/countries/FI"' in drawn


def test_the_axis_reaches_the_highest_value() -> None:
    data = {"series": [series("turnover", {"2019": 3800.0, "2021": 4600.0, "2022": 5500.0})]}
    (chart,) = svg.trade_charts(data)
    ticks = [
        float(t.replace(",", "")) for t in re.findall(r'class="tick"[^>]*text-anchor="end">([^<]+)<', chart["svg"])
    ]
    assert ticks[0] == 0 and ticks[-1] >= 5500
    ys = [float(y) for y in re.findall(r'<circle cx="[^"]+" cy="([^"]+)"', chart["svg"])]
    assert all(y >= 16 for y in ys)  # inside the plot, not above it


def test_people_page(client: TestClient) -> None:
    html = page(client, "/people?name=Kennedy")
    data = twin(client, html)
    kennedy = next(p for p in data["items"] if p["name"] == "Caroline Kennedy")
    assert "Caroline Kennedy" in html
    for f in kennedy["posts"]:
        assert f"?fact={f['id']}" in html
    assert "No stored fact" in page(client, "/people?name=Nobody+Atall")
    assert client.get("/people?name=%21%21", headers=HTML).status_code == 422


def test_dyad_page_links_its_exports(client: TestClient) -> None:
    pytest.importorskip("bilateral.exports")
    tree = parse(page(client, "/dyads/EE-FI"))
    links = [a["href"] for tag, a in tree.tags if tag == "a" and str(a.get("href", "")).startswith("/api/export")]
    assert "/api/export?format=jsonl&pair=EE-FI" in links
    for href in links:
        r = client.get(str(href))
        assert r.status_code == 200 and r.content, href


def test_network_of_many_countries_keeps_nodes_apart() -> None:
    others = [f"{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(100)]
    rows = [{"sender": "FI", "receiver": c, "city": f"Capital {c}", "resident": True, "text": c} for c in others]
    drawn = svg.missions_graph(
        {"country": "FI", "missions": rows, "covers": [], "hosted": [], "covered_by": [], "covered_from_here": []}
    )
    nodes = re.findall(r'class="node[^"]*"><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', drawn)
    assert len(nodes) == 101
    pts = [(float(x), float(y), float(r)) for x, y, r in nodes]
    for i, (x, y, r) in enumerate(pts):
        for u, v, _ in pts[i + 1 :]:
            assert (x - u) ** 2 + (y - v) ** 2 >= (2 * r) ** 2
    size = float(re.search(r'viewBox="0 0 ([\d.]+)', drawn).group(1))  # type: ignore[union-attr]
    assert all(r <= x <= size - r and r <= y <= size - r for x, y, r in pts)
    assert drawn.count('<line class="edge has" x1=') == 100 + 1
