"""The encoder: windows of whole clauses, reading in context, and the derived int8 file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tearwise.text.constants import CLS_ID, ENCODER_SHA256, MAX_TOKENS, SEP_ID
from tearwise.text.embedder import pack_windows


def test_windows_hold_whole_clauses_and_never_exceed_the_model_limit() -> None:
    pieces = [list(range(1000, 1100)), list(range(2000, 2100)), list(range(3000, 3100)), [7, 8]]
    windows = pack_windows(pieces, first=10)
    assert [w.units for w in windows] == [[10, 11], [12, 13]]
    for window in windows:
        assert window.ids[0] == CLS_ID and window.ids[-1] == SEP_ID
        assert len(window.ids) <= MAX_TOKENS
        for unit, (a, b) in zip(window.units, window.spans, strict=True):
            assert window.ids[a:b] == pieces[unit - 10]


def test_an_empty_group_member_still_gets_a_window() -> None:
    (window,) = pack_windows([[]], first=0)
    assert window.ids == [CLS_ID, SEP_ID]
    assert window.spans == [(1, 1)]


def test_stated_clauses_are_read_apart_from_denied_ones(real_reader: Any) -> None:
    """ "There was no pain" must not colour the clause next to it: same vector with or without it."""
    from tearwise.text.features import featurize

    stated = "Honestly I think I just let go of a lot of stress."
    parsed, _, vectors = featurize([f"There was no pain. {stated}", stated], real_reader.embedder)
    with_denial = vectors[0][[u.text for u in parsed[0].units].index(stated)]
    alone = vectors[1][0]
    np.testing.assert_allclose(with_denial, alone, atol=1e-6)


def test_clauses_of_one_account_are_read_in_context(real_reader: Any) -> None:
    """Stated clauses share one input, so a clause's vector depends on its neighbours."""
    from tearwise.text.features import featurize

    clause = "I started crying right afterwards."
    _, _, vectors = featurize([f"It hurt a lot. {clause}", f"I felt so loved. {clause}"], real_reader.embedder)
    assert float(vectors[0][1] @ vectors[1][1]) < 0.999


def test_a_very_long_clause_is_cut_to_fit(real_reader: Any) -> None:
    vectors = real_reader.embedder.embed_groups([["word " * 600], ["short one"]])
    assert [v.shape for v in vectors] == [(1, 384), (1, 384)]
    assert np.all(np.isfinite(vectors[0]))
    assert float(np.linalg.norm(vectors[0][0])) == pytest.approx(1.0, abs=1e-5)


def test_the_encoder_is_derived_offline_to_its_pinned_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tearwise.text import prepare
    from tearwise.text.embedder import sha256_of

    monkeypatch.setenv("TEARWISE_MODEL_DIR", str(tmp_path))
    built = prepare.encoder_path()
    assert built == tmp_path / prepare.ENCODER_NAME
    assert sha256_of(built) == ENCODER_SHA256
    stamp = built.stat().st_mtime_ns
    assert prepare.encoder_path() == built  # found, not rebuilt
    assert built.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == [prepare.ENCODER_NAME]  # no temp files left behind


def test_a_tampered_encoder_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tearwise.text import prepare
    from tearwise.text.embedder import ModelFileError, OnnxEmbedder

    monkeypatch.setenv("TEARWISE_MODEL_DIR", str(tmp_path))
    (tmp_path / prepare.ENCODER_NAME).write_bytes(b"not a model")
    with pytest.raises(ModelFileError, match="does not match its pinned sha256"):
        OnnxEmbedder()


def test_prepare_command_reports_a_ready_encoder(capsys: pytest.CaptureFixture[str]) -> None:
    from tearwise.text import prepare

    assert prepare.main() == 0
    assert "text encoder" in capsys.readouterr().out
