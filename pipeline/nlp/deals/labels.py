"""Deal words that state a second deal (售后回租: the lessor's purchase too), and deal words
that only name another deal's figure: a spending verb before a deal word (斥资N收购Y
prices the acquisition) and a deal word before 金额 after a deal of its type (…为Y供应芯片，订单
金额N labels the supply's figure).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh.deal_frames import FRAMES
from pipeline.model.records import Amount, Mention
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.figures import is_deal_amount, superseding
from pipeline.nlp.deals.triggers import Hit
from pipeline.text.view import to_view

#: how far before a deal word a demonstrative (此次融资) may stand
DEICTIC_REACH = 3
#: the deals a spend in the clause before prices (斥资N，收购Y / 斥资N，回购股份); a build-out there
#: makes the spend itself a capital expenditure
PRICED_LATER: frozenset[str] = frozenset({"acquisition", "other"})


def prices_next(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit) -> bool:
    """斥资N收购Y / 斥资N回购股份: the spending verb names the price of the deal word after it."""
    if not hit.trigger.frame.prices_next:
        return False
    ci = ctx.clause_index(hit.start)
    _, cb = ctx.clauses[ci]
    if any(hit.end <= h.start < cb and h.trigger.frame is not hit.trigger.frame for h in hits):
        return True
    # 斥资N，以每股…回购股份: nothing after the spend in its clause — the next clause's deal word
    if ci + 1 >= len(ctx.clauses) or ctx.free_parties(hit.end, cb):
        return False
    if X.BUILD_WORDS.within(ctx.view, hit.end, cb):
        return False
    na, nb = ctx.clauses[ci + 1]
    return any(na <= h.start < nb and h.trigger.type in PRICED_LATER for h in hits)


def prices_before(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit) -> bool:
    """X今日回购股份，斥资N: a spending verb with nothing after it in its clause (no party, no build,
    no deal word) names the price of a deal word before it in the sentence: it labels that figure."""
    if not hit.trigger.frame.prices_next or prices_next(ctx, hits, hit):
        return False
    _, cb = ctx.clause_at(hit.start)
    if ctx.free_parties(hit.end, cb) or X.BUILD_WORDS.within(ctx.view, hit.end, cb):
        return False
    return any(h.start < hit.start and h.trigger.frame is not hit.trigger.frame for h in hits)


def figure_label(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit) -> bool:
    """…为Y供应芯片，订单金额N / …租给Y，租赁金额N / …联合授信案，授信期间7年: a deal word before 金额
    (or 期间) in a clause after a deal of its type labels that deal's figure (or term); it states no
    deal of its own (unless that deal word
    is itself a restatement: 此次融资由A领投，融资金额N)."""
    view = ctx.view
    noun_kinds = R.FIGURE_NOUN_FRAMES.get(hit.trigger.frame.kind, frozenset())
    if not noun_kinds and not view.startswith((*R.FIGURE_LABELS, *R.TERM_LABELS), hit.end):
        return False
    ca, _ = ctx.clause_at(hit.start)
    # …的银团贷款由A牵头，融资规模N: a plain raise word labels a loan's (or lease's) figure too
    kinds = {hit.trigger.type} | (R.FINANCED_TYPES if plain_raise(hit) else set()) | noun_kinds
    return any(
        h.start < ca
        and h.trigger.type in kinds
        and not view[max(0, h.start - DEICTIC_REACH) : h.start].endswith(L.DEICTIC)
        # 投资建设…，项目总投资金额N: the project's cost, no figure of an investment into a company
        and not (h.trigger.type in noun_kinds and view.startswith(L.BUILD_WORDS, h.end))
        for h in hits
    )


def _labels(label: Hit, dtype: str) -> bool:
    return (
        label.trigger.type == dtype
        or dtype in R.FIGURE_NOUN_FRAMES.get(label.trigger.frame.kind, ())
        or (plain_raise(label) and dtype in R.FINANCED_TYPES)
        or label.trigger.frame.prices_next  # …，斥资N: the price of any deal before it
    )


def plain_raise(hit: Hit) -> bool:
    return hit.trigger.type == "fundraising" and hit.trigger.subtype is None


def labelled_figures(ctx: SentenceContext, cands: list[Candidate], labels: Sequence[Hit]) -> list[Candidate]:
    """…承担60%合同工作量，预计中标金额为N: a deal with no figure takes the one its label names
    later in the sentence — unless a deal word of the label's kind stands between them (A获配N1股，
    B获配N2股，获配金额M: the label is B's)."""
    if not labels:
        return cands
    out = []
    label_words = frozenset(h.start for h in ctx.hits if figure_label_at(ctx, h))
    for c in cands:
        label = next((h for h in labels if h.start > c.trigger_start and _labels(h, c.type)), None)
        if label is not None and _nearer_deal(cands, label_words, c.trigger_start, label):
            label = None
        if c.amount is None and label is not None:
            _, lb = ctx.clause_at(label.start)
            figure = next(
                (a for a in ctx.amounts if label.end <= a.start < lb and is_deal_amount(ctx.view, a, c.type)),
                None,
            )
            if figure is not None:
                usable = [a for a in ctx.amounts if is_deal_amount(ctx.view, a, c.type)]
                c = replace(c, amount=superseding(ctx, figure, usable))
        if label is not None and c.counterparty is None and label.trigger.subtype == R.TENDER_AWARD:
            c = replace(c, counterparty=_winner_of(ctx, label, c))
        out.append(c)
    return out


