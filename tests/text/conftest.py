"""Readers for the text tests: a fast deterministic fake, and the real model (loaded once)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def fake_reader() -> Any:
    """The packaged head over a hashing embedder: real lexical and flag layers, no model."""
    from tearwise.text import build_reader
    from tearwise.text.embedder import HashingEmbedder

    return build_reader(HashingEmbedder())


@pytest.fixture(scope="session")
def real_reader() -> Any:
    from tearwise.text import load_reader

    return load_reader()


@pytest.fixture
def run_cli_text(tmp_path: Any) -> Any:
    """Run ``python -m tearwise`` in a subprocess (HOME and cache pointed at a temp folder)."""
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()

    def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "COLUMNS": "100"}
        env.pop("TEARWISE_DEBUG", None)
        proc = subprocess.run(
            [sys.executable, "-m", "tearwise", *args],
            input=stdin,
            capture_output=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
            check=False,
        )
        return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())

    run.home = home  # type: ignore[attr-defined]
    return run
