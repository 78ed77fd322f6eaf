"""Optional command groups (classify, serve, journal, report, export) registered if present.

Each part of tearwise that adds commands ships a ``tearwise.cli.<name>_cmd`` module with a
``register(app)`` function. Registering is cheap: modules import their heavy dependencies
inside the command functions only.
"""

from __future__ import annotations

import importlib

import typer

OPTIONAL = ("classify_cmd", "serve_cmd", "journal_cmd", "report_cmd")


def register_optional_commands(app: typer.Typer) -> None:
    for name in OPTIONAL:
        try:
            module = importlib.import_module(f"tearwise.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"tearwise.cli.{name}":
                continue
            raise
        module.register(app)
