"""`tearwise causes`, `about` and `kb check` show and check the knowledge base."""

from __future__ import annotations

import shutil
from pathlib import Path

from tearwise.knowledge.loader import data_dir
from tests.cli.conftest import Runner


def test_causes_lists_every_cause(run_cli: Runner) -> None:
    proc = run_cli("causes")
    assert proc.returncode == 0, proc.stderr
    for cause_id in (
        "emotional_catharsis",
        "orgasm",
        "neurological",
        "unresolved_trauma",
        "physical_pain",
        "shame",
        "other",
    ):
        assert cause_id in proc.stdout


def test_about_shows_guidance_and_sources(run_cli: Runner, kb) -> None:  # type: ignore[no-untyped-def]
    proc = run_cli("about", "physical_pain")
    assert proc.returncode == 0, proc.stderr
    assert "What helps you" in proc.stdout and "What helps a partner" in proc.stdout and "Sources" in proc.stdout
    first_source = kb.citation(kb.cause("physical_pain").sources[0])
    assert first_source.short in proc.stdout


def test_kb_check_passes_on_the_packaged_data(run_cli: Runner) -> None:
    proc = run_cli("kb", "check")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok: 7 causes")


def test_kb_check_names_the_offending_item(run_cli: Runner, tmp_path: Path) -> None:
    target = tmp_path / "kb"
    shutil.copytree(data_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    text = (target / "causes.yaml").read_text(encoding="utf-8").replace("prior: 0.3", "prior: 1.3", 1)
    (target / "causes.yaml").write_text(text, encoding="utf-8")
    proc = run_cli("kb", "check", str(target))
    assert proc.returncode == 2
    assert "causes.yaml" in proc.stderr and "prior" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_version_and_help_work_without_a_traceback(run_cli: Runner) -> None:
    version = run_cli("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("tearwise ")
    help_text = run_cli("--help")
    assert help_text.returncode == 0
    for command in ("assess", "questions", "causes", "about"):
        assert command in help_text.stdout
