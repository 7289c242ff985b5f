"""When a number is a quantity at all.

A numeral with a scale word but no unit (headline 輝達砸647億) is an amount only in a money
context (a money verb before it or a money noun after it) and never before a counter (8億人,
400萬顆GPU); a number glued to a Latin word is a name (MI450, H800); a unit gloss in brackets
(即100萬千瓦) is no capacity of its own.
"""

from __future__ import annotations

from pipeline.lang.zh import money as M
from pipeline.nlp.quantities.currencies import currency_before
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.scan import (
    clause_end,
    clause_start,
    ends,
    is_latin,
    skip_space,
    skip_space_back,
    starts,
)


def money_context(view: str, start: int, end: int) -> bool:
    """A money word before the number in its clause (or a money verb right before it), or a
    money noun after it."""
    lx = lexicon()
    lo = clause_start(view, start, M.MONEY_BEFORE_WINDOW)
    before = view[lo:start]
    if any(w in before for w in lx.money_before):
        return True
    pos = skip_space_back(view, start, 1)
    qualifier = ends(view, pos, lx.qual_before)  # 賺逾百億: the verb before the qualifier
    if ends(view, pos - len(qualifier) if qualifier else pos, lx.money_adjacent):
        return True
    hi = clause_end(view, end, M.MONEY_AFTER_WINDOW, lx.money_end)
    return any(_money_noun(view, w, end, hi) for w in lx.money_after)


def _money_noun(view: str, word: str, lo: int, hi: int) -> bool:
    """``word`` in view[lo:hi] as a money noun, not the head of a word for people (投資者, 投資人)."""
    i = view.find(word, lo, hi)
    while i >= 0:
        if not starts(view, i + len(word), lexicon().people_tails):
            return True
        i = view.find(word, i + 1, hi)
    return False


def counted(view: str, end: int) -> bool:
    """A counter, a unit or a Latin word follows: the number counts something."""
    pos = skip_space(view, end, 1)
    if pos < len(view) and (is_latin(view[pos]) or view[pos].isdigit()):
        return True
    return starts(view, pos, lexicon().count_words) is not None


def latin_glued(view: str, start: int) -> bool:
    """MI450, H800, GB300: a number glued to a Latin word is a name (3x300MW is a product), unless
    a unit follows it (EPS3.2元, ROE15%: the grammar checks that)."""
    if not view[start].isdigit():
        return False
    if currency_before(view, start) is not None:
        return False  # RM1.5億, USD 20億
    if start > 0 and is_latin(view[start - 1]):
        multiply = view[start - 1] in "xX" and start > 1 and view[start - 2].isdigit()
        return not multiply
    return start > 0 and view[start - 1] == "." and start > 1 and view[start - 2].isdigit()


def in_gloss(view: str, start: int) -> bool:
    """即100萬千瓦 inside a parenthesis that explains a unit."""
    pos = skip_space_back(view, start, 1)
    if not ends(view, pos, lexicon().gloss_words):
        return False
    open_paren = view.rfind("(", 0, start)
    close_paren = view.rfind(")", 0, start)
    return open_paren > close_paren and start - open_paren < 40


def per_capacity(view: str, start: int) -> bool:
    """每GW, 每個千兆瓦: the capacity is a denominator, not a capacity."""
    return ends(view, skip_space_back(view, start, 1), lexicon().per_capacity_before) is not None
