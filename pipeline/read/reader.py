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

A malformed JSON line costs only that line: ``read_file_results`` returns the good articles and
one ``ReadError`` per bad line, ``read_inputs`` yields both, and ``read_file`` raises only when
nothing at all could be read.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO, Literal, cast

from pipeline.errors import ReadError
from pipeline.lang.zh import region as region_cues
from pipeline.model.records import Article, Region, Script, content_hash
from pipeline.read import furniture
from pipeline.read.encoding import declared_charset, decode_bytes
from pipeline.read.html import extract_page, looks_like_html
from pipeline.text.view import TextView, detect_script

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
GLOB_CHARS = frozenset("*?[")


# ---- text → Article ------------------------------------------------------------------------


@cache
def _view() -> TextView:
    return TextView()


@cache
def _region_cues() -> tuple[tuple[str, str, float], ...]:
    view = _view()
    return tuple((view(cue), region, weight) for cue, region, weight in region_cues.CUES)


def detect_region(text: str, script: Script, view: str | None = None) -> Region | None:
    """Best effort: currency, market, institution, place and outlet cues weighed by the script;
    without enough cues, the script's most likely region."""
    view = _view()(text) if view is None else view
    scores: dict[str, float] = {}
    for cue, region, weight in _region_cues():
        hits = min(view.count(cue), region_cues.MAX_HITS)
        if hits:
            factor = region_cues.SCRIPT_FACTOR.get((script, region), 1.0)
            scores[region] = scores.get(region, 0.0) + weight * hits * factor
    if sum(scores.values()) < region_cues.MIN_EVIDENCE:
        return cast("Region | None", region_cues.FALLBACK.get(script))
    return cast(Region, max(sorted(scores), key=lambda r: scores[r]))


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return furniture.parse_date(value)
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
) -> Article:
    """An Article from text: metadata given wins, the rest is found in the text.

    ``key`` defaults to the URL, else the source's file name stem.
    """
    view = _view()(text)
    layout = furniture.analyse(text, view)
    script = script or detect_script(text)
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
        region=region if region is not None else detect_region(text, script, view),
        warnings=tuple(warnings),
    )


# ---- formats ---------------------------------------------------------------------------------


def _text_articles(data: bytes, source: str, key: str | None) -> list[Article | ReadError]:
    decoded = decode_bytes(data, source)
    return [article_from_text(decoded.text, source, key, encoding=decoded.encoding)]


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
            key or page.url,
            title=page.title,
            date=page.date,
            url=page.url,
            encoding=decoded.encoding,
            warnings=page.warnings,
        )
    ]


def _record_article(obj: object, source: str, line: int, fallback_key: str) -> Article:
    if not isinstance(obj, dict):
        raise ReadError(source, f"expected a JSON object, got {type(obj).__name__}", line=line)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(source, 'no "text" string in the object', line=line)
    for name in ("title", "url", "date"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise ReadError(source, f'"{name}" must be a string', line=line)
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, str | int):
        raise ReadError(source, '"id" must be a string or an integer', line=line)
    date = obj.get("date")
    parsed = _as_date(date)
    if date and parsed is None:
        raise ReadError(source, f"unreadable date {date!r}", line=line)
    url = obj.get("url") or None
    return article_from_text(
        text,
        source,
        str(ident) if ident is not None else (url or fallback_key),
        title=obj.get("title") or None,
        date=parsed,
        url=url,
    )


def _jsonl_articles(data: bytes, source: str, key: str | None) -> list[Article | ReadError]:
    text = decode_bytes(data, source).text
    stem = key or Path(source).stem
    out: list[Article | ReadError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
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
            out.append(_record_article(obj, source, number, f"{stem}#{number}"))
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
    stem = key or Path(source).stem
    items = obj if isinstance(obj, list) else [obj]
    out: list[Article | ReadError] = []
    for number, item in enumerate(items, start=1):
        try:
            fallback = stem if len(items) == 1 else f"{stem}#{number}"
            out.append(_record_article(item, source, number, fallback))
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
    data: bytes, source: str, fmt: Format | None = None, key: str | None = None
) -> list[Article | ReadError]:
    """Articles (and per-record errors) from bytes; raises ``ReadError`` when none can be read."""
    fmt = fmt or sniff_format(data)
    if not data:
        raise ReadError(source, "empty file" if source != STDIN else "empty input")
    return _READERS[fmt](data, source, key)


def read_file_results(path: Path | str) -> list[Article | ReadError]:
    """Every article of a file, and a ``ReadError`` per unreadable record; never raises."""
    source = str(path)
    try:
        p = Path(path)
        if p.is_dir():
            raise ReadError(source, "is a directory")
        try:
            data = p.read_bytes()
        except OSError as err:
            raise ReadError(source, err.strerror or str(err)) from None
        return read_bytes(data, source, SUFFIXES.get(p.suffix.lower()))
    except ReadError as err:
        return [err]


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


def _hidden(name: str) -> bool:
    return name.startswith(".")


def article_files(directory: Path) -> list[Path]:
    """Files with an article extension under ``directory`` (recursive, hidden ones skipped),
    sorted by path."""
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in files:
            if not _hidden(name) and Path(name).suffix.lower() in SUFFIXES:
                found.append(Path(root) / name)
    return sorted(found, key=lambda p: p.as_posix())


def _expand(arg: str) -> list[Path] | ReadError:
    p = Path(arg)
    if p.is_dir():
        files = article_files(p)
        if not files:
            return ReadError(arg, f"no article files ({' '.join(sorted(SUFFIXES))}) in the directory")
        return files
    if p.exists():
        return [p]
    if GLOB_CHARS & set(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        matched: list[Path] = []
        for m in matches:
            mp = Path(m)
            if mp.is_dir():
                matched.extend(article_files(mp))
            elif not _hidden(mp.name):
                matched.append(mp)
        return matched or ReadError(arg, "no file matches the pattern")
    return ReadError(arg, "no such file or directory")


def input_files(paths: Sequence[str]) -> Iterator[Path | ReadError]:
    """The files ``read_inputs`` would read for ``paths`` (stdin, "-", left out), in the same
    order, and a ``ReadError`` for each argument naming nothing: for counting before reading."""
    for arg in paths:
        if arg == "-":
            continue
        expanded = _expand(arg)
        if isinstance(expanded, ReadError):
            yield expanded
        else:
            yield from expanded


def read_stdin(stdin: BinaryIO | None = None) -> list[Article | ReadError]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read()
        fmt = sniff_format(data)
        if fmt == "text" and data:
            decoded = decode_bytes(data, STDIN)
            return [
                article_from_text(
                    decoded.text, STDIN, "stdin-" + content_hash(decoded.text)[:16], encoding=decoded.encoding
                )
            ]
        return read_bytes(data, STDIN, fmt, key="stdin")
    except ReadError as err:
        return [err]


def read_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[Article | ReadError]:
    """Articles and errors from files, directories (recursive), globs and ``-`` (stdin, bytes).

    Arguments are taken in the order given, the files of a directory or a glob in sorted order.
    A file named twice is read twice (the consumer sees the repeated key). One bad input never
    stops the others.
    """
    for arg in paths:
        if arg == "-":
            yield from read_stdin(stdin)
            continue
        expanded = _expand(arg)
        if isinstance(expanded, ReadError):
            yield expanded
            continue
        for path in expanded:
            yield from read_file_results(path)
