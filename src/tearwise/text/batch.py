"""Batch classification: read many accounts, classify in chunks, write one line per input line.

Streaming end to end: input is read lazily, classified a chunk at a time, and written in
input order, so memory stays bounded however long the file is. The same chunk function
(:func:`classify_chunk`) runs in-process, in a local process pool, or on Dask workers,
which is why the three give identical results.

Input: JSON Lines (``{"id", "text"}`` per line), CSV with ``id`` and ``text`` columns, or
(for Dask) Parquet with those columns. A line that cannot be read becomes an output line
with an ``"error"`` field; it never stops the run unless the caller asks for strictness.
"""

from __future__ import annotations

import csv
import importlib
import itertools
import json
import logging
import math
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final, Literal

from tearwise.app.limits import MAX_NARRATIVE_CHARS
from tearwise.app.narrative import NarrativeReading
from tearwise.errors import InputError
from tearwise.text.constants import CHUNK_ROWS

InputFormat = Literal["jsonl", "csv", "parquet"]
#: ``run_local(workers=AUTO_WORKERS)``: one process first, a pool once the input proves long.
AUTO_WORKERS = 0
#: Chunks classified in-process before the automatic pool starts (4 x 512 = 2,048 accounts).
AUTO_POOL_AFTER_CHUNKS = 4
Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Item:
    """One input line: either an (id, text) to classify, or the reason it cannot be read."""

    line: int
    id: Any
    text: str | None
    error: str | None = None
    #: The input file, when a run reads several (named in error lines).
    source: str | None = None


def _check_text(line: int, item_id: Any, text: Any) -> Item:
    if text is None:
        return Item(line, item_id, None, "missing 'text'")
    if not isinstance(text, str):
        return Item(line, item_id, None, f"'text' must be a string, not {type(text).__name__}")
    if not text.strip():
        return Item(line, item_id, None, "'text' is empty")
    if len(text) > MAX_NARRATIVE_CHARS:
        return Item(
            line, item_id, None, f"'text' is too long ({len(text):,} characters; the limit is {MAX_NARRATIVE_CHARS:,})"
        )
    if item_id is None:
        return Item(line, None, None, "missing 'id'")
    if not isinstance(item_id, str | int | float) or isinstance(item_id, bool):
        return Item(line, None, None, "'id' must be a string or a number")
    if isinstance(item_id, float) and not math.isfinite(item_id):
        return Item(line, None, None, "'id' must be a finite number")
    return Item(line, item_id, text)


