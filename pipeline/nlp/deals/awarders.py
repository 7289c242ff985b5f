"""Batches of awards. Owners named in the sentence before: 港铁公司宣布批出三份工程合约。其中，A获授…
合约，B则夺得…工程 — an award that names no owner, after a sentence whose leading company lets works
or announces its tender's winners, is that company's award (the owner of a batch is said once). The
batch itself (批出三份合约，总值N / 再获两份合同，总值N) with one side only is a total, no deal."""

from __future__ import annotations

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import role_constructions2 as K2
from pipeline.lang.zh import tender_calls as T
from pipeline.lang.zh.tender_calls import AWARDER_REACH, AWARDING_ACT, COUNTED_CONTRACTS, LAND_SELLER_REACH
from pipeline.model.frozen import replace
from pipeline.model.records import Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import Discourse, SentenceContext

#: the subtypes of a contract won (the contractor named, the owner perhaps left to the sentence before)
_AWARD_SUBTYPES = frozenset({*R.WORKS_SUBTYPES, *R.CONTRACT_SUBTYPES})


def owners_before(ctx: SentenceContext, disc: Discourse, cands: list[Candidate]) -> list[Candidate]:
    """The awards of the sentence, those without an owner given the awarder of the sentence before;
    land bought with no seller, the land bureau of the sentences before."""
    last = disc.recent.get("purchase")
    # the topic, or the owner of the award just listed (A中标标包1…；B中标标包2: B's subject is no owner)
    owner = _awarder(ctx, disc.topic) or _awarder(ctx, last.agent if last is not None else None)
    if owner is not None:
        cands = [_owned(c, owner) for c in cands]
    cands = [_entrusted(ctx, c) for c in cands]
    designated = _designated(ctx)
    if designated is not None:
        cands = [_owned_as(c, *designated) for c in cands]
    bureau = _bureau(ctx, disc.topic) or _bureau(ctx, last.counterparty if last is not None else None)
    if bureau is not None:
        cands = [_sold_by(ctx, c, bureau) for c in cands]
    return cands


def _bureau(ctx: SentenceContext, m: Mention | None) -> Mention | None:
    """A land bureau named shortly before the sentence (地政总署公布，… / the seller of the land just
    reported sold): the seller of the sites the article goes on to list."""
    if m is None or not ctx.start - LAND_SELLER_REACH <= m.end <= ctx.start:
        return None
    return m if ctx.view[m.start : m.end].endswith(K2.LAND_SELLER_HEADS) else None


def _sold_by(ctx: SentenceContext, c: Candidate, bureau: Mention) -> Candidate:
    if c.subtype not in K2.LAND_SUBTYPES or c.counterparty is not None or c.agent is None:
        return c
    if c.agent.iri == bureau.iri or not X.LAND_NOUNS.within(ctx.view, ctx.start, ctx.end):
        return c
    return replace(c, counterparty=bureau)


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
    if T.BIDDING.search(ctx.view, topic.end, ctx.start) is not None:
        return None  # 浪潮信息公告，公司参与中国移动集中采购项目投标: the topic bids, it lets nothing
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


def _entrusted(ctx: SentenceContext, c: Candidate) -> Candidate:
    """X获Y委托，承建…: Y owns the works."""
    if c.type != "purchase" or c.agent is not None or c.counterparty is None:
        return c
    if c.subtype not in _AWARD_SUBTYPES:
        return c
    view = ctx.view
    for p in ctx.free_parties(ctx.start, c.trigger_start):
        before = view[max(ctx.start, p.start - 2) : p.start]
        entrusts = before.endswith(T.ENTRUSTING_BEFORE) and T.ENTRUSTING_AFTER.match(view, p.end)
        if entrusts and p.mention.iri != c.counterparty.iri:
            return replace(c, agent=p.mention)
    return c


def _designated(ctx: SentenceContext) -> tuple[Mention, Mention] | None:
    """Y确定X为…中标单位: the owner (the party right before the verb) and the winner."""
    view = ctx.view
    parties = ctx.free_parties(ctx.start, ctx.end)
    for i, w in enumerate(parties):
        head = view[ctx.start : w.start].rstrip()
        if i == 0 or not head.endswith(T.DESIGNATING_VERB) or not T.DESIGNATED_WINNER.match(view, w.end):
            continue
        owner = parties[i - 1]
        if owner.mention.iri != w.mention.iri:
            return owner.mention, w.mention
    return None


def _owned_as(c: Candidate, owner: Mention, winner: Mention) -> Candidate:
    if c.type != "purchase" or c.subtype != R.TENDER_AWARD or c.agent is not None:
        return c
    return replace(c, agent=owner, counterparty=winner)
