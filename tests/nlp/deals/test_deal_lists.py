"""Lists of deals in one sentence: after 包括, parties each followed by their figure are one deal
each, of the kind of the deal word closing the list; a league-table share (市占) is no deal.
Sentences written for these tests, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

DEAL_LISTS = [
    case(
        "tw-loans-listed-with-figures",
        "上半年聯貸市場熱絡,兩大案包括台塑石化300億元、長榮航空150億元聯貸。",
        ["台塑石化", "長榮航空"],
        [("300億元", 3e10, None), ("150億元", 1.5e10, None)],
        includes=[("debt", "台塑石化", None, "300億元"), ("debt", "長榮航空", None, "150億元")],
    ),
    case(
        "cn-loans-listed-with-figures",
        "上半年银团市场活跃,两大案包括中石化300亿元、南方航空150亿元银团贷款。",
        ["中石化", "南方航空"],
        [("300亿元", 3e10, None), ("150亿元", 1.5e10, None)],
        includes=[("debt", "中石化", None, "300亿元"), ("debt", "南方航空", None, "150亿元")],
    ),
]

LEAGUE_TABLES = [
    no_deal(
        "tw-bookrunner-market-share",
        "以額度管理行來看,台銀前三季以30億美元、10%市占穩居聯貸王。",
        ["台銀"],
        [("30億美元", 3e9, None)],
    ),
    no_deal(
        "cn-bookrunner-market-share",
        "从簿记行来看,中国银行前三季度以30亿美元、10%市占位居银团贷款榜首。",
        ["中国银行"],
        [("30亿美元", 3e9, None)],
    ),
]


@pytest.mark.parametrize("c", DEAL_LISTS)
def test_deal_lists(c: Case) -> None:
    c.check()


@pytest.mark.parametrize("c", LEAGUE_TABLES)
def test_league_tables_are_no_deals(c: Case) -> None:
    c.check()
