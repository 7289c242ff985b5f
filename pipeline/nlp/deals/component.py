"""Component ``finkg_deals``: typed deals with parties, figures and evidence.

:func:`find_deals` is a pure function over the article text, its normalised view and the
recognised spans. It reads the article sentence by sentence, each pass over frozen records:

1. parties (:mod:`.parties`) and deal words (:mod:`.triggers`) → a :class:`~.context.SentenceContext`;
2. for each deal word that states a deal (:mod:`.assertions`), its roles (:mod:`.roles`) and
   figures (:mod:`.figures`) → candidates (:mod:`.sentence_deals`);
3. evidence reports per sentence (:mod:`.evidence`), the discourse state carried on
   (:class:`~.context.Discourse`: topic, deals under discussion, 双方);
4. one deal per real-world deal (:mod:`.merging`), kept when it states enough (:mod:`.scoring`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Sequence
from typing import Generic, NamedTuple, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh import public_money as PM
from pipeline.model.frozen import replace
from pipeline.model.records import Amount, Capacity, Deal, Evidence, Mention, Sentence, ShareCount
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.agreements import founders_contribute, framed_by_agreement, place_signings
from pipeline.nlp.deals.candidates import Candidate, pair_of
from pipeline.nlp.deals.context import Discourse, SentenceContext, sentence_context
from pipeline.nlp.deals.evidence import (
    both_in_clause,
    both_parties,
    evidence_of,
    fill_pair,
    last_pair,
    with_report,
)
from pipeline.nlp.deals.figures import close
from pipeline.nlp.deals.funds import last_fund
from pipeline.nlp.deals.headlines import headlines_restate
from pipeline.nlp.deals.issuers import with_issuer
from pipeline.nlp.deals.labels import reversed_halves
from pipeline.nlp.deals.later_figures import later_figures
from pipeline.nlp.deals.learned import Scorer, scorer_for, shipped_scorer
from pipeline.nlp.deals.merging import (
    attach,
    drop_bare_signings,
    drop_claimed_builds,
    drop_net,
    drop_signings,
    fold_lease_financing,
    fold_project_costs,
    merge,
)
from pipeline.nlp.deals.offers import offer_prices
from pipeline.nlp.deals.parties import ArticleMentions, announcer_in, find_parties, lead_org
from pipeline.nlp.deals.restatements import series_of, with_back_references
from pipeline.nlp.deals.roles import known_lenders
from pipeline.nlp.deals.sentence_deals import sentence_candidates
from pipeline.nlp.deals.triggers import find_triggers
from pipeline.nlp.extensions import register, text_of, view_of
from pipeline.text.dates import find_article_date, resolve_dates

_F = TypeVar("_F", Amount, Capacity, ShareCount)


def deal_candidates(
    text: str,
    view: str,
    sentences: Sequence[Sentence],
    amounts: Sequence[Amount],
    capacities: Sequence[Capacity],
    shares: Sequence[ShareCount],
    mentions: Sequence[Mention],
    lenders: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The article's merged candidates that have an agent other than their counterparty, in
    order of first evidence: what the decision (:func:`find_deals`) chooses from."""
    index = ArticleMentions.of(mentions)
    words = X.scan(view)
    disc = Discourse()
    cands: list[Candidate] = []
    by_amount, by_capacity, by_shares = _ByStart(amounts), _ByStart(capacities), _ByStart(shares)
    for sent in sentences:
        disc = replace(disc, announcer=announcer_in(view, sent, index, disc.announcer))
        parties = find_parties(text, view, sent, index, words, disc.topic, disc.announcer)
        hits = find_triggers(view, sent, parties, words)
        figures = by_amount.around(sent), by_capacity.around(sent), by_shares.around(sent)
        ctx = sentence_context(text, view, sent, parties, hits, *figures, lenders)
        found, disc = with_issuer(ctx, *_sentence(ctx, disc))
        disc = replace(disc, fund=last_fund(parties) or disc.fund)
        cands.extend(found)
    merged = attach(merge([c for c in cands if c.attach is None], same_sentence=False), cands)
    merged = headlines_restate(later_figures(view, sentences, amounts, merged))
    merged = offer_prices(view, merged, amounts)
    merged = [_issued(c) for c in merged]
    kept = [
        c
        for c in founders_contribute(view, drop_bare_signings(merged))
        if (c.agent is not None and (c.counterparty is None or c.counterparty.iri != c.agent.iri))
        or unowned_award(c)
    ]
    return [c for c in kept if not (unowned_award(c) and _restated_award(c, kept))]


