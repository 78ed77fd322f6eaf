"""The clause red-flag layer on its own: what it learns from, how its threshold is chosen,
its pinned file, and how the reader ORs it with the other two layers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tearwise.knowledge.ids import FLAG_IDS
from tearwise.text import clause_flags
from tearwise.text.clause_flags import NEVER, ClauseFlags, Examples, choose_thresholds, examples, fit
from tearwise.text.embedder import HashingEmbedder, ModelFileError
from tearwise.text.reader import TextReader

SELF_HARM = FLAG_IDS.index("self_harm")


def _layer(direction: np.ndarray, threshold: float) -> ClauseFlags:
    """A hand-made layer whose self-harm score is the cosine with ``direction``."""
    weights = np.zeros((len(FLAG_IDS), direction.shape[0]))
    weights[SELF_HARM] = direction
    thresholds = np.full(len(FLAG_IDS), NEVER)
    thresholds[SELF_HARM] = threshold
    return ClauseFlags(weights, np.zeros(len(FLAG_IDS)), thresholds)


def test_examples_learn_from_caught_clauses_and_leave_uncaught_flagged_ones_out() -> None:
    texts = [
        ["we had a quiet night", "I want to kill myself", "she held me"],
        ["it was lovely", "we laughed after"],
    ]
    vectors = [HashingEmbedder().embed(t) for t in texts]
    truth = np.zeros((2, len(FLAG_IDS)), dtype=bool)
    truth[0, SELF_HARM] = True
    data = examples(texts, vectors, truth)
    assert data.vectors.shape == (5, vectors[0].shape[1])
    assert data.account.tolist() == [0, 0, 0, 1, 1]
    # The clause the patterns catch is a positive; the flagged account's other clauses are unknown.
    assert data.labels[:, SELF_HARM].tolist() == [0, 1, 0, 0, 0]
    assert data.mask[:, SELF_HARM].tolist() == [0, 1, 0, 1, 1]
    # For a flag the account does not carry, every clause is a known negative.
    assert data.mask[:, FLAG_IDS.index("consent_concern")].tolist() == [1, 1, 1, 1, 1]


def test_fit_scores_clauses_like_the_positives_higher() -> None:
    rng = np.random.default_rng(1)
    centre = rng.normal(size=16)
    positives = centre + 0.3 * rng.normal(size=(20, 16))
    negatives = rng.normal(size=(200, 16))
    x = np.vstack([positives, negatives])
    labels = np.zeros((len(x), len(FLAG_IDS)))
    labels[:20, SELF_HARM] = 1.0
    data = Examples(x, np.arange(len(x)), labels, np.ones_like(labels))
    weights, bias = fit(data)
    scores = x @ weights[SELF_HARM] + bias[SELF_HARM]
    assert scores[:20].min() > np.median(scores[20:])
    again = fit(data)
    assert np.array_equal(weights, again[0])  # deterministic: same data, same layer


def test_threshold_is_the_lowest_that_keeps_the_precision() -> None:
    maxima = np.zeros((5, len(FLAG_IDS)))
    maxima[:, SELF_HARM] = [5.0, 4.0, 3.0, 2.0, 1.0]
    truth = np.zeros((5, len(FLAG_IDS)), dtype=bool)
    truth[:, SELF_HARM] = [True, True, False, True, False]
    # Precision down the ranking: 1, 1, 0.67, 0.75, 0.6.
    assert choose_thresholds(maxima, truth, precision=0.8)[SELF_HARM] == 4.0
    assert choose_thresholds(maxima, truth, precision=0.7)[SELF_HARM] == 2.0
    thresholds = choose_thresholds(maxima, truth, precision=0.8)
    assert all(thresholds[i] == NEVER for i, f in enumerate(FLAG_IDS) if f not in clause_flags.CLAUSE_FLAGS)


def test_file_round_trip_and_tampering(tmp_path: Path) -> None:
    layer = _layer(np.ones(8) / np.sqrt(8), 0.5)
    path = tmp_path / "clause.npz"
    layer.save(path)
    loaded = clause_flags.load_clause_flags(path)
    assert np.allclose(loaded.weights, layer.weights)
    assert loaded.thresholds[SELF_HARM] == 0.5
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(ModelFileError, match="does not match its sha256"):
        clause_flags.load_clause_flags(path)
    with pytest.raises(ModelFileError, match="missing"):
        clause_flags.load_clause_flags(tmp_path / "absent.npz")


def test_shipped_layers_raise_self_harm_only() -> None:
    for path in (clause_flags.CLAUSE_PATH, clause_flags.EVAL_CLAUSE_PATH):
        layer = clause_flags.load_clause_flags(path)
        for i, flag in enumerate(FLAG_IDS):
            assert np.isfinite(layer.thresholds[i]) == (flag in clause_flags.CLAUSE_FLAGS)


def _reader_with(fake_reader: Any, layer: ClauseFlags | None) -> TextReader:
    return TextReader(fake_reader.embedder, fake_reader.head, fake_reader.priors, layer)


def test_reader_raises_the_flag_a_clause_reads_like_and_quotes_it(fake_reader: Any) -> None:
    clause = "lately the quiet afterwards feels like a door I could step through for good"
    text = f"We had a lovely evening. {clause}. Then we slept."
    direction = HashingEmbedder().embed([clause])[0].astype(np.float64)
    without = _reader_with(fake_reader, None).read(text)
    assert not without.flags["self_harm"]  # the patterns and the head do not see it
    reading = _reader_with(fake_reader, _layer(direction, 0.9)).read(text)
    assert reading.flags["self_harm"]
    assert reading.flag_sentences["self_harm"].rstrip(".") == clause
    unused = _reader_with(fake_reader, _layer(direction, NEVER)).read(text)
    assert not unused.flags["self_harm"]


def test_reader_never_lowers_a_flag_the_patterns_raise(fake_reader: Any) -> None:
    text = "It hurt so much but I kept going so he wouldn't be upset. I want to kill myself."
    layer = _layer(np.zeros(HashingEmbedder.dim), NEVER)
    reading = _reader_with(fake_reader, layer).read(text)
    assert reading.flags["self_harm"] and reading.flags["unwanted_pain"]
    assert "kill myself" in reading.flag_sentences["self_harm"]


def test_a_batch_raises_what_each_account_raises_alone() -> None:
    rng = np.random.default_rng(3)
    direction = rng.normal(size=8)
    layer = _layer(direction, 1.0)
    accounts = [rng.normal(size=(n, 8)) for n in (3, 0, 1, 5, 0, 2)]
    alone = [layer.raised(a) for a in accounts]
    assert layer.raised_many(accounts) == alone
    assert alone[1] == {} and alone[4] == {}
    assert any(alone)  # the random clauses do reach the threshold somewhere


def test_labelled_sentences_teach_what_no_pattern_caught() -> None:
    """Accounts with no caught clause teach nothing positive; labelled sentences do."""
    rng = np.random.default_rng(5)
    centre = rng.normal(size=16)
    negatives = rng.normal(size=(120, 16))
    data = Examples(negatives, np.arange(120), np.zeros((120, len(FLAG_IDS))), np.ones((120, len(FLAG_IDS))))
    truth = np.zeros((12, len(FLAG_IDS)), dtype=bool)
    truth[:, SELF_HARM] = True
    extra = clause_flags.sentence_examples(centre + 0.3 * rng.normal(size=(12, 16)), truth)
    assert extra.mask.all() and (extra.account == -1).all()
    weights, bias = fit(clause_flags.joined(data, extra))
    probe = centre + 0.3 * rng.normal(size=(5, 16))
    assert (probe @ weights[SELF_HARM] + bias[SELF_HARM]).min() > np.median(negatives @ weights[SELF_HARM])
