"""Parties a filing names by their role, and the forms of mainland announcements around them:
受让方为X / 转让方为Y (a transfer stated by its labels), 发包人为X，承包人为Y before the contract's
figure, Y发布中标候选人公示 (the publisher owns the tender), 认购对象为X (a role noun, no subscription
verb), 出资N参与设立…基金 (a fund described, not named: no build-out) and numbered series of notes
(第一期…N1；第二期…N2); and the figures and goods around them: 投资金额 after an investment, a cue
word bounded by its clause, 回租予X (X rents), rolling stock and grid equipment supplied. Sentences
written for this table, Traditional and Simplified, with counter rows where the same words name no
deal or another one.
"""

from __future__ import annotations

import pytest

from tests.nlp.deals.stress import S, check

Row = tuple[object, ...]
A, P, INV, D, F, C, L = "acquisition", "purchase", "investment", "debt", "fundraising", "capex", "lease"

LABELLED_TRANSFERS = [
    S(
        "both-labels-s1",
        "本次股权转让的受让方为国投电力，转让方为三峡资本，转让价款为12亿元。",
        "国投电力,三峡资本",
        "12亿元",
        [(A, "国投电力", "三峡资本", "12亿元")],
    ),
    S(
        "both-labels-t1",
        "聯電公告，受讓方為聯電旗下宏誠創投，轉讓方為智原科技，轉讓價款新台幣8億元。",
        "聯電,宏誠創投,智原科技",
        "新台幣8億元",
        [(A, "宏誠創投", "智原科技", "新台幣8億元")],
    ),
    S(
        "both-labels-colon-s1",
        "协议主要内容：受让方：中化资本，转让方：万华化学，转让价款合计5.4亿元。",
        "中化资本,万华化学",
        "5.4亿元",
        [(A, "中化资本", "万华化学", "5.4亿元")],
    ),
    S(
        "both-labels-semicolons-t1",
        "協議主要內容：受讓方：中化資本；轉讓方：萬華化學；轉讓價款合計5.4億元。",
        "中化資本,萬華化學",
        "5.4億元",
        [(A, "中化資本", "萬華化學", "5.4億元")],
    ),
    # the seller labelled after the buyer's verb: the seller, not the target, is the counterparty
    S(
        "seller-label-s1",
        "上海电气以约9亿元受让宁波东力30%股权，转让方为宁波东力控股股东东力集团。",
        "上海电气,宁波东力,东力集团",
        "约9亿元",
        [(A, "上海电气", "东力集团", "约9亿元")],
    ),
    S(
        "seller-label-t1",
        "遠東新世紀以約新台幣20億元受讓亞洲水泥5%股權，轉讓方為亞泥投資。",
        "遠東新世紀,亞洲水泥,亞泥投資",
        "約新台幣20億元",
        [(A, "遠東新世紀", "亞泥投資", "約新台幣20億元")],
    ),
    S(
        "seller-label-next-sentence-t1",
        "遠東新世紀以約新台幣20億元受讓亞洲水泥5%股權。轉讓方為亞泥投資。",
        "遠東新世紀,亞洲水泥,亞泥投資",
        "約新台幣20億元",
        [(A, "遠東新世紀", "亞泥投資", "約新台幣20億元")],
    ),
    # the holder of a sale verb sells to the party the buyer label names
    S(
        "seller-verb-buyer-label-s1",
        "东方集团拟转让其持有的东方能源15%股份，受让方为华润资本，转让价款为41.6亿元。",
        "东方集团,东方能源,华润资本",
        "41.6亿元",
        [(A, "华润资本", "东方集团", "41.6亿元")],
    ),
    S(
        "seller-verb-buyer-label-t1",
        "台塑擬出讓其持有的台塑勝高30%股權，受讓方為環球晶圓，轉讓價款新台幣52億元。",
        "台塑,台塑勝高,環球晶圓",
        "新台幣52億元",
        [(A, "環球晶圓", "台塑", "新台幣52億元")],
    ),
    # counter rows: a buyer label alone states no transfer; one party under both labels is none
    S(
        "buyer-label-alone-s1",
        "本次交易的受让方为国投电力，目前尚未确定转让价款。",
        "国投电力",
        "",
        [],
    ),
    S(
        "same-party-both-labels-t1",
        "本次內部重組中，受讓方為宏誠創投，轉讓方亦為宏誠創投，涉及金額新台幣1億元。",
        "宏誠創投",
        "新台幣1億元",
        [],
    ),
]

