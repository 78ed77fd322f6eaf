"""The compiled red-flag patterns, kept between runs, as Python keeps bytecode.

Compiling the grouped flag patterns (dispatch.py) is most of what loading the reader costs:
about 0.4 s on a slow machine, for some ninety long patterns, every start. The regex engine's
own code for each pattern depends only on the pattern's source, its flags and the Python
build, so it can be kept in a file and handed straight back to the engine on the next start
(about 20 ms for all of them).

The file is derived like the fast encoder (prepare.py): next to it in the package's model
folder, or in the user's cache folder when that one is read-only, or in ``TEARWISE_MODEL_DIR``;
``make install`` writes it, and a start that finds it missing or stale writes it again.
``TEARWISE_PATTERN_CACHE=0`` turns it off.

The cache trusts nothing it reads. Its header names the Python build and regex engine that
wrote it; an entry is used only for the exact source and flags it was made from; anything
unreadable, of the wrong shape or from another build is ignored and the pattern is compiled
as before. The regex engine checks every code it is handed before it runs it (CPython's
``_validate``). Writing is atomic, and failing to write is never an error.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found, unused-ignore]
import array
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

#: Bumped when the file's layout changes (2: each entry says how many groups its pattern has).
FORMAT: Final = 2
#: What must match for a cache to be read: its layout and the build whose engine made the code.
HEADER: Final = [FORMAT, sys.hexversion, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, sys.byteorder]
#: The array type of one engine code word.
_WORD: Final = next((kind for kind in "IL" if array.array(kind).itemsize == _sre.CODESIZE), "")

#: The most groups an entry may have: far above any pattern of the project, and a bound on what a
#: damaged file can make the reader allocate.
MAX_GROUPS: Final = 1000

Key = tuple[str, int]
#: The flags the engine was given, its code, and the number of groups (1 + the capturing ones).
Entry = tuple[int, list[int], int]


def candidate_paths() -> list[Path]:
    """Where the cache may live, in the order tried: the same places as the derived encoder."""
    if os.environ.get("TEARWISE_PATTERN_CACHE", "1").strip() == "0" or sys.implementation.cache_tag is None:
        return []
    from tearwise.text import prepare

    return [path.with_name(f"patterns.{sys.implementation.cache_tag}.bin") for path in prepare.candidate_paths()]


class PatternCache:
    """Engine code by (source, flags): read once, on the first lookup, and written by
    :meth:`save` when a pattern had to be compiled."""

    def __init__(self, paths: Callable[[], Sequence[Path]]) -> None:
        self._paths = paths
        self._read: dict[Key, Entry] | None = None
        self._used: dict[Key, Entry] = {}
        self._missed = False
        self._location: Path | None = None

    def location(self) -> Path | None:
        """The first file the cache was read from, or the one last written to, if any."""
        return self._location

    def get(self, source: str, flags: int) -> Entry | None:
        """The flags, code and group count kept for this exact pattern, or None."""
        if self._read is None:
            # Every place that holds a file is read, the first one winning: on a read-only install
            # whose packaged file went stale, the user's copy holds what it lacks, so the next start
            # finds every pattern instead of compiling and writing the copy again.
            self._read = {}
            for path in reversed(self._paths()):
                entries = _load(path) if path.exists() else {}
                if entries:
                    self._read.update(entries)
                    self._location = path
        entry = self._read.get((source, flags))
        if entry is not None:
            self._used[source, flags] = entry
        return entry

    def put(self, source: str, flags: int, entry: Entry) -> None:
        """Keep the code just compiled for this pattern (written by the next :meth:`save`); one
        with more than ``MAX_GROUPS`` groups is not kept."""
        if int(entry[2]) > MAX_GROUPS:
            return
        self._used[source, flags] = (int(entry[0]), [int(op) for op in entry[1]], int(entry[2]))
        self._missed = True

    def save(self) -> bool:
        """Write the patterns used in this process when one of them had to be compiled.

        Only those used are written, so a pattern that has since been edited drops out. Returns
        whether a file was written; failing to write is never an error (the cache is a speed-up).
        """
        if not self._missed or not self._used or not _WORD:
            return False
        blob = _dumps(self._used)
        for path in self._paths():
            if _write(path, blob):
                self._location = path
                self._read = dict(self._used)
                self._missed = False
                return True
        return False


def _write(path: Path, blob: bytes) -> bool:
    """Write ``blob`` to ``path`` atomically (a racing process writes the same bytes)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.chmod(temporary, 0o644)  # readable by every user of a shared install, as a .pyc is
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def _dumps(entries: dict[Key, Entry]) -> bytes:
    """One line of JSON naming the build and each entry's source, flags, code length and group
    count, then every entry's code as machine words (no pickle or marshal: reading it runs nothing)."""
    index = [[source, flags, final, len(code), groups] for (source, flags), (final, code, groups) in entries.items()]
    words = array.array(_WORD, [word for _, code, _ in entries.values() for word in code])
    return json.dumps({"header": HEADER, "entries": index}).encode() + b"\n" + words.tobytes()


def _load(path: Path) -> dict[Key, Entry]:
    """The entries of the file at ``path``, or none when it is unreadable, from another build or
    not of the shape :func:`_dumps` writes."""
    try:
        blob = path.read_bytes()
        line, _, body = blob.partition(b"\n")
        parsed = json.loads(line)
        if not _WORD or not isinstance(parsed, dict) or parsed.get("header") != HEADER:
            return {}
        index = parsed["entries"]
        words = array.array(_WORD)
        words.frombytes(body)
    except (OSError, ValueError, KeyError):  # JSON, UTF-8 and array errors are ValueErrors
        return {}
    code = words.tolist()
    entries: dict[Key, Entry] = {}
    start = 0
    for item in index if isinstance(index, list) else [None]:
        if not (
            isinstance(item, list)
            and len(item) == 5
            and isinstance(item[0], str)
            and all(isinstance(number, int) and number >= 0 for number in item[1:])
            and 1 <= item[4] <= MAX_GROUPS
        ):
            return {}
        source, flags, final, length, groups = item
        entries[source, flags] = (final, code[start : start + length], groups)
        start += length
    return entries if start == len(code) else {}


#: The process's one cache, used by dispatch.compile_grouped and dispatch.compile_kept.
CACHE: Final = PatternCache(candidate_paths)
