"""The first-character rewrite of the red-flag patterns must match exactly what they matched."""

from __future__ import annotations

import random
import re
from re import _constants as sre  # type: ignore[attr-defined, unused-ignore]
from re import _parser as sre_parse  # type: ignore[attr-defined, unused-ignore]

import pytest

from tearwise.text import flags
from tearwise.text.data import load_default, load_probes
from tearwise.text.dispatch import grouped, rewrite
from tearwise.text.units import fold

#: Small patterns with every shape the rewrite handles: order between alternatives that share a
#: first character, leading groups, classes, optional parts, a repeated \b, look-arounds, and the
#: shapes it must fall back on (digits, a look-behind in front, an alternative that starts anywhere).
SHAPES = [
    r"ab | a | abc",
    r"a\w* | ab",
    r"(?:ab|ac|b)\s+c | a",
    r"[ab]c | b\s*d",
    r"a?b | ab\s+a",
    r"(?:a|b)?c | c\s+(?:a|b)",
    r"\bab | a(?!b)",
    r"(?<!b\s)a\s+b | \d+\s+a | ba",
    r"(?:a|\d)\s+b | a",
    r"a(?:b|c)* | ac",
    r"ab\b(?!\s+c) | a\s+b",
    r"(?:ab|a)(?:c|b) | abb",
    r"a.{0,3}b | ba",
    r"aa?b?\s*(?:c|d)?",
    r"\w+\s+a | b",
    r"(?:ab|b)\s+\w | [a1]b",
    r"a.b | b",
]
ALPHABET = "abcd 1'.\n"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("flags", [re.VERBOSE, re.VERBOSE | re.DOTALL])
@pytest.mark.parametrize("shape", SHAPES)
def test_rewritten_shapes_find_the_same_spans_on_random_text(shape: str, flags: re.RegexFlag) -> None:
    original = re.compile(rf"\b(?:{shape})", flags)
    rewritten = grouped(original)
    rng = random.Random(shape)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        assert _spans(rewritten, text) == _spans(original, text), text


def test_shapes_it_cannot_rewrite_exactly_are_left_as_they_were() -> None:
    for shape in (r".a | b", r"[^a]b | a", r"a | (?:b)?", r"(?i:a)b | c", r"(a)\1 | b"):
        original = re.compile(rf"\b(?:{shape})", re.VERBOSE)
        assert rewrite(original) is None
        assert grouped(original) is original
    assert rewrite(re.compile("ab|c")) is None  # no leading \b: not a flag pattern


def test_the_compiled_rewrite_keeps_the_source_and_flags_and_matches_its_grouped_text() -> None:
    # Compiled from the parse, not from the grouped text (dispatch._compiled_tree): the same
    # matches as that text compiled the plain way, with the source's own pattern and flags.
    for shape in SHAPES:
        original = re.compile(rf"\b(?:{shape})", re.VERBOSE)
        compiled = grouped(original)
        assert (compiled.pattern, compiled.flags) == (original.pattern, original.flags)
        source = rewrite(original)
        assert source is not None
        plain = re.compile(source)
        rng = random.Random(shape)
        for _ in range(500):
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
            assert _spans(compiled, text) == _spans(plain, text), text


def test_a_parser_that_fails_in_an_unexpected_way_leaves_the_pattern_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_: object) -> None:
        raise TypeError("a parse tree of another shape")

    original = re.compile(r"\b(?:ab | c)", re.VERBOSE)
    monkeypatch.setattr(sre_parse, "parse", broken)
    assert grouped(original) is original


def test_alternatives_are_grouped_by_first_character() -> None:
    source = rewrite(re.compile(r"\b(?:kill\s+me | knife | sore)", re.VERBOSE))
    assert source == r"\b(?:k(?:ill\s+me|nife)|sore)"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every labelled account and probe, as detect() reads them."""
    return [flags._spelled_out(fold(a.text.lower())) for a in load_default()] + [
        fold(p.text.lower()) for p in load_probes()
    ]


def test_every_flag_pattern_is_rewritten_and_matches_the_same_spans_on_every_account(texts: list[str]) -> None:
    assert len(flags.PATTERN_SOURCES) >= 20
    for source in flags.PATTERN_SOURCES:
        original = re.compile(rf"\b(?:{source})", re.VERBOSE)
        rewritten = grouped(original)
        assert rewritten is not original, source[:80]  # else the patterns silently lose their speed
        assert rewrite(original) is not None, source[:80]  # within its growth limit (see rewrite)
        for text in texts:
            assert _spans(rewritten, text) == _spans(original, text), (source[:60], text[:80])


def test_cue_words_are_rewritten_and_match_the_same_spans_on_every_account(texts: list[str]) -> None:
    from tearwise.text.lexicon import _CUE_WORDS, CUES

    for cause, source in _CUE_WORDS.items():
        original = re.compile(rf"\b(?:{source})\b", re.VERBOSE)
        assert rewrite(original) is not None, cause  # else the cues silently lose their speed
        assert CUES[cause] is not original, cause
        for text in texts:
            assert _spans(CUES[cause], text) == _spans(original, text), (cause, text[:80])


def test_few_flag_alternatives_send_their_pattern_down_the_slow_path() -> None:
    """An alternative the rewrite cannot group (a look-behind in front, a digit) makes the whole
    original pattern run at every word that starts like it; five such alternatives cost
    ``detect`` about 17% in the twelfth session, until their look-behinds moved after the first
    letter (``flags._unless_after``). The few left each need a digit or any word in front."""
    from tearwise.text.dispatch import _split, unparse

    slow = []
    for source in flags.PATTERN_SOURCES:
        items = list(sre_parse.parse(rf"\b(?:{source})", re.VERBOSE))
        alternatives = items[1][1][1] if len(items) == 2 and items[1][0] is sre.BRANCH else [items[1:]]
        slow += [unparse(list(a))[:60] for a in alternatives if _split(list(a)) is None]
    assert len(slow) <= 5, slow
