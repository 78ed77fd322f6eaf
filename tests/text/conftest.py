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
def run_cli_text(run_cli: Any, tmp_path: Any) -> Any:
    """The shared CLI runner, with HOME and the cache pointed at a temp folder (so nothing lands in ~)."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}

    def run(*args: str, stdin: bytes | None = None) -> Any:
        return run_cli(*args, stdin=stdin, env=env)

    return run
