"""Funds: a fund's own size (基金总规模 / 目标规模 N) is the fund's fundraising — with the fund named
before the size word in the sentence, or under discussion (the fund an investor just committed to);
a mother fund's sub-fund agreements (子基金投资协议) are agreements, the commitment beside them their
figure."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh import fund_names as FN
from pipeline.lang.zh import public_money as PM
from pipeline.lang.zh import role_constructions as K1
from pipeline.lang.zh import role_constructions2 as K
from pipeline.model.frozen import replace
from pipeline.model.records import Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import Discourse, SentenceContext
from pipeline.nlp.deals.figures import pick_amount
from pipeline.nlp.deals.parties import Party
from pipeline.nlp.deals.reading import Reading
from pipeline.nlp.deals.triggers import Hit

#: the subtype of the frame whose word states a fund's size
FUND_SIZE = "fund_size"
#: the frame of the bare size word (规模N的Y基金)
DESCRIBED_SIZE = "described_fund_size"
#: the subtype of the frame of a partner's contribution (出资 / 认缴)
CONTRIBUTION = "capital_contribution"
#: how far before the commitment's clause the LP cue may stand (作为有限合伙人，认缴出资N)
LP_REACH = 16


def builds_outside_funds(view: str, a: int, b: int) -> bool:
    """A build word in [a, b) that is no part of a fund's name (出资N参与设立基础设施建设基金)."""
    pattern = X.BUILD_WORDS.pattern
    found = pattern.finditer(view, a, b) if pattern is not None else ()
    return any(R.FUND_NAME_TAIL.match(view, m.end(), b) is None for m in found)


def joins_unnamed_fund(ctx: SentenceContext, r: Reading) -> bool:
    """出资N参与设立绿能基础建设基金: the contribution goes into a fund the clause founds or joins,
    named by description only — an investment with no named investee, no build-out."""
    _, cb = ctx.clauses[r.ci]
    found = (R.FOUNDING.search(ctx.view, r.hit.end, cb), K.FUND_JOINED.search(ctx.view, r.hit.end, cb))
    m = min((x for x in found if x is not None), key=lambda x: x.start(), default=None)
    return m is not None and R.FUND_NAME_TAIL.match(ctx.view, m.end(), cb) is not None


def is_partnership(m: Mention | None) -> bool:
    """A fund or limited partnership by its name (X产业基金, Y合伙企业(有限合伙))."""
    if m is None or m.type != "organization":
        return False
    name = FN.FUND_SERIES_TAIL.sub("", m.text)  # X基金三期: the fund's series after its head
    return name.endswith(R.PARTNERSHIP_HEADS) or FN.LATIN_FUND.search(m.text) is not None


def fund_size(
    ctx: SentenceContext, disc: Discourse, hits: Sequence[Hit], hit: Hit, before: Sequence[Candidate]
) -> list[Candidate]:
    """X基金(有限合伙)目标规模为N / 设立X基金，基金总规模N / 该基金总规模N: the fund raises N."""
    fund = _fund_of(ctx, disc, hit, before)
    if fund is not None and any(c.subtype == FUND_SIZE and _iri(c.agent) == fund.iri for c in before):
        return []  # 目标规模N，首期规模M: the fund's size is stated once
    ci = ctx.clause_index(hit.start)
    amount = pick_amount(ctx, hit, hits, ci, "fundraising") if fund is not None else None
    if fund is None or amount is None:
        return []
    return [Candidate("fundraising", fund, None, ctx.sentence, hit.start, amount=amount, subtype=FUND_SIZE)]


def _fund_of(ctx: SentenceContext, disc: Discourse, hit: Hit, before: Sequence[Candidate]) -> Mention | None:
    named = [p.mention for p in ctx.parties if p.end <= hit.start and p.mention.type == "organization"]
    bare = hit.trigger.frame.kind == DESCRIBED_SIZE  # 设立规模N的Y基金: only the fund after it
    if named and is_partnership(named[-1]) and not bare:  # the size of the name nearest before it
        return named[-1]
    # 总规模为N的Y基金: the fund the size describes, right after it
    _, cb = ctx.clause_at(hit.start)
    described = [
        p.mention for p in ctx.parties if hit.end <= p.start < cb and ctx.view[: p.start].endswith(L.DE)
    ]
    if described and is_partnership(described[0]):
        return described[0]
    if bare:
        return _sponsor(ctx, hit)
    if named:  # X基金的管理人Y管理总规模N: Y's, no fund's
        return None
    committed = [c.counterparty for c in (*before, disc.recent.get("investment")) if c is not None]
    funds = [m for m in committed if is_partnership(m)]
    if funds:
        return funds[-1]
    # (该)基金总规模N: the fund the text has named
    return disc.fund if hit.trigger.word.startswith(K1.FUND_HEAD) else None


