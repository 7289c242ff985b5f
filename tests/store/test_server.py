"""The remote store against a real SPARQL server: the PyPI ``oxigraph`` server on loopback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from pipeline.cli import main
from pipeline.errors import QueryError, StoreError
from pipeline.ingest import ingest, remove
from pipeline.store import MEMORY, ExportFormat, RemoteStore, open_store
from tests.conftest import CORPUS
from tests.rdf_compare import assert_same_stores
from tests.servers import dump, free_port, stop, wait_for

pytestmark = pytest.mark.slow

FILES = [
    str(CORPUS / "articles" / "000_0f49195ad08e850a.txt"),
    str(CORPUS / "articles" / "01_spdb-huarui-syndicated-loan.txt"),
]


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.fail("the oxigraph server is not installed (it is in the dev extras: pip install -e '.[dev]')")
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [_oxigraph(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"

    def failure() -> str:
        err = process.stderr.read().decode() if process.stderr else ""
        return f"oxigraph server did not start: {err}"

    try:
        wait_for(f"{url}/query?query=ASK%7B%7D", process, timeout=30, describe_failure=failure)
        yield url
    finally:
        stop(process, timeout=10)


@pytest.fixture
def remote(server: str) -> Iterator[RemoteStore]:
    store = open_store(server)
    assert isinstance(store, RemoteStore)
    for article in store.articles() + store.static_graphs():
        store.remove_graph(article.graph)
    yield store


def test_remote_and_embedded_stores_hold_the_same_bytes(remote: RemoteStore, nlp: Language) -> None:
    summary = ingest(FILES, remote, workers=1, nlp=nlp)
    assert (summary.new, summary.failed) == (2, ())
    with open_store(MEMORY) as local:
        ingest(FILES, local, workers=1, nlp=nlp)
        assert_same_stores(remote, local)
        assert dump(remote, ExportFormat.TURTLE) == dump(local, ExportFormat.TURTLE)
        assert remote.stats() == local.stats()
        query = (
            "SELECT ?a ?t WHERE { ?a a <https://w3id.org/finkg/ontology#Article> ; ?p ?t } ORDER BY ?a ?p ?t"
        )
        assert remote.query(query).rows == local.query(query).rows
    again = ingest(FILES, remote, workers=1, nlp=nlp)
    assert (again.new, again.unchanged) == (0, 2)


def test_remote_replace_and_remove(remote: RemoteStore, nlp: Language, tmp_path: Path) -> None:
    edited = tmp_path / Path(FILES[1]).name
    edited.write_text(Path(FILES[1]).read_text(encoding="utf-8").replace("43亿", "57亿"), encoding="utf-8")
    ingest([FILES[0], FILES[1]], remote, workers=1, nlp=nlp)
    summary = ingest([str(edited)], remote, workers=1, nlp=nlp)
    assert summary.updated == 1
    has = "ASK {{ ?x <https://w3id.org/finkg/ontology#value> ?v FILTER(?v = {}) }}"
    assert remote.query(has.format(4300000000)).boolean is False
    assert remote.query(has.format(5700000000)).boolean is True
    remove(remote, Path(FILES[0]).stem)
    assert [a.key for a in remote.articles()] == [Path(FILES[1]).stem]
    with open_store(MEMORY) as local:
        ingest([str(edited)], local, workers=1, nlp=nlp)
        assert_same_stores(remote, local)


def test_remote_query_path_is_read_only(remote: RemoteStore, nlp: Language) -> None:
    ingest(FILES[:1], remote, workers=1, nlp=nlp)
    before = dump(remote)
    for update in ("DROP ALL", "INSERT DATA { <http://a> <http://b> <http://c> }", "CLEAR DEFAULT"):
        with pytest.raises(QueryError, match="refused"):
            remote.query(update)
    assert dump(remote) == before


def test_cli_against_the_server(
    remote: RemoteStore, server: str, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", FILES[1], "--store", server], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stdout
    out = runner.invoke(
        main,
        ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?a a fin:Article }", "--store", server, "--format", "csv"],
    )
    assert out.exit_code == 0, out.output
    assert out.stdout.splitlines()[1] == "1"


def test_an_unreachable_server_is_a_clear_error() -> None:
    result = CliRunner().invoke(main, ["stats", "--store", f"http://127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert "cannot reach" in result.stderr


def test_every_named_query_answers_the_same_on_the_server(remote: RemoteStore, nlp: Language) -> None:
    """The named queries are plain SPARQL 1.1 over the merged default graph: a remote Oxigraph
    server gives the embedded store's answers, row for row (the rows' order included)."""
    from pipeline.graph.queries import load_named_queries, with_prefixes

    ingest(FILES, remote, workers=1, nlp=nlp)
    with open_store(MEMORY) as local:
        ingest(FILES, local, workers=1, nlp=nlp)
        deals = local.query(
            with_prefixes("SELECT ?d WHERE { ?d fin:reportedIn ?a } ORDER BY ?d LIMIT 1")
        ).rows
        params = {"deal-evidence": {"deal": str(deals[0][0])}}
        answered = 0
        for name, query in sorted(load_named_queries().items()):
            text = with_prefixes(query.render(params.get(name, {})))
            expected = local.query(text).rows
            assert remote.query(text).rows == expected, name
            answered += bool(expected)
        assert answered >= 8, "most queries answer on two corpus articles"


def test_a_query_the_server_cancels_is_a_clear_error(tmp_path: Path) -> None:
    """``oxigraph serve --timeout-s`` cancels a query at its limit and ends the answer with a
    notice: a clear StoreError, not a parse error (nor rows read from a truncated answer)."""
    port = free_port()
    process = subprocess.Popen(
        [_oxigraph(), "serve", "--bind", f"127.0.0.1:{port}", "--timeout-s", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/query?query=ASK%7B%7D", process, timeout=30, describe_failure=lambda: "no server")
        store = open_store(url)
        assert isinstance(store, RemoteStore)
        rows = " ".join(f"<urn:x:s{i}> <urn:x:p> {i} ." for i in range(3000))
        store._update(f"INSERT DATA {{ {rows} }}")
        with pytest.raises(StoreError, match="cancelled the query at its own timeout"):
            store.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")
    finally:
        stop(process, timeout=10)
