"""A headline or recap restating the body's deal with a rounded figure (近60亿元 / 58.6亿元,
逾百億港元 / 105億港元, 逾50亿美元 / 约410亿港元): one deal with the precise figure. Two deals of
one type whose figures are not a rounding of each other stay apart."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from pipeline.model.records import Amount, Article
from pipeline.nlp.deals.restatements import rounds
from pipeline.nlp.extract import extract


def _amount(value: str, qualifier: str = "exact", currency: str = "CNY", usd: str | None = None) -> Amount:
    return Amount(
        0,
        1,
        value,
        Decimal(value),
        currency,
        qualifier,  # type: ignore[arg-type]
        usd_value=None if usd is None else Decimal(usd),
    )


ROUNDINGS = [
    pytest.param(_amount("6e9", "approx"), _amount("5.86e9", "at_most"), True, id="near-60-for-58.6-cap"),
    pytest.param(_amount("2e10", "approx"), _amount("1.95e10"), True, id="near-200-for-195"),
    pytest.param(_amount("1e10", "at_least"), _amount("1.05e10"), True, id="over-100-for-105"),
    pytest.param(_amount("1e9", "at_least"), _amount("1.2e9"), True, id="over-10-for-12"),
    pytest.param(
        _amount("5e9", "at_least", "USD", "5e9"),
        _amount("4.1e10", "approx", "HKD", "5.26e9"),
        True,
        id="over-50-usd-for-410-hkd",
    ),
    pytest.param(
        _amount("3.41e10", "approx", "CNY", "4.72e9"),
        _amount("4.7e9", "exact", "USD", "4.7e9"),
        True,
        id="converted-figure-in-another-currency",
    ),
    pytest.param(
        _amount("3.41e10", "approx", "CNY", "4.72e9"),
        _amount("3e9", "exact", "USD", "3e9"),
        False,
        id="converted-figure-outside-window",
    ),
    pytest.param(_amount("1e9", "at_least"), _amount("2e9"), False, id="over-10-not-20"),
    pytest.param(_amount("1e9", "at_least"), _amount("9.5e8"), False, id="over-10-not-9.5"),
    pytest.param(_amount("6e9", "approx"), _amount("5e9"), False, id="near-60-not-50"),
    pytest.param(_amount("5.86e9", "approx"), _amount("6e9"), False, id="precise-figure-rounds-nothing"),
    pytest.param(_amount("6e9"), _amount("5.86e9"), False, id="no-qualifier-no-rounding"),
    pytest.param(_amount("6e9", "approx"), _amount("6e9", currency="HKD"), False, id="other-currency-no-usd"),
]


@pytest.mark.parametrize(("rough", "precise", "expected"), ROUNDINGS)
def test_rounds(rough: Amount, precise: Amount, expected: bool) -> None:
    assert rounds(rough, precise) is expected


def _deals(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    article = Article(key="t", text=text, source="test", content_hash="0")
    return sorted((d.type, d.amount.text if d.amount else None) for d in extract(nlp, article).deals)


ARTICLES = [
    pytest.param(
        "华电国际拟定增募资近40亿元\n华电国际电力股份有限公司公告，拟向特定对象发行股票，募集资金总额不超过39.2亿元，用于新能源项目建设。",
        [("fundraising", "不超过39.2亿元")],
        id="cn-near-headline-for-cap",
    ),
    pytest.param(
        "遠東新世紀現增募資近40億元\n遠東新世紀股份有限公司今日董事會通過現金增資發行新股，募集資金總額新台幣38.8億元，用於擴建化纖廠房。",
        [("fundraising", "新台幣38.8億元")],
        id="tw-near-headline-for-raise",
        marks=pytest.mark.xfail(strict=True, reason="headline 遠東新世紀 not linked to the full name"),
    ),
    pytest.param(
        "太古地產發行逾百億港元票據\n太古地產有限公司昨日公布，已完成發行總額108億港元的中期票據，年期五至十年。",
        [("debt", "108億港元")],
        id="hk-over-hundred-headline-for-notes",
    ),
    pytest.param(
        "小鹏汽车完成超20亿元融资\n广州小鹏汽车科技有限公司宣布完成新一轮融资，融资金额为23.5亿元，资金将用于智能驾驶研发。",
        [("fundraising", "23.5亿元")],
        id="cn-over-headline-for-round",
    ),
    pytest.param(
        "九龍倉置業簽兩筆銀團貸款\n九龍倉置業公布，與滙豐簽訂一筆近50億港元的五年期銀團貸款。去年十月，九龍倉置業亦曾與中銀香港簽訂一筆30億港元的三年期貸款。",
        [("debt", "30億港元"), ("debt", "近50億港元")],
        id="hk-two-loans-stay-apart",
    ),
    pytest.param(
        "国家电投发行两期中期票据\n国家电力投资集团有限公司今日发行一期中期票据，金额约30亿元，期限3年。此外，国家电投还发行另一期中期票据，金额32亿元，期限5年。",
        [("debt", "32亿元"), ("debt", "约30亿元")],
        id="cn-addition-keeps-two-notes-apart",
    ),
    pytest.param(
        "騰訊發行約78億港元債券\n騰訊控股有限公司宣布，發行總額10億美元的五年期優先票據，約合78億港元。",
        [("debt", "10億美元")],
        id="hk-headline-in-the-conversion-currency",
    ),
    pytest.param(
        "小米发行约72亿元人民币可转债\n小米集团宣布，发行总额10亿美元的可转换债券，约合人民币72亿元，年期七年。",
        [("debt", "10亿美元")],
        id="cn-headline-in-the-conversion-currency",
    ),
    pytest.param(
        "裕隆聯貸逾百億元簽約\n裕隆汽車製造公司昨日與第一銀行等八家銀行簽訂新台幣112億元聯合授信案，由第一銀行擔任管理銀行。",
        [("debt", "新台幣112億元")],
        id="tw-over-hundred-headline-for-loan",
    ),
    pytest.param(
        "吉利控股集团获近30亿元银团贷款\n浙江吉利控股集团有限公司与中国银行签订银团贷款协议，贷款金额为28.5亿元，期限五年。",
        [("debt", "28.5亿元")],
        id="cn-near-headline-for-loan",
    ),
    pytest.param(
        "信和置業發行兩批票據\n信和置業有限公司發行一批逾10億港元的五年期票據。此外，信和置業另發行一批12億港元的七年期票據。",
        [("debt", "12億港元"), ("debt", "逾10億港元")],
        id="hk-addition-keeps-two-notes-apart",
    ),
    pytest.param(
        "中国建筑获两项工程合同\n中国建筑股份有限公司中标一项约20亿元的住宅工程。今年3月，中国建筑曾中标一项45亿元的地铁工程。",
        [("purchase", "45亿元"), ("purchase", "约20亿元")],
        id="cn-two-contracts-outside-window",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_headline_restatements(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _deals(nlp, text) == expected
