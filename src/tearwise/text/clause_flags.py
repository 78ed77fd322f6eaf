"""A third red-flag layer: clauses that read like the ones the patterns catch.

The patterns (flags.py) catch the wording they were written for, and every held-out round
showed new writers saying the same thing in words nobody wrote before. The head's learned
flag scores read a whole account at once (a mean of its clause embeddings), so one
self-harm clause among twenty is diluted. This layer looks at clauses one by one: a linear
model on each clause's embedding, trained on the clauses the patterns catch in the
labelled accounts (positives) and on every clause of accounts without that flag
(negatives), so it learns what such a clause *means* and can recognise it reworded. An
account is flagged when its best clause clears a threshold chosen out of fold (one fold
per writing style) for a set precision.

It is used for ``self_harm`` only (``CLAUSE_FLAGS``): there it caught missed flags that no
other layer caught at a small cost in false alarms; for the other three flags it added
almost no catch for many more false alarms (docs/classifier.md). Like the other layers it
can raise a flag, never lower one. Pure numpy, no I/O besides loading its pinned file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from tearwise.knowledge.ids import FLAG_IDS, FlagId
from tearwise.text.embedder import ModelFileError, read_trained, save_trained
from tearwise.text.flags import detect

Array = npt.NDArray[np.float64]

#: The flags this layer may raise (the others keep a threshold no score reaches).
CLAUSE_FLAGS: Final[tuple[FlagId, ...]] = ("self_harm",)
#: Out-of-fold precision the threshold must keep: the lowest threshold that still reaches it.
CLAUSE_PRECISION: Final = 0.8
#: Fit: full-batch Adam on the logistic loss with a little L2, positives up-weighted by the
#: square root of the class ratio (they are rare: about 1 clause in 25).
STEPS: Final = 300
LEARNING_RATE: Final = 0.05
L2: Final = 1e-3
#: A threshold no score reaches: the flag is not raised by this layer.
NEVER: Final = float("inf")

CLAUSE_PATH: Final = Path(__file__).parent / "model" / "clause_flags.npz"
#: Trained on train + dev only, for ``make eval`` (as ``head_eval.npz``).
EVAL_CLAUSE_PATH: Final = Path(__file__).parent / "model" / "clause_flags_eval.npz"


def _sigmoid(z: Array) -> Array:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), dtype=np.float64)


@dataclass(frozen=True)
class ClauseFlags:
    weights: Array  # flags x embedding dimensions
    bias: Array
    thresholds: Array  # NEVER for a flag this layer does not raise

    def raised(self, vectors: npt.NDArray[np.floating]) -> dict[FlagId, int]:
        """The flags one account's clauses raise, each with the index of its strongest clause."""
        return self.raised_many([vectors])[0]

    def raised_many(self, accounts: Sequence[npt.NDArray[np.floating]]) -> list[dict[FlagId, int]]:
        """``raised`` for many accounts, with one product for all their clauses (a batch's hot path)."""
        out: list[dict[FlagId, int]] = [{} for _ in accounts]
        used = np.flatnonzero(np.isfinite(self.thresholds))
        sizes = np.array([len(v) for v in accounts])
        if not len(used) or not sizes.sum():
            return out
        scores = np.concatenate([v for v in accounts if len(v)]).astype(np.float64) @ self.weights[used].T
        scores += self.bias[used]
        starts = np.concatenate([[0], np.cumsum(sizes[sizes > 0])[:-1]])
        best = np.maximum.reduceat(scores, starts, axis=0)
        for row, account in enumerate(np.flatnonzero(sizes > 0)):
            for column, flag in enumerate(used):
                if best[row, column] >= self.thresholds[flag]:
                    segment = scores[starts[row] : starts[row] + sizes[account], column]
                    out[account][FLAG_IDS[flag]] = int(np.argmax(segment))
        return out

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            flags=np.array(FLAG_IDS),
            weights=self.weights.astype(np.float32),
            bias=self.bias,
            thresholds=self.thresholds,
        )
        return buffer.getvalue()

    def save(self, path: Path = CLAUSE_PATH) -> str:
        """Write the layer and its sha256 file; return the sha256."""
        return save_trained(path, self.to_bytes())


