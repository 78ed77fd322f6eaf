"""The journal commands and their contract: ids on stdout, JSON lists, exit 2 with one line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.journal.conftest import PASSPHRASE


@dataclass
class Outcome:
    code: int
    out: str
    err: str


Run = Callable[..., Outcome]


@pytest.fixture
def tw(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``tearwise ARGS`` in-process through the real entry point (errors -> one line, exit 2)."""
    from tearwise.cli import main

    def run(*args: str, stdin: str = "", passphrase: str | None = PASSPHRASE) -> Outcome:
        if passphrase is None:
            monkeypatch.delenv("TEARWISE_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("TEARWISE_PASSPHRASE", passphrase)
        monkeypatch.setattr(sys, "argv", ["tearwise", *args])
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        capsys.readouterr()
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


def one_error_line(outcome: Outcome) -> str:
    assert outcome.code == 2, outcome
    lines = outcome.err.strip().splitlines()
    assert len(lines) == 1, outcome.err
    assert lines[0].startswith("tearwise: error: ")
    assert "Traceback" not in outcome.err
    return lines[0]


def add_json(tw: Run, tmp_path: Path, doc: object) -> Outcome:
    path = tmp_path / "entry.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return tw("journal", "add", "--json", str(path))


def test_add_prints_the_id_and_list_json_shows_the_entry(tw: Run, tmp_path: Path) -> None:
    added = add_json(tw, tmp_path, {"date": "2026-02-01", "note": "We laughed and then I cried",
                                    "context": "partner", "felt": ["joy", "relief"]})  # fmt: skip
    assert added.code == 0, added.err
    entry_id = added.out.strip()
    assert entry_id.startswith("ep-") and "\n" not in entry_id
    assert "Started your encrypted journal" in added.err
    assert "TEARWISE_KDF_PROFILE=fast is for tests" in added.err  # weak test costs never go unnoticed
    listed = tw("journal", "list", "--format", "json")
    assert listed.code == 0
    entries = json.loads(listed.out)
    assert [e["id"] for e in entries] == [entry_id]
    entry = entries[0]
    assert entry["date"] == "2026-02-01" and entry["note"] == "We laughed and then I cried"
    assert entry["felt"] == ["joy", "relief"] and entry["kind"] == "episode"
    shown = json.loads(tw("journal", "show", entry_id, "--format", "json").out)
    assert shown == entry


def test_add_from_options_and_stdin(tw: Run) -> None:
    first = tw("journal", "add", "--date", "2026-03-01", "--pain", "unwanted", "--trigger", "a smell")
    second = tw("journal", "add", "--json", "-", stdin='{"date": "2026-03-02", "orgasm": true}')
    assert first.code == 0 and second.code == 0
    entries = json.loads(tw("journal", "list", "-f", "json").out)
    assert [e["pain"] for e in entries] == ["unwanted", None]
    assert entries[1]["orgasm"] is True
    assert first.out.strip().startswith("ep-")  # stdout stays just the id
    assert "Safety first: Stop now" in first.err  # what to do now comes at once
    assert "Safety first" not in second.err
    text = tw("journal", "list").out
    assert "unwanted_pain" in text  # red flags are marked in the plain list


def test_passphrase_file_is_read_and_wrong_passphrase_exits_2(tw: Run, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert tw("journal", "add", "--note", "x", "--passphrase-file", str(secret), passphrase=None).code == 0
    assert tw("journal", "list", "--passphrase-file", str(secret), passphrase=None).code == 0
    line = one_error_line(tw("journal", "list", passphrase="not the right one"))
    assert "passphrase does not open your journal" in line
    line = one_error_line(tw("journal", "list", passphrase=None))
    assert "no passphrase given" in line and "--passphrase-file" in line
    missing = one_error_line(tw("journal", "list", "--passphrase-file", str(tmp_path / "nope")))
    assert "passphrase file not found" in missing


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must hold a JSON object"),
        ('{"date": "someday"}', "'date' should be a date like"),
        ('{"pain": "lots"}', "'pain' Input should be"),
        ('{"colour": "blue"}', "'colour' is not a field of an episode"),
    ],
)
def test_bad_entry_file_exits_2_with_one_line(tw: Run, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert message in one_error_line(tw("journal", "add", "--json", str(path)))
    assert not (Path(os.environ["TEARWISE_HOME"]) / "journal.db").exists()  # nothing was created


def test_edit_delete_and_unknown_ids(tw: Run, tmp_path: Path) -> None:
    entry_id = tw("journal", "add", "--note", "first words").out.strip()
    assert tw("journal", "edit", entry_id, "--json", "-", stdin='{"timing": "later"}').code == 0
    shown = json.loads(tw("journal", "show", entry_id, "-f", "json").out)
    assert shown["timing"] == "later" and shown["note"] == "first words"
    assert tw("journal", "delete", entry_id).code == 0
    assert "no journal entry with id" in one_error_line(tw("journal", "show", entry_id))
    assert "nothing to change" in one_error_line(tw("journal", "edit", entry_id))


def test_export_wipe_import_through_the_cli(tw: Run, tmp_path: Path) -> None:
    for day in ("2026-01-01", "2026-01-02"):
        assert tw("journal", "add", "--date", day, "--note", f"note of {day}").code == 0
    before = json.loads(tw("journal", "list", "-f", "json").out)
    sealed, plain = tmp_path / "journal.twj", tmp_path / "journal.json"
    assert tw("journal", "export", str(sealed)).code == 0
    assert tw("journal", "export", str(plain), "--plain").code == 0
    assert b"note of 2026" not in sealed.read_bytes()
    assert json.loads(plain.read_text(encoding="utf-8"))["episodes"][0]["note"] == "note of 2026-01-01"
    assert oct(sealed.stat().st_mode & 0o777) == "0o600"
    wiped = tw("journal", "wipe", "--yes")
    assert wiped.code == 0 and not list(Path(os.environ["TEARWISE_HOME"]).iterdir())
    assert "no journal at" in one_error_line(tw("journal", "list"))
    assert tw("journal", "import", str(sealed)).code == 0
    assert json.loads(tw("journal", "list", "-f", "json").out) == before
    assert tw("journal", "wipe", "--yes").code == 0
    assert tw("journal", "import", str(plain)).code == 0
    assert json.loads(tw("journal", "list", "-f", "json").out) == before


def test_import_errors_exit_2_with_one_line(tw: Run, tmp_path: Path) -> None:
    tw("journal", "add", "--note", "x")
    sealed = tmp_path / "a.twj"
    tw("journal", "export", str(sealed))
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\x00\xffnot an archive")
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"format": "tearwise-journal", "version": 1, "episodes": [', encoding="utf-8")
    assert "does not open this archive" in one_error_line(
        tw("journal", "import", str(sealed), passphrase="wrong passphrase")
    )
    assert "neither a tearwise archive" in one_error_line(tw("journal", "import", str(garbage)))
    assert "not valid JSON" in one_error_line(tw("journal", "import", str(bad_json)))
    assert "archive not found" in one_error_line(tw("journal", "import", str(tmp_path / "none")))


def test_wipe_without_yes_off_a_terminal_refuses(tw: Run) -> None:
    tw("journal", "add", "--note", "x")
    assert "--yes" in one_error_line(tw("journal", "wipe"))
    assert (Path(os.environ["TEARWISE_HOME"]) / "journal.db").exists()


def test_passphrase_change_through_the_cli(tw: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    tw("journal", "add", "--note", "x")
    monkeypatch.setenv("TEARWISE_NEW_PASSPHRASE", "another good passphrase")
    assert tw("journal", "passphrase").code == 0
    assert tw("journal", "list", passphrase="another good passphrase").code == 0
    assert tw("journal", "list").code == 2


def test_assess_save_keeps_the_result_document(tw: Run, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps({"mode": "partner", "answers": {"safety_pain": "no_pain", "timing": "at_orgasm"}}),
        encoding="utf-8",
    )
    out = tw("assess", "--answers", str(answers), "--format", "json", "--save")
    assert out.code == 0, out.err
    assert "Saved to your journal as as-" in out.err
    saved = json.loads(tw("journal", "list", "--assessments", "-f", "json").out)
    assert len(saved) == 1
    assert saved[0]["mode"] == "partner"
    assert saved[0]["answers"] == {"safety_pain": "no_pain", "timing": "at_orgasm"}
    assert saved[0]["result"] == json.loads(out.out)


def test_real_entry_point_in_a_subprocess(tmp_path: Path) -> None:
    env = {**os.environ, "TEARWISE_PASSPHRASE": PASSPHRASE, "TEARWISE_KDF_PROFILE": "fast"}
    entry = tmp_path / "e.json"
    entry.write_text('{"date": "2026-04-01", "note": "from a script"}', encoding="utf-8")
    cmd = [sys.executable, "-m", "tearwise", "journal"]
    added = subprocess.run([*cmd, "add", "--json", str(entry)], env=env, capture_output=True, text=True, check=False)
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([*cmd, "list", "--format", "json"], env=env, capture_output=True, text=True, check=False)
    assert [e["id"] for e in json.loads(listed.stdout)] == [added.stdout.strip()]
    bad = subprocess.run([*cmd, "list"], env={**env, "TEARWISE_PASSPHRASE": "wrong one"},
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_saved_assessments_cannot_be_edited(tw: Run) -> None:
    line = one_error_line(tw("journal", "edit", "as-000000000000", "--note", "x"))
    assert "a saved assessment can't be changed" in line
