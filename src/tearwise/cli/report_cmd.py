"""``tearwise report`` (HTML/PDF for a professional) and ``tearwise export --fhir DIR``.

Both read the encrypted journal, so they take the same passphrase options as ``journal``.
WeasyPrint, matplotlib and fhir.resources are imported inside the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tearwise.cli.journal_cmd import PassphraseFile, open_journal, write_private
from tearwise.errors import InputError


def _check_target(path: Path, what: str) -> None:
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"cannot write the {what}: the folder {parent} does not exist")
    if path.is_dir():
        raise InputError(f"cannot write the {what}: {path} is a folder")


def report(
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Write the report as a PDF file.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the report as an HTML page.")] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """A one-to-three page summary of your journal to share with a therapist or doctor."""
    if pdf is None and html is None:
        raise InputError("say where to write the report", hint="--pdf FILE and/or --html FILE")
    for target, what in ((pdf, "PDF"), (html, "HTML page")):
        if target is not None:
            _check_target(target, what)
    from tearwise.knowledge import load_knowledge_base
    from tearwise.report import build_context, render_html, render_pdf

    with open_journal(passphrase_file) as journal:
        episodes, assessments = journal.episodes(), journal.assessments()
    page = render_html(build_context(episodes, assessments, load_knowledge_base()))
    if html is not None:
        write_private(html, page.encode("utf-8"))
        typer.echo(f"Wrote the report to {html}.", err=True)
    if pdf is not None:
        write_private(pdf, render_pdf(page))
        typer.echo(f"Wrote the report to {pdf}.", err=True)


def export(
    fhir: Annotated[
        Path | None,
        typer.Option(
            "--fhir",
            help="Folder for Questionnaire.json and one QuestionnaireResponse-<id>.json "
            "per saved assessment (FHIR R4B).",
        ),
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Export your saved assessments in a format clinical tools read (FHIR)."""
    if fhir is None:
        raise InputError("say what to export", hint="--fhir DIR")
    if fhir.exists() and not fhir.is_dir():
        raise InputError(f"--fhir needs a folder, and {fhir} is a file")
    from tearwise.journal import Journal
    from tearwise.knowledge import load_knowledge_base
    from tearwise.report.fhir import export_fhir

    assessments = []
    if Journal().exists:  # without a journal there is only the questionnaire to write
        with open_journal(passphrase_file) as journal:
            assessments = journal.assessments()
    written = export_fhir(fhir, assessments, load_knowledge_base())
    typer.echo(
        f"Wrote {len(written)} FHIR file(s) to {fhir} (the questionnaire and {len(written) - 1} response(s)).",
        err=True,
    )


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("export")(export)
