"""What the article, entity, search and home pages show, read from the store with SPARQL.

Only the store's public API is used (``query`` → ``QueryResult``, ``find_article``), so the pages
work over an embedded store or a remote endpoint alike. An article page reads its article's
named graph in one query and assembles mentions, figures, deals and rates from it; an entity
page reads the entity's labels, the deals it is party to (with each reporting article's figures)
and the deals among its partners.
"""

from __future__ import annotations

import math
import urllib.parse
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from markupsafe import Markup
from rdflib import Literal, URIRef

from pipeline.errors import QueryError
from pipeline.graph.namespace import FIN_BASE, ID_BASE
from pipeline.graph.queries import literal as sparql_literal
from pipeline.graph.queries import sparql_terms
from pipeline.serve.highlight import Mark, render

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
QUDT = "http://qudt.org/schema/qudt/"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
#: confidence terms a deal or link may carry (issue 12 item 6 picks one of them)
CONFIDENCE = (
    "http://www.w3.org/2005/11/its/rdf#taConfidence",
    FIN_BASE + "confidence",
)


def fin(name: str) -> str:
    return FIN_BASE + name


#: entity class → highlight kind
ENTITY_KINDS = {
    "Organization": "org",
    "MediaOutlet": "media",
    "Person": "person",
    "Place": "place",
    "Facility": "facility",
    "Product": "product",
}
#: figure class → highlight kind
FIGURE_KINDS = {
    "MonetaryAmount": "money",
    "Capacity": "capacity",
    "ShareCount": "shares",
    "Percentage": "percent",
}
KIND_LABELS = {
    "money": "money",
    "capacity": "capacity",
    "shares": "shares",
    "percent": "percent",
    "org": "organisation",
    "media": "media outlet",
    "person": "person",
    "place": "place",
    "facility": "facility",
    "product": "product",
    "entity": "entity",
}
#: deal class → (short type, colour of its edges and badges)
DEAL_TYPES: dict[str, tuple[str, str]] = {
    "Investment": ("investment", "#1f77b4"),
    "Fundraising": ("fundraising", "#2ca02c"),
    "DebtFinancing": ("debt", "#d62728"),
    "Purchase": ("purchase", "#ff7f0e"),
    "Lease": ("lease", "#9467bd"),
    "WarrantIssuance": ("warrant", "#8c564b"),
    "Agreement": ("agreement", "#7f7f7f"),
    "Acquisition": ("acquisition", "#e377c2"),
    "CapitalExpenditure": ("capex", "#17becf"),
    "OtherDeal": ("other", "#bcbd22"),
}
#: typed role property → its name
ROLE_NAMES = {
    fin(n): n
    for n in (
        "investor",
        "investee",
        "fundraiser",
        "leadInvestor",
        "borrower",
        "lender",
        "buyer",
        "seller",
        "lessee",
        "lessor",
        "warrantIssuer",
        "warrantHolder",
        "acquirer",
    )
}
QUALIFIER_LABELS = {
    "Exact": "",
    "Approx": "about",
    "AtLeast": "at least",
    "UpTo": "up to",
    "AtMost": "at most",
    "Range": "range",
    "Vague": "vague",
}
LANGUAGE_NAMES = {
    "zh-hant": "Traditional Chinese",
    "zh-hans": "Simplified Chinese",
    "zh": "Chinese",
    "en": "English",
    "ja": "Japanese",
    "ko": "Korean",
}


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


def entity_url(iri: str) -> str:
    if iri.startswith(ID_BASE):
        return "/entity/" + urllib.parse.quote(iri[len(ID_BASE) :], safe="/")
    return "/entity?" + urllib.parse.urlencode({"iri": iri})


def article_url(key: str) -> str:
    return "/article/" + urllib.parse.quote(key, safe="")


def number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


