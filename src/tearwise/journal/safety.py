"""The first thing to say when an episode carries a red flag (safety first, on every screen).

Pure: picks one calm line from the knowledge base's resources for the most urgent flag.
"""

from __future__ import annotations

from collections.abc import Iterable

from tearwise.knowledge.schema import Resources

TRAUMA_LINE = (
    "What you wrote sounds like something from the past came back. You don't have to carry "
    "this alone: a trauma-informed therapist can help."
)


def first_line(flags: Iterable[str], resources: Resources, mode: str = "self") -> str | None:
    """Crisis line for self-harm; stop-now line for unwanted pain or consent; else trauma."""
    raised = set(flags)
    if "self_harm" in raised:
        return resources.crisis_first_line.for_mode(mode)
    if raised & {"unwanted_pain", "consent_concern"}:
        return resources.stop_now_first_line.for_mode(mode)
    if "trauma_trigger" in raised:
        return TRAUMA_LINE
    return None
