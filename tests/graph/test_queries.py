from __future__ import annotations

import dataclasses
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

from pipeline.errors import QueryError
from pipeline.graph.mapping import article_quads
from pipeline.graph.queries import (
    EVERY_ROW,
    NamedQuery,
    Page,
    load_named_queries,
    parse_query_file,
    sparql_terms,
)
from pipeline.store import MEMORY, EmbeddedStore, GraphRecord
from tests.graph_samples import NVIDIA, extraction_a, extraction_b

QUERIES = load_named_queries()
SAMPLE_PARAMS = {"deal-evidence": {"deal": "https://w3id.org/finkg/id/deal/unknown"}}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """The two sample articles as the store keeps them: their graphs and the merged default graph."""
    embedded = EmbeddedStore(MEMORY)
    for x in (extraction_a(), extraction_b()):
        graph, quads = article_quads(x)
        embedded.replace_graph(GraphRecord(graph=graph, stamp="s", key=x.article.key), quads)
    return embedded.oxstore


def rows(store: ox.Store, name: str, **params: str) -> list[dict[str, str | None]]:
    """The query over the default graph (the merged facts), as every store runs it."""
    result = store.query(QUERIES[name].render(params))
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


def test_the_library() -> None:
    assert {
        "deals-of-company",
        "money-inflows",
        "gw-committed",
        "circular-flows",
        "implied-rates",
        "deal-evidence",
        "entity-mentions",
        "largest-deals",
        "deals-by-type",
        "articles",
    } <= set(QUERIES)
    assert {q.name for q in QUERIES.values() if q.showcase} >= {"circular-flows", "deals-of-company"}
    assert all(q.description for q in QUERIES.values())


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_parses(store: ox.Store, name: str) -> None:
    text = QUERIES[name].render(SAMPLE_PARAMS.get(name, {}))
    prepareQuery(text)
    store.query(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<https://w3id.org/finkg/id/org/nvidia>", ["<https://w3id.org/finkg/id/org/nvidia>"]),
        ("https://w3id.org/finkg/id/org/輝達", ["<https://w3id.org/finkg/id/org/輝達>"]),
        pytest.param(
            "deal:investment-1a2b",
            ["<https://w3id.org/finkg/id/deal/investment-1a2b>"],
            id="prefixed-as-tables-print",
        ),
        pytest.param("org:nvidia", ["<https://w3id.org/finkg/id/org/nvidia>"], id="prefixed-org"),
        pytest.param("Note:Alpha", ['"Note:Alpha"'], id="unknown-prefix-is-a-name"),
        ("OpenAI", ['"OpenAI"']),
        ('a"b\\c\n} }', ['"a\\"b\\\\c\\n} }"']),
        ("辉达", ['"辉达"', '"輝達"']),
        ("輝達", ['"輝達"', '"辉达"']),
    ],
)
def test_parameter_values_become_terms(value: str, expected: list[str]) -> None:
    assert sparql_terms(value) == expected


@pytest.mark.parametrize("value", ["<a b>", "<https://x/>a>", "<>", 'https://x/"'])
def test_bad_iri_is_refused(value: str) -> None:
    with pytest.raises(QueryError):
        sparql_terms(value)


def test_render_refuses_unknown_and_missing_parameters() -> None:
    with pytest.raises(QueryError, match="no parameter"):
        QUERIES["deals-of-company"].render({"compnay": "x"})
    with pytest.raises(QueryError, match="needs the parameter"):
        QUERIES["deal-evidence"].render({})


def test_injection_stays_a_literal(store: ox.Store) -> None:
    text = QUERIES["deals-of-company"].render({"company": '"} } DELETE WHERE { ?s ?p ?o } #'})
    prepareQuery(text)
    assert rows(store, "deals-of-company", company='x" } UNION { ?org ?p ?o } #') == []


