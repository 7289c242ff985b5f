"""Figures that are no deal's, though a deal word or a company stands beside them (both scripts,
sentences of our own): market and league-table totals, statistics and averages, valuations and
market capitalisation, asking prices, analysts' estimates and target prices, use-of-proceeds lists,
board lots and entry fees, revenue, profit and order backlogs, and past figures named as background.
"""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

MARKET_TOTALS = [
    no_deal(
        "tw-syndication-market-total-and-league-leader",
        "今年前三季台灣聯貸市場總額達新台幣1.2兆元，兆豐銀行以2000億元的承作金額居冠。",
        ["兆豐銀行"],
        [("新台幣1.2兆元", 1.2e12, None), ("2000億元", 2e11, None)],
    ),
    no_deal(
        "cn-ipo-market-total",
        "2024年港股IPO募资总额达880亿港元，美的集团以310亿港元的募资额居首。",
        ["美的集团"],
        [("880亿港元", 8.8e10, None), ("310亿港元", 3.1e10, None)],
    ),
    no_deal(
        "cn-counted-new-listings-total-and-average",
        "包含刚上市的华虹半导体在内，今年以来共计85只新股登陆科创板，合计募资1200亿元，平均每家募资14亿元。",
        ["华虹半导体"],
        [("1200亿元", 1.2e11, None), ("14亿元", 1.4e9, None)],
    ),
    no_deal(
        "tw-counted-firms-total",
        "今年共有12家企業赴美掛牌，合計募資約30億美元，其中包括聯發科。",
        ["聯發科"],
        [("約30億美元", 3e9, None)],
    ),
    no_deal(
        "tw-league-table-rank",
        "台新銀行今年主辦聯貸金額達850億元，在主辦行排名中位居第三。",
        ["台新銀行"],
        [("850億元", 8.5e10, None)],
    ),
]

SIZES = [
    no_deal(
        "tw-market-cap",
        "台積電市值昨日突破1兆美元，成為亞洲市值最高的企業。",
        ["台積電"],
        [("1兆美元", 1e12, None)],
    ),
    no_deal(
        "cn-market-cap",
        "宁德时代市值达1.2万亿元，超过贵州茅台。",
        ["宁德时代", "贵州茅台"],
        [("1.2万亿元", 1.2e12, None)],
    ),
    no_deal(
        "cn-valuation-after-a-round",
        "市场人士估计，字节跳动目前估值约为3000亿美元。",
        ["字节跳动"],
        [("约为3000亿美元", 3e11, None)],
    ),
    no_deal(
        "tw-asking-price",
        "該商辦大樓由國泰人壽持有，開價約新台幣80億元，目前仍在洽談中。",
        ["國泰人壽"],
        [("約新台幣80億元", 8e9, None)],
    ),
    no_deal(
        "cn-asking-price",
        "该地块由绿地控股持有，叫价约25亿元，尚未找到买家。",
        ["绿地控股"],
        [("约25亿元", 2.5e9, None)],
    ),
]

ESTIMATES = [
    no_deal(
        "tw-analyst-target-price",
        "摩根大通給予比亞迪目標價450港元，評級為增持。",
        ["摩根大通", "比亞迪"],
        [("450港元", 450, "share")],
    ),
    no_deal(
        "cn-analyst-revenue-estimate",
        "花旗预估鸿海今年营收将成长15%，达到7万亿元。",
        ["花旗", "鸿海"],
        [("7万亿元", 7e12, None)],
    ),
    no_deal(
        "tw-broker-estimates-deal-value",
        "野村證券估算，若交易完成，軟銀的持股價值將達500億美元。",
        ["野村證券", "軟銀"],
        [("500億美元", 5e10, None)],
    ),
]

RESULTS = [
    no_deal(
        "tw-revenue",
        "鴻海去年營收達新台幣6.16兆元，年增1.2%。",
        ["鴻海"],
        [("新台幣6.16兆元", 6.16e12, None)],
    ),
    no_deal(
        "cn-net-profit",
        "招商银行上半年实现净利润747亿元，同比增长6.5%。",
        ["招商银行"],
        [("747亿元", 7.47e10, None)],
    ),
    no_deal(
        "cn-order-backlog",
        "截至6月底，中国中车在手订单金额达3200亿元。",
        ["中国中车"],
        [("3200亿元", 3.2e11, None)],
    ),
    no_deal(
        "tw-order-book-in-hand",
        "油氣服務商宏洋集團目前手頭訂單總值約120億美元。",
        ["宏洋集團"],
        [("約120億美元", 1.2e10, None)],
    ),
    no_deal(
        "cn-order-book-in-hand",
        "油气服务商宏洋集团目前手头订单总值约120亿美元。",
        ["宏洋集团"],
        [("约120亿美元", 1.2e10, None)],
    ),
    no_deal(
        "cn-contracts-outstanding",
        "截至三季度末，中国建筑未完成合同额约3.2万亿元。",
        ["中国建筑"],
        [("约3.2万亿元", 3.2e12, None)],
    ),
    no_deal(
        "tw-order-balance",
        "中鋼表示，目前訂單餘額約新台幣450億元。",
        ["中鋼"],
        [("約新台幣450億元", 4.5e10, None)],
    ),
    case(
        "tw-an-order-won-is-a-deal",
        "中鋼接獲台船新台幣45億元鋼板訂單。",
        ["中鋼", "台船"],
        [("新台幣45億元", 4.5e9, None)],
        includes=[("purchase", "台船", "中鋼", "新台幣45億元")],
    ),
    no_deal(
        "tw-order-backlog",
        "緯穎表示，目前在手訂單金額約新台幣900億元，能見度已達明年。",
        ["緯穎"],
        [("約新台幣900億元", 9e10, None)],
    ),
]

