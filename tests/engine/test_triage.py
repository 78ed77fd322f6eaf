"""Triage precedence: every level can be reached, and the highest level wins."""

from __future__ import annotations

import pytest

from tearwise.engine import Interview
from tearwise.engine.triage import evaluate

CALM = {"safety_pain": "no_pain", "safety_consent": "wanted", "safety_self_harm": "no"}


def triage(kb, answers, flags=frozenset()):  # type: ignore[no-untyped-def]
    return evaluate(kb.rules, answers, frozenset(flags))


def test_nothing_worrying_is_self_care(kb) -> None:  # type: ignore[no-untyped-def]
    outcome = triage(kb, {**CALM, "feeling": "relief_joy"})
    assert outcome.level == "self_care"
    assert outcome.fired == ()
    assert not any(outcome.flags.values())


@pytest.mark.parametrize(
    ("answers", "level", "rule"),
    [
        ({"pain_penetration": "every_time"}, "seek_care", "recurring_pain"),
        ({"memories": "often"}, "seek_care", "trauma_symptoms"),
        ({"frequency": "every_time", "distress": "a_lot"}, "seek_care", "frequent_distress"),
        ({"guilt_after": "often", "distress": "a_lot"}, "seek_care", "shame_distress"),
        ({"low_mood": "most_days"}, "seek_care", "low_mood"),
        ({"safety_pain": "unwanted_pain"}, "stop_now", "unwanted_pain"),
        ({"safety_pain": "endured_pain"}, "stop_now", "unwanted_pain"),
        ({"safety_consent": "went_along"}, "stop_now", "consent_unclear"),
        ({"safety_consent": "wanted_to_stop"}, "stop_now", "consent_unclear"),
        ({"safety_consent": "forced"}, "crisis", "forced_or_afraid"),
        ({"safety_self_harm": "now"}, "crisis", "self_harm_now"),
        ({"safety_self_harm": "past"}, "crisis", "self_harm_past"),
    ],
)
def test_each_level_is_reached_by_its_rule(kb, answers, level, rule) -> None:  # type: ignore[no-untyped-def]
    outcome = triage(kb, {**CALM, **answers})
    assert outcome.level == level
    assert rule in [r.rule_id for r in outcome.fired]


def test_combination_rule_needs_both_parts(kb) -> None:  # type: ignore[no-untyped-def]
    pain_only = triage(kb, {**CALM, "pain_penetration": "sometimes"})
    assert "pain_with_trauma" not in [r.rule_id for r in pain_only.fired]
    both = triage(kb, {**CALM, "pain_penetration": "sometimes", "past_harm": "yes"})
    assert "pain_with_trauma" in [r.rule_id for r in both.fired]
    assert both.level == "seek_care"


def test_highest_level_wins_and_reasons_come_most_urgent_first(kb) -> None:  # type: ignore[no-untyped-def]
    outcome = triage(
        kb,
        {"safety_pain": "unwanted_pain", "safety_self_harm": "now", "memories": "often", "safety_consent": "wanted"},
    )
    assert outcome.level == "crisis"
    levels = [r.level for r in outcome.fired]
    assert levels[0] == "crisis"
    assert "stop_now" in levels and "seek_care" in levels
    assert levels == sorted(levels, key=["self_care", "seek_care", "stop_now", "crisis"].index, reverse=True)


@pytest.mark.parametrize(
    ("flag", "level"),
    [
        ("self_harm", "crisis"),
        ("consent_concern", "crisis"),
        ("unwanted_pain", "stop_now"),
        ("trauma_trigger", "seek_care"),
    ],
)
def test_a_flag_from_outside_fires_its_rule(kb, flag, level) -> None:  # type: ignore[no-untyped-def]
    outcome = triage(kb, CALM, {flag})
    assert outcome.flags[flag] is True
    assert outcome.level == level


def test_answers_raise_flags(kb) -> None:  # type: ignore[no-untyped-def]
    outcome = triage(kb, {**CALM, "safety_pain": "endured_pain", "memories": "sometimes"})
    assert outcome.flags["unwanted_pain"] and outcome.flags["trauma_trigger"]
    assert not outcome.flags["self_harm"] and not outcome.flags["consent_concern"]


def test_partner_mode_uses_partner_wording(kb) -> None:  # type: ignore[no-untyped-def]
    interview = Interview(kb, "partner")
    interview.answer("safety_pain", "unwanted_pain")
    reasons = interview.triage().reasons
    assert reasons and all("your partner" in r.lower() for r in reasons)
