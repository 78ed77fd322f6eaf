"""Triage from explicit rules kept as data: crisis > stop_now > seek_care > self_care.

A rule fires when its condition holds over the answers and the safety flags, or when the
safety flag it stands for was raised from outside (by the narrative reader) and the rule is
marked to fire on it (where several rules raise one flag, the most cautious one does). The highest
level among the fired rules wins; with none, the level is ``self_care``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tearwise.knowledge.ids import FLAG_IDS, FlagId, TriageLevel, level_rank
from tearwise.knowledge.schema import Condition, TriageRule


def holds(condition: Condition, answers: Mapping[str, str], flags: frozenset[str]) -> bool:
    """Whether ``condition`` is true for these answers (question id -> answer id) and flags."""
    if condition.all is not None:
        return all(holds(c, answers, flags) for c in condition.all)
    if condition.any is not None:
        return any(holds(c, answers, flags) for c in condition.any)
    if condition.flag is not None:
        return condition.flag in flags
    return answers.get(condition.question or "") in set(condition.answers or ())


@dataclass(frozen=True, slots=True)
class FiredRule:
    rule_id: str
    level: TriageLevel
    flag: FlagId | None
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TriageOutcome:
    level: TriageLevel
    fired: tuple[FiredRule, ...] = ()
    flags: Mapping[FlagId, bool] = field(default_factory=lambda: dict.fromkeys(FLAG_IDS, False))

    @property
    def reasons(self) -> list[str]:
        return [r.reason for r in self.fired]

    @property
    def urgent(self) -> bool:
        """Crisis or stop-now: the user must see what to do before anything else."""
        return self.level in ("crisis", "stop_now")


def evaluate(
    rules: Sequence[TriageRule],
    answers: Mapping[str, str],
    external_flags: frozenset[str] = frozenset(),
    mode: str = "self",
) -> TriageOutcome:
    """Apply every rule; the most urgent level reached wins."""
    raised = set(external_flags)
    for rule in rules:
        if rule.flag and rule.when is not None and holds(rule.when, answers, frozenset(external_flags)):
            raised.add(rule.flag)
    flags = frozenset(raised)
    fired: list[FiredRule] = []
    for rule in rules:
        if rule.when is not None and holds(rule.when, answers, flags):
            reason = rule.reason
        elif rule.flag is not None and rule.fires_on_flag and rule.flag in external_flags:
            # Fired by the flag alone (read from the user's words): say so, not "you told us".
            reason = rule.reason_from_words or rule.reason
        else:
            continue
        fired.append(FiredRule(rule.id, rule.level, rule.flag, reason.for_mode(mode), tuple(rule.sources)))
    fired.sort(key=lambda r: -level_rank(r.level))
    level: TriageLevel = fired[0].level if fired else "self_care"
    return TriageOutcome(level=level, fired=tuple(fired), flags={f: f in flags for f in FLAG_IDS})
