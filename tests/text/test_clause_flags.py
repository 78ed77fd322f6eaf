"""The clause red-flag layer on its own: what it learns from (caught clauses, marked spans,
labelled sentences), its two models, how its threshold is chosen, its pinned file, and how
the reader ORs it with the other two layers."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tearwise.text import clause_flags
from tearwise.text.clause_flags import (
    BUCKETS,
    HIDDEN,
    NEVER,
    ClauseFlags,
    carries,
    choose_threshold,
    examples,
    fit,
    joined,
    sentence_examples,
    span_examples,
    word_buckets,
)
from tearwise.text.embedder import HashingEmbedder, ModelFileError, save_trained
from tearwise.text.reader import TextReader

DIM = HashingEmbedder.dim


def _layer(threshold: float, direction: np.ndarray | None = None, phrase: str | None = None) -> ClauseFlags:
    """A hand-made layer: its network passes the cosine with ``direction`` through one hidden
    unit, its word model gives every bucket of ``phrase`` weight 1."""
    hidden = np.zeros((DIM if direction is None else len(direction), HIDDEN))
    out = np.zeros(HIDDEN)
    if direction is not None:
        hidden[:, 0] = direction
        out[0] = 1.0
    buckets = np.zeros(BUCKETS)
    if phrase is not None:
        buckets[word_buckets(phrase)] = 1.0
    return ClauseFlags(hidden, np.zeros(HIDDEN), out, buckets, 0.0, threshold)


def _cluster(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Twenty rows near one centre (positives) and two hundred anywhere (negatives)."""
    rng = np.random.default_rng(seed)
    centre = rng.normal(size=16)
    return centre, centre + 0.3 * rng.normal(size=(20, 16)), rng.normal(size=(200, 16))


def test_examples_learn_from_caught_clauses_and_leave_uncaught_flagged_ones_out() -> None:
    texts = [["we had a quiet night", "I want to kill myself", "she held me"], ["it was lovely", "we laughed after"]]
    vectors = [HashingEmbedder().embed(t) for t in texts]
    data = examples(texts, vectors, np.array([True, False]))
    # The clause the patterns catch is a positive; the flagged account's other clauses are left
    # out (they may say it in words the patterns miss); the other account's are negatives.
    assert data.texts == ("I want to kill myself", "it was lovely", "we laughed after")
    assert data.labels.tolist() == [1, 0, 0]
    assert data.account.tolist() == [0, 1, 1]
    assert data.vectors.shape == (3, DIM)


def test_a_clause_carries_a_span_by_the_words_they_share() -> None:
    assert carries("and the rope is still in the boot of the car", "the rope is still in the boot")
    assert carries("the rope is still", "I said the rope is still in the boot")  # a span across a clause cut
    assert not carries("we went to the car after", "the rope is still in the boot")
    assert not carries("", "the rope")


def test_span_examples_make_the_marked_clause_a_positive_whatever_its_wording() -> None:
    texts = [
        ["we had a lovely night", "he said the bridge near work looks calm from the top", "I cried"],
        ["we walked over the bridge near work", "I cried after"],
    ]
    vectors = [HashingEmbedder().embed(t) for t in texts]
    spans = [["the bridge near work looks calm from the top"], []]
    data = span_examples(texts, vectors, spans, [True, False])
    # No pattern knows this wording: the marked span alone makes its clause a positive. The
    # flagged record's other clauses are left out; the hard negative's clauses are negatives.
    assert data.texts == (texts[0][1], *texts[1])
    assert data.labels.tolist() == [1, 0, 0]
    assert (data.account == -1).all()


