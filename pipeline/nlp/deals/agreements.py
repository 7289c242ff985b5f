"""An agreement that frames an investment governs it: 与Y签署投资协议，将向Y投资N / 签订了总投资N的
合资协议 — one agreement of the signing parties, with the investment's figure, not an investment
besides it (docs/gold-format.md: an agreement's amount is the agreement's)."""

from __future__ import annotations

from pipeline.lang.zh import deal_objects as O
from pipeline.model.frozen import replace
from pipeline.nlp.deals.candidates import Candidate, pair_of
from pipeline.nlp.deals.context import SentenceContext

#: the deals an agreement of the sentence may frame
FRAMED_TYPES = frozenset({"investment", "capex"})


def framed_by_agreement(ctx: SentenceContext, found: list[Candidate]) -> list[Candidate]:
    """Fold each investment or build-out of the signing parties into the framework agreement of the
    sentence: in a later clause (…签署投资协议，X将投资N), or as the figure of the agreement noun."""
    out = list(found)
    for g in found:
        if g.type != "agreement" or g.attach is not None or None in pair_of(g) or not _framework(ctx, g):
            continue
        pair = pair_of(g)
        for c in list(out):
            if (
                c is g
                or c.attach is not None
                or c.agent is None
                or not (c.type in FRAMED_TYPES or _stake_got(c))
            ):
                continue
            if c.agent.iri not in pair or (c.counterparty is not None and c.counterparty.iri not in pair):
                continue
            if not (_later_clause(ctx, g, c) or _figure_of_agreement(ctx, c)):
                continue
            i = out.index(g)
            g = replace(out[i], amount=out[i].amount or c.amount, capacity=out[i].capacity or c.capacity)
            out[i] = g
            out.remove(c)
    return out


def _stake_got(c: Candidate) -> bool:
    """…，X将向Y投资N，取得10%股权: the stake the framed investment buys, from nobody named."""
    return c.type == "acquisition" and c.counterparty is None and c.amount is None


def _framework(ctx: SentenceContext, g: Candidate) -> bool:
    ca, cb = ctx.clause_at(g.trigger_start)
    return O.FRAMEWORK_AGREEMENTS.search(ctx.view, ca, cb) is not None


def _later_clause(ctx: SentenceContext, g: Candidate, c: Candidate) -> bool:
    return ctx.clause_index(c.trigger_start) > ctx.clause_index(g.trigger_start)


def _figure_of_agreement(ctx: SentenceContext, c: Candidate) -> bool:
    """总投资20亿欧元的合资协议: the figure stands before 的 and the agreement noun."""
    return c.amount is not None and O.FIGURE_OF_AGREEMENT.match(ctx.view, c.amount.end) is not None
