"""The embedded store: writes, graph records, reads, the read-only query path, exports."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, SKOS, BNode, Graph, Literal, URIRef

from pipeline.errors import QueryError, StoreError
from pipeline.graph.namespace import EXPORT_PREFIXES, FIN, ID
from pipeline.store import (
    MEMORY,
    EmbeddedStore,
    ExportFormat,
    GraphRecord,
    RemoteStore,
    open_store,
    snapshots,
)
from pipeline.store.conversion import from_ox
from pipeline.store.formats import RDFLIB_NAMES
from pipeline.store.results import query_form
from tests.rdf_compare import assert_same_graph, graphs_of

GRAPH_A = str(ID["graph/a"])
GRAPH_B = str(ID["graph/b"])
NVIDIA = ID["org/nvidia"]


def article(name: str, *extra: tuple) -> Graph:
    """A small article graph: an article node, a shared entity, a deal with a blank-node amount."""
    g = Graph()
    a = ID[f"article/{name}"]
    g.add((a, RDF.type, FIN.Article))
    g.add((a, FIN.title, Literal(f"標題 {name}", lang="zh-Hant")))
    g.add((NVIDIA, RDF.type, FIN.Organization))
    g.add((NVIDIA, SKOS.prefLabel, Literal("輝達", lang="zh-Hant")))
    deal = ID[f"deal/investment-{name}"]
    amount = BNode()
    g.add((deal, RDF.type, FIN.Investment))
    g.add((deal, FIN.agent, NVIDIA))
    g.add((deal, FIN.amount, amount))
    g.add((amount, RDF.type, FIN.MonetaryAmount))
    g.add(
        (
            amount,
            FIN.value,
            Literal("2000000000", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")),
        )
    )
    g.add((amount, FIN.currency, Literal("USD")))
    for t in extra:
        g.add(t)
    return g


def record(key: str, graph: str, stamp: str, **extra: object) -> GraphRecord:
    return GraphRecord(graph=graph, stamp=stamp, key=key, **extra)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    s = open_store(tmp_path / "store")
    assert isinstance(s, EmbeddedStore)
    yield s
    s.close()


def dump(
    store: EmbeddedStore | RemoteStore, fmt: ExportFormat = ExportFormat.NQUADS, static: bool = True
) -> bytes:
    out = io.BytesIO()
    store.export(fmt, out, include_static=static)
    return out.getvalue()


# --- opening


@pytest.mark.parametrize(
    ("location", "urls"),
    [
        pytest.param(
            "http://127.0.0.1:7878",
            ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store"),
            id="oxigraph-server",
        ),
        pytest.param(
            "http://127.0.0.1:3030/ds/",
            (
                "http://127.0.0.1:3030/ds/query",
                "http://127.0.0.1:3030/ds/update",
                "http://127.0.0.1:3030/ds/data",
            ),
            id="fuseki-dataset",
        ),
        pytest.param(
            "http://127.0.0.1:8890/sparql/",
            (
                "http://127.0.0.1:8890/sparql",
                "http://127.0.0.1:8890/sparql",
                "http://127.0.0.1:8890/sparql-graph-crud",
            ),
            id="virtuoso-anonymous",
        ),
        pytest.param(
            "http://dba:s%40cret@127.0.0.1:8890/sparql",
            (
                "http://127.0.0.1:8890/sparql",
                "http://127.0.0.1:8890/sparql-auth",
                "http://127.0.0.1:8890/sparql-graph-crud-auth",
            ),
            id="virtuoso-with-credentials-in-the-url",
        ),
    ],
)
def test_a_url_picks_a_remote_layout(
    location: str, urls: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FINKG_STORE_USER", raising=False)
    remote = open_store(location)
    assert isinstance(remote, RemoteStore)
    assert (remote.query_url, remote.update_url, remote.store_url) == urls
    assert "@" not in remote.location, "no credentials in messages"


def test_virtuoso_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINKG_STORE_USER", "dba")
    store = open_store("http://127.0.0.1:8890/sparql")
    assert isinstance(store, RemoteStore)
    assert store.update_url == "http://127.0.0.1:8890/sparql-auth"


def test_the_default_store_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FINKG_STORE", str(tmp_path / "from-env"))
    with open_store(None) as s:
        assert s.location == str(tmp_path / "from-env")
    assert (tmp_path / "from-env").is_dir()


def test_read_only_open_of_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "nothing", read_only=True)


def test_a_second_writer_is_told_the_store_is_busy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(snapshots.EVERY_ENV, "0")  # the reader opens the snapshot taken after "a"
    with open_store(tmp_path / "s") as writer:
        writer.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
        writer.settle()  # (that snapshot is taken in the background)
        with pytest.raises(StoreError, match="being written by another process"):
            open_store(tmp_path / "s")
        with open_store(tmp_path / "s", read_only=True) as reader:
            assert [a.key for a in reader.articles()] == ["a"]


# --- writing and the graph records


def test_replace_and_find(store: EmbeddedStore) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    assert store.graph_stamp(GRAPH_A) == "h1"
    found = store.find_article("a")
    assert found is not None and (found.graph, found.stamp) == (GRAPH_A, "h1")
    assert store.find_article("b") is None
    assert store.graph_stamp(GRAPH_B) is None
    store.replace_graph(record("a", GRAPH_A, "h2"), article("a"))
    assert [(x.key, x.stamp) for x in store.articles()] == [("a", "h2")]


def test_a_record_reads_back_as_written(store: EmbeddedStore) -> None:
    when = dt.datetime(2026, 11, 23, 14, 0, tzinfo=dt.UTC)
    written = record("a", GRAPH_A, "h1", fingerprint="code", ingested_at=when)
    store.replace_graph(written, article("a"))
    assert store.find_article("a") == written
    assert store.record(GRAPH_A) == written


def test_the_record_has_its_own_subject_and_no_article_property(store: EmbeddedStore) -> None:
    """A naive query meets each article once; nothing is said about the graph IRI itself; the
    records are bookkeeping, in the article graphs only (not in the merged default graph)."""
    store.replace_graph(record("a", GRAPH_A, "h1", fingerprint="code"), article("a"))
    store.replace_graph(record("b", GRAPH_B, "h2", fingerprint="code"), article("b"))
    articles = store.query(f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a <{FIN.Article}> }}").rows
    assert int(str(articles[0][0])) == 2
    about_graphs = "ASK { GRAPH ?g { ?g ?p ?o } }"
    assert store.query(about_graphs).boolean is False
    records = store.query(
        f"SELECT ?r ?g WHERE {{ GRAPH ?g {{ ?r a <{FIN.GraphRecord}> ; <{FIN.recordOf}> ?g }} }} ORDER BY ?g"
    )
    assert [(str(r), str(g)) for r, g in records] == [
        (str(ID["record/a"]), GRAPH_A),
        (str(ID["record/b"]), GRAPH_B),
    ]
    assert store.query(f"ASK {{ ?r a <{FIN.GraphRecord}> }}").boolean is False


def test_replace_leaves_no_stale_triples(store: EmbeddedStore) -> None:
    stale = (ID["article/a"], FIN.title, Literal("old title"))
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a", stale))
    store.replace_graph(record("a", GRAPH_A, "h2"), article("a"))
    assert store.query('ASK { ?a ?p "old title" }').boolean is False
    assert_same_graph(graphs_of(store.statements())[GRAPH_A], _with_record(article("a"), "a", GRAPH_A, "h2"))


def _with_record(graph: Graph, key: str, graph_iri: str, stamp: str) -> Graph:
    """What the store holds for ``graph``: its triples, the one blank node skolemised, and the record."""
    skolem = URIRef(graph_iri + "/.well-known/genid/c14n0")
    expected = Graph()
    for triple in graph:
        expected.add(tuple(skolem if isinstance(t, BNode) else t for t in triple))  # type: ignore[arg-type]
    for q in record(key, graph_iri, stamp).quads():
        expected.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))  # type: ignore[arg-type]
    return expected


def test_replace_drops_an_older_graph_of_the_same_key(store: EmbeddedStore) -> None:
    store.replace_graph(record("k", GRAPH_A, "h1"), article("a"))
    store.replace_graph(record("k", GRAPH_B, "h2"), article("b"))
    assert [(x.key, x.graph) for x in store.articles()] == [("k", GRAPH_B)]
    assert set(graphs_of(store.statements())) == {GRAPH_B}


def test_a_failed_write_leaves_the_previous_graph_intact(store: EmbeddedStore) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    before = dump(store)
    broken = article("a", *[(ID[f"x/{i}"], FIN.title, Literal(str(i))) for i in range(500)])
    broken.add((ID["x/bad"], FIN.title, URIRef("not an IRI")))  # rejected while preparing the write
    with pytest.raises(StoreError):
        store.replace_graph(record("a", GRAPH_A, "h2"), broken)
    assert dump(store) == before
    assert store.graph_stamp(GRAPH_A) == "h1"


def test_pyoxigraph_quads_are_written_as_they_are(store: EmbeddedStore) -> None:
    g = ox.NamedNode(GRAPH_A)
    quads = [
        ox.Quad(
            ox.NamedNode(str(NVIDIA)), ox.NamedNode(str(RDF.type)), ox.NamedNode(str(FIN.Organization)), g
        )
    ]
    store.replace_graph(record("a", GRAPH_A, "h"), quads)
    assert set(store.oxstore.quads_for_pattern(None, None, None, g)) == set(
        quads + record("a", GRAPH_A, "h").quads()
    )


def test_remove_graph_keeps_shared_nodes_of_other_graphs(store: EmbeddedStore) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    store.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
    assert store.remove_graph(GRAPH_A) is True
    assert store.remove_graph(GRAPH_A) is False
    assert [x.key for x in store.articles()] == ["b"]
    labels = store.query(f"SELECT ?l WHERE {{ <{NVIDIA}> <{SKOS.prefLabel}> ?l }}")
    assert [str(r[0]) for r in labels] == ["輝達"]
    assert store.query(f"ASK {{ <{ID['article/a']}> ?p ?o }}").boolean is False


@pytest.mark.parametrize(
    "ref",
    [
        pytest.param("a", id="by-key"),
        pytest.param(GRAPH_A, id="by-graph-iri"),
        pytest.param(str(ID["article/a"]), id="by-article-iri"),
    ],
)
def test_resolve_an_article(store: EmbeddedStore, ref: str) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    found = store.resolve(ref)
    assert found is not None and found.graph == GRAPH_A


@pytest.mark.parametrize(
    "ref",
    [pytest.param("nope", id="unknown-key"), pytest.param(str(NVIDIA), id="node-typed-in-several-graphs")],
)
def test_resolve_refuses_what_names_no_single_article(store: EmbeddedStore, ref: str) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    store.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
    assert store.resolve(ref) is None


def test_stats(store: EmbeddedStore) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    store.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
    stats = store.stats()
    assert (stats.articles, stats.amounts, stats.static_graphs) == (2, 2, 0)
    assert stats.entities == {"Organization": 1}
    assert stats.triples == sum(len(article(n)) for n in "ab"), "the records are not counted"
    assert "articles        2" in stats.format()


# --- reading


def test_queries_see_the_union_of_graphs(store: EmbeddedStore) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    store.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
    result = store.query(f"SELECT ?d WHERE {{ ?d <{FIN.agent}> <{NVIDIA}> }} ORDER BY ?d")
    assert result.form == "select" and result.variables == ("d",)
    assert [str(r[0]) for r in result] == [str(ID["deal/investment-a"]), str(ID["deal/investment-b"])]
    per_graph = store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?d <{FIN.agent}> ?x }} }} ORDER BY ?g")
    assert [str(r[0]) for r in per_graph] == [GRAPH_A, GRAPH_B]


@pytest.mark.parametrize(
    ("sparql", "form", "size"),
    [
        pytest.param("ASK { ?s ?p ?o }", "ask", 0, id="ask"),
        pytest.param(
            f"CONSTRUCT {{ ?d <http://x/p> ?o }} WHERE {{ ?d <{FIN.agent}> ?o }}", "graph", 1, id="construct"
        ),
        pytest.param(f"SELECT ?d WHERE {{ ?d <{FIN.agent}> ?o }}", "select", 1, id="select"),
    ],
)
def test_query_forms(store: EmbeddedStore, sparql: str, form: str, size: int) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    result = store.query(sparql)
    assert (result.form, len(result)) == (form, size)


def test_language_tags_come_back_lowercased(store: EmbeddedStore) -> None:
    """Oxigraph normalises language tags; BCP 47 tags are case-insensitive."""
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    (row,) = store.query(f"SELECT ?l WHERE {{ <{NVIDIA}> <{SKOS.prefLabel}> ?l }}").rows
    assert row[0] == Literal("輝達", lang="zh-hant")


@pytest.mark.parametrize(
    "sparql",
    [
        pytest.param("INSERT DATA { <http://a> <http://b> <http://c> }", id="insert-data"),
        pytest.param("DELETE WHERE { ?s ?p ?o }", id="delete-where"),
        pytest.param("DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", id="modify"),
        pytest.param("LOAD <http://example.org/data.ttl>", id="load"),
        pytest.param("CLEAR ALL", id="clear"),
        pytest.param("DROP ALL", id="drop"),
        pytest.param("CREATE GRAPH <http://g>", id="create"),
        pytest.param("ADD DEFAULT TO <http://g>", id="add"),
        pytest.param(
            "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <http://a> <http://b> <http://c> }", id="smuggled"
        ),
    ],
)
def test_the_query_path_refuses_updates(sparql: str) -> None:
    store = open_store(MEMORY)
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    before = dump(store)
    with pytest.raises(QueryError, match=r"refused|syntax"):
        store.query(sparql)
    assert dump(store) == before


def test_the_query_path_refuses_service() -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        query_form("SELECT * WHERE { ?s ?p ?o . SERVICE <http://example.org/sparql> { ?s ?q ?r } }")


@pytest.mark.parametrize(
    ("sparql", "form"),
    [
        pytest.param("SELECT * WHERE { ?s ?p ?o }", "select", id="select"),
        pytest.param(
            "PREFIX fin: <https://w3id.org/finkg/ontology#> SELECT (SUM(?v) AS ?t) WHERE { ?x fin:value ?v }",
            "select",
            id="select-aggregate",
        ),
        pytest.param("ASK { ?s ?p ?o }", "ask", id="ask"),
        pytest.param("CONSTRUCT WHERE { ?s ?p ?o }", "graph", id="construct"),
        pytest.param("DESCRIBE <http://x>", "graph", id="describe"),
    ],
)
def test_query_form(sparql: str, form: str) -> None:
    assert query_form(sparql) == form


def test_a_syntax_error_is_a_query_error(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="syntax"):
        store.query("SELECT WHERE {")


@pytest.mark.parametrize(
    ("lexical", "datatype", "stored_lexical", "stored_datatype"),
    [
        pytest.param("5", "nonNegativeInteger", "5", "integer", id="integer-subtype-becomes-integer"),
        pytest.param("0100", "integer", "100", "integer", id="leading-zeros-dropped"),
        pytest.param("1.50", "decimal", "1.5", "decimal", id="trailing-zeros-dropped"),
        pytest.param("2025-10-08", "date", "2025-10-08", "date", id="date-kept"),
    ],
)
def test_oxigraph_canonicalises_numeric_literals(
    lexical: str, datatype: str, stored_lexical: str, stored_datatype: str
) -> None:
    """What shapes and queries over the store must expect (see pipeline.store.base)."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    g = Graph()
    g.add((ID["x/1"], FIN.value, Literal(lexical, datatype=URIRef(xsd + datatype), normalize=False)))
    with open_store(MEMORY) as store:
        store.replace_graph(record("a", GRAPH_A, "h"), g)
        (row,) = store.query(f"SELECT ?v WHERE {{ <{ID['x/1']}> ?p ?v }}").rows
    assert isinstance(row[0], Literal)
    assert (str(row[0]), str(row[0].datatype)) == (stored_lexical, xsd + stored_datatype)


