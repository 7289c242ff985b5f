"""Store load, query and export: finkg's embedded Oxigraph store against rdflib's memory store.

A synthetic graph of ``deals`` deals (about 11 triples each: type, agent, counterparty, amount
node with value and currency, evidence, date, reporting article), written the way ingest writes
it: one named graph per "article" of ``per_article`` deals, one transaction each.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from bench.common import best_of, peak_rss_mb, timed
from pipeline.graph.namespace import FIN_BASE, ID_BASE
from pipeline.store import ExportFormat, GraphRecord, open_store

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
TYPES = ("Investment", "Purchase", "Lease", "DebtFinancing", "Fundraising")
CURRENCIES = ("USD", "TWD", "CNY", "HKD")


def fin(name: str) -> ox.NamedNode:
    return ox.NamedNode(FIN_BASE + name)


def node(path: str) -> ox.NamedNode:
    return ox.NamedNode(ID_BASE + path)


def deal_triples(i: int, orgs: int) -> Iterator[ox.Triple]:
    deal, amount = node(f"deal/d{i}"), node(f"amount/a{i}")
    yield ox.Triple(deal, RDF_TYPE, fin(TYPES[i % len(TYPES)]))
    yield ox.Triple(deal, fin("agent"), node(f"org/o{i % orgs}"))
    yield ox.Triple(deal, fin("counterparty"), node(f"org/o{(i * 7 + 1) % orgs}"))
    yield ox.Triple(deal, fin("amount"), amount)
    yield ox.Triple(
        deal, fin("dealDate"), ox.Literal(f"2025-{i % 12 + 1:02d}-01", datatype=ox.NamedNode(XSD + "date"))
    )
    yield ox.Triple(deal, fin("reportedIn"), node(f"article/{i // 10}"))
    yield ox.Triple(deal, fin("evidence"), ox.Literal(f"第{i}筆交易：輝達投資{i}億美元。"))
    yield ox.Triple(amount, RDF_TYPE, fin("MonetaryAmount"))
    yield ox.Triple(
        amount,
        fin("value"),
        ox.Literal(str(1_000_000 * (i % 997 + 1)), datatype=ox.NamedNode(XSD + "decimal")),
    )
    yield ox.Triple(amount, fin("currency"), ox.Literal(CURRENCIES[i % len(CURRENCIES)]))
    yield ox.Triple(node(f"org/o{i % orgs}"), RDF_TYPE, fin("Organization"))


def queries(orgs: int) -> dict[str, str]:
    prefix = f"PREFIX fin: <{FIN_BASE}> PREFIX id: <{ID_BASE}> "
    return {
        "lookup by IRI": prefix + f"SELECT ?p ?o WHERE {{ <{ID_BASE}deal/d123> ?p ?o }}",
        "SUM … GROUP BY": prefix
        + "SELECT ?agent (SUM(?v) AS ?total) WHERE { ?d fin:agent ?agent ; fin:amount ?a . ?a fin:value ?v } "
        "GROUP BY ?agent",
        "2-hop from one node": prefix
        + f"SELECT DISTINCT ?d2 WHERE {{ ?d fin:agent <{ID_BASE}org/o1> ; fin:counterparty ?c . "
        "?d2 fin:agent ?c }",
    }


def _bulk_load(path: Path, ntriples: bytes) -> float:
    """pyoxigraph's bulk loader (no transaction), for reference."""
    bulk = ox.Store(str(path))
    seconds, _ = timed(lambda: bulk.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES))
    return seconds


def run(deals: int, per_article: int = 10, repeat: int = 3) -> dict[str, object]:
    orgs = max(10, deals // 10)
    groups = [
        [t for i in range(start, min(start + per_article, deals)) for t in deal_triples(i, orgs)]
        for start in range(0, deals, per_article)
    ]
    ntriples = ox.serialize((t for g in groups for t in g), format=ox.RdfFormat.N_TRIPLES) or b""
    triples = sum(len(g) for g in groups)
    result: dict[str, object] = {"deals": deals, "triples": triples, "graphs": len(groups)}

    with tempfile.TemporaryDirectory() as tmp:
        # finkg's write path: one transaction per article graph, on disk
        store = open_store(Path(tmp) / "store")
        load_s, _ = timed(
            lambda: [
                store.replace_graph(GraphRecord(f"{ID_BASE}graph/g{k}", "h", f"g{k}"), g)
                for k, g in enumerate(groups)
            ]
        )
        bulk_s = _bulk_load(Path(tmp) / "bulk", ntriples)
        rdf_graph = Graph()
        rdflib_s, _ = timed(lambda: rdf_graph.parse(data=ntriples.decode("utf-8"), format="nt"))
        result["load_s"] = {
            "finkg embedded (txn per graph)": round(load_s, 2),
            "pyoxigraph bulk_load": round(bulk_s, 2),
            "rdflib memory": round(rdflib_s, 2),
        }

        query_s: dict[str, dict[str, float]] = {}
        for name, sparql in queries(orgs).items():
            ours = len(store.query(sparql))
            theirs = len(rdf_graph.query(sparql))
            assert ours == theirs, (name, ours, theirs)
            query_s[name] = {
                "finkg embedded": round(best_of(repeat, lambda: store.query(sparql)) * 1000, 2),  # noqa: B023
                "rdflib memory": round(best_of(repeat, lambda: list(rdf_graph.query(sparql))) * 1000, 2),  # noqa: B023
                "rows": ours,
            }
        result["query_ms"] = query_s

        out = io.BytesIO()
        ours_s, _ = timed(lambda: store.export(ExportFormat.TURTLE, out, include_static=False))
        rdflib_export_s, _ = timed(lambda: rdf_graph.serialize(format="turtle"))
        nq = io.BytesIO()
        nquads_s, _ = timed(lambda: store.export(ExportFormat.NQUADS, nq, include_static=False))
        result["export_s"] = {
            "finkg Turtle (sorted)": round(ours_s, 2),
            "finkg N-Quads (sorted)": round(nquads_s, 2),
            "rdflib Turtle": round(rdflib_export_s, 2),
        }
        result["turtle_bytes"] = len(out.getvalue())
        store.close()
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result
