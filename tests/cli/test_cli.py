from __future__ import annotations

import csv
import io
import json
import shlex
import shutil
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from spacy.language import Language

from pipeline.cli import main
from pipeline.store import open_store
from pipeline.store.results import display_width, format_table
from tests.cli.support import run
from tests.conftest import CORPUS

SEEDS = ("000_0f49195ad08e850a", "01_spdb-huarui-syndicated-loan", "03_chengdi-xiangjiang-idc-contract")
COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a fin:Article }"


@pytest.fixture(autouse=True)
def shared_nlp(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    """Commands build their pipeline with pipeline.nlp.wiring.build_nlp: hand them the session's."""
    monkeypatch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for stem in SEEDS:
        shutil.copy(CORPUS / "articles" / f"{stem}.txt", folder)
    return folder


def count_articles(store: Path) -> int:
    out = run("query", COUNT_ARTICLES, "--store", store, "--format", "csv").stdout
    return int(list(csv.reader(io.StringIO(out)))[1][0])


def test_round_trip(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    first = run("ingest", inputs, "--store", store)
    assert "3 new, 0 updated, 0 unchanged, 0 failed" in first.stdout
    assert count_articles(store) == 3

    run("export", "--store", store, "-o", tmp_path / "one.ttl")
    again = run("ingest", inputs, "--store", store)
    assert "0 new, 0 updated, 3 unchanged" in again.stdout
    run("export", "--store", store, "-o", tmp_path / "two.ttl")
    assert (tmp_path / "one.ttl").read_bytes() == (tmp_path / "two.ttl").read_bytes()

    # edit one article: its old figure disappears, the new one is there
    edited = inputs / f"{SEEDS[1]}.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("43亿", "57亿"), encoding="utf-8")
    updated = run("ingest", inputs, "--store", store)
    assert "0 new, 1 updated, 2 unchanged" in updated.stdout
    has_value = "ASK {{ ?x fin:value ?v FILTER(?v = {}) }}"
    assert run("query", has_value.format(4300000000), "--store", store).stdout.strip() == "false"
    assert run("query", has_value.format(5700000000), "--store", store).stdout.strip() == "true"

    # remove one article by key: its facts go, the others stay
    before = run("export", "--store", store, "--format", "nquads").stdout
    removed = run("remove", SEEDS[0], "--store", store)
    assert SEEDS[0] in removed.stdout
    after = run("export", "--store", store, "--format", "nquads").stdout
    assert count_articles(store) == 2
    assert f"graph/{SEEDS[0]}>" in before
    assert f"graph/{SEEDS[0]}>" not in after
    kept = {line for line in before.splitlines() if f"graph/{SEEDS[0]}>" not in line}
    assert kept == set(after.splitlines())
    assert run("remove", SEEDS[0], "--store", store, ok=False).exit_code == 1


def test_store_from_the_environment(tmp_path: Path, inputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINKG_STORE", str(tmp_path / "env-store"))
    run("ingest", inputs / f"{SEEDS[1]}.txt")
    assert (tmp_path / "env-store").is_dir()
    assert "articles        1" in run("stats").stdout


def test_bad_inputs_are_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(CORPUS / "articles" / f"{SEEDS[1]}.txt", bad)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "truncated.txt").write_bytes("輝達投資OpenAI一千億美元。".encode()[:-2])
    (bad / "undecodable.txt").write_bytes(b"\x81\xff" * 40)
    (bad / "news.jsonl").write_text(
        '{"id": "n1", "text": "超微與OpenAI簽署協議。"}\n{"id": "n2", "text": \n', encoding="utf-8"
    )
    store = tmp_path / "store"
    result = run("ingest", bad, "--store", store, ok=False)
    assert result.exit_code == 1
    assert "2 new, 0 updated, 0 unchanged, 5 failed" in result.stdout
    errors = result.stderr
    for name in ("empty.txt", "binary.txt", "truncated.txt", "undecodable.txt", "news.jsonl:2"):
        assert f"{bad / name}" in errors, name
    assert count_articles(store) == 2


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    result = run("ingest", tmp_path / "nope.txt", "--store", tmp_path / "s", ok=False)
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_query_refuses_updates(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    run("ingest", inputs / f"{SEEDS[1]}.txt", "--store", store)
    for update in ("DELETE WHERE { ?s ?p ?o }", "LOAD <http://example.org/x.ttl>", "DROP ALL"):
        result = run("query", update, "--store", store, ok=False)
        assert result.exit_code == 1
        assert "refused" in result.stderr
    assert count_articles(store) == 1


def test_query_from_a_file_and_formats(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    run("ingest", inputs / f"{SEEDS[0]}.txt", "--store", store)
    rq = tmp_path / "labels.rq"
    rq.write_text(
        "SELECT ?e ?label WHERE { ?e a fin:Organization ; skos:prefLabel ?label } ORDER BY ?label",
        encoding="utf-8",
    )
    as_json = json.loads(run("query", rq, "--store", store, "--format", "json").stdout)
    assert as_json["head"]["vars"] == ["e", "label"]
    labels = [b["label"]["value"] for b in as_json["results"]["bindings"]]
    assert labels and "輝達" in labels
    tsv = run("query", rq, "--store", store, "--format", "tsv").stdout.splitlines()
    assert tsv[0] == "?e\t?label" and len(tsv) == len(labels) + 1  # W3C SPARQL TSV
    table = run("query", rq, "--store", store).stdout.splitlines()
    assert table[-1] == f"({len(labels)} rows)"
    # the label column starts at the same terminal column on every row, CJK or not
    starts = {
        display_width(line) - display_width(label) for line, label in zip(table[2:-1], labels, strict=True)
    }
    assert starts == {display_width(table[0]) - len("label")}
    assert any(line.startswith("org:") for line in table)


@pytest.mark.parametrize(
    ("rows", "first_width"),
    [
        pytest.param([["輝達", "1"], ["OpenAI", "22"]], 6, id="cjk-narrower-than-latin"),
        pytest.param([["甲骨文公司", "x"], ["AMD", "yy"]], 10, id="cjk-widest"),
        pytest.param([["ＡＭＤ", "x"], ["xAI", "yy"]], 6, id="full-width-latin"),
    ],
)
def test_table_aligns_wide_characters(rows: list[list[str]], first_width: int) -> None:
    from rdflib import Literal

    table = format_table(["name", "v"], [[Literal(a), Literal(b)] for a, b in rows]).splitlines()
    starts = {display_width(line) - display_width(b) for line, (_, b) in zip(table[2:-1], rows, strict=True)}
    assert starts == {first_width + 2}


def test_extract_prints_the_contract(tmp_path: Path, inputs: Path) -> None:
    one = run("extract", inputs / f"{SEEDS[1]}.txt")
    obj = json.loads(one.stdout)
    assert {"amounts", "organizations", "deals", "script"} <= set(obj)
    assert any(a["currency"] == "CNY" for a in obj["amounts"])
    several = run("extract", inputs).stdout.splitlines()
    assert len(several) == 3 and all(json.loads(line)["amounts"] is not None for line in several)
    out = tmp_path / "json"
    run("extract", inputs, "--out-dir", out)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{s}.json" for s in SEEDS)
    assert not (tmp_path / "finkg-data").exists()


def test_extract_reports_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", tmp_path / "empty.txt", ok=False)
    assert result.exit_code == 1 and "empty.txt" in result.stderr


def test_export_formats(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    run("ingest", inputs / f"{SEEDS[1]}.txt", "--store", store)
    for fmt in ("turtle", "trig", "nquads", "ntriples", "jsonld"):
        out = tmp_path / f"x.{fmt}"
        run("export", "--store", store, "--format", fmt, "-o", out)
        assert out.stat().st_size > 0
    stdout = run("export", "--store", store, "--format", "ntriples", "--articles-only").stdout_bytes
    lines = stdout.decode().splitlines()
    assert lines == sorted(lines) and "owl#Class" not in stdout.decode()


def test_stats_and_remove_by_iri(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    run("ingest", inputs, "--store", store)
    stats = run("stats", "--store", store).stdout
    assert "articles        3" in stats and "deals" in stats
    with open_store(store, read_only=True) as s:
        graph = next(a.graph for a in s.articles() if a.key == SEEDS[2])
    run("remove", graph, "--store", store)
    assert count_articles(store) == 2


def test_demo_runs_the_showcase_queries(tmp_path: Path, inputs: Path) -> None:
    from pipeline.graph.queries import load_named_queries

    store = tmp_path / "store"
    run("ingest", inputs, "--store", store)
    out = run("demo", "--store", store).stdout
    showcase = [q for q in load_named_queries().values() if q.showcase]
    assert showcase
    for q in showcase:
        assert q.name in out


def test_named_queries(tmp_path: Path, inputs: Path) -> None:
    from pipeline.graph.queries import load_named_queries

    listing = run("query", "--list").stdout
    named = load_named_queries()
    for name in named:
        assert name in listing
    store = tmp_path / "store"
    run("ingest", inputs / f"{SEEDS[0]}.txt", "--store", store)
    name = sorted(named)[0]
    assert run("query", "--name", name, "--store", store).stdout.strip()
    assert run("query", "--name", "no-such-query", "--store", store, ok=False).exit_code == 1


def test_validate_the_store(tmp_path: Path, inputs: Path) -> None:
    store = tmp_path / "store"
    run("ingest", inputs, "--store", store)
    result = run("validate", "--store", store, ok=False)
    assert result.exit_code in (0, 1)
    assert result.stdout.strip()


def _commands() -> list[tuple[str, click.Command]]:
    assert isinstance(main, click.Group)
    return sorted(main.commands.items())


def help_examples(*args: str) -> list[str]:
    """The command lines under "Example:" in ``finkg ARGS --help`` (one per line, "&&" splits)."""
    text = run(*args, "--help").stdout
    assert "Example:" in text, args
    block = text.split("Example:", 1)[1].split("\n\n", 1)[0]
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    assert lines and all(line.startswith("finkg ") for line in lines), lines
    return [part.strip() for line in lines for part in line.split("&&")]


def test_every_command_has_help_with_an_example_of_itself() -> None:
    names = [name for name, _ in _commands()]
    assert {"ingest", "extract", "query", "export", "stats", "remove", "validate", "evaluate", "demo"} <= set(
        names
    )
    for name in names:
        assert any(example.startswith(f"finkg {name}") for example in help_examples(name)), name
    assert help_examples()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """A working directory as a user has it after `finkg ingest corpus/articles`."""
    folder = tmp_path_factory.mktemp("workspace")
    for name in ("corpus", "queries"):
        (folder / name).symlink_to(CORPUS.parent / name, target_is_directory=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)
        patch.delenv("FINKG_STORE", raising=False)
        patch.chdir(folder)
        run("ingest", "corpus/articles", "--store", "finkg-data")
    return folder


@pytest.mark.parametrize(
    "command",
    [pytest.param((), id="finkg")] + [pytest.param((name,), id=name) for name, _ in _commands()],
)
def test_every_help_example_runs(
    command: tuple[str, ...], ingested: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each example, run as written in a copy of a freshly ingested working directory, exits 0.

    `finkg serve` would serve until interrupted: its server is replaced by one request through
    Starlette's test client to the application it was given, which must answer."""
    workspace = tmp_path / "workspace"
    shutil.copytree(ingested, workspace, symlinks=True)
    monkeypatch.chdir(workspace)
    monkeypatch.delenv("FINKG_STORE", raising=False)
    served: list[int] = []

    def one_request(app: Any, **options: Any) -> None:
        from starlette.testclient import TestClient

        with TestClient(app) as client:
            served.append(client.get("/sparql", params={"query": "ASK { ?a a fin:Article }"}).status_code)

    monkeypatch.setattr("uvicorn.run", one_request)
    for example in help_examples(*command):
        result = CliRunner().invoke(main, shlex.split(example)[1:], catch_exceptions=False)
        assert result.exit_code == 0, f"{example}\n{result.output}"
    assert served == ([200] if command == ("serve",) else []), served


def test_evaluate_on_a_few_gold_files(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in SEEDS[1:]:
        shutil.copy(CORPUS / "gold" / f"{stem}.json", gold)
    out = run("evaluate", "--gold", gold, "--articles", CORPUS / "articles", "--per-article").stdout
    assert "2 articles" in out
    for stem in SEEDS[1:]:
        assert stem in out


def test_a_thin_html_body_is_reported_with_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When readability keeps (almost) nothing, ingest and extract say so on stderr, with the path."""
    from pipeline.read import html

    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "華能集團今日宣布發行綠色債券50億元，期限三年，票面利率2.1%，所募資金將全部用於風電及光伏項目建設。",
            "公司表示，本次發行獲得超額認購，認購倍數達3.2倍，顯示市場對綠色資產的需求持續升溫。",
        )
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>華能發行綠色債券 | 範例新聞網</title></head>"
        f"<body><div>{body}</div></body></html>",
        encoding="utf-8",
    )
    monkeypatch.setattr(html.body, "readability_text", lambda root, url=None: "")
    ingested = run("ingest", page, "--store", tmp_path / "store")
    assert f"warning: {page}: thin body" in ingested.stderr
    assert "kept the density extractor's body" in ingested.stderr
    assert "1 new" in ingested.stdout
    extracted = run("extract", page)
    assert f"warning: {page}: thin body" in extracted.stderr
    assert json.loads(extracted.stdout)["amounts"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("finkg query --name deal", {"deals-of-company", "deal-evidence", "deals-by-type"}),
        ("finkg export --format json", {"json", "jsonld", "json-ld"}),
        ("finkg query --format ts", {"tsv"}),
    ],
)
def test_shell_completion(words: str, expected: set[str]) -> None:
    """click's completion (``eval "$(_FINKG_COMPLETE=bash_source finkg)"``) completes query names
    and format names."""
    env = {"_FINKG_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    result = CliRunner().invoke(main, [], env=env, prog_name="finkg")
    assert result.exit_code == 0
    assert {line.split(",", 1)[1] for line in result.output.splitlines()} == expected
