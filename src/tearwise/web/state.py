"""Per-app state and the request helpers every route uses: sessions, CSRF, the narrative reader.

Kept separate from the routes so other routers (the journal) can use the same session and
CSRF checks: ``page_session`` for pages that show forms, ``posted_form`` for form POSTs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from tearwise.app.narrative import NarrativeReader, default_reader
from tearwise.knowledge.schema import KnowledgeBase
from tearwise.web.config import CSRF_FIELD, SESSION_COOKIE
from tearwise.web.security import split_host
from tearwise.web.sessions import SessionStore, WebSession


class WebError(Exception):
    """A refusal shown to the user as a friendly page (or a JSON error under /api)."""

    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class SessionGoneError(WebError):
    """No live session: it expired, was ended by the quick exit, or never began."""

    status = 410


class CsrfError(WebError):
    """A form came back without this session's token (a stale page or a forged request)."""

    status = 403


@dataclass
class WebState:
    """Everything the routes share, attached to ``app.state.tearwise``."""

    kb: KnowledgeBase
    store: SessionStore
    reader_factory: Callable[[], NarrativeReader | None] = default_reader
    _reader: NarrativeReader | None = None
    _reader_loaded: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def reader(self) -> NarrativeReader | None:
        """The narrative reader, loaded on first use; None when it is not installed."""
        if not self._reader_loaded:
            with self._lock:
                if not self._reader_loaded:
                    try:
                        self._reader = self.reader_factory()
                    except Exception:  # a broken model must not take the questions down with it
                        self._reader = None
                    self._reader_loaded = True
        return self._reader


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.tearwise
    return state


def session_of(request: Request) -> WebSession | None:
    return web_state(request).store.get(request.cookies.get(SESSION_COOKIE))


def set_session_cookie(response: Response, session: WebSession) -> None:
    """A session cookie: no expiry date (gone when the browser closes), script-proof, same-site."""
    response.set_cookie(SESSION_COOKIE, session.id, httponly=True, samesite="strict", path="/")


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")


def page_session(request: Request) -> tuple[WebSession, bool]:
    """The session for a page with forms, created when missing. Returns (session, created)."""
    session = session_of(request)
    if session is not None:
        return session, False
    return web_state(request).store.create(), True


def _origin_ok(request: Request) -> bool:
    """A form POST's Origin, when the browser sends one, must be this very server."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    scheme, _, rest = origin.partition("://")
    return scheme in ("http", "https") and split_host(rest) == split_host(host)


async def posted_form(request: Request) -> tuple[WebSession, FormData]:
    """Read a form POST, insisting on a live session and its CSRF token."""
    form = await request.form()
    session = session_of(request)
    if session is None:
        raise SessionGoneError("This check-in has ended, so nothing was changed.")
    token = form.get(CSRF_FIELD)
    if not isinstance(token, str) or not session.csrf_ok(token) or not _origin_ok(request):
        raise CsrfError("This page was open too long or came from somewhere else, so nothing was changed.")
    return session, form


def form_text(form: FormData, name: str) -> str | None:
    value: Any = form.get(name)
    return value if isinstance(value, str) else None
