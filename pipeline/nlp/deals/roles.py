"""Pass 3 — roles: who is the agent and who the counterparty of a deal word.

The trigger's grammatical subject, its object and the parties marked by role words (由/获/被 take
the subject's role, 为 marks the receiver, 向/对/与 the other party) give agent and counterparty
in the contract's direction; the trigger table says which role the subject plays.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh import discourse as D
from pipeline.lang.zh import joint_bids as J
from pipeline.lang.zh import role_constructions2 as K2
from pipeline.model.records import Entity, Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.parties import Party, chain, chain_head, list_head
from pipeline.nlp.deals.triggers import Hit
from pipeline.nlp.deals.unnamed import unnamed_other

OPPOSITE = {"agent": "counterparty", "counterparty": "agent"}


@dataclass(frozen=True)
class Roles:
    agent: Mention | None
    counterparty: Mention | None
    co_agents: tuple[Mention, ...]
    #: the grammatical subject is stated in the trigger's own clause
    explicit: bool
    #: the trigger's object party
    object: Party | None
    #: the grammatical subject
    subject: Mention | None
    #: the rest of a marked list whose head is the counterparty (与B1、B2等银行签订贷款)
    co_counterparties: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class _Marked:
    """The parties marked around a trigger: 由/获 (swap), 为 (beneficiary), 向/对/与 (other)."""

    swap: Party | None
    beneficiary: Party | None
    other: Party | None
    object: Party | None
    owner: Party | None


def is_lender(ctx: SentenceContext, m: Mention) -> bool:
    """A bank: its name here ends in 银行 / 商银 (in the normalised view), or another of its names
    does (匯豐, known as 匯豐銀行)."""
    return m.iri in ctx.lenders or bank_name(ctx.view[m.start : m.end])


def named_bank(ctx: SentenceContext, m: Mention) -> bool:
    """A bank by the name written here (招商银行, 台新银): the subject of a loan word that lends. A
    bank known only by a short name (汇丰) as that subject is as often the issuer of its capital
    instruments: it is no lender by position alone."""
    return bank_name(ctx.view[m.start : m.end])


def known_lenders(entities: Mapping[str, Entity]) -> frozenset[str]:
    """The organisations one of whose names (Simplified or English) is a bank's (匯豐: 汇丰银行)."""
    return frozenset(
        iri
        for iri, e in entities.items()
        if e.type == "organization"
        and any(
            (lang == "zh-Hans" and bank_name(label)) or (lang == "en" and label.endswith(R.BANK_NAME_ENDS_EN))
            for label, lang in e.labels
        )
    )


def bank_name(name: str) -> bool:
    """The name (normalised: t2s) of a bank: it ends in 银行 / 商银, a region or a legal form after."""
    cut = max(name.rfind(ch) for ch in L.OPEN_PAREN)
    if name.endswith(L.CLOSE_PARENS) and cut > 0:
        name = name[:cut]  # 中国银行(香港): the bank of a region
    name = R.LEGAL_FORM_END.sub("", name)  # 招商银行股份有限公司
    return name.endswith(L.LENDER_HEADS)


def _disposed(view: str, p: Party, ca: int) -> bool:
    """The party is (whose stake is) what 将/把 disposes of (将所持Y股权转让给B)."""
    return L.DISPOSED_OBJECT.search(view, max(ca, p.start - 8), p.start) is not None


def _no_subject(view: str, p: Party, ca: int, at: int) -> bool:
    """The party is what 将/把 disposes of, or a place after 在 (a place name, or a company's
    premises: 在Y部分厂房屋顶上投资建设 — but 在Y投资Z后, Y may be the subject)."""
    if _disposed(view, p, ca):
        return True
    if view[max(ca, p.start - 1) : p.start] != L.LOCATIVE:
        return False
    return p.mention.text.endswith(L.NOT_COMPANY_HEADS) or R.PREMISES.search(view, p.end, at) is not None


