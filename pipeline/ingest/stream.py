"""Inputs as a stream: JSON lines read one line at a time (stdin and ``.jsonl`` files).

``finkg ingest -`` reading JSON lines from a pipe commits each article as its line arrives
(the reader does not wait for the end of the input), and a large ``.jsonl`` file is never held
in memory whole. Every other input goes through :func:`pipeline.read.reader.read_inputs`
unchanged; the JSON records are checked by the reader's own rules (``_record_article``), so an
article read here is the article read there, key and errors alike.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from pipeline.errors import ReadError
from pipeline.model.records import Article

STDIN = "<stdin>"


def _record(line: bytes, source: str, number: int, stem: str) -> Article | ReadError:
    from pipeline.read.reader import _record_article

    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return ReadError(source, "not UTF-8 (JSON lines must be UTF-8)", line=number)
    except ValueError as err:
        msg = getattr(err, "msg", str(err))
        col = getattr(err, "colno", None)
        where = f", column {col}" if col else ""
        return ReadError(source, f"invalid JSON ({msg}{where})", line=number)
    try:
        return _record_article(obj, source, number, f"{stem}#{number}")
    except ReadError as err:
        return err


def json_lines(
    stream: BinaryIO, source: str, stem: str, head: bytes | None = None
) -> Iterator[Article | ReadError]:
    """One article (or error) per non-blank line, as each line arrives (``head``: a first line
    already read)."""
    lines = itertools.chain([head] if head is not None else [], iter(stream.readline, b""))
    seen = False
    for number, line in enumerate(lines, start=1):
        text = line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line
        if not text.strip():
            continue
        seen = True
        yield _record(text, source, number, stem)
    if not seen:
        yield ReadError(source, "no JSON objects in the input" if source == STDIN else "empty file")


def _stdin(stdin: BinaryIO) -> Iterator[Article | ReadError]:
    """JSON lines streamed; anything else (a text, an HTML page, a JSON array) read whole."""
    from pipeline.read.reader import read_stdin

    first = stdin.readline()
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from json_lines(stdin, STDIN, "stdin", head=first)
        return
    rest = stdin.read()

    class _Joined:
        def read(self) -> bytes:
            return first + rest

    yield from read_stdin(_Joined())  # type: ignore[arg-type]


def _utf8_head(path: Path) -> bool:
    """Whether the file starts as UTF-8 (else the reader's encoding detection reads it whole)."""
    with path.open("rb") as f:
        head = f.read(4096)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start > len(head) - 4  # a character cut at the end of the sample
    return True


def stream_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[Article | ReadError]:
    """:func:`pipeline.read.reader.read_inputs`, with stdin and ``.jsonl`` files streamed by line."""
    import sys

    from pipeline.read.reader import read_inputs

    for arg in paths:
        if arg == "-":
            yield from _stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif arg.lower().endswith(".jsonl") and Path(arg).is_file() and _utf8_head(Path(arg)):
            path = Path(arg)
            with path.open("rb") as f:
                yield from json_lines(f, str(path), path.stem)
        else:
            yield from read_inputs([arg])
