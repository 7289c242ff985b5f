"""The equity side of a sentence's deals: rounds and their investors, placees, stakes, contributions,
the house acting through its fund, the raiser an investor joins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.model.frozen import replace
from pipeline.model.records import Amount, Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.candidates import Candidate, pair_of
from pipeline.nlp.deals.context import Discourse, SentenceContext
from pipeline.nlp.deals.investor_intros import introduced_list
from pipeline.nlp.deals.labels import respective_figures
from pipeline.nlp.deals.parties import Party, chain, chain_head
from pipeline.nlp.deals.reading import Reading
from pipeline.nlp.deals.triggers import Hit
from pipeline.nlp.deals.unnamed import unnamed_buyer_marked, unnamed_other


def investees_invest_not(cands: list[Candidate]) -> list[Candidate]:
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


def _received_investee(cands: Sequence[Candidate]) -> Mention | None:
    """X获得N投资 (no investor named in the clause): X, the investee."""
    return next(
        (c.counterparty for c in cands if c.type == "investment" and c.agent is None and c.counterparty),
        None,
    )


def investors_named_later(cands: list[Candidate]) -> list[Candidate]:
    """X获得N战略投资，投资方为A: the investment read with no investor is A's (one investor named:
    A takes its figure; several: each has a deal of its own, the figure is the round's)."""
    figure_for: dict[int, Amount | None] = {}
    dropped: set[int] = set()
    for c in cands:
        if c.type != "investment" or c.agent is not None or c.counterparty is None:
            continue
        investee = c.counterparty.iri
        named = [
            d
            for d in cands
            if d.subtype == "investor" and d.counterparty is not None and d.counterparty.iri == investee
        ]
        if named:
            dropped.add(id(c))
        if len(named) == 1 and named[0].amount is None:
            figure_for[id(named[0])] = c.amount
    return [
        replace(c, amount=figure_for[id(c)]) if id(c) in figure_for else c
        for c in cands
        if id(c) not in dropped
    ]


