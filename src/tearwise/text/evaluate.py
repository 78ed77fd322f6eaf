"""``make eval``: the classifier on the held-out test split, beside two baselines.

    python -m tearwise.text.evaluate [--split test|dev|train] [--round 1-9]
    python -m tearwise.text.evaluate --probes

Prints per-cause precision / recall / F1, macro-F1 over the six causes, and per-flag
recall / precision, for: the tearwise reader, a keyword lexicon, and zero-shot embedding
similarity to the cause descriptions, all in the same run on the same accounts. The test
split holds writing styles, and writers, that training never saw (see tearwise.text.data).
``--probes`` prints the flag table alone for the short probe accounts of ``data/probes``, in
two groups: the ones read to write patterns (dev) and the ones never read (held out).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Final

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np
import numpy.typing as npt

from tearwise.knowledge.ids import CAUSE_IDS, FLAG_IDS, SIX_CAUSES, FlagId
from tearwise.text.data import TEST_ROUNDS, Account, Probe, load_default, load_probes
from tearwise.text.embedder import Embedder
from tearwise.text.lexicon import keyword_labels

Bools = npt.NDArray[np.bool_]

#: Descriptions for the zero-shot baseline, in the project's own words (after labelling.md).
DESCRIPTIONS: Final[dict[str, str]] = {
    "emotional_catharsis": "Crying during sex to release pent-up emotion or stress, feeling overwhelmed, safe, "
    "loved, close or joyful.",
    "orgasm": "Tears that come at or right after orgasm, with the climax and its release.",
    "neurological": "Eyes just water during sex as a physical reflex, with no sadness or emotion behind it.",
    "unresolved_trauma": "Past abuse or assault coming back during sex: a trigger, a flashback, dissociation.",
    "physical_pain": "Sex hurts and the pain brings tears: painful penetration, dryness, soreness.",
    "shame": "Feeling guilty, dirty, sinful or ashamed about sex, religious guilt, regret and self-disgust.",
    "other": "Crying after sex from loneliness, depression or relationship trouble.",
    "unwanted_pain": "Sex hurt and the person did not want the pain or put up with it to please the partner.",
    "trauma_trigger": "Something during sex triggered a memory of past abuse, a flashback.",
    "consent_concern": "The sex was not freely wanted: pressure, coercion, giving in, assault, saying no.",
    "self_harm": "Thoughts of suicide, self-harm, cutting, not wanting to be alive.",
}
_KEYWORD_FLAGS: Final[dict[FlagId, tuple[str, ...]]] = {
    "unwanted_pain": ("hurt", "pain", "painful"),
    "trauma_trigger": ("flashback", "trigger", "trauma", "abuse"),
    "consent_concern": ("forced", "pressure", "didn't want", "said no", "said stop", "consent"),
    "self_harm": ("suicid", "kill myself", "self-harm", "self harm", "cutting", "die"),
}
ZERO_SHOT_FLAG_THRESHOLD: Final = 0.35
ZERO_SHOT_MARGIN: Final = 0.05


def prf(truth: Bools, pred: Bools) -> tuple[float, float, float]:
    tp = float(np.sum(truth & pred))
    fp = float(np.sum(~truth & pred))
    fn = float(np.sum(truth & ~pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def truth_of(accounts: Sequence[Account]) -> tuple[Bools, Bools]:
    causes = np.array([[c in a.labels for c in CAUSE_IDS] for a in accounts], dtype=bool)
    flags = np.array([[a.safety[f] for f in FLAG_IDS] for a in accounts], dtype=bool)
    return causes, flags


def keyword_baseline(texts: Sequence[str]) -> tuple[Bools, Bools]:
    causes = np.array([[c in keyword_labels(t) for c in CAUSE_IDS] for t in texts], dtype=bool)
    flags = np.array([[any(k in t.lower() for k in _KEYWORD_FLAGS[f]) for f in FLAG_IDS] for t in texts], dtype=bool)
    return causes, flags


def zero_shot_baseline(texts: Sequence[str], embedder: Embedder) -> tuple[Bools, Bools]:
    names = [*CAUSE_IDS, *FLAG_IDS]
    anchors = embedder.embed([DESCRIPTIONS[n] for n in names])
    docs = embedder.embed(list(texts))
    sims = docs @ anchors.T
    cause_sims = sims[:, : len(CAUSE_IDS)]
    causes = cause_sims >= cause_sims.max(axis=1, keepdims=True) - ZERO_SHOT_MARGIN
    flags = sims[:, len(CAUSE_IDS) :] >= ZERO_SHOT_FLAG_THRESHOLD
    return np.asarray(causes), np.asarray(flags)


def reader_predictions(texts: Sequence[str], embedder: Embedder) -> tuple[Bools, Bools]:
    """The evaluation head and clause layer (never fitted on test), not the shipped ones (fitted on everything)."""
    from tearwise.text import build_reader
    from tearwise.text.clause_flags import EVAL_CLAUSE_PATH
    from tearwise.text.head import EVAL_HEAD_PATH

    readings = build_reader(embedder, EVAL_HEAD_PATH, EVAL_CLAUSE_PATH).read_many(list(texts))
    causes = np.array([[c in r.labels for c in CAUSE_IDS] for r in readings], dtype=bool)
    flags = np.array([[r.flags[f] for f in FLAG_IDS] for r in readings], dtype=bool)
    return causes, flags


def report(systems: dict[str, tuple[Bools, Bools]], truth: tuple[Bools, Bools], out: list[str]) -> dict[str, float]:
    """Append the side-by-side tables to ``out``; return the headline figures of each system."""
    names = list(systems)
    head = f"{'cause':22s}" + "".join(f"{n:>24s}" for n in names)
    out.append(head)
    out.append(f"{'':22s}" + "".join(f"{'P    R    F1':>24s}" for _ in names))
    headline: dict[str, float] = {}
    macro: dict[str, list[float]] = {n: [] for n in names}
    for j, cause in enumerate(CAUSE_IDS):
        row = f"{cause:22s}"
        for n in names:
            p, r, f = prf(truth[0][:, j], systems[n][0][:, j])
            row += f"{p:>14.2f}{r:>5.2f}{f:>5.2f}"
            if cause in SIX_CAUSES:
                macro[n].append(f)
        out.append(row)
    row = f"{'macro-F1 (six causes)':22s}"
    for n in names:
        headline[f"{n}:macro_f1"] = float(np.mean(macro[n]))
        row += f"{'':>14s}{'':>5s}{np.mean(macro[n]):>5.2f}"
    out.append(row)
    out.append("")
    out.append(f"{'red flag':22s}" + "".join(f"{n:>24s}" for n in names))
    out.append(f"{'':22s}" + "".join(f"{'n  recall precision':>24s}" for _ in names))
    for i, flag in enumerate(FLAG_IDS):
        row = f"{flag:22s}"
        for n in names:
            p, r, _ = prf(truth[1][:, i], systems[n][1][:, i])
            row += f"{int(truth[1][:, i].sum()):>9d}{r:>7.2f}{p:>8.2f}"
            headline[f"{n}:{flag}:recall"] = r
            headline[f"{n}:{flag}:precision"] = p
        out.append(row)
    return headline


def systems_for(texts: Sequence[str]) -> dict[str, tuple[Bools, Bools]]:
    """Causes and flags predicted by tearwise and by both baselines, in the same run."""
    from tearwise.text.embedder import OnnxEmbedder

    embedder = OnnxEmbedder()
    return {
        "tearwise": reader_predictions(texts, embedder),
        "keyword lexicon": keyword_baseline(texts),
        "zero-shot similarity": zero_shot_baseline(texts, embedder),
    }


def probe_report(probes: Sequence[Probe], systems: dict[str, Bools], out: list[str]) -> None:
    """Append the flag table (each flag over the probes that judged it) for the dev probes
    together, then for each held-out file alone: each was written at another time, and a
    figure on one must not hide behind the other."""
    names = list(systems)
    held_out = sorted({p.source for p in probes if p.group != "dev"})
    for title, wanted in [("dev", "dev"), *[(name, name) for name in held_out]]:
        rows = [i for i, probe in enumerate(probes) if wanted in (probe.group, probe.source)]
        if not rows:
            continue
        out.append(f"probes: {title} ({len(rows)})")
        out.append(f"{'red flag':22s}" + "".join(f"{n:>24s}" for n in names))
        out.append(f"{'':22s}" + "".join(f"{'n  recall precision':>24s}" for _ in names))
        for i, flag in enumerate(FLAG_IDS):
            judged = [j for j in rows if flag in probes[j].safety]
            if not judged:
                continue
            truth = np.array([probes[j].safety[flag] for j in judged], dtype=bool)
            row = f"{flag:22s}"
            for n in names:
                p, r, _ = prf(truth, systems[n][judged, i])
                row += f"{int(truth.sum()):>9d}{r:>7.2f}{p:>8.2f}"
            out.append(row)
        out.append("")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tearwise.text.evaluate", description="Evaluate the narrative reader."
    )
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    parser.add_argument(
        "--round", choices=sorted(TEST_ROUNDS), default=None, help="only the held-out styles of one writing round"
    )
    parser.add_argument("--probes", action="store_true", help="the flag table for data/probes instead")
    args = parser.parse_args(argv)
    if args.probes:
        probes = load_probes()
        flag_systems = {name: flags for name, (_, flags) in systems_for([p.text for p in probes]).items()}
        lines: list[str] = []
        probe_report(probes, flag_systems, lines)
        print("\n".join(lines))
        return

    accounts = [a for a in load_default() if a.split == args.split]
    if args.round is not None:
        accounts = [a for a in accounts if a.style in TEST_ROUNDS[args.round]]
    if not accounts:
        sys.stderr.write("tearwise: no accounts to evaluate in that selection\n")
        raise SystemExit(2)
    styles = sorted({a.style for a in accounts})
    systems = systems_for([a.text for a in accounts])
    lines = [
        f"split: {args.split}{f' (round {args.round})' if args.round else ''}: {len(accounts)} accounts, "
        f"styles {', '.join(styles)}",
        "",
    ]
    report(systems, truth_of(accounts), lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
