"""Helper process for the SIGKILL crash test (not a test module).

It imports the journal once, then forks one writer per line read on stdin, so each of the
many kills costs a fork rather than a fresh interpreter. Each writer adds episodes in a
loop and prints an id only after ``add_episode`` has returned (the write is committed);
the test kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from pathlib import Path

from tearwise.journal import EpisodeFields, Journal


def write_forever(path: Path, passphrase: str) -> None:
    journal = Journal(path)
    journal.unlock(passphrase)
    n = 0
    while True:
        episode = journal.add_episode(
            EpisodeFields(
                date=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
                note=f"crash test entry {n} " * (1 + n % 7),
                felt=["relief"] if n % 2 else [],
                triggers=[f"trigger {n % 5}"],
            )
        )
        os.write(1, f"{episode.id}\n".encode())
        n += 1


def main() -> None:
    path, passphrase = Path(sys.argv[1]), sys.argv[2]
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed writers are reaped at once
    for _line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(path, passphrase)
            finally:
                os._exit(3)
        os.write(1, f"pid {pid}\n".encode())


if __name__ == "__main__":
    main()
