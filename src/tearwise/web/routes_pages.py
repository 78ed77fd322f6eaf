"""The HTML pages: landing, the optional account, one question at a time, the result, and the
reading pages (reasons, partners, sources), plus the quick exit.

Every state change is a form POST carrying the session's CSRF token, answered with a
redirect (post/redirect/get). The flow itself lives in :class:`tearwise.app.session.
AssessmentSession`; these handlers only translate between forms and that object.
"""

from __future__ import annotations

import contextlib

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from tearwise.app.narrative import NarrativeReading
from tearwise.app.session import AssessmentSession
from tearwise.errors import InputError, StateError
from tearwise.knowledge.ids import MODES
from tearwise.web.config import MAX_STORY_CHARS
from tearwise.web.sessions import PendingStory, WebSession
from tearwise.web.state import (
    SessionGoneError,
    WebError,
    clear_session_cookie,
    form_text,
    page_session,
    posted_form,
    session_of,
    set_session_cookie,
    web_state,
)
from tearwise.web.templating import render
from tearwise.web.views import cite, reading_view, resources_view, result_view

router = APIRouter(include_in_schema=False)


def _see(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def _page(request: Request, name: str, context: dict[str, object] | None = None, status: int = 200) -> Response:
    """Render a page that may hold forms: make sure a session (and its CSRF token) exists."""
    session, created = page_session(request)
    response = render(request, name, context, status_code=status, csrf=session.csrf)
    if created:
        set_session_cookie(response, session)
    return response


def _assessment(request: Request) -> tuple[WebSession, AssessmentSession]:
    session = session_of(request)
    if session is None or session.assessment is None:
        raise SessionGoneError("This check-in has ended, or it has not started yet.")
    return session, session.assessment


# -- landing and start ------------------------------------------------------------------------


@router.get("/")
async def landing(request: Request) -> Response:
    kb = web_state(request).kb
    texts = kb.texts
    return _page(
        request,
        "landing.html",
        {
            "scope": texts.scope.self,
            "prevalence": cite(kb, texts.prevalence.self, texts.prevalence_sources),
            "disclaimer": texts.disclaimer,
        },
    )


@router.post("/start")
async def start(request: Request) -> Response:
    session, form = await posted_form(request)
    mode = form_text(form, "mode")
    if mode not in MODES:
        raise WebError("Please choose who this is about: you, or your partner.")
    state = web_state(request)
    session.assessment = AssessmentSession(mode, state.kb)
    session.pending = None
    reader = await run_in_threadpool(state.reader)
    return _see("/tell" if reader is not None else "/question")


# -- the optional account in the user's own words ----------------------------------------------


def _tell_page(
    request: Request,
    session: WebSession,
    mode: str,
    error: str | None = None,
    text: str = "",
    status: int = 200,
) -> Response:
    return render(
        request,
        "tell.html",
        {"mode": mode, "error": error, "text": text, "max_chars": MAX_STORY_CHARS},
        status_code=status,
        csrf=session.csrf,
    )


@router.get("/tell")
async def tell_form(request: Request) -> Response:
    session, assessment = _assessment(request)
    if web_state(request).reader() is None or assessment.interview.steps or assessment.reading:
        return _see("/question")
    return _tell_page(request, session, assessment.mode)


@router.post("/tell")
async def tell_submit(request: Request) -> Response:
    session, form = await posted_form(request)
    _, assessment = _assessment(request)
    state = web_state(request)
    reader = state.reader()
    text = form_text(form, "story") or ""
    if form_text(form, "action") == "skip" or reader is None or assessment.reading is not None:
        return _see("/question")
    preview = AssessmentSession(assessment.mode, state.kb)
    try:
        reading = await run_in_threadpool(preview.tell, text, reader)
    except InputError as exc:
        message = exc.message.replace("'narrative'", "Your account")
        return _tell_page(request, session, assessment.mode, message, text[:MAX_STORY_CHARS], 422)
    except Exception:  # the model failed: the questions still work without it
        message = "We couldn't read that just now. You can go on with the questions instead."
        return _tell_page(request, session, assessment.mode, message, text[:MAX_STORY_CHARS], 503)
    session.pending = PendingStory(preview.narrative or text, reading)
    return _see("/tell/check")


@router.get("/tell/check")
async def tell_check(request: Request) -> Response:
    session, assessment = _assessment(request)
    if session.pending is None:
        return _see("/question")
    return render(
        request,
        "understood.html",
        {
            "reading": reading_view(session.pending.reading, web_state(request).kb, assessment.mode),
            "mode": assessment.mode,
        },
        csrf=session.csrf,
    )


@router.post("/tell/check")
async def tell_keep(request: Request) -> Response:
    session, form = await posted_form(request)
    _, assessment = _assessment(request)
    pending, session.pending = session.pending, None
    if pending is not None and form_text(form, "keep") == "yes":
        # Keep exactly the reading the person saw (no second read). Already told (a second
        # click)? Then the first reading stands.
        with contextlib.suppress(StateError):
            assessment.tell(pending.text, _Replay(pending.reading))
    elif pending is not None and form_text(form, "keep_flags") == "yes":
        # The reasons were left out, but red flags favour recall: the safety part stays
        # unless the person unticks it.
        with contextlib.suppress(StateError):
            assessment.keep_safety_flags(pending.reading)
    return _see("/question")


class _Replay:
    """A narrative reader that gives back a reading already made and shown to the user."""

    def __init__(self, reading: NarrativeReading) -> None:
        self.reading = reading

    def read(self, text: str) -> NarrativeReading:
        return self.reading


# -- the questions --------------------------------------------------------------------------


def _question_page(
    request: Request,
    session: WebSession,
    assessment: AssessmentSession,
    error: str | None = None,
    status: int = 200,
) -> Response:
    view = assessment.current()
    if view is None:
        assessment.finish()
        return _see("/result")
    total = max(view.progress.expected_total, view.number)
    return render(
        request,
        "question.html",
        {
            "q": view,
            "total": total,
            "done": view.number - 1,
            "can_go_back": bool(assessment.interview.steps),
            "error": error,
            "mode": assessment.mode,
        },
        status_code=status,
        csrf=session.csrf,
    )


@router.get("/question")
async def question(request: Request) -> Response:
    session, assessment = _assessment(request)
    if assessment.finished:
        return _see("/result")
    return _question_page(request, session, assessment)


@router.post("/question")
async def question_submit(request: Request) -> Response:
    session, form = await posted_form(request)
    _, assessment = _assessment(request)
    if assessment.finished:
        return _see("/result")
    action = form_text(form, "action") or "answer"
    question_id = form_text(form, "question_id")
    try:
        if action == "answer":
            answer_id = form_text(form, "answer")
            if not answer_id:
                return _question_page(
                    request,
                    session,
                    assessment,
                    "Please choose an answer, or skip this question.",
                    422,
                )
            assessment.answer(answer_id, question_id)
        elif action == "skip":
            assessment.skip(question_id)
        elif action == "back":
            assessment.back()
        elif action == "finish":
            assessment.finish()
            return _see("/result")
        else:
            raise WebError("That button is not one we know.")
    except InputError as exc:
        if "is not the one being asked" in exc.message:
            raise WebError("This question was already answered, maybe in another tab.", 409) from exc
        raise WebError("That answer is not one of the choices. Please pick one from the list.") from exc
    return _see("/question")


# -- the result -----------------------------------------------------------------------------


@router.get("/result")
async def result(request: Request) -> Response:
    session, assessment = _assessment(request)
    outcome = assessment.result
    if outcome is None:
        return _see("/question")
    kb = web_state(request).kb
    return render(
        request,
        "result.html",
        {"r": result_view(outcome, kb), "told": assessment.reading is not None},
        csrf=session.csrf,
    )


@router.post("/forget")
async def forget(request: Request) -> Response:
    session, _ = await posted_form(request)
    web_state(request).store.drop(session.id)
    response = _see("/")
    clear_session_cookie(response)
    return response


# -- reading pages ----------------------------------------------------------------------------


@router.get("/reasons")
async def reasons(request: Request) -> Response:
    kb = web_state(request).kb
    return _page(request, "reasons.html", {"causes": kb.causes})


@router.get("/reasons/{cause_id}")
async def reason(request: Request, cause_id: str) -> Response:
    kb = web_state(request).kb
    try:
        cause = kb.cause(cause_id)
    except KeyError:
        raise WebError("There is no page with that name.", 404) from None
    sources = [kb.citation(k) for k in cause.sources]
    return _page(
        request,
        "reason.html",
        {"cause": cause, "sources": sources, "disclaimer": kb.texts.disclaimer},
    )


@router.get("/partners")
async def partners(request: Request) -> Response:
    kb = web_state(request).kb
    texts = kb.texts
    return _page(
        request,
        "partners.html",
        {
            "causes": kb.causes,
            "stop_line": kb.resources.stop_now_first_line.partner,
            "prevalence": cite(kb, texts.prevalence.partner, texts.prevalence_sources),
            "scope": texts.scope.partner,
            "disclaimer": texts.disclaimer,
        },
    )


@router.get("/sources")
async def sources(request: Request) -> Response:
    kb = web_state(request).kb
    return _page(request, "sources.html", {"citations": kb.citations})


@router.get("/help-now")
async def help_now(request: Request) -> Response:
    kb = web_state(request).kb
    return _page(request, "help_now.html", {"res": resources_view(kb, "self", "crisis")})


# -- quick exit -------------------------------------------------------------------------------


@router.get("/notes")
async def away(request: Request) -> Response:
    """The neutral page the quick exit lands on; it also forgets the session at once."""
    session = session_of(request)
    if session is not None:
        web_state(request).store.drop(session.id)
    response = render(request, "neutral.html")
    clear_session_cookie(response)
    return response
