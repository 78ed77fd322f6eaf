"""End-to-end tests in a real Chromium (Debian's /usr/bin/chromium, driven by Playwright).

A uvicorn server runs the app on a free loopback port in a thread. axe-core, vendored under
tests/web/vendor, checks every page for serious or critical accessibility problems.
Screenshots go to test-artifacts/web/ (git-ignored).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tearwise.knowledge import load_knowledge_base
from tearwise.web.app import create_app
from tests.web.conftest import FakeReader

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("TEARWISE_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
BEFORE = "data:text/html,<title>before</title><p>another site</p>"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = _free_port()
    app = create_app(kb=load_knowledge_base(), reader_factory=FakeReader, port=port)
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        ws="none",
        lifespan="off",
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run `make system-deps` (apt-get install chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


class Session:
    """One browser tab with helpers; collects CSP violations and page errors as it goes."""

    def __init__(self, context: BrowserContext, base: str) -> None:
        self.context = context
        self.base = base
        self.page: Page = context.new_page()
        self.problems: list[str] = []
        #: HTTP error statuses a test expects to see (e.g. the 410 page after a quick exit).
        self.expected_statuses: set[int] = set()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        self.page.on("response", self._response)

    def _response(self, response: Any) -> None:
        if response.status >= 400 and response.status not in self.expected_statuses:
            self.problems.append(f"HTTP {response.status} for {response.request.method} {response.url}")

    def _console(self, message: Any) -> None:
        if message.type == "error" and "Failed to load resource" not in message.text:
            self.problems.append(f"console error: {message.text}")

    def go(self, path: str) -> None:
        self.page.goto(self.base + path)

    def path(self) -> str:
        url = self.page.url
        return url[len(self.base) :] if url.startswith(self.base) else url

    def wait_path(self, path: str) -> None:
        self.page.wait_for_url(self.base + path)

    def axe(self, label: str) -> None:
        """Run axe-core on the page: no serious or critical violations allowed."""
        self.page.evaluate(AXE)
        result = self.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not bad, f"axe on {label}: {bad}"

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def question_id(self) -> str | None:
        field = self.page.locator('input[name="question_id"]')
        return field.get_attribute("value") if field.count() else None

    def answer_all(self, choose: dict[str, str] | None = None, axe_each: bool = False) -> None:
        """Click through the questions (first answer unless ``choose`` says otherwise)."""
        for _ in range(60):
            if self.path().startswith("/result"):
                return
            qid = self.question_id()
            assert qid, f"expected a question page, got {self.path()}"
            if axe_each:
                self.axe(f"question {qid}")
            wanted = (choose or {}).get(qid)
            radio = self.page.locator(f"#a-{wanted}") if wanted else self.page.locator('input[name="answer"]').first
            radio.check()
            with self.page.expect_navigation():
                self.page.get_by_role("button", name="Next").click()
        raise AssertionError("the interview did not end")

    def start(self, who: str) -> None:
        self.go("/")
        label = "It happened to me" if who == "self" else "It happened to my partner"
        with self.page.expect_navigation():
            self.page.get_by_role("button", name=label).click()
        if self.path().startswith("/tell"):
            with self.page.expect_navigation():
                self.page.get_by_role("button", name="Skip to the questions").click()

    def close(self) -> None:
        self.context.close()
        assert not self.problems, self.problems


@pytest.fixture
def tab(browser: Browser, server: str) -> Iterator[Session]:
    session = Session(browser.new_context(viewport={"width": 1100, "height": 900}), server)
    yield session
    session.close()


def test_self_flow_end_to_end_is_accessible(tab: Session) -> None:
    tab.go("/")
    tab.axe("landing")
    tab.shot("landing")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="It happened to me").click()
    assert tab.path() == "/tell"
    tab.axe("tell")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Skip to the questions").click()
    assert tab.page.locator("progress").count() == 1
    assert tab.page.get_by_text("Question 1 of about").is_visible()
    tab.shot("question")
    tab.answer_all(axe_each=True)
    assert tab.path() == "/result"
    assert tab.page.get_by_role("heading", level=1).inner_text() == "What may be behind the tears"
    assert tab.page.locator(".bar-fill").count() >= 6
    tab.axe("result")
    tab.shot("result-self")


def test_partner_flow_end_to_end(tab: Session) -> None:
    tab.start("partner")
    assert "your partner" in tab.page.locator("legend").inner_text().lower()
    tab.answer_all()
    assert tab.path() == "/result"
    assert "your partner" in tab.page.locator("main").inner_text().lower()
    tab.shot("result-partner")


def test_red_flag_path_shows_stop_and_resources_first(tab: Session) -> None:
    tab.start("self")
    tab.answer_all({"safety_pain": "unwanted_pain"})
    urgent = tab.page.locator("#urgent")
    assert urgent.is_visible()
    assert "Stop now" in urgent.inner_text()
    assert "Call 911" in urgent.inner_text()
    urgent_box = urgent.bounding_box()
    bars_box = tab.page.locator(".bars").bounding_box()
    assert urgent_box is not None
    assert bars_box is not None
    assert urgent_box["y"] < bars_box["y"]
    tab.axe("urgent result")
    tab.shot("result-red-flag")


def test_tell_box_reads_words_and_shows_what_was_understood(tab: Session) -> None:
    tab.go("/")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="It happened to me").click()
    tab.page.get_by_label("Your words (optional)").fill("I felt relief, but it hurt")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Read my words").click()
    assert tab.path() == "/tell/check"
    assert "Letting out built-up feelings" in tab.page.locator("main").inner_text()
    tab.axe("understood")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Yes, use it").click()
    assert tab.question_id()


def test_quick_exit_button_leaves_no_back_entry(tab: Session) -> None:
    tab.page.goto(BEFORE)
    tab.start("self")
    tab.page.locator("#a-no_pain").check()
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="Next").click()
    with tab.page.expect_navigation():
        tab.page.get_by_role("link", name="Leave this page").click()
    assert tab.path() == "/notes"
    assert tab.page.title() == "Notes"
    assert "tearwise" not in tab.page.content().lower()
    tab.axe("neutral page")
    tab.page.go_back()
    assert tab.page.url.startswith("data:"), tab.page.url
    tab.expected_statuses.add(410)
    tab.go("/question")
    assert "This check-in has ended" in tab.page.locator("main").inner_text()


def test_pressing_shift_three_times_leaves_no_back_entry(tab: Session) -> None:
    tab.page.goto(BEFORE)
    tab.start("self")
    with tab.page.expect_navigation():
        for _ in range(3):
            tab.page.keyboard.press("Shift")
    assert tab.path() == "/notes"
    tab.page.go_back()
    assert tab.page.url.startswith("data:"), tab.page.url


def test_typing_capital_letters_does_not_trigger_the_quick_exit(tab: Session) -> None:
    tab.go("/")
    with tab.page.expect_navigation():
        tab.page.get_by_role("button", name="It happened to me").click()
    box = tab.page.get_by_label("Your words (optional)")
    box.focus()
    for key in ("Shift+A", "Shift+B", "Shift+C", "Shift+D"):
        tab.page.keyboard.press(key)
    tab.page.wait_for_timeout(200)
    assert tab.path() == "/tell"
    assert box.input_value() == "ABCD"


def _tab_to(page: Page, selector_js: str, limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!el && ({selector_js}); }}"):
            outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
            assert outline != "none", "focused control has no visible focus outline"
            return
    raise AssertionError(f"could not reach {selector_js} with Tab")


def test_keyboard_only_run_reaches_a_result(tab: Session) -> None:
    page = tab.page
    tab.go("/")
    _tab_to(page, "el.textContent.trim() === 'It happened to me'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    _tab_to(page, "el.textContent.trim() === 'Skip to the questions'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    for _ in range(60):
        if tab.path().startswith("/result"):
            break
        _tab_to(page, "el.type === 'radio'")
        page.keyboard.press("Space")
        assert page.evaluate("() => document.activeElement.checked")
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert tab.path() == "/result"
    assert page.get_by_role("heading", level=1).is_visible()


def test_skip_link_moves_focus_to_the_main_content(tab: Session) -> None:
    tab.go("/sources")
    tab.page.keyboard.press("Tab")
    assert tab.page.evaluate("() => document.activeElement.textContent.trim()") == "Skip to main content"
    tab.page.keyboard.press("Enter")
    assert tab.page.evaluate("() => document.activeElement.id") == "main"


def test_reading_and_error_pages_are_accessible(tab: Session) -> None:
    kb = load_knowledge_base()
    tab.expected_statuses.update({404, 410})
    paths = ["/reasons", "/partners", "/sources", "/help-now", "/no-such-page", "/question"]
    paths += [f"/reasons/{c.id}" for c in kb.causes]
    for path in paths:
        tab.go(path)
        tab.axe(path)


def test_phone_viewport_fits_without_sideways_scrolling(browser: Browser, server: str) -> None:
    phone = Session(
        browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True),
        server,
    )
    try:
        phone.go("/")
        phone.shot("phone-landing")
        for _ in range(2):
            assert phone.page.evaluate(
                "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
            ), f"{phone.path()} scrolls sideways on a phone"
            if phone.path() == "/":
                phone.start("self")
        phone.axe("phone question")
        phone.shot("phone-question")
        phone.answer_all({"safety_pain": "unwanted_pain"})
        assert phone.page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        phone.shot("phone-result")
    finally:
        phone.close()


def test_dark_mode_is_readable(browser: Browser, server: str) -> None:
    dark = Session(browser.new_context(color_scheme="dark", viewport={"width": 1100, "height": 900}), server)
    try:
        dark.go("/")
        background = dark.page.evaluate("() => getComputedStyle(document.body).backgroundColor")
        assert background != "rgb(251, 250, 247)"
        dark.axe("landing (dark)")
        dark.shot("landing-dark")
        dark.start("self")
        dark.answer_all({"safety_self_harm": "now"})
        dark.axe("crisis result (dark)")
        dark.shot("result-dark")
    finally:
        dark.close()


def test_content_note_shows_before_a_trauma_question_and_is_accessible(tab: Session) -> None:
    tab.start("self")
    leaning = {"feeling": "fear", "after_feel": "shaken", "closeness": "distant"}
    for _ in range(40):
        if tab.page.get_by_role("heading", name="Content note").count():
            break
        qid = tab.question_id()
        assert qid, "reached the result without a content note"
        answers = tab.page.locator('input[name="answer"]')
        wanted = leaning.get(qid, "not_sure")
        radio = tab.page.locator(f"#a-{wanted}")
        (radio if radio.count() else answers.first).check()
        with tab.page.expect_navigation():
            tab.page.get_by_role("button", name="Next").click()
    note = tab.page.get_by_role("heading", name="Content note").bounding_box()
    question = tab.page.locator("legend").bounding_box()
    assert note is not None
    assert question is not None
    assert note["y"] < question["y"]
    tab.axe("question with a content note")
    tab.shot("content-note")
