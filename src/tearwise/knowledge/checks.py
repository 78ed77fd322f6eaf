"""Cross-reference checks of a loaded knowledge base: what no single file can check alone.

Returns a list of problems, each naming the item and the bad value, so that
``tearwise kb check`` can show all of them at once to a content author.
Pure: no I/O here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS
from tearwise.knowledge.schema import Condition, KnowledgeBase

#: The issue asks for at least this many questions in the bank.
MIN_QUESTIONS = 20
#: Safety screening must cover these flags through questions asked first.
SCREENED_FLAGS = ("unwanted_pain", "consent_concern", "self_harm")


def _dupes(values: Sequence[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _check_condition(cond: Condition, kb: KnowledgeBase, where: str) -> list[str]:
    problems: list[str] = []
    for atom in cond.atoms():
        if atom.question is None:
            continue
        question = kb.question(atom.question)
        if question is None:
            problems.append(f"{where}: unknown question {atom.question!r}")
            continue
        for answer_id in atom.answers or []:
            if question.answer(answer_id) is None:
                problems.append(f"{where}: question {atom.question!r} has no answer {answer_id!r}")
    return problems


def cross_reference_problems(kb: KnowledgeBase) -> list[str]:
    """Every inconsistency between the files of ``kb``; empty when all is well."""
    problems: list[str] = []
    keys = {c.key for c in kb.citations}

    for label, ids in (
        ("citation", [c.key for c in kb.citations]),
        ("cause", [c.id for c in kb.causes]),
        ("question", [q.id for q in kb.questions]),
        ("rule", [r.id for r in kb.rules]),
        ("framing line", [f.id for f in kb.framing]),
    ):
        problems.extend(f"causes.yaml/questions.yaml: duplicate {label} id {d!r}" for d in _dupes(ids))

    have = [c.id for c in kb.causes]
    if sorted(have) != sorted(CAUSE_IDS):
        problems.append(f"causes.yaml: causes must be exactly {', '.join(CAUSE_IDS)}; found {', '.join(have)}")

    def cite(where: str, sources: list[str]) -> None:
        problems.extend(f"{where}: unknown source {s!r}" for s in sources if s not in keys)

    for cause in kb.causes:
        cite(f"causes.yaml, cause {cause.id}", cause.sources)
    for question in kb.questions:
        cite(f"questions.yaml, question {question.id}", question.sources)
    for rule in kb.rules:
        cite(f"triage.yaml, rule {rule.id}", rule.sources)
        if rule.when is not None:
            problems.extend(_check_condition(rule.when, kb, f"triage.yaml, rule {rule.id}"))
    for line in kb.framing:
        cite(f"texts.yaml, framing {line.id}", line.sources)
    cite("texts.yaml, prevalence", kb.texts.prevalence_sources)
    cite("resources.yaml", [kb.resources.source])

    if len(kb.questions) < MIN_QUESTIONS:
        problems.append(f"questions.yaml: {len(kb.questions)} questions, at least {MIN_QUESTIONS} needed")

    safety_questions = {q.id for q in kb.questions if q.safety}
    for flag in FLAG_IDS:
        rules = [r for r in kb.rules if r.flag == flag]
        if not rules:
            problems.append(f"triage.yaml: no rule raises the safety flag {flag!r}")
        if flag in SCREENED_FLAGS:
            screened = any(
                atom.question in safety_questions for r in rules if r.when is not None for atom in r.when.atoms()
            )
            if not screened:
                problems.append(f"questions.yaml: no safety question screens for {flag!r}")
    return problems
