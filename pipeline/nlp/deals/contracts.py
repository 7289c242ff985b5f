"""The contract side of a sentence's deals: loans and their arrangers, works and their owners, buyers
left unnamed, guarantees, spending plans and build-outs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.model.frozen import replace
from pipeline.model.records import Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import Discourse, SentenceContext
from pipeline.nlp.deals.labels import plain_raise
from pipeline.nlp.deals.parties import Party, chain, chain_head
from pipeline.nlp.deals.reading import Reading
from pipeline.nlp.deals.roles import Roles, is_lender
from pipeline.nlp.deals.triggers import Hit
from pipeline.nlp.deals.unnamed import unnamed_other

#: any cue of a seller or a buyer (most sentences hold none: one search instead of one per cue)
_SALE_CUE = re.compile("|".join(map(re.escape, (*R.SELLER_CUES, *R.BUYER_CUES, *R.BUYER_AFTER_CUES))))


def directed_later(cands: list[Candidate]) -> list[Candidate]:
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


def unnamed_owners(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """中标一条城际铁路施工项目: an award with no owner whose clause names the works indefinitely;
    获一家客户订单 / 出售予一名买家: a purchase or sale whose buyer the clause leaves unnamed."""
    out = []
    for c in cands:
        works = c.subtype in R.WORKS_SUBTYPES or (
            c.subtype in R.CONTRACT_SUBTYPES
            and c.counterparty is not None
            and builder(ctx.view, c.counterparty)
        )
        ca, cb = ctx.clause_at(c.trigger_start)
        owner_free = c.agent is None and c.counterparty is not None and c.type in R.UNNAMED_BUYER_TYPES
        awarded = works and c.type == "purchase"
        indefinite = awarded and (
            R.INDEFINITE_WORKS.search(ctx.view, ctx.start, cb) is not None
            or placed_works(ctx, c.trigger_start, cb)
        )
        open_sale = owner_free and c.type == "acquisition" and held_stake_sold(ctx, c.trigger_start, cb)
        if owner_free and (indefinite or open_sale or unnamed_buyer(ctx, ca, cb, c.trigger_start)):
            c = replace(c, unowned=True)
        elif c.type == "purchase" and c.agent is None and described_buyer(ctx, c):
            c = replace(c, unowned=True)  # 台达电接获美系云端大厂N订单: the buyer is described, unnamed
        out.append(c)
    return out


def held_stake_sold(ctx: SentenceContext, at: int, cb: int) -> bool:
    """X拟协议转让其持有的Y 15%股份: a holder sells its stake and the clause marks no buyer — the
    buyer is open (to be named later, or never)."""
    verb = R.TRANSFER_VERBS.search(ctx.view, at, min(cb, at + 4))  # 转让 / 协议转让 / 拟出售
    if verb is None or not any(v in ctx.view[verb.end() : cb] for v in L.HOLDING_VERBS):
        return False
    return X.STAKE_WORDS.within(ctx.view, verb.end(), cb) and not any(
        w in ctx.view[verb.end() : cb] for w in R.BUYER_MARKERS
    )


def placed_works(ctx: SentenceContext, at: int, cb: int) -> bool:
    """中标云南省昭通市供水项目: works named by their place (with its administrative head: 省, 市,
    县 …) right after the award word and before any party — the owner is left unnamed (深圳地铁工程
    may name its owner, unrecognised)."""
    end = at + next((len(w) for w in R.AWARD_WORDS if ctx.view.startswith(w, at)), 0)
    if end == at or any(at <= p.start < cb and not p.modifier for p in ctx.parties):
        return False
    return R.PLACE_NAMED.match(ctx.view, end) is not None  # 深圳地铁工程: a company's name, maybe


def unnamed_buyer(ctx: SentenceContext, ca: int, cb: int, at: int) -> bool:
    """The deal word's clause names its buyer indefinitely (一名买家), or an earlier clause marks it
    as the partner of the signing (与一名独立第三方订立协议，以N出售…)."""
    return (
        R.UNNAMED_BUYER.search(ctx.view, ca, cb) is not None
        or unnamed_other(ctx, ca, at)
        or labelled_unnamed_buyer(ctx, cb)
    )


def labelled_unnamed_buyer(ctx: SentenceContext, cb: int) -> bool:
    """…出售X，买家为一名内地投资者: the next clause labels the buyer, and leaves it unnamed."""
    ci = ctx.clause_index(cb - 1)
    if ci + 1 >= len(ctx.clauses) or ctx.clauses[ci][1] != cb:
        return False
    na, nb = ctx.clauses[ci + 1]
    label = R.BUYER_LABEL.match(ctx.view, na)
    return label is not None and R.UNNAMED_BUYER.match(ctx.view, label.end(), nb) is not None


def described_buyer(ctx: SentenceContext, c: Candidate) -> bool:
    """An order (订单) from a buyer the clause describes (美系云端大厂, 一家欧洲车厂, 客户) but names not."""
    view = ctx.view
    if view[c.trigger_start : c.trigger_start + 2] not in R.ORDER_HEADS:
        return False
    ca, _ = ctx.clause_at(c.trigger_start)
    return R.DESCRIBED_BUYER.search(ctx.masked_span(ca, c.trigger_start)) is not None


def guaranteed_deals(ctx: SentenceContext, disc: Discourse, cands: list[Candidate]) -> list[Candidate]:
    """G将为上述业务提供担保: the debtor of a guarantee given for a deal just named is that deal's
    agent (in this sentence, else the last deal of the discourse)."""
    out = []
    for c in cands:
        if c.subtype in L.GUARANTEE_SUBTYPES and c.counterparty is None and c.agent is not None:
            ca, _ = ctx.clause_at(c.trigger_start)
            named = L.GUARANTEED_DEAL.search(ctx.view, ca, c.trigger_start) or R.GUARANTEED_SUBJECT.search(
                ctx.view, ca, c.trigger_start
            )
            if named is not None:
                # 为上述融资租赁业务提供担保: the deal word inside the phrase names the deal, no new one
                prior = [
                    d
                    for d in cands
                    if d.trigger_start < named.start() and d.subtype not in L.GUARANTEE_SUBTYPES
                ]
                prior = prior or sorted(disc.recent.values(), key=lambda d: d.trigger_start)
                # a sale-and-leaseback's guarantee covers the lessee's payments, not the lessor's purchase
                owed = [d for d in prior if d.type in R.GUARANTEED_TYPES] or prior
                debtor = next((d.agent for d in reversed(owed) if d.agent is not None), None)
                if debtor is not None and debtor.iri != c.agent.iri:
                    c = replace(c, counterparty=debtor)
        out.append(c)
    return out


def guaranteed_figures(cands: list[Candidate]) -> list[Candidate]:
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


def seller_cue(ctx: SentenceContext) -> Candidate | None:
    """出售股权的是X / 卖方为X: X sold the stake of the acquisition named before; with 受让方为B in
    the sentence too, the sentence states the transfer itself (B buys from X)."""
    if _SALE_CUE.search(ctx.view, ctx.start, ctx.end) is None:
        return None
    found = _cued_party(ctx, R.SELLER_CUES)
    buyer = _cued_party(ctx, R.BUYER_CUES)
    if found is None and buyer is not None:
        found = _seller_of_verb(ctx, buyer[0])
    if found is None:
        named = buyer or _buyer_before_cue(ctx)
        if named is None:
            return None
        return Candidate("acquisition", named[1], None, ctx.sentence, named[0], attach="buyer")
    i, seller = found
    if buyer is not None and buyer[1].iri != seller.iri:
        price = next((a for a in ctx.amounts if a.start > min(i, buyer[0])), None)
        # (the deal stands at the buyer's label: it is read as no sale verb with its buyer unnamed)
        return Candidate("acquisition", buyer[1], seller, ctx.sentence, buyer[0], amount=price)
    return Candidate("acquisition", None, seller, ctx.sentence, i, attach="seller")


def labelled_sales(cands: list[Candidate]) -> list[Candidate]:
    """X拟出售其持有的Y股权…，受让方为B: the transfer the buyer's label states (B buys from X) is
    the sale itself — X's sale with no buyer (a share sale of type other) is not a second deal."""
    sellers = {
        c.counterparty.iri
        for c in cands
        if c.type == "acquisition" and c.attach is None and c.agent is not None and c.counterparty is not None
    }
    return [
        c
        for c in cands
        if not (c.subtype == R.SECONDARY_SALE and c.agent is not None and c.agent.iri in sellers)
    ]


