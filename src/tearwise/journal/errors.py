"""Journal errors: members of the one tearwise exception family (:mod:`tearwise.errors`).

Each names the file it concerns and never contains anything the user wrote.
"""

from __future__ import annotations

from tearwise.errors import InputError, StateError


class WrongPassphraseError(InputError):
    """The passphrase does not open the journal or archive. Nothing was changed."""


class JournalDamagedError(InputError):
    """The journal or archive file is damaged or is not a tearwise file. Nothing was changed."""


class JournalLockedError(StateError):
    """The journal is locked (never unlocked, locked by hand, or idle too long)."""


class NoJournalError(InputError):
    """There is no journal yet in the data directory."""


__all__ = ["JournalDamagedError", "JournalLockedError", "NoJournalError", "WrongPassphraseError"]
