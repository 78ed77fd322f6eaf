"""The encrypted journal: one SQLCipher file, a locked/unlocked lifecycle, and wipe.

Why SQLCipher: every page (and every WAL frame) is encrypted and authenticated, including
indexes, dates and free pages, so the file says nothing about its content. Per-record
AES-GCM in plain SQLite measured about as fast but leaves dates, ids and sizes readable
(figures in docs/journal.md and bench/bench_journal.py).

Crash safety: WAL with ``synchronous=FULL``; every write is one transaction that is durable
when the call returns. The key and the file's integrity are checked on a read-only
connection before anything is written, so a wrong passphrase or a damaged file changes
nothing. Creating a journal and changing its passphrase build a complete file under a
temporary name and rename it into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import os
import secrets
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tearwise.errors import InputError, StateError
from tearwise.journal import crypto
from tearwise.journal.errors import (
    JournalDamagedError,
    JournalLockedError,
    NoJournalError,
    WrongPassphraseError,
)
from tearwise.journal.paths import companion_files, journal_path
from tearwise.journal.records import (
    Episode,
    EpisodeFields,
    NoteReading,
    SavedAssessment,
    assessment_from,
    episode_from,
)
from tearwise.journal.schema import Connection, migrate
from tearwise.journal.settings import (
    BUSY_TIMEOUT_MS,
    IDLE_LOCK_SECONDS,
    MIN_PASSPHRASE_CHARS,
    SCHEMA_VERSION,
    WIPE_PASSES,
)

PAGE_SIZE = 4096
#: Only you may read or write the journal (it is encrypted too; this is defence in depth).
PRIVATE_FILE_MODE = 0o600


class JournalState(enum.Enum):
    """Lifecycle of a :class:`Journal`. Only ``unlocked`` reads or writes entries."""

    LOCKED = "locked"
    UNLOCKED = "unlocked"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(6)}"


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InputError(
            f"the passphrase is too short: use at least {MIN_PASSPHRASE_CHARS} characters",
            hint="a few unrelated words are easy to remember and hard to guess",
        )


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _rollback(conn: Connection) -> None:
    """Undo the open transaction, if SQLite has not already done so (it does on a full disk).

    Never masks the error that caused the rollback.
    """
    if conn.in_transaction:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")


def destroy_file(path: Path, passes: int = WIPE_PASSES) -> bool:
    """Overwrite a file with random bytes, flush it to disk, then unlink it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with path.open("r+b", buffering=0) as handle:
        for _ in range(passes):
            handle.seek(0)
            left = size
            while left > 0:
                chunk = min(left, 1 << 20)
                handle.write(os.urandom(chunk))
                left -= chunk
            os.fsync(handle.fileno())
    path.unlink()
    return True


