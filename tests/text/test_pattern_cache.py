"""The kept engine code of the red-flag patterns gives the very patterns a fresh compile gives."""

from __future__ import annotations

import array
import json
import re
from collections.abc import Callable
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined, unused-ignore]

import pytest

from tearwise.text import dispatch, flags, pattern_cache
from tearwise.text.pattern_cache import _WORD, HEADER, PatternCache

#: Every flag pattern as flags.py compiles it.
SOURCES = [(rf"\b(?:{pattern})", int(re.VERBOSE)) for pattern in flags.PATTERN_SOURCES]


def _compile_all(monkeypatch: pytest.MonkeyPatch, cache: PatternCache) -> list[re.Pattern[str]]:
    monkeypatch.setattr(dispatch, "CACHE", cache)
    return [dispatch.compile_grouped(source, flags) for source, flags in SOURCES]


def _at(*paths: Path) -> Callable[[], list[Path]]:
    return lambda: list(paths)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> list[re.Pattern[str]]:
    """Every pattern compiled from its source, with no cache at all."""
    patterns = _compile_all(monkeypatch, PatternCache(_at()))
    monkeypatch.undo()
    return patterns


def test_patterns_read_back_from_the_cache_equal_freshly_compiled_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: list[re.Pattern[str]]
) -> None:
    # re.Pattern equality compares the source, the flags and the engine code itself.
    path = tmp_path / "patterns.bin"
    first = PatternCache(_at(path))
    assert _compile_all(monkeypatch, first) == fresh
    assert first.save() and path.is_file() and first.location() == path
    assert not first.save()  # nothing new to write

    second = PatternCache(_at(path))
    monkeypatch.setattr(dispatch, "_parts", _must_not_parse)
    again = _compile_all(monkeypatch, second)
    assert again == fresh
    assert [p.pattern for p in again] == [p.pattern for p in fresh]
    assert second.location() == path
    assert not second.save()  # every pattern was found: the file is not written again


def _must_not_parse(*_: object) -> None:
    raise AssertionError("a pattern was parsed although its code was kept")


#: Patterns flags.py uses as written, with and without groups, and flags (the masked-word ones
#: capture; the verbose one needs its flag kept).
AS_WRITTEN = [
    (r"\br(?:[*@#4]p|a[*#]|[*#]{2})(e|es|ed|ing|ist|ists)\b", 0),
    (r"((?<!\bever),(?!\s*ever\b)|[;:()])", 0),
    (r"\b(?:said|say|says|saying)\s+['\"‘“]?no\b", 0),
    (r"\b(?: a \s+ b | c (d) )", int(re.VERBOSE)),
    (r"(?P<named>a)b", 0),  # named groups: compiled by re as usual, never kept
]


@pytest.mark.parametrize(("source", "flag"), AS_WRITTEN)
def test_patterns_used_as_written_are_kept_and_read_back_as_re_compiles_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, flag: int
) -> None:
    path = tmp_path / "patterns.bin"
    fresh = re.compile(source, flag)
    first = PatternCache(_at(path))
    monkeypatch.setattr(dispatch, "CACHE", first)
    compiled = dispatch.compile_kept(source, flag)
    assert compiled == fresh and compiled.groups == fresh.groups and compiled.groupindex == fresh.groupindex
    assert first.save() is not bool(fresh.groupindex)
    second = PatternCache(_at(path))
    monkeypatch.setattr(dispatch, "CACHE", second)
    if not fresh.groupindex:  # read back, not parsed (``re.compile`` parses through the same module)
        monkeypatch.setattr(sre_parse, "parse", _must_not_parse)
    again = dispatch.compile_kept(source, flag)
    assert again == fresh and again.groups == fresh.groups
    text = "he r*ped her, ever, then: no; say 'no' a b cd ab"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in fresh.finditer(text)]
    assert [m.groups() for m in again.finditer(text)] == [m.groups() for m in fresh.finditer(text)]


def test_a_pattern_used_as_written_never_meets_its_grouped_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, flag = SOURCES[0]
    cache = PatternCache(_at(tmp_path / "patterns.bin"))
    monkeypatch.setattr(dispatch, "CACHE", cache)
    grouped = dispatch.compile_grouped(source, flag)
    written = dispatch.compile_kept(source, flag)
    assert written == re.compile(source, flag)
    assert grouped != written  # two keys, two codes
    cache.save()
    reread = PatternCache(_at(tmp_path / "patterns.bin"))
    monkeypatch.setattr(dispatch, "CACHE", reread)
    assert dispatch.compile_kept(source, flag) == written
    assert dispatch.compile_grouped(source, flag) == grouped


def test_the_kept_patterns_find_what_fresh_ones_find(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: list[re.Pattern[str]]
) -> None:
    path = tmp_path / "patterns.bin"
    cache = PatternCache(_at(path))
    _compile_all(monkeypatch, cache)
    cache.save()
    kept = _compile_all(monkeypatch, PatternCache(_at(path)))
    text = "he didn't stop when i said no and it hurt so much, now i flinch and want to kill myself"
    assert [[m.span() for m in p.finditer(text)] for p in kept] == [[m.span() for m in p.finditer(text)] for p in fresh]
    assert any(p.search(text) for p in kept)


def _file(header: object = HEADER, entries: object = (), body: bytes = b"") -> bytes:
    return json.dumps({"header": header, "entries": entries}).encode() + b"\n" + body


