from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from pipeline.graph import generate_fin
from pipeline.graph.namespace import FIN, FIN_BASE, ID
from pipeline.model.iris import one_significant_figure, record_iri, segment
from pipeline.resources import ontology_file


def declared_terms() -> set[str]:
    graph = Graph().parse(ontology_file("finkg.ttl"), format="turtle")
    return {str(s) for s in graph.subjects() if str(s).startswith(FIN_BASE)}


def test_fin_lists_exactly_the_terms_of_the_ontology() -> None:
    in_namespace = {str(term) for term in dir(FIN)}
    declared = declared_terms()
    assert sorted(declared - in_namespace) == [], "declared in finkg.ttl but missing from FIN"
    assert sorted(in_namespace - declared) == [], "listed in FIN but not declared in finkg.ttl"


def test_the_committed_fin_module_is_current(tmp_path: Path) -> None:
    """pipeline/graph/fin.py is what the generator writes from ontology/finkg.ttl today."""
    regenerated = tmp_path / "fin.py"
    regenerated.write_text(generate_fin.render(), encoding="utf-8")
    committed = generate_fin.TARGET.read_text(encoding="utf-8")
    assert committed == regenerated.read_text(encoding="utf-8"), "run: python -m pipeline.graph.generate_fin"
    assert generate_fin.main(["--check"]) == 0


def test_the_generator_follows_the_ontology(tmp_path: Path) -> None:
    ontology = tmp_path / "finkg.ttl"
    ontology.write_text(
        ontology_file("finkg.ttl").read_text(encoding="utf-8")
        + '\nfin:lateTerm a owl:DatatypeProperty ; rdfs:label "late term"@en .\n',
        encoding="utf-8",
    )
    text = generate_fin.render(ontology)
    assert "    lateTerm: URIRef  # late term\n" in text
    assert text != generate_fin.render()
    namespace: dict[str, object] = {}
    exec(compile(text, "fin.py", "exec"), namespace)  # the generated module runs
    assert str(namespace["FIN"].lateTerm) == FIN_BASE + "lateTerm"  # type: ignore[attr-defined]


def test_fin_is_closed() -> None:
    assert str(FIN.Investment) == FIN_BASE + "Investment"
    with pytest.raises(AttributeError):
        _ = FIN.Investmnet


def test_id_base() -> None:
    assert str(ID["org/nvidia"]) == "https://w3id.org/finkg/id/org/nvidia"


@pytest.mark.parametrize(
    ("graph", "record"),
    [
        pytest.param(
            "https://w3id.org/finkg/id/graph/a-1", "https://w3id.org/finkg/id/record/a-1", id="article-graph"
        ),
        pytest.param(
            "https://w3id.org/finkg/id/graph/static/ontology",
            "https://w3id.org/finkg/id/record/static/ontology",
            id="static-graph",
        ),
        pytest.param("urn:x:g", "urn:x:g#record", id="foreign-graph"),
    ],
)
def test_a_graph_record_has_its_own_iri(graph: str, record: str) -> None:
    assert record_iri(graph) == record != graph


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a-2025-10-08", "a-2025-10-08", id="ascii-kept"),
        pytest.param("輝達新聞_1", "輝達新聞_1", id="cjk-kept"),
        pytest.param("a|b", "a%7Cb", id="bar-encoded"),
        pytest.param("https://x.com/a?b=1", "https%3A%2F%2Fx.com%2Fa%3Fb%3D1", id="url-one-segment"),
        pytest.param("a b", "a%20b", id="space-encoded"),
        pytest.param("", "_", id="empty-is-underscore"),
    ],
)
def test_segment_keeps_letters_and_encodes_the_rest(text: str, expected: str) -> None:
    assert segment(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2000000000", "2e9", id="exact"),
        pytest.param("4500000000", "5e9", id="half-rounds-up"),
        pytest.param("4300000000", "4e9", id="rounds-down"),
        pytest.param("0.01", "1e-2", id="below-one"),
        pytest.param("96", "1e2", id="carries-into-next-power"),
        pytest.param("0", "0", id="zero"),
    ],
)
def test_one_significant_figure(value: str, expected: str) -> None:
    from decimal import Decimal

    assert one_significant_figure(Decimal(value)) == expected
