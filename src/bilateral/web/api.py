"""The JSON API under ``/api/``: thin over :class:`bilateral.store.Store` and :mod:`bilateral.web.queries`.

Lists are paginated (``limit`` ≤ 500, ``offset``) in a stable order and come as
``{"items": [...], "total", "limit", "offset"}``; every error is ``{"error": {"code", "message"}}``.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from bilateral.store import DocumentError, Store, StoreError, dates
from bilateral.store import countries as C
from bilateral.store import facts as F
from bilateral.web import queries as Q
from bilateral.web.app import MAX_LIMIT, MAX_QUERY, ApiError, check_token

ERRORS: dict[int | str, dict[str, Any]] = {
    s: {
        "description": d,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["code", "message"],
                            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
                        }
                    },
                }
            }
        },
    }
    for s, d in ((404, "Not found"), (422, "Invalid request"))
}

EVIDENCE_SCHEMA = {
    "type": "object",
    "required": ["start", "end", "quote"],
    "properties": {
        "section": {"type": ["string", "null"]},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "quote": {"type": "string"},
    },
}
DOCUMENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "A facts contract document (bilateral.facts/1), as `bilateral extract` writes it.",
    "required": ["facts"],
    "properties": {
        "schema": {"type": "string", "example": "bilateral.facts/1"},
        "source": {
            "type": "object",
            "properties": {
                "path": {"type": "string"},
                "title": {"type": ["string", "null"]},
                "sha256": {"type": "string"},
                "format": {"type": ["string", "null"]},
            },
        },
        "dyad": {"type": ["array", "null"], "items": {"type": "string"}, "minItems": 2, "maxItems": 2},
        "facts": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}, "evidence": {"type": "array", "items": EVIDENCE_SCHEMA}},
            },
        },
    },
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

PAIR_DOC = "Two countries joined by '-': ISO codes (EE-FI) or names (Estonia-Finland)."
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
PairPath = Annotated[
    str, Path(min_length=3, max_length=120, description=PAIR_DOC, examples=["EE-FI", "japan-united-states"])
]
CountryPath = Annotated[
    str, Path(min_length=1, max_length=80, description="An ISO code, a name or a demonym.", examples=["IS", "Estonia"])
]


def J(data: Any) -> JSONResponse:
    """The data as JSON, without FastAPI's per-value encoding pass (the store gives plain JSON values)."""
    return JSONResponse(data)


def store(request: Request) -> Store:
    return request.app.state.stores.get()  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(store)]


def parse_country(text: str) -> str:
    cc = C.code(text.strip()) if text.strip() else None
    if cc is None:
        raise ApiError(404, f"unknown country {text!r}; give an ISO code (PT), a name (Portugal) or a demonym")
    return cc


def parse_pair(text: str) -> tuple[str, str]:
    """'EE-FI', 'ee-fi', 'Estonia-Finland', 'Guinea-Bissau-Portugal': the first split whose sides are both
    countries."""
    t = text.strip()
    for i, ch in enumerate(t):
        if ch != "-":
            continue
        a, b = C.code(t[:i].strip()), C.code(t[i + 1 :].strip())
        if a and b:
            if a == b:
                raise ApiError(404, f"{text!r} names the same country twice; a pair is two countries, like EE-FI")
            return a, b
    raise ApiError(404, f"{text!r} is not a pair of countries; write two ISO codes joined by '-', like EE-FI")


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"items": items[offset : offset + limit], "total": len(items), "limit": limit, "offset": offset}


def bound(value: str | None, upper: bool, name: str) -> str | None:
    try:
        return dates.user_bound(value, upper=upper)
    except ValueError as exc:
        raise ApiError(422, f"query parameter {name!r}: {exc}") from None


def types_of(value: list[str] | None) -> list[str]:
    out: list[str] = []
    for item in value or []:
        for t in item.replace(",", " ").split():
            t = t.strip().lower().replace("-", "_")
            if t not in F.TYPES:
                raise ApiError(422, f"unknown fact type {t!r}; use one of {', '.join(F.TYPES)}")
            out.append(t)
    return out


