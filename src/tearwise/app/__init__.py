"""The application layer: the flows that both edges (CLI and web) drive.

An assessment session, the non-interactive assessment of an answers file, the narrative
hook, and the JSON contracts. Edges translate input and output; they never re-implement a
flow that lives here.
"""

from tearwise.app.contracts import questions_document, result_document
from tearwise.app.requests import AssessRequest, parse_assess_request
from tearwise.app.session import AssessmentSession, QuestionView, assess

__all__ = [
    "AssessRequest",
    "AssessmentSession",
    "QuestionView",
    "assess",
    "parse_assess_request",
    "questions_document",
    "result_document",
]
