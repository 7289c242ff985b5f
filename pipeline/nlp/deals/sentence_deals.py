"""One sentence's deal candidates: for each live deal word, its reading (type), roles and figures;
plus the constructions that name a part of a deal stated before (bond tranches, a round's lead
investor, an acquisition's seller, a list of investors).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.model.frozen import replace
from pipeline.model.records import Amount, Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.assertions import live, purpose, purpose_build
from pipeline.nlp.deals.candidates import Candidate, pair_of
from pipeline.nlp.deals.context import Discourse, SentenceContext
from pipeline.nlp.deals.figures import is_deal_amount, nearest_in, pick_amount
from pipeline.nlp.deals.labels import (
    figure_clauses,
    figure_label,
    guarantors_lend_not,
    instrument_raise,
    labelled_figures,
    names_contract,
    noun_before_verb,
    prices_next,
    respective_figures,
)
from pipeline.nlp.deals.parties import (
    Party,
    chain,
    chain_head,
    is_exchange,
    lead_org,
    list_gap,
    list_head,
)
from pipeline.nlp.deals.portfolios import portfolio_investments
from pipeline.nlp.deals.roles import borrower_after, distributive, holder_of, is_lender, roles_of
from pipeline.nlp.deals.tranches import own_tranches, tranches
from pipeline.nlp.deals.triggers import Hit

#: how far before a deal word a demonstrative (此项投资) may stand
DEICTIC_REACH = 3


def sentence_candidates(ctx: SentenceContext, disc: Discourse) -> list[Candidate]:
    """Every candidate the sentence states, in the order the grammar finds them."""
    cues = (_seller_cue(ctx), _owner_cue(ctx))
    out: list[Candidate] = [c for c in cues if c is not None]
    out.extend(_arranger_cue(ctx))
    out.extend(tranches(ctx, disc.recent, lead_org(ctx.parties)))
    out.extend(portfolio_investments(ctx))
    hits = [h for h in ctx.hits if live(ctx, h)]
    hits = [h for h in hits if not purpose_build(ctx, hits, h)]
    labels = [h for h in hits if figure_label(ctx, hits, h)]
    hits = [
        h
        for h in hits
        if not prices_next(ctx, hits, h)
        and h not in labels
        and not instrument_raise(ctx, hits, h)
        and not noun_before_verb(hits, h, ctx.view)
        and not names_contract(hits, h)
    ]
    objects: frozenset[Party] = frozenset()
    for hit in hits:
        found, objects = _hit_candidates(ctx, disc, hits, hit, objects, out)
        out.extend(found)
    # X完成N融资，投资方包括A、B: the round the sentence states is the one the investors join
    out = _listed_figures_win(out, _investor_phrases(ctx, {**disc.recent, **_stated(out)}))
    out.extend(_paired_list(ctx, hits))
    out = figure_clauses(ctx, labelled_figures(ctx, out, labels))
    out.extend(own_tranches(ctx, out))
    out = _stakes_of_investments(_investees_invest_not(_raisers_from_investors(_placees_invest(out))))
    out = guarantors_lend_not(_guaranteed_figures(_guaranteed_deals(ctx, disc, out)))
    return _unnamed_owners(ctx, _directed_later(_companies_first(out)))


def _directed_later(cands: list[Candidate]) -> list[Candidate]:
    """X与Y签订租赁协议，Y将承租…: a deal given as X与Y (a guessed direction) takes the direction
    a later report of its type states with one of its parties as the subject."""
    out = []
    for c in cands:
        a, cp = c.agent, c.counterparty
        if c.symmetric and a is not None and cp is not None:
            flip = any(
                d is not c and d.type == c.type and not d.symmetric and d.trigger_start > c.trigger_start
                and d.agent is not None and d.agent.iri == cp.iri
                and (d.counterparty is None or d.counterparty.iri in (a.iri, cp.iri))
                for d in cands
            )  # fmt: skip
            if flip:
                c = replace(c, agent=cp, counterparty=a, symmetric=False)
        out.append(c)
    return out


def _unnamed_owners(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """中标一条城际铁路施工项目: an award with no owner whose clause names the works indefinitely;
    获一家客户订单 / 出售予一名买家: a purchase or sale whose buyer the clause leaves unnamed."""
    out = []
    for c in cands:
        works = c.subtype in R.WORKS_SUBTYPES or (
            c.subtype in R.CONTRACT_SUBTYPES
            and c.counterparty is not None
            and _builder(ctx.view, c.counterparty)
        )
        ca, cb = ctx.clause_at(c.trigger_start)
        owner_free = c.agent is None and c.counterparty is not None and c.type in R.UNNAMED_BUYER_TYPES
        indefinite = works and c.type == "purchase" and R.INDEFINITE_WORKS.search(ctx.view, ctx.start, cb)
        if owner_free and (indefinite or R.UNNAMED_BUYER.search(ctx.view, ca, cb) is not None):
            c = replace(c, unowned=True)
        elif c.type == "purchase" and c.agent is None and _described_buyer(ctx, c):
            c = replace(c, unowned=True)  # 台达电接获美系云端大厂N订单: the buyer is described, unnamed
        out.append(c)
    return out


def _described_buyer(ctx: SentenceContext, c: Candidate) -> bool:
    """An order (订单) from a buyer the clause describes (美系云端大厂, 一家欧洲车厂, 客户) but names not."""
    view = ctx.view
    if view[c.trigger_start : c.trigger_start + 2] not in R.ORDER_HEADS:
        return False
    ca, _ = ctx.clause_at(c.trigger_start)
    return R.DESCRIBED_BUYER.search(ctx.masked_span(ca, c.trigger_start)) is not None


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


def _guaranteed_deals(ctx: SentenceContext, disc: Discourse, cands: list[Candidate]) -> list[Candidate]:
    """G将为上述业务提供担保: the debtor of a guarantee given for a deal just named is that deal's
    agent (in this sentence, else the last deal of the discourse)."""
    out = []
    for c in cands:
        if c.subtype in L.GUARANTEE_SUBTYPES and c.counterparty is None and c.agent is not None:
            ca, _ = ctx.clause_at(c.trigger_start)
            if L.GUARANTEED_DEAL.search(ctx.view, ca, c.trigger_start) is not None:
                prior = [
                    d
                    for d in cands
                    if d.trigger_start < c.trigger_start and d.subtype not in L.GUARANTEE_SUBTYPES
                ]
                prior = prior or sorted(disc.recent.values(), key=lambda d: d.trigger_start)
                debtor = next((d.agent for d in reversed(prior) if d.agent is not None), None)
                if debtor is not None and debtor.iri != c.agent.iri:
                    c = replace(c, counterparty=debtor)
        out.append(c)
    return out


def _guaranteed_figures(cands: list[Candidate]) -> list[Candidate]:
    """G为D向L借款N提供担保: a guarantee with no figure of its own covers the debtor's deal."""
    out = []
    for c in cands:
        if c.subtype in L.GUARANTEE_SUBTYPES and c.amount is None and c.counterparty is not None:
            debtor = c.counterparty.iri
            covered = next(
                (
                    d.amount
                    for d in cands
                    if d is not c and d.amount is not None and d.agent is not None and d.agent.iri == debtor
                ),
                None,
            )
            c = replace(c, amount=covered) if covered is not None else c
        out.append(c)
    return out


