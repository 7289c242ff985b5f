"""More constructions of the language that fix the roles of a sentence's deal candidates, or state
a deal no deal word reads on its own (the first ones are in constructions.py):

- a guarantee for a subsidiary named by its descriptor (A为其全资子公司X提供N担保): A guarantees X;
- a lease's rent in a clause of its own (…，租期十年，每年租金N): the lease's figure when it has none;
- selling a subsidiary, a business or a stake (A以N出售旗下附属公司X予C): C's acquisition from A (no
  buyer named: null), while selling land, a building or equipment stays a purchase;
- a company's own spending on a purpose (A将在未来五年投入N用于研发): A's capex;
- the founders of a joint venture (A与B共同出资设立Z): an investment by each into Z (named, else
  null), the registered capital no founder's figure unless shares tie figures to them;
- cornerstones introduced by a count (Z上市引入N名基石投资者，其中X认购N1、Y认购N2): X and Y invest
  N1 and N2 in Z (and the ones named without a figure, 其余由A及B认购, in Z too);
- the winner of a tender named by a copula (X成为Y…采购项目的成交供应商): Y lets the contract to X;
- winners listed with 分别 (A、B、C分别中标，中标金额分别为N1、N2和N3): one award per winner, from the
  owner named before the list;
- the land bureau of a land sale (Y自然资源局公布，X以N竞得…地块): X buys the land from Y.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import role_constructions as K
from pipeline.lang.zh import role_constructions2 as K2
from pipeline.model.frozen import replace
from pipeline.model.records import Amount, Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.parties import Party, chain, chain_head

#: how far before a figure the words introducing it (每年租金 / 投入 / 注册资本) may start
CUE_REACH = 8


def role_constructions2(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates with the constructions above applied."""
    out = [_signed_seller(ctx, _ordered_from(ctx, c)) for c in cands]
    out = [_sold_business(ctx, _lease_rent(ctx, _guaranteed_unit(ctx, c))) for c in out]
    out = [
        _labelled_partner(ctx, _land_seller(ctx, _tender_publisher(ctx, _named_winner(ctx, c)))) for c in out
    ]
    out = _guarantee_supplied(ctx, out)
    out = _listed_winners(ctx, _joint_founders(ctx, out))
    out = _cornerstones(ctx, out)
    return out + _own_spending(ctx, out)


def _cued(ctx: SentenceContext, a: Amount, cue: re.Pattern[str]) -> bool:
    lo = max(ctx.start, a.start - CUE_REACH)
    return cue.search(ctx.view[lo : a.start]) is not None


# ----------------------------------------------------------------------------- orders


