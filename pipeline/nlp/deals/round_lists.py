"""A round's financiers listed inside the round's noun phrase: 获得由A、B和C共同参与的A3轮融资 /
获得A和B的联合投资. The company before the verb raises the round; every listed financier is an
investment of its own into it (devset2 convention), with the figure only when one financier is
named. And a round's investor is no investee of the same round: 投资人包括A、B等，由C领投 — C
leads the round, it does not invest in A.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.model.frozen import replace
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.equity import acting_parent, round_owner
from pipeline.nlp.deals.parties import Party, chain

#: the marker that opens a list of financiers and the pattern that must follow the list
_LIST_OPENERS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (R.ROUND_LIST_JOINED_MARKERS, R.ROUND_LIST_JOINED),
    (L.RECEIVED_FROM_MARKERS, R.ROUND_LIST_RECEIVED),
)


def round_lists(
    ctx: SentenceContext, recent: Mapping[str, Candidate], cands: list[Candidate]
) -> list[Candidate]:
    """The sentence's candidates with its listed financiers read as investors of the raiser."""
    for members, raiser in _listed_rounds(ctx, recent):
        cands = _as_round(ctx, cands, members, raiser)
    return _houses_raise_not(ctx, _investors_invest_not_in_investors(cands))


def _listed_rounds(
    ctx: SentenceContext, recent: Mapping[str, Candidate]
) -> list[tuple[tuple[Mention, ...], Mention]]:
    """(financiers, raiser) of each list the sentence names inside a round's noun phrase."""
    out = []
    for p in ctx.parties:
        for markers, tail in _LIST_OPENERS:
            if p.marker not in markers or not p.usable or p.modifier:
                continue
            members = chain(ctx.view, ctx.parties, p, ctx.end)
            if not tail.match(ctx.view, members[-1].end):
                continue
            raiser = _raiser_before(ctx, p) or round_owner(recent)
            names = tuple(m.mention for m in members if raiser is None or m.mention.iri != raiser.iri)
            # one financier (X获Y的投资N): the reading of the deal word names it already
            if raiser is not None and len(names) > 1:
                out.append((names, raiser))
    return out


def _raiser_before(ctx: SentenceContext, p: Party) -> Mention | None:
    """The company named before the list, unmarked: the subject that receives or completes the round."""
    before = [q for q in ctx.parties if q.end <= p.start and q.usable and not q.modifier and q.marker is None]
    return before[-1].mention if before else None


def _as_round(
    ctx: SentenceContext, cands: list[Candidate], members: tuple[Mention, ...], raiser: Mention
) -> list[Candidate]:
    """Candidates naming a listed financier as raiser or investor give way to the raiser's round
    and one investment per financier."""
    listed = {m.iri for m in members}
    kept: list[Candidate] = []
    amount = None
    at = min(m.start for m in members)
    for c in cands:
        parties = {x.iri for x in (c.agent, c.counterparty) if x is not None}
        if c.attach is None and c.type in ("fundraising", "investment") and parties & listed:
            amount = amount or c.amount
            at = c.trigger_start
            continue
        kept.append(c)
    invest = [Candidate("investment", m, raiser, ctx.sentence, at, subtype="investor") for m in members]
    if any(c.type == "fundraising" and c.agent is not None and c.agent.iri == raiser.iri for c in kept):
        return kept + invest
    return [*kept, Candidate("fundraising", raiser, None, ctx.sentence, at, amount=amount), *invest]


def _investors_invest_not_in_investors(cands: Sequence[Candidate]) -> list[Candidate]:
    """投资人包括A、B等，由C领投: an investment into a party that is itself an investor of the
    sentence's round is an investment into that round's company."""
    investee = {
        c.agent.iri: c.counterparty
        for c in cands
        if c.type == "investment"
        and c.subtype == "investor"
        and c.agent is not None
        and c.counterparty is not None
    }
    out = []
    for c in cands:
        if c.type == "investment" and c.agent is not None and c.counterparty is not None:
            company = investee.get(c.counterparty.iri)
            if company is not None and company.iri != c.agent.iri and c.counterparty.iri != company.iri:
                c = replace(c, counterparty=company)
        out.append(c)
    return out


def _houses_raise_not(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """淡马锡旗下祥峰投资领投了Y的N轮融资: the investment is the house's (through its fund); the
    fund is no raiser either — the round is the investee's."""
    investees = {
        c.agent.iri: c.counterparty
        for c in cands
        if c.type == "investment" and c.agent is not None and c.counterparty is not None
    }
    moved: dict[str, Mention] = {}
    for c in cands:
        if c.type == "fundraising" and c.agent is not None and c.attach is None:
            house = acting_parent(ctx, c.agent, "investment")
            company = investees.get(house.iri) if house is not None else None
            if company is not None and company.iri != c.agent.iri:
                moved[c.agent.iri] = company
    # …，红杉中国跟投: a follower read into the fund's "round" joins the company's
    return [_moved(c, moved) for c in cands]


def _moved(c: Candidate, moved: Mapping[str, Mention]) -> Candidate:
    if c.type == "fundraising" and c.agent is not None and c.agent.iri in moved and c.attach is None:
        return replace(c, agent=moved[c.agent.iri], counterparty=None)
    if c.type == "investment" and c.counterparty is not None and c.counterparty.iri in moved:
        return replace(c, counterparty=moved[c.counterparty.iri])
    return c


def houses_invest_once(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """淡马锡旗下祥峰投资领投Y: one investment into Y — the house's, through its fund — not a second
    one of the fund's beside it."""
    pairs = {
        (c.agent.iri, c.counterparty.iri)
        for c in cands
        if c.type == "investment" and c.agent is not None and c.counterparty is not None
    }
    out = []
    for c in cands:
        if c.type == "investment" and c.agent is not None and c.counterparty is not None:
            house = acting_parent(ctx, c.agent, "investment")
            if house is not None and house.iri != c.agent.iri and (house.iri, c.counterparty.iri) in pairs:
                continue
        out.append(c)
    return out