def subject_of(
    ctx: SentenceContext,
    ci: int,
    hit: Hit,
    exclude: frozenset[Party],
    topic: Mention | None,
    people: bool = False,
) -> Party | Mention | None:
    """The trigger's grammatical subject: the last unmarked party before it in its clause, else
    the first of an earlier clause, else (after 本次 / 该) the topic."""
    view, parties = ctx.view, ctx.parties
    ca, _ = ctx.clauses[ci]

    def ok(p: Party) -> bool:
        usable = p.usable or (people and p.mention.type == "person")
        helps = view.startswith(R.HELPING_VERBS, p.end)  # X助力Y发行: X helps, Y (unrecognised) acts
        goods = K2.COUNTED_GOODS.search(view, max(0, p.start - 6), p.start) is not None  # 购入四架波音客机
        return (
            usable
            and not helps
            and not goods
            and not p.modifier
            and p not in exclude
            and p.marker_kind in (None, "with")
        )

    actor = [p for p in parties if ctx.start <= p.start < hit.start and p.marker_kind == "actor" and p.usable]
    if actor and all(p.start < actor[-1].start for p in parties if ca <= p.start < hit.start and ok(p)):
        return actor[-1]
    before = [p for p in parties if ca <= p.start < hit.start and ok(p) and p.marker is None]
    if len(before) > 1 and _no_subject(view, before[-1], ca, hit.start):
        before = before[:-1]  # S将X的股权转让给B / S将在X县投资: X is an object or a place
    elif before and _disposed(view, before[-1], ca):
        before = []  # X公告称，拟将所持Y股权转让给B: with no S in the clause, an earlier clause's sells
    if before:
        return chain_head(view, parties, before[-1], people)
    for j in range(ci - 1, -1, -1):
        a, b = ctx.clauses[j]
        if view[a:b].lstrip(L.SPACES).startswith(L.DISPOSAL_MARKERS):
            continue  # 將4.49億元存入X指定帳戶: X is the object of a disposal clause
        cl = [p for p in parties if a <= p.start < b and ok(p) and p.marker is None]
        if cl:
            return chain_head(view, parties, cl[0], people)
    if topic is not None and X.DEICTIC.within(view, ctx.start, hit.start):
        return topic
    if topic is not None and view[ctx.start : hit.start].lstrip(L.SPACES).startswith(L.CONTINUATIONS):
        return topic  # …；及通过将…: the subject of the sentence before goes on
    if topic is not None and view[ctx.start : hit.start].lstrip(L.SPACES).startswith(D.ZERO_SUBJECT_OPENERS):
        return topic  # X发布公告。拟以N认购Y…: the dropped subject is the company the text is about
    return None


