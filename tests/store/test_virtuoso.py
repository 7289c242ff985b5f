"""The remote store against Debian's virtuoso-opensource, started on loopback by the tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal
from spacy.language import Language

from pipeline.errors import StoreError
from pipeline.graph.namespace import FIN, ID
from pipeline.ingest import ingest, remove
from pipeline.store import MEMORY, ExportFormat, RemoteStore, open_store
from tests.conftest import CORPUS
from tests.rdf_compare import assert_same_stores
from tests.servers import dump, free_port, stop, wait_for
from tests.store.test_store import GRAPH_A, GRAPH_B, NVIDIA, article, record

VIRTUOSO = shutil.which("virtuoso-t")
if VIRTUOSO is None:
    pytest.skip(
        "virtuoso-t is not on PATH (apt-get install virtuoso-opensource; .ci/run does it)",
        allow_module_level=True,
    )

pytestmark = pytest.mark.slow

INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
FILES = [
    str(CORPUS / "articles" / "000_0f49195ad08e850a.txt"),
    str(CORPUS / "articles" / "01_spdb-huarui-syndicated-loan.txt"),
]
DATABASE_KEYS = ("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file")


def configure(ini: str, directory: Path, sql_port: int, http_port: int) -> str:
    """Debian's virtuoso.ini with the database in ``directory`` and both ports on loopback."""
    section = ""
    lines = []
    for line in ini.splitlines():
        if m := re.match(r"\s*\[(.+)\]", line):
            section = m.group(1)
        elif m := re.match(r"\s*(\w+)\s*=\s*([^;]*)", line):
            key, value = m.group(1), m.group(2).strip()
            if section in ("Database", "TempDatabase") and key in DATABASE_KEYS:
                line = f"{key} = {directory / Path(value).name}"
            elif section == "Parameters" and key == "ServerPort":
                line = f"ServerPort = 127.0.0.1:{sql_port}"
            elif section == "HTTPServer" and key == "ServerPort":
                line = f"ServerPort = 127.0.0.1:{http_port}"
            elif section == "Parameters" and key == "DirsAllowed":
                line = f"DirsAllowed = {value}, {directory}"
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a fresh Virtuoso; its SPARQL endpoint is ``<url>/sparql``."""
    if not INI.is_file():
        pytest.fail(f"virtuoso-t is installed but {INI} is missing")
    directory = tmp_path_factory.mktemp("virtuoso")
    config = directory / "virtuoso.ini"
    http_port = free_port()
    config.write_text(configure(INI.read_text(), directory, free_port(), http_port))
    log = directory / "stdout.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(VIRTUOSO), "+foreground", "+configfile", str(config)],
            cwd=directory,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{http_port}"

    def failure() -> str:
        return f"virtuoso did not start within 60 s:\n{log.read_text(errors='replace')[-2000:]}"

    try:
        wait_for(f"{url}/sparql?query=ASK%7B%7D", process, timeout=60, describe_failure=failure, interval=0.2)
        yield url
    finally:
        stop(process, timeout=20)


@pytest.fixture
def remote(virtuoso: str) -> Iterator[RemoteStore]:
    store = open_store(virtuoso.replace("http://", "http://dba:dba@") + "/sparql")
    assert isinstance(store, RemoteStore)
    for found in store.articles() + store.static_graphs():
        store.remove_graph(found.graph)
    yield store


def test_replace_query_the_union_and_remove(remote: RemoteStore) -> None:
    old = article("a", (ID["article/a"], FIN.title, Literal("old title")))
    remote.replace_graph(record("a", GRAPH_A, "h1"), old)
    remote.replace_graph(record("b", GRAPH_B, "h2"), article("b"))
    assert [(x.key, x.graph, x.stamp) for x in remote.articles()] == [
        ("a", GRAPH_A, "h1"),
        ("b", GRAPH_B, "h2"),
    ]
    deals = remote.query(f"SELECT ?d WHERE {{ ?d <{FIN.agent}> <{NVIDIA}> }} ORDER BY ?d")
    assert [str(d) for (d,) in deals] == [str(ID["deal/investment-a"]), str(ID["deal/investment-b"])]
    # The union is of finkg's graphs only: none of Virtuoso's own graphs (virtrdf:, owl:, DAV).
    graphs = remote.query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t }")
    assert int(str(graphs.rows[0][0])) == len(remote.query("SELECT DISTINCT ?s WHERE { ?s a ?t }"))
    assert remote.query("ASK { ?s a <http://www.openlinksw.com/schemas/virtrdf#QuadMap> }").boolean is False

    remote.replace_graph(record("a", GRAPH_A, "h3"), article("a"))
    assert remote.query('ASK { ?a ?p "old title" }').boolean is False
    assert remote.graph_stamp(GRAPH_A) == "h3"

    assert remote.remove_graph(GRAPH_A) is True
    assert remote.remove_graph(GRAPH_A) is False
    assert [x.key for x in remote.articles()] == ["b"]
    assert remote.query(f"ASK {{ <{ID['article/a']}> ?p ?o }}").boolean is False
    labels = remote.query(f"SELECT ?l WHERE {{ <{NVIDIA}> ?p ?l FILTER(isLiteral(?l)) }}")
    assert [str(x) for (x,) in labels] == ["輝達"]


def test_an_empty_store_queries_nothing(remote: RemoteStore) -> None:
    assert remote.query("ASK { ?s ?p ?o }").boolean is False
    assert remote.stats().triples == 0


def test_ingest_export_and_reingest_match_the_embedded_store(remote: RemoteStore, nlp: Language) -> None:
    summary = ingest(FILES, remote, workers=1, nlp=nlp)
    assert (summary.new, summary.failed) == (2, ())
    with open_store(MEMORY) as local:
        ingest(FILES, local, workers=1, nlp=nlp)
        assert_same_stores(remote, local)
        assert dump(remote, ExportFormat.TURTLE) == dump(local, ExportFormat.TURTLE)
        assert remote.stats() == local.stats()
        query = f"SELECT ?a ?p ?t WHERE {{ ?a a <{FIN.Article}> ; ?p ?t }} ORDER BY ?a ?p ?t"
        assert remote.query(query).rows == local.query(query).rows
    again = ingest(FILES, remote, workers=1, nlp=nlp)
    assert (again.new, again.unchanged) == (0, 2)


def test_an_edited_article_replaces_its_graph(remote: RemoteStore, nlp: Language, tmp_path: Path) -> None:
    edited = tmp_path / Path(FILES[1]).name
    edited.write_text(Path(FILES[1]).read_text(encoding="utf-8").replace("43亿", "57亿"), encoding="utf-8")
    ingest(FILES, remote, workers=1, nlp=nlp)
    assert ingest([str(edited)], remote, workers=1, nlp=nlp).updated == 1
    has = "ASK {{ ?x <https://w3id.org/finkg/ontology#value> ?v FILTER(?v = {}) }}"
    assert remote.query(has.format(4300000000)).boolean is False
    assert remote.query(has.format(5700000000)).boolean is True
    remove(remote, Path(FILES[0]).stem)
    assert [a.key for a in remote.articles()] == [Path(FILES[1]).stem]
    with open_store(MEMORY) as local:
        ingest([str(edited)], local, workers=1, nlp=nlp)
        assert_same_stores(remote, local)


def test_credentials_from_the_environment(virtuoso: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINKG_STORE_USER", "dba")
    monkeypatch.setenv("FINKG_STORE_PASSWORD", "dba")
    store = open_store(f"{virtuoso}/sparql")
    store.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    assert store.graph_stamp(GRAPH_A) == "h1"
    assert store.remove_graph(GRAPH_A) is True


def test_writes_without_or_with_wrong_credentials_are_clear_errors(
    virtuoso: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FINKG_STORE_USER", raising=False)
    anonymous = open_store(f"{virtuoso}/sparql")
    with pytest.raises(StoreError, match=r"HTTP (40[13]|500) .* give credentials"):
        anonymous.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    wrong = open_store(virtuoso.replace("http://", "http://dba:nope@") + "/sparql")
    with pytest.raises(StoreError, match="check the credentials"):
        wrong.replace_graph(record("a", GRAPH_A, "h1"), article("a"))
    assert anonymous.graph_stamp(GRAPH_A) is None


def test_the_union_of_many_graphs(remote: RemoteStore) -> None:
    # Past ~50 graphs, naming each with default-graph-uri broke: Virtuoso echoes each as a header.
    for i in range(60):
        remote.replace_graph(record(f"many-{i}", str(ID[f"graph/many-{i}"]), "h"), article(f"many-{i}"))
    count = remote.query(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d <{FIN.agent}> <{NVIDIA}> }}")
    assert int(str(count.rows[0][0])) == 60
    assert remote.stats().articles == 60


def test_a_result_virtuoso_cuts_short_is_an_error_not_a_wrong_answer(remote: RemoteStore) -> None:
    for i in range(15):
        remote.replace_graph(record(f"cut-{i}", str(ID[f"graph/cut-{i}"]), "h"), article(f"cut-{i}"))
    assert len(remote.query("SELECT * WHERE { ?a ?b ?c } LIMIT 100")) == 100
    with pytest.raises(StoreError, match="cut the result at 10000 rows"):
        remote.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }")
