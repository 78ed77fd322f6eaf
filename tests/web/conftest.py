"""Fixtures for the web tests: an app with or without a (fake) narrative reader, and helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tearwise.app.narrative import NarrativeFinding, NarrativeReading
from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, FlagId
from tearwise.knowledge.schema import KnowledgeBase
from tearwise.web.app import create_app

BASE_URL = "http://localhost"
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')
QUESTION_RE = re.compile(r'name="question_id" value="([^"]+)"')
ANSWER_RE = re.compile(r'name="answer" value="([^"]+)"')


class FakeReader:
    """A deterministic stand-in for the narrative model: a few keywords, nothing learned."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def read(self, text: str) -> NarrativeReading:
        self.calls.append(text)
        lowered = text.lower()
        probabilities = dict.fromkeys(CAUSE_IDS, 0.1)
        findings: list[NarrativeFinding] = []
        flags = dict.fromkeys(FLAG_IDS, False)
        sentences: dict[FlagId, str] = {}
        if "relief" in lowered:
            probabilities["emotional_catharsis"] = 0.9
            findings.append(NarrativeFinding("emotional_catharsis", 1.5, "I felt relief", "You wrote of relief."))
        if "hurt" in lowered:
            probabilities["physical_pain"] = 0.8
            flags["unwanted_pain"] = True
            sentences["unwanted_pain"] = "it hurt and I did not want it"
            findings.append(NarrativeFinding("physical_pain", 1.2, text, "You wrote that it hurt."))
        if "siempre" in lowered:  # stands for words the real reader cannot read
            notice = "These words do not read as English."
            return NarrativeReading(probabilities, ("other",), flags, (), {}, notice)
        labels = tuple(c for c, p in probabilities.items() if p >= 0.5)
        return NarrativeReading(probabilities, labels, flags, tuple(findings), sentences)


@pytest.fixture
def make_client(kb: KnowledgeBase) -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def factory(**kwargs: object) -> TestClient:
        kwargs.setdefault("reader_factory", None)
        app: FastAPI = create_app(kb=kb, **kwargs)  # type: ignore[arg-type]
        client = TestClient(app, base_url=BASE_URL, follow_redirects=True)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


@pytest.fixture
def reader() -> FakeReader:
    return FakeReader()


@pytest.fixture
def reader_client(make_client: Callable[..., TestClient], reader: FakeReader) -> TestClient:
    return make_client(reader_factory=lambda: reader)


def csrf_of(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def question_of(html: str) -> tuple[str, list[str]]:
    match = QUESTION_RE.search(html)
    assert match, "page is not a question"
    return match.group(1), ANSWER_RE.findall(html)


def start(client: TestClient, mode: str = "self") -> tuple[str, str]:
    """Open the landing page and start; returns (csrf token, html of the page reached)."""
    token = csrf_of(client.get("/").text)
    response = client.post("/start", data={"csrf": token, "mode": mode})
    assert response.status_code == 200
    return token, response.text


def walk(
    client: TestClient,
    token: str,
    html: str,
    choose: Callable[[str, list[str]], str] | None = None,
    limit: int = 60,
) -> str:
    """Answer questions until the result page; ``choose(question, answers)`` picks an answer."""
    for _ in range(limit):
        if 'name="question_id"' not in html:
            return html
        qid, answers = question_of(html)
        answer = choose(qid, answers) if choose else answers[0]
        response = client.post(
            "/question",
            data={"csrf": token, "question_id": qid, "answer": answer, "action": "answer"},
        )
        assert response.status_code == 200, response.text
        html = response.text
    raise AssertionError("the interview did not end")
