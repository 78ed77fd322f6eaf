"""The assessment session that the CLI and the web app both drive."""

from __future__ import annotations

import pytest

from tearwise.app.narrative import NarrativeFinding, NarrativeReading
from tearwise.app.requests import AssessRequest
from tearwise.app.session import AssessmentSession, assess
from tearwise.errors import InputError, StateError
from tearwise.knowledge.ids import FlagId


class FakeReader:
    """A deterministic stand-in for the narrative model."""

    def __init__(self, flags: dict[FlagId, bool] | None = None) -> None:
        self.flags = flags or {}

    def read(self, text: str) -> NarrativeReading:
        return NarrativeReading(
            probabilities={"physical_pain": 0.9},
            labels=("physical_pain",),
            flags={
                "unwanted_pain": False,
                "trauma_trigger": False,
                "consent_concern": False,
                "self_harm": False,
                **self.flags,
            },
            findings=(NarrativeFinding("physical_pain", 1.5, "it really hurt", "Your words point to pain."),),
        )


def test_the_first_questions_are_the_safety_screen(kb) -> None:  # type: ignore[no-untyped-def]
    session = AssessmentSession("self", kb)
    seen = []
    for _ in range(3):
        view = session.current()
        assert view is not None
        seen.append(view.id)
        session.answer(view.answers[0].id, view.id)
    assert seen == ["safety_pain", "safety_consent", "safety_self_harm"]


def test_a_stale_form_for_another_question_is_refused(kb) -> None:  # type: ignore[no-untyped-def]
    session = AssessmentSession("self", kb)
    session.current()
    with pytest.raises(InputError, match="not the one being asked"):
        session.answer("no", "safety_self_harm")


def test_content_note_is_shown_once_before_the_first_trauma_question(kb) -> None:  # type: ignore[no-untyped-def]
    session = AssessmentSession("self", kb)
    notes = []
    while (view := session.current()) is not None:
        if view.topic == "trauma":
            notes.append(view.content_note)
        # Fear while crying keeps trauma uncertain enough that its questions are worth asking.
        session.answer("fear" if view.id == "feeling" else "not_sure", view.id)
    assert notes, "the interview should reach a trauma question for this respondent"
    assert notes[0] is not None
    assert all(n is None for n in notes[1:])


def test_back_returns_to_the_previous_question(kb) -> None:  # type: ignore[no-untyped-def]
    session = AssessmentSession("partner", kb)
    first = session.current()
    assert first is not None and "partner" in first.text.lower()
    session.answer(first.answers[0].id)
    assert session.back() is True
    again = session.current()
    assert again is not None and again.id == first.id
    assert session.back() is False


def test_finish_early_gives_a_result_and_closes_the_session(kb) -> None:  # type: ignore[no-untyped-def]
    session = AssessmentSession("self", kb)
    view = session.current()
    assert view is not None
    session.answer("unwanted_pain", view.id)
    result = session.finish()
    assert result.triage.level == "stop_now"
    assert session.current() is None
    with pytest.raises(StateError):
        session.answer("no")


def test_telling_the_story_feeds_evidence_and_flags(kb) -> None:  # type: ignore[no-untyped-def]
    session = AssessmentSession("self", kb)
    reading = session.tell("It really hurt and I could not say stop.", FakeReader({"consent_concern": True}))
    assert reading.labels == ("physical_pain",)
    result = session.finish()
    pain = result.cause("physical_pain")
    assert pain.evidence[0].source == "narrative" and pain.evidence[0].text == "it really hurt"
    assert result.triage.flags["consent_concern"] is True
    assert result.triage.level == "crisis"


def test_the_story_is_told_once_and_before_questions(kb) -> None:  # type: ignore[no-untyped-def]
    session = AssessmentSession("self", kb)
    with pytest.raises(InputError, match="empty"):
        session.tell("   ", FakeReader())
    session.tell("something happened", FakeReader())
    with pytest.raises(StateError):
        session.tell("again", FakeReader())
    other = AssessmentSession("self", kb)
    view = other.current()
    assert view is not None
    other.answer(view.answers[0].id)
    with pytest.raises(StateError):
        other.tell("too late", FakeReader())


def test_assess_in_one_go_with_and_without_a_reader(kb) -> None:  # type: ignore[no-untyped-def]
    request = AssessRequest("self", (("timing", "during"),), "it hurt a lot")
    with pytest.raises(InputError, match="narrative reader is not installed"):
        assess(request, kb, reader=None)
    result = assess(request, kb, reader=FakeReader())
    assert result.questions_asked == 1
    assert result.cause("physical_pain").probability > kb.cause("physical_pain").prior


def test_leaving_the_story_out_can_still_keep_its_red_flags(kb) -> None:  # type: ignore[no-untyped-def]
    session = AssessmentSession("self", kb)
    reading = FakeReader({"self_harm": True}).read("whatever")
    assert session.keep_safety_flags(reading) == ["self_harm"]
    result = session.finish()
    assert result.triage.level == "crisis"
    assert all(e.source == "answer" for c in result.causes for e in c.evidence)  # the reasons were left out
