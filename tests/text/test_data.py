from __future__ import annotations

import json
from pathlib import Path

import pytest

from tearwise.errors import InputError
from tearwise.knowledge.ids import FLAG_IDS
from tearwise.text.data import (
    TEST_ROUNDS,
    default_data_dir,
    load_accounts,
    load_default,
    load_flag_sentences,
    load_probes,
    load_short,
    load_sideways,
    split_of,
)

GOOD = {
    "id": "t1",
    "perspective": "self",
    "style": "diary",
    "text": "I cried.",
    "labels": ["other"],
    "safety": {"unwanted_pain": False, "trauma_trigger": False, "consent_concern": False, "self_harm": False},
}


def _write(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_valid_record_loads(tmp_path: Path) -> None:
    (account,) = load_accounts([_write(tmp_path, GOOD)])
    assert account.labels == ("other",)
    assert account.split == "train"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"labels": ["sadness"]}, "'labels' must be a non-empty list of cause ids"),
        ({"labels": []}, "'labels' must be a non-empty list"),
        ({"perspective": "friend"}, "'perspective' must be"),
        ({"text": "  "}, "'text' must be non-empty"),
        ({"safety": {"self_harm": False}}, "'safety' must have exactly the flags"),
        ({"extra": 1}, "unknown field 'extra'"),
    ],
)
def test_bad_record_is_refused_with_file_and_line(tmp_path: Path, change: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=f"a.jsonl:2: {message}"):
        load_accounts([_write(tmp_path, GOOD, {**GOOD, "id": "t2", **change})])


def test_duplicate_id_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"id 't1' already used at a\.jsonl:1"):
        load_accounts([_write(tmp_path, GOOD, GOOD)])


def test_split_is_grouped_by_style() -> None:
    assert split_of("interview_answer") == "test"
    assert split_of("radio_callin") == "test"
    assert split_of("advice_letter") == "train"
    assert split_of("partner_worry") == "dev"
    assert split_of("forum_post") == "train"


def test_held_out_files_hold_exactly_the_test_split() -> None:
    """The test split is the holdout_* files (other writers), and nothing else leaks into it."""
    accounts = load_default()
    held = {a.id for a in accounts if a.source.startswith("holdout_")}
    assert held == {a.id for a in accounts if a.split == "test"}
    assert len(held) >= 300


def test_project_data_is_valid_and_every_cause_and_flag_is_in_every_split() -> None:
    accounts = load_default()
    assert len(accounts) >= 600
    for split in ("train", "test"):
        chosen = [a for a in accounts if a.split == split]
        labels = {label for a in chosen for label in a.labels}
        assert len(labels) == 7, split
        for flag in ("unwanted_pain", "trauma_trigger", "consent_concern", "self_harm"):
            assert any(a.safety[flag] for a in chosen), (split, flag)
    assert {a.perspective for a in accounts} == {"self", "partner"}


def test_every_held_out_style_belongs_to_a_round() -> None:
    """``make eval --round N`` must see every held-out account in exactly one round."""
    styles = {a.style for a in load_default() if a.split == "test"}
    rounds = [set(r) for r in TEST_ROUNDS.values()]
    assert styles == set().union(*rounds)
    assert sum(len(r) for r in rounds) == len(set().union(*rounds))


SENTENCE = {
    "id": "c1",
    "text": "I keep thinking they'd all be fine without me.",
    "safety": {"unwanted_pain": False, "trauma_trigger": False, "consent_concern": False, "self_harm": True},
}