_ONE = array.array(_WORD, [1, 2]).tobytes()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a cache at all",
        b"\xff\xfe\n",
        _file()[:-3],
        _file([0, *HEADER[1:]]),  # another layout
        _file([HEADER[0], HEADER[1] + 1, *HEADER[2:]]),  # another Python build
        _file(entries={"x": 1}),
        _file(entries=[["x", 0, 0, 2, 1, 9]], body=_ONE),
        _file(entries=[["x", 0, 0, 3, 1]], body=_ONE),  # less code than the index says
        _file(entries=[["x", 0, 0, 1, 1]], body=_ONE),  # more
        _file(entries=[["x", 0, 0, 2, 1]], body=_ONE + b"\x01"),  # not whole words
        _file(entries=[["x", -1, 0, 2, 1]], body=_ONE),
        _file(entries=[[1, 0, 0, 2, 1]], body=_ONE),
        _file(entries=[["x", 0, 0, 2, 0]], body=_ONE),  # no group at all
        _file(entries=[["x", 0, 0, 2, 10**9]], body=_ONE),  # a damaged group count
        json.dumps([1, 2]).encode() + b"\n",
    ],
    ids=[
        "empty",
        "garbage",
        "not-utf8",
        "truncated",
        "layout",
        "build",
        "not-a-list",
        "long-entry",
        "short-code",
        "long-code",
        "partial-word",
        "negative",
        "bad-source",
        "no-group",
        "huge-group-count",
        "not-an-object",
    ],
)
def test_an_unusable_file_is_ignored_and_the_patterns_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: list[re.Pattern[str]], content: bytes
) -> None:
    path = tmp_path / "patterns.bin"
    path.write_bytes(content)
    cache = PatternCache(_at(path))
    assert _compile_all(monkeypatch, cache) == fresh
    assert cache.save()  # replaced by a good one
    assert _compile_all(monkeypatch, PatternCache(_at(path))) == fresh


def test_code_the_regex_engine_refuses_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: list[re.Pattern[str]]
) -> None:
    path = tmp_path / "patterns.bin"
    source, flag = SOURCES[0]
    path.write_bytes(_file(entries=[[source, flag, flag, 3, 1]], body=array.array(_WORD, [17, 99, 3]).tobytes()))
    assert _compile_all(monkeypatch, PatternCache(_at(path))) == fresh


def test_an_edited_pattern_drops_out_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    first = PatternCache(_at(path))
    first.put("old", 0, (0, [1], 1))
    first.put("kept", 0, (0, [2], 1))
    first.save()
    second = PatternCache(_at(path))
    assert second.get("kept", 0) == (0, [2], 1)
    assert second.get("new", 0) is None
    second.put("new", 0, (0, [3], 1))
    assert second.save()
    third = PatternCache(_at(path))
    assert third.get("old", 0) is None
    assert (third.get("kept", 0), third.get("new", 0)) == ((0, [2], 1), (0, [3], 1))
    assert [p.name for p in tmp_path.iterdir()] == ["patterns.bin"]  # no temporary file left


def test_an_unwritable_place_is_passed_over_for_the_next(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")
    second = tmp_path / "cache" / "patterns.bin"
    cache = PatternCache(_at(blocked / "patterns.bin", second))
    cache.put("x", 0, (0, [1], 1))
    assert cache.save()
    assert cache.location() == second and second.is_file()


def test_a_stale_first_file_is_completed_by_the_next_one_and_not_written_again(tmp_path: Path) -> None:
    """A read-only install whose packaged file went stale: the user's copy holds what it lacks."""
    packaged = tmp_path / "read-only" / "patterns.bin"
    packaged.parent.mkdir()
    stale = PatternCache(_at(packaged))
    stale.put("old", 0, (0, [1], 1))
    stale.put("kept", 0, (0, [2], 1))
    assert stale.save()
    user = tmp_path / "cache" / "patterns.bin"
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")

    def places() -> list[Path]:
        return [packaged, user]

    first = PatternCache(places)
    assert first.get("kept", 0) == (0, [2], 1)
    assert first.get("new", 0) is None
    first.put("new", 0, (0, [3], 1))
    assert _write_only_to(first, user, blocked)
    second = PatternCache(places)
    assert (second.get("kept", 0), second.get("new", 0)) == ((0, [2], 1), (0, [3], 1))
    assert second.location() == packaged
    assert not second.save()  # everything was found: nothing is written


def _write_only_to(cache: PatternCache, user: Path, blocked: Path) -> bool:
    """Save ``cache`` as if its first place were read-only (the tests may run as root)."""
    places = cache._paths
    cache._paths = lambda: [blocked / "patterns.bin", user]
    try:
        return cache.save()
    finally:
        cache._paths = places


def test_nowhere_to_write_is_not_an_error(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")
    cache = PatternCache(_at(blocked / "patterns.bin"))
    cache.put("x", 0, (0, [1], 1))
    assert not cache.save()
    assert cache.location() is None


def test_where_the_cache_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tearwise.text.prepare import PACKAGE_MODEL_DIR

    monkeypatch.delenv("TEARWISE_MODEL_DIR", raising=False)
    monkeypatch.delenv("TEARWISE_PATTERN_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    paths = pattern_cache.candidate_paths()
    assert paths[0].parent == PACKAGE_MODEL_DIR
    assert str(paths[1]).startswith(str(tmp_path / "xdg"))
    monkeypatch.setenv("TEARWISE_MODEL_DIR", str(tmp_path))
    assert [p.parent for p in pattern_cache.candidate_paths()] == [tmp_path]
    monkeypatch.setenv("TEARWISE_PATTERN_CACHE", "0")
    assert pattern_cache.candidate_paths() == []
