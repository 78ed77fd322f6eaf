"""FHIR R4B export: the question bank as a Questionnaire, each assessment as a response.

R4B is the release closest to the R4 most clinical tools read (fhir.resources has no plain
R4; shared/deps.md). The library checks structure and types but not terminology or whether
a response fits its questionnaire, so :func:`response_problems` checks that here: status
codes, every linkId, and every answer code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from tearwise.errors import TearwiseError
from tearwise.journal.records import SavedAssessment
from tearwise.knowledge.schema import KnowledgeBase

QUESTIONNAIRE_URL: Final = "urn:tearwise:questionnaire:assessment"
ANSWER_SYSTEM: Final = "urn:tearwise:answers"
MODE_LINK: Final = "mode"
NARRATIVE_LINK: Final = "narrative"
QUESTIONNAIRE_STATUSES: Final = frozenset({"draft", "active", "retired", "unknown"})
RESPONSE_STATUSES: Final = frozenset({"in-progress", "completed", "amended", "entered-in-error", "stopped"})
MODE_WORDS: Final = {"self": "The person who cried", "partner": "The partner who saw it"}


def _coding(question_id: str, code: str, display: str) -> dict[str, str]:
    return {"system": f"{ANSWER_SYSTEM}:{question_id}", "code": code, "display": display}


def questionnaire(kb: KnowledgeBase) -> dict[str, Any]:
    """The question bank as an R4B Questionnaire (JSON dict)."""
    from tearwise import __version__

    items: list[dict[str, Any]] = [
        {
            "linkId": MODE_LINK,
            "text": "Who is answering?",
            "type": "choice",
            "required": True,
            "answerOption": [{"valueCoding": _coding(MODE_LINK, mode, words)} for mode, words in MODE_WORDS.items()],
        }
    ]
    for q in kb.questions:
        items.append(
            {
                "linkId": q.id,
                "text": q.text,
                "type": "choice",
                "required": False,
                "answerOption": [{"valueCoding": _coding(q.id, a.id, a.text)} for a in q.answers],
            }
        )
    items.append(
        {
            "linkId": NARRATIVE_LINK,
            "text": "What happened, in your own words (optional)",
            "type": "text",
            "required": False,
        }
    )
    return {
        "resourceType": "Questionnaire",
        "id": "tearwise-assessment",
        "url": QUESTIONNAIRE_URL,
        "version": __version__,
        "name": "TearwiseAssessment",
        "title": "Crying during or after sex: tearwise assessment",
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": "tearwise",
        "description": (
            "Questions tearwise asks to help a person, or their partner, understand why they "
            "cry during or after sex. Not a diagnostic instrument."
        ),
        "item": [{k: v for k, v in item.items() if v is not None} for item in items],
    }


def questionnaire_response(saved: SavedAssessment, kb: KnowledgeBase) -> dict[str, Any]:
    """One saved assessment as an R4B QuestionnaireResponse (answers the bank still has)."""
    items: list[dict[str, Any]] = [
        {
            "linkId": MODE_LINK,
            "text": "Who is answering?",
            "answer": [{"valueCoding": _coding(MODE_LINK, saved.mode, MODE_WORDS[saved.mode])}],
        }
    ]
    for q in kb.questions:
        answer_id = saved.answers.get(q.id)
        answer = q.answer(answer_id) if answer_id else None
        if answer is None:
            continue
        items.append(
            {
                "linkId": q.id,
                "text": q.text,
                "answer": [{"valueCoding": _coding(q.id, answer.id, answer.text)}],
            }
        )
    if saved.narrative:
        items.append(
            {
                "linkId": NARRATIVE_LINK,
                "text": "What happened, in your own words (optional)",
                "answer": [{"valueString": saved.narrative}],
            }
        )
    return {
        "resourceType": "QuestionnaireResponse",
        "id": saved.id,
        "questionnaire": QUESTIONNAIRE_URL,
        "status": "completed",
        "authored": saved.created.isoformat(),
        "item": items,
    }


def validate_with_library(document: dict[str, Any]) -> None:
    """Parse with fhir.resources R4B (structure, types, required fields); raises on failure."""
    from fhir.resources.R4B.questionnaire import Questionnaire
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    kind = document.get("resourceType")
    model: Any = {"Questionnaire": Questionnaire, "QuestionnaireResponse": QuestionnaireResponse}.get(str(kind))
    if model is None:
        raise ValueError(f"not a resource this export writes: {kind!r}")
    model.model_validate(document)


def response_problems(response: dict[str, Any], questionnaire_doc: dict[str, Any]) -> list[str]:
    """What the library does not check: statuses, linkIds and answer codes against the form."""
    problems: list[str] = []
    if questionnaire_doc.get("status") not in QUESTIONNAIRE_STATUSES:
        problems.append(f"Questionnaire.status {questionnaire_doc.get('status')!r} is not valid")
    if response.get("status") not in RESPONSE_STATUSES:
        problems.append(f"QuestionnaireResponse.status {response.get('status')!r} is not valid")
    if response.get("questionnaire") != questionnaire_doc.get("url"):
        problems.append("QuestionnaireResponse.questionnaire does not point at the Questionnaire")
    form = {item["linkId"]: item for item in questionnaire_doc.get("item", [])}
    seen: set[str] = set()
    for item in response.get("item", []):
        link = item.get("linkId")
        if link in seen:
            problems.append(f"linkId {link!r} is answered twice")
        seen.add(link)
        question = form.get(link)
        if question is None:
            problems.append(f"linkId {link!r} is not in the Questionnaire")
            continue
        for answer in item.get("answer", []):
            if question["type"] == "choice":
                coding = answer.get("valueCoding")
                allowed = {
                    (o["valueCoding"].get("system"), o["valueCoding"]["code"]) for o in question.get("answerOption", [])
                }
                if coding is None or (coding.get("system"), coding.get("code")) not in allowed:
                    problems.append(f"answer to {link!r} is not one of its answer options")
            elif question["type"] == "text" and not isinstance(answer.get("valueString"), str):
                problems.append(f"answer to {link!r} should be text")
    for link, question in form.items():
        if question.get("required") and link not in seen:
            problems.append(f"required item {link!r} has no answer")
    return problems


def export_fhir(directory: Path, assessments: Sequence[SavedAssessment], kb: KnowledgeBase) -> list[Path]:
    """Write Questionnaire.json and QuestionnaireResponse-<id>.json; every file is checked first."""
    form = questionnaire(kb)
    documents = [("Questionnaire.json", form)]
    documents += [(f"QuestionnaireResponse-{a.id}.json", questionnaire_response(a, kb)) for a in assessments]
    for name, document in documents:
        try:
            validate_with_library(document)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise TearwiseError(f"{name} failed FHIR validation: {str(exc).splitlines()[0]}") from exc
        if document is not form:
            problems = response_problems(document, form)
            if problems:
                raise TearwiseError(f"{name} does not fit the Questionnaire: {problems[0]}")
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, document in documents:
        path = directory / name
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
