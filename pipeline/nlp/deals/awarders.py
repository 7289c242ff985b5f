"""Batches of awards. Owners named in the sentence before: 港铁公司宣布批出三份工程合约。其中，A获授…
合约，B则夺得…工程 — an award that names no owner, after a sentence whose leading company lets works
or announces its tender's winners, is that company's award (the owner of a batch is said once). The
batch itself (批出三份合约，总值N / 再获两份合同，总值N) with one side only is a total, no deal."""

from __future__ import annotations

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh.tender_calls import AWARDER_REACH, AWARDING_ACT, COUNTED_CONTRACTS
from pipeline.model.frozen import replace
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import Discourse, SentenceContext

#: the subtypes of a contract won (the contractor named, the owner perhaps left to the sentence before)
_AWARD_SUBTYPES = frozenset({*R.WORKS_SUBTYPES, *R.CONTRACT_SUBTYPES})


def owners_before(ctx: SentenceContext, disc: Discourse, cands: list[Candidate]) -> list[Candidate]:
    """The awards of the sentence, those without an owner given the awarder of the sentence before."""
    last = disc.recent.get("purchase")
    # the topic, or the owner of the award just listed (A中标标包1…；B中标标包2: B's subject is no owner)
    owner = _awarder(ctx, disc.topic) or _awarder(ctx, last.agent if last is not None else None)
    if owner is None:
        return cands
    return [_owned(c, owner) for c in cands]


def _owned(c: Candidate, owner: Mention) -> Candidate:
    if c.type != "purchase" or c.agent is not None or c.counterparty is None or c.unowned:
        return c
    if c.subtype not in _AWARD_SUBTYPES or c.counterparty.iri == owner.iri:
        return c
    return replace(c, agent=owner)


def _awarder(ctx: SentenceContext, topic: Mention | None) -> Mention | None:
    """The topic when it stands shortly before the sentence and lets works there (a batch listed
    over several sentences keeps its owner as the topic)."""
    if topic is None or not ctx.start - AWARDER_REACH <= topic.end <= ctx.start:
        return None
    return topic if AWARDING_ACT.search(ctx.view, topic.end, ctx.start) is not None else None


def batch_totals(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less the one-sided purchases whose clause counts several contracts."""
    return [c for c in cands if not _batch(ctx, c)]


def _batch(ctx: SentenceContext, c: Candidate) -> bool:
    if c.type != "purchase" or (c.agent is not None and c.counterparty is not None):
        return False
    if R.OWNER_CUE.search(ctx.view, ctx.start, ctx.end) is not None:
        return False  # 中标2个标段，…招标人为Y: the owner is named, the lots are one award
    ca, cb = ctx.clause_at(c.trigger_start)
    return COUNTED_CONTRACTS.search(ctx.view, ca, cb) is not None
