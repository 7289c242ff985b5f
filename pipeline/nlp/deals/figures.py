"""Pass 4 — a deal's figures: the amount, capacity and share count that belong to a deal word.

The amount nearest the trigger in its clause (not a conversion, not a per-share price except for
warrants, not a valuation), else the first of the next clause, else a 以-price before it, else a
total named later in the sentence; and how two figures compare (the same figure, rounded; a part
under a cap).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol, TypeVar

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh.deal_frames import FRAMES
from pipeline.model.records import Amount, Capacity
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.triggers import Hit

#: the longest modifier between a figure's 的 and the deal noun it prices (的套管式基樁合約)
MAX_PRICED_GAP = 12

#: how far before an amount its cue words are read (估值, 市值 …)
CUE_REACH = 8
#: 斥资N，回购股份: the spending verbs (frames that price the deal word after them)
SPEND_VERBS: tuple[str, ...] = tuple(t for f in FRAMES if f.prices_next for t in f.triggers)


class _Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


F = TypeVar("F", bound=_Located)


#: the periods a rent is stated per (每年N / 每月N): a lease's own figure
_RENT_PERIODS = frozenset({"year", "month"})


def is_deal_amount(view: str, a: Amount, dtype: str) -> bool:
    if a.converted_from_start is not None:
        return False
    lo = max(0, a.start - CUE_REACH)
    if dtype in L.PERSON_AGENT_TYPES and X.PROCEEDS_CUES.within(view, lo, a.start):
        return True  # 减持旧股，套现18亿元: the proceeds are the sale's figure
    if L.NON_DEAL_AMOUNT_AFTER.match(view, a.end):
        return False
    if R.CAPITAL_CHANGED.search(view, _phrase_start(view, a.start - R.CAPITAL_REACH, a.start), a.start):
        return False  # 注册资本将由N1增至N2: the capital before and after, no deal's figure
    # …收购Y部分业务资产，交易金额N: a cue word in the clause before labels no figure of this one
    own = _phrase_start(view, lo, a.start)
    if X.NON_DEAL_AMOUNT_CUES.within(view, own, a.start):
        # 资产将以N售予Y: the price 以 introduces is the deal's, whatever noun stands before it
        by = view.rfind(L.INSTRUMENTAL, lo, a.start)
        if by < 0 or not instrumental(view[lo : a.start]) or X.NON_DEAL_AMOUNT_CUES.within(view, by, a.start):
            return False
    # a warrant's exercise price is per share; a lease's rent may be per year or month (每年N租回)
    return dtype == "warrant" or a.per is None or (dtype == "lease" and a.per in _RENT_PERIODS)


def _phrase_start(view: str, lo: int, at: int) -> int:
    """Where the phrase holding ``at`` begins, looking back no further than ``lo``."""
    lo = max(0, lo)
    return max(lo, *(view.rfind(ch, lo, at) + 1 for ch in L.PHRASE_BREAKS))


def pick_amount(ctx: SentenceContext, hit: Hit, hits: Sequence[Hit], ci: int, dtype: str) -> Amount | None:
    """The deal's figure: nearest in the trigger's clause (not nearer another deal word), else the
    first in the next clause if no deal word (even a hedged one) claims it, else a 以-price before."""
    view = ctx.view
    usable = [a for a in ctx.amounts if is_deal_amount(view, a, dtype)]
    ca, cb = ctx.clauses[ci]
    if dtype == "warrant":
        per_share = [a for a in usable if a.per == "share"]
        usable = per_share or [a for a in usable if a.per is None]
        # the exercise price may follow in the sentence (…发行认股权证，允许Y以每股0.01美元认购)
        later = [a for a in per_share if a.start >= ca]
        if later:
            return later[0]
    if _modifies_round(view, hit):
        return None  # 由A领投的N融资: the figure after 的 is the round's, not the investor's
    if any(ca <= h.start and _names_shares_bought(view, h, hit) for h in hits):
        return None  # A认购X配售股份N: the investor's figure, not the whole placement's
    rivals = [
        h
        for h in hits
        if h is not hit
        and h.trigger.type != hit.trigger.type
        and ca <= h.start < cb
        and not _modifies_round(view, h)
        and not _names_shares_bought(view, hit, h)
    ]

    def mine(a: Amount) -> bool:
        d = distance(a, hit)
        if _priced_noun(view, hit, a):
            return True
        return all(distance(a, r) >= d or _round_figure(view, r, a) for r in rivals)

    in_clause = [a for a in usable if ca <= a.start < cb and mine(a)]
    if in_clause:
        nearest = min(in_clause, key=lambda a: distance(a, hit))
        if _round_figure(view, hit, nearest):
            return None  # Y获A领投15亿元B轮融资: the round's figure
        return superseding(ctx, nearest, usable)
    if hit.trigger.frame.joins_round:
        # …跟投，融资额度约为N: an investor of a round takes only a figure tied to it (its own
        # clause, 以N, or a next clause about the amount: X领投Y，金额达N)
        nxt = _next_clause_figure(ctx, ci, usable)
        lead = ctx.view[cb : nxt.start].lstrip(L.CLAUSE_BREAKS + L.SPACES) if nxt is not None else ""
        if nxt is not None and lead.startswith(R.OWN_AMOUNT_NOUNS):
            return nxt
        if nxt is not None and lead.startswith(R.SUM_WORDS) and R.SHARES_BOUGHT.search(ctx.view, hit.end, cb):
            return nxt  # 认购X 1000万股，合计1亿元: the price of the shares the investor buys
        return _instrumental_figure(ctx, ci, usable, hits) or _whole_raise_figure(ctx, ci, usable)
    # 为D向L借款提供担保，金额N: the next clause gives the guarantee's figure, not the nested loan's
    nested = (
        hit.trigger.subtype not in L.GUARANTEE_SUBTYPES
        and any(hit.end <= h.start < cb and h.trigger.subtype in L.GUARANTEE_SUBTYPES for h in hits)
        and not _restated_next(ctx, ci, dtype)
    )
    found = (
        _funds_figure(ctx, hit, ci, usable)
        or (None if nested else _next_clause_figure(ctx, ci, usable, dtype))
        or _instrumental_figure(ctx, ci, usable, hits)
        or _named_total(ctx, cb, usable)
    )
    return superseding(ctx, found, usable) if found is not None else None


def _whole_raise_figure(ctx: SentenceContext, ci: int, usable: Sequence[Amount]) -> Amount | None:
    """增资N，由Y全额认购: a subscriber taking the whole raise takes the figure of the clause before."""
    ca, cb = ctx.clauses[ci]
    if ci == 0 or not R.WHOLE_SUBSCRIPTION.search(ctx.view, ca, cb):
        return None
    before = [a for a in usable if ctx.clauses[ci - 1][0] <= a.start < ca]
    return before[-1] if len(before) == 1 else None


def _names_shares_bought(view: str, hit: Hit, other: Hit) -> bool:
    """A认购X配售股份N: the raise word after an investor's verb names the shares it buys; it claims
    no figure from the investor."""
    return (
        hit.trigger.frame.joins_round
        and hit.end <= other.start
        and view.startswith(R.OFFERED_SHARES, other.end)
    )


def _round_figure(view: str, hit: Hit, a: Amount) -> bool:
    """领投15亿元B轮融资: the figure right after an investor's verb, before a round noun."""
    if not hit.trigger.frame.joins_round or view[hit.end : a.start].strip(L.SPACES + L.DE):
        return False
    return R.ROUND_AFTER_FIGURE.match(view, a.end) is not None