def test_flag_sentences_load_and_are_checked(tmp_path: Path) -> None:
    (tmp_path / "s.jsonl").write_text(json.dumps(SENTENCE) + "\n\n", encoding="utf-8")
    (sentence,) = load_flag_sentences(tmp_path)
    assert sentence.safety["self_harm"] and not sentence.safety["consent_concern"]
    for bad, message in (
        ({**SENTENCE, "labels": ["other"]}, "exactly the fields"),
        ({**SENTENCE, "text": " "}, "'text' must be non-empty"),
        ({**SENTENCE, "safety": {"self_harm": True}}, "'safety' must have exactly"),
        ({**SENTENCE, "safety": {**SENTENCE["safety"], "self_harm": "yes"}}, "true or false"),  # type: ignore[dict-item]
    ):
        (tmp_path / "s.jsonl").write_text(json.dumps(SENTENCE) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
        with pytest.raises(InputError, match=f"s.jsonl:2: .*{message}"):
            load_flag_sentences(tmp_path)
    (tmp_path / "s.jsonl").write_text(json.dumps(SENTENCE) + "\n" + json.dumps(SENTENCE) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="already used"):
        load_flag_sentences(tmp_path)


SIDEWAYS = {
    "id": "zz1",
    "text": "He asked where the spare rope went. I said nowhere.",
    "self_harm": True,
    "spans": ["where the spare rope went"],
}


def test_sideways_records_load_and_are_checked(tmp_path: Path) -> None:
    (tmp_path / "s.jsonl").write_text(json.dumps(SIDEWAYS) + "\n", encoding="utf-8")
    (record,) = load_sideways(tmp_path)
    assert record.self_harm and record.spans == ("where the spare rope went",)
    for bad, message in (
        ({**SIDEWAYS, "safety": {}}, "exactly the fields"),
        ({**SIDEWAYS, "self_harm": "yes"}, "true or false"),
        ({**SIDEWAYS, "spans": ["where the rope went"]}, "copied exactly"),
        ({**SIDEWAYS, "spans": "where the spare rope went"}, "must be a list"),
        ({**SIDEWAYS, "self_harm": False}, "marks one span or more"),
        ({**SIDEWAYS, "spans": []}, "marks one span or more"),
        ({**SIDEWAYS, "text": ""}, "'text' must be non-empty"),
    ):
        (tmp_path / "s.jsonl").write_text(json.dumps(SIDEWAYS) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
        with pytest.raises(InputError, match=f"s.jsonl:2: .*{message}"):
            load_sideways(tmp_path)


def test_project_sideways_records_hold_both_sides_from_several_writers() -> None:
    records = load_sideways()
    positives = [r for r in records if r.self_harm]
    assert len(positives) >= 500 and len(records) - len(positives) >= 400  # hard negatives matter as much
    assert len({r.id[:2] for r in records}) >= 4
    assert len({r.text for r in records}) == len(records)


def test_project_flag_sentences_hold_positives_and_hard_negatives() -> None:
    sentences = load_flag_sentences()
    for flag in ("self_harm", "consent_concern", "trauma_trigger"):
        positives = sum(s.safety[flag] for s in sentences)
        assert positives >= 80, flag
        assert len(sentences) - positives >= 80, flag


PROBE = {"id": "p1", "text": "I lie awake planning how I'd do it.", "safety": {"self_harm": True}}


def test_probes_judge_some_flags_and_are_checked(tmp_path: Path) -> None:
    (tmp_path / "heldout_x.jsonl").write_text(json.dumps(PROBE) + "\n", encoding="utf-8")
    (probe,) = load_probes(tmp_path)
    assert probe.safety == {"self_harm": True} and probe.group == "heldout" and probe.source == "heldout_x"
    for bad, message in (
        ({**PROBE, "note": "x"}, "exactly the fields"),
        ({**PROBE, "safety": {}}, "must judge one or more"),
        ({**PROBE, "safety": {"sadness": True}}, "must judge one or more"),
        ({**PROBE, "safety": {"self_harm": 1}}, "true or false"),
        ({**PROBE, "text": "  "}, "'text' must be non-empty"),
    ):
        (tmp_path / "heldout_x.jsonl").write_text(json.dumps(bad) + "\n", encoding="utf-8")
        with pytest.raises(InputError, match=f"heldout_x.jsonl:1: .*{message}"):
            load_probes(tmp_path)
    (tmp_path / "heldout_x.jsonl").write_text(json.dumps(PROBE) + "\n", encoding="utf-8")
    (tmp_path / "dev_x.jsonl").write_text(json.dumps(PROBE) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="unique across files"):
        load_probes(tmp_path)
    (tmp_path / "other.jsonl").write_text(json.dumps(PROBE) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="starts with dev or heldout"):
        load_probes(tmp_path)


def test_project_probes_hold_a_held_out_group_with_positives_and_negatives() -> None:
    probes = load_probes()
    held_out = [p for p in probes if p.group == "heldout"]
    positives = sum(p.safety.get("self_harm", False) for p in held_out)
    assert positives >= 30 and len(held_out) - positives >= 15
    assert {p.group for p in probes} == {"dev", "heldout"}
    assert {p.source for p in held_out} >= {"heldout_sh", "heldout_ya", "heldout_yb", "heldout_yc"}
    short = [p for p in held_out if p.source == "heldout_yc"]  # tenth session: every flag judged, short texts
    assert len(short) == 120 and all(set(p.safety) == set(FLAG_IDS) for p in short)
    assert all(sum(p.safety[f] for p in short) >= 10 for f in FLAG_IDS)


def test_parked_sideways_records_stay_valid() -> None:
    """data/sideways/parked is not trained on (its README says why) but stays in the format, ready for later."""
    parked = default_data_dir().parent / "sideways" / "parked"
    records = load_sideways(parked)
    assert len(records) == 200 and 40 <= sum(r.self_harm for r in records) <= 60
    assert not {r.id for r in records} & {r.id for r in load_sideways()}


def test_parked_accounts_stay_valid_and_apart_from_the_training_data() -> None:
    """data/parked is not trained on (its README gives the refit's figures) but stays in the
    account format, with ids no training account uses, ready for a later try."""
    parked = load_accounts(sorted((default_data_dir().parent / "parked").glob("*.jsonl")))
    zd = [a for a in parked if a.id.startswith("zd")]
    assert len(zd) == 200 and sum(a.safety["consent_concern"] for a in zd) == 60
    long_posts = [a for a in parked if a.id[:2] in {"ze", "zf", "zg"}]  # fourteenth session
    assert len(long_posts) == 390 and len({a.style for a in long_posts}) == 6
    assert all(35 <= sum(a.safety[f] for a in long_posts) <= 40 for f in FLAG_IDS)
    assert not {a.id for a in parked} & {a.id for a in load_default()}


def test_short_texts_train_only_and_stay_apart_from_the_accounts(tmp_path: Path) -> None:
    """data/short trains the cause half of the head: its styles must never be held-out ones,
    and its ids are its own."""
    short = load_short()
    assert len(short) == 900 and all(a.split == "train" for a in short)
    assert not {a.id for a in short} & {a.id for a in load_default()}
    assert sum(len(a.text.split()) <= 6 for a in short) >= 150  # the ninth session's few words
    assert sum(8 <= len(a.text.split()) <= 50 for a in short) >= 300  # the seventeenth's sentences
    # the eighteenth's single lines that name the reason (one or two sentences, up to 30 words)
    assert sum(a.style in {"reason_line", "texted_reason"} and len(a.text.split()) <= 30 for a in short) == 300
    with pytest.raises(InputError, match="no short texts"):
        load_short(tmp_path)


def test_the_consent_probe_file_is_judged_for_consent_alone() -> None:
    yf = [p for p in load_probes() if p.source == "heldout_yf"]  # thirteenth session
    assert len(yf) == 100 and all(set(p.safety) == {"consent_concern"} for p in yf)
    assert sum(p.safety["consent_concern"] for p in yf) == 40


@pytest.mark.parametrize("source", ["dev_yg", "heldout_yh"])
def test_the_long_post_probe_files_judge_every_flag_with_hard_negatives(source: str) -> None:
    """Fourteenth session: long, wandering posts, each flag in about one post in seven and half
    of them with no flag at all (two writers; dev_yg was read, heldout_yh never)."""
    probes = [p for p in load_probes() if p.source == source]
    assert len(probes) == 100 and all(set(p.safety) == set(FLAG_IDS) for p in probes)
    assert all(12 <= sum(p.safety[f] for p in probes) <= 16 for f in FLAG_IDS)
    assert sum(not any(p.safety.values()) for p in probes) >= 40
    assert sum(len(p.text.split()) >= 80 for p in probes) >= 60


def test_a_cause_that_brings_a_flag_comes_with_it_in_the_labelled_data() -> None:
    """``FLAG_WITH_CAUSE`` rests on the guide making the two one finding; the writers, who never
    saw the rule, labelled them together (one grief-not-trigger account, a032, is the exception)."""
    from tearwise.text.constants import FLAG_WITH_CAUSE

    labelled = load_default() + load_short()
    for flag, cause in FLAG_WITH_CAUSE.items():
        with_cause = [a for a in labelled if cause in a.labels]
        assert len(with_cause) > 1000
        assert sum(a.safety[flag] for a in with_cause) / len(with_cause) >= 0.99