def _ordered_from(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A向(日本)B订造N艘船: B sells; a party named after the count (N架A320neo飞机) is the goods."""
    if c.type != "purchase" or c.agent is None:
        return c
    view = ctx.view
    ca, _ = ctx.clause_at(c.trigger_start)
    verb = K2.ORDER_VERBS.match(view, c.trigger_start)
    if verb is None or not ctx.start <= c.agent.start < c.trigger_start:
        return c
    frm = K2.ORDER_FROM.search(view, max(ca, c.agent.end), verb.start())
    if frm is None:
        return c
    sellers = [p for p in ctx.free_parties(frm.end(), verb.start()) if p.end <= verb.start()]
    if sellers:
        return replace(c, counterparty=sellers[-1].mention)
    cp = c.counterparty
    if cp is not None and cp.start >= verb.end() and _counted_goods(ctx, cp, verb.end()):
        return replace(c, counterparty=None)
    return c


def _counted_goods(ctx: SentenceContext, m: Mention, since: int) -> bool:
    """…N架A320neo: the name stands right after a count (read from ``since`` on): it is the goods."""
    return K2.COUNTED_GOODS.search(ctx.view, since, m.start) is not None


def _signed_seller(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A与B签约，以N采购X / A与B签署协议，购买N架飞机: the partner of the signing in a clause before
    the purchase (which names no seller of its own: a model after the count, A320neo, is goods) sells."""
    cp = c.counterparty
    if cp is not None and _counted_goods(ctx, cp, max(ctx.start, cp.start - 8)):
        cp = None
    if c.type != "purchase" or c.agent is None or cp is not None:
        return c
    ci = ctx.clause_index(c.trigger_start)
    for a, b in reversed(ctx.clauses[:ci]):
        if not X.SIGNING_WORDS.within(ctx.view, a, b):
            continue
        partners = [
            p for p in ctx.free_parties(a, b) if p.marker_kind == "with" and p.mention.iri != c.agent.iri
        ]
        return replace(c, counterparty=partners[0].mention) if partners else c
    return c


# ----------------------------------------------------------------------------- guarantees


def _guaranteed_unit(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A为其附属公司X提供N担保 / A拟对X提供N担保: A guarantees, X is the debtor."""
    if c.type != "other" or c.counterparty is not None:
        return c  # 为全资子公司A、B分别提供N1、N2的担保: each debtor already has its deal
    view = ctx.view
    ca, cb = ctx.clause_at(c.trigger_start)
    for p in ctx.free_parties(ca, cb):
        mark = K2.GUARANTEED_UNIT.search(view, max(ca, p.start - 12), p.start)
        if mark is None and K2.GUARANTEE_SUPPLIED.match(view, p.end, cb):
            mark = K2.GUARANTEED_PARTY.search(view, max(ca, p.start - 1), p.start)  # 对B提供N担保
        if mark is None or K2.GUARANTEE_WORD not in view[p.end : cb]:
            continue
        guarantors = [q for q in ctx.free_parties(ca, mark.start()) if q.end <= mark.start()]
        guarantors = guarantors or [q for q in ctx.free_parties(ctx.start, ca) if q.end <= mark.start()]
        if guarantors:
            return replace(c, agent=guarantors[-1].mention, counterparty=p.mention)
    return c


def _guarantee_supplied(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """为附属公司X提供N担保: 提供 supplies the guarantee, no goods to X; its figure is the guarantee's."""
    out = list(cands)
    for c in cands:
        if c.type != "other" or c.agent is None or c.counterparty is None or c not in out:
            continue
        ca, cb = ctx.clause_at(c.trigger_start)
        x = c.counterparty
        if K2.GUARANTEE_WORD not in ctx.view[x.end : cb]:
            continue
        supply = next(
            (
                d for d in out
                if d.type == "purchase" and d.agent is None and d.counterparty is not None
                and d.counterparty.iri == x.iri and ca <= d.trigger_start < cb
            ),
            None,
        )  # fmt: skip
        if supply is not None:
            out.remove(supply)
            if c.amount is None:
                out[out.index(c)] = replace(c, amount=supply.amount)
    return out


# ----------------------------------------------------------------------------- leases


def _lease_rent(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A向B承租Z，租期十年，租金总额N (else 每年租金N): the lease's figure."""
    if c.type != "lease" or c.amount is not None:
        return c
    later = [a for a in ctx.amounts if a.start > c.trigger_start and a.converted_from_start is None]
    total = next((a for a in later if _cued(ctx, a, K2.TOTAL_RENT)), None)
    yearly = next((a for a in later if _cued(ctx, a, K2.YEARLY_RENT)), None)
    figure = total or yearly
    return replace(c, amount=figure) if figure is not None else c


# ----------------------------------------------------------------------------- sales


def _sold_business(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A以N出售旗下附属公司X予C: C acquires from A (一名独立第三方: null); land, buildings and
    equipment stay a purchase."""
    if c.type not in K2.SALE_TYPES or c.counterparty is None:
        return c
    view = ctx.view
    verb = K2.SALE_VERBS.match(view, c.trigger_start)
    if verb is None or c.counterparty.start > c.trigger_start:
        return c
    _, cb = ctx.clause_at(c.trigger_start)
    to = K2.SOLD_TO.search(view, verb.end(), cb)
    obj_end = to.start() if to is not None else cb
    obj = view[verb.end() : obj_end].rstrip(K.CLAUSE_END)
    seller = c.counterparty.iri  # 出售其持有的酒店组合: 其 is the seller, no business sold
    obj_parties = [
        p for p in ctx.free_parties(verb.end(), obj_end) if p.end <= obj_end and p.mention.iri != seller
    ]
    buyer = None
    if to is not None:
        buyer = next((p.mention for p in ctx.free_parties(to.end(), cb) if p.start == to.end()), None)
    elif c.agent is not None and c.agent.end <= c.trigger_start:
        buyer = c.agent  # 以N向C出售旗下附属公司X: the buyer is marked before the verb
    if obj.endswith(K.ASSET_HEADS) or not (K2.SOLD_BUSINESS.search(obj) or obj_parties):
        # 出售旗下附属公司X的部分设备予C: goods of X, bought by C
        owner = c.agent is not None and any(p.mention.iri == c.agent.iri for p in obj_parties)
        return replace(c, agent=buyer) if owner and buyer is not None else c
    target = obj_parties[-1].mention if obj_parties else None
    return replace(c, type="acquisition", agent=buyer, target=target)


# ----------------------------------------------------------------------------- spending


def _own_spending(ctx: SentenceContext, cands: Sequence[Candidate]) -> list[Candidate]:
    """A将在未来五年投入N用于研发: A spends N on itself (no place, no project)."""
    taken = {c.amount.start for c in cands if c.amount is not None}
    for a in ctx.amounts:
        if a.start in taken or a.per is not None or not _cued(ctx, a, K2.SPENDING_BEFORE):
            continue
        if K2.SPENDING_ON.match(ctx.view, a.end) is None:
            continue
        spenders = _spender(ctx, a)
        if spenders and not any(c.amount is None and c.type == "capex" for c in cands):
            return [Candidate("capex", spenders[-1].mention, None, ctx.sentence, a.start, amount=a)]
    return []


def _spender(ctx: SentenceContext, a: Amount) -> list[Party]:
    """The subject of the spending: named in its clause, else in the clause before when this one
    opens on time and modal words only (A表示，将在未来五年投入N; not 行业未来三年需要投入N)."""
    ca, _ = ctx.clause_at(a.start)
    own = [p for p in ctx.free_parties(ca, a.start) if p.end <= a.start]
    if own:
        return own
    verb = K2.SPENDING_BEFORE.search(ctx.view, max(ca, a.start - CUE_REACH), a.start)
    if verb is None or not K2.SUBJECTLESS_LEAD.fullmatch(ctx.view, ca, verb.start()):
        return []
    return [p for p in ctx.free_parties(ctx.start, ca) if p.end <= ca]


# ----------------------------------------------------------------------------- joint ventures


def _joint_founders(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """A与B(及C)共同出资设立Z(，注册资本N)(，其中A出资N1，B出资N2 / 分别出资N1及N2): each founder
    invests in Z."""
    found = K2.JOINT_FOUNDING.search(ctx.view, ctx.start, ctx.end)
    if found is None:
        return cands
    founders, carried = _founders(ctx, found.start())
    if len(founders) < 2 or (carried and _own_commitment(ctx, found)):
        return cands
    _, cb = ctx.clause_at(found.end())
    jv = next((p.mention for p in ctx.free_parties(found.end(), cb)), None)
    shares = _founder_shares(ctx, founders, found.end())
    iris = {m.iri for m in founders}
    rest = [
        c for c in cands
        if not (c.type == "investment" and c.agent is not None and c.agent.iri in iris)
    ]  # fmt: skip
    if carried and None in shares:
        # A与B签订合资协议，双方将共同出资设立Z，注册资本N: the founding names no founder's figure
        # (their contributions, if any, follow); the registered capital is nobody's investment
        return rest
    made = [
        Candidate("investment", m, jv, ctx.sentence, found.start(), amount=a, subtype="joint_venture")
        for m, a in zip(founders, shares, strict=True)
    ]
    return made + rest


def _own_commitment(ctx: SentenceContext, found: re.Match[str]) -> bool:
    """X与Y签署子基金合作协议，拟出资N参与设立Z基金: a figure inside the founding phrase, with no word
    of togetherness before it, is the subject's own commitment — no joint founding of the signers."""
    ca, _ = ctx.clause_at(found.start())
    joint = K2.JOINT_WORDS.search(ctx.view, ca, found.end()) is not None
    return not joint and any(found.start() <= a.start < found.end() for a in ctx.amounts)


def _founders(ctx: SentenceContext, verb: int) -> tuple[list[Mention], bool]:
    """The list of parties joined by 与/和/及/、 that ends right before the founding verb (or, with
    none in its clause, the signing parties of a clause before: carried)."""
    ca, _ = ctx.clause_at(verb)
    before = [p for p in ctx.free_parties(ca, verb) if p.end <= verb]
    if not before and K2.FOUNDERS_CARRIED.fullmatch(ctx.masked_span(ca, verb)):
        return _signing_parties(ctx, ca), True
    if not before or ctx.view[before[-1].end : verb].strip(K2.FOUNDING_ADVERBS):
        return [], False
    chain = [before[-1]]
    for p in reversed(before[:-1]):
        if not K2.FOUNDERS_AND.match(ctx.view[p.end : chain[0].start]):
            break
        chain.insert(0, p)
    return [p.mention for p in chain], False


def _signing_parties(ctx: SentenceContext, ca: int) -> list[Mention]:
    """A与B(、C)签订合资协议，…: in the nearest clause before that marks partners with 与, its subject
    and those partners."""
    for a, b in reversed([k for k in ctx.clauses if k[1] <= ca]):
        parties = ctx.free_parties(a, b)
        partners = [p for p in parties if p.marker_kind == "with"]
        head = [p for p in parties if partners and p.end <= partners[0].start and p.marker is None]
        if head:
            rest = [p for p in parties if p.start > partners[0].start and p.marker is None]
            return [head[-1].mention, *(p.mention for p in sorted([*partners, *rest], key=lambda p: p.start))]
    return []


def _founder_shares(ctx: SentenceContext, founders: Sequence[Mention], after: int) -> list[Amount | None]:
    """The founders' figures: 分别出资N1及N2 in order, else each founder's 出资N."""
    view = ctx.view
    figures = [a for a in ctx.amounts if a.start > after and not _cued(ctx, a, K2.REGISTERED_CAPITAL)]
    resp = K2.RESPECTIVE_SHARES.search(view, after, ctx.end)
    if resp is not None:
        listed = [a for a in figures if a.start >= resp.end()][: len(founders)]
        if len(listed) == len(founders):
            return list(listed)
    out: list[Amount | None] = []
    for m in founders:
        own = [a for a in figures if _named_before(ctx, m, a)]
        out.append(own[0] if own else None)
    return out


def _named_before(ctx: SentenceContext, m: Mention, a: Amount) -> bool:
    """``m`` stands before figure ``a`` in its clause."""
    return any(p.mention.iri == m.iri and p.end <= a.start for p in ctx.free_parties(*ctx.clause_at(a.start)))


# ----------------------------------------------------------------------------- cornerstones


def _cornerstones(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """Z上市引入N名基石投资者，其中X认购N1、Y认购N2 / 其中X及Y分别认购N1及N2: X and Y invest in Z
    with their figures."""
    intro = K2.CORNERSTONES_BY_COUNT.search(ctx.view, ctx.start, ctx.end)
    if intro is None:
        return cands
    issuers = [p for p in ctx.free_parties(ctx.start, intro.start()) if p.end <= intro.start()]
    if not issuers:
        return cands
    issuer = issuers[0].mention
    made: list[Candidate] = []
    for a, b in ctx.clauses:
        if b > intro.end():
            made.extend(_subscribers(ctx, issuer, max(a, intro.end()), b))
    if not made:
        return cands
    # 其余由A及B认购: cornerstones named without a figure keep their own reading into the issuer
    tied = {c.agent.iri for c in made if c.agent is not None}
    return made + [
        c
        for c in cands
        if c.type != "investment"
        or (
            c.agent is not None
            and c.agent.iri not in tied
            and c.counterparty is not None
            and c.counterparty.iri == issuer.iri
        )
    ]


def _subscribers(ctx: SentenceContext, issuer: Mention, a: int, b: int) -> list[Candidate]:
    """One clause's cornerstones: X认购N1、Y认购N2, or X及Y分别认购N1及N2."""
    view = ctx.view
    named = [p for p in ctx.free_parties(a, b) if p.mention.iri != issuer.iri]
    figures = [x for x in ctx.amounts if a <= x.start < b and x.converted_from_start is None]
    resp = K2.RESPECTIVE_SUBSCRIBE.search(view, a, b)
    if resp is not None:
        names = [p for p in named if p.end <= resp.start()]
        figs = [x for x in figures if x.start >= resp.end()][: len(names)]
        if names and len(figs) == len(names):
            return [
                Candidate("investment", p.mention, issuer, ctx.sentence, p.start, amount=x)
                for p, x in zip(names, figs, strict=True)
            ]
        return []
    out: list[Candidate] = []
    floor = a
    for x in figures:
        if not K2.SUBSCRIBES.search(view[max(ctx.start, x.start - 6) : x.start]):
            continue
        by = [p for p in named if floor <= p.start and p.end <= x.start]
        if by:
            out.append(Candidate("investment", by[-1].mention, issuer, ctx.sentence, by[-1].start, amount=x))
        floor = x.end
    return out


# ----------------------------------------------------------------------------- tender winners


def _named_winner(ctx: SentenceContext, c: Candidate) -> Candidate:
    """X成为Y…项目的成交供应商 / 公司被确定为Y…的中标候选人 / X在Y…采购中中选: the party before the
    copula (in the sentence) is the contractor, the first party after it the owner."""
    if c.subtype != R.TENDER_AWARD:
        return c
    ca, _ = ctx.clause_at(c.trigger_start)
    masked = ctx.masked_span(ca, c.trigger_start)
    cops = list(K2.WINNER_COPULA.finditer(masked))
    if not cops:
        return c
    at, end = ca + cops[-1].start(), ca + cops[-1].end()
    winners = [p for p in ctx.free_parties(ctx.start, at) if p.marker is None]
    owners = ctx.free_parties(end, c.trigger_start)
    if not winners or not owners or winners[-1].mention.iri == owners[0].mention.iri:
        return c
    return replace(c, agent=owners[0].mention, counterparty=winners[-1].mention)


def _listed_winners(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """Y公示…采购中标结果，A、B、C分别中标，中标金额分别为N1、N2和N3: each winner's award from the
    owner named before the list, with the figures in order (none when they are not listed)."""
    view = ctx.view
    for c in cands:
        if c.subtype != R.TENDER_AWARD:
            continue
        ca, _ = ctx.clause_at(c.trigger_start)
        before = [p for p in ctx.free_parties(ca, c.trigger_start) if p.marker is None]
        if not before:
            continue
        winners = chain(view, ctx.parties, chain_head(view, ctx.parties, before[-1]), c.trigger_start)
        if len(winners) < 2 or not X.RESPECTIVELY.within(view, winners[-1].end, c.trigger_start):
            continue
        names = {p.mention.iri for p in winners}
        owner = next(
            (
                p.mention
                for p in ctx.free_parties(ctx.start, ca)
                if p.marker is None and p.mention.iri not in names
            ),
            None,
        )
        after = [a for a in ctx.amounts if a.start > c.trigger_start]
        listed = len(after) >= len(winners) and X.RESPECTIVELY.within(view, c.trigger_start, after[0].start)
        figures = after[: len(winners)] if listed else [None] * len(winners)
        made = [
            replace(c, agent=owner, counterparty=w.mention, amount=f, co_agents=(), co_counterparties=())
            for w, f in zip(winners, figures, strict=True)
        ]
        return [d for d in cands if d.subtype != R.TENDER_AWARD] + made
    return cands


def _tender_publisher(ctx: SentenceContext, c: Candidate) -> Candidate:
    """Y发布中标候选人公示，X为第一中标候选人: an award with no owner is owned by the party that
    published its result earlier in the sentence."""
    if c.subtype != R.TENDER_AWARD or c.agent is not None or c.counterparty is None:
        return c
    m = K2.PUBLISHED_RESULT.search(ctx.view, ctx.start, c.trigger_start + 1)
    if m is None:
        return c
    before = [p for p in ctx.free_parties(ctx.start, m.start()) if p.marker is None]
    if not before or before[-1].mention.iri == c.counterparty.iri:
        return c
    if ctx.masked_span(before[-1].end, m.start()).strip(K2.TIME_GAP):
        return c
    return replace(c, agent=before[-1].mention)


def _labelled_partner(ctx: SentenceContext, c: Candidate) -> Candidate:
    """S處分土地，交易總金額N，交易對象為B: the party a later clause labels as the deal's other party
    fills the role the deal word left open."""
    if (c.agent is None) == (c.counterparty is None):
        return c
    view = ctx.view
    for a, b in ctx.clauses:
        if a <= c.trigger_start:
            continue
        m = K2.DEAL_PARTNER_LABEL.match(view, a)
        partner = next((p.mention for p in ctx.free_parties(a, b) if m and p.start == m.end()), None)
        if partner is not None:
            return replace(c, agent=partner) if c.agent is None else replace(c, counterparty=partner)
    return c


def _land_seller(ctx: SentenceContext, c: Candidate) -> Candidate:
    """Y规划和自然资源局公布，X以N竞得…地块: land bought with no seller marked is bought from the land
    bureau the sentence names."""
    if c.subtype not in K2.LAND_SUBTYPES or c.counterparty is not None or c.agent is None:
        return c
    view, buyer = ctx.view, c.agent.iri
    bureau = next(
        (
            p.mention
            for p in ctx.free_parties(ctx.start, ctx.end)
            if p.mention.iri != buyer and view[p.start : p.end].endswith(K2.LAND_SELLER_HEADS)
        ),
        None,
    )
    return c if bureau is None else replace(c, counterparty=bureau)
