"""One ``Extraction`` → the article's named graph.

The mapping builds pyoxigraph quads straight from the records (:mod:`pipeline.graph.terms`): no
rdflib term and no text on the way to the store. Layout (all IRIs deterministic, see
:mod:`pipeline.model.iris`; no blank nodes, so the same extraction gives the same quads):

- The named graph is ``id/graph/<article key>``; the article node is ``id/article/<article key>``
  (``fin:Article``: key, content hash, title tagged zh-Hant/zh-Hans by script, publication date,
  source URL, encoding, script, region; as the ``nif:Context`` of every span, the whole text as
  read in ``nif:isString``, which the offsets index). What the store keeps about the graph (stamp, code
  fingerprint, ingest time) is not part of the extraction: it is the graph's ``fin:GraphRecord``,
  written by the store (:mod:`pipeline.store.base`).
- Entities (shared nodes, IRIs from the Entity/Mention records): type, skos labels with language
  tags (prefLabel for gazetteer entities, altLabel + rdfs:label for discovered ones), ticker,
  exchange, owl:sameAs Wikidata.
- Every mention (``fin:Mention``, with the confidence of its entity link as
  ``itsrdf:taConfidence``), amount (``fin:MonetaryAmount``), capacity (``fin:Capacity``,
  QUDT), share count and percentage is its own per-article node ``id/<kind>/<key>/<start>-<end>``
  carrying NIF offsets (``nif:beginIndex``/``nif:endIndex``/``nif:anchorOf``), the article
  (``nif:referenceContext``) and the sentence it lies in (``nif:sentence`` → a ``nif:Sentence``
  node ``id/sentence/<key>/<start>-<end>`` with its text).
- Conversions (``fin:convertedFrom``), implied exchange rates (``fin:ImpliedExchangeRate``, per
  article, ``fin:impliedBy`` the source amount, ``fin:flagged``) and the rate each US$ value was
  computed with (``fin:usdRate``; reference rates are shared nodes).
- Deals: shared nodes across articles. **Identity rule**: the deal IRI is
  ``id/deal/<type>-<sha256(key)[:16]>`` with key = type | agent IRI or "none" | counterparty IRI
  or "none" | magnitude (US$ figure to one significant figure, else native currency figure, else
  capacity in watts, else "none"; debt keeps its size with both parties named, and a printed round
  or bond series (B轮, 2025年度第一期) is appended: docs/deal-identity.md,
  :func:`pipeline.model.iris.deal_key`). The same deal reported by
  several articles therefore gets one node; each article's graph adds its own type/roles triples
  (identical across articles), its ``fin:amount``/``fin:capacity``/``fin:shares`` (per-article
  nodes, so differing figures keep their source), ``fin:evidence`` (sentence nodes with
  ``prov:wasDerivedFrom`` the article), ``fin:dealDate``, co-agents, ``fin:reportedIn`` and the
  extractor's ``fin:confidence`` (when the Deal record has one).
  Roles are materialised: ``fin:agent``/``fin:counterparty``, the typed role (``fin:investor``…)
  and the money flow (``fin:payer``/``fin:payee``), so queries need no inference.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pyoxigraph as ox
from rdflib import OWL, PROV, RDF, RDFS, SKOS

from pipeline.graph import terms as t
from pipeline.graph.namespace import FIN, ID, ITSRDF, NIF, QUDT, UNIT, WD
from pipeline.graph.terms import Vocabulary
from pipeline.graph.tranches import tranche_links
from pipeline.model.iris import (
    amount_usd,
    article_iri,
    article_rate_iri,
    basis_iri,
    currency_iri,
    deal_iri,
    deal_key,
    graph_iri,
    reference_rate_iri,
    span_iri,
)
from pipeline.model.records import (
    Amount,
    Capacity,
    Deal,
    Entity,
    ExchangeRate,
    Extraction,
    Mention,
    Percentage,
    Sentence,
    ShareCount,
)

# pyoxigraph nodes of the vocabularies: fin.Article, rdf.type …
fin, nif, qudt, unit = Vocabulary(FIN), Vocabulary(NIF), Vocabulary(QUDT), Vocabulary(UNIT)
itsrdf = Vocabulary(ITSRDF)
rdf, rdfs, skos, owl, prov = (Vocabulary(ns) for ns in (RDF, RDFS, SKOS, OWL, PROV))

ENTITY_CLASSES: dict[str, ox.NamedNode] = {
    "organization": fin.Organization,
    "media": fin.MediaOutlet,
    "person": fin.Person,
    "place": fin.Place,
    "facility": fin.Facility,
    "product": fin.Product,
}

DEAL_CLASSES: dict[str, ox.NamedNode] = {
    "investment": fin.Investment,
    "fundraising": fin.Fundraising,
    "debt": fin.DebtFinancing,
    "purchase": fin.Purchase,
    "lease": fin.Lease,
    "warrant": fin.WarrantIssuance,
    "agreement": fin.Agreement,
    "acquisition": fin.Acquisition,
    "capex": fin.CapitalExpenditure,
    "other": fin.OtherDeal,
}

#: deal type → (role of the agent, role of the counterparty)
ROLES: dict[str, tuple[ox.NamedNode | None, ox.NamedNode | None]] = {
    "investment": (fin.investor, fin.investee),
    "fundraising": (fin.fundraiser, fin.leadInvestor),
    "debt": (fin.borrower, fin.lender),
    "purchase": (fin.buyer, fin.seller),
    "lease": (fin.lessee, fin.lessor),
    "warrant": (fin.warrantIssuer, fin.warrantHolder),
    "acquisition": (fin.acquirer, None),
}

#: deal type → which side pays: "agent" (money agent → counterparty) or "counterparty"
PAYER_SIDE: dict[str, str] = {
    "investment": "agent",
    "purchase": "agent",
    "lease": "agent",
    "acquisition": "agent",
    "capex": "agent",
    "debt": "counterparty",
    "fundraising": "counterparty",
}

QUALIFIERS: dict[str, ox.NamedNode] = {
    "exact": fin.Exact,
    "approx": fin.Approx,
    "at_least": fin.AtLeast,
    "up_to": fin.UpTo,
    "at_most": fin.AtMost,
    "range": fin.Range,
    "vague": fin.Vague,
}

RATE_BASES: dict[str, ox.NamedNode] = {
    "share": fin.PerShare,
    "month": fin.PerMonth,
    "year": fin.PerYear,
    "gw": fin.PerGigawatt,
    "unit": fin.PerUnit,
    "square foot": fin.PerSquareFoot,
}

SCRIPT_TAGS: dict[str, str] = {"traditional": "zh-Hant", "simplified": "zh-Hans"}

#: capacity display units, largest first: (watts per unit, QUDT unit)
POWER_UNITS: tuple[tuple[Decimal, ox.NamedNode], ...] = (
    (Decimal(10) ** 9, unit.GigaW),
    (Decimal(10) ** 6, unit.MegaW),
    (Decimal(10) ** 3, unit.KiloW),
    (Decimal(1), unit.W),
)

#: the reference exchange-rate table, as a provenance source
REFERENCE_RATES = t.iri(str(ID["source/reference-rates"]))

Term = ox.NamedNode | ox.Literal


def article_quads(extraction: Extraction) -> tuple[str, list[ox.Quad]]:
    """The article's named-graph IRI and its quads, in the order they were first written."""
    mapper = _ArticleMapper(extraction)
    mapper.run()
    return mapper.graph.value, list(mapper.quads)