def _seller_of_verb(ctx: SentenceContext, cue: int) -> tuple[int, Mention] | None:
    """X拟转让其持有的Y 15%股份，受让方为B: the subject of a sale verb before the buyer's label sells."""
    verb = R.TRANSFER_VERBS.search(ctx.view, ctx.start, cue)
    if verb is None:
        return None
    ca, _ = ctx.clause_at(verb.start())
    subjects = [p for p in ctx.free_parties(ca, verb.start()) if p.marker is None]
    # X公告，拟出售其持有的Y股权…，受让方为B: the announcer before the verb's clause sells
    subjects = subjects or [p for p in ctx.free_parties(ctx.start, ca) if p.marker is None][:1]
    return (verb.start(), subjects[0].mention) if subjects else None


def _buyer_before_cue(ctx: SentenceContext) -> tuple[int, Mention] | None:
    """Y成为受让方 / 确定Y为受让方: the last party before the cue in its clause is the buyer."""
    for cue in R.BUYER_AFTER_CUES:
        i = ctx.view.find(cue, ctx.start, ctx.end)
        if i < 0:
            continue
        ca, _ = ctx.clause_at(i)
        heads = [p for p in ctx.parties if ca <= p.start < i and p.usable and not p.modifier]
        return (i, heads[-1].mention) if heads else None
    return None


