"""Journal pages for the web app: opt-in, behind the passphrase, with a panic wipe.

The unlocked :class:`~tearwise.journal.Journal` lives only in the server-side web session
(``session.extras``), so it goes when the session ends or the quick exit is used; it also
locks itself after a few idle minutes. Every change is a CSRF-checked form POST answered
with a redirect. The journal logic lives in :mod:`tearwise.journal`; this only translates.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from tearwise.errors import InputError
from tearwise.journal import Journal, JournalState
from tearwise.journal.patterns import Share
from tearwise.journal.records import Episode, EpisodeFields, episode_fields_from
from tearwise.journal.safety import first_line
from tearwise.knowledge.schema import KnowledgeBase
from tearwise.report.context import FLAG_WORDS
from tearwise.web.config import BAR_STEP
from tearwise.web.sessions import WebSession
from tearwise.web.state import form_text, page_session, posted_form, set_session_cookie, web_state
from tearwise.web.templating import render

router = APIRouter(include_in_schema=False)

#: Picked up by the web app at start-up (see tearwise.web.app).
NAV_ITEMS = [("Journal", "/journal")]
RESULT_ACTIONS = [("Save to my journal", "/journal/save-result")]

JOURNAL_KEY = "journal"
FLASH_KEY = "journal_flash"
#: Messages after a redirect, picked by a fixed key in the address (never user text): a
#: one-shot message kept in the session could be used up by a repeated GET.
DONE_MESSAGES = {
    "saved": "Saved to your journal.",
    "changed": "Your changes were saved.",
    "imported": "The archive was imported. Entries you already had were kept as they were.",
    "deleted": "The entry was deleted.",
    "locked": "Your journal is locked.",
    "wiped": "Your journal was destroyed.",
    "result-saved": "Your result was saved to your journal.",
    "no-result": "There is no finished result to save.",
    "unlock-first": "Unlock your journal first, then save the result again.",
}
WIPE_WORD = "wipe"
LIST_FIELDS = ("felt", "triggers", "helped")
CHOICES: dict[str, list[tuple[str, str]]] = {
    "context": [("partner", "With a partner"), ("solo", "On my own")],
    "relationship": [
        ("committed", "A steady partner"),
        ("casual", "Casual"),
        ("new", "Someone new"),
        ("other", "Something else"),
    ],
    "timing": [
        ("during", "During sex"),
        ("at_orgasm", "At orgasm"),
        ("right_after", "Right after"),
        ("later", "Later on"),
    ],
    "orgasm": [("yes", "Yes"), ("no", "No")],
    "pain": [
        ("none", "No pain"),
        ("wanted", "Pain I wanted"),
        ("unwanted", "Pain I did not want"),
        ("unsure", "Not sure"),
    ],
}


def _see(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def _journal_of(session: WebSession) -> Journal | None:
    """The session's journal if it is still unlocked (the idle lock is checked here too)."""
    journal = session.extras.get(JOURNAL_KEY)
    if not isinstance(journal, Journal):
        return None
    if journal.state is JournalState.UNLOCKED and not journal.idle_expired():
        return journal
    journal.lock()
    session.extras.pop(JOURNAL_KEY, None)
    session.extras[FLASH_KEY] = "Your journal locked itself after a few quiet minutes."
    return None


