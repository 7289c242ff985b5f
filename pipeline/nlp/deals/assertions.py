"""Does a deal word state a deal? Not when it is hedged (可能, 若, 预测), a statistic over many deals
(累计, 三件投资案), a policy's subject (关于支持发行…), a way of dealing (…模式), a purpose (用于采购),
or when the word lacks what its reading needs (取得 + 股权, 上市 + an exchange, 兴建 + a facility).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh import discourse as D
from pipeline.lang.zh import fund_names as FN
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.parties import list_head
from pipeline.nlp.deals.triggers import Hit

#: how far a company may stand before its own budget word (X今年资本支出, X 2026年资本支出)
OWN_BUDGET_GAP = 6
#: how far around a listing word its exchange may stand
EXCHANGE_REACH = 8


def live(ctx: SentenceContext, hit: Hit) -> bool:
    """A trigger that states a deal: not hedged, and with what its reading needs."""
    ca, cb = ctx.clause_at(hit.start)
    if not _has_needs(ctx, hit, ca, cb) or not _owned_listing(ctx, hit):
        return False
    view = ctx.view
    about = view.rfind(L.ABOUT, ca, hit.start)
    if about >= 0 and view[about + len(L.ABOUT) :].startswith(L.POLICY_VERBS):
        return False  # 关于支持发行科技创新债券的公告: a policy's subject, not a deal
    if view[hit.end : hit.end + 4].lstrip(L.SKIP_AFTER_TRIGGER).startswith(L.MODE_NOUNS):
        return False  # 「直接共同投资」模式: a way of doing deals, not a deal
    if view.startswith(L.NAME_HEAD_FOLLOWERS, hit.end) and view[max(ca, hit.start - 2) : hit.start].isalpha():
        return False  # 云溪投资拟向…转让: the word ends a name (an unrecognised company), it is no verb
    if _names_kind_or_source(ctx, hit, ca) or _no_verb(ctx, hit, ca, cb):
        return False
    if view.startswith(O.TIME_CLAUSE_AFTER, hit.end) and O.TIME_CLAUSE_LEAD.fullmatch(view, ca, hit.start):
        return False  # 增资完成后，其注册资本…: a time clause about the deal under discussion
    if O.COUNTED_ALLOTTEES.match(view, hit.end):
        return False  # 最终获配对象共12家: the allottees counted
    clause, head = _spans_read(ctx, hit, ca, cb)
    if X.HEDGES.inside(clause) or (aggregate(clause) and not _progress(ctx, hit)):
        return False
    if (
        L.COUNTED_GROUP.search(ctx.masked_span(ca, hit.start)) is not None
        and not _joins_offering(ctx, hit)
        and not _marked_group(ctx, hit, ca)
    ):
        return False  # 工大高科、华依科技等8家企业募资…: a statistic over the group
    if statistic(ctx, hit, clause):
        return False
    if X.REPORTED_AGGREGATE_WORDS.inside(head):
        return False  # 投审会统计，今年前8月侨外投资金额达…
    # hedges govern the clauses after them, up to a word that starts a new assertion
    for reset in L.DISCOURSE_RESETS:
        cut = head.rfind(reset)
        if cut >= 0:
            head = head[cut + len(reset) :]
    return not X.HEDGE_WORDS.inside(head)


def _owned_listing(ctx: SentenceContext, hit: Hit) -> bool:
    """X科创板IPO / X拟赴港股IPO: the company right before the board owns the listing (明年港股IPO
    集资额 names the market)."""
    if hit.trigger.frame.kind not in R.OWNED_LISTING_KINDS:
        return True
    return any(
        p.usable and R.IPO_OWNER_GAP.fullmatch(ctx.view, p.end, hit.start) is not None for p in ctx.parties
    )


def _marked_group(ctx: SentenceContext, hit: Hit, ca: int) -> bool:
    """X向A等六家银行借款N / 与A等8家银行签订: a role word marks the counted group — the other side of
    the deal (the lenders), no group of subjects counted."""
    before = [p for p in ctx.parties if ca <= p.start and p.end <= hit.start]
    return bool(before) and list_head(ctx.view, ctx.parties, before[-1]).marker_kind in ("other", "with")


def _joins_offering(ctx: SentenceContext, hit: Hit) -> bool:
    """X定增落地，A、B等12家机构获配: the counted group subscribes to the offering named before."""
    return hit.trigger.frame.joins_round and any(
        h.trigger.type == "fundraising" and h.end <= hit.start for h in ctx.hits
    )


def _progress(ctx: SentenceContext, hit: Hit) -> bool:
    """累计回购公司股份N股: the progress of a buyback, its shares right after the verb."""
    return (
        hit.trigger.subtype in R.CUMULATIVE_SUBTYPES
        and R.CUMULATIVE_OBJECT.match(ctx.view, hit.end) is not None
    )


def _names_kind_or_source(ctx: SentenceContext, hit: Hit, ca: int) -> bool:
    """签订投资协议: the agreement is the deal, 投资 names its kind; 资金来源为自有资金及银行贷款:
    a loan listed as a source of funds, with no lender named."""
    if hit.trigger.type == "investment" and ctx.view.startswith(L.AGREEMENT_NOUNS, hit.end):
        return True
    if hit.trigger.type != "debt" or R.FUNDING_SOURCES.search(ctx.view, ca, hit.start) is None:
        return False
    return not any(ca <= p.start < hit.start for p in ctx.parties)


def _no_verb(ctx: SentenceContext, hit: Hit, ca: int, cb: int) -> bool:
    """投资管理公司 / 投资巨头 (投资 modifies a noun); X在向Y收购前已持股… / 在X投资Y之前 (the deal
    word dates another fact): the word states no deal."""
    view = ctx.view
    if view[hit.start : hit.end] == D.INVESTMENT_WORD and view.startswith(D.INVESTMENT_NOUN_HEADS, hit.end):
        return True
    return _dates_another_fact(ctx, hit, ca, cb)


def _dates_another_fact(ctx: SentenceContext, hit: Hit, ca: int, cb: int) -> bool:
    """在 … deal word (its object) 前/之前: a time phrase, the clause states what held before."""
    if ctx.view.find(D.TIME_BEFORE_OPENER, ca, hit.start) < 0:
        return False
    after = ctx.masked_span(hit.end, cb).lstrip(L.MASK + L.SPACES)
    return after.startswith(D.TIME_BEFORE_WORDS)


def _spans_read(ctx: SentenceContext, hit: Hit, ca: int, cb: int) -> tuple[str, str]:
    """The deal word's clause and the sentence before it, masked, as the hedge test reads them: a
    capex a company estimates itself (沃旭能源预估，项目总投资额约达N / 台积电预估今年资本支出N /
    X财务长表示，预估今年资本支出N) is its plan, not a forecast about it."""
    clause, head = ctx.masked_span(ca, cb), ctx.masked_span(ctx.start, ca)
    if hit.trigger.type == "capex" and (_own_estimate(ctx, ca) or _estimated_own_budget(ctx, hit, ca)):
        for w in L.OWN_ESTIMATE_WORDS:
            clause, head = clause.replace(w, ""), head.replace(w, "")
    return clause, head


def _own_estimate(ctx: SentenceContext, ca: int) -> bool:
    """An organisation's own estimate: the word right after the party (X预估 / X预计), or leading
    the clause after the company or its officer spoke (X财务长表示，预估…)."""
    view = ctx.view
    if any(
        p.usable and p.mention.type == "organization" and view.startswith(L.OWN_ESTIMATE_WORDS, p.end)
        for p in ctx.parties
    ):
        return True
    leads = view[ca:].lstrip(L.SPACES).startswith(L.OWN_ESTIMATE_WORDS)
    return leads and any(p.mention.type == "organization" and p.start < ca for p in ctx.parties)


def _estimated_own_budget(ctx: SentenceContext, hit: Hit, ca: int) -> bool:
    """鸿海今年资本支出预估达N: the estimate word right after the company's own budget word, the
    company just before it (a time word between at most)."""
    view = ctx.view
    if not view.startswith(L.OWN_ESTIMATE_WORDS, hit.end):
        return False
    return any(
        p.usable
        and p.mention.type == "organization"
        and ca <= p.start
        and 0 <= hit.start - p.end <= OWN_BUDGET_GAP
        for p in ctx.parties
    )


def _has_needs(ctx: SentenceContext, hit: Hit, ca: int, cb: int) -> bool:
    view, needs = ctx.view, hit.trigger.needs
    if needs == "stake":
        return X.STAKE_WORDS.within(view, hit.end, cb)
    if needs == "exchange":
        if X.LISTING_NOT_AFTER.within(view, ca, hit.start):
            return False  # 维持…于联交所上市: the listing is kept, not made
        return X.EXCHANGES.within(
            view, max(ca, hit.start - EXCHANGE_REACH), min(cb, hit.end + EXCHANGE_REACH)
        )
    if needs == "facility":
        return X.FACILITY_NOUNS.within(view, hit.end, cb)
    if needs == "goods":
        # in the masked text: 电力 of 和平电力 is a name, not the power supplied
        return X.GOODS_NOUNS.inside(ctx.masked_span(max(ca, hit.start - L.GOODS_BEFORE), cb))
    if needs == "land":
        return X.LAND_NOUNS.within(view, ctx.start, cb)  # 摘得Y地块 / 该宗地块由X以N摘得
    if needs == "tender":
        return X.TENDER_WORDS.within(view, ca, cb)
    if needs == "bid":
        return X.LAND_NOUNS.within(view, ctx.start, cb) or X.WORKS_WON.within(view, hit.end, cb)
    if needs == "becoming":
        return X.BECOMING_VERBS.within(view, ca, hit.start)
    if needs == "fund":
        return FN.DESCRIBED_FUND_AFTER.match(view, hit.end, cb) is not None
    return True


def statistic(ctx: SentenceContext, hit: Hit, clause: str) -> bool:
    """A market total, an average, a league table or an order backlog: 共计85只新股…合计募资N,
    平均每家募资N, 以N的募资额居首, 在手订单金额达N."""
    head = ctx.masked_span(ctx.start, hit.start)
    if D.COUNTED_TOTAL.search(head[head.rfind(O.AMONG) + 1 :] if O.AMONG in head else head) is not None:
        return True
    if R.COUNTED_OBJECTS.match(ctx.view, hit.end) is not None:
        return True  # 共投资12家新创，总金额N: deals into a counted group, their total
    if hit.trigger.type == "fundraising" and ctx.view.startswith(D.MARKET_RAISE_FIGURES, hit.end):
        ca, _ = ctx.clause_at(hit.start)
        if D.MARKET_RAISE.search(ctx.view, ca, hit.start) is not None:
            return True  # 明年港股IPO集资额将达N: the market's total
    return X.STATISTIC_WORDS.inside(clause)


def aggregate(clause: str) -> bool:
    """A statistic over many deals: 累计, 件数, 两案总投资额, 30家机构共…"""
    return X.AGGREGATE_WORDS.inside(clause) or L.COUNTED_CASES.search(clause) is not None


def purpose_build(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit) -> bool:
    """投資5000億美元建設…: the build-out is what the money word before it is for."""
    if hit.trigger.needs != "facility":
        return False
    ca, _ = ctx.clause_at(hit.start)
    return any(ca <= h.start < hit.start and h.trigger.type != "agreement" for h in hits)


def purpose(ctx: SentenceContext, ca: int, hit: Hit) -> bool:
    """用于采购 / 以便收购: the deal word says what money is for."""
    return X.PURPOSE_WORDS.within(ctx.view, ca, hit.start)
