"""The JSON API under ``/api/v1``: the CLI's contracts over HTTP.

- ``GET /api/v1/questions``: :func:`tearwise.app.contracts.questions_document`.
- ``POST /api/v1/assess``: body = the answers file of ``tearwise assess --answers``; reply =
  :func:`tearwise.app.contracts.result_document`.
- ``POST /api/v1/classify``: body ``{"texts": [{"id", "text"}, ...]}``; reply ``{"results": [...]}``
  with one line per text in the shape of ``tearwise classify`` output lines.

Bodies must be ``application/json`` (415 otherwise). A cross-site HTML form cannot send that
type without a CORS preflight, which this server never grants, so no CSRF token is needed.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, Response

from tearwise.app.contracts import classify_document, questions_document, result_document
from tearwise.app.limits import MAX_NARRATIVE_CHARS
from tearwise.app.narrative import NarrativeReader
from tearwise.app.requests import decode_json, request_from_value, validate_narrative
from tearwise.app.session import assess
from tearwise.errors import InputError
from tearwise.knowledge.ids import MODES
from tearwise.knowledge.schema import KnowledgeBase
from tearwise.web.errors import json_error
from tearwise.web.state import web_state

router = APIRouter(prefix="/api/v1", tags=["tearwise"])


class ErrorBody(BaseModel):
    status: int
    message: str
    hint: str | None = None


class ErrorEnvelope(BaseModel):
    """Every JSON error has this shape."""

    error: ErrorBody


def assess_body_schema(kb: KnowledgeBase) -> dict[str, Any]:
    """JSON Schema of the answers file, with the question and answer ids of this knowledge base.

    For the OpenAPI document only: :func:`tearwise.app.requests.request_from_value` validates.
    """
    answers = {q.id: {"type": "string", "enum": [a.id for a in q.answers], "description": q.text} for q in kb.questions}
    narrative = {
        "type": ["string", "null"],
        "minLength": 1,
        "maxLength": MAX_NARRATIVE_CHARS,
        # Something besides whitespace, as Python's str.strip sees it: JSON Schema regexes are
        # ECMA-262, whose \s leaves out U+001C-U+001F and U+0085, which strip() removes.
        "pattern": r"[^\s\u001c-\u001f\u0085]",
    }
    return {
        "title": "AssessBody",
        "description": "The answers file of `tearwise assess --answers`.",
        "type": "object",
        "properties": {
            "mode": {"type": "string", "enum": list(MODES), "default": "self"},
            "answers": {
                "type": "object",
                "properties": answers,
                "additionalProperties": False,
                "description": "question id -> answer id (see GET /api/v1/questions)",
            },
            "narrative": {**narrative, "description": "An account in the person's own words."},
        },
        "additionalProperties": False,
        "anyOf": [
            {"required": ["answers"], "properties": {"answers": {"minProperties": 1}}},
            {"required": ["narrative"], "properties": {"narrative": {"type": "string"}}},
        ],
    }


CLASSIFY_BODY_SCHEMA: dict[str, Any] = {
    "title": "ClassifyBody",
    "type": "object",
    "properties": {
        "texts": {
            "type": "array",
            "description": (
                'Items {"id": string or integer, "text": string}. An item that cannot be read '
                'gets a result line with an "error" field; the others are still classified.'
            ),
            "items": {},
        }
    },
    "required": ["texts"],
    "additionalProperties": False,
}


def _err(description: str) -> dict[str, Any]:
    return {"description": description, "model": ErrorEnvelope}


COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _err("The body is not valid JSON, is empty, or is not UTF-8."),
    404: _err("No such endpoint."),
    413: _err("The body is larger than 1 MB."),
    415: _err("The body is not application/json."),
    422: _err("The JSON does not fit the contract (unknown field, question or answer id, wrong type)."),
}


def install_openapi(app: FastAPI, kb: KnowledgeBase) -> None:
    """Generate the OpenAPI document once, with the request schema of this knowledge base."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            body = document["paths"]["/api/v1/assess"]["post"]["requestBody"]
            body["content"]["application/json"]["schema"] = assess_body_schema(kb)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _json_body_schema(schema: dict[str, Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


async def _json_body(request: Request, what: str) -> Any:
    """The decoded JSON body; a wrong media type (415) or unreadable JSON (400) is a _RefusalError."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise _RefusalError(415, "send the body as application/json")
    try:
        return decode_json(await request.body(), what)
    except InputError as exc:
        raise _RefusalError(400, exc.message, exc.hint) from exc


class _RefusalError(Exception):
    def __init__(self, status: int, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.hint = status, message, hint


def _refusal_response(exc: _RefusalError) -> Response:
    return json_error(exc.status, exc.message, exc.hint)


@router.get("/questions", responses={404: COMMON_ERRORS[404]})
async def questions(request: Request) -> dict[str, Any]:
    """Every question of the bank, with its answers, in both voices."""
    return questions_document(web_state(request).kb)


@router.post(
    "/assess",
    responses={
        **COMMON_ERRORS,
        503: _err("A narrative was sent but the narrative reader is not installed."),
    },
    openapi_extra=_json_body_schema({"title": "AssessBody", "type": "object"}),
)
async def assess_endpoint(request: Request) -> Response:
    """Assess a complete set of answers (and optional narrative) in one go."""
    state = web_state(request)
    try:
        data = await _json_body(request, "request body")
    except _RefusalError as exc:
        return _refusal_response(exc)
    try:
        parsed = request_from_value(data, state.kb, "request body")
    except InputError as exc:
        return json_error(422, exc.message, exc.hint)
    reader = None
    if parsed.narrative is not None:
        reader = await run_in_threadpool(state.reader)
        if reader is None:
            return json_error(
                503,
                "the narrative reader is not installed",
                "leave 'narrative' out, or install the text model",
            )
    result = await run_in_threadpool(assess, parsed, state.kb, reader)
    return JSONResponse(result_document(result, state.kb))


def _classify_all(items: list[Any], reader: NarrativeReader, kb: KnowledgeBase) -> list[dict[str, Any]]:
    """One line per item, in order, exactly as ``tearwise classify`` writes them.

    Uses the classifier's own batch code (same checks, same error lines, batched encoding)
    when it is installed; any other reader (a test fake) goes through the same line shape.
    """
    read_many = getattr(reader, "read_many", None) or (lambda texts: [reader.read(t) for t in texts])
    try:
        from tearwise.text import batch
    except ImportError:
        return [_classify_one(index, item, reader, kb) for index, item in enumerate(items)]
    parsed = [batch.parse_jsonl_line(index + 1, json.dumps(item).encode()) for index, item in enumerate(items)]
    records: list[dict[str, Any]] = batch.classify_items(parsed, read_many)
    return records


def _classify_one(index: int, item: Any, reader: NarrativeReader, kb: KnowledgeBase) -> dict[str, Any]:
    if not isinstance(item, dict):
        return {"id": None, "error": f"item {index + 1}: must be an object with 'id' and 'text'"}
    item_id = item.get("id")
    try:
        text = validate_narrative(item.get("text"))
    except InputError as exc:
        return {
            "id": item_id,
            "error": f"item {index + 1}: " + exc.message.replace("'narrative'", "'text'"),
        }
    return classify_document(item_id, reader.read(text), kb)


@router.post(
    "/classify",
    responses={**COMMON_ERRORS, 503: _err("The narrative classifier is not installed.")},
    openapi_extra=_json_body_schema(CLASSIFY_BODY_SCHEMA),
)
async def classify(request: Request) -> Response:
    """Classify accounts: one result per text, in order; an unusable text gets an ``error`` line."""
    state = web_state(request)
    try:
        data = await _json_body(request, "request body")
    except _RefusalError as exc:
        return _refusal_response(exc)
    if not isinstance(data, dict) or not isinstance(data.get("texts"), list):
        return json_error(
            422,
            "the body must be an object with a 'texts' list",
            'e.g. {"texts": [{"id": 1, "text": "..."}]}',
        )
    unknown = sorted(set(data) - {"texts"})
    if unknown:
        return json_error(422, f"the body has an unknown field {unknown[0]!r}", "allowed: texts")
    reader = await run_in_threadpool(state.reader)
    if reader is None:
        return json_error(503, "the narrative classifier is not installed")
    lines = await run_in_threadpool(_classify_all, data["texts"], reader, state.kb)
    return JSONResponse({"results": lines})
