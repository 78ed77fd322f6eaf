"""The journal benchmark's three stores really work (a small run; figures come from make bench)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_journal.py"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_journal_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("store", ["PlainJournal", "Journal", "AesGcmJournal"])
def test_each_benchmarked_store_adds_lists_and_reopens(store: str, tmp_path: Path) -> None:
    bench = load()
    episodes = bench.synthetic(40)
    figures = bench.run(getattr(bench, store), tmp_path, episodes, single_adds=3)
    assert figures["count"] == 43
    assert figures["size_mb"] > 0


def test_aes_gcm_store_seals_each_record(tmp_path: Path) -> None:
    bench = load()
    bench.run(bench.AesGcmJournal, tmp_path, bench.synthetic(5), single_adds=1)
    raw = (tmp_path / "AesGcmJournal.db").read_bytes()
    assert raw.startswith(b"SQLite format 3")  # plain SQLite underneath
    assert b"one more episode" not in raw  # but the records themselves are sealed
