"""The classifier head: a small neural network (one hidden layer), Platt-calibrated, in numpy.

Outputs are the seven causes followed by the four red flags, sharing one hidden layer of
128 units: the causes and flags lean on the same cues ("I froze" is trauma evidence and a
flag), and a hidden layer can weigh cues together ("at the climax" *and* "no sadness"),
which one logistic regression per output cannot. Out of fold (one fold per writing style)
it raised macro-F1 from 0.846 to 0.867 over the logistic head on the same features
(docs/classifier.md). Training is full-batch Adam with L2, from a fixed seed, on
standardised features. The trained head is a small ``.npz`` pinned by sha256.

A packaged head file holds two such networks side by side (``merge_heads``): the flag outputs
of one fitted on the labelled accounts, the cause outputs of one fitted on those and the short
texts too, so the causes can learn from more writing without moving a red flag.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS
from tearwise.text.embedder import ModelFileError, read_trained, save_trained

Array = npt.NDArray[np.float64]
OUTPUTS: Final[tuple[str, ...]] = (*CAUSE_IDS, *FLAG_IDS)
#: The shipped head, fitted on every labelled account (train, dev and test).
HEAD_PATH: Final = Path(__file__).parent / "model" / "head.npz"
#: The evaluation head, fitted on train + dev only: ``make eval`` scores this one on test.
EVAL_HEAD_PATH: Final = Path(__file__).parent / "model" / "head_eval.npz"
HEAD_SHA_PATH: Final = Path(__file__).parent / "model" / "head.sha256"


def sigmoid(z: Array) -> Array:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), dtype=np.float64)


HIDDEN: Final = 128
#: Training steps and learning rate of the full-batch Adam fit (out-of-fold loss had settled by 300).
STEPS: Final = 300
LEARNING_RATE: Final = 3e-3
SEED: Final = 0


def fit_network(
    x: Array,
    y: Array,
    l2: float,
    hidden: int = HIDDEN,
    steps: int = STEPS,
    seed: int = SEED,
    mask: Array | None = None,
) -> tuple[Array, Array, Array, Array]:
    """Hidden weights and biases, then output weights and biases, for standardised ``x``.

    Mean log-loss over outputs plus ``l2 * |W|^2 / 2``; He-initialised from ``seed``, so the
    same data gives the same head. ``mask`` (rows x outputs, 0 or 1) leaves chosen outputs
    of chosen rows out of the loss.
    """
    rng = np.random.default_rng(seed)
    n, d = x.shape
    k = y.shape[1]
    if mask is None:
        mask = np.ones_like(y)
    rate = (y * mask).sum(axis=0) / np.maximum(mask.sum(axis=0), 1.0)
    params = [
        rng.normal(0.0, np.sqrt(2.0 / d), (d, hidden)),
        np.zeros(hidden),
        rng.normal(0.0, np.sqrt(1.0 / hidden), (hidden, k)),
        np.log((rate + 1e-3) / (1.0 - rate + 1e-3)),
    ]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        w1, b1, w2, b2 = params
        pre = x @ w1 + b1
        act = np.maximum(pre, 0.0)
        err = (sigmoid(act @ w2 + b2) - y) * mask / n
        back = (err @ w2.T) * (pre > 0)
        grads = [x.T @ back + l2 * w1, back.sum(axis=0), act.T @ err + l2 * w2, err.sum(axis=0)]
        for i, g in enumerate(grads):
            first[i] = beta1 * first[i] + (1 - beta1) * g
            second[i] = beta2 * second[i] + (1 - beta2) * g**2
            params[i] = params[i] - LEARNING_RATE * (first[i] / (1 - beta1**t)) / (
                np.sqrt(second[i] / (1 - beta2**t)) + eps
            )
    w1, b1, w2, b2 = params
    return w1.T.copy(), b1, w2.T.copy(), b2


def fit_platt(z: Array, y: Array) -> tuple[float, float]:
    """Scale and shift of one output's logits so they become calibrated probabilities."""
    a, c = 1.0, 0.0
    for _ in range(500):
        p = sigmoid(a * z + c)
        ga = float(np.mean((p - y) * z)) + 1e-3 * (a - 1.0)
        gc = float(np.mean(p - y))
        a -= 0.5 * ga
        c -= 0.5 * gc
    return a, c


