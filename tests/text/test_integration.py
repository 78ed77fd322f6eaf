"""The reader feeding the engine: evidence with sentences, flags that drive triage."""

from __future__ import annotations

import json
from typing import Any

from tearwise.app.narrative import NarrativeFinding, NarrativeReading, default_reader
from tearwise.app.requests import AssessRequest
from tearwise.app.session import AssessmentSession, assess
from tearwise.knowledge.ids import CAUSE_IDS


def test_default_reader_is_the_text_reader() -> None:
    from tearwise.text.reader import TextReader

    assert isinstance(default_reader(), TextReader)


def test_narrative_findings_become_engine_evidence_with_their_sentence(real_reader: Any, kb: Any) -> None:
    session = AssessmentSession("self", kb)
    text = "Sex hurts every time because of my vaginismus, the burning is awful and I end up in tears."
    reading = session.tell(text, real_reader)
    pain = [f for f in reading.findings if f.cause_id == "physical_pain"]
    assert pain and pain[0].weight > 0
    result = session.interview.conclude()
    evidence = [e for e in result.cause("physical_pain").evidence if e.source == "narrative"]
    assert evidence and evidence[0].text == pain[0].sentence
    assert result.cause("physical_pain").probability > kb.cause("physical_pain").prior


def test_narrative_moves_belief_in_the_direction_it_says(real_reader: Any, kb: Any) -> None:
    denied = assess(
        AssessRequest(mode="self", answers=(), narrative="It didn't hurt at all, I was just so happy and safe."),
        kb,
        real_reader,
    )
    stated = assess(
        AssessRequest(mode="self", answers=(), narrative="It hurt so much, the pain was sharp and burning."),
        kb,
        real_reader,
    )
    assert denied.cause("physical_pain").probability < kb.cause("physical_pain").prior
    assert stated.cause("physical_pain").probability > denied.cause("physical_pain").probability


def test_a_flag_from_the_story_sets_triage(fake_reader: Any, kb: Any) -> None:
    result = assess(
        AssessRequest(mode="self", answers=(), narrative="After sex I cried and thought about killing myself."),
        kb,
        fake_reader,
    )
    assert result.triage.flags["self_harm"] is True
    assert result.triage.level == "crisis"


def test_unwanted_pain_from_the_story_means_stop_now_or_higher(fake_reader: Any, kb: Any) -> None:
    result = assess(
        AssessRequest(
            mode="self", answers=(), narrative="It hurt a lot and I didn't say anything so he wouldn't be upset."
        ),
        kb,
        fake_reader,
    )
    assert result.triage.flags["unwanted_pain"] is True
    assert result.triage.level in ("stop_now", "crisis")


def test_an_invented_reading_is_applied_exactly(kb: Any) -> None:
    class Fixed:
        def read(self, text: str) -> NarrativeReading:
            return NarrativeReading(
                probabilities=dict.fromkeys(CAUSE_IDS, 0.1),
                labels=("shame",),
                findings=(
                    NarrativeFinding("shame", 1.2, "I felt dirty.", "Your words point to guilt or shame about sex."),
                ),
            )

    result = assess(AssessRequest(mode="self", answers=(), narrative="I felt dirty."), kb, Fixed())
    (item,) = [e for e in result.cause("shame").evidence if e.source == "narrative"]
    assert item.weight == 1.2 and item.text == "I felt dirty."


def test_assess_answers_file_with_narrative_runs_end_to_end(run_cli_text: Any, tmp_path: Any) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps({"mode": "self", "answers": {}, "narrative": "I said stop and he kept going. I cried."})
    )
    proc = run_cli_text("assess", "--answers", str(answers), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert document["triage"]["level"] in ("stop_now", "crisis")
