"""The seam between the assessment and the narrative reader (``tearwise.text``).

The session does not know how text is read; it asks for anything that satisfies
:class:`NarrativeReader`, and feeds what comes back into the engine as external evidence
and safety flags, through the same explanation path as answers.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Protocol

from tearwise.engine import Interview
from tearwise.knowledge.ids import FLAG_IDS, CauseId, FlagId


@dataclass(frozen=True, slots=True)
class NarrativeFinding:
    """One piece of the user's own words and the cause it moves (weight in log-odds)."""

    cause_id: CauseId
    weight: float
    sentence: str
    why: str


@dataclass(frozen=True, slots=True)
class NarrativeReading:
    """What the reader understood from an account."""

    probabilities: dict[CauseId, float]
    labels: tuple[CauseId, ...]
    flags: dict[FlagId, bool] = field(default_factory=lambda: dict.fromkeys(FLAG_IDS, False))
    findings: tuple[NarrativeFinding, ...] = ()
    #: For each raised flag, the sentence that raised it (shown so the user can correct it).
    flag_sentences: dict[FlagId, str] = field(default_factory=dict)
    #: Set when no cause can be taken from the words (not English, or a few words that say nothing
    #: of what happened): the causes are then the priors and no finding is given, but any flag
    #: raised still stands (unless every word is a filler such as "ok" or "why", where no
    #: pattern fires and the learned layers' flags are noise: text.language.says_nothing).
    notice: str | None = None


class NarrativeReader(Protocol):
    def read(self, text: str) -> NarrativeReading: ...


def apply_reading(interview: Interview, reading: NarrativeReading) -> None:
    """Feed a reading into an interview: findings as evidence, raised flags as flags."""
    for finding in reading.findings:
        interview.add_external(finding.cause_id, finding.weight, finding.why, finding.sentence)
    for flag, raised in reading.flags.items():
        if raised:
            interview.add_flag(flag)


def default_reader() -> NarrativeReader | None:
    """The installed narrative reader, or None when ``tearwise.text`` is not available.

    Imported lazily: the model is loaded only when someone actually tells their story.
    """
    try:
        module = importlib.import_module("tearwise.text")
    except ImportError:
        return None
    factory = getattr(module, "load_reader", None)
    if factory is None:
        return None
    reader: NarrativeReader = factory()
    return reader
