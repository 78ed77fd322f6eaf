"""One full interactive assessment driven through a pseudo-terminal, plus back, skip and quit."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

PROMPT = re.compile(r"Your answer \(1-(\d+), b, s, q\): ")
NARRATIVE = re.compile(r"own words")
RESULT = "What may be behind the tears"


def spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    env = {**os.environ, "COLUMNS": "100", "LINES": "50", "TERM": "xterm", "ORT_DISABLE_TELEMETRY": "1"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tearwise", "assess", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 100),
    )
    return child


def start(child: pexpect.spawn) -> int:
    """Pass the optional narrative step (if the reader is installed) and return the first prompt's choices."""
    index = child.expect([NARRATIVE, PROMPT])
    if index == 0:
        child.sendline("")
        child.expect(PROMPT)
    return int(child.match.group(1))


def test_a_full_interactive_run_reaches_a_result(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    choices = start(child)
    asked = 0
    while True:
        asked += 1
        child.sendline("1")  # the first answer: no pain, wanted, no thoughts of self-harm, ...
        index = child.expect([PROMPT, RESULT, pexpect.EOF])
        if index != 0:
            break
        choices = int(child.match.group(1))
        assert choices >= 4  # every question offers at least two answers plus not sure / prefer not
    assert index == 1, child.before
    child.expect(pexpect.EOF)
    output = child.before
    assert "Why we think so" in output or "What helps" in output
    assert asked >= 3
    child.close()
    assert child.exitstatus == 0
    assert not any(tmp_path.iterdir()), "the assessment must not write any file"


def test_progress_back_and_skip_work(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    start(child)
    child.sendline("1")
    child.expect("Question 2 of about")
    child.expect(PROMPT)
    child.sendline("b")
    child.expect("Question 1 of about")
    child.expect(PROMPT)
    child.sendline("b")
    child.expect("This is the first question")
    child.expect(PROMPT)
    child.sendline("s")
    child.expect("Question 2 of about")
    child.expect(PROMPT)
    child.sendline("9")  # out of range for this question
    child.expect("Please type a number")
    child.sendline("q")
    child.expect("Nothing was saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.parametrize("key", ["q", "\x04"])
def test_quitting_leaves_no_trace(tmp_path: Path, key: str) -> None:
    child = spawn(tmp_path, "--partner")
    start(child)
    child.send(key if key == "\x04" else key + "\r")
    child.expect("Nothing was saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not any(tmp_path.iterdir())


def test_partner_mode_asks_about_your_partner(tmp_path: Path) -> None:
    child = spawn(tmp_path, "--partner")
    start(child)
    assert "your partner" in child.before.lower()
    child.sendline("q")
    child.expect(pexpect.EOF)


def tell(tmp_path: Path, story: str, *shown: str) -> pexpect.spawn:
    """Start an assessment, tell ``story``, and wait for each of ``shown`` and the check question."""
    child = spawn(tmp_path)
    child.expect(NARRATIVE)
    child.sendline(story)
    for text in (*shown, "Is this about right"):
        child.expect(text)
    return child


def test_leaving_the_story_out_still_keeps_a_red_flag(tmp_path: Path) -> None:
    child = tell(tmp_path, "after we finished I cried and lately I keep thinking I would be better off dead")
    child.sendline("n")
    child.expect("keep the safety part in mind")
    child.sendline("")  # the default keeps it
    child.expect(PROMPT)
    while True:  # calm answers throughout: only the kept flag can make this a crisis
        child.sendline("1")
        if child.expect([PROMPT, RESULT]) == 1:
            break
    before_reasons = child.before
    assert "Please read this first" in before_reasons
    assert "988" in before_reasons
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_words_that_are_not_english_are_said_to_be_unread(tmp_path: Path) -> None:
    story = "Siempre termino llorando después de acostarme con mi novia y no entiendo la razón."
    child = tell(tmp_path, story, "do not read as English")
    child.sendline("y")
    child.expect(PROMPT)  # the questions go on as usual
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()


def test_a_few_words_about_nothing_are_said_to_say_too_little(tmp_path: Path) -> None:
    child = tell(tmp_path, "hello", "do not say what happened yet")
    child.sendline("y")
    child.expect(PROMPT)  # the questions go on as usual
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