LOTS = [
    no_deal(
        "hk-board-lot-entry-fee",
        "小米集團每手200股，入場費約3434港元。",
        ["小米集團"],
        [("約3434港元", 3434, None)],
    ),
    no_deal(
        "cn-board-lot-entry-fee",
        "蜜雪集团每手买卖单位为100股，入场费约为2060港元。",
        ["蜜雪集团"],
        [("约为2060港元", 2060, None)],
    ),
]

USE_OF_PROCEEDS = [
    case(
        "hk-use-of-proceeds-list",
        "舜宇光學完成配售，募資10億港元。所得款項中6億港元將用於興建新廠房，4億港元用作一般營運資金。",
        ["舜宇光學"],
        [("10億港元", 1e9, None), ("6億港元", 6e8, None), ("4億港元", 4e8, None)],
        exactly=[("fundraising", "舜宇光學", None, "10億港元")],
    ),
    case(
        "cn-use-of-proceeds-list",
        "华大九天本次募资25亿元。募集资金拟投入芯片设计软件研发项目15亿元，补充流动资金10亿元。",
        ["华大九天"],
        [("25亿元", 2.5e9, None), ("15亿元", 1.5e9, None), ("10亿元", 1e9, None)],
        exactly=[("fundraising", "华大九天", None, "25亿元")],
    ),
]

USE_OF_PROCEEDS += [
    no_deal(
        "cn-spending-breakdown-on-contracts",
        "曼城俱乐部去年总支出约12亿英镑，其中至少5亿英镑用于球员合同。",
        ["曼城俱乐部"],
        [("约12亿英镑", 1.2e9, None), ("至少5亿英镑", 5e8, None)],
    ),
    no_deal(
        "tw-spending-breakdown-on-orders",
        "該基金去年支出約30億元,其中10億元用於設備合約。",
        [],
        [("約30億元", 3e9, None), ("10億元", 1e9, None)],
    ),
    case(
        "tw-proceeds-for-a-purchase-from-someone",
        "鴻海將50億元用於向輝達採購伺服器。",
        ["鴻海", "輝達"],
        [("50億元", 5e9, None)],
        exactly=[("purchase", "鴻海", "輝達", "50億元")],
    ),
]

INVESTMENT_AS_MODIFIER = [
    no_deal(
        "cn-investment-management-company",
        "富达国际隶属于美国富达集团，由其旗下的投资管理公司与英国业务合并而成。",
        ["富达国际", "富达集团"],
    ),
    no_deal("tw-investment-giant", "貝萊德是全球最大的投資巨頭之一,旗下有多檔ETF。", ["貝萊德"]),
    no_deal("cn-investment-strategy", "高瓴资本调整投资策略，转向早期科技项目。", ["高瓴资本"]),
    no_deal("tw-investment-team", "軟銀願景基金的投資團隊近日訪台。", ["軟銀願景基金"]),
    case(
        "cn-investing-in-a-bank-is-a-deal",
        "淡马锡投资星展银行20亿新元。",
        ["淡马锡", "星展银行"],
        [("20亿新元", 2e9, None)],
        exactly=[("investment", "淡马锡", "星展银行", "20亿新元")],
    ),
]

BACKGROUND = [
    no_deal(
        "tw-past-registered-capital",
        "該公司成立於2015年，當時資本額為新台幣5億元。",
        [],
        [("新台幣5億元", 5e8, None)],
    ),
    no_deal(
        "cn-past-budget-comparison",
        "上述金额相当于该省全年财政预算的一半，而去年全省预算只有7亿元。",
        [],
        [("7亿元", 7e8, None)],
    ),
]


