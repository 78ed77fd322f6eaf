"""The classifier head: one logistic regression per output, Platt-calibrated, in numpy.

Outputs are the seven causes followed by the four red flags. Training (``fit``) is plain
full-batch gradient descent with L2; the features are standardised first. The trained head
is a small ``.npz`` (weights, scaling, calibration, thresholds) pinned by sha256.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS
from tearwise.text.embedder import ModelFileError

Array = npt.NDArray[np.float64]
OUTPUTS: Final[tuple[str, ...]] = (*CAUSE_IDS, *FLAG_IDS)
#: The shipped head, fitted on every labelled account (train, dev and test).
HEAD_PATH: Final = Path(__file__).parent / "model" / "head.npz"
#: The evaluation head, fitted on train + dev only: ``make eval`` scores this one on test.
EVAL_HEAD_PATH: Final = Path(__file__).parent / "model" / "head_eval.npz"
HEAD_SHA_PATH: Final = Path(__file__).parent / "model" / "head.sha256"


def sigmoid(z: Array) -> Array:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))), dtype=np.float64)


def fit_logistic(x: Array, y: Array, l2: float, steps: int = 400, lr: float = 0.05) -> tuple[Array, Array]:
    """Weights (outputs x features) and biases for standardised ``x`` and 0/1 targets ``y``.

    Adam on the mean log-loss plus ``l2 * |w|^2 / 2``; deterministic (zero start).
    """
    n, d = x.shape
    k = y.shape[1]
    w = np.zeros((k, d))
    b = np.log((y.mean(axis=0) + 0.5 / n) / (1 - y.mean(axis=0) + 0.5 / n))
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        p = sigmoid(x @ w.T + b)
        err = p - y
        gw = err.T @ x / n + l2 * w
        gb = err.mean(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw**2
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb**2
        w -= lr * (mw / (1 - beta1**t)) / (np.sqrt(vw / (1 - beta2**t)) + eps)
        b -= lr * (mb / (1 - beta1**t)) / (np.sqrt(vb / (1 - beta2**t)) + eps)
    return w, b


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
    weights: Array  # outputs x features
    bias: Array
    platt_a: Array
    platt_b: Array
    thresholds: Array

    def logits(self, x: Array) -> Array:
        """Raw (uncalibrated) logits, rows = accounts, columns = OUTPUTS."""
        return np.asarray(((x - self.mean) / self.scale) @ self.weights.T + self.bias, dtype=np.float64)

    def probabilities(self, x: Array) -> Array:
        return sigmoid(self.platt_a * self.logits(x) + self.platt_b)

    def unit_scores(self, unit_vectors: Array, block_start: int, block_stop: int) -> Array:
        """How much each unit's embedding pushes each output (units x outputs, uncalibrated)."""
        w = self.weights[:, block_start:block_stop] / self.scale[block_start:block_stop]
        return np.asarray(unit_vectors @ w.T, dtype=np.float64)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            outputs=np.array(OUTPUTS),
            mean=self.mean,
            scale=self.scale,
            weights=self.weights.astype(np.float32),
            bias=self.bias,
            platt_a=self.platt_a,
            platt_b=self.platt_b,
            thresholds=self.thresholds,
        )
        return buffer.getvalue()

    def save(self, path: Path = HEAD_PATH) -> str:
        """Write the head and its sha256 file; return the sha256."""
        data = self.to_bytes()
        path.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        path.with_suffix(".sha256").write_text(digest + "\n", encoding="utf-8")
        return digest


def load_head(path: Path = HEAD_PATH) -> Head:
    """The trained head, after checking its sha256 and that its outputs are ours."""
    sha_path = path.with_suffix(".sha256")
    if not path.is_file() or not sha_path.is_file():
        raise ModelFileError(f"the classifier head is missing at {path}", hint="run scripts/train_classifier.py")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha_path.read_text(encoding="utf-8").strip():
        raise ModelFileError(f"the classifier head at {path} does not match its sha256", hint="reinstall tearwise")
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        if tuple(str(o) for o in npz["outputs"]) != OUTPUTS:
            raise ModelFileError("the classifier head was trained for other outputs", hint="retrain it")
        return Head(
            mean=npz["mean"].astype(np.float64),
            scale=npz["scale"].astype(np.float64),
            weights=npz["weights"].astype(np.float64),
            bias=npz["bias"].astype(np.float64),
            platt_a=npz["platt_a"].astype(np.float64),
            platt_b=npz["platt_b"].astype(np.float64),
            thresholds=npz["thresholds"].astype(np.float64),
        )
