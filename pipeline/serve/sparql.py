"""The SPARQL 1.1 Protocol endpoint (``/sparql``): read-only, over the merged graph.

- Requests: ``GET ?query=…``, ``POST`` with an ``application/x-www-form-urlencoded`` body
  (``query=…``) or an ``application/sparql-query`` body (the query itself). Updates
  (``update=…``, ``application/sparql-update``, or an update text in ``query``) are refused with
  403; so are LOAD and SERVICE — the store's own read-only query path runs the query.
- The default graph is the store's merged graph (each fact of every article graph once,
  :mod:`pipeline.store.merged`); the named graphs are the articles' own claims, reached with
  ``GRAPH``. ``default-graph-uri`` /
  ``named-graph-uri`` are answered 400 (use ``GRAPH`` in the query instead).
- Results are written by pyoxigraph's own serializers: SELECT/ASK as SPARQL JSON (default), XML,
  CSV or TSV (``QueryResultsFormat``), CONSTRUCT/DESCRIBE as Turtle (default), N-Triples,
  RDF/XML, JSON-LD, N-Quads, TriG or N3 (``RdfFormat``), picked from ``Accept`` (q-values
  honoured) or from a ``format=`` / ``output=`` parameter (``json``, ``xml``, ``csv``, ``tsv``,
  ``ttl``, ``nt``, ``rdfxml``, ``jsonld`` … or a media type). Nothing acceptable: 406.
- Prefixes finkg uses (``fin:``, ``skos:``, ``nif:`` …) may be left undeclared: they are added
  to the query when it uses them (as Virtuoso does), so a query that declares them is unchanged.

The store's ``QueryResult`` (rdflib terms) is turned back into pyoxigraph terms here, so the
endpoint works the same over an embedded store or a remote one.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef

from pipeline.graph.namespace import ID_BASE, PREFIXES
from pipeline.store import QueryResult
from pipeline.store.conversion import to_ox
from pipeline.store.results import sparql_json_term

#: Prefixes a query may use without declaring them (finkg's vocabularies and instance spaces).
QUERY_PREFIXES: dict[str, str] = {
    **PREFIXES,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    **{name: f"{ID_BASE}{name}/" for name in ("org", "person", "place", "deal", "article", "graph")},
}

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "text/javascript": ox.QueryResultsFormat.JSON,
    "application/javascript": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "text/xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "text/n3": ox.RdfFormat.N3,
}
#: ``format=`` / ``output=`` short names
RESULT_NAMES = {"json": "application/sparql-results+json", "srj": "application/sparql-results+json",
                "xml": "application/sparql-results+xml", "srx": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"}  # fmt: skip
GRAPH_NAMES = {"turtle": "text/turtle", "ttl": "text/turtle", "nt": "application/n-triples",
               "ntriples": "application/n-triples", "n-triples": "application/n-triples",
               "xml": "application/rdf+xml", "rdfxml": "application/rdf+xml", "rdf": "application/rdf+xml",
               "json": "application/ld+json", "jsonld": "application/ld+json",
               "json-ld": "application/ld+json",
               "nq": "application/n-quads", "nquads": "application/n-quads", "trig": "application/trig",
               "n3": "text/n3"}  # fmt: skip
#: what ``*/*`` (or no Accept at all) gets
DEFAULT_RESULT = "application/sparql-results+json"
DEFAULT_GRAPH = "text/turtle"

_PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3, ox.RdfFormat.RDF_XML)


class ProtocolError(Exception):
    """A request the endpoint answers with an HTTP error status and a plain-text reason."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class SparqlRequest:
    query: str
    #: ``format=`` / ``output=`` when given
    format: str | None = None


def read_request(
    method: str, params: Sequence[tuple[str, str]], content_type: str | None, body: bytes
) -> SparqlRequest:
    """The query of a SPARQL Protocol request, or ``ProtocolError``."""
    fields = list(params)
    media = (content_type or "").split(";")[0].strip().lower()
    direct: str | None = None
    if method == "POST":
        if media == "application/x-www-form-urlencoded":
            try:
                fields += urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                raise ProtocolError(400, "the form body is not UTF-8") from None
        elif media == "application/sparql-query":
            try:
                direct = body.decode("utf-8")
            except UnicodeDecodeError:
                raise ProtocolError(400, "the query body is not UTF-8") from None
        elif media == "application/sparql-update":
            raise _read_only()
        else:
            raise ProtocolError(
                415,
                f"unsupported Content-Type {content_type!r}: POST a query as "
                "application/x-www-form-urlencoded (query=…) or application/sparql-query",
            )
    elif method != "GET":
        raise ProtocolError(405, f"method {method} not allowed: use GET or POST")
    names = [name for name, _ in fields]
    if "update" in names:
        raise _read_only()
    if "default-graph-uri" in names or "named-graph-uri" in names:
        raise ProtocolError(
            400,
            "default-graph-uri / named-graph-uri are not supported: the default graph is the merged "
            "graph (each fact once); name an article's graph with GRAPH <…> in the query",
        )
    queries = [value for name, value in fields if name == "query"]
    if direct is not None:
        queries.append(direct)
    if not queries:
        raise ProtocolError(400, "missing the query: give query=… (GET or form POST) or a sparql-query body")
    if len(queries) > 1:
        raise ProtocolError(400, "more than one query in the request")
    fmt = next((value for name, value in fields if name in ("format", "output") and value), None)
    return SparqlRequest(query=queries[0], format=fmt)