def _issued(c: Candidate) -> Candidate:
    """A bond, note or tranche issued to the market has its issuer only: whoever a construction
    read as its other party (由X担任主要安排行, 由X承销) arranges, underwrites or subscribes."""
    if c.type != "debt" or c.subtype not in R.ISSUED_TO_MARKET or c.counterparty is None:
        return c
    return replace(c, counterparty=None, co_counterparties=())


def _restated_award(c: Candidate, kept: Sequence[Candidate]) -> bool:
    """子公司中标约33亿元 (a heading) … 预计中标金额为33.04亿元: an unowned award with the figure of
    an owned one restates it."""
    assert c.amount is not None
    return any(
        d.agent is not None and d.type == c.type and d.amount is not None and close(d.amount, c.amount)
        for d in kept
    )


def unowned_award(c: Candidate) -> bool:
    """X中标一项…工程，中标金额N / X获一家客户订单，金额N: an award or a sale whose buyer the text
    leaves unnamed is a deal with its contractor or seller and figure (agent null). A named works
    with no owner found is not: its owner is more often named but unrecognised."""
    return (
        c.agent is None
        and c.unowned
        and c.attach is None
        and (c.type in R.UNNAMED_BUYER_TYPES or c.subtype in PM.GRANT_SUBTYPES)
        and c.counterparty is not None
        and c.amount is not None
    )


class _ByStart(Generic[_F]):
    """Figures looked up by sentence: the ones starting inside it are a slice when the figures
    are in order of start (as the quantities component gives them), else all of them (the
    sentence context keeps those inside the sentence either way)."""

    def __init__(self, figures: Sequence[_F]):
        self.figures: Sequence[_F] = figures
        starts = [f.start for f in figures]
        self.starts: list[int] | None = starts if all(a <= b for a, b in itertools.pairwise(starts)) else None

    def around(self, sent: Sentence) -> Sequence[_F]:
        if self.starts is None:
            return self.figures
        lo = bisect.bisect_left(self.starts, sent.start)
        return self.figures[lo : bisect.bisect_left(self.starts, sent.end, lo)]


def find_deals(
    text: str,
    view: str,
    sentences: Sequence[Sentence],
    amounts: Sequence[Amount],
    capacities: Sequence[Capacity],
    shares: Sequence[ShareCount],
    mentions: Sequence[Mention],
    article_date: dt.date | None = None,
    scorer: Scorer | None = None,
    lenders: frozenset[str] = frozenset(),
) -> list[Deal]:
    """All deals the article states, one per real-world deal, in order of first evidence.

    ``scorer`` decides which candidates are deals and gives each its confidence (default: the
    shipped one, :func:`~.learned.shipped_scorer`)."""
    scorer = scorer if scorer is not None else shipped_scorer()
    cands = deal_candidates(text, view, sentences, amounts, capacities, shares, mentions, lenders)
    dates = resolve_dates(text, view, article_date)
    deals = []
    for c in cands:
        conf = scorer.confidence(c)
        if not scorer.keep(c, conf):
            continue
        date = next(
            (d.date for d in dates if c.sentence.start <= d.start < c.sentence.end and d.precision == "day"),
            None,
        )
        deals.append(to_deal(c, date, conf))
    return deals


def _sentence(ctx: SentenceContext, disc: Discourse) -> tuple[list[Candidate], Discourse]:
    """The sentence's candidates (merged within the sentence) and the discourse after it."""
    found = place_signings(
        ctx, framed_by_agreement(ctx, _per_agreement(ctx, disc, sentence_candidates(ctx, disc)))
    )
    found = with_back_references(ctx, disc.recent, found)
    found = drop_claimed_builds(
        drop_net(ctx.view, drop_signings(fold_project_costs(reversed_halves(fold_lease_financing(found)))))
    )
    both = both_parties(ctx, found, disc.pair)
    named = frozenset(p.mention.iri for p in ctx.parties)
    if both is not None:
        named |= {both[0].iri, both[1].iri}
        found = [fill_pair(c, both) if both_in_clause(ctx, c) else c for c in found]
    found = [with_report(ctx, c, named, both) for c in found]
    pair = last_pair(found) or disc.pair
    found = merge([c for c in found if c.attach is None], same_sentence=True) + [
        c for c in found if c.attach is not None
    ]
    recent = dict(disc.recent)
    for c in found:
        if c.agent is not None and c.attach is None and c.subtype not in L.PART_SUBTYPES:
            recent[c.type] = c
    agents = [c.subject or c.agent for c in found if c.agent is not None and c.attach is None]
    lead = agents[0] if agents else lead_org(ctx.parties)
    topic = lead if lead is not None else disc.topic
    return found, replace(disc, topic=topic, recent=recent, pair=pair)


