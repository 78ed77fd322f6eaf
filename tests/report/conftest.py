"""Report tests: a small journal with episodes and one saved assessment, cheap Argon2 costs."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tearwise.journal.records import Episode, SavedAssessment

PASSPHRASE = "correct horse battery"
STAMP = dt.datetime(2026, 2, 1, 20, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEARWISE_KDF_PROFILE", "fast")
    monkeypatch.setenv("TEARWISE_PASSPHRASE", PASSPHRASE)


def make_episodes(n: int, unwanted_every: int = 4) -> list[Episode]:
    return [
        Episode.model_validate(
            {
                "id": f"ep-{i:012x}",
                "date": dt.date(2025, 6, 3) + dt.timedelta(days=9 * i),
                "created": STAMP,
                "updated": STAMP,
                "context": "partner",
                "timing": "at_orgasm" if i % 3 else "right_after",
                "orgasm": i % 3 != 0,
                "pain": "unwanted" if unwanted_every and i % unwanted_every == 0 else "none",
                "reasons": ["orgasm"] if i % 2 else ["emotional_catharsis"],
                "triggers": ["a long hug"] if i % 2 else [],
                "helped": ["talking after"],
                "note": f"private note {i}",
            }
        )
        for i in range(n)
    ]


def make_assessment(kb: Any, answers: dict[str, str], narrative: str | None = None) -> SavedAssessment:
    from tearwise.app.contracts import result_document
    from tearwise.app.requests import AssessRequest
    from tearwise.app.session import assess

    result = assess(AssessRequest(mode="self", answers=tuple(answers.items())), kb)
    return SavedAssessment.model_validate(
        {
            "id": "as-00000000abcd",
            "created": STAMP,
            "mode": "self",
            "answers": answers,
            "narrative": narrative,
            "result": result_document(result, kb),
        }
    )


PAINFUL = {"safety_pain": "unwanted_pain", "timing": "at_orgasm", "orgasm_link": "only_with"}
CALM = {"safety_pain": "no_pain", "safety_consent": "wanted", "safety_self_harm": "no", "timing": "at_orgasm"}
