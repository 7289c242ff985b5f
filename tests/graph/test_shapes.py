from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef

from pipeline.errors import FinkgError
from pipeline.graph.namespace import FIN, NIF
from pipeline.graph.shapes import validate
from tests.graph_samples import article_graph, extraction_a, extraction_b


def union_graph() -> Graph:
    graph = Graph()
    for x in (extraction_a(), extraction_b()):
        for triple in article_graph(x)[1]:
            graph.add(triple)
    return graph


def dataset() -> Dataset:
    ds = Dataset()
    for x in (extraction_a(), extraction_b()):
        iri, graph = article_graph(x)
        target = ds.graph(iri)
        for triple in graph:
            target.add(triple)
    return ds


def test_valid_graph_conforms() -> None:
    result = validate(union_graph())
    assert result.conforms, result.text
    assert result.violations == 0


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    result = validate(dataset())
    assert result.conforms, result.text


def test_file_input(tmp_path: Path) -> None:
    path = tmp_path / "data.nq"
    path.write_text(
        "".join(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n" for s, p, o, g in dataset().quads()),
        encoding="utf-8",
    )
    assert validate(path).conforms
    with pytest.raises(FinkgError):
        validate(tmp_path / "data.unknown")


def some(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]  # type: ignore[type-var]


def break_deal_type(graph: Graph) -> None:
    graph.add((some(graph, FIN.Investment), RDF.type, FIN.Purchase))


def break_offsets(graph: Graph) -> None:
    mention = some(graph, FIN.Mention)
    graph.set(
        (
            mention,
            NIF.endIndex,
            Literal(0, datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")),
        )
    )


def break_currency(graph: Graph) -> None:
    graph.remove((some(graph, FIN.MonetaryAmount), FIN.currency, None))


def break_rate(graph: Graph) -> None:
    rate = some(graph, FIN.ImpliedExchangeRate)
    graph.set((rate, FIN.rate, Literal("-1", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))


def break_evidence(graph: Graph) -> None:
    graph.remove((some(graph, FIN.Purchase), FIN.evidence, None))


def break_agent(graph: Graph) -> None:
    deal = some(graph, FIN.Purchase)
    graph.set((deal, FIN.agent, URIRef("https://w3id.org/finkg/id/place/taipei")))
    graph.add((URIRef("https://w3id.org/finkg/id/place/taipei"), RDF.type, FIN.Place))


def old_bookkeeping_on_the_graph_iri(graph: Graph) -> None:
    """The layout before graph records: the graph IRI said to have an article key."""
    graph.add(
        (URIRef("https://w3id.org/finkg/id/graph/a-2025-10-08"), FIN.articleKey, Literal("a-2025-10-08"))
    )


def bookkeeping_on_the_article(graph: Graph) -> None:
    graph.add((some(graph, FIN.Article), FIN.ingestStamp, Literal("abc")))


def record_without_stamp(graph: Graph) -> None:
    record = URIRef("https://w3id.org/finkg/id/record/a-2025-10-08")
    graph.add((record, RDF.type, FIN.GraphRecord))
    graph.add((record, FIN.recordOf, URIRef("https://w3id.org/finkg/id/graph/a-2025-10-08")))


@pytest.mark.parametrize(
    "breaker",
    [
        pytest.param(b, id=b.__name__.replace("_", "-"))
        for b in (
            break_deal_type,
            break_offsets,
            break_currency,
            break_rate,
            break_evidence,
            break_agent,
            old_bookkeeping_on_the_graph_iri,
            bookkeeping_on_the_article,
            record_without_stamp,
        )
    ],
)
def test_broken_graph_is_reported(breaker) -> None:  # type: ignore[no-untyped-def]
    graph = union_graph()
    breaker(graph)
    result = validate(graph)
    assert not result.conforms
    assert result.violations >= 1
    assert "Violation" in result.text
