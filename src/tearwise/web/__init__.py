"""The local web app: a thin edge over :mod:`tearwise.app`, served on the user's own machine.

FastAPI and Jinja2 are imported only when the app is built (``create_app``), so importing
this package stays cheap for the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(**kwargs: Any) -> FastAPI:
    """Build the web app; see :func:`tearwise.web.app.create_app`."""
    from tearwise.web.app import create_app as _create

    return _create(**kwargs)
