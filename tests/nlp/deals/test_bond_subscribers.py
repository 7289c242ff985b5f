"""A bond's named subscriber: the issue is the issuer's debt with no counterparty
(devset2 convention) and the subscriber the text names invests in the issuer with the issue's figure
(向Y发行N可换股债券 / 发行N债券予Y / Y认购X发行的N债券). Sentences written for these tests, both
scripts, with counter rows."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

BOND_SUBSCRIBERS = [
    case(
        "tw-issued-to-subscriber",
        "耀星集團向碧山資本發行本金總額為3億元的可換股債券，年息4厘。",
        ["耀星集團", "碧山資本"],
        [("3億元", 3e8, None)],
        exactly=[("debt", "耀星集團", None, "3億元"), ("investment", "碧山資本", "耀星集團", "3億元")],
    ),
    case(
        "cn-issued-to-subscriber-planned",
        "华彩控股拟向高瓴资本定向发行5亿元可转换公司债券。",
        ["华彩控股", "高瓴资本"],
        [("5亿元", 5e8, None)],
        exactly=[("debt", "华彩控股", None, "5亿元"), ("investment", "高瓴资本", "华彩控股", "5亿元")],
    ),
    case(
        "tw-bonds-issued-to-after",
        "耀星集團發行3億元可換股債券予碧山資本。",
        ["耀星集團", "碧山資本"],
        [("3億元", 3e8, None)],
        exactly=[("debt", "耀星集團", None, "3億元"), ("investment", "碧山資本", "耀星集團", "3億元")],
    ),
    case(
        "cn-subscriber-before-issuer",
        "碧山资本认购耀星集团发行的3亿元可换股债券。",
        ["耀星集团", "碧山资本"],
        [("3亿元", 3e8, None)],
        exactly=[("investment", "碧山资本", "耀星集团", "3亿元"), ("debt", "耀星集团", None, "3亿元")],
    ),
    case(
        "tw-subscriber-before-issuer",
        "碧山資本全額認購耀星集團發行的3億元可換股債券。",
        ["耀星集團", "碧山資本"],
        [("3億元", 3e8, None)],
        exactly=[("investment", "碧山資本", "耀星集團", "3億元"), ("debt", "耀星集團", None, "3億元")],
    ),
    # counter rows: a loan keeps its lender; an issue to unnamed investors has no subscriber
    case(
        "tw-loan-keeps-its-lender",
        "耀星集團向滙豐銀行借入3億元貸款。",
        ["耀星集團", "滙豐銀行"],
        [("3億元", 3e8, None)],
        exactly=[("debt", "耀星集團", "滙豐銀行", "3億元")],
    ),
    case(
        "tw-applied-to-the-regulator",
        "華彩控股向中國證監會申請發行20億元可轉換公司債券。",
        ["華彩控股", "中國證監會"],
        [("20億元", 2e9, None)],
        exactly=[("debt", "華彩控股", None, "20億元")],
    ),
    case(
        "cn-applied-to-the-exchange",
        "华彩控股已向上海证券交易所申请发行不超过20亿元公司债券。",
        ["华彩控股", "上海证券交易所"],
        [("不超过20亿元", 2e9, None)],
        exactly=[("debt", "华彩控股", None, "不超过20亿元")],
    ),
    case(
        "cn-issue-to-unnamed-investors",
        "华彩控股向合格投资者公开发行10亿元公司债券。",
        ["华彩控股"],
        [("10亿元", 1e9, None)],
        exactly=[("debt", "华彩控股", None, "10亿元")],
    ),
]


@pytest.mark.parametrize("c", BOND_SUBSCRIBERS)
def test_bond_subscribers(c: Case) -> None:
    c.check()
