"""The merged graph: the store's default graph, each fact of every named graph once.

Every named graph finkg writes (an article's, the ontology's) is the claims of its source. The
default graph is the deduplicated union of those claims — a *set*: a triple that 50 articles
state is in the default graph once — with the graph records (bookkeeping) left out. It is kept
in step with the named graphs on every write, in the same transaction:

- writing a graph adds its triples to the default graph (already there: nothing changes);
- replacing or removing a graph deletes from the default graph each of its old triples that no
  other named graph still states (one index lookup per triple, stopping at the first other
  graph), so removing the last article that reports a deal removes the deal.

Queries run over the default graph and meet each fact once; ``GRAPH ?g { … }`` reaches the
article graphs for provenance. This is plain SPARQL dataset semantics: it works the same on
Oxigraph, Fuseki, GraphDB (the server's own default graph) and Virtuoso (a named graph standing
for it, :data:`MERGED_GRAPH`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator

import pyoxigraph as ox

from pipeline.model.iris import ID_BASE, record_iri

#: where a server without a separate default graph (Virtuoso: its default graph is the union of
#: all graphs) keeps the merged facts. Outside the ``graph/`` namespace: never taken for an article.
MERGED_GRAPH = ID_BASE + "merged"

Triple = ox.Triple


def facts_of(graph_iri: str, quads: Iterable[ox.Quad | ox.Triple]) -> Iterator[ox.Triple]:
    """The triples of ``quads`` that belong in the merged graph: all but the graph's record."""
    record = ox.NamedNode(record_iri(graph_iri))
    for q in quads:
        if q.subject != record:
            yield q.triple if isinstance(q, ox.Quad) else q


def orphans(
    candidates: Iterable[ox.Triple],
    replaced: Collection[str],
    graphs_stating: Callable[[ox.Triple], Iterable[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]],
    ignore: Collection[str] = (),
) -> list[ox.Triple]:
    """The candidates no named graph states outside ``replaced`` (and ``ignore``): the triples to
    delete from the merged graph when the ``replaced`` graphs go."""
    skip = set(replaced) | set(ignore) | {MERGED_GRAPH}
    gone = []
    for triple in candidates:
        for graph in graphs_stating(triple):
            if isinstance(graph, ox.NamedNode) and graph.value not in skip:
                break
        else:
            gone.append(triple)
    return gone


def sparql_triples(triples: Iterable[ox.Triple]) -> str:
    """Triples as the body of ``INSERT DATA`` / ``DELETE DATA`` (pyoxigraph writes N-Triples terms)."""
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
