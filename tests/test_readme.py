"""The README's commands stay true: every `tearwise ...` line names real commands and options,
and its answers-file example is a valid request."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_commands() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    commands = []
    for block in blocks:
        for line in block.splitlines():
            line = line.split("#", 1)[0].strip()
            if line.startswith("cat ") and "| tearwise" in line:
                line = line.split("|", 1)[1].strip()
            if line.startswith("tearwise "):
                commands.append(shlex.split(line)[1:])
    return commands


def test_the_readme_shows_the_two_commands_first() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.index("make run") < text.index("make test") < text.index("## Using tearwise")


def test_the_readme_has_commands_to_check() -> None:
    assert len(readme_commands()) >= 12


@pytest.mark.parametrize("args", readme_commands(), ids=lambda a: " ".join(a)[:50])
def test_each_readme_command_names_real_commands_and_options(args: list[str]) -> None:
    words = [a for a in args if not a.startswith("-")]
    # Sub-commands are the leading words the CLI knows; ask it for their help.
    command: list[str] = []
    for word in words:
        probe = subprocess.run(
            [sys.executable, "-m", "tearwise", *command, word, "--help"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if probe.returncode != 0:
            break
        command.append(word)
    assert command, f"no tearwise command in {args}"
    help_text = subprocess.run(
        [sys.executable, "-m", "tearwise", *command, "--help"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    for option in (a.split("=", 1)[0] for a in args if a.startswith("--")):
        assert option in help_text, f"{option} is not an option of 'tearwise {' '.join(command)}'"


def test_the_readme_answers_example_is_a_valid_request(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", text, flags=re.S)
    assert example is not None
    path = tmp_path / "answers.json"
    path.write_text(example.group(1), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "tearwise", "assess", "--answers", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["questions_asked"] == 3