def with_sources(conn: Any, entries: list[dict[str, Any]], key: str = "fact") -> list[dict[str, Any]]:
    """Add ``source_id`` (the stored revision to link to) to entries holding a fact (or a fact ``id``)."""
    ids = [(e[key]["id"] if key in e else e["id"]) for e in entries]
    srcs = Q.fact_sources(conn, ids)
    return [{**e, "source_id": srcs.get(i)} for e, i in zip(entries, ids, strict=True)]


# -- pairs -----------------------------------------------------------------------------------------------


@router.get("/dyads", summary="Pairs with their fact counts (most facts first)")
def dyads(
    s: StoreDep,
    q: Annotated[str | None, Query(max_length=MAX_QUERY, description="A country, or words of the names")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    return J(Q.dyads(s.conn, q, limit, offset))


@router.get("/dyads/{pair}", summary="Everything `bilateral show` gives for a pair")
def dyad(s: StoreDep, pair: PairPath) -> JSONResponse:
    a, b = parse_pair(pair)
    data = s.show(a, b)
    data["agreements_list"] = Q.agreements_of_pair(s.conn, a, b)
    data["people"] = Q.people_of_pair(s.conn, a, b)
    return J(data)


@router.get("/dyads/{pair}/timeline", summary="The pair's dated facts in order, each with its quote")
def timeline(
    s: StoreDep,
    pair: PairPath,
    type: Annotated[list[str] | None, Query(max_length=20, description="Fact types (repeat or comma-separate)")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=40, description="From (1991, 1991-08)")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=40, description="To (inclusive)")] = None,
    limit: Limit = 500,
    offset: Offset = 0,
) -> JSONResponse:
    a, b = parse_pair(pair)
    wanted = types_of(type)
    bound(date_from, False, "from")
    bound(date_to, True, "to")
    entries = s.timeline(a, b, date_from=date_from, date_to=date_to, types=wanted or None)
    return J(page(with_sources(s.conn, entries), limit, offset))


@router.get("/dyads/{pair}/trade", summary="The pair's trade figures, as series by period")
def trade(s: StoreDep, pair: PairPath) -> JSONResponse:
    a, b = parse_pair(pair)
    return J(s.trade(a, b))


# -- facts -----------------------------------------------------------------------------------------------


@router.get("/facts", summary="Current facts with filters, first date first")
def facts(
    s: StoreDep,
    type: Annotated[list[str] | None, Query(max_length=20, description="Fact types (repeat or comma-separate)")] = None,
    pair_text: Annotated[str | None, Query(alias="pair", max_length=120, description=PAIR_DOC)] = None,
    country_text: Annotated[str | None, Query(alias="country", max_length=80, description="A country")] = None,
    person: Annotated[str | None, Query(max_length=MAX_QUERY, description="Words of a person's name")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=40)] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=40)] = None,
    source: Annotated[int | None, Query(ge=1, le=2**62, description="Only facts of this source")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    try:
        found = Q.facts(
            s.conn,
            types=types_of(type),
            pair=parse_pair(pair_text) if pair_text else None,
            country=parse_country(country_text) if country_text else None,
            person=person,
            date_lo=bound(date_from, False, "from"),
            date_hi=bound(date_to, True, "to"),
            source_id=source,
            limit=limit,
            offset=offset,
        )
    except StoreError as exc:
        raise ApiError(422, exc.message) from None
    return J(found)


# -- countries -------------------------------------------------------------------------------------------


@router.get("/countries/{country}", summary="A country: its missions network and its pairs")
def country_page(s: StoreDep, country: CountryPath) -> JSONResponse:
    cc = parse_country(country)
    data = s.missions(cc)
    data["dyads"] = Q.dyads(s.conn, cc, 1000, 0)["items"]
    return J(data)


@router.get("/countries/{country}/missions", summary="Missions of a country, both ways, and who covers whom")
def missions(s: StoreDep, country: CountryPath) -> JSONResponse:
    return J(s.missions(parse_country(country)))


# -- people ----------------------------------------------------------------------------------------------


@router.get("/people", summary="A person's posts, events and parliamentary roles across articles")
def people(
    s: StoreDep,
    name: Annotated[str, Query(min_length=1, max_length=MAX_QUERY, description="A name, or part of one")],
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    if not F.norm_key(name):
        raise ApiError(422, "query parameter 'name': give a name (letters) to look for")
    return J(page(s.people(name), limit, offset))


# -- sources ---------------------------------------------------------------------------------------------


@router.get("/sources", summary="The stored articles (current revisions)")
def sources(s: StoreDep, limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    return J(Q.sources_page(s.conn, limit, offset))


@router.get("/sources/{source_id}", summary="One stored article: its text units, its facts and their spans")
def source(s: StoreDep, source_id: Annotated[int, Path(ge=1, le=2**62)]) -> JSONResponse:
    data = Q.source(s.conn, source_id)
    if data is None:
        raise ApiError(404, f"no source {source_id}; see /api/sources for the stored ones")
    return J(data)


# -- search and ask --------------------------------------------------------------------------------------


@router.get("/search", summary="Full-text search over sentences and facts")
def search(
    s: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY, description='Words, or a "quoted phrase"')],
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> JSONResponse:
    if not Q.has_words(q):
        raise ApiError(422, "query parameter 'q': give some words to search for")
    items = Q.with_source_ids(s.conn, s.search(q, limit=limit))
    return J({"items": items, "total": len(items), "limit": limit, "offset": 0})


@router.get("/ask", summary="A question in plain English, answered only from stored facts")
def ask(
    s: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY, description="A question")],
) -> JSONResponse:
    return J(s.ask(q))


