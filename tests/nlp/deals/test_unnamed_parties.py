"""Parties the text leaves unnamed (某投资者, 一名独立第三方, 一位客户, 十五家银行) are null, and no
other party of the sentence takes their role: in 向某投资者出售Y股权 the stake's company Y is what
is sold, not the buyer. Sentences written for these tests, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

UNNAMED = [
    case(
        "cn-sale-to-an-unnamed-investor",
        "金山软件拟向某投资者出售西山居10%股权，代价为6亿元。",
        ["金山软件", "西山居"],
        [("6亿元", 6e8, None)],
        exactly=[("acquisition", None, "金山软件", "6亿元")],
    ),
    case(
        "tw-sale-to-an-independent-third-party",
        "中國恒大將向一名獨立第三方出售恒大物業股份，作價20億港元。",
        ["中國恒大", "恒大物業"],
        [("20億港元", 2e9, None)],
        exactly=[("acquisition", None, "中國恒大", "20億港元")],
    ),
    case(
        "cn-an-unnamed-investor-buys-in",
        "某投资者以5亿元入股小鹏汽车。",
        ["小鹏汽车"],
        [("5亿元", 5e8, None)],
        exactly=[("investment", None, "小鹏汽车", "5亿元")],
    ),
    case(
        "tw-an-unnamed-investor-buys-in",
        "一名策略投資者以5億元入股小鵬汽車。",
        ["小鵬汽車"],
        [("5億元", 5e8, None)],
        exactly=[("investment", None, "小鵬汽車", "5億元")],
    ),
    case(
        "tw-supply-contract-with-an-unnamed-customer",
        "寧德時代與一位客戶簽訂供貨合約，金額約12億元。",
        ["寧德時代"],
        [("約12億元", 1.2e9, None)],
        exactly=[("purchase", None, "寧德時代", "約12億元")],
    ),
    case(
        "cn-supply-contract-with-an-unnamed-customer",
        "宁德时代与一家欧洲车企签订供货合同，金额约12亿元。",
        ["宁德时代"],
        [("约12亿元", 1.2e9, None)],
        exactly=[("purchase", None, "宁德时代", "约12亿元")],
    ),
    case(
        "tw-fifteen-banks-lend-unnamed",
        "台灣高鐵獲十五家銀行聯貸新台幣4000億元。",
        ["台灣高鐵"],
        [("新台幣4000億元", 4e11, None)],
        exactly=[("debt", "台灣高鐵", None, "新台幣4000億元")],
    ),
    case(
        "cn-fifteen-banks-lend-unnamed",
        "华能集团获十五家银行组成的银团贷款200亿元。",
        ["华能集团"],
        [("200亿元", 2e10, None)],
        exactly=[("debt", "华能集团", None, "200亿元")],
    ),
    case(
        "tw-the-unnamed-partner-of-the-signing-buys",
        "同日，正大天晴與一名獨立第三方訂立協議，以5億港元出售其持有的北京泰德製藥20%股權。",
        ["正大天晴", "北京泰德製藥"],
        [("5億港元", 5e8, None)],
        exactly=[("acquisition", None, "正大天晴", "5億港元")],
    ),
    case(
        "cn-the-unnamed-partner-of-the-signing-buys",
        "同日，正大天晴与一名独立第三方订立协议，以5亿港元出售其持有的北京泰德制药20%股权。",
        ["正大天晴", "北京泰德制药"],
        [("5亿港元", 5e8, None)],
        exactly=[("acquisition", None, "正大天晴", "5亿港元")],
    ),
    case(
        "cn-unnamed-banks-their-arranger-named",
        "云顶高原发展已与九家本地银行签署30亿令吉银团贷款协议，由马来亚银行担任主要安排行。",
        ["云顶高原发展", "马来亚银行"],
        [("30亿令吉", 3e9, None)],
        exactly=[("debt", "云顶高原发展", "马来亚银行", "30亿令吉")],
    ),
    case(
        "tw-unnamed-banks-their-arranger-named",
        "雲頂高原發展已與九家本地銀行簽署30億令吉銀團貸款協議，由馬來亞銀行擔任授權牽頭安排行。",
        ["雲頂高原發展", "馬來亞銀行"],
        [("30億令吉", 3e9, None)],
        exactly=[("debt", "雲頂高原發展", "馬來亞銀行", "30億令吉")],
    ),
    # ---------------------------------------------------------------- negative rows: the buyer is named
    case(
        "cn-sale-to-a-named-buyer",
        "金山软件拟向腾讯出售西山居10%股权，代价为6亿元。",
        ["金山软件", "西山居", "腾讯"],
        [("6亿元", 6e8, None)],
        exactly=[("acquisition", "腾讯", "金山软件", "6亿元")],
    ),
    case(
        "tw-supply-contract-with-a-named-customer",
        "寧德時代與福特簽訂供貨合約，金額約12億元。",
        ["寧德時代", "福特"],
        [("約12億元", 1.2e9, None)],
        exactly=[("purchase", "福特", "寧德時代", "約12億元")],
    ),
]


@pytest.mark.parametrize("c", UNNAMED)
def test_unnamed_parties(c: Case) -> None:
    c.check()
