"""The article page: the article's text with its mentions and figures highlighted, its deals
with their evidence, and the exchange rates it implies — all read from its named graph in one
query."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from pipeline.serve.highlight import Mark, render
from pipeline.serve.pages.figures import Figure, Party, RateView, deal_type, figure, rate_view
from pipeline.serve.pages.index import (
    CONFIDENCE,
    ENTITY_KINDS,
    FIGURE_KINDS,
    KIND_LABELS,
    NIF,
    OWL_SAME_AS,
    RDF_TYPE,
    ROLE_NAMES,
    Index,
    best_label,
    fin,
    local_name,
    number,
    select,
)


@dataclass
class SpanView:
    node: str
    kind: str
    start: int
    end: int
    text: str
    rows: list[tuple[str, str]]
    entity: Party | None = None

    @property
    def id(self) -> str:
        return f"s{self.start}-{self.end}-{self.kind}"

    def panel(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": KIND_LABELS.get(self.kind, self.kind),
            "text": self.text,
            "rows": self.rows,
        }
        if self.entity is not None:
            out["entity"] = {"iri": self.entity.iri, "label": self.entity.label, "url": self.entity.url}
        return out

    def title(self) -> str:
        parts = [KIND_LABELS.get(self.kind, self.kind)]
        parts += [f"{k}: {v}" for k, v in self.rows if v]
        return " · ".join(parts)


@dataclass
class DealView:
    iri: str
    type: str
    colour: str
    agent: Party | None
    counterparty: Party | None
    co_agents: list[Party]
    roles: str
    figures: list[Figure]
    date: str | None
    subtype: str | None
    confidence: str | None
    evidence: list[tuple[int, int, str]]
    evidence_html: list[Markup] = field(default_factory=list)

    @property
    def usd(self) -> Decimal | None:
        found = [f.usd for f in self.figures if f.usd is not None]
        return max(found) if found else None


@dataclass
class ArticlePage:
    key: str
    graph: str
    iri: str
    title: str | None
    date: str | None
    url: str | None
    script: str | None
    region: str | None
    text: str | None
    text_html: Markup
    spans: list[SpanView]
    deals: list[DealView]
    rates: list[RateView]
    reference_rates: list[RateView]
    counts: dict[str, int]

    def panel_data(self) -> dict[str, Any]:
        return {s.id: s.panel() for s in self.spans}


def _entity_rows(index: Index, iri: str) -> list[tuple[str, str]]:
    rows = [("entity", best_label(index, iri))]
    ticker = index.text(iri, fin("ticker"))
    if ticker:
        exchange = index.text(iri, fin("exchange"))
        rows.append(("ticker", f"{ticker} ({exchange})" if exchange else ticker))
    if str(index.one(iri, fin("fromGazetteer"))).lower() == "false":
        rows.append(("linked", "discovered in the text (not in the gazetteer)"))
    same = index.text(iri, OWL_SAME_AS)
    if same:
        rows.append(("Wikidata", local_name(same)))
    return rows


def article_page(store: Any, key: str) -> ArticlePage | None:
    stored = store.find_article(key)
    if stored is None:
        return None
    graph = stored.graph
    rows = select(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    index = Index(rows)
    articles = [s for s in index.subjects(RDF_TYPE, fin("Article"))]
    if not articles:
        return None
    iri = articles[0]
    text = index.text(iri, NIF + "isString")
    spans = _spans(index, iri)
    deals = _article_deals(index, iri, spans, text)
    rates, reference = _rates(index)
    marks = [_mark(s) for s in spans]
    for deal_no, deal in enumerate(deals):
        for ev_start, ev_end, _ in deal.evidence:
            marks.append(Mark(ev_start, ev_end, "span", ("evidence",), {"data-deal": str(deal_no)}))
    text_html = render(text, marks) if text is not None else Markup("")
    counts: dict[str, int] = defaultdict(int)
    for s in spans:
        counts[s.kind] += 1
    return ArticlePage(
        key=key,
        graph=graph,
        iri=iri,
        title=index.text(iri, fin("title")),
        date=index.text(iri, fin("publicationDate")),
        url=index.text(iri, fin("sourceURL")),
        script=index.text(iri, fin("script")),
        region=index.text(iri, fin("region")),
        text=text,
        text_html=text_html,
        spans=spans,
        deals=deals,
        rates=rates,
        reference_rates=reference,
        counts=dict(counts),
    )


def _spans(index: Index, article: str) -> list[SpanView]:
    """The article's mentions and figures, in text order."""
    spans: list[SpanView] = []
    for node in index.subjects(NIF + "referenceContext", article):
        types = index.fin_types(node)
        begin, end = number(index.one(node, NIF + "beginIndex")), number(index.one(node, NIF + "endIndex"))
        if begin is None or end is None:
            continue
        anchor = index.text(node, NIF + "anchorOf") or ""
        if "Mention" in types:
            entity = index.text(node, fin("denotes"))
            kind = "entity"
            if entity:
                kinds = [ENTITY_KINDS[t] for t in index.fin_types(entity) if t in ENTITY_KINDS]
                kind = kinds[0] if kinds else "entity"
            party = Party.of(index, entity) if entity else None
            spans.append(
                SpanView(
                    node,
                    kind,
                    int(begin),
                    int(end),
                    anchor,
                    _entity_rows(index, entity) if entity else [],
                    party,
                )
            )
        elif types & set(FIGURE_KINDS):
            fig = figure(index, node)
            if fig is not None:
                spans.append(SpanView(node, fig.kind, fig.start, fig.end, fig.text, fig.rows))
    spans.sort(key=lambda s: (s.start, -s.end, s.kind))
    return spans


