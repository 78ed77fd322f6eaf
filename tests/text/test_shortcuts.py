"""Speed-ups on the batch path give the same answers as the plain computation they replace.

Each shortcut (the head's folded standardisation, one cue scan over all segments, the
English check's digit test, word tokens found in lower-cased text, pooling by sum and
count, the tokenizer call without offsets) is compared with the slow form it stands for,
on every labelled account and on texts built to sit at the edges a shortcut could get wrong.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS
from tearwise.text.head import Head, load_head
from tearwise.text.lexicon import _ASIDE, CUES, _negated_at, cue_hits
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


def _plain_cue_hits(units: list[Unit]) -> list[tuple[str, int, bool, bool]]:
    hits: list[tuple[str, int, bool, bool]] = []
    for index, unit in enumerate(units):
        for segment in re.split(r"[,;:()]", fold(unit.text.lower())):
            for cause in CAUSE_IDS:
                for match in CUES[cause].finditer(segment):
                    aside = _ASIDE.get(cause)
                    other = aside is not None and aside.match(segment, match.end()) is not None
                    hits.append((cause, index, unit.hypothetical or _negated_at(segment, match.start()), other))
    return hits


def test_one_cue_scan_finds_each_segments_cues_in_the_same_order(texts: list[str]) -> None:
    from tearwise.text.units import split_units

    for text in texts:
        units = split_units(text)
        assert [(h.cause, h.unit, h.negated, h.aside) for h in cue_hits(units)] == _plain_cue_hits(units), text[:80]


def test_no_cue_pattern_can_match_the_glue_between_segments() -> None:
    from tearwise.text.lexicon import _CUE_WORDS, SEGMENT_GLUE

    # What could reach the glue: a negated class, a lookaround, ".", "^", "$", or an upper-case
    # class escape (\S, \W, \D match it; \B, \A, \Z treat it unlike a string's end).
    risky = re.compile(r"\[\^|\(\?[=!<]|(?<!\\)[.^$]|\\[SWDBAZ]")
    for cause, pattern in CUES.items():
        assert not risky.search(_CUE_WORDS[cause]), cause
        assert not risky.search(pattern.pattern), cause
        assert not pattern.search(SEGMENT_GLUE) and not pattern.search(f"a{SEGMENT_GLUE}b")


def test_the_english_check_keeps_words_with_a_letter(texts: list[str]) -> None:
    from tearwise.text.units import words

    for text in texts:
        for word in words(text):
            assert (not word.isdigit()) == any(c.isalpha() for c in word), word


def test_words_found_in_lower_cased_text_equal_each_word_lower_cased() -> None:
    from tearwise.text.units import WORD, words

    def plain(text: str) -> list[str]:
        return [w.lower() for w in WORD.findall(fold(text))]

    # Only a character with a case mapping can be read differently once lower-cased (this
    # includes the odd ones a case-blind pattern matches, like the Kelvin sign or the long s).
    cased = [chr(code) for code in range(0x110000) if chr(code).lower() != chr(code) or chr(code).upper() != chr(code)]
    assert len(cased) > 2000
    for c in cased:
        text = f"a{c}b {c}x'{c}s"
        assert words(text) == plain(text), hex(ord(c))


def test_pooling_by_sum_and_count_is_numpy_mean_bit_for_bit() -> None:
    rng = np.random.default_rng(1)
    for n in range(1, 120):
        rows = rng.normal(size=(n, 384)).astype(np.float32)
        pooled = rows.sum(axis=0) / n
        assert pooled.dtype == np.float32
        assert np.array_equal(pooled, rows.mean(axis=0)), n


def test_the_fast_tokenizer_call_gives_the_same_ids(texts: list[str]) -> None:
    """``encode_batch_fast`` skips character offsets, which the encoder never reads: the ids must not change."""
    from tearwise.text.embedder import load_tokenizer
    from tearwise.text.features import parse, unit_texts

    tokenizer = load_tokenizer()
    clauses = [clause for text in texts for clause in unit_texts(parse(text))]
    for batch, specials in ((clauses, False), (texts, True)):
        slow = [enc.ids for enc in tokenizer.encode_batch(batch, add_special_tokens=specials)]
        fast = [enc.ids for enc in tokenizer.encode_batch_fast(batch, add_special_tokens=specials)]
        assert fast == slow
