"""Every external term finkg uses exists in its published vocabulary (ontology/external-terms.txt).

The list is written from the published specifications (FIBO, PROV-O, QUDT 3, SKOS, schema.org,
NIF 2.0, ITS 2.0, DCTERMS and the W3C core vocabularies); where rdflib ships a vocabulary as a
closed namespace, the list's entries are checked against it too, so a mistake in the list shows.
Checked: the ontology, the shapes, the gazetteer, the named queries and a graph ingested from
articles covering every kind of node (deals, amounts, capacities, shares, rates, mentions, the
ingest activity). finkg's own namespace (``fin:``, ``id:``) and Wikidata entity IRIs (data, not
vocabulary) are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, XSD, Graph, Literal, URIRef

from pipeline.graph.queries import load_named_queries, with_prefixes
from pipeline.resources import ontology_file
from pipeline.store import EmbeddedStore

#: finkg's own IRIs: its namespaces, and the placeholder the named queries bind for "no entity"
OWN = ("https://w3id.org/finkg/", "urn:finkg:")
DATA = ("http://www.wikidata.org/entity/",)
RDFLIB_CLOSED = (RDF, RDFS, OWL, XSD, SH, SKOS, PROV, DCTERMS, SDO)
REMOVED = (
    "http://qudt.org/schema/qudt/unit",
    "https://spec.edmcouncil.org/fibo/ontology/FBC/DebtAndEquities/Debt/Loan",
    "https://spec.edmcouncil.org/fibo/ontology/SEC/Equities/EquityInstruments/EquityWarrant",
)


def published() -> set[str]:
    lines = ontology_file("external-terms.txt").read_text(encoding="utf-8").splitlines()
    return {line.split("#", 1)[0].strip() if line.startswith("#") else line.strip() for line in lines} - {""}


def _external(iris: Iterable[str]) -> set[str]:
    return {i for i in iris if not i.startswith(OWN + DATA)}


def _graph_iris(graph: Graph) -> Iterator[str]:
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                yield str(term)
            elif isinstance(term, Literal) and term.datatype is not None:
                yield str(term.datatype)


def _algebra_iris(node: Any) -> Iterator[str]:
    if isinstance(node, URIRef):
        yield str(node)
    elif isinstance(node, Literal) and node.datatype is not None:
        yield str(node.datatype)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _algebra_iris(value)
    elif isinstance(node, list | tuple | set):
        for value in node:
            yield from _algebra_iris(value)


def test_the_list_parses_and_lists_no_removed_term() -> None:
    terms = published()
    assert len(terms) > 200
    assert all(t.startswith(("http://", "https://")) and " " not in t for t in terms)
    assert not set(REMOVED) & terms


def test_listed_terms_of_rdflib_vocabularies_exist() -> None:
    unknown = []
    for term in sorted(published()):
        ns = next((n for n in RDFLIB_CLOSED if term.startswith(n._NS)), None)
        if ns is None:
            continue
        local = term[len(ns._NS) :]
        if local not in ns.__annotations__ and local not in (ns._extras or ()):
            unknown.append(term)
    assert unknown == []


@pytest.mark.parametrize(
    "name",
    [
        "finkg.ttl",
        "shapes.ttl",
        *sorted(f"gazetteer/{p.name}" for p in ontology_file("gazetteer").glob("*.ttl")),
    ],
)
def test_ontology_files_use_published_terms(name: str) -> None:
    path = ontology_file(name)
    used = _external(_graph_iris(Graph().parse(path, format="turtle")))
    assert sorted(used - published()) == []


def test_named_queries_use_published_terms() -> None:
    from rdflib.plugins.sparql import prepareQuery

    used: set[str] = set()
    for query in load_named_queries().values():
        assert query.source is not None
        text = with_prefixes(query.source.read_text(encoding="utf-8"))  # runnable as it stands
        used |= _external(_algebra_iris(prepareQuery(text).algebra))
    assert used and sorted(used - published()) == []


def test_graphs_use_published_terms(corpus_store: EmbeddedStore) -> None:
    used: set[str] = set()
    for q in corpus_store.statements():
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(term, ox.NamedNode):
                used.add(term.value)
            elif isinstance(term, ox.Literal):
                used.add(term.datatype.value)
    external = _external(used)
    for expected in (
        "http://qudt.org/schema/qudt/hasUnit",
        "http://www.w3.org/2005/11/its/rdf#taConfidence",
        "http://www.w3.org/ns/prov#wasGeneratedBy",
    ):
        assert expected in external
    assert sorted(external - published()) == []
