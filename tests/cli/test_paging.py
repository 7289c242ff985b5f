"""``finkg query`` pages: a listing's first page by default, --limit/--offset for another,
--all for every row, --count for their number; other SELECT queries are sliced."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import Result
from spacy.language import Language

from tests.cli.support import ingested_store, run

SEEDS = ("000_0f49195ad08e850a", "002_355a495c93ea80cc", "004_c8aa1510d3c34ddc")
MENTIONS = ("query", "--name", "entity-mentions", "--param", "entity=OpenAI", "--format", "csv")
ORGS = "SELECT ?o WHERE { ?o a fin:Organization } ORDER BY ?o"


def csv_rows(result: Result) -> list[list[str]]:
    return list(csv.reader(io.StringIO(result.stdout)))[1:]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return ingested_store(tmp_path_factory, nlp, "paging", SEEDS)


def test_a_listing_pages_and_counts(store: Path) -> None:
    every = csv_rows(run(*MENTIONS, "--all", "--store", store))
    assert len(every) > 4, "the sample articles mention OpenAI often enough to page"
    first = run(*MENTIONS, "--limit", "2", "--store", store)
    assert csv_rows(first) == every[:2]
    assert "--offset 2" in first.stderr, "more rows follow: the next page is named"
    assert csv_rows(run(*MENTIONS, "--limit", "2", "--offset", "2", "--store", store)) == every[2:4]
    last = run(*MENTIONS, "--offset", str(len(every) - 1), "--store", store)
    assert csv_rows(last) == every[-1:] and "more follow" not in last.stderr
    assert run(*MENTIONS[:-2], "--count", "--store", store).stdout.strip() == str(len(every))
    counted = json.loads(run(*MENTIONS[:-2], "--count", "--json", "--store", store).stdout)
    assert counted == {"rows": len(every)}


def test_a_listing_gives_its_first_page_by_default(store: Path) -> None:
    default = csv_rows(run("query", "--name", "articles", "--format", "csv", "--store", store))
    assert len(default) == len(SEEDS), "fewer articles than a page: all of them"
    listing = json.loads(run("query", "--list", "--json").stdout)
    pages = {q["name"]: q["page"] for q in listing}
    assert pages["articles"] == 100 and pages["largest-deals"] is None


def test_any_select_is_sliced(store: Path) -> None:
    every = csv_rows(run("query", ORGS, "--format", "csv", "--store", store))
    page = run("query", ORGS, "--format", "csv", "--limit", "3", "--offset", "1", "--store", store)
    assert csv_rows(page) == every[1:4] and "--offset 4" in page.stderr
    assert run("query", ORGS, "--count", "--store", store).stdout.strip() == str(len(every))
    named = run("query", "--name", "largest-deals", "--format", "csv", "--limit", "1", "--store", store)
    assert len(csv_rows(named)) == 1


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("--name", "articles", "--all", "--limit", "5"), id="all-and-limit"),
        pytest.param(("--name", "articles", "--limit", "0"), id="limit-zero"),
        pytest.param(
            ("CONSTRUCT { ?a a fin:Article } WHERE { ?a a fin:Article }", "--limit", "1"), id="construct"
        ),
        pytest.param(("ASK { ?a a fin:Article }", "--count"), id="count-ask"),
        pytest.param(("--name", "articles", "--count", "--limit", "5"), id="count-and-limit"),
    ],
)
def test_bad_paging_is_a_usage_error(store: Path, args: tuple[str, ...]) -> None:
    assert run("query", *args, "--store", store, ok=False).exit_code == 2
