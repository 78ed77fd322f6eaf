"""Question selection: expected information gain less sensitivity cost, safety first."""

from __future__ import annotations

import math

import pytest

from tearwise.engine.selection import binary_entropy, expected_gain, select_next
from tearwise.engine.settings import EngineSettings
from tests.engine.conftest import answer, bank, question

SHARP = question("sharp", (answer("yes", (0.9,), (0.1,)), answer("no", (0.1,), (0.9,))))
BLUNT = question("blunt", (answer("yes", (0.6,), (0.4,)), answer("no", (0.4,), (0.6,))))
USELESS = question("useless", (answer("yes", (0.5,), (0.5,)), answer("no", (0.5,), (0.5,))))


def test_binary_entropy_known_values() -> None:
    assert binary_entropy(0.5) == pytest.approx(1.0)
    assert binary_entropy(0.0) == 0.0
    assert binary_entropy(0.9) == pytest.approx(0.4690, abs=1e-4)


def test_expected_gain_matches_a_hand_computed_example() -> None:
    # p = 0.5; each answer has marginal 0.5 and moves the belief to 0.9 or 0.1.
    # Gain = H(0.5) - [0.5 H(0.9) + 0.5 H(0.1)] = 1 - 0.4690 = 0.5310 bits.
    assert expected_gain(SHARP, [0.5]) == pytest.approx(1 - binary_entropy(0.9))
    assert expected_gain(SHARP, [0.5]) == pytest.approx(0.5310, abs=1e-4)


def test_expected_gain_hand_computed_with_an_uneven_prior() -> None:
    # p = 0.2: P(yes) = 0.2*0.9 + 0.8*0.1 = 0.26, posterior 0.18/0.26; P(no) = 0.74, posterior 0.02/0.74.
    p_yes, p_no = 0.26, 0.74
    want = binary_entropy(0.2) - (p_yes * binary_entropy(0.18 / 0.26) + p_no * binary_entropy(0.02 / 0.74))
    assert expected_gain(SHARP, [0.2]) == pytest.approx(want)


def test_gain_sums_over_causes() -> None:
    two = question(
        "two",
        (answer("yes", (0.9, 0.6), (0.1, 0.4)), answer("no", (0.1, 0.4), (0.9, 0.6))),
    )
    assert expected_gain(two, [0.5, 0.5]) == pytest.approx(expected_gain(SHARP, [0.5]) + expected_gain(BLUNT, [0.5]))


def test_useless_question_gains_nothing() -> None:
    assert expected_gain(USELESS, [0.3]) == pytest.approx(0.0, abs=1e-12)


def test_most_informative_question_is_chosen() -> None:
    chosen, score = select_next(bank((0.5,), (BLUNT, SHARP, USELESS)), [0.5], set(), EngineSettings(min_gain=0.0))
    assert chosen is SHARP
    assert score == pytest.approx(expected_gain(SHARP, [0.5]))


def test_sensitivity_cost_can_outweigh_a_larger_gain() -> None:
    costly = question("costly", SHARP.answers, cost=1.0)
    settings = EngineSettings(min_gain=0.0, cost_weight=0.6)
    chosen, _ = select_next(bank((0.5,), (costly, BLUNT)), [0.5], set(), settings)
    # costly: 0.531 - 0.6 < blunt: 0.029
    assert chosen is BLUNT


def test_safety_questions_come_first_whatever_their_gain() -> None:
    screen = question("screen", USELESS.answers, safety=True)
    chosen, score = select_next(bank((0.5,), (SHARP, screen)), [0.5], set(), EngineSettings())
    assert chosen is screen
    assert score == math.inf


def test_asked_questions_are_not_chosen_again() -> None:
    chosen, _ = select_next(bank((0.5,), (SHARP, BLUNT)), [0.5], {"sharp"}, EngineSettings(min_gain=0.0))
    assert chosen is BLUNT