def fmt_number(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_short(value: Decimal | None) -> str:
    """2000000000 → "2 bn", 350000000 → "350 m"."""
    if value is None:
        return ""
    v = abs(value)
    for scale, word in ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m")):
        if v >= scale:
            return f"{fmt_number((value / scale).quantize(Decimal('0.01')))} {word}"
    return fmt_number(value.quantize(Decimal("0.01")) if v >= 1 else value)


def fmt_usd(value: Decimal | None) -> str:
    return f"US${fmt_short(value)}" if value is not None else ""


def _key(term: Any) -> str:
    return str(term)


class Index:
    """Triples (s, p, o) of rdflib terms, by subject then predicate."""

    def __init__(self, triples: Iterable[Sequence[Any]]):
        self.by: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in triples:
            if s is None or p is None or o is None:
                continue
            values = self.by[_key(s)][str(p)]
            if o not in values:
                values.append(o)

    def all(self, s: str, p: str) -> list[Any]:
        found = self.by.get(s)
        return list(found.get(p, ())) if found else []

    def one(self, s: str, p: str) -> Any:
        values = self.all(s, p)
        return values[0] if values else None

    def text(self, s: str, p: str) -> str | None:
        value = self.one(s, p)
        return str(value) if value is not None else None

    def types(self, s: str) -> set[str]:
        return {str(t) for t in self.all(s, RDF_TYPE)}

    def fin_types(self, s: str) -> set[str]:
        return {t[len(FIN_BASE) :] for t in self.types(s) if t.startswith(FIN_BASE)}

    def subjects(self, p: str, o: str | None = None) -> list[str]:
        return [
            s
            for s, props in self.by.items()
            if p in props and (o is None or any(str(v) == o for v in props[p]))
        ]


def best_label(index: Index, iri: str) -> str:
    """prefLabel in Traditional Chinese, else English, else any; else rdfs:label; else altLabel."""
    prefs: list[Literal] = index.all(iri, SKOS + "prefLabel")
    for lang in ("zh-hant", "en"):
        for label in prefs:
            if (getattr(label, "language", None) or "").lower() == lang:
                return str(label)
    for prop in (SKOS + "prefLabel", RDFS_LABEL, SKOS + "altLabel"):
        value = index.text(iri, prop)
        if value:
            return value
    return local_name(iri)


def select(store: Any, sparql: str) -> list[tuple[Any, ...]]:
    result = store.query(sparql)
    return [tuple(row) for row in result.rows]


def values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(set(iris)))} }}"


# ---------------------------------------------------------------------------------------------
# Article page


@dataclass
class Party:
    iri: str
    label: str
    url: str

    @classmethod
    def of(cls, index: Index, iri: str) -> Party:
        return cls(iri, best_label(index, iri), entity_url(iri))


@dataclass
class Figure:
    """A stated figure: its text as written and what it was parsed as."""

    node: str
    kind: str
    text: str
    start: int
    end: int
    rows: list[tuple[str, str]]
    usd: Decimal | None = None
    summary: str = ""


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
class RateView:
    base: str
    quote: str
    rate: Decimal | None
    flagged: bool
    source_text: str | None
    converted_text: str | None
    as_of: str | None
    average: Decimal | None = None


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


def _currency(index: Index, node: str | None) -> str | None:
    if node is None:
        return None
    return index.text(node, SKOS + "notation") or local_name(node)


def _rate(index: Index, node: str) -> RateView:
    return RateView(
        base=_currency(index, index.text(node, fin("baseCurrency"))) or "",
        quote=_currency(index, index.text(node, fin("quoteCurrency"))) or "",
        rate=number(index.one(node, fin("rate"))),
        flagged=str(index.one(node, fin("flagged"))).lower() == "true",
        source_text=None,
        converted_text=None,
        as_of=index.text(node, fin("asOf")),
    )


def _range_rows(
    index: Index, node: str, value: str, low: str, high: str, unit: str = ""
) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    v, lo, hi = (number(index.one(node, fin(p))) for p in (value, low, high))
    qualifier = local_name(index.text(node, fin("qualifier")) or "")
    suffix = f" {unit}" if unit else ""
    if v is not None:
        rows.append(("value", f"{fmt_number(v)}{suffix}"))
    if lo is not None or hi is not None:
        rows.append(("range", f"{fmt_number(lo) or '…'} – {fmt_number(hi) or '…'}{suffix}"))
    if QUALIFIER_LABELS.get(qualifier):
        rows.append(("qualifier", QUALIFIER_LABELS[qualifier]))
    return rows


