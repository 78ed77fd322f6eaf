"""Turn results and knowledge-base records into plain data the templates show.

Order on a result page, as on every screen of tearwise: what to do now (crisis or stop),
then other safety notes, then the likely reasons with the evidence that moved them, then
what helps and when to get help, then framing and the not-medical-advice line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tearwise.app.narrative import NarrativeReading
from tearwise.engine import Result
from tearwise.knowledge.schema import Citation, KnowledgeBase
from tearwise.web.config import BAR_STEP, EVIDENCE_SHOWN, MIN_BAR_STEPS

BAND_WORDS = {"likely": "likely", "possible": "possible", "unlikely": "less likely"}
LEVEL_HEADINGS = {
    "crisis": "Please read this first",
    "stop_now": "Stop first",
    "seek_care": "Worth getting help",
    "self_care": "",
}
FLAG_WORDS = {
    "unwanted_pain": "pain that was not wanted",
    "trauma_trigger": "something that may have brought back a past hurt",
    "consent_concern": "a worry about whether the sex was fully wanted",
    "self_harm": "thoughts of hurting yourself",
}
FLAG_WORDS_PARTNER = {
    **FLAG_WORDS,
    "self_harm": "thoughts of self-harm",
}


def bar_class(probability: float) -> str:
    """A CSS class for the bar width in steps of 5% (inline styles are barred by the CSP)."""
    steps = round(max(0.0, min(1.0, probability)) * 100 / BAR_STEP)
    return f"w-{BAR_STEP * max(steps, MIN_BAR_STEPS)}"


@dataclass(frozen=True, slots=True)
class CitedText:
    text: str
    sources: tuple[Citation, ...]


def cite(kb: KnowledgeBase, text: str, keys: list[str] | tuple[str, ...]) -> CitedText:
    return CitedText(text, tuple(kb.citation(k) for k in keys))


def resources_view(kb: KnowledgeBase, mode: str, level: str) -> dict[str, Any]:
    res = kb.resources
    first = res.crisis_first_line if level == "crisis" else res.stop_now_first_line
    return {
        "heading": LEVEL_HEADINGS.get(level, "Please read this first"),
        "first_line": first.for_mode(mode),
        "emergency": res.emergency,
        "helplines": res.helplines,
        "directory": res.directory,
        "last_checked": res.last_checked,
        "source": kb.citation(res.source),
    }


def result_view(result: Result, kb: KnowledgeBase) -> dict[str, Any]:
    triage = result.triage
    causes = []
    for c in result.causes:
        shown = [
            {
                "why": e.why,
                "quote": e.text,
                "towards": e.weight > 0,
                "narrative": e.source == "narrative",
            }
            for e in c.evidence[:EVIDENCE_SHOWN]
        ]
        causes.append(
            {
                "id": c.id,
                "title": c.title,
                "band": c.band,
                "band_word": BAND_WORDS[c.band],
                "bar": bar_class(c.probability),
                "percent": round(c.probability * 100),
                "evidence": shown if c.band != "unlikely" else [],
            }
        )
    guidance = [
        {
            "id": g.cause_id,
            "title": g.title,
            "summary": g.summary,
            "what_helps": g.what_helps,
            "when_to_get_help": g.when_to_get_help,
            "whom_to_see": g.whom_to_see,
            "sources": tuple(kb.citation(k) for k in g.sources),
        }
        for g in result.guidance
    ]
    return {
        "mode": result.mode,
        "level": triage.level,
        "urgent": triage.urgent,
        "resources": resources_view(kb, result.mode, triage.level) if triage.urgent else None,
        "safety_heading": LEVEL_HEADINGS.get(triage.level, ""),
        "reasons": triage.reasons if triage.fired else [],
        "causes": causes,
        "likely": [c for c in causes if c["band"] != "unlikely"],
        "unlikely": [c for c in causes if c["band"] == "unlikely"],
        "guidance": guidance,
        "framing": result.framing,
        "questions_asked": result.questions_asked,
        "disclaimer": result.disclaimer,
    }


def reading_view(reading: NarrativeReading, kb: KnowledgeBase, mode: str) -> dict[str, Any]:
    words = FLAG_WORDS_PARTNER if mode == "partner" else FLAG_WORDS
    return {
        "notice": reading.notice,
        "labels": [kb.cause(c).title for c in reading.labels],
        "flags": [
            {
                "words": words.get(flag, flag.replace("_", " ")),
                "sentence": reading.flag_sentences.get(flag),
            }
            for flag, raised in reading.flags.items()
            if raised
        ],
        "findings": [
            {"title": kb.cause(f.cause_id).title, "sentence": f.sentence, "towards": f.weight > 0}
            for f in reading.findings[:6]
        ],
    }
