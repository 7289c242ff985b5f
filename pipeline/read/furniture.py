"""Page furniture → body spans, without rewriting the text.

A stored news page carries more than the article: date and share-widget lines, photo captions,
lists of other headlines, "(相關報導: …" insertions, tip-jar prompts, copyright footers, comment
rules. This module classifies the lines of the text (on the normalised view, so one cue table
serves both scripts) and returns the article body as ``[start, end)`` ranges into the original
text: the title line and the article paragraphs, consecutive body lines merged across blank
lines, each range trimmed of surrounding whitespace.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

from pipeline.lang.zh import furniture as cues
from pipeline.text.dates import find_date
from pipeline.text.view import to_view, view_form

Span = tuple[int, int]

#: A headline (or list entry) is a line no longer than this without a full stop.
HEADLINE_MAX = 64
#: Metadata and widget lines are short.
META_MAX = 60
#: Tail cues (copyright, tip jar, comments) only count on lines this short, or at a line start.
TAIL_LINE_MAX = 80
#: A line repeated from a longer line counts as a caption copy from this length on.
REPEAT_MIN = 20
#: Before a tail cue counts, the body must already hold a paragraph this long.
PARAGRAPH_MIN = 50
#: Only the first lines of a page carry its date line.
HEAD_LINES = 8


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # end of the content, before the line break
    text: str
    view: str

    @cached_property
    def content(self) -> str:
        return self.view.strip()

    @property
    def blank(self) -> bool:
        return not self.content


@dataclass(frozen=True)
class Layout:
    """What the furniture pass found: the body, and the title and date lines where present."""

    body_spans: tuple[Span, ...]
    title: str | None = None
    title_span: Span | None = None
    date: dt.date | None = None
    furniture: tuple[tuple[Span, str], ...] = ()


@cache
@cache
def _normalised(words: tuple[str, ...]) -> tuple[str, ...]:
    """A table's words in view form, each once (cached per table: a tuple of immutable strings)."""
    return tuple(dict.fromkeys(view_form(w) for w in words))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cls(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in chars)


_META_PUNCTUATION = re.compile(rf"[\s{_cls(cues.META_PUNCTUATION)}]+")
_DECORATION = re.compile(rf"^[\s{_cls(cues.DECORATION_OPEN)}]+|[\s{_cls(cues.DECORATION_CLOSE)}]+$")
_TOC_ENTRY = re.compile(rf"^.\s*[^>\s]{{1,12}}\s*[{_cls(cues.TOC_ARROWS)}]")


def split_lines(text: str, view: str) -> list[Line]:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")
        end = pos + len(content)
        lines.append(Line(pos, end, text[pos:end], view[pos:end]))
        pos += len(raw)
    return lines


_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(:\d{2})?(?!\d)")


# ---- line rules (each: view of one line → True when it is furniture of that kind) ---------------


@cache
def _meta_residue_re() -> re.Pattern[str]:
    words = _normalised(cues.META_WORDS)
    return re.compile(_alternation(words))


def is_meta_line(content: str) -> bool:
    """A date line, or a line of metadata and share-widget words around a date."""
    if len(content) > META_MAX or cues.FULL_STOP in content:
        return False
    found = find_date(content)
    rest = content
    if found:
        rest = content[: found[1]] + " " + content[found[2] :]
    rest = _TIME.sub(" ", rest)
    rest = _meta_residue_re().sub(" ", rest)
    rest = _META_PUNCTUATION.sub("", rest)
    if found:
        # a date plus at most a source name ("盖世汽车 发布于 | 2025-12-24")
        return len(rest) <= 12
    return rest == "" and content != ""


@cache
def _credit_res() -> tuple[re.Pattern[str], ...]:
    word = _alternation(_normalised(cues.CAPTION_CREDIT_WORDS))
    prefix = _alternation(_normalised(cues.CAPTION_CREDIT_PREFIXES))
    sep = rf"\s*[{_cls(cues.CREDIT_SEPARATORS)}]"
    credit = re.escape(view_form(cues.PHOTO_CREDIT_MARK))
    return (
        # (記者王小明攝) at the end
        re.compile(rf"\([^()]{{1,20}}{credit}\)\s*$"),
        # (圖／路透) (圖片來源：…) (示意圖) at the end
        re.compile(rf"\(\s*({word})({sep}[^()]{{0,80}})?\s*\)\s*$"),
        # (翻攝臉書) (攝影／王小明) at the end
        re.compile(rf"\(\s*({prefix})[^()]{{0,80}}\)\s*$"),
        # 圖／… or 圖片來源：… at the start
        re.compile(rf"^({word}|{prefix}){sep}"),
    )