def bracketed_figures(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """基石投资者包括：A（认购N1）、B（认购N2）及C: the figure in brackets after an investor is its own."""
    out = []
    for c in cands:
        m = (
            R.BRACKETED_SUBSCRIPTION.match(ctx.view, c.agent.end)
            if c.type == "investment" and c.agent
            else None
        )
        if m is not None and c.amount is None:
            figure = next((a for a in ctx.amounts if m.start() <= a.start and a.end <= m.end()), None)
            c = replace(c, amount=figure)
        out.append(c)
    return out


def listed_figures_win(cands: list[Candidate], listed: list[Candidate]) -> list[Candidate]:
    """应募人为A及B，双方将分别认购N1及N2: the list ties each investor to its figure; the deal word's
    own reading of an investor listed with a figure (双方 → the last pair) is dropped."""
    tied = {c.agent.iri for c in listed if c.agent is not None and c.amount is not None}
    kept = [c for c in cands if not (c.type == "investment" and c.agent is not None and c.agent.iri in tied)]
    return _fellows_invest_not(kept, listed)


def _fellows_invest_not(cands: list[Candidate], listed: list[Candidate]) -> list[Candidate]:
    """基石投资者包括A（认购N）、B及C: a deal word inside the list reads the next members as A's
    investees — fellow investors invest in none of each other; A's figure goes to A's listed deal."""
    members = {c.agent.iri for c in listed if c.agent is not None}

    def fellows(c: Candidate) -> bool:
        a, cp = c.agent, c.counterparty
        return c.type == "investment" and a is not None and cp is not None and {a.iri, cp.iri} <= members

    figures = {c.agent.iri: c.amount for c in cands if fellows(c) and c.agent is not None and c.amount}
    own = [
        replace(c, amount=figures[c.agent.iri])
        if c.agent is not None and c.amount is None and c.agent.iri in figures
        else c
        for c in listed
    ]
    return [c for c in cands if not fellows(c)] + own


def named_subscribers(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """X公布，与认购人Y订立认购协议，认购人有条件同意认购N股: the role noun leading the clause is
    the party it described earlier — Y subscribes, the other party named before (X) issues."""
    view = ctx.view
    out = []
    for c in cands:
        ca, _ = ctx.clause_at(c.trigger_start)
        lead = view[ca : c.trigger_start].lstrip(L.SPACES)
        noun = next((w for w in R.SUBSCRIBER_NOUNS if lead.startswith(w)), None)
        named = [p for p in ctx.parties if noun and p.start < ca and view.endswith(noun, ctx.start, p.start)]
        if c.type == "investment" and named:
            subscriber = named[0].mention
            issuer = next(
                (p.mention for p in ctx.free_parties(ctx.start, ca) if p.mention.iri != subscriber.iri), None
            )
            c = replace(c, agent=subscriber, counterparty=issuer)
        out.append(_labelled_subscriber(ctx, c))
    return out


def _labelled_subscriber(ctx: SentenceContext, c: Candidate) -> Candidate:
    """X拟发行股票，认购对象为Y，认购金额为N: the investment read with the issuer as subject is Y's
    subscription into X."""
    if c.type != "investment" or c.counterparty is not None or c.agent is None:
        return c
    m = R.SUBSCRIBER_LABEL.search(ctx.view, ctx.start, c.trigger_start)
    named = [p for p in ctx.parties if m is not None and p.start >= m.end() and p.usable and not p.modifier]
    if not named or named[0].mention.iri == c.agent.iri or named[0].start > c.trigger_start:
        return c
    return replace(c, agent=named[0].mention, counterparty=c.agent)


def placees_invest(cands: list[Candidate]) -> list[Candidate]:
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


def stakes_of_investments(cands: list[Candidate]) -> list[Candidate]:
    """A投资X N，取得X 10%股权 / A增资X，持有其股权: the stake is what the investment buys — no
    acquisition of its own (one without a figure, between the investment's two parties)."""
    invested = {pair_of(c) for c in cands if c.type == "investment"} - {(None,)}
    return [c for c in cands if not (c.type == "acquisition" and c.amount is None and pair_of(c) in invested)]


def round_investors_apart(cands: list[Candidate]) -> list[Candidate]:
    """X完成N融资，由A和B共同投资: each named investor of a round the sentence states is a deal of
    its own (a figure they share is the round's, no one investor's)."""
    raisers = {c.agent.iri for c in cands if c.type == "fundraising" and c.agent is not None}
    out: list[Candidate] = []
    for c in cands:
        joint = c.type == "investment" and c.co_agents and c.agent is not None and c.counterparty is not None
        if not joint or c.counterparty is None or c.counterparty.iri not in raisers or c.agent is None:
            out.append(c)
            continue
        members = list(dict.fromkeys((c.agent, *c.co_agents)))
        out.extend(replace(c, agent=m, co_agents=(), amount=None) for m in members)
    return out


def received_rounds(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """X获A、B N融资 / X获得来自A的N融资: X raises the round (no counterparty); the financiers
    the receiving or source word marks each invest in X (a lone financier with the figure)."""
    invested = {
        (c.agent.iri, c.counterparty.iri)
        for c in cands
        if c.type == "investment" and c.agent is not None and c.counterparty is not None
    }
    out: list[Candidate] = []
    for c in cands:
        raiser, investors = _received_from(ctx, c)
        if raiser is None:
            out.append(c)
            continue
        # X获A领投的N融资: A's own reading (the lead, no figure) states its investment already
        investors = tuple(m for m in investors if (m.iri, raiser.iri) not in invested)
        out.append(replace(c, agent=raiser, counterparty=None, co_agents=(), co_counterparties=()))
        # one financier: the figure is its own too (X获Y融资N); several share the round's
        figure = c.amount if len(investors) == 1 else None
        out.extend(
            Candidate("investment", m, raiser, c.sentence, c.trigger_start, subtype="investor", amount=figure)
            for m in investors
            if m.iri != raiser.iri
        )
    return out


def _received_from(ctx: SentenceContext, c: Candidate) -> tuple[Mention | None, tuple[Mention, ...]]:
    """The raiser and the financiers of a raise read with a financier as a party."""
    if c.type != "fundraising" or c.agent is None or c.counterparty is None:
        return None, ()
    marked = {
        p.mention.start: p
        for p in ctx.parties
        if p.marker in L.RECEIVED_FROM_MARKERS or p.marker in R.SOURCE_MARKERS
    }
    for raiser, financier, others in (
        (c.counterparty, c.agent, c.co_agents),
        (c.agent, c.counterparty, c.co_counterparties),
    ):
        if financier.start in marked and raiser.start < financier.start and raiser.start not in marked:
            return raiser, (financier, *others)
    financed = {p.mention.start for p in ctx.parties if p.marker in R.FINANCED_PARTY_MARKERS}
    if c.agent.start in financed and c.counterparty.start < c.agent.start:
        return c.agent, (c.counterparty, *c.co_counterparties)  # X对Y融资: Y raises, X finances
    return None, ()


def raisers_from_investors(cands: list[Candidate]) -> list[Candidate]:
    """A、B领投、C参与认购，完成A轮融资N: the investors are no raisers — the round is the
    investee's (the company they invest in)."""
    pairs = {
        (c.agent.iri, c.counterparty.iri)
        for c in cands
        if c.type == "investment" and c.agent is not None and c.counterparty is not None
    }
    # X配售新股给Y (Y invests in X) beside a misread X投资Y: the raise stays X's
    investee = {
        c.agent.iri: c.counterparty
        for c in cands
        if c.type == "investment"
        and c.agent is not None
        and c.counterparty is not None
        and (c.counterparty.iri, c.agent.iri) not in pairs
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


def stated(cands: Sequence[Candidate]) -> dict[str, Candidate]:
    """The deals the sentence stated so far, by type (the last of each), as the discourse keeps them."""
    return {c.type: c for c in cands if c.agent is not None and c.attach is None}


def fellow_investee(party: Mention, before: Sequence[Candidate]) -> Mention | None:
    """The investee of an investment the sentence states with ``party`` as investor."""
    return next(
        (
            c.counterparty
            for c in reversed(before)
            if c.type == "investment"
            and c.agent is not None
            and c.agent.iri == party.iri
            and c.counterparty is not None
        ),
        None,
    )


def nearer_raiser(investee: Mention, hit: Hit, before: Sequence[Candidate]) -> Mention | None:
    """The raiser of a round the sentence states, named between the investee read and the
    investor's verb."""
    raise_ = stated(before).get("fundraising")
    if raise_ is None or raise_.agent is None:
        return None
    raiser = raise_.agent
    return raiser if investee.end <= raiser.start and raiser.end <= hit.start else None


def relative_investor(r: Reading) -> Reading:
    """A领投的X B轮融资: the investor's verb in a relative clause — A before it invests, X after
    it (the round's owner) is the investee."""
    a, cp, hit = r.agent, r.counterparty, r.hit
    if a is not None and cp is not None and cp.end <= hit.start and a.start >= hit.end:
        return replace(r, agent=cp, counterparty=a)
    return r


def round_owner(recent: Mapping[str, Candidate]) -> Mention | None:
    """The company whose funding round is under discussion: the last raiser, else the investee
    of the last investment into a round."""
    raise_ = recent.get("fundraising")
    if raise_ is not None and raise_.agent is not None:
        return raise_.agent
    inv = recent.get("investment")
    return inv.counterparty if inv is not None else None


def investor_phrases(
    ctx: SentenceContext, recent: Mapping[str, Candidate], before: Sequence[Candidate] = ()
) -> list[Candidate]:
    """X、Y等天使輪投資方: X is an investor in the company whose round is under discussion (or in
    the company that brings them in: X引入7名基石投资者，包括A、B及C; or that received an
    investment: X获得N战略投资，投资方为A)."""
    view, parties = ctx.view, ctx.parties
    owner = introducer(ctx) or round_owner(recent) or _received_investee(before)
    if owner is None:
        return []
    # X引入A、B等14家战略投资者: the sentence states the investors' entry — one deal each
    entry = L.INVESTORS_INTRODUCED.search(view, ctx.start, ctx.end)
    introduced = entry is not None
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
        if intro is None:
            intro = introduced_list(view, ctx.start, lead_in, members[-1].end, entry)
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
            Candidate("investment", house_of(ctx, c), owner, ctx.sentence, at, amount=a, subtype="investor")
            for c, a in zip(named, figures, strict=True)
        )
    return out


def buyer_named(ctx: SentenceContext, r: Reading) -> bool:
    """A buyer's verb (购入) names its buyer as subject; a seller's (出售) must mark it: 向B出售,
    出售…予B, 出售给B (出售大部份持股后 names no buyer)."""
    if r.hit.trigger.subject == "agent":
        return True
    view, hit = ctx.view, r.hit
    ca, cb = ctx.clauses[r.ci]
    if r.agent is None and (unnamed_other(ctx, ca, hit.start) or unnamed_buyer_marked(view, hit.start, cb)):
        return True  # 向某投资者出售Y股权 / 出售给一名买家: the buyer is marked, though unnamed
    for p in ctx.parties:
        if r.agent is None or p.mention is not r.agent:
            continue
        if p.marker in R.BUYER_MARKERS or (p.start >= hit.end and not view[hit.end : p.start].strip()):
            return True
    return False


def stake_traded(view: str, hit: Hit, ca: int, cb: int) -> bool:
    """A stake after the deal word in its clause (购入X 30%股权), or disposed of before it (将所持X
    40%股份出售给Y)."""
    if X.STAKE_WORDS.within(view, hit.end, cb):
        return True
    disposal = max(view.rfind(w, ca, hit.start) for w in L.DISPOSAL_MARKERS)
    return disposal >= 0 and X.STAKE_WORDS.within(view, disposal, hit.start)


def raiser_before(investor: Mention, before: Sequence[Candidate]) -> Mention | None:
    """X完成N融资，其中A投资N1，B投资N2: an investment naming no investee, after a raise the same
    sentence states, goes into that raise."""
    raise_ = stated(before).get("fundraising")
    if raise_ is None or raise_.agent is None or raise_.agent.iri == investor.iri:
        return None
    return raise_.agent


def registered_capital(ctx: SentenceContext, disc: Discourse, r: Reading) -> Reading:
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


def founded(ctx: SentenceContext, hit: Hit, agent: Mention | None) -> Mention | None:
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


def is_fund(view: str, m: Mention) -> bool:
    """A fund or venture arm by its name (X资本, Y基金, Z Capital)."""
    return view[m.start : m.end].casefold().rstrip(L.SPACES).endswith(R.FUND_NAME_HEADS)


def house_of(ctx: SentenceContext, p: Party) -> Mention:
    """中国移动旗下中移资本 in a list of investors: the house investing through its fund."""
    return acting_parent(ctx, p.mention, "investment") or p.mention


def acting_parent(
    ctx: SentenceContext, agent: Mention | None, dtype: str, house: bool = True
) -> Mention | None:
    """X拟透过子公司Y以N认购…: the parent acting through a subsidiary is the agent (Y the vehicle);
    so is an investor's house whose fund invests (X旗下Y基金认购N) — with ``house`` False only a
    fund by its name (X旗下的Y集团投资N: the subsidiary invests)."""
    if agent is None:
        return None
    house = house or is_fund(ctx.view, agent)
    for p in ctx.parties:
        org = p.mention.type == "organization" and p.mention.iri != agent.iri
        if not org or p.end > agent.start:
            continue
        if R.THROUGH_VEHICLE.fullmatch(ctx.view, p.end, agent.start):
            return p.mention
        link = R.INVESTING_VEHICLE.fullmatch(ctx.view, p.end, agent.start)
        # 腾讯旗下基金林芝腾讯 / X的投资子公司Y: the link names the vehicle a fund
        if dtype == "investment" and link and (house or any(w in link.group() for w in R.FUND_LINK_WORDS)):
            return p.mention
    return agent


def introducer(ctx: SentenceContext, same_clause: bool = False) -> Mention | None:
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


def round_participants(
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
    owner = owner_party.mention if owner_party else round_owner({**disc.recent, **stated(before)})
    if owner is None:
        return []
    members = chain(ctx.view, ctx.parties, chain_head(ctx.view, ctx.parties, last), at)
    return [
        Candidate("investment", p.mention, owner, ctx.sentence, p.start, subtype="investor")
        for p in members
        if p.mention.iri != owner.iri
    ]


def lead_participant(ctx: SentenceContext, ca: int, hit: Hit, dtype: str) -> Party | None:
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
    cands = ctx.free_parties(ca, hit.start)
    return cands[0] if cands else None


def joined_raiser(ctx: SentenceContext, r: Reading) -> Mention | None:
    """A参与X(的)定增: the party 参与 marks right before a raise word is the raiser."""
    if r.agent is None:
        return None
    for p in ctx.parties:
        joins = p.marker in R.JOINING_MARKERS and p.end <= r.hit.start and p.mention.iri != r.agent.iri
        if joins and R.RAISE_GAP.fullmatch(ctx.view, p.end, r.hit.start):
            return p.mention
    return None
