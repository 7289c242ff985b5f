"""Reading articles: files, directories, globs and stdin → ``Article`` records (or ``ReadError``).

Formats, chosen by file extension (content is sniffed for stdin and other extensions):

- plain text (``.txt``, ``.text``, ``.md``): ``Article.text`` is the decoded file exactly (no
  stripping, no newline normalisation; a byte-order mark is removed and ``encoding`` then says
  ``utf-8-sig``/``utf-16-le``…). Title = the first body line when it reads as a headline; date =
  a date line among the first lines.
- HTML (``.html``, ``.htm``, ``.xhtml``): ``text`` is the headline and the extracted article
  body (``pipeline.read.html``), title/date/URL from the page's metadata; when the body looks
  thin or the two body extractors disagree, ``Article.warnings`` says so (ingest and extract
  print it with the path).
- JSON lines (``.jsonl``, ``.ndjson``): one object per line, ``{"id", "title", "date", "url",
  "text"}``; only ``text`` is required. ``.json``: one such object, or a list of them.

Encodings: UTF-8 (BOM or not), UTF-16/32 with a BOM, Big5 (cp950, Big5-HKSCS), GB18030 (GBK,
GB2312), see ``pipeline.read.encoding``. Every Article gets ``body_spans`` from ``pipeline.read.furniture``
(page furniture left out), a ``script`` and a best-effort ``region``.

Keys (``Article.key``): the canonical URL of a page (``og:url``, ``<link rel=canonical>``), the
``id`` of a JSON record (else its ``url``); else the path relative to the ingest root, without the
extension (:func:`pipeline.read.walk.path_key`: ``day1/article``; a JSON record without an id is
``<path key>#<line>``); else, on stdin, ``stdin-`` and 16 hex digits of the text's SHA-256.
Files come from :mod:`pipeline.read.walk` (one rule for directories and globs); each input read
whole is refused over ``max_bytes`` before it is read (:mod:`pipeline.read.limits`).

A malformed JSON line costs only that line: ``read_file_results`` returns the good articles and
one ``ReadError`` per bad line, ``read_inputs`` yields both, and ``read_file`` raises only when
nothing at all could be read.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, Literal

from pipeline.errors import ReadError
from pipeline.model.records import Article, Region, Script, content_hash
from pipeline.read import furniture
from pipeline.read.encoding import declared_charset, decode_bytes
from pipeline.read.html import extract_page, looks_like_html
from pipeline.read.limits import MAX_BYTES, over_limit
from pipeline.read.walk import GLOB_CHARS, Found, expand, walk_directory
from pipeline.text.dates import parse_date
from pipeline.text.region import read_region
from pipeline.text.view import detect_script, to_view

Format = Literal["text", "html", "jsonl", "json"]

SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
STDIN = "<stdin>"
__all__ = ["GLOB_CHARS", "STDIN", "SUFFIXES", "Found", "read_bytes", "read_file", "read_inputs"]


# ---- text → Article ------------------------------------------------------------------------


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


def article_from_text(
    text: str,
    source: str,
    key: str | None = None,
    *,
    title: str | None = None,
    date: dt.date | str | None = None,
    url: str | None = None,
    encoding: str = "utf-8",
    body_spans: Sequence[tuple[int, int]] | None = None,
    script: Script | None = None,
    region: Region | None = None,
    warnings: Sequence[str] = (),
    line: int | None = None,
) -> Article:
    """An Article from text: metadata given wins, the rest is found in the text.

    ``key`` defaults to the URL, else the source's file name stem.
    """
    view = to_view(text)
    layout = furniture.analyse(text, view)
    script = script or detect_script(text, view)
    reading = read_region(text, view, script, url)
    return Article(
        key=key or url or Path(source).stem or source,
        text=text,
        source=source,
        content_hash=content_hash(text),
        title=title if title is not None else layout.title,
        date=_as_date(date) or layout.date,
        url=url,
        encoding=encoding,
        body_spans=tuple(body_spans) if body_spans is not None else layout.body_spans,
        script=script,
        region=region if region is not None else reading.region,
        market=reading.market if region is None or reading.region == region else None,
        region_reason=reading.reason if region is None or reading.region == region else "given",
        warnings=tuple(warnings),
        view=view,
        line=line,
    )


# ---- formats ---------------------------------------------------------------------------------


def stdin_key(text: str) -> str:
    """The key of an article read from stdin without an id or a URL: its content hash."""
    return "stdin-" + content_hash(text)[:16]


def _fallback(source: str, key: str | None, text: str) -> str:
    """The key when the source gives none: the path key given, else the file stem (stdin: the
    content hash)."""
    if key is not None:
        return key
    return stdin_key(text) if source == STDIN else Path(source).stem or source


def _text_articles(data: bytes, source: str, key: str | None) -> list[Article | ReadError]:
    decoded = decode_bytes(data, source)
    return [
        article_from_text(
            decoded.text, source, _fallback(source, key, decoded.text), encoding=decoded.encoding
        )
    ]


def _html_articles(data: bytes, source: str, key: str | None) -> list[Article | ReadError]:
    decoded = decode_bytes(data, source, declared=declared_charset(data))
    page = extract_page(decoded.text)
    if not page.body_text.strip():
        why = f" ({'; '.join(page.warnings)})" if page.warnings else ""
        raise ReadError(source, f"no article text found in the HTML page{why}")
    return [
        article_from_text(
            page.text,
            source,
            page.url or _fallback(source, key, page.text),  # the canonical URL first
            title=page.title,
            date=page.date,
            url=page.url,
            encoding=decoded.encoding,
            warnings=page.warnings,
        )
    ]


def record_article(obj: object, source: str, line: int, fallback_key: str | None) -> Article:
    """The article of one JSON object; key: its ``id``, else its ``url``, else ``fallback_key``
    (None: the content hash, for stdin)."""
    if not isinstance(obj, dict):
        raise ReadError(source, f"expected a JSON object, got {type(obj).__name__}", line=line)
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, str | int):
        raise ReadError(source, '"id" must be a string or an integer', line=line)
    where = f" (id {ident})" if ident is not None else ""
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(source, f'no "text" string in the object{where}', line=line)
    for name in ("title", "url", "date"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise ReadError(source, f'"{name}" must be a string{where}', line=line)
    date = obj.get("date")
    parsed = _as_date(date)
    if date and parsed is None:
        raise ReadError(source, f"unreadable date {date!r}{where}", line=line)
    url = obj.get("url") or None
    return article_from_text(
        text,
        source,
        str(ident) if ident is not None else (url or fallback_key or stdin_key(text)),
        title=obj.get("title") or None,
        date=parsed,
        url=url,
        line=line,
    )


_record_article = record_article  # the name pipeline.ingest.stream used


def _record_fallback(source: str, key: str | None, number: int | None) -> str | None:
    if source == STDIN and key is None:
        return None
    stem = key if key is not None else Path(source).stem
    return stem if number is None else f"{stem}#{number}"


def _jsonl_articles(
    data: bytes, source: str, key: str | None, max_bytes: int | None = None
) -> list[Article | ReadError]:
    text = decode_bytes(data, source).text
    out: list[Article | ReadError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if max_bytes is not None and len(line) > max_bytes // 4 and len(line.encode("utf-8")) > max_bytes:
            out.append(ReadError(source, over_limit(len(line.encode("utf-8")), max_bytes), line=number))
            continue
        try:
            obj = json.loads(line)
        except ValueError as err:
            msg = getattr(err, "msg", str(err))
            col = getattr(err, "colno", None)
            where = f", column {col}" if col else ""
            out.append(ReadError(source, f"invalid JSON ({msg}{where})", line=number))
            continue
        try:
            out.append(record_article(obj, source, number, _record_fallback(source, key, number)))
        except ReadError as err:
            out.append(err)
    if not out:
        raise ReadError(source, "no JSON objects in the file")
    return out


def _json_articles(data: bytes, source: str, key: str | None) -> list[Article | ReadError]:
    text = decode_bytes(data, source).text
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":  # several objects: JSON lines in a .json file
            return _jsonl_articles(data, source, key)
        raise ReadError(source, f"invalid JSON ({err.msg}, column {err.colno})", line=err.lineno) from None
    items = obj if isinstance(obj, list) else [obj]
    out: list[Article | ReadError] = []
    for number, item in enumerate(items, start=1):
        try:
            fallback = _record_fallback(source, key, None if len(items) == 1 else number)
            out.append(record_article(item, source, number, fallback))
        except ReadError as err:
            out.append(ReadError(err.source, f"item {number}: {err.reason}"))
    return out


_READERS = {
    "text": _text_articles,
    "html": _html_articles,
    "jsonl": _jsonl_articles,
    "json": _json_articles,
}


def sniff_format(data: bytes) -> Format:
    """The format of bytes without a telling file name (stdin, unknown extensions)."""
    head = data[:2048].decode("utf-8", errors="ignore").lstrip("\ufeff")
    if looks_like_html(head):
        return "html"
    stripped = head.lstrip()
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("["):
        return "json"
    return "text"


def read_bytes(
    data: bytes,
    source: str,
    fmt: Format | None = None,
    key: str | None = None,
    max_bytes: int | None = None,
) -> list[Article | ReadError]:
    """Articles (and per-record errors) from bytes; raises ``ReadError`` when none can be read.

    ``key``: the key of an article whose source names none (the path key); None: the file stem,
    or for stdin the content hash. ``max_bytes`` limits each JSON-lines record (a line)."""
    fmt = fmt or sniff_format(data)
    if not data:
        raise ReadError(source, "empty file" if source != STDIN else "empty input")
    if fmt == "jsonl" and max_bytes is not None:
        return _jsonl_articles(data, source, key, max_bytes)
    return _READERS[fmt](data, source, key)


def _read_limited(path: Path, max_bytes: int | None, whole: bool) -> bytes:
    """The file's bytes; over ``max_bytes`` (a file read whole), refused before reading."""
    with path.open("rb") as f:
        size = os.fstat(f.fileno()).st_size
        if whole and max_bytes is not None and size > max_bytes:
            raise ReadError(str(path), over_limit(size, max_bytes))
        data = f.read() if not whole or max_bytes is None else f.read(max_bytes + 1)
    if whole and max_bytes is not None and len(data) > max_bytes:  # grew while read
        raise ReadError(str(path), over_limit(None, max_bytes))
    return data


