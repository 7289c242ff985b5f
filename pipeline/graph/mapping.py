"""One ``Extraction`` → the article's named graph.

Layout (all IRIs deterministic, see :mod:`pipeline.graph.iris`; no blank nodes, so the same extraction
gives the same triples, byte for byte once sorted):

- The named graph is ``id/graph/<article key>``; the article node is ``id/article/<article key>``
  (``fin:Article``: key, content hash, title tagged zh-Hant/zh-Hans by script, publication date,
  source URL, encoding, script, region; as the ``nif:Context`` of every span, the whole text as
  read in ``nif:isString``, which the offsets index). Ingest time is not part of the extraction:
  the store adds it with :func:`with_ingest_time` (or ``article_graph(..., ingested_at=…)``), and
  must keep the old graph untouched when the content hash has not changed, so re-ingesting
  changes nothing.
- Entities (shared nodes, IRIs from the Entity/Mention records): type, skos labels with language
  tags (prefLabel for gazetteer entities, altLabel + rdfs:label for discovered ones), ticker,
  exchange, owl:sameAs Wikidata.
- Every mention (``fin:Mention``), amount (``fin:MonetaryAmount``), capacity (``fin:Capacity``,
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
  capacity in watts, else "none"; see :func:`pipeline.graph.iris.deal_key`). The same deal reported by
  several articles therefore gets one node; each article's graph adds its own type/roles triples
  (identical across articles), its ``fin:amount``/``fin:capacity``/``fin:shares`` (per-article
  nodes, so differing figures keep their source), ``fin:evidence`` (sentence nodes with
  ``prov:wasDerivedFrom`` the article), ``fin:dealDate``, co-agents and ``fin:reportedIn``.
  Roles are materialised: ``fin:agent``/``fin:counterparty``, the typed role (``fin:investor``…)
  and the money flow (``fin:payer``/``fin:payee``), so queries need no inference.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from pipeline.graph.iris import (
    amount_usd,
    article_iri,
    article_rate_iri,
    basis_iri,
    currency_iri,
    deal_iri,
    deal_key,
    decimal_lexical,
    graph_iri,
    reference_rate_iri,
    span_iri,
)
from pipeline.graph.namespace import FIN, ID, NIF, PREFIXES, QUDT, UNIT, WD
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

ENTITY_CLASSES: dict[str, URIRef] = {
    "organization": FIN.Organization,
    "media": FIN.MediaOutlet,
    "person": FIN.Person,
    "place": FIN.Place,
    "facility": FIN.Facility,
    "product": FIN.Product,
}

DEAL_CLASSES: dict[str, URIRef] = {
    "investment": FIN.Investment,
    "fundraising": FIN.Fundraising,
    "debt": FIN.DebtFinancing,
    "purchase": FIN.Purchase,
    "lease": FIN.Lease,
    "warrant": FIN.WarrantIssuance,
    "agreement": FIN.Agreement,
    "acquisition": FIN.Acquisition,
    "capex": FIN.CapitalExpenditure,
    "other": FIN.OtherDeal,
}

#: deal type → (role of the agent, role of the counterparty)
ROLES: dict[str, tuple[URIRef | None, URIRef | None]] = {
    "investment": (FIN.investor, FIN.investee),
    "fundraising": (FIN.fundraiser, FIN.leadInvestor),
    "debt": (FIN.borrower, FIN.lender),
    "purchase": (FIN.buyer, FIN.seller),
    "lease": (FIN.lessee, FIN.lessor),
    "warrant": (FIN.warrantIssuer, FIN.warrantHolder),
    "acquisition": (FIN.acquirer, None),
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

QUALIFIERS: dict[str, URIRef] = {
    "exact": FIN.Exact,
    "approx": FIN.Approx,
    "at_least": FIN.AtLeast,
    "up_to": FIN.UpTo,
    "at_most": FIN.AtMost,
    "range": FIN.Range,
    "vague": FIN.Vague,
}

RATE_BASES: dict[str, URIRef] = {
    "share": FIN.PerShare,
    "month": FIN.PerMonth,
    "year": FIN.PerYear,
    "gw": FIN.PerGigawatt,
    "unit": FIN.PerUnit,
    "square foot": FIN.PerSquareFoot,
}

SCRIPT_TAGS: dict[str, str] = {"traditional": "zh-Hant", "simplified": "zh-Hans"}

#: capacity display units, largest first: (watts per unit, QUDT unit)
POWER_UNITS: tuple[tuple[Decimal, URIRef], ...] = (
    (Decimal(10) ** 9, UNIT.GigaW),
    (Decimal(10) ** 6, UNIT.MegaW),
    (Decimal(10) ** 3, UNIT.KiloW),
    (Decimal(1), UNIT.W),
)

#: the reference exchange-rate table, as a provenance source
REFERENCE_RATES = ID["source/reference-rates"]


def decimal(value: Decimal) -> Literal:
    return Literal(decimal_lexical(value), datatype=XSD.decimal)


def index(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


def new_graph(identifier: URIRef | None = None) -> Graph:
    graph = Graph(identifier=identifier)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


def with_ingest_time(graph: Graph, article: URIRef, when: dt.datetime) -> Graph:
    """Record when the article was ingested (replacing any earlier time). Returns ``graph``."""
    graph.set((article, FIN.ingestedAt, Literal(when, datatype=XSD.dateTime)))
    return graph


Triple = tuple[Node, Node, Node]


def article_triples(extraction: Extraction) -> tuple[URIRef, set[Triple]]:
    """The article's named-graph IRI and its triples as plain tuples (no rdflib store: cheap)."""
    return graph_iri(extraction.article.key), set(_ArticleMapper(extraction).run())


