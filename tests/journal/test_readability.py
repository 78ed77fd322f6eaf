"""The journal's, report's and journal pages' own prose reads at or under grade 9.

Measured like tests/knowledge (Flesch-Kincaid with textstat) on every sentence group of ten
or more words; short labels and the template logic are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import textstat

from tearwise.journal.patterns import compute
from tearwise.journal.records import Episode, SavedAssessment
from tearwise.journal.safety import TRAUMA_LINE
from tearwise.report.context import RedFlag, _questions

MAX_GRADE = 9.0
SRC = Path(__file__).resolve().parents[2] / "src" / "tearwise"
TEMPLATES = [
    *sorted((SRC / "web" / "templates" / "journal").glob("*.html")),
    SRC / "report" / "templates" / "report.html",
]
STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def episodes(n: int) -> list[Episode]:
    return [
        Episode.model_validate(
            {"id": f"ep-{i}", "date": dt.date(2026, 1, 1) + dt.timedelta(days=5 * i), "created": STAMP,
             "updated": STAMP, "orgasm": True, "pain": "unwanted", "reasons": ["orgasm"],
             "triggers": ["a hug"], "helped": ["talking"]}
        )
        for i in range(n)
    ]  # fmt: skip


def template_prose(path: Path) -> Iterator[str]:
    html = re.sub(r"<style>.*?</style>", "", path.read_text(encoding="utf-8"), flags=re.S)
    html = re.sub(r"{%.*?%}|{{.*?}}", "", html, flags=re.S)
    for block in re.findall(r"<(?:p|li|h1|h2|h3)[^>]*>(.*?)</(?:p|li|h1|h2|h3)>", html, flags=re.S):
        yield " ".join(re.sub(r"<[^>]+>", " ", block).split())


def texts() -> Iterator[tuple[str, str]]:
    yield "safety trauma line", TRAUMA_LINE
    for n in (0, 3, 10):
        patterns = compute(episodes(n), titles={"orgasm": "Tears that come with orgasm"})
        yield f"patterns caveat {n}", patterns.caveat
        for line in patterns.statements:
            yield f"patterns statement {n}", line

    labels = ["shame", "orgasm", "emotional_catharsis", "physical_pain", "unresolved_trauma"]
    latest = SavedAssessment.model_validate(
        {"id": "as-1", "created": STAMP, "mode": "self", "answers": {}, "result": {"labels": labels}}
    )
    flags = [RedFlag(f, f, "") for f in ("self_harm", "consent_concern", "unwanted_pain", "trauma_trigger")]
    for question in _questions(latest, compute(episodes(10)), flags):
        yield "report question", question
    for path in TEMPLATES:
        for prose in template_prose(path):
            yield path.name, prose


CASES = [(where, text) for where, text in texts() if len(text.split()) >= 10]


def test_there_is_prose_to_measure() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize(("where", "text"), CASES, ids=[f"{w}-{i}" for i, (w, _) in enumerate(CASES)])
def test_prose_reads_at_or_under_grade_9(where: str, text: str) -> None:
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= MAX_GRADE, f"{where}: grade {grade:.1f}: {text}"
