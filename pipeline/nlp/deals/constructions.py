"""Constructions of the language that fix the roles (and sometimes the type) of a sentence's deal
candidates, or state a deal no deal word reads on its own:

- a loan the borrower receives, arranged by banks in a modifier (A获得由B及C牵头的N银团贷款) or
  in a clause of their own (A获得N银团贷款，由B牵头);
- a lease whose lessor is the party named or described as a leasing company, whichever comes first;
- a holder selling a stake in the market (A出售所持B股份, like 减持: type other; B遭A减持), or to a
  named buyer (…予C: C's acquisition);
- round followers and leads (A领投Y的融资，B跟投; 在A领投下，Y完成N融资，B和C亦有参与);
- the object bought from a named seller (A以N向B购入其Z): a business, unit or stake is an
  acquisition, assets, land, buildings and equipment a purchase; A斥资N，向B收购… gives it N;
- a share issue (Z在香港发行N新股; the underwriters helping are no parties);
- a commitment of one's own funds to a new fund (A以自有资金N参与设立…基金);
- a works award won by a subsidiary with no owner named (X旗下Y中标Z工程).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.zh import deals as L
from pipeline.lang.zh import role_constructions as K
from pipeline.model.frozen import replace
from pipeline.model.records import Amount, Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.parties import Party

#: how far before a party its introducing words (一家租赁公司X, X旗下Y) may stand
INTRO_REACH = 6
#: how far before a figure its proceeds word (套现约N) may start
PROCEEDS_REACH = 6
#: how far before a figure its source of money (以自有资金认缴出资N) may start
OWN_FUNDS_REACH = 14


def role_constructions(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates with the constructions above applied."""
    out = _spent_on(ctx, _lessee_raises(ctx, [_one(ctx, c) for c in cands]))
    out = _fund_set_up_next(ctx, _followers(ctx, out))
    out.extend(_share_issue(ctx, out))
    out.extend(_fund_commitment(ctx, out))
    return out


def _one(ctx: SentenceContext, c: Candidate) -> Candidate:
    c = _unit_of_parent(ctx, c)
    if subsidiary_winner(ctx, c):
        return replace(c, unowned=True)
    if c.type == "debt" and c.subtype not in L.BOND_SUBTYPES and c.subtype not in L.NOTE_SUBTYPES:
        return _led_after(ctx, _arranged_loan(ctx, c))  # a bond's arranger underwrites, it lends not
    if c.type == "lease" or (c.type == "purchase" and c.subtype == "sale_leaseback"):
        return _lessor(ctx, c)
    if c.type == "other" and c.subtype in K.MARKET_TRADE_SUBTYPES:
        return _passive_trade(ctx, c)
    if c.type in ("purchase", "acquisition"):
        c = _held_stake_sale(ctx, c)
        return _bought_object(ctx, c) if c.type != "other" else c
    return c


# ----------------------------------------------------------------------------- loans


