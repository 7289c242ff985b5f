from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from pipeline.graph.namespace import FIN_BASE
from pipeline.resources import ontology_file

KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("finkg.ttl"), format="turtle")


def fin_terms(graph: Graph) -> list[URIRef]:
    return sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(FIN_BASE)})


def test_ontology_header(ontology: Graph) -> None:
    header = URIRef("https://w3id.org/finkg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None
    assert not list(ontology.objects(header, OWL.imports))


def test_every_term_is_labelled_and_commented_in_english_and_traditional_chinese(ontology: Graph) -> None:
    missing = []
    for term in fin_terms(ontology):
        for prop in (RDFS.label, RDFS.comment):
            langs = {lit.language for lit in ontology.objects(term, prop)}
            missing += [f"{term} {prop} @{lang}" for lang in ("en", "zh-Hant") if lang not in langs]
    assert missing == []


def test_every_term_has_a_kind(ontology: Graph) -> None:
    untyped = [t for t in fin_terms(ontology) if not any((t, RDF.type, k) in ontology for k in KINDS)]
    assert [
        str(t)
        for t in untyped
        if (t, RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#ConceptScheme")) not in ontology
    ] == []


@pytest.mark.parametrize(
    "name",
    [
        "Investment",
        "Fundraising",
        "DebtFinancing",
        "Purchase",
        "Lease",
        "WarrantIssuance",
        "Agreement",
        "Acquisition",
        "CapitalExpenditure",
        "OtherDeal",
    ],
)
def test_deal_types_are_subclasses_of_deal(ontology: Graph, name: str) -> None:
    assert (URIRef(FIN_BASE + name), RDFS.subClassOf, URIRef(FIN_BASE + "Deal")) in ontology


def test_role_properties_specialise_agent_or_counterparty(ontology: Graph) -> None:
    agent, counterparty = URIRef(FIN_BASE + "agent"), URIRef(FIN_BASE + "counterparty")
    roles = {s for s, o in ontology.subject_objects(RDFS.subPropertyOf) if o in (agent, counterparty)}
    names = {str(r).removeprefix(FIN_BASE) for r in roles}
    assert {"investor", "investee", "buyer", "seller", "lender", "borrower", "lessor", "lessee"} <= names