def figure(index: Index, node: str) -> Figure | None:
    """A figure node (amount, capacity, share count, percentage) as shown to a reader."""
    kinds = [FIGURE_KINDS[t] for t in index.fin_types(node) if t in FIGURE_KINDS]
    begin, end = number(index.one(node, NIF + "beginIndex")), number(index.one(node, NIF + "endIndex"))
    if not kinds or begin is None or end is None:
        return None
    kind = kinds[0]
    text = index.text(node, NIF + "anchorOf") or ""
    usd = None
    summary = text
    if kind == "money":
        currency = _currency(index, index.text(node, fin("currency")))
        rows = _range_rows(index, node, "value", "minValue", "maxValue", currency or "")
        if currency:
            rows.append(
                ("currency", currency + (" (inferred)" if index.one(node, fin("currencyInferred")) else ""))
            )
        per = index.text(node, fin("per"))
        if per:
            rows.append(
                ("per", index.text(per, SKOS + "prefLabel") or local_name(per).removeprefix("Per").lower())
            )
        usd = number(index.one(node, fin("usdValue")))
        if usd is not None:
            rows.append(("US$", f"{fmt_number(usd.quantize(Decimal('1')))} ({fmt_usd(usd)})"))
        rate = index.text(node, fin("usdRate"))
        if rate:
            r = _rate(index, rate)
            how = (
                "implied by the article"
                if "ImpliedExchangeRate" in index.fin_types(rate)
                else "reference table"
            )
            dated = f", {r.as_of}" if r.as_of else ""
            rows.append(("rate used", f"1 {r.base} = {fmt_number(r.rate)} {r.quote} ({how}{dated})"))
        source = index.text(node, fin("convertedFrom"))
        if source:
            rows.append(("converted from", index.text(source, NIF + "anchorOf") or ""))
        value = number(index.one(node, fin("value")))
        # a US$ figure's value is its US$ value: shown once
        summary = (
            f"{fmt_short(value)} {currency or ''}".strip()
            if value is not None and currency != "USD"
            else text
        )
    elif kind == "capacity":
        unit = local_name(index.text(node, QUDT + "hasUnit") or index.text(node, QUDT + "unit") or "")
        unit = {"GigaW": "GW", "MegaW": "MW", "KiloW": "kW", "W": "W"}.get(unit, unit)
        rows = _range_rows(index, node, "watts", "minWatts", "maxWatts", "W")
        numeric = number(index.one(node, QUDT + "numericValue"))
        if numeric is not None:
            rows.insert(0, ("capacity", f"{fmt_number(numeric)} {unit}"))
            summary = f"{fmt_number(numeric)} {unit}"
    elif kind == "shares":
        rows = _range_rows(index, node, "value", "minValue", "maxValue", "shares")
    else:
        rows = _range_rows(index, node, "value", "minValue", "maxValue", "%")
    return Figure(node, kind, text, int(begin), int(end), rows, usd, summary)


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
    spans: list[SpanView] = []
    for node in index.subjects(NIF + "referenceContext", iri):
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
    deals = _article_deals(index, iri, spans, text)
    rates = [_implied_rate(index, node) for node in index.subjects(RDF_TYPE, fin("ImpliedExchangeRate"))]
    _averages(rates)
    rates.sort(key=lambda r: (not r.flagged, r.base, r.quote, r.rate or 0))
    used = {str(o) for s in index.subjects(fin("usdRate")) for o in index.all(s, fin("usdRate"))}
    reference = sorted(
        (_rate(index, n) for n in used if "ReferenceExchangeRate" in index.fin_types(n)),
        key=lambda r: (r.base, r.quote),
    )
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


