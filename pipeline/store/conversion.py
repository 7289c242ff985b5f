"""Terms at the store's edge: rdflib ↔ pyoxigraph, quads for one graph, skolemisation, SPARQL strings.

finkg's own writes arrive as pyoxigraph quads already (:mod:`pipeline.graph.mapping`); rdflib
terms are converted only when a caller hands them in, and query results go back to rdflib terms
for the callers that read them.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from pipeline.errors import StoreError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (``StoreError`` for an invalid IRI or language tag)."""
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, RdfLiteral):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as e:
        raise StoreError(f"cannot store RDF term {term!r}: {e}") from e
    raise StoreError(f"cannot store RDF term {term!r}")


def from_ox(term: Any) -> Node | None:
    """A pyoxigraph term as an rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return RdfLiteral(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return RdfLiteral(term.value)
        return RdfLiteral(term.value, datatype=URIRef(datatype), normalize=False)
    raise StoreError(f"unsupported RDF term {term!r}")


def graph_quads(graph_iri: str, statements: Any) -> list[ox.Quad]:
    """``statements`` (pyoxigraph quads or triples, an rdflib Graph or (s, p, o) tuples) as quads in
    ``graph_iri``, blank nodes skolemised. Bad terms raise ``StoreError`` before anything is written."""
    graph = ox.NamedNode(graph_iri)
    quads: list[ox.Quad] = []
    for st in statements if not isinstance(statements, Graph) else iter(statements):
        if isinstance(st, ox.Quad):
            quads.append(
                st if st.graph_name == graph else ox.Quad(st.subject, st.predicate, st.object, graph)
            )
        elif isinstance(st, ox.Triple):
            quads.append(ox.Quad(st.subject, st.predicate, st.object, graph))
        else:
            s, p, o = st
            quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph))  # type: ignore[arg-type]
    return skolemize(graph_iri, quads)


def skolemize(graph_iri: str, quads: list[ox.Quad]) -> list[ox.Quad]:
    """Blank nodes become deterministic IRIs under the graph (canonical labelling).

    Quads without blank nodes (everything the mapping writes) pass through untouched."""
    if not any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads):
        return quads
    graph = ox.NamedNode(graph_iri)
    dataset = ox.Dataset(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    base = graph_iri + "/.well-known/genid/"

    def fix(term: Any) -> Any:
        return ox.NamedNode(base + term.value) if isinstance(term, ox.BlankNode) else term

    return sorted({ox.Quad(fix(q.subject), q.predicate, fix(q.object), graph) for q in dataset}, key=str)


def sparql_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def check_iri(iri: str) -> str:
    try:
        return ox.NamedNode(iri).value
    except ValueError as e:
        raise StoreError(f"not a valid IRI: {iri!r} ({e})") from e
