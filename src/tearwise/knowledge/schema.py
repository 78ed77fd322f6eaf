"""Typed records of the knowledge base, validated once when it is loaded.

The knowledge base (causes, question bank, triage rules, resources, citations) lives in
YAML data files so content authors can change it without touching code. These models
are the schema those files must satisfy; :func:`validate_cross_references` checks what a
single file cannot (that every id a file mentions exists elsewhere).

Pure: no I/O here.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tearwise.knowledge.ids import (
    CAUSE_IDS,
    NEUTRAL_ANSWERS,
    CauseId,
    FlagId,
    TriageLevel,
)

Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Probability = Annotated[float, Field(gt=0.0, lt=1.0)]
Text = Annotated[str, Field(min_length=1)]

#: How far a likelihood column may stray from summing to one (rounding in hand-written data).
SUM_TOLERANCE = 0.011


class Strict(BaseModel):
    """Base for every record: unknown keys are errors, records are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Wording(Strict):
    """One text in two voices: to the person who cried, and to the partner who saw it."""

    self: Text
    partner: Text

    def for_mode(self, mode: str) -> str:
        return self.partner if mode == "partner" else self.self


class Citation(Strict):
    """A source from ../shared/facts.md that a user-facing claim rests on."""

    key: Id
    short: Text = Field(description="How the source is named in running text, e.g. 'Schweitzer et al. 2015'.")
    title: Text
    published_in: Text
    year: int = Field(ge=1900, le=2100)
    url: Text
    grade: Literal["study", "review", "clinical-ref", "popular"]


class Cause(Strict):
    """One reason people cry during or after sex, with what helps and whom to see."""

    id: CauseId
    title: Text
    summary: Wording
    how_it_shows: list[Text] = Field(min_length=1)
    helps_you: list[Text] = Field(min_length=1, description="What helps the person who cried.")
    helps_partner: list[Text] = Field(min_length=1, description="What a partner can do.")
    when_to_get_help: Wording
    whom_to_see: list[Text] = Field(min_length=1)
    sources: list[Id] = Field(min_length=1)
    prior: Probability
    prior_basis: Text = Field(description="Where the prior comes from: a source or a stated judgement.")


class Likelihood(Strict):
    """P(answer | cause present) and P(answer | cause absent)."""

    present: Probability
    absent: Probability

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: object) -> object:
        if isinstance(data, list | tuple):
            if len(data) != 2:
                raise ValueError("a likelihood is a pair [P(answer | present), P(answer | absent)]")
            return {"present": data[0], "absent": data[1]}
        return data

    @property
    def log_ratio(self) -> float:
        """The weight of evidence this answer gives the cause, in natural log-odds."""
        return math.log(self.present / self.absent)


class Answer(Strict):
    """One possible answer; neutral answers (not sure, prefer not to say) carry no likelihoods."""

    id: Id
    text: Text
    partner_text: Text | None = None
    said: Wording | None = Field(
        default=None, description="Plain sentence echoing the answer back, used in explanations."
    )
    likelihoods: dict[CauseId, Likelihood] | None = None

    @property
    def neutral(self) -> bool:
        return self.likelihoods is None

    def text_for(self, mode: str) -> str:
        return self.partner_text if (mode == "partner" and self.partner_text) else self.text

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if self.id in NEUTRAL_ANSWERS:
            if self.likelihoods is not None:
                raise ValueError(f"answer {self.id!r} is neutral and must carry no likelihoods")
            return self
        if self.likelihoods is None:
            raise ValueError(f"answer {self.id!r} has no likelihoods")
        missing = [c for c in CAUSE_IDS if c not in self.likelihoods]
        if missing:
            raise ValueError(f"answer {self.id!r} has no likelihood for: {', '.join(missing)}")
        if self.said is None:
            raise ValueError(f"answer {self.id!r} needs a 'said' sentence for explanations")
        return self


class Question(Strict):
    """One question of the bank, in self and partner wording."""

    id: Id
    topic: Literal["safety", "timing", "feelings", "pain", "trauma", "beliefs", "frequency", "context", "distress"]
    text: Text
    partner_text: Text
    why: Text = Field(description="Short 'why we ask this' shown beside the question.")
    cost: float = Field(ge=0.0, le=1.0, description="Sensitivity cost: intrusive questions cost more.")
    safety: bool = False
    content_note: Wording | None = None
    basis: Text = Field(description="Where the likelihood numbers come from: a source or a stated judgement.")
    sources: list[Id] = Field(default_factory=list)
    answers: list[Answer] = Field(min_length=2)

    def text_for(self, mode: str) -> str:
        return self.partner_text if mode == "partner" else self.text

    @property
    def substantive(self) -> list[Answer]:
        return [a for a in self.answers if not a.neutral]

    def answer(self, answer_id: str) -> Answer | None:
        for a in self.answers:
            if a.id == answer_id:
                return a
        return None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        ids = [a.id for a in self.answers]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate answer ids: {', '.join(dupes)}")
        if self.topic == "trauma" and self.content_note is None:
            raise ValueError("trauma-related questions need a content_note")
        if len(self.substantive) < 2:
            raise ValueError("a question needs at least two answers that carry evidence")
        for cause in CAUSE_IDS:
            for side in ("present", "absent"):
                total = sum(getattr(a.likelihoods[cause], side) for a in self.substantive if a.likelihoods)
                if abs(total - 1.0) > SUM_TOLERANCE:
                    raise ValueError(f"P(answer | {cause} {side}) sums to {total:.3f} over the answers, not 1")
        return self


