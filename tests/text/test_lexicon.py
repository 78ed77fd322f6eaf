"""The cause cue words: what counts as a cue, and what only looks like one."""

from __future__ import annotations

import pytest

from tearwise.text.lexicon import cue_hits
from tearwise.text.units import split_units


def _causes(text: str) -> list[str]:
    return [hit.cause for hit in cue_hits(split_units(text))]


@pytest.mark.parametrize(
    "text",
    [
        "It hurt the whole time.",
        "Sex has been painful for months.",
        "The pains came back.",
        "I take painkillers before sex so I can get through it.",
        "A burning feeling, every time.",
        "My hips ached afterwards.",
        "Everything felt achy and tighter than usual.",
        "It hurt, and I told myself to keep going.",  # "myself" after a comma is not the object
    ],
)
def test_pain_words_are_pain_cues(text: str) -> None:
    assert "physical_pain" in _causes(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was completely painless.",
        "We were painting the hallway all weekend.",
        "Work burnout has flattened me.",
        "We were reading Achebe in bed.",
        "I was wearing tights and he held me tightly.",
    ],
)
def test_words_that_only_look_like_pain_are_not_pain_cues(text: str) -> None:
    assert "physical_pain" not in _causes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some nights I want to hurt myself.",
        "She told me she had been hurting herself again.",
        "He burned himself once, years ago.",
        "What he said really hurt my feelings.",
    ],
)
def test_self_injury_and_hurt_feelings_are_pain_cues_set_aside(text: str) -> None:
    # Still counted (the head was fitted with them), but marked so that no explanation cites them.
    pain = [hit for hit in cue_hits(split_units(text)) if hit.cause == "physical_pain"]
    assert pain and all(hit.aside for hit in pain)


def test_plain_pain_is_not_set_aside() -> None:
    pain = [hit for hit in cue_hits(split_units("It hurt, and I hurt myself later.")) if hit.cause == "physical_pain"]
    assert [hit.aside for hit in pain] == [False, True]


def test_a_name_is_not_joy() -> None:
    assert "emotional_catharsis" not in _causes("We were reading Joyce.")
    assert "emotional_catharsis" in _causes("It was joyful.")
