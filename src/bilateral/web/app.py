"""The ASGI application: a JSON API under ``/api/`` and server-rendered pages over one store, read-only unless
started with a token.

>>> app = create_app("bilateral.db")                    # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)       # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from bilateral import __version__
from bilateral.store import Store, StoreError
from bilateral.store import countries as C

log = logging.getLogger("bilateral.web")

MAX_BODY = 5 * 1024 * 1024  # bytes a request body may hold (the write endpoint's contract documents)
MAX_LIMIT = 500  # items per page
MAX_QUERY = 300  # characters of a search / question / filter

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    501: "not_implemented",
    503: "unavailable",
}

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class ApiError(Exception):
    """An error a client can meet: its HTTP status, a stable code and one line saying what to do."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code or CODES.get(status, "error"), "message": message}}


class Stores:
    """One read-only connection per worker thread (sqlite connections are not shared between threads), and
    a lock-guarded writable one for the write endpoint."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.path, readonly=True, create=False)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def writable(self) -> Store:
        return Store.open(self.path, readonly=False, create=False)

    def close(self) -> None:
        with self._lock:
            for s in self._all:
                s.close()
            self._all.clear()


SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class Guard:
    """Pure ASGI middleware: security headers on every response, and request bodies over ``limit`` bytes
    refused (by their Content-Length, or while they stream in)."""

    def __init__(self, app: Callable[..., Awaitable[None]], limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        original_send = send

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in present
                ]
            await original_send(message)

        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.limit
                except ValueError:
                    too_big = True
                if too_big:
                    await self._refuse(send)
                    return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        # read the body here (it is small by definition), so a stream without Content-Length is bounded too
        body = bytearray()
        more = True
        while more:
            msg = await receive()
            if msg["type"] != "http.request":
                return  # the client went away
            body += msg.get("body", b"")
            more = bool(msg.get("more_body"))
            if len(body) > self.limit:
                await self._refuse(send)
                return
        sent = False

        async def replay() -> Any:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Any) -> None:
        body = json.dumps(error_body(413, f"the request body is over {self.limit} bytes; send less")).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path == "/openapi.json" or "text/html" not in request.headers.get("accept", "")


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        where = err.get("loc", ("",))[0]
        name = ".".join(loc) or "request"
        parts.append(
            f"{where} parameter {name!r}: {err.get('msg', 'invalid')}"
            if where in ("query", "path")
            else f"{name}: {err.get('msg', 'invalid')}"
        )
    return "; ".join(parts) or "the request is not valid"


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    cors_origins: list[str] | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The application over the database at ``db`` (which must exist: the web never creates one).

    ``token`` enables the write endpoint (``POST /api/documents`` with ``Authorization: Bearer TOKEN``);
    without it the app is read-only. ``cors_origins`` allows those origins cross-site reads (off by default).
    """
    path = str(db)
    Store.open(path, readonly=True, create=False).close()  # fail now, with the store's one-line message
    stores = Stores(path)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(
        lifespan=lifespan,
        title="bilateral",
        version=__version__,
        description=(
            "Facts about the relations between two countries, each with the quote it rests on. "
            "Read-only unless the server was started with --token. Errors are "
            '`{"error": {"code", "message"}}`.'
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.stores = stores
    app.state.token = token
    app.state.db = path
    here = resources.files("bilateral.web")
    templates = Jinja2Templates(directory=str(here / "templates"))
    templates.env.globals["country_name"] = C.name
    templates.env.globals["version"] = __version__
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(here / "static")), name="static")

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _error(request, exc.status, exc.message, exc.code)

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> Response:
        return _error(request, 422, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; see /docs for the API and / for the site"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return _error(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("error while serving %s", request.url.path)
        return _error(request, 500, "an unexpected error; the server log has the details")

    def _error(request: Request, status: int, message: str, code: str | None = None, headers: Any = None) -> Response:
        if _wants_json(request):
            return JSONResponse(error_body(status, message, code), status_code=status, headers=headers)
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "code": code or CODES.get(status, "error"), "message": message, "json_url": None},
            status_code=status,
            headers=headers,
        )

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET"], allow_headers=[])

    from bilateral.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> Response:
        return templates.TemplateResponse(request, "docs.html", {"json_url": "/openapi.json"})

    app.add_middleware(Guard, limit=max_body)  # type: ignore[arg-type]

    return app


def check_token(request: Request) -> None:
    """The write endpoint's guard: the app must have a token, and the request must carry it."""
    token = request.app.state.token
    if not token:
        raise ApiError(
            403, "this server is read-only; start it with `bilateral serve --token TOKEN` to write", "read_only"
        )
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise ApiError(401, "missing or wrong token; send the header `Authorization: Bearer TOKEN`")