class _GraphWriter:
    """The quads of one article graph, and the spans (NIF offsets, sentences) in it."""

    def __init__(self, extraction: Extraction) -> None:
        self.x = extraction
        self.key = extraction.article.key
        self.graph = t.iri(graph_iri(self.key))
        # an insertion-ordered set of the quads written so far
        self.quads: dict[ox.Quad, None] = {}
        self.article = t.iri(article_iri(self.key))
        self.sentences: tuple[Sentence, ...] = tuple(sorted(extraction.sentences, key=lambda s: s.start))
        self.sentence_starts = [s.start for s in self.sentences]
        self.sentence_spans = {(s.start, s.end) for s in self.sentences}
        self.sentence_nodes: dict[tuple[int, int], ox.NamedNode] = {}
        self.amounts_by_start = {a.start: a for a in extraction.amounts}
        self.described = {e.iri for e in extraction.entities}
        self.emitted_spans = {
            (kind, x.start, x.end)
            for kind, items in (
                ("amount", extraction.amounts),
                ("capacity", extraction.capacities),
                ("shares", extraction.shares),
            )
            for x in items
        }

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: Term) -> None:
        self.quads[ox.Quad(s, p, o, self.graph)] = None

    def node(self, kind: str, start: int, end: int) -> ox.NamedNode:
        return t.iri(span_iri(kind, self.key, start, end))

    # --- spans

    def sentence_of(self, start: int, end: int) -> Sentence | None:
        i = bisect.bisect_right(self.sentence_starts, start) - 1
        if i >= 0 and self.sentences[i].start <= start and end <= self.sentences[i].end:
            return self.sentences[i]
        return None

    def span(self, node: ox.NamedNode, start: int, end: int, text: str) -> None:
        self.add(node, nif.beginIndex, t.integer(start))
        self.add(node, nif.endIndex, t.integer(end))
        self.add(node, nif.anchorOf, t.string(text))
        self.add(node, nif.referenceContext, self.article)
        sentence = self.sentence_of(start, end)
        if sentence is not None and (sentence.start, sentence.end) != (start, end):
            self.add(node, nif.sentence, self.sentence_node(sentence))

    def sentence_node(self, sentence: Sentence) -> ox.NamedNode:
        """The sentence's node, described the first time (later calls would only repeat quads
        already in the graph)."""
        key = (sentence.start, sentence.end)
        node = self.sentence_nodes.get(key)
        if node is None:
            node = self.sentence_nodes[key] = self.node("sentence", sentence.start, sentence.end)
            self.add(node, rdf.type, nif.Sentence)
            self.span(node, sentence.start, sentence.end, sentence.text)
        return node


