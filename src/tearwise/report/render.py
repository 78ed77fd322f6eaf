"""Render the report: Jinja2 HTML, then (lazily) WeasyPrint PDF. Nothing is fetched.

WeasyPrint gets a URL fetcher that refuses everything, so a report can never reach the
network or read a local file, whatever ends up in the text.
"""

from __future__ import annotations

from typing import Any, NoReturn

from tearwise.report.chart import timeline_svg
from tearwise.report.context import ReportContext


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("tearwise.report", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(context: ReportContext) -> str:
    from markupsafe import Markup

    episodes_svg = ""
    if context.episode_count:
        episodes_svg = timeline_svg(context.episodes)
    template = _environment().get_template("report.html")
    html: str = template.render(c=context, svg=Markup(episodes_svg))  # noqa: S704 (our own SVG)
    return html


def _refuse_fetch(url: str, *args: object, **kwargs: object) -> NoReturn:
    raise ValueError(f"the report does not load outside resources ({url[:40]})")


def render_pdf(html: str) -> bytes:
    """HTML -> PDF bytes with WeasyPrint (imported here: it costs ~0.3 s)."""
    import logging

    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    pdf: bytes = HTML(string=html, url_fetcher=_refuse_fetch).write_pdf()
    return pdf
