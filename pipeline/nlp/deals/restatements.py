"""A deal named again by a determiner and a general noun (本次交易对价约为40亿欧元 / 上述订单总金额
约15亿美元 / 此次发行金额为80亿元): the sentence restates the deal under discussion and gives its
figure, though it has no deal word of that deal's own frame. The figure joins that deal (one deal,
two evidence sentences), never a deal of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from pipeline.lang.zh import discourse as D
from pipeline.model.records import Amount
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.figures import close


def with_back_references(
    ctx: SentenceContext, recent: Mapping[str, Candidate], found: list[Candidate]
) -> list[Candidate]:
    """The sentence's candidates with a restatement of the deal under discussion for each 本次交易…N
    (上述收购金额…) it holds; a candidate without an agent holding that figure gives way to it."""
    back = _back_references(ctx, recent, found)
    claimed = {c.amount.start for c in back if c.amount is not None}
    kept = [c for c in found if c.agent is not None or c.amount is None or c.amount.start not in claimed]
    return kept + back


def _back_references(
    ctx: SentenceContext, recent: Mapping[str, Candidate], found: list[Candidate]
) -> list[Candidate]:
    """A candidate restating the deal under discussion for each 本次交易…N the sentence holds
    (when no candidate of the sentence with an agent already holds that figure)."""
    if not recent:
        return []
    taken = {c.amount.start for c in found if c.amount is not None and c.agent is not None}
    out: list[Candidate] = []
    for m in D.BACK_REFERENCE.finditer(ctx.view, ctx.start, ctx.end):
        if D.COUNTED_SET.search(ctx.view, m.start(), m.start(1)) is not None:
            continue  # 上述三项投资总额: the total of several deals
        ca, cb = ctx.clause_at(m.start())
        amount = _figure_after(ctx, m.end(), cb)
        if amount is None:
            # 这笔交易预计明年完成: a restatement without a figure, when nothing else is said there
            if out or any(ca <= c.trigger_start < cb for c in found):
                continue
        elif amount.start in taken:
            continue
        prior = _deal_named(recent, D.GENERAL_DEAL_NOUNS[m.group(1)])
        if prior is None or prior.agent is None:
            continue
        if amount is not None and prior.amount is not None and not close(prior.amount, amount):
            continue  # 本次交易首期款N: a part of the deal, or another figure — not its size
        borrowed = frozenset(p.iri for p in (prior.agent, prior.counterparty) if p is not None)
        out.append(
            Candidate(
                prior.type,
                prior.agent,
                prior.counterparty,
                ctx.sentence,
                m.end(),  # the determiner stands before the deal word: a report of that deal
                amount=amount,
                subtype=prior.subtype,
                borrowed=borrowed,
            )
        )
        if amount is not None:
            taken.add(amount.start)
    return out


def _figure_after(ctx: SentenceContext, at: int, cb: int) -> Amount | None:
    """The first figure (not a per-share price) after the general noun, in its clause."""
    return next(
        (
            a
            for a in ctx.amounts
            if at <= a.start < min(cb, at + D.FIGURE_REACH) and a.per is None and a.value is not None
        ),
        None,
    )


def _deal_named(recent: Mapping[str, Candidate], types: frozenset[str] | None) -> Candidate | None:
    """The latest deal under discussion of one of these types."""
    cands = [c for t, c in recent.items() if types is None or t in types]
    return max(cands, key=lambda c: c.trigger_start, default=None)


def series_of(c: Candidate) -> str | None:
    """Which of its parties' repeated deals ``c`` is: the funding round (B轮 → "round:B") of a
    round or an investment in one, the year and series of a bond (2025年度第一期 → "series:2025-一"),
    read nearest the deal word in its own sentence, else in the sentences restating it."""
    if c.type in ("investment", "fundraising"):
        pattern, label = D.ROUND_LABEL, _round_label
    elif c.type == "debt":
        pattern, label = D.BOND_SERIES, _series_label
    else:
        return None
    for s in (c.sentence, *c.extra):
        found = list(pattern.finditer(s.text))
        if found:
            at = c.trigger_start - s.start if s is c.sentence else 0
            return label(min(found, key=lambda m: abs(m.start() - at)))
    return None


def _round_label(m: re.Match[str]) -> str:
    name = m.group(1)
    return "round:" + D.LABEL_FOLDS.get(name, name).upper().replace("PRE", "Pre").replace("Pre-", "Pre")


def _series_label(m: re.Match[str]) -> str:
    return f"series:{m.group(1)}-{m.group(2)}"


#: how far a precise figure may lie from a rounded one it restates, by the rounded one's qualifier:
#: 近/约60亿 (approx) for 58.6亿 or 61亿; 逾/超10亿 (at_least) for 10.69亿 or 12亿
_ROUNDING_WINDOWS: dict[str, tuple[Decimal, Decimal]] = {
    "approx": (Decimal("0.9"), Decimal("1.1")),
    "at_least": (Decimal("1"), Decimal("1.25")),
}
#: a rounded figure has at most this many significant digits (60亿, 4.5亿, 百亿; not 58.6亿)
_ROUND_DIGITS = 2


def rounds(rough: Amount, precise: Amount) -> bool:
    """A headline's or recap's rounded figure (近60亿元, 逾百億港元, 逾50亿美元) restating the body's
    precise one (58.6亿元, 105億港元, 约410亿港元): the rough one has a qualifier, and few digits in
    the body's currency (a converted figure, 约341亿元人民币 for 47亿美元, has many); the precise one
    lies in its window, in the same currency or in US$ by the article's rates."""
    window = _ROUNDING_WINDOWS.get(rough.qualifier)
    if window is None or rough.value is None or precise.value is None or rough.value <= 0:
        return False
    if rough.currency == precise.currency:
        if len(rough.value.normalize().as_tuple().digits) > _ROUND_DIGITS:
            return False
        r, p = rough.value, precise.value
    elif rough.usd_value is not None and precise.usd_value is not None and rough.usd_value > 0:
        r, p = rough.usd_value, precise.usd_value
    else:
        return False
    lo, hi = window
    return lo * r <= p <= hi * r and not close(rough, precise)
