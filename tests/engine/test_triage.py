"""Triage precedence: every level can be reached, and the highest level wins."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest

from tearwise.engine import Interview
from tearwise.engine.triage import TriageOutcome, evaluate
from tearwise.knowledge.schema import KnowledgeBase

CALM = {"safety_pain": "no_pain", "safety_consent": "wanted", "safety_self_harm": "no"}


def triage(kb: KnowledgeBase, answers: Mapping[str, str], flags: Iterable[str] = frozenset()) -> TriageOutcome:
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


@pytest.mark.parametrize("flag", ["self_harm", "consent_concern", "unwanted_pain", "trauma_trigger"])
@pytest.mark.parametrize("mode", ["self", "partner"])
def test_a_flag_from_words_alone_does_not_say_you_told_us(kb, flag, mode) -> None:  # type: ignore[no-untyped-def]
    """The reader's flag is what the words sounded like, not an answer: the reason must not claim one."""
    (fired,) = [r for r in evaluate(kb.rules, CALM, frozenset({flag}), mode).fired if r.flag == flag]
    assert "told us" not in fired.reason and "words sounded like" in fired.reason
    rule = next(r for r in kb.rules if r.id == fired.rule_id)
    assert fired.reason == rule.reason_from_words.for_mode(mode)
    assert mode == "self" or "your partner" in fired.reason.lower()


def test_an_answer_keeps_its_own_reason_when_the_words_raise_the_same_flag(kb) -> None:  # type: ignore[no-untyped-def]
    answers = {**CALM, "safety_self_harm": "now"}
    (fired,) = [r for r in triage(kb, answers, {"self_harm"}).fired if r.rule_id == "self_harm_now"]
    assert fired.reason.startswith("You told us")
    # an explicit "no" does not lower a flag read from the words (safety first), but is not contradicted
    (kept,) = triage(kb, CALM, {"self_harm"}).fired
    assert kept.level == "crisis" and not kept.reason.startswith("You told us")
