"""A remote store: any SPARQL 1.1 endpoint (Query, Update and the Graph Store Protocol over HTTP).

An article graph goes to the server in one SPARQL update (one transaction on Oxigraph): the old
graph's facts that no other graph states leave the merged graph, the old graph is dropped, the
new one and its facts are inserted (:mod:`pipeline.store.merged`). Queries run over the server's
default graph — the merged facts, each once — and reach the article graphs with ``GRAPH``;
Virtuoso, whose default graph is the union of all its graphs, keeps the merged facts in
:data:`~pipeline.store.merged.MERGED_GRAPH` and is told so by a pragma on every query.

Timeouts: the client gives up when the server sent nothing for ``timeout`` seconds
(``$FINKG_STORE_TIMEOUT``, default 60), closes the connection and says so; the server is asked
to stop the same query then where the protocol lets it (Virtuoso's and Fuseki's ``timeout``
parameter). An Oxigraph server (0.5.13) has no such request parameter and goes on computing a
query its client abandoned, unless it was started with its own limit: ``oxigraph serve
--timeout-s N`` cancels every query after N seconds — measured on 800,000 quads: a ``COUNT(*)``
over a cross join stopped at 2 s (``--timeout-s 2``; the server's CPU time stayed at 0 after), while
without the option the server was still computing it after the client gave up. A cancelled
query's answer is a truncated results document ending in "The SPARQL operation has been
cancelled": finkg says so instead of reading it. Run an Oxigraph endpoint with ``--timeout-s``
a little below ``$FINKG_STORE_TIMEOUT``.

Connection errors (refused, reset, closed before the answer; HTTP 502/503/504) are retried with
exponential backoff (0.25 s doubling, at most 8 s a pause) for ``retry_for`` seconds
(``$FINKG_STORE_RETRY``, default 60; 3 s until the endpoint answered once, so that a wrong URL is
said at once) before they are reported: a server restarted meanwhile is picked up where it
was. Every write is idempotent (the graph's old facts are forgotten, the graph dropped and
written again in one request), so a write the server applied before the connection broke is
simply applied again. A timeout is not retried.

Writing ingests take the endpoint's ingest lock (:mod:`pipeline.store.lock`) through
:meth:`RemoteStore.lock` and :meth:`RemoteStore.unlock`.
"""

from __future__ import annotations

import functools
import http.client
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from typing import Any

import pyoxigraph as ox

from pipeline.errors import QueryError, StoreError
from pipeline.model.iris import record_iri
from pipeline.store.base import PASSWORD_ENV_VAR, USER_ENV_VAR, GraphRecord, StoreTriples
from pipeline.store.conversion import check_iri, graph_quads
from pipeline.store.host import seconds_from_env
from pipeline.store.lock import IngestLock
from pipeline.store.merged import MERGED_GRAPH, facts_of, sparql_triples
from pipeline.store.results import Form, QueryResult, has_dataset_clause, result_from_ox
from pipeline.store.sparql import SparqlStore

TIMEOUT_ENV_VAR = "FINKG_STORE_TIMEOUT"
RETRY_ENV_VAR = "FINKG_STORE_RETRY"
#: the first pause before a request is sent again after a connection error, and the longest (s)
FIRST_PAUSE = 0.25
MAX_PAUSE = 8.0
#: before the endpoint answered once, connection errors are retried this long at most (a wrong
#: URL is said at once; a server that went away during a run is waited for)
FIRST_CONTACT = 3.0
#: answers of a proxy or a server that is starting or stopping: worth another try
_RETRIED_STATUS = frozenset({502, 503, 504})


class _Unreachable(Exception):
    """One attempt met a connection error (retried until ``retry_for`` seconds have passed)."""


#: how an Oxigraph server ends the answer of a query it cancelled (``--timeout-s``)
_CANCELLED = b"operation has been cancelled"


