"""Schema versions: a journal written by the previous version opens and is migrated."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tearwise.errors import StateError
from tearwise.journal import Journal, crypto
from tearwise.journal.settings import SCHEMA_VERSION
from tests.journal.conftest import PASSPHRASE


def write_v1_journal(path: Path, passphrase: str, user_version: int = 1) -> None:
    """A journal exactly as schema version 1 laid it out (no assessments table, old fields)."""
    import sqlcipher3

    salt, params = crypto.new_file_salt()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {crypto.sqlcipher_key(crypto.derive_key(passphrase, salt, params), salt)}")
    conn.execute(
        "CREATE TABLE episodes (id TEXT PRIMARY KEY, date TEXT NOT NULL, body TEXT NOT NULL, created TEXT NOT NULL)"
    )
    rows = [
        ("ep-0000000000a1", "2025-05-01", {"date": "2025-05-01", "context": "partner",
         "painful": True, "felt": "sadness, relief", "note": "old one"}, "2025-05-01T21:00:00+00:00"),
        ("ep-0000000000a2", "2025-06-09", {"date": "2025-06-09", "painful": False, "felt": "",
         "triggers": ["a song"]}, "2025-06-09T22:30:00+00:00"),
        ("ep-0000000000a3", "2025-07-01", {"date": "2025-07-01"}, "2025-07-01T08:00:00+00:00"),
    ]  # fmt: skip
    for row_id, date, body, created in rows:
        conn.execute("INSERT INTO episodes VALUES (?, ?, ?, ?)", (row_id, date, json.dumps(body), created))
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.close()


def test_previous_schema_is_migrated_on_open(home: Path) -> None:
    path = home / "journal.db"
    write_v1_journal(path, PASSPHRASE)
    journal = Journal(path)
    journal.unlock(PASSPHRASE)
    assert journal.schema_version == SCHEMA_VERSION
    first, second, third = journal.episodes()
    assert first.id == "ep-0000000000a1"
    assert first.pain == "unsure"  # 'painful: true' did not say whether the pain was wanted
    assert first.felt == ("sadness", "relief")
    assert first.note == "old one"
    assert first.created == dt.datetime(2025, 5, 1, 21, 0, tzinfo=dt.UTC)
    assert second.pain == "none" and second.felt == () and second.triggers == ("a song",)
    assert third.pain is None
    # the new parts of the schema work after the migration
    saved = journal.add_assessment({"triage": {"level": "self_care"}}, {}, "self", None)
    assert journal.assessments() == [saved]
    journal.lock()
    journal.unlock(PASSPHRASE)  # and it opens again without migrating twice
    assert len(journal.episodes()) == 3


def test_journal_from_a_newer_tearwise_is_refused_untouched(home: Path) -> None:
    path = home / "journal.db"
    write_v1_journal(path, PASSPHRASE, user_version=SCHEMA_VERSION + 1)
    before = path.read_bytes()
    with pytest.raises(StateError, match="newer tearwise"):
        Journal(path).unlock(PASSPHRASE)
    assert path.read_bytes() == before
