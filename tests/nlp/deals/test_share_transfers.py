"""Stake transfers: the buyer is the agent, the seller (when named) the counterparty — also when
the seller is a person or the stake is named as 将X的股权. Sentences written for these tests,
both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

SHARE_TRANSFERS = [
    case(
        "cn-seller-disposes-of-targets-stake",
        "宁德时代拟将其持有的邦普循环20%股权转让给广东国资,转让价款为30亿元。",
        ["宁德时代", "邦普循环", "广东国资"],
        [("30亿元", 3e9, None)],
        exactly=[("acquisition", "广东国资", "宁德时代", "30亿元")],
    ),
    case(
        "tw-seller-disposes-of-targets-stake",
        "鴻海擬將夏普10%股權轉讓給國發基金,轉讓價款為50億元。",
        ["鴻海", "夏普", "國發基金"],
        [("50億元", 5e9, None)],
        exactly=[("acquisition", "國發基金", "鴻海", "50億元")],
    ),
    case(
        "cn-person-first-of-sellers",
        "王传福及比亚迪投资拟将其合计持有公司15%的股份转让给深圳国资,转让价款为80亿元。",
        ["比亚迪投资", "深圳国资"],
        [("80亿元", 8e9, None)],
        people=["王传福"],
        exactly=[("acquisition", "深圳国资", "王传福", "80亿元")],
    ),
    case(
        "tw-person-first-of-sellers",
        "郭台銘及鴻海投資擬將其合計持有公司15%的股份轉讓給國發基金,轉讓價款為80億元。",
        ["鴻海投資", "國發基金"],
        [("80億元", 8e9, None)],
        people=["郭台銘"],
        exactly=[("acquisition", "國發基金", "郭台銘", "80億元")],
    ),
]


@pytest.mark.parametrize("c", SHARE_TRANSFERS)
def test_share_transfers(c: Case) -> None:
    c.check()
