"""Every user-facing paragraph reads at or under grade 9 (Flesch-Kincaid, measured with textstat).

Proper names (helplines, citation titles) are not prose and are not measured.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import textstat

from tearwise.knowledge.schema import KnowledgeBase, Wording

MAX_GRADE = 9.0


def _wording(w: Wording | None) -> Iterator[str]:
    if w is not None:
        yield w.self
        yield w.partner


def user_facing_texts(kb: KnowledgeBase) -> Iterator[tuple[str, str]]:
    for cause in kb.causes:
        for text in _wording(cause.summary):
            yield f"cause {cause.id} summary", text
        for text in _wording(cause.when_to_get_help):
            yield f"cause {cause.id} when_to_get_help", text
        for field in ("how_it_shows", "helps_you", "helps_partner"):
            for text in getattr(cause, field):
                yield f"cause {cause.id} {field}", text
    for question in kb.questions:
        yield f"question {question.id} text", question.text
        yield f"question {question.id} partner_text", question.partner_text
        yield f"question {question.id} why", question.why
        for text in _wording(question.content_note):
            yield f"question {question.id} content_note", text
        for answer in question.answers:
            yield f"answer {question.id}/{answer.id}", answer.text
            for text in _wording(answer.said):
                yield f"answer {question.id}/{answer.id} said", text
    for rule in kb.rules:
        for text in _wording(rule.reason):
            yield f"rule {rule.id} reason", text
    for line in kb.framing:
        for text in _wording(line.text):
            yield f"framing {line.id}", text
    texts = kb.texts
    for name in ("scope", "nothing_clear", "prevalence"):
        for text in _wording(getattr(texts, name)):
            yield f"texts {name}", text
    yield "texts disclaimer", texts.disclaimer
    res = kb.resources
    for text in (*_wording(res.crisis_first_line), *_wording(res.stop_now_first_line), res.directory):
        yield "resources", text
    for helpline in (*res.emergency, *res.helplines):
        yield f"resources {helpline.name}", helpline.what


def test_there_is_a_lot_of_text_to_measure(kb) -> None:  # type: ignore[no-untyped-def]
    assert len(list(user_facing_texts(kb))) > 300


def test_every_user_facing_paragraph_is_at_or_under_grade_nine(kb) -> None:  # type: ignore[no-untyped-def]
    too_hard = [
        f"{where}: grade {grade:.1f}: {text[:70]}"
        for where, text in user_facing_texts(kb)
        if (grade := textstat.flesch_kincaid_grade(text)) > MAX_GRADE
    ]
    assert not too_hard, "\n".join(too_hard)


def test_the_average_is_about_grade_eight(kb) -> None:  # type: ignore[no-untyped-def]
    grades = [textstat.flesch_kincaid_grade(t) for _, t in user_facing_texts(kb) if len(t.split()) >= 8]
    assert sum(grades) / len(grades) <= 8.5


@pytest.mark.parametrize(
    "text",
    ["The epidemiological heterogeneity of postcoital symptomatology necessitates interdisciplinary evaluation."],
)
def test_the_measure_would_catch_hard_text(text: str) -> None:
    assert textstat.flesch_kincaid_grade(text) > MAX_GRADE
