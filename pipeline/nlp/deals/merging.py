"""Pass 5 — one deal per real-world deal.

Candidates with the same type and compatible parties and figures merge (within a sentence and
across the article: restatements become extra evidence); a lead investor or seller named in its
own sentence joins the deal before it; a sentence's signing, net proceeds, project cost or
described build-out folds into the deal it belongs to.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh import discourse as D
from pipeline.model.records import Amount, Mention, Sentence
from pipeline.nlp.deals.candidates import Candidate, pair_of
from pipeline.nlp.deals.figures import close, more_precise, same_figure, vague, value_of
from pipeline.nlp.deals.restatements import rounds
from pipeline.nlp.deals.scoring import richness, substantial
from pipeline.text.view import to_view


def compatible(x: Candidate, y: Candidate, same_sentence: bool) -> bool:
    """Same deal? Same type and parties (a missing party or figure does not contradict)."""
    if x.type != y.type:
        if generic_raise_of(x, y) or generic_raise_of(y, x):
            return True
        # a cooperation of the same two parties restates their typed deal; in another sentence
        # only with the deal's own figure (这一合作被视为挑战 is comment, not a report)
        return (
            "agreement" in (x.type, y.type)
            and None not in pair_of(x)
            and pair_of(x) == pair_of(y)
            and (same_sentence or same_figure(x.amount, x.capacity, y.amount, y.capacity))
        )
    if {x.subtype, y.subtype} & L.PUBLIC_OFFER_SUBTYPES and {x.subtype, y.subtype} & L.PRIVATE_ROUND_SUBTYPES:
        return False  # the listing is no restatement of the rounds before it
    if (x.symmetric or y.symmetric) and None not in pair_of(x) and pair_of(x) == pair_of(y):
        return _figures_agree(x, y, same_sentence)
    if not _parties_agree(x, y, same_sentence):
        return False
    return _figures_agree(x, y, same_sentence)


def generic_raise_of(raise_: Candidate, typed: Candidate) -> bool:
    """X获10亿元融资 … X与中国银行签署10亿元贷款协议: a plain raise word (融资, 募资) with the
    figure of the same company's loan or bond reports that debt, not a raise of its own."""
    return (
        raise_.type == "fundraising"
        and raise_.subtype is None
        and raise_.counterparty is None
        and typed.type == "debt"
        and raise_.agent is not None
        and typed.agent is not None
        and raise_.agent.iri == typed.agent.iri
        and raise_.amount is not None
        and typed.amount is not None
        and close(raise_.amount, typed.amount)
    )


def _parties_agree(x: Candidate, y: Candidate, same_sentence: bool) -> bool:
    for p, q in ((x.agent, y.agent), (x.counterparty, y.counterparty)):
        if p is not None and q is not None and p.iri != q.iri and not _seller_of_target(x, y):
            return False
    if x.agent is None and y.agent is None:
        # two reports of an award to one contractor with its owner unnamed, with one figure
        return (
            x.counterparty is not None
            and y.counterparty is not None
            and x.amount is not None
            and y.amount is not None
            and close(x.amount, y.amount)
        )
    if (x.agent is None or y.agent is None) and (x.counterparty is None and y.counterparty is None):
        return False
    if same_sentence:
        return True
    if not (_names_parties(x, y) and _names_parties(y, x)):
        return False
    # a report without its agent joins only a deal with the same figure
    if (x.agent is None or y.agent is None) and (
        x.amount is None or y.amount is None or not close(x.amount, y.amount)
    ):
        return False
    if (x.counterparty is None) != (y.counterparty is None):
        # a figure stated without its counterparty joins only a deal with that figure
        bare, full = (x, y) if x.counterparty is None else (y, x)
        if (
            bare.amount is not None
            and full.amount is not None
            and not close(bare.amount, full.amount)
            and not within_cap(bare, full)
            and not _rounded(bare.amount, full.amount)
        ):
            return False
    return True


