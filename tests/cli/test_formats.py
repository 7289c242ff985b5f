"""Output formats: every RDF export and query result round-trips through pyoxigraph and rdflib;
format names, aliases, MIME types and file extensions; GraphML and Neo4j CSV; --json outputs."""

from __future__ import annotations

import csv
import io
import json
import shutil
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from spacy.language import Language

from pipeline.graph import jsonld
from pipeline.store import open_store
from pipeline.store.formats import (
    EXPORT_FORMATS,
    RDF_FORMATS,
    RDFLIB_NAMES,
    export_format,
    export_format_for_path,
    result_format,
)
from tests.cli.support import ingested_store, run
from tests.conftest import CORPUS

SEEDS = ("000_0f49195ad08e850a", "01_spdb-huarui-syndicated-loan", "03_chengdi-xiangjiang-idc-contract")
GRAPH_FORMATS = ("trig", "nquads", "jsonld")
LABELS = "SELECT ?e ?label WHERE { ?e a fin:Organization ; skos:prefLabel ?label } ORDER BY ?e ?label"


@pytest.fixture(autouse=True)
def shared_nlp(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    monkeypatch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return ingested_store(tmp_path_factory, nlp, "formats", SEEDS)


@pytest.fixture(scope="module")
def quads(store: Path) -> set[ox.Quad]:
    with open_store(store, read_only=True) as s:
        return set(s.statements())


def _rdflib_quads(data: bytes, fmt: str) -> set[tuple[str, ...]]:
    """What rdflib reads: (s, p, o, graph) in N-Triples syntax, graph "" for a triples format."""
    if fmt in GRAPH_FORMATS:
        dataset = Dataset()
        with warnings.catch_warnings():  # rdflib's own Dataset.parse uses its deprecated default_context
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset.parse(data=data.decode("utf-8"), format=RDFLIB_NAMES[fmt])
        return {(s.n3(), p.n3(), o.n3(), str(g)) for s, p, o, g in dataset.quads((None, None, None, None))}
    graph = Graph().parse(data=data.decode("utf-8"), format=RDFLIB_NAMES[fmt])
    return {(s.n3(), p.n3(), o.n3(), "") for s, p, o in graph}


# ---- names, aliases, MIME types, extensions ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ttl", "turtle"),
        ("TURTLE", "turtle"),
        ("text/turtle; charset=utf-8", "turtle"),
        ("nt", "ntriples"),
        ("nt11", "ntriples"),
        ("application/n-triples", "ntriples"),
        ("nq", "nquads"),
        ("application/n-quads", "nquads"),
        ("application/trig", "trig"),
        ("json-ld", "jsonld"),
        ("application/ld+json", "jsonld"),
        ("xml", "rdfxml"),
        ("pretty-xml", "rdfxml"),
        ("application/rdf+xml", "rdfxml"),
        ("graphml", "graphml"),
        ("csv", "csv"),
    ],
)
def test_export_format_names(value: str, expected: str) -> None:
    assert export_format(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("srj", "json"),
        ("application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("text/csv", "csv"),
        ("text/tab-separated-values", "tsv"),
    ],
)
def test_result_format_names(value: str, expected: str) -> None:
    assert result_format(value) == expected


def test_every_extension_names_its_format() -> None:
    for f in EXPORT_FORMATS:
        for ext in f.extensions:
            assert export_format_for_path(f"x{ext}") == f.name
    assert export_format_for_path("x.unknown") is None


def test_an_unknown_format_is_refused_with_the_known_names(store: Path) -> None:
    result = run("export", "--store", store, "--format", "excel", ok=False)
    assert result.exit_code == 2 and "ttl" in result.output and "json-ld" in result.output


