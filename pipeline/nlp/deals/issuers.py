"""The issuer under discussion: a share offering named by its issuer before any figure (X本次发行中,
X今日起招股, X辦理私募) is the offering a later subscriber, allottee or listed investor joins
(devset2 convention: each named investor is an investment into the issuer); and the placees
listed between 向 and the issue verb (X拟向A、B和C发行股份) invest in the issuer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.lang.zh import offerings as O
from pipeline.model.frozen import replace
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import Discourse, SentenceContext
from pipeline.nlp.deals.equity import house_of
from pipeline.nlp.deals.parties import Party, chain, chain_head, is_exchange


def with_issuer(
    ctx: SentenceContext, found: list[Candidate], disc: Discourse
) -> tuple[list[Candidate], Discourse]:
    """The sentence's candidates with the issuer filled in where an investor names no investee
    (and the placees it lists), and the discourse carrying the issuer named when no raise is
    under discussion yet."""
    disc = _with_houses(ctx, disc)
    found = [_through_house(c, disc.houses) for c in found]
    named = named_issuer(ctx)
    raised = disc.recent.get("fundraising")
    found = _placees_raise_not(ctx, found, named)
    issuer = _raiser(found) or named or (raised.agent if raised is not None else None)
    if issuer is None:
        return found, disc
    found = _joiners(ctx, _placees(ctx, [_into(c, issuer) for c in found], named), issuer)
    if named is not None and disc.recent.get("fundraising") is None and _raiser(found) is None:
        offering = Candidate("fundraising", named, None, ctx.sentence, ctx.start, subtype="offering")
        disc = replace(disc, recent={**disc.recent, "fundraising": offering})
    return found, disc


def _with_houses(ctx: SentenceContext, disc: Discourse) -> Discourse:
    """The discourse remembering each fund named under its house in this sentence (高瓴旗下HHLR)."""
    houses = dict(disc.houses)
    for p in ctx.parties:
        house = house_of(ctx, p)
        if p.usable and house.iri != p.mention.iri:
            houses[p.mention.iri] = house
    return replace(disc, houses=houses) if houses != disc.houses else disc


def _through_house(c: Candidate, houses: Mapping[str, Mention]) -> Candidate:
    """…基石投资者包括高瓴旗下HHLR。其中，HHLR认购N: the house invests through its fund, as named."""
    if c.type != "investment" or c.agent is None or c.subtype not in O.JOINING_SUBTYPES:
        return c
    house = houses.get(c.agent.iri)
    if house is None or (c.counterparty is not None and c.counterparty.iri == house.iri):
        return c
    return replace(c, agent=house)


def named_issuer(ctx: SentenceContext) -> Mention | None:
    """X本次发行 / X今日起招股 / X将在大马交易所上市 / 参与Y的现金增资: the last organisation before
    an offering word in its clause — not one a marker governs (向A、B发行: the placees; 与B订立认购
    协议: the subscriber), not an exchange (where it lists)."""
    placees = {q.start for members in _placee_lists(ctx) for q in members}
    for ca, cb in ctx.clauses:
        m = O.OFFERING_WORDS.search(ctx.view, ca, cb)
        if m is None or O.DEBT_WORDS.search(ctx.view, m.end(), cb):
            continue  # 成功发行首批科技创新债券: a bond issue, no share offering
        free = [p for p in ctx.free_parties(ca, m.start()) if p.start not in placees]
        if (
            free
            and O.ISSUER_JUST_BEFORE.fullmatch(ctx.view, free[-1].end, m.start())
            and _issuer_like(free[-1])
        ):
            return free[-1].mention  # 参与Y的现金增资: Y's own offering, whatever governs it
        governed = {
            q.start for p in free if p.marker is not None for q in chain(ctx.view, ctx.parties, p, cb)
        }
        before = [
            p
            for p in free
            if p.start not in governed
            and _issuer_like(p)
            and not O.SUBSCRIBES_BETWEEN.search(ctx.view, p.end, m.start())
        ]
        if before:
            return before[-1].mention
        if O.THIS_OFFERING.search(ctx.view, max(ca, m.start() - 2), m.start()):
            return _sentence_subject(ctx, ca)  # X发布公告，控股股东A拟认购本次定增: X's offering
    return None


def _sentence_subject(ctx: SentenceContext, before: int) -> Mention | None:
    """The unmarked organisation opening the sentence, in a clause before ``before``."""
    first = next((p for p in ctx.free_parties(ctx.start, before) if p.marker is None), None)
    return first.mention if first is not None and _issuer_like(first) else None


def _placees_raise_not(
    ctx: SentenceContext, found: list[Candidate], named: Mention | None
) -> list[Candidate]:
    """X将向战略投资者A配售新股 / X公告，A拟认购本次定增: the placee or subscriber A buys the shares,
    the issuer X raises."""
    if named is None:
        return found
    placees = {q.mention.iri for members in _placee_lists(ctx) for q in members}
    placees |= {
        c.agent.iri
        for c in found
        if c.type == "investment"
        and c.agent is not None
        and c.counterparty is None
        and c.subtype == "subscription"
    } - {named.iri}
    return [
        replace(c, agent=named, subject=named)
        if c.type == "fundraising" and c.agent is not None and c.agent.iri in placees and c.attach is None
        else c
        for c in found
    ]


def _issuer_like(p: Party) -> bool:
    return p.mention.type == "organization" and not is_exchange(p.mention.text)


def _raiser(found: Sequence[Candidate]) -> Mention | None:
    raises = [c.agent for c in found if c.type == "fundraising" and c.agent is not None and c.attach is None]
    return raises[-1] if raises else None


def _into(c: Candidate, issuer: Mention) -> Candidate:
    """An investor's subscription or allotment with no investee: an investment into the issuer."""
    if (
        c.type != "investment"
        or c.counterparty is not None
        or c.attach is not None
        or c.agent is None
        or c.agent.iri == issuer.iri
        or c.subtype not in O.JOINING_SUBTYPES
    ):
        return c
    return replace(c, counterparty=issuer)


