"""docs/journal.md stays true: its command table and quick start run against the real CLI."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.journal.conftest import PASSPHRASE

DOC = Path(__file__).resolve().parents[2] / "docs" / "journal.md"


def tearwise(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TEARWISE_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "tearwise", *args], capture_output=True, text=True, env=env, check=False, timeout=120
    )


def documented_commands() -> list[list[str]]:
    rows = re.findall(r"^\| `tearwise ([a-z ]+?)(?: [A-Z\[-].*?)?`", DOC.read_text(encoding="utf-8"), re.M)
    return [row.split() for row in rows]


def test_every_documented_command_exists() -> None:
    commands = documented_commands()
    assert ["journal", "add"] in commands and ["report"] in commands and len(commands) >= 11
    for command in commands:
        proc = tearwise(*command, "--help")
        assert proc.returncode == 0, (command, proc.stderr)


def test_quick_start_runs_as_written(tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"## Quick start\n\n```console\n(.*?)```", text, re.S)
    assert block is not None
    lines = [line for line in block.group(1).replace("\\\n", " ").splitlines() if line.startswith("$ ")]
    ran = 0
    for line in lines:
        command = shlex.split(line[2:], comments=True)
        assert command[0] == "tearwise"
        if command[1:3] == ["assess", "--save"]:  # interactive: use an answers file instead
            answers = tmp_path / "answers.json"
            answers.write_text(json.dumps({"mode": "self", "answers": {"timing": "at_orgasm"}}), encoding="utf-8")
            command = ["tearwise", "assess", "--answers", str(answers), "--save"]
        args = [str(tmp_path / a) if a in ("summary.pdf", "fhir/") else a for a in command[1:]]
        proc = tearwise(*args)
        assert proc.returncode == 0, (line, proc.stderr)
        ran += 1
    assert ran == len(lines) >= 5
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "fhir" / "Questionnaire.json").exists()


@pytest.mark.parametrize("field", ["date", "context", "relationship", "timing", "orgasm", "felt", "pain",
                                   "triggers", "helped", "reasons", "note", "assessment_id"])  # fmt: skip
def test_every_episode_field_is_documented(field: str) -> None:
    assert f"| `{field}`" in DOC.read_text(encoding="utf-8")
