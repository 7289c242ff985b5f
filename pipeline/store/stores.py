"""Where the graph lives: an embedded Oxigraph directory, or any SPARQL 1.1 endpoint.

``open_store(location)`` picks the backend from the location: ``http(s)://…`` is a remote SPARQL 1.1
endpoint (SPARQL Query + Update + Graph Store Protocol); anything else is a directory holding an
embedded Oxigraph store (``./finkg-data`` by default, or ``$FINKG_STORE``).

Layout of the data (the same in both backends):

- one named graph per article (its IRI comes from ``pipeline.graph.mapping.article_graph``), holding what was
  extracted from it plus two bookkeeping triples about the graph itself::

      <graph> fin:articleKey "<article key>" ; fin:contentHash "<sha256 of the text>" .

  Replacing an article replaces its graph in one transaction; queries see the union of all graphs.
- static graphs (the ontology) under ``…/id/graph/static/<name>``, carrying ``fin:contentHash`` but
  no ``fin:articleKey``; they are refreshed when their file changes.
- the default graph is left empty.

Writes go through Oxigraph's own parser (a SPARQL ``INSERT DATA``, or an N-Triples ``PUT``), exports
through Oxigraph's writers over quads sorted by their N-Triples form, so the same store gives the
same bytes. Oxigraph normalises what it stores: language tags are lowercased (``zh-Hant`` →
``zh-hant``), and numeric literals are canonicalised — every integer-derived datatype becomes
``xsd:integer`` (``"5"^^xsd:nonNegativeInteger`` → ``"5"^^xsd:integer``), ``"1.50"^^xsd:decimal``
→ ``"1.5"``, ``"0100"^^xsd:integer`` → ``"100"``. Shapes and queries must expect those forms.
"""

from __future__ import annotations

import http.client
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Literal, Protocol, TypeAlias, runtime_checkable

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from pipeline.errors import QueryError, StoreError
from pipeline.graph.namespace import FIN_BASE, ID_BASE, PREFIXES

FIN_NS = FIN_BASE
ID_NS = ID_BASE
GRAPH_NS = ID_NS + "graph/"
STATIC_NS = GRAPH_NS + "static/"
ARTICLE_KEY = FIN_NS + "articleKey"
CONTENT_HASH = FIN_NS + "contentHash"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

DEFAULT_LOCATION = "finkg-data"
#: An in-memory embedded store (tests, benchmarks).
MEMORY = ":memory:"
#: Flush Oxigraph's write buffers to disk every so many article writes: without it RocksDB's
#: memtables grow the process by ~0.7 MB per article (measured: 468 MB vs 340 MB at 200 articles).
FLUSH_EVERY = 25
ENV_VAR = "FINKG_STORE"
USER_ENV_VAR = "FINKG_STORE_USER"
PASSWORD_ENV_VAR = "FINKG_STORE_PASSWORD"

#: Prefixes written in Turtle, TriG and JSON-LD exports.
EXPORT_PREFIXES: dict[str, str] = {
    "fin": FIN_NS,
    "id": ID_NS,
    "org": ID_NS + "org/",
    "person": ID_NS + "person/",
    "place": ID_NS + "place/",
    "facility": ID_NS + "facility/",
    "product": ID_NS + "product/",
    "deal": ID_NS + "deal/",
    "article": ID_NS + "article/",
    "amount": ID_NS + "amount/",
    "rate": ID_NS + "rate/",
    "mention": ID_NS + "mention/",
    "graph": GRAPH_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    **PREFIXES,
}


