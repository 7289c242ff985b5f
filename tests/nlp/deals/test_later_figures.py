"""A deal's figure in the sentence after it (pipeline/nlp/deals/later_figures.py): a sentence opening
on the figure noun of a deal (该合同金额约为N, 担保金额为N, 租金总额N) names the figure of the one deal
the sentence before stated without one; a contract with its figure is the purchase its frame states.
Sentences written for this table, both scripts; counter rows: a figure of something else (市值), a
figure modifying another noun (规模N的投资计划), no figure stated."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

LATER_FIGURES = [
    case(
        "cn-contract-figure-next-sentence",
        "中国电建近日与越南电力集团签订平顺省光伏电站EPC合同。该合同金额约为3.5亿美元，工期18个月。",
        ["中国电建", "越南电力集团"],
        [("约为3.5亿美元", 3.5e8, None)],
        exactly=[("purchase", "越南电力集团", "中国电建", "约为3.5亿美元")],
    ),
    case(
        "tw-contract-figure-next-sentence",
        "中國電建近日與越南電力集團簽訂平順省光伏電站EPC合約。合約金額約為3.5億美元，工期18個月。",
        ["中國電建", "越南電力集團"],
        [("約為3.5億美元", 3.5e8, None)],
        exactly=[("purchase", "越南電力集團", "中國電建", "約為3.5億美元")],
    ),
    case(
        "cn-guarantee-figure-next-sentence",
        "金风科技为其全资子公司北京天润新能投资有限公司提供担保。担保金额为不超过人民币15亿元，担保期限五年。",
        ["金风科技", "北京天润新能投资有限公司"],
        [("不超过人民币15亿元", 1.5e9, None)],
        exactly=[("other", "金风科技", "北京天润新能投资有限公司", "不超过人民币15亿元")],
    ),
    case(
        "tw-guarantee-figure-next-sentence",
        "金風科技為其全資子公司北京天潤新能投資有限公司提供擔保。擔保金額為不超過人民幣15億元，擔保期限五年。",
        ["金風科技", "北京天潤新能投資有限公司"],
        [("不超過人民幣15億元", 1.5e9, None)],
        exactly=[("other", "金風科技", "北京天潤新能投資有限公司", "不超過人民幣15億元")],
    ),
    case(
        "tw-rent-next-sentence",
        "遠東新世紀將台北市信義區大樓出租予國泰人壽，租期十年。租金總額約新台幣25億元。",
        ["遠東新世紀", "國泰人壽"],
        [("約新台幣25億元", 2.5e9, None)],
        exactly=[("lease", "國泰人壽", "遠東新世紀", "約新台幣25億元")],
    ),
    case(
        "cn-rent-next-sentence",
        "远东新世纪将上海浦东一幢办公楼出租给国泰人寿，租期十年。租金总额约25亿元。",
        ["远东新世纪", "国泰人寿"],
        [("约25亿元", 2.5e9, None)],
        exactly=[("lease", "国泰人寿", "远东新世纪", "约25亿元")],
    ),
    # counter rows
    case(
        "cn-market-value-is-no-contract-figure",
        "中国电建与越南电力集团签订EPC合同。该公司市值约为3500亿元。",
        ["中国电建", "越南电力集团"],
        [("约为3500亿元", 3.5e11, None)],
        exactly=[("agreement", "越南电力集团", "中国电建", None)],
    ),
    case(
        "cn-figure-of-another-noun",
        "中国电建与老挝电力公司签订水电站合作协议。规模约为20亿美元的投资计划尚待批准。",
        ["中国电建", "老挝电力公司"],
        [("约为20亿美元", 2e9, None)],
        exactly=[("agreement", "中国电建", "老挝电力公司", None)],
    ),
    no_deal(
        "tw-no-figure-stated",
        "金風科技表示，擔保金額將視子公司融資需求而定。",
        ["金風科技"],
    ),
]


@pytest.mark.parametrize("c", LATER_FIGURES)
def test_later_figures(c: Case) -> None:
    c.check()
