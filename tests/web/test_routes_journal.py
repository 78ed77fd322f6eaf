"""The journal pages: opt-in behind a passphrase, CSRF-checked forms, idle lock, panic wipe."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tearwise.journal import Journal
from tests.web.conftest import csrf_of, start, walk

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEARWISE_KDF_PROFILE", "fast")


def journal_file() -> Path:
    return Path(os.environ["TEARWISE_HOME"]) / "journal.db"


def open_journal(client: TestClient) -> str:
    """Start (or unlock) the journal through the page; returns the CSRF token."""
    page = client.get("/journal")
    token = csrf_of(page.text)
    response = client.post("/journal/unlock", data={"csrf": token, "passphrase": PASSPHRASE, "confirm": PASSPHRASE})
    assert response.status_code == 200 and "Write down an episode" in response.text
    return token


def test_journal_is_opt_in_and_nothing_is_made_until_you_start_it(client: TestClient) -> None:
    page = client.get("/journal")
    assert page.status_code == 200
    assert "Start my journal" in page.text and "nobody can open the journal again" in page.text
    assert not journal_file().exists()
    token = csrf_of(page.text)
    mismatch = client.post("/journal/unlock", data={"csrf": token, "passphrase": PASSPHRASE, "confirm": "other one!"})
    assert mismatch.status_code == 400 and "the two passphrases differ" in mismatch.text
    assert not journal_file().exists()
    open_journal(client)
    assert journal_file().exists()


def test_add_show_and_delete_an_episode_through_the_forms(client: TestClient) -> None:
    token = open_journal(client)
    added = client.post(
        "/journal/new",
        data={"csrf": token, "date": "2026-02-03", "timing": "at_orgasm", "pain": "unwanted",
              "felt": "relief, Joy", "reasons": ["orgasm", "shame"], "note": "tulip words"},
    )  # fmt: skip
    assert added.status_code == 200 and "Saved to your journal." in added.text
    assert "Safety first" in added.text  # the red flag comes first on the journal page
    assert "Stop now, and tell your partner" in added.text
    assert added.text.index("Safety first") < added.text.index("Patterns")
    assert "What you noted" in added.text and "Tears that come with orgasm" in added.text
    assert 'class="bar-fill w-100"' in added.text  # 1 of 1 episodes
    journal = Journal()
    journal.unlock(PASSPHRASE)
    (episode,) = journal.episodes()
    journal.lock()
    assert episode.felt == ("relief", "joy") and episode.reasons == ("orgasm", "shame")
    shown = client.get(f"/journal/entry/{episode.id}")
    assert shown.status_code == 200 and "tulip words" in shown.text
    deleted = client.post(f"/journal/entry/{episode.id}/delete", data={"csrf": token})
    assert "The entry was deleted." in deleted.text
    assert client.get(f"/journal/entry/{episode.id}").status_code == 400


def test_bad_form_input_is_shown_back_with_one_clear_line(client: TestClient) -> None:
    token = open_journal(client)
    response = client.post("/journal/new", data={"csrf": token, "date": "not-a-date", "note": "kept"})
    assert response.status_code == 400
    assert "should be a date like" in response.text and "kept" in response.text


def test_wrong_passphrase_is_refused_and_changes_nothing(client: TestClient) -> None:
    open_journal(client)
    token = csrf_of(client.get("/journal").text)
    client.post("/journal/lock", data={"csrf": token})
    before = journal_file().read_bytes()
    page = client.get("/journal")
    assert "Open my journal" in page.text and "Your journal is locked." in page.text
    wrong = client.post("/journal/unlock", data={"csrf": csrf_of(page.text), "passphrase": "nope nope"})
    assert wrong.status_code == 400 and "does not open your journal" in wrong.text
    assert journal_file().read_bytes() == before


def test_forms_without_the_csrf_token_change_nothing(client: TestClient) -> None:
    open_journal(client)
    refused = client.post("/journal/new", data={"date": "2026-01-01", "note": "forged"})
    assert refused.status_code == 403
    wipe = client.post("/journal/wipe", data={"confirm": "wipe"})
    assert wipe.status_code == 403 and journal_file().exists()


def test_journal_locks_itself_when_idle(client: TestClient) -> None:
    open_journal(client)
    store = client.app.state.tearwise.store  # type: ignore[attr-defined]
    session = store.get(client.cookies.get("nid"))
    journal = session.extras["journal"]
    journal.idle_seconds = 0.0
    page = client.get("/journal")
    assert "locked itself" in page.text and "Open my journal" in page.text
    assert "journal" not in session.extras


def test_panic_wipe_needs_the_confirmation_word_but_no_passphrase(client: TestClient) -> None:
    open_journal(client)
    client.cookies.clear()  # a new visitor, with no unlocked journal
    form = client.get("/journal/wipe")
    assert "cannot be undone" in form.text
    token = csrf_of(form.text)
    wrong = client.post("/journal/wipe", data={"csrf": token, "confirm": "yes"})
    assert wrong.status_code == 400 and journal_file().exists()
    done = client.post("/journal/wipe", data={"csrf": token, "confirm": "wipe"})
    assert done.status_code == 200 and "Your journal was destroyed." in done.text
    assert not journal_file().exists()
    assert not list(journal_file().parent.iterdir())


def test_a_finished_result_can_be_saved_to_the_journal(make_client: Callable[..., TestClient]) -> None:
    client = make_client()
    token, html = start(client)
    result = walk(client, token, html)
    assert "Save to my journal" in result
    locked = client.post("/journal/save-result", data={"csrf": token})
    assert "Unlock your journal first" in locked.text
    open_journal(client)
    saved = client.post("/journal/save-result", data={"csrf": token})
    assert "Your result was saved to your journal." in saved.text
    journal = Journal()
    journal.unlock(PASSPHRASE)
    (assessment,) = journal.assessments()
    journal.lock()
    assert assessment.mode == "self" and assessment.result["triage"]["level"]


def test_report_pdf_download(client: TestClient) -> None:
    open_journal(client)
    response = client.get("/journal/report.pdf")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")


def test_edit_an_episode_through_the_form(client: TestClient) -> None:
    token = open_journal(client)
    client.post("/journal/new", data={"csrf": token, "date": "2026-02-03", "note": "first", "felt": "calm"})
    journal = Journal()
    journal.unlock(PASSPHRASE)
    (episode,) = journal.episodes()
    journal.lock()
    form = client.get(f"/journal/entry/{episode.id}/edit")
    assert form.status_code == 200 and 'value="calm"' in form.text and "first" in form.text
    changed = client.post(
        f"/journal/entry/{episode.id}/edit",
        data={"csrf": token, "date": "2026-02-04", "note": "second", "felt": "calm, relief", "pain": "none"},
    )
    assert "Your changes were saved." in changed.text
    journal.unlock(PASSPHRASE)
    (after,) = journal.episodes()
    journal.lock()
    assert (after.id, after.created) == (episode.id, episode.created)
    assert after.note == "second" and after.felt == ("calm", "relief") and after.pain == "none"
    bad = client.post(f"/journal/entry/{episode.id}/edit", data={"csrf": token, "date": "soon"})
    assert bad.status_code == 400 and "should be a date like" in bad.text


def test_export_then_import_through_the_pages(client: TestClient) -> None:
    token = open_journal(client)
    client.post("/journal/new", data={"csrf": token, "date": "2026-02-03", "note": "marigold words"})
    short = client.post("/journal/export", data={"csrf": token, "passphrase": "short", "confirm": "short"})
    assert short.status_code == 400 and "too short" in short.text
    sealed = client.post(
        "/journal/export", data={"csrf": token, "passphrase": "export passphrase", "confirm": "export passphrase"}
    )
    assert sealed.status_code == 200 and b"marigold" not in sealed.content
    assert sealed.content.startswith(b"TEARWISE-ARCHIVE ")
    plain = client.post("/journal/export", data={"csrf": token, "plain": "yes"})
    assert b"marigold words" in plain.content

    client.post("/journal/wipe", data={"csrf": token, "confirm": "wipe"})
    token = open_journal(client)  # a fresh, empty journal
    files = {"archive": ("journal.twj", sealed.content, "application/octet-stream")}
    wrong = client.post("/journal/import", data={"csrf": token, "passphrase": "not it at all"}, files=files)
    assert wrong.status_code == 400 and "does not open this archive" in wrong.text
    done = client.post("/journal/import", data={"csrf": token, "passphrase": "export passphrase"}, files=files)
    assert "The archive was imported." in done.text
    journal = Journal()
    journal.unlock(PASSPHRASE)
    assert [e.note for e in journal.episodes()] == ["marigold words"]
    journal.lock()
    junk = {"archive": ("x.json", b"{not json", "application/json")}
    assert client.post("/journal/import", data={"csrf": token}, files=junk).status_code == 400


def test_quick_exit_closes_the_unlocked_journal(client: TestClient) -> None:
    import gc
    import weakref

    token = open_journal(client)
    client.post("/journal/new", data={"csrf": token, "note": "x"})
    store = client.app.state.tearwise.store  # type: ignore[attr-defined]
    ref = weakref.ref(store.get(client.cookies.get("nid")).extras["journal"])
    wal = journal_file().with_name("journal.db-wal")
    assert wal.exists()  # open: recent writes sit in the write-ahead log
    client.get("/notes")  # "Leave this page"
    gc.collect()
    assert ref() is None  # the unlocked journal (and its key) is gone with the session
    assert not wal.exists()  # its connection was closed
    assert "Open my journal" in client.get("/journal").text
