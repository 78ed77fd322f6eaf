"""``tearwise classify``: the public output contract, bad lines, CSV, stdin, strictness, Dask parity."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any, TypedDict

import pytest
from typer.testing import CliRunner

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS

KEYS = {"id", "causes", "labels", "safety", "triage", "evidence"}


class Account(TypedDict):
    id: str | int
    text: str


ACCOUNTS: list[Account] = [
    {"id": "a1", "text": "It didn't hurt at all, I was just so happy and felt safe."},
    {"id": 2, "text": "Every time I climax my eyes just water, I'm not sad."},
    {"id": "a3", "text": "After sex I cried and thought about killing myself."},
]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Classify in-process with the fake embedder (fast; lexical and flag layers are real)."""
    import tearwise.text
    from tearwise.text.embedder import HashingEmbedder

    reader = tearwise.text.build_reader(HashingEmbedder())
    monkeypatch.setattr(tearwise.text, "load_reader", lambda batch=False: reader)
    return reader


def _invoke(*args: str, stdin: bytes | None = None) -> Any:
    from tearwise.cli import app

    return CliRunner().invoke(app, ["classify", *args], input=stdin)


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _jsonl(tmp_path: Path, rows: list[Any], name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_output_has_exactly_the_public_shape_in_input_order(fake: Any, tmp_path: Path) -> None:
    result = _invoke(str(_jsonl(tmp_path, ACCOUNTS)))
    assert result.exit_code == 0, result.output
    lines = _lines(result.stdout)
    assert [line["id"] for line in lines] == ["a1", 2, "a3"]
    for line in lines:
        assert set(line) == KEYS
        assert list(line["causes"]) == list(CAUSE_IDS)
        assert all(0 <= p <= 1 for p in line["causes"].values())
        assert set(line["labels"]) <= set(CAUSE_IDS) and line["labels"]
        assert list(line["safety"]) == list(FLAG_IDS) and all(isinstance(v, bool) for v in line["safety"].values())
        assert line["triage"] in ("self_care", "seek_care", "stop_now", "crisis")
        for item in line["evidence"]:
            assert set(item) == {"cause", "text", "weight"}
            assert item["cause"] in CAUSE_IDS and isinstance(item["weight"], float)
    assert lines[2]["safety"]["self_harm"] is True and lines[2]["triage"] == "crisis"


def test_bad_lines_become_error_lines_and_the_run_goes_on(fake: Any, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "ok1", "text": "It hurt."}\n'
        b"{not json\n"
        b'{"id": "no-text"}\n'
        b'{"id": "bad-enc", "text": "caf\xe9"}\n'
        b"\n"
        b"[1, 2]\n"
        b'{"id": "num", "text": 42}\n'
        b'{"id": "ok2", "text": "We cuddled and I cried from joy."}\n'
    )
    result = _invoke(str(path))
    assert result.exit_code == 0
    lines = _lines(result.stdout)
    assert len(lines) == 8
    assert set(lines[0]) == KEYS and set(lines[7]) == KEYS
    errors = [line.get("error", "") for line in lines[1:7]]
    assert errors[0].startswith("line 2: bad JSON")
    assert errors[1] == "line 3: missing 'text'" and lines[2]["id"] == "no-text"
    assert errors[2] == "line 4: bad encoding (not UTF-8)"
    assert errors[3] == "line 5: empty line"
    assert errors[4].startswith("line 6: a line must be a JSON object")
    assert errors[5] == "line 7: 'text' must be a string, not int"


