"""Small hand-made banks for engine tests, independent of the packaged knowledge base."""

from __future__ import annotations

import math

from tearwise.engine.bank import Bank, CompiledAnswer, CompiledQuestion


def answer(answer_id: str, present: tuple[float, ...], absent: tuple[float, ...]) -> CompiledAnswer:
    ratios = tuple(math.log(p / n) for p, n in zip(present, absent, strict=True))
    return CompiledAnswer(answer_id, present, absent, ratios)


def question(
    question_id: str, answers: tuple[CompiledAnswer, ...], cost: float = 0.0, safety: bool = False
) -> CompiledQuestion:
    return CompiledQuestion(question_id, safety, cost, answers, frozenset({"not_sure", "prefer_not_to_say"}))


def bank(priors: tuple[float, ...], questions: tuple[CompiledQuestion, ...]) -> Bank:
    causes = ("emotional_catharsis", "orgasm", "neurological", "unresolved_trauma", "physical_pain", "shame", "other")
    return Bank(causes[: len(priors)], priors, questions)  # type: ignore[arg-type]
