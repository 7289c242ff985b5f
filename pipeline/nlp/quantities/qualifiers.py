"""Qualifier words around a number: 約 / 逾 / 高達 / 不超過 before it, 左右 / 以上 after it, and
a few that still apply a few words away (每月至少花費10億美元)."""

from __future__ import annotations

import re
from typing import cast

from pipeline.lang.zh import money as M
from pipeline.model.records import Qualifier
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.scan import clause_start, ends, skip_space_back, starts

#: a number or a percent sign between a detached qualifier and its number breaks the link
_FIGURE = re.compile(r"\d|%")


def qualifier_before(view: str, start: int) -> tuple[int, Qualifier] | None:
    """(start, qualifier) of a qualifier word right before ``start``."""
    lx = lexicon()
    pos = skip_space_back(view, start, 1)
    q = ends(view, pos, lx.qual_before)
    if q is None:
        return None
    begin = pos - len(q)
    if q.startswith(lx.blockable_head) and ends(view, begin, lx.detached_blockers):
        return None
    if ends(view, begin, lx.qualifier_blockers.get(q, ())):
        return None
    return begin, cast(Qualifier, lx.qual_before[q])


def qualifier_detached(view: str, start: int) -> Qualifier | None:
    """A qualifier a few words before the number in its clause, with no figure between."""
    lx = lexicon()
    lo = clause_start(view, start, M.DETACHED_WINDOW)
    best: tuple[int, str] | None = None
    for w, q in lx.qual_detached.items():
        i = view.rfind(w, lo, start)
        if i < 0 or (ends(view, i, lx.detached_blockers) and w.startswith(lx.blockable_head)):
            continue
        if _FIGURE.search(view, i + len(w), start):
            continue
        if best is None or i + len(w) > best[0]:
            best = (i + len(w), q)
    return cast(Qualifier, best[1]) if best else None


def qualifier_after(view: str, end: int) -> tuple[int, Qualifier] | None:
    """(end, qualifier) of a qualifier word right after ``end`` (左右, 以上)."""
    lx = lexicon()
    q = starts(view, end, lx.qual_after)
    if q is None:
        return None
    return end + len(q), cast(Qualifier, lx.qual_after[q])
