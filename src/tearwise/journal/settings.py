"""Every threshold and cost of the journal in one place.

Argon2id costs follow shared/deps.md (64 MiB, 3 passes). Tests and benchmarks that create
many journals set ``TEARWISE_KDF_PROFILE=fast``; the profile used is written into the file
(see :mod:`tearwise.journal.crypto`), so a journal made with either profile opens anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Final

#: Name of the journal database inside the data directory.
JOURNAL_FILE: Final = "journal.db"
#: Current schema version (``PRAGMA user_version``); see :mod:`tearwise.journal.schema`.
SCHEMA_VERSION: Final = 2
#: The unlocked journal locks itself after this many idle seconds.
IDLE_LOCK_SECONDS: Final = 5 * 60
#: How long a write waits for another tearwise process to finish its write (ms).
BUSY_TIMEOUT_MS: Final = 5000
#: Shortest passphrase accepted for a new journal.
MIN_PASSPHRASE_CHARS: Final = 8
#: Patterns are only described as patterns from this many episodes on.
MIN_EPISODES_FOR_PATTERNS: Final = 6
#: z for the 95% Wilson score interval.
WILSON_Z: Final = 1.96
#: How many triggers / helpers the patterns list at most.
TOP_ITEMS: Final = 8
#: Longest free-text note, in characters (same as an account in an assessment).
MAX_NOTE_CHARS: Final = 20_000
#: Longest short item (a feeling, a trigger, something that helped).
MAX_ITEM_CHARS: Final = 80
#: Most items in one list field of an episode.
MAX_LIST_ITEMS: Final = 20
#: Largest archive `journal import` reads, in bytes.
MAX_ARCHIVE_BYTES: Final = 200_000_000
#: Overwrite passes used by `wipe` before unlinking.
WIPE_PASSES: Final = 1
#: Environment variable naming the KDF cost profile for new journals and archives.
KDF_PROFILE_ENV: Final = "TEARWISE_KDF_PROFILE"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id costs; ``scheme`` is the byte stored in the file to name them."""

    scheme: int
    time_cost: int
    memory_kib: int
    parallelism: int


#: deps.md-like production costs (~0.25 s on this machine).
PRODUCTION_KDF: Final = KdfParams(scheme=1, time_cost=3, memory_kib=64 * 1024, parallelism=1)
#: Cheap costs for tests and benchmarks only (8 MiB, one pass).
FAST_KDF: Final = KdfParams(scheme=2, time_cost=1, memory_kib=8 * 1024, parallelism=1)
KDF_SCHEMES: Final = {p.scheme: p for p in (PRODUCTION_KDF, FAST_KDF)}


def kdf_for_new_keys() -> KdfParams:
    """The profile used when a new key is made (``TEARWISE_KDF_PROFILE=fast`` for tests)."""
    return FAST_KDF if os.environ.get(KDF_PROFILE_ENV, "").strip().lower() == "fast" else PRODUCTION_KDF