def _investees_invest_not(cands: list[Candidate]) -> list[Candidate]:
    """X引入A及B作为基石投资者，分别认购N1及N2: 认购 is the investors' act, not an investment by
    X (the company they invest in)."""
    investees = {c.counterparty.iri for c in cands if c.subtype == "investor" and c.counterparty is not None}
    return [
        c
        for c in cands
        if not (
            c.type == "investment"
            and c.counterparty is None
            and c.agent is not None
            and c.agent.iri in investees
        )
    ]


def _listed_figures_win(cands: list[Candidate], listed: list[Candidate]) -> list[Candidate]:
    """应募人为A及B，双方将分别认购N1及N2: the list ties each investor to its figure; the deal word's
    own reading of an investor listed with a figure (双方 → the last pair) is dropped."""
    tied = {c.agent.iri for c in listed if c.agent is not None and c.amount is not None}
    kept = [c for c in cands if not (c.type == "investment" and c.agent is not None and c.agent.iri in tied)]
    return kept + listed


def _placees_invest(cands: list[Candidate]) -> list[Candidate]:
    """X向A配售新股 / 向A、B定向增发: the placees buy the shares — an investment each into X; the
    placement itself is X's raise with no counterparty (its figure stays with the raise, as a
    round's figure does with its lead investor)."""
    out = []
    for c in cands:
        if c.type != "fundraising" or c.subtype not in R.SHARE_ISSUE_SUBTYPES or c.counterparty is None:
            out.append(c)
            continue
        placees = (c.counterparty, *c.co_counterparties)
        out.append(replace(c, counterparty=None, co_counterparties=()))
        out.extend(
            Candidate("investment", p, c.agent, c.sentence, c.trigger_start, subtype="placee")
            for p in placees
            if c.agent is None or p.iri != c.agent.iri
        )
    return out


def _stakes_of_investments(cands: list[Candidate]) -> list[Candidate]:
    """A投资X N，取得X 10%股权 / A增资X，持有其股权: the stake is what the investment buys — no
    acquisition of its own (one without a figure, between the investment's two parties)."""
    invested = {pair_of(c) for c in cands if c.type == "investment"} - {(None,)}
    return [c for c in cands if not (c.type == "acquisition" and c.amount is None and pair_of(c) in invested)]


