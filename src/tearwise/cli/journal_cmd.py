"""``tearwise journal ...``: the private, encrypted journal from the command line.

A thin edge over :mod:`tearwise.journal`. The passphrase comes from ``--passphrase-file``,
then ``TEARWISE_PASSPHRASE``, then a prompt without echo. Heavy modules (SQLCipher, the
narrative model) are imported inside the commands so ``tearwise --help`` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tearwise.errors import InputError

if TYPE_CHECKING:
    from tearwise.journal import Episode, Journal, SavedAssessment

PASSPHRASE_ENV = "TEARWISE_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
NEW_PASSPHRASE_ENV = "TEARWISE_NEW_PASSPHRASE"  # noqa: S105

journal_app = typer.Typer(
    help="Your private journal of episodes and saved assessments (encrypted on disk).",
    no_args_is_help=True,
)


class Format(StrEnum):
    text = "text"
    json = "json"


PassphraseFile = Annotated[
    Path | None,
    typer.Option(
        "--passphrase-file",
        help=f"Read the passphrase from this file (else ${PASSPHRASE_ENV}, else you are asked).",
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output: text or json.")]


# -- passphrases and opening ------------------------------------------------------------------


def _read_secret_file(path: Path, what: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"{what} file not found: {path}") from exc
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the {what} file: {path}") from exc
    secret = text.rstrip("\r\n")
    if not secret:
        raise InputError(f"the {what} file is empty: {path}")
    return secret


def get_passphrase(
    passphrase_file: Path | None,
    *,
    confirm: bool = False,
    env: str = PASSPHRASE_ENV,
    prompt: str = "Journal passphrase",
) -> str:
    """From the file, else the environment, else asked without echo (twice when ``confirm``)."""
    if passphrase_file is not None:
        return _read_secret_file(passphrase_file, "passphrase")
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise InputError(
            "no passphrase given",
            hint=f"use --passphrase-file FILE or set {env} when not at a terminal",
        )
    import getpass

    try:
        secret = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass("Type it again: ") != secret:
            raise InputError("the two passphrases differ; nothing was changed")
    except EOFError:
        raise InputError("no passphrase given; nothing was changed") from None
    if not secret:
        raise InputError("the passphrase is empty")
    return secret


def open_journal(passphrase_file: Path | None, *, create: bool = False) -> Journal:
    """Unlock the journal in the data directory (creating it when ``create`` and missing)."""
    from tearwise.journal import Journal, NoJournalError

    journal = Journal()
    if journal.exists:
        journal.unlock(get_passphrase(passphrase_file))
        return journal
    if not create:
        raise NoJournalError(f"there is no journal at {journal.path} yet", hint="'tearwise journal add' starts one")
    journal.create(get_passphrase(passphrase_file, confirm=True, prompt="Choose a passphrase"))
    typer.echo(f"Started your encrypted journal at {journal.path}.", err=True)
    from tearwise.journal.settings import FAST_KDF, KDF_PROFILE_ENV, kdf_for_new_keys

    if kdf_for_new_keys() is FAST_KDF:
        typer.echo(f"Warning: {KDF_PROFILE_ENV}=fast is for tests. It makes a passphrase easier to guess.", err=True)
    return journal


def _read_json(path: Path, what: str) -> Any:
    from tearwise.app.requests import decode_json
    from tearwise.cli.inputs import read_input_bytes

    return decode_json(read_input_bytes(path, what), what)


def _note_reading(note: str | None) -> Any:
    """Classify a note when the narrative reader is installed; never lose the entry over it."""
    if not note:
        return None
    from tearwise.app.narrative import default_reader
    from tearwise.journal.notes import read_note

    try:
        return read_note(note, default_reader())
    except Exception:  # the reader is optional; the note itself is what must be kept
        typer.echo("(Your note was saved, but it could not be read for reasons.)", err=True)
        return None


# -- text output ------------------------------------------------------------------------------


def _summary(episode: Episode) -> str:
    parts = [
        p
        for p in (
            episode.context,
            episode.timing and episode.timing.replace("_", " "),
            episode.pain and f"pain: {episode.pain}",
            "note" if episode.note else None,
            "⚠ " + ", ".join(episode.red_flags) if episode.red_flags else None,
        )
        if p
    ]
    return f"{episode.id}  {episode.date.isoformat()}  {'; '.join(parts) or '-'}"


def _show_text(entry: Episode | SavedAssessment) -> None:
    doc = entry.document()
    if entry.kind == "assessment":
        result = doc["result"]
        typer.echo(f"{entry.id}  assessment of {doc['created']} ({doc['mode']})")
        typer.echo(f"  triage: {result.get('triage', {}).get('level')}")
        for cause in result.get("causes", [])[:3]:
            typer.echo(f"  {cause['title']}: {cause['band']} ({cause['probability']:.0%})")
        return
    for key, value in doc.items():
        if value in (None, [], ()):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        typer.echo(f"{key:>13}: {shown}")


# -- commands ---------------------------------------------------------------------------------


@journal_app.command("add")
def add(
    json_file: Annotated[
        Path | None, typer.Option("--json", help="A JSON file of episode fields; - for stdin.")
    ] = None,
    date: Annotated[str | None, typer.Option(help="YYYY-MM-DD (default: today).")] = None,
    note: Annotated[str | None, typer.Option(help="What happened, in your own words.")] = None,
    context: Annotated[str | None, typer.Option(help="partner or solo.")] = None,
    relationship: Annotated[str | None, typer.Option(help="committed, casual, new or other.")] = None,
    timing: Annotated[str | None, typer.Option(help="during, at_orgasm, right_after or later.")] = None,
    orgasm: Annotated[bool | None, typer.Option("--orgasm/--no-orgasm", help="Was there an orgasm?")] = None,
    pain: Annotated[str | None, typer.Option(help="none, wanted, unwanted or unsure.")] = None,
    felt: Annotated[list[str] | None, typer.Option(help="A feeling (repeat).")] = None,
    trigger: Annotated[list[str] | None, typer.Option(help="A trigger (repeat).")] = None,
    helped: Annotated[list[str] | None, typer.Option(help="Something that helped (repeat).")] = None,
    reason: Annotated[
        list[str] | None, typer.Option(help="A reason you think was behind it (cause id; repeat).")
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Write down one episode. Prints the new entry's id."""
    from tearwise.journal.records import episode_fields_from

    data: dict[str, Any] = {}
    if json_file is not None:
        loaded = _read_json(json_file, "entry file")
        if not isinstance(loaded, dict):
            raise InputError(f"the entry file must hold a JSON object, not {type(loaded).__name__}")
        data.update(loaded)
    options = {
        "date": date,
        "note": note,
        "context": context,
        "relationship": relationship,
        "timing": timing,
        "orgasm": orgasm,
        "pain": pain,
        "felt": felt,
        "triggers": trigger,
        "helped": helped,
        "reasons": reason,
    }
    data.update({k: v for k, v in options.items() if v is not None})
    fields = episode_fields_from(data)
    journal = open_journal(passphrase_file, create=True)
    with journal:
        episode = journal.add_episode(fields, _note_reading(fields.note))
    typer.echo(episode.id)
    _safety_first(episode)


