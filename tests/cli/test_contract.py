"""The JSON contracts of `tearwise questions` and `tearwise assess --answers`, and their bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Runner

CALM = {"safety_pain": "no_pain", "safety_consent": "wanted", "safety_self_harm": "no"}


def write(tmp_path: Path, content: str | bytes, name: str = "answers.json") -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_questions_json_has_the_contract_shape(run_cli: Runner) -> None:
    proc = run_cli("questions", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) == {"questions"}
    assert len(doc["questions"]) >= 20
    for q in doc["questions"]:
        assert {"id", "text", "partner_text", "why", "safety", "answers"} <= set(q)
        assert isinstance(q["safety"], bool)
        assert all({"id", "text"} <= set(a) for a in q["answers"])
        assert {"not_sure", "prefer_not_to_say"} <= {a["id"] for a in q["answers"]}
    assert [q["id"] for q in doc["questions"] if q["safety"]] == ["safety_pain", "safety_consent", "safety_self_harm"]


def test_assess_json_has_the_contract_shape(run_cli: Runner, tmp_path: Path) -> None:
    answers = {**CALM, "orgasm_link": "only_with", "timing": "at_orgasm", "feeling": "nothing", "body_reflex": "yes"}
    proc = run_cli(
        "assess", "--answers", write(tmp_path, json.dumps({"mode": "self", "answers": answers})), "--format", "json"
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert {"causes", "labels", "triage", "guidance", "questions_asked"} <= set(doc)
    assert doc["questions_asked"] == len(answers)
    assert {c["id"] for c in doc["causes"]} == {
        "emotional_catharsis",
        "orgasm",
        "neurological",
        "unresolved_trauma",
        "physical_pain",
        "shame",
        "other",
    }
    probabilities = [c["probability"] for c in doc["causes"]]
    assert probabilities == sorted(probabilities, reverse=True)
    for cause in doc["causes"]:
        assert 0 <= cause["probability"] <= 1
        for item in cause["evidence"]:
            assert {"question_id", "answer_id", "weight", "why"} <= set(item)
    assert {"orgasm", "neurological"} <= set(doc["labels"])
    assert doc["triage"]["level"] == "self_care" and doc["triage"]["reasons"] == []
    assert doc["safety"] == {
        "unwanted_pain": False,
        "trauma_trigger": False,
        "consent_concern": False,
        "self_harm": False,
    }
    assert {g["cause"] for g in doc["guidance"]} >= {"orgasm", "neurological"}


def test_partner_mode_speaks_about_your_partner(run_cli: Runner, tmp_path: Path) -> None:
    body = {"mode": "partner", "answers": {**CALM, "safety_pain": "unwanted_pain", "orgasm_link": "only_with"}}
    proc = run_cli("assess", "--answers", write(tmp_path, json.dumps(body)), "--format", "json")
    doc = json.loads(proc.stdout)
    assert doc["mode"] == "partner"
    assert doc["triage"]["level"] == "stop_now"
    assert "your partner" in doc["triage"]["reasons"][0].lower()
    assert doc["resources"]["stop_now_first_line"]


def test_text_output_puts_the_red_flag_first(run_cli: Runner, tmp_path: Path) -> None:
    body = {"mode": "self", "answers": {**CALM, "safety_self_harm": "now", "feeling": "sadness"}}
    proc = run_cli("assess", "--answers", write(tmp_path, json.dumps(body)))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "988" in out
    assert out.index("988") < out.index("What may be behind the tears")
    assert "not medical advice" in out.lower() or "not a diagnosis" in out.lower()


def test_answers_can_come_from_stdin(run_cli: Runner) -> None:
    proc = run_cli("assess", "--answers", "-", "--format", "json", stdin=json.dumps({"answers": CALM}))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["questions_asked"] == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("", "is empty"),
        ("[1, 2]", "must be a JSON object"),
        ('{"mode": "friend", "answers": {}}', "unknown mode 'friend'"),
        ('{"mode": 3, "answers": {}}', "'mode' must be text"),
        ('{"answers": {"nope": "yes"}}', "unknown question 'nope'"),
        ('{"answers": {"timing": "whenever"}}', "unknown answer for question 'timing' 'whenever'"),
        ('{"answers": {"timing": 2}}', "must be an answer id"),
        ('{"answers": ["timing"]}', "'answers' must be an object"),
        ('{"answers": {}, "extra": 1}', "unknown field 'extra'"),
        ('{"answers": {}}', "nothing to assess"),
        ('{"answers": {}, "narrative": "   "}', "'narrative' is empty"),
        ('{"answers": {}, "narrative": 5}', "'narrative' must be text"),
    ],
)
def test_bad_answers_files_exit_2_with_one_line(run_cli: Runner, tmp_path: Path, content: str, message: str) -> None:
    proc = run_cli("assess", "--answers", write(tmp_path, content), "--format", "json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert message in lines[0]
    assert "Traceback" not in proc.stderr


def test_bad_encoding_and_size_and_missing_file(run_cli: Runner, tmp_path: Path) -> None:
    cases = [
        (write(tmp_path, b'{"answers": {"timing": "\xff"}}', "latin.json"), "not UTF-8"),
        (write(tmp_path, b" " * 1_000_001 + b"{}", "big.json"), "too large"),
        (str(tmp_path / "missing.json"), "not found"),
        (str(tmp_path), "is a folder"),
    ]
    for path, message in cases:
        proc = run_cli("assess", "--answers", path, "--format", "json")
        assert proc.returncode == 2, (path, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1
        assert message in proc.stderr


def test_unknown_cause_in_about_exits_2(run_cli: Runner) -> None:
    proc = run_cli("about", "hunger")
    assert proc.returncode == 2
    assert "unknown cause 'hunger'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_format_is_a_usage_error(run_cli: Runner) -> None:
    proc = run_cli("questions", "--format", "xml")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
