"""What both backends share, written in SPARQL over three primitives: select, run, quads.

Bookkeeping reads the graph records (``fin:GraphRecord``, see :mod:`pipeline.store.base`);
statistics and exports are the same queries on either backend.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import IO, Any

import pyoxigraph as ox

from pipeline.errors import StoreError
from pipeline.graph.namespace import FIN_BASE, RDFS_BASE
from pipeline.store.base import (
    CODE_FINGERPRINT,
    GRAPH_NS,
    GRAPH_RECORD,
    INGEST_STAMP,
    INGESTED_AT,
    RDF_TYPE,
    RECORD_OF,
    STATIC_NS,
    STORED_KEY,
    ExportFormat,
    GraphRecord,
    StoreStats,
)
from pipeline.store.conversion import check_iri, sparql_string
from pipeline.store.export import write_export
from pipeline.store.results import Form, QueryResult, query_form

_STATS_QUERY = f"""
PREFIX fin: <{FIN_BASE}>
PREFIX rdfs: <{RDFS_BASE}>
SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  VALUES (?kind ?class) {{
    ("deals" fin:Deal) ("amounts" fin:MonetaryAmount)
    ("Organization" fin:Organization) ("Person" fin:Person) ("Place" fin:Place)
    ("Facility" fin:Facility) ("Product" fin:Product)
  }}
  ?x a/rdfs:subClassOf* ?class .
}} GROUP BY ?kind
"""

#: the quads of article graphs, their records left out
_COUNT_TRIPLES = (
    f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?r {STORED_KEY} ?k . ?s ?p ?o FILTER(?s != ?r) }} }}"
)


_COUNT_FACTS = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _count(result: QueryResult) -> int:
    return int(str(result.rows[0][0])) if result.rows else 0


def records_query(where: str = "", filters: str = "") -> str:
    """The graph records, one row each (?g ?h ?k ?f ?t); ``where`` narrows the record ``?r``."""
    return f"""SELECT ?g ?h ?k ?f ?t WHERE {{ GRAPH ?g {{
        ?r {RDF_TYPE} {GRAPH_RECORD} ; {RECORD_OF} ?g ; {INGEST_STAMP} ?h . {where}
        OPTIONAL {{ ?r {STORED_KEY} ?k }} OPTIONAL {{ ?r {CODE_FINGERPRINT} ?f }}
        OPTIONAL {{ ?r {INGESTED_AT} ?t }} }} {filters} }} ORDER BY ?g"""


def graph_filter(var: str = "?g") -> str:
    return f"FILTER(STRSTARTS(STR({var}), {sparql_string(GRAPH_NS)}))"


def _record(row: Sequence[Any]) -> GraphRecord:
    g, h, k, f, t = row
    return GraphRecord(
        graph=str(g),
        stamp=str(h),
        key=str(k) if k is not None else None,
        fingerprint=str(f) if f is not None else None,
        ingested_at=dt.datetime.fromisoformat(str(t)) if t is not None else None,
    )


class SparqlStore:
    """Bookkeeping, stats and export over a few primitives each backend implements."""

    location: str

    # primitives -------------------------------------------------------------------------
    def _select(self, sparql: str, union: bool = True) -> QueryResult:
        raise NotImplementedError

    def _run(self, sparql: str, form: Form, union: bool = True) -> QueryResult:
        raise NotImplementedError

    def _quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # API --------------------------------------------------------------------------------
    def query(self, sparql: str) -> QueryResult:
        return self._run(sparql, query_form(sparql))

    def _records(self, where: str = "", filters: str = "") -> list[GraphRecord]:
        return [_record(row) for row in self._select(records_query(where, filters), union=False).rows]

    def find_article(self, key: str) -> GraphRecord | None:
        found = self._records(f"?r {STORED_KEY} {sparql_string(key)} .")
        return found[0] if found else None

    def record(self, graph_iri: str) -> GraphRecord | None:
        found = self._records(filters=f"FILTER(?g = <{check_iri(graph_iri)}>)")
        return found[0] if found else None

    def graph_stamp(self, graph_iri: str) -> str | None:
        found = self.record(graph_iri)
        return found.stamp if found is not None else None

    def articles(self) -> list[GraphRecord]:
        return self._records(f"?r {STORED_KEY} ?key .", graph_filter())

    def static_graphs(self) -> list[GraphRecord]:
        return self._records(filters=f"FILTER(!BOUND(?k) && STRSTARTS(STR(?g), {sparql_string(STATIC_NS)}))")

    def resolve(self, ref: str) -> GraphRecord | None:
        """An article by key, graph IRI, or the IRI of a node typed in its graph (the article node)."""
        found = self.find_article(ref)
        if found is not None:
            return found
        try:
            iri = check_iri(ref)
        except StoreError:
            return None
        as_graph = self.record(iri)
        if as_graph is not None and as_graph.key is not None:
            return as_graph
        graphs = self._select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{iri}> a ?t . ?r {STORED_KEY} ?k }} }}", union=False
        ).rows
        return self.record(str(graphs[0][0])) if len(graphs) == 1 else None

    def _article_triples(self, facts: int, static: list[GraphRecord]) -> int:
        """Quads in the article graphs, their records left out (one join per quad; the embedded
        store counts faster)."""
        return _count(self._select(_COUNT_TRIPLES, union=False))

    def stats(self) -> StoreStats:
        kinds = {str(k): int(str(n)) for k, n in self._select(_STATS_QUERY).rows}
        facts = _count(self._select(_COUNT_FACTS))
        static = self.static_graphs()
        return StoreStats(
            articles=len(self.articles()),
            static_graphs=len(static),
            triples=self._article_triples(facts, static),
            facts=facts,
            deals=kinds.get("deals", 0),
            amounts=kinds.get("amounts", 0),
            entities={k: n for k, n in kinds.items() if k not in ("deals", "amounts") and n},
        )

    def graph_names(self, include_static: bool = True) -> list[str]:
        graphs = [a.graph for a in self.articles()]
        if include_static:
            graphs += [s.graph for s in self.static_graphs()]
        return sorted(graphs)

    def export(self, fmt: ExportFormat | str, out: IO[bytes], include_static: bool = True) -> int:
        """Write the store to ``out``: sorted, so the same store gives the same bytes. Returns statements."""
        return write_export(self._quads(self.graph_names(include_static)), fmt, out)

    def statements(self, include_static: bool = True) -> Iterator[ox.Quad]:
        """Every quad of the article graphs (and of the static graphs)."""
        return self._quads(self.graph_names(include_static))

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
