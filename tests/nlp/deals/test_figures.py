"""Which figure is a deal's: conversions, per-share prices, net proceeds, parts and caps, prices
given with 以, totals named later, several figures in one sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.model.records import Amount
from pipeline.nlp.deals import find_deals
from pipeline.text.sentences import split_sentences
from tests.nlp.deals.cases import VIEW, Case, case, mentions_of, run, summary

FIGURES = [
    # 以自有资金N: the price may be a few words after 以
    case(
        "tw-own-funds-price-after-by",
        "光寶科申請以自有資金2億美元,投資設立泰國LITEON THAILAND。",
        ["光寶科", "LITEON THAILAND"],
        [("2億美元", 2e8, None)],
        includes=[("investment", "光寶科", "LITEON THAILAND", "2億美元")],
    ),
    # the deal's total stated later in its sentence (所需资金总额)
    case(
        "cn-total-named-later",
        "美的集团拟对科陆电子发起要约收购。本次要约收购价格为每股5元,拟收购股份2亿股,所需最高资金总额为10亿元。",
        ["美的集团", "科陆电子"],
        [("10亿元", 1e9, None)],
        includes=[("acquisition", "美的集团", "科陆电子", "10亿元")],
    ),
    case(
        "cn-net-proceeds-restate-gross",
        "華虹半導體以每股20元配售1億股新股,集資20億元,淨集資19.6億元。",
        ["華虹半導體"],
        [("20元", 20, "share"), ("20億元", 2e9, None), ("19.6億元", 1.96e9, None)],
        exactly=[("fundraising", "華虹半導體", None, "20億元")],
    ),
    case(
        "tw-two-figures-two-deals",
        "鴻海以10億美元增資美國子公司Foxconn US,及以5億美元增資日本Foxconn Japan。",
        ["鴻海", "Foxconn US", "Foxconn Japan"],
        [("10億美元", 1e9, None), ("5億美元", 5e8, None)],
        includes=[
            ("investment", "鴻海", "Foxconn US", "10億美元"),
            ("investment", "鴻海", "Foxconn Japan", "5億美元"),
        ],
    ),
    case(
        "tw-equity-and-debt-parts-of-a-round",
        "Anthropic本輪融資規模為300億美元,由100億美元股權及200億美元債務組成。",
        ["Anthropic"],
        [("300億美元", 3e10, None), ("100億美元", 1e10, None), ("200億美元", 2e10, None)],
        includes=[("fundraising", "Anthropic", None, "100億美元"), ("debt", "Anthropic", None, "200億美元")],
    ),
    # a later report opening on 此外/另外 adds a deal: its figure is no part of a cap stated before
    case(
        "cn-second-bond-after-in-addition",
        "国家电投日前发行超短期融资券50亿元。此外，公司拟于年内发行不超过200亿元的绿色中期票据。",
        ["国家电投"],
        [("50亿元", 5e9, None), ("不超过200亿元", 2e10, None)],
        exactly=[("debt", "国家电投", None, "50亿元"), ("debt", "国家电投", None, "不超过200亿元")],
    ),
    case(
        "tw-second-bond-after-in-addition",
        "台電日前發行公司債50億元。另外，公司擬於年內發行不超過200億元的綠色債券。",
        ["台電"],
        [("50億元", 5e9, None), ("不超過200億元", 2e10, None)],
        exactly=[("debt", "台電", None, "50億元"), ("debt", "台電", None, "不超過200億元")],
    ),
    case(
        "cn-cap-then-in-addition-part",
        "华能国际拟发行不超过200亿元的绿色中期票据。同时，公司日前已发行首期50亿元。",
        ["华能国际"],
        [("不超过200亿元", 2e10, None), ("50亿元", 5e9, None)],
        exactly=[("debt", "华能国际", None, "不超过200亿元"), ("debt", "华能国际", None, "50亿元")],
    ),
    # 首批N / 第一批N / 首期发行规模为N after a programme: each batch is a debt deal of its own
    case(
        "my-programme-first-batch-hans",
        "云顶集团计划发行最高50亿令吉的伊斯兰中期票据，首批8亿令吉将于下月发售。",
        ["云顶集团"],
        [("最高50亿令吉", 5e9, None), ("8亿令吉", 8e8, None)],
        exactly=[("debt", "云顶集团", None, "最高50亿令吉"), ("debt", "云顶集团", None, "8亿令吉")],
    ),
    case(
        "my-programme-first-batch-hant",
        "雲頂集團計劃發行最高50億令吉的伊斯蘭中期票據，首批8億令吉將於下月發售。",
        ["雲頂集團"],
        [("最高50億令吉", 5e9, None), ("8億令吉", 8e8, None)],
        exactly=[("debt", "雲頂集團", None, "最高50億令吉"), ("debt", "雲頂集團", None, "8億令吉")],
    ),
    case(
        "cn-programme-first-issue-size-hans",
        "华润置地拟发行总额不超过60亿元的公司债券，首期发行规模为25亿元。",
        ["华润置地"],
        [("不超过60亿元", 6e9, None), ("25亿元", 2.5e9, None)],
        exactly=[("debt", "华润置地", None, "不超过60亿元"), ("debt", "华润置地", None, "25亿元")],
    ),
    case(
        "tw-programme-batches-hant",
        "台塑化擬發行新台幣80億元無擔保公司債，分兩批發行，第一批新台幣50億元，第二批新台幣30億元。",
        ["台塑化"],
        [("新台幣80億元", 8e9, None), ("新台幣50億元", 5e9, None), ("新台幣30億元", 3e9, None)],
        exactly=[
            ("debt", "台塑化", None, "新台幣80億元"),
            ("debt", "台塑化", None, "新台幣50億元"),
            ("debt", "台塑化", None, "新台幣30億元"),
        ],
    ),
]


#: 以每股P，总额约N，收购Y: the total named after a 以-price per share, in the clause(s) before the
#: deal word, is the deal's figure (the price per share is not)
PRICED_TOTALS = [
    case(
        "cn-price-then-total-clause",
        "丰隆集团以每股4.2令吉，总额约6亿令吉，收购大众控股30%股权。",
        ["丰隆集团", "大众控股"],
        [("4.2令吉", 4.2, "share"), ("约6亿令吉", 6e8, None)],
        exactly=[("acquisition", "丰隆集团", "大众控股", "约6亿令吉")],
    ),
    case(
        "tw-price-and-total-one-clause",
        "豐隆集團以每股4.2令吉、總額約6億令吉，收購大眾控股30%股權。",
        ["豐隆集團", "大眾控股"],
        [("4.2令吉", 4.2, "share"), ("約6億令吉", 6e8, None)],
        exactly=[("acquisition", "豐隆集團", "大眾控股", "約6億令吉")],
    ),
    case(
        "tw-price-then-sum-before-a-sale",
        "長實以每股12.5港元，涉資約38億港元，向和記出售其持有的長江基建股份。",
        ["長實", "和記", "長江基建"],
        [("12.5港元", 12.5, "share"), ("約38億港元", 3.8e9, None)],
        exactly=[("acquisition", "和記", "長實", "約38億港元")],
    ),
    # counter row: a market value after the price is no total of the deal
    case(
        "cn-market-value-is-no-total",
        "丰隆集团以每股4.2令吉，市值约6亿令吉，收购大众控股30%股权。",
        ["丰隆集团", "大众控股"],
        [("4.2令吉", 4.2, "share"), ("约6亿令吉", 6e8, None)],
        exactly=[("acquisition", "丰隆集团", "大众控股", None)],
    ),
]


@pytest.mark.parametrize("c", FIGURES + PRICED_TOTALS)
def test_figures(c: Case) -> None:
    c.check()


def test_bond_tranches_by_tenor_are_deals_of_the_issuer() -> None:
    text = "农业银行成功发行三期金融债券,合计150亿元。其中3年期80亿元,利率1.5%;5年期70亿元,利率1.7%。"
    amounts = [("150亿元", 1.5e10, None), ("80亿元", 8e9, None), ("70亿元", 7e9, None)]
    got = summary(run(text, ["农业银行"], amounts))
    assert {a for t, ag, _, a in got if t == "debt" and ag == "农业银行"} == {"150亿元", "80亿元", "70亿元"}


def test_a_conversion_is_not_the_deal_amount() -> None:
    text = "富邦金控以5億美元(約新台幣160億元)入股台灣大哥大。"
    usd = Amount(text.index("5億美元"), text.index("5億美元") + 5, "5億美元", Decimal("5e8"), "USD")
    twd_start = text.index("約新台幣160億元")
    twd = Amount(
        twd_start, twd_start + 9, "約新台幣160億元", Decimal("1.6e10"), "TWD", converted_from_start=usd.start
    )
    mentions = mentions_of(text, ["富邦金控", "台灣大哥大"])
    deals = find_deals(text, VIEW(text), split_sentences(text), [usd, twd], [], [], mentions)
    assert summary(deals) == [("investment", "富邦金控", "台灣大哥大", "5億美元")]


def test_a_part_under_the_cap_is_the_same_deal() -> None:
    text = (
        "聯發科董事會通過參與力積電的現金增資,投入金額上限10億元。"
        "聯發科表示,會先按原持股比例認購,金額約6億元。"
    )
    cap_at, part_at = text.index("10億元"), text.index("約6億元")
    amounts = [
        Amount(cap_at, cap_at + 4, "10億元", Decimal("1e9"), "TWD", "at_most"),
        Amount(part_at, part_at + 4, "約6億元", Decimal("6e8"), "TWD", "approx"),
    ]
    mentions = mentions_of(text, ["聯發科", "力積電"])
    deals = find_deals(text, VIEW(text), split_sentences(text), amounts, [], [], mentions)
    assert summary(deals) == [("investment", "聯發科", "力積電", "10億元")]
    assert len(deals[0].evidence) == 2


def test_two_data_centres_of_different_capacity_are_two_build_outs() -> None:
    text = "甲骨文斥資50億美元在日本興建16MW資料中心。此外,甲骨文也計畫在美國興建一座60MW資料中心。"
    deals = run(text, ["甲骨文"], [("50億美元", 5e9, None)], capacities=[("16MW", 1.6e7), ("60MW", 6e7)])
    assert [g for g in summary(deals) if g[0] == "capex"] == [
        ("capex", "甲骨文", None, "50億美元"),
        ("capex", "甲骨文", None, None),
    ]


def test_building_what_the_money_is_for_is_no_second_deal() -> None:
    got = summary(run("騰訊計畫投資1000億元建設資料中心。", ["騰訊"], [("1000億元", 1e11, None)]))
    assert [(a, c, m) for _, a, c, m in got] == [("騰訊", None, "1000億元")]