def article_graph(extraction: Extraction, ingested_at: dt.datetime | None = None) -> tuple[URIRef, Graph]:
    """The article's named-graph IRI and its triples."""
    key = extraction.article.key
    graph = new_graph(graph_iri(key))
    for triple in _ArticleMapper(extraction).run():
        graph.add(triple)
    if ingested_at is not None:
        with_ingest_time(graph, article_iri(key), ingested_at)
    return graph_iri(key), graph


class _ArticleMapper:
    """Collects one extraction's triples; holds only per-call lookups."""

    def __init__(self, extraction: Extraction) -> None:
        self.x = extraction
        # an insertion-ordered set, so article_graph's Graph iterates in mapping order
        self.triples: dict[Triple, None] = {}
        self.key = extraction.article.key
        self.article = article_iri(self.key)
        self.sentences: tuple[Sentence, ...] = tuple(sorted(extraction.sentences, key=lambda s: s.start))
        self.sentence_starts = [s.start for s in self.sentences]
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

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.triples[(s, p, o)] = None

    def run(self) -> dict[Triple, None]:
        """The triples, in the order they were first written."""
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
        return self.triples

    # --- article and spans

    def article_metadata(self) -> None:
        a, art = self.article, self.x.article
        self.add(a, RDF.type, FIN.Article)
        self.add(a, FIN.articleKey, Literal(art.key))
        self.add(a, FIN.contentHash, Literal(art.content_hash))
        self.add(a, FIN.encoding, Literal(art.encoding))
        self.add(a, FIN.script, Literal(art.script))
        # the NIF context's text: every span's offsets index into it
        self.add(a, RDF.type, NIF.Context)
        self.add(a, NIF.isString, Literal(art.text))
        if art.title:
            self.add(a, FIN.title, Literal(art.title, lang=SCRIPT_TAGS.get(art.script)))
        if art.date is not None:
            self.add(a, FIN.publicationDate, Literal(art.date, datatype=XSD.date))
        if art.url:
            self.add(a, FIN.sourceURL, Literal(art.url, datatype=XSD.anyURI))
        if art.region:
            self.add(a, FIN.region, Literal(art.region))

    def sentence_of(self, start: int, end: int) -> Sentence | None:
        i = bisect.bisect_right(self.sentence_starts, start) - 1
        if i >= 0 and self.sentences[i].start <= start and end <= self.sentences[i].end:
            return self.sentences[i]
        return None

    def span(self, node: URIRef, start: int, end: int, text: str) -> None:
        self.add(node, NIF.beginIndex, index(start))
        self.add(node, NIF.endIndex, index(end))
        self.add(node, NIF.anchorOf, Literal(text))
        self.add(node, NIF.referenceContext, self.article)
        sentence = self.sentence_of(start, end)
        if sentence is not None and (sentence.start, sentence.end) != (start, end):
            self.add(node, NIF.sentence, self.sentence_node(sentence))

    def sentence_node(self, sentence: Sentence) -> URIRef:
        node = span_iri("sentence", self.key, sentence.start, sentence.end)
        self.add(node, RDF.type, NIF.Sentence)
        self.span(node, sentence.start, sentence.end, sentence.text)
        return node

    # --- entities

    def entity(self, entity: Entity) -> None:
        node = URIRef(entity.iri)
        self.add(node, RDF.type, ENTITY_CLASSES[entity.type])
        self.add(node, FIN.fromGazetteer, Literal(entity.known))
        labels = entity.labels or ((entity.label, ""),)
        seen_langs: set[str] = set()
        for text, lang in labels:
            literal = Literal(text, lang=lang or None)
            if entity.known and lang and lang not in seen_langs:
                seen_langs.add(lang)
                self.add(node, SKOS.prefLabel, literal)
            else:
                self.add(node, SKOS.altLabel, literal)
        if not entity.known or entity.label not in {text for text, _ in labels}:
            self.add(node, RDFS.label, Literal(entity.label))
        if entity.ticker:
            self.add(node, FIN.ticker, Literal(entity.ticker))
        if entity.exchange:
            self.add(node, FIN.exchange, Literal(entity.exchange))
        if entity.wikidata:
            wikidata = entity.wikidata
            self.add(node, OWL.sameAs, URIRef(wikidata) if "://" in wikidata else WD[wikidata])

    def party(self, mention: Mention) -> URIRef:
        node = URIRef(mention.iri)
        self.add(node, RDF.type, ENTITY_CLASSES[mention.type])
        if mention.iri not in self.described:
            # no Entity record (a generic party such as "SPV"): label it as written
            self.add(node, RDFS.label, Literal(mention.text))
        return node

    def mention(self, mention: Mention) -> URIRef:
        node = span_iri("mention", self.key, mention.start, mention.end)
        self.add(node, RDF.type, FIN.Mention)
        self.add(node, FIN.denotes, self.party(mention))
        self.span(node, mention.start, mention.end, mention.text)
        return node

    # --- quantities

    def figures(
        self,
        node: URIRef,
        value: Decimal | None,
        low: Decimal | None,
        high: Decimal | None,
        qualifier: str,
        value_property: URIRef = FIN.value,
        min_property: URIRef = FIN.minValue,
        max_property: URIRef = FIN.maxValue,
    ) -> None:
        for prop, figure in ((value_property, value), (min_property, low), (max_property, high)):
            if figure is not None:
                self.add(node, prop, decimal(figure))
        self.add(node, FIN.qualifier, QUALIFIERS[qualifier])

    def currency(self, code: str) -> URIRef:
        node = currency_iri(code)
        self.add(node, RDF.type, FIN.Currency)
        self.add(node, SKOS.notation, Literal(code.upper()))
        return node

    def amount(self, amount: Amount) -> URIRef:
        node = span_iri("amount", self.key, amount.start, amount.end)
        self.add(node, RDF.type, FIN.MonetaryAmount)
        self.span(node, amount.start, amount.end, amount.text)
        self.figures(node, amount.value, amount.min, amount.max, amount.qualifier)
        if amount.currency:
            self.add(node, FIN.currency, self.currency(amount.currency))
        if amount.currency_inferred:
            self.add(node, FIN.currencyInferred, Literal(True))
        if amount.per:
            self.add(node, FIN.per, self.rate_basis(amount.per))
        usd = amount_usd(amount)
        if usd is not None:
            self.add(node, FIN.usdValue, decimal(usd))
        if amount.usd_rate is not None:
            self.add(node, FIN.usdRate, self.rate(amount.usd_rate))
        source = self.amounts_by_start.get(amount.converted_from_start)  # type: ignore[arg-type]
        if source is not None and source is not amount:
            self.add(node, FIN.convertedFrom, span_iri("amount", self.key, source.start, source.end))
        return node

    def rate_basis(self, per: str) -> URIRef:
        known = RATE_BASES.get(per.strip().casefold())
        if known is not None:
            return known
        node = basis_iri(per)
        self.add(node, RDF.type, FIN.RateBasis)
        self.add(node, SKOS.prefLabel, Literal(f"per {per}", lang="en"))
        return node

    def capacity(self, capacity: Capacity) -> URIRef:
        node = span_iri("capacity", self.key, capacity.start, capacity.end)
        self.add(node, RDF.type, FIN.Capacity)
        self.span(node, capacity.start, capacity.end, capacity.text)
        self.figures(
            node,
            capacity.value_watts,
            capacity.min_watts,
            capacity.max_watts,
            capacity.qualifier,
            FIN.watts,
            FIN.minWatts,
            FIN.maxWatts,
        )
        if capacity.value_watts is not None:
            per_unit, unit = next((w, u) for w, u in POWER_UNITS if abs(capacity.value_watts) >= w or w == 1)
            self.add(node, QUDT.numericValue, decimal(capacity.value_watts / per_unit))
            self.add(node, QUDT.unit, unit)
        return node

    def share_count(self, count: ShareCount) -> URIRef:
        node = span_iri("shares", self.key, count.start, count.end)
        self.add(node, RDF.type, FIN.ShareCount)
        self.span(node, count.start, count.end, count.text)
        self.figures(node, count.value, count.min, count.max, count.qualifier)
        return node

    def percentage(self, percentage: Percentage) -> URIRef:
        node = span_iri("percentage", self.key, percentage.start, percentage.end)
        self.add(node, RDF.type, FIN.Percentage)
        self.span(node, percentage.start, percentage.end, percentage.text)
        self.figures(node, percentage.value, percentage.min, percentage.max, percentage.qualifier)
        self.add(node, QUDT.unit, UNIT.PERCENT)
        if percentage.value is not None:
            self.add(node, QUDT.numericValue, decimal(percentage.value))
        return node

    def rate(self, rate: ExchangeRate) -> URIRef:
        if rate.source == "reference":
            node = reference_rate_iri(rate.base, rate.quote, rate.as_of.isoformat() if rate.as_of else None)
            self.add(node, RDF.type, FIN.ReferenceExchangeRate)
            self.add(node, PROV.wasDerivedFrom, REFERENCE_RATES)
        else:
            node = article_rate_iri(self.key, rate.base, rate.quote, rate.evidence_start, rate.rate)
            self.add(node, RDF.type, FIN.ImpliedExchangeRate)
            self.add(node, PROV.wasDerivedFrom, self.article)
            self.add(node, FIN.flagged, Literal(rate.flagged))
            source = self.amounts_by_start.get(rate.evidence_start)  # type: ignore[arg-type]
            if source is not None:
                self.add(node, FIN.impliedBy, span_iri("amount", self.key, source.start, source.end))
        self.add(node, FIN.baseCurrency, self.currency(rate.base))
        self.add(node, FIN.quoteCurrency, self.currency(rate.quote))
        self.add(node, FIN.rate, decimal(rate.rate))
        if rate.as_of is not None:
            self.add(node, FIN.asOf, Literal(rate.as_of, datatype=XSD.date))
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

    def deal(self, deal: Deal) -> URIRef:
        deal = self.resolved(deal)
        node = deal_iri(deal)
        self.add(node, RDF.type, DEAL_CLASSES[deal.type])
        self.add(node, FIN.identityKey, Literal(deal_key(deal)))
        self.add(node, FIN.reportedIn, self.article)
        agent_role, counterparty_role = ROLES.get(deal.type, (None, None))
        agent = counterparty = None
        if deal.agent is not None:
            agent = self.party(deal.agent)
            self.roles(node, agent, (FIN.agent, agent_role))
        if deal.counterparty is not None:
            counterparty = self.party(deal.counterparty)
            self.roles(node, counterparty, (FIN.counterparty, counterparty_role))
        for co_agent in deal.co_agents:
            self.add(node, FIN.coAgent, self.party(co_agent))
        side = PAYER_SIDE.get(deal.type)
        payer, payee = (agent, counterparty) if side == "agent" else (counterparty, agent)
        if side is not None:
            if payer is not None:
                self.add(node, FIN.payer, payer)
            if payee is not None:
                self.add(node, FIN.payee, payee)
        if deal.amount is not None:
            self.add(node, FIN.amount, self.figure_node("amount", deal.amount, self.amount))
        if deal.capacity is not None:
            self.add(node, FIN.capacity, self.figure_node("capacity", deal.capacity, self.capacity))
        if deal.shares is not None:
            self.add(node, FIN.shares, self.figure_node("shares", deal.shares, self.share_count))
        if deal.date is not None:
            self.add(node, FIN.dealDate, Literal(deal.date, datatype=XSD.date))
        if deal.subtype:
            self.add(node, FIN.subtype, Literal(deal.subtype))
        for rank, evidence in enumerate(deal.evidence):
            ev = span_iri("sentence", self.key, evidence.start, evidence.end)
            self.add(ev, RDF.type, FIN.Evidence)
            if any((s.start, s.end) == (evidence.start, evidence.end) for s in self.sentences):
                self.add(ev, RDF.type, NIF.Sentence)
            self.add(ev, PROV.wasDerivedFrom, self.article)
            self.span(ev, evidence.start, evidence.end, evidence.text)
            self.add(node, FIN.evidence, ev)
            if rank == 0:
                self.add(node, FIN.primaryEvidence, ev)
        return node

    def figure_node(
        self, kind: str, record: Amount | Capacity | ShareCount, emit: Callable[[Any], URIRef]
    ) -> URIRef:
        """The node of a deal's figure: already written when the extraction lists it."""
        if (kind, record.start, record.end) in self.emitted_spans:
            return span_iri(kind, self.key, record.start, record.end)
        return emit(record)

    def roles(self, deal: URIRef, party: URIRef, properties: Iterable[URIRef | None]) -> None:
        for prop in properties:
            if prop is not None:
                self.add(deal, prop, party)