BACKGROUND += [
    no_deal("cn-before-investing", "在腾讯投资京东之前，京东已完成多轮融资。", ["腾讯", "京东"]),
    no_deal("tw-before-investing", "在騰訊投資京東之前,京東已完成多輪融資。", ["騰訊", "京東"]),
    no_deal("tw-held-before-the-acquisition", "騰訊在收購京東前已持有其5%股權。", ["騰訊", "京東"]),
    no_deal(
        "cn-held-before-the-acquisition",
        "复星在向保险公司股东收购前已持有富邦人寿3%股份。",
        ["复星", "富邦人寿"],
    ),
    case(
        "cn-held-before-is-said-after-the-deal",
        "腾讯投资京东5亿美元，此前已持有其5%股权。",
        ["腾讯", "京东"],
        [("5亿美元", 5e8, None)],
        exactly=[("investment", "腾讯", "京东", "5亿美元")],
    ),
    case(
        "tw-in-a-place-is-no-time",
        "騰訊在上海投資京東5億美元。",
        ["騰訊", "京東"],
        [("5億美元", 5e8, None)],
        exactly=[("investment", "騰訊", "京東", "5億美元")],
    ),
]

#: a company's capital before and after a capital increase (注册资本将由N1增至N2) is a size: the
#: increase itself keeps its own figure
CAPITAL_AFTER = [
    case(
        "cn-registered-capital-after-the-increase",
        "中国电信拟以现金80亿元对天翼云科技有限公司进行增资，增资完成后其注册资本将由120亿元增至200亿元。",
        ["中国电信", "天翼云科技有限公司"],
        [("80亿元", 8e9, None), ("120亿元", 1.2e10, None), ("200亿元", 2e10, None)],
        exactly=[("investment", "中国电信", "天翼云科技有限公司", "80亿元")],
    ),
    case(
        "tw-registered-capital-after-the-increase",
        "中國電信擬以現金80億元對天翼雲科技有限公司進行增資，增資完成後其註冊資本將由120億元增至200億元。",
        ["中國電信", "天翼雲科技有限公司"],
        [("80億元", 8e9, None), ("120億元", 1.2e10, None), ("200億元", 2e10, None)],
        exactly=[("investment", "中國電信", "天翼雲科技有限公司", "80億元")],
    ),
    case(
        "tw-paid-in-capital-raised-to",
        "台灣虎航辦理現金增資新台幣30億元，增資完成後實收資本額將提高至新台幣85億元。",
        ["台灣虎航"],
        [("新台幣30億元", 3e9, None), ("新台幣85億元", 8.5e9, None)],
        exactly=[("fundraising", "台灣虎航", None, "新台幣30億元")],
    ),
    case(
        "cn-paid-in-capital-raised-to",
        "台湾虎航办理现金增资新台币30亿元，增资完成后实收资本额将提高至新台币85亿元。",
        ["台湾虎航"],
        [("新台币30亿元", 3e9, None), ("新台币85亿元", 8.5e9, None)],
        exactly=[("fundraising", "台湾虎航", None, "新台币30亿元")],
    ),
    # a deal word opening a time clause (收购完成后 / 增资后) states no second deal
    case(
        "cn-time-clause-after-the-acquisition",
        "宁德时代以约20亿元收购天华超净25%股权，收购完成后宁德时代将成为天华超净第二大股东。",
        ["宁德时代", "天华超净"],
        [("约20亿元", 2e9, None)],
        exactly=[("acquisition", "宁德时代", "天华超净", "约20亿元")],
    ),
    case(
        "tw-time-clause-after-the-injection",
        "鴻海以新台幣15億元增資鴻華先進，本次增資後鴻海持股比例將升至42%。",
        ["鴻海", "鴻華先進"],
        [("新台幣15億元", 1.5e9, None)],
        exactly=[("investment", "鴻海", "鴻華先進", "新台幣15億元")],
    ),
    # counter-example: the registered capital its founders contribute is their contribution
    case(
        "cn-registered-capital-contributed",
        "华能集团与三峡集团共同设立华能三峡新能源有限公司，注册资本为50亿元，其中华能集团认缴出资30亿元。",
        ["华能集团", "三峡集团", "华能三峡新能源有限公司"],
        [("50亿元", 5e9, None), ("30亿元", 3e9, None)],
        includes=[("investment", "华能集团", "华能三峡新能源有限公司", "30亿元")],
    ),
]

TABLES = [
    MARKET_TOTALS,
    SIZES,
    ESTIMATES,
    RESULTS,
    LOTS,
    USE_OF_PROCEEDS,
    INVESTMENT_AS_MODIFIER,
    BACKGROUND,
    CAPITAL_AFTER,
]


@pytest.mark.parametrize("c", [c for table in TABLES for c in table])
def test_a_figure_that_is_no_deal(c: Case) -> None:
    c.check()