def test_the_embedded_store_as_an_rdflib_dataset() -> None:
    """oxrdflib exposes the very same Oxigraph store to rdflib code: same quads, both ways."""
    from rdflib import Literal as L
    from rdflib import URIRef as U
    from rdflib.namespace import XSD

    with open_store(MEMORY) as s:
        assert isinstance(s, EmbeddedStore)
        g = "https://w3id.org/finkg/id/graph/t"
        s.oxstore.add(
            ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:p"), ox.Literal("輝達"), ox.NamedNode(g))
        )
        dataset = s.dataset()
        quads = set(dataset.quads((None, None, None, None)))
        # RDF 1.1: a plain literal is an xsd:string, which is how rdflib sees Oxigraph's
        assert (U("urn:x:a"), U("urn:x:p"), L("輝達", datatype=XSD.string), U(g)) in quads
        dataset.graph(U(g)).add((U("urn:x:b"), U("urn:x:p"), L("NVIDIA")))
        assert len(s.oxstore) == 2


# --- exports


@pytest.mark.parametrize("fmt", [pytest.param(f, id=f.value) for f in ExportFormat])
def test_export_is_deterministic_and_round_trips(tmp_path: Path, fmt: ExportFormat) -> None:
    """Two stores filled in a different order, with fresh blank nodes each time: same bytes."""
    with open_store(tmp_path / "one") as one, open_store(tmp_path / "two") as two:
        one.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
        one.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
        two.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
        two.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
        first, second = dump(one, fmt), dump(two, fmt)
    assert first == second
    assert first  # something was written
    triples: set[tuple[object, object, object]]
    if fmt.has_graphs:
        quads = list(ox.parse(first, format=fmt.rdf_format))
        graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
        assert {GRAPH_A, GRAPH_B} <= graphs
        triples = {(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)) for q in quads}
    else:  # an independent parser
        triples = set(Graph().parse(data=first.decode("utf-8"), format=RDFLIB_NAMES[fmt.value]))
    assert (NVIDIA, SKOS.prefLabel, Literal("輝達", lang="zh-hant")) in triples
    assert (URIRef(str(ID["record/a"])), FIN.ingestStamp, Literal("h1")) in triples
    assert not any(isinstance(t, BNode) for triple in triples for t in triple), "blank nodes are skolemised"


