"""The real model on fixed accounts (written for this test), including negations."""

from __future__ import annotations

from typing import Any

import pytest


def test_denied_pain_is_not_a_cause_and_raises_no_flag(real_reader: Any) -> None:
    reading = real_reader.read(
        "It didn't hurt at all. I was just so happy and felt completely safe with her, "
        "and all the stress of the month came pouring out."
    )
    assert "emotional_catharsis" in reading.labels
    assert "physical_pain" not in reading.labels
    assert reading.probabilities["physical_pain"] < 0.2
    assert not any(reading.flags.values())


def test_feared_pain_that_did_not_happen_is_not_pain(real_reader: Any) -> None:
    reading = real_reader.read(
        "I was scared it would hurt but it didn't. When I came, the tears just came with the release."
    )
    assert "orgasm" in reading.labels
    assert "physical_pain" not in reading.labels
    assert not reading.flags["unwanted_pain"]


def test_tears_at_climax_without_sadness_are_orgasm_and_neurological(real_reader: Any) -> None:
    reading = real_reader.read(
        "Every single time I orgasm my eyes just water. I am not sad at all, there is no emotion, it is purely a "
        "physical thing."
    )
    assert {"orgasm", "neurological"} <= set(reading.labels)


def test_denied_trauma_is_not_trauma(real_reader: Any) -> None:
    reading = real_reader.read(
        "My doctor thought it might be trauma, but it is not. I have never been abused. "
        "My eyes just leak when I climax and I feel nothing sad."
    )
    assert "unresolved_trauma" not in reading.labels
    assert not reading.flags["trauma_trigger"]


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Sex hurts every time because of my vaginismus, the burning is awful and I end up in tears.", "physical_pain"),
        (
            "I was raised to believe sex before marriage is a sin, and afterwards I feel dirty and guilty and cry.",
            "shame",
        ),
        (
            "During sex he touched my neck the way my abuser used to and I had a flashback and started sobbing.",
            "unresolved_trauma",
        ),
        (
            "I hooked up with a guy from an app and cried the whole way home because I felt so lonely and empty.",
            "other",
        ),
    ],
)
def test_clear_accounts_get_their_cause(real_reader: Any, text: str, cause: str) -> None:
    reading = real_reader.read(text)
    assert cause in reading.labels
    assert max(reading.probabilities, key=reading.probabilities.get) == cause


def test_probabilities_cover_every_cause_and_stay_in_range(real_reader: Any) -> None:
    from tearwise.knowledge.ids import CAUSE_IDS

    reading = real_reader.read("idk. cried after. again.")
    assert set(reading.probabilities) == set(CAUSE_IDS)
    assert all(0.0 <= p <= 1.0 for p in reading.probabilities.values())
    assert reading.labels, "every account gets at least one label"


def test_batch_reading_equals_one_by_one(real_reader: Any) -> None:
    texts = [
        "It hurt and I kept quiet so he would not be upset.",
        "When I finish I always cry, it is such a release.",
        "short",
    ]
    together = real_reader.read_many(texts)
    alone = [real_reader.read(t) for t in texts]
    for a, b in zip(together, alone, strict=True):
        assert a.labels == b.labels
        assert a.flags == b.flags
        for cause, p in a.probabilities.items():
            assert p == pytest.approx(b.probabilities[cause], abs=1e-9)  # inputs are encoded one by one


def test_explanation_points_at_the_clause_that_carries_the_cause(real_reader: Any) -> None:
    reading = real_reader.read(
        "We had a lovely dinner and watched a film. Later in bed it hurt so much that I cried. "
        "Then we talked about his new job."
    )
    pain = [f for f in reading.findings if f.cause_id == "physical_pain"]
    assert pain and pain[0].weight > 0
    assert "hurt so much" in pain[0].sentence


#: One-line self-harm statements, direct and indirect, self and partner (written for this test):
#: on accounts this short the head's score alone no longer raises ``self_harm``, so the patterns
#: and the clause layer must catch every one.
SHORT_SELF_HARM = [
    "after sex i just want to disappear forever",
    "i cry after sex and think everyone would be better off without me",
    "sometimes after sex i wish i was dead",
    "i cut myself after we have sex",
    "after sex i feel like ending it all",
    "i don't want to be alive after sex",
    "after sex i hurt myself to feel something",
    "i wish i could just not wake up after we sleep together",
    "after sex i dont see the point of living",
    "crying after sex, i keep thinking about overdosing",
    "my gf says she wants to die after we have sex",
    "my boyfriend cries after sex and says he wants to kill himself",
    "i scratch my arms until they bleed after sex",
    "after sex i think about jumping off the balcony",
    "i sob after sex and want it all to stop, permanently",
    "after sex i feel like nobody would miss me if i was gone",
    "kms every time after sex lol but not joking",
    "after sex i burn myself with cigarettes",
    "i starve myself after sex because i feel gross",
    "i feel suicidal after sex",
    "after sex im so tired of everything, i dont want to keep going",
    "i took a bunch of pills after sex last night",
    "i keep a razor by the bed for after",
    "after sex i'm ready to give up on everything including me",
    "i cry after sex and wonder why i bother being here",
    "after sex i pray i won't wake up",
    "i relapsed after sex, the blade again",
    "after sex i write goodbye letters in my head",
    "i'm not safe with myself after sex",
    # Hopelessness said plainly: nothing read these before the nineteenth session.
    "I cry after sex. no point anymore.",
    "after sex i just want to go to sleep and be done with it all",
    "crying after sex again, there's no point in me",
    "I cry after sex. want death",
    "cried after sex again. delete myself",
    "after sex i just cry. bye world",
]


def test_short_self_harm_statements_are_all_caught(real_reader: Any) -> None:
    missed = [
        t
        for t, r in zip(SHORT_SELF_HARM, real_reader.read_many(SHORT_SELF_HARM), strict=True)
        if not r.flags["self_harm"]
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "i feel lonely after sex",
        "i cry after sex because i feel lonely afterwards",
        "I cry after sex when I think about my ex who hurt me",
    ],
)
def test_a_lonely_or_sad_line_is_not_read_as_self_harm(real_reader: Any, text: str) -> None:
    assert real_reader.read(text).flags["self_harm"] is False