def _cued_party(ctx: SentenceContext, cues: Sequence[str]) -> tuple[int, Mention] | None:
    """The party a copular role cue names (卖方为X): the last of a possessive chain (香港置地子公司
    Sageland)."""
    for cue in cues:
        i = ctx.view.find(cue, ctx.start, ctx.end)
        if i < 0:
            continue
        heads = [p for p in ctx.parties if p.start >= i + len(cue) and p.usable and not p.modifier]
        if heads:
            return i, heads[0].mention
    return None


def owner_cue(ctx: SentenceContext) -> Candidate | None:
    """该项目建设单位为X / 招标人为X: X owns the works of the award stated before."""
    m = R.OWNER_CUE.search(ctx.view, ctx.start, ctx.end)
    if m is None:
        return None
    after = [p for p in ctx.parties if p.start >= m.end() and p.usable and not p.modifier]
    if not after or ctx.view[m.end() : after[0].start].strip(L.SKIP_BEFORE_PARTY):
        return None
    return Candidate("purchase", after[0].mention, None, ctx.sentence, m.start(), attach="owner")


def builder_first(
    ctx: SentenceContext, hit: Hit, ca: int, cb: int, dtype: str, agent: Mention | None, cp: Mention | None
) -> bool:
    """A works contract whose agent is the construction firm and whose other party is not (or is
    not named: 中国能建签约一座电站EPC项目，合同金额N — the builder is the contractor)."""
    if dtype != "purchase" or agent is None:
        return False
    said = ctx.masked_span(ctx.start, cb)  # the names blanked: 怡保工程 names no works
    works = hit.trigger.subtype in R.WORKS_SUBTYPES or any(w in said for w in R.WORKS_WORDS)
    if not works:
        return False
    if builder(ctx.view, agent) and (cp is None or not builder(ctx.view, cp)):
        return True
    # X与Y签订EPC合同 with Y a utility or a government body: Y owns the works, X builds
    return cp is not None and owner(ctx.view, cp) and not owner(ctx.view, agent)


def won_works(ctx: SentenceContext, hit: Hit, cb: int) -> bool:
    """中鼎标得台电N统包工程: a bid won for works, not land — the bidder is the contractor."""
    if hit.trigger.frame.kind not in R.BID_WON_KINDS:
        return False
    said = ctx.masked_span(hit.end, cb)
    return any(w in said for w in R.WORKS_WON_WORDS) and not X.LAND_NOUNS.inside(said)


def turned_award(
    ctx: SentenceContext,
    hit: Hit,
    ca: int,
    cb: int,
    dtype: str,
    agent: Mention | None,
    cp: Mention | None,
) -> str | None:
    """The subtype of a deal whose two roles turn round (a builder named first, a bid won for
    works, a seller's tender won), else None."""
    if builder_first(ctx, hit, ca, cb, dtype, agent, cp) or won_works(ctx, hit, cb):
        return R.TENDER_AWARD if hit.trigger.frame.kind in R.BID_WON_KINDS else hit.trigger.subtype
    return R.ASSET_PURCHASE if sold_by_tender(ctx, hit) or granted_land(ctx, hit, cb) else None


