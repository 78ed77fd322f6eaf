"""The episode timeline chart: matplotlib (Agg backend) drawn to an SVG string.

matplotlib is imported here, lazily, because it costs ~0.3 s and only the report needs it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Sequence

from tearwise.journal.records import Episode

WIDTH_IN, HEIGHT_IN = 6.6, 2.1
BAR_COLOUR = "#5b7c99"
FLAG_COLOUR = "#b23a2e"


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    out, current = [], first.replace(day=1)
    while current <= last:
        out.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return out


def timeline_svg(episodes: Sequence[Episode]) -> str:
    """Episodes per month as bars; months with a red flag get a red mark. '' when empty."""
    if not episodes:
        return ""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    matplotlib.rcParams["svg.hashsalt"] = "tearwise"  # stable ids: same data, same SVG
    dates = sorted(e.date for e in episodes)
    months = _months(dates[0], dates[-1])
    counts = Counter(e.date.replace(day=1) for e in episodes)
    flagged = Counter(e.date.replace(day=1) for e in episodes if e.red_flags)
    labels = [m.strftime("%b %y") for m in months]
    values = [counts[m] for m in months]

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN))
    axes = figure.add_subplot()
    positions = list(range(len(months)))
    axes.bar(positions, values, color=BAR_COLOUR, width=0.7, label="episodes")
    marks = [(i, values[i] + 0.15) for i, m in enumerate(months) if flagged[m]]
    if marks:
        axes.scatter(
            [x for x, _ in marks], [y for _, y in marks], marker="v", color=FLAG_COLOUR,
            s=30, label="with a red flag", zorder=3,
        )  # fmt: skip
        axes.legend(frameon=False, fontsize=7, loc="upper left", ncols=2)
    step = max(1, len(months) // 12)
    axes.set_xticks(positions[::step], labels[::step], fontsize=7)
    axes.tick_params(axis="y", labelsize=7)
    axes.set_ylabel("episodes", fontsize=7)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max(values) * 1.35 + 1)  # head room for the legend
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.find("<svg") :]
