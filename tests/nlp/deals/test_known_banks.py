"""Banks known by a short name (匯豐, 渣打, 星展): an organisation one of whose names is a bank's
lends like one — its co-arrangers are lenders, a plain 融资 it provides is a loan. Whole pipeline
(the names' other labels come from the gazetteer); sentences of our own, both scripts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.model.records import Article, Entity
from pipeline.nlp.deals.roles import known_lenders
from pipeline.nlp.extract import extract

Row = tuple[str, str | None, str | None, tuple[str, ...]]


def deals_of(nlp: Language, text: str) -> list[Row]:
    article = Article(key="t", text=text, source="test", content_hash="0")
    return [
        (
            d.type,
            d.agent.text if d.agent else None,
            d.counterparty.text if d.counterparty else None,
            tuple(m.text for m in d.co_counterparties),
        )
        for d in extract(nlp, article).deals
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "新鴻基地產與由中國銀行（香港）及匯豐牽頭的銀團簽訂200億港元銀團貸款協議。",
            [("debt", "新鴻基地產", "中國銀行（香港）", ("匯豐",))],
            id="co-arranger-by-short-name-hant",
        ),
        pytest.param(
            "新鸿基地产与由中国银行（香港）及汇丰牵头的银团签订200亿港元银团贷款协议。",
            [("debt", "新鸿基地产", "中国银行（香港）", ("汇丰",))],
            id="co-arranger-by-short-name-hans",
        ),
        pytest.param(
            "長和獲匯豐融資30億港元。", [("debt", "長和", "匯豐", ())], id="financing-from-a-bank-hant"
        ),
        pytest.param(
            "长和获汇丰融资30亿港元。", [("debt", "长和", "汇丰", ())], id="financing-from-a-bank-hans"
        ),
        pytest.param(
            "長和獲淡馬錫融資30億港元。",
            [("fundraising", "長和", None, ()), ("investment", "淡馬錫", "長和", ())],
            id="financing-from-an-investor-hant",
        ),
        pytest.param(
            "长和获红杉中国融资30亿港元。",
            [("fundraising", "长和", None, ()), ("investment", "红杉中国", "长和", ())],
            id="financing-from-an-investor-hans",
        ),
    ],
)
def test_a_bank_known_by_a_short_name_lends(nlp: Language, text: str, expected: list[Row]) -> None:
    assert deals_of(nlp, text) == expected


def test_known_lenders_are_read_off_any_label() -> None:
    entities = {
        "org/hsbc": Entity(
            "org/hsbc", "organization", "匯豐", (("匯豐", "zh-Hant"), ("汇丰银行", "zh-Hans"))
        ),
        "org/dbs": Entity("org/dbs", "organization", "星展", (("星展", "zh-Hant"), ("DBS Bank", "en"))),
        "org/temasek": Entity("org/temasek", "organization", "淡馬錫", (("淡马锡控股", "zh-Hans"),)),
        "person/x": Entity("person/x", "person", "王銀行", (("王银行", "zh-Hans"),)),
    }
    assert known_lenders(entities) == {"org/hsbc", "org/dbs"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "星展銀行發行15億新元永續資本證券。",
            [("debt", "星展銀行", None, ())],
            id="perpetual-securities-hant",
        ),
        pytest.param(
            "汇丰发行20亿美元额外一级资本工具。", [("debt", "汇丰", None, ())], id="additional-tier-one-hans"
        ),
        pytest.param(
            "中國銀行成功發行400億元二級資本債。", [("debt", "中國銀行", None, ())], id="tier-two-hant"
        ),
        pytest.param("监管部门鼓励商业银行加强资本工具创新。", [], id="instruments-in-general-hans"),
    ],
)
def test_a_banks_capital_instruments_are_its_bonds(nlp: Language, text: str, expected: list[Row]) -> None:
    assert deals_of(nlp, text) == expected
