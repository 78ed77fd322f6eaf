"""The JSON documents of the public contracts (CLI ``--format json`` and ``/api/v1``).

Outside scripts depend on these shapes: keys are only ever added, never renamed or removed.
Tests pin them.
"""

from __future__ import annotations

from typing import Any

from tearwise.app.narrative import NarrativeReading
from tearwise.engine import Result
from tearwise.engine.triage import evaluate
from tearwise.knowledge.schema import KnowledgeBase

PROBABILITY_DIGITS = 4
WEIGHT_DIGITS = 3


def questions_document(kb: KnowledgeBase) -> dict[str, Any]:
    """``{"questions": [{"id", "text", "partner_text", "why", "safety", "answers": [{"id", "text"}]}]}``."""
    return {
        "questions": [
            {
                "id": q.id,
                "text": q.text,
                "partner_text": q.partner_text,
                "why": q.why,
                "safety": q.safety,
                "topic": q.topic,
                "content_note": q.content_note.self if q.content_note else None,
                "answers": [{"id": a.id, "text": a.text, "partner_text": a.text_for("partner")} for a in q.answers],
            }
            for q in kb.questions
        ]
    }


def result_document(result: Result, kb: KnowledgeBase) -> dict[str, Any]:
    """The assessment result as the contract describes it (plus compatible extras)."""
    urgent = result.triage.urgent
    return {
        "mode": result.mode,
        "causes": [
            {
                "id": c.id,
                "title": c.title,
                "probability": round(c.probability, PROBABILITY_DIGITS),
                "band": c.band,
                "evidence": [
                    {
                        "question_id": e.question_id,
                        "answer_id": e.answer_id,
                        "weight": round(e.weight, WEIGHT_DIGITS),
                        "why": e.why,
                        "source": e.source,
                        "text": e.text,
                    }
                    for e in c.evidence
                ],
            }
            for c in result.causes
        ],
        "labels": list(result.labels),
        "triage": {
            "level": result.triage.level,
            "reasons": result.triage.reasons,
            "rules": [r.rule_id for r in result.triage.fired],
        },
        "safety": dict(result.triage.flags),
        "resources": resources_document(kb, result.mode) if urgent else None,
        "guidance": [
            {
                "cause": g.cause_id,
                "title": g.title,
                "summary": g.summary,
                "what_helps": list(g.what_helps),
                "when_to_get_help": g.when_to_get_help,
                "whom_to_see": list(g.whom_to_see),
                "sources": list(g.sources),
            }
            for g in result.guidance
        ],
        "framing": list(result.framing),
        "questions_asked": result.questions_asked,
        "disclaimer": result.disclaimer,
    }


def resources_document(kb: KnowledgeBase, mode: str) -> dict[str, Any]:
    res = kb.resources
    return {
        "crisis_first_line": res.crisis_first_line.for_mode(mode),
        "stop_now_first_line": res.stop_now_first_line.for_mode(mode),
        "emergency": [h.model_dump() for h in res.emergency],
        "helplines": [h.model_dump() for h in res.helplines],
        "directory": res.directory,
        "last_checked": res.last_checked.isoformat(),
    }


def classify_document(item_id: object, reading: NarrativeReading, kb: KnowledgeBase) -> dict[str, Any]:
    """One ``tearwise classify`` output line (also one ``/api/v1/classify`` result):
    ``{"id", "causes", "labels", "safety", "triage", "evidence": [{"cause", "text", "weight"}]}``,
    plus ``"notice"`` only for an account whose words could not be read or say too little
    to take a cause from (an added key)."""
    raised = frozenset(f for f, on in reading.flags.items() if on)
    line: dict[str, Any] = {
        "id": item_id,
        "causes": {c: round(p, PROBABILITY_DIGITS) for c, p in reading.probabilities.items()},
        "labels": list(reading.labels),
        "safety": dict(reading.flags),
        "triage": evaluate(kb.rules, {}, raised).level,
        "evidence": [
            {"cause": f.cause_id, "text": f.sentence, "weight": round(f.weight, WEIGHT_DIGITS)}
            for f in reading.findings
        ],
    }
    if reading.notice is not None:
        line["notice"] = reading.notice
    return line
