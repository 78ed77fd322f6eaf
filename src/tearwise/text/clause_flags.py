"""A third red-flag layer: clauses that mean self-harm, however they are worded.

The patterns (flags.py) catch the wording they were written for, and the head's learned
flag score reads a whole account at once (a mean of its clause embeddings), so one
self-harm clause among twenty is diluted. This layer reads clauses one by one. Every
held-out round and the probe accounts showed the same gap: self-harm said sideways (a
warning sign, a means named in passing, a burden thought, scars) is what both other layers
miss, so this layer is taught from clauses that *mean* self-harm:

- the clauses the patterns catch in the labelled accounts (positives), and every clause of
  the accounts without the flag (negatives);
- the span-marked records of ``data/sideways`` (eighth session): short accounts whose
  writers marked the words that carry the self-harm meaning, so the clause that holds them
  is a positive whatever its wording; every clause of their hard negatives is a negative;
- the labelled sentences of ``data/clauses``.

A clause's score is the sum of two logits fitted to the same rows: a small network (one
hidden layer) on the clause embedding, for what it means, and a linear model on hashed
words and word pairs, for what it says (the encoder blurs "rope in the boot" into any
car talk; the words do not). A linear model on the embedding alone, the fifth session's
layer, caught 0.15 of the self-harm records of a writer it had not seen; this one 0.54
(docs/classifier.md). An account is flagged when its best clause clears a threshold
chosen out of fold (one fold per writing style) as the lowest that keeps precision 0.80.

It is used for ``self_harm`` only (``CLAUSE_FLAG``): for the other three flags a clause
layer added almost no catch for many more false alarms (docs/classifier.md). A clause whose
self-harm words are a phrase that means something else ("cut back on the drinking", "I wanted
to die on the spot": ``flags.clause_near_miss``) is passed over. Like the other layers it can
raise the flag, never lower it. Pure numpy; no I/O besides loading its pinned file.
"""

from __future__ import annotations

import io
import itertools
import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from tearwise.knowledge.ids import FlagId
from tearwise.text.embedder import ModelFileError, read_trained, save_trained
from tearwise.text.flags import clause_near_miss, detect
from tearwise.text.head import sigmoid
from tearwise.text.units import words

Array = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

#: The one flag this layer may raise.
CLAUSE_FLAG: Final[FlagId] = "self_harm"
#: Out-of-fold precision the threshold must keep: the lowest threshold that still reaches it.
CLAUSE_PRECISION: Final = 0.8
#: The network: one hidden layer of ReLUs, mini-batch Adam for a few epochs (more for small
#: data, so it takes ``MIN_STEPS`` steps at least), from a fixed seed (deterministic).
#: Positives are up-weighted by the square root of the class ratio (they are rare: about 1
#: clause in 20).
HIDDEN: Final = 128
EPOCHS: Final = 6
MIN_STEPS: Final = 300
BATCH: Final = 256
NET_RATE: Final = 2e-3
NET_L2: Final = 1e-5
SEED: Final = 0
#: The word model: words and word pairs hashed into this many buckets, full-batch Adam.
#: Its L2 was chosen by cross-validation only (eleventh session, docs/classifier.md): out
#: of fold by style on train + dev, recall at precision 0.80 was 0.78 at 1e-4, 0.84 at
#: 1e-5, 0.85 at 3e-6 and 1e-6, and 0.80 with none; leaving one sideways writer out
#: agreed. 3e-6 sits inside that plateau, away from its unregularised edge.
BUCKETS: Final = 1 << 15
WORD_STEPS: Final = 300
WORD_RATE: Final = 0.1
WORD_L2: Final = 3e-6
#: A threshold no score reaches: the layer raises nothing.
NEVER: Final = float("inf")
#: Bumped when the file's contents change meaning; an older file asks to be retrained.
FORMAT: Final = 2

CLAUSE_PATH: Final = Path(__file__).parent / "model" / "clause_flags.npz"
#: Trained on train + dev only, for ``make eval`` (as ``head_eval.npz``).
EVAL_CLAUSE_PATH: Final = Path(__file__).parent / "model" / "clause_flags_eval.npz"


def word_buckets(text: str) -> Ints:
    """The hashed buckets of a clause's words and word pairs (folded, lower case), each once.

    crc32 rather than ``hash``: Python salts ``hash`` per process, and a trained file must
    mean the same in every process.
    """
    tokens = words(text)
    grams = itertools.chain(tokens, map(" ".join, itertools.pairwise(tokens)))
    found = sorted({zlib.crc32(g.encode()) % BUCKETS for g in grams})
    return np.fromiter(found, dtype=np.int64, count=len(found))


