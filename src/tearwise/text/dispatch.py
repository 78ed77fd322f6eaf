"""The red-flag patterns, rewritten so Python's regex engine skips most alternatives unread.

Each pattern of flags.py is one long alternation after a word boundary, ``\\b(?:A1|A2|...)``,
with hundreds of alternatives. At every word boundary ``re`` tries them in turn, which made
the patterns about half of the work done around the encoder. This module rewrites such a
pattern into groups by first character, ``\\b(?:k(?:ill...|ms...)|s(?:...)|...)``, where the
engine rejects a group on its first character.

The rewrite keeps the match exactly: at a given position only alternatives that can start
with the character there can match, and within a group they keep their original order, so
the same alternative wins with the same backtracking, and ``search`` and ``finditer`` give
the same spans. A leading group, character class or optional part is distributed first
(``(?:a|b)x`` is ``ax|bx`` in that order; ``a?x`` is ``ax|x``). Anything this module cannot
rewrite exactly (an alternative that may start with any character or match empty, a
capturing group used by reference, flags inside a group) leaves the pattern as it was.
tests/text/test_dispatch.py checks equal spans on every labelled account.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # type: ignore[attr-defined, unused-ignore]
from re import _parser as sre_parse  # type: ignore[attr-defined, unused-ignore]
from typing import Any, Final

Item = tuple[Any, Any]
Seq = list[Item]

#: A character class is split into one group per character only up to this size.
MAX_CLASS: Final = 12
#: The rewritten pattern may be this many times longer than the original (distribution copies tails).
MAX_GROWTH: Final = 6

_AT: Final = {
    sre.AT_BEGINNING: "^",
    sre.AT_BEGINNING_STRING: r"\A",
    sre.AT_BOUNDARY: r"\b",
    sre.AT_NON_BOUNDARY: r"\B",
    sre.AT_END: "$",
    sre.AT_END_STRING: r"\Z",
}
_CATEGORY: Final = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


class CannotRewrite(Exception):
    """The pattern holds something this module does not rewrite exactly."""


_SPECIAL: Final = frozenset("\\.^$*+?{}[]|()-#&~ \t\n\r\f\v")


def _char(code: int) -> str:
    """One literal character, safe inside or outside a class (no verbose mode)."""
    char = chr(code)
    if char in _SPECIAL:
        return "\\" + char if char.isprintable() and char != " " else f"\\x{code:02x}"
    if char.isprintable():
        return char
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _class_member(op: Any, av: Any) -> str:
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is sre.CATEGORY and av in _CATEGORY:
        return _CATEGORY[av]
    raise CannotRewrite(f"class member {op}")


def unparse(seq: Sequence[Item]) -> str:
    """Regex source for a parsed sequence (the subset flags.py uses), with no capturing groups."""
    return "".join(_unparse_item(op, av) for op, av in seq)


def _unparse_item(op: Any, av: Any) -> str:
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is sre.ANY:
        return "."
    if op is sre.IN:
        negate = bool(av) and av[0][0] is sre.NEGATE
        members = av[1:] if negate else av
        if not negate and len(members) == 1 and members[0][0] in (sre.LITERAL, sre.CATEGORY):
            return _class_member(*members[0])  # [\s] is \s, [a] is a
        return "[" + ("^" if negate else "") + "".join(_class_member(o, a) for o, a in members) + "]"
    if op is sre.AT and av in _AT:
        return _AT[av]
    if op is sre.BRANCH:
        return "(?:" + "|".join(unparse(alt) for alt in av[1]) + ")"
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            raise CannotRewrite("flags inside a group")
        return "(?:" + unparse(inner) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, inner = av
        if high == sre.MAXREPEAT:
            count = "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
        elif low == 0 and high == 1:
            count = "?"
        else:
            count = f"{{{low}}}" if low == high else f"{{{low},{high}}}"
        body = unparse(inner)
        single = len(inner) == 1 and inner[0][0] in (sre.LITERAL, sre.IN, sre.ANY, sre.NOT_LITERAL)
        return (body if single else "(?:" + body + ")") + count + ("?" if op is sre.MIN_REPEAT else "")
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, inner = av
        kind = ("=" if op is sre.ASSERT else "!") if direction == 1 else ("<=" if op is sre.ASSERT else "<!")
        return f"(?{kind}" + unparse(inner) + ")"
    raise CannotRewrite(f"opcode {op}")


def _split(seq: Seq) -> dict[str, list[Seq]] | None:
    """The alternatives ``seq`` is, keyed by the literal character each starts with, each
    without that character, in the order the engine would try them; None if some start is
    not one known character (or ``seq`` can match empty)."""
    if not seq:
        return None
    (op, av), rest = seq[0], list(seq[1:])
    if op is sre.AT and av == sre.AT_BOUNDARY:
        return _split(rest)  # at the start it repeats the pattern's own leading \b
    if op is sre.LITERAL:
        return {chr(av): [rest]}
    if op is sre.IN:
        if any(o is not sre.LITERAL for o, _ in av) or len(av) > MAX_CLASS:
            return None
        out: dict[str, list[Seq]] = {}
        for _, code in av:
            out.setdefault(chr(code), []).append(rest)
        return out
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:
            return None
        return _split(list(av[3]) + rest)
    if op is sre.BRANCH:
        heads = [_split(list(alt)) for alt in av[1]]
        if all(head is not None for head in heads):
            # (?:ab|ac|d)rest -> a(?:b|c)rest | drest: the tail is copied once per first character.
            merged = _merge(heads)
            assert merged is not None
            return {char: [_joined(tails) + rest] for char, tails in merged.items()}
        return _merge([_split(list(alt) + rest) for alt in av[1]])
    if op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        # Greedy optional: with the part first, then without it.
        return _merge([_split(list(av[2]) + rest), _split(rest)])
    return None


def _joined(tails: list[Seq]) -> Seq:
    """Alternatives in order, as one item (or the alternative itself when there is one)."""
    return list(tails[0]) if len(tails) == 1 else [(sre.BRANCH, (None, tails))]


def _merge(parts: Sequence[dict[str, list[Seq]] | None]) -> dict[str, list[Seq]] | None:
    out: dict[str, list[Seq]] = {}
    for part in parts:
        if part is None:
            return None
        for char, tails in part.items():
            out.setdefault(char, []).extend(tails)
    return out


def _first(seq: Seq) -> str | None:
    """A character-class body that holds every character a match of ``seq`` can start with,
    or None when that could be any character (or the match could be empty)."""
    if not seq:
        return None
    (op, av), rest = seq[0], list(seq[1:])
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.IN:
        if av and av[0][0] is sre.NEGATE:
            return None
        try:
            return "".join(_class_member(o, a) for o, a in av)
        except CannotRewrite:
            return None
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _first(rest)  # zero width: the next item starts the match
    if op is sre.SUBPATTERN:
        return _first(list(av[3]) + rest)
    if op is sre.BRANCH:
        firsts = [_first(list(alt) + rest) for alt in av[1]]
        return None if any(f is None for f in firsts) else "".join(f for f in firsts if f)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        inner = _first(list(av[2]))
        if inner is None or av[0] >= 1:
            return inner
        after = _first(rest)
        return None if after is None else inner + after
    return None


def rewrite(pattern: re.Pattern[str]) -> str | None:
    """The grouped source of ``\\b(?:A1|A2|...)``, or None when it cannot be rewritten exactly.

    Alternatives that cannot be split by first character (a digit class, a look-behind in
    front) are not lost: at a character any of them could start with, the original
    alternation runs first, whole and in order, so their matches and their precedence stay.
    """
    return _rewrite_source(pattern.pattern, pattern.flags)


def _rewrite_source(source: str, flags: int) -> str | None:
    if flags & re.IGNORECASE:
        return None  # a first character would stand for several
    try:
        items = list(sre_parse.parse(source, flags))
    except re.error:
        return None
    if len(items) < 2 or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return None
    alternatives = items[1][1][1] if len(items) == 2 and items[1][0] is sre.BRANCH else [items[1:]]
    groups: dict[str, list[Seq]] = {}
    fallback: list[str] = []
    for alternative in alternatives:
        split = _split(list(alternative))
        if split is None:
            first = _first(list(alternative))
            if first is None:
                return None
            fallback.append(first)
            continue
        for char, tails in split.items():
            groups.setdefault(char, []).extend(tails)
    try:
        parts = [f"(?=[{''.join(fallback)}])(?:{unparse(items[1:])})"] if fallback else []
        for char, tails in sorted(groups.items()):
            body = "|".join(unparse(tail) for tail in tails)
            parts.append(_char(ord(char)) + ("(?:" + body + ")" if len(tails) > 1 else body))
        out = r"\b(?:" + "|".join(parts) + ")"
    except CannotRewrite:
        return None
    if len(out) > MAX_GROWTH * len(source):
        return None
    return out


def _grouped_source(source: str, flags: int) -> str | None:
    """:func:`rewrite` of a source, or None when it cannot be rewritten, or fails. The result is
    written out in full: compile it without ``re.VERBOSE``, which would only misread its spaces."""
    try:
        return _rewrite_source(source, flags)
    except Exception:
        # Only a speed-up, and re._parser is private to CPython: should its trees change
        # shape, the pattern as written is always right.
        return None


def compile_grouped(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, rewritten by first character when that keeps its matches
    exactly: what :func:`grouped` gives, without first compiling the pattern as written, which
    only the fallback needs (start-up compiles some thirty long patterns)."""
    rewritten = _grouped_source(source, flags)
    return re.compile(source, flags) if rewritten is None else re.compile(rewritten, flags & ~re.VERBOSE)


def grouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` rewritten by first character when that keeps its matches exactly, else itself."""
    rewritten = _grouped_source(pattern.pattern, pattern.flags)
    return pattern if rewritten is None else re.compile(rewritten, pattern.flags & ~re.VERBOSE)
