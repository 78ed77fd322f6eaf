"""Benchmark of the narrative reader and ``tearwise classify`` (part of ``make bench``).

Every figure is printed beside its target and, where the issue asks, beside a baseline
measured in the same run (the raw encoder's own throughput on the same inputs, and on whole accounts).

    python bench/bench_text.py [--quick]
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

ROOT = Path(__file__).resolve().parent.parent


def _texts(limit: int) -> list[str]:
    from tearwise.text.data import load_default

    texts = [a.text for a in load_default()]
    out: list[str] = []
    while len(out) < limit:
        out.extend(texts)
    return out[:limit]


def _python(code: str) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, proc.stdout.strip()


def _row(name: str, value: str, target: str, note: str = "") -> None:
    print(f"  {name:62s} {value:>16s}   {target:>14s}   {note}")


def startup() -> None:
    helps = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tearwise", "--help"], capture_output=True, check=True)
        helps.append(time.perf_counter() - started)
    _row("tearwise --help (median of 5, whole process)", f"{statistics.median(helps):.3f} s", "<= 0.3 s")
    code = (
        "import time; t = time.perf_counter()\n"
        "from tearwise.text import load_reader\n"
        "load_reader(); print(time.perf_counter() - t)"
    )
    loads = [float(_python(code)[1]) for _ in range(3)]
    _row("model load (import + ONNX + head, median of 3)", f"{statistics.median(loads):.3f} s", "<= 1 s")


def latency(texts: list[str]) -> None:
    from tearwise.text import load_reader

    reader = load_reader()
    for text in texts[:10]:
        reader.read(text)
    times = []
    for text in texts:
        started = time.perf_counter()
        reader.read(text)
        times.append((time.perf_counter() - started) * 1000)
    for label, chosen in (
        (f"all {len(texts)} accounts (median {statistics.median(len(t.split()) for t in texts):.0f} words)", times),
        (
            "short accounts (<= 40 words, as in deps.md)",
            [ms for ms, t in zip(times, texts, strict=True) if len(t.split()) <= 40],
        ),
    ):
        ordered = sorted(chosen)
        if not ordered:
            continue
        p50 = ordered[len(ordered) // 2]
        p95 = ordered[int(len(ordered) * 0.95)]
        _row(f"one account end to end, p50, {label}", f"{p50:.1f} ms", "", f"n={len(ordered)}")
        _row(f"one account end to end, p95, {label}", f"{p95:.1f} ms", "<= 20 ms")


def throughput(texts: list[str]) -> None:
    from tearwise.text import load_reader
    from tearwise.text.batch import Item, chunked, run_local
    from tearwise.text.features import encoder_parts, parse, unit_texts

    # The batch reader is what `tearwise classify` runs (its encoder threads wait busy), and the
    # baseline is the raw encoder with those same settings: its best on this machine.
    reader = load_reader(batch=True)
    single = load_reader()  # threads that sleep between operators (the app's, for latency)
    parsed = [parse(t) for t in texts]
    accounts = [[[unit_texts(p)[i] for i in part] for part in encoder_parts(p)] for p in parsed]
    clauses = [u for p in parsed for u in unit_texts(p)]
    reader.embedder.embed(clauses[:64])
    single.embedder.embed(clauses[:64])
    items = [Item(i + 1, str(i), t) for i, t in enumerate(texts)]
    rounds: list[dict[str, float]] = []

    def timed(name: str, action: Callable[[], object]) -> None:
        started = time.perf_counter()
        action()
        rounds[-1][name] = time.perf_counter() - started

    for _ in range(3):  # interleaved, best of 3: the machine is shared, so take each one's best
        rounds.append({})
        timed("sleeping", lambda: single.embedder.embed(texts))
        timed("clauses", lambda: reader.embedder.embed(clauses))
        # The baselines right before the pipeline, so that each round's ratio compares runs a
        # few seconds apart: this machine's speed drifts by 10-25% within one bench run.
        timed("raw", lambda: reader.embedder.embed(texts))
        timed("inputs", lambda: reader.embedder.embed_accounts(accounts))
        timed("pipeline", lambda: deque(run_local(chunked(items), 1), maxlen=0))  # `classify --workers 1`
    best = {name: min(r[name] for r in rounds) for name in rounds[0]}
    best_raw, best_inputs, best_pipeline = best["raw"], best["inputs"], best["pipeline"]
    paired = sorted(r["inputs"] / r["pipeline"] for r in rounds)
    n = len(texts)
    _row(f"raw encoder, whole accounts ({n})", f"{n / best_raw:.1f} acc/s", "", "baseline: one vector per account")
    _row(
        "raw encoder, the same inputs (clause windows, one run per account)",
        f"{n / best_inputs:.1f} acc/s",
        "",
        "baseline: what we encode",
    )
    _row(
        "raw encoder, whole accounts, threads asleep between operators",
        f"{n / best['sleeping']:.1f} acc/s",
        "",
        "(as for one account; reference)",
    )
    _row(
        f"raw encoder, clause by clause ({len(clauses)})",
        f"{n / best['clauses']:.1f} acc/s",
        "",
        "(the old way, reference)",
    )
    _row("classify pipeline (parse, encode, head, flags, JSON)", f"{n / best_pipeline:.1f} acc/s", "")
    _row("pipeline / raw encoder on the same inputs", f"{best_inputs / best_pipeline:.2f} x", ">= 0.9 x")
    _row("pipeline / raw encoder on whole accounts", f"{best_raw / best_pipeline:.2f} x", ">= 0.9 x")
    _row(
        "the same inputs, each round's own ratio (median; lowest-highest)",
        f"{paired[len(paired) // 2]:.2f} x",
        ">= 0.9 x",
        f"{paired[0]:.2f}-{paired[-1]:.2f} x over {len(paired)} rounds",
    )


def _timed_half(args: tuple[str, list[str], Any]) -> tuple[float, float]:
    """One pool process: load with one ORT thread, warm up, wait for the others, time its share."""
    kind, texts, barrier = args
    from tearwise.text.batch import Item, chunked, classify_items, worker_environment

    os.environ.update(worker_environment(1))  # as the pool's workers run (before numpy is imported)
    from tearwise.text import load_reader

    reader = load_reader(batch=True)
    items = [Item(i + 1, str(i), t) for i, t in enumerate(texts)]
    reader.embedder.embed(texts[:10])
    classify_items(items[:10], reader.read_many)
    barrier.wait()
    started = time.monotonic()  # system-wide clock: comparable across the processes
    if kind == "raw":
        reader.embedder.embed(texts)
    else:
        for chunk in chunked(items):
            classify_items(chunk, reader.read_many)
    return started, time.monotonic()


def steady_state(texts: list[str]) -> None:
    """Both cores as a pool uses them (long inputs, or ``--workers 2``): two single-thread processes.

    On this machine that is the encoder's fastest setting, so it is the fair baseline for the
    pool; the ratio compares the pipeline with the raw encoder in that same setting.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    best = {"raw": float("inf"), "pipeline": float("inf")}
    for _ in range(3):  # interleaved, best of 3 each: the two processes share a busy machine
        for kind in best:
            with context.Manager() as manager, context.Pool(2) as pool:
                barrier = manager.Barrier(2)
                spans = pool.map(_timed_half, [(kind, texts[i::2], barrier) for i in range(2)])
            best[kind] = min(best[kind], max(end for _, end in spans) - min(start for start, _ in spans))
    n = len(texts)
    _row("raw encoder, whole accounts, 2 processes x 1 thread", f"{n / best['raw']:.1f} acc/s", "", "baseline")
    _row("classify pipeline, 2 processes x 1 thread", f"{n / best['pipeline']:.1f} acc/s", "")
    _row(
        "pipeline / raw encoder, both on 2 processes x 1 thread", f"{best['raw'] / best['pipeline']:.2f} x", ">= 0.9 x"
    )


