"""The object of an investment word with no investee named: a place, a project or a facility makes
the spend the spender's own capex (在德国投资N / 投资N于爱达荷州 / 对龙潭新厂投资N)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deals as L
from pipeline.lang.zh import entities as E
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.equity import is_fund
from pipeline.nlp.deals.reading import Reading
from pipeline.nlp.deals.triggers import Hit
from pipeline.text.view import view_form

#: the states that may pledge, on the view
_STATES: tuple[str, ...] = tuple(
    sorted({view_form(w) for w in (*E.FOREIGN_COUNTRY_PREFIXES, *O.PLEDGING_STATES)})
)
#: the first of _STATES at a position, by one match
_STATE_AT = re.compile("|".join(map(re.escape, _STATES)))


def state_pledge(ctx: SentenceContext, ca: int, hit: Hit) -> bool:
    """日本将对美投资N (after X表示，): a state leads the deal word's clause, no organisation in it."""
    if any(ca <= p.start < hit.start for p in ctx.parties):
        return False
    lead = ctx.view[ca : hit.start].lstrip(L.SPACES)
    state = _STATE_AT.match(lead)
    return state is not None and not lead.startswith(L.DE, state.end())  # 印度的工厂: a place's things


def own_spend(ctx: SentenceContext, r: Reading) -> bool:
    """The deal word's money goes to a place, a project or a facility, not into a company."""
    view, hit = ctx.view, r.hit
    ca, cb = ctx.clauses[r.ci]
    if any(w in view[ctx.start : hit.start] for w in O.INWARD_INVESTORS):
        return False
    before, after = view[ca : hit.start], view[hit.end : cb]
    if O.DESCRIBED_INVESTEES_BEFORE.search(before) or O.DESCRIBED_INVESTEES_AFTER.match(after):
        return False
    if O.PROJECT_BEFORE.search(before) is not None or O.PROJECT_AFTER.match(after) is not None:
        return True
    if _bare(ctx, r, after) or _purpose_project(ctx, r):
        return True
    located = [(m, ca) for m in (O.LOCATIVE_BEFORE.search(before),) if m is not None]
    located += [(m, hit.end) for m in (O.LOCATIVE_AFTER.match(after),) if m is not None]
    return any(_place(ctx, m, at) for m, at in located)


def group_spend(ctx: SentenceContext, r: Reading) -> bool:
    """A、B和C等企业承诺在美国投资N: a group of companies spending in a place (their combined pledge)."""
    last = r.co_agents[-1] if r.co_agents else None
    grouped = last is not None and O.GROUP_OF_SPENDERS.match(ctx.view, last.end) is not None
    return grouped and own_spend(ctx, r)


def _place(ctx: SentenceContext, m: re.Match[str], at: int) -> bool:
    """The locative names a place: no time (于2025年), no field (于AI领域), no company in it."""
    place = m.group("place")
    if O.TIME_WORDS.search(place) is not None or place.endswith(O.FIELD_HEADS):
        return False
    a, b = at + m.start("place"), at + m.end("place")
    inside = (p for p in ctx.parties if a <= p.start < b and p.usable)
    return all(ctx.view[p.start : p.end].endswith(L.NOT_COMPANY_HEADS) for p in inside)


def _bare(ctx: SentenceContext, r: Reading, after: str) -> bool:
    """X计划今年投资N。: a company's spend with nothing after its figure (no investee, no object) to
    the sentence's end (投资N，在佛山设立合资公司 goes on to say what it funds)."""
    view, hit = ctx.view, r.hit
    if view[hit.start : hit.end] not in O.SPEND_WORDS or r.agent is None or is_fund(view, r.agent):
        return False
    nxt = ctx.next_clause(r.ci)
    if nxt is not None and not nxt.startswith(O.BREAKDOWN_CLAUSES):
        return False
    figures = [a for a in ctx.amounts if hit.end <= a.start < hit.end + len(after)]
    if not figures:
        return False
    rest = after[: figures[0].start - hit.end].strip(L.SPACES) + after[figures[-1].end - hit.end :]
    return O.BARE_TAIL.fullmatch(rest) is not None


def _purpose_project(ctx: SentenceContext, r: Reading) -> bool:
    """投资N，用于湛江基地二期: the next clause sends the money to a project or facility."""
    nxt = ctx.next_clause(r.ci)
    return nxt is not None and O.PURPOSE_PROJECT.match(nxt) is not None


def partner_investee(ctx: SentenceContext, investor: Mention, before: Sequence[Candidate]) -> Mention | None:
    """A与B共同向Y增资，其中A出资N1，B出资N2: a contribution naming no investee, by a party of the
    joint investment the sentence stated before it (its investor, co-investors or the partners
    与 marks in its clause), goes into that investment's investee."""
    for c in reversed(before):
        if c.type != "investment" or c.counterparty is None or c.attach is not None:
            continue
        ca, _ = ctx.clause_at(c.trigger_start)
        partners = [
            p.mention for p in ctx.parties if ca <= p.start < c.trigger_start and p.marker_kind == "with"
        ]
        investors = {m.iri for m in (c.agent, *c.co_agents, *partners) if m is not None}
        if investor.iri in investors and c.counterparty.iri != investor.iri:
            return c.counterparty
    return None


def described_investee(ctx: SentenceContext, r: Reading) -> bool:
    """增资美国子公司N: the capital increase goes into a company the text describes, names not."""
    if r.type != "investment":
        return False
    _, cb = ctx.clauses[r.ci]
    return O.DESCRIBED_INVESTEE.match(ctx.masked_span(r.hit.end, cb)) is not None


def company_marked(ctx: SentenceContext, r: Reading) -> bool:
    """小米对蔚来的投资金额为N: the spend's counterparty is a company marked by 对/向 before it — an
    investment into that company, not the spender's own capex (对Y市的投资 stays one)."""
    cp = r.counterparty
    if cp is None:
        return False
    ca, _ = ctx.clauses[r.ci]
    return any(
        p.mention is cp
        and ca <= p.start < r.hit.start
        and p.marker in O.INVESTEE_MARKERS
        and not ctx.view[p.start : p.end].endswith(L.NOT_COMPANY_HEADS)
        for p in ctx.parties
    )


def stake_investee(ctx: SentenceContext, r: Reading) -> Mention | None:
    """腾讯将投资10亿元，持有蔚来20%股权: the clause after an investment naming no investee holds a
    stake of a company — the company the money goes into."""
    if r.ci + 1 >= len(ctx.clauses):
        return None
    na, nb = ctx.clauses[r.ci + 1]
    view = ctx.view
    for p in ctx.parties:
        if not (na <= p.start < nb) or not p.usable or p.modifier:
            continue
        lead = view[na : p.start].strip(L.SPACES)
        if lead.endswith(O.STAKE_HOLDING_VERBS) and O.STAKE_AFTER.match(view, p.end):
            return p.mention
        return None
    return None
