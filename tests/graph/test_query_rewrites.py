"""The named queries rewritten for scale answer as their plain formulations did.

``tests/data/queries-reference/`` keeps each rewritten query as it was before the rewrite (the
same answer, written without regard to how the engine evaluates it). On the corpus store both
must give the same rows in the same order, for every parameter value in the table: a name in
either script, a ticker, an IRI, a name nothing has. A listing's rows are those of every page
(:data:`EVERY_ROW`), and its pages, one after the other, are those rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.graph.queries import EVERY_ROW, Page, load_named_queries, parse_query_file, with_prefixes
from pipeline.store import EmbeddedStore

REFERENCE = Path(__file__).resolve().parent.parent / "data" / "queries-reference"
QUERIES = load_named_queries()


def answer(store: EmbeddedStore, text: str) -> list[tuple[str | None, ...]]:
    result = store.query(with_prefixes(text))
    return [tuple(None if v is None else str(v) for v in row) for row in result.rows]


def _deal(store: EmbeddedStore) -> str:
    """The deal reported by the most articles (ties by IRI)."""
    rows = answer(
        store,
        "SELECT ?d (COUNT(?a) AS ?n) WHERE { ?d fin:reportedIn ?a } GROUP BY ?d ORDER BY DESC(?n) ?d LIMIT 1",
    )
    assert rows and rows[0][0] is not None
    return rows[0][0]


CASES = [
    pytest.param("deals-of-company", {}, id="deals-of-company-default"),
    pytest.param("deals-of-company", {"company": "OpenAI"}, id="deals-of-company-openai"),
    pytest.param("deals-of-company", {"company": "甲骨文"}, id="deals-of-company-oracle-hant"),
    pytest.param("deals-of-company", {"company": "nvda"}, id="deals-of-company-ticker"),
    pytest.param(
        "deals-of-company",
        {"company": "https://w3id.org/finkg/id/org/openai"},
        id="deals-of-company-iri",
    ),
    pytest.param("deals-of-company", {"company": "沒有這家公司"}, id="deals-of-company-unknown"),
    pytest.param("deals-by-type", {}, id="deals-by-type"),
    pytest.param("largest-deals", {}, id="largest-deals"),
    pytest.param("money-inflows", {}, id="money-inflows"),
    pytest.param("entities", {}, id="entities"),
    pytest.param("articles", {}, id="articles"),
    pytest.param("implied-rates", {}, id="implied-rates"),
    pytest.param("circular-flows", {}, id="circular-flows"),
    pytest.param("deal-evidence", {}, id="deal-evidence"),
    pytest.param("entity-mentions", {}, id="entity-mentions-default"),
    pytest.param("entity-mentions", {"entity": "辉达"}, id="entity-mentions-hans"),
    pytest.param("entity-mentions", {"entity": "ORCL"}, id="entity-mentions-ticker"),
    pytest.param("entity-mentions", {"entity": "沒有這家公司"}, id="entity-mentions-unknown"),
]


def test_every_rewritten_query_is_in_the_table() -> None:
    assert {p.stem for p in REFERENCE.glob("*.rq")} == {c.values[0] for c in CASES}


@pytest.mark.parametrize(("name", "params"), CASES)
def test_rewrite_answers_as_the_plain_query(
    corpus_store: EmbeddedStore, name: str, params: dict[str, str]
) -> None:
    if name == "deal-evidence":
        params = {"deal": _deal(corpus_store)}
    plain = parse_query_file(REFERENCE / f"{name}.rq").render(params)
    expected = answer(corpus_store, plain)
    if "沒有這家公司" not in params.values():
        assert expected, "the case has an answer to compare"
    assert answer(corpus_store, QUERIES[name].render(params, EVERY_ROW)) == expected


LISTINGS = [
    pytest.param("articles", {}, id="articles"),
    pytest.param("entity-mentions", {}, id="entity-mentions-default"),
    pytest.param("entity-mentions", {"entity": "輝達"}, id="entity-mentions-nvidia-hant"),
    pytest.param("entity-mentions", {"entity": "辉达"}, id="entity-mentions-nvidia-hans"),
    pytest.param("entity-mentions", {"entity": "沒有這家公司"}, id="entity-mentions-unknown"),
    pytest.param("deal-evidence", {}, id="deal-evidence"),
    pytest.param("implied-rates", {}, id="implied-rates"),
]


def test_the_listings_are_paged() -> None:
    assert {q.name for q in QUERIES.values() if q.page is not None} == {c.values[0] for c in LISTINGS}


@pytest.mark.parametrize(("name", "params"), LISTINGS)
@pytest.mark.parametrize("size", [1, 7, 40])
def test_pages_one_after_the_other_are_every_row(
    corpus_store: EmbeddedStore, name: str, params: dict[str, str], size: int
) -> None:
    if name == "deal-evidence":
        params = {"deal": _deal(corpus_store)}
    query = QUERIES[name]
    every = answer(corpus_store, query.render(params, EVERY_ROW))
    pages, offset = [], 0
    while not pages or len(pages[-1]) == size:
        pages.append(answer(corpus_store, query.render(params, Page(size, offset))))
        offset += size
    assert [row for page in pages for row in page] == every
    assert answer(corpus_store, query.render(params)) == every[: query.page]
    counted = answer(corpus_store, query.count_text(params))
    assert counted == [(str(len(every)),)]
