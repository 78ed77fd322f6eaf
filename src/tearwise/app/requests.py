"""Parse and validate an assessment request (the answers file of ``tearwise assess --answers``).

Every problem becomes one :class:`~tearwise.errors.InputError` naming what is wrong, so
both edges can report it in one line (exit code 2, or HTTP 4xx).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tearwise.app.limits import MAX_NARRATIVE_CHARS, MAX_REQUEST_BYTES
from tearwise.errors import InputError, UnknownIdError
from tearwise.knowledge.ids import MODES, Mode
from tearwise.knowledge.schema import KnowledgeBase

ALLOWED_KEYS = ("mode", "answers", "narrative")


@dataclass(frozen=True, slots=True)
class AssessRequest:
    mode: Mode
    answers: tuple[tuple[str, str], ...]
    narrative: str | None = None


def decode_json(raw: bytes, what: str) -> Any:
    """Bytes -> JSON value, with one-line errors for size, encoding and syntax."""
    if len(raw) > MAX_REQUEST_BYTES:
        raise InputError(f"{what} is too large ({len(raw):,} bytes; the limit is {MAX_REQUEST_BYTES:,})")
    if not raw.strip():
        raise InputError(f"{what} is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} is not UTF-8 text (bad byte at position {exc.start})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from exc


def validate_narrative(value: object) -> str:
    if not isinstance(value, str):
        raise InputError(f"'narrative' must be text, not {type(value).__name__}")
    text = value.strip()
    if not text:
        raise InputError("'narrative' is empty; leave it out if there is nothing to tell")
    if len(text) > MAX_NARRATIVE_CHARS:
        raise InputError(f"'narrative' is too long ({len(text):,} characters; the limit is {MAX_NARRATIVE_CHARS:,})")
    return text


def request_from_value(data: Any, kb: KnowledgeBase, what: str = "answers file") -> AssessRequest:
    """Validate a decoded JSON value against the contract and the question bank."""
    if not isinstance(data, dict):
        raise InputError(f"{what} must be a JSON object with 'mode' and 'answers', not {type(data).__name__}")
    unknown = sorted(set(data) - set(ALLOWED_KEYS))
    if unknown:
        raise InputError(f"{what} has an unknown field {unknown[0]!r}", hint="allowed: mode, answers, narrative")
    mode = data.get("mode", "self")
    if not isinstance(mode, str):
        raise InputError(f"'mode' must be text, not {type(mode).__name__}")
    if mode not in MODES:
        raise UnknownIdError("mode", mode, choices=list(MODES))
    answers = data.get("answers", {})
    if not isinstance(answers, dict):
        raise InputError(f"'answers' must be an object of question id to answer id, not {type(answers).__name__}")
    pairs: list[tuple[str, str]] = []
    for question_id, answer_id in answers.items():
        question = kb.question(question_id)
        if question is None:
            raise UnknownIdError("question", question_id, choices=[q.id for q in kb.questions])
        if not isinstance(answer_id, str):
            raise InputError(f"answer to {question_id!r} must be an answer id (text), not {type(answer_id).__name__}")
        if question.answer(answer_id) is None:
            raise UnknownIdError(
                f"answer for question {question_id!r}", answer_id, choices=[a.id for a in question.answers]
            )
        pairs.append((question_id, answer_id))
    narrative = validate_narrative(data["narrative"]) if data.get("narrative") is not None else None
    if not pairs and narrative is None:
        raise InputError(f"{what} has no answers and no narrative: nothing to assess")
    return AssessRequest(mode=mode, answers=tuple(pairs), narrative=narrative)


def parse_assess_request(raw: bytes, kb: KnowledgeBase, what: str = "answers file") -> AssessRequest:
    return request_from_value(decode_json(raw, what), kb, what)
