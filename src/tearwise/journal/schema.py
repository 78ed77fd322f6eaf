"""The journal's tables, and migrations from every earlier schema version.

The version lives in ``PRAGMA user_version``. A new journal gets the latest schema at once;
an older one is migrated step by step inside one transaction, so a crash mid-way leaves
the old version intact. Version 1 (tearwise before the assessments table) kept episodes
with ``painful: bool`` and ``felt`` as one comma-separated text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, Protocol

from tearwise.journal.settings import SCHEMA_VERSION


class Cursorish(Protocol):
    def fetchall(self) -> list[Any]: ...


class Connection(Protocol):
    """The part of the DB-API connection the journal uses (sqlite3 and sqlcipher3 alike)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursorish: ...
    def executemany(self, sql: str, parameters: Any, /) -> Cursorish: ...
    def close(self) -> None: ...


LATEST = (
    "CREATE TABLE episodes (id TEXT PRIMARY KEY, date TEXT NOT NULL, body TEXT NOT NULL,"
    " created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE INDEX episodes_by_date ON episodes (date, created)",
    "CREATE TABLE assessments (id TEXT PRIMARY KEY, created TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


def create_latest(conn: Connection) -> None:
    for statement in LATEST:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _v1_body_to_v2(row_id: str, body: dict[str, Any], created: str) -> dict[str, Any]:
    out = {k: v for k, v in body.items() if k not in ("painful", "felt")}
    painful = body.get("painful")
    out["pain"] = None if painful is None else ("unsure" if painful else "none")
    felt = body.get("felt") or ""
    out["felt"] = [f.strip() for f in felt.split(",") if f.strip()] if isinstance(felt, str) else felt
    out.update(id=row_id, kind="episode", created=created, updated=created)
    return out


def _migrate_1_to_2(conn: Connection) -> None:
    rows = conn.execute("SELECT id, date, body, created FROM episodes").fetchall()
    conn.execute("ALTER TABLE episodes RENAME TO episodes_v1")
    for statement in LATEST:
        conn.execute(statement)
    for row_id, date, body, created in rows:
        created_iso = dt.datetime.fromisoformat(created).isoformat()
        new = _v1_body_to_v2(row_id, json.loads(body), created_iso)
        conn.execute(
            "INSERT INTO episodes (id, date, body, created, updated) VALUES (?, ?, ?, ?, ?)",
            (row_id, date, json.dumps(new), created_iso, created_iso),
        )
    conn.execute("DROP TABLE episodes_v1")


#: MIGRATIONS[n] turns schema version n into n + 1.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _migrate_1_to_2}


def migrate(conn: Connection, version: int) -> None:
    """Bring a journal at ``version`` to :data:`SCHEMA_VERSION` (caller holds a transaction)."""
    if version == 0:
        create_latest(conn)
        return
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
        conn.execute(f"PRAGMA user_version = {version}")