class ExportFormat(StrEnum):
    """Export formats: Turtle and N-Triples hold the union of the graphs, TriG and N-Quads the graphs."""

    TURTLE = "turtle"
    TRIG = "trig"
    NQUADS = "nquads"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"

    @property
    def rdf_format(self) -> ox.RdfFormat:
        return {
            ExportFormat.TURTLE: ox.RdfFormat.TURTLE,
            ExportFormat.TRIG: ox.RdfFormat.TRIG,
            ExportFormat.NQUADS: ox.RdfFormat.N_QUADS,
            ExportFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
            ExportFormat.JSONLD: ox.RdfFormat.JSON_LD,
        }[self]

    @property
    def has_graphs(self) -> bool:
        return self in (ExportFormat.TRIG, ExportFormat.NQUADS, ExportFormat.JSONLD)

    @property
    def extension(self) -> str:
        return {"turtle": "ttl", "trig": "trig", "nquads": "nq", "ntriples": "nt", "jsonld": "jsonld"}[
            self.value
        ]


@dataclass(frozen=True)
class StoredArticle:
    """An article graph as the store knows it."""

    key: str
    graph: str
    content_hash: str


@dataclass(frozen=True)
class StoreStats:
    articles: int
    static_graphs: int
    triples: int  # quads in article graphs
    deals: int
    amounts: int
    entities: dict[str, int]  # class local name → distinct nodes

    def format(self) -> str:
        lines = [
            f"articles        {self.articles}",
            f"triples         {self.triples}",
            f"deals           {self.deals}",
            f"amounts         {self.amounts}",
        ]
        lines += [f"{name:<16}{count}" for name, count in sorted(self.entities.items())]
        lines.append(f"static graphs   {self.static_graphs}")
        return "\n".join(lines)


Row = tuple[Node | None, ...]


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL result with rdflib terms: rows for SELECT, a boolean for ASK, triples otherwise."""

    form: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Node, Node, Node], ...] = ()

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows) if self.form == "select" else len(self.triples)


@runtime_checkable
class Store(Protocol):
    location: str

    def replace_graph(
        self, graph_iri: str, triples: StoreTriples, key: str | None, content_hash: str
    ) -> None:
        """Replace the article's graph (and any older graph of the same key) in one transaction.

        ``key`` None marks a static graph (the ontology)."""
        ...

    def remove_graph(self, graph_iri: str) -> bool: ...

    def find_article(self, key: str) -> StoredArticle | None: ...

    def resolve(self, ref: str) -> StoredArticle | None: ...

    def static_graphs(self) -> list[StoredArticle]: ...

    def graph_hash(self, graph_iri: str) -> str | None: ...

    def articles(self) -> list[StoredArticle]: ...

    def query(self, sparql: str) -> QueryResult: ...

    def export(self, fmt: ExportFormat, out: IO[bytes], include_static: bool = True) -> int: ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


# ---------------------------------------------------------------------------------------------
# Terms

#: what a graph may be given as: an rdflib Graph, rdflib (s, p, o) tuples or pyoxigraph triples
StoreTriples: TypeAlias = Graph | Iterable[ox.Triple | tuple[Node, Node, Node]]


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (``StoreError`` for an invalid IRI or language tag)."""
    try:
        return _to_ox(term)
    except ValueError as e:
        raise StoreError(f"cannot store RDF term {term!r}: {e}") from e


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, RdfLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store RDF term {term!r}")


