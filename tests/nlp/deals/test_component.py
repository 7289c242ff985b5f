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
