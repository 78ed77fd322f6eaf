"""Where the journal lives: ``$TEARWISE_HOME`` or the platform's user data directory."""

from __future__ import annotations

import os
from pathlib import Path

from tearwise.journal.settings import JOURNAL_FILE

HOME_ENV = "TEARWISE_HOME"


def data_dir() -> Path:
    """The data directory (not created here)."""
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("tearwise", appauthor=False))


def journal_path() -> Path:
    return data_dir() / JOURNAL_FILE


def companion_files(path: Path) -> list[Path]:
    """Files SQLite may keep beside the database (WAL, shared memory, rollback journal)."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
