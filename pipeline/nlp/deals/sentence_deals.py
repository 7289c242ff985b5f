"""One sentence's deal candidates: for each live deal word, its reading (type), roles and figures;
plus the constructions that name a part of a deal stated before (bond tranches, a round's lead
investor, an acquisition's seller, a list of investors).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.model.frozen import replace
from pipeline.model.records import Amount, Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.assertions import live, purpose, purpose_build
from pipeline.nlp.deals.awarders import batch_totals, owners_before
from pipeline.nlp.deals.bond_subscribers import bond_subscribers
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.constructions import role_constructions
from pipeline.nlp.deals.constructions2 import role_constructions2
from pipeline.nlp.deals.context import Discourse, SentenceContext
from pipeline.nlp.deals.contracts import (
    arranger_cue,
    bond,
    builds_in_next_clause,
    builds_next,
    directed_later,
    guaranteed_deals,
    guaranteed_figures,
    joint_lead,
    joint_partners,
    labelled_sales,
    lender_in_clause,
    lending_partner,
    owner_cue,
    possessor_partner,
    project_led,
    seller_cue,
    speaking_company,
    spending_plan,
    spent_before,
    turned_award,
    unnamed_owners,
)
from pipeline.nlp.deals.equity import (
    acting_parent,
    bracketed_figures,
    buyer_named,
    fellow_investee,
    founded,
    introducer,
    investees_invest_not,
    investor_phrases,
    investors_named_later,
    joined_raiser,
    lead_participant,
    listed_figures_win,
    named_subscribers,
    nearer_raiser,
    placees_invest,
    raiser_before,
    raisers_from_investors,
    received_rounds,
    registered_capital,
    relative_investor,
    round_investors_apart,
    round_owner,
    round_participants,
    stake_traded,
    stakes_of_investments,
    stated,
)
from pipeline.nlp.deals.figures import is_deal_amount, nearest_in, pick_amount
from pipeline.nlp.deals.funds import (
    FUND_SIZE,
    builds_outside_funds,
    founding_partners,
    fund_breakdown,
    fund_size,
    joins_unnamed_fund,
    limited_partner,
    subfund_agreements,
    subsidised,
)
from pipeline.nlp.deals.labels import (
    bond_raises,
    figure_clauses,
    figure_label,
    guarantors_lend_not,
    instrument_raise,
    labelled_figures,
    listed_bond,
    names_contract,
    noun_before_verb,
    plain_raise,
    prices_before,
    prices_next,
    tendered,
)
from pipeline.nlp.deals.objects import (
    company_marked,
    described_investee,
    group_spend,
    own_spend,
    partner_investee,
    stake_investee,
    state_pledge,
)
from pipeline.nlp.deals.parties import Party, chain, is_exchange, lead_org, list_gap, list_head
from pipeline.nlp.deals.portfolios import portfolio_investments
from pipeline.nlp.deals.reading import Reading
from pipeline.nlp.deals.roles import borrower_after, distributive, holder_of, is_lender, named_bank, roles_of
from pipeline.nlp.deals.round_lists import houses_invest_once, round_lists
from pipeline.nlp.deals.tender_calls import open_tenders
from pipeline.nlp.deals.tranches import own_tranches, tranches
from pipeline.nlp.deals.triggers import Hit
from pipeline.nlp.deals.unnamed import unnamed_investors

#: how far before a deal word a demonstrative (此项投资) may stand
DEICTIC_REACH = 3


def sentence_candidates(ctx: SentenceContext, disc: Discourse) -> list[Candidate]:
    """Every candidate the sentence states, in the order the grammar finds them."""
    cues = (seller_cue(ctx), owner_cue(ctx))
    out: list[Candidate] = [c for c in cues if c is not None]
    out.extend(arranger_cue(ctx))
    out.extend(tranches(ctx, disc.recent, lead_org(ctx.parties)))
    out.extend(portfolio_investments(ctx))
    hits = [h for h in ctx.hits if live(ctx, h)]
    hits = [h for h in hits if not purpose_build(ctx, hits, h)]
    labels = [h for h in hits if figure_label(ctx, hits, h) or prices_before(ctx, hits, h)]
    hits = [
        h
        for h in hits
        if not prices_next(ctx, hits, h)
        and h not in labels
        and not instrument_raise(ctx, hits, h)
        and not listed_bond(ctx, hits, h)
        and not noun_before_verb(hits, h, ctx.view)
        and not names_contract(hits, h)
        and not tendered(ctx, hits, h)
    ]
    objects: frozenset[Party] = frozenset()
    for hit in hits:
        found, objects = _hit_candidates(ctx, disc, hits, hit, objects, out)
        out.extend(found)
    # X完成N融资，投资方包括A、B: the round the sentence states is the one the investors join
    out = listed_figures_win(out, investor_phrases(ctx, {**disc.recent, **stated(out)}, out))
    out = bracketed_figures(ctx, investors_named_later(out))
    out.extend(_paired_list(ctx, hits))
    out = bond_raises(ctx, figure_clauses(ctx, labelled_figures(ctx, out, labels)))
    out.extend(own_tranches(ctx, out))
    out = round_investors_apart(raisers_from_investors(received_rounds(ctx, placees_invest(out))))
    out = bond_subscribers(ctx, round_lists(ctx, {**disc.recent, **stated(out)}, out))
    out = named_subscribers(ctx, out)
    out = stakes_of_investments(investees_invest_not(out))
    out = subfund_agreements(ctx, guarantors_lend_not(guaranteed_figures(guaranteed_deals(ctx, disc, out))))
    out = role_constructions(ctx, unnamed_owners(ctx, directed_later(_companies_first(out))))
    out = open_tenders(ctx, labelled_sales(unnamed_investors(ctx, role_constructions2(ctx, out))))
    out = batch_totals(ctx, owners_before(ctx, disc, out))
    return founding_partners(ctx, houses_invest_once(ctx, out))


def _companies_first(cands: list[Candidate]) -> list[Candidate]:
    """凤阳县与隆基签订投资协议: in an agreement of a place (a county, a state government) with a
    company, the company — the one investing — is the agent and the place the counterparty."""
    out = []
    for c in cands:
        a, cp = c.agent, c.counterparty
        if c.type == "agreement" and a is not None and cp is not None and _place(a) and not _place(cp):
            c = replace(c, agent=cp, counterparty=a)
        out.append(c)
    return out


def _place(m: Mention) -> bool:
    return m.text.endswith(L.NOT_COMPANY_HEADS)


def _hit_candidates(
    ctx: SentenceContext,
    disc: Discourse,
    hits: Sequence[Hit],
    hit: Hit,
    objects: frozenset[Party],
    before: Sequence[Candidate],
) -> tuple[list[Candidate], frozenset[Party]]:
    """The candidates of one deal word, and the object parties claimed so far in the sentence."""
    ci = ctx.clause_index(hit.start)
    ca, cb = ctx.clauses[ci]
    trig = hit.trigger
    dtype = trig.type
    if trig.subtype == FUND_SIZE:
        return fund_size(ctx, disc, hits, hit, before), objects
    builds = (
        builds_outside_funds(ctx.view, hit.end, cb)
        or builds_in_next_clause(ctx, ci)
        or O.CAPACITY_PURPOSE.search(ctx.view, hit.end, cb) is not None
        or O.PROJECT_PURPOSE.search(ctx.view, hit.end, cb) is not None
    )
    if trig.needs == "build" and not builds:
        if trig.fallback is None:
            return [], objects
        dtype = trig.fallback
    joined = round_participants(ctx, disc, hit, dtype, before)
    if joined:
        return joined, objects
    lead = lead_participant(ctx, ca, hit, dtype)
    if lead is not None:
        return [
            Candidate(dtype, None, lead.mention, ctx.sentence, hit.start, subtype=trig.subtype, attach="lead")
        ], objects
    r = _read_roles(ctx, disc, hit, ci, dtype, objects)
    if r is None:
        return [], objects
    objects = objects | frozenset(r.object_chain)
    if purpose(ctx, ca, hit) and not r.explicit and (r.type != "purchase" or r.counterparty is None):
        # 其中N用于球员合同: what money is spent on, no purchase from anyone (用于向Y采购 is one)
        return [], objects
    if r.type == "purchase" and r.counterparty is None and spent_before(ctx, hits, hit, ca):
        return [], objects  # 投资N购置机器设备: what the money buys, from no one named
    if r.type in O.PLEDGE_TYPES and not r.explicit and state_pledge(ctx, ca, hit):
        return [], objects  # X表示，日本将对美投资N: the state pledges, not the speaker
    r = _refine_type(ctx, disc, hits, r, before)
    if r is None:
        return [], objects
    return _emit(ctx, r, before), objects


def _read_roles(
    ctx: SentenceContext, disc: Discourse, hit: Hit, ci: int, dtype: str, objects: frozenset[Party]
) -> Reading | None:
    """Roles of the deal word, with the deal under discussion (本次…) filling what the sentence
    leaves open; None when the reading fails (an exchange as subject, a share sale without its
    seller, a demonstrative naming a deal of another type)."""
    view = ctx.view
    ca, cb = ctx.clauses[ci]
    roles = roles_of(ctx, ci, hit, dtype, disc.topic, objects)
    agent, cp = roles.agent, roles.counterparty
    prior = disc.recent.get(dtype)
    if (
        not roles.explicit
        and prior is None
        and view[max(ca, hit.start - DEICTIC_REACH) : hit.start].endswith(L.DEICTIC)
    ):
        return None  # 此项投资 naming a deal of another type (the acquisition above)
    obj = roles.object
    obj_chain = chain(view, ctx.parties, obj, cb) if obj is not None and cp is obj.mention else []
    borrowed: frozenset[str] = frozenset()
    if not roles.explicit and prior is not None and X.DEICTIC.within(view, ctx.start, hit.start):
        # 本次要约 / 此次银团贷款: the deal already under discussion
        borrowed = frozenset(
            m.iri for m in (prior.agent, prior.counterparty) if m is not None and m is not cp
        )
        agent, cp = prior.agent, cp or prior.counterparty
    cp = possessor_partner(ctx, disc, obj, agent, cp)
    if agent is not None and cp is not None and agent.iri == cp.iri:
        cp = None
    dtype = _financed_type(ctx, hit, dtype, agent, cp)
    dtype, cp, roles = lending_partner(ctx, hit, dtype, agent, cp, roles)  # X与Y银行签订融资协议
    if (
        dtype == "debt"
        and agent is not None
        and cp is not None
        and is_lender(ctx, agent)
        and not is_lender(ctx, cp)
        and hit.trigger.subtype not in R.BANKS_BORROW_SUBTYPES
    ):
        agent, cp = cp, agent  # X与Y银行签订授信合约: the bank lends
        # 获A、B银行联合牵头的银团贷款: the banks listed with the lender lend with it
        lenders = tuple(m for m in roles.co_agents if is_lender(ctx, m))
        roles = replace(roles, co_agents=(), co_counterparties=(*roles.co_counterparties, *lenders))
    subtype = hit.trigger.subtype
    turned = turned_award(ctx, hit, ca, cb, dtype, agent, cp)
    if turned is not None:
        # 中铁十一局与武汉地铁集团签订施工合同 / X标得Y的统包工程: the builder or bidder works for the
        # owner, who lets the works (the object is the owner, no list of counterparties); X以N标售
        # 土地，由Y得标: the winner buys from the seller
        agent, cp, obj_chain, subtype = cp, agent, [], turned
    lead = joint_lead(ctx, hit, cp) if dtype == "debt" else None
    if lead is not None and cp is not None:
        # 兆丰银行宣布，与第一银行共同主办X的联贷案: the announcing bank leads, the partner co-leads
        roles = replace(roles, co_counterparties=(cp, *roles.co_counterparties))
        cp = lead
    elif dtype == "debt" and cp is not None and is_lender(ctx, cp):
        partners = tuple(m for m in joint_partners(ctx, hit) if m.iri != cp.iri)
        roles = replace(roles, co_counterparties=(*roles.co_counterparties, *partners))
    if dtype == "debt" and cp is None and agent is not None and not named_bank(ctx, agent):
        cp = lender_in_clause(ctx, ca, hit, agent)  # 兆丰银完成X的联贷案: the bank is the lender
    elif dtype == "debt" and cp is None and agent is not None and not bond(hit) and named_bank(ctx, agent):
        # A银行贷款N予Y: the party the giving word after the loan marks borrows; 获A银行筹组联贷
        # (borrower unnamed here): the bank lends, it borrows not
        agent, cp = borrower_after(ctx, hit, cb, agent), agent
    elif dtype == "debt" and agent is None and cp is not None and not bond(hit) and is_lender(ctx, cp):
        agent = borrower_after(ctx, hit, cb)  # A银行放款N给Y: Y borrows
    target = obj.mention if obj is not None and cp is not None and cp.iri != obj.mention.iri else None
    if dtype == "acquisition" and hit.trigger.subject == "agent":
        holder = holder_of(ctx, hit, cp)  # 受让B持有的X股份: B sells
        if holder is not None:
            cp, obj_chain, target = holder, [], cp
    if agent is not None and is_exchange(view[agent.start : agent.end]):
        return None  # 于联交所上市: the exchange is where, not who
    agent = acting_parent(ctx, agent, dtype, house=hit.trigger.frame.joins_round)
    if (
        dtype in L.PERSON_AGENT_TYPES
        and not roles.explicit
        and hit.trigger.subtype not in R.CARRIED_SUBJECT_SUBTYPES
    ):
        return None  # a share sale names its seller in its own clause (a guarantor may lead the sentence)
    return Reading(
        hit, ci, dtype, subtype, agent, cp, roles.co_agents, roles.explicit, roles.subject,
        tuple(obj_chain), borrowed, co_counterparties=roles.co_counterparties, target=target,
    )  # fmt: skip


def _financed_type(
    ctx: SentenceContext, hit: Hit, dtype: str, agent: Mention | None, cp: Mention | None
) -> str:
    """X获得Y银行提供的N融资 / 由十五家银行组成的银团提供的N融资: a plain raise between a bank (or
    banks counted, not named) and a company is a loan (debt), unless an investor's word shares its
    clause (中信银行旗下基金领投的融资 is a round)."""
    if not plain_raise(hit) or agent is None:
        return dtype
    ca, cb = ctx.clause_at(hit.start)
    if any(ca <= h.start < cb and h.trigger.type == "investment" for h in ctx.hits):
        return dtype
    if cp is None:
        banks = R.UNNAMED_LENDERS.search(ctx.view, ca, hit.start) is not None
        return "debt" if banks and not is_lender(ctx, agent) else dtype
    return "debt" if is_lender(ctx, agent) != is_lender(ctx, cp) else dtype


def _refine_type(
    ctx: SentenceContext, disc: Discourse, hits: Sequence[Hit], r: Reading, before: Sequence[Candidate] = ()
) -> Reading | None:
    """The reading's final type and figure: a trigger that needs an object or money falls back;
    an investment without an investee may be a round or a build-out."""
    view, hit, trig = ctx.view, r.hit, r.hit.trigger
    ca, cb = ctx.clauses[r.ci]
    if r.type == "fundraising" and r.counterparty is None and trig.subtype in R.SHARE_ISSUE_SUBTYPES:
        r = replace(r, counterparty=borrower_after(ctx, hit, cb))  # 配售N股新股给Y: Y buys the shares
    if r.type == "fundraising" and joined_raiser(ctx, r) is not None:
        # A参与X定增: A invests in X's raise
        raiser, investor = joined_raiser(ctx, r), acting_parent(ctx, r.agent, "investment")
        r = replace(r, type="investment", agent=investor, counterparty=raiser, subtype=trig.subtype)
    if trig.needs == "object" and r.counterparty is None and not described_investee(ctx, r):
        r = replace(r, type=trig.fallback or r.type)
    if trig.needs == "party" and r.counterparty is None:
        return None  # 合并营收 / 授予奖项: the word names no deal without its other party
    if trig.frame.kind in R.AWARD_KINDS and R.GRANTED_EQUITY.search(view, hit.end, cb):
        return None  # AMD同意向OpenAI授予大量的公司股票: a grant of equity, no contract awarded
    if trig.frame.kind in R.STAKE_DEAL_KINDS and stake_traded(view, hit, ca, cb) and buyer_named(ctx, r):
        # 购入X 30%股权 / 购买其持有的X全部股份 / 向B出售其持有的X 60%权益: a stake changes hands
        r = replace(r, type="acquisition")
    r = replace(r, amount=pick_amount(ctx, hit, hits, r.ci, r.type))
    if trig.needs == "money" and r.amount is None:
        r = replace(r, type=trig.fallback or r.type)
    if r.type == "agreement" and (
        view.startswith(L.BUILD_WORDS, hit.end) or L.RELATIVE_AFTER.match(view, hit.end)
    ):
        # 合作兴建…: the build-out is the deal; 与Y合作成立的SPV: the cooperation describes a company
        return None
    if r.type == "capex" and r.agent is None and project_led(view, ctx.start, ca):
        r = replace(r, agent=disc.topic)  # (X建设…。)项目批准总投资为N: the sponsor's project
    if r.type == "capex" and r.agent is None:
        r = replace(r, agent=speaking_company(ctx, hit))  # X财务长表示，预估今年资本支出N
    if r.type == "capex" and company_marked(ctx, r):
        r = replace(r, type="investment")  # 小米对蔚来的投资金额为N: the money goes into a company
    r = subsidised(ctx, disc, r)
    if r.type != "investment":
        return replace(r, counterparty=None) if r.type == "capex" else r
    return _refine_investment(ctx, disc, r, before)


def _refine_investment(
    ctx: SentenceContext, disc: Discourse, r: Reading, before: Sequence[Candidate]
) -> Reading | None:
    """An investment without an investee may be a round, a contribution or a build-out."""
    view, hit, trig = ctx.view, r.hit, r.hit.trigger
    ca, cb = ctx.clauses[r.ci]
    if r.agent is None and r.counterparty is not None and L.UNNAMED_INVESTORS.search(view[ca : hit.start]):
        # 30家機構共投資X: unnamed investors — the round of X, not an investment by someone
        return replace(
            r,
            type="fundraising",
            agent=r.counterparty,
            counterparty=None,
            object_chain=(),
            subtype="private_rounds",
        )
    if trig.frame.joins_round and view.startswith(L.DE, hit.end):
        r = relative_investor(r)
    if r.counterparty is None and (trig.frame.joins_round or L.ROUND.match(view, hit.end)):
        # 領投天使輪 / X完成N融资，A领投，B跟投: the round of the company discussed; X引入N名基石投资者，
        # 其中A认购N: the offering of the company that brings the investors in
        owner = round_owner({**disc.recent, **stated(before)})
        r = replace(r, counterparty=owner if owner is not None else introducer(ctx, same_clause=True))
    if r.counterparty is not None and trig.frame.joins_round:
        # A认购N1，其余由B认购: A is a fellow investor, B invests where A does; 台湾半导体设备新创X完成
        # N融资，由A领投: the raiser named nearer the investor's verb owns the round
        cp = fellow_investee(r.counterparty, before) or nearer_raiser(r.counterparty, hit, before)
        r = replace(r, counterparty=cp or r.counterparty)
    r = fund_breakdown(ctx, disc, r)
    if r.counterparty is None and r.agent is not None and not spending_plan(view, hit, cb):
        r = replace(r, counterparty=raiser_before(r.agent, before) or partner_investee(ctx, r.agent, before))
    if r.counterparty is None and r.agent is not None:
        r = replace(r, counterparty=stake_investee(ctx, r))  # 投资N，持有Y 20%股权
    if trig.needs == "round" and r.counterparty is None and (builds_next(ctx, r) or own_spend(ctx, r)):
        return replace(r, type="capex")  # 追加投资N，新建一座产业园 / 在德州追加投资N: one's own build-out
    if trig.needs == "round" and (r.counterparty is None or not r.explicit):
        return None  # 加码AI布局 / 该案超额认购踊跃: no investee or no investor of its own — no investment
    if r.counterparty is None and trig.subtype == "capital_contribution":
        r = replace(r, counterparty=founded(ctx, hit, r.agent))
    if r.counterparty is None and trig.subtype == "capital_contribution":
        r = limited_partner(ctx, disc, registered_capital(ctx, disc, r))
    if r.counterparty is None and joins_unnamed_fund(ctx, r):
        return r  # 出资N参与设立基础设施建设基金: into a fund described, not named
    planned = L.PROJECT_SPEND.search(view, max(ctx.start, hit.start - 60), hit.start) is not None
    own = not r.co_agents and (planned or builds_next(ctx, r) or spending_plan(view, hit, cb))
    own = own or (own_spend(ctx, r) if not r.co_agents else group_spend(ctx, r))
    if r.counterparty is None and (own or builds_in_next_clause(ctx, r.ci)):
        # 投资计划 / 投资5亿美元的资料中心 / 在德国投资N: the spender's own build-out
        return replace(r, type="capex")
    return r


def _emit(ctx: SentenceContext, r: Reading, before: Sequence[Candidate]) -> list[Candidate]:
    """One candidate per subject (X与Y都…) and per object (…投资Y、Z), with the reading's figures."""
    view, hit = ctx.view, r.hit
    ca, cb = ctx.clauses[r.ci]
    cap = nearest_in(ctx.capacities, hit, ctx.clauses, r.ci) if r.type != "fundraising" else None
    sh = (
        nearest_in(ctx.shares, hit, ctx.clauses, r.ci, whole_sentence=True)
        if r.type in ("fundraising", "acquisition", "warrant", "investment")
        or r.hit.trigger.subtype in R.SHARE_TRADE_SUBTYPES
        else None
    )
    agent, cp = r.agent, r.counterparty
    sym = r.type != "agreement" and any(
        p.marker_kind == "with" and ca <= p.start < hit.start and p.mention in (agent, cp)
        for p in ctx.parties
    )
    if r.type == "lease" and cp is None and agent is not None:
        cp = _lessor_before(before, agent, hit)
    signed = r.type == "agreement" and (
        X.SIGNING_WORDS.within(view, ca, cb) or bool(L.JOINT_ACTS.search(view, ca, cb))
    )
    partners = _respective_partners(ctx, r, agent, cp)
    if len(partners) > 1:
        # X与A、B分别签订采购合同，金额分别为N1和N2: one deal per partner, each with its figure
        figures = _respective_amounts(ctx, r, len(partners)) or [r.amount] * len(partners)
        return [
            Candidate(r.type, agent, m, ctx.sentence, hit.start, amount=f, subtype=r.subtype, symmetric=sym)
            for m, f in zip(partners, figures, strict=True)
        ]
    agents: list[Mention | None] = [*distributive(ctx, agent, hit)] or [agent]
    co_agents = r.co_agents if len(agents) == 1 else ()
    split = r.type == "investment" and hit.trigger.frame.joins_round and bool(co_agents) and len(agents) == 1
    if split:
        # A、B及C领投 / 合共认购N: each investor of a round is a deal of its own; a figure the text
        # does not tie to one of them (no 分别) stays with the round
        agents, co_agents = [agent, *co_agents], ()
    # 认购其应得部分: an object that is the agent itself (its own entitlement) is no investee
    own = {m.iri for m in agents if m is not None and r.type == "investment"}
    cps: list[Mention | None] = [p.mention for p in r.object_chain if p.mention.iri not in own] or [cp]
    amounts = _respective_amounts(ctx, r, len(agents)) or [None if split else r.amount] * len(agents)
    lenders = distributive(ctx, cp, hit) if r.type == "debt" and len(agents) == 1 and len(cps) == 1 else []
    debtors = _guaranteed_list(ctx, r, cp) if len(agents) == 1 and len(cps) == 1 else []
    if len(debtors) > 1:
        # G为A、B分别提供N1、N2的担保: one guarantee per debtor, each with its figure
        figures = _respective_amounts(ctx, r, len(debtors)) or [r.amount] * len(debtors)
        return [
            Candidate(r.type, agent, d, ctx.sentence, hit.start, amount=f, subtype=r.subtype)
            for d, f in zip(debtors, figures, strict=True)
        ]
    if len(lenders) > 1:
        # A、B和C银行分别向Y提供N1、N2和N3贷款: one loan per lender, each with its figure
        figures = _respective_amounts(ctx, r, len(lenders)) or [r.amount] * len(lenders)
        return [
            Candidate(
                r.type, agent, c, ctx.sentence, hit.start, amount=f, subtype=r.subtype, subject=r.subject
            )
            for c, f in zip(lenders, figures, strict=True)
        ]
    return [
        Candidate(
            r.type, a, c, ctx.sentence, hit.start, co_agents, amount, cap, sh, r.subtype,
            symmetric=sym, subject=r.subject if r.explicit else None, borrowed=r.borrowed, signed=signed,
            net=r.type == "fundraising" and view.startswith(L.NET_AFTER, hit.end),
            co_counterparties=tuple(m for m in r.co_counterparties if c is not None and m.iri != c.iri),
            target=r.target if r.type == "acquisition" else None,
        )
        for a, amount in zip(agents, amounts, strict=True)
        for c in cps
    ]  # fmt: skip