def _timed_out(error: BaseException) -> bool:
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    return isinstance(reason, TimeoutError | socket.timeout)


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

    def __init__(
        self,
        url: str,
        timeout: float | None = None,
        retry_for: float | None = None,
        lock_wait: float | None = None,
        lock_ttl: float | None = None,
    ):
        parts = urllib.parse.urlsplit(url)
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        path = parts.path.rstrip("/")
        self.location = urllib.parse.urlunsplit((parts.scheme, netloc, path, "", ""))
        self.timeout = timeout if timeout is not None else seconds_from_env(TIMEOUT_ENV_VAR, 60.0)
        self.retry_for = retry_for if retry_for is not None else seconds_from_env(RETRY_ENV_VAR, 60.0)
        self._lock_options = {k: v for k, v in (("wait", lock_wait), ("ttl", lock_ttl)) if v is not None}
        self._lock: IngestLock | None = None
        self._reached = False
        #: requests sent again after a connection error (for the summary of a run)
        self.retries = 0
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
        #: the server's parameter that bounds a query's run time, if it has one
        self.fuseki = bool(path) and not self.virtuoso
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

    def lock(self) -> IngestLock:
        """Take the endpoint's ingest lock (waiting for another ingest, then refusing with
        ``StoreError``); each write renews it when due, until :meth:`unlock`. The claims are read
        outside the merged-facts dataset (Virtuoso's default graph is pointed at the merged graph,
        which hides the lock graph)."""
        select = functools.partial(self._select, union=False)
        lock = IngestLock(self.location, self._update, select, **self._lock_options)
        lock.acquire()
        self._lock = lock
        return lock

    def unlock(self, lock: IngestLock) -> None:
        self._lock = None
        lock.release()

    def _renew_lock(self) -> None:
        if self._lock is not None:
            self._lock.renew_if_due()

    def _request(
        self, url: str, data: bytes | None, content_type: str | None, accept: str | None, method: str = "POST"
    ) -> bytes:
        """The answer to one request; connection errors are retried with backoff for
        ``retry_for`` seconds."""
        window = self.retry_for if self._reached else min(self.retry_for, FIRST_CONTACT)
        start = time.monotonic()
        pause = FIRST_PAUSE
        attempts = 1
        while True:
            try:
                answer = self._send(url, data, content_type, accept, method)
                self._reached = True
                return answer
            except _Unreachable as e:
                if time.monotonic() + pause > start + window:
                    self._reached = False  # the next request waits FIRST_CONTACT at most
                    raise StoreError(
                        f"cannot reach the SPARQL endpoint {self.location}: {e.args[0]} "
                        f"({attempts} attempts in {time.monotonic() - start:.1f} s; "
                        f"${RETRY_ENV_VAR} sets how long to retry)"
                    ) from None
            time.sleep(pause)
            pause = min(pause * 2, MAX_PAUSE)
            attempts += 1
            self.retries += 1

    def _send(
        self, url: str, data: bytes | None, content_type: str | None, accept: str | None, method: str
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
                if response.headers.get("X-SQL-State") == "S1TAT":
                    # Virtuoso's "anytime" answer: what it had found when the timeout struck
                    raise StoreError(
                        f"{self.location} stopped the query at the client's timeout ({self.timeout:g} s, "
                        f"${TIMEOUT_ENV_VAR}) and sent a partial answer; it is not used"
                    )
                return bytes(response.read())
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if e.code in _RETRIED_STATUS:
                raise _Unreachable(f"HTTP {e.code} {e.reason}") from None
            if e.code == 400:
                raise QueryError(f"{self.location} rejected the request: {detail}") from None
            if e.code in (401, 403) or (e.code == 500 and "SECURITY" in detail and not self._user):
                hint = (
                    "check the credentials"
                    if self._user
                    else f"give credentials in the URL (http://user:password@host/…) "
                    f"or in ${USER_ENV_VAR} / ${PASSWORD_ENV_VAR}"
                )
                raise StoreError(f"{self.location}: HTTP {e.code} {e.reason} — {hint}") from None
            raise StoreError(f"{self.location}: HTTP {e.code} {e.reason}: {detail}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
            if _timed_out(e):
                raise StoreError(
                    f"{self.location} sent no answer within {self.timeout:g} s (the client's timeout, "
                    f"${TIMEOUT_ENV_VAR}); the connection is closed (an Oxigraph server goes on "
                    "computing an abandoned query unless it runs with --timeout-s)"
                ) from None
            raise _Unreachable(str(e)) from None

    def _virtuoso_pragmas(self, sparql: str) -> str:
        """Virtuoso's default graph is the union of all its graphs, its own system graphs (virtrdf:,
        owl:, DAV) too: point it at the merged graph. (``GRAPH ?g`` still ranges over every graph
        there: the named queries keep ``?g`` to the article graphs with a filter on their IRIs.)"""
        return f"DEFINE input:default-graph-uri <{MERGED_GRAPH}>\n{sparql}"

    def _select(self, sparql: str, union: bool = True) -> QueryResult:
        return self._run(sparql, "select", union=union)

    def _run(self, sparql: str, form: Form, union: bool = True) -> QueryResult:
        """``union``: over the merged facts (the server's default graph); else over every graph as
        the server has it (bookkeeping, whose patterns name their graphs)."""
        fields: list[tuple[str, str]] = [("query", sparql)]
        if union and self.virtuoso and not has_dataset_clause(sparql):  # FROM <g> names the graphs
            fields = [("query", self._virtuoso_pragmas(sparql))]
        if self.virtuoso:
            # ms; Virtuoso stops a little before the client gives up, so its answer still arrives
            fields.append(("timeout", str(int(self.timeout * 900))))
        elif self.fuseki:
            fields.append(("timeout", str(self.timeout)))  # s; Fuseki cancels the query
        accept = "application/n-triples" if form == "graph" else "application/sparql-results+json"
        body = self._request(
            self.query_url,
            urllib.parse.urlencode(fields).encode(),
            "application/x-www-form-urlencoded",
            accept,
        )
        try:  # the parsers read lazily: a truncated answer fails while the rows are read
            if form == "graph":
                raw: Any = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
            else:
                raw = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            return result_from_ox(raw, form)
        except SyntaxError as e:
            if _CANCELLED in body[-200:]:
                raise StoreError(
                    f"{self.location} cancelled the query at its own timeout (oxigraph serve "
                    "--timeout-s) and sent a partial answer; it is not used — bound the query "
                    "(LIMIT, a selective pattern first) or raise the server's timeout"
                ) from None
            raise StoreError(f"{self.location} answered something unreadable: {e}") from e

    def _update(self, sparql: str) -> None:
        self._request(self.update_url, sparql.encode(), "application/sparql-update", None)

    def _quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        for graph in graphs:
            url = self.store_url + "?" + urllib.parse.urlencode({"graph": graph})
            body = self._request(url, None, None, "application/n-triples", method="GET")
            node = ox.NamedNode(graph)
            for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(t.subject, t.predicate, t.object, node)

    def _in_merged(self, body: str) -> str:
        return f"GRAPH <{MERGED_GRAPH}> {{ {body} }}" if self.virtuoso else body

    def _forget(self, graph_iri: str) -> str:
        """The update that deletes from the merged graph the facts only ``graph_iri`` states, then
        drops that graph."""
        others = f"FILTER(?h != <{graph_iri}> && ?h != <{MERGED_GRAPH}>)"
        return (
            f"DELETE {{ {self._in_merged('?s ?p ?o')} }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} {others} }} }} ;\n"
            f"DROP SILENT GRAPH <{graph_iri}>"
        )

    def replace_graph(self, record: GraphRecord, triples: StoreTriples) -> None:
        graph_iri = check_iri(record.graph)
        quads = graph_quads(graph_iri, triples)
        facts = sparql_triples(facts_of(graph_iri, quads))
        self._replace(record, sparql_triples(q.triple for q in quads), facts)

    def replace_graph_serialized(self, record: GraphRecord, nquads: bytes, ntriples: bytes) -> None:
        """:meth:`replace_graph` from the graph already serialised: ``nquads`` the graph's quads,
        ``ntriples`` its facts for the merged graph (N-Triples lines are SPARQL data as they are)."""
        try:
            statements = sparql_triples(q.triple for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
        except SyntaxError as e:
            raise StoreError(f"cannot write graph {record.graph}: {e}") from e
        self._replace(record, statements, ntriples.decode("utf-8"))

    def _replace(self, record: GraphRecord, statements: str, facts: str) -> None:
        self._renew_lock()
        graph_iri = check_iri(record.graph)
        replaced = [graph_iri]
        if record.key is not None:
            stale = self.find_article(record.key)
            if stale is not None and stale.graph != graph_iri:
                replaced.append(stale.graph)
        own = sparql_triples(q.triple for q in record.quads())
        if self.virtuoso:
            # Virtuoso's SPARQL parser turns an integral xsd:decimal into xsd:integer; its Graph Store
            # keeps the datatype. So: the old graphs forgotten, then the graph PUT and the facts POSTed.
            self._update(" ;\n".join(self._forget(g) for g in replaced))
            body = f"{statements}\n{own}\n".encode()
            self._request(self._graph_url(graph_iri), body, "application/n-triples", None, method="PUT")
            self._request(
                self._graph_url(MERGED_GRAPH), facts.encode() + b"\n", "application/n-triples", None
            )
            return
        # One request: one transaction on Oxigraph (and Fuseki).
        self._update(
            " ;\n".join(
                [
                    *(self._forget(g) for g in replaced),
                    f"INSERT DATA {{ GRAPH <{graph_iri}> {{ {statements}\n{own} }} }}",
                    f"INSERT DATA {{ {self._in_merged(facts)} }}",
                ]
            )
        )

    def _graph_url(self, graph_iri: str) -> str:
        return self.store_url + "?" + urllib.parse.urlencode({"graph": graph_iri})

    def post_dataset(self, nquads: bytes) -> None:
        """Add N-Quads to the server's graphs (Graph Store Protocol ``POST`` of a dataset)."""
        self._request(self.store_url, nquads, "application/n-quads", None)

    def rebuild_merged(self, batch: int = 100) -> int:
        """Recompute the merged graph from the named graphs (after a bulk load). Returns its size."""
        target = f"GRAPH <{MERGED_GRAPH}>" if self.virtuoso else "DEFAULT"
        self._update(f"CLEAR SILENT {target}")
        graphs = self.graph_names(include_static=True)
        for start in range(0, len(graphs), batch):
            self._update(
                " ;\n".join(
                    f"INSERT {{ {self._in_merged('?s ?p ?o')} }} WHERE {{ GRAPH <{g}> "
                    f"{{ ?s ?p ?o FILTER(?s != <{record_iri(g)}>) }} }}"
                    for g in graphs[start : start + batch]
                )
            )
        count = self._select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(str(count.rows[0][0])) if count.rows else 0

    def remove_graph(self, graph_iri: str) -> bool:
        graph_iri = check_iri(graph_iri)
        if self.record(graph_iri) is None:
            return False
        self._renew_lock()
        self._update(self._forget(graph_iri))
        return True
