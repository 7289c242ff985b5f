"""The article body's head and tail furniture: breadcrumb trails and the repeated headline at the
head, credit lines anywhere, a closing disclaimer and all after it (cue tables in
:mod:`pipeline.lang.zh.webpage`, matched on the t2s view), then the body spans of
:func:`pipeline.read.furniture.analyse`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipeline.lang.zh import webpage as cues
from pipeline.read import furniture
from pipeline.read.html.markup import view

#: Head rules (breadcrumbs, repeated headline) look at lines before the first line this long.
PARAGRAPH_MIN = 50
#: Credit and disclaimer lines are short.
CREDIT_MAX = 40
DISCLAIMER_MAX = 60


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted({view(w) for w in words}, key=len, reverse=True))


@cache
def _credit_re() -> re.Pattern[str]:
    return re.compile(rf"^[(\[【〔]?\s*({_alternation(cues.CREDIT_LABELS)})\s*[:：|]")


@cache
def _opener_re() -> re.Pattern[str]:
    return re.compile(rf"^({_alternation(cues.BREADCRUMB_OPENERS)})\s*[:：]?")


@cache
def _disclaimer_re() -> re.Pattern[str]:
    return re.compile(_alternation(cues.DISCLAIMER_CUES))


@cache
def _disclaimer_label_re() -> re.Pattern[str]:
    return re.compile(rf"^[(\[【〔]?\s*({_alternation(cues.DISCLAIMER_LABELS)})\s*[】\]):：]")


@cache
def _homes() -> tuple[str, ...]:
    return tuple(view(h) for h in cues.BREADCRUMB_HOMES)


@cache
def _arrow_split() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(a) for a in cues.BREADCRUMB_ARROWS) + "]")


def is_breadcrumb(line: str) -> bool:
    """A "you are here" trail line: 您所在的位置：首页 > 快讯 >, or one of its short segments."""
    v = view(line).strip()
    if _opener_re().match(v):
        return True
    arrows = "".join(cues.BREADCRUMB_ARROWS)
    core = v.rstrip(" " + arrows)
    if v.endswith(cues.BREADCRUMB_ARROWS) and len(core) <= 20:
        return True
    segments = [s.strip() for s in _arrow_split().split(v)]
    if len(segments) >= 3 and all(0 < len(s) <= 10 for s in segments):
        return True
    return core in _homes()


def is_credit_line(line: str) -> bool:
    """An editor or source credit: 责任编辑：霍琦, （編輯：王小明）, 本文来源：新京报."""
    v = view(line).strip()
    return len(v) <= CREDIT_MAX and bool(_credit_re().match(v))


def is_disclaimer(line: str) -> bool:
    """An investment/content disclaimer: 声明：…不构成实质性投资建议, （本文只供參考，並不構成任何
    投資建議）, 【免責聲明】…"""
    v = view(line).strip()
    if _disclaimer_label_re().match(v):
        return True
    return len(v) <= DISCLAIMER_MAX and bool(_disclaimer_re().search(v))


def clean_body(text: str, title: str | None) -> str:
    """Drop head and tail furniture, then keep finkg's furniture body spans; paragraphs are
    separated by a blank line."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    tv = view(title).strip() if title else None
    out: list[str] = []
    in_head = True
    for ln in lines:
        v = view(ln).strip()
        if in_head and tv and (v == tv or v.replace(" ", "") == tv.replace(" ", "")):
            continue
        if in_head and is_breadcrumb(ln):
            continue
        if is_credit_line(ln):
            continue
        if is_disclaimer(ln) and not in_head:
            break  # the disclaimer closes the article: nothing after it is body
        if len(v) >= PARAGRAPH_MIN:
            in_head = False
        out.append(ln.strip())
    joined = "\n".join(out)
    layout = furniture.analyse(joined)
    kept = "\n".join(joined[a:b] for a, b in layout.body_spans)
    return "\n\n".join(ln.strip() for ln in kept.split("\n") if ln.strip())