def read_file_results(
    path: Path | str, key: str | None = None, max_bytes: int | None = MAX_BYTES
) -> list[Article | ReadError]:
    """Every article of a file, and a ``ReadError`` per unreadable record; never raises.

    ``key``: the path key (:func:`pipeline.read.walk.path_key`) for an article whose source
    gives none; default the file stem. ``max_bytes`` (None: no limit): a file read whole over it
    is refused before reading; in a JSON-lines file the limit is per line."""
    source = str(path)
    try:
        p = Path(path)
        if p.is_dir():
            raise ReadError(source, "is a directory")
        fmt = SUFFIXES.get(p.suffix.lower())
        try:
            data = _read_limited(p, max_bytes, whole=fmt != "jsonl")
        except OSError as err:
            raise ReadError(source, err.strerror or str(err)) from None
        return read_bytes(data, source, fmt, key=key, max_bytes=max_bytes)
    except ReadError as err:
        return [err]
    except OSError as err:
        return [ReadError(source, err.strerror or str(err))]


def read_file(path: Path | str) -> list[Article]:
    """The articles of one file. Raises ``ReadError`` when nothing could be read; a JSON-lines
    file with some bad lines returns its good articles (``read_file_results`` has the errors)."""
    results = read_file_results(path)
    articles = [r for r in results if isinstance(r, Article)]
    if not articles:
        errors = [r for r in results if isinstance(r, ReadError)]
        raise errors[0]
    return articles


