"""Per-units: the denominator of a rate (每股0.01美元 per share, 每月 per month, 每GW per GW,
11.85元/股). The 每X word is not part of the amount's span; /股 after it is not either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.zh import money as M
from pipeline.model.frozen import replace
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.scan import (
    clause_end,
    clause_start,
    ends,
    is_numeral_char,
    present,
    rate_clause_start,
    sentence_start,
    skip_space,
    skip_space_back,
    starts,
)

if TYPE_CHECKING:
    from pipeline.nlp.quantities.drafts import Draft

#: per-units that describe one share or one REIT unit (a price)
_PRICE_PERS = ("share", "unit")


def per_unit(view: str, start: int, end: int, unit_traded: bool, price: bool) -> str | None:
    """The rate denominator of the amount at [start, end): 每股 … before it, or /股 after it.

    ``price`` is false for amounts with a scale word: 每股 and price words then describe
    something else in the clause (以每股9仙配售5億股新股集資4500萬元).
    """
    lx = lexicon()
    after = starts(view, end, lx.per_after)
    if after is not None:
        return lx.per_after[after]  # 11.85元/股: the /股 is not part of the span
    lo = rate_clause_start(view, start, M.PER_WINDOW)
    best = _per_word(view, lo, start, price)
    if price:
        best = _price_word(view, lo, start, unit_traded, best)
        if best is None and _share_price(view, start, end):
            best = (start, "unit" if unit_traded else "share")
    if best is None and not price and _per_unit_cost(view, start):
        return "GW"
    return best[1] if best else None


def _per_word(view: str, lo: int, start: int, price: bool) -> tuple[int, str] | None:
    """The last 每X / 月均 / 年薪 … word of the clause before ``start``."""
    lx = lexicon()
    best: tuple[int, str] | None = None
    # (a word at the same place as another shares its first character and comes after it when
    # shorter, so looking only at the words that can occur keeps the answer)
    for w in present(view[lo:start], lx.per_words.first):
        p = lx.per_words[w]
        if not price and p in _PRICE_PERS:
            continue
        i = view.rfind(w, lo, start)
        if (
            i > 0
            and not w.startswith(lx.per_prefix)
            and (is_numeral_char(view[i - 1]) or view[i - 1] in lx.per_not_after)
        ):
            continue  # 2025年薪資, 10月支出, 今年租金: a date, not a rate
        if i >= 0 and (best is None or i > best[0]):
            best = (i, p)
    return best


def _price_word(
    view: str, lo: int, start: int, unit_traded: bool, best: tuple[int, str] | None
) -> tuple[int, str] | None:
    """A later price word (股價, 收市價, 派息 …) makes the amount a price per share (or unit)."""
    lx = lexicon()
    for w in present(view[lo:start], lx.price_words.first):
        i = view.rfind(w, lo, start)
        if i >= 0 and (best is None or i > best[0]):
            per = "unit" if unit_traded and lx.share_word not in w else "share"
            best = (i, per)
    return best


def _share_price(view: str, start: int, end: int) -> bool:
    """An amount without a scale word that quotes or moves a share price: 報158.3元, 升3.4港元,
    5.95令吉開跑, 97900韓元作收, 升0.2元或3%, 以0.94元提出全面收購."""
    lx = lexicon()
    if _price_move(view, start) or _price_quote(view, start):
        return True
    if starts(view, skip_space(view, end, 1), lx.price_after) is not None:
        return True
    if lx.move_with_percent.match(view, end):
        return True
    clause = view[clause_start(view, start, M.PER_WINDOW) : clause_end(view, end, M.PER_WINDOW)]
    return any(w in clause for w in lx.offer_words)


def _trading(view: str, start: int) -> bool:
    """The paragraph (or its sentence) before ``start`` is about a share price."""
    lx = lexicon()
    before = view[view.rfind("\n", 0, start) + 1 : start]
    return lx.share_word in view[sentence_start(view, start) : start] or any(
        w in before for w in (*lx.price_words, *lx.trading_words)
    )


def _price_quote(view: str, start: int) -> bool:
    """報158.3元, 報收268.5元: a quote verb right before the number."""
    return ends(view, skip_space_back(view, start, 1), lexicon().price_quote) is not None


def _price_move(view: str, start: int) -> bool:
    """升3.4港元 in a paragraph about a share price (收報108.2港元, 升3.4港元); 至 after a move
    (攀升19仙或3.3%至6.02令吉) quotes the price it reached."""
    lx = lexicon()
    pos = skip_space_back(view, start, 1)
    to = ends(view, pos, lx.move_to)  # 跌至3.2元
    if to is not None:
        lo = clause_start(view, pos - len(to), M.PER_WINDOW)
        moved = any(w in view[lo : pos - len(to)] for w in lx.price_moves)
    else:
        moved = ends(view, pos, lx.price_moves) is not None
    return moved and _trading(view, start)


def _per_unit_cost(view: str, start: int) -> bool:
    """每個千兆瓦 … X美元, 1GW數據中心的成本 … X美元: per GW, unless another capacity
    (26GW數據中心總成本) stands between the per-GW phrase and the amount."""
    lx = lexicon()
    last = None
    for m in lx.per_unit_cost.finditer(view, sentence_start(view, start), start):
        last = m
    if last is None:
        return False
    return lx.capacity_number.search(view, last.end(), start) is None


def propagate_per(view: str, drafts: list[Draft]) -> list[Draft]:
    """A parenthesised conversion carries the rate of the amount it restates."""
    out: list[Draft] = []
    for d in drafts:
        if d.kind == "amount" and d.per is None and out:
            prev = next((p for p in reversed(out) if p.kind == "amount"), None)
            if prev is not None and prev.per is not None and view[prev.end : d.start].strip() == "(":
                d = replace(d, per=prev.per)
        out.append(d)
    return out
