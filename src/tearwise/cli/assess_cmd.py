"""``tearwise assess``: the interactive assessment, or a complete answers file."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tearwise.cli import app
from tearwise.cli.inputs import read_input_bytes
from tearwise.errors import InputError


class Format(StrEnum):
    text = "text"
    json = "json"


@app.command()
def assess(
    partner: Annotated[bool, typer.Option("--partner", help="Answer as the partner who saw it happen.")] = False,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help=(
                'A JSON file {"mode": "self"|"partner", "answers": {question: answer}, "narrative"?: text}; '
                "- reads it from stdin."
            ),
        ),
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output: text or json.")] = Format.text,
    save: Annotated[bool, typer.Option("--save", help="Keep the result in your encrypted journal.")] = False,
) -> None:
    """Find the likely reasons for the tears: interactively, or from an answers file."""
    from rich.console import Console

    from tearwise.app.contracts import result_document
    from tearwise.app.session import AssessmentSession
    from tearwise.cli.render import render_result
    from tearwise.knowledge import load_knowledge_base

    kb = load_knowledge_base()
    if answers is not None:
        from tearwise.app.narrative import default_reader
        from tearwise.app.requests import parse_assess_request
        from tearwise.app.session import assess as assess_request

        request = parse_assess_request(read_input_bytes(answers, "answers file"), kb)
        if partner and request.mode != "partner":
            raise InputError("--partner was given but the answers file says mode 'self'")
        reader = default_reader() if request.narrative is not None else None
        result = assess_request(request, kb, reader)
        narrative = request.narrative
        answer_map = dict(request.answers)
    else:
        if not sys.stdin.isatty() and format is Format.json:
            raise InputError("the interactive assessment needs a terminal; use --answers FILE for scripts")
        from tearwise.app.narrative import default_reader
        from tearwise.cli.interactive import run_interactive

        session = AssessmentSession("partner" if partner else "self", kb)
        maybe = run_interactive(Console(highlight=False), session, default_reader())
        if maybe is None:
            return
        result = maybe
        narrative = session.narrative
        answer_map = session.interview.answers
        if format is Format.text:
            _maybe_save(save, result, answer_map, narrative)
            return

    if format is Format.json:
        typer.echo(json.dumps(result_document(result, kb), indent=2, ensure_ascii=False))
    else:
        render_result(Console(highlight=False), result, kb)
    _maybe_save(save, result, answer_map, narrative)


def _maybe_save(save: bool, result: object, answers: dict[str, str], narrative: str | None) -> None:
    if not save:
        return
    try:
        from tearwise.cli.journal_cmd import save_assessment_from_cli
    except ModuleNotFoundError as exc:
        raise InputError("the journal is not available in this installation") from exc
    entry_id = save_assessment_from_cli(result, answers, narrative)
    typer.echo(f"Saved to your journal as {entry_id}.", err=True)
