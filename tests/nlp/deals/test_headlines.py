"""A headline restating the article's one deal of its type and figure (pipeline/nlp/deals/headlines.py):
the title names it by the group's short name or a bank's short form, the body by the parties that
sign it — one deal with the body's parties, or the title's when the body names none. Each name is
its own entity here (the short forms are not linked), as when the recogniser links none. Sentences
written for this table, both scripts; counter rows: a title with another figure, two body deals."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import AmountSpec, Summary, run, summary

D = "debt"

HEADLINES = [
    pytest.param(
        "美的集團獲40億元銀團貸款\n美的集團股份有限公司全資子公司廣東美的製冷設備有限公司日前與中國銀行廣東省分行牽頭的銀團簽訂40億元銀團貸款合同，期限五年。",
        ["美的集團", "美的集團股份有限公司", "廣東美的製冷設備有限公司", "中國銀行廣東省分行"],
        [("40億元", 4e9, None)],
        [(D, "廣東美的製冷設備有限公司", "中國銀行廣東省分行", "40億元")],
        id="tw-subsidiary-loan-under-group-name",
    ),
    pytest.param(
        "美的集团获40亿元银团贷款\n美的集团股份有限公司全资子公司广东美的制冷设备有限公司日前与中国银行广东省分行牵头的银团签订40亿元银团贷款合同，期限五年。",
        ["美的集团", "美的集团股份有限公司", "广东美的制冷设备有限公司", "中国银行广东省分行"],
        [("40亿元", 4e9, None)],
        [(D, "广东美的制冷设备有限公司", "中国银行广东省分行", "40亿元")],
        id="cn-subsidiary-loan-under-group-name",
    ),
    pytest.param(
        "隆基获农行80亿元综合授信\n隆基绿能科技股份有限公司公告，公司获中国农业银行陕西省分行给予的综合授信额度人民币80亿元，授信期限三年。",
        ["隆基", "农行", "隆基绿能科技股份有限公司", "中国农业银行陕西省分行"],
        [("80亿元", 8e9, None), ("人民币80亿元", 8e9, None)],
        [(D, "隆基绿能科技股份有限公司", "中国农业银行陕西省分行", "人民币80亿元")],
        id="cn-credit-line-under-short-forms",
    ),
    pytest.param(
        "台塑化獲兆豐銀100億元聯貸\n台灣塑膠石化公司昨日與兆豐銀行等十家銀行簽署新台幣100億元聯合授信案，由兆豐銀行擔任統籌主辦行。",
        ["台塑化", "兆豐銀", "台灣塑膠石化公司", "兆豐銀行"],
        [("100億元", 1e10, None), ("新台幣100億元", 1e10, None)],
        [(D, "台灣塑膠石化公司", "兆豐銀行", "新台幣100億元")],
        id="tw-syndicated-credit-under-short-forms",
    ),
    # 所需资金将通过发行…筹措: the body names no issuer, the title does
    pytest.param(
        "招商蛇口擬發行30億元公司債\n為償還即將到期的債務，所需資金將通過發行不超過30億元的公司債券籌措，期限不超過5年。",
        ["招商蛇口"],
        [("30億元", 3e9, None), ("不超過30億元", 3e9, None)],
        [(D, "招商蛇口", None, "不超過30億元")],
        id="tw-subjectless-funding-takes-title-issuer",
    ),
    pytest.param(
        "招商蛇口拟发行30亿元公司债\n为偿还即将到期的债务，所需资金将通过发行不超过30亿元的公司债券筹措，期限不超过5年。",
        ["招商蛇口"],
        [("30亿元", 3e9, None), ("不超过30亿元", 3e9, None)],
        [(D, "招商蛇口", None, "不超过30亿元")],
        id="cn-subjectless-funding-takes-title-issuer",
    ),
    # counter rows: a title with another figure is another deal; two body deals with the title's
    # figure leave it to neither
    pytest.param(
        "中芯國際獲50億元貸款\n中芯國際與國家開發銀行簽訂30億元貸款協議。",
        ["中芯國際", "國家開發銀行"],
        [("50億元", 5e9, None), ("30億元", 3e9, None)],
        [(D, "中芯國際", None, "50億元"), (D, "中芯國際", "國家開發銀行", "30億元")],
        id="tw-title-with-another-figure",
    ),
    pytest.param(
        "中芯国际获30亿元贷款\n中芯国际与国家开发银行签订30亿元贷款协议。中芯国际另与中国银行签订30亿元贷款协议。",
        ["中芯国际", "国家开发银行", "中国银行"],
        [("30亿元", 3e9, None)],
        [(D, "中芯国际", "国家开发银行", "30亿元"), (D, "中芯国际", "中国银行", "30亿元")],
        id="cn-two-body-deals-with-title-figure",
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), HEADLINES)
def test_headline_restates_the_body_deal(
    text: str, orgs: list[str], amounts: list[AmountSpec], expected: list[Summary]
) -> None:
    assert summary(run(text, orgs, amounts, every=True)) == expected
