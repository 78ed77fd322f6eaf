"""Package-wide promises: a small public surface, fast start-up, no heavy imports for --help."""

from __future__ import annotations

import subprocess
import sys

import tearwise
import tearwise.app
import tearwise.engine
import tearwise.knowledge

HEAVY = ("onnxruntime", "numpy", "fastapi", "uvicorn", "weasyprint", "matplotlib", "sqlcipher3", "torch", "dask")


def test_public_names_are_sorted_and_exist() -> None:
    for module in (tearwise, tearwise.app, tearwise.engine, tearwise.knowledge):
        names = list(module.__all__)
        assert names == sorted(names, key=lambda n: (not n.isupper(), n)) or names == sorted(names)
        for name in names:
            assert hasattr(module, name), (module.__name__, name)


def test_help_imports_no_heavy_dependency() -> None:
    code = (
        "import sys, runpy; sys.argv=['tearwise','--help']\n"
        "try:\n runpy.run_module('tearwise', run_name='__main__')\n"
        "except SystemExit: pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout


def test_engine_and_knowledge_schema_import_no_framework_or_io_module() -> None:
    code = (
        "import sys; import tearwise.engine, tearwise.knowledge.schema, tearwise.knowledge.checks\n"
        "banned = ('typer', 'rich', 'fastapi', 'jinja2', 'sqlite3', 'sqlcipher3', 'onnxruntime')\n"
        "print([m for m in banned if m in sys.modules])"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip() == "[]"
