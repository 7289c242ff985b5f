"""Calls for tenders: a purchase whose clause only invites bids (港铁将于下月就X工程合约招标，预计合约
价值约N) names no contractor and states no deal — the award, when it comes, is the deal."""

from __future__ import annotations

from pipeline.lang.zh.tender_calls import TENDER_CALL
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext


def open_tenders(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less the purchases of a tender still open."""
    return [c for c in cands if not _called(ctx, c)]


def _called(ctx: SentenceContext, c: Candidate) -> bool:
    if c.type != "purchase" or c.counterparty is not None:
        return False
    ca, cb = ctx.clause_at(c.trigger_start)
    return TENDER_CALL.search(ctx.view, min(ca, ctx.start), cb) is not None