def _priced_noun(view: str, hit: Hit, a: Amount) -> bool:
    """簽署約N的套管式基樁合約: a figure with 的 before a deal noun that needs one prices that noun,
    whatever verb (a signing) stands nearer the figure."""
    if hit.trigger.frame.needs != "money" or not a.end <= hit.start <= a.end + MAX_PRICED_GAP:
        return False
    between = view[a.end : hit.start]
    return between.startswith(L.DE) and not any(ch in L.CLAUSE_BREAKS for ch in between)


def _modifies_round(view: str, hit: Hit) -> bool:
    """A领投的 (an investor's verb in a relative clause): it describes the round noun after it."""
    return hit.trigger.frame.joins_round and view.startswith(L.DE, hit.end)


def superseding(ctx: SentenceContext, a: Amount, usable: Sequence[Amount]) -> Amount:
    """由230亿港元提升至300亿港元: the figure a raise or cut ends at; 原订目标金额为N，…以M结案:
    the last figure after the original target."""
    if R.ORIGINAL_FIGURE.search(ctx.view, max(ctx.start, a.start - 12), a.start):
        final = [b for b in usable if a.end <= b.start < ctx.end]
        return final[-1] if final else a
    if not L.SUPERSEDED_BY.match(ctx.view, a.end):
        return a
    later = [b for b in usable if b.start > a.end]
    # 由A再增加B，增加后总金额C: the total after the increase
    totals = [b for b in later if L.RAISED_TOTAL.search(ctx.view, max(a.end, b.start - 12), b.start)]
    return totals[0] if totals else later[0] if later else a


