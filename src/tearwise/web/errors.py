"""Friendly error pages and the one JSON error envelope, for every refusal the app makes.

Under ``/api`` an error is ``{"error": {"status": <int>, "message": <str>}}`` (plus ``"hint"``
when there is one); elsewhere it is a calm HTML page with a way back. Never a stack trace.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

API_PREFIX = "/api/"

HEADINGS = {
    400: "That didn't work",
    403: "This page has gone stale",
    404: "We couldn't find that page",
    405: "That doesn't work here",
    409: "This page is out of date",
    410: "This check-in has ended",
    413: "That was too much to send",
    415: "That kind of request isn't accepted",
    422: "Some of that didn't fit",
    500: "Something went wrong on our side",
    503: "That part isn't available",
}


def is_api(path: str) -> bool:
    return path.startswith(API_PREFIX) or path == API_PREFIX.rstrip("/")


def error_envelope(status: int, message: str, hint: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status, "message": message}
    if hint:
        body["hint"] = hint
    return {"error": body}


def json_error(status: int, message: str, hint: str | None = None) -> JSONResponse:
    return JSONResponse(error_envelope(status, message, hint), status_code=status)


def html_error(request: Request, status: int, message: str, *, restart: bool = False) -> Response:
    """The HTML error page; falls back to a bare page if templates themselves fail."""
    try:
        from tearwise.web.templating import render

        return render(
            request,
            "error.html",
            {
                "status": status,
                "heading": HEADINGS.get(status, "That didn't work"),
                "message": message,
                "restart": restart or status in (403, 410),
            },
            status_code=status,
        )
    except Exception:  # the error page must never become a second error
        return HTMLResponse(
            f"<!doctype html><html lang='en'><title>Notes</title><main><h1>Error {status}</h1>"
            "<p><a href='/'>Go to the start</a></p></main></html>",
            status_code=status,
        )


def error_response(request: Request, status: int, message: str, hint: str | None = None) -> Response:
    if is_api(request.url.path):
        return json_error(status, message, hint)
    return html_error(request, status, message)


def scope_error(scope: dict[str, Any], status: int, message: str) -> Response:
    """For middleware: the same error, built from a raw ASGI scope."""
    return error_response(Request(scope), status, message)
