"""Choose the next question: greatest expected information gain less its sensitivity cost.

The gain of a question is the expected drop in the summed binary entropy of all causes.
Because causes are independent beliefs, each cause is scored against its own predictive
distribution of the answer: P_c(a) = p * P(a | present) + (1 - p) * P(a | absent).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from tearwise.engine.bank import Bank, CompiledQuestion
from tearwise.engine.settings import EngineSettings


def binary_entropy(p: float) -> float:
    """Entropy in bits of a yes/no belief with probability ``p``."""
    if p <= 0.0 or p >= 1.0:
        return 0.0
    return -(p * math.log2(p) + (1.0 - p) * math.log2(1.0 - p))


def expected_gain(question: CompiledQuestion, probs: Sequence[float]) -> float:
    """Expected reduction (bits) of the summed binary entropy across causes."""
    gain = 0.0
    for i, p in enumerate(probs):
        before = binary_entropy(p)
        after = 0.0
        for answer in question.answers:
            pa = answer.present[i]
            na = answer.absent[i]
            marginal = p * pa + (1.0 - p) * na
            if marginal > 0.0:
                after += marginal * binary_entropy(p * pa / marginal)
        gain += before - after
    return gain


def net_gain(question: CompiledQuestion, probs: Sequence[float], settings: EngineSettings) -> float:
    return expected_gain(question, probs) - settings.cost_weight * question.cost


def select_next(
    bank: Bank,
    probs: Sequence[float],
    asked: Collection[str],
    settings: EngineSettings,
) -> tuple[CompiledQuestion | None, float]:
    """The question to ask next and its net gain, or ``(None, 0.0)`` when none is worth it.

    Safety screening questions come first, in bank order, whatever their gain.
    """
    if len(asked) >= settings.max_questions:
        return None, 0.0
    for question in bank.questions:
        if question.safety and question.id not in asked:
            return question, math.inf
    best: CompiledQuestion | None = None
    best_score = -math.inf
    for question in bank.questions:
        if question.id in asked:
            continue
        score = net_gain(question, probs, settings)
        if score > best_score:
            best, best_score = question, score
    if best is None or best_score < settings.min_gain:
        return None, max(best_score, 0.0) if best is not None else 0.0
    return best, best_score