LABELLED_CONTRACT_PARTIES = [
    S(
        "owner-contractor-labels-s1",
        "通威股份与中国电建签订EPC总承包合同，发包人为通威股份，承包人为中国电建，合同总价7.3亿元。",
        "通威股份,中国电建",
        "7.3亿元",
        [(P, "通威股份", "中国电建", "7.3亿元")],
    ),
    S(
        "owner-contractor-labels-t1",
        "台泥與中鼎工程簽訂統包工程合約，發包人為台泥，承包人為中鼎工程，合約金額新台幣45億元。",
        "台泥,中鼎工程",
        "新台幣45億元",
        [(P, "台泥", "中鼎工程", "新台幣45億元")],
    ),
    S(
        "party-letters-s1",
        "晶科能源与中国能建签订光伏电站EPC合同，甲方为晶科能源，乙方为中国能建，合同金额3.1亿元。",
        "晶科能源,中国能建",
        "3.1亿元",
        [(P, "晶科能源", "中国能建", "3.1亿元")],
    ),
    # counter rows: past the labels, a figure of another kind is no contract's figure
    S(
        "label-then-revenue-s1",
        "通威股份与中国电建签订EPC总承包合同，承包人为中国电建，其去年营收约5700亿元。",
        "通威股份,中国电建",
        "约5700亿元",
        [(P, "通威股份", "中国电建", None)],
    ),
    S(
        "label-then-market-value-t1",
        "台泥與中鼎工程簽訂統包工程合約，承包人為中鼎工程，該公司市值約新台幣300億元。",
        "台泥,中鼎工程",
        "約新台幣300億元",
        [(P, "台泥", "中鼎工程", None)],
    ),
]

PUBLISHED_RESULTS = [
    S(
        "publisher-owns-candidate-s1",
        "根据南方电网公司近日发布的中标候选人公示，许继电气为第一中标候选人，投标报价约2.35亿元。",
        "南方电网公司,许继电气",
        "约2.35亿元",
        [(P, "南方电网公司", "许继电气", "约2.35亿元")],
    ),
    S(
        "publisher-owns-candidate-t1",
        "國家電網公司日前公示變壓器採購項目中標結果，特變電工中標，中標金額約人民幣4.8億元。",
        "國家電網公司,特變電工",
        "約人民幣4.8億元",
        [(P, "國家電網公司", "特變電工", "約人民幣4.8億元")],
    ),
    S(
        "publisher-owns-candidate-s2",
        "中国移动发布2025年服务器集中采购中标候选人公示，浪潮信息为第一中标候选人，投标报价约9.6亿元。",
        "中国移动,浪潮信息",
        "约9.6亿元",
        [(P, "中国移动", "浪潮信息", "约9.6亿元")],
    ),
    # counter rows: the winner publishing its own notice owns nothing; a notice of another kind
    # names no owner
    S(
        "winner-publishes-s1",
        "许继电气发布中标结果公告，公司中标一项输变电工程，中标金额约2.35亿元。",
        "许继电气",
        "约2.35亿元",
        [(P, None, "许继电气", "约2.35亿元")],
    ),
    S(
        "other-notice-t1",
        "國家電網公司發布年度業績公告，特變電工為第一中標候選人，投標報價約人民幣4.8億元。",
        "國家電網公司,特變電工",
        "約人民幣4.8億元",
        [],
    ),
]

SUBSCRIBER_ROLES = [
    S(
        "subscriber-role-noun-s1",
        "三安光电非公开发行股票募集资金总额不超过70亿元，认购对象为厦门建发集团。",
        "三安光电,厦门建发集团",
        "不超过70亿元",
        [(F, "三安光电", None, "不超过70亿元"), (INV, "厦门建发集团", "三安光电", None)],
    ),
    S(
        "subscriber-role-noun-t1",
        "華邦電辦理私募普通股，募集資金不超過新台幣60億元，認購對象為華新科技。",
        "華邦電,華新科技",
        "不超過新台幣60億元",
        [(F, "華邦電", None, "不超過新台幣60億元"), (INV, "華新科技", "華邦電", None)],
    ),
    # the subscriber's figure labelled after the role noun: the subscriber invests into the issuer
    S(
        "subscriber-label-amount-s1",
        "中芯集成拟发行A股股票，本次发行的认购对象为国家集成电路产业投资基金二期，认购金额为10亿元。",
        "中芯集成,国家集成电路产业投资基金二期",
        "10亿元",
        [(INV, "国家集成电路产业投资基金二期", "中芯集成", "10亿元")],
    ),
    S(
        "subscriber-label-amount-t1",
        "力積電擬辦理現金增資，本次發行的認購對象為鴻海，認購金額為新台幣30億元。",
        "力積電,鴻海",
        "新台幣30億元",
        [(INV, "鴻海", "力積電", "新台幣30億元")],
    ),
    # counter row: the issuer subscribing by no label keeps its own reading
    S(
        "no-subscriber-label-s1",
        "中芯集成认购华虹公司新发行股份，认购金额为10亿元。",
        "中芯集成,华虹公司",
        "10亿元",
        [(INV, "中芯集成", "华虹公司", "10亿元")],
    ),
]

