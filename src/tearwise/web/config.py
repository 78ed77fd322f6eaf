"""Constants of the web edge in one place: session lifetime, cookie names, headers, limits.

Kept free of framework imports so tests, the benchmark and the CLI can read them cheaply.
"""

from __future__ import annotations

from typing import Final

from tearwise.app.limits import MAX_NARRATIVE_CHARS, MAX_REQUEST_BYTES

#: Address the server binds to unless told otherwise: loopback only.
DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8765

#: Idle time after which an assessment is forgotten (seconds). Sliding: each request renews it.
SESSION_TTL_SECONDS: Final = 30 * 60
#: Upper bound on live sessions held in memory; the least recently used go first.
MAX_SESSIONS: Final = 10_000
#: Cookie carrying the random session id. Neutral name: it should not reveal the topic.
SESSION_COOKIE: Final = "nid"
#: Form field carrying the session-bound CSRF token.
CSRF_FIELD: Final = "csrf"
#: Bytes of randomness in a session id and in a CSRF token.
TOKEN_BYTES: Final = 32

#: Request bodies above this are refused with 413 (same limit as the CLI's answers file).
MAX_BODY_BYTES: Final = MAX_REQUEST_BYTES
#: Longest account accepted in the "tell me what happened" box.
MAX_STORY_CHARS: Final = MAX_NARRATIVE_CHARS

#: Every page carries the same neutral title prefix, so a tab or history list reveals nothing.
TITLE: Final = "Notes"

#: Host names that always mean "this machine" (DNS rebinding cannot forge these).
LOOPBACK_NAMES: Final = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

CONTENT_SECURITY_POLICY: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'; frame-ancestors 'none'"
)

#: Headers added to every response, including errors and static files.
SECURITY_HEADERS: Final = (
    ("cache-control", "no-store"),
    ("pragma", "no-cache"),
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)

#: Bars on the result page grow in steps of this many percent (CSS classes w-0 ... w-100).
BAR_STEP: Final = 5
#: Even the least likely reason shows a sliver of bar, so the row doesn't look broken.
MIN_BAR_STEPS: Final = 1
#: How many pieces of evidence to show under each reason on the result page.
EVIDENCE_SHOWN: Final = 4
