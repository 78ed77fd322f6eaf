"""The numpy head: it learns, it calibrates, and flag thresholds favour recall."""

from __future__ import annotations

import numpy as np

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS
from tearwise.text.data import Probe
from tearwise.text.evaluate import prf, probe_report, report
from tearwise.text.features import FLAG_HITS, N_FEATURES
from tearwise.text.head import OUTPUTS, Head, fit_network, fit_platt, merge_heads, sigmoid
from tearwise.text.training import (
    N_CAUSES,
    choose_thresholds,
    decide_labels,
    f_beta,
    style_folds,
    with_pattern_dropout,
)


def _predict(params: tuple[np.ndarray, ...], x: np.ndarray) -> np.ndarray:
    w1, b1, w2, b2 = params
    return sigmoid(np.maximum(x @ w1.T + b1, 0.0) @ w2.T + b2)


def test_the_network_learns_a_rule_no_linear_head_can() -> None:
    """Tears at climax *and* no sadness: an interaction of two cues (XOR-like), learned from data."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 5))
    y = ((x[:, [0]] > 0) ^ (x[:, [1]] > 0)).astype(float)
    params = fit_network(x, y, l2=1e-4, steps=600)
    accuracy = float(np.mean((_predict(params, x) >= 0.5) == (y == 1)))
    assert accuracy > 0.9  # a linear head cannot pass 0.75 on this rule


def test_the_network_fit_is_deterministic() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(50, 4))
    y = (x[:, [0]] > 0).astype(float)
    first = fit_network(x, y, l2=0.01, steps=20)
    second = fit_network(x, y, l2=0.01, steps=20)
    for a, b in zip(first, second, strict=True):
        np.testing.assert_array_equal(a, b)


def test_platt_scaling_fixes_overconfident_scores() -> None:
    rng = np.random.default_rng(1)
    truth = rng.random(2000) < 0.3
    z = np.where(truth, 6.0, -6.0) + rng.normal(scale=6.0, size=2000)  # overconfident logits
    a, c = fit_platt(z, truth.astype(float))
    p = sigmoid(a * z + c)
    assert 0 < a < 1
    assert abs(float(p.mean()) - 0.3) < 0.03


def test_every_account_gets_at_least_one_label() -> None:
    p = np.array([[0.1] * len(CAUSE_IDS) + [0.0] * len(FLAG_IDS)])
    p[0, 2] = 0.2
    labels = decide_labels(p, np.full(p.shape[1], 0.5))
    assert labels[0].tolist() == [j == 2 for j in range(len(CAUSE_IDS))]


def test_flag_threshold_keeps_recall_even_at_a_precision_cost() -> None:
    n = 100
    y = np.zeros((n, N_CAUSES + len(FLAG_IDS)))
    p = np.zeros_like(y)
    flag = N_CAUSES  # unwanted_pain
    y[:10, flag] = 1
    p[:10, flag] = 0.3  # true cases score low...
    p[10:40, flag] = 0.35  # ...and many false alarms score a little higher
    lexical = np.zeros((n, len(FLAG_IDS)))
    thresholds = choose_thresholds(p, y, lexical)
    caught = p[:10, flag] >= thresholds[flag]
    assert caught.all(), "a recall-first threshold must catch every true case here"


def test_f_beta_weighs_recall_more() -> None:
    truth = np.array([True, True, False, False])
    misses_one = np.array([True, False, False, False])
    one_false_alarm = np.array([True, True, True, False])
    assert f_beta(truth, one_false_alarm, 3.0) > f_beta(truth, misses_one, 3.0)


def _random_head(seed: int, d: int = 4, h: int = 3) -> Head:
    """A head with random weights, standardisation, calibration and thresholds."""
    rng = np.random.default_rng(seed)
    k = len(OUTPUTS)
    return Head(
        rng.normal(size=d),
        rng.uniform(0.5, 2.0, size=d),
        rng.normal(size=(h, d)),
        rng.normal(size=h),
        rng.normal(size=(k, h)),
        rng.normal(size=k),
        rng.uniform(0.5, 1.5, size=k),
        rng.normal(size=k),
        rng.uniform(0.2, 0.8, size=k),
    )


def test_a_merged_head_gives_flags_from_one_head_and_causes_from_the_other() -> None:
    flag_head, cause_head = _random_head(4), _random_head(5, h=6)
    merged = merge_heads(flag_head, cause_head)
    x = np.random.default_rng(6).normal(size=(50, 4)) * 3.0
    flags, causes = slice(N_CAUSES, None), slice(0, N_CAUSES)
    assert merged.hidden_weights.shape == (9, 4)
    np.testing.assert_allclose(merged.logits(x)[:, flags], flag_head.logits(x)[:, flags], rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(merged.logits(x)[:, causes], cause_head.logits(x)[:, causes], rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(merged.push_logits(x)[:, causes], cause_head.logits(x)[:, causes], atol=1e-3)
    for part, head in ((flags, flag_head), (causes, cause_head)):
        np.testing.assert_array_equal(merged.thresholds[part], head.thresholds[part])
        np.testing.assert_allclose(merged.probabilities(x)[:, part], head.probabilities(x)[:, part], atol=1e-12)
    # Merged again with a new cause head, only the first head's flag half is kept.
    again = merge_heads(merged, _random_head(7, h=2))
    assert again.hidden_weights.shape == (5, 4)
    np.testing.assert_array_equal(again.hidden_weights[:3], merged.hidden_weights[:3])
    np.testing.assert_allclose(again.logits(x)[:, flags], flag_head.logits(x)[:, flags], rtol=1e-12, atol=1e-12)


def test_style_folds_keep_each_style_whole_in_one_fold() -> None:
    styles = ["b", "a", "c", "a", "d", "b", "e"]
    folds = style_folds(styles, 2)
    assert len(set(folds)) == 2
    for style in set(styles):
        assert len({f for s, f in zip(styles, folds, strict=True) if s == style}) == 1
    assert style_folds(styles, 10) == style_folds(styles, 5)  # more folds than styles: one per style


def test_head_round_trips_through_bytes(tmp_path: object) -> None:
    from pathlib import Path

    from tearwise.text.head import load_head

    d = 4
    head = _random_head(2, d=d)
    path = Path(str(tmp_path)) / "h.npz"
    head.save(path)
    loaded = load_head(path)
    x = np.ones((1, d))
    assert np.allclose(loaded.probabilities(x), head.probabilities(x))


def test_evaluation_table_names_every_cause_flag_and_macro_f1() -> None:
    truth = (np.eye(7, dtype=bool)[[0, 1, 2, 3, 4, 5, 6]], np.zeros((7, 4), dtype=bool))
    truth[1][0, 3] = True
    perfect = (truth[0].copy(), truth[1].copy())
    out: list[str] = []
    headline = report({"tearwise": perfect, "baseline": (~truth[0], truth[1])}, truth, out)
    text = "\n".join(out)
    assert all(c in text for c in CAUSE_IDS) and all(f in text for f in FLAG_IDS)
    assert headline["tearwise:macro_f1"] == 1.0 and headline["baseline:macro_f1"] == 0.0
    assert headline["tearwise:self_harm:recall"] == 1.0
    assert prf(np.array([True, False]), np.array([True, True])) == (0.5, 1.0, 2 / 3)


def test_pattern_dropout_copies_flagged_rows_without_their_pattern_hits() -> None:
    x = np.ones((3, N_FEATURES))
    y = np.zeros((3, N_CAUSES + len(FLAG_IDS)))
    y[1, N_CAUSES + 3] = 1.0  # one flagged account
    y[1, 0] = 1.0
    bigger_x, bigger_y, mask = with_pattern_dropout(x, y, copies=2)
    assert bigger_x.shape == (5, N_FEATURES)
    assert (bigger_x[3:, FLAG_HITS] == 0).all() and (bigger_x[3:, : FLAG_HITS.start] == 1).all()
    assert (bigger_y[3:] == y[1]).all()
    # The originals count for every output; the copies only for the flags.
    assert mask[:3].all() and not mask[3:, :N_CAUSES].any() and mask[3:, N_CAUSES:].all()


def test_probe_report_gives_each_held_out_file_its_own_table() -> None:
    probes = [
        Probe("d1", "x", {"self_harm": True, "consent_concern": False}, "dev", "dev_sc"),
        Probe("a1", "x", {"self_harm": True}, "heldout", "heldout_sh"),
        Probe("a2", "x", {"self_harm": False}, "heldout", "heldout_sh"),
        Probe("b1", "x", {"self_harm": True}, "heldout", "heldout_ya"),
    ]
    flags = np.zeros((4, len(FLAG_IDS)), dtype=bool)
    flags[[0, 1], FLAG_IDS.index("self_harm")] = True  # b1 is missed: only heldout_ya shows it
    out: list[str] = []
    probe_report(probes, {"tearwise": flags}, out)
    titles = [line for line in out if line.startswith("probes:")]
    assert titles == ["probes: dev (1)", "probes: heldout_sh (2)", "probes: heldout_ya (1)"]
    rows = [line.split() for line in out if line.startswith("self_harm")]
    assert [row[1:] for row in rows] == [["1", "1.00", "1.00"], ["1", "1.00", "1.00"], ["1", "0.00", "0.00"]]
    assert not any(line.startswith("consent_concern") for line in out[out.index(titles[1]) :])