DESCRIBED_FUNDS = [
    S(
        "described-fund-t1",
        "國泰人壽宣布，將出資新台幣30億元參與設立綠能基礎建設基金。",
        "國泰人壽",
        "新台幣30億元",
        [(INV, "國泰人壽", None, "新台幣30億元")],
    ),
    S(
        "described-fund-s1",
        "中国人寿宣布，将出资50亿元参与设立新型基础设施建设产业投资基金。",
        "中国人寿",
        "50亿元",
        [(INV, "中国人寿", None, "50亿元")],
    ),
    # counter rows: building a facility is the spender's own build-out, also beside a fund
    S(
        "build-beside-fund-s1",
        "中国人寿将投资30亿元建设新总部大楼，并另行设立一只科技基金。",
        "中国人寿",
        "30亿元",
        [(C, "中国人寿", None, "30亿元")],
    ),
    S(
        "build-not-fund-t1",
        "國泰人壽將出資新台幣30億元興建資料中心。",
        "國泰人壽",
        "新台幣30億元",
        [(C, "國泰人壽", None, "新台幣30億元")],
    ),
]

#: 投资金额 / 投资额 after an investment into a company labels that investment's figure; after an
#: investment in a build-out it is the project's cost
FIGURE_NOUNS = [
    S(
        "investment-amount-label-s1",
        "小米集团战略投资零跑汽车，投资金额约15亿元，获得其10%股权。",
        "小米集团,零跑汽车",
        "约15亿元",
        [(INV, "小米集团", "零跑汽车", "约15亿元")],
    ),
    S(
        "investment-amount-label-t1",
        "騰訊入股喜馬拉雅，投資金額約5億美元。",
        "騰訊,喜馬拉雅",
        "約5億美元",
        [(INV, "騰訊", "喜馬拉雅", "約5億美元")],
    ),
    S(
        "project-cost-after-build-s1",
        "运达股份拟在内蒙古投资建设风电装备基地，预计项目总投资金额约8亿元。",
        "运达股份",
        "约8亿元",
        [(C, "运达股份", None, "约8亿元")],
    ),
    S(
        "project-cost-other-sentence-t1",
        "騰訊入股喜馬拉雅。喜馬拉雅新總部投資金額約5億美元。",
        "騰訊,喜馬拉雅",
        "約5億美元",
        [(INV, "騰訊", "喜馬拉雅", None), (C, "喜馬拉雅", None, "約5億美元")],
    ),
]

#: a cue of a figure that is no deal's (资产, 成本, 估值) counts within the figure's own clause only
CLAUSE_BOUND_CUES = [
    S(
        "asset-purchase-figure-next-clause-s1",
        "立讯精密拟收购闻泰科技旗下部分业务资产，交易金额约48亿元。",
        "立讯精密,闻泰科技",
        "约48亿元",
        [(A, "立讯精密", "闻泰科技", "约48亿元")],
    ),
    S(
        "asset-purchase-figure-next-clause-t1",
        "台泥擬收購歐洲一家水泥廠的部分資產，交易金額約1.5億歐元。",
        "台泥",
        "約1.5億歐元",
        [(A, "台泥", None, "約1.5億歐元")],
    ),
    # counter rows: in the figure's own clause the cue still holds
    S(
        "asset-size-same-clause-s1",
        "立讯精密拟收购闻泰科技，后者资产约48亿元。",
        "立讯精密,闻泰科技",
        "约48亿元",
        [(A, "立讯精密", "闻泰科技", None)],
    ),
    S(
        "valuation-same-clause-t1",
        "台泥擬收購歐洲一家水泥廠，該廠估值約1.5億歐元。",
        "台泥",
        "約1.5億歐元",
        [],
    ),
]