@cache
def _agency_re() -> re.Pattern[str]:
    agency = _alternation(_normalised(cues.PHOTO_AGENCIES))
    return re.compile(rf"\(\s*({agency})[^()]{{0,12}}\)\s*$")


def is_caption(content: str) -> bool:
    """A photo caption: ▲…, a credit in brackets at the end, or 圖／… at the start; a short line
    ending in an agency name in brackets ("AI。（路透）")."""
    if content[:1] in cues.CAPTION_MARKS:
        return True
    if any(r.search(content) for r in _credit_res()):
        return True
    return len(content) <= 40 and bool(_agency_re().search(content))


@cache
def _figure_re() -> re.Pattern[str]:
    words = _alternation(_normalised(cues.FIGURE_WORDS))
    return re.compile(rf"^[^{_cls(cues.FIGURE_LABEL_STOPS)}]{{1,20}}({words})$")


def is_figure_label(content: str) -> bool:
    return bool(_figure_re().match(content))


def _strip_decoration(content: str) -> str:
    return _DECORATION.sub("", content)


def is_list_heading(content: str) -> bool:
    if len(content) > 30:
        return False
    core = _strip_decoration(content)
    headings = _normalised(cues.LIST_HEADINGS)
    return core.endswith(headings) or core.startswith(headings)


def is_tail_cue(content: str) -> bool:
    tails = _normalised(cues.TAIL_CUES)
    core = _strip_decoration(content)
    if core.startswith(tails):
        return True
    return len(content) <= TAIL_LINE_MAX and any(c in content for c in tails)


def is_headline_like(content: str) -> bool:
    """Short, and no full stop: a headline or a list entry (a sentence of the article ends in 。)."""
    return 0 < len(content) <= HEADLINE_MAX and cues.FULL_STOP not in content


def is_toc_entry(content: str) -> bool:
    return content[:1] in cues.TOC_BULLETS and bool(_TOC_ENTRY.match(content))


def _is_ticker_label_line(content: str) -> bool:
    labels = _normalised(cues.TICKER_LABELS)
    return content.endswith(labels)


# ---- inline insertions ---------------------------------------------------------------------


@cache
def _inline_re() -> re.Pattern[str]:
    heads = _alternation(_normalised(cues.INLINE_HEADINGS))
    return re.compile(rf"[{_cls(cues.INLINE_BRACKETS)}]\s*({heads})\s*:?")


def inline_insertions(line: Line) -> list[Span]:
    """Spans (in text offsets) of "(相關報導: …)" insertions inside a line: to the matching
    bracket, or to the end of the line when the bracket is never closed."""
    out = []
    for m in _inline_re().finditer(line.view):
        opener = line.view[m.start()]
        close = line.view.find(cues.INLINE_BRACKETS[opener], m.end())
        end = line.end if close < 0 else line.start + close + 1
        out.append((line.start + m.start(), end))
    return out


# ---- the pass ------------------------------------------------------------------------------


def _plain_reason(c: str, seen: set[str]) -> str | None:
    """Furniture a line is on its own: a caption, a figure label, a contents entry, a repeat."""
    if is_caption(c):
        return "photo caption"
    if is_figure_label(c):
        return "figure label"
    if is_toc_entry(c):
        return "table of contents"
    if c in seen and len(c) >= 4:
        return "repeated line"
    return None


@dataclass
class _LinePass:
    """The state of one pass over a page's lines: inside a headline list, after a ticker
    label line, in the page tail, after the first body paragraph."""

    seen: set[str] = field(default_factory=set)
    in_list: bool = False
    tail: bool = False
    after_ticker_label: bool = False
    body_paragraph_seen: bool = False

    def reason(self, c: str) -> str | None:
        """The furniture reason of a non-blank line (None for a body line); updates the state."""
        if self.tail:
            return "page tail"
        reason = self._in_context(c)
        if reason is None:
            self.in_list = False
            self.after_ticker_label = False
            if len(c) >= PARAGRAPH_MIN:
                self.body_paragraph_seen = True
        self.seen.add(c)
        return reason

    def _in_context(self, c: str) -> str | None:
        if self.body_paragraph_seen and is_tail_cue(c):
            self.tail = True
            return "page tail"
        if is_list_heading(c):
            self.in_list = True
            return "headline list"
        if self.in_list and (is_headline_like(c) or is_toc_entry(c)):
            return "headline list"
        if is_meta_line(c):
            self.after_ticker_label = _is_ticker_label_line(c)
            self.in_list = False
            return "metadata line"
        if self.after_ticker_label and is_headline_like(c):
            self.after_ticker_label = False
            return "breaking-news headline"
        return _plain_reason(c, self.seen)


