"""FHIR R4B: the question bank as a Questionnaire, assessments as valid responses."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tearwise.journal import Journal
from tearwise.report.fhir import (
    questionnaire,
    questionnaire_response,
    response_problems,
    validate_with_library,
)
from tests.report.conftest import PAINFUL, PASSPHRASE, make_assessment


def test_questionnaire_validates_and_offers_every_question_and_answer(kb: Any) -> None:
    form = questionnaire(kb)
    validate_with_library(form)
    links = [item["linkId"] for item in form["item"]]
    assert links == ["mode", *[q.id for q in kb.questions], "narrative"]
    by_link = {item["linkId"]: item for item in form["item"]}
    for q in kb.questions:
        codes = [o["valueCoding"]["code"] for o in by_link[q.id]["answerOption"]]
        assert codes == [a.id for a in q.answers]


def test_each_assessment_becomes_a_response_that_fits_the_questionnaire(kb: Any) -> None:
    saved = make_assessment(kb, PAINFUL, "It hurt and I cried")
    response = questionnaire_response(saved, kb)
    validate_with_library(response)
    assert response_problems(response, questionnaire(kb)) == []
    answered = {item["linkId"]: item["answer"][0] for item in response["item"]}
    assert answered["safety_pain"]["valueCoding"]["code"] == "unwanted_pain"
    assert answered["narrative"]["valueString"] == "It hurt and I cried"
    assert answered["mode"]["valueCoding"]["code"] == "self"


def test_library_rejects_broken_structure(kb: Any) -> None:
    response = questionnaire_response(make_assessment(kb, PAINFUL), kb)
    del response["status"]
    with pytest.raises(ValueError, match="status"):
        validate_with_library(response)


@pytest.mark.parametrize(
    ("breakage", "problem"),
    [
        (lambda r: r.update(status="finished-ish"), "status 'finished-ish' is not valid"),
        (lambda r: r["item"].append({"linkId": "made_up", "answer": []}), "'made_up' is not in the Questionnaire"),
        (lambda r: r["item"][1]["answer"][0]["valueCoding"].update(code="nope"), "not one of its answer options"),
        (lambda r: r.update(questionnaire="urn:other"), "does not point at the Questionnaire"),
        (lambda r: r.update(item=r["item"][1:]), "required item 'mode' has no answer"),
    ],
)
def test_our_checks_catch_what_the_library_accepts(kb: Any, breakage: Any, problem: str) -> None:
    response = copy.deepcopy(questionnaire_response(make_assessment(kb, PAINFUL), kb))
    breakage(response)
    if "status" not in problem:
        validate_with_library(response)  # structurally fine, so only our checks can catch it
    assert any(problem in p for p in response_problems(response, questionnaire(kb)))


def test_export_fhir_writes_the_questionnaire_and_one_response_per_assessment(kb: Any, tmp_path: Path) -> None:
    journal = Journal()
    journal.create(PASSPHRASE)
    first = journal.add_assessment(make_assessment(kb, PAINFUL).result, PAINFUL, "self", None)
    second = journal.add_assessment(make_assessment(kb, PAINFUL).result, {"timing": "later"}, "partner", None)
    journal.lock()
    out = tmp_path / "fhir"
    proc = subprocess.run(
        [sys.executable, "-m", "tearwise", "export", "--fhir", str(out)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        ["Questionnaire.json", f"QuestionnaireResponse-{first.id}.json", f"QuestionnaireResponse-{second.id}.json"]
    )
    form = json.loads((out / "Questionnaire.json").read_text(encoding="utf-8"))
    for name in names[1:]:
        response = json.loads((out / name).read_text(encoding="utf-8"))
        validate_with_library(response)
        assert response_problems(response, form) == []


def test_export_fhir_without_a_journal_writes_the_questionnaire_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEARWISE_PASSPHRASE")  # no passphrase is needed for the questionnaire
    out = tmp_path / "fhir"
    proc = subprocess.run(
        [sys.executable, "-m", "tearwise", "export", "--fhir", str(out)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in out.iterdir()] == ["Questionnaire.json"]