def _respective_partners(
    ctx: SentenceContext, r: Reading, agent: Mention | None, cp: Mention | None
) -> list[Mention]:
    """X与A、B分别签订…: the partners listed after 与, distributed by 分别, are the other parties."""
    if agent is None or cp is None:
        return []
    party = next((p for p in ctx.parties if p.mention is cp and p.marker_kind == "with"), None)
    if party is None:
        return []
    members = chain(ctx.view, ctx.parties, list_head(ctx.view, ctx.parties, party), r.hit.start)
    if len(members) < 2 or any(m.mention.iri == agent.iri for m in members):
        return []
    tail = ctx.view[members[-1].end : r.hit.start]
    return [m.mention for m in members] if X.RESPECTIVELY.within(tail, 0, 5) else []


def _guaranteed_list(ctx: SentenceContext, r: Reading, cp: Mention | None) -> list[Mention]:
    """为A、B分别提供担保: the debtors of a guarantee listed after 为, distributed by 分别."""
    if r.subtype not in L.GUARANTEE_SUBTYPES or cp is None:
        return []
    party = next((p for p in ctx.parties if p.mention is cp and p.marker_kind == "beneficiary"), None)
    if party is None:
        return []
    return distributive(ctx, list_head(ctx.view, ctx.parties, party).mention, r.hit)


