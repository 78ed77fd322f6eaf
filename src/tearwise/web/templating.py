"""Jinja2 templates shared by every page (including pages other parts of tearwise add).

Pages that belong to other parts of the web app (for example the journal) extend
``base.html``, fill ``{% block content %}`` and render through :func:`render`, which adds
the neutral title, the CSRF token of the current session and the navigation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from tearwise.web.config import CSRF_FIELD, TITLE

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"

#: Links in the site navigation: (label, path). Other parts may append to this at start-up.
NAV_ITEMS: list[tuple[str, str]] = [
    ("Start", "/"),
    ("The reasons", "/reasons"),
    ("For partners", "/partners"),
    ("Sources", "/sources"),
]

#: Extra buttons under a finished result: (label, POST path). Each is a form carrying the CSRF
#: token; the handler finds the result in ``session_of(request).assessment.result``.
RESULT_ACTIONS: list[tuple[str, str]] = []

templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
templates.env.globals.update(
    site_title=TITLE, csrf_field=CSRF_FIELD, nav_items=NAV_ITEMS, result_actions=RESULT_ACTIONS
)
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
    csrf: str | None = None,
) -> Response:
    """Render a page; ``csrf`` is the session's token for the forms on it."""
    ctx: dict[str, Any] = {"csrf_token": csrf or "", "path": request.url.path}
    if context:
        ctx.update(context)
    return templates.TemplateResponse(request, name, ctx, status_code=status_code)