def _safety_first(episode: Episode) -> None:
    """When an entry carries a red flag, say what to do now (on stderr; stdout stays the id)."""
    if not episode.red_flags:
        return
    from tearwise.journal.safety import first_line
    from tearwise.knowledge import load_knowledge_base

    line = first_line(episode.red_flags, load_knowledge_base().resources)
    if line:
        typer.echo(f"Safety first: {line}", err=True)


@journal_app.command("list")
def list_entries(
    format: FormatOption = Format.text,
    assessments: Annotated[
        bool, typer.Option("--assessments", help="List saved assessments instead of episodes.")
    ] = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """List your episodes (or saved assessments), oldest first."""
    with open_journal(passphrase_file) as journal:
        entries: list[Episode] | list[SavedAssessment] = journal.assessments() if assessments else journal.episodes()
    if format is Format.json:
        docs = [e.document() for e in entries]
        typer.echo(json.dumps(docs, indent=2, ensure_ascii=False))
        return
    if not entries:
        typer.echo("Nothing here yet.")
    for entry in entries:
        if entry.kind == "episode":
            typer.echo(_summary(entry))
        else:
            level = entry.result.get("triage", {}).get("level", "?")
            typer.echo(f"{entry.id}  {entry.created.date().isoformat()}  {entry.mode}; {level}")


@journal_app.command("show")
def show(
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="An id from 'journal list'.")],
    format: FormatOption = Format.text,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Show one entry in full."""
    with open_journal(passphrase_file) as journal:
        entry = journal.get(entry_id)
    if format is Format.json:
        typer.echo(json.dumps(entry.document(), indent=2, ensure_ascii=False))
    else:
        _show_text(entry)


@journal_app.command("edit")
def edit(
    entry_id: Annotated[str, typer.Argument(metavar="ID")],
    json_file: Annotated[
        Path | None,
        typer.Option("--json", help="A JSON object of the fields to change; - for stdin."),
    ] = None,
    note: Annotated[str | None, typer.Option(help="Replace the note.")] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Change fields of an episode (only the ones you give)."""
    from tearwise.journal.records import merged

    changes: dict[str, Any] = {}
    if json_file is not None:
        loaded = _read_json(json_file, "changes file")
        if not isinstance(loaded, dict):
            raise InputError(f"the changes file must hold a JSON object, not {type(loaded).__name__}")
        changes.update(loaded)
    if note is not None:
        changes["note"] = note
    if not changes:
        raise InputError("nothing to change", hint="give --json FILE or --note TEXT")
    if entry_id.startswith("as-"):
        raise InputError("a saved assessment can't be changed", hint="you can delete it and assess again")
    with open_journal(passphrase_file) as journal:
        episode = merged(journal.get_episode(entry_id), changes)
        if episode.note_reading is None and episode.note:
            episode = episode.model_copy(update={"note_reading": _note_reading(episode.note)})
        journal.replace_episode(episode)
    typer.echo(entry_id)
    _safety_first(episode)


