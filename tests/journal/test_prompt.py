"""At a terminal, with no file or variable, the passphrase is asked for without echo."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect


def spawn(*args: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k != "TEARWISE_PASSPHRASE"}
    env["TEARWISE_KDF_PROFILE"] = "fast"
    return pexpect.spawn(sys.executable, ["-m", "tearwise", *args], env=env, encoding="utf-8", timeout=60)


def test_new_journal_asks_twice_without_echo_and_then_opens_with_it() -> None:
    secret = "quiet-walrus-passphrase"
    child = spawn("journal", "add", "--note", "typed at a terminal")
    child.expect("Choose a passphrase: ")
    child.sendline(secret)
    child.expect("Type it again: ")
    child.sendline(secret)
    child.expect(r"ep-[0-9a-f]{12}")
    rest = child.read()
    child.close()
    assert child.exitstatus == 0
    assert secret not in (child.before or "") + rest  # never echoed back
    assert (Path(os.environ["TEARWISE_HOME"]) / "journal.db").exists()

    again = spawn("journal", "list")
    again.expect("Journal passphrase: ")
    again.sendline(secret)
    again.expect("note")
    again.read()
    again.close()
    assert again.exitstatus == 0


def test_mismatched_passphrases_create_nothing() -> None:
    child = spawn("journal", "add", "--note", "x")
    child.expect("Choose a passphrase: ")
    child.sendline("first passphrase")
    child.expect("Type it again: ")
    child.sendline("second passphrase")
    output = child.read()
    child.close()
    assert child.exitstatus == 2
    assert "the two passphrases differ" in output
    assert not (Path(os.environ["TEARWISE_HOME"]) / "journal.db").exists()


def test_end_of_input_at_the_prompt_is_one_clear_line() -> None:
    child = spawn("journal", "add", "--note", "x")
    child.expect("Choose a passphrase: ")
    child.sendeof()
    output = child.read()
    child.close()
    assert child.exitstatus == 2
    assert "no passphrase given" in output and "Traceback" not in output
