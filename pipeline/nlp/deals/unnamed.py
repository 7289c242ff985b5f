"""Parties the text leaves unnamed (某投资者, 一名独立第三方, 一位客户): their role is null, and no
other party of the sentence fills it (docs: "unnamed parties are null, never descriptive strings")."""

from __future__ import annotations

from dataclasses import replace

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import public_money as PM
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext


def unnamed_other(ctx: SentenceContext, ca: int, at: int) -> bool:
    """向某投资者出售Y股权 / 与一名独立第三方订立协议，以N出售Y股权: the deal word's clause (or a
    clause before it in the sentence, whose partner carries over) marks an unnamed other party,
    after every named party marked before the word (at ``at``)."""
    view, start = ctx.view, min(ca, ctx.start)
    for m in R.UNNAMED_BUYER.finditer(view, start, at):
        lead = view[max(start, m.start() - 1) : m.start()]
        if lead not in O.UNNAMED_OTHER_MARKERS:
            continue
        if any(m.start() <= p.start < at and p.marker is not None for p in ctx.parties):
            continue  # 向某投资者及Y出售: a named party is marked after it
        return True
    return False


def unnamed_buyer_marked(view: str, at: int, cb: int) -> bool:
    """出售给一名独立第三方买家 / 出售其所持Y股权予独立第三方: a seller's verb (at ``at``) marks, in its
    clause, a buyer left unnamed."""
    return any(view[: m.start()].endswith(R.BUYER_MARKERS) for m in R.UNNAMED_BUYER.finditer(view, at, cb))


def unnamed_investors(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """政府将以增资方式注资Y N / Y获当地政府注资N: an investment by a government the text does not
    name is Y's deal with a null investor (kept like an award whose owner is unnamed)."""
    return [
        replace(c, unowned=True)
        if _by_government(ctx, c) or _unnamed_grantor(c) or _unnamed_partner(ctx, c)
        else c
        for c in cands
    ]


def _unnamed_partner(ctx: SentenceContext, c: Candidate) -> bool:
    """X与多家金融机构签署战略合作协议: a signed agreement whose other side the clause leaves unnamed
    is X's deal with a null counterparty (kept: see scoring.substantial)."""
    if c.type != "agreement" or not c.signed or c.agent is None or c.counterparty is not None:
        return False
    ca, _ = ctx.clause_at(c.trigger_start)
    return unnamed_other(ctx, ca, c.trigger_start)


def _unnamed_grantor(c: Candidate) -> bool:
    """X收到政府补助N / X获得补贴N: public money whose paying body is unnamed is X's, agent null."""
    return (
        c.subtype in PM.GRANT_SUBTYPES
        and c.agent is None
        and c.counterparty is not None
        and c.amount is not None
    )


def _by_government(ctx: SentenceContext, c: Candidate) -> bool:
    if c.type != "investment" or c.agent is not None or c.counterparty is None or c.amount is None:
        return False
    ca, _ = ctx.clause_at(c.trigger_start)
    found = R.UNNAMED_GOVERNMENT.search(ctx.view, ctx.start, c.trigger_start)
    # the government stands in the deal word's clause or leads the sentence (政府昨天拍板，将…注资Y)
    return found is not None and (found.start() >= ca or found.start() == ctx.start)