def _placees(ctx: SentenceContext, found: list[Candidate], named: Mention | None) -> list[Candidate]:
    """X拟向A、B和C发行股份 / X将向战略投资者A配售新股: one investment of each placee into the raiser
    (the clause's, else the issuer the sentence names); no figure: the raise's is no placee's own."""
    raiser = _raiser(found) or named
    if raiser is None:
        return found
    out = list(found)
    for members in _placee_lists(ctx):
        for m in members:
            house = house_of(ctx, m)
            if m.mention.iri == raiser.iri:
                continue
            # 向淡马锡旗下的Seatown配售: the house invests through its fund (a reading of the fund's own
            # gives way to it)
            own = [d for d in out if d.type == "investment" and _pair(d) == (m.mention.iri, raiser.iri)]
            if own and house.iri == m.mention.iri:
                continue
            out = [d for d in out if d not in own]
            if own:
                out.append(replace(own[0], agent=house))
            elif (house.iri, raiser.iri) not in {_pair(d) for d in out if d.type == "investment"}:
                out.append(Candidate("investment", house, raiser, ctx.sentence, m.start, subtype="placee"))
    return out


def _placee_lists(ctx: SentenceContext) -> list[list[Party]]:
    """The lists of parties between 向 and an issue verb (向A、B和C(非公开)发行 / 配售)."""
    out = []
    for p in ctx.parties:
        if not p.usable or p.modifier:
            continue
        if p.marker in O.ALLOTTED_TO_MARKERS:
            ca, _ = ctx.clause_at(p.start)
            if O.ISSUE_VERBS.search(ctx.view, ca, p.start):  # 配售1亿股新股予A及B
                out.append(chain(ctx.view, ctx.parties, p, ctx.end))
            continue
        if p.marker not in O.PLACEE_MARKERS and not O.PLACEE_LEAD.search(ctx.view, ctx.start, p.start):
            continue
        members = chain(ctx.view, ctx.parties, p, ctx.end)
        if O.PLACEES_BEFORE_ISSUE.match(ctx.view, members[-1].end):
            out.append(members)
    return out


def _pair(c: Candidate) -> tuple[str | None, str | None]:
    return (
        c.agent.iri if c.agent is not None else None,
        c.counterparty.iri if c.counterparty is not None else None,
    )


def _joiners(ctx: SentenceContext, found: list[Candidate], issuer: Mention) -> list[Candidate]:
    """…由A领投，B、C及D共同参与 / B、C跟进: a list closing its clause with a joining verb (no deal
    word after it) joins the round or offering under discussion — one investment each."""
    investors = {d.agent.iri for d in found if d.type == "investment" and d.agent is not None}
    out = list(found)
    for ca, cb in ctx.clauses:
        m = O.JOINS_AT_CLAUSE_END.search(ctx.view, ca, cb)
        if m is None:
            continue
        last = next((p for p in reversed(ctx.parties) if ca <= p.start and p.end <= m.start()), None)
        if last is None or not last.usable or last.modifier or last.marker is not None:
            continue
        if not O.JOINER_GAP.fullmatch(ctx.view, last.end, m.start()):
            continue
        for q in chain(ctx.view, ctx.parties, chain_head(ctx.view, ctx.parties, last), m.start()):
            house = house_of(ctx, q)
            if house.iri not in investors and house.iri != issuer.iri:
                out.append(Candidate("investment", house, issuer, ctx.sentence, q.start, subtype="investor"))
                investors.add(house.iri)
    return out