def _seller_of_target(x: Candidate, y: Candidate) -> bool:
    """A收购X … A受让B持有的X股份: one names the target, the other its seller — one acquisition."""
    a, b = x.counterparty, y.counterparty
    if a is None or b is None or x.agent is None or y.agent is None or x.agent.iri != y.agent.iri:
        return False
    return (y.target is not None and y.target.iri == a.iri) or (
        x.target is not None and x.target.iri == b.iri
    )


def _names_parties(bare: Candidate, full: Candidate) -> bool:
    """A report that leaves a role open restates a deal only when its sentences name that
    party anyway, or it carries the deal's own figure (OpenAI持有的认股权证…用于GPU采购 is no
    report of OpenAI's purchase from Oracle)."""
    if same_figure(bare.amount, bare.capacity, full.amount, full.capacity) or within_cap(bare, full):
        return True
    if _rounded(bare.amount, full.amount):
        return True  # 聯貸逾百億元 … 新台幣112億元聯合授信案: the deal's figure, rounded
    if full.amount is None and bare.amount is not None and bare.agent is not None:
        return True  # 要约最高代价约27.9亿元: the figure of the agent's deal (one host only, _host_of)
    for mine, theirs in ((bare.agent, full.agent), (bare.counterparty, full.counterparty)):
        if mine is None and theirs is not None and theirs.iri not in bare.named:
            return False
    return True


def _figures_agree(x: Candidate, y: Candidate, same_sentence: bool) -> bool:
    if (
        x.type == "capex"
        and x.capacity is not None
        and y.capacity is not None
        and x.capacity.value_watts != y.capacity.value_watts
    ):
        return False  # a 16MW and a 50MW data centre are two build-outs
    if x.amount is not None and y.amount is not None and value_of(x.amount) != value_of(y.amount):
        if not same_sentence and (x.net or y.net) and not (x.net and y.net):
            return True  # 募资总额N … 募资净额M: the net proceeds restate the gross raise
        return (
            vague(x.amount)
            or vague(y.amount)
            or close(x.amount, y.amount)
            or (
                not same_sentence
                and (
                    within_cap(x, y)
                    or within_cap(y, x)
                    or _rounded(x.amount, y.amount)
                    or _rounded(y.amount, x.amount)
                )
                and not _adds_another(x, y)
            )
        )
    return True


def _adds_another(x: Candidate, y: Candidate) -> bool:
    """The later of two reports opens on 此外/另外 …: it adds a deal, it restates none."""
    later = max(x, y, key=lambda c: c.sentence.start)
    return to_view(later.sentence.text[:8]).lstrip(L.SPACES).startswith(D.ADDITION_OPENERS)


def _rounded(rough: Amount | None, precise: Amount | None) -> bool:
    """A headline's or recap's rounded figure of the precise one (restatements.rounds)."""
    return rough is not None and precise is not None and rounds(rough, precise)


def within_cap(part: Candidate, whole: Candidate) -> bool:
    """投入金額上限7億元 … 先按持股比例認購，金額約5.2億元: a figure under the deal's cap is part of it."""
    a, cap = part.amount, whole.amount
    if a is None or cap is None or a.value is None or cap.value is None:
        return False
    if part.subtype in L.PART_SUBTYPES or whole.subtype in L.PART_SUBTYPES:
        return False
    return cap.qualifier in L.CAP_QUALIFIERS and a.currency == cap.currency and a.value < cap.value


def lead_with(sentences: list[Sentence], offset: int) -> None:
    """Move the sentence holding ``offset`` to the front, the others in their order (sentences do
    not overlap, so at most one holds it; usually it already leads)."""
    if sentences[0].start <= offset < sentences[0].end:
        return
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            sentences.insert(0, sentences.pop(i))
            return


