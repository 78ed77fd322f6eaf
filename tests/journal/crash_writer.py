"""Helper process for the SIGKILL crash test (not a test module).

It imports the journal once, then forks one worker per line read on stdin, so each of the
many kills costs a fork rather than a fresh interpreter. A writer adds episodes in a loop
and prints an id only after ``add_episode`` has returned (the write is committed); a
re-keyer changes the passphrase back and forth and prints each new one once the change has
returned. The test kills the worker with SIGKILL at a random moment.
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


def rekey_forever(path: Path, passphrase: str, other: str) -> None:
    """Change the passphrase back and forth; print each one after the change has returned."""
    journal = Journal(path)
    journal.unlock(passphrase)
    current, following = passphrase, other
    while True:
        journal.change_passphrase(following)
        os.write(1, f"now {following}\n".encode())
        current, following = following, current


def main() -> None:
    """Each stdin line is ``write<TAB>PASSPHRASE`` or ``rekey<TAB>PASSPHRASE<TAB>OTHER``."""
    path = Path(sys.argv[1])
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed workers are reaped at once
    for line in sys.stdin:
        mode, *passphrases = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            try:
                if mode == "rekey":
                    rekey_forever(path, passphrases[0], passphrases[1])
                else:
                    write_forever(path, passphrases[0])
            finally:
                os._exit(3)
        os.write(1, f"pid {pid}\n".encode())


if __name__ == "__main__":
    main()