def workers(texts: list[str], quick: bool) -> None:
    from tearwise.text.batch import LOCAL_CLUSTER_LOGS, Item, chunked, run_dask, run_local, worker_environment

    items = [Item(i + 1, str(i), t) for i, t in enumerate(texts)]
    for count in (1, 2):
        started = time.perf_counter()
        for _ in run_local(chunked(items, 128), count):
            pass
        elapsed = time.perf_counter() - started
        _row(f"local, {count} process(es), incl. start-up", f"{len(items) / elapsed:.1f} acc/s", "", f"{elapsed:.1f} s")
    try:
        import distributed  # noqa: F401
    except ImportError:
        _row("dask", "not installed", "", "pip install 'tearwise[dask]'")
        return
    from distributed import Client, LocalCluster

    for count in (1, 2) if not quick else (2,):
        env = worker_environment(2 // count)
        started = time.perf_counter()
        with (
            LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=count,
                threads_per_worker=1,
                dashboard_address=None,
                env=env,
                silence_logs=LOCAL_CLUSTER_LOGS,
            ) as cluster,
            Client(cluster) as client,  # type: ignore[no-untyped-call]
        ):
            client.run(_warm_worker)
            ready = time.perf_counter()
            for _ in run_dask(chunked(items, 128), cluster.scheduler_address):
                pass
            elapsed = time.perf_counter() - ready
        _row(
            f"dask, {count} worker(s), via scheduler address",
            f"{len(items) / elapsed:.1f} acc/s",
            "",
            f"{elapsed:.1f} s (+{ready - started:.1f} s cluster start and model load)",
        )


def _warm_worker() -> None:
    from tearwise.text import load_reader

    load_reader(batch=True).read("warm up")


def memory(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "tearwise", "classify", str(path), "-o", os.devnull], check=True, capture_output=True
        )
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    _row(
        f"tearwise classify {len(texts)} accounts, whole command",
        f"{len(texts) / elapsed:.1f} acc/s",
        "",
        f"{elapsed:.1f} s",
    )
    note = "" if peak > before else "(an earlier child process peaked higher)"
    _row("peak RSS of that command", f"{peak / 1024:.0f} MB", "<= 400 MB", note)


def long_input(texts: list[str]) -> None:
    """A long file through the whole command: one process, and the default (a pool takes over)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
        timings = {}
        for label, extra in (("--workers 1", ["--workers", "1"]), ("default (pool after 2,048)", [])):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "tearwise", "classify", str(path), "-o", os.devnull, *extra],
                check=True,
                capture_output=True,
            )
            timings[label] = time.perf_counter() - started
            _row(
                f"tearwise classify {len(texts)} accounts, {label}",
                f"{len(texts) / timings[label]:.1f} acc/s",
                "",
                f"{timings[label]:.1f} s",
            )
    one, auto = timings.values()
    _row("default / --workers 1, whole command", f"{one / auto:.2f} x", "")


def main() -> None:
    quick = "--quick" in sys.argv
    texts = _texts(200 if quick else 400)
    print("narrative reader (all-MiniLM-L6-v2 int8 ONNX, 2 threads) on the project's own accounts")
    print(f"  {'what':62s} {'measured':>16s}   {'target':>14s}")
    startup()
    memory(texts)
    latency(texts[:200])
    throughput(texts[:400])
    steady_state(texts[:400])
    if not quick:
        long_input(_texts(6000))
    workers(texts[:400], quick)


if __name__ == "__main__":
    main()
