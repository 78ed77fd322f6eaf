"""The interactive assessment in the terminal: one question at a time.

Keys: a number answers, ``b`` goes back, ``s`` skips, ``q`` (or Ctrl-C / Ctrl-D) quits at
once, clears the screen and leaves no trace: nothing is written anywhere.
"""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from tearwise.app.narrative import NarrativeReader, NarrativeReading
from tearwise.app.session import AssessmentSession, QuestionView
from tearwise.cli.render import render_result
from tearwise.engine import Result
from tearwise.errors import InputError

KEYS_HELP = "Type a number to answer.  b = back   s = skip   q = quit (nothing is saved)"


class Quit(Exception):
    """The user asked to leave."""


def _ask(console: Console, prompt: str) -> str:
    try:
        return console.input(prompt).strip()
    except EOFError as exc:
        raise Quit from exc


def _show_question(console: Console, view: QuestionView) -> None:
    console.print()
    total = max(view.progress.expected_total, view.number)
    header = Table.grid(padding=(0, 1))
    header.add_row(
        Text(f"Question {view.number} of about {total}", style="bold"),
        ProgressBar(total=total, completed=view.number - 1, width=24),
    )
    console.print(header)
    if view.content_note:
        console.print(Panel(view.content_note, title="Content note", border_style="yellow"))
    console.print(Text(view.text, style="bold"))
    console.print(Text(f"Why we ask: {view.why}", style="dim"))
    for i, answer in enumerate(view.answers, 1):
        console.print(f"  {i}. {answer.text}", highlight=False)


def _offer_narrative(console: Console, session: AssessmentSession, reader: NarrativeReader) -> None:
    console.print(
        Text(
            "If you like, tell us in your own words what happened (on one line). "
            "Or just press Enter to go straight to the questions.",
        )
    )
    text = _ask(console, "> ")
    if text.lower() in {"q", "quit"}:
        raise Quit
    if not text:
        return
    preview = AssessmentSession(session.mode, session.kb)
    try:
        reading = preview.tell(text, reader)
    except InputError as exc:
        console.print(Text(f"We could not use that: {exc.one_line()}. Let's go on with the questions.", style="yellow"))
        return
    _echo_reading(console, session, reading)
    keep = _ask(console, "Is this about right? (y = yes, keep it / n = no, leave it out): ").lower()
    if keep in {"q", "quit"}:
        raise Quit
    if keep.startswith("y"):
        session.tell(text, reader)
    elif any(reading.flags.values()):
        answer = _ask(
            console, "Should we still keep the safety part in mind? (Enter or y = yes, recommended / n = no): "
        ).lower()
        if answer in {"q", "quit"}:
            raise Quit
        if not answer.startswith("n"):
            session.keep_safety_flags(reading)


def _echo_reading(console: Console, session: AssessmentSession, reading: NarrativeReading) -> None:
    kb = session.kb
    console.print(Text("Here is what we understood:", style="bold"))
    if reading.notice is not None:
        console.print(f"  • {reading.notice} The questions will help.")
    elif reading.labels:
        for cause_id in reading.labels:
            console.print(f"  • {kb.cause(cause_id).title}")
    else:
        console.print("  • No clear reason stood out yet. The questions will help.")
    for flag, raised in reading.flags.items():
        if raised:
            sentence = reading.flag_sentences.get(flag)
            shown = f' (from: "{sentence}")' if sentence else ""
            console.print(
                Text(f"  ! Something to check for your safety: {flag.replace('_', ' ')}{shown}", style="bold")
            )


def run_interactive(
    console: Console,
    session: AssessmentSession,
    reader: NarrativeReader | None = None,
) -> Result | None:
    """Drive ``session`` until a result; None when the user quits."""
    kb = session.kb
    try:
        console.print(Panel(kb.texts.scope.for_mode(session.mode), title="tearwise: a private check-in"))
        console.print(Text(KEYS_HELP, style="dim"))
        if reader is not None:
            _offer_narrative(console, session, reader)
        while (view := session.current()) is not None:
            _show_question(console, view)
            choice = _ask(console, f"Your answer (1-{len(view.answers)}, b, s, q): ").lower()
            if choice in {"q", "quit", "exit"}:
                raise Quit
            if choice in {"b", "back"}:
                if not session.back():
                    console.print(Text("This is the first question.", style="yellow"))
                continue
            if choice in {"s", "skip"}:
                session.skip(view.id)
                continue
            if choice.isdigit() and 1 <= int(choice) <= len(view.answers):
                session.answer(view.answers[int(choice) - 1].id, view.id)
                continue
            console.print(Text(f"Please type a number from 1 to {len(view.answers)}, or b, s or q.", style="yellow"))
        result = session.finish()
    except (Quit, KeyboardInterrupt):
        console.clear()
        console.print("Closed. Nothing was saved.")
        return None
    console.print()
    render_result(console, result, kb)
    return result
