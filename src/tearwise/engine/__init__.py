"""The assessment engine: pure Python, no I/O, no framework.

Per-cause beliefs in log-odds, question selection by expected information gain less a
sensitivity cost, a stopping rule, triage from rules kept as data, and explanations.
"""

from tearwise.engine.interview import Interview, InterviewState, Progress, Step
from tearwise.engine.result import CauseResult, Evidence, Guidance, Result
from tearwise.engine.settings import DEFAULT_SETTINGS, EngineSettings
from tearwise.engine.triage import TriageOutcome

__all__ = [
    "DEFAULT_SETTINGS",
    "CauseResult",
    "EngineSettings",
    "Evidence",
    "Guidance",
    "Interview",
    "InterviewState",
    "Progress",
    "Result",
    "Step",
    "TriageOutcome",
]