@journal_app.command("delete")
def delete(
    entry_id: Annotated[str, typer.Argument(metavar="ID")],
    passphrase_file: PassphraseFile = None,
) -> None:
    """Delete one episode or saved assessment."""
    with open_journal(passphrase_file) as journal:
        journal.delete(entry_id)
    typer.echo(f"Deleted {entry_id}.", err=True)


ArchivePassphrase = Annotated[
    Path | None,
    typer.Option(
        "--archive-passphrase-file",
        help="Passphrase of the archive, when it differs from the journal's.",
    ),
]


@journal_app.command("export")
def export(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Where to write the archive.")],
    plain: Annotated[bool, typer.Option("--plain", help="Readable JSON instead of an encrypted archive.")] = False,
    archive_passphrase_file: ArchivePassphrase = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Write the whole journal to one file: encrypted (default) or readable JSON (--plain)."""
    from tearwise.journal.archive import export_bytes

    passphrase = get_passphrase(passphrase_file)
    archive_pass: str | None = None
    if not plain:
        archive_pass = (
            _read_secret_file(archive_passphrase_file, "archive passphrase") if archive_passphrase_file else passphrase
        )
    from tearwise.journal import Journal

    with Journal() as journal:
        journal.unlock(passphrase)
        data = export_bytes(journal, archive_pass)
    write_private(file, data)
    kind = "a readable copy (NOT encrypted)" if plain else "an encrypted copy"
    typer.echo(f"Wrote {kind} of your journal to {file}.", err=True)


def write_private(file: Path, data: bytes) -> None:
    """Write a file only the user can read, atomically (temp file, then rename)."""
    tmp = file.with_name(f".{file.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, file)
    except OSError as exc:
        raise InputError(f"cannot write {file} ({exc.strerror})") from exc


@journal_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="An archive or a --plain export.")],
    archive_passphrase_file: ArchivePassphrase = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Add the entries of an export to your journal (entries already there are kept)."""
    from tearwise.journal.archive import import_contents, read_archive

    try:
        raw = file.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"archive not found: {file}") from exc
    except (IsADirectoryError, PermissionError) as exc:
        raise InputError(f"cannot read the archive: {file}") from exc
    passphrase = get_passphrase(passphrase_file)
    archive_pass = (
        _read_secret_file(archive_passphrase_file, "archive passphrase") if archive_passphrase_file else passphrase
    )
    contents = read_archive(raw, archive_pass)
    from tearwise.journal import Journal

    with Journal() as journal:
        if journal.exists:
            journal.unlock(passphrase)
        else:
            journal.create(passphrase)
        summary = import_contents(journal, contents)
    typer.echo(
        f"Imported {summary.episodes_added} episode(s) and {summary.assessments_added} "
        f"assessment(s); {summary.already_there} were already there.",
        err=True,
    )


@journal_app.command("passphrase")
def change_passphrase(
    new_passphrase_file: Annotated[
        Path | None,
        typer.Option(
            "--new-passphrase-file",
            help=f"File with the new passphrase (else ${NEW_PASSPHRASE_ENV}, else asked).",
        ),
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Change the journal's passphrase (the whole file is re-encrypted)."""
    with open_journal(passphrase_file) as journal:
        new = get_passphrase(new_passphrase_file, confirm=True, env=NEW_PASSPHRASE_ENV, prompt="New passphrase")
        journal.change_passphrase(new)
    typer.echo("Your journal now opens with the new passphrase.", err=True)


@journal_app.command("wipe")
def wipe(
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Destroy the journal for good: the file and its leftovers are overwritten, then deleted."""
    from tearwise.journal import Journal

    journal = Journal()
    if not yes:
        if not sys.stdin.isatty():
            raise InputError("wipe needs --yes when not at a terminal")
        answer = typer.prompt("This destroys your whole journal and cannot be undone. Type 'wipe'")
        if answer.strip().lower() != "wipe":
            typer.echo("Nothing was wiped.", err=True)
            raise typer.Exit(1)
    destroyed = journal.wipe()
    typer.echo(f"Wiped {len(destroyed)} file(s). Exports you saved elsewhere are not touched.", err=True)


def save_assessment_from_cli(result: Any, answers: dict[str, str], narrative: str | None) -> str:
    """``tearwise assess --save``: keep the result document, answers and mode; return the id."""
    from tearwise.app.contracts import result_document
    from tearwise.knowledge import load_knowledge_base

    document = result_document(result, load_knowledge_base())
    journal = open_journal(None, create=True)
    with journal:
        saved = journal.add_assessment(document, answers, result.mode, narrative)
    return saved.id


def register(app: typer.Typer) -> None:
    app.add_typer(journal_app, name="journal")