def from_ox(term: Any) -> Node | None:
    """A pyoxigraph term as an rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return RdfLiteral(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return RdfLiteral(term.value)
        return RdfLiteral(term.value, datatype=URIRef(datatype), normalize=False)
    raise StoreError(f"unsupported RDF term {term!r}")


def ox_triples(triples: StoreTriples) -> list[ox.Triple]:
    """pyoxigraph triples from a Graph or rdflib (s, p, o) tuples; pyoxigraph statements pass as is."""
    return [
        ox.Triple(to_ox(t[0]), to_ox(t[1]), to_ox(t[2])) if isinstance(t, tuple) else t  # type: ignore[arg-type]
        for t in triples
    ]


def skolemize(graph_iri: str, triples: list[ox.Triple]) -> list[ox.Triple]:
    """Blank nodes become deterministic IRIs under the graph (canonical labelling), sorted."""
    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples):
        dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        base = graph_iri + "/.well-known/genid/"

        def fix(term: Any) -> Any:
            return ox.NamedNode(base + term.value) if isinstance(term, ox.BlankNode) else term

        triples = [ox.Triple(fix(q.subject), q.predicate, fix(q.object)) for q in dataset]
    return sorted(set(triples), key=str)


def bookkeeping(graph_iri: str, key: str | None, content_hash: str) -> list[ox.Triple]:
    g = ox.NamedNode(graph_iri)
    out = [ox.Triple(g, ox.NamedNode(CONTENT_HASH), ox.Literal(content_hash))]
    if key is not None:
        out.append(ox.Triple(g, ox.NamedNode(ARTICLE_KEY), ox.Literal(key)))
    return out


def ntriples(triples: Iterable[ox.Triple]) -> str:
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


PREFIXED_FORMATS = (ExportFormat.TURTLE, ExportFormat.TRIG, ExportFormat.JSONLD)


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


def sparql_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def check_iri(iri: str) -> str:
    try:
        return ox.NamedNode(iri).value
    except ValueError as e:
        raise StoreError(f"not a valid IRI: {iri!r} ({e})") from e


# ---------------------------------------------------------------------------------------------
# The read-only query path


def _walk(node: Any) -> Iterator[Any]:
    from pyparsing import ParseResults

    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple | ParseResults):
        for value in node:
            yield from _walk(value)


_SERVICE = re.compile(r"(?i)\bSERVICE\b")


def query_form(sparql: str) -> Literal["select", "ask", "graph"]:
    """The form of a read-only query; ``QueryError`` for updates, SERVICE calls and syntax errors."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(sparql)
    except ParseException as e:
        try:
            parseUpdate(sparql)
        except ParseException:
            raise QueryError(f"SPARQL syntax error: {e}") from None
        raise QueryError(
            "refused: this is a SPARQL update (INSERT/DELETE/LOAD/CLEAR/DROP/…); "
            "the query path is read-only — use `finkg ingest` / `finkg remove` to change the store"
        ) from None
    for node in _walk(parsed):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise QueryError("refused: SERVICE (federated query) is not allowed on the read-only path")
    name = parsed[1].name
    if name == "SelectQuery":
        return "select"
    if name == "AskQuery":
        return "ask"
    return "graph"


# ---------------------------------------------------------------------------------------------
# Shared SPARQL logic


_STATS_QUERY = f"""
PREFIX fin: <{FIN_NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  VALUES (?kind ?class) {{
    ("deals" fin:Deal) ("amounts" fin:MonetaryAmount)
    ("Organization" fin:Organization) ("Person" fin:Person) ("Place" fin:Place)
    ("Facility" fin:Facility) ("Product" fin:Product)
  }}
  ?x a/rdfs:subClassOf* ?class .
}} GROUP BY ?kind
"""


def _graph_filter(var: str = "?g") -> str:
    return f"FILTER(STRSTARTS(STR({var}), {sparql_string(GRAPH_NS)}))"


