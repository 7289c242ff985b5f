"""Parties the text leaves unnamed (某投资者, 一名独立第三方, 一位客户, 十五家银行) are null, and no
other party of the sentence takes their role: in 向某投资者出售Y股权 the stake's company Y is what
is sold, not the buyer. Sentences written for these tests, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, run, summary

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
    case(
        "cn-a-bank-lends-to-an-unnamed-developer",
        "华侨银行向一家本地房地产开发商提供5亿新元贷款。",
        ["华侨银行"],
        [("5亿新元", 5e8, None)],
        exactly=[("debt", None, "华侨银行", "5亿新元")],
    ),
    case(
        "tw-a-bank-lends-to-an-unnamed-company",
        "星展銀行將向一家新加坡綠能公司提供3億新元的綠色貸款。",
        ["星展銀行"],
        [("3億新元", 3e8, None)],
        exactly=[("debt", None, "星展銀行", "3億新元")],
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
    # a government the text does not name injects capital: the investor is null
    case(
        "tw-government-injects-capital",
        "為改善財務結構，政府將以現金增資方式注資中華郵政新台幣300億元，分兩年撥付。",
        ["中華郵政"],
        [("新台幣300億元", 3e10, None)],
        exactly=[("investment", None, "中華郵政", "新台幣300億元")],
    ),
    case(
        "cn-local-government-injects-capital",
        "为缓解流动性压力，当地政府将向贵阳城发集团注资50亿元，用于偿还到期债务。",
        ["贵阳城发集团"],
        [("50亿元", 5e9, None)],
        exactly=[("investment", None, "贵阳城发集团", "50亿元")],
    ),
    case(
        "hk-injection-received-from-the-government",
        "香港航空管理局獲特區政府注資約300億元，以推展三跑道系統工程。",
        ["香港航空管理局"],
        [("約300億元", 3e10, None)],
        exactly=[("investment", None, "香港航空管理局", "約300億元")],
    ),
    case(
        "cn-injection-received-from-the-government",
        "郑州地铁集团获市政府注资80亿元，注册资本随之增加。",
        ["郑州地铁集团"],
        [("80亿元", 8e9, None)],
        exactly=[("investment", None, "郑州地铁集团", "80亿元")],
    ),
    # counter-examples: a named investor keeps its role; a subsidy from the government is no injection
    case(
        "cn-named-investor-beside-the-government",
        "在当地政府支持下，国家电网将向郑州地铁集团注资80亿元。",
        ["国家电网", "郑州地铁集团"],
        [("80亿元", 8e9, None)],
        exactly=[("investment", "国家电网", "郑州地铁集团", "80亿元")],
    ),
    case(
        "tw-government-subsidy-is-no-injection",
        "政府將補助台灣電力公司新台幣50億元，用於電網韌性計畫。",
        ["台灣電力公司"],
        [("新台幣50億元", 5e9, None)],
        exactly=[("other", None, "台灣電力公司", "新台幣50億元")],
    ),
    case(
        "cn-government-subsidy-is-no-injection",
        "宁德时代获得政府补助2亿元。",
        ["宁德时代"],
        [("2亿元", 2e8, None)],
        exactly=[("other", None, "宁德时代", "2亿元")],
    ),
]


@pytest.mark.parametrize("c", UNNAMED)
def test_unnamed_parties(c: Case) -> None:
    c.check()


@pytest.mark.parametrize(
    ("text", "orgs", "amount", "bank"),
    [
        pytest.param(
            "和碩董事會通過為子公司和碩墨西哥向花旗銀行申請的1億美元借款提供背書保證。",
            ["和碩", "花旗銀行"],
            "1億美元",
            "花旗銀行",
            id="tw-the-guaranteed-loans-lender-is-no-debtor",
        ),
        pytest.param(
            "均胜电子拟为子公司均胜墨西哥向汇丰银行申请的2亿元借款提供担保。",
            ["均胜电子", "汇丰银行"],
            "2亿元",
            "汇丰银行",
            id="cn-the-guaranteed-loans-lender-is-no-debtor",
        ),
    ],
)
def test_the_lender_of_a_guaranteed_loan_is_not_guaranteed(
    text: str, orgs: list[str], amount: str, bank: str
) -> None:
    """为子公司(unrecognised)向L申请的借款提供担保: the guarantee's debtor is the unnamed-here
    subsidiary, never the bank the 向 marks inside the loan's clause."""
    got = summary(run(text, orgs, [(amount, 1e8, None)]))
    assert not any(t == "other" and cp == bank for t, _, cp, _ in got)
