"""Typed journal records: an episode (one time the tears came) and a saved assessment.

Fields and their allowed values are part of the ``journal add --json`` contract
(docs/journal.md). Validation errors become one :class:`~tearwise.errors.InputError` line
that names the field and never repeats what the user wrote.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tearwise.errors import InputError
from tearwise.journal.settings import MAX_ITEM_CHARS, MAX_LIST_ITEMS, MAX_NOTE_CHARS
from tearwise.knowledge.ids import CauseId, FlagId, Mode

Context = Literal["partner", "solo"]
Relationship = Literal["committed", "casual", "new", "other"]
Timing = Literal["during", "at_orgasm", "right_after", "later"]
Pain = Literal["none", "wanted", "unwanted", "unsure"]

Item = Annotated[str, Field(min_length=1, max_length=MAX_ITEM_CHARS)]

#: Fields of an episode that tearwise assigns; ``journal add`` ignores them in its input.
ASSIGNED_FIELDS = ("id", "kind", "created", "updated", "note_reading")
#: Every field an episode has, in the order documents show them.
EPISODE_FIELDS = (
    "id", "kind", "date", "context", "relationship", "timing", "orgasm", "felt", "pain",
    "triggers", "helped", "reasons", "note", "note_reading", "assessment_id", "created", "updated",
)  # fmt: skip


class NoteReading(BaseModel):
    """What the narrative reader found in an episode's note (stored, encrypted, with it)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    labels: tuple[CauseId, ...] = ()
    flags: tuple[FlagId, ...] = ()


def _clean_items(value: object) -> object:
    """Lists of short words: trimmed, lower-cased, empty and repeated items dropped."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list | tuple):
        out: list[object] = []
        for item in value:
            if isinstance(item, str):
                item = " ".join(item.split()).lower()
                if not item or item in out:
                    continue
            out.append(item)
        return out
    return value


class EpisodeFields(BaseModel):
    """What a person writes down about one episode. Everything but the date is optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    date: dt.date
    context: Context | None = None
    relationship: Relationship | None = None
    timing: Timing | None = None
    orgasm: bool | None = None
    felt: tuple[Item, ...] = Field(default=(), max_length=MAX_LIST_ITEMS)
    pain: Pain | None = None
    triggers: tuple[Item, ...] = Field(default=(), max_length=MAX_LIST_ITEMS)
    helped: tuple[Item, ...] = Field(default=(), max_length=MAX_LIST_ITEMS)
    reasons: tuple[CauseId, ...] = Field(default=(), max_length=7)
    note: str | None = Field(default=None, max_length=MAX_NOTE_CHARS)
    assessment_id: str | None = Field(default=None, max_length=64)

    _items = field_validator("felt", "triggers", "helped", mode="before")(_clean_items)

    @field_validator("reasons", mode="before")
    @classmethod
    def _unique_reasons(cls, value: object) -> object:
        if isinstance(value, list | tuple):
            return list(dict.fromkeys(value))
        return value

    @field_validator("note", mode="before")
    @classmethod
    def _strip_note(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value


class Episode(EpisodeFields):
    """A stored episode: the fields plus what tearwise assigned."""

    id: str = Field(min_length=1, max_length=64)
    kind: Literal["episode"] = "episode"
    note_reading: NoteReading | None = None
    created: dt.datetime
    updated: dt.datetime

    @property
    def red_flags(self) -> tuple[str, ...]:
        """Safety flags this episode raises: unwanted pain, and any the note's reader raised."""
        flags: list[str] = []
        if self.pain == "unwanted":
            flags.append("unwanted_pain")
        if self.note_reading is not None:
            flags.extend(f for f in self.note_reading.flags if f not in flags)
        return tuple(flags)

    def document(self) -> dict[str, Any]:
        """The JSON shape of ``journal list/show --format json`` and of plain exports."""
        data = self.model_dump(mode="json")
        return {key: data[key] for key in EPISODE_FIELDS}


class SavedAssessment(BaseModel):
    """An assessment kept in the journal: the contract result document, answers and mode."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=64)
    kind: Literal["assessment"] = "assessment"
    created: dt.datetime
    mode: Mode
    answers: dict[str, str]
    narrative: str | None = None
    result: dict[str, Any]

    @property
    def date(self) -> dt.date:
        return self.created.date()

    def document(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def _describe(error: ValidationError, what: str) -> str:
    first = error.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "(whole entry)"
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "is not a field of an episode (see docs/journal.md)"
    elif first["loc"] and first["loc"][-1] in ("date", "created", "updated"):
        message = "should be a date like 2026-01-31"
    more = f" (+{error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{what}: {field!r} {message}{more}"


def episode_fields_from(data: object, what: str = "entry") -> EpisodeFields:
    """Validate a JSON value as new episode fields; assigned fields are ignored."""
    if not isinstance(data, dict):
        raise InputError(f"{what} must be a JSON object of episode fields, not {type(data).__name__}")
    clean = {k: v for k, v in data.items() if k not in ASSIGNED_FIELDS}
    clean.setdefault("date", dt.date.today().isoformat())
    try:
        return EpisodeFields.model_validate(clean)
    except ValidationError as exc:
        raise InputError(_describe(exc, what)) from None


def episode_from(data: object, what: str = "episode") -> Episode:
    """Validate a complete stored episode (from the database or an archive)."""
    try:
        return Episode.model_validate(data)
    except ValidationError as exc:
        raise InputError(_describe(exc, what)) from None


def assessment_from(data: object, what: str = "assessment") -> SavedAssessment:
    try:
        return SavedAssessment.model_validate(data)
    except ValidationError as exc:
        raise InputError(_describe(exc, what)) from None


def merged(episode: Episode, changes: object, what: str = "changes") -> Episode:
    """The episode with ``changes`` (a partial JSON object of fields) applied."""
    if not isinstance(changes, dict):
        raise InputError(f"{what} must be a JSON object of episode fields, not {type(changes).__name__}")
    current = episode.model_dump(mode="json", include=set(EpisodeFields.model_fields))
    current.update({k: v for k, v in changes.items() if k not in ASSIGNED_FIELDS})
    fields = episode_fields_from(current, what)
    return Episode(
        **fields.model_dump(),
        id=episode.id,
        note_reading=episode.note_reading if fields.note == episode.note else None,
        created=episode.created,
        updated=episode.updated,
    )
