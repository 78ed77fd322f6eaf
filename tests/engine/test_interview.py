"""The interview lifecycle, going back, skipping, external evidence and explanations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tearwise.engine import Interview, InterviewState
from tearwise.errors import StateError, UnknownIdError


def test_new_interview_starts_from_the_priors(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    assert interview.state is InterviewState.NEW
    assert interview.probabilities()["orgasm"] == pytest.approx(kb.cause("orgasm").prior)


def test_unknown_ids_are_refused_with_the_id_named(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    with pytest.raises(UnknownIdError, match="unknown question 'nope'"):
        interview.answer("nope", "yes")
    with pytest.raises(UnknownIdError, match="'maybe'"):
        interview.answer("timing", "maybe")
    with pytest.raises(UnknownIdError, match="unknown mode"):
        Interview(kb, "friend")  # type: ignore[arg-type]


def test_back_forgets_the_last_answer(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    before = interview.probability_list()
    interview.answer("timing", "at_orgasm")
    assert interview.back() == "timing"
    assert interview.probability_list() == pytest.approx(before)
    assert interview.back() is None


def test_skipped_questions_are_not_asked_again_and_carry_no_evidence(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    before = interview.probability_list()
    interview.skip("safety_pain")
    assert interview.probability_list() == pytest.approx(before)
    nxt = interview.next_question()
    assert nxt is not None and nxt.id != "safety_pain"


def test_a_concluded_interview_refuses_more_answers(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    interview.answer("timing", "at_orgasm")
    interview.conclude()
    assert interview.state is InterviewState.CONCLUDED
    with pytest.raises(StateError, match="finished"):
        interview.answer("feeling", "sadness")


def test_evidence_explains_which_answer_moved_which_cause(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    interview.answer("orgasm_link", "only_with")
    result = interview.result()
    orgasm = result.cause("orgasm")
    assert orgasm.evidence[0].question_id == "orgasm_link"
    assert orgasm.evidence[0].weight > 0
    assert orgasm.evidence[0].why.startswith("You said the tears come only when you climax.")
    assert "points towards" in orgasm.evidence[0].why
    trauma = result.cause("unresolved_trauma")
    assert any(e.weight < 0 and "points away" in e.why for e in trauma.evidence)


def test_external_evidence_goes_through_the_same_explanation_path(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    interview.add_external("physical_pain", 2.0, "Your words point to pain.", "it hurt so much")
    result = interview.result()
    pain = result.cause("physical_pain")
    assert pain.probability > kb.cause("physical_pain").prior
    assert pain.evidence[0].source == "narrative"
    assert pain.evidence[0].text == "it hurt so much"
    with pytest.raises(UnknownIdError):
        interview.add_external("hunger", 1.0, "x")  # type: ignore[arg-type]


def test_external_flags_lift_triage(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    interview.add_flag("self_harm")
    assert interview.result().triage.level == "crisis"
    with pytest.raises(UnknownIdError):
        interview.add_flag("bad_vibes")  # type: ignore[arg-type]


def test_guidance_follows_the_likely_causes_in_the_right_voice(kb) -> None:  # type: ignore[no-untyped-def]
    for mode, field in (("self", "helps_you"), ("partner", "helps_partner")):
        interview = Interview(kb, mode)  # type: ignore[arg-type]
        for qid, aid in (("orgasm_link", "only_with"), ("timing", "at_orgasm"), ("solo", "yes")):
            interview.answer(qid, aid)
        result = interview.result()
        assert "orgasm" in result.labels
        guide = next(g for g in result.guidance if g.cause_id == "orgasm")
        assert list(guide.what_helps) == getattr(kb.cause("orgasm"), field)
        assert result.framing  # population framing is always present


def test_progress_estimates_a_total_that_never_undercounts_what_was_asked(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    while (q := interview.next_question()) is not None:
        progress = interview.progress()
        assert progress.expected_total >= progress.asked
        interview.answer(q.id, q.answers[0].id)


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_any_sequence_of_valid_answers_gives_probabilities_in_range(kb, data) -> None:  # type: ignore[no-untyped-def]
    mode = data.draw(st.sampled_from(["self", "partner"]))
    interview = Interview(kb, mode)
    steps = data.draw(st.lists(st.sampled_from(kb.questions), max_size=30))
    for question in steps:
        action = data.draw(st.sampled_from(["answer", "skip", "back"]))
        if action == "answer":
            interview.answer(question.id, data.draw(st.sampled_from(question.answers)).id)
        elif action == "skip":
            interview.skip(question.id)
        else:
            interview.back()
        assert all(0.0 <= p <= 1.0 for p in interview.probability_list())
    result = interview.conclude()
    assert all(0.0 <= c.probability <= 1.0 for c in result.causes)
    assert result.triage.level in ("self_care", "seek_care", "stop_now", "crisis")