def granted_land(ctx: SentenceContext, hit: Hit, cb: int) -> bool:
    """地政總署將X地皮以N批出予Y: a site granted (sold) by its authority — the grantee buys it, no
    works are let."""
    return (
        hit.trigger.frame.kind in R.AWARD_KINDS
        and X.LAND_NOUNS.within(ctx.view, ctx.start, cb)
        and not X.WORKS_WON.within(ctx.view, ctx.start, cb)
    )


def sold_by_tender(ctx: SentenceContext, hit: Hit) -> bool:
    """X以N标售土地，由Y得标: the tender sells X's land — the winner buys it."""
    return (
        hit.trigger.subtype == R.TENDER_AWARD
        and R.SALE_BY_TENDER.search(ctx.view, ctx.start, hit.start) is not None
    )


def builder(view: str, m: Mention) -> bool:
    """A construction firm: its name ends as a builder's, legal form and 集团 aside (中铁建工集团)."""
    name = R.LEGAL_FORM_END.sub("", view[m.start : m.end]).removesuffix(R.GROUP)
    return R.CONTRACTOR_NAME.search(name) is not None and R.GOVERNMENT_BODY.search(name) is None


def owner(view: str, m: Mention) -> bool:
    """An owner of works by its name (a government body, a utility), legal form aside — not a
    builder (中建八局, an engineering bureau, builds)."""
    return R.OWNER_NAME.search(R.LEGAL_FORM_END.sub("", view[m.start : m.end])) is not None and not builder(
        view, m
    )


def joint_partners(ctx: SentenceContext, hit: Hit) -> list[Mention]:
    """与B共同/联合…: the banks marked 与 before a joint verb lend with the subject."""
    return [p.mention for p in ctx.parties if joint_partner(ctx, hit, p)]


def joint_partner(ctx: SentenceContext, hit: Hit, p: Party) -> bool:
    view = ctx.view
    return (
        p.marker_kind == "with"
        and p.end <= hit.start
        and is_lender(ctx, p.mention)
        and view[p.end : hit.start].lstrip().startswith(L.JOINT_GIVING_BEFORE)
    )


def joint_lead(ctx: SentenceContext, hit: Hit, cp: Mention | None) -> Mention | None:
    """The lender before 与B共同/联合 (B a bank marked 与): the first lender of the loan."""
    if cp is None:
        return None
    partner = next((p for p in ctx.parties if p.mention is cp and joint_partner(ctx, hit, p)), None)
    if partner is None:
        return None
    leads = [
        p.mention
        for p in ctx.parties
        if p.start < partner.start and p.marker is None and p.usable and not p.modifier
        and is_lender(ctx, p.mention) and p.mention.iri != cp.iri
    ]  # fmt: skip
    return leads[0] if leads else None


def bond(hit: Hit) -> bool:
    """A bond or note: a bank may issue one (金融债) or underwrite it, it lends nothing."""
    return hit.trigger.subtype in L.BOND_SUBTYPES or hit.trigger.subtype in L.NOTE_SUBTYPES


def lender_in_clause(ctx: SentenceContext, ca: int, hit: Hit, agent: Mention) -> Mention | None:
    """A bank standing unmarked before the borrower in the loan's clause lends (兆丰银完成X的
    三年期联贷案); not for bonds (a bank underwrites or buys them)."""
    if bond(hit):
        return None
    for p in ctx.parties:
        if not ca <= p.start < hit.start or p.start >= agent.start:
            continue
        if p.usable and not p.modifier and p.marker is None and is_lender(ctx, p.mention):
            return p.mention
    return None


def arranger_cue(ctx: SentenceContext) -> list[Candidate]:
    """联贷主办银行A、B及C / 由A担任主牵头行: A is the lender of the loan stated before; the other
    arrangers are co-lenders."""
    view, parties = ctx.view, ctx.parties
    for p in parties:
        if (
            p.modifier
            or not p.usable
            or not is_lender(ctx, p.mention)
            or chain_head(view, parties, p) is not p
        ):
            continue
        members = chain(view, parties, p, ctx.end)
        before = L.ARRANGER_BEFORE.search(view, max(ctx.start, p.start - 10), p.start)
        after = L.ARRANGER_AFTER.match(view, members[-1].end)
        if before is None and after is None:
            continue
        co = tuple(m.mention for m in members[1:] if is_lender(ctx, m.mention))
        at = before.start() if before is not None else p.start
        return [Candidate("debt", None, p.mention, ctx.sentence, at, attach="lender", co_counterparties=co)]
    return []


