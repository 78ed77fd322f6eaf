"""Reproduce the classifier head (src/tearwise/text/model/head.npz) from data/accounts.

    python scripts/train_classifier.py [--cache FILE]

Writes the split id lists to data/splits/, then two heads and two clause red-flag layers,
each tuned by leave-one-style-out (grouped by style; see tearwise.text.data) and then fitted once:

- model/head_eval.npz and model/clause_flags_eval.npz from train + dev only: ``make eval``
  scores them on the untouched test split;
- model/head.npz and model/clause_flags.npz from every account: what tearwise ships, because
  more (and more varied) writing generalises better to real accounts. Their figures come from
  the evaluation files.

Each head file holds two halves (``head.merge_heads``): the red-flag outputs of a head fitted on
the accounts, and the cause outputs of a second head fitted on the same accounts plus the short
texts of data/short, tuned over ``CAUSE_FOLDS`` groups of styles. ``--causes-only`` refits only
the cause halves and keeps each file's flag half exactly as it is, so no red flag can move.

Each file gets a .sha256 file. Deterministic: the same data gives the same files.
``--clause-only`` refits only the clause layers (the heads stay as they are). Both clause layers
also learn from the span-marked records of data/sideways and the sentences of data/clauses.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np

from tearwise.knowledge.ids import CAUSE_IDS
from tearwise.text import clause_flags
from tearwise.text.constants import ENCODER_SHA256
from tearwise.text.data import Account, load_default, load_flag_sentences, load_short, load_sideways
from tearwise.text.embedder import Matrix, OnnxEmbedder
from tearwise.text.features import featurize, unit_texts
from tearwise.text.head import EVAL_HEAD_PATH, HEAD_PATH, OUTPUTS, Head, load_head, merge_heads
from tearwise.text.training import CAUSE_FOLDS, train
from tearwise.text.units import fold


class CachingEmbedder:
    """The real encoder with a file cache of clause vectors per account (re-runs skip the encoder)."""

    dim = 384

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self.known: dict[str, Matrix] = {}
        self._inner: OnnxEmbedder | None = None
        if cache is not None and cache.is_file():
            with np.load(cache) as npz:
                if str(npz["encoder"]) == ENCODER_SHA256:
                    self.known = dict(zip(npz["keys"].tolist(), np.split(npz["vectors"], npz["cuts"]), strict=True))

    def _encoder(self) -> OnnxEmbedder:
        if self._inner is None:
            self._inner = OnnxEmbedder()
        return self._inner

    def embed(self, texts: Sequence[str]) -> Matrix:
        return self._encoder().embed(texts)

    def embed_accounts(self, accounts: Sequence[Sequence[Sequence[str]]]) -> list[list[Matrix]]:
        # One key per account: its parts share an encoder run, so a part's vectors depend on the others.
        keys = ["\x1e".join("\x1f".join(part) for part in parts) for parts in accounts]
        missing = sorted({k for k in keys if k not in self.known})
        if missing:
            fresh = self._encoder().embed_accounts([[p.split("\x1f") for p in k.split("\x1e")] for k in missing])
            self.known.update(zip(missing, (np.concatenate(parts) for parts in fresh), strict=True))
            if self.cache is not None:
                names = list(self.known)
                cuts = np.cumsum([len(self.known[k]) for k in names])[:-1]
                np.savez(
                    self.cache,
                    encoder=np.array(ENCODER_SHA256),
                    keys=np.array(names),
                    vectors=np.concatenate([self.known[k] for k in names]),
                    cuts=cuts,
                )
        out: list[list[Matrix]] = []
        for parts, key in zip(accounts, keys, strict=True):
            cuts = np.cumsum([len(part) for part in parts])[:-1]
            out.append(np.split(self.known[key], cuts))
        return out


def write_split_files(accounts: list[Account]) -> None:
    """data/splits/{train,dev,test}.txt: the ids of each split (the rule lives in tearwise.text.data)."""
    folder = Path(__file__).resolve().parent.parent / "data" / "splits"
    folder.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        ids = sorted(a.id for a in accounts if a.split == split)
        (folder / f"{split}.txt").write_text("".join(f"{i}\n" for i in ids), encoding="utf-8")


def report(label: str, tuned: object, n: int, part: str, figures: bool = True) -> None:
    """The tuning's figures and thresholds for the half of the head that is kept from it
    (``part``: "causes" or "flags")."""
    print(f"{label}, {part}: trained on {n} accounts, l2={tuned.l2}")  # type: ignore[attr-defined]
    causes = part == "causes"
    for key, value in tuned.report.items() if figures else ():  # type: ignore[attr-defined]
        if key.startswith("logloss") or key.startswith(("oof_f1_", "oof_macro")) == causes:
            print(f"  {key:36s} {value:.3f}")
    kept = OUTPUTS[: len(CAUSE_IDS)] if causes else OUTPUTS[len(CAUSE_IDS) :]
    thresholds = dict(zip(OUTPUTS, tuned.head.thresholds.round(2).tolist(), strict=True))  # type: ignore[attr-defined]
    print("  thresholds", {k: thresholds[k] for k in kept})


def with_cause_half(
    label: str, flag_head: Head, accounts: list[Account], embedder: CachingEmbedder, out: Path, figures: bool
) -> None:
    """Fit the cause head on ``accounts`` and the short texts, merge it with ``flag_head``'s
    red-flag half and write the result to ``out``."""
    texts = accounts + load_short()
    _, x, _ = featurize([a.text for a in texts], embedder)
    tuned = train(x, texts, folds=CAUSE_FOLDS)
    report(label, tuned, len(texts), "causes", figures)
    digest = merge_heads(flag_head, tuned.head).save(out)
    print(f"  wrote {out} (sha256 {digest}): flag half kept, cause half refitted")


def clause_extra(embedder: CachingEmbedder) -> clause_flags.Examples:
    """The clause layer's rows that belong to no account: the span-marked records of
    data/sideways (read clause by clause, as the reader reads an account) and the labelled
    sentences of data/clauses (each read whole)."""
    records = load_sideways()
    parsed, _, vectors = featurize([r.text for r in records], embedder)
    spans = clause_flags.span_examples(
        [unit_texts(p)[: len(v)] for p, v in zip(parsed, vectors, strict=True)],
        vectors,
        [r.spans for r in records],
        [r.self_harm for r in records],
    )
    sentences = load_flag_sentences()
    folded = [fold(s.text) for s in sentences]
    embedded = embedder.embed_accounts([[[t]] for t in folded])
    truth = [s.safety[clause_flags.CLAUSE_FLAG] for s in sentences]
    labelled = clause_flags.sentence_examples(np.concatenate([parts[0] for parts in embedded]), folded, truth)
    print(f"  rows outside the accounts: {len(spans)} from {len(records)} sideways records, {len(labelled)} sentences")
    return clause_flags.joined(spans, labelled)


def fit_clause_layer(
    label: str, accounts: list[Account], embedder: CachingEmbedder, extra: clause_flags.Examples, out: Path
) -> None:
    """The clause red-flag layer for ``accounts`` and the ``extra`` rows (``clause_extra``),
    its threshold out of fold by style (clause_flags.py)."""
    parsed, _, vectors = featurize([a.text for a in accounts], embedder)
    truth = np.array([a.safety[clause_flags.CLAUSE_FLAG] for a in accounts], dtype=bool)
    texts = [unit_texts(p)[: len(v)] for p, v in zip(parsed, vectors, strict=True)]
    layer, figures = clause_flags.train(texts, vectors, truth, [a.style for a in accounts], extra)
    digest = layer.save(out)
    print(f"{label}: trained on {len(accounts)} accounts")
    for key, value in figures.items():
        print(f"  {key:36s} {value:.3f}")
    print(f"  threshold {layer.threshold:.3f}")
    print(f"  wrote {out} (sha256 {digest})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="feature cache file (speeds up re-runs)")
    parser.add_argument("--eval-only", action="store_true", help="fit only the evaluation head (train + dev)")
    parser.add_argument("--shipped-only", action="store_true", help="fit only the shipped head (every account)")
    parser.add_argument("--clause-only", action="store_true", help="fit only the clause red-flag layers")
    parser.add_argument(
        "--causes-only", action="store_true", help="refit only the heads' cause halves (every red flag stays as it is)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    everything = load_default()
    write_split_files(everything)
    embedder = CachingEmbedder(args.cache)
    tuning = [a for a in everything if a.split != "test"]
    if args.causes_only:
        if not args.shipped_only:
            with_cause_half("evaluation head", load_head(EVAL_HEAD_PATH), tuning, embedder, EVAL_HEAD_PATH, True)
        if not args.eval_only:
            with_cause_half("shipped head", load_head(HEAD_PATH), everything, embedder, HEAD_PATH, False)
        print(f"done in {time.perf_counter() - started:.1f} s")
        return
    extra = clause_extra(embedder)  # the same rows join both clause layers
    if not args.shipped_only:
        fit_clause_layer(
            "clause layer for evaluation (train + dev)", tuning, embedder, extra, clause_flags.EVAL_CLAUSE_PATH
        )
    if not args.eval_only:
        fit_clause_layer("shipped clause layer (all splits)", everything, embedder, extra, clause_flags.CLAUSE_PATH)
    if args.clause_only:
        print(f"done in {time.perf_counter() - started:.1f} s")
        return
    # 1. The evaluation head: train + dev only, so make eval scores it on untouched test data.
    if not args.shipped_only:
        _, x, _ = featurize([a.text for a in tuning], embedder)
        tuned = train(x, tuning)
        report("evaluation head (train + dev)", tuned, len(tuning), "flags")
        with_cause_half("evaluation head (train + dev)", tuned.head, tuning, embedder, EVAL_HEAD_PATH, True)
    # 2. The shipped head: every account, tuned the same way (one fold per style, all styles).
    #    Its out-of-fold figures are not printed: their folds include the test styles.
    if not args.eval_only:
        _, x_all, _ = featurize([a.text for a in everything], embedder)
        shipped = train(x_all, everything)
        report("shipped head (all splits)", shipped, len(everything), "flags", figures=False)
        with_cause_half("shipped head (all splits)", shipped.head, everything, embedder, HEAD_PATH, False)
    print(f"done in {time.perf_counter() - started:.1f} s")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
