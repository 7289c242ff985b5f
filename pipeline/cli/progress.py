"""Progress bars on a terminal: a total counted up front, a position and an ETA (click's bar).

Only drawn when the stream is a terminal; piped or redirected, nothing is written, so logs and
tests see the same output as before.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from pipeline.errors import ReadError

JSON_LINES = (".jsonl", ".ndjson")


def _articles_in(path: Path) -> int:
    """How many articles (or bad records) a file should give: lines of a JSON-lines file, items
    of a JSON list, else one."""
    suffix = path.suffix.lower()
    if suffix not in (*JSON_LINES, ".json"):
        return 1
    try:
        data = path.read_bytes()
    except OSError:
        return 1
    if suffix in JSON_LINES:
        return max(1, sum(1 for line in data.splitlines() if line.strip()))
    try:
        obj = json.loads(data)
    except ValueError:
        return max(1, sum(1 for line in data.splitlines() if line.strip()))
    return len(obj) if isinstance(obj, list) and obj else 1


def count_articles(paths: Sequence[str]) -> int | None:
    """The number of progress steps reading ``paths`` gives, or None when one is stdin ("-")."""
    from pipeline.read.reader import input_files

    if "-" in paths:
        return None
    total = 0
    for found in input_files(paths):
        total += 1 if isinstance(found, ReadError) else _articles_in(found)
    return total


def is_terminal(stream: TextIO | None = None) -> bool:
    stream = stream if stream is not None else sys.stderr
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress(
    label: str, total: int | None, stream: TextIO | None = None, enabled: bool = True
) -> Iterator[Callable[[], None]]:
    """A function to call once per step; a bar with position, total and ETA when ``stream``
    (stderr by default) is a terminal and ``enabled``, nothing otherwise."""
    stream = stream if stream is not None else sys.stderr
    if not enabled or not is_terminal(stream):
        yield lambda: None
        return
    if total is None:  # stdin: no total to measure against, the bar counts
        with click.progressbar(iter(()), label=label, show_pos=True, file=stream) as counter:
            yield lambda: counter.update(1)
        return
    with click.progressbar(length=total, label=label, show_pos=True, show_eta=True, file=stream) as bar:
        yield lambda: bar.update(1)