def load_clause_flags(path: Path = CLAUSE_PATH) -> ClauseFlags:
    """The trained layer, after checking its sha256 and that its flags are ours."""
    data = read_trained(path, "the clause red-flag layer")
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        if tuple(str(f) for f in npz["flags"]) != FLAG_IDS:
            raise ModelFileError("the clause red-flag layer was trained for other flags", hint="retrain it")
        return ClauseFlags(
            weights=npz["weights"].astype(np.float64),
            bias=npz["bias"].astype(np.float64),
            thresholds=npz["thresholds"].astype(np.float64),
        )


# --- training (scripts/train_classifier.py) ---------------------------------------------


@dataclass(frozen=True)
class Examples:
    """Clause rows for training: vectors, the account each came from, labels and a mask.

    A clause is a positive for a flag when the patterns raise that flag on the clause alone;
    a negative when its account does not carry the flag. The other clauses of a flagged
    account are left out (mask 0): they may say the same thing in words the patterns miss.
    """

    vectors: Array
    account: npt.NDArray[np.int64]
    labels: Array
    mask: Array


def examples(
    unit_texts: Sequence[Sequence[str]], vectors: Sequence[npt.NDArray[np.floating]], truth: npt.NDArray[np.bool_]
) -> Examples:
    rows: list[npt.NDArray[np.floating]] = []
    accounts: list[int] = []
    labels: list[list[bool]] = []
    masks: list[list[bool]] = []
    for i, (texts, matrix) in enumerate(zip(unit_texts, vectors, strict=True)):
        for k, text in enumerate(texts):
            hit = detect(text)
            label = [flag in hit for flag in FLAG_IDS]
            rows.append(matrix[k])
            accounts.append(i)
            labels.append(label)
            masks.append([caught or not truth[i, j] for j, caught in enumerate(label)])
    dim = vectors[0].shape[1] if vectors else 0
    return Examples(
        vectors=np.array(rows, dtype=np.float64).reshape(len(rows), dim),
        account=np.array(accounts, dtype=np.int64),
        labels=np.array(labels, dtype=np.float64).reshape(len(rows), len(FLAG_IDS)),
        mask=np.array(masks, dtype=np.float64).reshape(len(rows), len(FLAG_IDS)),
    )


def sentence_examples(vectors: npt.NDArray[np.floating], truth: npt.NDArray[np.bool_]) -> Examples:
    """Rows from labelled sentences (data/clauses): each is one clause whose four flags are known."""
    n = len(vectors)
    return Examples(
        vectors=np.asarray(vectors, dtype=np.float64).reshape(n, -1),
        account=np.full(n, -1, dtype=np.int64),
        labels=np.asarray(truth, dtype=np.float64).reshape(n, len(FLAG_IDS)),
        mask=np.ones((n, len(FLAG_IDS))),
    )


def joined(data: Examples, extra: Examples | None) -> Examples:
    """``data`` with the ``extra`` rows after it (labelled sentences join every fit)."""
    if extra is None or not len(extra.vectors):
        return data
    return Examples(
        np.vstack([data.vectors, extra.vectors]),
        np.concatenate([data.account, extra.account]),
        np.vstack([data.labels, extra.labels]),
        np.vstack([data.mask, extra.mask]),
    )


