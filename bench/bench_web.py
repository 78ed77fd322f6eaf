"""Web benchmark: 50 simulated people walking the whole assessment on loopback.

The server is the real thing, ``tearwise serve`` in its own process (uvicorn, one worker).
Each simulated person has their own cookies and goes: landing -> start -> one question at a
time (answer, follow the redirect) -> result -> "forget my answers", then starts over, with a
short think time between requests. Every request's latency is recorded.

Baseline in the same run: the same 50 people fetching a static file (site.css) with the same
think time, which is the cheapest thing the server can do; the gap is the cost of the flow.

Target (issue 4): p95 <= 50 ms over the flow, and zero errors.
Environment knobs: BENCH_WEB_USERS (50), BENCH_WEB_SECONDS (30), BENCH_WEB_BASELINE_SECONDS (10).
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import time

import httpx

USERS = int(os.environ.get("BENCH_WEB_USERS", "50"))
SECONDS = float(os.environ.get("BENCH_WEB_SECONDS", "30"))
BASELINE_SECONDS = float(os.environ.get("BENCH_WEB_BASELINE_SECONDS", "10"))
#: Pause between one person's requests (seconds): people read before they click.
THINK = (0.2, 1.0)
TARGET_P95_MS = 50.0
#: Share of people who tell their story in their own words (when the reader is installed).
TELL_SHARE = 0.3
STORIES = (
    "We were lying together afterwards and I just started crying. It felt like a relief, not sad.",
    "Every time I finish, tears come. I don't feel upset, it just happens.",
    "I cried because it hurt and I didn't say anything.",
    "My partner cried after and said they felt guilty, like it was wrong.",
)
SEED = 4

CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')
QUESTION_RE = re.compile(r'name="question_id" value="([^"]+)"')
ANSWER_RE = re.compile(r'name="answer" value="([^"]+)"')


class Tally:
    """Latencies (ms) and errors of one phase. A plain class: bench/run.py loads this file
    without registering it in sys.modules, which dataclasses need."""

    def __init__(self, latencies_ms: list[float] | None = None) -> None:
        self.latencies_ms: list[float] = latencies_ms if latencies_ms is not None else []
        self.by_request: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.flows = 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_server(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ORT_DISABLE_TELEMETRY": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tearwise", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            detail = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"server exited: {detail}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/static/site.css", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start in 30 s")


async def _timed(
    tally: Tally,
    client: httpx.AsyncClient,
    method: str,
    url: str,
    expect: int | tuple[int, ...],
    **kwargs: object,
) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response = await client.request(method, url, **kwargs)  # type: ignore[arg-type]
    except httpx.HTTPError as exc:
        tally.errors.append(f"{method} {url}: {exc.__class__.__name__}")
        return None
    elapsed = (time.perf_counter() - started) * 1000
    tally.latencies_ms.append(elapsed)
    tally.by_request.setdefault(f"  {method} {url}", []).append(elapsed)
    if response.status_code not in (expect if isinstance(expect, tuple) else (expect,)):
        tally.errors.append(f"{method} {url}: HTTP {response.status_code}")
        return None
    return response


async def _think(rng: random.Random) -> None:
    await asyncio.sleep(rng.uniform(*THINK))


async def _tell(tally: Tally, client: httpx.AsyncClient, token: str, rng: random.Random) -> bool:
    """The optional box: some people tell their story and keep the reading, others skip it."""
    if await _timed(tally, client, "GET", "/tell", 200) is None:
        return False
    await _think(rng)
    story = rng.choice(STORIES) if rng.random() < TELL_SHARE else ""
    form = {"csrf": token, "story": story, "action": "read" if story else "skip"}
    told = await _timed(tally, client, "POST", "/tell", 303, data=form)
    if told is None:
        return False
    if told.headers["location"] != "/tell/check":
        return True
    if await _timed(tally, client, "GET", "/tell/check", 200) is None:
        return False
    await _think(rng)
    kept = await _timed(tally, client, "POST", "/tell/check", 303, data={"csrf": token, "keep": "yes"})
    return kept is not None


async def _walker(base: str, until: float, tally: Tally, rng: random.Random) -> None:
    """One person: the whole flow, again and again, until time is up."""
    async with httpx.AsyncClient(base_url=base, follow_redirects=False, timeout=10) as client:
        await asyncio.sleep(rng.uniform(0, THINK[1]))  # don't all arrive at once
        while time.monotonic() < until:
            page = await _timed(tally, client, "GET", "/", 200)
            if page is None or not (match := CSRF_RE.search(page.text)):
                return
            token = match.group(1)
            await _think(rng)
            mode = rng.choice(["self", "partner"])
            form = {"csrf": token, "mode": mode}
            started = await _timed(tally, client, "POST", "/start", 303, data=form)
            if started is None:
                return
            if started.headers["location"] == "/tell" and not await _tell(tally, client, token, rng):
                return
            location = "/question"
            while time.monotonic() < until:
                page = await _timed(tally, client, "GET", location, (200, 303))
                if page is None:
                    return
                if page.status_code == 303:  # the interview ended: on to the result
                    location = page.headers["location"]
                    continue
                if location == "/result":
                    tally.flows += 1
                    break
                await _think(rng)
                question = QUESTION_RE.search(page.text)
                answers = ANSWER_RE.findall(page.text)
                if question is None or not answers:
                    tally.errors.append("question page without a question")
                    return
                form = {
                    "csrf": token,
                    "question_id": question.group(1),
                    "answer": rng.choice(answers),
                }
                moved = await _timed(tally, client, "POST", "/question", 303, data=form)
                if moved is None:
                    return
                location = moved.headers["location"]
            await _think(rng)
            if await _timed(tally, client, "POST", "/forget", 303, data={"csrf": token}) is None:
                return


async def _static_reader(base: str, until: float, tally: Tally, rng: random.Random) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        await asyncio.sleep(rng.uniform(0, THINK[1]))
        while time.monotonic() < until:
            await _timed(tally, client, "GET", "/static/site.css", 200)
            await _think(rng)


async def _run(base: str, users: int, seconds: float, kind: str) -> Tally:
    tally = Tally()
    until = time.monotonic() + seconds
    rng = random.Random(SEED)
    worker = _walker if kind == "flow" else _static_reader
    await asyncio.gather(*(worker(base, until, tally, random.Random(rng.random())) for _ in range(users)))
    return tally


def _row(name: str, tally: Tally, seconds: float) -> str:
    data = sorted(tally.latencies_ms)
    if len(data) < 2:
        return f"{name:<26} {len(data):>8}"
    q = statistics.quantiles(data, n=100, method="inclusive")
    return (
        f"{name:<26} {len(data):>8} {len(data) / seconds:>7.1f} {statistics.median(data):>7.1f} "
        f"{q[94]:>7.1f} {q[98]:>7.1f} {data[-1]:>7.1f} {len(tally.errors):>6}"
    )


def main() -> None:
    port = _free_port()
    server = _start_server(port)
    base = f"http://127.0.0.1:{port}"
    try:
        baseline = asyncio.run(_run(base, USERS, BASELINE_SECONDS, "static"))
        flow = asyncio.run(_run(base, USERS, SECONDS, "flow"))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    print(
        f"web: {USERS} simulated people, think time {THINK[0]}-{THINK[1]} s between requests, "
        f"server = `tearwise serve` (uvicorn, 1 process) on loopback"
    )
    print(
        f"{'phase':<26} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'max ms':>7} {'errors':>6}"
    )
    print(_row(f"baseline: static GET ({BASELINE_SECONDS:.0f}s)", baseline, BASELINE_SECONDS))
    print(_row(f"assessment flow ({SECONDS:.0f}s)", flow, SECONDS))
    for name, values in sorted(flow.by_request.items()):
        print(_row(name, Tally(latencies_ms=values), SECONDS))
    print(f"completed assessments: {flow.flows}")
    for error in sorted(set(flow.errors + baseline.errors))[:5]:
        print(f"  error: {error}")
    p95 = float("inf")
    if len(flow.latencies_ms) > 1:
        p95 = statistics.quantiles(sorted(flow.latencies_ms), n=100, method="inclusive")[94]
    verdict = "PASS" if p95 <= TARGET_P95_MS and not flow.errors else "FAIL"
    print(
        f"target: flow p95 <= {TARGET_P95_MS:.0f} ms with 0 errors -> {verdict} "
        f"(p95 {p95:.1f} ms, {len(flow.errors)} errors)"
    )


if __name__ == "__main__":
    main()
