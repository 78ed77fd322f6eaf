"""Every number and pinned file of the narrative reader, in one place.

Thresholds chosen by training live in the head file (``model/head.npz``), next to the
weights they belong to; this module holds what is fixed by hand and why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # the knowledge package costs a tenth of a second to import, for type names
    from tearwise.knowledge.ids import CauseId, FlagId

#: sha256 of the packaged files. A mismatch means a broken or tampered install.
TOKENIZER_SHA256: Final = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
ONNX_SHA256: Final = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: The encoder derived from it on this machine (prepare.py); deterministic for the pinned
#: onnx 1.23.2 and onnxruntime 1.32.0.
ENCODER_SHA256: Final = "ea50b6bde633caa216443105cdb8c0bee76921b0f15c4b0506550b7d85732683"

#: MiniLM was trained with 256-token inputs. An account is read in windows of whole clauses
#: of at most this many tokens (with [CLS] and [SEP]); a single longer clause is cut.
MAX_TOKENS: Final = 256
#: Most tokens in one encoder run: the windows of one account (its stated and its denied
#: clauses) share a run while they fit, so a typical account costs one run.
RUN_TOKENS: Final = 2 * MAX_TOKENS
#: The inputs prepare.py opens in the encoder graph, besides the token ids and token types.
BIAS_INPUT: Final = "attention_bias"
POSITIONS_INPUT: Final = "position_ids"
#: Token ids the window needs around the clauses (BERT's [CLS] and [SEP] in MiniLM's vocabulary).
CLS_ID: Final = 101
SEP_ID: Final = 102
#: ONNX Runtime threads per session (the machine target has 2 cores).
ORT_THREADS: Final = 2
EMBED_DIM: Final = 384

#: Longest unit (sentence or clause) we embed, in characters; longer ones are split on spaces.
MAX_UNIT_CHARS: Final = 600
#: Most units read from one account; the rest of a very long account is still scanned for
#: red flags by the lexical layer, but not embedded (keeps one account's cost bounded).
MAX_UNITS: Final = 48

#: Narrative evidence handed to the engine is capped (natural log-odds), so a story can
#: move a belief a lot but never settle it against the user's own answers.
MAX_EVIDENCE_WEIGHT: Final = 2.5
#: A cause whose evidence weight is smaller than this is not handed to the engine.
MIN_EVIDENCE_WEIGHT: Final = 0.15
#: Probabilities are kept away from 0 and 1 before taking log-odds.
PROB_EPS: Final = 1e-4

#: Fewest clauses an account needs before the head's learned score *alone* may raise a flag.
#: On one or two clauses the clause layer and the patterns read every clause the head reads,
#: and the head's self-harm score there was noise: over the project's 9,160 labelled texts
#: (accounts of every split, short texts, parked and probe files) it alone raised
#: ``self_harm`` on an account that short 22 times with the shipped model and 9 with the
#: evaluation one, every one false ("I feel lonely after sex", crisis triage), and never a true
#: one; 29 short self-harm statements written to check it are all caught by the other two
#: layers (tests/text/test_classifier.py; docs/classifier.md, "Eighteenth session"). The other
#: flags keep the head on short accounts: there it catches true trauma, consent and pain flags
#: that nothing else does.
HEAD_ALONE_MIN_CLAUSES: Final[dict[FlagId, int]] = {"self_harm": 3}
#: On an account of at most this many clauses that says the pain was wanted ("rough how I asked,
#: it stung, good tears"; ``flags.pain_said_wanted``), the head's score alone does not raise
#: ``unwanted_pain``: the guide makes wanted pain in play ``physical_pain`` without the flag, and
#: the patterns already hold back there. Over the project's readable texts (train, dev, short
#: texts, dev probes, parked) the head alone raised the flag on such short accounts 21 times
#: with the evaluation model and 7 with the shipped one, every one false; the one true flag it
#: raised on an account that says so came in a long post (nineteenth session).
WANTED_PAIN_HEAD_MAX_CLAUSES: Final = 4
#: Below this score, the head's trauma score alone does not raise ``trauma_trigger`` on an account
#: that holds no word of the field a trigger is told in (``flags.trauma_said_somehow``: no harm, no
#: reaction, nothing of the past, no sense that brings it back). Twenty-sixth session, over every
#: project text: the head alone raised the flag on 108 such accounts below 0.5 with the evaluation
#: model (15 of the test split, 13 held out) and on 88 with the shipped one, every one false, and
#: on no account with a true flag at any score; most of them tell stress, strong feeling or a body
#: at its limit. A score of 0.5 or more still raises the flag alone, so a plain account the head reads
#: with confidence is not held back by the word list.
TRAUMA_HEAD_ALONE_WITHOUT_FIELD_MIN: Final = 0.5
#: The same for ``consent_concern`` (``flags.consent_said_somehow``: no no or stop, no pressure, no
#: fear, drink or sleep, nothing unclear). Twenty-ninth session, chosen on the readable texts: below
#: 0.5 the head alone raised the flag on 23 such accounts with the evaluation model and 29 with the
#: shipped one, every one false (sadness, loneliness, self-harm told with no word of consent), and on
#: no account with a true flag; docs/classifier.md has the held-out counts.
CONSENT_HEAD_ALONE_WITHOUT_FIELD_MIN: Final = 0.5

#: A flag raised whenever the reader labels this cause: the labelling guide makes them one
#: finding ("past abuse or trauma resurfacing" is the cause, "past trauma is being triggered
#: now" the flag), so a reading that names the cause and not the flag contradicts itself. It
#: only ever adds a flag, never lowers one (docs/classifier.md, "Eighteenth session").
FLAG_WITH_CAUSE: Final[dict[FlagId, CauseId]] = {"trauma_trigger": "unresolved_trauma"}

#: Rows per chunk in batch classification (deps.md: chunk >= 500 for process pools and Dask).
CHUNK_ROWS: Final = 512
#: Inputs with at least this many lines get a progress bar even when stderr is not a terminal.
PROGRESS_MIN_ROWS: Final = 2000
