"""Evidence: which sentences report a deal, and which states it most clearly.

Each candidate carries one :class:`Report` per sentence it was merged from (what that sentence
names). A deal's evidence is its reports that restate it (its figure, or its parties named), the
clearest first, headings last. 双方 (both parties) names the two parties of the deal before it.
"""

from __future__ import annotations

from pipeline.lang.zh import deals as L
from pipeline.model.frozen import replace
from pipeline.model.records import Mention, Sentence
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.candidates import Candidate, Report
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.figures import same_figure
from pipeline.nlp.deals.merging import within_cap


def both_parties(
    ctx: SentenceContext, found: list[Candidate], pair: tuple[Mention, Mention] | None
) -> tuple[Mention, Mention] | None:
    """双方 in a sentence: the two parties of the deal named just before (in this sentence or
    an earlier one)."""
    if not X.BOTH_PARTIES.within(ctx.view, ctx.start, ctx.end):
        return None
    return last_pair(found) or pair


def last_pair(found: list[Candidate]) -> tuple[Mention, Mention] | None:
    for c in reversed(found):
        if (
            c.attach is None
            and c.agent is not None
            and c.counterparty is not None
            and c.agent.iri != c.counterparty.iri
        ):
            return c.agent, c.counterparty
    return None


def both_in_clause(ctx: SentenceContext, c: Candidate) -> bool:
    """双方 in the trigger's own clause, before it (双方将共同部署 / 根据双方协议)."""
    head = ctx.view[ctx.start : c.trigger_start]
    clause = X.CLAUSE_BREAK.split(head)[-1]
    return X.BOTH_PARTIES.inside(clause)


def fill_pair(c: Candidate, both: tuple[Mention, Mention]) -> Candidate:
    """双方签署 / 双方将共同部署…: a report of 双方 names both parties of the deal before."""
    if c.attach is not None:
        return c
    a, b = both
    if c.agent is None and c.counterparty is None:
        return replace(c, agent=a, counterparty=None if c.type in L.NO_COUNTERPARTY_TYPES else b)
    present = c.agent or c.counterparty
    if present is None or present.iri not in (a.iri, b.iri):
        return c
    other = b if present.iri == a.iri else a
    if c.agent is None:
        return replace(c, agent=other)
    if c.counterparty is None and c.type not in L.NO_COUNTERPARTY_TYPES:
        return replace(c, counterparty=other)
    return c


def with_report(
    ctx: SentenceContext,
    c: Candidate,
    named: frozenset[str],
    both: tuple[Mention, Mention] | None,
) -> Candidate:
    """The candidate with its sentence's report."""
    roles = frozenset(m.iri for m in (c.agent, c.counterparty, *c.co_agents) if m is not None)
    roles -= c.borrowed - named  # 这笔…: a party of an earlier deal the sentence does not name
    names = named | roles
    ca, cb = ctx.clause_at(c.trigger_start)
    in_clause = {p.mention.iri for p in ctx.parties if ca <= p.start < cb}
    if both is not None and X.BOTH_PARTIES.within(ctx.view, ca, cb):
        in_clause |= {both[0].iri, both[1].iri}
    # 本轮融资 / 这笔交易: the deal under discussion, whoever the sentence names
    deictic = X.DEICTIC_DEMONSTRATIVES.within(ctx.view, ca, c.trigger_start)
    unit = Report(
        c.sentence,
        names,
        c.amount,
        c.capacity,
        ctx.heading,
        linked=c.attach is not None or deictic,
        clause_named=frozenset(in_clause),
        roles=roles,
    )
    return replace(c, named=names, units=(unit,))


def restates(c: Candidate, u: Report) -> bool:
    """Is ``u`` a report of deal ``c``? It carries the deal's own figure, or it names the deal's
    agent and (when the deal has one) its counterparty."""
    if u.linked or same_figure(c.amount, c.capacity, u.amount, u.capacity):
        return True
    if u.amount is not None and within_cap(replace(c, amount=u.amount, subtype=None), c):
        return True  # 金额约5.2亿元 under the deal's cap of 7亿元
    if c.agent is not None and c.agent.iri not in u.named:
        return False
    if c.counterparty is None:
        # a one-party deal (a raise, a build-out): the deal word's own clause names the party
        # (…，从而减少资本支出需求 speaks of spending in general)
        return c.agent is None or c.agent.iri in u.clause_named
    # a role the report left open is named in the deal word's own clause (随着AMD股价上涨，
    # …用于GPU采购: AMD is named, but not as the seller of that purchase)
    return c.counterparty.iri in u.roles or c.counterparty.iri in u.clause_named


def _clarity(c: Candidate, u: Report) -> int:
    """How clearly a sentence states the deal: its parties and its figure, named in it."""
    s = u.sentence
    score = sum(m is not None and m.iri in u.named for m in (c.agent, c.counterparty))
    if c.amount is not None and s.start <= c.amount.start < s.end:
        score += 2
    elif c.capacity is not None and s.start <= c.capacity.start < s.end:
        score += 1
    return score


def evidence_of(c: Candidate) -> list[Sentence]:
    """The deal's evidence: its reports that restate it, the clearest sentence first, headings
    last (a heading is never the first evidence when a sentence states the deal)."""
    units: list[Report] = []
    for u in c.units or (Report(c.sentence, c.named),):
        if all(u.sentence.start != v.sentence.start for v in units):
            units.append(u)
    kept = [u for u in units if restates(c, u)] or units[:1]
    order = {u.sentence.start: i for i, u in enumerate(kept)}
    main = next((i for i, u in enumerate(kept) if u.sentence.start == c.sentence.start), 0)
    kept.sort(
        key=lambda u: (u.heading, -_clarity(c, u), order[u.sentence.start] != main, order[u.sentence.start])
    )
    return [u.sentence for u in kept]
