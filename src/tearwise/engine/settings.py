"""Every tunable number of the engine, in one place.

The values were chosen with ``make bench`` (the interview simulation): see docs/engine.md
for the figures they produce. Change them there, not in the code that uses them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EngineSettings:
    #: A cause is reported as a label when its probability reaches this.
    label_threshold: float = 0.5
    #: Probability bands shown to users as words.
    likely: float = 0.6
    possible: float = 0.3
    #: Stop asking once the best question's net gain (bits, after its cost) falls below this.
    min_gain: float = 0.06
    #: How many bits one unit of sensitivity cost is worth.
    cost_weight: float = 0.08
    #: Never ask more than this many questions (safety questions included).
    max_questions: int = 14
    #: Evidence lighter than this (natural log-odds) is not listed in explanations.
    min_evidence_weight: float = 0.15


DEFAULT_SETTINGS = EngineSettings()
