"""What an assessment concludes, as plain typed records (no I/O, no formatting for a medium)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tearwise.engine.triage import TriageOutcome
from tearwise.knowledge.ids import CauseId, Mode

Band = Literal["likely", "possible", "unlikely"]
Source = Literal["answer", "narrative"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One thing that moved one cause, and by how much (natural log-odds; + raises, - lowers)."""

    cause_id: CauseId
    weight: float
    why: str
    source: Source = "answer"
    question_id: str | None = None
    answer_id: str | None = None
    #: For narrative evidence: the sentence or phrase of the user's own words behind it.
    text: str | None = None


@dataclass(frozen=True, slots=True)
class CauseResult:
    id: CauseId
    title: str
    probability: float
    band: Band
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Guidance:
    cause_id: CauseId
    title: str
    summary: str
    what_helps: tuple[str, ...]
    when_to_get_help: str
    whom_to_see: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Result:
    mode: Mode
    causes: tuple[CauseResult, ...]
    labels: tuple[CauseId, ...]
    triage: TriageOutcome
    framing: tuple[str, ...]
    guidance: tuple[Guidance, ...]
    questions_asked: int
    disclaimer: str

    def cause(self, cause_id: str) -> CauseResult:
        for c in self.causes:
            if c.id == cause_id:
                return c
        raise KeyError(cause_id)