def _marked(ctx: SentenceContext, ci: int, hit: Hit, dtype: str) -> _Marked:
    view, parties = ctx.view, ctx.parties
    ca, cb = ctx.clauses[ci]

    frame_marks = {w for w, _ in hit.trigger.frame.cues}

    def symmetric(p: Party) -> bool:
        # 与Y签署 (a joint act), or a marker the frame reads as the other party's (与R以售后回租); 联合Y
        # / 伙拍Y mark a partner in any deal (roles_of: on the subject's side in a bid or a buy)
        return (
            dtype == "agreement"
            or p.marker in frame_marks
            or p.marker in J.JOINT_ACTOR_MARKERS
            or X.SYMMETRIC_WORDS.within(view, p.end, hit.end)
        )

    marked = [
        p
        for p in parties
        if ca <= p.start < hit.start and p.marker is not None and not p.modifier and p.usable
        and (p.marker_kind != "with" or symmetric(p))
    ]  # fmt: skip
    # a 由/以-phrase may sit in an earlier clause (由国泰以250亿元，取得…)
    swap = next(
        (
            p
            for p in reversed(parties)
            if ca <= p.start < hit.start and p.marker_kind == "subject" and p.usable
        ),
        None,
    )
    if swap is not None and _closed_item(ctx, swap.end, hit):
        swap = None  # 由A领投、B跟投: the 由-phrase belongs to the verb that closed its list item
    if swap is not None:
        swap = list_head(view, parties, swap)
    bene = next((p for p in reversed(marked) if p.marker_kind == "beneficiary"), None)
    other = next((p for p in reversed(marked) if p.marker_kind in ("other", "with")), None)
    if (
        dtype == "fundraising"
        and swap is not None
        and swap.marker in L.RECEIVED_FROM_MARKERS
        and other is None
    ):
        swap, other = None, swap  # X获B融资N: X raises, B finances
    elif (
        dtype == "fundraising"
        and other is not None
        and other.marker != L.TOWARDS
        and other.marker not in R.FINANCED_PARTY_MARKERS
        and not any(v in view[other.end : hit.start] for v in L.GIVING_VERBS)
    ):
        other = None  # 与Y融资 names no financier — but 对Y(提供)融资: Y raises
    if other is not None:
        other = list_head(view, parties, other)  # 向X、Y转让: the first of the marked list
    obj = None if dtype in ("fundraising", "debt", "capex") else _object_party(ctx, hit, cb)
    if (
        other is None
        and obj is not None
        and hit.trigger.subject == "counterparty"
        and unnamed_other(ctx, ca, hit.start)
    ):
        obj = None  # 向某投资者出售Y股权: the buyer is unnamed, Y is what is sold
    if _stake_of_object(ctx, hit, dtype, other, obj):
        obj = None  # X转让其持有的Y 15%股份: Y's stake is what is sold, the buyer is not named here
    if other is not None and bene is None and _lender_of_guaranteed(ctx, other, hit):
        other = None  # 为子公司(unnamed)向花旗银行申请的借款提供担保: the bank lends, it is not guaranteed
    return _Marked(swap, bene, other, obj, trigger_owner(ctx, ca, hit))


