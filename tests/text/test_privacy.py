"""The encoder writes nothing under HOME (onnxruntime telemetry is off) and needs no network."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_loading_and_using_the_encoder_writes_nothing_under_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    code = (
        "from tearwise.text import load_reader\n"
        "r = load_reader()\n"
        "print(r.read('It hurt and I cried.').labels)\n"
        "import os; print(os.environ['ORT_DISABLE_TELEMETRY'])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("1")
    assert _files_under(home) == []


def test_encoder_refuses_a_tampered_tokenizer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tearwise.text import embedder
    from tearwise.text.embedder import ModelFileError, OnnxEmbedder

    fake = tmp_path / "tokenizer.json"
    fake.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(embedder, "TOKENIZER_PATH", fake)
    with pytest.raises(ModelFileError, match="does not match its pinned sha256"):
        OnnxEmbedder()


def test_head_with_a_wrong_checksum_is_refused(tmp_path: Path) -> None:
    from tearwise.text.embedder import ModelFileError
    from tearwise.text.head import HEAD_PATH, load_head

    copy = tmp_path / "head.npz"
    copy.write_bytes(HEAD_PATH.read_bytes())
    copy.with_suffix(".sha256").write_text("0" * 64 + "\n", encoding="utf-8")
    with pytest.raises(ModelFileError, match="does not match its sha256"):
        load_head(copy)


def test_both_packaged_heads_load_and_differ() -> None:
    """The shipped head (all data) and the evaluation head (train + dev) are distinct files."""
    import numpy as np

    from tearwise.text.head import EVAL_HEAD_PATH, HEAD_PATH, load_head

    shipped, evaluation = load_head(HEAD_PATH), load_head(EVAL_HEAD_PATH)
    assert shipped.weights.shape == evaluation.weights.shape
    assert not np.allclose(shipped.weights, evaluation.weights)


def test_each_packaged_head_holds_a_flag_half_and_a_cause_half() -> None:
    """The causes are refitted apart from the red flags (``head.merge_heads``): no flag output
    may read a hidden unit of the cause half, nor a cause output one of the flag half."""
    import numpy as np

    from tearwise.knowledge.ids import CAUSE_IDS
    from tearwise.text.head import EVAL_HEAD_PATH, HEAD_PATH, OUTPUTS, load_head

    is_cause = np.array([o in CAUSE_IDS for o in OUTPUTS])
    for head in (load_head(HEAD_PATH), load_head(EVAL_HEAD_PATH)):
        flag_units = (head.weights[~is_cause] != 0).any(axis=0)
        cause_units = (head.weights[is_cause] != 0).any(axis=0)
        assert flag_units.sum() >= 64 and cause_units.sum() >= 64
        assert not (flag_units & cause_units).any()