# ---- RDF exports round-trip -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [f.name for f in RDF_FORMATS])
def test_export_round_trips_through_pyoxigraph_and_rdflib(
    fmt: str, store: Path, quads: set[ox.Quad], tmp_path: Path
) -> None:
    spec = next(f for f in RDF_FORMATS if f.name == fmt)
    out = tmp_path / f"export{spec.extension}"
    run("export", "--store", store, "-o", out)  # the format from the extension
    data = out.read_bytes()
    assert data == run("export", "--store", store, "--format", spec.names[-1]).stdout_bytes  # an alias
    parsed = set(ox.parse(data, format=ox.RdfFormat.from_extension(spec.extension.lstrip(".")) or None))
    if fmt in GRAPH_FORMATS:
        assert parsed == quads
    else:
        assert {q.triple for q in parsed} == {q.triple for q in quads}
    reference = run("export", "--store", store, "--format", "nquads").stdout_bytes
    expected = _rdflib_quads(reference, "nquads")
    if fmt not in GRAPH_FORMATS:
        expected = {(s, p, o, "") for s, p, o, _ in expected}
    assert _rdflib_quads(data, fmt) == expected


def test_jsonld_is_compacted_with_the_shipped_context(store: Path) -> None:
    doc = json.loads(run("export", "--store", store, "--format", "jsonld", "--articles-only").stdout)
    assert doc["@context"] == jsonld.context()
    nodes = [node for graph in doc["@graph"] for node in graph["@graph"]]
    article = next(n for n in nodes if n.get("@type") == "Article")
    assert article["@id"].startswith("article:") and "articleKey" in article
    mention = next(n for n in nodes if n.get("@type") == "Mention")
    assert isinstance(mention["beginIndex"], str) and mention["denotes"].startswith(
        ("org:", "person:", "place:")
    )
    assert not any(key.startswith("http") for node in nodes for key in node)


def test_the_shipped_context_is_current() -> None:
    assert jsonld.main(["--check"]) == 0


# ---- the entity–deal graph --------------------------------------------------------------------------


def _deal_counts(store: Path) -> tuple[int, int]:
    from pipeline.graph.queries import with_prefixes

    with open_store(store, read_only=True) as s:
        deals = s.query(with_prefixes("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d fin:reportedIn ?a }"))
        roles = s.query(
            with_prefixes(
                "SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?d ?p ?e WHERE { ?d ?p ?e "
                "VALUES ?p { fin:agent fin:counterparty fin:coAgent } } } }"
            )
        )
    return int(str(deals.rows[0][0])), int(str(roles.rows[0][0]))