def _sponsor(ctx: SentenceContext, hit: Hit) -> Mention | None:
    """中金资本设立一只规模20亿元的医疗产业基金: a fund described, not named, raises through the
    sponsor founding it (the subject before the founding verb in the size word's clause)."""
    ca, _ = ctx.clause_at(hit.start)
    founding = None
    for m in R.FOUNDING.finditer(ctx.view, ca, hit.start):
        founding = m
    if founding is None or ctx.view[founding.end() : hit.start].strip():
        return None
    subjects = [p for p in ctx.parties if ca <= p.start < founding.start() and p.marker is None and p.usable]
    return subjects[0].mention if subjects else None


def last_fund(parties: Sequence[Party]) -> Mention | None:
    """The last fund or partnership among a sentence's parties."""
    return next((p.mention for p in reversed(parties) if is_partnership(p.mention)), None)


def limited_partner(ctx: SentenceContext, disc: Discourse, r: Reading) -> Reading:
    """X(作为有限合伙人)认缴出资N，与A、B共同设立Y基金: X's commitment goes into the fund the sentence
    founds after it; …设立Y基金。X作为有限合伙人认缴出资N: into the fund named before."""
    if r.counterparty is None:
        r = replace(r, counterparty=_founded_after(ctx, r) or _sized_just_before(disc, r))
    if r.counterparty is not None or disc.fund is None:
        return r
    ca, _ = ctx.clauses[r.ci]
    if not K.LIMITED_PARTNER.search(ctx.view, max(ctx.start, ca - LP_REACH), r.hit.start):
        return r
    return r if r.agent is not None and r.agent.iri == disc.fund.iri else replace(r, counterparty=disc.fund)


def _sized_just_before(disc: Discourse, r: Reading) -> Mention | None:
    """X基金目标规模为N。A、B分别认缴出资N1、N2: the contributions after a fund's size go into that
    fund (the last fundraising stated is the fund's own size)."""
    sized = disc.recent.get("fundraising")
    if sized is None or not is_partnership(sized.agent):  # 目标规模N / 目标募集规模N: the fund's raise
        return None
    fund = sized.agent
    return None if fund is None or (r.agent is not None and r.agent.iri == fund.iri) else fund


def fund_breakdown(ctx: SentenceContext, disc: Discourse, r: Reading) -> Reading:
    """…设立Y基金。其中，A出资N1，B出资N2: a contribution naming no investee, in a sentence that
    breaks down the one before it, goes into the joint investment just stated that A is a party
    of (A与B共同向Y增资。其中…), else into the fund the text just named."""
    if r.counterparty is not None or r.agent is None or r.hit.trigger.subtype != CONTRIBUTION:
        return r
    if not K.BREAKDOWN_START.match(ctx.view, ctx.start):
        return r
    joint = disc.recent.get("investment")
    if joint is not None and joint.counterparty is not None:
        investors = {m.iri for m in (joint.agent, *joint.co_agents) if m is not None}
        if r.agent.iri in investors:
            return replace(r, counterparty=joint.counterparty)
    into = disc.fund
    return r if into is None or r.agent.iri == into.iri else replace(r, counterparty=into)


