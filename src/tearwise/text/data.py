"""Labelled accounts: loading with a schema check, and the train / dev / test split.

The split is grouped by writing style, so the test split holds styles the classifier never
saw in training (shared/labelling.md: "a split grouped by writing style tells more than a
random one"). It is a rule, not a random draw, so accounts added later fall in place:

- test: the styles of the ``holdout_*.jsonl`` files, in writing rounds (``TEST_ROUNDS``;
  docs/classifier.md lists them). Their writers saw no other account and no code, and nobody
  working on the classifier read them: each round is scored by ``make eval``;
- dev: ``partner_worry`` and ``comment_reply`` (groups of the leave-one-style-out tuning);
- train: every other style.

Tuning (regularisation, calibration, thresholds) uses out-of-fold predictions over train
and dev, one fold per style, so every tuned number was measured on a style the model had
not seen.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, Protocol, TypeVar

from tearwise.errors import InputError
from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, CauseId, FlagId

Split = Literal["train", "dev", "test"]


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_Record = TypeVar("_Record", bound=_HasId)
#: Held-out styles by writing round (two or three new writers a round, who saw no other data and no code).
TEST_ROUNDS: Final[dict[str, tuple[str, ...]]] = {
    "1": ("interview_answer", "confession_page", "educator_dm", "app_checkin", "radio_callin", "article_comment"),
    "2": ("chatbot_message", "group_chat", "unsent_letter", "textline_sms"),
    "3": ("email_list_post", "clinic_voicemail", "anon_app_post", "sibling_text"),
    "4": ("discord_vent", "letter_to_self", "rant_post", "telehealth_form"),
    "5": ("review_post", "livestream_chat", "pharmacist_chat", "faith_counsel"),
    "6": ("bullet_journal", "email_to_ex", "harm_reduction_chat", "postpartum_forum"),
    "7": ("reddit_throwaway", "workplace_eap_note", "older_adult_email", "trans_peer_forum"),
    "8": ("kink_community_forum", "chronic_illness_forum", "ace_spectrum_forum", "research_interview_transcript"),
    "9": ("tumblr_text_post", "clinic_feedback_form", "auto_transcribed_voice_message", "mens_health_forum"),
    # Ninth session: a few words typed into a text box (every earlier account has seven words or more).
    "10": ("app_text_box",),
    # Seventeenth session: one to three sentences typed into a health app's free-text box.
    "11": ("health_app_free_text",),
    # Eighteenth session: one line typed into a search engine, an anonymous question box or a status.
    "12": ("search_or_status_line",),
}
TEST_STYLES: Final = frozenset(style for styles in TEST_ROUNDS.values() for style in styles)
DEV_STYLES: Final = frozenset({"partner_worry", "comment_reply"})
_KEYS: Final = {"id", "perspective", "text", "labels", "safety"}
_OPTIONAL: Final = {"style", "note"}


@dataclass(frozen=True, slots=True)
class Account:
    id: str
    perspective: str
    style: str
    text: str
    labels: tuple[CauseId, ...]
    safety: dict[FlagId, bool]
    source: str

    @property
    def split(self) -> Split:
        if Path(self.source).name.startswith("holdout_"):
            return "test"  # a held-out file never trains, whatever style its writer tagged
        return split_of(self.style)


def split_of(style: str) -> Split:
    if style in TEST_STYLES:
        return "test"
    if style in DEV_STYLES:
        return "dev"
    return "train"


def _id_and_text(raw: dict[str, Any], where: str) -> None:
    """The check every record here shares: a non-empty id and a text that is not blank."""
    if not isinstance(raw["id"], str) or not raw["id"]:
        raise InputError(f"{where}: 'id' must be non-empty text")
    if not isinstance(raw["text"], str) or not raw["text"].strip():
        raise InputError(f"{where}: 'text' must be non-empty text")


def _id_text_safety(raw: dict[str, Any], where: str) -> dict[FlagId, bool]:
    """The checks an account and a flag sentence share: a non-empty id and text, and the four
    flags as booleans (returned in FLAG_IDS order)."""
    _id_and_text(raw, where)
    safety = raw["safety"]
    if not isinstance(safety, dict) or set(safety) != set(FLAG_IDS):
        raise InputError(f"{where}: 'safety' must have exactly the flags {', '.join(FLAG_IDS)}")
    if any(not isinstance(v, bool) for v in safety.values()):
        raise InputError(f"{where}: 'safety' values must be true or false")
    return {f: bool(safety[f]) for f in FLAG_IDS}


def _load_unique(paths: Iterable[Path], parse: Callable[[object, str], _Record]) -> list[_Record]:
    """Every record of ``paths``, parsed and checked; ids must be unique across files."""
    records: list[_Record] = []
    seen: dict[str, str] = {}
    for where, raw in _records(paths):
        record = parse(raw, where)
        if record.id in seen:
            raise InputError(f"{where}: id {record.id!r} already used at {seen[record.id]}")
        seen[record.id] = where
        records.append(record)
    return records


def parse_account(raw: object, where: str) -> Account:
    """Check one record against shared/labelling.md; the error names the file and line."""
    if not isinstance(raw, dict):
        raise InputError(f"{where}: a record must be a JSON object")
    missing = sorted(_KEYS - raw.keys())
    if missing:
        raise InputError(f"{where}: missing field {missing[0]!r}")
    unknown = sorted(raw.keys() - _KEYS - _OPTIONAL)
    if unknown:
        raise InputError(f"{where}: unknown field {unknown[0]!r}")
    safety = _id_text_safety(raw, where)
    if raw["perspective"] not in ("self", "partner"):
        raise InputError(f"{where}: 'perspective' must be 'self' or 'partner'")
    labels = raw["labels"]
    if not isinstance(labels, list) or not labels or any(label not in CAUSE_IDS for label in labels):
        raise InputError(f"{where}: 'labels' must be a non-empty list of cause ids")
    if len(set(labels)) != len(labels):
        raise InputError(f"{where}: 'labels' repeats a cause")
    style = raw.get("style", "unknown")
    if not isinstance(style, str):
        raise InputError(f"{where}: 'style' must be text")
    return Account(
        id=raw["id"],
        perspective=raw["perspective"],
        style=style,
        text=raw["text"],
        labels=tuple(labels),
        safety=safety,
        source=where,
    )


def _records(paths: Iterable[Path]) -> Iterator[tuple[str, object]]:
    """Each JSON record of the JSON Lines files ``paths``, with where it is ("file:line")."""
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path.name}:{number}"
                try:
                    yield where, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{where}: not valid JSON ({exc.msg})") from None


def load_accounts(paths: Iterable[Path]) -> list[Account]:
    """Every account in ``paths`` (JSON Lines), validated; ids must be unique across files."""
    return _load_unique(paths, parse_account)


def default_data_dir() -> Path:
    """``data/accounts`` of a source checkout (the data is not shipped in the wheel)."""
    return Path(__file__).resolve().parents[3] / "data" / "accounts"


def _load_folder(folder: Path, what: str) -> list[Account]:
    """Every account in the JSON Lines files of ``folder``; an empty folder is an error (a
    checkout without its data), not an empty training set."""
    paths = sorted(folder.glob("*.jsonl"))
    if not paths:
        raise InputError(f"no {what} found in {folder}", hint="run from a source checkout")
    return load_accounts(paths)


def load_default() -> list[Account]:
    return _load_folder(default_data_dir(), "labelled accounts")


def load_short(folder: Path | None = None) -> list[Account]:
    """The short texts of ``data/short`` (a few words, or one to three sentences, typed into
    a text box), in the account format. They train the causes only (``head.merge_heads``):
    with them in the whole head's fit, its flag scores moved and true flags were lost
    (data/short/README.md)."""
    return _load_folder(folder if folder is not None else default_data_dir().parent / "short", "short texts")


@dataclass(frozen=True, slots=True)
class FlagSentence:
    """One sentence labelled for the four red flags, judged from the sentence alone.

    ``data/clauses`` holds these: written to teach the clause flag layer (clause_flags.py)
    wordings the patterns do not know, with hard negatives beside them. They are training
    data only; no account is built from them.
    """

    id: str
    text: str
    safety: dict[FlagId, bool]


def parse_flag_sentence(raw: object, where: str) -> FlagSentence:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: a record must be a JSON object")
    if set(raw) != {"id", "text", "safety"}:
        raise InputError(f"{where}: a sentence record has exactly the fields id, text and safety")
    safety = _id_text_safety(raw, where)
    return FlagSentence(raw["id"], raw["text"], safety)


def load_flag_sentences(folder: Path | None = None) -> list[FlagSentence]:
    """Every labelled sentence in ``data/clauses`` (or ``folder``), validated; ids unique."""
    folder = folder if folder is not None else default_data_dir().parent / "clauses"
    return _load_unique(sorted(folder.glob("*.jsonl")), parse_flag_sentence)


@dataclass(frozen=True, slots=True)
class SidewaysRecord:
    """A short account judged for self-harm only, with the words that carry it marked.

    ``data/sideways`` holds these (eighth session): self-harm said sideways (warning signs,
    means named in passing, burden thoughts, scars, slang) and hard negatives that look
    close. The marked spans tell the clause layer (clause_flags.py) which clause is the
    positive, whatever its wording. Training data only.
    """

    id: str
    text: str
    self_harm: bool
    spans: tuple[str, ...]


def parse_sideways(raw: object, where: str) -> SidewaysRecord:
    if not isinstance(raw, dict) or set(raw) != {"id", "text", "self_harm", "spans"}:
        raise InputError(f"{where}: a sideways record has exactly the fields id, text, self_harm and spans")
    _id_and_text(raw, where)
    text = raw["text"]
    if not isinstance(raw["self_harm"], bool):
        raise InputError(f"{where}: 'self_harm' must be true or false")
    spans = raw["spans"]
    if not isinstance(spans, list) or any(not isinstance(s, str) or not s.strip() or s not in text for s in spans):
        raise InputError(f"{where}: 'spans' must be a list of non-empty pieces of 'text', copied exactly")
    if bool(spans) != raw["self_harm"]:
        raise InputError(f"{where}: a self-harm record marks one span or more, any other record none")
    return SidewaysRecord(raw["id"], text, raw["self_harm"], tuple(spans))


def load_sideways(folder: Path | None = None) -> list[SidewaysRecord]:
    """Every span-marked record in ``data/sideways`` (or ``folder``), validated; ids unique."""
    folder = folder if folder is not None else default_data_dir().parent / "sideways"
    return _load_unique(sorted(folder.glob("*.jsonl")), parse_sideways)


@dataclass(frozen=True, slots=True)
class Probe:
    """A short account judged for some of the four flags, to test the red-flag layers.

    ``data/probes`` holds these, from writers who saw no other data. In ``dev_*`` files the
    misses were read to write patterns; ``heldout_*`` files were never read, and show how far
    that carries to wording nobody studied. Never trained on. ``safety`` has only the flags
    the writer judged (a self-harm probe says nothing about pain).
    """

    id: str
    text: str
    safety: dict[FlagId, bool]
    #: ``dev`` or ``heldout``: the file name's first part.
    group: str
    #: The file's name without ``.jsonl`` (``heldout_ya``): each held-out file is its own test.
    source: str


PROBE_GROUPS: Final = ("dev", "heldout")


def load_probes(folder: Path | None = None) -> list[Probe]:
    """Every probe in ``data/probes`` (or ``folder``), validated; ids unique across files."""
    folder = folder if folder is not None else default_data_dir().parent / "probes"
    probes: list[Probe] = []
    for path in sorted(folder.glob("*.jsonl")):
        group = path.stem.split("_", 1)[0]
        if group not in PROBE_GROUPS:
            raise InputError(f"{path.name}: a probe file name starts with {' or '.join(PROBE_GROUPS)}")

        def parse(raw: object, where: str, group: str = group, source: str = path.stem) -> Probe:
            if not isinstance(raw, dict) or set(raw) != {"id", "text", "safety"}:
                raise InputError(f"{where}: a probe record has exactly the fields id, text and safety")
            safety = raw["safety"]
            if not isinstance(safety, dict) or not safety or not set(safety) <= set(FLAG_IDS):
                raise InputError(f"{where}: 'safety' must judge one or more of {', '.join(FLAG_IDS)}")
            if any(not isinstance(v, bool) for v in safety.values()):
                raise InputError(f"{where}: 'safety' values must be true or false")
            _id_and_text(raw, where)
            judged = {f: bool(safety[f]) for f in FLAG_IDS if f in safety}
            return Probe(raw["id"], raw["text"], judged, group, source)

        probes.extend(_load_unique([path], parse))
    ids = [p.id for p in probes]
    if len(set(ids)) != len(ids):
        raise InputError(f"{folder}: probe ids must be unique across files")
    return probes
