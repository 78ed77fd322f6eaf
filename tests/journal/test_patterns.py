"""Patterns: honest counts, Wilson intervals, and no claims from too few episodes."""

from __future__ import annotations

import datetime as dt

import pytest

from tearwise.journal.patterns import compute, wilson_interval
from tearwise.journal.records import Episode, NoteReading
from tearwise.journal.settings import MIN_EPISODES_FOR_PATTERNS

STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def episode(n: int, **fields: object) -> Episode:
    data: dict[str, object] = {
        "id": f"ep-{n:012d}",
        "date": dt.date(2026, 1, 1) + dt.timedelta(days=7 * n),
        "created": STAMP,
        "updated": STAMP,
    }
    data.update(fields)
    return Episode.model_validate(data)


def test_wilson_interval_matches_known_values() -> None:
    low, high = wilson_interval(0, 10)
    assert low == 0.0 and high == pytest.approx(0.2775, abs=1e-4)
    low, high = wilson_interval(5, 10)
    assert low == pytest.approx(0.2366, abs=1e-4) and high == pytest.approx(0.7634, abs=1e-4)
    assert wilson_interval(3, 3)[1] == 1.0
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_few_episodes_are_counted_but_not_called_a_pattern() -> None:
    few = [episode(i, orgasm=True, reasons=["orgasm"]) for i in range(MIN_EPISODES_FOR_PATTERNS - 1)]
    p = compute(few)
    assert not p.enough
    assert p.caveat.startswith("Not enough episodes yet to see a pattern")
    assert p.orgasm[0].count == len(few)
    assert not any("orgasm" in line for line in p.statements)


def test_enough_episodes_give_statements_with_ranges() -> None:
    eps = [
        episode(i, orgasm=i % 4 != 0, reasons=["orgasm"] if i % 2 else ["emotional_catharsis", "orgasm"],
                triggers=["a long hug"] if i < 5 else [], helped=["talking after"])
        for i in range(8)
    ]  # fmt: skip
    p = compute(eps, titles={"orgasm": "Orgasm"})
    assert p.enough and p.total == 8
    assert p.reasons[0].label == "orgasm" and p.reasons[0].count == 8
    with_orgasm = next(s for s in p.orgasm if s.label == "with orgasm")
    assert (with_orgasm.count, with_orgasm.n) == (6, 8)
    text = " ".join(p.statements)
    assert "The reason you noted most was orgasm. It came up in 8 of 8 episodes with a reason" in text
    assert "with an orgasm in 6 of 8 episodes (75%). The real share could be anywhere from 41% to 93%." in text
    assert "“a long hug”" in text and "“talking after”, in 8 episode(s)" in text


def test_unwanted_pain_is_always_reported_even_with_one_episode() -> None:
    p = compute([episode(0, pain="unwanted")])
    assert not p.enough
    assert p.flagged[0].label == "unwanted_pain"
    assert any("Pain you did not want came up in 1 episode" in line for line in p.statements)


def test_reasons_come_from_your_choice_then_the_note_then_the_linked_assessment() -> None:
    mine = episode(0, reasons=["shame"], note_reading=NoteReading(labels=("orgasm",)))
    from_note = episode(1, note_reading=NoteReading(labels=("neurological",)))
    linked = episode(2, assessment_id="as-1")
    unknown = episode(3)
    p = compute([mine, from_note, linked, unknown], assessment_labels={"as-1": ["physical_pain"]})
    assert {s.label: s.count for s in p.reasons} == {"shame": 1, "neurological": 1, "physical_pain": 1}
    assert all(s.n == 3 for s in p.reasons)


def test_episodes_over_time_by_month_and_recent_window() -> None:
    eps = [episode(i) for i in range(30)]  # weekly from 2026-01-01
    p = compute(eps)
    assert p.by_month[0] == ("2026-01", 5)
    assert sum(c for _, c in p.by_month) == 30
    assert p.recent == 13 and p.before_recent == 13
    assert compute([]).caveat == "There are no episodes in your journal yet."


def test_ties_at_the_top_are_named_together() -> None:
    eps = [
        episode(i, reasons=["orgasm"] if i % 2 else ["shame"], helped=["a walk"] if i % 2 else ["tea"])
        for i in range(8)
    ]
    text = " ".join(compute(eps, titles={"orgasm": "Orgasm", "shame": "Shame"}).statements)
    assert "The reasons you noted most were orgasm and shame. Each came up in 4 of 8 episodes with a reason" in text
    assert "What helped most often was “a walk” or “tea”, in 4 episode(s)." in text