def roles_of(
    ctx: SentenceContext,
    ci: int,
    hit: Hit,
    dtype: str,
    topic: Mention | None,
    objects: frozenset[Party],
) -> Roles:
    """Agent, counterparty and co-agents of a deal word read as a deal of ``dtype``."""
    ca, cb = ctx.clauses[ci]
    m = _marked(ctx, ci, hit, dtype)
    partners: tuple[Mention, ...] = ()
    if (
        m.other is not None
        and m.other.marker_kind == "with"
        and (
            _joint_giving(ctx, ca, hit, dtype, m.other.end)
            or L.CONSORTIUM.match(ctx.view, m.other.end)
            or (m.other.marker in J.JOINT_ACTOR_MARKERS and dtype in J.JOINT_ACT_TYPES)
        )
    ):
        # X与Y及Z共同出资: Y and Z give with X
        partners = tuple(p.mention for p in chain(ctx.view, ctx.parties, m.other, hit.start))
        m = replace(m, other=None)
    exclude = (
        frozenset(p for p in (m.swap, m.beneficiary, m.other, m.object, m.owner) if p is not None) | objects
    )
    if m.swap is not None:  # 由A及B共同认购: B is of the 由-list, no subject
        exclude |= frozenset(chain(ctx.view, ctx.parties, m.swap, hit.start))
    # people sell their own shares (许家印减持旧股): a person may be the agent of a share sale
    # people sell shares they hold (X及Y拟将其持有的股份转让给Z): a person may be a seller too
    sells = dtype == "acquisition" and hit.trigger.subject == "counterparty"
    subj = subject_of(ctx, ci, hit, exclude, topic, people=dtype in L.PERSON_AGENT_TYPES or sells)
    subj_m = subj.mention if isinstance(subj, Party) else subj
    explicit = isinstance(subj, Party) and ca <= subj.start < cb
    # a seller, lessor, supplier (the receiver is the agent), or a buyer (X与Y签署协议，购买…)
    carries = (
        hit.trigger.subject == "counterparty"
        or (dtype in R.CARRIED_PARTNER_TYPES and R.VERB_LEADS.fullmatch(ctx.view, ca, hit.start) is not None)
        or (
            dtype == "acquisition"
            and isinstance(subj, Party)
            and R.SALE_AGREEMENTS.search(ctx.view, subj.end, ca) is not None
        )
    )
    if carries and isinstance(subj, Party) and not explicit and m.other is None and m.object is None:
        m = replace(m, other=_carried_partner(ctx, subj, ca))
    if m.owner is not None:
        roles = _owned_roles(ctx, hit, dtype, m.owner, subj_m)
        target = m.other or m.object
        if (
            hit.trigger.subject == "counterparty"
            and target is not None
            and target.mention.iri != m.owner.mention.iri
        ):
            # X持有的股份转让给Y: the object or marked party plays the role the owner leaves open
            roles.setdefault(OPPOSITE[next(iter(roles))], target.mention)
    elif m.swap is not None:
        roles = _swapped_roles(ctx, hit, dtype, m, subj_m)
    elif m.beneficiary is not None and m.other is not None and _nested_other(ctx, m, hit):
        # 为D向L借款提供担保: D is the subject of the nested deal, 向 marks its other party
        role = hit.trigger.subject
        roles = {role: m.beneficiary.mention, OPPOSITE[role]: m.other.mention}
    elif m.beneficiary is not None:
        recv = L.RECEIVER_ROLE.get(dtype, "counterparty")
        roles = {recv: m.beneficiary.mention, OPPOSITE[recv]: subj_m}
    else:
        roles = _subject_roles(ctx, ca, hit, dtype, m, subj)
    co: tuple[Mention, ...] = ()
    if isinstance(subj, Party) and roles.get("agent") is subj_m:
        co = tuple(p.mention for p in chain(ctx.view, ctx.parties, subj, hit.start)[1:])
    elif m.swap is not None and roles.get("agent") is m.swap.mention:
        co = tuple(p.mention for p in chain(ctx.view, ctx.parties, m.swap, hit.start)[1:])  # 由A、B牵头
    co_cp: tuple[Mention, ...] = ()
    marked_cp = next(
        (p for p in (m.other, m.swap) if p is not None and roles.get("counterparty") is p.mention), None
    )
    if marked_cp is not None:
        # 与A、B签订 / 获A、B及C共同主办: the rest of the marked list is on the counterparty's side
        co_cp = tuple(p.mention for p in chain(ctx.view, ctx.parties, marked_cp, hit.start)[1:])
    if partners and roles.get("agent") is subj_m:
        co = (*co, *(m for m in partners if m.iri not in {x.iri for x in co}))
    # X和A银行、B银行组成的银团: the marked list is the other side, not co-agents of X
    other_side = {x.iri for x in (roles.get("counterparty"), *co_cp) if x is not None}
    co = tuple(x for x in co if x.iri not in other_side)
    return Roles(roles.get("agent"), roles.get("counterparty"), co, explicit, m.object, subj_m, co_cp)


def _nested_other(ctx: SentenceContext, m: _Marked, hit: Hit) -> bool:
    """为D向L借款: the 向-party stands after the beneficiary and no other deal word lies between it
    and this one (the 提供担保 after the loan keeps D as its receiver)."""
    if m.beneficiary is None or m.other is None or m.other.start < m.beneficiary.start:
        return False
    return not any(m.other.end <= h.start < hit.start for h in ctx.hits if h is not hit)


def _joint_giving(ctx: SentenceContext, ca: int, hit: Hit, dtype: str, partner_end: int) -> bool:
    """共同出资 / 联合投资: the deal word (or the words just before it) makes the act joint."""
    if dtype not in L.JOINT_GIVING_TYPES and dtype not in J.JOINT_ACT_TYPES:
        return False
    view = ctx.view
    before = view[max(ca, hit.start - 3) : hit.start]
    if view.startswith(L.JOINT_GIVING_BEFORE, hit.start) or before.endswith(L.JOINT_GIVING_BEFORE):
        return True
    # X与Y联合以N竞得 / 与Y共同以N收购: the joint word right after the partner, a 以-price between
    return dtype in J.JOINT_ACT_TYPES and J.JOINT_PRICED.match(view, partner_end, hit.start) is not None