@dataclass(frozen=True)
class ClauseFlags:
    hidden: Array  # embedding dimensions x HIDDEN
    hidden_bias: Array  # HIDDEN
    out: Array  # HIDDEN
    buckets: Array  # BUCKETS: the word model's weights
    bias: float  # both models' biases together
    threshold: float  # NEVER: the layer raises nothing

    def scores(self, vectors: npt.NDArray[np.floating], texts: Sequence[str]) -> Array:
        """One logit per clause: what its embedding means plus what its words say."""
        meaning = np.maximum(np.asarray(vectors, dtype=np.float64) @ self.hidden + self.hidden_bias, 0.0) @ self.out
        wording = np.array([_word_logit(self.buckets, word_buckets(t)) for t in texts], dtype=np.float64)
        return np.asarray(meaning + wording + self.bias, dtype=np.float64)

    def raised(self, vectors: npt.NDArray[np.floating], texts: Sequence[str]) -> dict[FlagId, int]:
        """The flag one account's clauses raise, with the index of its strongest clause."""
        return self.raised_many([vectors], [texts])[0]

    def raised_many(
        self, vectors: Sequence[npt.NDArray[np.floating]], texts: Sequence[Sequence[str]]
    ) -> list[dict[FlagId, int]]:
        """``raised`` for many accounts, with one product for all their clauses (a batch's hot path)."""
        out: list[dict[FlagId, int]] = [{} for _ in vectors]
        sizes = [len(v) for v in vectors]
        if not math.isfinite(self.threshold) or not sum(sizes):
            return out
        flat = [t for account, n in zip(texts, sizes, strict=True) for t in list(account)[:n]]
        scores = self.scores(np.concatenate([v for v in vectors if len(v)]), flat)
        start = 0
        for account, n in enumerate(sizes):
            segment = scores[start : start + n]
            start += n
            if not n or float(np.max(segment)) < self.threshold:
                continue
            # The strongest clause over the threshold whose self-harm words are not a phrase that
            # means something else ("cut back on the drinking"); read only where one clears it.
            for index in np.argsort(-segment, kind="stable"):
                if segment[index] < self.threshold:
                    break
                if not clause_near_miss(texts[account][int(index)]):
                    out[account][CLAUSE_FLAG] = int(index)
                    break
        return out

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            format=np.array(FORMAT),
            flag=np.array(CLAUSE_FLAG),
            hidden=self.hidden.astype(np.float32),
            hidden_bias=self.hidden_bias,
            out=self.out,
            buckets=self.buckets.astype(np.float32),
            bias=np.array(self.bias),
            threshold=np.array(self.threshold),
        )
        return buffer.getvalue()

    def save(self, path: Path = CLAUSE_PATH) -> str:
        """Write the layer and its sha256 file; return the sha256."""
        return save_trained(path, self.to_bytes())


def _word_logit(weights: Array, buckets: Ints) -> float:
    """A clause's word score: its buckets' weights, scaled so long clauses do not win by length."""
    return float(weights[buckets].sum()) / math.sqrt(max(len(buckets), 1))


def load_clause_flags(path: Path = CLAUSE_PATH) -> ClauseFlags:
    """The trained layer, after checking its sha256, its format and its shapes."""
    data = read_trained(path, "the clause red-flag layer")
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        if "format" not in npz.files or int(npz["format"]) != FORMAT or str(npz["flag"]) != CLAUSE_FLAG:
            raise ModelFileError("the clause red-flag layer is in an older format", hint="retrain it")
        layer = ClauseFlags(
            hidden=npz["hidden"].astype(np.float64),
            hidden_bias=npz["hidden_bias"].astype(np.float64),
            out=npz["out"].astype(np.float64),
            buckets=npz["buckets"].astype(np.float64),
            bias=float(npz["bias"]),
            threshold=float(npz["threshold"]),
        )
    if layer.hidden.shape[1:] != (HIDDEN,) or layer.out.shape != (HIDDEN,) or layer.buckets.shape != (BUCKETS,):
        raise ModelFileError("the clause red-flag layer has unexpected shapes", hint="retrain it")
    return layer


# --- training (scripts/train_classifier.py) ---------------------------------------------


@dataclass(frozen=True)
class Examples:
    """Clause rows for training: embeddings, texts, labels, and the account each came from
    (-1 for a row from a span-marked record or a labelled sentence, which belongs to no
    writing style and joins every fit)."""

    vectors: Array
    texts: tuple[str, ...]
    labels: Array
    account: Ints

    def __len__(self) -> int:
        return len(self.labels)

    def take(self, rows: npt.NDArray[np.bool_]) -> Examples:
        keep = np.flatnonzero(rows)
        return Examples(self.vectors[keep], tuple(self.texts[i] for i in keep), self.labels[keep], self.account[keep])