def _nearer_deal(cands: Sequence[Candidate], label_words: frozenset[int], start: int, label: Hit) -> bool:
    """A deal of the label's kind, with its own agent and no label word of its own (``label_words``:
    where they start), stated between the deal word and the label (A获配N1股，B获配N2股，获配金额M:
    B's; 公司为该集团…项目的中标人 restates the award, no deal of its own)."""
    return any(
        start < d.trigger_start < label.start
        and d.type == label.trigger.type
        and d.agent is not None
        and d.trigger_start not in label_words
        for d in cands
    )


def figure_label_at(ctx: SentenceContext, hit: Hit) -> bool:
    """The deal word is followed by a figure noun (获配金额, 中标金额)."""
    return ctx.view.startswith(R.FIGURE_LABELS, hit.end)


def _winner_of(ctx: SentenceContext, label: Hit, c: Candidate) -> Mention | None:
    """Y…招标采购项目中，X中标金额N: the party right before the winner's figure label wins the tender."""
    return next(
        (
            p.mention
            for p in ctx.free_parties(ctx.clause_at(label.start)[0], label.start)
            if not ctx.view[p.end : label.start].strip() and (c.agent is None or p.mention.iri != c.agent.iri)
        ),
        None,
    )


def figure_clauses(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """…签订合作协议，共同发展Y，涉资约N: a clause led by an amount noun, with no deal word of its
    own, names the figure of the last deal before it when that deal has none."""
    view = ctx.view
    out = list(cands)
    for ka, kb in ctx.clauses:
        if not view[ka:kb].lstrip(L.SPACES).startswith(R.FIGURE_CLAUSE_OPENERS):
            continue
        if any(ka <= h.start < kb for h in ctx.hits):
            continue
        before = [k for k, c in enumerate(out) if c.trigger_start < ka and c.attach is None]
        if not before or out[before[-1]].amount is not None:
            continue
        last = out[before[-1]]
        figure = next(
            (a for a in ctx.amounts if ka <= a.start < kb and is_deal_amount(view, a, last.type)), None
        )
        if figure is not None:
            out[before[-1]] = replace(last, amount=figure)
    return out


#: how far a raise verb may stand after the instrument it raises by (发行可转债募资)
INSTRUMENT_REACH = 4
#: the subtype of the listing frame (上市 on an exchange)
LISTING = "listing"


def instrument_raise(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit) -> bool:
    """X发行可转债募资N / X发债融资N: a plain raise verb right after a bond or note names what the
    issue raises; the issue is the deal (debt), not a second one (fundraising)."""
    if hit.trigger.type != "fundraising" or hit.trigger.subtype is not None:
        return False
    ca, _ = ctx.clause_at(hit.start)
    leads = not ctx.view[ca : hit.start].strip(L.SPACES)
    pa = ctx.clauses[ctx.clause_index(ca) - 1][0] if leads and ca > ctx.start else ca
    # …发行可转换公司债券，募集资金总额N: a raise word leading the clause after the issue names it too
    return any(
        h.trigger.type == "debt"
        and (h.trigger.subtype in L.BOND_SUBTYPES or h.trigger.subtype in L.NOTE_SUBTYPES)
        and (ca <= h.end <= hit.start <= h.end + INSTRUMENT_REACH or (leads and pa <= h.start < ca))
        for h in hits
    )


def bond_raises(ctx: SentenceContext, cands: list[Candidate]) -> list[Candidate]:
    """X可转债获证监会同意注册，拟募资N: a plain raise after a bond or note the sentence names (and
    no share issue between) is what the bond raises — debt, the issuer the agent."""
    out = []
    for c in cands:
        bond = _bond_before(ctx, c) if c.type == "fundraising" and c.subtype is None else None
        out.append(
            c if bond is None else replace(c, type="debt", subtype=bond.trigger.subtype, counterparty=None)
        )
    return out


def _bond_before(ctx: SentenceContext, c: Candidate) -> Hit | None:
    bond = None
    for h in ctx.hits:
        if h.start >= c.trigger_start:
            break
        if h.trigger.type == "debt" and (
            h.trigger.subtype in L.BOND_SUBTYPES or h.trigger.subtype in L.NOTE_SUBTYPES
        ):
            bond = h
        elif h.trigger.type in ("fundraising", "investment") and h.trigger.subtype is not None:
            bond = None  # 为偿还公司债，X办理现金增资，筹措N: a share issue between raises it
    return bond


def listed_bond(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit) -> bool:
    """X在新交所上市发行N绿色债券: the listing is the bond's, no offering of shares."""
    if hit.trigger.subtype != LISTING:
        return False
    _, cb = ctx.clause_at(hit.start)
    return any(
        hit.end <= h.start < cb
        and (h.trigger.subtype in L.BOND_SUBTYPES or h.trigger.subtype in L.NOTE_SUBTYPES)
        for h in hits
    )


def noun_before_verb(hits: Sequence[Hit], hit: Hit, view: str) -> bool:
    """将EPC总承包发包给C / 收购要约: a deal word right before another of its type names what the
    second one acts on (or refines it); the second is the deal word — unless the second is a
    generic noun that needs a figure to be a deal (总承包合同, 供货合约: the first gives the kind)."""
    return any(
        h.trigger.type == hit.trigger.type
        and (
            (h.start == hit.end and h.trigger.needs != "money")
            or _modifies_order(view, hit, h)
            or _manner_of(view, hit, h)
        )
        for h in hits
    )


def _manner_of(view: str, hit: Hit, verb: Hit) -> bool:
    """将设备以融资租赁方式出租予Y: the deal word of a manner phrase (以…方式) names how the verb of
    its type after it, in its clause, acts; the verb, whose roles differ, fixes who is who."""
    return (
        verb.start > hit.end
        and verb.trigger.subject != hit.trigger.subject
        and R.MANNER_OPENS.search(view[max(0, hit.start - R.MANNER_REACH) : hit.start]) is not None
        and R.MANNER_CLOSES.match(view, hit.end, verb.start) is not None
        and not any(ch in L.CLAUSE_BREAKS for ch in view[hit.end : verb.start])
    )


def names_contract(hits: Sequence[Hit], hit: Hit) -> bool:
    """租赁合同 / 借款合同 / 供货合约: the contract noun names the deal word right before it (a
    supplier's contract too: the buyer is not the supplier who signs it); it is no deal."""
    return hit.trigger.frame.kind in R.CONTRACT_NOUN_KINDS and any(
        h.end == hit.start
        and (
            h.trigger.type in R.CONTRACT_OF_TYPES
            or (h.trigger.type == "purchase" and h.trigger.subject == "counterparty")
        )
        for h in hits
    )


def tendered(ctx: SentenceContext, hits: Sequence[Hit], hit: Hit) -> bool:
    """Y设备采购项目的中标人 / 采购案的成交供应商: the procurement names the tender a winner's word
    after it in the clause states; it is that deal, not a purchase (or a build-out) of its own."""
    if hit.trigger.type != "purchase" or hit.trigger.subtype == R.TENDER_AWARD:
        return False
    _, cb = ctx.clause_at(hit.start)
    return any(hit.end <= h.start < cb and h.trigger.subtype == R.TENDER_AWARD for h in hits)


def _modifies_order(view: str, hit: Hit, head: Hit) -> bool:
    """统包工程订单: the deal word stands in the order noun's phrase, a few Han characters before it."""
    gap = view[hit.end : head.start]
    return (
        0 < head.start - hit.end <= R.MODIFIER_REACH
        and L.HAN_RUN.fullmatch(gap) is not None
        and view[head.start : head.end] in R.ORDER_HEADS
    )


#: the deal a kind of deal states as well, with the roles reversed (frame field ``also``)
_ALSO: dict[str, str] = {f.subtype: f.also for f in FRAMES if f.also is not None and f.subtype is not None}


def reversed_halves(cands: Sequence[Candidate]) -> list[Candidate]:
    """X与R以售后回租方式融资N: the lease, and the lessor's purchase of the asset from X for N. With no
    figure of its own, the deal word takes the sentence's other report of X's lease (X以设备作为租赁物，
    与R开展售后回租业务，融资金额N) or of R's purchase (以N向X购入…，并回租予X)."""
    out = list(cands)
    for i, c in enumerate(cands):
        also = _ALSO.get(c.subtype or "")
        if also is None or c.agent is None or c.counterparty is None:
            continue
        reports = (d.amount for d in cands if _same_pair(c, d, c.type) or _same_pair(c, d, also))
        amount = c.amount or next((a for a in reports if a is not None), None)
        out[i] = replace(c, amount=amount)
        out.append(
            Candidate(
                also, c.counterparty, c.agent, c.sentence, c.trigger_start, amount=amount, subtype=c.subtype
            )
        )
    return out


def _same_pair(c: Candidate, d: Candidate, dtype: str) -> bool:
    """``d`` is a report of type ``dtype`` of c's parties: c's own type with c's agent (and c's
    counterparty, when it names one), another type with c's parties reversed."""
    if d.type != dtype or d.agent is None or c.agent is None or c.counterparty is None:
        return False
    if dtype == c.type:
        return d.agent.iri == c.agent.iri and (
            d.counterparty is None or d.counterparty.iri == c.counterparty.iri
        )
    return d.counterparty is not None and (d.agent.iri, d.counterparty.iri) == (
        c.counterparty.iri,
        c.agent.iri,
    )


def respective_figures(ctx: SentenceContext, after: int, n: int) -> list[Amount | None]:
    """…作为基石投资者，分别认购N1及N2: the figures after 分别 go to the listed investors in order."""
    i = ctx.view.find(X.RESPECTIVELY_WORD, after, ctx.end)
    if i >= 0:
        figures = [a for a in ctx.amounts if a.start > i and is_deal_amount(ctx.view, a, "investment")]
        if len(figures) == n:
            return list(figures)
    return [None] * n


def guarantors_lend_not(cands: Sequence[Candidate]) -> list[Candidate]:
    """G为D的银行贷款提供担保: D's loan is not from G — the guarantor of a debtor lends it nothing
    (the loan is dropped; a bond D issues stays, with no counterparty)."""
    guaranteed = {
        (c.agent.iri, c.counterparty.iri)
        for c in cands
        if c.subtype in L.GUARANTEE_SUBTYPES and c.agent is not None and c.counterparty is not None
    }
    out = []
    for c in _guarantors_borrow_not(cands):
        if (
            c.type == "debt"
            and c.agent is not None
            and c.counterparty is not None
            and (c.counterparty.iri, c.agent.iri) in guaranteed
        ):
            if c.subtype not in L.BOND_SUBTYPES and c.subtype not in L.NOTE_SUBTYPES:
                continue
            c = replace(c, counterparty=None)  # G为D发行的债券提供担保: D issues, G guarantees
        out.append(c)
    return out


def _guarantors_borrow_not(cands: Sequence[Candidate]) -> list[Candidate]:
    """G为其子公司向L借取的N贷款提供担保: the loan inside the guarantee's 为-phrase is the unnamed
    debtor's, not G's — it leaves the sentence, and its figure is the guarantee's."""
    out: list[Candidate | None] = list(cands)
    for i, g in enumerate(cands):
        if g.subtype not in L.GUARANTEE_SUBTYPES or g.agent is None or g.counterparty is not None:
            continue
        loans = [k for k, c in enumerate(out) if c is not None and _guaranteed_loan(g, c)]
        if len(loans) != 1:
            continue
        loan = out[loans[0]]
        assert loan is not None
        out[i] = replace(g, amount=g.amount or loan.amount)
        out[loans[0]] = None
    return [c for c in out if c is not None]


def _guaranteed_loan(g: Candidate, c: Candidate) -> bool:
    """A loan of the guarantor's whose word stands in the guarantee's 为-phrase, in its clause."""
    if c.type != "debt" or c.agent is None or g.agent is None or c.agent.iri != g.agent.iri:
        return False
    if c.sentence.start != g.sentence.start or not c.trigger_start < g.trigger_start:
        return False
    view = to_view(c.sentence.text)
    ca = max(view.rfind(ch, 0, c.trigger_start - c.sentence.start) for ch in L.CLAUSE_BREAKS)
    phrase = view[ca + 1 : c.trigger_start - c.sentence.start]
    between = view[c.trigger_start - c.sentence.start : g.trigger_start - c.sentence.start]
    marks = [ca + 1 + i for m in L.BENEFICIARY_MARKERS if (i := phrase.find(m)) >= 0]
    # the loan's agent is the guarantor named before the 为-phrase (not a debtor named inside it)
    before = bool(marks) and c.agent.end <= c.sentence.start + min(marks)
    return before and not any(ch in between for ch in L.CLAUSE_BREAKS)
