"""Output formats by name, alias, MIME type or file extension: RDF, the entity–deal graph, SPARQL results.

The names are the ones the tools around finkg use: rdflib's ``rdfpipe`` (``turtle``/``ttl``,
``nt``/``ntriples``/``nt11``, ``nquads``, ``trig``, ``json-ld``, ``xml``/``pretty-xml``) and the
``oxigraph`` command (file extensions: ``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld``, ``rdf``),
plus the MIME types (``text/turtle``, ``application/n-triples`` …), all case-insensitive.

======== ===================================== ========================== ==================
format   names                                  MIME type                  extensions
======== ===================================== ========================== ==================
turtle   turtle, ttl                            text/turtle                .ttl
ntriples ntriples, nt, nt11, n-triples          application/n-triples      .nt
nquads   nquads, nq, n-quads                    application/n-quads        .nq
trig     trig                                   application/trig           .trig
jsonld   jsonld, json-ld, json                  application/ld+json        .jsonld, .json
rdfxml   rdfxml, xml, rdf, rdf/xml, pretty-xml  application/rdf+xml        .rdf, .xml, .owl
graphml  graphml                                application/graphml+xml    .graphml
csv      csv (nodes + edges, Neo4j headers)     text/csv                   .csv
======== ===================================== ========================== ==================

SPARQL results (``finkg query``): ``table`` (aligned text), ``json``/``srj``
(application/sparql-results+json), ``xml``/``srx`` (application/sparql-results+xml), ``csv``
(text/csv), ``tsv`` (text/tab-separated-values), written by pyoxigraph's serialisers (W3C
formats). CONSTRUCT and DESCRIBE results take any RDF format above (``json`` is JSON-LD and
``xml`` RDF/XML there).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import FinkgError


@dataclass(frozen=True)
class Format:
    name: str
    names: tuple[str, ...]
    media_types: tuple[str, ...]
    extensions: tuple[str, ...]

    @property
    def extension(self) -> str:
        return self.extensions[0]


RDF_FORMATS: tuple[Format, ...] = (
    Format("turtle", ("turtle", "ttl"), ("text/turtle", "application/x-turtle"), (".ttl",)),
    Format("ntriples", ("ntriples", "nt", "nt11", "n-triples"), ("application/n-triples",), (".nt",)),
    Format("nquads", ("nquads", "nq", "n-quads"), ("application/n-quads",), (".nq",)),
    Format("trig", ("trig",), ("application/trig",), (".trig",)),
    Format("jsonld", ("jsonld", "json-ld", "json"), ("application/ld+json",), (".jsonld", ".json")),
    Format(
        "rdfxml",
        ("rdfxml", "xml", "rdf", "rdf/xml", "rdf-xml", "pretty-xml"),
        ("application/rdf+xml",),
        (".rdf", ".xml", ".owl"),
    ),
)
#: canonical RDF format → the name rdflib (and rdfpipe) parses and serialises it under
RDFLIB_NAMES: dict[str, str] = {
    "turtle": "turtle",
    "ntriples": "nt",
    "nquads": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "rdfxml": "xml",
}
#: The entity–deal graph for Gephi, Neo4j, networkx (:mod:`pipeline.graph.network`).
NETWORK_FORMATS: tuple[Format, ...] = (
    Format("graphml", ("graphml",), ("application/graphml+xml",), (".graphml",)),
    Format("csv", ("csv", "neo4j"), ("text/csv",), (".csv",)),
)
RESULT_FORMATS: tuple[Format, ...] = (
    Format("table", ("table", "text"), ("text/plain",), (".txt",)),
    Format("json", ("json", "srj", "sparql-json"), ("application/sparql-results+json",), (".srj", ".json")),
    Format("xml", ("xml", "srx", "sparql-xml"), ("application/sparql-results+xml",), (".srx", ".xml")),
    Format("csv", ("csv",), ("text/csv",), (".csv",)),
    Format("tsv", ("tsv",), ("text/tab-separated-values",), (".tsv",)),
)
EXPORT_FORMATS = RDF_FORMATS + NETWORK_FORMATS


def _lookup(value: str, formats: tuple[Format, ...]) -> Format | None:
    key = value.strip().lower().split(";", 1)[0].strip()  # "text/turtle; charset=utf-8"
    for f in formats:
        if key in f.names or key in f.media_types:
            return f
    return None


def _unknown(value: str, formats: tuple[Format, ...], what: str) -> FinkgError:
    names = ", ".join(n for f in formats for n in f.names)
    return FinkgError(f"unknown {what} format {value!r} (known: {names}, or a MIME type)")


def export_format(value: str) -> str:
    """The canonical export format (``turtle`` … ``rdfxml``, ``graphml``, ``csv``) of a name or MIME type."""
    found = _lookup(value, EXPORT_FORMATS)
    if found is None:
        raise _unknown(value, EXPORT_FORMATS, "export")
    return found.name


def rdf_format(value: str) -> str:
    """The canonical RDF format of a name or MIME type (CONSTRUCT / DESCRIBE results)."""
    found = _lookup(value, RDF_FORMATS)
    if found is None:
        raise _unknown(value, RDF_FORMATS, "RDF")
    return found.name


def result_format(value: str) -> str:
    """The canonical SPARQL results format (table, json, xml, csv, tsv) of a name or MIME type."""
    found = _lookup(value, RESULT_FORMATS)
    if found is None:
        raise _unknown(value, RESULT_FORMATS, "SPARQL results")
    return found.name


def _by_extension(path: Path | str, formats: tuple[Format, ...]) -> str | None:
    suffix = Path(path).suffix.lower()
    return next((f.name for f in formats if suffix in f.extensions), None)


def export_format_for_path(path: Path | str) -> str | None:
    """The export format a file name asks for (``x.nt`` → ``ntriples``), or None."""
    return _by_extension(path, EXPORT_FORMATS)


def result_format_for_path(path: Path | str) -> str | None:
    return _by_extension(path, RESULT_FORMATS)


def rdf_format_for_path(path: Path | str) -> str | None:
    return _by_extension(path, RDF_FORMATS)


def all_names(formats: tuple[Format, ...]) -> list[str]:
    """Every name of these formats (for shell completion and --help)."""
    return [n for f in formats for n in f.names]
