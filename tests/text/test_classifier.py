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
