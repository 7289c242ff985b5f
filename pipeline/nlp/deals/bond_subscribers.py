"""A bond's named subscriber: an issue of bonds or notes is the issuer's debt with no counterparty
(devset2 convention); a subscriber the text names — 向Y发行N可换股债券, 发行N债券予Y, Y认购X发行的N
债券 — invests in the issuer, with the figure of the issue it takes (stated in the issue's own phrase)."""

from __future__ import annotations

import itertools

from pipeline.lang.zh import deal_roles as R
from pipeline.model.frozen import replace
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.parties import Party


def bond_subscribers(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates with each bond issue's named subscriber read as an investor."""
    out: list[Candidate] = []
    subscribed: list[Candidate] = []
    for c in cands:
        found = None
        if c.type == "debt" and c.subtype in R.BOND_ISSUE_SUBTYPES and c.attach is None:
            found = _issued_to(ctx, c) or _subscribed(ctx, c)
        if found is None:
            out.append(_applied_to(ctx, c))
            continue
        issuer, subscriber = found
        out.append(replace(c, agent=issuer, counterparty=None, co_counterparties=()))
        subscribed.append(
            Candidate(
                "investment",
                subscriber,
                issuer,
                c.sentence,
                c.trigger_start,
                amount=c.amount,
                subtype="investor",
            )
        )
    for s in subscribed:
        same = [d for d in out if _same_pair(d, s)]
        if not same:
            out.append(s)
        out = [replace(d, amount=s.amount) if d in same and d.amount is None else d for d in out]
    return out


def _issued_to(ctx: SentenceContext, c: Candidate) -> tuple[Mention, Mention] | None:
    """X向Y发行…债券 / X发行…债券予Y: (X, Y)."""
    if c.agent is None:
        return None
    for p in _parties_in_clause(ctx, c.trigger_start):
        if p.mention.iri == c.agent.iri:
            continue
        before = p.marker in R.BOND_SUBSCRIBER_BEFORE and p.end <= c.trigger_start
        if before and R.BOND_ISSUED_TO.match(ctx.view, p.end) is not None:
            return c.agent, p.mention
        if p.marker in R.BOND_SUBSCRIBER_AFTER and p.start >= c.trigger_start:
            return c.agent, p.mention
    return None


def _applied_to(ctx: SentenceContext, c: Candidate) -> Candidate:
    """X向证监会申请发行N债券: the party 向 marks before another verb than the issue's is no lender."""
    if c.type != "debt" or c.subtype not in R.BOND_ISSUE_SUBTYPES or c.counterparty is None:
        return c
    marked = [
        p
        for p in _parties_in_clause(ctx, c.trigger_start)
        if p.mention.iri == c.counterparty.iri
        and p.marker in R.BOND_SUBSCRIBER_BEFORE
        and p.end <= c.trigger_start
    ]
    return replace(c, counterparty=None) if marked else c


def _subscribed(ctx: SentenceContext, c: Candidate) -> tuple[Mention, Mention] | None:
    """Y认购X发行的…债券: (X, Y) — the reading took Y, the clause's subject, for the issuer."""
    parties = [p for p in _parties_in_clause(ctx, c.trigger_start) if p.end <= c.trigger_start]
    for y, x in itertools.pairwise(parties):
        gap_subscribes = R.BOND_SUBSCRIBES.match(ctx.view[y.end : x.start]) is not None
        if gap_subscribes and R.BOND_ISSUER_OF.match(ctx.view, x.end) is not None:
            return x.mention, y.mention
    return None


def _parties_in_clause(ctx: SentenceContext, at: int) -> list[Party]:
    a, b = ctx.clause_at(at)
    return [p for p in ctx.parties if a <= p.start < b and p.usable and not p.modifier]


def _same_pair(d: Candidate, s: Candidate) -> bool:
    """``d`` is an investment of ``s``'s investor into its investee."""
    return (
        d.type == "investment"
        and d.agent is not None
        and d.counterparty is not None
        and s.agent is not None
        and s.counterparty is not None
        and d.agent.iri == s.agent.iri
        and d.counterparty.iri == s.counterparty.iri
    )
