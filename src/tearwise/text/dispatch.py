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

The grouped pattern is compiled from the pieces of the source's one parse (twenty-fourth
session), not by writing the grouped text out and parsing it again: that second parse, of a
text two or three times longer, was most of what importing flags.py cost (about 0.25 s of a
0.65 s import on this machine). The compiled pattern carries the source as its ``pattern``;
:func:`rewrite` still writes the grouped text, for the tests and for reading.

The engine code of each grouped pattern is kept between runs (pattern_cache.py, twenty-sixth
session): with it, a start hands the code straight to the engine and parses nothing.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found, unused-ignore]
import re
from collections.abc import Sequence
from re import _compiler as sre_compiler  # type: ignore[attr-defined, unused-ignore]
from re import _constants as sre  # type: ignore[attr-defined, unused-ignore]
from re import _parser as sre_parse  # type: ignore[attr-defined, unused-ignore]
from typing import Any, Final

from tearwise.text.pattern_cache import CACHE, Entry

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
    parts = _parts(pattern.pattern, pattern.flags)
    if parts is None:
        return None
    _, items, fallback, groups = parts
    try:
        out = [f"(?=[{''.join(fallback)}])(?:{unparse(items[1:])})"] if fallback else []
        for char, tails in groups:
            body = "|".join(unparse(tail) for tail in tails)
            out.append(_char(ord(char)) + ("(?:" + body + ")" if len(tails) > 1 else body))
    except CannotRewrite:
        return None
    source = r"\b(?:" + "|".join(out) + ")"
    return None if len(source) > MAX_GROWTH * len(pattern.pattern) else source


def _parts(source: str, flags: int) -> tuple[Any, Seq, list[str], list[tuple[str, list[Seq]]]] | None:
    """The pieces of the rewrite: the parse of ``source``, its items, the first characters of
    the alternatives left whole (the fallback), and the tails of the others by first character."""
    if flags & re.IGNORECASE:
        return None  # a first character would stand for several
    try:
        parsed = sre_parse.parse(source, flags)
    except re.error:
        return None
    items = list(parsed)
    if len(items) < 2 or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return None
    try:
        # What the grouped text cannot say (flags inside a group, a back-reference) is also what
        # _first does not read exactly: the tree route refuses it as rewrite() does.
        unparse(items)
    except CannotRewrite:
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
    return parsed, items, fallback, sorted(groups.items())


def _tree(state: Any, seq: Seq) -> Any:
    """``seq`` as the parser's own tree: every alternative of a branch a ``SubPattern`` (the
    rewrite builds some of them as plain lists)."""
    return sre_parse.SubPattern(state, [_tree_item(state, item) for item in seq])


def _tree_item(state: Any, item: Item) -> Item:
    op, av = item
    if op is sre.BRANCH and not all(isinstance(alt, sre_parse.SubPattern) for alt in av[1]):
        return op, (av[0], [alt if isinstance(alt, sre_parse.SubPattern) else _tree(state, alt) for alt in av[1]])
    return item


def _compiled_tree(source: str, flags: int) -> re.Pattern[str] | None:
    """The rewrite of ``source`` (:func:`rewrite`) compiled straight from the pieces of its one
    parse, or None when it cannot be rewritten.

    Compiling the grouped source instead would parse a text two or three times longer again,
    which was most of what importing the flag patterns cost. The result's ``pattern`` and
    ``flags`` are the source's own, which ``re.compile`` turns back into the same matches.
    The tests hold every flag pattern and cue list to ``rewrite`` not giving up on them, so the
    growth limit it checks on the grouped text holds here too.
    """
    flags = int(flags)
    kept = _kept(source, flags)
    if kept is not None:
        return kept
    parts = _parts(source, flags)
    if parts is None:
        return None
    parsed, items, fallback, groups = parts
    if parsed.state.groups != 1:
        return None  # capturing groups: the tree would keep their numbers
    trees: list[Seq] = []
    if fallback:
        trees.append([*sre_parse.parse(f"(?=[{''.join(fallback)}])"), *items[1:]])
    trees += [[(sre.LITERAL, ord(char)), *_joined(tails)] for char, tails in groups]
    # Plain ints, as ``re.compile`` passes them on: a ``RegexFlag`` makes every test of a flag
    # in the code generator an enum operation, several times slower.
    state = sre_parse.State()
    state.flags = int(parsed.state.flags)
    code = sre_compiler._code(_tree(state, [(sre.AT, sre.AT_BOUNDARY), (sre.BRANCH, (None, trees))]), flags)
    entry = (state.flags | flags, code, 1)
    compiled = _from_code(source, entry)
    CACHE.put(source, flags, entry)
    return compiled


def _from_code(source: str, entry: Entry) -> re.Pattern[str]:
    """The pattern the regex engine builds from ``entry`` (its flags, code and group count), as
    ``re.compile`` would after parsing; no pattern kept here has named groups."""
    final, code, groups = entry
    return _sre.compile(source, final, code, groups - 1, {}, (None,) * groups)  # type: ignore[no-any-return]


#: Set in the cache key of a pattern compiled as written (:func:`compile_kept`), so that it never
#: meets the grouped form of the same source; no ``re`` flag uses this bit.
AS_WRITTEN: Final = 1 << 16


def _kept(source: str, key: int) -> re.Pattern[str] | None:
    """The pattern from the engine code kept for ``key`` (pattern_cache.py), or None."""
    kept = CACHE.get(source, key)
    if kept is None:
        return None
    try:
        return _from_code(source, kept)
    except Exception:  # code the engine refuses: the caller compiles the pattern again
        return None


def compile_kept(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its engine code kept between starts like the grouped
    patterns' (pattern_cache.py): for the patterns of flags.py that are used as written. One
    with named groups, or that the private parser cannot take, is compiled by ``re`` as usual."""
    flags = int(flags)
    kept = _kept(source, flags | AS_WRITTEN)
    if kept is not None:
        return kept
    try:
        parsed = sre_parse.parse(source, flags)
        if parsed.state.groupdict:
            return re.compile(source, flags)
        entry = (int(parsed.state.flags) | flags, sre_compiler._code(parsed, flags), int(parsed.state.groups))
        compiled = _from_code(source, entry)
    except Exception:
        # Only a speed-up, and re._parser and re._compiler are private to CPython.
        return re.compile(source, flags)
    CACHE.put(source, flags | AS_WRITTEN, entry)
    return compiled


def _grouped(source: str, flags: int) -> re.Pattern[str] | None:
    """:func:`_compiled_tree`, or None when the pattern cannot be rewritten, or that fails."""
    try:
        return _compiled_tree(source, flags)
    except Exception:
        # Only a speed-up, and re._parser and re._compiler are private to CPython: should their
        # trees or code change shape, the pattern as written is always right.
        return None


def compile_grouped(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, rewritten by first character when that keeps its matches
    exactly: what :func:`grouped` gives, without first compiling the pattern as written, which
    only the fallback needs (start-up compiles some thirty long patterns)."""
    compiled = _grouped(source, flags)
    return re.compile(source, flags) if compiled is None else compiled


def save_compiled() -> bool:
    """Keep the code of the patterns compiled so far for the next start (pattern_cache.py)."""
    return CACHE.save()


def grouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` rewritten by first character when that keeps its matches exactly, else itself."""
    compiled = _grouped(pattern.pattern, pattern.flags)
    return pattern if compiled is None else compiled
