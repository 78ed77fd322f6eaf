"""Independent per-cause beliefs kept in log-odds.

Causes can co-occur, so each is its own yes/no belief. Updating in log-odds makes every
piece of evidence an additive weight: the posterior is the prior plus the sum of weights,
which is why the order of the answers cannot matter.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

#: Keep log-odds finite and probabilities strictly inside (0, 1).
LOG_ODDS_LIMIT = 30.0


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def clamp(x: float) -> float:
    return max(-LOG_ODDS_LIMIT, min(LOG_ODDS_LIMIT, x))


def posterior_log_odds(priors: Sequence[float], weights: Iterable[Sequence[float]]) -> list[float]:
    """Log-odds of every cause after adding each weight vector to the prior log-odds."""
    totals = [logit(p) for p in priors]
    for vector in weights:
        for i, w in enumerate(vector):
            totals[i] += w
    return [clamp(t) for t in totals]


def probabilities(log_odds: Sequence[float]) -> list[float]:
    return [sigmoid(x) for x in log_odds]


def update(p: float, present: float, absent: float) -> float:
    """Bayes' rule for one binary cause given P(answer | present) and P(answer | absent)."""
    num = p * present
    return num / (num + (1.0 - p) * absent)