def _page(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    session, created = page_session(request)
    done = DONE_MESSAGES.get(request.query_params.get("done", ""))
    ctx: dict[str, Any] = {"flash": session.extras.pop(FLASH_KEY, None) or done}
    ctx.update(context or {})
    response = render(request, f"journal/{name}", ctx, status_code=status, csrf=session.csrf)
    if created:
        set_session_cookie(response, session)
    return response


def _svg_data_uri(svg: str) -> str:
    """Inline SVG as an image: the page's CSP forbids inline styles, an image may keep its own."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _bar(label: str, share: Share) -> dict[str, Any]:
    """One bar: its label, 'n of m', and the site's width class (steps of 5%)."""
    step = round(share.proportion * 100 / BAR_STEP) * BAR_STEP
    return {"label": label, "count": f"{share.count} of {share.n}", "bar": f"w-{step}"}


def _overview(journal: Journal, kb: KnowledgeBase) -> dict[str, Any]:
    from tearwise.journal.patterns import compute
    from tearwise.report.chart import timeline_svg

    episodes = journal.episodes()
    assessments = journal.assessments()
    labels = {a.id: list(a.result.get("labels", [])) for a in assessments}
    svg = timeline_svg(episodes)
    flags = sorted({f for e in episodes for f in e.red_flags})
    titles: dict[str, str] = {c.id: c.title for c in kb.causes}
    patterns = compute(episodes, labels, titles)
    groups = [
        ("Reasons you noted", patterns.reasons, titles),
        ("When the tears came", patterns.timing, {}),
        ("Orgasm", patterns.orgasm, {}),
        ("Pain", patterns.pain, {}),
        ("What you felt", patterns.felt, {}),
        ("Triggers", patterns.triggers, {}),
        ("What helped", patterns.helped, {}),
    ]
    bars = [
        (title, [_bar(titles_.get(share.label, share.label), share) for share in shares])
        for title, shares, titles_ in groups
        if shares
    ]
    return {
        "bars": bars,
        "flags": flags,
        "episodes": list(reversed(episodes)),
        "assessments": list(reversed(assessments)),
        "patterns": patterns,
        "chart": _svg_data_uri(svg) if svg else None,
    }


#: Sizes for the journal's form fields (the site stylesheet styles only what the check-in uses).
JOURNAL_CSS = """
.journal-form input[type=text], .journal-form input[type=date], .journal-form input[type=password] {
  width: 100%; max-width: 32rem; font: inherit; color: var(--fg); background: var(--card);
  border: 2px solid var(--muted); border-radius: 8px; padding: 0.5rem 0.6rem; box-sizing: border-box;
}
.journal-form fieldset { border: 0; padding: 0; margin: 1rem 0 0; }
.journal-form .radios { margin-top: 0.4rem; }
.journal-chart { max-width: 100%; height: auto; }
.journal-list { padding-left: 1.2rem; }
"""


@router.get("/journal/journal.css")
async def journal_css() -> Response:
    return Response(JOURNAL_CSS, media_type="text/css")


@router.get("/journal")
async def journal_home(request: Request) -> Response:
    session, _ = page_session(request)
    journal = _journal_of(session)
    if journal is None:
        return _page(request, "unlock.html", {"exists": Journal().exists})
    overview = await run_in_threadpool(_overview, journal, web_state(request).kb)
    overview["first_line"] = first_line(overview["flags"], web_state(request).kb.resources)
    overview["flag_words"] = FLAG_WORDS
    return _page(request, "index.html", overview)


@router.post("/journal/unlock")
async def unlock(request: Request) -> Response:
    session, form = await posted_form(request)
    passphrase = form_text(form, "passphrase") or ""
    journal = Journal()
    exists = journal.exists
    try:
        if exists:
            await run_in_threadpool(journal.unlock, passphrase)
        else:
            if passphrase != (form_text(form, "confirm") or ""):
                raise InputError("the two passphrases differ")
            await run_in_threadpool(journal.create, passphrase)
    except InputError as exc:
        return _page(request, "unlock.html", {"exists": exists, "error": exc.one_line()}, 400)
    session.extras[JOURNAL_KEY] = journal
    return _see("/journal")


@router.post("/journal/lock")
async def lock(request: Request) -> Response:
    session, _ = await posted_form(request)
    journal = session.extras.pop(JOURNAL_KEY, None)
    if isinstance(journal, Journal):
        journal.lock()
    return _see("/journal?done=locked")


def _episode_form(
    request: Request,
    error: str | None = None,
    values: Any = None,
    action: str = "/journal/new",
    heading: str = "Write down an episode",
) -> Response:
    kb = web_state(request).kb
    return _page(
        request,
        "episode_form.html",
        {
            "error": error,
            "v": values or {"date": dt.date.today().isoformat()},
            "choices": CHOICES,
            "causes": [(c.id, c.title) for c in kb.causes],
            "action": action,
            "heading": heading,
        },
        status=400 if error else 200,
    )


def _shown(form: FormData) -> dict[str, Any]:
    """What was typed, to show back with an error."""
    shown: dict[str, Any] = {k: form_text(form, k) for k in ("date", "note", *CHOICES, *LIST_FIELDS)}
    shown["reasons"] = form.getlist("reasons")
    return shown


def _form_values(episode: Episode) -> dict[str, Any]:
    """An episode as the form's values (lists joined with commas)."""
    doc = episode.document()
    values: dict[str, Any] = {k: doc[k] for k in ("date", "context", "relationship", "timing", "pain", "note")}
    values["orgasm"] = {True: "yes", False: "no"}.get(episode.orgasm) if episode.orgasm is not None else None
    values.update({k: ", ".join(doc[k]) for k in LIST_FIELDS})
    values["reasons"] = list(doc["reasons"])
    return values


def _read_note_safely(state: Any, note: str | None) -> Any:
    from tearwise.journal.notes import read_note

    if not note:
        return None
    try:
        return read_note(note, state.reader())
    except Exception:  # the reader is optional; the note itself must be kept
        return None


@router.get("/journal/new")
async def new_episode_form(request: Request) -> Response:
    session, _ = page_session(request)
    if _journal_of(session) is None:
        return _see("/journal")
    return _episode_form(request)


def _fields_from_form(form: FormData) -> EpisodeFields:
    values: dict[str, Any] = {}
    for name in ("date", "context", "relationship", "timing", "pain", "note"):
        text = (form_text(form, name) or "").strip()
        values[name] = text or None
    orgasm = form_text(form, "orgasm")
    values["orgasm"] = {"yes": True, "no": False}.get(orgasm or "")
    for name in LIST_FIELDS:
        raw = form_text(form, name) or ""
        values[name] = [part.strip() for part in raw.split(",") if part.strip()]
    values["reasons"] = [r for r in form.getlist("reasons") if isinstance(r, str)]
    data = {k: v for k, v in values.items() if v not in (None, [])}
    return episode_fields_from(data, "episode")


@router.post("/journal/new")
async def add_episode(request: Request) -> Response:
    session, form = await posted_form(request)
    journal = _journal_of(session)
    if journal is None:
        return _see("/journal")
    try:
        fields = _fields_from_form(form)
    except InputError as exc:
        return _episode_form(request, exc.one_line(), _shown(form))
    state = web_state(request)

    def store() -> Episode:
        return journal.add_episode(fields, _read_note_safely(state, fields.note))

    await run_in_threadpool(store)
    return _see("/journal?done=saved")


@router.get("/journal/entry/{entry_id}/edit")
async def edit_form(request: Request, entry_id: str) -> Response:
    session, _ = page_session(request)
    journal = _journal_of(session)
    if journal is None:
        return _see("/journal")
    episode = await run_in_threadpool(journal.get_episode, entry_id)
    return _episode_form(
        request, values=_form_values(episode), action=f"/journal/entry/{episode.id}/edit", heading="Change an episode"
    )


@router.post("/journal/entry/{entry_id}/edit")
async def edit_episode(request: Request, entry_id: str) -> Response:
    from tearwise.journal.records import merged

    session, form = await posted_form(request)
    journal = _journal_of(session)
    if journal is None:
        return _see("/journal")
    episode = await run_in_threadpool(journal.get_episode, entry_id)
    action = f"/journal/entry/{episode.id}/edit"
    try:
        fields = _fields_from_form(form)
    except InputError as exc:
        return _episode_form(request, exc.one_line(), _shown(form), action, "Change an episode")
    changes = fields.model_dump(mode="json")
    changes["assessment_id"] = episode.assessment_id  # the form does not show the link
    state = web_state(request)

    def store() -> None:
        changed = merged(episode, changes)
        if changed.note_reading is None and changed.note:
            changed = changed.model_copy(update={"note_reading": _read_note_safely(state, changed.note)})
        journal.replace_episode(changed)

    await run_in_threadpool(store)
    return _see("/journal?done=changed")


@router.get("/journal/entry/{entry_id}")
async def show_entry(request: Request, entry_id: str) -> Response:
    session, _ = page_session(request)
    journal = _journal_of(session)
    if journal is None:
        return _see("/journal")
    entry = await run_in_threadpool(journal.get, entry_id)
    return _page(request, "entry.html", {"entry": entry, "doc": entry.document()})


@router.post("/journal/entry/{entry_id}/delete")
async def delete_entry(request: Request, entry_id: str) -> Response:
    session, _ = await posted_form(request)
    journal = _journal_of(session)
    if journal is None:
        return _see("/journal")
    await run_in_threadpool(journal.delete, entry_id)
    return _see("/journal?done=deleted")


@router.post("/journal/save-result")
async def save_result(request: Request) -> Response:
    session, _ = await posted_form(request)
    journal = _journal_of(session)
    assessment = session.assessment
    if assessment is None or assessment.result is None:
        return _see("/journal?done=no-result")
    if journal is None:
        return _see("/journal?done=unlock-first")
    from tearwise.app.contracts import result_document

    document = result_document(assessment.result, web_state(request).kb)
    await run_in_threadpool(
        journal.add_assessment,
        document,
        assessment.interview.answers,
        assessment.mode,
        assessment.narrative,
    )
    return _see("/journal?done=result-saved")


@router.get("/journal/report.pdf")
async def report_pdf(request: Request) -> Response:
    session, _ = page_session(request)
    journal = _journal_of(session)
    if journal is None:
        return _see("/journal")
    kb = web_state(request).kb

    def build() -> bytes:
        from tearwise.report import build_context, render_html, render_pdf

        return render_pdf(render_html(build_context(journal.episodes(), journal.assessments(), kb)))

    pdf = await run_in_threadpool(build)
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"content-disposition": 'attachment; filename="summary.pdf"'},
    )


