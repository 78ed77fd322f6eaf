"""The HTML flow: landing, start, the optional account, questions, result and reading pages."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient

from tearwise.knowledge.schema import KnowledgeBase
from tests.web.conftest import FakeReader, csrf_of, question_of, start, walk


def _title(html: str) -> str:
    match = re.search(r"<title>(.*?)</title>", html)
    assert match
    return match.group(1)


def test_landing_states_scope_prevalence_with_citations_and_offers_both_roles(
    client: TestClient, kb: KnowledgeBase
) -> None:
    html = client.get("/").text
    assert kb.texts.scope.self.split(".")[0] in html
    assert kb.texts.prevalence.self.split(".")[0] in html
    for key in kb.texts.prevalence_sources:
        assert f'href="/sources#{key}"' in html
    assert "not medical advice" in html
    assert 'value="self"' in html
    assert "It happened to me" in html
    assert 'value="partner"' in html
    assert "It happened to my partner" in html


def test_every_page_title_is_neutral(client: TestClient, kb: KnowledgeBase) -> None:
    token, html = start(client)
    pages = [html, walk(client, token, html)]
    pages += [client.get(p).text for p in ("/", "/reasons", "/partners", "/sources", "/help-now", "/notes")]
    for page in pages:
        title = _title(page)
        assert title.startswith("Notes")
        for word in ("sex", "cry", "tear", "trauma", "partner"):
            assert word not in title.lower()


def test_self_flow_reaches_a_result_with_bars_words_and_evidence(client: TestClient) -> None:
    token, html = start(client, "self")
    assert "Question 1 of about" in html
    assert "<progress" in html
    result = walk(client, token, html)
    assert "What may be behind the tears" in result
    assert 'class="bar-fill w-' in result
    assert re.search(r'<span class="band">(likely|possible)</span>', result)
    assert "You said" in result
    assert "What helps" in result
    assert "When to get help" in result
    assert "Who can help" in result
    assert "not medical advice" in result


def test_partner_flow_speaks_about_the_partner(client: TestClient, kb: KnowledgeBase) -> None:
    token, html = start(client, "partner")
    qid, _ = question_of(html)
    question = kb.question(qid)
    assert question is not None
    assert question.partner_text.split(",")[0].replace("'", "&#39;") in html
    result = walk(client, token, html)
    assert "your partner" in result.lower()


def test_red_flag_answer_puts_stop_and_resources_before_the_reasons(client: TestClient, kb: KnowledgeBase) -> None:
    token, html = start(client)

    def choose(qid: str, answers: list[str]) -> str:
        return "unwanted_pain" if qid == "safety_pain" else answers[0]

    result = walk(client, token, html, choose)
    first_line = kb.resources.stop_now_first_line.self.replace("'", "&#39;")
    assert first_line in result
    assert result.index(first_line) < result.index('class="bars"')
    assert result.index("Call 911") < result.index('class="bars"')
    assert "Stop first" in result


def test_crisis_answer_shows_crisis_resources_first(client: TestClient, kb: KnowledgeBase) -> None:
    token, html = start(client)

    def choose(qid: str, answers: list[str]) -> str:
        return "now" if qid == "safety_self_harm" else answers[0]

    result = walk(client, token, html, choose)
    first_line = kb.resources.crisis_first_line.self
    assert first_line in result
    assert result.index(first_line) < result.index('class="bars"')
    assert "988" in result


def test_skip_and_back_move_through_questions(client: TestClient) -> None:
    token, html = start(client)
    first, answers = question_of(html)
    html = client.post(
        "/question",
        data={"csrf": token, "question_id": first, "answer": answers[0], "action": "answer"},
    ).text
    second, _ = question_of(html)
    assert second != first
    assert 'value="back"' in html
    html = client.post("/question", data={"csrf": token, "question_id": second, "action": "skip"}).text
    third, _ = question_of(html)
    assert third not in (first, second)
    html = client.post("/question", data={"csrf": token, "action": "back"}).text
    assert question_of(html)[0] == second


def test_first_question_offers_no_back_button(client: TestClient) -> None:
    _, html = start(client)
    assert 'value="back"' not in html


def test_submitting_without_a_choice_explains_instead_of_failing(client: TestClient) -> None:
    token, html = start(client)
    qid, _ = question_of(html)
    response = client.post("/question", data={"csrf": token, "question_id": qid, "action": "answer"})
    assert response.status_code == 422
    assert "Please choose an answer" in response.text
    assert question_of(response.text)[0] == qid


def test_see_results_now_finishes_early(client: TestClient) -> None:
    token, html = start(client)
    qid, _ = question_of(html)
    response = client.post("/question", data={"csrf": token, "question_id": qid, "action": "finish"})
    assert response.url.path == "/result"
    assert "Based on 0 answers" in response.text


def test_content_note_comes_before_a_trauma_question(client: TestClient, kb: KnowledgeBase) -> None:
    token, html = start(client)
    trauma = {q.id for q in kb.questions if q.topic == "trauma"}
    leaning = {
        "feeling": "fear",
        "after_feel": "shaken",
        "closeness": "distant",
        "far_away": "often",
    }

    def choose(qid: str, answers: list[str]) -> str:
        return leaning.get(qid, "not_sure" if "not_sure" in answers else answers[0])

    for _ in range(40):
        qid, answers = question_of(html)
        if qid in trauma:
            break
        html = client.post(
            "/question",
            data={
                "csrf": token,
                "question_id": qid,
                "answer": choose(qid, answers),
                "action": "answer",
            },
        ).text
    else:
        raise AssertionError("no trauma question was reached")
    assert "Content note" in html
    assert html.index("Content note") < html.index("<fieldset")


def test_result_page_redirects_to_questions_until_finished(client: TestClient) -> None:
    start(client)
    response = client.get("/result")
    assert response.url.path == "/question"


def test_tell_box_is_skipped_when_no_reader_is_installed(client: TestClient) -> None:
    _, html = start(client)
    assert 'name="story"' not in html
    assert client.get("/tell").url.path == "/question"


def test_tell_box_reads_words_and_kept_reading_counts(reader_client: TestClient, reader: FakeReader) -> None:
    token, html = start(reader_client)
    assert 'name="story"' in html
    assert "optional" in html
    html = reader_client.post(
        "/tell", data={"csrf": token, "story": "I felt relief and it hurt", "action": "read"}
    ).text
    assert "Here is what we understood" in html
    assert "Letting out built-up feelings" in html
    assert "it hurt and I did not want it" in html  # the sentence that raised the flag
    html = reader_client.post("/tell/check", data={"csrf": token, "keep": "yes"}).text
    assert 'name="question_id"' in html
    assert len(reader.calls) == 1  # what was shown is what is kept: no second reading
    result = reader_client.post(
        "/question", data={"csrf": token, "question_id": question_of(html)[0], "action": "finish"}
    ).text
    assert "and your own words" in result
    assert "You wrote" in result
    assert "Stop first" in result  # the flag from the words lifts triage
    # ...and says it came from the words: no answer said so
    assert "Some of your words sounded like there was pain you did not want" in result
    assert "You told us there was pain" not in result


def test_tell_box_says_so_when_the_words_could_not_be_read(reader_client: TestClient) -> None:
    token, _ = start(reader_client)
    html = reader_client.post("/tell", data={"csrf": token, "story": "siempre lloro después", "action": "read"}).text
    assert "do not read as English" in html
    assert "Something else" not in html  # no guessed cause is shown


def test_tell_box_reading_can_be_dropped(reader_client: TestClient) -> None:
    token, _ = start(reader_client)
    reader_client.post("/tell", data={"csrf": token, "story": "it hurt", "action": "read"})
    html = reader_client.post("/tell/check", data={"csrf": token, "keep": "no"}).text
    result = reader_client.post(
        "/question", data={"csrf": token, "question_id": question_of(html)[0], "action": "finish"}
    ).text
    assert "your own words" not in result
    assert "Stop first" not in result


def test_leaving_the_reading_out_keeps_its_red_flags_by_default(reader_client: TestClient) -> None:
    token, _ = start(reader_client)
    check = reader_client.post("/tell", data={"csrf": token, "story": "it hurt", "action": "read"}).text
    assert 'name="keep_flags"' in check
    assert "checked" in check.split('name="keep_flags"')[1].split(">")[0]
    html = reader_client.post("/tell/check", data={"csrf": token, "keep": "no", "keep_flags": "yes"}).text
    result = reader_client.post(
        "/question", data={"csrf": token, "question_id": question_of(html)[0], "action": "finish"}
    ).text
    assert "your own words" not in result
    assert "Stop first" in result  # the safety part was kept


def test_tell_box_can_be_skipped(reader_client: TestClient, reader: FakeReader) -> None:
    token, _ = start(reader_client)
    html = reader_client.post("/tell", data={"csrf": token, "story": "", "action": "skip"}).text
    assert 'name="question_id"' in html
    assert reader.calls == []


def test_empty_account_is_explained_on_the_same_page(reader_client: TestClient) -> None:
    token, _ = start(reader_client)
    response = reader_client.post("/tell", data={"csrf": token, "story": "   ", "action": "read"})
    assert response.status_code == 422
    assert "Please check this" in response.text
    assert 'name="story"' in response.text


def test_every_cause_has_its_own_page_with_sources(client: TestClient, kb: KnowledgeBase) -> None:
    index = client.get("/reasons").text
    for cause in kb.causes:
        assert f'href="/reasons/{cause.id}"' in index
        page = client.get(f"/reasons/{cause.id}")
        assert page.status_code == 200
        assert cause.title in page.text
        for key in cause.sources:
            assert f'href="/sources#{key}"' in page.text


def test_sources_page_lists_every_citation_with_an_anchor(client: TestClient, kb: KnowledgeBase) -> None:
    html = client.get("/sources").text
    for citation in kb.citations:
        assert f'id="{citation.key}"' in html


def test_partners_page_speaks_to_the_partner_and_offers_the_partner_check(
    client: TestClient, kb: KnowledgeBase
) -> None:
    html = client.get("/partners").text
    assert kb.resources.stop_now_first_line.partner in html
    for cause in kb.causes:
        assert cause.helps_partner[0].replace('"', "&#34;").replace("'", "&#39;") in html
    assert 'name="mode" value="partner"' in html


def test_forget_drops_the_session(client: TestClient) -> None:
    token, html = start(client)
    walk(client, token, html)
    response = client.post("/forget", data={"csrf": token})
    assert response.url.path == "/"
    assert client.get("/result").status_code == 410


def test_landing_sets_a_private_session_cookie(make_client: Callable[..., TestClient]) -> None:
    client = make_client()
    response = client.get("/")
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=strict" in cookie
    assert "expires" not in cookie
    assert "max-age" not in cookie
    assert csrf_of(response.text)


class BrokenReader:
    def read(self, text: str) -> object:
        raise RuntimeError("model file is damaged")


def test_a_failing_reader_leaves_the_questions_working(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(reader_factory=BrokenReader)
    token, _ = start(client)
    response = client.post("/tell", data={"csrf": token, "story": "it hurt", "action": "read"})
    assert response.status_code == 503
    assert "go on with the questions" in response.text
    assert "damaged" not in response.text
    html = client.post("/tell", data={"csrf": token, "story": "", "action": "skip"}).text
    assert 'name="question_id"' in html