def test_graphml_loads_in_networkx(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "deals.graphml"
    run("export", "--store", store, "-o", out)
    graph = nx.read_graphml(out)
    deals, roles = _deal_counts(store)
    kinds = nx.get_node_attributes(graph, "kind")
    assert sum(k == "Deal" for k in kinds.values()) == deals
    assert graph.number_of_edges() == roles
    for node, data in graph.nodes(data=True):
        if data["kind"] == "Deal":
            assert any(graph.edges[e]["role"] == "AGENT" for e in graph.in_edges(node)) or any(
                graph.edges[e]["role"] == "COUNTERPARTY" for e in graph.out_edges(node)
            )
            assert isinstance(data["sources"], int) and data["sources"] >= 1
        else:
            assert data["name"] and data["kind"] in (
                "Organization",
                "Person",
                "MediaOutlet",
                "Place",
                "Facility",
                "Product",
            )
    assert ET.parse(out).getroot().tag == "{http://graphml.graphdrawing.org/xmlns}graphml"


def test_csv_has_neo4j_import_headers(store: Path, tmp_path: Path) -> None:
    run("export", "--store", store, "--format", "csv", "-o", tmp_path / "neo4j")
    nodes = list(csv.DictReader(io.StringIO((tmp_path / "neo4j" / "nodes.csv").read_text(encoding="utf-8"))))
    edges = list(csv.DictReader(io.StringIO((tmp_path / "neo4j" / "edges.csv").read_text(encoding="utf-8"))))
    assert {"id:ID", ":LABEL", "usd:double", "sources:int"} <= set(nodes[0])
    assert list(edges[0]) == [":START_ID", ":END_ID", ":TYPE"]
    ids = [n["id:ID"] for n in nodes]
    assert len(ids) == len(set(ids))
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    assert {e[":TYPE"] for e in edges} <= {"AGENT", "COUNTERPARTY", "CO_AGENT"}
    assert all(n[":LABEL"].split(";")[0] in ("Deal", "Entity") for n in nodes)
    # NAME.csv gives NAME-nodes.csv and NAME-edges.csv
    run("export", "--store", store, "-o", tmp_path / "graph.csv")
    assert (tmp_path / "graph-nodes.csv").read_bytes() == (tmp_path / "neo4j" / "nodes.csv").read_bytes()
    assert run("export", "--store", store, "--format", "csv", ok=False).exit_code == 1


# ---- query results --------------------------------------------------------------------------------


def _solutions(data: bytes, fmt: ox.QueryResultsFormat) -> list[dict[str, str]]:
    parsed = ox.parse_query_results(data, format=fmt)
    return [{v.value: str(s[v]) for v in parsed.variables if s[v] is not None} for s in parsed]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("json", ox.QueryResultsFormat.JSON),
        ("xml", ox.QueryResultsFormat.XML),
        ("tsv", ox.QueryResultsFormat.TSV),
        ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ],
)
def test_select_results_round_trip_through_pyoxigraph(
    store: Path, name: str, fmt: ox.QueryResultsFormat
) -> None:
    reference = _solutions(
        run("query", LABELS, "--store", store, "--format", "json").stdout_bytes, ox.QueryResultsFormat.JSON
    )
    assert reference and any('"輝達"@zh-hant' in row["label"] for row in reference)
    assert _solutions(run("query", LABELS, "--store", store, "--format", name).stdout_bytes, fmt) == reference


def test_csv_results_are_w3c_csv(store: Path) -> None:
    rows = list(csv.reader(io.StringIO(run("query", LABELS, "--store", store, "--format", "csv").stdout)))
    assert rows[0] == ["e", "label"] and any(r[1] == "輝達" for r in rows[1:])
    reference = run("query", LABELS, "--store", store, "--format", "json").stdout_bytes
    assert len(rows) - 1 == len(_solutions(reference, ox.QueryResultsFormat.JSON))


def test_ask_results(store: Path) -> None:
    ask = "ASK { ?d a fin:DebtFinancing }"
    assert run("query", ask, "--store", store).stdout.strip() == "true"
    for name, fmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML)):
        parsed = ox.parse_query_results(
            run("query", ask, "--store", store, "--format", name).stdout_bytes, format=fmt
        )
        assert bool(parsed) is True


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "xml", "trig", "nquads"])
def test_construct_results_in_any_rdf_format(store: Path, fmt: str) -> None:
    construct = "CONSTRUCT { ?d a fin:Deal ; fin:reportedIn ?a } WHERE { ?d fin:reportedIn ?a }"
    reference = run("query", construct, "--store", store, "--format", "nt").stdout_bytes
    expected = {q.triple for q in ox.parse(reference, format=ox.RdfFormat.N_TRIPLES)}
    assert expected
    data = run("query", construct, "--store", store, "--format", fmt).stdout_bytes
    canonical = export_format(fmt)
    ox_format = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "jsonld": ox.RdfFormat.JSON_LD,
        "rdfxml": ox.RdfFormat.RDF_XML,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
    }[canonical]
    assert {q.triple for q in ox.parse(data, format=ox_format)} == expected
    assert {(s, p, o) for s, p, o, _ in _rdflib_quads(data, canonical)} == {
        (s, p, o) for s, p, o, _ in _rdflib_quads(reference, "ntriples")
    }


def test_construct_refuses_a_results_only_format(store: Path) -> None:
    result = run(
        "query",
        "CONSTRUCT { ?d a fin:Deal } WHERE { ?d a fin:Deal }",
        "--store",
        store,
        "--format",
        "tsv",
        ok=False,
    )
    assert result.exit_code == 1 and "RDF" in result.stderr