def _mark(span: SpanView, extra: tuple[str, ...] = ()) -> Mark:
    return Mark(
        span.start,
        span.end,
        "mark",
        ("hl", f"hl-{span.kind}", *extra),
        {"data-span": span.id, "title": span.title(), "tabindex": "0"},
    )


def _deal_type(index: Index, deal: str) -> tuple[str, str]:
    for t in index.fin_types(deal):
        if t in DEAL_TYPES:
            return DEAL_TYPES[t]
    return ("deal", "#555555")


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
        kind, colour = _deal_type(index, deal)
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
    rate = _rate(index, node)
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


# ---------------------------------------------------------------------------------------------
# Entity page


@dataclass
class Report:
    """One article's account of a deal."""

    article_key: str | None
    article_title: str | None
    article_date: str | None
    figures: list[Figure]
    date: str | None

    @property
    def usd(self) -> Decimal | None:
        found = [f.usd for f in self.figures if f.usd is not None]
        return max(found) if found else None


@dataclass
class EntityDeal:
    iri: str
    type: str
    colour: str
    direction: str  # "out" (the entity acts: invests, buys, borrows …), "in", "co"
    role: str
    other: Party | None
    agent: str | None
    counterparty: str | None
    reports: list[Report]

    @property
    def usd(self) -> Decimal | None:
        found = [r.usd for r in self.reports if r.usd is not None]
        return max(found) if found else None


@dataclass
class EntityPage:
    iri: str
    label: str
    types: list[str]
    names: list[tuple[str, str, str]]  # (script or language, name, property)
    forms: list[tuple[str, int]]
    ticker: str | None
    exchange: str | None
    wikidata: str | None
    from_gazetteer: bool | None
    deals: list[EntityDeal]
    articles: list[dict[str, Any]]
    graph: dict[str, Any]


def _script_of(text: str, lang: str) -> str:
    if lang:
        return LANGUAGE_NAMES.get(lang.lower(), lang)
    if any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text):
        return "Chinese (no language tag)"
    return "Latin (no language tag)"