#: 回租予X / 出租予X: the party after 予 rents (the lessee), the subject lets
LET_BACK = [
    S(
        "leaseback-to-seller-s1",
        "阿里巴巴以35亿港元向新世界发展购入一幢商业大厦，其后将该大厦以1.2亿港元回租予新世界发展。",
        "阿里巴巴,新世界发展",
        "35亿港元,1.2亿港元",
        [(P, "阿里巴巴", "新世界发展", "35亿港元"), (L, "新世界发展", "阿里巴巴", "1.2亿港元")],
    ),
    S(
        "leaseback-to-seller-t1",
        "領展以20億港元向新鴻基地產購入九龍一幢商場，並將其回租予新鴻基地產，為期十年。",
        "領展,新鴻基地產",
        "20億港元",
        [(P, "領展", "新鴻基地產", "20億港元"), (L, "新鴻基地產", "領展", None)],
    ),
]

#: rolling stock, ships, aircraft, grid equipment and commodities are goods a supply (为Y提供,
#: 向Y供应) delivers
SUPPLIED_GOODS = [
    S(
        "rolling-stock-s1",
        "中国中车与澳大利亚维多利亚州政府签订合同，将为墨尔本地铁提供65列列车，合同金额约23亿澳元。",
        "中国中车,澳大利亚维多利亚州政府",
        "约23亿澳元",
        [(P, "澳大利亚维多利亚州政府", "中国中车", "约23亿澳元")],
    ),
    S(
        "rolling-stock-t1",
        "中車將為新加坡陸路交通管理局提供66列地鐵列車，合同金額約15億新元。",
        "中車,新加坡陸路交通管理局",
        "約15億新元",
        [(P, "新加坡陸路交通管理局", "中車", "約15億新元")],
    ),
    S(
        "transformers-s1",
        "特变电工将为沙特电力公司提供一批变压器，订单金额约12亿元。",
        "特变电工,沙特电力公司",
        "约12亿元",
        [(P, "沙特电力公司", "特变电工", "约12亿元")],
    ),
    S(
        "lng-supply-t1",
        "卡塔爾能源將每年向中國石化供應400萬噸液化天然氣，合約期27年，總值約600億美元。",
        "卡塔爾能源,中國石化",
        "約600億美元",
        [(P, "中國石化", "卡塔爾能源", "約600億美元")],
    ),
    S(
        "lng-supply-s1",
        "中国海油与道达尔能源签署长期购销协议，道达尔能源将在15年内每年向中国海油供应100万吨LNG。",
        "中国海油,道达尔能源",
        "",
        [(P, "中国海油", "道达尔能源", None)],
    ),
    # counter rows: services provided are no goods; a commodity's output is no supply deal
    S(
        "output-not-supply-s1",
        "中国海油原油产量创新高，天然气供应保持稳定。",
        "中国海油",
        "",
        [],
    ),
    S(
        "advice-provided-t1",
        "中車為新加坡陸路交通管理局提供技術諮詢服務。",
        "中車,新加坡陸路交通管理局",
        "",
        [],
    ),
]

NUMBERED_SERIES = [
    S(
        "series-notes-s1",
        "招商局集团在银行间市场发行两期超短期融资券，其中第一期发行金额20亿元，期限270天；第二期发行金额10亿元，期限180天。",
        "招商局集团",
        "20亿元,10亿元",
        [(D, "招商局集团", None, "20亿元"), (D, "招商局集团", None, "10亿元")],
    ),
    S(
        "series-notes-t1",
        "招商局集團發行兩期中期票據，第一期發行規模20億元；第二期發行規模10億元。",
        "招商局集團",
        "20億元,10億元",
        [(D, "招商局集團", None, "20億元"), (D, "招商局集團", None, "10億元")],
    ),
    # counter row: the series number of one issue's name is no tranche of it
    S(
        "series-in-name-s1",
        "国家电网公司成功发行2025年度第三期绿色中期票据，发行规模30亿元，期限3年。",
        "国家电网公司",
        "30亿元",
        [(D, "国家电网公司", None, "30亿元")],
    ),
]

TABLES = [
    LABELLED_TRANSFERS,
    LABELLED_CONTRACT_PARTIES,
    PUBLISHED_RESULTS,
    SUBSCRIBER_ROLES,
    DESCRIBED_FUNDS,
    FIGURE_NOUNS,
    CLAUSE_BOUND_CUES,
    LET_BACK,
    SUPPLIED_GOODS,
    NUMBERED_SERIES,
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), [row for table in TABLES for row in table])
def test_role_labels_and_filing_forms(
    text: str, orgs: list[str], amounts: list[str], expected: list[Row]
) -> None:
    check(text, orgs, amounts, expected)