def _raisers_from_investors(cands: list[Candidate]) -> list[Candidate]:
    """A、B领投、C参与认购，完成A轮融资N: the investors are no raisers — the round is the
    investee's (the company they invest in)."""
    investee = {
        c.agent.iri: c.counterparty
        for c in cands
        if c.type == "investment" and c.agent is not None and c.counterparty is not None
    }
    out = []
    for c in cands:
        if c.type == "fundraising" and c.agent is not None and c.agent.iri in investee:
            raiser = investee[c.agent.iri]
            # X获A领投的N融资: the round is X's; its lead is an investment of its own
            lead = (
                None
                if c.counterparty is None or raiser is None or c.counterparty.iri == raiser.iri
                else c.counterparty
            )
            c = replace(c, agent=raiser, counterparty=lead, co_agents=())
        out.append(c)
    return out


@dataclass(frozen=True)
class _Reading:
    """One deal word read as a deal of ``type``, refined step by step."""

    hit: Hit
    ci: int
    type: str
    subtype: str | None
    agent: Mention | None
    counterparty: Mention | None
    co_agents: tuple[Mention, ...]
    explicit: bool
    subject: Mention | None
    #: the object party and the list it heads (X投资Y、Z: one deal per member)
    object_chain: tuple[Party, ...] = ()
    borrowed: frozenset[str] = frozenset()
    amount: Amount | None = None
    #: the rest of the marked list the counterparty heads
    co_counterparties: tuple[Mention, ...] = ()
    #: an acquisition's target when the counterparty is its seller
    target: Mention | None = None


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
    builds = X.BUILD_WORDS.within(ctx.view, hit.end, cb) or _builds_in_next_clause(ctx, ci)
    if trig.needs == "build" and not builds:
        if trig.fallback is None:
            return [], objects
        dtype = trig.fallback
    joined = _round_participants(ctx, disc, hit, dtype, before)
    if joined:
        return joined, objects
    lead = _lead_participant(ctx, ca, hit, dtype)
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
    if r.type == "purchase" and r.counterparty is None and _spent_before(ctx, hits, hit, ca):
        return [], objects  # 投资N购置机器设备: what the money buys, from no one named
    r = _refine_type(ctx, disc, hits, r, before)
    if r is None:
        return [], objects
    return _emit(ctx, r, before), objects


def _read_roles(
    ctx: SentenceContext, disc: Discourse, hit: Hit, ci: int, dtype: str, objects: frozenset[Party]
) -> _Reading | None:
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
    if agent is not None and cp is not None and agent.iri == cp.iri:
        cp = None
    if (
        dtype == "debt"
        and agent is not None
        and cp is not None
        and is_lender(view, agent)
        and not is_lender(view, cp)
    ):
        agent, cp = cp, agent  # X与Y银行签订授信合约: the bank lends
        # 获A、B银行联合牵头的银团贷款: the banks listed with the lender lend with it
        lenders = tuple(m for m in roles.co_agents if is_lender(view, m))
        roles = replace(roles, co_agents=(), co_counterparties=(*roles.co_counterparties, *lenders))
    if _builder_first(ctx, hit, ca, cb, dtype, agent, cp):
        agent, cp = cp, agent  # 中铁十一局与武汉地铁集团签订施工合同: the builder builds for the owner
    lead = _joint_lead(ctx, hit, cp) if dtype == "debt" else None
    if lead is not None and cp is not None:
        # 兆丰银行宣布，与第一银行共同主办X的联贷案: the announcing bank leads, the partner co-leads
        roles = replace(roles, co_counterparties=(cp, *roles.co_counterparties))
        cp = lead
    elif dtype == "debt" and cp is not None and is_lender(view, cp):
        partners = tuple(m for m in _joint_partners(ctx, hit) if m.iri != cp.iri)
        roles = replace(roles, co_counterparties=(*roles.co_counterparties, *partners))
    if dtype == "debt" and cp is None and agent is not None and not is_lender(view, agent):
        cp = _lender_in_clause(ctx, ca, hit, agent)  # 兆丰银完成X的联贷案: the bank is the lender
    elif dtype == "debt" and cp is None and agent is not None and not _bond(hit) and is_lender(view, agent):
        # A银行贷款N予Y: the party the giving word after the loan marks borrows; 获A银行筹组联贷
        # (borrower unnamed here): the bank lends, it borrows not
        agent, cp = borrower_after(ctx, hit, cb), agent
    elif dtype == "debt" and agent is None and cp is not None and not _bond(hit) and is_lender(view, cp):
        agent = borrower_after(ctx, hit, cb)  # A银行放款N给Y: Y borrows
    target = obj.mention if obj is not None and cp is not None and cp.iri != obj.mention.iri else None
    if dtype == "acquisition" and hit.trigger.subject == "agent":
        holder = holder_of(ctx, hit, cp)  # 受让B持有的X股份: B sells
        if holder is not None:
            cp, obj_chain, target = holder, [], cp
    if agent is not None and is_exchange(view[agent.start : agent.end]):
        return None  # 于联交所上市: the exchange is where, not who
    agent = _acting_parent(ctx, agent, dtype)
    if (
        dtype in L.PERSON_AGENT_TYPES
        and not roles.explicit
        and hit.trigger.subtype not in R.CARRIED_SUBJECT_SUBTYPES
    ):
        return None  # a share sale names its seller in its own clause (a guarantor may lead the sentence)
    return _Reading(
        hit, ci, dtype, hit.trigger.subtype, agent, cp, roles.co_agents, roles.explicit, roles.subject,
        tuple(obj_chain), borrowed, co_counterparties=roles.co_counterparties, target=target,
    )  # fmt: skip


