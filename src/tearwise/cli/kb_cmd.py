"""Commands that show the knowledge base: questions, causes, about, kb check."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tearwise.cli import app
from tearwise.errors import UnknownIdError


class Format(StrEnum):
    text = "text"
    json = "json"


kb_app = typer.Typer(help="Check the knowledge base (for content authors).", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@app.command()
def questions(
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json")] = Format.text,
) -> None:
    """List the question bank."""
    from tearwise.app.contracts import questions_document
    from tearwise.knowledge import load_knowledge_base

    kb = load_knowledge_base()
    if format is Format.json:
        typer.echo(json.dumps(questions_document(kb), indent=2, ensure_ascii=False))
        return
    from rich.console import Console

    console = Console()
    for i, q in enumerate(kb.questions, 1):
        tag = " [safety]" if q.safety else ""
        console.print(f"[bold]{i}. {q.text}[/bold]{tag}  ({q.id})", highlight=False)
        console.print(f"   [dim]{q.why}[/dim]", highlight=False)
        for a in q.answers:
            console.print(f"   - {a.text} ({a.id})", highlight=False)


@app.command()
def causes() -> None:
    """List the reasons tearwise knows about."""
    from rich.console import Console
    from rich.table import Table

    from tearwise.knowledge import load_knowledge_base

    kb = load_knowledge_base()
    table = Table("id", "reason", "in short", show_lines=True)
    for cause in kb.causes:
        table.add_row(cause.id, cause.title, cause.summary.self)
    Console().print(table)
    typer.echo("See one in full with: tearwise about CAUSE")


@app.command()
def about(cause: Annotated[str, typer.Argument(help="A cause id, e.g. orgasm (see: tearwise causes)")]) -> None:
    """Explain one reason in full: how it shows, what helps, when to get help, sources."""
    from rich.console import Console

    from tearwise.cli.render import render_cause
    from tearwise.knowledge import CAUSE_IDS, load_knowledge_base

    kb = load_knowledge_base()
    if cause not in CAUSE_IDS:
        raise UnknownIdError("cause", cause, choices=list(CAUSE_IDS))
    render_cause(Console(), kb.cause(cause), kb)


@kb_app.command("check")
def kb_check(
    directory: Annotated[
        Path | None, typer.Argument(help="A folder of knowledge-base YAML files (default: the packaged one)")
    ] = None,
) -> None:
    """Validate the knowledge base and report every problem found."""
    from tearwise.knowledge.checks import cross_reference_problems
    from tearwise.knowledge.loader import data_dir, load_from

    folder = directory or data_dir()
    kb = load_from(folder)  # raises a one-line KnowledgeBaseError on the first schema problem
    problems = cross_reference_problems(kb)
    if problems:
        for p in problems:
            typer.echo(p, err=True)
        raise typer.Exit(2)
    typer.echo(
        f"ok: {len(kb.causes)} causes, {len(kb.questions)} questions, {len(kb.rules)} triage rules, "
        f"{len(kb.citations)} sources ({folder})"
    )
