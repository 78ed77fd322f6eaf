"""``tearwise classify``: classify a file of accounts, one JSON line out per line in.

A thin edge over :mod:`tearwise.text.batch`; the model is imported only when the command
runs, so ``tearwise --help`` stays fast.
"""

from __future__ import annotations

import dataclasses
import glob
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from tearwise.errors import InputError

if TYPE_CHECKING:
    from tearwise.text.batch import InputFormat, Item


def _inputs(source: str) -> list[Path]:
    """The files behind INPUT: one file, every .jsonl/.csv/.parquet in a folder, or a glob."""
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in {".jsonl", ".ndjson", ".csv", ".parquet"})
        if not files:
            raise InputError(f"no .jsonl, .csv or .parquet files in the folder {source}")
        return files
    if any(ch in source for ch in "*?[") and not path.exists():
        files = sorted(Path(p) for p in glob.glob(source))
        if not files:
            raise InputError(f"no input file matches {source}")
        return files
    if not path.exists():
        raise InputError(f"input file not found: {source}")
    return [path]


def _items(source: str, fmt: InputFormat | None, stack: ExitStack) -> Iterator[Item]:
    from tearwise.text.batch import read_parquet, read_stream

    if source == "-":
        yield from read_stream(sys.stdin.buffer, "-", fmt)
        return
    paths = _inputs(source)
    for path in paths:
        if fmt == "parquet" or (fmt is None and path.suffix.lower() in {".parquet", ".pq"}):
            items = read_parquet(path)
        else:
            try:
                handle = stack.enter_context(path.open("rb"))
            except PermissionError as exc:
                raise InputError(f"cannot read {path} (permission denied)") from exc
            items = read_stream(handle, path.name, fmt)
        if len(paths) == 1:
            yield from items
        else:
            yield from (dataclasses.replace(item, source=path.name) for item in items)


class _Progress:
    """Progress on stderr: a live bar on a terminal, else a plain line now and then for long runs."""

    def __init__(self, total_rows: int | None) -> None:
        from tearwise.text.constants import PROGRESS_MIN_ROWS

        self.rows = 0
        self.started = time.perf_counter()
        self.min_rows = PROGRESS_MIN_ROWS
        self.next_note = PROGRESS_MIN_ROWS
        self._bar: Any = None
        self._task: Any = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("classifying"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("classify", total=total_rows)

    def advance(self, rows: int) -> None:
        self.rows += rows
        if self._bar is not None:
            self._bar.update(self._task, completed=self.rows)
        elif self.rows >= self.next_note:
            rate = self.rows / max(time.perf_counter() - self.started, 1e-9)
            sys.stderr.write(f"tearwise: classified {self.rows:,} lines ({rate:,.0f} per second)\n")
            self.next_note *= 2

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()  # transient: the bar goes, so the summary below is what stays
        if self.rows >= self.min_rows:
            # A long run ends with its total, not with the last of the doubling notes above.
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            rate = self.rows / elapsed
            sys.stderr.write(f"tearwise: done, {self.rows:,} lines in {elapsed:.1f} s ({rate:,.0f} per second)\n")


def run(source: str, output: str, strict: bool, dask: str | None, workers: int, fmt: InputFormat | None) -> int:
    """Classify ``source`` into ``output``; returns the number of lines written."""
    import json

    from tearwise.text.batch import chunked, run_dask, run_local

    with ExitStack() as stack:
        items = _items(source, fmt, stack)
        if strict:
            items = _strict(items)
        out: IO[str] = _utf8_stdout(stack) if output == "-" else stack.enter_context(_open_output(output))
        chunks = chunked(items)
        results = run_dask(chunks, dask) if dask else run_local(chunks, workers)
        progress = _Progress(_count_rows(source) if sys.stderr.isatty() else None)
        written = 0
        try:
            for records in results:
                for record in records:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += len(records)
                progress.advance(len(records))
            out.flush()
        finally:
            progress.close()
        return written


def _count_rows(source: str) -> int | None:
    """Lines in a single JSON Lines input file (for the progress bar's total), else None."""
    path = Path(source)
    if source == "-" or not path.is_file() or path.suffix.lower() not in {".jsonl", ".ndjson", ".json"}:
        return None
    count = 0
    last = b"\n"
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (0 if last == b"\n" else 1)


def _strict(items: Iterator[Item]) -> Iterator[Item]:
    for item in items:
        if item.error is not None:
            raise InputError(f"line {item.line}: {item.error}", hint="drop --strict to get an error line instead")
        yield item


def _utf8_stdout(stack: ExitStack) -> IO[str]:
    """stdout as UTF-8 whatever the locale (accounts hold accents and emoji), left open at the end."""
    import io

    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        return sys.stdout
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8", newline="\n")
    stack.callback(wrapper.detach)
    stack.callback(wrapper.flush)
    return wrapper


def _open_output(output: str) -> IO[str]:
    try:
        return Path(output).open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the output file {output} ({exc.strerror})") from exc


def register(app: typer.Typer) -> None:
    @app.command()
    def classify(
        input: Annotated[
            str,
            typer.Argument(
                help="JSON Lines or CSV with id and text (a folder or glob of .jsonl/.csv/.parquet works too); - "
                "for stdin."
            ),
        ],
        output: Annotated[
            str, typer.Option("--output", "-o", help="Where to write the JSON Lines; - (default) for stdout.")
        ] = "-",
        strict: Annotated[
            bool, typer.Option("--strict", help="Stop with exit code 2 at the first line that cannot be read.")
        ] = False,
        dask: Annotated[
            str | None,
            typer.Option(
                "--dask",
                help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'. Needs tearwise[dask].",
            ),
        ] = None,
        workers: Annotated[
            int,
            typer.Option(
                "--workers",
                "-w",
                min=0,
                help=(
                    "Local worker processes. 0 (default): one process, and one per core after the first"
                    " 2,048 accounts of a long input; 1: always one process; N: a pool of N."
                ),
            ),
        ] = 0,
        format: Annotated[
            str | None,
            typer.Option(
                "--format",
                help="Force the input format: jsonl, csv or parquet (default: from the file name or content).",
            ),
        ] = None,
    ) -> None:
        """Classify many accounts offline: likely reasons, red flags and triage, one JSON line per input line."""
        if format is not None and format not in ("jsonl", "csv", "parquet"):
            raise InputError(f"unknown format {format!r}", hint="use jsonl, csv or parquet")
        run(input, output, strict, dask, workers, format)  # type: ignore[arg-type]