def fit(data: Examples) -> tuple[Array, Array]:
    """Weights (flags x dims) and biases of one logistic model per flag, from zeros (deterministic)."""
    x, y, m = data.vectors, data.labels, data.mask
    n, d = x.shape
    known = np.maximum(m.sum(axis=0), 1.0)
    rate = (y * m).sum(axis=0) / known
    weights = np.zeros((d, y.shape[1]))
    bias = np.log(rate + 1e-4) - np.log(1.0 - rate + 1e-4)
    ratio = (m * (1 - y)).sum(axis=0) / np.maximum((m * y).sum(axis=0), 1.0)
    sample = m * np.where(y > 0, np.sqrt(ratio), 1.0)
    moments = [[np.zeros_like(weights), np.zeros_like(bias)] for _ in range(2)]
    for t in range(1, STEPS + 1):
        err = (_sigmoid(x @ weights + bias) - y) * sample / max(n, 1)
        grads = (x.T @ err + L2 * weights, err.sum(axis=0))
        params = [weights, bias]
        for i, grad in enumerate(grads):
            moments[0][i] = 0.9 * moments[0][i] + 0.1 * grad
            moments[1][i] = 0.999 * moments[1][i] + 0.001 * grad**2
            step = (moments[0][i] / (1 - 0.9**t)) / (np.sqrt(moments[1][i] / (1 - 0.999**t)) + 1e-8)
            params[i] = params[i] - LEARNING_RATE * step
        weights, bias = params
    return weights.T.copy(), bias


def account_maxima(data: Examples, scores: Array, n_accounts: int) -> Array:
    """Accounts x flags: the best clause score of each account (-inf for an account with no clause)."""
    out = np.full((n_accounts, scores.shape[1]), -np.inf)
    np.maximum.at(out, data.account, scores)
    return out


def out_of_fold_maxima(data: Examples, groups: Sequence[str], extra: Examples | None = None) -> Array:
    """Each account's best clause score from a layer fitted without its writing style (and
    with every ``extra`` sentence, which belongs to no style)."""
    styles = np.array(groups)
    scores = np.zeros_like(data.labels)
    for style in sorted(set(groups)):
        held = np.isin(data.account, np.flatnonzero(styles == style))
        rest = Examples(data.vectors[~held], data.account[~held], data.labels[~held], data.mask[~held])
        weights, bias = fit(joined(rest, extra))
        scores[held] = data.vectors[held] @ weights.T + bias
    return account_maxima(data, scores, len(groups))


def choose_thresholds(maxima: Array, truth: npt.NDArray[np.bool_], precision: float = CLAUSE_PRECISION) -> Array:
    """Per flag in ``CLAUSE_FLAGS``: the lowest threshold whose flagged accounts still reach
    ``precision`` out of fold (most recall at that precision); NEVER for the other flags."""
    thresholds = np.full(len(FLAG_IDS), NEVER)
    for i, flag in enumerate(FLAG_IDS):
        if flag not in CLAUSE_FLAGS:
            continue
        order = np.argsort(-maxima[:, i], kind="stable")
        hits = np.cumsum(truth[order, i])
        ok = np.flatnonzero(hits / np.arange(1, len(order) + 1) >= precision)
        if len(ok):
            thresholds[i] = float(maxima[order[ok[-1]], i])
    return thresholds


def train(
    unit_texts: Sequence[Sequence[str]],
    vectors: Sequence[npt.NDArray[np.floating]],
    truth: npt.NDArray[np.bool_],
    groups: Sequence[str],
    extra: Examples | None = None,
) -> tuple[ClauseFlags, dict[str, float]]:
    """Thresholds out of fold (by style), then one fit on every clause and ``extra`` sentence;
    with out-of-fold figures."""
    data = examples(unit_texts, vectors, truth)
    maxima = out_of_fold_maxima(data, groups, extra)
    thresholds = choose_thresholds(maxima, truth)
    weights, bias = fit(joined(data, extra))
    report: dict[str, float] = {}
    for i, flag in enumerate(FLAG_IDS):
        if flag not in CLAUSE_FLAGS:
            continue
        raised = maxima[:, i] >= thresholds[i]
        caught = float(np.sum(raised & truth[:, i]))
        report[f"oof_clause_{flag}_recall"] = caught / max(1.0, float(truth[:, i].sum()))
        report[f"oof_clause_{flag}_precision"] = caught / max(1.0, float(raised.sum()))
    return ClauseFlags(weights, bias, thresholds), report
