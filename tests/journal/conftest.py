"""Journal tests: cheap Argon2 costs, a fresh data directory, and ready-made episodes."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tearwise.journal import EpisodeFields, Journal

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at 8 MiB / one pass (production: 64 MiB / three passes)."""
    monkeypatch.setenv("TEARWISE_KDF_PROFILE", "fast")
    monkeypatch.delenv("TEARWISE_PASSPHRASE", raising=False)
    monkeypatch.delenv("TEARWISE_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def home() -> Path:
    return Path(os.environ["TEARWISE_HOME"])


@pytest.fixture
def journal(home: Path) -> Iterator[Journal]:
    j = Journal(home / "journal.db")
    j.create(PASSPHRASE)
    yield j
    j.lock()


def fields(**overrides: object) -> EpisodeFields:
    data: dict[str, object] = {
        "date": dt.date(2026, 3, 14),
        "context": "partner",
        "relationship": "committed",
        "timing": "right_after",
        "orgasm": True,
        "felt": ["relief"],
        "pain": "none",
        "triggers": ["being held"],
        "helped": ["cuddling"],
        "note": "It felt like a wave of relief",
    }
    data.update(overrides)
    return EpisodeFields.model_validate(data)