def test_header_parsing(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text(
        "# name: demo\n# description: first line\n#   second line\n# param: who = 輝達\n"
        '# param: what (required)\n# showcase: true\n\nSELECT * WHERE { VALUES ?who { "x" } '
        "VALUES ?what { UNDEF } ?who ?p ?what }\n",
        encoding="utf-8",
    )
    query = parse_query_file(path)
    assert query.name == "demo" and query.showcase and query.description == "first line second line"
    assert [(p.name, p.default) for p in query.params] == [("who", "輝達"), ("what", None)]
    assert "VALUES ?what { <urn:x> }" in query.render({"what": "urn:x"})
    assert isinstance(query, NamedQuery)


LISTING = """# name: things
# page: 5
SELECT ?x WHERE {
  { SELECT ?x WHERE { ?x a ?t } ORDER BY ?x LIMIT 5 OFFSET 0  # page
  }
  { SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x LIMIT 5  # page end
  }
}
ORDER BY ?x
"""


def test_a_listing_renders_its_pages(tmp_path: Path) -> None:
    path = tmp_path / "things.rq"
    path.write_text(LISTING, encoding="utf-8")
    query = parse_query_file(path)
    assert query.page == 5 and query.render() == LISTING
    second = query.render(page=Page(3, 6))
    assert "LIMIT 3 OFFSET 6  # page" in second and "LIMIT 9  # page end" in second
    every = query.render(page=EVERY_ROW)
    assert "LIMIT" not in every and every.count("# page") == 3
    assert "COUNT(*)" in query.count_text() and not query.count_text().rstrip("}\n").endswith("?x")
    with pytest.raises(QueryError, match="needs a limit"):
        query.render(page=Page(None, 5))
    with pytest.raises(QueryError, match="not a listing"):
        QUERIES["largest-deals"].render(page=Page(10))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(LISTING.replace("LIMIT 5 OFFSET 0  # page", "LIMIT 5 OFFSET 0"), id="no-page-clause"),
        pytest.param(LISTING.replace("LIMIT 5 OFFSET 0", "LIMIT 7 OFFSET 0"), id="other-size"),
        pytest.param(LISTING.replace("LIMIT 5  # page end", "LIMIT 6  # page end"), id="other-end"),
        pytest.param(LISTING.replace("# page: 5", "# page: five"), id="not-a-number"),
    ],
)
def test_a_listing_needs_its_page_clause(tmp_path: Path, body: str) -> None:
    path = tmp_path / "things.rq"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(QueryError):
        parse_query_file(path)


EVERY = """# every row of things
SELECT ?x WHERE { { SELECT DISTINCT ?x WHERE { ?x a ?t } } ?x ?p ?o }
ORDER BY ?x
"""


def test_a_listing_runs_its_every_row_formulation(tmp_path: Path) -> None:
    (tmp_path / "things.rq").write_text(LISTING, encoding="utf-8")
    (tmp_path / "things.every-row.rq").write_text(EVERY, encoding="utf-8")
    query = parse_query_file(tmp_path / "things.rq")
    assert query.render() == LISTING and "LIMIT 3 OFFSET 6  # page" in query.render(page=Page(3, 6))
    assert query.render(page=EVERY_ROW) == EVERY
    assert "DISTINCT ?x WHERE { ?x a ?t }" in query.count_text() and "ORDER" not in query.count_text()
    assert list(load_named_queries(tmp_path)) == ["things"]


@pytest.mark.parametrize("name", sorted(q.name for q in QUERIES.values() if q.page is not None))
def test_every_row_parses(store: ox.Store, name: str) -> None:
    text = QUERIES[name].render(SAMPLE_PARAMS.get(name, {}), EVERY_ROW)
    prepareQuery(text)
    store.query(text)
    prepareQuery(QUERIES[name].count_text(SAMPLE_PARAMS.get(name, {})))


PARAM_LISTING = LISTING.replace("# page: 5", "# page: 5\n# param: t = thing").replace(
    "?x a ?t }", '?x a ?t VALUES ?t { "thing" } }'
)


@pytest.mark.parametrize(
    ("listing", "every", "files"),
    [
        pytest.param(
            LISTING.replace("# page: 5\n", ""), EVERY, ("things", "things.every-row"), id="not-a-listing"
        ),
        pytest.param(
            LISTING,
            EVERY.replace("ORDER BY ?x", "ORDER BY ?x LIMIT 5  # page end"),
            ("things", "things.every-row"),
            id="page-clause",
        ),
        pytest.param(PARAM_LISTING, EVERY, ("things", "things.every-row"), id="no-values-block"),
        pytest.param(
            PARAM_LISTING,
            EVERY.replace("?x a ?t", '?x a ?t VALUES ?t { "other" }'),
            ("things", "things.every-row"),
            id="other-default",
        ),
        pytest.param(LISTING, EVERY, ("things", "other.every-row"), id="of-no-listing"),
    ],
)
def test_an_every_row_formulation_fits_its_listing(
    tmp_path: Path, listing: str, every: str, files: tuple[str, str]
) -> None:
    (tmp_path / f"{files[0]}.rq").write_text(listing, encoding="utf-8")
    (tmp_path / f"{files[1]}.rq").write_text(every, encoding="utf-8")
    with pytest.raises(QueryError):
        load_named_queries(tmp_path)


