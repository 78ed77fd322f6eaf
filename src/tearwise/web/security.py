"""ASGI middleware that guards every request before any route sees it.

- :class:`SecurityHeadersMiddleware`: no caching, a strict CSP and the other protective headers
  on every response, errors included.
- :class:`HostGuardMiddleware`: refuses a ``Host`` header that is not an address this server is
  reached by, which defeats DNS rebinding against a server on localhost.
- :class:`BodyLimitMiddleware`: refuses bodies over the limit with 413, whether the size is
  announced in ``Content-Length`` or only found out while reading a chunked body.

Written as plain ASGI (not ``BaseHTTPMiddleware``) to stay cheap on every request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from tearwise.web.config import LOOPBACK_NAMES, MAX_BODY_BYTES, SECURITY_HEADERS

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
#: Builds the error response for a refused request: (scope, status, message) -> ASGI app.
ErrorFactory = Callable[[Scope, int, str], ASGIApp]

_ENCODED_HEADERS = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS]


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _ENCODED_HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def split_host(value: str) -> tuple[str, int | None]:
    """``"localhost:8765"`` -> ``("localhost", 8765)``; ``[::1]:80`` works; no port -> None."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end == -1:
            return value, None
        name, rest = value[: end + 1], value[end + 1 :]
        port_text = rest[1:] if rest.startswith(":") else ""
    elif value.count(":") == 1:
        name, port_text = value.split(":")
    else:
        name, port_text = value, ""
    if not port_text:
        return name, None
    if not port_text.isdigit():
        return name, -1
    return name, int(port_text)


class HostGuardMiddleware:
    """Allow only requests whose Host names this server (and, when known, its port)."""

    def __init__(
        self,
        app: ASGIApp,
        error: ErrorFactory,
        names: Iterable[str] = LOOPBACK_NAMES,
        port: int | None = None,
    ) -> None:
        self.app = app
        self.error = error
        self.names = frozenset(n.lower() for n in names)
        self.port = port

    def allowed(self, host_header: str | None) -> bool:
        if not host_header:
            return False
        name, port = split_host(host_header)
        if name not in self.names:
            return False
        if port == -1:
            return False
        return self.port is None or port in (self.port, None if self.port == 80 else self.port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = None
        for key, value in scope.get("headers", []):
            if key == b"host":
                host = value.decode("latin-1")
                break
        if not self.allowed(host):
            await self.error(scope, 400, "This address is not served here.")(scope, receive, send)
            return
        await self.app(scope, receive, send)


class _TooLargeError(Exception):
    pass


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, error: ErrorFactory, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.error = error
        self.limit = limit

    def _refuse(self, scope: Scope) -> ASGIApp:
        return self.error(scope, 413, f"That is too much to send at once (the limit is {self.limit:,} bytes).")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope.get("headers", []):
            if key == b"content-length":
                text = value.decode("latin-1").strip()
                if not text.isdigit():
                    await self.error(scope, 400, "The request has a broken length.")(scope, receive, send)
                    return
                if int(text) > self.limit:
                    await self._refuse(scope)(scope, receive, send)
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLargeError
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLargeError:
            if started:
                raise
            await self._refuse(scope)(scope, receive, send)
