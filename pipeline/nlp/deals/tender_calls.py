"""Calls for tenders and bids: a purchase whose clause only invites bids (港铁将于下月就X工程合约招标，
预计合约价值约N) names no contractor, and one whose clause only makes a bid (X参与Y集中采购项目投标)
wins nothing — neither states a deal; the award, when it comes, is the deal."""

from __future__ import annotations

from pipeline.lang.zh.tender_calls import AWARD_MADE, BID_MADE, TENDER_CALL
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext


def open_tenders(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less the purchases of a tender still open."""
    return [c for c in cands if not _called(ctx, c)]


def _called(ctx: SentenceContext, c: Candidate) -> bool:
    if c.type != "purchase":
        return False
    ca, cb = ctx.clause_at(c.trigger_start)
    if BID_MADE.search(ctx.view, ca, cb) is not None and AWARD_MADE.search(ctx.view, ca, cb) is None:
        return True  # 公司参与中国移动集中采购项目投标: a bid, not yet won
    return c.counterparty is None and TENDER_CALL.search(ctx.view, ctx.start, cb) is not None
