"""The encrypted store: round trips, no plaintext on disk, passphrases, lifecycle, damage, wipe."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from tearwise.errors import InputError, StateError
from tearwise.journal import (
    Journal,
    JournalDamagedError,
    JournalLockedError,
    JournalState,
    NoJournalError,
    WrongPassphraseError,
)
from tearwise.journal.paths import companion_files, journal_path
from tests.journal.conftest import PASSPHRASE, fields


def disk_bytes(path: Path) -> bytes:
    """Every byte SQLite keeps for this database: the file and its -wal/-shm/-journal files."""
    return b"".join(p.read_bytes() for p in [path, *companion_files(path)] if p.exists())


def digest(path: Path) -> str:
    """Hash of the database and its WAL/rollback journal: everything that holds entries.

    The -shm file is left out: it is SQLite's shared-memory index of the WAL, rebuilt by any
    reader (even a read-only one), and holds no entry data.
    """
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")]
    return hashlib.sha256(b"".join(p.read_bytes() for p in files if p.exists())).hexdigest()


def test_journal_lives_in_tearwise_home(home: Path) -> None:
    assert journal_path() == home / "journal.db"
    assert Journal().path == home / "journal.db"


def test_new_journal_round_trips_an_episode(journal: Journal) -> None:
    added = journal.add_episode(fields(felt=["Relief", "  relief ", "joy"]))
    assert added.id.startswith("ep-")
    assert added.felt == ("relief", "joy")
    assert journal.episodes() == [added]
    assert journal.get_episode(added.id) == added
    journal.lock()
    journal.unlock(PASSPHRASE)
    assert journal.episodes() == [added]


def test_database_files_hold_no_plaintext_of_any_entry(journal: Journal, kb: object) -> None:
    secrets_ = {
        "note": "marmalade-umbrella-quartz wept after",
        "felt": "zanzibar-feeling",
        "trigger": "xylophone-trigger",
        "helped": "quokka-comfort",
    }
    episode = journal.add_episode(
        fields(
            note=secrets_["note"],
            felt=[secrets_["felt"]],
            triggers=[secrets_["trigger"]],
            helped=[secrets_["helped"]],
            date=dt.date(2031, 7, 19),
        )
    )
    saved = journal.add_assessment(
        {"causes": [{"id": "orgasm", "title": "nebula-assessment-title"}]},
        {"timing": "at_orgasm"},
        "self",
        "narrative-walrus-secret",
    )
    needles = [
        *secrets_.values(),
        episode.id,
        saved.id,
        "2031-07-19",
        "nebula-assessment-title",
        "narrative-walrus-secret",
        "episodes",  # even the table names are encrypted
    ]
    path = journal.path
    open_bytes = disk_bytes(path)  # while open: the WAL holds the recent writes
    assert Path(str(path) + "-wal").exists()
    journal.lock()
    closed_bytes = disk_bytes(path)
    for blob in (open_bytes, closed_bytes):
        for needle in needles:
            assert needle.encode() not in blob, needle
            assert needle.encode("utf-16-le") not in blob, needle
    assert not closed_bytes.startswith(b"SQLite format 3")


def test_wrong_passphrase_is_refused_and_changes_nothing(journal: Journal) -> None:
    journal.add_episode(fields())
    journal.lock()
    before = digest(journal.path)
    with pytest.raises(WrongPassphraseError, match="passphrase does not open your journal"):
        journal.unlock("not the passphrase")
    assert journal.state is JournalState.LOCKED
    assert digest(journal.path) == before
    journal.unlock(PASSPHRASE)
    assert len(journal.episodes()) == 1


def test_passphrase_change_keeps_entries_and_retires_the_old_one(journal: Journal) -> None:
    kept = [journal.add_episode(fields(note=f"entry {i}")) for i in range(3)]
    old_salt = journal.path.read_bytes()[:16]
    journal.change_passphrase("a brand new passphrase")
    assert journal.state is JournalState.UNLOCKED
    assert journal.episodes() == kept
    assert journal.path.read_bytes()[:16] != old_salt  # re-encrypted with a fresh salt
    journal.lock()
    with pytest.raises(WrongPassphraseError):
        journal.unlock(PASSPHRASE)
    journal.unlock("a brand new passphrase")
    assert journal.episodes() == kept
    assert not list(journal.path.parent.glob("*.rekey*"))


def test_short_new_passphrase_is_refused(home: Path) -> None:
    with pytest.raises(InputError, match="too short"):
        Journal(home / "journal.db").create("short")
    assert not (home / "journal.db").exists()


def test_unlocking_without_a_journal_says_how_to_start_one(home: Path) -> None:
    with pytest.raises(NoJournalError, match="no journal at") as info:
        Journal(home / "journal.db").unlock(PASSPHRASE)
    assert "'tearwise journal add' starts one" in info.value.one_line()


def test_locked_journal_refuses_reads_with_hint(journal: Journal) -> None:
    journal.lock()
    with pytest.raises(JournalLockedError, match="locked") as info:
        journal.episodes()
    assert "unlock" in info.value.one_line()


def test_lifecycle_transitions_are_guarded(journal: Journal) -> None:
    with pytest.raises(StateError, match="while it is unlocked"):
        journal.unlock(PASSPHRASE)
    with pytest.raises(StateError, match="while it is unlocked"):
        journal.create(PASSPHRASE)
    journal.lock()
    journal.lock()  # locking twice is harmless
    assert journal.state is JournalState.LOCKED


def test_journal_locks_itself_after_idle_minutes(home: Path) -> None:
    clock = [1000.0]
    journal = Journal(home / "journal.db", idle_seconds=300, clock=lambda: clock[0])
    journal.create(PASSPHRASE)
    journal.add_episode(fields())
    clock[0] += 299
    assert len(journal.episodes()) == 1  # use resets the timer
    clock[0] += 299
    assert len(journal.episodes()) == 1
    clock[0] += 301
    with pytest.raises(JournalLockedError, match="locked itself after 5 idle minute"):
        journal.episodes()
    assert journal.state is JournalState.LOCKED
    journal.unlock(PASSPHRASE)
    assert len(journal.episodes()) == 1


def test_edit_keeps_id_and_created_and_delete_removes(journal: Journal) -> None:
    from tearwise.journal.records import merged

    episode = journal.add_episode(fields())
    changed = journal.replace_episode(merged(episode, {"pain": "unwanted", "note": "new words"}))
    assert (changed.id, changed.created) == (episode.id, episode.created)
    again = journal.get_episode(episode.id)
    assert again.pain == "unwanted" and again.note == "new words"
    assert again.red_flags == ("unwanted_pain",)
    journal.delete(episode.id)
    assert journal.episodes() == []
    with pytest.raises(InputError, match="no journal entry with id"):
        journal.delete(episode.id)
    with pytest.raises(InputError, match="no journal entry with id"):
        journal.get("ep-000000000000")


def test_assessments_are_kept_and_listed(journal: Journal) -> None:
    saved = journal.add_assessment({"triage": {"level": "self_care"}}, {"timing": "later"}, "partner", None)
    assert saved.id.startswith("as-")
    assert journal.assessments() == [saved]
    assert journal.get(saved.id) == saved
    journal.delete(saved.id)
    assert journal.assessments() == []


def test_truncated_file_gives_clear_error_and_is_left_alone(journal: Journal) -> None:
    for i in range(30):
        journal.add_episode(fields(note=f"entry number {i} " * 20))
    journal.lock()
    data = journal.path.read_bytes()
    journal.path.write_bytes(data[: len(data) // 2 + 100])
    before = digest(journal.path)
    with pytest.raises(JournalDamagedError, match="damaged: it is cut short") as info:
        journal.unlock(PASSPHRASE)
    assert "nothing was changed" in info.value.one_line()
    assert digest(journal.path) == before
    assert journal.state is JournalState.LOCKED


def test_truncated_on_a_page_boundary_is_caught_too(journal: Journal) -> None:
    for i in range(30):
        journal.add_episode(fields(note=f"entry number {i} " * 20))
    journal.lock()
    data = journal.path.read_bytes()
    assert len(data) >= 4 * 4096
    journal.path.write_bytes(data[: 2 * 4096])
    before = digest(journal.path)
    with pytest.raises(JournalDamagedError, match="damaged"):
        journal.unlock(PASSPHRASE)
    assert digest(journal.path) == before


@pytest.mark.parametrize("where", ["first page", "later page"])
def test_corrupted_file_gives_clear_error_and_no_further_damage(journal: Journal, where: str) -> None:
    for i in range(30):
        journal.add_episode(fields(note=f"entry number {i} " * 20))
    journal.lock()
    data = bytearray(journal.path.read_bytes())
    offset = 200 if where == "first page" else len(data) - 3000
    data[offset : offset + 16] = bytes(16)
    journal.path.write_bytes(bytes(data))
    before = digest(journal.path)
    expected = WrongPassphraseError if where == "first page" else JournalDamagedError
    with pytest.raises(expected) as info:
        journal.unlock(PASSPHRASE)
    assert "nothing was changed" in info.value.one_line()
    assert digest(journal.path) == before
    assert journal.state is JournalState.LOCKED


def test_file_that_is_not_a_journal_is_refused(home: Path) -> None:
    path = home / "journal.db"
    path.write_bytes(b"\x09" + os.urandom(8191))  # unknown key scheme byte
    with pytest.raises(JournalDamagedError, match="unknown key scheme"):
        Journal(path).unlock(PASSPHRASE)


def test_wipe_destroys_the_file_its_companions_and_leftovers(journal: Journal) -> None:
    journal.add_episode(fields())
    path = journal.path
    leftover = path.with_name(path.name + ".rekey")
    leftover.write_bytes(b"half-written copy")
    assert Path(str(path) + "-wal").exists()
    destroyed = journal.wipe()
    assert path in destroyed and leftover in destroyed
    assert [p.name for p in path.parent.iterdir()] == []
    assert journal.state is JournalState.LOCKED
    with pytest.raises(NoJournalError):
        journal.unlock(PASSPHRASE)


def test_wipe_overwrites_the_bytes_before_unlinking(journal: Journal) -> None:
    journal.add_episode(fields())
    journal.lock()
    original = journal.path.read_bytes()
    witness = journal.path.with_name("witness-hardlink")
    os.link(journal.path, witness)  # a second name for the same inode survives the unlink
    journal.wipe()
    assert not journal.path.exists()
    overwritten = witness.read_bytes()
    assert len(overwritten) == len(original)
    assert overwritten != original
    assert overwritten[:16] != original[:16]


def test_a_busy_journal_says_so_and_loses_nothing(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    import tearwise.journal.store as store

    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)
    kept = journal.add_episode(fields())
    other = Journal(journal.path)
    other.unlock(PASSPHRASE)
    assert journal._conn is not None
    journal._conn.execute("BEGIN IMMEDIATE")  # another window is in the middle of a write
    try:
        with pytest.raises(StateError, match="busy in another tearwise window"):
            other.add_episode(fields(note="second"))
    finally:
        journal._conn.execute("ROLLBACK")
    assert other.episodes() == [kept]
    other.add_episode(fields(note="second"))
    assert len(journal.episodes()) == 2
    other.lock()


def test_journal_files_are_readable_only_by_you(home: Path) -> None:
    journal = Journal(home / "private" / "journal.db")
    journal.create(PASSPHRASE)
    journal.add_episode(fields())
    journal.change_passphrase("another passphrase")
    journal.add_episode(fields())
    assert (home / "private").stat().st_mode & 0o777 == 0o700
    for path in [journal.path, *companion_files(journal.path)]:
        if path.exists():
            assert path.stat().st_mode & 0o777 == 0o600, path.name
    journal.lock()


def test_wrong_passphrase_leaves_a_crashed_journal_and_its_wal_untouched(journal: Journal, home: Path) -> None:
    import shutil

    kept = [journal.add_episode(fields(note=f"entry {i}")) for i in range(5)]
    crashed = home / "crashed"
    crashed.mkdir()
    for path in [journal.path, *companion_files(journal.path)]:
        if path.exists():  # a snapshot of the files as a crash would leave them
            shutil.copy(path, crashed / path.name)
    journal.lock()
    copy = Journal(crashed / "journal.db")
    wal = crashed / "journal.db-wal"
    assert wal.stat().st_size > 0
    before = (copy.path.read_bytes(), wal.read_bytes())
    with pytest.raises(WrongPassphraseError):
        copy.unlock("not the passphrase")
    assert (copy.path.read_bytes(), wal.read_bytes()) == before  # the WAL was not folded in
    copy.unlock(PASSPHRASE)
    assert copy.episodes() == kept
    copy.lock()


def test_passphrase_change_is_refused_while_another_window_has_the_journal_open(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tearwise.journal.store as store

    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)
    kept = journal.add_episode(fields())
    other = Journal(journal.path)
    other.unlock(PASSPHRASE)
    with pytest.raises(StateError, match="open in another tearwise window"):
        journal.change_passphrase("a brand new passphrase")
    assert journal.state is JournalState.UNLOCKED and other.episodes() == [kept]
    journal.add_episode(fields(note="still writable"))
    assert len(other.episodes()) == 2
    assert not list(journal.path.parent.glob("*.rekey*"))
    other.lock()
    journal.change_passphrase("a brand new passphrase")  # alone, it works
    assert len(journal.episodes()) == 2


def test_crash_mid_write_in_rollback_mode_is_rolled_back_and_wrong_key_touches_nothing(
    journal: Journal, home: Path
) -> None:
    import shutil

    kept = [journal.add_episode(fields(note=f"kept {i}")) for i in range(3)]
    conn = journal._conn
    assert conn is not None
    conn.execute("PRAGMA journal_mode = DELETE").fetchall()  # as during a passphrase change
    conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before commit
    conn.execute("BEGIN IMMEDIATE")
    for i in range(200):
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{i}", "v" * 500))
    hot = journal.path.with_name("journal.db-journal")
    assert hot.stat().st_size > 0
    crashed = home / "crashed"
    crashed.mkdir()
    shutil.copy(journal.path, crashed / "journal.db")  # the files as a crash would leave them
    shutil.copy(hot, crashed / "journal.db-journal")
    conn.execute("ROLLBACK")
    journal.lock()

    copy = Journal(crashed / "journal.db")
    before = digest(copy.path)
    with pytest.raises(WrongPassphraseError):
        copy.unlock("not the passphrase")
    assert digest(copy.path) == before  # neither the file nor its hot journal was touched
    assert sorted(p.name for p in crashed.iterdir()) == ["journal.db", "journal.db-journal"]
    copy.unlock(PASSPHRASE)  # the right key rolls the half-done write back
    assert copy.episodes() == kept
    copy.lock()
    assert not (crashed / "journal.db-journal").exists()


def test_a_half_made_journal_from_a_crash_is_never_mistaken_for_one(home: Path) -> None:
    path = home / "journal.db"
    draft = home / "journal.db.new"
    draft.write_bytes(b"half written by a process that was killed")  # crash during create
    assert not Journal(path).exists  # no journal yet: 'add' will simply start one
    journal = Journal(path)
    journal.create(PASSPHRASE)
    assert not draft.exists()
    assert sorted(p.name for p in home.iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["journal.db"]
    journal.lock()


def test_a_full_disk_says_so_and_keeps_earlier_entries(journal: Journal) -> None:
    kept = journal.add_episode(fields())
    assert journal._conn is not None
    pages = journal._conn.execute("PRAGMA page_count").fetchall()[0][0]
    journal._conn.execute(f"PRAGMA max_page_count = {pages}")  # as if the disk had no room left
    with pytest.raises(InputError, match="the disk is full"):
        journal.add_episode(fields(note="x" * 20_000))
    assert journal.episodes() == [kept]
