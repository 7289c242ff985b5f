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
from pipeline.read.limits import MAX_BYTES
from pipeline.read.walk import Found

STDIN = "<stdin>"


def _record(line: bytes, source: str, number: int, stem: str | None) -> Article | ReadError:
    from pipeline.read.reader import record_article

    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        return ReadError(
            source, f"invalid UTF-8 at byte {err.start} of the line (JSON lines must be UTF-8)", line=number
        )
    except ValueError as err:
        msg = getattr(err, "msg", str(err))
        col = getattr(err, "colno", None)
        where = f", column {col}" if col else ""
        return ReadError(source, f"invalid JSON ({msg}{where})", line=number)
    try:
        return record_article(obj, source, number, None if stem is None else f"{stem}#{number}")
    except ReadError as err:
        return err


def _lines(stream: BinaryIO, max_bytes: int | None) -> Iterator[bytes | None]:
    """The stream's lines; None for a line over ``max_bytes`` (its rest is read and dropped)."""
    if max_bytes is None:
        yield from iter(stream.readline, b"")
        return
    while line := stream.readline(max_bytes + 1):
        if len(line) <= max_bytes or (line.endswith(b"\n") and len(line) == max_bytes + 1):
            yield line
            continue
        while not line.endswith(b"\n") and (line := stream.readline(1 << 20)):
            pass
        yield None


def json_lines(
    stream: BinaryIO,
    source: str,
    stem: str | None,
    head: bytes | None = None,
    max_bytes: int | None = None,
) -> Iterator[Article | ReadError]:
    """One article (or error) per non-blank line, as each line arrives (``head``: a first line
    already read). ``stem``: the key of a record without an id or a URL is ``stem#line``; None
    (stdin): its content hash. A line over ``max_bytes`` is an error of its own."""
    from pipeline.read.limits import over_limit

    lines = itertools.chain([head] if head is not None else [], _lines(stream, max_bytes))
    seen = False
    for number, line in enumerate(lines, start=1):
        if line is None:
            seen = True
            yield ReadError(source, over_limit(None, max_bytes or 0), line=number)
            continue
        text = line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line
        if not text.strip():
            continue
        seen = True
        yield _record(text, source, number, stem)
    if not seen:
        yield ReadError(source, "no JSON objects in the input" if source == STDIN else "empty file")


def _stdin(stdin: BinaryIO, max_bytes: int | None) -> Iterator[Article | ReadError]:
    """JSON lines streamed; anything else (a text, an HTML page, a JSON array) read whole."""
    from pipeline.read.limits import over_limit
    from pipeline.read.reader import read_stdin

    first = stdin.readline() if max_bytes is None else stdin.readline(max_bytes + 1)
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        if max_bytes is not None and len(first) > max_bytes:
            yield ReadError(STDIN, over_limit(None, max_bytes), line=1)
            return
        yield from json_lines(stdin, STDIN, None, head=first, max_bytes=max_bytes)
        return
    rest = stdin.read() if max_bytes is None else stdin.read(max_bytes + 1 - len(first))

    class _Joined:
        def read(self, size: int = -1) -> bytes:
            return first + rest

    yield from read_stdin(_Joined(), max_bytes)  # type: ignore[arg-type]


def _utf8_head(path: Path) -> bool:
    """Whether the file starts as UTF-8 (else the reader's encoding detection reads it whole)."""
    with path.open("rb") as f:
        head = f.read(4096)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start > len(head) - 4  # a character cut at the end of the sample
    return True


def _json_lines_file(found: Found, max_bytes: int | None) -> Iterator[Article | ReadError]:
    from pipeline.read.reader import read_file_results

    try:
        streamed = _utf8_head(found.path)
    except OSError as err:
        yield ReadError(str(found.path), err.strerror or str(err))
        return
    if not streamed:
        yield from read_file_results(found.path, key=found.key, max_bytes=max_bytes)
        return
    with found.path.open("rb") as f:
        yield from json_lines(f, str(found.path), found.key, max_bytes=max_bytes)


def stream_inputs(
    paths: Sequence[str], stdin: BinaryIO | None = None, max_bytes: int | None = MAX_BYTES
) -> Iterator[Article | ReadError]:
    """:func:`pipeline.read.reader.read_inputs`, with stdin and ``.jsonl`` files streamed by line
    (the ``.jsonl`` files of directories and globs too). ``max_bytes``: the size limit of one
    article (:mod:`pipeline.read.limits`)."""
    import sys

    from pipeline.read.reader import input_found, read_file_results

    for arg in paths:
        if arg == "-":
            yield from _stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
            continue
        for found in input_found([arg]):
            if isinstance(found, ReadError):
                yield found
            elif found.path.suffix.lower() == ".jsonl":
                yield from _json_lines_file(found, max_bytes)
            else:
                yield from read_file_results(found.path, key=found.key, max_bytes=max_bytes)
