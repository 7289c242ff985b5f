"""Loans: the borrower is the agent, the lender (the first-named arranger when several) the
counterparty, the other arrangers co-counterparties (devset2 convention). Sentences written for
these tests, both scripts."""

from __future__ import annotations

import pytest

from pipeline.nlp.deals import find_deals
from tests.nlp.deals.cases import VIEW, Case, amounts_of, case, mentions_of, no_deal, split_sentences

LOAN_LENDERS = [
    case(
        "cn-borrower-and-bank-list-form-syndicate",
        "华能国际和中国农业银行北京分行、交通银行北京分行等八家银行组成的银团签订了总额为50亿元银团贷款协议。",
        ["华能国际", "中国农业银行北京分行", "交通银行北京分行"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "华能国际", "中国农业银行北京分行", "50亿元")],
    ),
    case(
        "tw-bank-completes-borrowers-loan",
        "台新銀昨日完成遠東新世紀五年期、60億元的聯貸案。",
        ["台新銀", "遠東新世紀"],
        [("60億元", 6e9, None)],
        exactly=[("debt", "遠東新世紀", "台新銀", "60億元")],
    ),
    case(
        "cn-bank-completes-borrowers-loan",
        "招商银行日前完成比亚迪三年期、30亿元的银团贷款。",
        ["招商银行", "比亚迪"],
        [("30亿元", 3e9, None)],
        exactly=[("debt", "比亚迪", "招商银行", "30亿元")],
    ),
    case(
        "tw-arrangers-named-later",
        "台塑石化宣布與14家銀行簽署為期7年的300億元聯貸案。台塑石化與聯貸主辦銀行臺灣銀行、兆豐銀行及第一銀行合作完成此案。",
        ["台塑石化", "臺灣銀行", "兆豐銀行", "第一銀行"],
        [("300億元", 3e10, None)],
        exactly=[("debt", "台塑石化", "臺灣銀行", "300億元")],
    ),
    case(
        "cn-arranger-after-bank",
        "中芯国际与多家银行签订了80亿元银团贷款协议。该银团由中国银行上海分行担任主牵头行。",
        ["中芯国际", "中国银行上海分行"],
        [("80亿元", 8e9, None)],
        exactly=[("debt", "中芯国际", "中国银行上海分行", "80亿元")],
    ),
    case(
        "tw-bank-arranges-for-unnamed-borrower",
        "台北101大樓本月獲台灣銀行出手籌組高達200億元聯貸。此次聯貸案以台北金融大樓公司作為借款人。",
        ["台灣銀行", "台北金融大樓公司"],
        [("高達200億元", 2e10, None)],
        known_failure="作為借款人 (the borrower named by its role in a later sentence) is not read",
        includes=[("debt", "台北金融大樓公司", "台灣銀行", "高達200億元")],
    ),
    no_deal(
        "cn-bank-arranging-is-no-borrower",
        "该项目获中国银行牵头筹组200亿元银团贷款。",
        ["中国银行"],
        [("200亿元", 2e10, None)],
    ),
    case(
        "cn-bank-issues-its-own-bond",
        "中国银行成功发行300亿元金融债券。",
        ["中国银行"],
        [("300亿元", 3e10, None)],
        exactly=[("debt", "中国银行", None, "300亿元")],
    ),
    case(
        "cn-bank-before-a-bond-is-no-lender",
        "工商银行协助万科发行30亿元公司债券。",
        ["工商银行", "万科"],
        [("30亿元", 3e9, None)],
        exactly=[("debt", "万科", None, "30亿元")],
    ),
]


@pytest.mark.parametrize("c", LOAN_LENDERS)
def test_loan_lenders(c: Case) -> None:
    c.check()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "台塑石化宣布與14家銀行簽署為期7年的300億元聯貸案。台塑石化與聯貸主辦銀行臺灣銀行、兆豐銀行及第一銀行合作完成此案。",
            id="tw",
        ),
        pytest.param(
            "台塑石化宣布与14家银行签署为期7年的300亿元联贷案。台塑石化与联贷主办银行台湾银行、兆丰银行及第一银行合作完成此案。",
            id="cn",
        ),
    ],
)
def test_other_arrangers_are_co_counterparties(text: str) -> None:
    banks = ["臺灣銀行", "兆豐銀行", "第一銀行"] if "臺" in text else ["台湾银行", "兆丰银行", "第一银行"]
    amount = "300億元" if "億" in text else "300亿元"
    deals = find_deals(
        text,
        VIEW(text),
        split_sentences(text),
        amounts_of(text, [(amount, 3e10, None)]),
        [],
        [],
        mentions_of(text, ["台塑石化", *banks]),
    )
    assert [d.counterparty.text if d.counterparty else None for d in deals] == [banks[0]]
    assert [m.text for m in deals[0].co_counterparties] == banks[1:]
