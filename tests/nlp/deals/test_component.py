"""The finkg_deals component in the pipeline, and what a deal carries besides its parties."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.nlp.deals.cases import run


def test_the_component_runs_in_the_pipeline(nlp: Language) -> None:
    from pipeline.model.records import Article
    from pipeline.nlp.extract import run as run_pipeline

    doc = run_pipeline(nlp, Article(key="t", text="台積電宣布投資美國子公司。", source="t", content_hash="x"))
    assert isinstance(doc._.deals, list)


def test_a_deal_is_dated_by_its_sentence() -> None:
    text = "Google於10月6日宣布向Anthropic投資10億美元。"
    deals = run(text, ["Google", "Anthropic"], [("10億美元", 1e9, None)], date=dt.date(2025, 10, 8))
    assert deals and deals[0].date == dt.date(2025, 10, 6)


def test_every_deal_carries_a_confidence_and_a_clear_one_scores_higher() -> None:
    clear = run("微軟向甲骨文採購價值50億美元的雲端算力。", ["微軟", "甲骨文"], [("50億美元", 5e9, None)])
    guessed = run("该公司与甲骨文签署合作协议。", ["甲骨文"])
    assert clear and all(d.confidence is not None and 0 <= d.confidence <= 1 for d in clear)
    assert not guessed or (guessed[0].confidence or 0) < (clear[0].confidence or 0)


def test_the_confidence_is_in_the_json_and_the_graph(nlp: Language) -> None:
    from pipeline.eval.contract import to_contract
    from pipeline.graph.mapping import article_quads
    from pipeline.model.records import Article
    from pipeline.nlp.extract import extract

    text = "微軟向甲骨文採購價值50億美元的雲端算力。"
    extraction = extract(nlp, Article(key="c", text=text, source="c", content_hash="c"))
    (deal,) = to_contract(extraction)["deals"]
    assert 0 <= deal["confidence"] <= 1
    assert "co_counterparties" in deal
    _, quads = article_quads(extraction)
    assert any(q.predicate.value.endswith("#confidence") for q in quads)