def _carried_partner(ctx: SentenceContext, subj: Party, ca: int) -> Party | None:
    """S与B签署买卖协议，以N脱售土地: the elided subject's clause names its partner (与B + a
    signing verb), and the partner carries over to the deal word of the next clause."""
    partners = [
        p
        for p in ctx.parties
        if subj.end <= p.start < ca and p.marker_kind == "with" and p.usable and not p.modifier
        and X.SYMMETRIC_WORDS.within(ctx.view, p.end, ca)
    ]  # fmt: skip
    return partners[-1] if partners else None


def _owned_roles(
    ctx: SentenceContext, hit: Hit, dtype: str, owner: Party, subj_m: Mention | None
) -> dict[str, Mention | None]:
    """X的现金增资 / 供股的X: X receives; X的投资 / X的大订单: X acts, as its subject would."""
    trig = hit.trigger
    held = ctx.view[min(owner.end, hit.start) : hit.start]
    # X持有的认股权证: the holder receives — but X持有的股份转让给Y: the holder of what a giving
    # frame hands over (a seller's shares, a lessor's plant) gives it
    holds = any(v in held for v in L.HOLDING_VERBS) and trig.subject != "counterparty"
    receives = dtype in L.OWNER_RECEIVES_TYPES or trig.subtype in L.OWNER_RECEIVES_SUBTYPES or holds
    recv = L.RECEIVER_ROLE.get(dtype, "counterparty") if receives else trig.subject
    if dtype in L.GIVER_ROLE and any(v in held for v in L.GIVING_VERBS):
        recv = L.GIVER_ROLE[dtype]  # X提供的借款: X lends
    roles: dict[str, Mention | None] = {recv: owner.mention}
    if subj_m is not None and subj_m.iri != owner.mention.iri:
        roles[OPPOSITE[recv]] = subj_m
    return roles


def _swapped_roles(
    ctx: SentenceContext, hit: Hit, dtype: str, m: _Marked, subj_m: Mention | None
) -> dict[str, Mention | None]:
    """由X租用 / 获X注资 / 被X收购: the marked party plays the subject's role — the giver's after
    提供 (由X提供租赁服务: X lets; 由X提供贷款: X lends)."""
    assert m.swap is not None
    subject_role = hit.trigger.subject
    if hit.trigger.subtype in R.WORKS_SUBTYPES and m.swap.marker in R.AWARD_RECEIVING:
        subject_role = "agent"  # 东元拿下台电N统包工程: the contractor receives, the owner awards
    gap = ctx.view[m.swap.end : hit.start]
    if dtype in L.GIVER_ROLE and (m.swap.marker in R.SOURCE_MARKERS or any(v in gap for v in L.GIVING_VERBS)):
        subject_role = L.GIVER_ROLE[dtype]  # 获得来自X的投资 / 由X提供贷款: X gives
    if dtype == "purchase" and any(v in gap for v in R.AWARDING_VERBS):
        subject_role = "agent"  # 获X授予(颁发)…合约: X awards the contract, it buys the works
    rest = subj_m if subj_m is not None and subj_m.iri != m.swap.mention.iri else None
    if rest is not None and _another_item(ctx, m.swap.start, rest):
        rest = None  # 另一宗地块由Y摘得: a new item, no role for the company under discussion
    if rest is None:
        target = m.other or m.object
        rest = target.mention if target else None
    return {subject_role: m.swap.mention, OPPOSITE[subject_role]: rest}


def _another_item(ctx: SentenceContext, marked: int, rest: Mention) -> bool:
    """The marked party's clause opens on another item (另一宗地块由Y…) and the other role would
    come from outside that clause (the company under discussion)."""
    ca, _ = ctx.clause_at(marked)
    return not ca <= rest.start < marked and D.ANOTHER_ITEM.search(ctx.view, ca, marked) is not None