@dataclass(frozen=True)
class Head:
    mean: Array
    scale: Array
    hidden_weights: Array  # hidden units x features
    hidden_bias: Array
    weights: Array  # outputs x hidden units
    bias: Array
    platt_a: Array
    platt_b: Array
    thresholds: Array
    #: The first layer with the standardisation folded in: ``x @ w + b`` equals
    #: ``((x - mean) / scale) @ hidden_weights.T + hidden_bias`` without the two passes over ``x``
    #: (the head runs once per clause of every account, for explanations: a hot path).
    _folded: tuple[Array, Array] = field(init=False, repr=False, compare=False)
    #: The same in float32, for :meth:`push_logits`.
    _folded32: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.float32]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        w = np.ascontiguousarray((self.hidden_weights / self.scale).T)
        b = self.hidden_bias - self.hidden_weights @ (self.mean / self.scale)
        object.__setattr__(self, "_folded", (w, b))
        f32 = np.float32
        object.__setattr__(
            self, "_folded32", (w.astype(f32), b.astype(f32), np.ascontiguousarray(self.weights.T, dtype=f32))
        )

    def logits(self, x: Array) -> Array:
        """Raw (uncalibrated) logits, rows = accounts, columns = OUTPUTS."""
        w, b = self._folded
        hidden = np.maximum(x @ w + b, 0.0)
        return np.asarray(hidden @ self.weights.T + self.bias, dtype=np.float64)

    def push_logits(self, x: Array) -> Array:
        """``logits`` in float32 (within about 1e-4): for the left-out rows of explanations,
        which only rank clauses, at a third of the cost. Decisions use :meth:`logits`."""
        w, b, out = self._folded32
        hidden = np.maximum(x.astype(np.float32) @ w + b, np.float32(0.0))
        return np.asarray(hidden @ out, dtype=np.float64) + self.bias

    def calibrate(self, logits: Array) -> Array:
        """Calibrated probabilities from raw logits (Platt scaling per output)."""
        return sigmoid(self.platt_a * logits + self.platt_b)

    def probabilities(self, x: Array) -> Array:
        return self.calibrate(self.logits(x))

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            outputs=np.array(OUTPUTS),
            mean=self.mean,
            scale=self.scale,
            hidden_weights=self.hidden_weights.astype(np.float32),
            hidden_bias=self.hidden_bias,
            weights=self.weights.astype(np.float32),
            bias=self.bias,
            platt_a=self.platt_a,
            platt_b=self.platt_b,
            thresholds=self.thresholds,
        )
        return buffer.getvalue()

    def save(self, path: Path = HEAD_PATH) -> str:
        """Write the head and its sha256 file; return the sha256."""
        return save_trained(path, self.to_bytes())


def merge_heads(flag_head: Head, cause_head: Head) -> Head:
    """One head whose flag outputs are ``flag_head``'s and whose cause outputs are
    ``cause_head``'s, side by side: the hidden layers are stacked, and each output reads only
    its own head's hidden units, so every output is what its own head computes.

    Why: the causes can then be refitted on more writing (the short texts of data/short)
    without moving a single red flag; every refit of the whole head so far has lost true
    flags at the edge. Hidden units that none of the kept outputs reads are left out, so a
    merged head merged again keeps only the halves in use. The merged head keeps
    ``flag_head``'s standardisation; the cause head's own is folded into its hidden weights.
    """
    is_cause = np.array([o in CAUSE_IDS for o in OUTPUTS])
    flag_units = np.flatnonzero((flag_head.weights[~is_cause] != 0).any(axis=0))
    cause_units = np.flatnonzero((cause_head.weights[is_cause] != 0).any(axis=0))
    cause_in = cause_head.hidden_weights[cause_units]
    cause_hidden = cause_in * (flag_head.scale / cause_head.scale)
    cause_bias = cause_head.hidden_bias[cause_units] + cause_in @ (
        (flag_head.mean - cause_head.mean) / cause_head.scale
    )
    weights = np.zeros((len(OUTPUTS), len(flag_units) + len(cause_units)))
    weights[~is_cause, : len(flag_units)] = flag_head.weights[np.ix_(~is_cause, flag_units)]
    weights[is_cause, len(flag_units) :] = cause_head.weights[np.ix_(is_cause, cause_units)]

    def pick(flag_part: Array, cause_part: Array) -> Array:
        return np.where(is_cause, cause_part, flag_part)

    return Head(
        mean=flag_head.mean,
        scale=flag_head.scale,
        hidden_weights=np.vstack([flag_head.hidden_weights[flag_units], cause_hidden]),
        hidden_bias=np.concatenate([flag_head.hidden_bias[flag_units], cause_bias]),
        weights=weights,
        bias=pick(flag_head.bias, cause_head.bias),
        platt_a=pick(flag_head.platt_a, cause_head.platt_a),
        platt_b=pick(flag_head.platt_b, cause_head.platt_b),
        thresholds=pick(flag_head.thresholds, cause_head.thresholds),
    )


def load_head(path: Path = HEAD_PATH) -> Head:
    """The trained head, after checking its sha256 and that its outputs are ours."""
    data = read_trained(path, "the classifier head")
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        if "hidden_weights" not in npz.files:
            raise ModelFileError("the classifier head is from an older tearwise", hint="retrain it")
        if tuple(str(o) for o in npz["outputs"]) != OUTPUTS:
            raise ModelFileError("the classifier head was trained for other outputs", hint="retrain it")
        return Head(
            mean=npz["mean"].astype(np.float64),
            scale=npz["scale"].astype(np.float64),
            hidden_weights=npz["hidden_weights"].astype(np.float64),
            hidden_bias=npz["hidden_bias"].astype(np.float64),
            weights=npz["weights"].astype(np.float64),
            bias=npz["bias"].astype(np.float64),
            platt_a=npz["platt_a"].astype(np.float64),
            platt_b=npz["platt_b"].astype(np.float64),
            thresholds=npz["thresholds"].astype(np.float64),
        )
