"""From an account to one feature vector (and per-clause pieces for explanations).

Blocks, in order:
1. mean embedding of the plain clauses (what the account states);
2. mean embedding of the negated or hypothetical clauses (what it denies or wonders about),
   kept apart so the head can learn that "it didn't hurt" argues *against* pain;
3. cue counts per cause, plain and negated (lexicon.py), log-scaled;
4. which red-flag patterns fired (flags.py), so the learned flag scores can lean on them;
5. the account's length (log of the number of clauses).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, FlagId
from tearwise.text.constants import EMBED_DIM, MAX_UNITS
from tearwise.text.embedder import Embedder
from tearwise.text.flags import detect_weighed
from tearwise.text.lexicon import CueHit, cue_hits
from tearwise.text.units import Unit, clauses, fold, units_both

Vector = npt.NDArray[np.float64]

N_CAUSES: Final = len(CAUSE_IDS)
PLAIN: Final = slice(0, EMBED_DIM)
MARKED: Final = slice(EMBED_DIM, 2 * EMBED_DIM)
CUES_PLAIN: Final = slice(2 * EMBED_DIM, 2 * EMBED_DIM + N_CAUSES)
CUES_NEG: Final = slice(2 * EMBED_DIM + N_CAUSES, 2 * EMBED_DIM + 2 * N_CAUSES)
FLAG_HITS: Final = slice(CUES_NEG.stop, CUES_NEG.stop + len(FLAG_IDS))
LENGTH: Final = FLAG_HITS.stop
N_FEATURES: Final = LENGTH + 1


@dataclass(frozen=True, slots=True)
class Parsed:
    """An account cut into clauses, with its cues and lexical flags (no embeddings yet)."""

    units: tuple[Unit, ...]
    hits: tuple[CueHit, ...]
    lexical_flags: dict[FlagId, str]
    #: Flags in ``lexical_flags`` that only rules needing another layer's agreement found
    #: (``flags.Rule.alone``): a head feature like the others, but not a flag on their own.
    leaning_flags: frozenset[FlagId] = frozenset()


def parse(text: str) -> Parsed:
    units, whole = units_both(clauses(text), MAX_UNITS)
    found, leaning = detect_weighed(text, whole)
    return Parsed(tuple(units), tuple(cue_hits(units)), found, leaning)


def left_out_vectors(parsed: Parsed, unit_vectors: npt.NDArray[np.float32], whole: Vector | None = None) -> Vector:
    """One feature vector per clause: the account's, as if that clause had not been written.

    The same as rebuilding the account without clause ``i`` and calling ``vector`` on it, for
    every ``i`` (tests/text/test_reader.py checks it), computed from block sums instead of
    one rebuild per clause: explanations run for every account of a batch (a hot path).
    ``whole`` is the account's own ``vector`` when the caller has it already.
    """
    n = len(parsed.units)
    if n == 0:
        return np.zeros((0, N_FEATURES))
    out = np.repeat((vector(parsed, unit_vectors) if whole is None else whole)[None, :], n, axis=0)
    marked = np.array([u.marked for u in parsed.units])
    vectors = unit_vectors[:n].astype(np.float64)
    for block, members in ((PLAIN, ~marked), (MARKED, marked)):
        rows = np.flatnonzero(members)
        if len(rows) == 1:
            out[rows, block] = 0.0
        elif len(rows) > 1:
            out[rows, block] = (vectors[rows].sum(axis=0) - vectors[rows]) / (len(rows) - 1)
    plain_counts = np.zeros((n, N_CAUSES))
    negated_counts = np.zeros((n, N_CAUSES))
    for hit in parsed.hits:
        (negated_counts if hit.negated else plain_counts)[hit.unit, CAUSE_IDS.index(hit.cause)] += 1.0
    out[:, CUES_PLAIN] = np.log1p(plain_counts.sum(axis=0) - plain_counts)
    out[:, CUES_NEG] = np.log1p(negated_counts.sum(axis=0) - negated_counts)
    out[:, LENGTH] = np.log1p(n - 1)
    return out


def unit_texts(parsed: Parsed) -> list[str]:
    """What the encoder reads of each unit: its words with typography folded, as in training."""
    return [fold(u.text) for u in parsed.units] or [""]


def vector(parsed: Parsed, unit_vectors: npt.NDArray[np.float32]) -> Vector:
    """The feature vector of one account, given the embeddings of its units (same order)."""
    x = np.zeros(N_FEATURES, dtype=np.float64)
    plain = [i for i, u in enumerate(parsed.units) if not u.marked]
    marked = [i for i, u in enumerate(parsed.units) if u.marked]
    if plain:
        x[PLAIN] = unit_vectors[plain].mean(axis=0)
    elif not parsed.units and len(unit_vectors):
        x[PLAIN] = unit_vectors[0]
    if marked:
        x[MARKED] = unit_vectors[marked].mean(axis=0)
    for hit in parsed.hits:
        index = CAUSE_IDS.index(hit.cause)
        x[(CUES_NEG if hit.negated else CUES_PLAIN).start + index] += 1.0
    x[CUES_PLAIN] = np.log1p(x[CUES_PLAIN])
    x[CUES_NEG] = np.log1p(x[CUES_NEG])
    for i, flag in enumerate(FLAG_IDS):
        x[FLAG_HITS.start + i] = 1.0 if flag in parsed.lexical_flags else 0.0
    x[LENGTH] = np.log1p(len(parsed.units))
    return x


def encoder_parts(parsed: Parsed) -> list[list[int]]:
    """What the encoder reads of one account, as clause indices: its stated clauses as one
    part and its denied or wondered-about clauses as another (read together, "there was no
    pain" would colour the clauses around it with pain). Empty parts are left out."""
    marks = [u.marked for u in parsed.units] or [False]
    return [part for part in ([i for i, m in enumerate(marks) if m == flag] for flag in (False, True)) if part]


def featurize(
    texts: Sequence[str], embedder: Embedder
) -> tuple[list[Parsed], npt.NDArray[np.float64], list[npt.NDArray[np.float32]]]:
    """Parse and embed many accounts at once (one encoder run per account).

    Returns the parsed accounts, the feature matrix (one row per text) and, per account,
    its unit embeddings (for explanations).
    """
    parsed = [parse(t) for t in texts]
    members = [encoder_parts(p) for p in parsed]
    unit_text_lists = [unit_texts(p) for p in parsed]
    embedded = embedder.embed_accounts(
        [
            [[texts_of[i] for i in part] for part in parts]
            for parts, texts_of in zip(members, unit_text_lists, strict=True)
        ]
    )
    per_account: list[npt.NDArray[np.float32]] = []
    for parts, matrices in zip(members, embedded, strict=True):
        vectors = np.zeros((sum(len(part) for part in parts), embedder.dim), dtype=np.float32)
        for part, part_vectors in zip(parts, matrices, strict=True):
            vectors[part] = part_vectors
        per_account.append(vectors)
    matrix = (
        np.stack([vector(p, e) for p, e in zip(parsed, per_account, strict=True)])
        if parsed
        else np.zeros((0, N_FEATURES))
    )
    return parsed, matrix, per_account
