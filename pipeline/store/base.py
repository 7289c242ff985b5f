"""What every store is: the ``Store`` protocol, its records, its constants and export formats.

Layout of the data (the same in every backend):

- one named graph per article (``id/graph/<key>``, see :mod:`pipeline.model.iris`), holding
  what was extracted from it and the store's record of the graph, a ``fin:GraphRecord`` on its
  own subject ``id/record/<key>``::

      record:<key> a fin:GraphRecord ; fin:recordOf graph:<key> ; fin:storedKey "<article key>" ;
          fin:ingestStamp "<sha256>" ; fin:codeFingerprint "<sha256>" ; fin:ingestedAt "…"^^xsd:dateTime .

  Nothing is said about the graph IRI itself, and the record uses none of the ``fin:Article``
  properties: a query over articles meets each article once. Replacing an article replaces its
  graph, record included, in one transaction.
- static graphs (the ontology) under ``id/graph/static/<name>``, whose record has a stamp (the
  file's hash) but no key; they are refreshed when their file changes.
- the default graph is the merged graph: every triple of the named graphs but their records,
  each once (a set), kept in step with them in the same transaction
  (:mod:`pipeline.store.merged`). Queries run over it: a deal's agent reported by 50 articles
  is one row; ``GRAPH ?g { … }`` reaches the article graphs for provenance. Exports write the
  named graphs (the merged graph is derived from them; ``finkg load`` rebuilds it).

Oxigraph normalises what it stores: language tags are lowercased (``zh-Hant`` → ``zh-hant``),
and numeric literals are canonicalised — every integer-derived datatype becomes ``xsd:integer``
(``"5"^^xsd:nonNegativeInteger`` → ``"5"^^xsd:integer``), ``"1.50"^^xsd:decimal`` → ``"1.5"``,
``"0100"^^xsd:integer`` → ``"100"``. Shapes and queries must expect those forms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import IO, Protocol, TypeAlias, runtime_checkable

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from pipeline.graph import terms as t
from pipeline.graph.namespace import FIN, RDF_BASE
from pipeline.model.iris import GRAPH_BASE, STATIC_GRAPH_BASE, record_iri

# (defined in location, which the CLI reads without importing rdflib)
from pipeline.store.location import DEFAULT_LOCATION as DEFAULT_LOCATION
from pipeline.store.location import ENV_VAR as ENV_VAR
from pipeline.store.location import MEMORY as MEMORY
from pipeline.store.results import QueryResult

USER_ENV_VAR = "FINKG_STORE_USER"
PASSWORD_ENV_VAR = "FINKG_STORE_PASSWORD"
GRAPH_NS = GRAPH_BASE
STATIC_NS = STATIC_GRAPH_BASE

RDF_TYPE = ox.NamedNode(RDF_BASE + "type")
GRAPH_RECORD = ox.NamedNode(str(FIN.GraphRecord))
RECORD_OF = ox.NamedNode(str(FIN.recordOf))
STORED_KEY = ox.NamedNode(str(FIN.storedKey))
INGEST_STAMP = ox.NamedNode(str(FIN.ingestStamp))
CODE_FINGERPRINT = ox.NamedNode(str(FIN.codeFingerprint))
INGESTED_AT = ox.NamedNode(str(FIN.ingestedAt))

#: what a graph may be given as: pyoxigraph quads or triples, an rdflib Graph or (s, p, o) tuples
StoreTriples: TypeAlias = Graph | Iterable[ox.Quad | ox.Triple | tuple[Node, Node, Node]]


class ExportFormat(StrEnum):
    """RDF export formats: Turtle, N-Triples and RDF/XML hold the union of the graphs; TriG, N-Quads
    and JSON-LD (compacted with finkg's context) keep one graph per article. Aliases and MIME
    types: :mod:`pipeline.store.formats`."""

    TURTLE = "turtle"
    TRIG = "trig"
    NQUADS = "nquads"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @property
    def rdf_format(self) -> ox.RdfFormat:
        return {
            ExportFormat.TURTLE: ox.RdfFormat.TURTLE,
            ExportFormat.TRIG: ox.RdfFormat.TRIG,
            ExportFormat.NQUADS: ox.RdfFormat.N_QUADS,
            ExportFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
            ExportFormat.JSONLD: ox.RdfFormat.JSON_LD,
            ExportFormat.RDFXML: ox.RdfFormat.RDF_XML,
        }[self]

    @property
    def has_graphs(self) -> bool:
        return self in (ExportFormat.TRIG, ExportFormat.NQUADS, ExportFormat.JSONLD)

    @property
    def extension(self) -> str:
        return {
            "turtle": "ttl",
            "trig": "trig",
            "nquads": "nq",
            "ntriples": "nt",
            "jsonld": "jsonld",
            "rdfxml": "rdf",
        }[self.value]


@dataclass(frozen=True)
class GraphRecord:
    """The store's bookkeeping about one named graph (a ``fin:GraphRecord`` kept in that graph).

    ``stamp`` is what the graph was written from (for an article: its content hash bound to the
    code fingerprint; for a static graph: its file's hash); ``key`` is None for a static graph.
    """

    graph: str
    stamp: str
    key: str | None = None
    fingerprint: str | None = None
    ingested_at: dt.datetime | None = None

    @property
    def iri(self) -> str:
        return record_iri(self.graph)

    def quads(self) -> list[ox.Quad]:
        graph, record = ox.NamedNode(self.graph), ox.NamedNode(self.iri)
        facts: list[tuple[ox.NamedNode, ox.NamedNode | ox.Literal]] = [
            (RDF_TYPE, GRAPH_RECORD),
            (RECORD_OF, graph),
            (INGEST_STAMP, t.string(self.stamp)),
        ]
        if self.key is not None:
            facts.append((STORED_KEY, t.string(self.key)))
        if self.fingerprint is not None:
            facts.append((CODE_FINGERPRINT, t.string(self.fingerprint)))
        if self.ingested_at is not None:
            facts.append((INGESTED_AT, t.date_time(self.ingested_at.astimezone(dt.UTC))))
        return [ox.Quad(record, p, o, graph) for p, o in facts]


@dataclass(frozen=True)
class StoreStats:
    articles: int
    static_graphs: int
    triples: int  # quads in article graphs, the graph records left out
    facts: int  # triples of the merged (default) graph: each fact once, the ontology included
    deals: int
    amounts: int
    entities: dict[str, int]  # class local name → distinct nodes

    def format(self) -> str:
        """One line per count, each with what it counts (distinct nodes, unlike ``finkg ingest``)."""
        rows: list[tuple[str, int, str]] = [
            ("articles", self.articles, "article graphs"),
            ("triples", self.triples, "statements in the article graphs (graph records left out)"),
            ("facts", self.facts, "statements of the merged default graph: each fact once"),
            ("deals", self.deals, "distinct deals: one node however many articles report it"),
            ("amounts", self.amounts, "amounts: one node per place an article states one"),
        ]
        rows += [
            (name, count, "distinct entities of this type") for name, count in sorted(self.entities.items())
        ]
        rows.append(("static graphs", self.static_graphs, "the ontology"))
        width = max(len(str(count)) for _, count, _ in rows)
        return "\n".join(f"{name:<16}{count:<{width}}  {note}" for name, count, note in rows)

    def to_json(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "triples": self.triples,
            "facts": self.facts,
            "deals": self.deals,
            "amounts": self.amounts,
            "entities": dict(sorted(self.entities.items())),
            "static_graphs": self.static_graphs,
        }


@runtime_checkable
class Store(Protocol):
    location: str

    def replace_graph(self, record: GraphRecord, triples: StoreTriples) -> None:
        """Write ``record.graph`` as ``triples`` plus the record, replacing that graph and any other
        graph stored under the same key, in one transaction."""
        ...

    def remove_graph(self, graph_iri: str) -> bool: ...

    def find_article(self, key: str) -> GraphRecord | None: ...

    def resolve(self, ref: str) -> GraphRecord | None: ...

    def record(self, graph_iri: str) -> GraphRecord | None: ...

    def graph_stamp(self, graph_iri: str) -> str | None: ...

    def articles(self) -> list[GraphRecord]: ...

    def static_graphs(self) -> list[GraphRecord]: ...

    def query(self, sparql: str) -> QueryResult: ...

    def export(self, fmt: ExportFormat, out: IO[bytes], include_static: bool = True) -> int: ...

    def statements(self, include_static: bool = True) -> Iterator[ox.Quad]: ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