def _stake_of_object(
    ctx: SentenceContext, hit: Hit, dtype: str, other: Party | None, obj: Party | None
) -> bool:
    """The party after a transfer verb is the company whose stake changes hands (转让Y 15%股份) —
    a market sale (出售所持Y股份) keeps its reading as a divestment of Y."""
    return (
        dtype == "acquisition"
        and other is None
        and obj is not None
        and hit.trigger.subject == "counterparty"
        and R.STAKE_OF_OBJECT.match(ctx.view, obj.end) is not None
    )


def _subject_roles(
    ctx: SentenceContext, ca: int, hit: Hit, dtype: str, m: _Marked, subj: Party | Mention | None
) -> dict[str, Mention | None]:
    """The subject plays the trigger's subject role — or the receiver's after 获得, the issuer's
    after 发行, the giver's after 提供; the object or marked party plays the other role."""
    subj_m = subj.mention if isinstance(subj, Party) else subj
    gap_start = max(ca, subj.end) if isinstance(subj, Party) and subj.end <= hit.start else ca
    gap = ctx.view[gap_start : hit.start]
    role: str = hit.trigger.subject
    if _receiving(gap):
        role = hit.trigger.frame.receiver or L.RECEIVING_SUBJECT_ROLE.get(dtype) or role
    elif any(v in gap for v in L.ISSUING_VERBS):
        role = "agent"  # X发行债券 / 发行新股 / 发行认股权证: the issuer
    elif dtype in L.GIVER_ROLE and (any(v in gap for v in L.GIVING_VERBS) or _financed_party(dtype, m)):
        role = L.GIVER_ROLE[dtype]
    roles: dict[str, Mention | None] = {role: subj_m}
    target = m.other or m.object
    if target is not None:
        roles[OPPOSITE[role]] = target.mention
    return roles


def _financed_party(dtype: str, m: _Marked) -> bool:
    """X对Y融资: Y, marked by 对, raises what the subject gives."""
    return dtype == "fundraising" and m.other is not None and m.other.marker in R.FINANCED_PARTY_MARKERS


def _receiving(gap: str) -> bool:
    """获得投资 / 取得融资: the subject receives (获准投资 is approval, not receipt)."""
    for v in L.RECEIVING_VERBS:
        i = gap.find(v)
        while i >= 0:
            after = gap[i + len(v) : i + len(v) + 1]
            if not after or after not in L.RECEIVING_BLOCKERS:
                return True
            i = gap.find(v, i + len(v))
    return False


def trigger_owner(ctx: SentenceContext, ca: int, hit: Hit) -> Party | None:
    """X的现金增资 / 供股的X: the party the trigger belongs to."""
    view, parties = ctx.view, ctx.parties
    for p in reversed(parties):
        if ca <= p.start and p.end <= hit.start and p.usable:
            if p.marker_kind == "other":
                break  # 对X的投资: X is the object of 对, not the owner (就X的融资: X owns it)
            gap = view[p.end : hit.start]
            if (len(gap) <= 4 and gap.rstrip().endswith(L.POSSESSIVE_PARTICLES)) or (
                len(gap) <= 6 and gap.startswith(L.DE)
            ):
                return p
            break
    if view[hit.end : hit.end + 2].startswith(L.DE):
        nxt = next((p for p in parties if p.start >= hit.end), None)
        if nxt is not None and nxt.start - hit.end <= 2 and nxt.usable:
            return nxt
    return None


def _closed_item(ctx: SentenceContext, at: int, hit: Hit) -> bool:
    """An investor's verb between ``at`` and ``hit`` closes a list item (A领投、B跟投)."""
    return any(
        at <= h.start < hit.start and h.trigger.frame.joins_round and ctx.view.startswith(L.LIST_COMMA, h.end)
        for h in ctx.hits
    )


