"""Crash safety: a worker killed with SIGKILL at random moments never loses what it confirmed.

One helper process (tests/journal/crash_writer.py) imports the journal once and forks a
fresh worker for each round, so a hundred kills take seconds, not minutes.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tearwise.journal import Journal, WrongPassphraseError
from tests.journal.conftest import PASSPHRASE, fields

KILLS = 100
REKEY_KILLS = 25
OTHER_PASSPHRASE = "a second passphrase"


class Helper:
    """The forking helper, and a line reader over its stdout that never blocks for long."""

    def __init__(self, path: Path, project_root: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.journal.crash_writer", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=project_root,
            env={**os.environ, "TEARWISE_KDF_PROFILE": "fast"},
        )
        assert self.process.stdout is not None
        self.fd = self.process.stdout.fileno()
        self.buffer = b""

    def read(self, timeout: float) -> list[str]:
        """Lines that arrive within ``timeout`` seconds."""
        lines: list[str] = []
        end = time.monotonic() + timeout
        while True:
            ready, _, _ = select.select([self.fd], [], [], max(0.0, end - time.monotonic()))
            if ready:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    raise AssertionError("the helper exited")
                self.buffer += chunk
                *done, self.buffer = self.buffer.split(b"\n")
                lines += [d.decode() for d in done]
            if not ready or time.monotonic() >= end:
                return lines

    def start(self, *fields: str) -> tuple[int, list[str]]:
        """Fork a worker; returns its pid and any lines it already printed."""
        assert self.process.stdin is not None
        self.process.stdin.write(("\t".join(fields) + "\n").encode())
        self.process.stdin.flush()
        early: list[str] = []
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for line in self.read(0.01):
                if line.startswith("pid "):
                    return int(line.split()[1]), early
                early.append(line)
        raise AssertionError("the helper did not start a worker")

    def kill(self, pid: int, after: float) -> list[str]:
        """Let the worker run ``after`` seconds, SIGKILL it, and return every line it printed."""
        lines = self.read(after)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            raise AssertionError("the worker died before it was killed") from None
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.002)
        else:
            raise AssertionError("the worker did not die")
        return lines + self.read(0.0)  # lines printed just before the kill

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def helper(home: Path, project_root: Path) -> Iterator[Helper]:
    setup = Journal(home / "journal.db")
    setup.create(PASSPHRASE)
    setup.lock()
    running = Helper(home / "journal.db", project_root)
    yield running
    running.close()


def test_sigkilled_writer_never_loses_a_confirmed_entry(home: Path, helper: Helper) -> None:
    rng = random.Random(20261125)
    confirmed: set[str] = set()
    for round_ in range(KILLS):
        pid, early = helper.start("write", PASSPHRASE)
        confirmed.update(early)
        confirmed.update(helper.kill(pid, rng.uniform(0.005, 0.2)))
        journal = Journal(home / "journal.db")
        journal.unlock(PASSPHRASE)  # checks every page's MAC and runs a quick_check
        stored = {e.id for e in journal.episodes()}
        journal.lock()
        missing = confirmed - stored
        assert not missing, f"round {round_}: {len(missing)} confirmed entries lost"
    assert len(confirmed) > KILLS  # the writers really were writing when killed


def test_sigkilled_passphrase_change_leaves_the_old_or_the_new_journal(home: Path, helper: Helper) -> None:
    path = home / "journal.db"
    journal = Journal(path)
    journal.unlock(PASSPHRASE)
    for i in range(40):
        journal.add_episode(fields(note=f"kept {i}"))
    expected = journal.episodes()
    journal.lock()
    rng = random.Random(7)
    current, other = PASSPHRASE, OTHER_PASSPHRASE
    changes = 0
    for round_ in range(REKEY_KILLS):
        pid, early = helper.start("rekey", current, other)
        lines = early + helper.kill(pid, rng.uniform(0.02, 0.6))
        confirmed = [line.removeprefix("now ") for line in lines if line.startswith("now ")]
        changes += len(confirmed)
        if confirmed:
            current = confirmed[-1]
        other = OTHER_PASSPHRASE if current == PASSPHRASE else PASSPHRASE
        journal = Journal(path)
        try:
            journal.unlock(current)
        except WrongPassphraseError:
            journal.unlock(other)  # killed after the rename but before it could say so
            current, other = other, current
        assert journal.episodes() == expected, f"round {round_}"
        journal.lock()
    assert changes >= REKEY_KILLS // 2  # the passphrase really was changing when killed
