"""``/sparql``: the SPARQL 1.1 Protocol through Starlette's test client, and through real clients
(SPARQLWrapper, rdflib's SPARQLStore, a Jena-style request) against `finkg serve` on loopback."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from pipeline.serve.sparql import ProtocolError, negotiate, parse_accept, read_request, with_prefixes
from tests.serve.conftest import ARTICLES
from tests.servers import free_port, stop, wait_for

KEYS = "SELECT ?a ?key WHERE { ?a a fin:Article ; fin:articleKey ?key } ORDER BY ?key"
CONSTRUCT = "CONSTRUCT { ?a fin:articleKey ?key } WHERE { ?a a fin:Article ; fin:articleKey ?key }"
FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


def keys_of(solutions: Any) -> list[str]:
    return [s["key"].value for s in solutions]


# --- the pieces


def test_accept_is_ranked_by_q_then_order() -> None:
    assert parse_accept("text/csv;q=0.5, application/sparql-results+xml, */*;q=0.1") == [
        "application/sparql-results+xml",
        "text/csv",
        "*/*",
    ]
    assert parse_accept(None) == ["*/*"]
    assert parse_accept("text/csv;q=0") == []


def test_negotiation() -> None:
    assert negotiate("select", "*/*", None) == "application/sparql-results+json"
    assert negotiate("graph", "*/*", None) == "text/turtle"
    # a client asking for plain JSON gets SPARQL JSON labelled as it asked
    assert negotiate("select", "application/json", None) == "application/json"
    assert negotiate("graph", "application/json", None) == "application/json"  # JSON-LD
    assert negotiate("select", "text/html, text/*;q=0.5", None) == "text/csv"
    assert negotiate("graph", None, "nt") == "application/n-triples"
    assert negotiate("select", "text/csv", "tsv") == "text/tab-separated-values"
    with pytest.raises(ProtocolError) as refused:
        negotiate("select", "image/png", None)
    assert refused.value.status == 406


def test_requests_that_are_refused() -> None:
    cases = [
        ("GET", [("update", "DROP ALL")], None, b"", 403),
        ("POST", [], "application/sparql-update", b"DROP ALL", 403),
        ("POST", [], "text/plain", b"SELECT * {}", 415),
        ("GET", [], None, b"", 400),
        ("GET", [("query", "ASK {}"), ("query", "ASK {}")], None, b"", 400),
        ("GET", [("query", "ASK {}"), ("default-graph-uri", "urn:g")], None, b"", 400),
        ("PUT", [("query", "ASK {}")], None, b"", 405),
    ]
    for method, params, content_type, body, status in cases:
        with pytest.raises(ProtocolError) as e:
            read_request(method, params, content_type, body)
        assert e.value.status == status, (method, params, content_type)


def test_undeclared_finkg_prefixes_are_added() -> None:
    assert with_prefixes("SELECT * { ?x a fin:Deal }").startswith(
        "PREFIX fin: <https://w3id.org/finkg/ontology#>"
    )
    declared = "PREFIX fin: <urn:mine#>\nSELECT * { ?x a fin:Deal }"
    assert with_prefixes(declared) == declared
    assert with_prefixes("SELECT * { <https://w3id.org/finkg/id/org/x> ?p ?o }").startswith("SELECT")


# --- the endpoint in process


def test_get_and_both_posts_give_the_same_json(client: Any) -> None:
    get = client.get("/sparql", params={"query": KEYS})
    form = client.post("/sparql", data={"query": KEYS})
    direct = client.post(
        "/sparql", content=KEYS.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    for response in (get, form, direct):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/sparql-results+json")
        assert keys_of(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)) == sorted(
            ARTICLES
        )


@pytest.mark.parametrize("media", FORMATS)
def test_select_in_every_results_format_parses_back(client: Any, media: str) -> None:
    response = client.get("/sparql", params={"query": KEYS}, headers={"Accept": media})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    if media == "text/csv":  # lossy: pyoxigraph reads no CSV results back
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0] == ["a", "key"] and [r[1] for r in rows[1:]] == sorted(ARTICLES)
        return
    parsed = ox.parse_query_results(response.content, format=FORMATS[media])
    assert keys_of(parsed) == sorted(ARTICLES)


def test_ask(client: Any) -> None:
    for media in ("application/sparql-results+json", "application/sparql-results+xml"):
        response = client.get(
            "/sparql", params={"query": "ASK { ?a a fin:Article }"}, headers={"Accept": media}
        )
        assert bool(ox.parse_query_results(response.content, format=FORMATS[media])) is True


@pytest.mark.parametrize(
    ("media", "fmt"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_construct_in_rdf_formats(client: Any, media: str, fmt: ox.RdfFormat) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": media})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    triples = list(ox.parse(response.content, format=fmt))
    assert sorted(t.object.value for t in triples) == sorted(ARTICLES)


def test_format_parameter_overrides_accept(client: Any) -> None:
    response = client.get(
        "/sparql", params={"query": KEYS, "format": "csv"}, headers={"Accept": "application/json"}
    )
    assert response.headers["content-type"].startswith("text/csv")


def test_updates_load_and_service_are_refused(client: Any, store: Any) -> None:
    before = len(store.articles())
    for query in (
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DROP ALL",
        "LOAD <http://example.com/data.ttl>",
        "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }",
    ):
        response = client.post("/sparql", data={"query": query})
        assert response.status_code == 403, (query, response.text)
        assert "refused" in response.text
    assert client.post("/sparql", data={"update": "DROP ALL"}).status_code == 403
    assert len(store.articles()) == before


def test_errors_are_plain_text(client: Any) -> None:
    syntax = client.get("/sparql", params={"query": "SELECT WHERE {"})
    assert syntax.status_code == 400 and syntax.headers["content-type"].startswith("text/plain")
    refused = client.get("/sparql", params={"query": KEYS}, headers={"Accept": "image/png"})
    assert refused.status_code == 406


def test_service_description_and_browser_redirect(client: Any) -> None:
    sd = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert sd.status_code == 200
    triples = list(ox.parse(sd.content, format=ox.RdfFormat.TURTLE))
    assert any(t.object.value.endswith("#UnionDefaultGraph") for t in triples)
    html = client.get("/sparql", headers={"Accept": "text/html"}, follow_redirects=False)
    assert html.status_code == 303 and html.headers["location"] == "/query"


def test_cors_only_when_asked(store: Any) -> None:
    from starlette.testclient import TestClient

    from pipeline.serve.app import create_app

    plain = TestClient(create_app(store)).get("/sparql", params={"query": "ASK {}"})
    assert "access-control-allow-origin" not in plain.headers
    with TestClient(create_app(store, cors=True)) as c:
        assert c.get("/sparql", params={"query": "ASK {}"}).headers["access-control-allow-origin"] == "*"
        preflight = c.options(
            "/sparql", headers={"Origin": "http://x", "Access-Control-Request-Method": "POST"}
        )
        assert preflight.status_code == 204 and "POST" in preflight.headers["access-control-allow-methods"]


# --- real clients over loopback


@pytest.fixture(scope="module")
def endpoint(store_dir: Path) -> Iterator[str]:
    port = free_port()
    finkg = str(Path(sys.executable).with_name("finkg"))
    process = subprocess.Popen(
        [finkg, "serve", "--store", str(store_dir), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_for(url + "?query=ASK%7B%7D", process, 60, lambda: "finkg serve did not start")
        yield url
    finally:
        stop(process)


@pytest.mark.slow
def test_sparqlwrapper_select_construct_ask(endpoint: str) -> None:
    from rdflib import Graph
    from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(KEYS)
    client.setReturnFormat(JSON)
    bindings = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
    assert [b["key"]["value"] for b in bindings] == sorted(ARTICLES)

    client.setReturnFormat(XML)
    dom = client.queryAndConvert()
    assert len(dom.getElementsByTagName("result")) == len(ARTICLES)  # type: ignore[union-attr]

    client.setReturnFormat(CSV)
    csv_text = client.queryAndConvert().decode()  # type: ignore[union-attr]
    assert csv_text.splitlines()[0] == "a,key"

    client.setMethod(POST)
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    turtle = client.queryAndConvert()
    graph = Graph().parse(data=turtle, format="turtle")  # type: ignore[arg-type]
    assert sorted(str(o) for o in graph.objects()) == sorted(ARTICLES)

    client.setQuery("ASK { ?a a fin:Article }")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]


@pytest.mark.slow
def test_rdflib_sparqlstore(endpoint: str) -> None:
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(endpoint))
    rows = graph.query(
        "PREFIX fin: <https://w3id.org/finkg/ontology#> "
        "SELECT ?key WHERE { ?a a fin:Article ; fin:articleKey ?key } ORDER BY ?key"
    )
    assert [str(r[0]) for r in rows] == sorted(ARTICLES)  # type: ignore[index]
    constructed = graph.query(
        "PREFIX fin: <https://w3id.org/finkg/ontology#> "
        "CONSTRUCT { ?a fin:articleKey ?key } WHERE { ?a fin:articleKey ?key ; a fin:Article }"
    )
    assert len(constructed.graph) == len(ARTICLES)  # type: ignore[arg-type]


@pytest.mark.slow
def test_jena_and_yasgui_style_requests(endpoint: str) -> None:
    # Jena's default Accept for SELECT; YASGUI POSTs a form with these headers
    jena = "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.7, text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1"  # noqa: E501
    request = urllib.request.Request(
        endpoint + "?" + urllib.parse.urlencode({"query": KEYS}), headers={"Accept": jena}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers["Content-Type"].startswith("application/sparql-results+json")
        assert keys_of(ox.parse_query_results(response.read(), format=ox.QueryResultsFormat.JSON)) == sorted(
            ARTICLES
        )
    yasgui = urllib.request.Request(
        endpoint,
        data=urllib.parse.urlencode({"query": KEYS}).encode(),
        headers={
            "Accept": "application/sparql-results+json,*/*;q=0.9",
            "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
        },
        method="POST",
    )
    with urllib.request.urlopen(yasgui, timeout=30) as response:
        assert keys_of(ox.parse_query_results(response.read(), format=ox.QueryResultsFormat.JSON)) == sorted(
            ARTICLES
        )