def _refine_type(
    ctx: SentenceContext, disc: Discourse, hits: Sequence[Hit], r: _Reading, before: Sequence[Candidate] = ()
) -> _Reading | None:
    """The reading's final type and figure: a trigger that needs an object or money falls back;
    an investment without an investee may be a round or a build-out."""
    view, hit, trig = ctx.view, r.hit, r.hit.trigger
    ca, cb = ctx.clauses[r.ci]
    if r.type == "fundraising" and _joined_raiser(ctx, r) is not None:
        # A参与X定增 / A认购X的配售: A invests in X's raise
        raiser, investor = _joined_raiser(ctx, r), _acting_parent(ctx, r.agent, "investment")
        r = replace(r, type="investment", agent=investor, counterparty=raiser, subtype=trig.subtype)
    if trig.needs == "object" and r.counterparty is None:
        r = replace(r, type=trig.fallback or r.type)
    if trig.needs == "party" and r.counterparty is None:
        return None  # 合并营收 / 授予奖项: the word names no deal without its other party
    if trig.frame.kind in R.AWARD_KINDS and R.GRANTED_EQUITY.search(view, hit.end, cb):
        return None  # AMD同意向OpenAI授予大量的公司股票: a grant of equity, no contract awarded
    if trig.frame.kind in R.STAKE_DEAL_KINDS and _stake_traded(view, hit, ca, cb) and _buyer_named(ctx, r):
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
    if r.type == "capex" and r.agent is None and _project_led(view, ctx.start, ca):
        r = replace(r, agent=disc.topic)  # (X建设…。)项目批准总投资为N: the sponsor's project
    if r.type == "capex" and r.agent is None:
        r = replace(r, agent=_speaking_company(ctx, hit))  # X财务长表示，预估今年资本支出N
    if r.type != "investment":
        return replace(r, counterparty=None) if r.type == "capex" else r
    return _refine_investment(ctx, disc, r, before)


def _refine_investment(
    ctx: SentenceContext, disc: Discourse, r: _Reading, before: Sequence[Candidate]
) -> _Reading | None:
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
    if r.counterparty is None and (trig.frame.joins_round or L.ROUND.match(view, hit.end)):
        # 領投天使輪 / X完成N融资，A领投，B跟投: the round of the company discussed; X引入N名基石投资者，
        # 其中A认购N: the offering of the company that brings the investors in
        owner = round_owner({**disc.recent, **_stated(before)})
        r = replace(r, counterparty=owner if owner is not None else _introducer(ctx, same_clause=True))
    if r.counterparty is None and r.agent is not None and not _spending_plan(view, hit, cb):
        r = replace(r, counterparty=_raiser_before(r.agent, before))
    if trig.needs == "round" and r.counterparty is None and _builds_next(ctx, r):
        return replace(r, type="capex")  # 追加投资N，新建一座产业园: adding to one's own build-out
    if trig.needs == "round" and (r.counterparty is None or not r.explicit):
        return None  # 加码AI布局 / 该案超额认购踊跃: no investee or no investor of its own — no investment
    if r.counterparty is None and trig.subtype == "capital_contribution":
        r = replace(r, counterparty=_founded(ctx, hit, r.agent))
    if r.counterparty is None and trig.subtype == "capital_contribution":
        r = _registered_capital(ctx, disc, r)
    planned = L.PROJECT_SPEND.search(view, max(ctx.start, hit.start - 60), hit.start) is not None
    own = not r.co_agents and (planned or _builds_next(ctx, r) or _spending_plan(view, hit, cb))
    if r.counterparty is None and (own or _builds_in_next_clause(ctx, r.ci)):
        return replace(r, type="capex")  # 投资计划 / 投资5亿美元的资料中心: the spender's own build-out
    return r


