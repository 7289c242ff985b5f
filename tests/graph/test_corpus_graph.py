"""The named queries on the real corpus graph: the answers users ask finkg for, asserted.

The whole corpus is ingested once per session (``corpus_store``) into an in-memory Oxigraph store; each
test runs a named query from queries/ exactly as ``finkg query --name`` does and checks the facts
the articles state.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.graph.queries import load_named_queries
from pipeline.graph.shapes import validate
from pipeline.store import EmbeddedStore, ExportFormat

QUERIES = load_named_queries()
Row = dict[str, str | None]


@pytest.fixture(scope="module")
def store(corpus_store: EmbeddedStore) -> EmbeddedStore:
    """The corpus, ingested once per session (tests/conftest.py)."""
    return corpus_store


def rows(store: EmbeddedStore, name: str, **params: str) -> list[Row]:
    result = store.query(QUERIES[name].render(params))
    return [
        {v: (None if r[i] is None else str(r[i])) for i, v in enumerate(result.variables)} for r in result
    ]


def usd(row: Row, column: str = "usd") -> Decimal | None:
    value = row.get(column)
    return None if value is None else Decimal(value)


def test_deals_of_a_company_in_both_directions(store: EmbeddedStore) -> None:
    found = rows(store, "deals-of-company", company="辉达")  # Simplified finds the Traditional 輝達
    as_agent = {(r["type"], r["otherLabel"], usd(r)) for r in found if r["role"] == "agent"}
    assert ("Investment", "OpenAI", Decimal("1e11")) in as_agent
    assert ("Investment", "xAI", Decimal("2e9")) in as_agent
    sellers = {r["otherLabel"] for r in found if r["role"] == "counterparty" and r["type"] == "Purchase"}
    assert "SPV" in sellers, "the xAI SPV buys NVIDIA's chips"
    assert found == rows(store, "deals-of-company", company="NVIDIA")


def test_money_flowing_into_companies(store: EmbeddedStore) -> None:
    found = {r["companyLabel"]: r for r in rows(store, "money-inflows")}
    openai = found["OpenAI"]
    assert usd(openai, "usdIn") is not None and usd(openai, "usdIn") >= Decimal("1e11")
    assert int(openai["sources"] or 0) >= 2, "NVIDIA's investment is reported by several articles"
    assert usd(found["xAI"], "usdIn") is not None


def test_gigawatts_per_company_and_partner(store: EmbeddedStore) -> None:
    found = {
        (r["companyLabel"], r["partnerLabel"]): Decimal(r["gw"] or "0") for r in rows(store, "gw-committed")
    }
    assert found[("OpenAI", "超微")] == 6
    assert found[("OpenAI", "輝達")] == 10
    assert found[("輝達", "OpenAI")] == 10


def test_the_circular_flow_nvidia_openai_oracle(store: EmbeddedStore) -> None:
    found = [r for r in rows(store, "circular-flows") if r["cycle"] == "輝達 → OpenAI → 甲骨文 → 輝達"]
    edges = {(r["fromLabel"], r["toLabel"], r["type"]) for r in found}
    # OpenAI's 3000億美元 compute contract with Oracle: a purchase in one sentence, a lease in
    # another (由甲骨文提供…租賃服務: Oracle lets, OpenAI pays) — both carry money OpenAI → 甲骨文
    assert edges == {
        ("輝達", "OpenAI", "Investment"),
        ("OpenAI", "甲骨文", "Purchase"),
        ("OpenAI", "甲骨文", "Lease"),
        ("甲骨文", "輝達", "Purchase"),
    }
    assert all(r["evidence"] for r in found), "every edge carries its evidence sentence"
    cycles = {r["cycle"] for r in rows(store, "circular-flows")}
    assert "OpenAI → 甲骨文 → OpenAI" not in cycles, "Oracle lets to OpenAI: no flow back"


def test_implied_rates_flag_the_outliers(store: EmbeddedStore) -> None:
    found = rows(store, "implied-rates")
    flagged = {(r["sourceText"], r["convertedText"]) for r in found if r["flagged"] == "true"}
    assert ("380億美元", "約新台幣1兆2823億元") in flagged  # 33.74 against the article's 32.35
    assert ("7.35億美元", "約新台幣242億元") in flagged  # 32.9 against the article's 29.5
    untitled = {r["articleLabel"] for r in found if r["sourceText"] == "7.35億美元"}
    assert untitled == {"13_foxconn-india-us-datacenter-approval"}, "no title in the text: the key"
    hkd = [r for r in found if (r["base"], r["quote"]) == ("USD", "HKD")]
    assert hkd and all(Decimal(r["rate"] or "0") == Decimal("7.8") and r["flagged"] == "false" for r in hkd)


def test_the_evidence_for_one_deal(store: EmbeddedStore) -> None:
    deal = next(
        r["deal"]
        for r in rows(store, "deals-of-company", company="輝達")
        if r["role"] == "agent" and r["type"] == "Investment" and r["otherLabel"] == "OpenAI" and r["usd"]
    )
    assert deal is not None
    found = rows(store, "deal-evidence", deal=deal)
    articles = {r["title"] or r["date"] for r in found}
    assert len(articles) >= 3, "001, 002 and 004 all report NVIDIA's investment in OpenAI"

    def names_both(sentence: str) -> bool:
        return "OpenAI" in sentence and any(n in sentence for n in ("輝達", "NVIDIA", "Nvidia"))

    for article in articles:
        stated = [r["evidence"] or "" for r in found if (r["title"] or r["date"]) == article]
        assert any(names_both(s) for s in stated), f"{article}: no sentence names both parties"


def test_every_article_mentioning_an_entity(store: EmbeddedStore) -> None:
    found = rows(store, "entity-mentions", entity="NVDA")
    forms = {r["mentionText"] for r in found}
    assert {"輝達", "NVIDIA"} <= forms
    assert len({r["article"] for r in found}) >= 4


def test_the_corpus_graph_conforms_to_the_shapes(store: EmbeddedStore, tmp_path: Path) -> None:
    path = tmp_path / "corpus.nq"
    with path.open("wb") as out:
        store.export(ExportFormat.NQUADS, out)
    result = validate(path)
    assert result.conforms, result.text[:2000]


def test_ingest_keeps_its_bookkeeping_on_the_records(store: EmbeddedStore) -> None:
    """What ``ingest`` wrote (each graph serialised by its extraction, loaded with its record in one
    ``load``): each article once to a naive query, nothing said about a graph IRI, one record per
    article graph on its own subject, and no record in the merged default graph."""
    fin = "https://w3id.org/finkg/ontology#"
    articles = store.query(f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a <{fin}Article> }}")
    assert int(str(next(iter(articles))[0])) == 25
    assert store.query("ASK { GRAPH ?g { ?g ?p ?o } }").boolean is False
    records = store.query(
        f"SELECT (COUNT(?r) AS ?n) WHERE {{ GRAPH ?g {{ ?r <{fin}recordOf> ?g ; <{fin}storedKey> ?key }} }}"
    )
    assert int(str(next(iter(records))[0])) == 25
    assert store.query(f"ASK {{ ?r a <{fin}GraphRecord> }}").boolean is False