class _QuantityMapper(_GraphWriter):
    """Amounts, capacities, share counts, percentages, currencies and exchange rates."""

    def figures(
        self,
        node: ox.NamedNode,
        figures: tuple[Decimal | None, Decimal | None, Decimal | None],
        qualifier: str,
        properties: tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode] = (fin.value, fin.minValue, fin.maxValue),
    ) -> None:
        """value, min and max, then the qualifier."""
        for prop, figure in zip(properties, figures, strict=True):
            if figure is not None:
                self.add(node, prop, t.decimal(figure))
        self.add(node, fin.qualifier, QUALIFIERS[qualifier])

    def currency(self, code: str) -> ox.NamedNode:
        node = t.iri(currency_iri(code))
        self.add(node, rdf.type, fin.Currency)
        self.add(node, skos.notation, t.string(code.upper()))
        return node

    def amount(self, amount: Amount) -> ox.NamedNode:
        node = self.node("amount", amount.start, amount.end)
        self.add(node, rdf.type, fin.MonetaryAmount)
        self.span(node, amount.start, amount.end, amount.text)
        self.figures(node, (amount.value, amount.min, amount.max), amount.qualifier)
        if amount.currency:
            self.add(node, fin.currency, self.currency(amount.currency))
        if amount.currency_inferred:
            self.add(node, fin.currencyInferred, t.boolean(True))
        if amount.per:
            self.add(node, fin.per, self.rate_basis(amount.per))
        usd = amount_usd(amount)
        if usd is not None:
            self.add(node, fin.usdValue, t.decimal(usd))
        if amount.usd_rate is not None:
            self.add(node, fin.usdRate, self.rate(amount.usd_rate))
        source = self.amounts_by_start.get(amount.converted_from_start)  # type: ignore[arg-type]
        if source is not None and source is not amount:
            self.add(node, fin.convertedFrom, self.node("amount", source.start, source.end))
        return node

    def rate_basis(self, per: str) -> ox.NamedNode:
        known = RATE_BASES.get(per.strip().casefold())
        if known is not None:
            return known
        node = t.iri(basis_iri(per))
        self.add(node, rdf.type, fin.RateBasis)
        self.add(node, skos.prefLabel, t.string(f"per {per}", "en"))
        return node

    def capacity(self, capacity: Capacity) -> ox.NamedNode:
        node = self.node("capacity", capacity.start, capacity.end)
        self.add(node, rdf.type, fin.Capacity)
        self.span(node, capacity.start, capacity.end, capacity.text)
        watts = (capacity.value_watts, capacity.min_watts, capacity.max_watts)
        self.figures(node, watts, capacity.qualifier, (fin.watts, fin.minWatts, fin.maxWatts))
        if capacity.value_watts is not None:
            per_unit, unit = next((w, u) for w, u in POWER_UNITS if abs(capacity.value_watts) >= w or w == 1)
            self.add(node, qudt.numericValue, t.decimal(capacity.value_watts / per_unit))
            self.add(node, qudt.hasUnit, unit)
        return node

    def share_count(self, count: ShareCount) -> ox.NamedNode:
        node = self.node("shares", count.start, count.end)
        self.add(node, rdf.type, fin.ShareCount)
        self.span(node, count.start, count.end, count.text)
        self.figures(node, (count.value, count.min, count.max), count.qualifier)
        return node

    def percentage(self, percentage: Percentage) -> ox.NamedNode:
        node = self.node("percentage", percentage.start, percentage.end)
        self.add(node, rdf.type, fin.Percentage)
        self.span(node, percentage.start, percentage.end, percentage.text)
        self.figures(node, (percentage.value, percentage.min, percentage.max), percentage.qualifier)
        self.add(node, qudt.hasUnit, unit.PERCENT)
        if percentage.value is not None:
            self.add(node, qudt.numericValue, t.decimal(percentage.value))
        return node

    def rate(self, rate: ExchangeRate) -> ox.NamedNode:
        if rate.source == "reference":
            as_of = rate.as_of.isoformat() if rate.as_of else None
            node = t.iri(reference_rate_iri(rate.base, rate.quote, as_of))
            self.add(node, rdf.type, fin.ReferenceExchangeRate)
            self.add(node, prov.wasDerivedFrom, REFERENCE_RATES)
        else:
            node = t.iri(article_rate_iri(self.key, rate.base, rate.quote, rate.evidence_start, rate.rate))
            self.add(node, rdf.type, fin.ImpliedExchangeRate)
            self.add(node, prov.wasDerivedFrom, self.article)
            self.add(node, fin.flagged, t.boolean(rate.flagged))
            source = self.amounts_by_start.get(rate.evidence_start)  # type: ignore[arg-type]
            if source is not None:
                self.add(node, fin.impliedBy, self.node("amount", source.start, source.end))
        self.add(node, fin.baseCurrency, self.currency(rate.base))
        self.add(node, fin.quoteCurrency, self.currency(rate.quote))
        self.add(node, fin.rate, t.decimal(rate.rate))
        if rate.as_of is not None:
            self.add(node, fin.asOf, t.date(rate.as_of))
        return node