class _SparqlStore:
    """What both backends share: bookkeeping, stats and export over a few primitives."""

    location: str

    # primitives -------------------------------------------------------------------------
    def _select(self, sparql: str, union: bool = True) -> QueryResult:
        raise NotImplementedError

    def _run(self, sparql: str, form: Literal["select", "ask", "graph"]) -> QueryResult:
        raise NotImplementedError

    def _quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        raise NotImplementedError

    # API --------------------------------------------------------------------------------
    def query(self, sparql: str) -> QueryResult:
        return self._run(sparql, query_form(sparql))

    def _bookkeeping_rows(self, where: str) -> list[StoredArticle]:
        result = self._select(
            f"""SELECT ?g ?k ?h WHERE {{ GRAPH ?g {{ ?g <{CONTENT_HASH}> ?h .
                OPTIONAL {{ ?g <{ARTICLE_KEY}> ?k }} }} {where} }} ORDER BY ?g""",
            union=False,
        )
        return [
            StoredArticle(key=str(k) if k is not None else "", graph=str(g), content_hash=str(h))
            for g, k, h in result.rows
        ]

    def find_article(self, key: str) -> StoredArticle | None:
        rows = self._bookkeeping_rows(f"FILTER(BOUND(?k) && STR(?k) = {sparql_string(key)})")
        return rows[0] if rows else None

    def graph_hash(self, graph_iri: str) -> str | None:
        rows = self._bookkeeping_rows(f"FILTER(?g = <{check_iri(graph_iri)}>)")
        return rows[0].content_hash if rows else None

    def articles(self) -> list[StoredArticle]:
        return self._bookkeeping_rows(f"FILTER(BOUND(?k)) {_graph_filter()}")

    def static_graphs(self) -> list[StoredArticle]:
        return self._bookkeeping_rows(f"FILTER(!BOUND(?k) && STRSTARTS(STR(?g), {sparql_string(STATIC_NS)}))")

    def resolve(self, ref: str) -> StoredArticle | None:
        """An article by key, graph IRI, or the IRI of a node typed in its graph (the article node)."""
        found = self.find_article(ref)
        if found is not None:
            return found
        try:
            iri = check_iri(ref)
        except StoreError:
            return None
        as_graph = self._bookkeeping_rows(f"FILTER(BOUND(?k) && ?g = <{iri}>)")
        if as_graph:
            return as_graph[0]
        graphs = self._select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{iri}> a ?t . ?g <{ARTICLE_KEY}> ?k }} }}", union=False
        ).rows
        if len(graphs) == 1:
            found_in = self._bookkeeping_rows(f"FILTER(BOUND(?k) && ?g = <{graphs[0][0]}>)")
            return found_in[0] if found_in else None
        return None

    def stats(self) -> StoreStats:
        articles = self.articles()
        count = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g <{ARTICLE_KEY}> ?k . ?s ?p ?o }} }}",
            union=False,
        )
        triples = int(str(count.rows[0][0])) if count.rows else 0
        kinds = {str(k): int(str(n)) for k, n in self._select(_STATS_QUERY).rows}
        entities = {k: n for k, n in kinds.items() if k not in ("deals", "amounts") and n}
        return StoreStats(
            articles=len(articles),
            static_graphs=len(self.static_graphs()),
            triples=triples,
            deals=kinds.get("deals", 0),
            amounts=kinds.get("amounts", 0),
            entities=entities,
        )

    def export(self, fmt: ExportFormat | str, out: IO[bytes], include_static: bool = True) -> int:
        """Write the store to ``out``: sorted, so the same store gives the same bytes. Returns statements."""
        fmt = ExportFormat(fmt)
        graphs = [a.graph for a in self.articles()]
        if include_static:
            graphs += [s.graph for s in self.static_graphs()]
        quads = self._quads(sorted(graphs))
        if fmt.has_graphs:
            statements: list[Any] = sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))
        else:
            statements = sorted({q.triple for q in quads}, key=str)
        prefixes = used_prefixes(statements) if fmt in PREFIXED_FORMATS else None
        if statements:
            out.write(ox.serialize(statements, format=fmt.rdf_format, prefixes=prefixes) or b"")
        elif fmt is ExportFormat.JSONLD:
            out.write(b"[]\n")
        return len(statements)

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()  # type: ignore[attr-defined]


def _result_from_ox(raw: Any, form: Literal["select", "ask", "graph"]) -> QueryResult:
    if form == "ask":
        return QueryResult(form="ask", boolean=bool(raw))
    if form == "graph":
        return QueryResult(
            form="graph",
            triples=tuple(
                (from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))  # type: ignore[misc]
                for t in raw
            ),
        )
    variables = tuple(raw.variables)
    rows = tuple(tuple(from_ox(solution[v]) for v in variables) for solution in raw)
    return QueryResult(form="select", variables=tuple(v.value for v in variables), rows=rows)


# ---------------------------------------------------------------------------------------------
# Embedded