def subfund_agreements(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """X拟出资N，与Y签署子基金投资协议: one agreement of X with Y for N (no investment of X beside it)."""
    spans = [(m.start(), m.end()) for m in K.SUBFUND_AGREEMENT.finditer(ctx.view, ctx.start, ctx.end)]
    deals = [c for c in cands if c.type == "agreement" and any(a <= c.trigger_start < b for a, b in spans)]
    if not deals:
        return cands
    deal = deals[0]
    if _commits_to_named_subfund(cands, deal):
        pair = (_iri(deal.agent), _iri(deal.counterparty))
        return [c for c in cands if c.type != "agreement" or (_iri(c.agent), _iri(c.counterparty)) != pair]
    commitments = [
        c
        for c in cands
        if c.type == "investment"
        and (c.counterparty is None or c.counterparty.iri == _iri(deal.counterparty))
        and (c.agent is None or c.agent.iri == _iri(deal.agent))
    ]
    figure = deal.amount or next((c.amount for c in commitments if c.amount is not None), None)
    out = [c for c in cands if c not in commitments]
    i = out.index(deal)
    return [*out[:i], *_each_subfund(replace(deal, amount=figure)), *out[i + 1 :]]


def _commits_to_named_subfund(cands: Sequence[Candidate], deal: Candidate) -> bool:
    """X与Y签署子基金合作协议，拟出资N参与设立Z基金: the agreement is X's commitment into Z (one deal,
    the investment), whoever Y (Z's manager) is."""
    return any(
        c.type == "investment"
        and c.amount is not None
        and is_partnership(c.counterparty)
        and c.agent is not None
        and c.agent.iri == _iri(deal.agent)
        and _iri(c.counterparty) != _iri(deal.counterparty)
        for c in cands
    )


def _each_subfund(deal: Candidate) -> list[Candidate]:
    """与A、B签署子基金投资协议: an agreement with each sub-fund; a figure for several (拟合计出资N)
    is no single agreement's. One sub-fund named with the mother fund's sum: the commitment is an
    investment into it (devset2 README: an LP's commitment is an investment into the fund)."""
    funds = [m for m in deal.co_counterparties if is_partnership(m)]
    if not funds and deal.amount is not None and is_partnership(deal.counterparty):
        return [replace(deal, type="investment", subtype=CONTRIBUTION, symmetric=False)]
    if not funds or not is_partnership(deal.counterparty):
        return [deal]
    rest = tuple(m for m in deal.co_counterparties if m not in funds)
    one = replace(deal, amount=None, co_counterparties=rest)
    return [one, *(replace(one, counterparty=m) for m in funds)]


def _iri(m: Mention | None) -> str | None:
    return m.iri if m is not None else None


def _founded_after(ctx: SentenceContext, r: Reading) -> Mention | None:
    """The fund the sentence founds next after the commitment (出资N设立全资子公司X，由X发起设立Y基金:
    the money founds X, no fund)."""
    found = (
        R.FOUNDING.search(ctx.view, r.hit.end, ctx.end),
        K.FUND_JOINED.search(ctx.view, r.hit.end, ctx.end),
    )
    m = min((x for x in found if x is not None), key=lambda x: x.start(), default=None)
    named = next(iter(ctx.free_parties(m.end(), ctx.end)), None) if m is not None else None
    if m is None or named is None or not is_partnership(named.mention):
        return None
    if R.FOUNDED_NAME_GAP.fullmatch(ctx.view, m.end(), named.start) is None:
        return None
    return None if r.agent is not None and named.mention.iri == r.agent.iri else named.mention


def founding_partners(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """X出资N与Y成立合资公司 / 投资N与Y共同设立Z基金: Y founds with X — a co-investor, not the investee;
    the money goes into what they found (Z when named, else no one named)."""
    out = []
    for c in cands:
        p = _partner(ctx, c)
        if p is not None:
            founded = _named_after_founding(ctx, p.end)
            co = (*c.co_agents, p.mention) if p.mention not in c.co_agents else c.co_agents
            c = replace(c, counterparty=founded, co_agents=co)
        out.append(c)
    return out


def _partner(ctx: SentenceContext, c: Candidate) -> Party | None:
    """The counterparty of investment ``c`` as a partner 与 marks after its deal word, before a founding."""
    if c.type != "investment" or c.counterparty is None or c.attach is not None:
        return None
    for p in ctx.parties:
        if p.mention.iri != c.counterparty.iri or p.start < c.trigger_start or p.marker_kind != "with":
            continue
        m = R.FOUNDED_WITH.match(ctx.view, p.end)
        if m is not None and R.FOUNDING.match(ctx.view, m.end()) is not None:
            return p
    return None


def _named_after_founding(ctx: SentenceContext, at: int) -> Mention | None:
    m = R.FOUNDING.search(ctx.view, at, ctx.clause_at(at)[1])
    named = next(iter(ctx.free_parties(m.end(), ctx.end)), None) if m is not None else None
    if m is None or named is None or R.FOUNDED_NAME_GAP.fullmatch(ctx.view, m.end(), named.start) is None:
        return None
    return named.mention


def subsidised(ctx: SentenceContext, disc: Discourse, r: Reading) -> Reading:
    """X将在日本兴建晶圆厂，日本政府补助约N: a grantor's subsidy with its receiver left out goes to
    the company the sentence (else the text) is about — unless the clause counts its receivers
    (向12家企业拨付补助: no one named)."""
    agent = r.agent
    if r.hit.trigger.subtype != R.SUBSIDY_SUBTYPE or r.counterparty is not None or agent is None:
        return r
    ca, cb = ctx.clauses[r.ci]
    if PM.COUNTED_RECEIVERS.search(ctx.view, ca, cb):
        return r
    if any(ca <= p.start < r.hit.start and p.marker_kind in ("other", "beneficiary") for p in ctx.parties):
        return r  # 向Y提供补助: the receiver the clause marks, even one that plays no role
    earlier = (
        p.mention
        for p in ctx.parties
        if p.marker is None and p.usable and p.start < r.hit.start and p.mention.iri != agent.iri
    )
    receiver = next(earlier, None) or (
        disc.topic if disc.topic is not None and disc.topic.iri != agent.iri else None
    )
    return r if receiver is None else replace(r, counterparty=receiver)
