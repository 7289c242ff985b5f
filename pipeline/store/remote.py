"""A remote store: any SPARQL 1.1 endpoint (Query, Update and the Graph Store Protocol over HTTP).

An article graph goes to the server as one N-Triples document (serialised once, by Oxigraph's
writer, from the mapping's quads) in one Graph Store Protocol ``PUT``.
"""

from __future__ import annotations

import http.client
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from typing import Any

import pyoxigraph as ox

from pipeline.errors import QueryError, StoreError
from pipeline.store.base import GRAPH_NS, PASSWORD_ENV_VAR, RECORD_OF, USER_ENV_VAR, GraphRecord, StoreTriples
from pipeline.store.conversion import check_iri, graph_quads, sparql_string
from pipeline.store.results import Form, QueryResult, result_from_ox
from pipeline.store.sparql import SparqlStore, graph_filter


class RemoteStore(SparqlStore):
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
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?r {RECORD_OF} ?g }} {graph_filter()} }}",
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

    def _run(self, sparql: str, form: Form, union: bool = True) -> QueryResult:
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
        return result_from_ox(raw, form)

    def _update(self, sparql: str) -> None:
        self._request(self.update_url, sparql.encode(), "application/sparql-update", None)

    def _quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        for graph in graphs:
            url = self.store_url + "?" + urllib.parse.urlencode({"graph": graph})
            body = self._request(url, None, None, "application/n-triples", method="GET")
            node = ox.NamedNode(graph)
            for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(t.subject, t.predicate, t.object, node)

    def replace_graph(self, record: GraphRecord, triples: StoreTriples) -> None:
        graph_iri = check_iri(record.graph)
        quads = graph_quads(graph_iri, triples) + record.quads()
        body = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""
        if record.key is not None:
            stale = self.find_article(record.key)
            if stale is not None and stale.graph != graph_iri:
                self.remove_graph(stale.graph)
        url = self.store_url + "?" + urllib.parse.urlencode({"graph": graph_iri})
        # Graph Store Protocol PUT: the server replaces the graph in one request (one transaction
        # on Oxigraph). Only the rare removal of an older graph of the same key, under another
        # IRI, is a separate request before it.
        self._request(url, body, "application/n-triples", None, method="PUT")

    def remove_graph(self, graph_iri: str) -> bool:
        graph_iri = check_iri(graph_iri)
        if self.record(graph_iri) is None:
            return False
        self._update(f"DROP SILENT GRAPH <{graph_iri}>")
        return True
