"""Log-odds updates: additive, equal to Bayes' rule, and independent of answer order."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tearwise.engine import Interview
from tearwise.engine.beliefs import logit, posterior_log_odds, probabilities, sigmoid, update


def test_logit_and_sigmoid_are_inverse() -> None:
    for p in (0.01, 0.2, 0.5, 0.77, 0.99):
        assert sigmoid(logit(p)) == pytest.approx(p)


def test_log_odds_update_equals_bayes_rule() -> None:
    prior, present, absent = 0.3, 0.6, 0.2
    (lo,) = posterior_log_odds([prior], [[math.log(present / absent)]])
    assert sigmoid(lo) == pytest.approx(update(prior, present, absent))
    # By hand: 0.3*0.6 / (0.3*0.6 + 0.7*0.2) = 0.18 / 0.32
    assert sigmoid(lo) == pytest.approx(0.5625)


def test_two_updates_add_their_weights() -> None:
    (lo,) = posterior_log_odds([0.5], [[0.7], [-0.2]])
    assert lo == pytest.approx(0.5)


def test_extreme_evidence_stays_strictly_inside_zero_and_one() -> None:
    (p,) = probabilities(posterior_log_odds([0.5], [[500.0]] * 3))
    assert 0.0 < p < 1.0


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000))
def test_answer_order_does_not_change_the_posterior(kb, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    picks = [(q.id, rng.choice(q.answers).id) for q in rng.sample(kb.questions, k=8)]
    forward = Interview(kb)
    for qid, aid in picks:
        forward.answer(qid, aid)
    shuffled = picks[:]
    rng.shuffle(shuffled)
    backward = Interview(kb)
    for qid, aid in shuffled:
        backward.answer(qid, aid)
    assert forward.probability_list() == pytest.approx(backward.probability_list())


def test_neutral_answers_carry_no_evidence(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb)
    before = interview.probability_list()
    interview.answer("timing", "not_sure")
    interview.answer("feeling", "prefer_not_to_say")
    assert interview.probability_list() == pytest.approx(before)


def test_answering_again_replaces_the_earlier_answer(kb) -> None:  # type: ignore[no-untyped-def]
    once = Interview(kb)
    once.answer("timing", "at_orgasm")
    twice = Interview(kb)
    twice.answer("timing", "during")
    twice.answer("timing", "at_orgasm")
    assert twice.probability_list() == pytest.approx(once.probability_list())
    assert len(twice.steps) == 1
