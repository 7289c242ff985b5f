"""Stress table, the other kinds: guarantees (guarantor → debtor), buybacks (type other, no
counterparty), capex plans (the spender, no counterparty) and stake increases (buyer → issuer).
Sentences written for this table (both scripts) in the style of financial news.
"""

from __future__ import annotations

import pytest

from tests.nlp.deals.stress import S, check

OT, C = "other", "capex"

GUARANTEE = [
    S(
        "guar-t1",
        "台塑為台塑石化向臺灣銀行借款提供背書保證30億元。",
        "台塑,台塑石化,臺灣銀行",
        "30億元",
        [(OT, "台塑", "台塑石化", "30億元"), ("debt", "台塑石化", "臺灣銀行", None)],
    ),
    S(
        "guar-t2",
        "鴻海對子公司富士康工業互聯網提供10億美元擔保。",
        "鴻海,富士康工業互聯網",
        "10億美元",
        [(OT, "鴻海", "富士康工業互聯網", "10億美元")],
    ),
    S(
        "guar-t3",
        "長榮海運替長榮國際儲運擔保新台幣5億元。",
        "長榮海運,長榮國際儲運",
        "新台幣5億元",
        [(OT, "長榮海運", "長榮國際儲運", "新台幣5億元")],
    ),
    S(
        "guar-s1",
        "海尔智家为海尔集团财务公司提供20亿元连带责任担保。",
        "海尔智家,海尔集团财务公司",
        "20亿元",
        [(OT, "海尔智家", "海尔集团财务公司", "20亿元")],
    ),
    S(
        "guar-s2",
        "万科企业对深圳地铁集团提供担保，担保金额50亿元。",
        "万科企业,深圳地铁集团",
        "50亿元",
        [(OT, "万科企业", "深圳地铁集团", "50亿元")],
    ),
    S(
        "guar-s3",
        "紫金矿业拟为紫金铜业的银行贷款提供不超过15亿元担保。",
        "紫金矿业,紫金铜业",
        "不超过15亿元",
        [(OT, "紫金矿业", "紫金铜业", "不超过15亿元")],
    ),
]

BUYBACK = [
    S(
        "buyback-t1",
        "台積電董事會通過以新台幣500億元買回庫藏股。",
        "台積電",
        "新台幣500億元",
        [(OT, "台積電", None, "新台幣500億元")],
    ),
    S(
        "buyback-t2",
        "騰訊控股宣布回購股份，總額約1,000億港元。",
        "騰訊控股",
        "約1,000億港元",
        [(OT, "騰訊控股", None, "約1,000億港元")],
    ),
    S("buyback-t3", "聯發科將斥資30億元實施庫藏股。", "聯發科", "30億元", [(OT, "聯發科", None, "30億元")]),
    S(
        "buyback-s1",
        "美的集团拟以不超过100亿元回购公司股份。",
        "美的集团",
        "不超过100亿元",
        [(OT, "美的集团", None, "不超过100亿元")],
    ),
    S(
        "buyback-s2",
        "贵州茅台宣布斥资60亿元回购股份。",
        "贵州茅台",
        "60亿元",
        [(OT, "贵州茅台", None, "60亿元")],
    ),
    S(
        "buyback-s3",
        "小米集团在港交所购回股份，耗资约5亿港元。",
        "小米集团",
        "约5亿港元",
        [(OT, "小米集团", None, "约5亿港元")],
    ),
]

CAPEX_PLAN = [
    S(
        "capex-t1",
        "台積電今年資本支出預計達400億美元。",
        "台積電",
        "400億美元",
        [(C, "台積電", None, "400億美元")],
    ),
    S(
        "capex-t2",
        "鴻海將投資新台幣100億元興建高雄電動車廠。",
        "鴻海",
        "新台幣100億元",
        [(C, "鴻海", None, "新台幣100億元")],
    ),
    S(
        "capex-t3",
        "中鋼規劃斥資新台幣300億元建設高爐。",
        "中鋼",
        "新台幣300億元",
        [(C, "中鋼", None, "新台幣300億元")],
    ),
    S(
        "capex-s1",
        "宁德时代拟投资120亿元建设四川电池基地。",
        "宁德时代",
        "120亿元",
        [(C, "宁德时代", None, "120亿元")],
    ),
    S(
        "capex-s2",
        "中国移动全年资本开支计划为1,640亿元。",
        "中国移动",
        "1,640亿元",
        [(C, "中国移动", None, "1,640亿元")],
    ),
    S(
        "capex-s3",
        "隆基绿能的西咸新区项目总投资达45亿元。",
        "隆基绿能",
        "45亿元",
        [(C, "隆基绿能", None, "45亿元")],
    ),
]

#: a holder's market purchase (增持): type other, the buyer → the company whose shares it buys;
#: through the market (通过二级市场 / 集中竞价 / 交易系统: the means, no approval), 公司 between the
#: verb and the shares is the announcer, a subject carried from the clause before (X宣布，透过…增持)
STAKE_INCREASE = [
    S(
        "increase-s1",
        "中国平安通过二级市场增持汇丰控股股份。",
        "中国平安,汇丰控股",
        "",
        [(OT, "中国平安", "汇丰控股", None)],
    ),
    S(
        "increase-t1",
        "中國平安透過二級市場增持滙豐控股股份。",
        "中國平安,滙豐控股",
        "",
        [(OT, "中國平安", "滙豐控股", None)],
    ),
    S(
        "increase-s2",
        "中国石化公告称，控股股东中国石化集团通过上海证券交易所交易系统增持公司A股股份2,000万股。",
        "中国石化,中国石化集团",
        "",
        [(OT, "中国石化集团", "中国石化", None)],
    ),
    S(
        "increase-t2",
        "中國石化公告稱，控股股東中國石化集團通過上海證券交易所交易系統增持公司A股股份2,000萬股。",
        "中國石化,中國石化集團",
        "",
        [(OT, "中國石化集團", "中國石化", None)],
    ),
    S(
        "increase-t3",
        "鴻海今日宣布，透過子公司在公開市場增持群創光電股票1萬張。",
        "鴻海,群創光電",
        "",
        [(OT, "鴻海", "群創光電", None)],
    ),
    S(
        "increase-s3",
        "鸿海今日宣布，通过子公司以集中竞价方式增持群创光电股票。",
        "鸿海,群创光电",
        "",
        [(OT, "鸿海", "群创光电", None)],
    ),
    # an unnamed holder (控股股东) buys: no deal of the announcer
    S("increase-s4", "中国石化公告称，控股股东计划增持公司股份。", "中国石化", "", []),
    S("increase-t4", "中國石化公告稱，控股股東計劃增持公司股份。", "中國石化", "", []),
]


@pytest.mark.parametrize(
    ("text", "orgs", "amounts", "expected"), GUARANTEE + BUYBACK + CAPEX_PLAN + STAKE_INCREASE
)
def test_other_frames(
    text: str, orgs: list[str], amounts: list[str], expected: list[tuple[object, ...]]
) -> None:
    check(text, orgs, amounts, expected)
