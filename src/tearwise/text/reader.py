"""The narrative reader: account text in, a :class:`NarrativeReading` out.

It joins the parts: clauses and negation marks (units.py), embeddings (embedder.py), the
calibrated head (head.py) and the red-flag layers (the patterns of flags.py and the clause
layer of clause_flags.py, OR-ed with the learned flag scores). It also turns probabilities
into evidence the engine can weigh: for each cause the reading changes, one finding with
the clause that pushed it most, weighing ``logit(p) - logit(prior)`` natural log-odds,
capped, so the story shifts beliefs as much as it says over the prior, and no more.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final

import numpy as np
import numpy.typing as npt

from tearwise.app.narrative import NarrativeFinding, NarrativeReading
from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, CauseId, FlagId
from tearwise.text.clause_flags import ClauseFlags
from tearwise.text.constants import (
    CONSENT_HEAD_ALONE_WITHOUT_FIELD_MIN,
    FLAG_WITH_CAUSE,
    HEAD_ALONE_MIN_CLAUSES,
    MAX_EVIDENCE_WEIGHT,
    MIN_EVIDENCE_WEIGHT,
    PROB_EPS,
    TRAUMA_HEAD_ALONE_WITHOUT_FIELD_MIN,
    WANTED_PAIN_HEAD_MAX_CLAUSES,
)
from tearwise.text.embedder import Embedder
from tearwise.text.features import N_FEATURES, Parsed, featurize, left_out_vectors, unit_texts
from tearwise.text.flags import (
    consent_respected,
    consent_said_somehow,
    pain_over,
    pain_said_wanted,
    trauma_denied,
    trauma_said_somehow,
)
from tearwise.text.head import Head
from tearwise.text.language import reads_as_english, says_nothing, says_too_little
from tearwise.text.training import N_CAUSES, decide_labels

_CAUSE_WORDS: dict[CauseId, str] = {
    "emotional_catharsis": "letting out built-up feelings",
    "orgasm": "tears that come with orgasm",
    "neurological": "a body reaction without sadness",
    "unresolved_trauma": "past hurt coming back",
    "physical_pain": "pain during sex",
    "shame": "guilt or shame about sex",
    "other": "another reason",
}


#: Shown (and written by ``tearwise classify``) when an account could not be read.
NOT_ENGLISH: Final = (
    "These words do not read as English, the only language tearwise can read, so no cause was taken from them."
)
#: Shown (and written by ``tearwise classify``) when a text says too little to read a cause from.
TOO_LITTLE: Final = "These few words do not say what happened yet, so no cause was taken from them."


def logit(p: float) -> float:
    p = min(max(p, PROB_EPS), 1 - PROB_EPS)
    return math.log(p / (1 - p))


class TextReader:
    """Reads accounts with a given embedder, head and clause flag layer (all injectable for tests)."""

    def __init__(
        self,
        embedder: Embedder,
        head: Head,
        priors: Mapping[CauseId, float],
        clause_flags: ClauseFlags | None = None,
    ) -> None:
        self.embedder = embedder
        self.head = head
        self.priors = dict(priors)
        self.clause_flags = clause_flags

    def read(self, text: str) -> NarrativeReading:
        return self.read_many([text])[0]

    def read_many(self, texts: Sequence[str]) -> list[NarrativeReading]:
        """Readings for many accounts: the encoder runs per account, the head once for all."""
        if not texts:
            return []
        parsed, x, unit_vectors = featurize(texts, self.embedder)
        z = self.head.logits(x)
        p = self.head.calibrate(z)
        labels = decide_labels(p, self.head.thresholds)
        scores = self._unit_scores(parsed, unit_vectors, x, z)
        by_clause = (
            self.clause_flags.raised_many(
                [v[: len(a.units)] for a, v in zip(parsed, unit_vectors, strict=True)],
                [unit_texts(a) for a in parsed],
            )
            if self.clause_flags is not None
            else [{} for _ in parsed]
        )
        readings = [self._reading(parsed[i], p[i], labels[i], scores[i], by_clause[i]) for i in range(len(texts))]
        return [self._checked(t, a, r) for t, a, r in zip(texts, parsed, readings, strict=True)]

    def _checked(self, text: str, parsed: Parsed, reading: NarrativeReading) -> NarrativeReading:
        """The reading, or what is left of it when no cause can be taken from the words."""
        if not reads_as_english(text):
            # emoji, digits or punctuation only say too little; letters of any script are a language
            return self._unread(reading, NOT_ENGLISH if any(c.isalpha() for c in text) else TOO_LITTLE)
        has_cues = bool(parsed.hits or parsed.lexical_flags)
        if not has_cues and says_nothing(text):
            # Greetings, "ok", "why", "what do I do", keyboard mash: the learned layers' flags
            # are noise here (language.says_nothing), and no pattern fired.
            reading = replace(reading, flags=dict.fromkeys(FLAG_IDS, False), flag_sentences={})
            return self._unread(reading, TOO_LITTLE)
        if says_too_little(text, has_cues):
            return self._unread(reading, TOO_LITTLE)
        return reading

    def _unread(self, reading: NarrativeReading, notice: str) -> NarrativeReading:
        """What is left of a reading whose words give no cause: the flags (never lowered),
        the priors as causes, ``other`` as the label (no reason we could read) and the notice."""
        return NarrativeReading(
            probabilities={c: float(self.priors.get(c, 0.2)) for c in CAUSE_IDS},
            labels=("other",),
            flags=reading.flags,
            findings=(),
            flag_sentences=reading.flag_sentences,
            notice=notice,
        )

    def _reading(
        self,
        parsed: Parsed,
        p: npt.NDArray[np.float64],
        labels: npt.NDArray[np.bool_],
        scores: npt.NDArray[np.float64],
        by_clause: Mapping[FlagId, int],
    ) -> NarrativeReading:
        probabilities = {c: float(p[j]) for j, c in enumerate(CAUSE_IDS)}
        chosen = tuple(c for j, c in enumerate(CAUSE_IDS) if labels[j])
        flags: dict[FlagId, bool] = {}
        flag_sentences: dict[FlagId, str] = {}
        # Three layers, OR-ed: the patterns, the clause layer (``by_clause``) and the head's
        # learned score, which counts for some flags only on accounts long enough to need it;
        # then a cause label that the guide ties to a flag (``FLAG_WITH_CAUSE``). A pattern hit
        # of rules that read the flag from circumstance only (``parsed.leaning_flags``) counts
        # when another layer agrees.
        for i, flag in enumerate(FLAG_IDS):
            j = N_CAUSES + i
            lexical = parsed.lexical_flags.get(flag)
            learned = bool(p[j] >= self.head.thresholds[j]) and self._head_may_raise(
                flag, parsed, lexical, by_clause, float(p[j])
            )
            stated = lexical is not None and flag not in parsed.leaning_flags
            flags[flag] = learned or stated or flag in by_clause
            if lexical is not None and flags[flag]:
                flag_sentences[flag] = lexical
            elif flag in by_clause:
                flag_sentences[flag] = parsed.units[by_clause[flag]].text
            elif learned and parsed.units:
                flag_sentences[flag] = parsed.units[int(np.argmax(scores[:, j]))].text
            cause = FLAG_WITH_CAUSE.get(flag)
            if cause is not None and cause in chosen and not flags[flag]:
                flags[flag] = True
                if parsed.units:
                    flag_sentences[flag] = parsed.units[int(np.argmax(scores[:, CAUSE_IDS.index(cause)]))].text
        findings = self._findings(parsed, probabilities, chosen, scores)
        return NarrativeReading(probabilities, chosen, flags, findings, flag_sentences)

    @staticmethod
    def _head_may_raise(
        flag: FlagId, parsed: Parsed, lexical: str | None, by_clause: Mapping[FlagId, int], score: float
    ) -> bool:
        """Whether the head's score may raise ``flag`` on its own here: some flags it raises only
        on accounts long enough to need it, not unwanted pain on a short account that says the
        pain was wanted, nor on any account that says the pain is over now (``flags.PAIN_OVER``:
        the score rises with every pain word of a recovery story), not a trauma trigger where
        the account says outright that this was not the past coming back, or where the score is
        weak and the account holds no word of the field a trigger is told in
        (``flags.trauma_said_somehow``), and not a consent concern where a stop was honoured at
        once with no pressure told, or where the score is weak and the account holds no word of
        the field consent is told in (``flags.consent_said_somehow``; ``constants.py``,
        ``flags.TRAUMA_DENIED`` and ``flags._STOP_HONOURED`` have the counts)."""
        n = len(parsed.units)
        if n < HEAD_ALONE_MIN_CLAUSES.get(flag, 0):
            return False
        if lexical is not None or flag in by_clause:
            return True
        said = " ".join(unit.text for unit in parsed.units)
        if flag == "trauma_trigger":
            told = score >= TRAUMA_HEAD_ALONE_WITHOUT_FIELD_MIN or trauma_said_somehow(said)
            return told and not trauma_denied(said)
        if flag == "consent_concern":
            told = score >= CONSENT_HEAD_ALONE_WITHOUT_FIELD_MIN or consent_said_somehow(said)
            return told and not consent_respected(said)
        if flag != "unwanted_pain":
            return True
        return not pain_over(said) and (n > WANTED_PAIN_HEAD_MAX_CLAUSES or not pain_said_wanted(said))

    def _unit_scores(
        self,
        parsed: Sequence[Parsed],
        unit_vectors: Sequence[npt.NDArray[np.float32]],
        x: npt.NDArray[np.float64],
        full: npt.NDArray[np.float64],
    ) -> list[npt.NDArray[np.float64]]:
        """Per account, units x outputs: how far each clause moves each output, by leaving it out.

        The head is not linear, so a clause's push is measured the plain way: the logit with
        the whole account (``full``, from the feature rows ``x``) minus the logit without that
        clause (its embedding and its cue words). Only the small head runs again, once for
        every clause of every account, never the encoder.
        """
        rows = [
            left_out_vectors(account, vectors, x[i])
            for i, (account, vectors) in enumerate(zip(parsed, unit_vectors, strict=True))
        ]
        left_out = self.head.push_logits(np.concatenate(rows, axis=0).reshape(-1, N_FEATURES))
        out: list[npt.NDArray[np.float64]] = []
        start = 0
        for i, account in enumerate(parsed):
            n = len(account.units)
            out.append(np.asarray(full[i] - left_out[start : start + n], dtype=np.float64))
            start += n
        return out

    def _findings(
        self,
        parsed: Parsed,
        probabilities: Mapping[CauseId, float],
        labels: tuple[CauseId, ...],
        scores: npt.NDArray[np.float64],
    ) -> tuple[NarrativeFinding, ...]:
        findings: list[NarrativeFinding] = []
        negated_units = {h.cause: h.unit for h in parsed.hits if h.negated and not h.aside}
        for j, cause in enumerate(CAUSE_IDS):
            prior = self.priors.get(cause, 0.2)
            weight = max(-MAX_EVIDENCE_WEIGHT, min(MAX_EVIDENCE_WEIGHT, logit(probabilities[cause]) - logit(prior)))
            if not parsed.units or abs(weight) < MIN_EVIDENCE_WEIGHT:
                continue
            name = _CAUSE_WORDS[cause]
            if cause in labels and weight > 0:
                sentence = parsed.units[int(np.argmax(scores[:, j]))].text
                why = f"Your words point to {name}."
            elif weight < 0 and cause in negated_units:
                sentence = parsed.units[negated_units[cause]].text
                why = f"You said this was not part of it, which makes {name} less likely."
            else:
                continue
            findings.append(NarrativeFinding(cause, round(weight, 3), sentence, why))
        findings.sort(key=lambda f: -abs(f.weight))
        return tuple(findings)