def _funds_figure(ctx: SentenceContext, hit: Hit, ci: int, usable: list[Amount]) -> Amount | None:
    """將4.49億元存入…，資金來源於X提供的借款: the funds are the figure just named."""
    ca, _ = ctx.clauses[ci]
    if ci > 0 and ctx.view[ca : hit.start].lstrip(L.SPACES).startswith(L.FUNDS_NOUNS):
        pa, pb = ctx.clauses[ci - 1]
        prev = [a for a in usable if pa <= a.start < pb]
        if prev:
            return prev[-1]
    return None


def _next_clause_figure(
    ctx: SentenceContext, ci: int, usable: list[Amount], dtype: str | None = None
) -> Amount | None:
    """…的现金增资，投入金额上限7亿元: the figure in the next clause, unless another deal word
    claims it; a heading's next headline (after a space) is another story."""
    _, cb = ctx.clauses[ci]
    while ci + 2 < len(ctx.clauses) and _role_label(ctx, ci + 1, usable):
        ci += 1  # 签订EPC合同，发包人为X，承包人为Y，合同金额N: past the clauses naming the parties
    if ci + 1 < len(ctx.clauses) and not ctx.view[cb].isspace():
        na, nb = ctx.clauses[ci + 1]
        nxt = [a for a in usable if na <= a.start < nb]
        if nxt and not any(na <= h.start < nb and not _restating(ctx, h, dtype) for h in ctx.hits):
            return nxt[0]
    return None


def _role_label(ctx: SentenceContext, ci: int, usable: list[Amount]) -> bool:
    """The clause names a party by its role and holds no figure and no deal word."""
    a, b = ctx.clauses[ci]
    return (
        R.ROLE_LABEL_CLAUSE.match(ctx.view, a) is not None
        and not any(a <= f.start < b for f in usable)
        and not any(a <= h.start < b for h in ctx.hits)
    )


def _restated_next(ctx: SentenceContext, ci: int, dtype: str) -> bool:
    """…提供担保，本次债券发行规模为N: the next clause names a deal of this type again."""
    if ci + 1 >= len(ctx.clauses):
        return False
    na, nb = ctx.clauses[ci + 1]
    return any(na <= h.start < nb and _restating(ctx, h, dtype) for h in ctx.hits)


def _restating(ctx: SentenceContext, h: Hit, dtype: str | None) -> bool:
    """…增资扩股项目签约，本轮融资金额N: a deal word of the same type after 本轮 / 此次, or before
    金额 (…租给Y，租赁金额N), restates the deal, it claims no figure of its own."""
    if dtype is None or (
        h.trigger.type != dtype and not (dtype == "debt" and h.trigger.type == "fundraising")
    ):
        return False
    view = ctx.view
    ca, _ = ctx.clause_at(h.start)
    if not view[ca : h.start].strip(L.SPACES) and view[h.start : h.end].endswith(R.FIGURE_LABELS):
        return True  # …提供担保，担保额度为N: a clause led by the deal's own figure noun
    if dtype == "debt" and h.trigger.type == "fundraising" and h.trigger.subtype is None:
        return not view[ca : h.start].strip(L.SPACES)  # 发行债券，募集资金N: what the issue raises
    return view[max(0, h.start - 3) : h.start].endswith(L.DEICTIC) or view.startswith(R.FIGURE_LABELS, h.end)


def _instrumental_figure(
    ctx: SentenceContext, ci: int, usable: list[Amount], hits: Sequence[Hit]
) -> Amount | None:
    """以2,000万美元，投资…: the price given with 以 in the clause before."""
    if ci > 0 and not ctx.view[ctx.clauses[ci - 1][1]].isspace():
        pa, pb = ctx.clauses[ci - 1]
        prev = [
            a
            for a in usable
            if pa <= a.start < pb
            and (
                instrumental(ctx.view[max(pa, a.start - CUE_REACH) : a.start])
                or ctx.view[pa : a.start].endswith(SPEND_VERBS)
            )
        ]
        # 以附加股方式筹资N: a deal word right before the figure claims it (以 names the means)
        claimed = prev and any(max(pa, prev[-1].start - CUE_REACH) <= h.start < prev[-1].start for h in hits)
        if prev and not claimed and not any(prev[-1].end <= h.start < pb for h in hits):
            return prev[-1]
        return _priced_total(ctx, ci, usable, hits)
    return None


