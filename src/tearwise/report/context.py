"""What the report for a professional says, gathered from the journal (no I/O, no HTML).

The report is the person's own notes and their latest assessment, put in an order a
therapist or doctor can read in a few minutes: red flags first, then the assessment and its
evidence, the timeline, the patterns, and questions worth talking about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tearwise.journal.patterns import Patterns, compute
from tearwise.journal.records import Episode, SavedAssessment
from tearwise.journal.safety import first_line
from tearwise.knowledge.schema import KnowledgeBase

#: How many causes of the latest assessment the report lists, and evidence lines per cause.
TOP_CAUSES = 3
EVIDENCE_PER_CAUSE = 4
LEVEL_WORDS = {
    "crisis": "Crisis: get support now",
    "stop_now": "Stop now: something needs to change at once",
    "seek_care": "Worth seeing a professional",
    "self_care": "Self-care: nothing urgent was found",
}
#: Flags whose first line comes with emergency numbers.
URGENT_FLAGS = frozenset({"self_harm", "consent_concern", "unwanted_pain"})
FLAG_WORDS = {
    "unwanted_pain": "pain that was not wanted",
    "trauma_trigger": "signs that past trauma was triggered",
    "consent_concern": "a concern about consent",
    "self_harm": "thoughts of self-harm",
}


@dataclass(frozen=True, slots=True)
class RedFlag:
    flag: str
    words: str
    where: str


@dataclass(frozen=True, slots=True)
class ReportContext:
    generated: dt.date
    latest: SavedAssessment | None
    level: str | None
    level_words: str | None
    causes: list[dict[str, Any]]
    red_flags: list[RedFlag]
    #: What to do now, for the most urgent red flag (shown before the list of flags).
    first_line: str | None
    #: Emergency numbers, shown with the first line when a flag is urgent.
    emergency: list[dict[str, Any]]
    patterns: Patterns
    cause_titles: dict[str, str]
    questions: list[str]
    disclaimer: str
    episode_count: int
    assessment_count: int
    episodes: tuple[Episode, ...] = ()
    whom_to_see: list[str] = field(default_factory=list)


def _red_flags(latest: SavedAssessment | None, episodes: Sequence[Episode]) -> list[RedFlag]:
    flags: list[RedFlag] = []
    if latest is not None:
        for flag, raised in latest.result.get("safety", {}).items():
            if raised:
                flags.append(RedFlag(flag, FLAG_WORDS.get(flag, flag), f"assessment of {latest.date}"))
    by_flag: dict[str, list[dt.date]] = {}
    for episode in episodes:
        for flag in episode.red_flags:
            by_flag.setdefault(flag, []).append(episode.date)
    for flag, dates in by_flag.items():
        shown = ", ".join(d.isoformat() for d in dates[-5:])
        more = f" and {len(dates) - 5} earlier" if len(dates) > 5 else ""
        flags.append(RedFlag(flag, FLAG_WORDS.get(flag, flag), f"{len(dates)} episode(s): {shown}{more}"))
    return flags


def _urgent(flags: Sequence[RedFlag]) -> bool:
    return any(f.flag in URGENT_FLAGS for f in flags)


def _questions(latest: SavedAssessment | None, patterns: Patterns, flags: Sequence[RedFlag]) -> list[str]:
    raised = {f.flag for f in flags}
    labels = set(latest.result.get("labels", [])) if latest else set()
    reasons = {s.label for s in patterns.reasons[:2]} if patterns.enough else set()
    likely = labels | reasons
    out: list[str] = []
    if "self_harm" in raised:
        out.append("I have had thoughts of hurting myself. What support can I get now?")
    if "consent_concern" in raised:
        out.append("Something about consent did not feel right. Can we talk about what happened?")
    if "unwanted_pain" in raised or "physical_pain" in likely:
        out.append(
            "Sex has hurt in ways I did not want. What could cause this pain, and who could "
            "check it (for example a gynaecologist or a pelvic floor physiotherapist)?"
        )
    if "trauma_trigger" in raised or "unresolved_trauma" in likely:
        out.append(
            "Could something from my past be coming back during sex? How can I work on it "
            "safely, and what could I share with my partner?"
        )
    if "shame" in likely:
        out.append("Where do my beliefs about sex come from, and how can I work with the guilt or shame I feel?")
    if "orgasm" in likely:
        out.append("The tears often come with orgasm. Is this something to work on, or to make room for?")
    if "emotional_catharsis" in likely:
        out.append("What feelings might be building up in my life and coming out during sex?")
    if patterns.recent >= 4:
        out.append("The tears come often lately. How are they affecting my mood and my relationship?")
    out.append("What would help me feel safe and cared for after sex, and how can I ask for it?")
    return out


def build_context(
    episodes: Sequence[Episode],
    assessments: Sequence[SavedAssessment],
    kb: KnowledgeBase,
    today: dt.date | None = None,
) -> ReportContext:
    latest = max(assessments, key=lambda a: a.created) if assessments else None
    titles: dict[str, str] = {c.id: c.title for c in kb.causes}
    labels = {a.id: list(a.result.get("labels", [])) for a in assessments}
    patterns = compute(episodes, labels, titles, today)
    flags = _red_flags(latest, episodes)
    causes: list[dict[str, Any]] = []
    whom: list[str] = []
    level = None
    if latest is not None:
        result = latest.result
        level = LEVEL_WORDS.get(result.get("triage", {}).get("level", ""))
        for cause in result.get("causes", [])[:TOP_CAUSES]:
            evidence = sorted(cause.get("evidence", []), key=lambda e: -abs(e.get("weight", 0)))
            causes.append({**cause, "evidence": evidence[:EVIDENCE_PER_CAUSE]})
        for guidance in result.get("guidance", []):
            whom.extend(w for w in guidance.get("whom_to_see", []) if w not in whom)
    return ReportContext(
        generated=today or dt.date.today(),
        latest=latest,
        level=latest.result.get("triage", {}).get("level") if latest else None,
        level_words=level,
        causes=causes,
        red_flags=flags,
        first_line=first_line([f.flag for f in flags], kb.resources),
        emergency=[h.model_dump() for h in kb.resources.emergency] if _urgent(flags) else [],
        patterns=patterns,
        cause_titles=titles,
        questions=_questions(latest, patterns, flags),
        disclaimer=kb.texts.disclaimer,
        episode_count=len(episodes),
        assessment_count=len(assessments),
        episodes=tuple(episodes),
        whom_to_see=whom,
    )
