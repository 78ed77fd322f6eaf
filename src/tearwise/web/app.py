"""The app factory: wires the routes, the guards, the error pages and the shared state.

``create_app()`` with no arguments is what ``tearwise serve`` runs. Tests pass a knowledge
base, a fake narrative reader, the host names to accept and a clock for session expiry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from tearwise.app.narrative import NarrativeReader, default_reader
from tearwise.errors import InputError, StateError, TearwiseError
from tearwise.knowledge import load_knowledge_base
from tearwise.knowledge.schema import KnowledgeBase
from tearwise.web import errors
from tearwise.web.config import LOOPBACK_NAMES, MAX_BODY_BYTES, SESSION_TTL_SECONDS
from tearwise.web.security import (
    BodyLimitMiddleware,
    HostGuardMiddleware,
    SecurityHeadersMiddleware,
)
from tearwise.web.sessions import SessionStore
from tearwise.web.state import WebError, WebState, clear_session_cookie
from tearwise.web.templating import NAV_ITEMS, RESULT_ACTIONS, STATIC_DIR

OPENAPI_URL = "/api/v1/openapi.json"
#: Optional routers other parts of tearwise ship (module name, attribute).
OPTIONAL_ROUTERS = ("tearwise.web.routes_journal",)

STATUS_MESSAGES = {
    404: "There is nothing at this address.",
    405: "This address does not take that kind of request.",
}


def _no_reader() -> NarrativeReader | None:
    return None


def _include_optional_routers(app: FastAPI) -> None:
    for name in OPTIONAL_ROUTERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        app.include_router(module.router)
        for item in getattr(module, "NAV_ITEMS", ()):
            if item not in NAV_ITEMS:
                NAV_ITEMS.append(item)
        for item in getattr(module, "RESULT_ACTIONS", ()):
            if item not in RESULT_ACTIONS:
                RESULT_ACTIONS.append(item)


def _install_error_handlers(app: FastAPI) -> None:
    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = STATUS_MESSAGES.get(exc.status_code, str(exc.detail))
        response = errors.error_response(request, exc.status_code, message)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    async def on_validation(request: Request, exc: Exception) -> Response:
        return errors.error_response(request, 400, "Some of what was sent could not be read.")

    async def on_web(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        if errors.is_api(request.url.path):
            return errors.json_error(exc.status, exc.message)
        response = errors.html_error(request, exc.status, exc.message, restart=exc.status in (403, 410))
        if exc.status == 410:
            clear_session_cookie(response)
        return response

    async def on_tearwise(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, TearwiseError)
        status = 409 if isinstance(exc, StateError) else 400 if isinstance(exc, InputError) else 500
        message = exc.one_line() if status != 500 else "Something went wrong on our side."
        return errors.error_response(request, status, message)

    async def on_crash(request: Request, exc: Exception) -> Response:
        return errors.error_response(request, 500, "Something went wrong on our side. Nothing was stored.")

    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(WebError, on_web)
    app.add_exception_handler(TearwiseError, on_tearwise)
    app.add_exception_handler(Exception, on_crash)


def create_app(
    *,
    kb: KnowledgeBase | None = None,
    reader_factory: Callable[[], NarrativeReader | None] | None = default_reader,
    allowed_hosts: Iterable[str] = LOOPBACK_NAMES,
    port: int | None = None,
    session_ttl: float = SESSION_TTL_SECONDS,
    clock: Callable[[], float] | None = None,
    max_body: int = MAX_BODY_BYTES,
) -> FastAPI:
    """Build the web app.

    ``reader_factory=None`` hides the "tell me what happened" box; ``allowed_hosts`` and
    ``port`` name the addresses the server is reached by (others get 400).
    """
    knowledge = kb if kb is not None else load_knowledge_base()
    store = SessionStore(ttl=session_ttl) if clock is None else SessionStore(ttl=session_ttl, clock=clock)
    app = FastAPI(
        title="tearwise local API",
        version="1",
        description="The tearwise JSON contracts over HTTP, served only on this computer.",
        openapi_url=OPENAPI_URL,
        docs_url=None,
        redoc_url=None,
    )
    app.state.tearwise = WebState(kb=knowledge, store=store, reader_factory=reader_factory or _no_reader)

    from tearwise.web import routes_api, routes_pages

    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    routes_api.install_openapi(app, knowledge)
    _include_optional_routers(app)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    _install_error_handlers(app)

    def refuse(scope: dict[str, Any], status: int, message: str) -> Any:
        return errors.scope_error(scope, status, message)

    app.add_middleware(BodyLimitMiddleware, error=refuse, limit=max_body)
    app.add_middleware(HostGuardMiddleware, error=refuse, names=allowed_hosts, port=port)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
