"""``tearwise serve``: the web app on this computer (loopback only unless told otherwise)."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from tearwise.errors import InputError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def url_for(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host  # noqa: S104
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def allowed_names(host: str) -> set[str]:
    """Host names a browser may use to reach us: the bound address plus the loopback names."""
    from tearwise.web.config import LOOPBACK_NAMES

    names = set(LOOPBACK_NAMES)
    if host not in ("0.0.0.0", "::", ""):  # noqa: S104
        names.add(host.lower())
        names.add(f"[{host.lower()}]" if ":" in host else host.lower())
    return names


def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on. Keep the default to stay private.")
    ] = DEFAULT_HOST,
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = DEFAULT_PORT,
) -> None:
    """Start the private web app and print its address. Stop it with Ctrl-C."""
    if not 0 < port < 65536:
        raise InputError(f"--port must be between 1 and 65535, not {port}")
    import uvicorn

    from tearwise.web.app import create_app

    sock = bind(host, port)
    app = create_app(allowed_hosts=allowed_names(host), port=port)
    app.state.tearwise.reader()  # load the narrative model now, not on the first person's click
    typer.echo(f"tearwise is running at {url_for(host, port)}  (press Ctrl-C to stop)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo("Note: this address may be reachable from other devices on your network.", err=True)
    config = uvicorn.Config(app, access_log=False, log_level="warning", server_header=False, ws="none", lifespan="off")
    with sock:
        uvicorn.Server(config).run(sockets=[sock])


def bind(host: str, port: int) -> socket.socket:
    """Take the address before saying it is ready, so a busy port is one clear line."""
    try:
        family, kind, proto, _, _ = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        # proto must be IPPROTO_TCP, or asyncio won't set TCP_NODELAY and pages stall ~40 ms.
        sock = socket.socket(family, kind, proto or socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise InputError(f"cannot use host {host!r} ({exc})") from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        reason = exc.strerror or str(exc)
        raise InputError(f"cannot listen on {host}:{port} ({reason})", hint="try another --port") from exc
    return sock


def register(app: typer.Typer) -> None:
    app.command(name="serve")(serve)