def _emit(ctx: SentenceContext, r: _Reading, before: Sequence[Candidate]) -> list[Candidate]:
    """One candidate per subject (X与Y都…) and per object (…投资Y、Z), with the reading's figures."""
    view, hit = ctx.view, r.hit
    ca, cb = ctx.clauses[r.ci]
    cap = nearest_in(ctx.capacities, hit, ctx.clauses, r.ci) if r.type != "fundraising" else None
    sh = (
        nearest_in(ctx.shares, hit, ctx.clauses, r.ci, whole_sentence=True)
        if r.type in ("fundraising", "acquisition", "warrant", "investment")
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
    cps: list[Mention | None] = [p.mention for p in r.object_chain] or [cp]
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
    ctx: SentenceContext, r: _Reading, agent: Mention | None, cp: Mention | None
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


def _guaranteed_list(ctx: SentenceContext, r: _Reading, cp: Mention | None) -> list[Mention]:
    """为A、B分别提供担保: the debtors of a guarantee listed after 为, distributed by 分别."""
    if r.subtype not in L.GUARANTEE_SUBTYPES or cp is None:
        return []
    party = next((p for p in ctx.parties if p.mention is cp and p.marker_kind == "beneficiary"), None)
    if party is None:
        return []
    return distributive(ctx, list_head(ctx.view, ctx.parties, party).mention, r.hit)


def _respective_amounts(ctx: SentenceContext, r: _Reading, n: int) -> list[Amount | None]:
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


def _stated(cands: Sequence[Candidate]) -> dict[str, Candidate]:
    """The deals the sentence stated so far, by type (the last of each), as the discourse keeps them."""
    return {c.type: c for c in cands if c.agent is not None and c.attach is None}


def round_owner(recent: Mapping[str, Candidate]) -> Mention | None:
    """The company whose funding round is under discussion: the last raiser, else the investee
    of the last investment into a round."""
    raise_ = recent.get("fundraising")
    if raise_ is not None and raise_.agent is not None:
        return raise_.agent
    inv = recent.get("investment")
    return inv.counterparty if inv is not None else None


def _investor_phrases(ctx: SentenceContext, recent: Mapping[str, Candidate]) -> list[Candidate]:
    """X、Y等天使輪投資方: X is an investor in the company whose round is under discussion (or in
    the company that brings them in: X引入7名基石投资者，包括A、B及C)."""
    view, parties = ctx.view, ctx.parties
    owner = _introducer(ctx) or round_owner(recent)
    if owner is None:
        return []
    # X引入A、B等14家战略投资者: the sentence states the investors' entry — one deal each
    introduced = L.INVESTORS_INTRODUCED.search(view, ctx.start, ctx.end) is not None
    out: list[Candidate] = []
    for k, p in enumerate(parties):
        if p.modifier or not p.usable or p.mention.iri == owner.iri:
            continue
        if chain_head(view, parties, p) is not p:
            continue
        members = chain(view, parties, p, ctx.end)
        m = L.INVESTOR_PHRASE.match(view, members[-1].end)
        # 投资方包括：中国移动旗下中移资本、…: the list starts at the owner its head is named under
        lead_in = parties[k - 1].start if k and parties[k - 1].modifier else p.start
        intro = L.INVESTOR_LIST_INTRO.search(view, max(ctx.start, lead_in - 12), lead_in)
        # 投资方为A、B: the copula 为 before the list is no beneficiary marker
        if (m is None or p.marker is not None) and intro is None:
            continue
        # 投资者包括X、Y和Z / X、Y作为基石投资者，分别认购N1及N2: each named investor of the round
        # is a deal of its own, with its figure when 分别 ties the figures to the list in order;
        # X、Y等投资方 with no figures of their own: one deal, the others co-investors
        named = [c for c in members if c.mention.iri != owner.iri]
        at = m.start() if m is not None else p.start
        figures = respective_figures(ctx, members[-1].end, len(named))
        joining = m is not None and R.JOINING_VERB.match(view, m.end()) is not None
        if m is not None and figures[0] is None and not introduced and not joining:
            co = tuple(c.mention for c in members[1:])
            out.append(Candidate("investment", p.mention, owner, ctx.sentence, at, co, subtype="investor"))
            continue
        out.extend(
            Candidate("investment", _house_of(ctx, c), owner, ctx.sentence, at, amount=a, subtype="investor")
            for c, a in zip(named, figures, strict=True)
        )
    return out


def _buyer_named(ctx: SentenceContext, r: _Reading) -> bool:
    """A buyer's verb (购入) names its buyer as subject; a seller's (出售) must mark it: 向B出售,
    出售…予B, 出售给B (出售大部份持股后 names no buyer)."""
    if r.hit.trigger.subject == "agent":
        return True
    view, hit = ctx.view, r.hit
    for p in ctx.parties:
        if r.agent is None or p.mention is not r.agent:
            continue
        if p.marker in R.BUYER_MARKERS or (p.start >= hit.end and not view[hit.end : p.start].strip()):
            return True
    return False


def _stake_traded(view: str, hit: Hit, ca: int, cb: int) -> bool:
    """A stake after the deal word in its clause (购入X 30%股权), or disposed of before it (将所持X
    40%股份出售给Y)."""
    if X.STAKE_WORDS.within(view, hit.end, cb):
        return True
    disposal = max(view.rfind(w, ca, hit.start) for w in L.DISPOSAL_MARKERS)
    return disposal >= 0 and X.STAKE_WORDS.within(view, disposal, hit.start)


def _raiser_before(investor: Mention, before: Sequence[Candidate]) -> Mention | None:
    """X完成N融资，其中A投资N1，B投资N2: an investment naming no investee, after a raise the same
    sentence states, goes into that raise."""
    raise_ = _stated(before).get("fundraising")
    if raise_ is None or raise_.agent is None or raise_.agent.iri == investor.iri:
        return None
    return raise_.agent


def _registered_capital(ctx: SentenceContext, disc: Discourse, r: _Reading) -> _Reading:
    """(X是…的项目公司。)注册资本约为N，由A、B与C按比例出资: the sentence goes on about the company
    just described — its registered capital is what the partners contribute."""
    cue = R.REGISTERED_CAPITAL.match(ctx.view, ctx.start)
    company = disc.topic
    if cue is None or company is None or (r.agent is not None and r.agent.iri == company.iri):
        return r
    figure = r.amount or next(
        (a for a in ctx.amounts if a.start >= cue.end() and a.start < r.hit.start), None
    )
    # the company stays the topic of what follows (项目批准总投资为N: its project)
    return replace(r, counterparty=company, amount=figure, subject=company, explicit=True)


def _founded(ctx: SentenceContext, hit: Hit, agent: Mention | None) -> Mention | None:
    """A与B共同设立X基金，…，其中A认缴出资N: the contribution goes into the company or fund the
    sentence founds before it."""
    found = None
    for m in R.FOUNDING.finditer(ctx.view, ctx.start, hit.start):
        found = m
    if found is None:
        return None
    for p in ctx.parties:
        if found.end() <= p.start < hit.start and p.usable and not p.modifier:
            named = R.FOUNDED_NAME_GAP.fullmatch(ctx.view, found.end(), p.start) is not None
            keep = named and (agent is None or p.mention.iri != agent.iri)
            return p.mention if keep else None
    return None


def _house_of(ctx: SentenceContext, p: Party) -> Mention:
    """中国移动旗下中移资本 in a list of investors: the house investing through its fund."""
    return _acting_parent(ctx, p.mention, "investment") or p.mention


def _acting_parent(ctx: SentenceContext, agent: Mention | None, dtype: str) -> Mention | None:
    """X拟透过子公司Y以N认购…: the parent acting through a subsidiary is the agent (Y the vehicle);
    so is an investor's house whose fund invests (X旗下Y基金认购N)."""
    if agent is None:
        return None
    for p in ctx.parties:
        org = p.mention.type == "organization" and p.mention.iri != agent.iri
        if not org or p.end > agent.start:
            continue
        if L.THROUGH_VEHICLE.fullmatch(ctx.view, p.end, agent.start) or (
            dtype == "investment" and R.INVESTING_VEHICLE.fullmatch(ctx.view, p.end, agent.start)
        ):
            return p.mention
    return agent


def _introducer(ctx: SentenceContext, same_clause: bool = False) -> Mention | None:
    """X引入/引进…投资者: X, the company the investors come into (``same_clause``: named in the
    clause that brings them in)."""
    m = L.INVESTORS_INTRODUCED.search(ctx.view, ctx.start, ctx.end) or R.INVESTORS_OF.search(
        ctx.view, ctx.start, ctx.end
    )
    if m is None:
        return None
    floor = ctx.clause_at(m.start())[0] if same_clause else ctx.start
    before = [
        p
        for p in ctx.parties
        if floor <= p.start and p.end <= m.start() and p.usable and not p.modifier and p.marker is None
    ]
    return before[-1].mention if before else None


def _round_participants(
    ctx: SentenceContext, disc: Discourse, hit: Hit, dtype: str, before: Sequence[Candidate]
) -> list[Candidate]:
    """A、B等机构参与了本轮融资: each party listed before the verb invests in the round — of the
    company that owns it (参与X的B轮融资), else of the company whose round is under discussion."""
    if dtype != "fundraising":
        return []
    ca, _ = ctx.clause_at(hit.start)
    verb = R.JOINING_ROUND.search(ctx.view, ca, hit.start)
    if verb is None:
        return []
    at = verb.start()
    last = next((p for p in reversed(ctx.parties) if ca <= p.start and p.end <= at), None)
    if last is None or not last.usable or last.modifier or last.marker is not None:
        return []
    if not R.JOINING_GAP.fullmatch(ctx.view, last.end, at):
        return []
    owner_party = next((p for p in ctx.parties if verb.end() <= p.start < hit.start and p.usable), None)
    owner = owner_party.mention if owner_party else round_owner({**disc.recent, **_stated(before)})
    if owner is None:
        return []
    members = chain(ctx.view, ctx.parties, chain_head(ctx.view, ctx.parties, last), at)
    return [
        Candidate("investment", p.mention, owner, ctx.sentence, p.start, subtype="investor")
        for p in members
        if p.mention.iri != owner.iri
    ]


def _lead_participant(ctx: SentenceContext, ca: int, hit: Hit, dtype: str) -> Party | None:
    """Valor Capital则主导股权投资: a lead investor / lender of a round named before."""
    if dtype not in ("fundraising", "debt"):
        return None
    tail = ctx.view[ca : hit.start].rstrip()
    for det in L.DEICTIC:  # 主导本轮融资
        if tail.endswith(det):
            tail = tail[: -len(det)]
            break
    if not any(tail.endswith(v) for v in L.LEAD_VERBS):
        return None
    cands = [p for p in ctx.parties if ca <= p.start < hit.start and p.usable and not p.modifier]
    return cands[0] if cands else None


def _seller_cue(ctx: SentenceContext) -> Candidate | None:
    """出售股权的是X / 卖方为X: X sold the stake of the acquisition named before."""
    for cue in L.SELLER_CUES:
        i = ctx.view.find(cue, ctx.start, ctx.end)
        if i < 0:
            continue
        after = [p for p in ctx.parties if p.start >= i + len(cue) and p.usable]
        # the seller is the last of a possessive chain (香港置地子公司Sageland)
        heads = [p for p in after if not p.modifier]
        if heads:
            return Candidate("acquisition", None, heads[0].mention, ctx.sentence, i, attach="seller")
    return None


def _owner_cue(ctx: SentenceContext) -> Candidate | None:
    """该项目建设单位为X / 招标人为X: X owns the works of the award stated before."""
    m = R.OWNER_CUE.search(ctx.view, ctx.start, ctx.end)
    if m is None:
        return None
    after = [p for p in ctx.parties if p.start >= m.end() and p.usable and not p.modifier]
    if not after or ctx.view[m.end() : after[0].start].strip(L.SKIP_BEFORE_PARTY):
        return None
    return Candidate("purchase", after[0].mention, None, ctx.sentence, m.start(), attach="owner")


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


def _builder_first(
    ctx: SentenceContext, hit: Hit, ca: int, cb: int, dtype: str, agent: Mention | None, cp: Mention | None
) -> bool:
    """A works contract whose agent is the construction firm and whose other party is not (or is
    not named: 中国能建签约一座电站EPC项目，合同金额N — the builder is the contractor)."""
    if dtype != "purchase" or agent is None:
        return False
    said = ctx.masked_span(ctx.start, cb)  # the names blanked: 怡保工程 names no works
    works = hit.trigger.subtype in R.WORKS_SUBTYPES or any(w in said for w in R.WORKS_WORDS)
    return works and _builder(ctx.view, agent) and (cp is None or not _builder(ctx.view, cp))


def _builder(view: str, m: Mention) -> bool:
    """A construction firm: its name ends as a builder's, legal form and 集团 aside (中铁建工集团)."""
    name = R.LEGAL_FORM_END.sub("", view[m.start : m.end]).removesuffix(R.GROUP)
    return R.CONTRACTOR_NAME.search(name) is not None


def _joint_partners(ctx: SentenceContext, hit: Hit) -> list[Mention]:
    """与B共同/联合…: the banks marked 与 before a joint verb lend with the subject."""
    return [p.mention for p in ctx.parties if _joint_partner(ctx, hit, p)]


def _joint_partner(ctx: SentenceContext, hit: Hit, p: Party) -> bool:
    view = ctx.view
    return (
        p.marker_kind == "with"
        and p.end <= hit.start
        and is_lender(view, p.mention)
        and view[p.end : hit.start].lstrip().startswith(L.JOINT_GIVING_BEFORE)
    )


def _joint_lead(ctx: SentenceContext, hit: Hit, cp: Mention | None) -> Mention | None:
    """The lender before 与B共同/联合 (B a bank marked 与): the first lender of the loan."""
    view = ctx.view
    if cp is None:
        return None
    partner = next((p for p in ctx.parties if p.mention is cp and _joint_partner(ctx, hit, p)), None)
    if partner is None:
        return None
    leads = [
        p.mention
        for p in ctx.parties
        if p.start < partner.start and p.marker is None and p.usable and not p.modifier
        and is_lender(view, p.mention) and p.mention.iri != cp.iri
    ]  # fmt: skip
    return leads[0] if leads else None


def _bond(hit: Hit) -> bool:
    """A bond or note: a bank may issue one (金融债) or underwrite it, it lends nothing."""
    return hit.trigger.subtype in L.BOND_SUBTYPES or hit.trigger.subtype in L.NOTE_SUBTYPES


def _lender_in_clause(ctx: SentenceContext, ca: int, hit: Hit, agent: Mention) -> Mention | None:
    """A bank standing unmarked before the borrower in the loan's clause lends (兆丰银完成X的
    三年期联贷案); not for bonds (a bank underwrites or buys them)."""
    if _bond(hit):
        return None
    for p in ctx.parties:
        if not ca <= p.start < hit.start or p.start >= agent.start:
            continue
        if p.usable and not p.modifier and p.marker is None and is_lender(ctx.view, p.mention):
            return p.mention
    return None


def _arranger_cue(ctx: SentenceContext) -> list[Candidate]:
    """联贷主办银行A、B及C / 由A担任主牵头行: A is the lender of the loan stated before; the other
    arrangers are co-lenders."""
    view, parties = ctx.view, ctx.parties
    for p in parties:
        if (
            p.modifier
            or not p.usable
            or not is_lender(view, p.mention)
            or chain_head(view, parties, p) is not p
        ):
            continue
        members = chain(view, parties, p, ctx.end)
        before = L.ARRANGER_BEFORE.search(view, max(ctx.start, p.start - 10), p.start)
        after = L.ARRANGER_AFTER.match(view, members[-1].end)
        if before is None and after is None:
            continue
        co = tuple(m.mention for m in members[1:] if is_lender(view, m.mention))
        at = before.start() if before is not None else p.start
        return [Candidate("debt", None, p.mention, ctx.sentence, at, attach="lender", co_counterparties=co)]
    return []


def _joined_raiser(ctx: SentenceContext, r: _Reading) -> Mention | None:
    """A参与X(的)定增: the party a joining verb marks right before a raise word is the raiser."""
    if r.agent is None:
        return None
    for p in ctx.parties:
        joins = p.marker in R.JOINING_MARKERS and p.end <= r.hit.start and p.mention.iri != r.agent.iri
        if joins and R.RAISE_GAP.fullmatch(ctx.view, p.end, r.hit.start):
            return p.mention
    return None


def _spent_before(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit, ca: int) -> bool:
    """An investment or spend word with its figure stands before the purchase word in its clause."""
    return any(
        ca <= h.start < hit.start
        and h.trigger.type in L.JOINT_GIVING_TYPES
        and any(h.end <= a.start < hit.start for a in ctx.amounts)
        for h in hits
    )


def _builds_next(ctx: SentenceContext, r: _Reading) -> bool:
    """追加投资N，扩建当地工厂 / 将在Y建设两座晶圆厂，初期投资N: the clause after (or before)
    says what the spender's own money builds — not after partners (跟Y和Z共同推动…，承诺投资N，
    建造…: a joint venture's investment)."""
    view = ctx.view
    if any(p.marker_kind == "with" and ctx.start <= p.start < r.hit.start for p in ctx.parties):
        return False
    if r.ci + 1 < len(ctx.clauses):
        na, nb = ctx.clauses[r.ci + 1]
        nxt = view[na:nb].lstrip(L.SPACES)
        if nxt.startswith(L.BUILD_WORDS) or L.SPENDING_PURPOSE.match(nxt) is not None:
            return True  # …投资N，用于云计算基础设施: the next clause says what it buys or builds
    if r.ci == 0 or r.hit.trigger.frame.joins_round:
        return False
    pa, pb = ctx.clauses[r.ci - 1]
    return X.BUILD_WORDS.within(view, pa, pb) and X.FACILITY_NOUNS.within(view, pa, pb)


def _speaking_company(ctx: SentenceContext, hit: Hit) -> Mention | None:
    """The company whose officer speaks before the deal word (X财务长表示，…): its own spending."""
    for p in ctx.parties:
        if p.start >= hit.start or p.mention.type != "organization" or p.modifier:
            continue
        if ctx.view[p.end : p.end + 8].lstrip(L.SPACES).startswith(L.TITLE_WORDS):
            return p.mention
    return None


def _builds_in_next_clause(ctx: SentenceContext, ci: int) -> bool:
    """斥资N，于德州兴建新厂: the clause after the spend's, which names its money, says where or for
    what it builds."""
    if ci + 1 >= len(ctx.clauses):
        return False
    ca, cb = ctx.clauses[ci]
    if not any(ca <= m.start < cb for m in ctx.amounts):
        return False
    a, b = ctx.clauses[ci + 1]
    return L.BUILD_CLAUSE.match(ctx.view[a:b].lstrip(" ，,\u3000")) is not None


def _project_led(view: str, start: int, ca: int) -> bool:
    """The sentence or the deal word's clause is led by the project (项目总投资N, “一期总投资N)."""
    return any(
        L.PROJECT_SUBJECT.match(view, i) is not None or R.PHASE_COST.match(view, i) is not None
        for i in {start, ca}
    )


def _spending_plan(view: str, hit: Hit, clause_end: int) -> bool:
    """投资」计划 (a plan, no investee) / 投资5亿美元的AI资料中心 (a facility as the object)."""
    after = view[hit.end : clause_end].lstrip(L.SKIP_AFTER_TRIGGER)
    if after.startswith(L.PLAN_NOUNS) or L.SPENDING_PURPOSE.search(after) is not None:
        return True
    de = after.find(L.DE)
    if de < 0 and X.BUILD_WORDS.inside(after):
        return True  # 投资200亿元在匈牙利建厂: the money builds the spender's own plant
    if de < 0 or X.BUILD_WORDS.inside(after[:de]):
        return False
    return X.FACILITY_NOUNS.inside(after[de + 1 : de + 11])