class EmbeddedStore(_SparqlStore):
    """An Oxigraph store in a directory (pyoxigraph, RocksDB underneath)."""

    def __init__(self, path: str | Path | None, read_only: bool = False):
        self.location = str(path) if path is not None else MEMORY
        self.read_only = read_only
        self._writes = 0
        self._store: ox.Store | None
        try:
            if path is None or self.location == MEMORY:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreError(
                    f"the store at {path} is being written by another process (an ingest or remove); "
                    "wait for it to finish — reading commands (query, export, stats) work meanwhile"
                ) from e
            raise StoreError(f"cannot open the store at {path}: {e}") from e

    @property
    def oxstore(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"the store at {self.location} is closed")
        return self._store

    def dataset(self) -> Dataset:
        """The same store as an rdflib ``Dataset`` (oxrdflib), for code written against rdflib.

        Reads and writes go to the Oxigraph store underneath; the bulk paths of finkg itself
        (ingest, export, named queries) use Oxigraph's own parsers and writers, 10-70x faster.
        """
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.oxstore))

    def close(self) -> None:
        if self._store is not None and not self.read_only:
            self._store.flush()
        self._store = None

    def _select(self, sparql: str, union: bool = True) -> QueryResult:
        return self._run(sparql, "select", union=union)

    def query(self, sparql: str) -> QueryResult:
        """Read-only by construction: Oxigraph's query parser accepts no update. rdflib's parser
        is only consulted to refuse SERVICE and to explain a refusal or a syntax error."""
        if _SERVICE.search(sparql):
            query_form(sparql)  # raises on a real SERVICE clause (not one inside a string)
        try:
            raw = self.oxstore.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as e:
            query_form(sparql)  # an update is "refused"; other mistakes get rdflib's message
            raise QueryError(f"SPARQL syntax error: {e}") from e
        form: Literal["select", "ask", "graph"] = (
            "ask"
            if isinstance(raw, ox.QueryBoolean)
            else "graph"
            if isinstance(raw, ox.QueryTriples)
            else "select"
        )
        try:
            return _result_from_ox(raw, form)
        except OSError as e:
            raise StoreError(f"query failed: {e}") from e

    def _run(self, sparql: str, form: Literal["select", "ask", "graph"], union: bool = True) -> QueryResult:
        try:
            raw = self.oxstore.query(sparql, use_default_graph_as_union=union)
            return _result_from_ox(raw, form)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from e
        except OSError as e:
            raise StoreError(f"query failed: {e}") from e

    def _quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        for graph in graphs:
            yield from self.oxstore.quads_for_pattern(None, None, None, ox.NamedNode(graph))

    def replace_graph(
        self, graph_iri: str, triples: StoreTriples, key: str | None, content_hash: str
    ) -> None:
        graph_iri = check_iri(graph_iri)
        body = ntriples(skolemize(graph_iri, ox_triples(triples)) + bookkeeping(graph_iri, key, content_hash))
        drop_same_key = (
            f"""DELETE {{ GRAPH ?old {{ ?s ?p ?o }} }} WHERE {{
                  GRAPH ?old {{ ?old <{ARTICLE_KEY}> {sparql_string(key)} . ?s ?p ?o }} }} ;\n"""
            if key is not None
            else ""
        )
        update = (
            f"{drop_same_key}DROP SILENT GRAPH <{graph_iri}> ;\n"
            f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}}} }}"
        )
        try:
            self.oxstore.update(update)  # one transaction: all of it or nothing
        except (SyntaxError, OSError) as e:
            raise StoreError(f"cannot write graph {graph_iri}: {e}") from e
        self._writes += 1
        if self._writes % FLUSH_EVERY == 0 and self.location != MEMORY:
            self.oxstore.flush()

    def remove_graph(self, graph_iri: str) -> bool:
        node = ox.NamedNode(check_iri(graph_iri))
        if not self.oxstore.contains_named_graph(node):
            return False
        self.oxstore.update(f"DROP GRAPH <{node.value}>")
        return True


# ---------------------------------------------------------------------------------------------
# Remote