def _object_party(ctx: SentenceContext, hit: Hit, clause_end: int) -> Party | None:
    """The first party after the deal word in its clause — not, after an investor's verb, one
    after a list comma (A、B领投、C参与认购: the verb closes a list item, C is the next subject)."""
    view = ctx.view
    for p in ctx.parties:
        if hit.end <= p.start < clause_end and not p.modifier:
            gap = view[hit.end : p.start].lstrip(L.SPACES)
            # …认购2.6亿元、B认购…: the figure closes the item too
            if hit.trigger.frame.joins_round and any(ch in gap for ch in L.LIST_COMMA):
                return None
            if _located(view, ctx.masked_span(hit.end, p.start), p):
                continue  # 投资N在Y合作区建设: a place where the money goes, no investee
            return p if p.usable else None
    return None


def _lender_of_guaranteed(ctx: SentenceContext, other: Party, hit: Hit) -> bool:
    """向L申请的借款提供担保: a guarantee's 向-party followed by a loan word is the guaranteed loan's
    lender, not the debtor."""
    if hit.trigger.subtype not in L.GUARANTEE_SUBTYPES or other.marker != L.TOWARDS:
        return False  # 就Y的银行融资提供担保: 就 marks the debtor
    return any(other.end <= h.start < hit.start and h.trigger.type == "debt" for h in ctx.hits)


def _located(view: str, gap: str, p: Party) -> bool:
    """在Y / 于Y市: a party right after a locative is a place (投资N于字节跳动: 于 marks the investee);
    after a build or development verb it is what the money builds."""
    if gap.endswith(O.LOCATIVES) or any(w in gap for w in (*L.BUILD_WORDS, *O.DEVELOPING_VERBS)):
        return True  # 投资N发展Y: Y is what the money develops
    return gap.endswith(O.PLACE_LOCATIVES) and view[p.start : p.end].endswith(L.NOT_COMPANY_HEADS)


def distributive(ctx: SentenceContext, agent: Mention | None, hit: Hit) -> list[Mention]:
    """X与Y都与Z签约: one deal per subject."""
    if agent is None:
        return []
    parties = ctx.parties
    idx = [k for k, p in enumerate(parties) if p.mention is agent and p.end <= hit.start]
    if not idx:
        return []
    members = chain(ctx.view, parties, parties[idx[-1]], hit.start)
    if len(members) < 2 or members[0].start < ctx.clause_at(hit.start)[0]:
        return []  # a list of another clause (A、B分别出资N1、N2，另以资产出资N3) distributes nothing here
    tail = ctx.view[members[-1].end : hit.start]
    if any(w in tail[:5] for w in L.DISTRIBUTIVE):
        return [p.mention for p in members]
    return []


def borrower_after(ctx: SentenceContext, hit: Hit, cb: int, lender: Mention | None = None) -> Mention | None:
    """A银行贷款N予Y / 放款N给Y: the party 予/给 marks after the loan word borrows; X与以A银行为首的银团
    签订贷款协议: the party before the syndicate A leads borrows."""
    after = next(
        (
            p.mention
            for p in ctx.parties
            if hit.end <= p.start < cb
            and p.usable
            and not p.modifier
            and p.marker in R.LOAN_RECIPIENT_MARKERS
        ),
        None,
    )
    if after is not None or lender is None or not R.LED_SYNDICATE.search(ctx.view, ctx.start, lender.start):
        return after
    ca, _ = ctx.clause_at(lender.start)
    return next((p.mention for p in ctx.free_parties(ca, lender.start) if p.marker is None), None)


def holder_of(ctx: SentenceContext, hit: Hit, target: Mention | None) -> Mention | None:
    """受让B持有的X股份 / 收购B所持X股权: the holder B of the stake bought after the deal word sells it."""
    if target is None:
        return None
    for p in ctx.parties:
        if (
            hit.end <= p.start
            and p.end <= target.start
            and R.HOLDER_LINK.fullmatch(ctx.view, p.end, target.start)
        ):
            return p.mention
    return None
