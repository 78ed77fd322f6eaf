"""Expiring, in-memory, server-side sessions: the only place an assessment lives.

Nothing is written to disk. A session is found by a random id in a cookie (never in a
URL), expires after a stretch of idleness, and is dropped at once by the quick exit.
Each session carries its own CSRF token, which every HTML form must echo back.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from tearwise.app.narrative import NarrativeReading
from tearwise.app.session import AssessmentSession
from tearwise.web.config import MAX_SESSIONS, SESSION_TTL_SECONDS, TOKEN_BYTES


@dataclass(slots=True)
class PendingStory:
    """An account read but not yet accepted: shown back to the user, who keeps or drops it."""

    text: str
    reading: NarrativeReading


@dataclass(slots=True)
class WebSession:
    """What one browser holds on the server: a CSRF token and, once started, an assessment."""

    id: str
    csrf: str
    expires_at: float
    assessment: AssessmentSession | None = None
    pending: PendingStory | None = None
    #: Free slots for other parts of the web app (e.g. the journal), dropped with the session.
    extras: dict[str, object] = field(default_factory=dict)

    def csrf_ok(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(token.encode(), self.csrf.encode())


class SessionStore:
    """Thread-safe map of session id to :class:`WebSession` with a sliding time-to-live."""

    def __init__(
        self,
        ttl: float = SESSION_TTL_SECONDS,
        max_sessions: int = MAX_SESSIONS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.max_sessions = max_sessions
        self._clock = clock
        self._items: OrderedDict[str, WebSession] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def create(self) -> WebSession:
        now = self._clock()
        session = WebSession(
            id=secrets.token_urlsafe(TOKEN_BYTES),
            csrf=secrets.token_urlsafe(TOKEN_BYTES),
            expires_at=now + self.ttl,
        )
        with self._lock:
            self._sweep(now)
            while len(self._items) >= self.max_sessions:
                self._items.popitem(last=False)
            self._items[session.id] = session
        return session

    def get(self, session_id: str | None) -> WebSession | None:
        """The live session with this id (renewing its lifetime), or None if unknown or expired."""
        if not session_id:
            return None
        now = self._clock()
        with self._lock:
            session = self._items.get(session_id)
            if session is None:
                return None
            if session.expires_at <= now:
                del self._items[session_id]
                return None
            session.expires_at = now + self.ttl
            self._items.move_to_end(session_id)
            return session

    def drop(self, session_id: str | None) -> bool:
        """Forget a session at once (quick exit, "forget my answers"). True if it existed."""
        if not session_id:
            return False
        with self._lock:
            return self._items.pop(session_id, None) is not None

    def _sweep(self, now: float) -> None:
        """Remove expired sessions from the oldest end (items are kept in last-use order)."""
        while self._items:
            oldest = next(iter(self._items.values()))
            if oldest.expires_at > now:
                break
            self._items.popitem(last=False)
