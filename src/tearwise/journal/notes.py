"""Reading an episode's note with the narrative reader, when one is installed.

The journal works without the classifier (``default_reader()`` is None until
``tearwise.text`` is installed); with it, each note gets its likely reasons and any safety
flags, stored encrypted beside the note and shown in patterns and the report.
"""

from __future__ import annotations

from tearwise.app.narrative import NarrativeReader
from tearwise.journal.records import NoteReading


def read_note(note: str | None, reader: NarrativeReader | None) -> NoteReading | None:
    if not note or reader is None:
        return None
    reading = reader.read(note)
    return NoteReading(
        labels=tuple(reading.labels),
        flags=tuple(flag for flag, raised in reading.flags.items() if raised),
    )
