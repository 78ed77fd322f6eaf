"""Patterns over time in a person's episodes: pure counting, no I/O.

Small numbers are treated honestly: every share carries a 95% Wilson score interval, and
below :data:`MIN_EPISODES_FOR_PATTERNS` episodes nothing is called a pattern; the counts
are shown as counts, with a line that says why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from tearwise.journal.records import Episode
from tearwise.journal.settings import MIN_EPISODES_FOR_PATTERNS, TOP_ITEMS, WILSON_Z

TIMING_WORDS = {
    "during": "during sex",
    "at_orgasm": "at orgasm",
    "right_after": "right after",
    "later": "later on",
}
PAIN_WORDS = {
    "none": "no pain",
    "wanted": "pain you wanted",
    "unwanted": "pain you did not want",
    "unsure": "not sure about pain",
}
RECENT_DAYS = 90


@dataclass(frozen=True, slots=True)
class Share:
    """``count`` of ``n`` episodes, with a 95% Wilson interval for the proportion."""

    label: str
    count: int
    n: int

    @property
    def proportion(self) -> float:
        return self.count / self.n if self.n else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        return wilson_interval(self.count, self.n)


@dataclass(frozen=True, slots=True)
class Patterns:
    total: int
    enough: bool
    #: One honest line about how much these numbers can say.
    caveat: str
    first: dt.date | None
    last: dt.date | None
    by_month: tuple[tuple[str, int], ...]
    reasons: tuple[Share, ...]
    timing: tuple[Share, ...]
    orgasm: tuple[Share, ...]
    pain: tuple[Share, ...]
    felt: tuple[Share, ...]
    triggers: tuple[Share, ...]
    helped: tuple[Share, ...]
    #: Episodes with a safety flag (unwanted pain, or a flag raised by the note's reader).
    flagged: tuple[Share, ...]
    recent: int
    before_recent: int
    statements: tuple[str, ...]


def wilson_interval(count: int, n: int, z: float = WILSON_Z) -> tuple[float, float]:
    """The Wilson score interval: sensible for small n and for 0 or n successes."""
    if n <= 0:
        return (0.0, 1.0)
    p = count / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def _shares(counter: Counter[str], n: int, limit: int | None = None) -> tuple[Share, ...]:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    if limit is not None:
        ranked = ranked[:limit]
    return tuple(Share(label, count, n) for label, count in ranked)


def episode_reasons(episode: Episode, assessment_labels: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """What an episode says about reasons: your own choice first, then the note, then the link."""
    if episode.reasons:
        return tuple(episode.reasons)
    if episode.note_reading is not None and episode.note_reading.labels:
        return tuple(episode.note_reading.labels)
    if episode.assessment_id and episode.assessment_id in assessment_labels:
        return tuple(assessment_labels[episode.assessment_id])
    return ()


def percent(share: Share, noun: str) -> str:
    """'4 of 10 episodes (40%). The real share could be anywhere from 17% to 69%.'"""
    low, high = share.interval
    return (
        f"{share.count} of {share.n} {noun} ({share.proportion:.0%}). "
        f"The real share could be anywhere from {low:.0%} to {high:.0%}."
    )


def compute(
    episodes: Iterable[Episode],
    assessment_labels: Mapping[str, Sequence[str]] | None = None,
    titles: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Patterns:
    """Count what recurs. ``titles`` maps cause ids to names used in the statements."""
    items = sorted(episodes, key=lambda e: (e.date, e.created))
    labels = assessment_labels or {}
    names = titles or {}
    total = len(items)
    enough = total >= MIN_EPISODES_FOR_PATTERNS

    reasons: Counter[str] = Counter()
    known_reason = 0
    for e in items:
        found = episode_reasons(e, labels)
        if found:
            known_reason += 1
            reasons.update(found)
    timing = Counter(e.timing for e in items if e.timing)
    orgasm = Counter(("with orgasm" if e.orgasm else "without orgasm") for e in items if e.orgasm is not None)
    pain = Counter(PAIN_WORDS[e.pain] for e in items if e.pain)
    felt: Counter[str] = Counter(f for e in items for f in e.felt)
    triggers: Counter[str] = Counter(t for e in items for t in e.triggers)
    helped: Counter[str] = Counter(h for e in items for h in e.helped)
    flagged: Counter[str] = Counter(f for e in items for f in e.red_flags)
    months = Counter(e.date.strftime("%Y-%m") for e in items)

    end = today or (items[-1].date if items else dt.date.today())
    recent = sum(1 for e in items if (end - e.date).days < RECENT_DAYS)
    before = sum(1 for e in items if RECENT_DAYS <= (end - e.date).days < 2 * RECENT_DAYS)

    patterns = Patterns(
        total=total,
        enough=enough,
        caveat=_caveat(total, enough),
        first=items[0].date if items else None,
        last=items[-1].date if items else None,
        by_month=tuple(sorted(months.items())),
        reasons=_shares(reasons, known_reason),
        timing=_shares(Counter({TIMING_WORDS[k]: v for k, v in timing.items()}), sum(timing.values())),
        orgasm=_shares(orgasm, sum(orgasm.values())),
        pain=_shares(pain, sum(pain.values())),
        felt=_shares(felt, total, TOP_ITEMS),
        triggers=_shares(triggers, total, TOP_ITEMS),
        helped=_shares(helped, total, TOP_ITEMS),
        flagged=_shares(flagged, total),
        recent=recent,
        before_recent=before,
        statements=(),
    )
    return _with_statements(patterns, names)


def _leaders(shares: tuple[Share, ...], name: Callable[[str], str]) -> tuple[Share, list[str]]:
    """The top share and the names of every share tied with it (at most three)."""
    top = shares[0]
    return top, [name(s.label) for s in shares if s.count == top.count][:3]


def _and(names: list[str], word: str = "and") -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word} {names[-1]}"


def _caveat(total: int, enough: bool) -> str:
    if total == 0:
        return "There are no episodes in your journal yet."
    if not enough:
        return (
            f"Not enough episodes yet to see a pattern: you have {total}, and patterns start to "
            f"mean something from about {MIN_EPISODES_FOR_PATTERNS}. For now these are just counts."
        )
    return (
        "These are your own notes counted up. With few episodes the ranges are wide: "
        "read them as hints to talk about, not as facts about you."
    )


def _with_statements(p: Patterns, titles: Mapping[str, str]) -> Patterns:
    lines: list[str] = []
    for share in p.flagged:
        if share.label == "unwanted_pain":
            lines.append(
                f"Pain you did not want came up in {share.count} episode(s). It is always OK to "
                "stop, and it is worth raising with a doctor or a pelvic floor physiotherapist."
            )
    if p.enough:
        if p.reasons:
            top, names = _leaders(p.reasons, lambda label: titles.get(label, label).lower())
            noun = "episodes with a reason"
            if len(names) == 1:
                lines.append(f"The reason you noted most was {names[0]}. It came up in {percent(top, noun)}")
            else:
                lines.append(f"The reasons you noted most were {_and(names)}. Each came up in {percent(top, noun)}")
        with_orgasm = next((s for s in p.orgasm if s.label == "with orgasm"), None)
        if with_orgasm is not None:
            lines.append(f"The tears came with an orgasm in {percent(with_orgasm, 'episodes')}")
        if p.triggers:
            top_t, names = _leaders(p.triggers, lambda label: f"“{label}”")
            if len(names) == 1:
                lines.append(f"The trigger you noted most was {names[0]}. It came up in {percent(top_t, 'episodes')}")
            else:
                lines.append(
                    f"The triggers you noted most were {_and(names)}. Each came up in {percent(top_t, 'episodes')}"
                )
        if p.helped:
            top_h, names = _leaders(p.helped, lambda label: f"“{label}”")
            lines.append(f"What helped most often was {_and(names, 'or')}, in {top_h.count} episode(s).")
        lines.append(
            f"In the last {RECENT_DAYS} days of your journal, you noted {p.recent} episode(s). "
            f"In the {RECENT_DAYS} days before that, you noted {p.before_recent}."
        )
    return dataclasses.replace(p, statements=tuple(lines))