def test_query_output_file_takes_its_format_from_the_extension(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "labels.tsv"
    run("query", LABELS, "--store", store, "-o", out)
    assert out.read_text(encoding="utf-8").startswith("?e\t?label")
    ttl = tmp_path / "deals.ttl"
    construct = "CONSTRUCT { ?d fin:reportedIn ?a } WHERE { ?d fin:reportedIn ?a }"
    run("query", construct, "--store", store, "-o", ttl)
    assert "@prefix fin:" in ttl.read_text(encoding="utf-8")


def test_a_missing_query_file_is_a_clear_error(store: Path) -> None:
    for missing in ("queries/missing.rq", "missing.sparql", "./nowhere/q"):
        result = run("query", missing, "--store", store, ok=False)
        assert result.exit_code == 1
        assert f"no such query file: {missing}" in result.stderr
        assert "syntax" not in result.stderr


# ---- --json ---------------------------------------------------------------------------------------


def test_json_outputs(store: Path, tmp_path: Path) -> None:
    stats = json.loads(run("stats", "--store", store, "--json").stdout)
    assert stats["articles"] == 3 and stats["deals"] > 0 and "Organization" in stats["entities"]
    listing = json.loads(run("query", "--list", "--json").stdout)
    assert {"name", "description", "params", "showcase"} <= set(listing[0])
    valid = run("validate", "--store", store, "--json", ok=False)
    report = json.loads(valid.stdout)
    assert report["conforms"] is (valid.exit_code == 0)
    assert report["violations"] == sum(r["severity"] == "Violation" for r in report["results"])
    again = json.loads(
        run("ingest", CORPUS / "articles" / f"{SEEDS[0]}.txt", "--store", store, "--json").stdout
    )
    assert again["articles"] == {"new": 0, "updated": 0, "unchanged": 1, "failed": 0}
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(CORPUS / "gold" / f"{SEEDS[1]}.json", gold)
    scores = json.loads(run("evaluate", "--gold", gold, "--articles", CORPUS / "articles", "--json").stdout)
    assert 0 <= scores["categories"]["amounts"]["f1"] <= 1 and "articles" not in scores


def test_ingest_and_stats_counts_agree_and_say_what_they_count(tmp_path: Path) -> None:
    store = tmp_path / "store"
    ingested = run("ingest", CORPUS / "articles" / f"{SEEDS[1]}.txt", "--store", store)
    written = json.loads(
        run("ingest", CORPUS / "articles" / f"{SEEDS[2]}.txt", "--store", store, "--json").stdout
    )
    stats = json.loads(run("stats", "--store", store, "--json").stdout)
    first = int(ingested.stdout.split(" graphs, ", 1)[1].split(" triples", 1)[0])
    assert stats["triples"] == first + written["written"]["triples"]  # the same statements, counted alike
    assert "once per article" in ingested.stdout and "distinct" in run("stats", "--store", store).stdout


@pytest.mark.parametrize("name", ["json", "xml", "tsv", "csv"])
def test_select_results_round_trip_through_rdflib(store: Path, name: str) -> None:
    from rdflib.query import Result as RdflibResult

    from pipeline.graph.queries import with_prefixes

    with open_store(store, read_only=True) as s:
        expected = [tuple(row) for row in s.query(with_prefixes(LABELS)).rows]
    data = run("query", LABELS, "--store", store, "--format", name).stdout_bytes
    parsed = [tuple(row) for row in RdflibResult.parse(io.BytesIO(data), format=name)]
    if name == "csv":  # W3C CSV is lossy: values only, no language tags or datatypes
        assert [tuple(map(str, r)) for r in parsed] == [tuple(map(str, r)) for r in expected]
    else:
        assert parsed == expected
    for fmt in ("json", "xml"):
        ask = run("query", "ASK { ?d a fin:DebtFinancing }", "--store", store, "--format", fmt).stdout_bytes
        assert RdflibResult.parse(io.BytesIO(ask), format=fmt).askAnswer is True
