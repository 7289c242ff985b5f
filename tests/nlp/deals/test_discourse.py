"""Deals across sentences: anaphora (該公司, 信託), the deal under discussion (本次, 本輪), a lead
investor or seller named later, a round's investors named as a noun phrase, 双方."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, run, summary

#: 对其增资 / 向其提供: 其 after a role marker is no subject of its own clause — the organisation
#: named before that subject
OBJECT_QI = [
    case(
        "cn-increase-into-it",
        "为满足全资子公司苏州岚翊科技有限公司的发展需要，澄岳股份拟以自有资金对其增资3亿元。",
        ["苏州岚翊科技有限公司", "澄岳股份"],
        [("3亿元", 3e8, None)],
        exactly=[("investment", "澄岳股份", "苏州岚翊科技有限公司", "3亿元")],
    ),
    case(
        "tw-increase-into-it",
        "為滿足全資子公司蘇州嵐翊科技有限公司的發展需要，澄岳股份擬以自有資金對其增資3億元。",
        ["蘇州嵐翊科技有限公司", "澄岳股份"],
        [("3億元", 3e8, None)],
        exactly=[("investment", "澄岳股份", "蘇州嵐翊科技有限公司", "3億元")],
    ),
    case(
        "cn-lend-to-it",
        "岚翊能源是澄岳集团的合作伙伴，兴业银行将向其提供10亿元贷款。",
        ["岚翊能源", "澄岳集团", "兴业银行"],
        [("10亿元", 1e9, None)],
        exactly=[("debt", "岚翊能源", "兴业银行", "10亿元")],
    ),
    # 其 unmarked, at the start of its clause, is the subject before it
    case(
        "tw-its-own-raise",
        "澄岳股份公告，其將現金增資3億元。",
        ["澄岳股份"],
        [("3億元", 3e8, None)],
        exactly=[("fundraising", "澄岳股份", None, "3億元")],
    ),
]


#: 另一宗地块由Y摘得: "another (classifier)" opens a new item — the company before plays no role in it
ANOTHER_ITEM = [
    case(
        "cn-another-plot-won-by-another",
        "澄岳地产以46亿元竞得一宗宅地。另一宗地块由岚翊置业以28亿元摘得。",
        ["澄岳地产", "岚翊置业"],
        [("46亿元", 4.6e9, None), ("28亿元", 2.8e9, None)],
        exactly=[("purchase", "澄岳地产", None, "46亿元"), ("purchase", "岚翊置业", None, "28亿元")],
    ),
    case(
        "tw-another-plot-won-by-another",
        "澄岳地產以46億元標得一宗住宅用地。另一宗土地由嵐翊建設以28億元標得。",
        ["澄岳地產", "嵐翊建設"],
        [("46億元", 4.6e9, None), ("28億元", 2.8e9, None)],
        exactly=[("purchase", "澄岳地產", None, "46億元"), ("purchase", "嵐翊建設", None, "28億元")],
    ),
    # the deal under discussion (该笔贷款由Y牵头) keeps the company before as its party
    case(
        "cn-this-loan-led-by",
        "澄岳能源宣布获得10亿元银团贷款。该笔贷款由中国银行牵头安排。",
        ["澄岳能源", "中国银行"],
        [("10亿元", 1e9, None)],
        exactly=[("debt", "澄岳能源", "中国银行", "10亿元")],
    ),
]


#: X获N融资 … X与银行签署N贷款协议: a plain raise word with the figure of the same company's
#: loan or bond reports that debt (a headline, a summary), no raise of its own
PLAIN_RAISE_OF_DEBT = [
    case(
        "cn-headline-raise-is-the-loan",
        "澄岳能源获10亿元融资。澄岳能源昨日与中国银行签署人民币10亿元贷款协议，期限五年。",
        ["澄岳能源", "中国银行"],
        [("10亿元", 1e9, None), ("人民币10亿元", 1e9, None)],
        exactly=[("debt", "澄岳能源", "中国银行", "10亿元")],
    ),
    case(
        "tw-headline-raise-is-the-bond",
        "澄岳能源獲10億元融資。澄岳能源昨日宣布發行新台幣10億元綠色債券。",
        ["澄岳能源"],
        [("10億元", 1e9, None), ("新台幣10億元", 1e9, None)],
        exactly=[("debt", "澄岳能源", None, "10億元")],
    ),
    # another figure: two deals
    case(
        "cn-raise-of-another-figure",
        "澄岳能源完成5亿元融资。澄岳能源昨日与中国银行签署10亿元贷款协议。",
        ["澄岳能源", "中国银行"],
        [("5亿元", 5e8, None), ("10亿元", 1e9, None)],
        exactly=[("fundraising", "澄岳能源", None, "5亿元"), ("debt", "澄岳能源", "中国银行", "10亿元")],
    ),
]


@pytest.mark.parametrize("c", PLAIN_RAISE_OF_DEBT)
def test_a_plain_raise_of_a_debts_figure_is_that_debt(c: Case) -> None:
    c.check()


@pytest.mark.parametrize("c", ANOTHER_ITEM)
def test_another_item_is_a_deal_of_its_own(c: Case) -> None:
    c.check()


@pytest.mark.parametrize("c", OBJECT_QI)
def test_qi_after_a_marker(c: Case) -> None:
    c.check()


def test_a_company_anaphor_resolves_to_the_last_subject() -> None:
    text = "聯詠今日召開董事會。該公司決議以2億美元增資美國子公司Novatek USA。"
    deals = run(text, ["聯詠", "Novatek USA"], [("2億美元", 2e8, None)])
    assert summary(deals) == [("investment", "聯詠", "Novatek USA", "2億美元")]


def test_a_head_noun_anaphor_finds_its_kind() -> None:
    text = (
        "凱德綜合商業信託宣布收購一棟辦公樓,賣方為新鴻基地產。為了資助收購,信託推出優先獻售計劃,籌集約5億元。"
    )
    deals = run(text, ["凱德綜合商業信託", "新鴻基地產"], [("約5億元", 5e8, None)])
    assert ("fundraising", "凱德綜合商業信託", None, "約5億元") in summary(deals)


def test_the_deal_under_discussion_takes_its_figure() -> None:
    text = "华润集团拟对东阿阿胶发起要约收购。本次要约收购所需最高资金总额为12亿元。"
    deals = run(text, ["华润集团", "东阿阿胶"], [("12亿元", 1.2e9, None)])
    assert summary(deals) == [("acquisition", "华润集团", "东阿阿胶", "12亿元")]
    assert len(deals[0].evidence) == 2


def test_a_lead_investor_named_later_joins_the_round() -> None:
    text = "Mistral此輪融資規模達6億歐元。General Catalyst主導本輪融資。"
    deals = run(text, ["Mistral", "General Catalyst"], [("6億歐元", 6e8, None)])
    assert summary(deals) == [("fundraising", "Mistral", "General Catalyst", "6億歐元")]


def test_round_investors_named_as_a_noun_phrase() -> None:
    text = (
        "百川智能完成A輪融資,金額3億美元。紅杉中國作為領投天使輪的機構,持股5%。"
        "騰訊、阿里等天使輪投資方亦同步獲益。"
    )
    got = summary(run(text, ["百川智能", "紅杉中國", "騰訊", "阿里"], [("3億美元", 3e8, None)]))
    assert ("investment", "紅杉中國", "百川智能", None) in got
    assert ("investment", "騰訊", "百川智能", None) in got
    assert ("investment", "阿里", "百川智能", None) not in got  # a co-investor of the same phrase


def test_a_bare_signing_of_parties_with_a_deal_is_no_second_deal() -> None:
    text = "宁德时代与福特汽车签约。宁德时代向福特汽车供应储能电池，合同金额约10亿美元。"
    deals = run(text, ["宁德时代", "福特汽车"], [("约10亿美元", 1e9, None)])
    assert [d.type for d in deals] == ["purchase"]


def test_a_symmetric_signing_joins_the_directed_restatement() -> None:
    text = "微軟與甲骨文簽署價值50億美元的供貨協議。微軟將向甲骨文採購50億美元的伺服器。"
    deals = run(text, ["微軟", "甲骨文"], [("50億美元", 5e9, None)], every=True)
    assert summary(deals) == [("purchase", "微軟", "甲骨文", "50億美元")]
    assert len(deals[0].evidence) == 2
