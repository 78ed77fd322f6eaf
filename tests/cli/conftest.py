"""Run the real ``tearwise`` entry point in a subprocess, as a user or script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli(tmp_path: Path) -> Runner:
    def run(
        *args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "COLUMNS": "100", "ORT_DISABLE_TELEMETRY": "1", **(env or {})}
        full_env.pop("TEARWISE_DEBUG", None)
        data = stdin.encode() if isinstance(stdin, str) else stdin
        proc = subprocess.run(
            [sys.executable, "-m", "tearwise", *args],
            input=data,
            capture_output=True,
            cwd=tmp_path,
            env=full_env,
            timeout=120,
            check=False,
        )
        return subprocess.CompletedProcess(
            proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
        )

    return run