def _read_only() -> ProtocolError:
    return ProtocolError(403, "refused: this endpoint is read-only (no SPARQL update, LOAD or SERVICE)")


def with_prefixes(text: str) -> str:
    """Declare the finkg prefixes the query uses but does not declare."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", text)}
    header = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in QUERY_PREFIXES.items()
        if p.lower() not in declared and re.search(rf"(?<![\w<\"'/#:.-]){re.escape(p)}:", text)
    ]
    return "\n".join([*header, text]) if header else text


# --- content negotiation


def parse_accept(header: str | None) -> list[str]:
    """Media ranges of an Accept header, best first (q-values; ties keep their order)."""
    if not header:
        return ["*/*"]
    ranked: list[tuple[float, int, str]] = []
    for i, item in enumerate(header.split(",")):
        parts = [p.strip() for p in item.split(";")]
        if not parts[0]:
            continue
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, parts[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def negotiate(form: str, accept: str | None, fmt: str | None) -> str:
    """The media type to answer with, for a result of ``form`` ("select", "ask" or "graph")."""
    graph = form == "graph"
    table = GRAPH_FORMATS if graph else RESULT_FORMATS
    if fmt:
        wanted = fmt.strip().lower()
        media = (GRAPH_NAMES if graph else RESULT_NAMES).get(wanted, wanted)
        if media not in table:
            names = ", ".join(sorted(GRAPH_NAMES if graph else RESULT_NAMES))
            raise ProtocolError(406, f"unknown format {fmt!r} for this query (use one of: {names})")
        return media
    default = DEFAULT_GRAPH if graph else DEFAULT_RESULT
    for media in parse_accept(accept):
        if media in table:
            return media
        if media in ("*/*", "application/*") or (media == "text/*" and graph):
            return default
        if media == "text/*":
            return "text/csv"
    offered = ", ".join(sorted(table))
    raise ProtocolError(
        406, f"none of the accepted types ({accept}) can carry this result; offered: {offered}"
    )


# --- serialisation through pyoxigraph


def solutions_json(result: QueryResult) -> str:
    """SELECT/ASK results as SPARQL JSON (the wire form pyoxigraph then re-serialises)."""
    if result.form == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [
        {v: sparql_json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}})


def serialize(result: QueryResult, media: str) -> bytes:
    """``result`` in ``media`` (a key of RESULT_FORMATS or GRAPH_FORMATS), by pyoxigraph."""
    if result.form == "graph":
        fmt = GRAPH_FORMATS[media]
        triples = [
            ox.Triple(to_ox(s), to_ox(p), to_ox(o))  # type: ignore[arg-type]
            for s, p, o in result.triples
        ]
        prefixes = _used_prefixes(result) if fmt in _PREFIXED else None
        if not triples and fmt is ox.RdfFormat.JSON_LD:
            return b"[]\n"
        return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""
    parsed = ox.parse_query_results(solutions_json(result), format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=RESULT_FORMATS[media]) or b""


def _used_prefixes(result: QueryResult) -> dict[str, str]:
    iris = {str(t) for triple in result.triples for t in triple if isinstance(t, URIRef)}
    return {p: ns for p, ns in QUERY_PREFIXES.items() if any(i.startswith(ns) for i in iris)}


def content_type(media: str) -> str:
    return (
        media
        if media.startswith("application/sparql-results") or "json" in media
        else f"{media}; charset=utf-8"
    )


def service_description(endpoint: str) -> bytes:
    """A SPARQL 1.1 Service Description of this endpoint, in Turtle."""
    formats = [
        "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
        "http://www.w3.org/ns/formats/SPARQL_Results_XML",
        "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
        "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
        "http://www.w3.org/ns/formats/Turtle",
        "http://www.w3.org/ns/formats/N-Triples",
        "http://www.w3.org/ns/formats/RDF_XML",
        "http://www.w3.org/ns/formats/JSON-LD",
    ]
    sd = "http://www.w3.org/ns/sparql-service-description#"
    node = ox.NamedNode(endpoint)
    triples = [
        ox.Triple(
            node,
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode(sd + "Service"),
        ),
        ox.Triple(node, ox.NamedNode(sd + "endpoint"), node),
        ox.Triple(node, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query")),
        ox.Triple(node, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "UnionDefaultGraph")),
        *(ox.Triple(node, ox.NamedNode(sd + "resultFormat"), ox.NamedNode(f)) for f in formats),
    ]
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes={"sd": sd}) or b""