# ---- inputs --------------------------------------------------------------------------------


def _expand(arg: str) -> Iterator[Found | ReadError]:
    return expand(arg, frozenset(SUFFIXES))


def article_files(directory: Path) -> list[Path]:
    """Files with an article extension under ``directory`` (recursive, hidden ones skipped, the
    walk rule of :mod:`pipeline.read.walk`), sorted by path; unreadable parts left out."""
    return [p for p in walk_directory(directory, frozenset(SUFFIXES)) if isinstance(p, Path)]


def input_files(paths: Sequence[str]) -> Iterator[Path | ReadError]:
    """The files ``read_inputs`` would read for ``paths`` (stdin, "-", left out), in the same
    order, and a ``ReadError`` for each argument naming nothing: for counting before reading."""
    for arg in paths:
        if arg == "-":
            continue
        for found in _expand(arg):
            yield found if isinstance(found, ReadError) else found.path


def input_found(paths: Sequence[str]) -> Iterator[Found | ReadError]:
    """The files of ``paths`` with their ingest roots (stdin, "-", left out)."""
    for arg in paths:
        if arg != "-":
            yield from _expand(arg)


def read_stdin(stdin: BinaryIO | None = None, max_bytes: int | None = MAX_BYTES) -> list[Article | ReadError]:
    """The article(s) on standard input; without an id or a URL, the key is ``stdin-`` and the
    first 16 hex digits of the text's SHA-256 (two different texts, two articles)."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
        if max_bytes is not None and len(data) > max_bytes:
            raise ReadError(STDIN, over_limit(None, max_bytes))
        return read_bytes(data, STDIN, sniff_format(data), key=None)
    except ReadError as err:
        return [err]


def read_inputs(
    paths: Sequence[str], stdin: BinaryIO | None = None, max_bytes: int | None = MAX_BYTES
) -> Iterator[Article | ReadError]:
    """Articles and errors from files, directories (recursive), globs and ``-`` (stdin, bytes).

    Arguments are taken in the order given, the files of a directory or a glob in sorted order
    (the walk rule: :mod:`pipeline.read.walk`). A file named twice is read twice (the consumer
    sees the repeated key). One bad input never stops the others. ``max_bytes``: the size limit
    of one input read whole (:func:`read_file_results`).
    """
    for arg in paths:
        if arg == "-":
            yield from read_stdin(stdin, max_bytes)
            continue
        for found in _expand(arg):
            if isinstance(found, ReadError):
                yield found
            else:
                yield from read_file_results(found.path, key=found.key, max_bytes=max_bytes)
