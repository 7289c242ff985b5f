"""The namespaces of the graph: ``FIN`` (generated, closed), ``ID`` (instances), the vocabularies
rdflib does not ship, and the prefixes every export and named query may use.

``FIN`` lives in :mod:`pipeline.graph.fin`, generated from ``ontology/finkg.ttl``. Instance IRIs
are minted as plain strings by :mod:`pipeline.model.iris`.
"""

from __future__ import annotations

from rdflib import Namespace

from pipeline.graph.fin import FIN
from pipeline.model.iris import FIN_BASE, GRAPH_BASE, ID_BASE

__all__ = ["FIBO_CUR", "FIN", "FIN_BASE", "ID", "ID_BASE", "ITSRDF", "NIF", "PREFIXES", "QUDT", "UNIT", "WD"]

#: Instances (entities, deals, articles, amounts, mentions, rates, named graphs).
ID = Namespace(ID_BASE)

# External vocabularies rdflib does not ship.
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
WD = Namespace("http://www.wikidata.org/entity/")
FIBO_CUR = Namespace("https://spec.edmcouncil.org/fibo/ontology/FND/Accounting/CurrencyAmount/")
PROV_BASE = "http://www.w3.org/ns/prov#"
SKOS_BASE = "http://www.w3.org/2004/02/skos/core#"
RDF_BASE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_BASE = "http://www.w3.org/2000/01/rdf-schema#"
XSD_BASE = "http://www.w3.org/2001/XMLSchema#"
OWL_BASE = "http://www.w3.org/2002/07/owl#"

#: Prefixes declared in the named queries and usable undeclared in ``finkg query``.
PREFIXES: dict[str, str] = {
    "fin": FIN_BASE,
    "id": ID_BASE,
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "qudt": str(QUDT),
    "unit": str(UNIT),
    "prov": PROV_BASE,
    "skos": SKOS_BASE,
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": OWL_BASE,
    "wd": str(WD),
}

#: Prefixes written in Turtle, TriG and JSON-LD exports (and shown in query tables).
EXPORT_PREFIXES: dict[str, str] = {
    "fin": FIN_BASE,
    "id": ID_BASE,
    **{kind: f"{ID_BASE}{kind}/" for kind in ("org", "person", "place", "facility", "product", "deal")},
    **{kind: f"{ID_BASE}{kind}/" for kind in ("article", "amount", "rate", "mention", "record")},
    "graph": GRAPH_BASE,
    "rdf": RDF_BASE,
    "rdfs": RDFS_BASE,
    "xsd": XSD_BASE,
    **PREFIXES,
}