class Journal:
    """The user's journal file. Create or unlock it with the passphrase; lock it when done.

    Every public call checks the lifecycle and the idle timer first: after
    ``idle_seconds`` without use the journal locks itself (the key is dropped) and the call
    raises :class:`JournalLockedError`.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        idle_seconds: float = IDLE_LOCK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path if path is not None else journal_path()
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._state = JournalState.LOCKED
        self._conn: Connection | None = None
        self._last_use = 0.0
        self._lock = threading.RLock()
        self.locked_by_idle = False

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def state(self) -> JournalState:
        return self._state

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def _connect(self, key_pragma: str | None, readonly: bool = False) -> Connection:
        """Open the database with a key (overridden by the plain-SQLite benchmark baseline).

        ``readonly`` connections are used to check a passphrase: SQLite checkpoints and
        removes a leftover WAL when a read-write connection closes, even after a wrong key.
        """
        import sqlcipher3

        target = self.path.resolve().as_uri() + "?mode=ro" if readonly else str(self.path)
        conn: Connection = sqlcipher3.connect(target, isolation_level=None, check_same_thread=False, uri=readonly)
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key_pragma is not None:
            conn.execute(f"PRAGMA key = {key_pragma}")
        return conn

    def _key_pragma_new(self, passphrase: str) -> str:
        salt, params = crypto.new_file_salt()
        return crypto.sqlcipher_key(crypto.derive_key(passphrase, salt, params), salt)

    def _key_pragma_existing(self, passphrase: str) -> str:
        with self.path.open("rb") as handle:
            salt = handle.read(crypto.SALT_BYTES)
        params = crypto.params_from_salt(salt, self._where)
        return crypto.sqlcipher_key(crypto.derive_key(passphrase, salt, params))

    @property
    def _where(self) -> str:
        return f"the journal file {self.path}"

    def create(self, passphrase: str) -> None:
        """Make a new, empty journal protected by ``passphrase`` and unlock it.

        The journal is built under a temporary name and renamed into place when complete, so
        a crash leaves no half-made journal behind.
        """
        with self._lock:
            self._require(JournalState.LOCKED, "create")
            if self.exists:
                raise StateError(f"a journal already exists at {self.path}")
            check_new_passphrase(passphrase)
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            pragma = self._key_pragma_new(passphrase)
            draft = type(self)(self.path.with_name(self.path.name + ".new"))
            for stale in (draft.path, *companion_files(draft.path)):
                destroy_file(stale)
            conn = draft._connect(pragma)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # makes the file
                os.chmod(draft.path, PRIVATE_FILE_MODE)  # -wal and -shm copy this mode
                self._configure(conn)
                conn.execute("BEGIN IMMEDIATE")
                migrate(conn, 0)
                conn.execute("INSERT INTO meta (key, value) VALUES ('created', ?)", (now().isoformat(),))
                conn.execute("COMMIT")
            finally:
                conn.close()  # folds the WAL into the file
            with draft.path.open("rb+") as handle:
                os.fsync(handle.fileno())
            if self.exists:  # another window made one meanwhile: keep theirs
                destroy_file(draft.path)
                raise StateError(f"a journal already exists at {self.path}")
            os.replace(draft.path, self.path)
            _fsync_dir(self.path.parent)
            conn = self._connect(pragma)
            try:
                self._configure(conn)
            except BaseException:
                conn.close()
                raise
            self._opened(conn)

    def unlock(self, passphrase: str) -> None:
        """Open the journal with ``passphrase``. Wrong passphrase or damage: nothing changes."""
        with self._lock:
            self._require(JournalState.LOCKED, "unlock")
            if not self.exists:
                raise NoJournalError(
                    f"there is no journal at {self.path} yet",
                    hint="'tearwise journal add' starts one",
                )
            hot = self._hot_journal()
            if not hot:
                self._check_size()
            pragma = self._key_pragma_existing(passphrase)
            version = self._probe_copy(pragma) if hot else self._probe(pragma)
            conn = self._connect(pragma)
            try:
                self._configure(conn)
                self._upgrade(conn, version)
            except BaseException:
                conn.close()
                raise
            self._opened(conn)

    def _probe(self, pragma: str) -> int:
        """Check key, damage and version on a read-only connection; return the version."""
        probe = self._connect(pragma, readonly=True)
        try:
            self._verify(probe)
            return self._version(probe)
        finally:
            probe.close()

    def _hot_journal(self) -> bool:
        """A rollback journal left by a crash mid-write (only passphrase changes use one)."""
        journal = self.path.with_name(self.path.name + "-journal")
        return journal.exists() and journal.stat().st_size > 0

    def _probe_copy(self, pragma: str) -> int:
        """Like :meth:`_probe`, on a copy: a crash left a rollback journal that a read-only
        connection cannot apply, and a wrong key must not apply it to the real file."""
        copy = self.path.with_name(self.path.name + ".probe")
        copies = [(self.path, copy), (self.path.with_name(self.path.name + "-journal"), Path(f"{copy}-journal"))]
        try:
            for source, target in copies:
                shutil.copyfile(source, target)
            probe = type(self)(copy)
            conn = probe._connect(pragma)
            try:
                probe._verify(conn)
                return probe._version(conn)
            finally:
                conn.close()
        finally:
            for stale in (copy, *companion_files(copy)):
                destroy_file(stale)

    def open(self, passphrase: str) -> None:
        """Unlock the journal, creating it first when there is none yet."""
        if self.exists:
            self.unlock(passphrase)
        else:
            self.create(passphrase)

    def lock(self) -> None:
        """Close the database and forget the key. Safe to call in any state."""
        with self._lock:
            conn, self._conn = self._conn, None
            self._state = JournalState.LOCKED
            if conn is not None:
                conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    def idle_expired(self) -> bool:
        """Whether the idle time is up, so the next call will lock. Does not reset the timer."""
        return self._state is JournalState.UNLOCKED and self._clock() - self._last_use > self.idle_seconds

    def _opened(self, conn: Connection) -> None:
        self._conn = conn
        self._state = JournalState.UNLOCKED
        self._last_use = self._clock()
        self.locked_by_idle = False

    def _require(self, state: JournalState, action: str) -> None:
        if self._state is not state:
            raise StateError(f"cannot {action} the journal while it is {self._state.value}")

    def _check_size(self) -> None:
        size = self.path.stat().st_size
        if size < PAGE_SIZE or size % PAGE_SIZE:
            raise JournalDamagedError(
                f"{self._where} is damaged: it is cut short ({size:,} bytes)",
                hint="nothing was changed; restore it from an export if you have one",
            )

    def _verify(self, conn: Connection) -> None:
        import sqlcipher3

        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_NOTADB":
                raise self._damaged("its pages do not fit together") from None
            raise WrongPassphraseError(
                "that passphrase does not open your journal",
                hint="nothing was changed; check it, or the file may be damaged",
            ) from None
        try:
            problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            problems += [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        except sqlcipher3.DatabaseError:
            problems = ["unreadable"]
        if problems:
            raise self._damaged(f"{len(problems)} problem(s) found")

    def _damaged(self, what: str) -> JournalDamagedError:
        return JournalDamagedError(
            f"{self._where} is damaged ({what})",
            hint="nothing was changed; restore it from an export if you have one",
        )

    def _configure(self, conn: Connection) -> None:
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")

    def _version(self, conn: Connection) -> int:
        """The schema version; a newer one is refused before anything is written."""
        version = int(conn.execute("PRAGMA user_version").fetchall()[0][0])
        if version > SCHEMA_VERSION:
            raise StateError(
                f"{self._where} was written by a newer tearwise (schema {version})",
                hint="update tearwise to open it; nothing was changed",
            )
        return version

    def _upgrade(self, conn: Connection, version: int) -> None:
        if version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                migrate(conn, version)
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise

    @property
    def schema_version(self) -> int:
        with self._use() as conn:
            return int(conn.execute("PRAGMA user_version").fetchall()[0][0])

    @contextmanager
    def _use(self) -> Iterator[Connection]:
        """Guarded access: unlocked, not idle too long; database errors become one clear line."""
        import sqlcipher3

        with self._lock:
            if self.idle_expired():
                self.lock()
                self.locked_by_idle = True
            if self._state is not JournalState.UNLOCKED or self._conn is None:
                minutes = max(1, round(self.idle_seconds / 60))
                raise JournalLockedError(
                    f"the journal locked itself after {minutes} idle minute(s)"
                    if self.locked_by_idle
                    else "the journal is locked",
                    hint="unlock it with your passphrase",
                )
            self._last_use = self._clock()
            try:
                yield self._conn
            except sqlcipher3.IntegrityError as exc:
                raise InputError("that entry id is already in the journal") from exc
            except sqlcipher3.OperationalError as exc:
                if "full" in str(exc):
                    raise InputError(
                        "the disk is full, so the last change was not saved",
                        hint="free some space and try again; earlier entries are untouched",
                    ) from exc
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise self._damaged(f"it could not be read or written: {exc}") from exc
                raise StateError(
                    "the journal is busy in another tearwise window",
                    hint="nothing was changed; try again in a moment",
                ) from exc
            except sqlcipher3.DatabaseError as exc:
                raise JournalDamagedError(
                    f"{self._where} could not be read or written ({exc.__class__.__name__})",
                    hint="the last change was not saved; earlier entries are untouched",
                ) from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One durable transaction: committed (and synced) when the block ends."""
        with self._use() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                _rollback(conn)
                raise
            conn.execute("COMMIT")

    # -- episodes ----------------------------------------------------------------------------

    def _dump(self, document: dict[str, Any]) -> Any:
        """A record as stored in its row (the benchmark's AES-GCM variant overrides this)."""
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))

    def _load(self, body: Any) -> Any:
        return json.loads(body)

    def _episode_row(self, episode: Episode) -> tuple[str, str, Any, str, str]:
        return (
            episode.id,
            episode.date.isoformat(),
            self._dump(episode.document()),
            episode.created.isoformat(),
            episode.updated.isoformat(),
        )

    def add_episode(self, fields: EpisodeFields, note_reading: NoteReading | None = None) -> Episode:
        """Store a new episode; durable when this returns."""
        stamp = now()
        episode = Episode(
            **fields.model_dump(),
            id=new_id("ep"),
            note_reading=note_reading,
            created=stamp,
            updated=stamp,
        )
        with self._write() as conn:
            conn.execute(
                "INSERT INTO episodes (id, date, body, created, updated) VALUES (?, ?, ?, ?, ?)",
                self._episode_row(episode),
            )
        return episode

    def put_episodes(self, episodes: Iterable[Episode]) -> int:
        """Insert complete episodes (import, benchmarks) in one transaction, keeping their ids.

        Episodes whose id is already present are left alone. Returns how many were added.
        """
        rows = [self._episode_row(e) for e in episodes]
        with self._write() as conn:
            before = self._count(conn, "episodes")
            conn.executemany(
                "INSERT OR IGNORE INTO episodes (id, date, body, created, updated) VALUES (?, ?, ?, ?, ?)",
                rows,
            )
            return self._count(conn, "episodes") - before

    @staticmethod
    def _count(conn: Connection, table: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])  # noqa: S608

    def episodes(self) -> list[Episode]:
        """Every episode, oldest first."""
        with self._use() as conn:
            rows = conn.execute("SELECT body FROM episodes ORDER BY date, created, rowid").fetchall()
        return [episode_from(self._load(r[0])) for r in rows]

    def get_episode(self, entry_id: str) -> Episode:
        with self._use() as conn:
            rows = conn.execute("SELECT body FROM episodes WHERE id = ?", (entry_id,)).fetchall()
        if not rows:
            raise self._unknown(entry_id)
        return episode_from(self._load(rows[0][0]))

    def replace_episode(self, episode: Episode) -> Episode:
        """Save an edited episode (same id), stamping it as updated now."""
        stored = episode.model_copy(update={"updated": now()})
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE episodes SET date = ?, body = ?, updated = ? WHERE id = ?",
                (
                    stored.date.isoformat(),
                    self._dump(stored.document()),
                    stored.updated.isoformat(),
                    stored.id,
                ),
            )
            if getattr(changed, "rowcount", 1) == 0:
                raise self._unknown(stored.id)
        return stored

    # -- assessments -------------------------------------------------------------------------

    def add_assessment(
        self, result: dict[str, Any], answers: dict[str, str], mode: str, narrative: str | None
    ) -> SavedAssessment:
        saved = assessment_from(
            {
                "id": new_id("as"),
                "created": now(),
                "mode": mode,
                "answers": dict(answers),
                "narrative": narrative,
                "result": result,
            }
        )
        self.put_assessments([saved])
        return saved

    def put_assessments(self, assessments: Iterable[SavedAssessment]) -> int:
        rows = [
            (
                a.id,
                a.created.isoformat(),
                self._dump(a.document()),
            )
            for a in assessments
        ]
        with self._write() as conn:
            before = self._count(conn, "assessments")
            conn.executemany("INSERT OR IGNORE INTO assessments (id, created, body) VALUES (?, ?, ?)", rows)
            return self._count(conn, "assessments") - before

    def assessments(self) -> list[SavedAssessment]:
        """Every saved assessment, oldest first."""
        with self._use() as conn:
            rows = conn.execute("SELECT body FROM assessments ORDER BY created, rowid").fetchall()
        return [assessment_from(self._load(r[0])) for r in rows]

    def get_assessment(self, entry_id: str) -> SavedAssessment:
        with self._use() as conn:
            rows = conn.execute("SELECT body FROM assessments WHERE id = ?", (entry_id,)).fetchall()
        if not rows:
            raise self._unknown(entry_id)
        return assessment_from(self._load(rows[0][0]))

    # -- any entry ---------------------------------------------------------------------------

    def get(self, entry_id: str) -> Episode | SavedAssessment:
        if entry_id.startswith("as-"):
            return self.get_assessment(entry_id)
        return self.get_episode(entry_id)

    def delete(self, entry_id: str) -> None:
        """Delete one episode or assessment (its pages are zeroed: ``secure_delete``)."""
        table = "assessments" if entry_id.startswith("as-") else "episodes"
        with self._write() as conn:
            gone = conn.execute(f"DELETE FROM {table} WHERE id = ?", (entry_id,))  # noqa: S608
            if getattr(gone, "rowcount", 1) == 0:
                raise self._unknown(entry_id)

    def _unknown(self, entry_id: str) -> InputError:
        return InputError(
            f"there is no journal entry with id {entry_id!r}",
            hint="'tearwise journal list' shows the ids",
        )

    # -- passphrase and wipe -----------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the whole journal under a new passphrase (and a new salt).

        The copy is written beside the journal and renamed over it only when complete, so a
        crash leaves either the old or the new file, never a mix. Another open connection
        (a second tearwise window) would go on writing to the old file, so it is refused.
        """
        check_new_passphrase(new_passphrase)
        tmp = self.path.with_name(self.path.name + ".rekey")
        with self._lock, self._use() as conn:
            self._leave_wal(conn)
            try:
                for stale in (tmp, *companion_files(tmp)):
                    destroy_file(stale)
                pragma = self._key_pragma_new(new_passphrase)
                conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {pragma}", (str(tmp),))
                try:
                    conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
                    conn.execute(f"PRAGMA rekeyed.user_version = {SCHEMA_VERSION}")
                    # in WAL mode already, so opening it after the rename writes nothing
                    conn.execute("PRAGMA rekeyed.journal_mode = WAL").fetchall()
                finally:
                    conn.execute("DETACH DATABASE rekeyed")
                with tmp.open("rb+") as handle:
                    os.fsync(handle.fileno())
                os.chmod(tmp, PRIVATE_FILE_MODE)
            except BaseException:
                conn.execute("PRAGMA journal_mode = WAL").fetchall()
                destroy_file(tmp)
                raise
            self.lock()
            os.replace(tmp, self.path)
            _fsync_dir(self.path.parent)
            conn2 = self._connect(pragma)
            try:
                self._verify(conn2)
                self._configure(conn2)
            except BaseException:
                conn2.close()
                raise
            self._opened(conn2)

    def _leave_wal(self, conn: Connection) -> None:
        """Fold the WAL into the file and stop using one; fails while others have it open."""
        import sqlcipher3

        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
        except sqlcipher3.OperationalError as exc:
            raise StateError(
                "the journal is open in another tearwise window",
                hint="close it (or lock the journal there), then change the passphrase; nothing was changed",
            ) from exc

    def wipe(self) -> list[Path]:
        """Destroy the journal, its WAL/journal files and any leftovers: overwrite, then unlink.

        Works in any state and needs no passphrase (a panic button must not ask for one).
        Returns the files destroyed.
        """
        with self._lock:
            self.lock()
            targets = [self.path, *companion_files(self.path)]
            if self.path.parent.exists():
                targets += sorted(p for p in self.path.parent.glob(self.path.name + ".*") if p.is_file())
            destroyed = [p for p in dict.fromkeys(targets) if destroy_file(p)]
            _fsync_dir(self.path.parent)
            return destroyed