def test_turtle_export_is_the_union_without_duplicates(store: EmbeddedStore) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    store.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
    lines = dump(store, ExportFormat.NTRIPLES).decode().splitlines()
    assert len(lines) == len(set(lines))
    assert lines == sorted(lines)
    # the shared entity's label is in both graphs but once in the union
    assert sum("輝達" in line for line in lines) == 1


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        pytest.param(ExportFormat.TURTLE, b"", id="turtle-empty"),
        pytest.param(ExportFormat.NTRIPLES, b"", id="ntriples-empty"),
    ],
)
def test_export_of_an_empty_store(store: EmbeddedStore, fmt: ExportFormat, expected: bytes) -> None:
    assert dump(store, fmt) == expected


def test_jsonld_export_of_an_empty_store_is_an_empty_graph(store: EmbeddedStore) -> None:
    doc = json.loads(dump(store, ExportFormat.JSONLD))
    assert doc["@graph"] == [] and doc["@context"]["fin"] == str(FIN._NS)


def test_prefixes_only_those_used(store: EmbeddedStore) -> None:
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    turtle = dump(store, ExportFormat.TURTLE).decode()
    assert "@prefix fin:" in turtle and "@prefix org:" in turtle and "@prefix record:" in turtle
    assert "@prefix qudt:" not in turtle
    assert EXPORT_PREFIXES["fin"] == str(FIN._NS)


@pytest.mark.parametrize(
    "fmt", [pytest.param(f, id=f.value) for f in ExportFormat if f is not ExportFormat.JSONLD]
)
def test_export_in_runs_gives_the_same_bytes(store: EmbeddedStore, fmt: ExportFormat) -> None:
    """An export larger than one sorted run (spilled to disk and merged) writes what the
    in-memory sort writes: the same statements, each once, in the same order."""
    from pipeline.store.export import PREFIXED_FORMATS, sorted_statements, used_prefixes, write_export

    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    store.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
    quads = list(store.statements())
    duplicated = quads + quads[::3]  # the merge drops repeats across runs too
    in_runs = io.BytesIO()
    written = write_export(iter(duplicated), fmt, in_runs, run_size=5)
    expected = sorted_statements(quads, fmt)
    assert written == len(expected) > 10
    prefixes = used_prefixes(expected) if fmt in PREFIXED_FORMATS else None
    sorted_in_memory = ox.serialize(expected, format=fmt.rdf_format, prefixes=prefixes)
    assert in_runs.getvalue() == dump(store, fmt) == sorted_in_memory