def test_strict_stops_with_code_2_and_one_line(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "fine"}\n{oops\n', encoding="utf-8")
    proc = run_cli("classify", str(path), "--strict")
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert proc.stderr.startswith("tearwise: error: line 2: bad JSON")
    assert "Traceback" not in proc.stderr


def test_csv_with_quoted_newlines_is_read(fake: Any, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        'id,text,extra\nc1,"It hurt.\nA lot.",x\nc2,,y\nc3,"He said ""stop"" and kept going",z\n', encoding="utf-8"
    )
    lines = _lines(_invoke(str(path)).stdout)
    assert [line["id"] for line in lines] == ["c1", "c2", "c3"]
    assert lines[1]["error"] == "line 3: 'text' is empty"
    assert lines[2]["safety"]["consent_concern"] is True


def test_csv_without_the_columns_is_refused(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("name,body\nx,y\n", encoding="utf-8")
    proc = run_cli("classify", str(path))
    assert proc.returncode == 2
    assert "needs a header with 'id' and 'text'" in proc.stderr


def test_stdin_to_stdout_and_to_a_file(fake: Any, tmp_path: Path) -> None:
    data = "".join(json.dumps(r) + "\n" for r in ACCOUNTS).encode()
    assert [line["id"] for line in _lines(_invoke("-", stdin=data).stdout)] == ["a1", 2, "a3"]
    out = tmp_path / "out.jsonl"
    result = _invoke("-", "-o", str(out), stdin=data)
    assert result.exit_code == 0 and result.stdout == ""
    assert len(_lines(out.read_text(encoding="utf-8"))) == 3


def test_csv_on_stdin_is_detected(fake: Any) -> None:
    lines = _lines(_invoke("-", stdin=b"id,text\nz1,It hurt so much.\n").stdout)
    assert lines[0]["id"] == "z1" and lines[0]["safety"]["unwanted_pain"] is True


def test_missing_input_is_one_line_and_code_2(run_cli: Any) -> None:
    proc = run_cli("classify", "nope.jsonl")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "tearwise: error: input file not found: nope.jsonl"


def test_long_input_reports_progress_on_stderr(fake: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tearwise.text import constants

    monkeypatch.setattr(constants, "PROGRESS_MIN_ROWS", 3)
    result = _invoke(str(_jsonl(tmp_path, ACCOUNTS * 3)))
    assert "tearwise: classified" in result.stderr
    assert len(_lines(result.stdout)) == 9
    assert result.stderr.splitlines()[-1].startswith("tearwise: done, 9 lines in ")


def test_a_short_input_ends_without_a_summary(fake: Any, tmp_path: Path) -> None:
    result = _invoke(str(_jsonl(tmp_path, ACCOUNTS)))
    assert result.exit_code == 0 and "tearwise:" not in result.stderr


def test_a_classify_run_uses_no_network_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Real model, in-process; any connect (even loopback) fails the run."""

    def refuse(self: socket.socket, address: Any) -> None:
        raise AssertionError(f"network used: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    result = _invoke(str(_jsonl(tmp_path, ACCOUNTS)))
    assert result.exit_code == 0, result.output
    assert len(_lines(result.stdout)) == 3


def test_real_model_run_writes_nothing_under_home(run_cli: Any, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    proc = run_cli("classify", str(_jsonl(tmp_path, ACCOUNTS)), env=env)
    assert proc.returncode == 0, proc.stderr
    assert len(_lines(proc.stdout)) == 3
    assert [p for p in home.rglob("*") if p.is_file()] == []


def test_process_pool_gives_the_same_output_as_one_process(tmp_path: Path) -> None:
    from tearwise.text.batch import chunked, read_jsonl, run_local

    path = _jsonl(tmp_path, ACCOUNTS * 4)
    with path.open("rb") as handle:
        single = [r for chunk in run_local(chunked(read_jsonl(handle), 5), 1) for r in chunk]
    with path.open("rb") as handle:
        pooled = [r for chunk in run_local(chunked(read_jsonl(handle), 5), 2) for r in chunk]
    assert pooled == single


def _threads_after_classifying() -> tuple[dict[str, str | None], int | None]:
    """Run in a pool worker: its thread limits, and how many threads it runs after a chunk."""
    import os

    from tearwise.text.batch import Item, classify_chunk, worker_environment

    classify_chunk([Item(i, str(i), ACCOUNTS[i % 3]["text"] * 8) for i in range(40)])
    tasks = Path("/proc/self/task")
    return {key: os.environ.get(key) for key in worker_environment(1)}, (
        len(list(tasks.iterdir())) if tasks.is_dir() else None
    )


def test_pool_workers_hold_every_thread_pool_to_their_share_of_the_cores() -> None:
    """Two single-thread workers on two cores must not each start a BLAS and a tokenizer pool
    per core (6 busy threads on 2 cores; the pool lost about 4% to it)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from tearwise.text.batch import _init_worker, worker_environment

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=_init_worker, initargs=(1,)) as pool:
        limits, threads = pool.submit(_threads_after_classifying).result()
    assert limits == worker_environment(1)
    assert set(limits) >= {"TEARWISE_ORT_THREADS", "OPENBLAS_NUM_THREADS", "RAYON_NUM_THREADS"}
    if threads is not None:  # Linux: the main thread and at most one helper (without the limits: 4)
        assert threads <= 2


def test_automatic_pool_takes_over_a_long_input_with_the_same_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tearwise.text import batch

    pools: list[int] = []
    real_pool = batch._run_pool

    def recording_pool(chunks: Any, workers: int) -> Any:
        pools.append(workers)
        return real_pool(chunks, workers)

    monkeypatch.setattr(batch, "_run_pool", recording_pool)
    monkeypatch.setattr(batch, "_cpu_count", lambda: 2)
    path = _jsonl(tmp_path, ACCOUNTS * 4)
    with path.open("rb") as handle:
        single = [r for chunk in batch.run_local(batch.chunked(batch.read_jsonl(handle), 5), 1) for r in chunk]
    assert pools == []
    with path.open("rb") as handle:
        chunks = batch.chunked(batch.read_jsonl(handle), 5)
        auto = [r for chunk in batch.run_local(chunks, batch.AUTO_WORKERS, pool_after=1) for r in chunk]
    assert pools == [2]  # the first chunk in this process, the rest in a pool of one process per core
    assert auto == single


def test_automatic_pool_is_not_started_for_a_short_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tearwise.text import batch

    monkeypatch.setattr(batch, "_run_pool", lambda *_: pytest.fail("no pool for a short input"))
    monkeypatch.setattr(batch, "_cpu_count", lambda: 2)
    path = _jsonl(tmp_path, ACCOUNTS)
    with path.open("rb") as handle:
        chunks = batch.chunked(batch.read_jsonl(handle), 5)
        results = [r for chunk in batch.run_local(chunks, batch.AUTO_WORKERS, pool_after=len(ACCOUNTS)) for r in chunk]
    assert len(results) == len(ACCOUNTS)


def test_dask_local_cluster_gives_the_same_output_as_the_local_run(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="Dask is an optional extra; make test installs it")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tearwise.text.batch import chunked, read_jsonl, read_parquet, run_dask, run_local

    rows = [*ACCOUNTS, {"id": "bad"}, *ACCOUNTS]
    path = _jsonl(tmp_path, rows)
    with path.open("rb") as handle:
        local = [r for chunk in run_local(chunked(read_jsonl(handle), 3)) for r in chunk]
    with path.open("rb") as handle:
        distributed = [r for chunk in run_dask(chunked(read_jsonl(handle), 3), "local") for r in chunk]
    assert distributed == local
    table = pa.table({"id": [str(r["id"]) for r in ACCOUNTS], "text": [r["text"] for r in ACCOUNTS]})
    pq.write_table(table, tmp_path / "part-0.parquet")
    from_parquet = [
        r for chunk in run_dask(chunked(read_parquet(tmp_path / "part-0.parquet"), 2), "local") for r in chunk
    ]
    assert [r["causes"] for r in from_parquet] == [r["causes"] for r in local[:3]]


def test_input_is_read_lazily_so_memory_stays_bounded(fake: Any) -> None:
    """Results come out while the input is still being read: at most one chunk ahead."""
    from tearwise.text.batch import Item, chunked, run_local

    consumed = 0

    def endless() -> Any:
        nonlocal consumed
        while True:
            consumed += 1
            yield Item(consumed, consumed, "It hurt and I cried.")

    results = run_local(chunked(endless(), 10), 1)
    first = next(results)
    assert len(first) == 10
    assert consumed <= 11
    next(results)
    assert consumed <= 21


def test_dask_option_of_the_command_matches_the_local_command(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="Dask is an optional extra; make test installs it")
    path = _jsonl(tmp_path, [*ACCOUNTS, {"id": "x", "text": ""}])
    local = _invoke(str(path))
    on_dask = _invoke(str(path), "--dask", "local")
    assert on_dask.exit_code == 0, on_dask.output
    assert _lines(on_dask.stdout) == _lines(local.stdout)
    assert _lines(local.stdout)[3] == {"id": "x", "error": "line 4: 'text' is empty"}


def test_row_count_for_the_progress_bar(tmp_path: Path) -> None:
    from tearwise.cli.classify_cmd import _count_rows

    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": 1, "text": "a"}\n{"id": 2, "text": "b"}')
    assert _count_rows(str(path)) == 2
    path.write_bytes(b'{"id": 1, "text": "a"}\n')
    assert _count_rows(str(path)) == 1
    assert _count_rows("-") is None


def test_loading_the_cli_does_not_load_the_model_stack() -> None:
    """`tearwise --help` must stay fast: the classify command imports its stack lazily."""
    import subprocess
    import sys

    code = (
        "import sys, tearwise.cli\n"
        "heavy = ('onnxruntime', 'tokenizers', 'numpy', 'tearwise.text', 'distributed')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip() == "[]"


def test_a_folder_of_partitions_is_read_in_name_order(fake: Any, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "parts"
    folder.mkdir()
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": ["It hurt.", "I cried with joy."]}), folder / "part-0.parquet")
    pq.write_table(pa.table({"id": ["p3"], "text": [None]}), folder / "part-1.parquet")
    _jsonl(folder, [{"id": "j1", "text": "It was lovely."}], name="part-2.jsonl")
    lines = _lines(_invoke(str(folder)).stdout)
    assert [line["id"] for line in lines] == ["p1", "p2", "p3", "j1"]
    assert lines[2]["error"] == "part-1.parquet line 1: missing 'text'"
    assert _lines(_invoke(str(folder / "part-*.parquet")).stdout)[:2] == lines[:2]


def test_output_is_utf8_whatever_the_locale(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "é", "text": "café 😭 it hurt so much"}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    proc = run_cli("classify", str(path), env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "LANG": "C"})
    assert proc.returncode == 0, proc.stderr
    line = json.loads(proc.stdout)
    assert line["id"] == "é"
    assert any("😭" in item["text"] for item in line["evidence"])


def test_a_non_finite_id_is_an_error_line(fake: Any) -> None:
    lines = _lines(_invoke("-", stdin=b'{"id": NaN, "text": "it hurt"}\n').stdout)
    assert lines == [{"id": None, "error": "line 1: 'id' must be a finite number"}]


def test_words_that_are_not_english_get_a_notice_and_no_guessed_cause(fake: Any, tmp_path: Path) -> None:
    rows = [
        *ACCOUNTS,
        {"id": "es", "text": "Siempre termino llorando después de acostarme con mi novia y no entiendo la razón."},
    ]
    lines = _lines(_invoke(str(_jsonl(tmp_path, rows))).stdout)
    assert [set(line) for line in lines[:3]] == [KEYS] * 3  # the public shape is unchanged for English
    unread = lines[3]
    assert set(unread) == KEYS | {"notice"} and "English" in unread["notice"]
    assert unread["labels"] == ["other"] and unread["evidence"] == []


def test_a_few_words_about_nothing_get_a_notice_and_no_guessed_cause(fake: Any, tmp_path: Path) -> None:
    rows = [*ACCOUNTS, {"id": "hi", "text": "hello"}]
    lines = _lines(_invoke(str(_jsonl(tmp_path, rows))).stdout)
    assert [set(line) for line in lines[:3]] == [KEYS] * 3
    unread = lines[3]
    assert set(unread) == KEYS | {"notice"} and "do not say what happened" in unread["notice"]
    assert unread["labels"] == ["other"] and unread["evidence"] == []
