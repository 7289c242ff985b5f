"""Capex plans and sizes that are no deals. A planned spend on a named project or build plan is
the sponsor's capex (no counterparty); an amount that is a size (资产规模, 市值) is no deal's
figure. Sentences written for these tests, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

CAPEX_PLANS = [
    # 以N扩建 / 新建 / 增建 + a facility: the spender's build-out
    case(
        "tw-price-then-expand-plant",
        "華邦電董事會通過將以新台幣120億元於高雄路竹科學園區擴建新廠。",
        ["華邦電"],
        [("新台幣120億元", 1.2e10, None)],
        exactly=[("capex", "華邦電", None, "新台幣120億元")],
    ),
    case(
        "cn-price-then-new-fab",
        "士兰微将以80亿元在厦门新建一座12英寸晶圆厂。",
        ["士兰微"],
        [("80亿元", 8e9, None)],
        exactly=[("capex", "士兰微", None, "80亿元")],
    ),
    no_deal(
        "tw-expansion-completed-no-figure",
        "華邦電高雄新廠去年擴建完成，年營收達新台幣800億元。",
        ["華邦電"],
        [("新台幣800億元", 8e10, None)],
    ),
    no_deal(
        "cn-expansion-progress-beside-revenue",
        "士兰微去年营收120亿元，厦门新厂扩建进度顺利。",
        ["士兰微"],
        [("120亿元", 1.2e10, None)],
    ),
    case(
        "cn-project-planned-spend",
        "万国数据张北项目今年3月开工，计划投资120亿元，建设规模为3万个机柜。",
        ["万国数据"],
        [("120亿元", 1.2e10, None)],
        exactly=[("capex", "万国数据", None, "120亿元")],
    ),
    case(
        "tw-project-planned-spend",
        "台達電桃園研發中心項目去年動工，預計投資80億元，明年完工。",
        ["台達電"],
        [("80億元", 8e9, None)],
        exactly=[("capex", "台達電", None, "80億元")],
    ),
    case(
        "cn-build-plan-then-spend",
        "阿森纳正在考虑新训练基地建设计划，预计投资3亿英镑。",
        ["阿森纳"],
        [("3亿英镑", 3e8, None)],
        exactly=[("capex", "阿森纳", None, "3亿英镑")],
    ),
    case(
        "tw-build-plan-then-spend",
        "長榮航空正評估新維修棚廠興建計畫，預計投資50億元。",
        ["長榮航空"],
        [("50億元", 5e9, None)],
        exactly=[("capex", "長榮航空", None, "50億元")],
    ),
    case(
        "cn-plan-without-project-stays-investment",
        "红杉中国计划投资智谱AI 5亿元。",
        ["红杉中国", "智谱AI"],
        [("5亿元", 5e8, None)],
        exactly=[("investment", "红杉中国", "智谱AI", "5亿元")],
    ),
    case(
        "tw-sponsor-estimates-own-project-cost",
        "台電預估,興達新電廠第一期工程總投資額約達新台幣600億元,其中三成由自有資金支應。",
        ["台電"],
        [("約達新台幣600億元", 6e10, None)],
        includes=[("capex", "台電", None, "約達新台幣600億元")],
    ),
    case(
        "cn-sponsor-estimates-own-project-cost",
        "国家电投预估,海阳核电二期工程总投资额约达人民币400亿元,其中两成为资本金。",
        ["国家电投"],
        [("约达人民币400亿元", 4e10, None)],
        includes=[("capex", "国家电投", None, "约达人民币400亿元")],
    ),
    no_deal(
        "cn-analyst-estimate-stays-hedged",
        "分析师预估,国家电投海阳核电二期工程总投资额约达人民币400亿元。",
        ["国家电投"],
        [("约达人民币400亿元", 4e10, None)],
    ),
    # ---------------------------------------------------------------- spent on works: 投入N于…项目
    case(
        "tw-put-into-railway-projects",
        "港鐵計劃未來十年投入約2,000億元於新鐵路項目。",
        ["港鐵"],
        [("約2,000億元", 2e11, None)],
        exactly=[("capex", "港鐵", None, "約2,000億元")],
    ),
    case(
        "cn-spent-on-grid-facilities",
        "南方电网将斥资约800亿元用于配电网设施升级。",
        ["南方电网"],
        [("约800亿元", 8e10, None)],
        exactly=[("capex", "南方电网", None, "约800亿元")],
    ),
    no_deal(
        "cn-put-into-the-stock-market-is-no-build",
        "社保基金去年投入约500亿元于股票市场。",
        ["社保基金"],
        [("约500亿元", 5e10, None)],
    ),
    case(
        "cn-project-led-sentence-is-the-sponsors",
        "华能集团将在江苏建设两台百万千瓦机组。项目于去年经国家发改委核准,项目批准总投资为90亿元。",
        ["华能集团", "国家发改委"],
        [("90亿元", 9e9, None)],
        includes=[("capex", "华能集团", None, "90亿元")],
    ),
    case(
        "tw-project-led-sentence-is-the-sponsors",
        "台塑將在麥寮興建兩座新廠。項目去年經經濟部核准,項目總投資為90億元。",
        ["台塑", "經濟部"],
        [("90億元", 9e9, None)],
        includes=[("capex", "台塑", None, "90億元")],
    ),
    # a next clause breaking the figure down or comparing it (其中… / 同比…) names no investee
    case(
        "cn-plan-with-breakdown-clause",
        "此外，华发城建今年计划完成投资约150亿元，其中新开工项目12个。",
        ["华发城建"],
        [("约150亿元", 1.5e10, None)],
        exactly=[("capex", "华发城建", None, "约150亿元")],
    ),
    case(
        "tw-plan-with-comparison-clause",
        "台塑今年預計投資約新台幣300億元，較去年增加兩成。",
        ["台塑"],
        [("約新台幣300億元", 3e10, None)],
        exactly=[("capex", "台塑", None, "約新台幣300億元")],
    ),
    case(
        "cn-breakdown-names-a-capital-increase",
        "华发城建计划投资约150亿元，其中向横琴置业增资20亿元。",
        ["华发城建", "横琴置业"],
        [("约150亿元", 1.5e10, None), ("20亿元", 2e9, None)],
        exactly=[("capex", "华发城建", None, "约150亿元"), ("investment", "华发城建", "横琴置业", "20亿元")],
    ),
    # counter rows: a next clause saying what the money funds (a joint venture, a stake) is no bare spend
    case(
        "cn-next-clause-founds-a-venture",
        "华发城建计划投资约150亿元，与横琴置业共同设立合资公司。",
        ["华发城建", "横琴置业"],
        [("约150亿元", 1.5e10, None)],
        exactly=[("investment", "华发城建", None, "约150亿元")],
    ),
    case(
        "tw-next-clause-buys-a-stake",
        "台塑今年預計投資約新台幣300億元，用於收購台化股權。",
        ["台塑", "台化"],
        [("約新台幣300億元", 3e10, None)],
        exactly=[("investment", "台塑", None, "約新台幣300億元")],
    ),
]

#: pledges and multi-year plans: a company's own spending (capex), a group's combined pledge in a
#: place too; money put into a named company, or by investors, stays an investment
PLEDGES = [
    case(
        "cn-pledge-to-grow-a-business",
        "丰田汽车承诺投资100亿美元发展电动车业务。",
        ["丰田汽车"],
        [("100亿美元", 1e10, None)],
        exactly=[("capex", "丰田汽车", None, "100亿美元")],
    ),
    case(
        "tw-pledge-to-grow-a-business",
        "鴻海承諾投資50億美元拓展電動車業務。",
        ["鴻海"],
        [("50億美元", 5e9, None)],
        exactly=[("capex", "鴻海", None, "50億美元")],
    ),
    case(
        "cn-group-pledge-in-a-place",
        "苹果、英伟达和台积电等企业承诺未来四年在美国合计投资超过1万亿美元。",
        ["苹果", "英伟达", "台积电"],
        [("超过1万亿美元", 1e12, None)],
        exactly=[("capex", "苹果", None, "超过1万亿美元")],
    ),
    case(
        "tw-group-pledge-in-a-place",
        "蘋果、輝達和台積電等企業承諾未來四年在美國合計投資超過1兆美元。",
        ["蘋果", "輝達", "台積電"],
        [("超過1兆美元", 1e12, None)],
        exactly=[("capex", "蘋果", None, "超過1兆美元")],
    ),
    case(
        "my-five-year-plan-at-home",
        "馬來西亞國家石油公司承諾未來五年在國內投資3000億令吉。",
        ["馬來西亞國家石油公司"],
        [("3000億令吉", 3e11, None)],
        exactly=[("capex", "馬來西亞國家石油公司", None, "3000億令吉")],
    ),
    case(
        "cn-plan-for-years",
        "中国石化计划2024至2028年投资2000亿元建设炼化一体化项目。",
        ["中国石化"],
        [("2000亿元", 2e11, None)],
        exactly=[("capex", "中国石化", None, "2000亿元")],
    ),
    # a state's pledge reported by a company's officer is no pledge of the company
    no_deal(
        "cn-state-pledge-after-a-speaker",
        "丰田汽车社长表示，根据美日协议，日本将对美投资5500亿美元。",
        ["丰田汽车"],
        [("5500亿美元", 5.5e11, None)],
    ),
    no_deal(
        "tw-state-pledge-after-a-speaker",
        "豐田汽車社長表示，根據美日協議，日本將對美投資5500億美元。",
        ["豐田汽車"],
        [("5500億美元", 5.5e11, None)],
    ),
    case(
        "cn-company-named-for-its-country",
        "丰田汽车社长表示，日本丰田将在美国投资100亿美元。",
        ["丰田汽车", "日本丰田"],
        [("100亿美元", 1e10, None)],
        exactly=[("capex", "日本丰田", None, "100亿美元")],
    ),
    # counter-examples: a named investee; two partners investing jointly
    case(
        "cn-investee-then-business",
        "腾讯投资5亿元入股快手，发展短视频业务。",
        ["腾讯", "快手"],
        [("5亿元", 5e8, None)],
        includes=[("investment", "腾讯", "快手", "5亿元")],
    ),
    case(
        "cn-group-into-a-company",
        "宁德时代、比亚迪等企业共同投资蔚来汽车20亿元。",
        ["宁德时代", "比亚迪", "蔚来汽车"],
        [("20亿元", 2e9, None)],
        exactly=[("investment", "宁德时代", "蔚来汽车", "20亿元")],
    ),
    case(
        "tw-investors-are-no-company-group",
        "紅杉資本、高瓴資本等機構在上海合計投資20億元。",
        ["紅杉資本", "高瓴資本"],
        [("20億元", 2e9, None)],
        exactly=[("investment", "紅杉資本", None, "20億元")],
    ),
]

SIZES_NOT_DEALS = [
    no_deal(
        "cn-asset-size-after-amount",
        "挪威主权基金正寻求削减全球投资，但其1.5万亿美元的庞大资产规模意味着布局仍将持续。",
        ["挪威主权基金"],
        [("1.5万亿美元", 1.5e12, None)],
    ),
    no_deal(
        "cn-project-office-head-is-no-project",
        "华能集团将在江苏建设新厂。项目管理部负责人介绍,一期工程进展顺利。",
        ["华能集团"],
    ),
    no_deal(
        "tw-asset-size-after-amount",
        "淡馬錫正尋求減少海外投資，但其3000億美元的資產規模意味著布局不變。",
        ["淡馬錫"],
        [("3000億美元", 3e11, None)],
    ),
]


@pytest.mark.parametrize("c", CAPEX_PLANS + PLEDGES)
def test_capex_plans(c: Case) -> None:
    c.check()


@pytest.mark.parametrize("c", SIZES_NOT_DEALS)
def test_sizes_are_no_deals(c: Case) -> None:
    c.check()


#: a price introduced by 以 is the deal's figure even after a noun that usually names a size (资产)
PRICES_AFTER_SIZE_NOUNS = [
    case(
        "tw-assets-sold-at-price",
        "東元宣布,美國德州的工廠與資產將以約3億美元售予西門子。",
        ["東元", "西門子"],
        [("約3億美元", 3e8, None)],
        exactly=[("purchase", "西門子", "東元", "約3億美元")],
    ),
    case(
        "cn-assets-sold-at-price",
        "海尔宣布,印度的工厂与资产将以约3亿美元售予塔塔集团。",
        ["海尔", "塔塔集团"],
        [("约3亿美元", 3e8, None)],
        exactly=[("purchase", "塔塔集团", "海尔", "约3亿美元")],
    ),
]


@pytest.mark.parametrize("c", PRICES_AFTER_SIZE_NOUNS)
def test_prices_after_size_nouns(c: Case) -> None:
    c.check()
