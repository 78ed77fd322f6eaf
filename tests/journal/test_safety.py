"""The first line shown for an episode's red flags: the most urgent flag wins."""

from __future__ import annotations

from typing import Any

from tearwise.journal.safety import TRAUMA_LINE, first_line


def test_self_harm_gets_the_crisis_line_before_anything_else(kb: Any) -> None:
    line = first_line(["unwanted_pain", "self_harm"], kb.resources)
    assert line == kb.resources.crisis_first_line.self


def test_unwanted_pain_and_consent_get_the_stop_now_line(kb: Any) -> None:
    assert first_line(["unwanted_pain"], kb.resources) == kb.resources.stop_now_first_line.self
    assert first_line(["consent_concern", "trauma_trigger"], kb.resources) == (kb.resources.stop_now_first_line.self)
    assert first_line(["consent_concern"], kb.resources, "partner") == (kb.resources.stop_now_first_line.partner)


def test_trauma_alone_points_to_help_and_no_flag_says_nothing(kb: Any) -> None:
    assert first_line(["trauma_trigger"], kb.resources) == TRAUMA_LINE
    assert first_line([], kb.resources) is None