def _rows(
    vectors: list[npt.NDArray[np.floating]], texts: list[str], labels: list[bool], account: list[int], dim: int
) -> Examples:
    return Examples(
        vectors=np.array(vectors, dtype=np.float64).reshape(len(vectors), dim),
        texts=tuple(texts),
        labels=np.array(labels, dtype=np.float64),
        account=np.array(account, dtype=np.int64),
    )


def examples(
    unit_texts: Sequence[Sequence[str]], vectors: Sequence[npt.NDArray[np.floating]], truth: npt.NDArray[np.bool_]
) -> Examples:
    """Rows from labelled accounts (``truth``: has the account the flag). A clause is a
    positive when the patterns raise the flag on it alone, a negative when its account does
    not carry the flag; the other clauses of a flagged account are left out, as they may say
    the same thing in words the patterns miss."""
    rows: list[npt.NDArray[np.floating]] = []
    texts: list[str] = []
    labels: list[bool] = []
    accounts: list[int] = []
    for i, (clauses, matrix) in enumerate(zip(unit_texts, vectors, strict=True)):
        for k, text in enumerate(clauses):
            caught = CLAUSE_FLAG in detect(text)
            if caught or not truth[i]:
                rows.append(matrix[k])
                texts.append(text)
                labels.append(caught)
                accounts.append(i)
    return _rows(rows, texts, labels, accounts, vectors[0].shape[1] if vectors else 0)


def carries(clause: str, span: str) -> bool:
    """Whether a clause holds a marked span: at least half the words of the shorter of the two
    are shared, and two at least unless one of them has fewer (a span may cross a clause cut)."""
    mine, theirs = set(words(clause)), set(words(span))
    shared = len(mine & theirs)
    shorter = min(len(mine), len(theirs))
    return shorter > 0 and shared >= 0.5 * shorter and (shared >= 2 or shorter <= 2)


def span_examples(
    unit_texts: Sequence[Sequence[str]],
    vectors: Sequence[npt.NDArray[np.floating]],
    spans: Sequence[Sequence[str]],
    truth: Sequence[bool],
) -> Examples:
    """Rows from span-marked records (``data/sideways``): a clause that carries a marked span
    is a positive; the other clauses of a self-harm record are left out (context around the
    words that carry it); every clause of a record without self-harm is a negative."""
    rows: list[npt.NDArray[np.floating]] = []
    texts: list[str] = []
    labels: list[bool] = []
    for clauses, matrix, marked, flagged in zip(unit_texts, vectors, spans, truth, strict=True):
        for k, text in enumerate(clauses):
            positive = flagged and any(carries(text, span) for span in marked)
            if positive or not flagged:
                rows.append(matrix[k])
                texts.append(text)
                labels.append(positive)
    return _rows(rows, texts, labels, [-1] * len(rows), vectors[0].shape[1] if vectors else 0)


def sentence_examples(vectors: npt.NDArray[np.floating], texts: Sequence[str], truth: Sequence[bool]) -> Examples:
    """Rows from labelled sentences (``data/clauses``): each is one clause whose flag is known."""
    n = len(texts)
    return _rows(list(np.asarray(vectors).reshape(n, -1)), list(texts), list(truth), [-1] * n, np.shape(vectors)[-1])


def joined(*parts: Examples) -> Examples:
    """The rows of every part, in order."""
    return Examples(
        np.vstack([p.vectors for p in parts]),
        tuple(t for p in parts for t in p.texts),
        np.concatenate([p.labels for p in parts]),
        np.concatenate([p.account for p in parts]),
    )


def _adam(params: list[Array], grads: list[Array], moments: list[list[Array]], step: int, rate: float) -> None:
    """One Adam step, in place (the default betas)."""
    for i, grad in enumerate(grads):
        moments[0][i] = 0.9 * moments[0][i] + 0.1 * grad
        moments[1][i] = 0.999 * moments[1][i] + 0.001 * grad**2
        update = (moments[0][i] / (1 - 0.9**step)) / (np.sqrt(moments[1][i] / (1 - 0.999**step)) + 1e-8)
        params[i] -= rate * update


def _row_weights(y: Array) -> Array:
    ratio = float((1 - y).sum()) / max(float(y.sum()), 1.0)
    return np.where(y > 0, math.sqrt(ratio), 1.0)


