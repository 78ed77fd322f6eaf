"""The assessment flow that the CLI and the web app both drive.

:class:`AssessmentSession` walks one person (or partner) through the adaptive interview:
an optional account in their own words first, then one question at a time with back,
skip and progress, then the result. :func:`assess` is the non-interactive form used by
``tearwise assess --answers`` and ``POST /api/v1/assess``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tearwise.app.narrative import NarrativeReader, NarrativeReading, apply_reading
from tearwise.app.requests import AssessRequest, validate_narrative
from tearwise.engine import DEFAULT_SETTINGS, EngineSettings, Interview, Progress, Result
from tearwise.errors import InputError, StateError
from tearwise.knowledge import KnowledgeBase, load_knowledge_base
from tearwise.knowledge.ids import FlagId, Mode


@dataclass(frozen=True, slots=True)
class AnswerView:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class QuestionView:
    """A question as the user sees it, in the voice of the session's mode."""

    id: str
    text: str
    why: str
    safety: bool
    topic: str
    #: Shown before the question when it touches on trauma (and only the first such time).
    content_note: str | None
    answers: tuple[AnswerView, ...]
    number: int
    progress: Progress


class AssessmentSession:
    """One assessment, from first question to result. Holds no I/O and stores nothing."""

    def __init__(
        self,
        mode: Mode = "self",
        kb: KnowledgeBase | None = None,
        settings: EngineSettings = DEFAULT_SETTINGS,
    ) -> None:
        self.kb = kb if kb is not None else load_knowledge_base()
        self.interview = Interview(self.kb, mode, settings)
        self.mode: Mode = self.interview.mode
        self.narrative: str | None = None
        self.reading: NarrativeReading | None = None
        self._current: str | None = None
        self._noted = False
        self._result: Result | None = None

    # -- the optional account in the user's own words ----------------------------------------

    def tell(self, text: str, reader: NarrativeReader) -> NarrativeReading:
        """Read the user's account and let it count as evidence. Only once, before questions."""
        if self.interview.steps:
            raise StateError("the account can only be given before the questions start")
        if self.reading is not None:
            raise StateError("an account was already given for this assessment")
        self.narrative = validate_narrative(text)
        self.reading = reader.read(self.narrative)
        apply_reading(self.interview, self.reading)
        return self.reading

    def keep_safety_flags(self, reading: NarrativeReading) -> list[FlagId]:
        """Keep only the safety flags of a reading the user otherwise left out.

        Red flags favour recall: a person who says "that's not quite it" about the reasons
        should not make a safety concern vanish unasked. The edges ask, with keeping as the
        default, and call this when the answer is yes. Returns the flags kept.
        """
        if self.interview.steps:
            raise StateError("the account can only be given before the questions start")
        kept = [flag for flag, raised in reading.flags.items() if raised]
        for flag in kept:
            self.interview.add_flag(flag)
        return kept

    # -- questions --------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self._result is not None

    def _view(self, question_id: str) -> QuestionView:
        question = self.kb.question(question_id)
        assert question is not None
        note = None
        if question.content_note is not None and not self._noted:
            note = question.content_note.for_mode(self.mode)
        return QuestionView(
            id=question.id,
            text=question.text_for(self.mode),
            why=question.why,
            safety=question.safety,
            topic=question.topic,
            content_note=note,
            answers=tuple(AnswerView(a.id, a.text_for(self.mode)) for a in question.answers),
            number=len(self.interview.steps) + 1,
            progress=self.interview.progress(),
        )

    def current(self) -> QuestionView | None:
        """The question to show now, or None when it is time for the result."""
        if self._result is not None:
            return None
        if self._current is None:
            question = self.interview.next_question()
            if question is None:
                return None
            self._current = question.id
        return self._view(self._current)

    def _check_current(self, question_id: str | None) -> str:
        if self._result is not None:
            raise StateError("this assessment is finished")
        if self._current is None:
            self.current()
        if self._current is None:
            raise StateError("there is no question waiting for an answer")
        if question_id is not None and question_id != self._current:
            raise InputError(f"question {question_id!r} is not the one being asked (expected {self._current!r})")
        return self._current

    def _moved_on(self, question_id: str) -> None:
        question = self.kb.question(question_id)
        if question is not None and question.content_note is not None:
            self._noted = True
        self._current = None

    def answer(self, answer_id: str, question_id: str | None = None) -> None:
        """Answer the current question (``question_id`` guards against stale forms)."""
        current = self._check_current(question_id)
        self.interview.answer(current, answer_id)
        self._moved_on(current)

    def skip(self, question_id: str | None = None) -> None:
        current = self._check_current(question_id)
        self.interview.skip(current)
        self._moved_on(current)

    def back(self) -> bool:
        """Go back one question. False when already at the first one."""
        if self._result is not None:
            raise StateError("this assessment is finished")
        previous = self.interview.back()
        if previous is None:
            return False
        self._current = previous
        return True

    def finish(self) -> Result:
        """End the interview (early or not) and return the result."""
        if self._result is None:
            self._current = None
            self._result = self.interview.conclude()
        return self._result

    @property
    def result(self) -> Result | None:
        return self._result


def assess(
    request: AssessRequest,
    kb: KnowledgeBase | None = None,
    reader: NarrativeReader | None = None,
    settings: EngineSettings = DEFAULT_SETTINGS,
) -> Result:
    """Assess a complete set of answers (and optional narrative) in one go."""
    knowledge = kb if kb is not None else load_knowledge_base()
    interview = Interview(knowledge, request.mode, settings)
    if request.narrative is not None:
        if reader is None:
            raise InputError(
                "this request has a 'narrative' but the narrative reader is not installed",
                hint="install tearwise with its text model, or leave 'narrative' out",
            )
        apply_reading(interview, reader.read(request.narrative))
    for question_id, answer_id in request.answers:
        interview.answer(question_id, answer_id)
    return interview.conclude()
