"""Reports for a professional: HTML and PDF from the journal, and FHIR R4B resources.

Heavy libraries (matplotlib, WeasyPrint, fhir.resources) are imported inside the functions
that need them.
"""

from tearwise.report.context import ReportContext, build_context
from tearwise.report.render import render_html, render_pdf

__all__ = ["ReportContext", "build_context", "render_html", "render_pdf"]
