"""Search by any name (labels in either script, ticker, surface forms) and the home page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.errors import QueryError
from pipeline.graph.namespace import ID_BASE
from pipeline.graph.queries import literal as sparql_literal
from pipeline.graph.queries import sparql_terms
from pipeline.serve.pages.index import (
    ENTITY_KINDS,
    NIF,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS,
    Index,
    best_label,
    entity_url,
    fin,
    select,
    values,
)


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


#: the most mentioned entities the home page shows
HOME_ENTITIES = 40


def home(store: Any, rows: int | None = None) -> dict[str, Any]:
    """The first page of the articles (``rows`` of them, default the listing's page) — asked
    with one more, to know whether more follow — and the most mentioned entities."""
    from pipeline.graph.queries import Page, load_named_queries
    from pipeline.serve.listing import query_url

    queries = load_named_queries()
    articles, more = [], None
    if "articles" in queries:
        listing = queries["articles"]
        size = rows or listing.page or 100
        found = store.query(listing.render(None, Page(size + 1) if listing.page is not None else None))
        articles = [dict(zip(found.variables, row, strict=True)) for row in found.rows]
        if len(articles) > size:
            articles = articles[:size]
            limit = None if size == listing.page else size
            more = query_url("articles", {}, offset=size, limit=limit) + "#results-section"
    entities = store.query(queries["entities"].render()) if "entities" in queries else None
    chips = [dict(zip(entities.variables, row, strict=True)) for row in entities.rows] if entities else []
    more_chips = query_url("entities", {}) + "#results-section" if len(chips) > HOME_ENTITIES else None
    return {
        "articles": articles,
        "more_articles": more,
        "entities": chips[:HOME_ENTITIES],
        "more_entities": more_chips,
    }
