"""The report for a professional: content in the right order, a real PDF, rendered to PNG."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tearwise.journal import Journal
from tearwise.report import build_context, render_html
from tearwise.report.chart import timeline_svg
from tests.report.conftest import CALM, PAINFUL, PASSPHRASE, make_assessment, make_episodes


def test_report_puts_red_flags_before_the_assessment_and_keeps_everything_inline(kb: Any) -> None:
    html = render_html(build_context(make_episodes(12), [make_assessment(kb, PAINFUL)], kb))
    flags, latest = html.index("Red flags first"), html.index("Latest assessment")
    timeline, patterns = html.index("Episodes over time"), html.index("<h2>Patterns")
    questions = html.index("Questions worth talking about")
    assert flags < latest < timeline < patterns < questions
    assert "Pain that was not wanted" in html
    assert flags < html.index("Stop now") < html.index("Pain that was not wanted")  # what to do comes first
    assert "Call 911" in html  # with emergency numbers
    assert "<svg" in html  # the chart is inline
    assert not re.search(r"""(src|href)=["']?(https?:|//|file:)""", html)  # nothing to fetch
    assert "not medical advice" in html
    assert "Tears that come with orgasm" in html
    assert "could cause this pain" in html  # unwanted pain -> a question about it


def test_calm_journal_says_no_red_flags_and_few_episodes_are_not_a_pattern(kb: Any) -> None:
    html = render_html(build_context(make_episodes(3, unwanted_every=0), [make_assessment(kb, CALM)], kb))
    assert "No red flags" in html and "Red flags first" not in html
    assert "Not enough episodes yet to see a pattern" in html


def test_empty_journal_still_makes_a_report(kb: Any) -> None:
    html = render_html(build_context([], [], kb))
    assert "There is no saved assessment yet" in html
    assert "No episodes are in the journal yet" in html


def test_user_text_is_escaped_in_the_html(kb: Any) -> None:
    episodes = make_episodes(1)
    sneaky = episodes[0].model_copy(update={"triggers": ("<script>alert(1)</script>",)})
    html = render_html(build_context([sneaky], [], kb))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_timeline_chart_is_stable_and_marks_red_flags() -> None:
    episodes = make_episodes(10)
    first, second = timeline_svg(episodes), timeline_svg(episodes)
    assert first == second and first.startswith("<svg")
    assert "with a red flag" in first
    assert "with a red flag" not in timeline_svg(make_episodes(10, unwanted_every=0))
    assert timeline_svg([]) == ""


@pytest.fixture
def filled_journal(kb: Any) -> Journal:
    journal = Journal()
    journal.create(PASSPHRASE)
    journal.put_episodes(make_episodes(14))
    journal.put_assessments([make_assessment(kb, PAINFUL, "It hurt and I cried")])
    journal.lock()
    return journal


def test_pdf_report_is_generated_and_renders_to_png(filled_journal: Journal, tmp_path: Path) -> None:
    from PIL import Image

    pdf, html = tmp_path / "report.pdf", tmp_path / "report.html"
    proc = subprocess.run(
        [sys.executable, "-m", "tearwise", "report", "--pdf", str(pdf), "--html", str(html)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert 1 <= pages <= 3
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Red flags first" in text and "Questions worth talking about" in text
    assert "not medical advice" in text  # the page footer and the closing line
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == pages
    with Image.open(pngs[0]) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert dark > grey.width * grey.height * 0.01  # real text and drawing, not a blank page


def test_report_cli_errors_are_one_line(tmp_path: Path) -> None:
    for args, message in (
        ([], "say where to write the report"),
        (["--pdf", str(tmp_path / "missing" / "r.pdf")], "does not exist"),
        (["--pdf", str(tmp_path / "r.pdf")], "no journal at"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "tearwise", "report", *args], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 2
        assert len(proc.stderr.strip().splitlines()) == 1 and message in proc.stderr
