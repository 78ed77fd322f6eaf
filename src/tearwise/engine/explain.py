"""Turn beliefs and evidence into a :class:`~tearwise.engine.result.Result` a person can read.

Every cause carries the evidence that moved it, each with a plain sentence; guidance and
framing are assembled from the knowledge base for the causes judged likely, in the voice
of the mode (the person, or the partner who saw it).
"""

from __future__ import annotations

from collections.abc import Sequence

from tearwise.engine.result import Band, CauseResult, Evidence, Guidance, Result
from tearwise.engine.settings import EngineSettings
from tearwise.engine.triage import TriageOutcome
from tearwise.knowledge.ids import CauseId, Mode
from tearwise.knowledge.schema import KnowledgeBase


def band(probability: float, settings: EngineSettings) -> Band:
    if probability >= settings.likely:
        return "likely"
    if probability >= settings.possible:
        return "possible"
    return "unlikely"


def answer_evidence(
    kb: KnowledgeBase, mode: Mode, question_id: str, answer_id: str, settings: EngineSettings
) -> list[Evidence]:
    """The evidence one answer gives each cause, skipping weights too small to mention."""
    question = kb.question(question_id)
    answer = question.answer(answer_id) if question else None
    if answer is None or answer.likelihoods is None or answer.said is None:
        return []
    said = answer.said.for_mode(mode)
    out = []
    for cause_id, likelihood in answer.likelihoods.items():
        weight = likelihood.log_ratio
        if abs(weight) < settings.min_evidence_weight:
            continue
        title = kb.cause(cause_id).title.lower()
        template = kb.texts.points_towards if weight > 0 else kb.texts.points_away
        out.append(
            Evidence(
                cause_id=cause_id,
                weight=weight,
                why=f"{said} {template.format(cause=title)}",
                source="answer",
                question_id=question_id,
                answer_id=answer_id,
            )
        )
    return out


def build_result(
    kb: KnowledgeBase,
    mode: Mode,
    probabilities: dict[CauseId, float],
    evidence: Sequence[Evidence],
    triage: TriageOutcome,
    questions_asked: int,
    settings: EngineSettings,
) -> Result:
    ranked = sorted(probabilities.items(), key=lambda kv: -kv[1])
    causes = []
    for cause_id, p in ranked:
        moved = sorted(
            (e for e in evidence if e.cause_id == cause_id and abs(e.weight) >= settings.min_evidence_weight),
            key=lambda e: -abs(e.weight),
        )
        causes.append(CauseResult(cause_id, kb.cause(cause_id).title, p, band(p, settings), tuple(moved)))
    labels = tuple(c for c, p in ranked if p >= settings.label_threshold)

    # Guidance for every likely cause; when none is, for the leading possible ones.
    chosen = list(labels) or [c for c, p in ranked if p >= settings.possible][:2]
    guidance = []
    for cause_id in chosen:
        cause = kb.cause(cause_id)
        guidance.append(
            Guidance(
                cause_id=cause_id,
                title=cause.title,
                summary=cause.summary.for_mode(mode),
                what_helps=tuple(cause.helps_partner if mode == "partner" else cause.helps_you),
                when_to_get_help=cause.when_to_get_help.for_mode(mode),
                whom_to_see=tuple(cause.whom_to_see),
                sources=tuple(cause.sources),
            )
        )

    framing = [line.text.for_mode(mode) for line in kb.framing if line.cause is None]
    framing += [line.text.for_mode(mode) for line in kb.framing if line.cause in chosen]
    if not labels:
        framing.append(kb.texts.nothing_clear.for_mode(mode))

    return Result(
        mode=mode,
        causes=tuple(causes),
        labels=labels,
        triage=triage,
        framing=tuple(framing),
        guidance=tuple(guidance),
        questions_asked=questions_asked,
        disclaimer=kb.texts.disclaimer,
    )