def classify(lines: list[Line]) -> dict[int, str]:
    """Line index → furniture reason, for every furniture line."""
    reasons: dict[int, str] = {}
    scan = _LinePass()
    for i, line in enumerate(lines):
        if line.blank:
            continue
        reason = scan.reason(line.content)
        if reason is not None:
            reasons[i] = reason
    # a line copied from a longer body line (a caption printed without its credit)
    inside = _Longer([lines[i].content for i in range(len(lines)) if i not in reasons and not lines[i].blank])
    for i, line in enumerate(lines):
        c = line.content
        if i in reasons or len(c) < REPEAT_MIN:
            continue
        if inside(c):
            reasons[i] = "repeated paragraph"
    return reasons


class _Longer:
    """Whether a text stands inside a longer one of ``lines``: one search of the lines joined,
    longest first, up to the end of the last line longer than the text (a text without a line
    break matches inside one line), instead of a test per line."""

    def __init__(self, lines: list[str]):
        self.lines = sorted(lines, key=len, reverse=True)
        self.joined = "\n".join(self.lines)
        self.lengths = [-len(x) for x in self.lines]  # ascending, for bisect
        self.ends = list(itertools.accumulate(len(x) + 1 for x in self.lines))

    def __call__(self, text: str) -> bool:
        longer = bisect.bisect_left(self.lengths, -len(text))  # lines longer than text
        if "\n" in text:
            return any(text in other for other in self.lines[:longer])
        return longer > 0 and self.joined.find(text, 0, self.ends[longer - 1] - 1) != -1


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _subtract(span: Span, holes: list[Span]) -> list[Span]:
    out = []
    start, end = span
    for h0, h1 in sorted(holes):
        if h1 <= start or h0 >= end:
            continue
        if h0 > start:
            out.append((start, h0))
        start = max(start, h1)
    if start < end:
        out.append((start, end))
    return out


def analyse(text: str, view: str | None = None) -> Layout:
    """Body spans, title and date line of a page's text."""
    view = to_view(text) if view is None else view
    lines = split_lines(text, view)
    reasons = classify(lines)
    furniture: list[tuple[Span, str]] = [
        ((lines[i].start, lines[i].end), r) for i, r in sorted(reasons.items())
    ]

    runs: list[Span] = []
    holes: list[Span] = []
    current: list[int] | None = None
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if i in reasons:
            if current:
                runs.append((current[0], current[1]))
            current = None
            continue
        for hole in inline_insertions(line):
            holes.append(hole)
            furniture.append((hole, "inline related-article insertion"))
        if current is None:
            current = [line.start, line.end]
        else:
            current[1] = line.end
    if current:
        runs.append((current[0], current[1]))

    spans: list[Span] = []
    for run in runs:
        for piece in _subtract(run, holes):
            trimmed = _trim(text, *piece)
            if trimmed:
                spans.append(trimmed)

    title, title_span = _title(lines, reasons, text)
    return Layout(
        body_spans=tuple(spans),
        title=title,
        title_span=title_span,
        date=_head_date(lines, reasons),
        furniture=tuple(sorted(furniture)),
    )


def _title(lines: list[Line], reasons: dict[int, str], text: str) -> tuple[str | None, Span | None]:
    """The first body line, when it reads as a headline (short, not a finished sentence)."""
    for i, line in enumerate(lines):
        if line.blank or i in reasons:
            continue
        c = line.content
        if len(c) <= HEADLINE_MAX and not c.endswith(cues.NOT_TITLE_ENDINGS) and cues.FULL_STOP not in c:
            span = _trim(text, line.start, line.end)
            return (text[span[0] : span[1]] if span else None), span
        return None, None
    return None, None


def _head_date(lines: list[Line], reasons: dict[int, str]) -> dt.date | None:
    nonblank = [i for i, line in enumerate(lines) if not line.blank][:HEAD_LINES]
    for i in nonblank:
        if reasons.get(i) == "metadata line":
            found = find_date(lines[i].content)
            if found:
                return found[0]
    return None
