"""The one exception family of tearwise.

Every error the program raises on purpose derives from :class:`TearwiseError` and
carries the id or path it concerns, so the edges (CLI, web) can turn it into one
calm line for the user without a traceback. The domain never prints.
"""

from __future__ import annotations


class TearwiseError(Exception):
    """Base of every deliberate tearwise error.

    ``message`` is one line, safe to show to a user: it names the problem and never
    contains what the user wrote about themselves.
    """

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        """The message, plus the hint when there is one, on a single line."""
        text = self.message.replace("\n", " ").strip()
        if self.hint:
            text = f"{text} ({self.hint.strip()})"
        return text


class KnowledgeBaseError(TearwiseError):
    """The packaged knowledge base or question bank is invalid (a content-author error)."""

    def __init__(self, message: str, *, file: str | None = None, item: str | None = None) -> None:
        where = ", ".join(p for p in (file, item) if p)
        super().__init__(f"{where}: {message}" if where else message)
        self.file = file
        self.item = item


class InputError(TearwiseError):
    """Something the user or a script gave us cannot be used (bad file, bad JSON, bad type)."""


class UnknownIdError(InputError):
    """An id (question, answer, cause, mode...) that does not exist."""

    def __init__(self, kind: str, value: object, *, choices: list[str] | None = None) -> None:
        hint = None
        if choices:
            shown = ", ".join(choices[:8]) + (", ..." if len(choices) > 8 else "")
            hint = f"expected one of: {shown}"
        super().__init__(f"unknown {kind} {value!r}", hint=hint)
        self.kind = kind
        self.value = value


class StateError(TearwiseError):
    """An operation was attempted in the wrong lifecycle state (e.g. answering a finished interview)."""


__all__ = [
    "InputError",
    "KnowledgeBaseError",
    "StateError",
    "TearwiseError",
    "UnknownIdError",
]
