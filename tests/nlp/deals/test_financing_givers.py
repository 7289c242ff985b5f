"""Who raises when financing is given (X向Y提供融资 / X对Y提供融资 / X为Y提供融资): the giver is
the financier (the raise's counterparty), the party it gives to raises; X向Y融资 without a giving
verb: X raises from Y. Sentences of our own, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

GIVEN_FINANCING = [
    case(
        "cn-towards-provides",
        "招商银行向万科提供融资50亿元。",
        ["招商银行", "万科"],
        [("50亿元", 5e9, None)],
        exactly=[("fundraising", "万科", "招商银行", "50亿元")],
    ),
    case(
        "tw-towards-provides",
        "兆豐銀行向台達電提供融資新台幣40億元。",
        ["兆豐銀行", "台達電"],
        [("新台幣40億元", 4e9, None)],
        exactly=[("fundraising", "台達電", "兆豐銀行", "新台幣40億元")],
    ),
    case(
        "tw-to-provides",
        "輝達對xAI提供融資20億美元。",
        ["輝達", "xAI"],
        [("20億美元", 2e9, None)],
        exactly=[("fundraising", "xAI", "輝達", "20億美元")],
    ),
    case(
        "cn-to-provides",
        "国开行对比亚迪提供融资30亿元。",
        ["国开行", "比亚迪"],
        [("30亿元", 3e9, None)],
        exactly=[("fundraising", "比亚迪", "国开行", "30亿元")],
    ),
    case(
        "tw-for-provides",
        "中國信託為長榮提供融資新台幣30億元。",
        ["中國信託", "長榮"],
        [("新台幣30億元", 3e9, None)],
        exactly=[("fundraising", "長榮", "中國信託", "新台幣30億元")],
    ),
    case(
        "cn-for-provides-after-a-bank-name",
        "工商银行为宁德时代提供融资50亿元。",
        ["工商银行", "宁德时代"],
        [("50亿元", 5e9, None)],
        exactly=[("fundraising", "宁德时代", "工商银行", "50亿元")],
    ),
    case(
        "tw-for-provides-after-a-bank-name",
        "臺灣銀行為華碩提供融資新台幣25億元。",
        ["臺灣銀行", "華碩"],
        [("新台幣25億元", 2.5e9, None)],
        exactly=[("fundraising", "華碩", "臺灣銀行", "新台幣25億元")],
    ),
    case(
        "cn-behaviour-word-is-no-marker",
        "中国银行表示，其行为符合监管要求，将向宁德时代提供融资20亿元。",
        ["中国银行", "宁德时代"],
        [("20亿元", 2e9, None)],
        exactly=[("fundraising", "宁德时代", "中国银行", "20亿元")],
    ),
    case(
        "cn-raises-from",
        "万科向招商银行融资50亿元。",
        ["招商银行", "万科"],
        [("50亿元", 5e9, None)],
        exactly=[("fundraising", "万科", "招商银行", "50亿元")],
    ),
    case(
        "tw-raises-from",
        "台達電向兆豐銀行融資新台幣40億元。",
        ["兆豐銀行", "台達電"],
        [("新台幣40億元", 4e9, None)],
        exactly=[("fundraising", "台達電", "兆豐銀行", "新台幣40億元")],
    ),
]


@pytest.mark.parametrize("c", GIVEN_FINANCING)
def test_the_party_given_financing_raises(c: Case) -> None:
    c.check()
