"""Issue 11 items 8 and 9 at the command line: a directory that is not a store is named as such
(never handed to RocksDB, never turned into a store unless --force), the ingest time can be
pinned for a byte-identical export, and SPARQL FROM / FROM NAMED select the graphs queried."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from pipeline.cli import main
from pipeline.errors import FinkgError
from pipeline.ingest.clock import ingest_clock, parse_instant
from tests.conftest import CORPUS

ARTICLE = CORPUS / "articles" / "01_spdb-huarui-syndicated-loan.txt"
OTHER = CORPUS / "articles" / "02_cdb-sci-tech-bonds.txt"


@pytest.fixture(autouse=True)
def shared_nlp(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    monkeypatch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["stats"], id="stats"),
        pytest.param(["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], id="query"),
        pytest.param(["export", "--format", "nquads"], id="export"),
    ],
)
def test_reading_a_foreign_directory_says_it_is_not_a_store(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "notes.md").write_text("notes", encoding="utf-8")
    result = run(*command, "--store", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {tmp_path} is not a finkg store (no Oxigraph database in it); "
        "give the directory `finkg ingest --store` created"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]


def test_a_store_is_not_created_among_other_files_unless_forced(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / ARTICLE.name).write_bytes(ARTICLE.read_bytes())
    refused = run("ingest", OTHER, "--store", folder, "--workers", "0")
    assert refused.exit_code == 1
    assert refused.stderr.strip() == (
        f"Error: {folder} is not a finkg store and holds other files ({ARTICLE.name}): refusing to "
        "create a store in it; give a new or empty directory, or --force"
    )
    assert [p.name for p in folder.iterdir()] == [ARTICLE.name]
    forced = run("ingest", OTHER, "--store", folder, "--workers", "0", "--force")
    assert forced.exit_code == 0, forced.output
    again = run("ingest", OTHER, "--store", folder, "--workers", "0")  # a store now: no --force needed
    assert again.exit_code == 0 and "1 unchanged" in again.stdout


def test_an_empty_or_new_directory_becomes_a_store(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for store in (tmp_path / "empty", tmp_path / "new"):
        assert run("ingest", ARTICLE, "--store", store, "--workers", "0").exit_code == 0


def _export(store: Path) -> bytes:
    result = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "nquads"])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


@pytest.mark.parametrize(
    ("args", "env"),
    [
        pytest.param(["--ingested-at", "2024-05-01T08:00:00Z"], {}, id="option"),
        pytest.param([], {"SOURCE_DATE_EPOCH": "1714550400"}, id="source-date-epoch"),
    ],
)
def test_a_pinned_ingest_time_makes_two_ingests_byte_identical(
    tmp_path: Path, args: list[str], env: dict[str, str]
) -> None:
    exports = []
    for name in ("one", "two"):
        result = run("ingest", ARTICLE, "--store", tmp_path / name, "--workers", "0", *args, env=env)
        assert result.exit_code == 0, result.output
        exports.append(_export(tmp_path / name))
    assert exports[0] == exports[1]
    assert b"2024-05-01T08:00:00" in exports[0]


def test_without_a_pinned_time_the_wall_clock_is_written(tmp_path: Path) -> None:
    assert run("ingest", ARTICLE, "--store", tmp_path / "s", "--workers", "0").exit_code == 0
    assert str(dt.datetime.now(dt.UTC).year).encode() in _export(tmp_path / "s")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2024-05-01T08:00:00Z", dt.datetime(2024, 5, 1, 8, tzinfo=dt.UTC), id="zulu"),
        pytest.param("2024-05-01T16:00:00+08:00", dt.datetime(2024, 5, 1, 8, tzinfo=dt.UTC), id="offset"),
        pytest.param("2024-05-01T08:00:00", dt.datetime(2024, 5, 1, 8, tzinfo=dt.UTC), id="naive-is-utc"),
        pytest.param("2024-05-01", dt.datetime(2024, 5, 1, tzinfo=dt.UTC), id="date"),
    ],
)
def test_the_pinned_time_is_read_as_iso_8601(text: str, expected: dt.datetime) -> None:
    assert parse_instant(text) == expected


@pytest.mark.parametrize(
    ("ingested_at", "environ", "message"),
    [
        pytest.param("yesterday", {}, "--ingested-at 'yesterday': not an ISO 8601 date-time", id="option"),
        pytest.param(None, {"SOURCE_DATE_EPOCH": "soon"}, "SOURCE_DATE_EPOCH='soon'", id="epoch"),
    ],
)
def test_a_bad_pinned_time_is_refused(ingested_at: str | None, environ: dict[str, str], message: str) -> None:
    with pytest.raises(FinkgError, match=message):
        ingest_clock(ingested_at, environ)


def test_the_option_wins_over_the_environment() -> None:
    clock = ingest_clock("2024-05-01T08:00:00Z", {"SOURCE_DATE_EPOCH": "0"})
    assert clock() == dt.datetime(2024, 5, 1, 8, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    store = tmp_path_factory.mktemp("from") / "store"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)
        result = run("ingest", ARTICLE, OTHER, "--store", store, "--workers", "0")
    assert result.exit_code == 0, result.output
    return store


GRAPH = "https://w3id.org/finkg/id/graph/"


def _count(store: Path, query: str) -> int:
    result = run("query", query, "--store", store, "--format", "tsv")
    assert result.exit_code == 0, result.output
    return int(result.stdout.splitlines()[1].split("^^")[0].strip('"'))


def test_from_selects_the_default_graph(two_articles: Path) -> None:
    everything = _count(two_articles, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    one = _count(two_articles, f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}{ARTICLE.stem}> WHERE {{ ?s ?p ?o }}")
    other = _count(two_articles, f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}{OTHER.stem}> WHERE {{ ?s ?p ?o }}")
    assert 0 < one < everything and 0 < other < everything and one != other


def test_from_named_limits_the_named_graphs(two_articles: Path) -> None:
    named = f"FROM NAMED <{GRAPH}{OTHER.stem}>"
    query = f"SELECT (COUNT(DISTINCT ?g) AS ?n) {named} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert _count(two_articles, query) == 1