class _ArticleMapper(_QuantityMapper):
    """Collects one extraction's quads: the article, its entities and mentions, its deals."""

    def run(self) -> None:
        self.article_metadata()
        for entity in self.x.entities:
            self.entity(entity)
        for mention in self.x.mentions:
            self.mention(mention)
        for amount in self.x.amounts:
            self.amount(amount)
        for capacity in self.x.capacities:
            self.capacity(capacity)
        for count in self.x.shares:
            self.share_count(count)
        for percentage in self.x.percentages:
            self.percentage(percentage)
        for rate in self.x.rates:
            self.rate(rate)
        for deal in self.x.deals:
            self.deal(deal)
        for whole, part in tranche_links(self.x.deals):
            self.add(
                t.iri(deal_iri(self.resolved(whole))), fin.hasTranche, t.iri(deal_iri(self.resolved(part)))
            )

    # --- the article

    def article_metadata(self) -> None:
        a, art = self.article, self.x.article
        self.add(a, rdf.type, fin.Article)
        self.add(a, fin.articleKey, t.string(art.key))
        self.add(a, fin.contentHash, t.string(art.content_hash))
        self.add(a, fin.encoding, t.string(art.encoding))
        self.add(a, fin.script, t.string(art.script))
        # the NIF context's text: every span's offsets index into it
        self.add(a, nif.isString, t.string(art.text))
        if art.title:
            self.add(a, fin.title, t.string(art.title, SCRIPT_TAGS.get(art.script)))
        if art.date is not None:
            self.add(a, fin.publicationDate, t.date(art.date))
        if art.url:
            self.add(a, fin.sourceURL, t.any_uri(art.url))
        if art.region:
            self.add(a, fin.region, t.string(art.region))

    # --- entities

    def entity(self, entity: Entity) -> None:
        node = t.iri(entity.iri)
        self.add(node, rdf.type, ENTITY_CLASSES[entity.type])
        self.add(node, fin.fromGazetteer, t.boolean(entity.known))
        labels = entity.labels or ((entity.label, ""),)
        seen_langs: set[str] = set()
        for text, lang in labels:
            literal = t.string(text, lang or None)
            if entity.known and lang and lang not in seen_langs:
                seen_langs.add(lang)
                self.add(node, skos.prefLabel, literal)
            else:
                self.add(node, skos.altLabel, literal)
        if not entity.known or entity.label not in {text for text, _ in labels}:
            self.add(node, rdfs.label, t.string(entity.label))
        if entity.ticker:
            self.add(node, fin.ticker, t.string(entity.ticker))
        if entity.exchange:
            self.add(node, fin.exchange, t.string(entity.exchange))
        if entity.wikidata:
            wikidata = entity.wikidata
            self.add(node, owl.sameAs, t.iri(wikidata if "://" in wikidata else str(WD[wikidata])))

    def party(self, mention: Mention) -> ox.NamedNode:
        node = t.iri(mention.iri)
        self.add(node, rdf.type, ENTITY_CLASSES[mention.type])
        if mention.iri not in self.described:
            # no Entity record (a generic party such as "SPV"): label it as written
            self.add(node, rdfs.label, t.string(mention.text))
        return node

    def mention(self, mention: Mention) -> ox.NamedNode:
        node = self.node("mention", mention.start, mention.end)
        self.add(node, rdf.type, fin.Mention)
        self.add(node, fin.denotes, self.party(mention))
        if mention.confidence is not None:
            self.add(node, itsrdf.taConfidence, t.double(mention.confidence))
        self.span(node, mention.start, mention.end, mention.text)
        return node

    # --- deals

    def resolved(self, deal: Deal) -> Deal:
        """The deal with its figures replaced by the extraction's own records of the same spans.

        The deal recogniser may hold an earlier copy of an amount (before conversions linked it);
        the identity key must use the US$ value the article graph states.
        """
        amount = deal.amount
        if amount is not None:
            same = self.amounts_by_start.get(amount.start)
            if same is not None and same.end == amount.end:
                amount = same
        return replace(deal, amount=amount)

    def deal(self, deal: Deal) -> ox.NamedNode:
        deal = self.resolved(deal)
        node = t.iri(deal_iri(deal))
        self.add(node, rdf.type, DEAL_CLASSES[deal.type])
        self.add(node, fin.identityKey, t.string(deal_key(deal)))
        self.add(node, fin.reportedIn, self.article)
        self.parties(node, deal)
        self.deal_figures(node, deal)
        if deal.date is not None:
            self.add(node, fin.dealDate, t.date(deal.date))
        if deal.subtype:
            self.add(node, fin.subtype, t.string(deal.subtype))
        if deal.confidence is not None:
            self.add(node, fin.confidence, t.double(deal.confidence))
        self.evidence(node, deal)
        return node

    def parties(self, node: ox.NamedNode, deal: Deal) -> None:
        """Agent and counterparty with their typed roles, co-agents, and who pays whom."""
        agent_role, counterparty_role = ROLES.get(deal.type, (None, None))
        agent = counterparty = None
        if deal.agent is not None:
            agent = self.party(deal.agent)
            self.roles(node, agent, (fin.agent, agent_role))
        if deal.counterparty is not None:
            counterparty = self.party(deal.counterparty)
            self.roles(node, counterparty, (fin.counterparty, counterparty_role))
        for co_agent in deal.co_agents:
            self.add(node, fin.coAgent, self.party(co_agent))
        for co_counterparty in deal.co_counterparties:
            self.add(node, fin.coCounterparty, self.party(co_counterparty))
        side = PAYER_SIDE.get(deal.type)
        if side is None:
            return
        payer, payee = (agent, counterparty) if side == "agent" else (counterparty, agent)
        if payer is not None:
            self.add(node, fin.payer, payer)
        if payee is not None:
            self.add(node, fin.payee, payee)

    def deal_figures(self, node: ox.NamedNode, deal: Deal) -> None:
        if deal.amount is not None:
            self.add(node, fin.amount, self.figure_node("amount", deal.amount, self.amount))
        if deal.capacity is not None:
            self.add(node, fin.capacity, self.figure_node("capacity", deal.capacity, self.capacity))
        if deal.shares is not None:
            self.add(node, fin.shares, self.figure_node("shares", deal.shares, self.share_count))

    def evidence(self, node: ox.NamedNode, deal: Deal) -> None:
        for rank, evidence in enumerate(deal.evidence):
            ev = self.node("sentence", evidence.start, evidence.end)
            self.add(ev, rdf.type, fin.Evidence)
            if (evidence.start, evidence.end) in self.sentence_spans:
                self.add(ev, rdf.type, nif.Sentence)
            self.add(ev, prov.wasDerivedFrom, self.article)
            self.span(ev, evidence.start, evidence.end, evidence.text)
            self.add(node, fin.evidence, ev)
            if rank == 0:
                self.add(node, fin.primaryEvidence, ev)

    def figure_node(
        self, kind: str, record: Amount | Capacity | ShareCount, emit: Callable[[Any], ox.NamedNode]
    ) -> ox.NamedNode:
        """The node of a deal's figure: already written when the extraction lists it."""
        if (kind, record.start, record.end) in self.emitted_spans:
            return self.node(kind, record.start, record.end)
        return emit(record)

    def roles(
        self, deal: ox.NamedNode, party: ox.NamedNode, properties: Iterable[ox.NamedNode | None]
    ) -> None:
        for prop in properties:
            if prop is not None:
                self.add(deal, prop, party)
