"""Export and import: lossless round trips, sealed archives, and clear errors for bad files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tearwise.errors import InputError
from tearwise.journal import Journal, JournalDamagedError, WrongPassphraseError
from tearwise.journal.archive import export_bytes, import_contents, read_archive
from tearwise.journal.records import episode_from
from tearwise.knowledge.ids import CAUSE_IDS
from tests.journal.conftest import PASSPHRASE, fields

words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=12,
)
episode_data = st.fixed_dictionaries(
    {"date": st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31))},
    optional={
        "context": st.sampled_from(["partner", "solo"]),
        "relationship": st.sampled_from(["committed", "casual", "new", "other"]),
        "timing": st.sampled_from(["during", "at_orgasm", "right_after", "later"]),
        "orgasm": st.booleans(),
        "pain": st.sampled_from(["none", "wanted", "unwanted", "unsure"]),
        "felt": st.lists(words, max_size=3),
        "triggers": st.lists(words, max_size=3),
        "helped": st.lists(words, max_size=3),
        "reasons": st.lists(st.sampled_from(CAUSE_IDS), max_size=3),
        "note": st.text(max_size=200),
    },
)
assessment_data = st.fixed_dictionaries(
    {
        "mode": st.sampled_from(["self", "partner"]),
        "answers": st.dictionaries(st.sampled_from(["timing", "feeling", "pain"]), words, max_size=3),
        "narrative": st.none() | st.text(min_size=1, max_size=80),
        "level": st.sampled_from(["self_care", "seek_care", "stop_now", "crisis"]),
    }
)


def fill(journal: Journal, episodes: list[dict[str, object]], assessments: list[dict[str, object]]) -> None:
    from tearwise.journal.records import EpisodeFields

    for data in episodes:
        journal.add_episode(EpisodeFields.model_validate(data))
    for a in assessments:
        journal.add_assessment(
            {"triage": {"level": a["level"]}, "causes": []},
            a["answers"],  # type: ignore[arg-type]
            str(a["mode"]),
            a["narrative"],  # type: ignore[arg-type]
        )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    episodes=st.lists(episode_data, max_size=6),
    assessments=st.lists(assessment_data, max_size=2),
    sealed=st.booleans(),
)
def test_export_wipe_import_is_lossless(
    home: Path, episodes: list[dict[str, object]], assessments: list[dict[str, object]], sealed: bool
) -> None:
    journal = Journal(home / "journal.db")
    journal.wipe()
    journal.create(PASSPHRASE)
    fill(journal, episodes, assessments)
    before = (journal.episodes(), journal.assessments())
    archive = export_bytes(journal, PASSPHRASE if sealed else None)
    journal.wipe()
    assert not journal.exists
    journal.create(PASSPHRASE)
    summary = import_contents(journal, read_archive(archive, PASSPHRASE))
    assert (journal.episodes(), journal.assessments()) == before
    assert summary.episodes_added == len(episodes)
    assert summary.assessments_added == len(assessments)
    journal.lock()


def test_sealed_archive_holds_no_plaintext_and_plain_export_is_readable(journal: Journal) -> None:
    journal.add_episode(fields(note="periwinkle-secret-note"))
    sealed = export_bytes(journal, PASSPHRASE)
    assert b"periwinkle-secret-note" not in sealed
    header = json.loads(sealed.split(b"\n", 1)[0].split(b" ", 1)[1])
    assert header["version"] == 1 and header["kdf"]["name"] == "argon2id"
    assert {"salt", "time_cost", "memory_kib"} <= set(header["kdf"]) and header["nonce"]
    plain = json.loads(export_bytes(journal, None))
    assert plain["format"] == "tearwise-journal"
    assert plain["episodes"][0]["note"] == "periwinkle-secret-note"


def test_importing_twice_adds_nothing_new(journal: Journal) -> None:
    journal.add_episode(fields())
    archive = export_bytes(journal, None)
    summary = import_contents(journal, read_archive(archive, None))
    assert (summary.episodes_added, summary.already_there) == (0, 1)
    assert len(journal.episodes()) == 1


def test_wrong_archive_passphrase_is_refused(journal: Journal) -> None:
    journal.add_episode(fields())
    archive = export_bytes(journal, PASSPHRASE)
    with pytest.raises(WrongPassphraseError, match="does not open this archive"):
        read_archive(archive, "another passphrase")


def test_tampered_or_truncated_archive_is_refused(journal: Journal) -> None:
    journal.add_episode(fields())
    archive = bytearray(export_bytes(journal, PASSPHRASE))
    archive[-5] ^= 0xFF
    with pytest.raises(WrongPassphraseError):
        read_archive(bytes(archive), PASSPHRASE)
    with pytest.raises(JournalDamagedError):
        read_archive(bytes(archive[:30]), PASSPHRASE)
    header_edit = bytes(archive).replace(b'"time_cost": 1', b'"time_cost": 2', 1)
    with pytest.raises(WrongPassphraseError):  # the header is authenticated too
        read_archive(header_edit, PASSPHRASE)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01binary", "neither a tearwise archive"),
        (b"{not json", "not valid JSON"),
        (b'{"format": "something-else"}', "not a tearwise journal export"),
        (b'{"format": "tearwise-journal", "version": 99}', "version 99"),
        (b'{"format": "tearwise-journal", "version": 1, "episodes": [{"id": "x"}]}', "episode 1"),
    ],
)
def test_bad_exports_give_one_clear_line(content: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_archive(content, None)


def test_stored_episode_documents_validate_back() -> None:
    doc = {
        "id": "ep-1",
        "kind": "episode",
        "date": "2026-01-01",
        "created": "2026-01-01T10:00:00Z",
        "updated": "2026-01-01T10:00:00Z",
        "note_reading": {"labels": ["orgasm"], "flags": ["self_harm"]},
    }
    episode = episode_from(doc)
    assert episode.red_flags == ("self_harm",)
    assert episode_from(episode.document()) == episode
