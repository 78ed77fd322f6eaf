"""The JSON API: the same contracts as the CLI, one error envelope, and refusals as 4xx."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tearwise.app.contracts import questions_document, result_document
from tearwise.app.requests import request_from_value
from tearwise.app.session import assess
from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, TRIAGE_LEVELS
from tearwise.knowledge.schema import KnowledgeBase
from tests.web.conftest import FakeReader

JSON = {"content-type": "application/json"}
ANSWERS = {"mode": "self", "answers": {"safety_pain": "no_pain", "feeling": "relief_joy"}}


def _post(client: TestClient, path: str, body: Any) -> Any:
    return client.post(path, content=json.dumps(body), headers=JSON)


def _is_envelope(payload: Any, status: int) -> None:
    assert set(payload) == {"error"}
    error = payload["error"]
    assert error["status"] == status
    assert isinstance(error["message"], str)
    assert error["message"]
    assert set(error) <= {"status", "message", "hint"}


def test_questions_endpoint_is_the_cli_questions_document(client: TestClient, kb: KnowledgeBase) -> None:
    response = client.get("/api/v1/questions")
    assert response.status_code == 200
    assert response.json() == questions_document(kb)


def test_assess_endpoint_is_the_cli_result_document(client: TestClient, kb: KnowledgeBase) -> None:
    response = _post(client, "/api/v1/assess", ANSWERS)
    assert response.status_code == 200
    expected = result_document(assess(request_from_value(ANSWERS, kb), kb), kb)
    assert response.json() == json.loads(json.dumps(expected))


def test_assess_partner_red_flag_carries_resources(client: TestClient) -> None:
    body = {"mode": "partner", "answers": {"safety_pain": "unwanted_pain"}}
    document = _post(client, "/api/v1/assess", body).json()
    assert document["mode"] == "partner"
    assert document["triage"]["level"] == "stop_now"
    assert document["safety"]["unwanted_pain"] is True
    assert document["resources"]["stop_now_first_line"]


def test_assess_accepts_json_with_a_charset(client: TestClient) -> None:
    response = client.post(
        "/api/v1/assess",
        content=json.dumps(ANSWERS),
        headers={"content-type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 200


def test_error_envelope_shape_is_pinned(client: TestClient) -> None:
    response = client.post("/api/v1/assess", content=b"{", headers=JSON)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/json")
    payload = response.json()
    _is_envelope(payload, 400)
    assert payload["error"]["message"].startswith("request body is not valid JSON")


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        (b"", 400, "empty"),
        (b"\xff\xfe{", 400, "UTF-8"),
        (b"[1, 2", 400, "not valid JSON"),
        (b"[]", 422, "must be a JSON object"),
        (b'{"mode": "robot", "answers": {"safety_pain": "no_pain"}}', 422, "unknown mode"),
        (b'{"answers": {"nope": "x"}}', 422, "unknown question"),
        (b'{"answers": {"safety_pain": "nope"}}', 422, "unknown answer"),
        (b'{"answers": {"safety_pain": 3}}', 422, "must be an answer id"),
        (b'{"answers": {}, "extra": 1}', 422, "unknown field"),
        (b'{"answers": {}}', 422, "nothing to assess"),
    ],
)
def test_bad_assess_bodies_get_a_clear_4xx(client: TestClient, body: bytes, status: int, fragment: str) -> None:
    response = client.post("/api/v1/assess", content=body, headers=JSON)
    assert response.status_code == status
    _is_envelope(response.json(), status)
    assert fragment in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None]
)
def test_non_json_bodies_are_refused_with_415(client: TestClient, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = client.post("/api/v1/assess", content=json.dumps(ANSWERS).encode(), headers=headers)
    assert response.status_code == 415
    _is_envelope(response.json(), 415)


def test_oversized_json_body_is_refused_with_413(client: TestClient) -> None:
    body = json.dumps({"answers": {}, "narrative": "x" * 1_100_000})
    response = client.post("/api/v1/assess", content=body, headers=JSON)
    assert response.status_code == 413
    _is_envelope(response.json(), 413)


def test_unknown_api_path_and_method_use_the_envelope(client: TestClient) -> None:
    missing = client.get("/api/v1/nothing")
    assert missing.status_code == 404
    _is_envelope(missing.json(), 404)
    wrong = client.get("/api/v1/assess")
    assert wrong.status_code == 405
    _is_envelope(wrong.json(), 405)


def test_narrative_without_a_reader_is_503(client: TestClient) -> None:
    response = _post(client, "/api/v1/assess", {"answers": {}, "narrative": "I cried after."})
    assert response.status_code == 503
    _is_envelope(response.json(), 503)


def test_narrative_with_a_reader_counts_as_evidence(make_client: Callable[..., TestClient]) -> None:
    reader = FakeReader()
    client = make_client(reader_factory=lambda: reader)
    document = _post(client, "/api/v1/assess", {"answers": {}, "narrative": "it hurt so much"}).json()
    assert reader.calls == ["it hurt so much"]
    assert document["safety"]["unwanted_pain"] is True
    assert document["triage"]["level"] == "stop_now"


def test_classify_without_the_classifier_is_503(client: TestClient) -> None:
    response = _post(client, "/api/v1/classify", {"texts": [{"id": 1, "text": "hello"}]})
    assert response.status_code == 503
    _is_envelope(response.json(), 503)


@pytest.mark.parametrize("batch_code", ["classifier's batch code", "fallback"])
def test_classify_lines_follow_the_cli_line_shape(
    make_client: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch, batch_code: str
) -> None:
    if batch_code == "fallback":
        monkeypatch.setitem(sys.modules, "tearwise.text.batch", None)  # import fails
    client = make_client(reader_factory=FakeReader)
    body = {
        "texts": [
            {"id": "a", "text": "I felt relief"},
            {"id": "b", "text": ""},
            {"id": 3, "text": "it hurt"},
        ]
    }
    results = _post(client, "/api/v1/classify", body).json()["results"]
    assert [r["id"] for r in results] == ["a", "b", 3]
    first, bad, third = results
    assert set(first) == {"id", "causes", "labels", "safety", "triage", "evidence"}
    assert set(first["causes"]) == set(CAUSE_IDS)
    assert set(first["safety"]) == set(FLAG_IDS)
    assert first["triage"] in TRIAGE_LEVELS
    assert first["labels"] == ["emotional_catharsis"]
    assert first["evidence"][0] == {
        "cause": "emotional_catharsis",
        "text": "I felt relief",
        "weight": 1.5,
    }
    assert "error" in bad
    assert "empty" in bad["error"]
    assert third["safety"]["unwanted_pain"] is True
    assert third["triage"] == "stop_now"


@pytest.mark.parametrize(
    ("body", "status"),
    [(b"{}", 422), (b'{"texts": 1}', 422), (b'{"texts": [], "x": 1}', 422), (b"nope", 400)],
)
def test_bad_classify_bodies_get_a_clear_4xx(make_client: Callable[..., TestClient], body: bytes, status: int) -> None:
    client = make_client(reader_factory=FakeReader)
    response = client.post("/api/v1/classify", content=body, headers=JSON)
    assert response.status_code == status
    _is_envelope(response.json(), status)


def test_openapi_documents_the_error_statuses(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    paths = spec["paths"]
    assert set(paths) == {"/api/v1/questions", "/api/v1/assess", "/api/v1/classify"}
    for path in ("/api/v1/assess", "/api/v1/classify"):
        documented = set(paths[path]["post"]["responses"])
        assert {"200", "400", "404", "413", "415", "422"} <= documented
        assert "application/json" in paths[path]["post"]["requestBody"]["content"]


def test_no_interactive_docs_pages_that_would_load_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
