"""Graphs compared per named graph, by isomorphism, with a readable diff on failure."""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from pipeline.store import ExportFormat
from pipeline.store.conversion import from_ox

#: the name used for triples outside any named graph
DEFAULT = ""


def graphs_of(
    statements: Iterable[ox.Quad | ox.Triple] | bytes, fmt: ox.RdfFormat | None = None
) -> dict[str, Graph]:
    """pyoxigraph statements (or serialised N-Quads / TriG) as one rdflib Graph per named graph."""
    if isinstance(statements, bytes):
        statements = ox.parse(statements, format=fmt or ox.RdfFormat.N_QUADS)
    graphs: dict[str, Graph] = {}
    for st in statements:
        name = getattr(st, "graph_name", None)
        key = name.value if isinstance(name, ox.NamedNode) else DEFAULT
        graphs.setdefault(key, Graph()).add((from_ox(st.subject), from_ox(st.predicate), from_ox(st.object)))  # type: ignore[arg-type]
    return graphs


def _lines(graph: Graph) -> list[str]:
    return sorted(f"    {s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)


def _normalised(graph: Graph) -> Graph:
    """Language tags lowercased (BCP 47 tags are case-insensitive; Oxigraph stores them lowercased)."""
    out = Graph()
    for triple in graph:
        out.add(
            tuple(
                Literal(t, lang=t.language.lower()) if isinstance(t, Literal) and t.language else t
                for t in triple
            )
        )  # type: ignore[arg-type]
    return out


def graph_difference(actual: Graph, expected: Graph) -> str:
    """Empty when the graphs are isomorphic; else the triples only in one of them."""
    actual, expected = _normalised(actual), _normalised(expected)
    if isomorphic(actual, expected):
        return ""
    _both, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
    if not len(only_actual) and not len(only_expected):
        return "  same triples, but the blank nodes are joined differently"
    return "\n".join(
        ["  only in expected:", *_lines(only_expected), "  only in actual:", *_lines(only_actual)]
    )


def assert_same_graph(actual: Graph, expected: Graph, name: str = "the graph") -> None:
    difference = graph_difference(actual, expected)
    if difference:
        pytest.fail(f"{name} differs\n{difference}", pytrace=False)


def assert_same_graphs(actual: Mapping[str, Graph], expected: Mapping[str, Graph]) -> None:
    """The same named graphs, each isomorphic to its expected graph."""
    problems = []
    for name in sorted(set(actual) | set(expected)):
        if name not in actual:
            problems.append(f"graph <{name}> only in expected ({len(expected[name])} triples)")
        elif name not in expected:
            problems.append(f"graph <{name}> only in actual ({len(actual[name])} triples)")
        elif difference := graph_difference(actual[name], expected[name]):
            problems.append(f"graph <{name}> differs\n{difference}")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def assert_same_stores(actual: Any, expected: Any) -> None:
    """Two stores hold the same: each named graph isomorphic to its counterpart (a readable diff),
    then the N-Quads exports byte for byte (sorted: the same store gives the same bytes)."""
    exports = []
    for store in (actual, expected):
        out = io.BytesIO()
        store.export(ExportFormat.NQUADS, out)
        exports.append(out.getvalue())
    assert_same_graphs(graphs_of(exports[0]), graphs_of(exports[1]))
    assert exports[0] == exports[1], "the same graphs, but not the same bytes"