def _respective_amounts(ctx: SentenceContext, r: Reading, n: int) -> list[Amount | None]:
    """A、B及C分别出资N1、N2和N3: with 分别 (依序) the amounts after the deal word go to the
    subjects in order; with one amount (A和B分别认购N) each subject takes it."""
    if n < 2:
        return []
    ca, _ = ctx.clauses[r.ci]
    if not X.RESPECTIVELY.within(ctx.view, ca, r.hit.start):
        return []
    after = [a for a in ctx.amounts if a.start >= r.hit.end and is_deal_amount(ctx.view, a, r.type)]
    if len(after) >= n:
        return list(after[:n])
    # A、B和C分别向Y提供N1、N2和N3贷款: the figures stand between 分别 and the deal word
    at = ctx.view.find(X.RESPECTIVELY_WORD, ca, r.hit.start)
    between = [a for a in ctx.amounts if at <= a.start < r.hit.start and is_deal_amount(ctx.view, a, r.type)]
    return list(between) if at >= 0 and len(between) == n else []


def _lessor_before(before: Sequence[Candidate], agent: Mention, hit: Hit) -> Mention | None:
    """由SPV购买GPU，再由xAI租用: the lessor is who bought the goods just before."""
    return next(
        (
            d.agent
            for d in reversed(before)
            if d.type == "purchase"
            and d.agent is not None
            and d.agent.iri != agent.iri
            and d.trigger_start < hit.start
        ),
        None,
    )


# ----------------------------------------------------------------------------- parts of deals named before


def _paired_list(ctx: SentenceContext, hits: Sequence[Hit]) -> list[Candidate]:
    """三大案包括A 978亿元、B 277亿元…联贷: after 包括, parties each followed by their figure are
    one deal each, of the kind of the deal word that closes the list."""
    view = ctx.view
    out: list[Candidate] = []
    for hit in hits:
        if hit.trigger.type not in L.PAIRED_LIST_TYPES:
            continue
        cue = L.PAIRED_LIST_CUE.search(view, ctx.start, hit.start)
        if cue is None:
            continue
        pairs = []
        for p in ctx.parties:
            if not cue.end() <= p.start < hit.start or p.modifier or not p.usable:
                continue
            a = next((a for a in ctx.amounts if a.start >= p.end), None)
            if a is not None and a.start < hit.start and list_gap(view, p.end, a.start) == "":
                pairs.append((p, a))
        if len(pairs) < 2:
            continue
        out.extend(
            Candidate(
                hit.trigger.type,
                p.mention,
                None,
                ctx.sentence,
                hit.start,
                amount=a,
                subtype=hit.trigger.subtype,
            )
            for p, a in pairs
        )
    return out