def test_header_requires_a_values_block(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text("# name: demo\n# param: who = x\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError):
        parse_query_file(path)


# --- answers on the hand-made dataset (tests/graph_samples.py)


@pytest.mark.parametrize("company", ["輝達", "辉达", "nvidia", "NVDA", "英偉達", NVIDIA, f"<{NVIDIA}>"])
def test_deals_of_company_resolves_any_name(store: ox.Store, company: str) -> None:
    found = rows(store, "deals-of-company", company=company)
    assert [(r["role"], r["type"], r["otherLabel"], r["figures"], r["sources"]) for r in found] == [
        ("agent", "Investment", "OpenAI", "1000億美元 / 千億美元", "2"),
        ("agent", "Investment", "xAI", "20億美元", "1"),
        ("counterparty", "Purchase", "甲骨文", None, "1"),
    ], "one row per deal, whatever the number of articles reporting it"
    assert all(r["companyLabel"] == "輝達" for r in found)


def test_money_inflows(store: ox.Store) -> None:
    found = {r["companyLabel"]: r for r in rows(store, "money-inflows")}
    assert set(found) == {"甲骨文", "OpenAI", "xAI"}
    assert Decimal(found["OpenAI"]["usdIn"] or "0") == Decimal("1e11"), "one deal, counted once"
    assert found["OpenAI"]["sources"] == "2"
    assert Decimal(found["甲骨文"]["usdIn"] or "0") == Decimal("3e11")
    assert rows(store, "money-inflows")[0]["companyLabel"] == "甲骨文"


def test_gw_committed(store: ox.Store) -> None:
    found = [
        (r["companyLabel"], r["partnerLabel"], Decimal(r["gw"] or "0")) for r in rows(store, "gw-committed")
    ]
    assert found == [("輝達", "(total)", Decimal(10)), ("輝達", "OpenAI", Decimal(10))]


def test_circular_flows(store: ox.Store) -> None:
    found = rows(store, "circular-flows")
    assert {r["cycle"] for r in found} == {"輝達 → OpenAI → 甲骨文 → 輝達"}
    edges = {(r["step"], r["fromLabel"], r["toLabel"], r["type"]) for r in found}
    assert edges == {
        ("1", "輝達", "OpenAI", "Investment"),
        ("2", "OpenAI", "甲骨文", "Purchase"),
        ("3", "甲骨文", "輝達", "Purchase"),
    }
    first = [r for r in found if r["step"] == "1"]
    assert len(first) == 1, "one row per edge"
    assert first[0]["sources"] == "2", "the NVIDIA → OpenAI edge is reported by both articles"
    assert first[0]["evidence"], "with a primary evidence sentence"


def test_implied_rates(store: ox.Store) -> None:
    found = rows(store, "implied-rates")
    assert [(r["rate"], r["flagged"]) for r in found] == [("35", "true"), ("32.35", "false")]
    assert found[0]["sourceText"] == "20億美元" and found[0]["convertedText"] == "約新台幣700億元"


def test_deal_evidence(store: ox.Store) -> None:
    deal = rows(store, "largest-deals")[1]["deal"]
    assert deal is not None
    found = rows(store, "deal-evidence", deal=deal)
    assert {r["title"] for r in found} == {"輝達投資OpenAI", "輝達千億美元投資OpenAI"}
    assert {(r["agentLabel"], r["counterpartyLabel"]) for r in found} == {("輝達", "OpenAI")}
    assert all(r["evidence"] and "OpenAI" in r["evidence"] for r in found)


def test_entity_mentions(store: ox.Store) -> None:
    found = rows(store, "entity-mentions", entity="oracle")
    assert {(r["mentionText"], r["sentence"]) for r in found} == {
        ("甲骨文", "OpenAI向甲骨文購買3000億美元算力。"),
        ("甲骨文", "甲骨文再向輝達購買GPU。"),
    }


def test_largest_deals_and_types(store: ox.Store) -> None:
    largest = rows(store, "largest-deals")
    assert [(r["agentLabel"], r["counterpartyLabel"], r["sources"]) for r in largest] == [
        ("OpenAI", "甲骨文", "1"),
        ("輝達", "OpenAI", "2"),
        ("輝達", "xAI", "1"),
    ]
    by_type = {r["type"]: (r["deals"], r["withAmount"]) for r in rows(store, "deals-by-type")}
    assert by_type == {"Investment": ("2", "2"), "Purchase": ("2", "1")}


def test_articles_and_entities(store: ox.Store) -> None:
    articles = rows(store, "articles")
    assert [(r["key"], r["deals"]) for r in articles] == [("b-2025-10-09", "2"), ("a-2025-10-08", "3")]
    entities = {r["entityLabel"]: (r["mentions"], r["articles"]) for r in rows(store, "entities")}
    assert entities["輝達"] == ("4", "2")


COPIES = 7


@pytest.fixture(scope="module")
def copied() -> ox.Store:
    """The same two articles, each ingested under COPIES keys: one story told by many outlets."""
    embedded = EmbeddedStore(MEMORY)
    for x in (extraction_a(), extraction_b()):
        for k in range(COPIES):
            article = dataclasses.replace(x.article, key=f"{x.article.key}-copy{k}")
            graph, quads = article_quads(dataclasses.replace(x, article=article))
            embedded.replace_graph(GraphRecord(graph=graph, stamp="s", key=article.key), quads)
    return embedded.oxstore


def _params(store: ox.Store, name: str) -> dict[str, str]:
    if name != "deal-evidence":
        return {}
    deal = rows(store, "largest-deals")[1]["deal"]
    assert deal is not None
    return {"deal": deal}


Row = tuple[tuple[str, str | None], ...]


def _normalised(
    found: list[dict[str, str | None]], varying: tuple[str, ...], scaled: tuple[str, ...], k: int
) -> Counter[Row]:
    """The rows with the per-article columns left out and the per-article counts multiplied by ``k``."""
    out: Counter[Row] = Counter()
    for r in found:
        kept = {n: v for n, v in r.items() if n not in varying}
        for n in scaled:
            kept[n] = str(int(kept[n] or 0) * k)
        out[tuple(sorted(kept.items()))] += 1
    return out


@pytest.mark.parametrize(
    ("name", "varying", "scaled", "per_article"),
    [
        pytest.param("deals-of-company", (), ("sources",), False, id="deals-of-company"),
        pytest.param("money-inflows", (), ("sources",), False, id="money-inflows"),
        pytest.param("gw-committed", (), (), False, id="gw-committed"),
        pytest.param("circular-flows", (), ("sources",), False, id="circular-flows"),
        pytest.param("largest-deals", (), ("sources",), False, id="largest-deals"),
        pytest.param("deals-by-type", (), ("sources",), False, id="deals-by-type"),
        pytest.param("entities", (), ("mentions", "articles"), False, id="entities"),
        pytest.param("deal-evidence", ("url", "article"), (), True, id="deal-evidence"),
        pytest.param("entity-mentions", ("article",), (), True, id="entity-mentions"),
        pytest.param("implied-rates", ("rateNode", "articleLabel"), (), True, id="implied-rates"),
        pytest.param("articles", ("key", "article"), (), True, id="articles"),
    ],
)
def test_an_article_under_many_keys_answers_as_once(
    store: ox.Store,
    copied: ox.Store,
    name: str,
    varying: tuple[str, ...],
    scaled: tuple[str, ...],
    per_article: bool,
) -> None:
    """Facts are stated once: a query over COPIES copies of each article gives the answer over
    one — the counts of reporting articles (or mentions) COPIES times, and the per-article
    rows (evidence, mentions, rates, articles) once per copy."""
    once = rows(store, name, **_params(store, name))
    many = rows(copied, name, **_params(copied, name))
    assert once, "the query answers on the sample articles"
    expected = _normalised(once, varying, scaled, COPIES)
    if per_article:
        expected = Counter({row: n * COPIES for row, n in expected.items()})
    assert _normalised(many, varying, (), 1) == expected
