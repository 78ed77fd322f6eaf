"""Public ids: causes, safety flags, triage levels and modes.

These strings are part of the public JSON contracts that outside scripts rely on.
Extend only compatibly; never rename.
"""

from __future__ import annotations

from typing import Final, Literal

CauseId = Literal[
    "emotional_catharsis",
    "orgasm",
    "neurological",
    "unresolved_trauma",
    "physical_pain",
    "shame",
    "other",
]

#: The six causes named by the source article, in their canonical order.
SIX_CAUSES: Final[tuple[CauseId, ...]] = (
    "emotional_catharsis",
    "orgasm",
    "neurological",
    "unresolved_trauma",
    "physical_pain",
    "shame",
)
#: Every cause id, ``other`` last.
CAUSE_IDS: Final[tuple[CauseId, ...]] = (*SIX_CAUSES, "other")

FlagId = Literal["unwanted_pain", "trauma_trigger", "consent_concern", "self_harm"]
FLAG_IDS: Final[tuple[FlagId, ...]] = (
    "unwanted_pain",
    "trauma_trigger",
    "consent_concern",
    "self_harm",
)

TriageLevel = Literal["self_care", "seek_care", "stop_now", "crisis"]
#: Triage levels from lowest to highest; the highest level reached wins.
TRIAGE_LEVELS: Final[tuple[TriageLevel, ...]] = ("self_care", "seek_care", "stop_now", "crisis")

Mode = Literal["self", "partner"]
MODES: Final[tuple[Mode, ...]] = ("self", "partner")

#: Answers every question offers; they carry no evidence for or against any cause.
NOT_SURE: Final = "not_sure"
PREFER_NOT: Final = "prefer_not_to_say"
NEUTRAL_ANSWERS: Final[tuple[str, ...]] = (NOT_SURE, PREFER_NOT)


def level_rank(level: TriageLevel) -> int:
    """Position of ``level`` in :data:`TRIAGE_LEVELS` (higher is more urgent)."""
    return TRIAGE_LEVELS.index(level)
