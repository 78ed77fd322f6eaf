"""Privacy and safety guards: headers, CSRF, sessions, body size, Host header, quick exit."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tearwise.web.config import MAX_BODY_BYTES, SESSION_COOKIE
from tests.web.conftest import FakeReader, csrf_of, question_of, start, walk

PAGES = [
    "/",
    "/reasons",
    "/reasons/shame",
    "/partners",
    "/sources",
    "/help-now",
    "/notes",
    "/static/site.css",
]


def _no_trace(text: str) -> None:
    assert "Traceback" not in text
    assert 'File "' not in text


@pytest.mark.parametrize("path", [*PAGES, "/no-such-page", "/api/v1/questions", "/api/v1/nothing"])
def test_every_response_carries_the_protective_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["cache-control"] == "no-store"
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_pages_have_no_inline_scripts_or_styles(client: TestClient) -> None:
    token, html = start(client)
    flow = [html, walk(client, token, html)]
    for page in flow + [client.get(p).text for p in PAGES[:-1]]:
        assert "<script>" not in page
        assert "<style" not in page
        assert "style=" not in page
        assert "onclick" not in page
        assert "http://" not in page.replace('href="http', "")  # no third-party assets
        assert "//cdn" not in page


def test_post_without_csrf_token_is_refused_with_a_friendly_page(client: TestClient) -> None:
    client.get("/")
    response = client.post("/start", data={"mode": "self"})
    assert response.status_code == 403
    assert "nothing was changed" in response.text
    assert 'href="/"' in response.text
    _no_trace(response.text)


def test_post_with_someone_elses_csrf_token_is_refused(
    make_client: Callable[..., TestClient],
) -> None:
    alice, mallory = make_client(), make_client()
    alice.get("/")
    foreign = csrf_of(mallory.get("/").text)
    assert alice.post("/start", data={"csrf": foreign, "mode": "self"}).status_code == 403


def test_post_from_another_origin_is_refused(client: TestClient) -> None:
    token = csrf_of(client.get("/").text)
    response = client.post("/start", data={"csrf": token, "mode": "self"}, headers={"origin": "http://evil.example"})
    assert response.status_code == 403


def test_post_from_same_origin_is_accepted(client: TestClient) -> None:
    token = csrf_of(client.get("/").text)
    response = client.post("/start", data={"csrf": token, "mode": "self"}, headers={"origin": "http://localhost"})
    assert response.status_code == 200


def test_post_without_any_session_gives_the_ended_page(client: TestClient) -> None:
    response = client.post("/question", data={"csrf": "x", "action": "skip"})
    assert response.status_code == 410
    assert "Start again" in response.text
    _no_trace(response.text)


def test_question_page_without_a_session_gives_the_ended_page(client: TestClient) -> None:
    response = client.get("/question")
    assert response.status_code == 410
    assert 'href="/"' in response.text


def test_expired_session_gives_a_friendly_start_again_page(
    make_client: Callable[..., TestClient],
) -> None:
    now = [1000.0]
    client = make_client(session_ttl=60, clock=lambda: now[0])
    token, html = start(client)
    qid, answers = question_of(html)
    now[0] += 61
    response = client.post("/question", data={"csrf": token, "question_id": qid, "answer": answers[0]})
    assert response.status_code == 410
    assert "Start again" in response.text
    _no_trace(response.text)


def test_activity_keeps_a_session_alive(make_client: Callable[..., TestClient]) -> None:
    now = [1000.0]
    client = make_client(session_ttl=60, clock=lambda: now[0])
    start(client)
    for _ in range(3):
        now[0] += 50
        assert client.get("/question").status_code == 200


def test_unknown_answer_id_is_a_friendly_400(client: TestClient) -> None:
    token, html = start(client)
    qid, _ = question_of(html)
    response = client.post("/question", data={"csrf": token, "question_id": qid, "answer": "bogus"})
    assert response.status_code == 400
    assert "not one of the choices" in response.text
    _no_trace(response.text)


def test_tampered_question_id_is_a_friendly_4xx(client: TestClient) -> None:
    token, _ = start(client)
    response = client.post("/question", data={"csrf": token, "question_id": "not_a_question", "answer": "yes"})
    assert response.status_code in (400, 409)
    _no_trace(response.text)


def test_stale_form_for_an_answered_question_is_a_409(client: TestClient) -> None:
    token, html = start(client)
    qid, answers = question_of(html)
    form = {"csrf": token, "question_id": qid, "answer": answers[0], "action": "answer"}
    assert client.post("/question", data=form).status_code == 200
    response = client.post("/question", data=form)
    assert response.status_code == 409
    assert "another tab" in response.text


def test_unknown_mode_is_a_friendly_400(client: TestClient) -> None:
    token = csrf_of(client.get("/").text)
    response = client.post("/start", data={"csrf": token, "mode": "robot"})
    assert response.status_code == 400
    _no_trace(response.text)


def test_unknown_action_is_a_friendly_400(client: TestClient) -> None:
    token, _ = start(client)
    assert client.post("/question", data={"csrf": token, "action": "explode"}).status_code == 400


def test_body_over_the_limit_is_refused_with_413(client: TestClient) -> None:
    token = csrf_of(client.get("/").text)
    response = client.post("/start", data={"csrf": token, "mode": "self", "pad": "x" * (MAX_BODY_BYTES + 10)})
    assert response.status_code == 413
    assert "too much" in response.text
    _no_trace(response.text)


def test_chunked_body_over_the_limit_is_refused_with_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(12):
            yield b"x" * 100_000

    response = client.post("/api/v1/assess", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["status"] == 413


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "localhost.evil.example", "", "localhost:abc"])
def test_unknown_host_header_is_refused(client: TestClient, host: str) -> None:
    response = client.get("/", headers={"host": host})
    assert response.status_code == 400
    assert "not served here" in response.text
    assert response.headers["cache-control"] == "no-store"


def test_host_guard_checks_the_port_when_it_is_known(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(port=8765)
    assert client.get("/", headers={"host": "127.0.0.1:8765"}).status_code == 200
    assert client.get("/", headers={"host": "localhost:8765"}).status_code == 200
    assert client.get("/", headers={"host": "[::1]:8765"}).status_code == 200
    assert client.get("/", headers={"host": "127.0.0.1:9999"}).status_code == 400


def test_quick_exit_page_is_neutral_and_forgets_the_session(client: TestClient) -> None:
    start(client)
    assert client.cookies.get(SESSION_COOKIE)
    response = client.get("/notes")
    assert response.status_code == 200
    text = response.text.lower()
    for word in ("tearwise", "sex", "cry", "tears", "partner", "leave this page"):
        assert word not in text
    assert "max-age=0" in response.headers["set-cookie"].lower() or "expires=" in response.headers["set-cookie"].lower()
    assert client.get("/question").status_code == 410


def test_quick_exit_control_is_on_every_page(client: TestClient) -> None:
    _, html = start(client)
    pages = [client.get(p).text for p in PAGES[:-2]] + [html, client.get("/no-such-page").text]
    for page in pages:
        assert "data-quick-exit" in page
        assert 'href="/notes"' in page


def test_server_never_puts_the_session_id_in_a_url(client: TestClient) -> None:
    token, html = start(client)
    session_id = client.cookies.get(SESSION_COOKIE)
    assert session_id
    assert session_id not in html
    assert session_id not in walk(client, token, html)


def test_internal_errors_are_a_calm_page_without_details(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client()
    app = client.app
    assert isinstance(app, FastAPI)

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret detail")

    quiet = TestClient(app, base_url="http://localhost", raise_server_exceptions=False)
    response = quiet.get("/boom")
    assert response.status_code == 500
    assert "secret detail" not in response.text
    _no_trace(response.text)


def test_words_typed_by_the_user_are_escaped_when_shown_back(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(reader_factory=FakeReader)
    token, _ = start(client)
    story = "<script>alert(1)</script><img src=x onerror=alert(2)> it hurt"
    response = client.post("/tell", data={"csrf": token, "story": "   ", "action": "read"})
    assert response.status_code == 422
    response = client.post("/tell", data={"csrf": token, "story": story, "action": "read"})
    assert "&lt;script&gt;alert(1)" in response.text  # shown back, as text
    assert "<script>alert" not in response.text
    assert "<img src=x" not in response.text
    long = client.post("/tell", data={"csrf": token, "story": story + "x" * 30_000, "action": "read"})
    assert long.status_code == 422
    assert "<script>alert" not in long.text


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("multipart/form-data", b"garbage"),
        ("multipart/form-data; boundary=xx", b"--xx\r\nbroken"),
        ("application/x-www-form-urlencoded", b"\xff\xfe%%%==&&"),
        ("application/json", b"{"),
    ],
)
def test_malformed_form_bodies_get_a_friendly_4xx(client: TestClient, content_type: str, body: bytes) -> None:
    client.get("/")
    response = client.post("/start", content=body, headers={"content-type": content_type})
    assert response.status_code in (400, 403)
    assert "<h1>" in response.text
    _no_trace(response.text)


def test_a_made_up_session_cookie_finds_nothing(make_client: Callable[..., TestClient]) -> None:
    client = make_client()
    forged = {"cookie": f"{SESSION_COOKIE}=made-up-value"}
    assert client.get("/question", headers=forged).status_code == 410
    landing = client.get("/", headers=forged)
    assert landing.status_code == 200
    assert "made-up-value" not in landing.headers["set-cookie"]


def test_forms_ask_the_browser_not_to_remember_what_was_typed(reader_client: TestClient) -> None:
    _, html = start(reader_client)
    assert 'name="story" autocomplete="off" spellcheck="false"' in html
    assert html.count("<form") == html.count('<form method="post" autocomplete="off"')
