"""Interview simulation: full questionnaire vs adaptive interview, side by side.

Simulated respondents: each cause is present with its prior probability (independently);
each answer is drawn from the mixture (mean) of the present causes' P(answer | present), or
from the all-absent likelihoods when no cause is present. A small share of answers is
"not sure". Both arms see the same respondents and the same answers.

Targets (issue #2): adaptive macro-F1 >= 95% of the full questionnaire's, with <= 50% of its
questions; next-question selection p95 <= 1 ms.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Sequence

from tearwise.engine import DEFAULT_SETTINGS, Interview
from tearwise.engine.bank import Bank, CompiledQuestion, compile_bank
from tearwise.engine.selection import select_next
from tearwise.knowledge import SIX_CAUSES, load_knowledge_base
from tearwise.knowledge.ids import NOT_SURE

RESPONDENTS = 1500
SEED = 20261125
NOT_SURE_RATE = 0.05


def draw_causes(bank: Bank, rng: random.Random) -> set[int]:
    return {i for i, p in enumerate(bank.priors) if rng.random() < p}


def draw_answer(question: CompiledQuestion, present: set[int], rng: random.Random) -> str:
    if rng.random() < NOT_SURE_RATE:
        return NOT_SURE
    if present:
        weights = [sum(a.present[i] for i in present) / len(present) for a in question.answers]
    else:
        weights = [sum(a.absent) / len(a.absent) for a in question.answers]
    return rng.choices([a.id for a in question.answers], weights=weights)[0]


def macro_f1(truth: Sequence[set[str]], predicted: Sequence[set[str]]) -> float:
    scores = []
    for cause in SIX_CAUSES:
        tp = sum(1 for t, p in zip(truth, predicted, strict=True) if cause in t and cause in p)
        fp = sum(1 for t, p in zip(truth, predicted, strict=True) if cause not in t and cause in p)
        fn = sum(1 for t, p in zip(truth, predicted, strict=True) if cause in t and cause not in p)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    kb = load_knowledge_base()
    bank = compile_bank(kb)
    rng = random.Random(SEED)
    truth: list[set[str]] = []
    full_pred: list[set[str]] = []
    adaptive_pred: list[set[str]] = []
    full_counts: list[int] = []
    adaptive_counts: list[int] = []
    select_times: list[float] = []

    for _ in range(RESPONDENTS):
        present = draw_causes(bank, rng)
        truth.append({bank.causes[i] for i in present})
        answers = {q.id: draw_answer(q, present, rng) for q in bank.questions}

        full = Interview(kb, "self", bank=bank)
        for question_id, answer_id in answers.items():
            full.answer(question_id, answer_id)
        full_pred.append(set(full.result().labels))
        full_counts.append(len(answers))

        adaptive = Interview(kb, "self", bank=bank)
        while True:
            probs = adaptive.probability_list()
            t0 = time.perf_counter()
            chosen, _ = select_next(bank, probs, adaptive.asked_ids(), DEFAULT_SETTINGS)
            select_times.append(time.perf_counter() - t0)
            if chosen is None:
                break
            adaptive.answer(chosen.id, answers[chosen.id])
        adaptive_pred.append(set(adaptive.result().labels))
        adaptive_counts.append(len(adaptive.steps))

    f1_full = macro_f1(truth, full_pred)
    f1_adaptive = macro_f1(truth, adaptive_pred)
    q_full = statistics.mean(full_counts)
    q_adaptive = statistics.mean(adaptive_counts)
    p50 = percentile(select_times, 0.50) * 1000
    p95 = percentile(select_times, 0.95) * 1000

    print(
        f"Interview simulation: {RESPONDENTS} simulated respondents, seed {SEED}, "
        f"{len(bank.questions)} questions in the bank, {NOT_SURE_RATE:.0%} 'not sure' answers"
    )
    print(f"{'':32}{'full questionnaire':>20}{'adaptive':>12}{'ratio':>10}")
    print(f"{'macro-F1 (six causes)':32}{f1_full:>20.3f}{f1_adaptive:>12.3f}{f1_adaptive / f1_full:>10.1%}")
    print(f"{'questions asked, mean':32}{q_full:>20.1f}{q_adaptive:>12.1f}{q_adaptive / q_full:>10.1%}")
    print(
        f"{'questions asked, median':32}{statistics.median(full_counts):>20.0f}"
        f"{statistics.median(adaptive_counts):>12.0f}"
    )
    print(f"{'next-question selection p50 (ms)':32}{'':>20}{p50:>12.3f}")
    print(f"{'next-question selection p95 (ms)':32}{'':>20}{p95:>12.3f}")
    ok_f1 = f1_adaptive >= 0.95 * f1_full
    ok_q = q_adaptive <= 0.5 * q_full
    ok_t = p95 <= 1.0
    print(
        f"targets: F1 ratio >= 95%: {'met' if ok_f1 else 'MISSED'}; "
        f"questions <= 50%: {'met' if ok_q else 'MISSED'}; selection p95 <= 1 ms: {'met' if ok_t else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
