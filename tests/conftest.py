"""Hermetic test setup shared by the whole suite.

- The data directory (journal) points at a fresh temp folder for every test.
- No network: any connection to a non-loopback address fails the test.
- onnxruntime telemetry is off; terminal width is fixed for stable Rich output.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("COLUMNS", "100")
os.environ.setdefault("TERM", "dumb")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: Any) -> None:
    if not _is_local(address):
        raise RuntimeError(f"tests must not use the network (tried to connect to {address!r})")
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    if not _is_local(address):
        raise RuntimeError(f"tests must not use the network (tried to connect to {address!r})")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("tearwise-home")
    monkeypatch.setenv("TEARWISE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def kb() -> Any:
    from tearwise.knowledge import load_knowledge_base

    return load_knowledge_base()


@pytest.fixture(scope="session")
def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


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