def spent_before(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit, ca: int) -> bool:
    """An investment or spend word with its figure stands before the purchase word in its clause."""
    return any(
        ca <= h.start < hit.start
        and h.trigger.type in L.JOINT_GIVING_TYPES
        and any(h.end <= a.start < hit.start for a in ctx.amounts)
        for h in hits
    )


def builds_next(ctx: SentenceContext, r: Reading) -> bool:
    """追加投资N，扩建当地工厂 / 将在Y建设两座晶圆厂，初期投资N: the clause after (or before)
    says what the spender's own money builds — not after partners (跟Y和Z共同推动…，承诺投资N，
    建造…: a joint venture's investment)."""
    view = ctx.view
    if any(p.marker_kind == "with" and ctx.start <= p.start < r.hit.start for p in ctx.parties):
        return False
    nxt = ctx.next_clause(r.ci)
    if nxt is not None and (nxt.startswith(L.BUILD_WORDS) or L.SPENDING_PURPOSE.match(nxt) is not None):
        return True  # …投资N，用于云计算基础设施: the next clause says what it buys or builds
    if r.ci == 0 or r.hit.trigger.frame.joins_round:
        return False
    pa, pb = ctx.clauses[r.ci - 1]
    return X.BUILD_WORDS.within(view, pa, pb) and X.FACILITY_NOUNS.within(view, pa, pb)


def speaking_company(ctx: SentenceContext, hit: Hit) -> Mention | None:
    """The company whose officer speaks before the deal word (X财务长表示，…): its own spending."""
    for p in ctx.parties:
        if p.start >= hit.start or p.mention.type != "organization" or p.modifier:
            continue
        if ctx.view[p.end : p.end + 8].lstrip(L.SPACES).startswith(L.TITLE_WORDS):
            return p.mention
    return None


def builds_in_next_clause(ctx: SentenceContext, ci: int) -> bool:
    """斥资N，于德州兴建新厂: the clause after the spend's, which names its money, says where or for
    what it builds."""
    nxt = ctx.next_clause(ci)
    ca, cb = ctx.clauses[ci]
    if nxt is None or not any(ca <= m.start < cb for m in ctx.amounts):
        return False
    return R.BUILD_CLAUSE.match(nxt) is not None


def project_led(view: str, start: int, ca: int) -> bool:
    """The sentence or the deal word's clause is led by the project (项目总投资N, “一期总投资N)."""
    return any(
        L.PROJECT_SUBJECT.match(view, i) is not None or R.PHASE_COST.match(view, i) is not None
        for i in {start, ca}
    )


def spending_plan(view: str, hit: Hit, clause_end: int) -> bool:
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


def lending_partner(
    ctx: SentenceContext, hit: Hit, dtype: str, agent: Mention | None, cp: Mention | None, roles: Roles
) -> tuple[str, Mention | None, Roles]:
    """X与Y银行签订一项N的融资协议: a plain raise agreed with a bank is a loan the bank lends (the
    bank is no co-raiser); with no bank beside the raiser, or no agreement, it stays the raise."""
    if dtype != "fundraising" or cp is not None or agent is None or not plain_raise(hit):
        return dtype, cp, roles
    if not ctx.view.startswith(R.RAISE_AGREEMENT_NOUNS, hit.end) or is_lender(ctx, agent):
        return dtype, cp, roles
    lenders = [m for m in roles.co_agents if is_lender(ctx, m)]
    if not lenders:
        return dtype, cp, roles
    rest = tuple(m for m in roles.co_agents if m not in lenders)
    return (
        "debt",
        lenders[0],
        replace(roles, co_agents=rest, co_counterparties=(*roles.co_counterparties, *lenders[1:])),
    )


def possessor_partner(
    ctx: SentenceContext, disc: Discourse, obj: Party | None, agent: Mention | None, cp: Mention | None
) -> Mention | None:
    """X与Y签署协议，X将承建其在利雅得的项目: a 其 in the object that would make the subject its own
    counterparty names the partner of the signing (in the sentence, else the last pair before)."""
    if obj is None or agent is None or cp is None or cp.iri != agent.iri:
        return cp
    if ctx.view[obj.start : obj.end] != L.PRONOUN_QI:
        return cp
    marked = [
        p.mention for p in ctx.parties if p.marker in L.COMITATIVE_MARKERS and p.mention.iri != agent.iri
    ]
    pair = [m for m in disc.pair or () if m.iri != agent.iri]
    return (marked or pair or [cp])[0]