@router.get("/journal/transfer")
async def transfer_form(request: Request) -> Response:
    session, _ = page_session(request)
    if _journal_of(session) is None:
        return _see("/journal")
    return _page(request, "transfer.html", {})


def _transfer_error(request: Request, message: str) -> Response:
    return _page(request, "transfer.html", {"error": message}, status=400)


@router.post("/journal/export")
async def export_archive(request: Request) -> Response:
    from tearwise.journal.archive import export_bytes
    from tearwise.journal.store import check_new_passphrase

    session, form = await posted_form(request)
    journal = _journal_of(session)
    if journal is None:
        return _see("/journal")
    plain = form_text(form, "plain") == "yes"
    passphrase = form_text(form, "passphrase") or ""
    if not plain:
        try:
            check_new_passphrase(passphrase)
            if passphrase != (form_text(form, "confirm") or ""):
                raise InputError("the two passphrases differ")
        except InputError as exc:
            return _transfer_error(request, exc.one_line())
    data = await run_in_threadpool(export_bytes, journal, None if plain else passphrase)
    name, kind = ("journal.json", "application/json") if plain else ("journal.twj", "application/octet-stream")
    return Response(data, media_type=kind, headers={"content-disposition": f'attachment; filename="{name}"'})


@router.post("/journal/import")
async def import_archive(request: Request) -> Response:
    from tearwise.journal.archive import import_contents, read_archive

    session, form = await posted_form(request)
    journal = _journal_of(session)
    if journal is None:
        return _see("/journal")
    upload = form.get("archive")
    try:
        if upload is None or isinstance(upload, str):
            return _transfer_error(request, "choose an archive file to import")
        raw = await upload.read()
    finally:
        await form.close()  # the upload's temporary file
    passphrase = form_text(form, "passphrase") or None
    try:
        contents = await run_in_threadpool(read_archive, raw, passphrase)
    except InputError as exc:
        return _transfer_error(request, exc.one_line())
    await run_in_threadpool(import_contents, journal, contents)
    return _see("/journal?done=imported")


@router.get("/journal/wipe")
async def wipe_form(request: Request) -> Response:
    return _page(request, "wipe.html", {"word": WIPE_WORD, "exists": Journal().exists})


@router.post("/journal/wipe")
async def wipe(request: Request) -> Response:
    session, form = await posted_form(request)
    if (form_text(form, "confirm") or "").strip().lower() != WIPE_WORD:
        return _page(
            request,
            "wipe.html",
            {"word": WIPE_WORD, "exists": True, "error": f"Type {WIPE_WORD} to confirm."},
            status=400,
        )
    journal = session.extras.pop(JOURNAL_KEY, None)
    target = journal if isinstance(journal, Journal) else Journal()
    await run_in_threadpool(target.wipe)
    return _see("/journal?done=wiped")