def combine(x: Candidate, y: Candidate) -> Candidate:
    """One deal from two reports of it: the richer report leads, the other adds what it lacks."""
    main, other = (x, y) if richness(x) >= richness(y) else (y, x)
    sentences = [main.sentence, *main.extra]
    starts = {t.start for t in sentences}  # a deal restated 10,000 times: no pairwise scan
    for s in (other.sentence, *other.extra):
        if s.start not in starts:
            starts.add(s.start)
            sentences.append(s)
    amount = (
        main.amount if main.amount is not None and not vague(main.amount) else (other.amount or main.amount)
    )
    if more_precise(other.amount, amount) or _rounded(amount, other.amount):  # 约27.9亿元 over 28亿元
        amount = other.amount
    if amount is not None:  # the clearest evidence first: the sentence the amount comes from
        lead_with(sentences, amount.start)
    seller = other if _seller_of_target(main, other) and other.target is not None else main
    return Candidate(
        other.type if generic_raise_of(main, other) else main.type,
        main.agent or other.agent,
        seller.counterparty or main.counterparty or other.counterparty,
        sentences[0],
        main.trigger_start,
        main.co_agents or other.co_agents,
        amount,
        main.capacity or other.capacity,
        main.shares or other.shares,
        main.subtype or other.subtype,
        tuple(sentences[1:]),
        symmetric=main.symmetric and other.symmetric,
        signed=main.signed or other.signed,
        net=main.net and other.net,
        co_counterparties=main.co_counterparties or other.co_counterparties,
        unowned=main.unowned or other.unowned,
        named=main.named & other.named,
        units=(*main.units, *other.units),
        target=main.target or other.target,
    )


def merge(cands: list[Candidate], same_sentence: bool) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        i = _host_of(out, c, same_sentence)
        if i is None:
            out.append(c)
        else:
            out[i] = combine(out[i], c)
    return out


def _host_of(out: list[Candidate], c: Candidate, same_sentence: bool) -> int | None:
    """The deal ``c`` restates: one with the same figure first; a figure without its
    counterparty is no restatement of one of several deals with different counterparties."""
    fits = [i for i, o in enumerate(out) if compatible(o, c, same_sentence)]
    if not fits:
        return None
    if c.amount is not None:
        amount = c.amount
        same = [i for i in fits if (a := out[i].amount) is not None and close(a, amount)]
        if same:
            return same[0]
        if c.counterparty is None:
            cps = {cp.iri for i in fits if (cp := out[i].counterparty) is not None}
            if len(cps) > 1:
                return None
    # then the deal with the same capacity, then one that names both parties as this report does
    same_cap = [i for i in fits if same_figure(None, out[i].capacity, None, c.capacity)]
    if same_cap:
        return same_cap[0]
    both = [i for i in fits if None not in pair_of(c) and pair_of(out[i]) == pair_of(c)]
    return both[0] if both else fits[0]


