from __future__ import annotations

import pytest
from rdflib import Graph

from pipeline.graph.iris import one_significant_figure, segment
from pipeline.graph.namespace import FIN, FIN_BASE, ID
from pipeline.resources import ontology_file


def declared_terms() -> set[str]:
    graph = Graph().parse(ontology_file("finkg.ttl"), format="turtle")
    return {str(s) for s in graph.subjects() if str(s).startswith(FIN_BASE)}


def test_fin_lists_exactly_the_terms_of_the_ontology() -> None:
    in_namespace = {str(term) for term in dir(FIN)}
    declared = declared_terms()
    assert sorted(declared - in_namespace) == [], "declared in finkg.ttl but missing from FIN"
    assert sorted(in_namespace - declared) == [], "listed in FIN but not declared in finkg.ttl"


def test_fin_is_closed() -> None:
    assert str(FIN.Investment) == FIN_BASE + "Investment"
    with pytest.raises(AttributeError):
        _ = FIN.Investmnet


def test_id_base() -> None:
    assert str(ID["org/nvidia"]) == "https://w3id.org/finkg/id/org/nvidia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a-2025-10-08", "a-2025-10-08"),
        ("輝達新聞_1", "輝達新聞_1"),
        ("a|b", "a%7Cb"),
        ("https://x.com/a?b=1", "https%3A%2F%2Fx.com%2Fa%3Fb%3D1"),
        ("a b", "a%20b"),
        ("", "_"),
    ],
)
def test_segment_keeps_letters_and_encodes_the_rest(text: str, expected: str) -> None:
    assert segment(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2000000000", "2e9"),
        ("4500000000", "5e9"),
        ("4300000000", "4e9"),
        ("0.01", "1e-2"),
        ("96", "1e2"),
        ("0", "0"),
    ],
)
def test_one_significant_figure(value: str, expected: str) -> None:
    from decimal import Decimal

    assert one_significant_figure(Decimal(value)) == expected
