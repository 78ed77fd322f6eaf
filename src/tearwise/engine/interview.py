"""The adaptive interview: one question at a time until no question is worth asking.

Lifecycle: NEW -> ASKING -> CONCLUDED (guarded: answering a concluded interview is an
error). The interview stores only the answers given, in order; beliefs are always derived
from them, so going back is simply forgetting the last answer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from tearwise.engine import beliefs
from tearwise.engine.bank import Bank, CompiledQuestion, compile_bank
from tearwise.engine.explain import answer_evidence, build_result
from tearwise.engine.result import Evidence, Result
from tearwise.engine.selection import select_next
from tearwise.engine.settings import DEFAULT_SETTINGS, EngineSettings
from tearwise.engine.triage import TriageOutcome, evaluate
from tearwise.errors import StateError, UnknownIdError
from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, MODES, CauseId, FlagId, Mode
from tearwise.knowledge.schema import KnowledgeBase, Question


class InterviewState(enum.Enum):
    NEW = "new"
    ASKING = "asking"
    CONCLUDED = "concluded"


@dataclass(frozen=True, slots=True)
class Step:
    """One question put to the user and what they did with it (``answer_id`` None = skipped)."""

    question_id: str
    answer_id: str | None


@dataclass(frozen=True, slots=True)
class Progress:
    asked: int
    #: A running estimate of how many questions the whole interview will take.
    expected_total: int


class Interview:
    """An assessment in progress for one person (or one partner)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        mode: Mode = "self",
        settings: EngineSettings = DEFAULT_SETTINGS,
        bank: Bank | None = None,
    ) -> None:
        if mode not in MODES:
            raise UnknownIdError("mode", mode, choices=list(MODES))
        self.kb = kb
        self.mode: Mode = mode
        self.settings = settings
        self.bank = bank if bank is not None else compile_bank(kb)
        self.state = InterviewState.NEW
        self._steps: list[Step] = []
        self._external: list[Evidence] = []
        self._external_flags: set[FlagId] = set()

    # -- input -----------------------------------------------------------------------------

    def _compiled(self, question_id: str) -> CompiledQuestion:
        question = self.bank.question(question_id)
        if question is None:
            raise UnknownIdError("question", question_id, choices=[q.id for q in self.bank.questions])
        return question

    def _guard_open(self) -> None:
        if self.state is InterviewState.CONCLUDED:
            raise StateError("this assessment is finished; start a new one to change answers")

    def answer(self, question_id: str, answer_id: str) -> None:
        """Record an answer (answering a question again replaces the earlier answer)."""
        self._guard_open()
        question = self._compiled(question_id)
        if not question.knows(answer_id):
            known = [a.id for a in question.answers] + sorted(question.neutral)
            raise UnknownIdError(f"answer for question {question_id!r}", answer_id, choices=known)
        self._steps = [s for s in self._steps if s.question_id != question_id]
        self._steps.append(Step(question_id, answer_id))
        self.state = InterviewState.ASKING

    def skip(self, question_id: str) -> None:
        """Pass over a question without answering; it is not asked again."""
        self._guard_open()
        self._compiled(question_id)
        self._steps = [s for s in self._steps if s.question_id != question_id]
        self._steps.append(Step(question_id, None))
        self.state = InterviewState.ASKING

    def back(self) -> str | None:
        """Forget the last step and return its question id (to ask it again), or None."""
        self._guard_open()
        if not self._steps:
            return None
        return self._steps.pop().question_id

    def add_external(self, cause_id: CauseId, weight: float, why: str, text: str | None = None) -> None:
        """Evidence from outside the questionnaire (the narrative reader), explained like answers."""
        self._guard_open()
        if cause_id not in CAUSE_IDS:
            raise UnknownIdError("cause", cause_id, choices=list(CAUSE_IDS))
        self._external.append(Evidence(cause_id, weight, why, "narrative", None, None, text))

    def add_flag(self, flag: FlagId) -> None:
        """A safety flag raised from outside the questionnaire (never lowered by answers)."""
        self._guard_open()
        if flag not in FLAG_IDS:
            raise UnknownIdError("safety flag", flag, choices=list(FLAG_IDS))
        self._external_flags.add(flag)

    # -- derived state ----------------------------------------------------------------------

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    @property
    def answers(self) -> dict[str, str]:
        return {s.question_id: s.answer_id for s in self._steps if s.answer_id is not None}

    def _weight_vectors(self) -> list[tuple[float, ...]]:
        vectors: list[tuple[float, ...]] = []
        for step in self._steps:
            if step.answer_id is None:
                continue
            answer = self._compiled(step.question_id).answer(step.answer_id)
            if answer is not None:
                vectors.append(answer.log_ratios)
        for item in self._external:
            vector = [0.0] * len(self.bank.causes)
            vector[self.bank.cause_index(item.cause_id)] = item.weight
            vectors.append(tuple(vector))
        return vectors

    def probability_list(self) -> list[float]:
        return beliefs.probabilities(beliefs.posterior_log_odds(self.bank.priors, self._weight_vectors()))

    def probabilities(self) -> dict[CauseId, float]:
        return dict(zip(self.bank.causes, self.probability_list(), strict=True))

    def asked_ids(self) -> set[str]:
        return {s.question_id for s in self._steps}

    def next_question(self) -> Question | None:
        """The most useful question still to ask, or None when the interview should stop."""
        self._guard_open()
        compiled, _ = select_next(self.bank, self.probability_list(), self.asked_ids(), self.settings)
        if compiled is None:
            return None
        self.state = InterviewState.ASKING
        question = self.kb.question(compiled.id)
        assert question is not None  # the bank is compiled from this knowledge base
        return question

    def progress(self) -> Progress:
        """How far along we are; the total is re-estimated after every answer."""
        asked = len(self._steps)
        probs = self.probability_list()
        asked_ids = self.asked_ids()
        remaining = 0
        simulated = set(asked_ids)
        while True:
            compiled, _ = select_next(self.bank, probs, simulated, self.settings)
            if compiled is None:
                break
            simulated.add(compiled.id)
            remaining += 1
        return Progress(asked, max(asked + remaining, asked))

    def triage(self) -> TriageOutcome:
        return evaluate(self.kb.rules, self.answers, frozenset(self._external_flags), self.mode)

    def evidence(self) -> list[Evidence]:
        items: list[Evidence] = []
        for question_id, answer_id in self.answers.items():
            items.extend(answer_evidence(self.kb, self.mode, question_id, answer_id, self.settings))
        items.extend(self._external)
        return items

    def result(self) -> Result:
        """The result so far, without ending the interview."""
        return build_result(
            self.kb,
            self.mode,
            self.probabilities(),
            self.evidence(),
            self.triage(),
            len(self._steps),
            self.settings,
        )

    def conclude(self) -> Result:
        """End the interview and return its result."""
        result = self.result()
        self.state = InterviewState.CONCLUDED
        return result