def _fit_network(x: Array, y: Array, weight: Array) -> list[Array]:
    rng = np.random.default_rng(SEED)
    d = x.shape[1]
    params = [
        rng.normal(0.0, 1.0 / math.sqrt(d), (d, HIDDEN)),
        np.zeros(HIDDEN),
        rng.normal(0.0, 1.0 / math.sqrt(HIDDEN), HIDDEN),
        np.zeros(1),
    ]
    moments = [[np.zeros_like(p) for p in params] for _ in range(2)]
    step = 0
    for _ in range(max(EPOCHS, math.ceil(MIN_STEPS / math.ceil(max(len(y), 1) / BATCH)))):
        order = rng.permutation(len(y))
        for start in range(0, len(y), BATCH):
            rows = order[start : start + BATCH]
            step += 1
            hidden = np.maximum(x[rows] @ params[0] + params[1], 0.0)
            err = (sigmoid(hidden @ params[2] + params[3][0]) - y[rows]) * weight[rows] / len(rows)
            back = np.outer(err, params[2]) * (hidden > 0)
            grads = [x[rows].T @ back + NET_L2 * params[0], back.sum(axis=0), hidden.T @ err + NET_L2 * params[2]]
            _adam(params, [*grads, np.array([err.sum()])], moments, step, NET_RATE)
    return params


def _fit_words(texts: Sequence[str], y: Array, weight: Array) -> tuple[Array, float]:
    ids = [word_buckets(t) for t in texts]
    index = np.concatenate([*ids, np.zeros(0, dtype=np.int64)])
    owner = np.repeat(np.arange(len(ids)), [len(i) for i in ids])
    scale = np.repeat([1.0 / math.sqrt(max(len(i), 1)) for i in ids], [len(i) for i in ids])
    params = [np.zeros(BUCKETS), np.zeros(1)]
    moments = [[np.zeros_like(p) for p in params] for _ in range(2)]
    for step in range(1, WORD_STEPS + 1):
        z = np.bincount(owner, weights=params[0][index] * scale, minlength=len(ids)) + params[1][0]
        err = (sigmoid(z) - y) * weight / max(len(y), 1)
        grad = np.bincount(index, weights=err[owner] * scale, minlength=BUCKETS) + WORD_L2 * params[0]
        _adam(params, [grad, np.array([err.sum()])], moments, step, WORD_RATE)
    return params[0], float(params[1][0])


def fit(data: Examples) -> ClauseFlags:
    """Both models on every row (deterministic); the threshold is left at NEVER."""
    weight = _row_weights(data.labels)
    net = _fit_network(data.vectors, data.labels, weight)
    buckets, word_bias = _fit_words(data.texts, data.labels, weight)
    return ClauseFlags(net[0], net[1], net[2], buckets, float(net[3][0]) + word_bias, NEVER)


def out_of_fold_maxima(data: Examples, groups: Sequence[str], extra: Examples | None = None) -> Array:
    """Each account's best clause score from a layer fitted without its writing style (and
    with every ``extra`` row, which belongs to no style); -inf for an account with no row."""
    styles = np.array(groups)
    scores = np.zeros(len(data))
    for style in sorted(set(groups)):
        held = np.isin(data.account, np.flatnonzero(styles == style))
        rest = data.take(~held)
        layer = fit(joined(rest, extra) if extra is not None else rest)
        scores[held] = layer.scores(data.vectors[held], [data.texts[i] for i in np.flatnonzero(held)])
    out = np.full(len(groups), -np.inf)
    np.maximum.at(out, data.account, scores)
    return out


def choose_threshold(maxima: Array, truth: npt.NDArray[np.bool_], precision: float = CLAUSE_PRECISION) -> float:
    """The lowest threshold whose flagged accounts still reach ``precision`` out of fold (most
    recall at that precision); NEVER when none does."""
    order = np.argsort(-maxima, kind="stable")
    hits = np.cumsum(truth[order])
    ok = np.flatnonzero(hits / np.arange(1, len(order) + 1) >= precision)
    return float(maxima[order[ok[-1]]]) if len(ok) else NEVER


def train(
    unit_texts: Sequence[Sequence[str]],
    vectors: Sequence[npt.NDArray[np.floating]],
    truth: npt.NDArray[np.bool_],
    groups: Sequence[str],
    extra: Examples | None = None,
) -> tuple[ClauseFlags, dict[str, float]]:
    """Threshold out of fold (by style), then one fit on every row; with out-of-fold figures.
    ``truth`` is whether each account has the flag."""
    data = examples(unit_texts, vectors, truth)
    maxima = out_of_fold_maxima(data, groups, extra)
    threshold = choose_threshold(maxima, truth)
    final = fit(joined(data, extra) if extra is not None else data)
    raised = maxima >= threshold
    caught = float(np.sum(raised & truth))
    report = {
        f"oof_clause_{CLAUSE_FLAG}_recall": caught / max(1.0, float(truth.sum())),
        f"oof_clause_{CLAUSE_FLAG}_precision": caught / max(1.0, float(raised.sum())),
    }
    layer = ClauseFlags(final.hidden, final.hidden_bias, final.out, final.buckets, final.bias, threshold)
    return layer, report