def _rates(index: Index) -> tuple[list[RateView], list[RateView]]:
    """The exchange rates the article implies (outliers first, each with its pair's average) and
    the reference rates its US$ values used."""
    rates = [_implied_rate(index, node) for node in index.subjects(RDF_TYPE, fin("ImpliedExchangeRate"))]
    _averages(rates)
    rates.sort(key=lambda r: (not r.flagged, r.base, r.quote, r.rate or 0))
    used = {str(o) for s in index.subjects(fin("usdRate")) for o in index.all(s, fin("usdRate"))}
    reference = sorted(
        (rate_view(index, n) for n in used if "ReferenceExchangeRate" in index.fin_types(n)),
        key=lambda r: (r.base, r.quote),
    )
    return rates, reference


def _mark(span: SpanView, extra: tuple[str, ...] = ()) -> Mark:
    return Mark(
        span.start,
        span.end,
        "mark",
        ("hl", f"hl-{span.kind}", *extra),
        {"data-span": span.id, "title": span.title(), "tabindex": "0"},
    )


def _roles(index: Index, deal: str, agent: str | None, counterparty: str | None) -> str:
    names = []
    for party in (agent, counterparty) if counterparty else (agent,):
        role = next(
            (ROLE_NAMES[p] for p in ROLE_NAMES if party and party in {str(o) for o in index.all(deal, p)}), ""
        )
        names.append(role)
    return " → ".join(n or "—" for n in names) if any(names) else ""


def _confidence(index: Index, node: str) -> str | None:
    for prop in CONFIDENCE:
        value = number(index.one(node, prop))
        if value is not None:
            return f"{value:.2f}"
    return None


def _article_deals(index: Index, article: str, spans: list[SpanView], text: str | None) -> list[DealView]:
    deals = []
    for deal in index.subjects(fin("reportedIn"), article):
        agent = index.text(deal, fin("agent"))
        counterparty = index.text(deal, fin("counterparty"))
        kind, colour = deal_type(index, deal)
        figures = [
            f
            for p in ("amount", "capacity", "shares")
            for node in index.all(deal, fin(p))
            if (f := figure(index, str(node))) is not None
        ]
        primary = index.text(deal, fin("primaryEvidence"))
        evidence = []
        for node in sorted(map(str, index.all(deal, fin("evidence"))), key=lambda n: (n != primary, n)):
            b, e = number(index.one(node, NIF + "beginIndex")), number(index.one(node, NIF + "endIndex"))
            if b is not None and e is not None:
                evidence.append((int(b), int(e), index.text(node, NIF + "anchorOf") or ""))
        view = DealView(
            iri=deal,
            type=kind,
            colour=colour,
            agent=Party.of(index, agent) if agent else None,
            counterparty=Party.of(index, counterparty) if counterparty else None,
            co_agents=[Party.of(index, str(c)) for c in index.all(deal, fin("coAgent"))],
            roles=_roles(index, deal, agent, counterparty),
            figures=figures,
            date=index.text(deal, fin("dealDate")),
            subtype=index.text(deal, fin("subtype")),
            confidence=_confidence(index, deal),
            evidence=evidence,
        )
        parties = {p.iri for p in (view.agent, view.counterparty, *view.co_agents) if p is not None}
        figure_nodes = {f.node for f in figures}
        for start, end, sentence in evidence:
            inside = [
                _mark(
                    s,
                    ("deal-part",)
                    if (s.entity and s.entity.iri in parties) or s.node in figure_nodes
                    else (),
                )
                for s in spans
                if start <= s.start and s.end <= end
            ]
            view.evidence_html.append(render(sentence, inside, offset=start))
        deals.append(view)
    deals.sort(key=lambda d: (d.evidence[0][0] if d.evidence else 10**9, d.type, d.iri))
    return deals


def _implied_rate(index: Index, node: str) -> RateView:
    rate = rate_view(index, node)
    source = index.text(node, fin("impliedBy"))
    if source:
        rate.source_text = index.text(source, NIF + "anchorOf")
        converted = [s for s in index.subjects(fin("convertedFrom"), source)]
        if converted:
            rate.converted_text = index.text(converted[0], NIF + "anchorOf")
    return rate


def _averages(rates: list[RateView]) -> None:
    by_pair: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    for r in rates:
        if r.rate is not None:
            by_pair[(r.base, r.quote)].append(r.rate)
    for r in rates:
        pair = by_pair.get((r.base, r.quote))
        if pair:
            r.average = (sum(pair, Decimal(0)) / len(pair)).quantize(Decimal("0.0001"))