def _priced_total(ctx: SentenceContext, ci: int, usable: list[Amount], hits: Sequence[Hit]) -> Amount | None:
    """X以每股P，总额约N，收购Y / 以每股P、合共N出售: the total named after a 以-price per share."""
    view = ctx.view
    ka = ctx.clauses[max(0, ci - 2)][0]
    _, kb = ctx.clauses[ci - 1]
    prices = [
        a
        for a in ctx.amounts
        if ka <= a.start < kb
        and a.per == "share"
        and instrumental(view[max(ka, a.start - CUE_REACH) : a.start])
    ]
    if not prices or any(prices[0].end <= h.start < kb for h in hits):
        return None
    for a in usable:
        cue = view[max(ka, a.start - CUE_REACH) : a.start]
        if prices[0].end <= a.start < kb and a.per is None and any(w in cue for w in R.PRICE_TOTAL_CUES):
            return a
    return None


def _named_total(ctx: SentenceContext, cb: int, usable: list[Amount]) -> Amount | None:
    """本次要約收購價格…，所需最高資金總額超22.45億元: the deal's total, stated later in its sentence."""
    for a in usable:
        if a.start < cb:
            continue
        ja, jb = ctx.clauses[ctx.clause_index(a.start)]
        if any(ja <= h.start < jb for h in ctx.hits):
            break
        if X.TOTAL_CUES.within(ctx.view, max(ja, a.start - CUE_REACH), a.start):
            return a
    return None


def instrumental(before: str) -> bool:
    """以2,000万美元 / 以自有资金7.35亿美元: 以 introduces the price (a few words may intervene)."""
    i = before.rfind(L.INSTRUMENTAL)
    return i >= 0 and not any(ch in before[i:] for ch in L.PHRASE_BREAKS)


def nearest_in(
    items: Sequence[F], hit: Hit, clauses: Sequence[tuple[int, int]], ci: int, whole_sentence: bool = False
) -> F | None:
    """The item nearest the deal word in its clause, else in the next clause (else anywhere in
    the sentence when ``whole_sentence``)."""
    ca, cb = clauses[ci]
    pool = [x for x in items if ca <= x.start < cb]
    if not pool and ci + 1 < len(clauses):
        na, nb = clauses[ci + 1]
        pool = [x for x in items if na <= x.start < nb]
    if not pool and whole_sentence:
        pool = list(items)
    if not pool:
        return None
    return min(pool, key=lambda x: distance(x, hit))


def distance(x: _Located, hit: Hit) -> int:
    if x.end <= hit.start:
        return hit.start - x.end
    if x.start >= hit.end:
        return x.start - hit.end
    return 0


# ----------------------------------------------------------------------------- comparing figures


def value_of(a: Amount | None) -> tuple[Decimal | None, Decimal | None, Decimal | None] | None:
    return None if a is None else (a.value, a.min, a.max)


def vague(a: Amount) -> bool:
    return a.value is None and a.min is None and a.max is None


def close(a: Amount, b: Amount) -> bool:
    """The same figure, possibly rounded (约27.9亿元 / 28亿元)."""
    if a.value is None or b.value is None or a.value == 0:
        return value_of(a) == value_of(b)
    return abs(a.value - b.value) <= Decimal("0.015") * abs(a.value)


def more_precise(a: Amount | None, b: Amount | None) -> bool:
    if a is None or b is None or a.value is None or b.value is None or not close(a, b):
        return False
    return len(str(a.value.normalize())) > len(str(b.value.normalize()))


def same_figure(a1: Amount | None, c1: Capacity | None, a2: Amount | None, c2: Capacity | None) -> bool:
    if a1 is not None and a2 is not None and not vague(a1) and not vague(a2):
        if a1.currency == a2.currency and close(a1, a2):
            return True
        if a1.usd_value is not None and a2.usd_value is not None and a1.usd_value == a2.usd_value:
            return True
    return (
        c1 is not None and c2 is not None and c1.value_watts is not None and c1.value_watts == c2.value_watts
    )
