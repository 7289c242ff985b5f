"""Writing a store out: sorted statements through Oxigraph's writers, the prefixes they use.

The same store gives the same bytes: quads are sorted by graph, then by their N-Triples form;
Turtle, TriG and RDF/XML declare only the prefixes some IRI of the export starts with. JSON-LD is
compacted with finkg's context (:mod:`pipeline.graph.jsonld`), inlined.

Exports stream: statements are sorted in runs of :data:`RUN` held in memory, each run spilled to
a temporary file once there is more than one, and the runs merged while Oxigraph's writer
writes (an external merge sort), so memory stays flat whatever the size of the store. JSON-LD
alone is compacted in memory (the document is one JSON value).
"""

from __future__ import annotations

import heapq
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from pipeline.graph.namespace import EXPORT_PREFIXES
from pipeline.store.base import ExportFormat

PREFIXED_FORMATS = (ExportFormat.TURTLE, ExportFormat.TRIG, ExportFormat.RDFXML)
#: statements sorted in memory at a time (~200 MB)
RUN = 200_000


def used_prefixes(statements: Iterable[ox.Triple | ox.Quad]) -> dict[str, str]:
    """The export prefixes that some IRI in the statements starts with."""
    iris = set()
    for st in statements:
        for term in (st.subject, st.predicate, st.object, getattr(st, "graph_name", None)):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal):
                iris.add(term.datatype.value)
    namespaces = {_namespace(iri) for iri in iris}
    return {name: ns for name, ns in EXPORT_PREFIXES.items() if any(n.startswith(ns) for n in namespaces)}


def sorted_statements(quads: Iterable[ox.Quad], fmt: ExportFormat) -> list[Any]:
    """Quads sorted by graph then N-Triples form; for the union formats, distinct triples sorted."""
    if fmt.has_graphs:
        return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))
    return sorted({q.triple for q in quads}, key=str)


def _sort_key(fmt: ExportFormat) -> Callable[[Any], str]:
    """The order of :func:`sorted_statements` as one string ("\x00" sorts below any character of
    an N-Triples term, so graph-then-triple order is kept)."""
    if fmt.has_graphs:
        return lambda q: f"{q.graph_name}\x00{q.triple}"
    return str


def _spill(run: list[tuple[str, Any]], path: Path) -> Path:
    with path.open("wb") as spilled:
        for item in run:
            pickle.dump(item, spilled, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _read_run(path: Path) -> Iterator[tuple[str, Any]]:
    with path.open("rb") as spilled:
        while True:
            try:
                yield pickle.load(spilled)
            except EOFError:
                return


def _namespace(iri: str) -> str:
    return iri.rsplit("#", 1)[0] + "#" if "#" in iri else iri.rsplit("/", 1)[0] + "/"


def _streamed(
    quads: Iterable[ox.Quad], fmt: ExportFormat, namespaces: set[str], directory: Path, run_size: int
) -> tuple[list[Path], list[tuple[str, Any]]]:
    """One pass over ``quads``: the namespaces their IRIs use, the sorted runs spilled to files
    and the last run (in memory)."""
    key = _sort_key(fmt)
    runs: list[Path] = []
    run: dict[str, Any] = {}
    prefixed = fmt in PREFIXED_FORMATS
    for q in quads:
        statement = q if fmt.has_graphs else q.triple
        if prefixed:
            for term in (q.subject, q.predicate, q.object, q.graph_name if fmt.has_graphs else None):
                iri = term.value if isinstance(term, ox.NamedNode) else None
                if isinstance(term, ox.Literal):
                    iri = term.datatype.value
                if iri is not None:
                    namespaces.add(_namespace(iri))
        run[key(statement)] = statement
        if len(run) >= run_size:
            runs.append(_spill(sorted(run.items()), directory / f"run-{len(runs)}"))
            run = {}
    return runs, sorted(run.items())


def _merged(runs: list[Path], last: list[tuple[str, Any]], counted: list[int]) -> Iterator[Any]:
    """The statements of all runs in order, each once (``counted[0]`` counts them)."""
    previous = None
    for key, statement in heapq.merge(*(_read_run(r) for r in runs), iter(last)):
        if key != previous:
            counted[0] += 1
            previous = key
            yield statement


def write_export(
    quads: Iterable[ox.Quad], fmt: ExportFormat | str, out: IO[bytes], run_size: int = RUN
) -> int:
    """Write ``quads`` to ``out`` in ``fmt``, sorted. Returns the number of statements written."""
    fmt = ExportFormat(fmt)
    if fmt is ExportFormat.JSONLD:
        from pipeline.graph import jsonld

        statements = sorted_statements(quads, fmt)
        out.write(jsonld.dumps(jsonld.compact(statements)))
        return len(statements)
    namespaces: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="finkg-export-") as directory:
        runs, last = _streamed(quads, fmt, namespaces, Path(directory), run_size)
        prefixes = None
        if fmt in PREFIXED_FORMATS:
            used = [ns for ns in EXPORT_PREFIXES.values() if any(u.startswith(ns) for u in namespaces)]
            prefixes = {n: ns for n, ns in EXPORT_PREFIXES.items() if ns in used}
        counted = [0]
        if runs or last:
            ox.serialize(_merged(runs, last, counted), out, format=fmt.rdf_format, prefixes=prefixes)
        return counted[0]


def export_to_file(store: Any, fmt: ExportFormat | str, output: Path, include_static: bool = True) -> int:
    """Export ``store`` to ``output`` through ``<output>.partial``, renamed when complete, so a
    failed export never leaves a truncated file under the real name. Returns statements written."""
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with partial.open("wb") as out:
        n = int(store.export(ExportFormat(fmt), out, include_static=include_static))
    partial.replace(output)
    return n
