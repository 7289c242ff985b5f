from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, SKOS, BNode, Graph, Literal, URIRef

from pipeline.errors import QueryError, StoreError
from pipeline.graph.namespace import FIN, ID
from pipeline.store.stores import (
    ARTICLE_KEY,
    CONTENT_HASH,
    EXPORT_PREFIXES,
    MEMORY,
    EmbeddedStore,
    ExportFormat,
    RemoteStore,
    from_ox,
    open_store,
    query_form,
)

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


@pytest.fixture
def store(tmp_path: Path) -> EmbeddedStore:
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


def test_open_store_picks_the_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    remote = open_store("http://127.0.0.1:7878")
    assert isinstance(remote, RemoteStore)
    assert remote.query_url == "http://127.0.0.1:7878/query"
    assert remote.store_url == "http://127.0.0.1:7878/store"
    fuseki = open_store("http://127.0.0.1:3030/ds/")
    assert isinstance(fuseki, RemoteStore)
    assert (fuseki.update_url, fuseki.store_url) == (
        "http://127.0.0.1:3030/ds/update",
        "http://127.0.0.1:3030/ds/data",
    )
    monkeypatch.setenv("FINKG_STORE", str(tmp_path / "from-env"))
    with open_store(None) as s:
        assert s.location == str(tmp_path / "from-env")
    assert (tmp_path / "from-env").is_dir()


def test_a_url_ending_in_sparql_is_virtuosos_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FINKG_STORE_USER", raising=False)
    anonymous = open_store("http://127.0.0.1:8890/sparql/")
    assert isinstance(anonymous, RemoteStore)
    assert (anonymous.query_url, anonymous.update_url, anonymous.store_url) == (
        "http://127.0.0.1:8890/sparql",
        "http://127.0.0.1:8890/sparql",
        "http://127.0.0.1:8890/sparql-graph-crud",
    )
    with_credentials = (
        ("http://dba:s%40cret@127.0.0.1:8890/sparql", {}),
        ("http://127.0.0.1:8890/sparql", {"FINKG_STORE_USER": "dba"}),
    )
    for url, env in with_credentials:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        store = open_store(url)
        assert isinstance(store, RemoteStore)
        assert store.location == "http://127.0.0.1:8890/sparql"  # no credentials in messages
        assert (store.update_url, store.store_url) == (
            "http://127.0.0.1:8890/sparql-auth",
            "http://127.0.0.1:8890/sparql-graph-crud-auth",
        )


def test_read_only_open_of_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "nothing", read_only=True)


def test_replace_and_find(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    assert store.graph_hash(GRAPH_A) == "h1"
    found = store.find_article("a")
    assert found is not None and (found.graph, found.content_hash) == (GRAPH_A, "h1")
    assert store.find_article("b") is None
    assert store.graph_hash(GRAPH_B) is None
    store.replace_graph(GRAPH_A, article("a"), "a", "h2")
    assert [(x.key, x.content_hash) for x in store.articles()] == [("a", "h2")]


def test_replace_leaves_no_stale_triples(store: EmbeddedStore) -> None:
    stale = (ID["article/a"], FIN.title, Literal("old title"))
    store.replace_graph(GRAPH_A, article("a", stale), "a", "h1")
    store.replace_graph(GRAPH_A, article("a"), "a", "h2")
    result = store.query('ASK { ?a ?p "old title" }')
    assert result.boolean is False


def test_replace_drops_an_older_graph_of_the_same_key(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "k", "h1")
    store.replace_graph(GRAPH_B, article("b"), "k", "h2")
    assert [(x.key, x.graph) for x in store.articles()] == [("k", GRAPH_B)]


def test_a_failed_write_leaves_the_previous_graph_intact(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    before = dump(store)
    broken = article("a", *[(ID[f"x/{i}"], FIN.title, Literal(str(i))) for i in range(500)])
    broken.add((ID["x/bad"], FIN.title, URIRef("not an IRI")))  # rejected while preparing the write
    with pytest.raises(StoreError):
        store.replace_graph(GRAPH_A, broken, "a", "h2")
    assert dump(store) == before
    assert store.graph_hash(GRAPH_A) == "h1"


def test_remove_graph_keeps_shared_nodes_of_other_graphs(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    store.replace_graph(GRAPH_B, article("b"), "b", "h2")
    assert store.remove_graph(GRAPH_A) is True
    assert store.remove_graph(GRAPH_A) is False
    assert [x.key for x in store.articles()] == ["b"]
    labels = store.query(f"SELECT ?l WHERE {{ <{NVIDIA}> <{SKOS.prefLabel}> ?l }}")
    assert [str(r[0]) for r in labels] == ["輝達"]
    assert store.query(f"ASK {{ <{ID['article/a']}> ?p ?o }}").boolean is False


def test_resolve_by_key_graph_or_article_iri(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    for ref in ("a", GRAPH_A, str(ID["article/a"])):
        found = store.resolve(ref)
        assert found is not None and found.graph == GRAPH_A, ref
    assert store.resolve("nope") is None


def test_queries_see_the_union_of_graphs(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    store.replace_graph(GRAPH_B, article("b"), "b", "h2")
    result = store.query(f"SELECT ?d WHERE {{ ?d <{FIN.agent}> <{NVIDIA}> }} ORDER BY ?d")
    assert result.form == "select" and result.variables == ("d",)
    assert [str(r[0]) for r in result] == [str(ID["deal/investment-a"]), str(ID["deal/investment-b"])]
    per_graph = store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?d <{FIN.agent}> ?x }} }} ORDER BY ?g")
    assert [str(r[0]) for r in per_graph] == [GRAPH_A, GRAPH_B]


def test_query_forms(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    assert store.query("ASK { ?s ?p ?o }").boolean is True
    constructed = store.query(f"CONSTRUCT {{ ?d <http://x/p> ?o }} WHERE {{ ?d <{FIN.agent}> ?o }}")
    assert constructed.form == "graph" and len(constructed.triples) == 1


def test_language_tags_come_back_lowercased(store: EmbeddedStore) -> None:
    """Oxigraph normalises language tags; BCP 47 tags are case-insensitive."""
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    (row,) = store.query(f"SELECT ?l WHERE {{ <{NVIDIA}> <{SKOS.prefLabel}> ?l }}").rows
    assert row[0] == Literal("輝達", lang="zh-hant")


@pytest.mark.parametrize(
    "sparql",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "DROP ALL",
        "CREATE GRAPH <http://g>",
        "ADD DEFAULT TO <http://g>",
        "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <http://a> <http://b> <http://c> }",
    ],
)
def test_the_query_path_refuses_updates(sparql: str) -> None:
    store = open_store(MEMORY)
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
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
        ("SELECT * WHERE { ?s ?p ?o }", "select"),
        (
            "PREFIX fin: <https://w3id.org/finkg/ontology#> SELECT (SUM(?v) AS ?t) WHERE { ?x fin:value ?v }",
            "select",
        ),
        ("ASK { ?s ?p ?o }", "ask"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "graph"),
        ("DESCRIBE <http://x>", "graph"),
    ],
)
def test_query_form(sparql: str, form: str) -> None:
    assert query_form(sparql) == form