def parse_jsonl_line(line: int, raw: bytes) -> Item:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Item(line, None, None, "bad encoding (not UTF-8)")
    decoded = decoded.lstrip("\ufeff").strip()
    if not decoded:
        return Item(line, None, None, "empty line")
    try:
        value = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return Item(line, None, None, f"bad JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(value, dict):
        return Item(line, None, None, "a line must be a JSON object with 'id' and 'text'")
    return _check_text(line, value.get("id"), value.get("text"))


def read_jsonl(lines: Iterable[bytes]) -> Iterator[Item]:
    for number, raw in enumerate(lines, 1):
        yield parse_jsonl_line(number, raw.rstrip(b"\r\n"))


def read_csv(lines: Iterable[bytes]) -> Iterator[Item]:
    """CSV rows with ``id`` and ``text`` columns (header required; other columns ignored).

    Line numbers count records (the header is line 1), so they match the output lines.
    """
    decoded = (raw.decode("utf-8", errors="surrogateescape") for raw in lines)
    reader = csv.reader(decoded)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(f"the CSV header cannot be read ({exc})") from None
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    if "text" not in names or "id" not in names:
        raise InputError("the CSV needs a header with 'id' and 'text' columns")
    id_col, text_col = names.index("id"), names.index("text")
    number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            yield Item(number, None, None, f"bad CSV ({exc})")
            continue
        number += 1
        if any(_has_surrogate(cell) for cell in row):
            yield Item(number, None, None, "bad encoding (not UTF-8)")
            continue
        if len(row) <= max(id_col, text_col):
            yield Item(number, row[id_col] if len(row) > id_col else None, None, "missing 'text'")
            continue
        yield _check_text(number, row[id_col] or None, row[text_col])


def read_stream(stream: IO[bytes], name: str, fmt: InputFormat | None = None) -> Iterator[Item]:
    """Items from a binary stream; the format comes from ``fmt``, the name, or the first line."""
    first = stream.readline()
    chosen = fmt or detect_format(name, first)
    if chosen == "parquet":
        raise InputError("Parquet needs a file path, not a stream")
    lines = itertools.chain([first], stream) if first else iter(())
    yield from read_csv(lines) if chosen == "csv" else read_jsonl(lines)


def _has_surrogate(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def read_parquet(path: Path) -> Iterator[Item]:
    """Parquet rows with ``id`` and ``text`` columns, read a batch at a time."""
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(str(path)).iter_batches(batch_size=CHUNK_ROWS, columns=["id", "text"]):
        for row in batch.to_pylist():
            number += 1
            yield _check_text(number, row.get("id"), row.get("text"))


def detect_format(name: str, first_bytes: bytes) -> InputFormat:
    lowered = name.lower()
    if lowered.endswith(".csv"):
        return "csv"
    if lowered.endswith(".parquet") or lowered.endswith(".pq"):
        return "parquet"
    if lowered.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    return "jsonl" if first_bytes.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") or not first_bytes.strip() else "csv"


def chunked(items: Iterable[Item], size: int = CHUNK_ROWS) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def record_for(item_id: Any, reading: NarrativeReading) -> Record:
    """One output line for one account, exactly the public shape of issue 3."""
    from tearwise.app.contracts import classify_document
    from tearwise.knowledge.loader import load_knowledge_base

    return classify_document(item_id, reading, load_knowledge_base())


def error_record(item: Item) -> Record:
    where = f"{item.source} line {item.line}" if item.source else f"line {item.line}"
    return {"id": item.id, "error": f"{where}: {item.error}"}


def classify_items(items: list[Item], read_many: Callable[[list[str]], list[NarrativeReading]]) -> list[Record]:
    good = [item for item in items if item.error is None]
    readings = iter(read_many([item.text or "" for item in good])) if good else iter(())
    return [error_record(item) if item.error is not None else record_for(item.id, next(readings)) for item in items]


def classify_chunk(items: list[Item]) -> list[Record]:
    """Classify one chunk with this process's reader (loaded once per process).

    Module-level and importable, so process pools and Dask workers can run it.
    """
    from tearwise.text import load_reader

    return classify_items(items, load_reader(batch=True).read_many)


def worker_environment(threads: int) -> dict[str, str]:
    """Environment for a worker process that may use ``threads`` cores.

    Every thread pool in the process is held to that share, not only ONNX Runtime's:
    numpy's OpenBLAS (the head) and the tokenizer's Rust pool otherwise start one thread per
    core in every worker, and two single-thread workers on 2 cores then run 6 threads. On
    this machine that cost the pool about 4% of its throughput (docs/classifier.md). Must be
    in place before numpy or the tokenizer is imported.
    """
    count = str(max(1, threads))
    return {
        "ORT_DISABLE_TELEMETRY": "1",
        "TEARWISE_ORT_THREADS": count,
        "OPENBLAS_NUM_THREADS": count,
        "OMP_NUM_THREADS": count,
        "RAYON_NUM_THREADS": count,
    }


def _init_worker(threads: int) -> None:
    import os

    os.environ.update(worker_environment(threads))  # TEARWISE_ORT_THREADS among them
    from tearwise.text import load_reader

    load_reader(batch=True)  # load the model now, not on the first chunk


def run_local(
    chunks: Iterable[list[Item]], workers: int = 1, pool_after: int = AUTO_POOL_AFTER_CHUNKS
) -> Iterator[list[Record]]:
    """Results chunk by chunk, in input order.

    ``workers == 1``: this process (ONNX Runtime uses the cores as threads). ``workers > 1``:
    a process pool of that size. ``workers == AUTO_WORKERS``: this process for the first
    ``pool_after`` chunks, then, if more follow and there is more than one core, a pool of
    one single-thread process per core for the rest. On 2 cores two single-thread encoders
    run about 1.5x faster than one two-thread session (docs/classifier.md), but starting a
    pool costs about a second, which only pays off on long inputs.
    """
    if workers == AUTO_WORKERS:
        iterator = iter(chunks)
        cores = _cpu_count()
        for done, chunk in enumerate(iterator, start=1):
            yield classify_chunk(chunk)
            if cores > 1 and done >= pool_after:
                break
        else:
            return
        following = next(iterator, None)
        if following is not None:
            yield from _run_pool(itertools.chain([following], iterator), cores)
        return
    if workers <= 1:
        for chunk in chunks:
            yield classify_chunk(chunk)
        return
    yield from _run_pool(chunks, workers)


def _run_pool(chunks: Iterable[list[Item]], workers: int) -> Iterator[list[Record]]:
    """Results in input order from a spawn pool, at most two chunks per worker in flight."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    threads = max(1, _cpu_count() // workers)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(threads,)) as pool:
        window: deque[Future[list[Record]]] = deque()
        for chunk in chunks:
            window.append(pool.submit(classify_chunk, chunk))
            if len(window) >= 2 * workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


#: What a LocalCluster's own processes log. A task that fails raises in this process, where the run
#: reports it; below CRITICAL the workers only add noise to a clean run, such as the heartbeat error
#: with its traceback that a worker can log when the scheduler shuts down first (a race inside
#: ``distributed``, seen in ``make bench``).
LOCAL_CLUSTER_LOGS: Final = logging.CRITICAL


def run_dask(
    chunks: Iterable[list[Item]], scheduler: str, window: int = 8, n_workers: int | None = None
) -> Iterator[list[Record]]:
    """Results chunk by chunk, in input order, computed on a Dask cluster.

    ``scheduler`` is a scheduler address (``tcp://host:8786``) or ``local`` for a
    LocalCluster on this machine (``n_workers`` processes, default one per core). At most
    ``window`` chunks are in flight at once.
    """
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError as exc:
        raise InputError("Dask is not installed", hint="pip install 'tearwise[dask]'") from exc
    cluster: Any = None
    if scheduler == "local":
        workers = n_workers or _cpu_count()
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            env=worker_environment(_cpu_count() // workers),
            silence_logs=LOCAL_CLUSTER_LOGS,
        )
        client = distributed.Client(cluster)
    else:
        try:
            client = distributed.Client(scheduler, timeout="20s")
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}") from exc
    try:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(client.submit(classify_chunk, chunk, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _cpu_count() -> int:
    from tearwise.text.embedder import usable_cores

    return usable_cores()
