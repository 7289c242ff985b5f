"""An agreement that frames an investment governs it: 与Y签署投资协议，将向Y投资N / 签订了总投资N的
合资协议 — one agreement of the signing parties, with the investment's figure, not an investment
besides it (docs/gold-format.md: an agreement's amount is the agreement's)."""

from __future__ import annotations

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deals as L
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
            if c.subtype in O.CONTRIBUTION_SUBTYPES and jv_agreement(ctx.view, g):
                continue  # 签订合资协议，…A出资N: the founder's contribution is a deal of its own
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


def place_signings(ctx: SentenceContext, found: list[Candidate]) -> list[Candidate]:
    """柔佛州政府与多家中国企业签署谅解备忘录，涉及投资额N: a place signs with partners the text
    describes but names not — one agreement with the place as counterparty, no agent, and the
    sentence's figure; the place spends nothing itself (no capex of its own)."""
    signings = [g for g in found if _place_signing(ctx, g)]
    if not signings:
        return found
    signed, place = signings[0], signings[0].agent
    assert place is not None
    # the signing words of one agreement (签署 … 协议) and the place's "own" spend of its figure
    folded = [
        c
        for c in found
        if c.agent is not None and c.agent.iri == place.iri and (c in signings or c.type in FRAMED_TYPES)
    ]
    # 预料能引入N投资额: the figure the signing is expected to bring, though no deal word holds it
    later = (a for a in ctx.amounts if a.start > signed.trigger_start)
    amount = next((c.amount for c in folded if c.amount is not None), None) or next(later, None)
    g = replace(signed, agent=None, counterparty=place, amount=amount, unowned=True, symmetric=False)
    return [g if c is signed else c for c in found if c is signed or c not in folded]


def _place_signing(ctx: SentenceContext, g: Candidate) -> bool:
    if g.type != "agreement" or g.attach is not None or g.agent is None or g.counterparty is not None:
        return False
    view = ctx.view
    if not view[g.agent.start : g.agent.end].endswith(L.NOT_COMPANY_HEADS):
        return False
    at = g.agent.end
    if not view.startswith(O.PARTNER_MARKERS, at):
        return False
    m = O.DESCRIBED_PARTNER.match(ctx.masked_span(at + 1, ctx.end))
    return m is not None and L.MASK not in m.group()


def jv_agreement(view: str, g: Candidate) -> bool:
    """An agreement whose sentence names a joint venture's agreement (合资协议)."""
    return g.type == "agreement" and O.JV_AGREEMENT.search(view, g.sentence.start, g.sentence.end) is not None


def founders_contribute(view: str, cands: list[Candidate]) -> list[Candidate]:
    """A与B签订合资协议 … A出资N1，B出资N2: the founders' contributions to the joint venture are its
    deals; the agreement that sets it up is none besides them."""
    founders = {
        c.agent.iri
        for c in cands
        if c.type == "investment" and c.subtype in O.CONTRIBUTION_SUBTYPES and c.agent is not None
    }
    return [c for c in cands if not (jv_agreement(view, c) and founders & set(pair_of(c)))]