def test_a_syntax_error_is_a_query_error(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="syntax"):
        store.query("SELECT WHERE {")


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_is_deterministic_and_round_trips(tmp_path: Path, fmt: ExportFormat) -> None:
    """Two stores filled in a different order, with fresh blank nodes each time: same bytes."""
    with open_store(tmp_path / "one") as one, open_store(tmp_path / "two") as two:
        one.replace_graph(GRAPH_A, article("a"), "a", "h1")
        one.replace_graph(GRAPH_B, article("b"), "b", "h2")
        two.replace_graph(GRAPH_B, article("b"), "b", "h2")
        two.replace_graph(GRAPH_A, article("a"), "a", "h1")
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
        triples = set(Graph().parse(data=first.decode("utf-8"), format=fmt.value.replace("ntriples", "nt")))
    assert (NVIDIA, SKOS.prefLabel, Literal("輝達", lang="zh-hant")) in triples
    assert (URIRef(GRAPH_A), URIRef(CONTENT_HASH), Literal("h1")) in triples
    assert not any(isinstance(t, BNode) for triple in triples for t in triple), "blank nodes are skolemised"


def test_turtle_export_is_the_union_without_duplicates(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    store.replace_graph(GRAPH_B, article("b"), "b", "h2")
    lines = dump(store, ExportFormat.NTRIPLES).decode().splitlines()
    assert len(lines) == len(set(lines))
    assert lines == sorted(lines)
    # the shared entity's label is in both graphs but once in the union
    assert sum("輝達" in line for line in lines) == 1


def test_export_of_an_empty_store(store: EmbeddedStore) -> None:
    assert dump(store, ExportFormat.TURTLE) == b""
    assert dump(store, ExportFormat.JSONLD) == b"[]\n"


def test_prefixes_only_those_used(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    turtle = dump(store, ExportFormat.TURTLE).decode()
    assert "@prefix fin:" in turtle and "@prefix org:" in turtle
    assert "@prefix qudt:" not in turtle
    assert EXPORT_PREFIXES["fin"] == str(FIN._NS)


def test_stats(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    store.replace_graph(GRAPH_B, article("b"), "b", "h2")
    stats = store.stats()
    assert stats.articles == 2
    assert stats.entities == {"Organization": 1}
    assert stats.amounts == 2
    assert stats.triples == sum(len(article(n)) + 2 for n in "ab")
    assert "articles" in stats.format()


def test_bookkeeping_triples_sit_on_the_graph_node(store: EmbeddedStore) -> None:
    store.replace_graph(GRAPH_A, article("a"), "a", "h1")
    rows = store.query(f"SELECT ?k WHERE {{ GRAPH ?g {{ ?g <{ARTICLE_KEY}> ?k }} }}").rows
    assert [str(r[0]) for r in rows] == ["a"]


def test_a_second_writer_is_told_the_store_is_busy(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as writer:
        writer.replace_graph(GRAPH_A, article("a"), "a", "h1")
        with pytest.raises(StoreError, match="being written by another process"):
            open_store(tmp_path / "s")
        with open_store(tmp_path / "s", read_only=True) as reader:
            assert [a.key for a in reader.articles()] == ["a"]


@pytest.mark.parametrize(
    ("lexical", "datatype", "stored_lexical", "stored_datatype"),
    [
        ("5", "nonNegativeInteger", "5", "integer"),
        ("0100", "integer", "100", "integer"),
        ("1.50", "decimal", "1.5", "decimal"),
        ("2025-10-08", "date", "2025-10-08", "date"),
    ],
)
def test_oxigraph_canonicalises_numeric_literals(
    lexical: str, datatype: str, stored_lexical: str, stored_datatype: str
) -> None:
    """What shapes and queries over the store must expect (see the module docstring)."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    g = Graph()
    g.add((ID["x/1"], FIN.value, Literal(lexical, datatype=URIRef(xsd + datatype), normalize=False)))
    with open_store(MEMORY) as store:
        store.replace_graph(GRAPH_A, g, "a", "h")
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
