"""Qualifier words around a number: 約 / 逾 / 高達 / 不超過 before it, 左右 / 以上 after it, and
a few that still apply a few words away (每月至少花費10億美元)."""

from __future__ import annotations

import re
from typing import cast

from pipeline.lang.zh import money as M
from pipeline.model.records import Qualifier
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.scan import (
    clause_start,
    ends,
    sentence_start,
    skip_space,
    skip_space_back,
    starts,
)

#: a number or a percent sign between a detached qualifier and its number breaks the link
_FIGURE = re.compile(r"\d|%")


def qualifier_before(view: str, start: int, end: int | None = None) -> tuple[int, Qualifier] | None:
    """(start, qualifier) of a qualifier word right before ``start`` (the amount ends at ``end``)."""
    lx = lexicon()
    pos = skip_space_back(view, start, 1)
    q = ends(view, pos, lx.qual_before)
    # a blocked word may end in a shorter qualifier (買超逾50億元: 超逾 is 買超's tail, 逾 stands)
    while q is not None and _blocked(view, pos - len(q), q):
        q = next((q[k:] for k in range(1, len(q)) if q[k:] in lx.qual_before), None)
    if q is None:
        return None
    begin = pos - len(q)
    if q in lx.level_verbs and (
        ends(view, begin, lx.level_adverbs)
        or (end is not None and starts(view, skip_space(view, end, 1), lx.level_nouns))
    ):
        return None  # 股價已接近10萬韓元, 接近10萬韓元大關: the price nears a level
    if q in lx.superlatives and _ranking(view, start):
        return None  # 其中A公司募資最高58.6億元，B公司次之
    return begin, cast(Qualifier, lx.qual_before[q])


def _blocked(view: str, begin: int, q: str) -> bool:
    """The qualifier word at ``begin`` is the tail of another word (要約, 買超)."""
    lx = lexicon()
    if q.startswith(lx.blockable_head) and ends(view, begin, lx.detached_blockers):
        return True
    return ends(view, begin, lx.qualifier_blockers.get(q, ())) is not None


def _ranking(view: str, pos: int) -> bool:
    """The sentence around ``pos`` ranks its figures (…最高為X，Y次之)."""
    lx = lexicon()
    sentence = view[sentence_start(view, pos) : _sentence_end(view, pos)]
    return any(w in sentence for w in lx.ranking_words)


def _sentence_end(view: str, pos: int) -> int:
    ends_at = [i for i in (view.find(ch, pos) for ch in lexicon().sentence_end) if i >= 0]
    return min(ends_at) if ends_at else len(view)


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
        if starts(view, i + len(w), lx.noun_tails):
            continue  # 6個月最高價0.94元: the period high, a noun
        if w in lx.superlatives and _ranking(view, start):
            continue
        if best is None or i + len(w) > best[0]:
            best = (i + len(w), q)
    return cast(Qualifier, best[1]) if best else None


def qualifier_after(view: str, end: int) -> tuple[int, Qualifier] | None:
    """(end, qualifier) of a qualifier word right after ``end`` (左右, 以上)."""
    lx = lexicon()
    q = starts(view, end, lx.qual_after)
    if q is None or starts(view, end + len(q), lx.not_qual_after.get(q, ())):
        return None
    return end + len(q), cast(Qualifier, lx.qual_after[q])