def attach(deals: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """Lead investors and sellers named in their own sentence join the deal named before."""
    out = list(deals)
    for c in cands:
        if c.attach == "owner":
            out = _attach_owner(out, c)
            continue
        if c.attach == "buyer":
            out = _attach_buyer(out, c)
            continue
        if c.attach is None or c.counterparty is None:
            continue
        best = _attachment_host(out, c)
        if best is None:
            continue
        d = out[best]
        extra = (
            d.extra
            if any(s.start == c.sentence.start for s in (d.sentence, *d.extra))
            else (*d.extra, c.sentence)
        )
        # the lead / seller named later belongs to the deal the earlier sentences state
        cp = c.counterparty.iri
        units = tuple(replace(u, named=u.named | {cp}, roles=u.roles | {cp}) for u in d.units)
        units += tuple(replace(u, linked=True) for u in c.units)
        co_cp = c.co_counterparties if c.attach == "lender" else d.co_counterparties
        out[best] = replace(d, counterparty=c.counterparty, extra=extra, units=units, co_counterparties=co_cp)
    return out


def _attach_owner(out: list[Candidate], c: Candidate) -> list[Candidate]:
    """该项目建设单位为X: X is the owner (agent) of the last award before with no owner."""
    hosts = [
        i
        for i, d in enumerate(out)
        if d.type == "purchase"
        and d.agent is None
        and d.counterparty is not None
        and d.subtype in R.WORKS_SUBTYPES
        and d.sentence.start <= c.sentence.start
    ]
    if not hosts or c.agent is None or out[hosts[-1]].counterparty.iri == c.agent.iri:  # type: ignore[union-attr]
        return out
    d = out[hosts[-1]]
    extra = d.extra if d.sentence.start == c.sentence.start else (*d.extra, c.sentence)
    out[hosts[-1]] = replace(d, agent=c.agent, extra=extra, unowned=False)
    return out


def _attach_buyer(out: list[Candidate], c: Candidate) -> list[Candidate]:
    """(X拟协议转让其持有的Y 15%股份。)经评审，受让方为B: B buys in the last stake sale before whose
    buyer was left open."""
    hosts = [
        i
        for i, d in enumerate(out)
        if d.type == "acquisition"
        and d.agent is None
        and d.counterparty is not None
        and d.sentence.start < c.sentence.start
    ]
    if not hosts or c.agent is None or out[hosts[-1]].counterparty.iri == c.agent.iri:  # type: ignore[union-attr]
        return out
    d = out[hosts[-1]]
    units = tuple(replace(u, named=u.named | {c.agent.iri}, roles=u.roles | {c.agent.iri}) for u in d.units)
    units += tuple(replace(u, linked=True) for u in c.units)
    out[hosts[-1]] = replace(d, agent=c.agent, extra=(*d.extra, c.sentence), units=units, unowned=False)
    return out


def _attachment_host(out: list[Candidate], c: Candidate) -> int | None:
    types = ("acquisition",) if c.attach == "seller" else (c.type,)
    best = None
    for i, d in enumerate(out):
        if d.type in types and d.sentence.start <= c.sentence.start and d.agent is not None:
            if c.attach in ("lead", "lender") and d.counterparty is not None:
                continue
            if c.attach == "lender" and d.subtype in R.ISSUED_TO_MARKET:
                continue
            if c.attach == "lead" and c.subtype and d.subtype and c.subtype != d.subtype:
                continue
            best = i
    return best


# ----------------------------------------------------------------------------- folding within a sentence


def drop_signings(found: list[Candidate]) -> list[Candidate]:
    """X与Y签署协议，由Y以…取得 / 向X租用算力，合约总值N: the signing or the contract is the
    sentence's other deal, not a second one; its figures go to that deal."""
    out = list(found)
    for c in found:
        if c.attach is not None or not (c.type == "agreement" or c.subtype in R.CONTRACT_SUBTYPES):
            continue
        parties = {m.iri for m in (c.agent, c.counterparty) if m is not None}
        host = next(
            (
                i for i, d in enumerate(out)
                if d is not c and d.attach is None and d.type != "agreement"
                and d.subtype not in R.CONTRACT_SUBTYPES
                and not _own_build(c, d)
                and _hosts(c, parties, {m.iri for m in (d.agent, d.counterparty) if m is not None})
                and (c.type == "agreement" or d.amount is None or c.amount is None)
            ),
            None,
        )  # fmt: skip
        if host is None:
            continue
        d = out[host]
        out[host] = replace(d, amount=d.amount or c.amount, capacity=d.capacity or c.capacity)
        out.remove(c)
    return out


def fold_project_costs(found: list[Candidate]) -> list[Candidate]:
    """X与Y签署协议，双方合资建厂，项目总投资41亿欧元: the project the two parties signed for is
    the agreement's; its cost is the agreement's figure, not a build-out of one of them."""
    out = list(found)
    for c in found:
        if c.agent is None or not (c.type == "capex" or (c.type == "investment" and c.counterparty is None)):
            continue
        if c.subtype in O.CONTRIBUTION_SUBTYPES:
            continue  # …，其中A出资N: a founder's contribution is its own deal, no project cost
        hosts = [
            i
            for i, g in enumerate(out)
            if g.type == "agreement"
            and g.signed
            and g.trigger_start < c.trigger_start
            and None not in pair_of(g)
            and c.agent.iri in pair_of(g)
        ] or [
            # 参与X的现金增资，总投资上限N: a project total after its deal is that deal's figure
            i
            for i, g in enumerate(out)
            if c.subtype in L.TOTAL_SUBTYPES
            and g.type != "capex"
            and g.trigger_start < c.trigger_start
            and _same_side(g, c.agent)
        ]
        if not hosts:
            continue
        if c.amount is not None or c.capacity is not None:
            i = next((i for i in hosts if out[i].amount is None), hosts[0])
            g = out[i]
            out[i] = replace(g, amount=g.amount or c.amount, capacity=g.capacity or c.capacity)
        out.remove(c)
    return out


def _same_side(g: Candidate, spender: Mention) -> bool:
    """The deal's agent is the spender, or (X中标…项目，项目总投资N) the contractor of works it won:
    the awarded project's cost, no spend of the contractor's own."""
    if g.agent is not None and g.agent.iri == spender.iri:
        return True
    return g.subtype in R.WORKS_SUBTYPES and g.counterparty is not None and g.counterparty.iri == spender.iri


def fold_lease_financing(found: list[Candidate]) -> list[Candidate]:
    """向R开展融资租赁业务，融资总额不超过N: the financing of the sentence's lease is that lease
    (its figure), no raise of its own."""
    out = list(found)
    for c in found:
        if c.type != "fundraising" or c.attach is not None:
            continue
        host = next(
            (
                i
                for i, d in enumerate(out)
                if d.type == "lease"
                and d.trigger_start < c.trigger_start
                and (c.agent is None or d.agent is None or d.agent.iri == c.agent.iri)
            ),
            None,
        )
        if host is None:
            continue
        d = out[host]
        out[host] = replace(d, amount=d.amount or c.amount)
        out.remove(c)
    return out


def drop_claimed_builds(found: list[Candidate]) -> list[Candidate]:
    """向Y投資…，Y則採用…建造10GW數據中心: a build-out with no figure but a capacity another deal
    of the sentence holds describes that deal, it is no deal of its own."""

    def claimed(c: Candidate) -> bool:
        return (
            c.type == "capex"
            and c.amount is None
            and c.capacity is not None
            and any(
                d is not c and d.capacity is not None and d.capacity.start == c.capacity.start for d in found
            )
        )

    return [c for c in found if not claimed(c)]


def drop_net(view: str, found: list[Candidate]) -> list[Candidate]:
    """集资4500万元，净集资4200万元: the net proceeds restate the raise (the gross figure leads)."""

    def net(c: Candidate) -> bool:
        return view[max(0, c.trigger_start - 1) : c.trigger_start] in L.NET_WORDS

    return [
        c
        for c in found
        if not net(c)
        or not any(
            d is not c and not net(d) and d.type == c.type and d.amount is not None
            and d.agent is not None and c.agent is not None
            and d.agent.iri == c.agent.iri
            for d in found
        )
    ]  # fmt: skip


def drop_bare_signings(cands: list[Candidate]) -> list[Candidate]:
    """X与Y签约 / 双方签署合作协议 with no figure: the signing of the two parties' deal stated
    elsewhere in the article (their supply contract, their projects), not a deal of its own."""

    def bare(c: Candidate) -> bool:
        return c.type == "agreement" and c.amount is None and c.capacity is None

    pairs = {pair_of(c) for c in cands if not bare(c) and c.agent is not None and substantial(c)}
    return [c for c in cands if not (bare(c) and None not in pair_of(c) and pair_of(c) in pairs)]


def _own_build(c: Candidate, d: Candidate) -> bool:
    """X拟投资建设电站，预计总投资N，并与Y签订《能源管理合同》: the build-out is X's own, the
    contract with Y (not a party of it) is a deal of its own."""
    own = d.type in ("capex", "investment") and d.counterparty is None  # 投资建设: a spend of X's own
    return own and c.type == "agreement" and c.counterparty is not None


def _hosts(c: Candidate, parties: set[str], host: set[str]) -> bool:
    """A signing joins a deal sharing a party — unless each names another party of its own (X向A出资N，
    并与B签署合作备忘录: two deals); a contract only the deal of all its parties."""
    if c.type != "agreement":
        return parties <= host
    return bool(parties & host) and not (c.signed and parties - host and host - parties)
