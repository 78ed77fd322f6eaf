"""Render results and knowledge-base pages for the terminal with Rich.

Order on every result screen: what to do now (crisis or stop), then the likely reasons
with the evidence that moved them, then what helps and when to get help, then framing and
the not-medical-advice line. Colour is never the only carrier of meaning.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from tearwise.engine import Result
from tearwise.knowledge.schema import Cause, KnowledgeBase

BAR_WIDTH = 20
BAND_WORDS = {"likely": "likely", "possible": "possible", "unlikely": "less likely"}
BAND_STYLE = {"likely": "bold", "possible": "", "unlikely": "dim"}


def bar(probability: float, width: int = BAR_WIDTH) -> str:
    filled = round(probability * width)
    return "█" * filled + "░" * (width - filled)


def resources_panel(kb: KnowledgeBase, mode: str, level: str) -> Panel:
    res = kb.resources
    first = res.crisis_first_line if level == "crisis" else res.stop_now_first_line
    lines = [Text(first.for_mode(mode), style="bold")]
    lines.append(Text(""))
    lines.append(Text("Emergency: " + "; ".join(f"{h.region} {h.contact}" for h in res.emergency)))
    for h in res.helplines:
        lines.append(Text(f"• {h.name} ({h.region}): {h.contact} — {h.what}"))
    lines.append(Text(res.directory, style="italic"))
    title = "Please read this first" if level == "crisis" else "Stop first"
    return Panel(Group(*lines), title=title, border_style="red", expand=True)


def render_result(console: Console, result: Result, kb: KnowledgeBase) -> None:
    triage = result.triage
    if triage.urgent:
        console.print(resources_panel(kb, result.mode, triage.level))
    if triage.fired:
        heading = {"crisis": "Safety", "stop_now": "Safety", "seek_care": "Worth getting help"}.get(
            triage.level, "Note"
        )
        console.print(Text(heading, style="bold underline"))
        for reason in triage.reasons:
            console.print(f"• {reason}")
        console.print()

    console.print(Text("What may be behind the tears", style="bold underline"))
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("Reason")
    table.add_column("How likely")
    table.add_column("", no_wrap=True)
    for cause in result.causes:
        table.add_row(
            Text(cause.title, style=BAND_STYLE[cause.band]),
            BAND_WORDS[cause.band],
            f"{bar(cause.probability)} {cause.probability:.0%}",
        )
    console.print(table)
    console.print()

    shown = [c for c in result.causes if c.band != "unlikely" and c.evidence]
    if shown:
        console.print(Text("Why we think so", style="bold underline"))
        for cause in shown:
            console.print(Text(cause.title, style="bold"))
            for item in cause.evidence[:4]:
                arrow = "▲" if item.weight > 0 else "▼"
                quote = f' ("{item.text}")' if item.text else ""
                console.print(f"  {arrow} {item.why}{quote}")
        console.print()

    for guide in result.guidance:
        body = [Text(guide.summary), Text("")]
        body.append(Text("What helps", style="bold"))
        body.extend(Text(f"• {line}") for line in guide.what_helps)
        body.append(Text(""))
        body.append(Text("When to get help", style="bold"))
        body.append(Text(guide.when_to_get_help))
        body.append(Text("Who can help: " + ", ".join(guide.whom_to_see)))
        console.print(Panel(Group(*body), title=guide.title, expand=True))

    for line in result.framing:
        console.print(Text(line, style="italic"))
    console.print()
    console.print(Text(result.disclaimer, style="dim"))


def render_cause(console: Console, cause: Cause, kb: KnowledgeBase) -> None:
    console.print(Text(cause.title, style="bold underline"))
    console.print(cause.summary.self)
    sections = (
        ("How it tends to show", cause.how_it_shows),
        ("What helps you", cause.helps_you),
        ("What helps a partner", cause.helps_partner),
    )
    for heading, items in sections:
        console.print()
        console.print(Text(heading, style="bold"))
        for item in items:
            console.print(f"• {item}")
    console.print()
    console.print(Text("When to get help", style="bold"))
    console.print(cause.when_to_get_help.self)
    console.print("Who can help: " + ", ".join(cause.whom_to_see))
    console.print()
    console.print(Text("Sources", style="bold"))
    for key in cause.sources:
        cite = kb.citation(key)
        console.print(f"• {cite.short}: {cite.title}. {cite.published_in}, {cite.year}. {cite.url}")
    console.print()
    console.print(Text(kb.texts.disclaimer, style="dim"))
