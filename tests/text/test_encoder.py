"""The encoder: windows of whole clauses, segments apart in one run, reading in context, and the derived int8 file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tearwise.text.constants import BIAS_INPUT, CLS_ID, ENCODER_SHA256, MAX_TOKENS, POSITIONS_INPUT, RUN_TOKENS, SEP_ID
from tearwise.text.embedder import BLOCKED, OnnxEmbedder, Window, pack_runs, pack_windows, usable_cores


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


def test_runs_hold_whole_windows_up_to_the_run_limit() -> None:
    windows = [Window([CLS_ID, *range(n), SEP_ID], [i], [(1, n + 1)]) for i, n in enumerate((300, 150, 40, 200))]
    runs = pack_runs(windows)
    assert [[w.units[0] for w in run] for run in runs] == [[0, 1, 2], [3]]
    assert all(sum(len(w.ids) for w in run) <= RUN_TOKENS for run in runs)


def _segment_session() -> Any:
    """The packaged fp32-math model with the two inputs opened (exact arithmetic, no int8 scaling)."""
    import onnx

    from tearwise.text.embedder import import_onnxruntime
    from tearwise.text.prepare import open_segment_inputs, source_model_path

    model = onnx.load(str(source_model_path()))
    open_segment_inputs(model)
    return import_onnxruntime().InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])


def _run(session: Any, segments: list[list[int]]) -> Any:
    ids = np.array([[t for s in segments for t in s]], dtype=np.int64)
    n = ids.shape[1]
    bias = np.full((1, 1, n, n), BLOCKED, dtype=np.float32)
    positions: list[int] = []
    start = 0
    for segment in segments:
        bias[0, 0, start : start + len(segment), start : start + len(segment)] = 0.0
        positions.extend(range(len(segment)))
        start += len(segment)
    feed = {
        "input_ids": ids,
        "token_type_ids": np.zeros_like(ids),
        BIAS_INPUT: bias,
        POSITIONS_INPUT: np.array([positions]),
    }
    return session.run(None, feed)[0][0]


def test_segments_in_one_run_read_exactly_as_if_alone() -> None:
    """The graph edit of prepare.py: the bias keeps segments apart and positions restart."""
    from tearwise.text.embedder import import_onnxruntime
    from tearwise.text.prepare import source_model_path

    session = _segment_session()
    first = [CLS_ID, 2045, 2001, 2053, 3255, SEP_ID]
    second = [CLS_ID, 1045, 2074, 2292, 2175, 1997, 6911, SEP_ID]
    together = _run(session, [first, second])
    np.testing.assert_allclose(together[: len(first)], _run(session, [first]), atol=1e-5)
    np.testing.assert_allclose(together[len(first) :], _run(session, [second]), atol=1e-5)
    original = import_onnxruntime().InferenceSession(str(source_model_path()), providers=["CPUExecutionProvider"])
    ids = np.array([second], dtype=np.int64)
    unedited = original.run(
        None, {"input_ids": ids, "token_type_ids": np.zeros_like(ids), "attention_mask": np.ones_like(ids)}
    )
    np.testing.assert_allclose(unedited[0][0], _run(session, [second]), atol=1e-5)


def test_stated_clauses_are_read_apart_from_denied_ones(real_reader: Any) -> None:
    """ "There was no pain" must not colour the clause next to it.

    The denial shares the encoder run but not the attention, so the stated clause reads as
    if alone; what is left is the int8 encoder's rounding (its activation scale covers the
    whole run), far below what reading them in one context does.
    """
    from tearwise.text.features import featurize

    stated = "Honestly I think I just let go of a lot of stress."
    parsed, _, vectors = featurize([f"There was no pain. {stated}", stated], real_reader.embedder)
    with_denial = vectors[0][[u.text for u in parsed[0].units].index(stated)]
    alone = vectors[1][0]
    ((_, in_context),) = real_reader.embedder.embed_accounts([[["There was no pain.", stated]]])[0]
    assert float(with_denial @ alone) > 0.98
    assert float(in_context @ alone) < 0.9


def test_clauses_of_one_account_are_read_in_context(real_reader: Any) -> None:
    """Stated clauses share one input, so a clause's vector depends on its neighbours."""
    from tearwise.text.features import featurize

    clause = "I started crying right afterwards."
    _, _, vectors = featurize([f"It hurt a lot. {clause}", f"I felt so loved. {clause}"], real_reader.embedder)
    assert float(vectors[0][1] @ vectors[1][1]) < 0.999


def test_a_very_long_clause_is_cut_to_fit(real_reader: Any) -> None:
    (vectors,) = real_reader.embedder.embed_accounts([[["word " * 600], ["short one"]]])
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


def _spins(encoder: Any) -> str:
    options = encoder._session.get_session_options()
    return str(options.get_session_config_entry("session.intra_op.allow_spinning"))


def test_the_batch_reader_waits_busy_and_reads_exactly_as_the_default(real_reader: Any) -> None:
    """Busy waiting changes how the encoder's threads wait for work, never what they compute:
    `tearwise classify` (batch) and the app (one account at a time) must give the same output."""
    from tearwise.text import load_reader
    from tearwise.text.batch import record_for
    from tearwise.text.data import load_default

    batch = load_reader(batch=True)
    assert batch is not real_reader
    assert (_spins(batch.embedder), _spins(real_reader.embedder)) == ("1" if usable_cores() >= 2 else "0", "0")
    texts = [a.text for a in load_default()[::40]]
    assert len(texts) > 100
    busy = [record_for(i, r) for i, r in enumerate(batch.read_many(texts))]
    assert busy == [record_for(i, r) for i, r in enumerate(real_reader.read_many(texts))]
    assert busy[:5] == [record_for(i, real_reader.read(t)) for i, t in enumerate(texts[:5])]


def test_the_encoder_waits_busy_only_with_a_core_for_each_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """On one core a busy thread would take the core the other thread needs."""
    from tearwise.text import embedder

    monkeypatch.setattr(embedder, "usable_cores", lambda: 1)
    assert _spins(OnnxEmbedder(threads=2, spin=True)) == "0"
    monkeypatch.setattr(embedder, "usable_cores", lambda: 2)
    assert _spins(OnnxEmbedder(threads=2, spin=True)) == "1"
    assert _spins(OnnxEmbedder(threads=1, spin=True)) == "0"  # no worker thread to wait
    assert _spins(OnnxEmbedder(threads=2, spin=False)) == "0"
