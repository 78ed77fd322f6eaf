"""Cutting an account into units (sentences and clauses) and marking negation and hypotheticals.

Sentence encoders place "it didn't hurt" right next to "it hurt". So the reader never
trusts an embedding to carry negation: it cuts the account into clauses at sentence ends
and at turns like "but" and "though", marks each clause that is negated ("didn't",
"not at all", "no pain") or hypothetical ("I was scared it would", "if", "I thought it
was"), and the classifier weighs marked clauses separately from plain ones. Lexical cues
are also read with a negation scope (a cue word within a few words after "not", "no",
"never"... up to a comma counts as negated).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from tearwise.text.constants import MAX_UNIT_CHARS, MAX_UNITS

# Sentence ends (with any closing quotes or brackets after the stop, straight or curly), line
# breaks, and " | " or " / " between chat messages pasted in one line.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]’”»]*\s+|\n+|(?<=[.!?])(?=[A-Z])|\s+[|/]\s+")
# Turns that often flip or hedge what came before: "I was scared it would hurt but it didn't".
# Only where a clause of two words or more follows: at the end of a sentence "yet", "anyway"
# and "though" are adverbs ("I haven't yet", "he finished anyway"), and a one-word rest ("but
# didn't") rejoined the clause before it without its turn word, so quotes lost words. Nor
# "anyway" before a comma, which ends the clause it belongs to ("she did it anyway, and I cried").
_TURN = re.compile(
    r"\s*(?:;|\s-\s|\s–\s|\s—\s|,?\s+\b(?:but|though|although|except|even though|whereas|however|"
    r"yet|anyway\b(?!\s*,))\b)\s*(?=\W*\w[\w'’]*[^\w'’]+\w)",
    re.IGNORECASE,
)
#: A word token; "didn't" stays one (text is folded first, so its apostrophe is plain).
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?", re.IGNORECASE)

#: Punctuation that closes up to the clause before it when a cut leaves it on its own.
_CLOSING = frozenset(".,!?;:…)]\"'’”")

NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "nothing",
        "none",
        "nobody",
        "neither",
        "nor",
        "without",
        "cannot",
        "cant",
        "can't",
        "don't",
        "dont",
        "didn't",
        "didnt",
        "doesn't",
        "doesnt",
        "isn't",
        "isnt",
        "wasn't",
        "wasnt",
        "weren't",
        "werent",
        "won't",
        "wont",
        "wouldn't",
        "wouldnt",
        "haven't",
        "havent",
        "hasn't",
        "hasnt",
        "hadn't",
        "hadnt",
        "aren't",
        "arent",
        "ain't",
        "zero",
        "n't",
        "nope",
    ]
)
# Words that end a negation scope early ("it didn't hurt, it was just ...").
_SCOPE_BREAK = frozenset({"and", "so", "then", "because", "cause", "bc", "just", "only", "which", "when"})
NEGATION_WINDOW = 6
#: Shortest comma-separated piece that becomes a clause of its own (_split_at_marks).
MIN_PIECE_WORDS = 3

HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|would|might|maybe|could be|in case|what if|afraid (?:it|that|i|he|she|they)|"
    r"scared (?:it|that|i|he|she|they)|worried (?:it|that|i|he|she|they)|worry (?:it|that)|"
    r"i (?:thought|assumed|figured|wondered|was told|read|googled)|people (?:say|said)|"
    r"(?:doctor|therapist|gp|friend)s? (?:thinks|thought|asked|wondered)|"
    r"wondering|supposedly|is it|could it be|does it mean|not sure if|ruled out)\b",
    re.IGNORECASE,
)


#: Characters that show nothing: soft hyphen, zero-width space, word joiner, byte-order mark.
_INVISIBLE: dict[int, str | None] = {ord(c): None for c in "\u00ad\u200b\u2060\ufeff"}
#: Typographic stand-ins for the plain characters that every rule, cue list and the encoder's
#: training accounts use. Phones and word processors type "didn’t" and “stop”; without this
#: a curly apostrophe hid "I don’t want to be here" from the self-harm patterns. Invisible
#: characters that split a word (soft hyphen, zero-width space, word joiner, BOM) are dropped
#: (``_INVISIBLE``, which :func:`clauses` also drops before cutting).
_TYPOGRAPHY: dict[int, str | None] = {
    **{ord(c): "'" for c in "’‘ʼ‛′`´＇"},
    **{ord(c): '"' for c in "“”„‟″«»＂"},
    **{ord(c): "-" for c in "‐‑"},
    **_INVISIBLE,
}


def unescape(text: str) -> str:
    """HTML character references decoded: text scraped from web pages says "didn&#39;t", and the
    ";" in it would otherwise cut the clause in two. Clauses are cut, and shown, decoded."""
    return html.unescape(text) if "&" in text and ";" in text else text


def fold(text: str) -> str:
    """``text`` decoded (:func:`unescape`) and with typographic quotes, apostrophes and hyphens made
    plain, for matching and encoding only: what a user wrote is always shown as written."""
    return unescape(text).translate(_TYPOGRAPHY)


@dataclass(frozen=True, slots=True)
class Unit:
    """One clause of an account, as written, with its marks."""

    text: str
    negated: bool
    hypothetical: bool

    @property
    def marked(self) -> bool:
        return self.negated or self.hypothetical


def words(text: str) -> list[str]:
    """Lower-case word tokens; "didn't" stays one token."""
    folded = fold(text)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a letter that lower-cases to two ("İ"): keep the token as found
        return [w.lower() for w in WORD.findall(folded)]
    # The same tokens as lower-casing each one found (tests/text/test_shortcuts.py checks every
    # code point), one call instead of one per word: words() runs ~20 times per account.
    tokens: list[str] = WORD.findall(lowered)
    return tokens


def negated_words(text: str) -> list[tuple[str, bool]]:
    """Each word of ``text`` with whether it sits in a negation scope (scopes end at commas)."""
    out: list[tuple[str, bool]] = []
    for part in re.split(r"[,;:.!?()]", text):
        tokens = words(part)
        out.extend(zip(tokens, negation_mask(tokens), strict=True))
    return out


def negation_mask(tokens: list[str]) -> list[bool]:
    """For each token, whether it sits inside a negation scope (the negator itself is not)."""
    mask = [False] * len(tokens)
    remaining = 0
    for i, token in enumerate(tokens):
        if token in NEGATORS or token.endswith("n't"):
            remaining = NEGATION_WINDOW
            continue
        if token in _SCOPE_BREAK:
            remaining = 0
        if remaining > 0:
            mask[i] = True
            remaining -= 1
    return mask


def _split_long(text: str) -> list[str]:
    if len(text) <= MAX_UNIT_CHARS:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for word in text.split():
        if size + len(word) + 1 > MAX_UNIT_CHARS and current:
            pieces.append(" ".join(current))
            current, size = [], 0
        current.append(word)
        size += len(word) + 1
    if current:
        pieces.append(" ".join(current))
    return pieces


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (also split at line breaks), stripped, none empty."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _is_marked(text: str) -> bool:
    return any(t in NEGATORS or t.endswith("n't") for t in words(text)) or bool(HYPOTHETICAL.search(text))


def _split_at_marks(clause: str) -> list[str]:
    """A clause cut at the commas where it turns from marked to plain or back.

    A mark covers a whole clause, so without this "I'm not sad, I just feel so close to
    him" would count the closeness as denied too (negation scopes end at a comma as
    well, units.negated_words). Pieces of fewer than ``MIN_PIECE_WORDS`` words join their
    neighbour, and neighbours with the same mark stay together.
    """
    if "," not in clause or not _is_marked(clause):
        return [clause]  # no piece of a plain clause is marked
    pieces: list[str] = []
    for piece in (p.strip() for p in clause.split(",")):
        if not piece:
            continue
        if pieces and (len(words(piece)) < MIN_PIECE_WORDS or len(words(pieces[-1])) < MIN_PIECE_WORDS):
            pieces[-1] = f"{pieces[-1]}, {piece}"
        else:
            pieces.append(piece)
    merged: list[tuple[str, bool]] = []
    for piece in pieces:
        mark = _is_marked(piece)
        if merged and merged[-1][1] == mark:
            merged[-1] = (f"{merged[-1][0]}, {piece}", mark)
        else:
            merged.append((piece, mark))
    return [piece for piece, _ in merged] if len(merged) > 1 else [clause]


def clauses(text: str) -> list[str]:
    """The clauses of ``text`` in order: sentences cut at turns; one-word fragments join a neighbour.

    A clause is always a piece of its sentence as written, turn words and all, since it is
    quoted back to the user: a fragment that joins its neighbour ("random but my eyes
    water") keeps the words between them instead of being glued on with a space.
    """
    raw: list[str] = []
    # Invisible characters go before cutting: a zero-width space after a full stop ("tried.&#x200B;
    # I cried", as pasted from web pages) hid the sentence end, and clauses are quoted back.
    for sentence in sentences(unescape(text).translate(_INVISIBLE)):
        cuts = [m.span() for m in _TURN.finditer(sentence)]
        cuts.append((len(sentence), len(sentence)))
        start = 0  # where the clause being built starts
        last = -1  # where the last clause taken from this sentence starts
        for cut_start, cut_end in cuts:
            clause = sentence[start:cut_start].strip(" ,")
            if clause and len(words(clause)) >= 2:
                raw.append(clause)
                last, start = start, cut_end
            elif not clause:
                start = cut_end
        pending = sentence[start:].strip(" ,")
        if pending:
            if last >= 0:
                raw[-1] = sentence[last:].strip(" ,")  # a short rest ends the clause before it
            elif raw:
                # A one-word sentence ("Whatever.") joins the clause before it; a lone mark closes up.
                raw[-1] = f"{raw[-1]}{'' if pending[0] in _CLOSING else ' '}{pending}"
            else:
                raw.append(pending)
    return raw


def _unit(text: str) -> Unit:
    return Unit(text, any(t in NEGATORS or t.endswith("n't") for t in words(text)), bool(HYPOTHETICAL.search(text)))


def units_both(found: list[str], limit: int = MAX_UNITS) -> tuple[list[Unit], list[Unit]]:
    """Units from :func:`clauses`, each marked: at most ``limit`` cut where a mark ends, and all uncut.

    The classifier reads the cut units (a mark then covers only what it denies). The
    red-flag rules read whole clauses, as they were written for: "I said no to that, and he
    was lovely about it" must be seen together to know the no was respected. A plain
    clause gives the same unit either way, so it is marked once (a hot path: every account
    of a batch goes through here).
    """
    fine: list[Unit] = []
    whole: list[Unit] = []
    for clause in found:
        parts = [_unit(part) for part in _split_long(clause)]
        whole.extend(parts)
        if len(fine) >= limit:
            continue
        if "," in clause and any(unit.marked for unit in parts):
            fine.extend(_unit(part) for piece in _split_at_marks(clause) for part in _split_long(piece))
        else:
            fine.extend(parts)
    return fine[:limit], whole


def split_units(text: str, limit: int = MAX_UNITS, at_marks: bool = True) -> list[Unit]:
    """Units of ``text`` in order, each marked; ``at_marks`` gives the cut ones (see :func:`units_both`)."""
    cut, whole = units_both(clauses(text), limit)
    return cut if at_marks else whole[:limit]
