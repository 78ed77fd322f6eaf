"""Reading a user's input file (or stdin, for ``-``) with one-line errors, for every command."""

from __future__ import annotations

import sys
from pathlib import Path

from tearwise.errors import InputError


def read_input_bytes(path: Path, what: str) -> bytes:
    """The bytes of ``path``, or of stdin when it is ``-``; missing or unreadable files are one line."""
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{what} not found: {path}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{what} is a folder, not a file: {path}") from exc
    except PermissionError as exc:
        raise InputError(f"cannot read {what} (permission denied): {path}") from exc
