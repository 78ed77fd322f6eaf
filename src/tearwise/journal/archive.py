"""Export and import the whole journal: readable JSON, or the same JSON sealed with AES-GCM.

Plain document (``journal export --plain``)::

    {"format": "tearwise-journal", "version": 1, "exported": "<ISO datetime>",
     "episodes": [<episode>...], "assessments": [<saved assessment>...]}

Import adds the entries whose ids are not in the journal yet and leaves the rest alone, so
importing twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from tearwise.errors import InputError
from tearwise.journal import crypto
from tearwise.journal.errors import JournalDamagedError
from tearwise.journal.records import Episode, SavedAssessment, assessment_from, episode_from
from tearwise.journal.settings import MAX_ARCHIVE_BYTES
from tearwise.journal.store import Journal, now

PLAIN_FORMAT: Final = "tearwise-journal"
PLAIN_VERSION: Final = 1


@dataclass(frozen=True, slots=True)
class Contents:
    episodes: tuple[Episode, ...]
    assessments: tuple[SavedAssessment, ...]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    episodes_added: int
    assessments_added: int
    already_there: int


def export_document(journal: Journal) -> dict[str, Any]:
    return {
        "format": PLAIN_FORMAT,
        "version": PLAIN_VERSION,
        "exported": now().isoformat(),
        "episodes": [e.document() for e in journal.episodes()],
        "assessments": [a.document() for a in journal.assessments()],
    }


def export_bytes(journal: Journal, passphrase: str | None) -> bytes:
    """The archive: sealed with ``passphrase``, or plain JSON when it is None."""
    plain = json.dumps(export_document(journal), ensure_ascii=False, indent=2).encode("utf-8")
    return plain if passphrase is None else crypto.seal_archive(plain, passphrase)


def parse_document(data: object) -> Contents:
    if not isinstance(data, dict) or data.get("format") != PLAIN_FORMAT:
        raise InputError("the file is not a tearwise journal export (no 'format': 'tearwise-journal')")
    if data.get("version") != PLAIN_VERSION:
        raise InputError(f"the export has version {data.get('version')!r}; this tearwise reads version {PLAIN_VERSION}")
    episodes, assessments = data.get("episodes", []), data.get("assessments", [])
    if not isinstance(episodes, list) or not isinstance(assessments, list):
        raise InputError("'episodes' and 'assessments' in the export must be lists")
    return Contents(
        episodes=tuple(episode_from(e, f"episode {i + 1} of the export") for i, e in enumerate(episodes)),
        assessments=tuple(assessment_from(a, f"assessment {i + 1} of the export") for i, a in enumerate(assessments)),
    )


def read_archive(raw: bytes, passphrase: str | None) -> Contents:
    """Either archive form -> contents. Sealed archives need the passphrase they were made with."""
    if len(raw) > MAX_ARCHIVE_BYTES:
        raise InputError(f"the archive is too large ({len(raw):,} bytes)")
    if crypto.is_sealed_archive(raw):
        if passphrase is None:
            raise InputError("this archive is encrypted: a passphrase is needed")
        raw = crypto.open_archive(raw, passphrase)
    elif not raw.lstrip().startswith(b"{"):
        raise JournalDamagedError("the file is neither a tearwise archive nor a JSON export")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"the export is not UTF-8 text (bad byte at position {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"the export is not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    return parse_document(data)


def import_contents(journal: Journal, contents: Contents) -> ImportSummary:
    episodes = journal.put_episodes(contents.episodes)
    assessments = journal.put_assessments(contents.assessments)
    total = len(contents.episodes) + len(contents.assessments)
    return ImportSummary(episodes, assessments, total - episodes - assessments)
