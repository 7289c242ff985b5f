"""SHACL validation of finkg graphs (ontology/shapes.ttl) with pyshacl.

Named graphs are validated together, as their union: a deal is a shared node whose triples come
from every article reporting it, as queries see it in the merged graph. The ontology (ontology/finkg.ttl)
is the ontology graph, so ``sh:class fin:Organization`` accepts a ``fin:MediaOutlet``. No
inference is run. Warnings (``sh:Warning``) are counted apart and do not make a graph invalid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph
import pyshacl
from rdflib import BNode, Dataset, Graph
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import Node

from pipeline.errors import FinkgError
from pipeline.resources import ontology_file

#: file suffix → rdflib format, for data given as a path
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".n3": "n3",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
QUAD_FORMATS = frozenset({"trig", "nquads"})
OX_FORMATS = {"trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS}


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    text: str
    violations: int
    warnings: int = 0
    #: one per SHACL result: focus node, path, value, severity, message, source shape (sorted)
    results: tuple[dict[str, str | None], ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "conforms": self.conforms,
            "violations": self.violations,
            "warnings": self.warnings,
            "results": list(self.results),
        }


def _results(report: Graph) -> tuple[dict[str, str | None], ...]:
    def one(node: Node, prop: Node) -> str | None:
        value = report.value(node, prop)
        return None if value is None else str(value)

    found = [
        {
            "severity": (one(r, SH.resultSeverity) or "").rsplit("#", 1)[-1] or None,
            "focus": one(r, SH.focusNode),
            "path": one(r, SH.resultPath),
            "value": one(r, SH.value),
            "message": one(r, SH.resultMessage),
            "shape": one(r, SH.sourceShape),
        }
        for r in report.subjects(SH.resultSeverity, None)
    ]
    return tuple(sorted(found, key=lambda d: tuple(str(v) for v in d.values())))


@cache
def shapes_graph() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@cache
def ontology_graph() -> Graph:
    """The class hierarchy and the typed individuals (fin:PerShare…): what ``sh:class`` needs.

    pyshacl's ontology mix-in clones blank-node structures recursively; on the whole ontology
    (owl:AllDisjointClasses lists, …) that takes minutes, on the hierarchy milliseconds.
    """
    ontology = Graph().parse(ontology_file("finkg.ttl"), format="turtle")
    hierarchy = Graph()
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        if not any(isinstance(term, BNode) for term in triple):
            hierarchy.add(triple)
    for individual in ontology.subjects(RDF.type, OWL.NamedIndividual):
        for cls in ontology.objects(individual, RDF.type):
            hierarchy.add((individual, RDF.type, cls))
    return hierarchy


def union_of(statements: Iterable[pyoxigraph.Quad | pyoxigraph.Triple]) -> Graph:
    """pyoxigraph quads or triples as one rdflib graph (the union of their graphs)."""
    triples = pyoxigraph.serialize(
        (pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in statements),
        format=pyoxigraph.RdfFormat.N_TRIPLES,
    )
    return Graph().parse(data=(triples or b"").decode("utf-8"), format="nt")


def load(path: Path) -> Graph:
    """A data file as one graph (the union of its named graphs for TriG / N-Quads)."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise FinkgError(f"{path}: unknown RDF format (expected one of {', '.join(sorted(FORMATS))})")
    try:
        if fmt in QUAD_FORMATS:
            # Oxigraph's parser: rdflib's Dataset.parse is slow and warns (deprecations).
            return union_of(pyoxigraph.parse(path=str(path), format=OX_FORMATS[fmt]))
        return Graph().parse(path, format=fmt)
    except (OSError, SyntaxError, ValueError) as err:
        raise FinkgError(f"{path}: cannot parse as {fmt}: {err}") from err


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def validate(data: Graph | Dataset | Path | str | Iterable[pyoxigraph.Quad]) -> ValidationResult:
    """Validate ``data`` against the shapes: a graph, a dataset of named graphs (as their union),
    a file, or pyoxigraph quads (a store's ``statements()``)."""
    if isinstance(data, str | Path):
        graph = load(Path(data))
    elif isinstance(data, Dataset):
        graph = union(data)
    elif isinstance(data, Graph):
        graph = data
    else:
        graph = union_of(data)
    conforms, report, text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=True,
        advanced=True,
    )
    assert isinstance(report, Graph)
    violations = sum(1 for _ in report.subjects(SH.resultSeverity, SH.Violation))
    warnings = sum(1 for _ in report.subjects(SH.resultSeverity, SH.Warning))
    return ValidationResult(
        conforms=bool(conforms),
        text=str(text),
        violations=violations,
        warnings=warnings,
        results=_results(report),
    )