def _arranged_loan(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A获得由B及C牵头安排的N贷款: A borrows, B lends, C co-leads."""
    view = ctx.view
    ca, _ = ctx.clause_at(c.trigger_start)
    got = K.LOAN_RECEIVED.search(view, ca, c.trigger_start)
    if got is None:
        return c
    done = K.LOAN_ARRANGED.search(view, got.end(), c.trigger_start)
    if done is None:
        return c
    lenders = ctx.free_parties(got.end(), done.start())
    borrowers = [p for p in ctx.free_parties(ca, got.start()) if p.end <= got.start()]
    borrowers = borrowers or [p for p in ctx.free_parties(ctx.start, ca) if p.end <= got.start()]
    if not lenders or not borrowers:
        return c
    borrower, lead = borrowers[-1].mention, lenders[0].mention
    rest = tuple(p.mention for p in lenders[1:] if p.mention.iri != lead.iri)
    return replace(c, agent=borrower, counterparty=lead, co_agents=(), co_counterparties=rest)


def _led_after(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A获得N银团贷款，由B(及C)牵头，D参与 / …，牵头行为B及C: B lends, C co-leads (the
    participants are no leads)."""
    if c.agent is None or c.counterparty is not None:
        return c
    ci = ctx.clause_index(c.trigger_start)
    spans = (_leads_span(ctx, a, b) for a, b in ctx.clauses[ci + 1 :])
    span = next((s for s in spans if s is not None), None)
    if span is None:
        return c
    banks = [p.mention for p in ctx.free_parties(*span) if p.mention.iri != c.agent.iri]
    if not banks:
        return c
    rest = tuple(m for m in banks[1:] if m.iri != banks[0].iri)
    return replace(c, counterparty=banks[0], co_counterparties=(*c.co_counterparties, *rest))


def _leads_span(ctx: SentenceContext, a: int, b: int) -> tuple[int, int] | None:
    """Where a clause names the arrangers: between 由 and 牵头, or after 牵头行为."""
    view = ctx.view
    named = K.LEADS_ARE.match(view, a)
    if named is not None:
        return named.end(), b
    by = K.LOAN_LED_BY.match(view, a)
    leads = K.LOAN_LEADS.search(view, by.end(), b) if by is not None else None
    return (by.end(), leads.start()) if by is not None and leads is not None else None


# ----------------------------------------------------------------------------- leases


def _lessor_like(ctx: SentenceContext, m: Mention) -> bool:
    name = ctx.view[m.start : m.end].casefold()
    if any(w in name for w in K.LESSOR_WORDS):
        return True
    return K.LESSOR_INTRO.search(ctx.view[max(ctx.start, m.start - INTRO_REACH) : m.start]) is not None


def _lessor(ctx: SentenceContext, c: Candidate) -> Candidate:
    """The lessor (lease counterparty, purchase agent) is the party that leases by trade."""
    a, cp = c.agent, c.counterparty
    if a is None or cp is None:
        return c
    as_lessee, as_lessor = (a, cp) if c.type == "lease" else (cp, a)
    if _lessor_like(ctx, as_lessee) and not _lessor_like(ctx, as_lessor):
        return replace(c, agent=cp, counterparty=a)  # the leasing company was read as the lessee
    return c


def _lessee_raises(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """R与A签署售后回租协议，融资N: the lessee A raises the money, not the lessor R."""
    swapped = [
        c for c in cands
        if c.type == "lease" and c.agent is not None
        and c.counterparty is not None and c.counterparty.start < c.agent.start
        and _lessor_like(ctx, c.counterparty)
    ]  # fmt: skip
    if not swapped:
        return cands
    lessee, lessor = swapped[0].agent, swapped[0].counterparty
    if lessee is None or lessor is None:
        return cands
    return [
        replace(c, agent=lessee, co_agents=tuple(m for m in c.co_agents if m.iri != lessee.iri))
        if c.type == "fundraising" and c.agent is not None and c.agent.iri == lessor.iri
        else c
        for c in cands
    ]


# ----------------------------------------------------------------------------- stakes and objects


def _held_stake_sale(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A出售所持B股份 (no buyer named): A sells its stake in B in the market."""
    view = ctx.view
    if c.agent is None or c.counterparty is None:
        return c
    company, seller = c.agent, c.counterparty
    if company.start < seller.start:
        return c
    if K.HELD_STAKE_SALE.search(view[seller.end : company.start]) is None:
        return c
    if K.STAKE_HEADS.match(view, company.end) is None:
        return c
    _, cb = ctx.clause_at(c.trigger_start)
    to = K.SOLD_TO.search(view, company.end, cb)
    buyer = next((p for p in ctx.free_parties(to.end(), cb) if p.start == to.end()), None) if to else None
    if buyer is not None:
        # A出售所持B股份予C: C buys A's stake in B
        return replace(c, type="acquisition", agent=buyer.mention, counterparty=seller, target=company)
    amount = c.amount or _proceeds(ctx, company.end)
    return replace(
        c, type="other", subtype="secondary_share_sale", agent=seller, counterparty=company, amount=amount
    )


def _passive_trade(ctx: SentenceContext, c: Candidate) -> Candidate:
    """B遭(大股东)A减持: B is the company whose shares A sells."""
    a = c.agent
    if a is None or c.counterparty is not None:
        return c
    ca, _ = ctx.clause_at(c.trigger_start)
    mark = K.PASSIVE_TRADE.search(ctx.view, max(ca, a.start - INTRO_REACH), a.start)
    if mark is None:
        return c
    company = [p for p in ctx.free_parties(ca, mark.start()) if p.end <= mark.start()]
    return replace(c, counterparty=company[-1].mention) if company else c


def _proceeds(ctx: SentenceContext, after: int) -> Amount | None:
    for a in ctx.amounts:
        if a.start >= after and K.PROCEEDS.search(
            ctx.view[max(ctx.start, a.start - PROCEEDS_REACH) : a.start]
        ):
            return a
    return None


def _bought_object(ctx: SentenceContext, c: Candidate) -> Candidate:
    """A以N向B(自B/从B手中)购入其Z: the kind of Z decides acquisition or purchase; a business with
    its assets (Z业务及相关物业) is a business."""
    view = ctx.view
    cp = c.counterparty
    if c.agent is None or cp is None or cp.start > c.trigger_start:
        return c
    if K.BOUGHT_FROM.search(view[max(ctx.start, cp.start - 2) : cp.start]) is None:
        return c
    verb = K.PURCHASE_VERBS.match(view, c.trigger_start)
    if verb is None:
        return c
    _, cb = ctx.clause_at(c.trigger_start)
    obj = view[verb.end() : cb].rstrip(K.CLAUSE_END)
    if any(p.end == verb.end() + len(obj) for p in ctx.free_parties(verb.end(), cb)):
        return replace(c, type="acquisition")  # 收购其旗下X公司: a company
    if verb.group() == K.ACQUIRING_VERB and obj.endswith(K.ACQUIRED_ASSETS):
        return replace(c, type="acquisition")  # 向B收购其酒店资产: assets acquired
    if obj.endswith(K.ASSET_HEADS) and not K.BUSINESS_AND.search(obj):
        return replace(c, type="purchase")  # 其子公司生产的设备: a business word only modifies
    if K.BUSINESS_HEADS.search(obj):
        return replace(c, type="acquisition")
    return c


def _spent_on(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """A斥资N，向B收购其Z: the spending clause states the figure of the purchase that follows,
    no investment of its own."""
    out = list(cands)
    for c in cands:
        if c.type != "investment" or c.counterparty is not None or c.amount is None or c.agent is None:
            continue
        ci = ctx.clause_index(c.trigger_start)
        host = next(
            (
                d
                for d in out
                if d.type in ("acquisition", "purchase")
                and d.amount is None
                and d.agent is not None
                and d.agent.iri == c.agent.iri
                and ctx.clause_index(d.trigger_start) == ci + 1
                and K.FROM_CLAUSE.match(ctx.view, ctx.clauses[ci + 1][0])
            ),
            None,
        )
        if host is not None:
            out[out.index(host)] = replace(host, amount=c.amount)
            out.remove(c)
    return out


# ----------------------------------------------------------------------------- rounds


def _followers(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """A领投Y的融资，B跟投: B invests in Y, not in A; 在A领投下，Y完成N融资，B和C亦有参与 /
    A领投、B跟投Y的融资: A, B and C invest in Y; the round itself has no counterparty."""
    if K.ROUND_CUES.search(ctx.view, ctx.start, ctx.end) is None:
        return cands
    leads = [c for c in cands if c.type == "investment" and c.subtype == "lead_investment"]
    lead_iris = {c.agent.iri for c in leads if c.agent is not None}
    raiser = _raiser(cands, lead_iris)
    cued = any(c.type == "investment" and K.ROUND_CUES.match(ctx.view, c.trigger_start) for c in cands)
    if raiser is None or not (leads or cued or any(c.type == "fundraising" for c in cands)):
        return cands  # a cue word outside a round (共同参与项目建设)
    out = [_in_round(ctx, c, leads, lead_iris, raiser) for c in cands]
    return out + _joined(ctx, out, raiser)


def _raiser(cands: Sequence[Candidate], lead_iris: set[str]) -> Mention | None:
    """The company raising the round: the fundraising's agent, else the investee of an investor."""
    raising = (c.agent for c in cands if c.type == "fundraising" and c.agent is not None)
    invested = (
        c.counterparty
        for c in cands
        if c.type == "investment" and c.counterparty is not None and c.counterparty.iri not in lead_iris
    )
    return next(raising, None) or next(invested, None)


def _in_round(
    ctx: SentenceContext, c: Candidate, leads: Sequence[Candidate], lead_iris: set[str], raiser: Mention
) -> Candidate:
    """A follower given the lead as investee, or a lead or follower given none (在A领投下，Y完成N融资
    / A领投、B跟投Y的融资 / B跟投N), invests in the round's company; the round's raise has no lead as
    counterparty."""
    cp = c.counterparty
    if c.type == "fundraising":
        return replace(c, counterparty=None) if cp is not None and cp.iri in lead_iris else c
    if c.type != "investment":
        return c
    if cp is not None:
        return replace(c, counterparty=raiser) if cp.iri in lead_iris else c
    cued = c in leads or K.ROUND_CUES.match(ctx.view, c.trigger_start) is not None
    return replace(c, counterparty=raiser) if cued else c


def _joined(ctx: SentenceContext, cands: Sequence[Candidate], raiser: Mention) -> list[Candidate]:
    """A领投、B跟投 / …，B和C亦有参与: the parties just before a lead or follower word join the
    round (those no candidate has as investor yet)."""
    investing = {c.agent.iri for c in cands if c.type == "investment" and c.agent is not None}
    investing.add(raiser.iri)
    out = []
    since = ctx.start
    for cue in K.ROUND_CUES.finditer(ctx.view, ctx.start, ctx.end):
        ca, _ = ctx.clause_at(cue.start())
        for p in ctx.free_parties(max(ca, since), cue.start()):
            if p.mention.iri not in investing:
                out.append(Candidate("investment", p.mention, raiser, ctx.sentence, cue.start()))
                investing.add(p.mention.iri)
        since = cue.end()
    return out


# ----------------------------------------------------------------------------- issues and funds


def _share_issue(ctx: SentenceContext, cands: Sequence[Candidate]) -> list[Candidate]:
    """Z(在香港)发行N新股: Z raises N (the banks helping it are no parties); Z向Y发行N新股: Y
    subscribes."""
    if any(c.type == "fundraising" for c in cands):
        return []
    view = ctx.view
    for a in ctx.amounts:
        if K.SHARE_HEADS.match(view, a.end) is None:
            continue
        ca, _ = ctx.clause_at(a.start)
        before = [p for p in ctx.free_parties(ca, a.start) if p.end <= a.start]
        if not before and K.ISSUE_AFTER_LISTING.match(view[ctx.start : a.start]):
            before = [p for p in ctx.free_parties(ctx.start, ca) if p.end <= a.start][-1:]
        for p in reversed(before):
            if K.ISSUED_TO.search(view, max(ctx.start, p.start - 1), p.start):
                continue  # 向Y发行N新股: Y subscribes, the issuer is another
            if K.SHARE_ISSUE.match(view[p.end : a.start]) or p.end < ca:
                return _issue(ctx, p, a, [q for q in before if q.start > p.start])
    return []


def _issue(ctx: SentenceContext, issuer: Party, a: Amount, between: Sequence[Party]) -> list[Candidate]:
    raise_ = Candidate(
        "fundraising", issuer.mention, None, ctx.sentence, issuer.end, amount=a, subtype="share_issue"
    )
    subscribers = [
        Candidate("investment", q.mention, issuer.mention, ctx.sentence, q.start)
        for q in between
        if K.ISSUED_TO.search(ctx.view, max(ctx.start, q.start - 1), q.start)
    ]
    return [raise_, *subscribers]


def _fund_commitment(ctx: SentenceContext, cands: Sequence[Candidate]) -> list[Candidate]:
    """A以自有资金N参与设立…基金 (…基金规模为M，A拟以自有资金N参与设立): A invests N in the fund
    (named, else null)."""
    if any(c.type == "investment" for c in cands):
        return []
    view = ctx.view
    for a in ctx.amounts:
        own = K.OWN_FUNDS.search(view[max(ctx.start, a.start - OWN_FUNDS_REACH) : a.start])
        setup = K.FUND_SETUP.match(view, a.end)
        if own is None or setup is None:
            continue
        _, cb = ctx.clause_at(a.start)
        fund = _fund(ctx, setup.end(), cb) or _fund(ctx, ctx.start, a.start)
        investors = [p for p in ctx.free_parties(ctx.start, a.start) if p.end <= a.start]
        investors = [p for p in investors if fund is None or p.mention.iri != fund.iri]
        if not investors or (fund is None and K.FUND_HEAD not in view[setup.end() : cb]):
            continue
        return [
            Candidate(
                "investment",
                investors[-1].mention,
                fund,
                ctx.sentence,
                a.end,
                amount=a,
                subtype="fund_commitment",
            )
        ]
    return []


def _fund(ctx: SentenceContext, a: int, b: int) -> Mention | None:
    return next((p.mention for p in ctx.free_parties(a, b) if K.FUND_HEAD in ctx.view[p.start : p.end]), None)


def _fund_set_up_next(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """A认缴出资N，参与设立X基金: the fund the next clause sets up is the investee."""
    out = []
    for c in cands:
        if c.type == "investment" and c.counterparty is None and c.amount is not None:
            ci = ctx.clause_index(c.amount.start)
            if ci + 1 < len(ctx.clauses) and K.FUND_SETUP.match(ctx.view, ctx.clauses[ci + 1][0]):
                c = replace(c, counterparty=_fund(ctx, *ctx.clauses[ci + 1]))
        out.append(c)
    return out


def _unit_of_parent(ctx: SentenceContext, c: Candidate) -> Candidate:
    """X附属公司Y中标…: the contractor X standing before its unit Y stands for Y (a seller of
    X旗下Y is X: only awards and sales of goods)."""
    cp = c.counterparty
    if cp is None or c.agent is not None or c.type != "purchase":
        return c
    marks = K.SUBSIDIARY_AFTER.match(ctx.view, cp.end)
    if marks is None or marks.end() == cp.end:
        return c
    unit = next((p.mention for p in ctx.parties if p.start == marks.end() and p.usable), None)
    return replace(c, counterparty=unit) if unit is not None else c


def subsidiary_winner(ctx: SentenceContext, c: Candidate) -> bool:
    """X旗下Y中标Z工程: the winner introduced as a subsidiary, the owner unnamed."""
    cp = c.counterparty
    if c.agent is not None or cp is None or c.type != "purchase":
        return False
    return K.SUBSIDIARY_BEFORE.search(ctx.view[max(ctx.start, cp.start - INTRO_REACH) : cp.start]) is not None
