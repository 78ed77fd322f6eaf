"""The private journal: episodes and saved assessments in one encrypted file.

:class:`Journal` is the store (SQLCipher, Argon2id key, locked/unlocked lifecycle, wipe);
:mod:`~tearwise.journal.records` holds the typed records; :mod:`~tearwise.journal.archive`
exports and imports; :mod:`~tearwise.journal.patterns` is pure and reads patterns over time.
"""

from tearwise.journal.errors import (
    JournalDamagedError,
    JournalLockedError,
    NoJournalError,
    WrongPassphraseError,
)
from tearwise.journal.records import Episode, EpisodeFields, NoteReading, SavedAssessment
from tearwise.journal.store import Journal, JournalState

__all__ = [
    "Episode",
    "EpisodeFields",
    "Journal",
    "JournalDamagedError",
    "JournalLockedError",
    "JournalState",
    "NoJournalError",
    "NoteReading",
    "SavedAssessment",
    "WrongPassphraseError",
]