class Condition(Strict):
    """When a triage rule applies: an answer given, a flag raised, or a combination.

    Exactly one of ``question``/``flag``/``all``/``any`` is set; ``answers`` goes with ``question``.
    """

    question: Id | None = None
    answers: list[Id] | None = None
    flag: FlagId | None = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Self:
        forms = [self.question is not None, self.flag is not None, self.all is not None, self.any is not None]
        if sum(forms) != 1:
            raise ValueError("a condition has exactly one of: question, flag, all, any")
        if (self.question is None) != (self.answers is None):
            raise ValueError("'question' and 'answers' go together")
        if self.answers is not None and not self.answers:
            raise ValueError("'answers' must list at least one answer id")
        for group in (self.all, self.any):
            if group is not None and not group:
                raise ValueError("'all'/'any' must hold at least one condition")
        return self

    def atoms(self) -> list[Condition]:
        """Every leaf condition (question or flag) inside this one."""
        if self.all is not None or self.any is not None:
            out: list[Condition] = []
            for child in self.all or self.any or []:
                out.extend(child.atoms())
            return out
        return [self]


class TriageRule(Strict):
    """A rule that lifts the triage level, with its reason and its source."""

    id: Id
    level: TriageLevel
    flag: FlagId | None = Field(
        default=None, description="Safety flag this rule raises; the flag given from outside also fires it."
    )
    fires_on_flag: bool = Field(
        default=True,
        description=(
            "Whether the flag raised from outside (e.g. read from the user's own words) fires this rule. "
            "When several rules raise one flag, the most cautious one should fire on it."
        ),
    )
    when: Condition | None = None
    reason: Wording
    reason_from_words: Wording | None = Field(
        default=None,
        description=(
            "The reason shown when the rule fires only on its flag raised from outside (read from the "
            "user's words), not on an answer: 'You told us...' would put words in the user's mouth."
        ),
    )
    sources: list[Id] = Field(min_length=1)

    @model_validator(mode="after")
    def _fires_somehow(self) -> Self:
        if self.when is None and self.flag is None:
            raise ValueError("a rule needs a 'when' condition, a 'flag', or both")
        if self.when is None and not self.fires_on_flag:
            raise ValueError("a rule without 'when' must fire on its flag")
        if self.flag is not None and self.fires_on_flag and self.reason_from_words is None:
            raise ValueError("a rule that fires on its flag alone needs 'reason_from_words'")
        return self


class Helpline(Strict):
    name: Text
    region: Text
    contact: Text
    what: Text


class Resources(Strict):
    """Crisis and support contacts. Numbers are re-checked at each release (see last_checked)."""

    last_checked: dt.date
    source: Id
    emergency: list[Helpline] = Field(min_length=1)
    helplines: list[Helpline] = Field(min_length=1)
    crisis_first_line: Wording
    stop_now_first_line: Wording
    directory: Text


class FramingLine(Strict):
    """A line of population framing ('many people who ...') drawn from the facts."""

    id: Id
    cause: CauseId | None = Field(default=None, description="Shown when this cause is likely; None = always.")
    text: Wording
    sources: list[Id] = Field(min_length=1)


class Texts(Strict):
    """Fixed user-facing texts: scope, disclaimer, neutral answers, explanation phrasing."""

    scope: Wording
    disclaimer: Text
    not_sure: Text
    prefer_not_to_say: Text
    points_towards: Text = Field(description="Template with {cause}; used when an answer raises a cause.")
    points_away: Text = Field(description="Template with {cause}; used when an answer lowers a cause.")
    nothing_clear: Wording
    prevalence: Wording
    prevalence_sources: list[Id] = Field(min_length=1)

    @field_validator("points_towards", "points_away")
    @classmethod
    def _has_placeholder(cls, value: str) -> str:
        if "{cause}" not in value:
            raise ValueError("template must contain {cause}")
        return value


class KnowledgeBase(Strict):
    """Everything tearwise knows, loaded from data files and cross-checked."""

    citations: list[Citation]
    causes: list[Cause]
    questions: list[Question]
    rules: list[TriageRule]
    resources: Resources
    framing: list[FramingLine]
    texts: Texts

    def cause(self, cause_id: str) -> Cause:
        for c in self.causes:
            if c.id == cause_id:
                return c
        raise KeyError(cause_id)

    def question(self, question_id: str) -> Question | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None

    def citation(self, key: str) -> Citation:
        for c in self.citations:
            if c.key == key:
                return c
        raise KeyError(key)
