"""``tearwise serve``: registered on the CLI, loopback by default, prints its address."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import types
from collections.abc import Iterator

import httpx
import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tearwise.cli import app as cli_app
from tearwise.cli.serve_cmd import DEFAULT_HOST, allowed_names, url_for
from tearwise.web import app as web_app_module
from tearwise.web.templating import NAV_ITEMS, RESULT_ACTIONS


def test_serve_is_a_cli_command_with_host_and_port() -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--host" in result.output
    assert "--port" in result.output


def test_default_host_is_loopback() -> None:
    assert DEFAULT_HOST == "127.0.0.1"


def test_url_is_printed_in_a_form_a_browser_takes() -> None:
    assert url_for("127.0.0.1", 8765) == "http://127.0.0.1:8765/"
    assert url_for("::1", 8000) == "http://[::1]:8000/"
    assert url_for("0.0.0.0", 80) == "http://127.0.0.1:80/"


def test_allowed_host_names_are_loopback_plus_the_bound_address() -> None:
    assert {"127.0.0.1", "localhost", "[::1]"} <= allowed_names("127.0.0.1")
    assert "192.168.1.5" in allowed_names("192.168.1.5")
    assert "0.0.0.0" not in allowed_names("0.0.0.0")


def test_bad_port_is_one_line_and_exit_code_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tearwise", "serve", "--port", "70000"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "--port must be between 1 and 65535" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], int]]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "tearwise", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "ORT_DISABLE_TELEMETRY": "1"},
    )
    yield process, port
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()


def test_serve_prints_its_url_and_answers_there(served: tuple[subprocess.Popen[str], int]) -> None:
    process, port = served
    assert process.stdout is not None
    line = process.stdout.readline()
    assert f"http://127.0.0.1:{port}/" in line
    deadline = time.monotonic() + 20
    while True:
        try:
            response = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    assert "server" not in response.headers
    rebound = httpx.get(f"http://127.0.0.1:{port}/", headers={"host": f"attacker.example:{port}"})
    assert rebound.status_code == 400


def test_optional_journal_router_is_included_with_its_nav_item(monkeypatch: pytest.MonkeyPatch, kb: object) -> None:
    module = types.ModuleType("tearwise.web.routes_journal")
    router = APIRouter()

    @router.get("/journal")
    async def journal() -> dict[str, str]:
        return {"ok": "journal"}

    module.router = router  # type: ignore[attr-defined]
    module.NAV_ITEMS = [("Journal", "/journal")]  # type: ignore[attr-defined]
    module.RESULT_ACTIONS = [("Save to my journal", "/journal/save")]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tearwise.web.routes_journal", module)
    monkeypatch.setattr(web_app_module, "NAV_ITEMS", NAV_ITEMS)
    before, before_actions = list(NAV_ITEMS), list(RESULT_ACTIONS)
    try:
        app = web_app_module.create_app(kb=kb, reader_factory=None)  # type: ignore[arg-type]
        client = TestClient(app, base_url="http://localhost")
        assert client.get("/journal").json() == {"ok": "journal"}
        landing = client.get("/").text
        assert 'href="/journal"' in landing
        token = re.search(r'name="csrf" value="([^"]+)"', landing).group(1)  # type: ignore[union-attr]
        client.post("/start", data={"csrf": token, "mode": "self"})
        result = client.post("/question", data={"csrf": token, "action": "finish"}).text
        assert 'action="/journal/save"' in result
        assert "Save to my journal" in result
    finally:
        NAV_ITEMS[:] = before
        RESULT_ACTIONS[:] = before_actions


def test_busy_port_is_one_line_and_exit_code_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "tearwise", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "running at" not in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1


def test_listening_socket_is_tcp_so_replies_are_not_delayed() -> None:
    from tearwise.cli.serve_cmd import bind

    with bind("127.0.0.1", 0) as sock:
        # asyncio sets TCP_NODELAY on accepted connections only when proto is IPPROTO_TCP;
        # without it, pages stall ~40 ms on delayed ACKs (found by bench/bench_web.py).
        assert sock.proto == socket.IPPROTO_TCP
