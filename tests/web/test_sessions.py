"""The in-memory session store: random ids, sliding expiry, a cap, and instant drop."""

from __future__ import annotations

from tearwise.web.sessions import SessionStore


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_sessions_have_distinct_unguessable_ids_and_tokens() -> None:
    store = SessionStore()
    a, b = store.create(), store.create()
    assert a.id != b.id
    assert a.csrf != b.csrf
    assert len(a.id) >= 40
    assert a.csrf != a.id


def test_session_expires_after_idle_time() -> None:
    clock = Clock()
    store = SessionStore(ttl=60, clock=clock)
    session = store.create()
    clock.now += 59
    assert store.get(session.id) is session
    clock.now += 60.5
    assert store.get(session.id) is None
    assert len(store) == 0


def test_use_renews_the_lifetime() -> None:
    clock = Clock()
    store = SessionStore(ttl=60, clock=clock)
    session = store.create()
    for _ in range(5):
        clock.now += 45
        assert store.get(session.id) is session


def test_expired_sessions_are_swept_when_new_ones_arrive() -> None:
    clock = Clock()
    store = SessionStore(ttl=10, clock=clock)
    for _ in range(5):
        store.create()
    clock.now += 11
    store.create()
    assert len(store) == 1


def test_store_is_capped_and_forgets_the_least_recently_used() -> None:
    store = SessionStore(max_sessions=3)
    first, second, third = store.create(), store.create(), store.create()
    assert store.get(first.id) is first  # first is now the most recently used
    store.create()
    assert store.get(second.id) is None
    assert store.get(first.id) is first
    assert store.get(third.id) is third
    assert len(store) == 3


def test_drop_forgets_at_once() -> None:
    store = SessionStore()
    session = store.create()
    assert store.drop(session.id) is True
    assert store.get(session.id) is None
    assert store.drop(session.id) is False
    assert store.drop(None) is False


def test_unknown_or_missing_ids_find_nothing() -> None:
    store = SessionStore()
    assert store.get(None) is None
    assert store.get("") is None
    assert store.get("made-up") is None


def test_csrf_check_needs_the_exact_token() -> None:
    session = SessionStore().create()
    assert session.csrf_ok(session.csrf)
    assert not session.csrf_ok(None)
    assert not session.csrf_ok("")
    assert not session.csrf_ok(session.csrf + "x")
