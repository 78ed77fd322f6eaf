"""Speed-ups on the batch path give the same answers as the plain computation they replace.

Each shortcut (the head's folded standardisation, the cue and flag pre-scans, the English
check's digit test) is compared with the slow form it stands for, on every labelled
account and on texts built to sit at the edges a shortcut could get wrong.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS
from tearwise.text.head import Head, load_head
from tearwise.text.lexicon import CUES, _negated_at, cue_hits
from tearwise.text.units import Unit, fold

EDGES = [
    "it hurt, (no) it didn't; he finished: i came",
    "nothing,low,grey:numb(alone)",
    "i froze\nmy ex\tused to hold me like that",
    "",
    "123 456",
    "it didn't hurt at all, i was just happy",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    from tearwise.text.data import load_default

    return [a.text for a in load_default()] + EDGES


def _plain_logits(head: Head, x: np.ndarray) -> np.ndarray:
    standard = (x - head.mean) / head.scale
    hidden = np.maximum(standard @ head.hidden_weights.T + head.hidden_bias, 0.0)
    return np.asarray(hidden @ head.weights.T + head.bias)


def test_the_folded_head_gives_the_plain_logits() -> None:
    head = load_head()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(50, head.mean.shape[0]))
    plain = _plain_logits(head, x)
    assert np.allclose(head.logits(x), plain, rtol=0, atol=1e-9)
    # float32 for explanations: close enough to rank clauses, not used for any decision
    assert np.allclose(head.push_logits(x), plain, rtol=0, atol=1e-3)
    assert head.logits(x).shape == (50, len(CAUSE_IDS) + len(FLAG_IDS))


def _plain_cue_hits(units: list[Unit]) -> list[tuple[str, int, bool]]:
    hits: list[tuple[str, int, bool]] = []
    for index, unit in enumerate(units):
        for segment in re.split(r"[,;:()]", fold(unit.text.lower())):
            for cause in CAUSE_IDS:
                for match in CUES[cause].finditer(segment):
                    hits.append((cause, index, unit.hypothetical or _negated_at(segment, match.start())))
    return hits


def test_cue_prescan_finds_every_cue_the_full_scan_finds(texts: list[str]) -> None:
    from tearwise.text.units import split_units

    for text in texts:
        units = split_units(text)
        assert [(h.cause, h.unit, h.negated) for h in cue_hits(units)] == _plain_cue_hits(units), text[:80]


def test_flag_union_prescan_matches_exactly_where_some_rule_does(texts: list[str]) -> None:
    from tearwise.text.flags import _ANY_RULE, RULES, _spelled_out

    assert any(union is not None for union in _ANY_RULE.values())
    for text in texts:
        lowered = _spelled_out(fold(text.lower()))
        for flag, rules in RULES.items():
            union = _ANY_RULE[flag]
            if union is not None:
                assert bool(union.search(lowered)) == any(r.pattern.search(lowered) for r in rules), (flag, text[:80])


def test_the_english_check_keeps_words_with_a_letter(texts: list[str]) -> None:
    from tearwise.text.units import words

    for text in texts:
        for word in words(text):
            assert (not word.isdigit()) == any(c.isalpha() for c in word), word