class RemoteStore(_SparqlStore):
    """A SPARQL 1.1 endpoint: Query, Update and the Graph Store Protocol over HTTP.

    The URL picks the server's layout:

    - ``http://host:7878`` (no path): Oxigraph's (``/query``, ``/update``, ``/store``);
    - ``http://host:8890/sparql`` (a path ending in ``/sparql``): Virtuoso's (``/sparql`` to query;
      with credentials, ``/sparql-auth`` to update and ``/sparql-graph-crud-auth`` for the Graph
      Store — Virtuoso refuses anonymous writes);
    - ``http://host:3030/ds`` (any other path): Fuseki's (``/ds/query``, ``/ds/update``, ``/ds/data``).

    Credentials come from the URL (``http://user:pass@host/…``) or ``$FINKG_STORE_USER`` /
    ``$FINKG_STORE_PASSWORD``, and answer the server's HTTP digest or basic challenge.
    """

    def __init__(self, url: str, timeout: float = 60.0):
        parts = urllib.parse.urlsplit(url)
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        path = parts.path.rstrip("/")
        self.location = urllib.parse.urlunsplit((parts.scheme, netloc, path, "", ""))
        self.timeout = timeout
        user = urllib.parse.unquote(parts.username) if parts.username else os.environ.get(USER_ENV_VAR)
        password = (
            urllib.parse.unquote(parts.password) if parts.password else os.environ.get(PASSWORD_ENV_VAR, "")
        )
        self._user = user
        handlers: list[urllib.request.BaseHandler] = []
        if user:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, f"{parts.scheme}://{netloc}/", user, password)
            handlers += [
                urllib.request.HTTPDigestAuthHandler(passwords),
                urllib.request.HTTPBasicAuthHandler(passwords),
            ]
        self._opener = urllib.request.build_opener(*handlers)
        self.virtuoso = path.endswith("/sparql")
        if self.virtuoso:
            auth = "-auth" if user else ""
            self.query_url = self.location
            self.update_url = f"{self.location}{auth}"
            self.store_url = f"{self.location}-graph-crud{auth}"
        else:
            self.query_url = self.location + "/query"
            self.update_url = self.location + "/update"
            self.store_url = self.location + ("/data" if path else "/store")

    def close(self) -> None:
        pass

    def _request(
        self, url: str, data: bytes | None, content_type: str | None, accept: str | None, method: str = "POST"
    ) -> bytes:
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                if capped := response.headers.get("X-SPARQL-MaxRows"):
                    raise StoreError(
                        f"{self.location} cut the result at {capped} rows (Virtuoso's ResultSetMaxRows "
                        "in virtuoso.ini): add LIMIT/OFFSET to the query, or raise that setting"
                    )
                return bytes(response.read())
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if e.code == 400:
                raise QueryError(f"{self.location} rejected the request: {detail}") from None
            if e.code in (401, 403):
                hint = (
                    "check the credentials"
                    if self._user
                    else f"give credentials in the URL (http://user:password@host/…) "
                    f"or in ${USER_ENV_VAR} / ${PASSWORD_ENV_VAR}"
                )
                raise StoreError(f"{self.location}: HTTP {e.code} {e.reason} — {hint}") from None
            raise StoreError(f"{self.location}: HTTP {e.code} {e.reason}: {detail}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
            raise StoreError(f"cannot reach the SPARQL endpoint {self.location}: {e}") from None

    def _finkg_graphs(self) -> list[str]:
        result = self._select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{CONTENT_HASH}> ?h }} {_graph_filter()} }}",
            union=False,
        )
        return [str(g) for (g,) in result.rows]

    def _exclude_other_graphs(self, sparql: str) -> str:
        """Virtuoso's default graph is already the union of all its graphs, its own system graphs
        (virtrdf:, owl:, DAV) too: exclude those. (Naming ours with ``default-graph-uri`` fails
        past ~50 articles: Virtuoso echoes each as a response header, and http.client refuses
        more than 100 headers.)"""
        others = self._select(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(!STRSTARTS(STR(?g), {sparql_string(GRAPH_NS)})) }}",
            union=False,
        )
        pragmas = (
            f"DEFINE input:default-graph-exclude <{g}> DEFINE input:named-graph-exclude <{g}>\n"
            for (g,) in others.rows
        )
        return "".join(pragmas) + sparql

    def _select(self, sparql: str, union: bool = True) -> QueryResult:
        return self._run(sparql, "select", union=union)

    def _run(self, sparql: str, form: Literal["select", "ask", "graph"], union: bool = True) -> QueryResult:
        fields: list[tuple[str, str]] = [("query", sparql)]
        if union and self.virtuoso:
            fields = [("query", self._exclude_other_graphs(sparql))]
        elif union:
            # The SPARQL protocol's way to query the merge of graphs on any endpoint (an empty
            # graph when there is none, not the server's default).
            graphs = self._finkg_graphs() or [GRAPH_NS + "none"]
            fields += [("default-graph-uri", g) for g in graphs]
            fields += [("named-graph-uri", g) for g in graphs]
        accept = "application/n-triples" if form == "graph" else "application/sparql-results+json"
        body = self._request(
            self.query_url,
            urllib.parse.urlencode(fields).encode(),
            "application/x-www-form-urlencoded",
            accept,
        )
        try:
            if form == "graph":
                raw: Any = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
            else:
                raw = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as e:
            raise StoreError(f"{self.location} answered something unreadable: {e}") from e
        return _result_from_ox(raw, form)

    def _update(self, sparql: str) -> None:
        self._request(self.update_url, sparql.encode(), "application/sparql-update", None)

    def _quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        for graph in graphs:
            url = self.store_url + "?" + urllib.parse.urlencode({"graph": graph})
            body = self._request(url, None, None, "application/n-triples", method="GET")
            node = ox.NamedNode(graph)
            for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(t.subject, t.predicate, t.object, node)

    def replace_graph(
        self, graph_iri: str, triples: StoreTriples, key: str | None, content_hash: str
    ) -> None:
        graph_iri = check_iri(graph_iri)
        body = ntriples(skolemize(graph_iri, ox_triples(triples)) + bookkeeping(graph_iri, key, content_hash))
        if key is not None:
            stale = self.find_article(key)
            if stale is not None and stale.graph != graph_iri:
                self.remove_graph(stale.graph)
        url = self.store_url + "?" + urllib.parse.urlencode({"graph": graph_iri})
        # Graph Store Protocol PUT: the server replaces the graph in one request (one transaction
        # on Oxigraph). Only the rare removal of an older graph of the same key, under another
        # IRI, is a separate request before it.
        self._request(url, body.encode("utf-8"), "application/n-triples", None, method="PUT")

    def remove_graph(self, graph_iri: str) -> bool:
        graph_iri = check_iri(graph_iri)
        if self.graph_hash(graph_iri) is None:
            return False
        self._update(f"DROP SILENT GRAPH <{graph_iri}>")
        return True


# ---------------------------------------------------------------------------------------------


def default_location() -> str:
    return os.environ.get(ENV_VAR) or DEFAULT_LOCATION


def open_store(location: str | Path | None = None, read_only: bool = False) -> EmbeddedStore | RemoteStore:
    """The store at ``location``: an http(s) URL is a SPARQL endpoint, anything else a directory.

    ``None`` means ``$FINKG_STORE`` or ``./finkg-data``; ``":memory:"`` an in-memory store.
    ``read_only`` opens an embedded store without taking its write lock (another process may be
    ingesting).
    """
    loc = str(location) if location is not None else default_location()
    if loc.startswith(("http://", "https://")):
        return RemoteStore(loc)
    if read_only and loc != MEMORY and not Path(loc).is_dir():
        raise StoreError(f"no store at {loc} (run `finkg ingest` first, or pass --store)")
    return EmbeddedStore(loc, read_only=read_only)