@router.get("/check", summary="Inconsistencies among the stored facts")
def check(s: StoreDep, limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    return J(page(s.check(), limit, offset))


# -- exports ---------------------------------------------------------------------------------------------


@router.get(
    "/export",
    summary="The pair's facts in an export format (when bilateral.exports is installed)",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}, 400: ERRORS[422], 501: ERRORS[404]},
)
def export(
    s: StoreDep,
    format: Annotated[
        str,
        Query(
            min_length=1,
            max_length=20,
            pattern=r"^[A-Za-z0-9_-]+$",
            description="An export format of bilateral.exports: jsonl, csv (zip), parquet (zip), jsonld, ttl,"
            " quickstatements, dyad-year.",
            examples=["jsonl", "ttl", "dyad-year"],
        ),
    ],
    pair_text: Annotated[
        str, Query(alias="pair", min_length=3, max_length=120, description=PAIR_DOC, examples=["EE-FI", "JP-US"])
    ],
) -> Response:
    a, b = parse_pair(pair_text)
    try:
        from bilateral import exports
        from bilateral.exports import render
    except ImportError as exc:
        raise ApiError(501, f"exports are not available in this installation ({exc})") from None
    refused: tuple[type[BaseException], ...] = (ValueError, LookupError, StoreError)
    if isinstance(getattr(exports, "ExportError", None), type):
        refused += (exports.ExportError,)
    try:
        media_type, filename, body = render(s, format, f"{a}-{b}")
    except refused as exc:
        raise ApiError(400, f"cannot export {format!r}: {exc}") from None
    except ImportError as exc:  # a format whose library is not installed (parquet without pyarrow, …)
        raise ApiError(501, f"the {format!r} export needs a library not installed here ({exc.name or exc})") from None
    safe = "".join(ch for ch in filename if ch.isalnum() or ch in "._-") or "export"
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{safe}"'})


# -- writing (only with --token) -------------------------------------------------------------------------


@router.post(
    "/documents",
    summary="Store one contract document (needs the server's --token)",
    status_code=201,
    responses={401: ERRORS[404], 403: ERRORS[404], 413: ERRORS[404]},
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": DOCUMENT_SCHEMA}}}},
)
async def add_document(request: Request) -> dict[str, Any]:
    check_token(request)
    raw = await request.body()
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"the body is not JSON ({exc}); send a facts contract document") from None
    stores = request.app.state.stores

    def write() -> dict[str, Any]:
        with stores.write_lock:
            st = stores.writable()
            try:
                r = st.ingest_document(document)
            finally:
                st.close()
        return {"status": r.status, "source_id": r.source_id, "revision": r.revision, "facts": r.facts}

    from starlette.concurrency import run_in_threadpool

    try:
        return await run_in_threadpool(write)
    except DocumentError as exc:
        raise ApiError(422, f"not a facts contract document: {exc}") from None
    except (OverflowError, TypeError, ValueError) as exc:  # shapes the store's checks let through
        raise ApiError(422, f"not a facts contract document the store can hold ({exc})") from None
    except StoreError as exc:
        raise ApiError(503, f"the database cannot take it now: {exc.message}") from None
