"""The site: server-rendered pages (Jinja2, autoescaped), each linking its JSON twin under ``/api/``."""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bilateral.store import StoreError
from bilateral.store import facts as F
from bilateral.web import queries as Q
from bilateral.web import svg
from bilateral.web.api import StoreDep, parse_country, parse_pair, types_of, with_sources
from bilateral.web.app import MAX_QUERY, ApiError

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE = 100
FIGURES = ("trade", "investment")
EXPORTS = (
    ("jsonl", "JSON Lines"),
    ("csv", "CSV (zip)"),
    ("ttl", "Turtle"),
    ("jsonld", "JSON-LD"),
    ("dyad-year", "dyad-year CSV"),
    ("quickstatements", "QuickStatements"),
)


def render(request: Request, name: str, context: dict[str, Any]) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context)  # type: ignore[no-any-return]


def mission_text(f: dict[str, Any]) -> str:
    """'embassy in Helsinki', 'embassy, covered from Oslo (NO)', 'consulate in Tartu (closed)'."""
    kind = str(f.get("kind") or "mission").replace("_", " ")
    if f.get("resident") is False:
        af = f.get("accredited_from") or {}
        where = ", ".join(str(v) for v in (af.get("city"), af.get("country")) if v)
        text = f"{kind}, covered from {where}" if where else f"{kind}, non-resident"
    else:
        text = f"{kind} in {f['city']}" if f.get("city") else kind
    if f.get("status") and f.get("status") != "open":
        text += f" ({f['status']})"
    if f.get("date"):
        text += f", {f['date']}"
    return text


@router.get("/")
def home(
    request: Request,
    s: StoreDep,
    q: Annotated[str | None, Query(max_length=MAX_QUERY)] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Response:
    q = (q or "").strip() or None
    hits: list[dict[str, Any]] = []
    pairs = Q.dyads(s.conn, None, PAGE, offset)
    if q:
        if len(q) >= 3 and "-" in q:  # a pair typed as EE-FI goes straight to its page
            try:
                a, b = parse_pair(q)
                return RedirectResponse(f"/dyads/{a}-{b}", status_code=303)
            except ApiError:
                pass
        named = Q.dyads(s.conn, q, PAGE, offset)
        if named["total"]:
            pairs = named
        if Q.has_words(q):
            hits = Q.with_source_ids(s.conn, s.search(q, limit=30))
    json_url = f"/api/dyads?{urlencode({'q': q, 'offset': offset} if q else {'offset': offset})}"
    return render(
        request,
        "home.html",
        {"q": q, "pairs": pairs, "hits": hits, "json_url": json_url, "stats": s.stats(), "page": PAGE},
    )


@router.get("/dyads/{pair}")
def dyad(
    request: Request,
    s: StoreDep,
    pair: Annotated[str, Path(max_length=120)],
    type: Annotated[list[str] | None, Query(max_length=20)] = None,
) -> Response:
    a, b = parse_pair(pair)
    if pair != f"{a}-{b}":
        return RedirectResponse(f"/dyads/{a}-{b}", status_code=307)
    show = s.show(a, b)
    entries = with_sources(s.conn, s.timeline(a, b))
    present = [t for t in F.TYPES if any(e["type"] == t for e in entries)]
    # figures have their own chart: the timeline shows them only when asked for
    wanted = types_of(type) or [t for t in present if t not in FIGURES] or present
    trade = s.trade(a, b)
    established = [f for f in show["relations"] if f.get("event") == "established"]
    missions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in show["missions"]:
        missions[str(f.get("sender"))].append(f)
    srcmap = Q.fact_sources(
        s.conn, [f["id"] for key in ("relations", "recognition", "missions", "envoys") for f in show[key]]
    )
    context = {
        "a": a,
        "b": b,
        "show": show,
        "established": established,
        "missions_by": missions,
        "envoys": show["envoys"],
        "src": srcmap,
        "timeline": entries,
        "types": present,
        "wanted": wanted,
        "charts": svg.trade_charts(trade),
        "trade_rows": [
            {
                **p,
                "reporter": sr["reporter"],
                "partner": sr["partner"],
                "flow": sr["flow"],
                "commodity": sr["commodity"],
            }
            for sr in trade["series"]
            for p in sr["points"]
        ],
        "agreements": Q.agreements_of_pair(s.conn, a, b),
        "people": Q.people_of_pair(s.conn, a, b),
        "json_url": f"/api/dyads/{a}-{b}",
        "exports": EXPORTS if importlib.util.find_spec("bilateral.exports") else (),
        "label": F.label,
        "mission_text": mission_text,
        "main_date": F.main_date,
    }
    return render(request, "dyad.html", context)


@router.get("/sources/{source_id}")
def source(
    request: Request,
    s: StoreDep,
    source_id: Annotated[int, Path(ge=1, le=2**62)],
    fact: Annotated[int | None, Query(ge=1, le=2**62)] = None,
) -> Response:
    data = Q.source(s.conn, source_id)
    if data is None:
        raise ApiError(404, f"no source {source_id}; the home page lists the stored articles")
    sections: list[dict[str, Any]] = []
    for u in data["units"]:
        if not sections or sections[-1]["name"] != u["section"]:
            sections.append({"name": u["section"], "units": []})
        sections[-1]["units"].append(u)
    return render(
        request,
        "source.html",
        {
            "data": data,
            "meta": data["source"],
            "sections": sections,
            "active": fact,
            "json_url": f"/api/sources/{source_id}",
        },
    )


@router.get("/countries/{country}")
def country_page(request: Request, s: StoreDep, country: Annotated[str, Path(max_length=80)]) -> Response:
    cc = parse_country(country)
    if country != cc:
        return RedirectResponse(f"/countries/{cc}", status_code=307)
    try:
        data = s.missions(cc)
    except StoreError as exc:
        raise ApiError(404, exc.message) from None
    return render(
        request,
        "country.html",
        {
            "cc": cc,
            "data": data,
            "graph": svg.missions_graph(data),
            "dyads": Q.dyads(s.conn, cc, 1000, 0)["items"],
            "json_url": f"/api/countries/{cc}",
        },
    )


@router.get("/people")
def people(
    request: Request,
    s: StoreDep,
    name: Annotated[str, Query(min_length=1, max_length=MAX_QUERY)],
) -> Response:
    if not F.norm_key(name):
        raise ApiError(422, "give a name (letters) to look for")
    found = s.people(name)
    ids = [f["id"] for p in found for key in ("posts", "events", "groups", "other") for f in p[key]]
    return render(
        request,
        "people.html",
        {
            "name": name,
            "people": found,
            "src": Q.fact_sources(s.conn, ids),
            "label": F.label,
            "main_date": F.main_date,
            "json_url": f"/api/people?{urlencode({'name': name})}",
        },
    )
