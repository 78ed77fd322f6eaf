"""The knowledge base: complete, consistent, and validated at load with the offender named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tearwise.errors import KnowledgeBaseError
from tearwise.knowledge import CAUSE_IDS, FLAG_IDS, load_from
from tearwise.knowledge.ids import NEUTRAL_ANSWERS
from tearwise.knowledge.loader import data_dir


def test_causes_are_exactly_the_seven_ids(kb) -> None:  # type: ignore[no-untyped-def]
    assert [c.id for c in kb.causes] == list(CAUSE_IDS)


def test_every_substantive_answer_has_likelihoods_for_every_cause(kb) -> None:  # type: ignore[no-untyped-def]
    for question in kb.questions:
        for answer in question.substantive:
            assert answer.likelihoods is not None
            assert set(answer.likelihoods) == set(CAUSE_IDS), (question.id, answer.id)
            for pair in answer.likelihoods.values():
                assert 0 < pair.present < 1 and 0 < pair.absent < 1


def test_every_question_offers_not_sure_and_prefer_not_to_say_without_evidence(kb) -> None:  # type: ignore[no-untyped-def]
    for question in kb.questions:
        ids = [a.id for a in question.answers]
        for neutral in NEUTRAL_ANSWERS:
            assert neutral in ids, question.id
            answer = question.answer(neutral)
            assert answer is not None and answer.likelihoods is None


def test_question_bank_covers_what_the_issue_asks(kb) -> None:  # type: ignore[no-untyped-def]
    assert len(kb.questions) >= 20
    topics = {q.topic for q in kb.questions}
    assert {"safety", "timing", "feelings", "pain", "trauma", "beliefs", "frequency", "context", "distress"} <= topics
    for question in kb.questions:
        assert question.partner_text != question.text
        assert question.why and question.basis
        assert 0.0 <= question.cost <= 1.0
        if question.topic == "trauma":
            assert question.content_note is not None
    trauma_costs = [q.cost for q in kb.questions if q.topic == "trauma"]
    plain_costs = [q.cost for q in kb.questions if q.topic in ("timing", "feelings")]
    assert min(trauma_costs) > max(plain_costs), "intrusive questions must cost more"


def test_every_cause_has_self_and_partner_guidance_and_a_source(kb) -> None:  # type: ignore[no-untyped-def]
    keys = {c.key for c in kb.citations}
    for cause in kb.causes:
        assert cause.helps_you and cause.helps_partner
        assert cause.summary.self and cause.summary.partner
        assert cause.when_to_get_help.self and cause.when_to_get_help.partner
        assert cause.sources and set(cause.sources) <= keys
        assert 0 < cause.prior < 1 and cause.prior_basis


def test_ids_are_unique(kb) -> None:  # type: ignore[no-untyped-def]
    for ids in (
        [c.key for c in kb.citations],
        [q.id for q in kb.questions],
        [r.id for r in kb.rules],
        [f.id for f in kb.framing],
    ):
        assert len(ids) == len(set(ids))
    for question in kb.questions:
        answer_ids = [a.id for a in question.answers]
        assert len(answer_ids) == len(set(answer_ids))


def test_every_safety_flag_has_a_rule_and_fires_exactly_one_rule_alone(kb) -> None:  # type: ignore[no-untyped-def]
    for flag in FLAG_IDS:
        on_flag = [r for r in kb.rules if r.flag == flag and r.fires_on_flag]
        assert len(on_flag) == 1, flag


def test_every_rule_cites_a_known_source(kb) -> None:  # type: ignore[no-untyped-def]
    keys = {c.key for c in kb.citations}
    for rule in kb.rules:
        assert set(rule.sources) <= keys, rule.id


def test_resources_carry_a_last_checked_date(kb) -> None:  # type: ignore[no-untyped-def]
    assert kb.resources.last_checked.year >= 2026
    assert any("988" in h.contact for h in kb.resources.helplines)


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(data_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def _edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_copy_of_the_packaged_data_loads(kb_copy: Path) -> None:
    assert len(load_from(kb_copy).questions) >= 20


def test_a_missing_likelihood_is_reported_with_question_and_answer(kb_copy: Path) -> None:
    def drop(data):  # type: ignore[no-untyped-def]
        del data[4]["answers"][1]["likelihoods"]["shame"]

    _edit(kb_copy / "questions.yaml", drop)
    with pytest.raises(KnowledgeBaseError, match=r"questions\.yaml.*no likelihood for: shame"):
        load_from(kb_copy)


def test_likelihoods_that_do_not_sum_to_one_are_reported(kb_copy: Path) -> None:
    def skew(data):  # type: ignore[no-untyped-def]
        data[3]["answers"][0]["likelihoods"]["orgasm"] = [0.9, 0.15]

    _edit(kb_copy / "questions.yaml", skew)
    with pytest.raises(KnowledgeBaseError, match=r"sums to"):
        load_from(kb_copy)


def test_an_unknown_source_key_is_reported(kb_copy: Path) -> None:
    def bad_source(data):  # type: ignore[no-untyped-def]
        data[0]["sources"] = ["no_such_study"]

    _edit(kb_copy / "causes.yaml", bad_source)
    with pytest.raises(KnowledgeBaseError, match=r"unknown source 'no_such_study'"):
        load_from(kb_copy)


def test_a_rule_naming_an_unknown_answer_is_reported(kb_copy: Path) -> None:
    def bad_rule(data):  # type: ignore[no-untyped-def]
        data[0]["when"] = {"question": "safety_self_harm", "answers": ["sometimes_maybe"]}

    _edit(kb_copy / "triage.yaml", bad_rule)
    with pytest.raises(KnowledgeBaseError, match=r"triage\.yaml, rule self_harm_now.*sometimes_maybe"):
        load_from(kb_copy)


def test_broken_yaml_names_the_file(kb_copy: Path) -> None:
    (kb_copy / "causes.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"causes\.yaml: not valid YAML"):
        load_from(kb_copy)


def test_a_missing_file_is_named(kb_copy: Path) -> None:
    (kb_copy / "triage.yaml").unlink()
    with pytest.raises(KnowledgeBaseError, match=r"triage\.yaml: file is missing"):
        load_from(kb_copy)


def test_a_rule_firing_on_its_flag_alone_needs_wording_for_that(kb_copy: Path) -> None:
    def drop(data):  # type: ignore[no-untyped-def]
        del next(rule for rule in data if rule["id"] == "self_harm_now")["reason_from_words"]

    _edit(kb_copy / "triage.yaml", drop)
    with pytest.raises(KnowledgeBaseError, match=r"triage\.yaml.*reason_from_words"):
        load_from(kb_copy)


@pytest.mark.parametrize("name", ["citations", "causes", "questions", "triage", "resources", "texts"])
def test_the_fast_yaml_parser_reads_each_file_exactly_as_the_plain_one(name: str) -> None:
    """The loader uses libyaml when PyYAML has it, for start-up time; the data must not change."""
    from tearwise.knowledge.loader import _SAFE_LOADER

    text = (data_dir() / f"{name}.yaml").read_text(encoding="utf-8")
    assert yaml.load(text, Loader=_SAFE_LOADER) == yaml.safe_load(text)
    assert _SAFE_LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
