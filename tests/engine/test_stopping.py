"""The interview stops when no question is worth asking, or at the question limit."""

from __future__ import annotations

from tearwise.engine import EngineSettings, Interview
from tearwise.engine.selection import select_next
from tests.engine.conftest import answer, bank, question

SHARP = question("sharp", (answer("yes", (0.9,), (0.1,)), answer("no", (0.1,), (0.9,))))
BLUNT = question("blunt", (answer("yes", (0.6,), (0.4,)), answer("no", (0.4,), (0.6,))))


def test_stops_when_the_best_gain_is_below_the_threshold() -> None:
    settings = EngineSettings(min_gain=0.1)  # blunt gains ~0.029 bits at p = 0.5
    chosen, score = select_next(bank((0.5,), (BLUNT,)), [0.5], set(), settings)
    assert chosen is None
    assert score < 0.1


def test_continues_when_a_question_clears_the_threshold() -> None:
    chosen, _ = select_next(bank((0.5,), (BLUNT, SHARP)), [0.5], set(), EngineSettings(min_gain=0.1))
    assert chosen is SHARP


def test_certain_beliefs_leave_nothing_worth_asking() -> None:
    chosen, _ = select_next(bank((0.5,), (SHARP,)), [0.9999], set(), EngineSettings(min_gain=0.01))
    assert chosen is None


def test_stops_at_the_question_limit() -> None:
    settings = EngineSettings(min_gain=0.0, max_questions=1)
    chosen, _ = select_next(bank((0.5,), (SHARP, BLUNT)), [0.5], {"sharp"}, settings)
    assert chosen is None


def test_real_interview_ends_within_the_limit_even_if_every_answer_is_not_sure(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    while (q := interview.next_question()) is not None:
        interview.answer(q.id, "not_sure")
    assert 3 <= len(interview.steps) <= interview.settings.max_questions


def test_safety_screening_is_asked_first_in_a_real_interview(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    first = []
    for _ in range(3):
        q = interview.next_question()
        assert q is not None
        first.append(q.id)
        interview.answer(q.id, q.answers[0].id)
    assert first == ["safety_pain", "safety_consent", "safety_self_harm"]
