"""The entity page: an entity's names, its deals in both directions with each reporting
article's figures, the articles that mention it, and the graph of its deal neighbourhood."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from rdflib import Literal, URIRef

from pipeline.serve.pages.figures import Figure, Party, deal_type, figure
from pipeline.serve.pages.index import (
    ENTITY_KINDS,
    LANGUAGE_NAMES,
    NIF,
    OWL_SAME_AS,
    RDF_TYPE,
    RDFS_LABEL,
    ROLE_NAMES,
    SKOS,
    Index,
    article_url,
    best_label,
    entity_url,
    fin,
    fmt_usd,
    select,
    values,
)


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
    own = [str(d) for (d,) in select(store, _deals_of([iri]))]
    deals_index, labels = _deal_index(store, own)
    around = _neighbourhood(store, iri, own, deals_index, labels)
    entity_deals = [_entity_deal(deals_index, labels, d, iri) for d in own]
    entity_deals.sort(key=lambda d: (d.direction, -(d.usd or 0), d.type))
    same = index.text(iri, OWL_SAME_AS)
    gazetteer = index.one(iri, fin("fromGazetteer"))
    label = best_label(index, iri)
    return EntityPage(
        iri=iri,
        label=label,
        types=sorted(index.fin_types(iri)),
        names=_names(index, iri),
        forms=_forms(store, iri),
        ticker=index.text(iri, fin("ticker")),
        exchange=index.text(iri, fin("exchange")),
        wikidata=same,
        from_gazetteer=None if gazetteer is None else str(gazetteer).lower() == "true",
        deals=entity_deals,
        articles=_articles(store, iri),
        graph=_graph(deals_index, labels, iri, label, own + around),
    )


def _names(index: Index, iri: str) -> list[tuple[str, str, str]]:
    """(script or language, name, kind of label), Traditional Chinese first."""
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
    return names


def _forms(store: Any, iri: str) -> list[tuple[str, int]]:
    """The surface forms the entity is mentioned by, most frequent first."""
    return [
        (str(form), int(str(n)))
        for form, n in select(
            store,
            f"SELECT ?form (COUNT(?m) AS ?n) WHERE {{ ?m <{fin('denotes')}> <{iri}> ; "
            f"<{NIF}anchorOf> ?form }} "
            "GROUP BY ?form ORDER BY DESC(?n) ?form",
        )
    ]


def _articles(store: Any, iri: str) -> list[dict[str, Any]]:
    """The articles that mention the entity, newest first, with their mention counts."""
    return [
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


def _neighbourhood(store: Any, iri: str, own: list[str], deals_index: Index, labels: Index) -> list[str]:
    """The deals among the entity's partners (cycles, shared suppliers) when there are few
    partners, their triples and labels merged into ``deals_index`` and ``labels``."""
    partners = {
        str(o)
        for d in own
        for p in ("agent", "counterparty", "coAgent")
        for o in deals_index.all(d, fin(p))
        if str(o) != iri
    }
    if not partners or len(partners) > 60:
        return []
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
        deals_index.merge(extra_index)
        labels.merge(extra_labels)
    return around


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
    kind, colour = deal_type(index, deal)
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
        kind, colour = deal_type(index, deal)
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