def _per_agreement(ctx: SentenceContext, disc: Discourse, found: list[Candidate]) -> list[Candidate]:
    """…签署战略合作协议。根据协议，X将投资建设Y，项目总投资约N / X将向Y投资N: the build-out or
    investment is what the agreement just signed provides for; its figure is the agreement's."""
    signed = disc.recent.get("agreement")
    if signed is None or not signed.signed or None in pair_of(signed):
        return found
    if not R.PER_AGREEMENT.match(ctx.view, ctx.start):
        return found
    out = []
    for c in found:
        if _provided_for(c, pair_of(signed)) or _both_provide(ctx, c):
            if c.amount is None and c.capacity is None:
                continue
            c = replace(
                signed, sentence=ctx.sentence, trigger_start=c.trigger_start, amount=c.amount,
                capacity=c.capacity, extra=(), units=(),
            )  # fmt: skip
        out.append(c)
    return out


def _both_provide(ctx: SentenceContext, c: Candidate) -> bool:
    """根据协议，双方将共同投资N: the signing parties' build-out or investment, named by 双方."""
    return (
        c.agent is None and c.attach is None and c.type in ("capex", "investment") and both_in_clause(ctx, c)
    )


def _provided_for(c: Candidate, pair: tuple[str | None, ...]) -> bool:
    """根据协议，X将投资建设Y / X将向Y投资N: a build-out or investment of the signing parties."""
    if c.agent is None or c.agent.iri not in pair or c.attach is not None:
        return False
    if c.type == "capex":
        return True
    return c.type == "investment" and (c.counterparty is None or c.counterparty.iri in pair)


def to_deal(c: Candidate, date: dt.date | None, confidence: float | None) -> Deal:
    """The deal record of candidate ``c``."""
    agent = c.agent.iri if c.agent is not None else None
    return Deal(
        type=c.type,  # type: ignore[arg-type]
        agent=c.agent,
        counterparty=c.counterparty,
        evidence=tuple(Evidence(s.start, s.end, s.text) for s in evidence_of(c)),
        co_agents=tuple(
            m
            for m in c.co_agents
            if m.iri != agent and (c.counterparty is None or m.iri != c.counterparty.iri)
        ),  # a party is never its own deal's co-agent (輝達 investing in xAI with xAI)
        amount=c.amount,
        capacity=c.capacity,
        shares=c.shares,
        date=date,
        subtype=c.subtype,
        confidence=confidence,
        co_counterparties=tuple(
            m for m in c.co_counterparties if c.counterparty is None or m.iri != c.counterparty.iri
        ),
        series=series_of(c),
    )


class DocInputs(NamedTuple):
    """What :func:`find_deals` reads from a Doc the earlier components filled."""

    text: str
    view: str
    sentences: Sequence[Sentence]
    amounts: Sequence[Amount]
    capacities: Sequence[Capacity]
    shares: Sequence[ShareCount]
    mentions: Sequence[Mention]
    date: dt.date | None


def doc_inputs(doc: Doc) -> DocInputs:
    """The deal finder's inputs from ``doc`` (the sentences of the article's body only)."""
    article = doc._.article
    view = view_of(doc)
    text = article.text if article is not None else text_of(doc)  # finkg_context: the same text
    date = article.date if article is not None and article.date else find_article_date(text, view)
    sentences = doc._.sentences or []
    if article is not None:  # captions and furniture outside the body state no deals
        sentences = [s for s in sentences if article.in_body(s.start, s.end)]
    return DocInputs(
        text,
        view,
        sentences,
        doc._.amounts or [],
        doc._.capacities or [],
        doc._.shares or [],
        doc._.mentions or [],
        date,
    )


@Language.factory("finkg_deals", default_config={"scorer": "shipped"})
def make_deals(nlp: Language, name: str, scorer: str) -> object:
    """``scorer``: "shipped" (``scorer.json``), "hand" (the hand rule decides) or a weights file."""
    register()
    chosen = scorer_for(scorer)

    def component(doc: Doc) -> Doc:
        doc._.deals = find_deals(*doc_inputs(doc), scorer=chosen, lenders=known_lenders(doc._.entities or {}))
        return doc

    return component