def test_word_buckets_are_stable_and_fold_typography() -> None:
    ids = word_buckets("Won’t be needing them")
    assert np.array_equal(ids, word_buckets("won't BE needing them"))
    assert len(ids) == 4 + 3  # words and word pairs, each once
    assert ids.min() >= 0 and ids.max() < BUCKETS
    # crc32, not the salted hash(): another process hashes the same way.
    code = (
        "from tearwise.text.clause_flags import word_buckets; print(word_buckets('won\\'t be needing them').tolist())"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert other.strip() == str(ids.tolist())


def test_fit_scores_clauses_like_the_positives_higher_and_is_deterministic() -> None:
    _, positives, negatives = _cluster(1)
    x = np.vstack([positives, negatives])
    texts = tuple(["plain words"] * len(x))  # the words say nothing here: the network must
    data = clause_flags.Examples(x, texts, np.r_[np.ones(20), np.zeros(200)], np.arange(len(x)))
    layer = fit(data)
    scores = layer.scores(x, texts)
    assert scores[:20].min() > np.median(scores[20:])
    again = fit(data)
    assert np.array_equal(layer.hidden, again.hidden) and np.array_equal(layer.buckets, again.buckets)
    assert layer.threshold == NEVER  # train() chooses it, out of fold


def test_the_word_model_learns_what_the_encoder_blurs() -> None:
    """Same embedding for every row: only the words tell the positives apart."""
    positives = [f"the rope is in the boot again {i}" for i in range(15)]
    negatives = [f"the shopping is in the boot again {i}" for i in range(60)]
    texts = tuple(positives + negatives)
    x = np.ones((len(texts), 16))
    layer = fit(clause_flags.Examples(x, texts, np.r_[np.ones(15), np.zeros(60)], np.arange(len(texts))))
    probe = layer.scores(np.ones((2, 16)), ["there is a rope in the boot", "the shopping is in the car"])
    assert probe[0] > probe[1]


def test_labelled_rows_teach_what_no_pattern_caught() -> None:
    """Accounts with no caught clause teach nothing positive; sentences or spans do."""
    centre, positives, negatives = _cluster(5)
    data = clause_flags.Examples(negatives, tuple(["x"] * 200), np.zeros(200), np.arange(200))
    extra = sentence_examples(positives[:12], ["x"] * 12, [True] * 12)
    assert (extra.account == -1).all() and extra.labels.all()
    layer = fit(joined(data, extra))
    probe = centre + 0.3 * np.random.default_rng(6).normal(size=(5, 16))
    assert layer.scores(probe, ["x"] * 5).min() > np.median(layer.scores(negatives, ["x"] * 200))


def test_threshold_is_the_lowest_that_keeps_the_precision() -> None:
    maxima = np.array([5.0, 4.0, 3.0, 2.0, 1.0])
    truth = np.array([True, True, False, True, False])
    # Precision down the ranking: 1, 1, 0.67, 0.75, 0.6.
    assert choose_threshold(maxima, truth, precision=0.8) == 4.0
    assert choose_threshold(maxima, truth, precision=0.7) == 2.0
    assert choose_threshold(maxima, np.zeros(5, dtype=bool)) == NEVER


def test_training_chooses_the_threshold_out_of_fold() -> None:
    centre, positives, negatives = _cluster(7)
    rng = np.random.default_rng(8)
    # Ten styles of four accounts; every second account has one clause the patterns catch.
    texts, vectors, truth, groups = [], [], [], []
    for i in range(40):
        flagged = i % 2 == 0
        clauses = ["we talked", "I want to kill myself" if flagged else "we slept"]
        rows = np.vstack([negatives[i], positives[i % 20] if flagged else rng.normal(size=16)])
        texts.append(clauses)
        vectors.append(rows)
        truth.append(flagged)
        groups.append(f"style{i % 10}")
    layer, report = clause_flags.train(texts, vectors, np.array(truth), groups)
    assert np.isfinite(layer.threshold)
    assert report["oof_clause_self_harm_precision"] >= 0.8
    assert report["oof_clause_self_harm_recall"] > 0.5
    assert layer.raised(np.vstack([negatives[0], centre]), ["we talked", "I want to kill myself"]) == {"self_harm": 1}


def test_file_round_trip_tampering_and_older_format(tmp_path: Path) -> None:
    layer = _layer(0.5, np.ones(8) / np.sqrt(8), "a rope in the boot")
    path = tmp_path / "clause.npz"
    layer.save(path)
    loaded = clause_flags.load_clause_flags(path)
    assert np.allclose(loaded.hidden, layer.hidden) and np.allclose(loaded.buckets, layer.buckets)
    assert loaded.threshold == 0.5
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(ModelFileError, match="does not match its sha256"):
        clause_flags.load_clause_flags(path)
    with pytest.raises(ModelFileError, match="missing"):
        clause_flags.load_clause_flags(tmp_path / "absent.npz")
    older = io.BytesIO()
    np.savez_compressed(older, weights=np.zeros((4, 8)), bias=np.zeros(4), thresholds=np.zeros(4))
    save_trained(path, older.getvalue())
    with pytest.raises(ModelFileError, match="older format"):
        clause_flags.load_clause_flags(path)


def test_shipped_layers_load_and_raise_self_harm() -> None:
    for path in (clause_flags.CLAUSE_PATH, clause_flags.EVAL_CLAUSE_PATH):
        layer = clause_flags.load_clause_flags(path)
        assert np.isfinite(layer.threshold)
        assert layer.hidden.shape == (DIM, HIDDEN)


def _reader_with(fake_reader: Any, layer: ClauseFlags | None) -> TextReader:
    return TextReader(fake_reader.embedder, fake_reader.head, fake_reader.priors, layer)


CLAUSE = "lately the quiet afterwards feels like a door I could step through for good"
ACCOUNT = f"We had a lovely evening. {CLAUSE}. Then we slept."


def test_reader_raises_the_flag_a_clause_means_and_quotes_it(fake_reader: Any) -> None:
    direction = HashingEmbedder().embed([CLAUSE])[0].astype(np.float64)
    without = _reader_with(fake_reader, None).read(ACCOUNT)
    assert not without.flags["self_harm"]  # the patterns and the head do not see it
    reading = _reader_with(fake_reader, _layer(0.9, direction)).read(ACCOUNT)
    assert reading.flags["self_harm"]
    assert reading.flag_sentences["self_harm"].rstrip(".") == CLAUSE
    unused = _reader_with(fake_reader, _layer(NEVER, direction)).read(ACCOUNT)
    assert not unused.flags["self_harm"]


def test_reader_raises_the_flag_a_clause_words_and_quotes_it(fake_reader: Any) -> None:
    layer = _layer(2.0, phrase="a door I could step through for good")  # 15 of the clause's 27 buckets
    reading = _reader_with(fake_reader, layer).read(ACCOUNT)
    assert reading.flags["self_harm"]
    assert reading.flag_sentences["self_harm"].rstrip(".") == CLAUSE


def test_reader_never_lowers_a_flag_the_patterns_raise(fake_reader: Any) -> None:
    text = "It hurt so much but I kept going so he wouldn't be upset. I want to kill myself."
    reading = _reader_with(fake_reader, _layer(NEVER)).read(text)
    assert reading.flags["self_harm"] and reading.flags["unwanted_pain"]
    assert "kill myself" in reading.flag_sentences["self_harm"]


def test_a_batch_raises_what_each_account_raises_alone() -> None:
    rng = np.random.default_rng(3)
    layer = _layer(1.0, rng.normal(size=8), "step through")
    sizes = (3, 0, 1, 5, 0, 2)
    accounts = [rng.normal(size=(n, 8)) for n in sizes]
    texts = [[f"clause {k}" if k % 2 else "step through" for k in range(n)] for n in sizes]
    alone = [layer.raised(a, t) for a, t in zip(accounts, texts, strict=True)]
    assert layer.raised_many(accounts, texts) == alone
    assert alone[1] == {} and alone[4] == {}
    assert any(alone)  # the random clauses do reach the threshold somewhere


@pytest.mark.parametrize(
    "clause",
    [
        "I've been cutting back my hours since",
        "My company cut many people this year",
        "I spent the evenings cutting up her old blouses",
        "After sex he sleeps like the dead",
        "My sister said 'I'll kill him'",
        "Honestly I wanted to die on the spot",
        "The look on his face afterwards honestly killed me",
        "My boss can go jump off a cliff",
        # thirty-first session: sleep, fond or teasing talk, an everyday load, a haircut, a sex life
        # thought over
        "Afterwards I was dead to the world till noon",
        "I was dead on my feet after the night shift",
        "You two are going to be the death of me, she laughed",
        "I'd honestly die for you, she whispered",
        "She said she was gonna die if you kept kissing her neck like that",
        "This commute is honestly killing me",
        "I finally cut my hair off on Sunday",
        "The new pill killed her sex drive for a year",
        "I was sure that part of my life was done for good",
    ],
)
def test_a_clause_whose_words_mean_something_else_is_passed_over(clause: str) -> None:
    layer = _layer(1.0, phrase=clause)
    vectors = np.zeros((2, DIM))
    # Its words clear the threshold, yet alone it raises nothing; beside a clause that also clears
    # it, that other clause raises the flag.
    assert layer.raised(vectors[:1], [clause]) == {}
    strong = _layer(1.0, phrase=clause + " and I cut my arm")
    assert strong.raised(vectors, [clause, "and I cut my arm"]) == {"self_harm": 1}


@pytest.mark.parametrize(
    "clause",
    [
        "I've been cutting up my arms again",
        "I cut myself last night",
        # the thirty-first session's near misses leave these alone
        "I keep wishing I was dead and gone from this world",
        "Some nights I want to die so nobody has to deal with me",
        "I have been thinking that this part of my life should end, all of it",
    ],
)
def test_a_clause_of_real_self_harm_is_not_passed_over(clause: str) -> None:
    assert _layer(1.0, phrase=clause).raised(np.zeros((1, DIM)), [clause]) == {"self_harm": 0}
