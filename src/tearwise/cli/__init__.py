"""The ``tearwise`` command line: a thin edge over :mod:`tearwise.app`.

Command modules import their heavy dependencies inside the command functions, so that
``tearwise --help`` stays fast. Every deliberate error ends as one line on stderr and exit
code 2; nothing here prints a traceback unless TEARWISE_DEBUG=1 is set.
"""

from __future__ import annotations

import os
import sys

import typer

from tearwise.errors import TearwiseError

app = typer.Typer(
    name="tearwise",
    help=(
        "Understand why you, or your partner, cry during or after sex: privately, offline, "
        "safety first. Not medical advice; in an emergency call your local emergency number."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from tearwise import __version__

        typer.echo(f"tearwise {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Show the version and exit.", callback=_version, is_eager=True
    ),
) -> None:
    """Understand why you, or your partner, cry during or after sex: privately, offline, safety first."""


# Command modules register themselves on `app` when imported.
from tearwise.cli import assess_cmd, kb_cmd  # noqa: E402,F401
from tearwise.cli.plugins import register_optional_commands  # noqa: E402

register_optional_commands(app)


def fail(message: str, code: int = 2) -> None:
    """Print one calm line to stderr and exit."""
    sys.stderr.write(f"tearwise: {message}\n")
    raise SystemExit(code)


def main() -> None:
    """Entry point of the console script and ``python -m tearwise``."""
    try:
        app()
    except TearwiseError as exc:
        fail(f"error: {exc.one_line()}", exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        raise SystemExit(130) from None
    except (BrokenPipeError, SystemExit):
        raise
    except Exception as exc:
        if os.environ.get("TEARWISE_DEBUG") == "1":
            raise
        fail(
            f"internal error ({exc.__class__.__name__}). Nothing you stored was changed. "
            "Set TEARWISE_DEBUG=1 to see details, and please report it.",
            1,
        )
