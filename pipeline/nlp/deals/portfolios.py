"""Investments named as a relation, not as an act: X是Y的早期投资者 (X invested in Y), and an
investor's portfolio (X过往投资案例包括A、B及C: one investment of X into each)."""

from __future__ import annotations

from pipeline.lang.zh import deal_roles as R
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.parties import Party, chain, chain_head


def portfolio_investments(ctx: SentenceContext) -> list[Candidate]:
    """The investments a sentence names as relations: investor-of phrases and portfolio lists."""
    return [*_investors_of(ctx), *_portfolios(ctx)]


def _usable(p: Party) -> bool:
    return p.usable and not p.modifier


def _investors_of(ctx: SentenceContext) -> list[Candidate]:
    """红杉中国是字节跳动的早期投资者 / A、B均为Y的股东投资方: each listed investor into Y."""
    view, parties = ctx.view, ctx.parties
    out: list[Candidate] = []
    for k, y in enumerate(parties):
        if not _usable(y) or k == 0:
            continue
        tail = R.INVESTOR_OF_TAIL.match(view, y.end)
        if tail is None:
            continue
        x = next((p for p in reversed(parties[:k]) if _usable(p)), None)
        if x is None or x.mention.iri == y.mention.iri:
            continue
        if R.INVESTOR_OF_LINK.fullmatch(view, x.end, y.start) is None:
            continue
        head = chain_head(view, parties, x)
        members = chain(view, parties, head, x.end)
        out.extend(
            Candidate("investment", m.mention, y.mention, ctx.sentence, tail.start(), subtype="investor")
            for m in members
            if m.mention.iri != y.mention.iri
        )
    return out


def _portfolios(ctx: SentenceContext) -> list[Candidate]:
    """M&G过往成功投资案例包括A、B及C: the house before the portfolio noun invests in each."""
    view, parties = ctx.view, ctx.parties
    out: list[Candidate] = []
    for m in R.PORTFOLIO_INTRO.finditer(view, ctx.start, ctx.end):
        investor = _investor_before(parties, m.start(), ctx.start)
        head = next((p for p in parties if p.start >= m.end() and _usable(p)), None)
        if investor is None or head is None or view[m.end() : head.start].strip(" :：") != "":
            continue
        out.extend(
            Candidate("investment", investor, p.mention, ctx.sentence, m.start(), subtype="portfolio")
            for p in chain(view, parties, head, ctx.end)
            if p.mention.iri != investor.iri
        )
    return out


def _investor_before(parties: tuple[Party, ...], at: int, floor: int) -> Mention | None:
    before = [p for p in parties if floor <= p.start and p.end <= at and _usable(p) and p.marker is None]
    return before[-1].mention if before else None
