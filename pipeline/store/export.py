"""Writing a store out: sorted statements through Oxigraph's writers, the prefixes they use.

The same store gives the same bytes: quads are sorted by graph, then by their N-Triples form;
Turtle, TriG and RDF/XML declare only the prefixes some IRI of the export starts with. JSON-LD is
compacted with finkg's context (:mod:`pipeline.graph.jsonld`), inlined.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from pipeline.graph.namespace import EXPORT_PREFIXES
from pipeline.store.base import ExportFormat

PREFIXED_FORMATS = (ExportFormat.TURTLE, ExportFormat.TRIG, ExportFormat.RDFXML)


def used_prefixes(statements: Iterable[ox.Triple | ox.Quad]) -> dict[str, str]:
    """The export prefixes that some IRI in the statements starts with."""
    iris = set()
    for st in statements:
        for term in (st.subject, st.predicate, st.object, getattr(st, "graph_name", None)):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    namespaces = {iri.rsplit("#", 1)[0] + "#" if "#" in iri else iri.rsplit("/", 1)[0] + "/" for iri in iris}
    return {name: ns for name, ns in EXPORT_PREFIXES.items() if any(n.startswith(ns) for n in namespaces)}


def sorted_statements(quads: Iterable[ox.Quad], fmt: ExportFormat) -> list[Any]:
    """Quads sorted by graph then N-Triples form; for the union formats, distinct triples sorted."""
    if fmt.has_graphs:
        return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))
    return sorted({q.triple for q in quads}, key=str)


def write_export(quads: Iterable[ox.Quad], fmt: ExportFormat | str, out: IO[bytes]) -> int:
    """Write ``quads`` to ``out`` in ``fmt``, sorted. Returns the number of statements written."""
    fmt = ExportFormat(fmt)
    statements = sorted_statements(quads, fmt)
    if fmt is ExportFormat.JSONLD:
        from pipeline.graph import jsonld

        out.write(jsonld.dumps(jsonld.compact(statements)))
        return len(statements)
    prefixes = used_prefixes(statements) if fmt in PREFIXED_FORMATS else None
    if statements:
        out.write(ox.serialize(statements, format=fmt.rdf_format, prefixes=prefixes) or b"")
    return len(statements)


def export_to_file(store: Any, fmt: ExportFormat | str, output: Path, include_static: bool = True) -> int:
    """Export ``store`` to ``output`` through ``<output>.partial``, renamed when complete, so a
    failed export never leaves a truncated file under the real name. Returns statements written."""
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with partial.open("wb") as out:
        n = int(store.export(ExportFormat(fmt), out, include_static=include_static))
    partial.replace(output)
    return n
