"""Crash safety: a writer killed with SIGKILL at random moments never loses a confirmed entry."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from tearwise.journal import Journal
from tests.journal.conftest import PASSPHRASE

KILLS = 100


class Lines:
    """Line reader over a pipe that never blocks longer than asked."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""

    def read(self, timeout: float) -> list[str]:
        lines: list[str] = []
        end = time.monotonic() + timeout
        while True:
            left = max(0.0, end - time.monotonic())
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    raise AssertionError("the writer helper exited")
                self.buffer += chunk
                *done, self.buffer = self.buffer.split(b"\n")
                lines += [d.decode() for d in done]
            if not ready or time.monotonic() >= end:
                return lines


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_sigkilled_writer_never_loses_a_confirmed_entry(home: Path, project_root: Path) -> None:
    path = home / "journal.db"
    setup = Journal(path)
    setup.create(PASSPHRASE)
    setup.lock()
    rng = random.Random(20261125)
    helper = subprocess.Popen(
        [sys.executable, "-m", "tests.journal.crash_writer", str(path), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=project_root,
        env={**os.environ, "TEARWISE_KDF_PROFILE": "fast"},
    )
    assert helper.stdin is not None and helper.stdout is not None
    lines = Lines(helper.stdout.fileno())
    confirmed: set[str] = set()
    try:
        for round_ in range(KILLS):
            helper.stdin.write(b"go\n")
            helper.stdin.flush()
            pid = None
            deadline = time.monotonic() + 10
            while pid is None and time.monotonic() < deadline:
                for line in lines.read(0.01):
                    if line.startswith("pid "):
                        pid = int(line.split()[1])
                    else:
                        confirmed.add(line)
            assert pid is not None, "the helper did not start a writer"
            for line in lines.read(rng.uniform(0.005, 0.2)):
                confirmed.add(line)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                raise AssertionError(f"writer {round_} died before it was killed") from None
            deadline = time.monotonic() + 5
            while not gone(pid) and time.monotonic() < deadline:
                time.sleep(0.002)
            assert gone(pid)
            confirmed.update(lines.read(0.0))  # ids printed just before the kill

            journal = Journal(path)
            journal.unlock(PASSPHRASE)  # checks page MACs and runs a quick_check
            stored = {e.id for e in journal.episodes()}
            journal.lock()
            missing = confirmed - stored
            assert not missing, f"round {round_}: {len(missing)} confirmed entries lost"
    finally:
        helper.kill()
        helper.wait()
        helper.stdin.close()
        helper.stdout.close()
    assert len(confirmed) > KILLS  # the writers really were writing when killed