def entity_page(store: Any, iri: str) -> EntityPage | None:
    about = select(store, f"SELECT DISTINCT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
    if not about:
        return None
    index = Index((URIRef(iri), p, o) for p, o in about)
    names = []
    for prop, kind in (
        (SKOS + "prefLabel", "preferred"),
        (RDFS_LABEL, "label"),
        (SKOS + "altLabel", "alternative"),
        (SKOS + "hiddenLabel", "hidden"),
    ):
        for label in index.all(iri, prop):
            names.append((_script_of(str(label), getattr(label, "language", None) or ""), str(label), kind))
    order = list(LANGUAGE_NAMES.values())
    names.sort(key=lambda n: (order.index(n[0]) if n[0] in order else len(order), n[0], n[1]))
    forms = [
        (str(form), int(str(n)))
        for form, n in select(
            store,
            f"SELECT ?form (COUNT(?m) AS ?n) WHERE {{ ?m <{fin('denotes')}> <{iri}> ; "
            f"<{NIF}anchorOf> ?form }} "
            "GROUP BY ?form ORDER BY DESC(?n) ?form",
        )
    ]
    articles = [
        {
            "key": str(key) if key is not None else "",
            "title": str(title) if title is not None else None,
            "date": str(date) if date is not None else None,
            "mentions": int(str(n)),
            "url": article_url(str(key)) if key is not None else None,
        }
        for key, title, date, n in select(
            store,
            f"""SELECT ?key (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (COUNT(DISTINCT ?m) AS ?n) WHERE {{
                  ?m <{fin("denotes")}> <{iri}> ; <{NIF}referenceContext> ?article .
                  ?article <{fin("articleKey")}> ?key .
                  OPTIONAL {{ ?article <{fin("title")}> ?t }}
                  OPTIONAL {{ ?article <{fin("publicationDate")}> ?d }}
                }} GROUP BY ?key ORDER BY DESC(?date) ?key""",
        )
    ]
    own = [str(d) for (d,) in select(store, _deals_of([iri]))]
    deals_index, labels = _deal_index(store, own)
    partners = {
        str(o)
        for d in own
        for p in ("agent", "counterparty", "coAgent")
        for o in deals_index.all(d, fin(p))
        if str(o) != iri
    }
    # the neighbourhood: deals among the entity's partners too (cycles, shared suppliers), when it stays small
    around: list[str] = []
    if partners and len(partners) <= 60:
        around = [
            str(d)
            for (d,) in select(
                store,
                f"""SELECT DISTINCT ?d WHERE {{
                      {values("a", partners | {iri})} {values("b", partners | {iri})}
                      ?d <{fin("agent")}> ?a ; <{fin("counterparty")}> ?b }}""",
            )
            if str(d) not in own
        ]
        if around:
            extra_index, extra_labels = _deal_index(store, around)
            for s, props in extra_index.by.items():
                for p, objs in props.items():
                    for o in objs:
                        if o not in deals_index.by[s][p]:
                            deals_index.by[s][p].append(o)
            for s, props in extra_labels.by.items():
                for p, objs in props.items():
                    labels.by[s][p].extend(o for o in objs if o not in labels.by[s][p])
    entity_deals = [_entity_deal(deals_index, labels, d, iri) for d in own]
    entity_deals.sort(key=lambda d: (d.direction, -(d.usd or 0), d.type))
    same = index.text(iri, OWL_SAME_AS)
    gazetteer = index.one(iri, fin("fromGazetteer"))
    label = best_label(index, iri)
    return EntityPage(
        iri=iri,
        label=label,
        types=sorted(index.fin_types(iri)),
        names=names,
        forms=forms,
        ticker=index.text(iri, fin("ticker")),
        exchange=index.text(iri, fin("exchange")),
        wikidata=same,
        from_gazetteer=None if gazetteer is None else str(gazetteer).lower() == "true",
        deals=entity_deals,
        articles=articles,
        graph=_graph(deals_index, labels, iri, label, own + around),
    )


def _deals_of(iris: Sequence[str]) -> str:
    return f"""SELECT DISTINCT ?d WHERE {{ {values("e", iris)}
        ?d <{fin("agent")}>|<{fin("counterparty")}>|<{fin("coAgent")}> ?e }}"""


def _deal_index(store: Any, deals: Sequence[str]) -> tuple[Index, Index]:
    """The deals' triples with each article's figures, and labels of parties, articles, currencies.

    Figures sit in the reporting article's graph: they are keyed ``<graph>|<node>`` so each report
    keeps its own."""
    if not deals:
        return Index(()), Index(())
    vals = values("d", deals)
    rows: list[tuple[Any, ...]] = [
        (d, p, o) for d, p, o in select(store, f"SELECT ?d ?p ?o WHERE {{ {vals} ?d ?p ?o }}")
    ]
    per_graph = select(
        store,
        f"""SELECT ?g ?d ?x ?p ?o WHERE {{ {vals} GRAPH ?g {{
              ?d <{fin("amount")}>|<{fin("capacity")}>|<{fin("shares")}> ?x . ?x ?p ?o }} }}""",
    )
    reports = select(
        store,
        f"""SELECT ?g ?d ?article ?key ?title ?date ?dealDate WHERE {{ {vals} GRAPH ?g {{
              ?d <{fin("reportedIn")}> ?article . OPTIONAL {{ ?d <{fin("dealDate")}> ?dealDate }} }}
              ?article <{fin("articleKey")}> ?key .
              OPTIONAL {{ ?article <{fin("title")}> ?title }}
              OPTIONAL {{ ?article <{fin("publicationDate")}> ?date }} }}""",
    )
    for g, d, x, p, o in per_graph:
        rows.append((f"{g}|{x}", p, o))
        rows.append((f"{g}|{d}", fin("figure"), Literal(f"{g}|{x}")))
    for g, d, _article, key, title, date, deal_date in reports:
        report = f"{g}|{d}"
        rows.append((d, fin("report"), Literal(report)))
        for p, o in (("articleKey", key), ("title", title), ("date", date), ("dealDate", deal_date)):
            if o is not None:
                rows.append((report, fin(p), o))
    index = Index(rows)
    parties = {
        str(o) for d in deals for p in ("agent", "counterparty", "coAgent") for o in index.all(d, fin(p))
    }
    currencies = {str(o) for (s, p, o) in rows if str(p) == fin("currency")}
    label_rows = (
        select(
            store,
            f"""SELECT ?x ?p ?o WHERE {{ {values("x", parties | currencies)}
              VALUES ?p {{ <{SKOS}prefLabel> <{RDFS_LABEL}> <{SKOS}altLabel> <{SKOS}notation> <{RDF_TYPE}> }}
              ?x ?p ?o }}""",
        )
        if parties | currencies
        else []
    )
    labels = Index(label_rows)
    # currency codes are looked up in the figure index too
    for cur in currencies:
        code = labels.text(cur, SKOS + "notation")
        if code:
            index.by[cur][SKOS + "notation"].append(Literal(code))
    return index, labels


def _entity_deal(index: Index, labels: Index, deal: str, iri: str) -> EntityDeal:
    kind, colour = _deal_type(index, deal)
    agent = index.text(deal, fin("agent"))
    counterparty = index.text(deal, fin("counterparty"))
    if agent == iri:
        direction, other = "out", counterparty
    elif counterparty == iri:
        direction, other = "in", agent
    else:
        direction, other = "co", counterparty
    role = next((ROLE_NAMES[p] for p in ROLE_NAMES if iri in {str(o) for o in index.all(deal, p)}), "")
    role = role or {"out": "agent", "in": "counterparty", "co": "co-agent"}[direction]
    reports = []
    for report in sorted(map(str, index.all(deal, fin("report")))):
        figures = [f for x in index.all(report, fin("figure")) if (f := figure(index, str(x))) is not None]
        reports.append(
            Report(
                article_key=index.text(report, fin("articleKey")),
                article_title=index.text(report, fin("title")),
                article_date=index.text(report, fin("date")),
                figures=figures,
                date=index.text(report, fin("dealDate")),
            )
        )
    return EntityDeal(
        iri=deal,
        type=kind,
        colour=colour,
        direction=direction,
        role=role,
        other=Party.of(labels, other) if other else None,
        agent=agent,
        counterparty=counterparty,
        reports=reports,
    )


def edge_width(usd: Decimal | None) -> float:
    """Edge width in px from the deal's US$ size: 1.5 px at US$10 m or less, +1.6 px per tenfold."""
    if usd is None or usd <= 0:
        return 1.0
    return round(min(14.0, max(1.5, 1.5 + 1.6 * math.log10(float(usd) / 1e7))), 2)


def _graph(index: Index, labels: Index, focus: str, focus_label: str, deals: Sequence[str]) -> dict[str, Any]:
    nodes: dict[str, dict[str, Any]] = {}

    def node(iri: str) -> str:
        if iri not in nodes:
            kinds = [ENTITY_KINDS[t] for t in labels.fin_types(iri) if t in ENTITY_KINDS]
            nodes[iri] = {
                "id": iri,
                "label": focus_label if iri == focus else best_label(labels, iri),
                "kind": kinds[0] if kinds else "org",
                "focus": iri == focus,
                "url": entity_url(iri),
            }
        return iri

    node(focus)
    edges = []
    for deal in deals:
        kind, colour = _deal_type(index, deal)
        agent = index.text(deal, fin("agent"))
        counterparty = index.text(deal, fin("counterparty"))
        reports = [str(r) for r in index.all(deal, fin("report"))]
        usd_values = [
            f.usd
            for r in reports
            for x in index.all(r, fin("figure"))
            if (f := figure(index, str(x))) and f.usd
        ]
        usd = max(usd_values) if usd_values else None
        if agent is None and counterparty is None:
            continue
        source = node(agent) if agent else None
        target = node(counterparty) if counterparty else None
        if source is None or target is None:
            ghost = f"{deal}#unnamed"
            nodes[ghost] = {"id": ghost, "label": "(unnamed)", "kind": "ghost", "focus": False, "url": None}
            source, target = source or ghost, target or ghost
        edges.append(
            {
                "id": deal,
                "source": source,
                "target": target,
                "type": kind,
                "colour": colour,
                "usd": float(usd) if usd is not None else None,
                "label": f"{kind} {fmt_usd(usd)}".strip(),
                "width": edge_width(usd),
            }
        )
    return {"nodes": list(nodes.values()), "edges": edges}


# ---------------------------------------------------------------------------------------------
# Search and home


@dataclass
class Hit:
    iri: str
    label: str
    matched: str
    types: list[str]
    mentions: int
    exact: bool

    @property
    def url(self) -> str:
        return entity_url(self.iri)


def search(store: Any, q: str, limit: int = 50) -> list[Hit]:
    """Entities any of whose names (labels in any script, ticker, surface forms) contain ``q``.

    ``q`` is matched case-insensitively in the form given and in its Simplified and Traditional
    forms, so 辉达, 輝達 and nvidia all find NVIDIA."""
    q = q.strip()
    if not q:
        return []
    try:
        terms = [t for t in sparql_terms(q) if t.startswith('"')] or [sparql_literal(q)]
    except QueryError:
        terms = [sparql_literal(q)]
    rows = select(
        store,
        f"""SELECT ?e ?name (MAX(?isExact) AS ?exact) WHERE {{
              VALUES ?q {{ {" ".join(terms)} }}
              {{ ?e <{SKOS}prefLabel>|<{SKOS}altLabel>|<{RDFS_LABEL}>|<{SKOS}hiddenLabel>|<{fin("ticker")}>
                   ?name }}
              UNION {{ ?m <{fin("denotes")}> ?e ; <{NIF}anchorOf> ?name }}
              FILTER(isIRI(?e) && STRSTARTS(STR(?e), {sparql_literal(ID_BASE)}))
              FILTER(CONTAINS(LCASE(STR(?name)), LCASE(STR(?q))))
              BIND(LCASE(STR(?name)) = LCASE(STR(?q)) AS ?isExact)
            }} GROUP BY ?e ?name""",
    )
    best: dict[str, tuple[bool, str]] = {}
    for e, name, exact in rows:
        is_exact = str(exact).lower() == "true"
        key = str(e)
        if (
            key not in best
            or (is_exact and not best[key][0])
            or (is_exact == best[key][0] and len(str(name)) < len(best[key][1]))
        ):
            best[key] = (is_exact, str(name))
    if not best:
        return []
    iris = list(best)
    info = Index(
        select(
            store,
            f"""SELECT ?x ?p ?o WHERE {{ {values("x", iris)}
                  VALUES ?p {{ <{SKOS}prefLabel> <{RDFS_LABEL}> <{SKOS}altLabel> <{RDF_TYPE}> }}
                  ?x ?p ?o }}""",
        )
    )
    counts = {
        str(e): int(str(n))
        for e, n in select(
            store,
            f"SELECT ?x (COUNT(?m) AS ?n) WHERE {{ {values('x', iris)} ?m <{fin('denotes')}> ?x }} "
            "GROUP BY ?x",
        )
    }
    hits = [
        Hit(iri, best_label(info, iri), name, sorted(info.fin_types(iri)), counts.get(iri, 0), exact)
        for iri, (exact, name) in best.items()
        if info.fin_types(iri) & (set(ENTITY_KINDS) | {"Organization"})
    ]
    hits.sort(key=lambda h: (not h.exact, -h.mentions, h.label))
    return hits[:limit]


def home(store: Any) -> dict[str, Any]:
    from pipeline.graph.queries import load_named_queries

    queries = load_named_queries()
    articles = store.query(queries["articles"].render()) if "articles" in queries else None
    entities = store.query(queries["entities"].render()) if "entities" in queries else None
    return {
        "articles": [dict(zip(articles.variables, row, strict=True)) for row in articles.rows]
        if articles
        else [],
        "entities": [dict(zip(entities.variables, row, strict=True)) for row in entities.rows][:40]
        if entities
        else [],
    }
