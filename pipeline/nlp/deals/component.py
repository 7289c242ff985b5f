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

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.zh import deals as L
from pipeline.model.records import Amount, Capacity, Deal, Evidence, Mention, Sentence, ShareCount
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import Discourse, SentenceContext, sentence_context
from pipeline.nlp.deals.evidence import (
    both_in_clause,
    both_parties,
    evidence_of,
    fill_pair,
    last_pair,
    with_report,
)
from pipeline.nlp.deals.labels import reversed_halves
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
from pipeline.nlp.deals.parties import ArticleMentions, announcer_in, find_parties, lead_org
from pipeline.nlp.deals.restatements import series_of, with_back_references
from pipeline.nlp.deals.scoring import confidence, substantial
from pipeline.nlp.deals.sentence_deals import sentence_candidates
from pipeline.nlp.deals.triggers import find_triggers
from pipeline.nlp.extensions import register, text_of, view_of
from pipeline.text.dates import find_article_date, resolve_dates


def find_deals(
    text: str,
    view: str,
    sentences: Sequence[Sentence],
    amounts: Sequence[Amount],
    capacities: Sequence[Capacity],
    shares: Sequence[ShareCount],
    mentions: Sequence[Mention],
    article_date: dt.date | None = None,
) -> list[Deal]:
    """All deals the article states, one per real-world deal, in order of first evidence."""
    index = ArticleMentions.of(mentions)
    words = X.scan(view)
    disc = Discourse()
    cands: list[Candidate] = []
    for sent in sentences:
        disc = replace(disc, announcer=announcer_in(view, sent, index, disc.announcer))
        parties = find_parties(text, view, sent, index, words, disc.topic, disc.announcer)
        hits = find_triggers(view, sent, parties, words)
        ctx = sentence_context(text, view, sent, parties, hits, amounts, capacities, shares)
        found, disc = _sentence(ctx, disc)
        cands.extend(found)
    merged = attach(merge([c for c in cands if c.attach is None], same_sentence=False), cands)
    merged = drop_bare_signings(merged)
    dates = resolve_dates(text, view, article_date)
    deals = []
    for c in merged:
        if c.agent is None or not substantial(c):
            continue
        if c.counterparty is not None and c.counterparty.iri == c.agent.iri:
            continue
        date = next(
            (d.date for d in dates if c.sentence.start <= d.start < c.sentence.end and d.precision == "day"),
            None,
        )
        deals.append(_deal(c, date))
    return deals


def _sentence(ctx: SentenceContext, disc: Discourse) -> tuple[list[Candidate], Discourse]:
    """The sentence's candidates (merged within the sentence) and the discourse after it."""
    found = sentence_candidates(ctx, disc)
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


def _deal(c: Candidate, date: dt.date | None) -> Deal:
    assert c.agent is not None
    return Deal(
        type=c.type,  # type: ignore[arg-type]
        agent=c.agent,
        counterparty=c.counterparty,
        evidence=tuple(Evidence(s.start, s.end, s.text) for s in evidence_of(c)),
        co_agents=tuple(
            m
            for m in c.co_agents
            if m.iri != c.agent.iri and (c.counterparty is None or m.iri != c.counterparty.iri)
        ),  # a party is never its own deal's co-agent (輝達 investing in xAI with xAI)
        amount=c.amount,
        capacity=c.capacity,
        shares=c.shares,
        date=date,
        subtype=c.subtype,
        confidence=confidence(c),
        co_counterparties=tuple(
            m for m in c.co_counterparties if c.counterparty is None or m.iri != c.counterparty.iri
        ),
        series=series_of(c),
    )


@Language.factory("finkg_deals", default_config={})
def make_deals(nlp: Language, name: str) -> object:
    register()

    def component(doc: Doc) -> Doc:
        article = doc._.article
        view = view_of(doc)
        text = article.text if article is not None else text_of(doc)  # finkg_context: the same text
        date = article.date if article is not None and article.date else find_article_date(text, view)
        sentences = doc._.sentences or []
        if article is not None:  # captions and furniture outside the body state no deals
            sentences = [s for s in sentences if article.in_body(s.start, s.end)]
        doc._.deals = find_deals(
            text,
            view,
            sentences,
            doc._.amounts or [],
            doc._.capacities or [],
            doc._.shares or [],
            doc._.mentions or [],
            date,
        )
        return doc

    return component
