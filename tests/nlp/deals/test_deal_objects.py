"""The object of the deal word decides the type, and a modifier is no agent. Sentences written for
these tests (invented, or about other real companies), both scripts.

- An investment word with no investee company: a place (在德国投资N, 投资N于爱达荷州), a project
  or a facility (对龙潭新厂投资N, 投资N成都某项目, 投资N，用于Y基地), or nothing at all after the
  figure (X计划今年投资N) makes it the spender's own capex; a company object, an investing house
  (X资本投资N) or an inward investor keeps it an investment; a time or a field of business is no place.
- X旗下的Y投资N: Y invests (a subsidiary is its own agent) — unless Y is an investing vehicle by
  its name (X旗下Y资本) or the verb is a round investor's (认购, 领投): then the house X.
- 与X合作的Y / 和X合资的Y: X inside the relative clause only describes Y.
"""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

OBJECTS = [
    # ---------------------------------------------------------------- a place: capex
    case(
        "cn-place-before-the-verb",
        "特斯拉计划未来五年在德国投资40亿欧元。",
        ["特斯拉"],
        [("40亿欧元", 4e9, None)],
        exactly=[("capex", "特斯拉", None, "40亿欧元")],
    ),
    case(
        "tw-place-before-the-verb",
        "三星電子將在德州追加投資170億美元。",
        ["三星電子"],
        [("170億美元", 1.7e10, None)],
        exactly=[("capex", "三星電子", None, "170億美元")],
    ),
    case(
        "tw-place-after-the-figure",
        "美光宣布將投資150億美元於愛達荷州。",
        ["美光"],
        [("150億美元", 1.5e10, None)],
        exactly=[("capex", "美光", None, "150億美元")],
    ),
    case(
        "cn-place-after-the-figure",
        "宁德时代拟投资73亿欧元于匈牙利德布勒森。",
        ["宁德时代"],
        [("73亿欧元", 7.3e9, None)],
        exactly=[("capex", "宁德时代", None, "73亿欧元")],
    ),
    case(
        "cn-a-place-named-party-after-zai-is-no-investee",
        "巨石埃及拟投资40亿元在苏伊士经贸合作区建设玻纤生产线。",
        ["巨石埃及", "苏伊士经贸合作区"],
        [("40亿元", 4e9, None)],
        exactly=[("capex", "巨石埃及", None, "40亿元")],
    ),
    case(
        "tw-a-place-named-party-after-yu-is-no-investee",
        "鴻準將投資30億元於越南北寧省興建新廠。",
        ["鴻準", "越南北寧省"],
        [("30億元", 3e9, None)],
        exactly=[("capex", "鴻準", None, "30億元")],
    ),
    # ---------------------------------------------------------------- a project or facility: capex
    case(
        "tw-facility-marked-by-dui",
        "友達對龍潭新廠投資300億元。",
        ["友達"],
        [("300億元", 3e10, None)],
        exactly=[("capex", "友達", None, "300億元")],
    ),
    case(
        "cn-project-marked-by-dui",
        "宝钢股份拟对湛江钢铁基地项目投资45亿元。",
        ["宝钢股份"],
        [("45亿元", 4.5e9, None)],
        exactly=[("capex", "宝钢股份", None, "45亿元")],
    ),
    case(
        "cn-project-after-the-figure",
        "万科拟以自有资金5亿元投资成都某项目。",
        ["万科"],
        [("5亿元", 5e8, None)],
        exactly=[("capex", "万科", None, "5亿元")],
    ),
    case(
        "tw-project-after-the-figure",
        "遠雄擬投資80億元桃園物流園區。",
        ["遠雄"],
        [("80億元", 8e9, None)],
        exactly=[("capex", "遠雄", None, "80億元")],
    ),
    # ---------------------------------------------------------------- no object at all, or a project purpose
    case(
        "cn-a-bare-spend-is-capex",
        "宝钢股份计划今年投资45亿元。",
        ["宝钢股份"],
        [("45亿元", 4.5e9, None)],
        exactly=[("capex", "宝钢股份", None, "45亿元")],
    ),
    case(
        "tw-a-bare-spend-is-capex",
        "中鋼預計明年投資約300億元。",
        ["中鋼"],
        [("約300億元", 3e10, None)],
        exactly=[("capex", "中鋼", None, "約300億元")],
    ),
    case(
        "cn-the-next-clause-names-the-project",
        "宝钢股份拟投资45亿元，用于湛江基地二期。",
        ["宝钢股份"],
        [("45亿元", 4.5e9, None)],
        exactly=[("capex", "宝钢股份", None, "45亿元")],
    ),
    case(
        "tw-the-next-clause-names-the-project",
        "華邦電將投資300億元，主要用於高雄新廠。",
        ["華邦電"],
        [("300億元", 3e10, None)],
        exactly=[("capex", "華邦電", None, "300億元")],
    ),
    case(
        "cn-an-investing-house-with-no-investee-stays-an-investment",
        "红杉资本今年计划投资45亿元。",
        ["红杉资本"],
        [("45亿元", 4.5e9, None)],
        exactly=[("investment", "红杉资本", None, "45亿元")],
    ),
    # ---------------------------------------------------------------- a company's own budget estimate
    case(
        "cn-own-budget-estimate",
        "鸿海今年资本支出预估达40亿美元。",
        ["鸿海"],
        [("40亿美元", 4e9, None)],
        exactly=[("capex", "鸿海", None, "40亿美元")],
    ),
    case(
        "tw-own-budget-estimate",
        "華碩明年資本支出預估為25億元。",
        ["華碩"],
        [("25億元", 2.5e9, None)],
        exactly=[("capex", "華碩", None, "25億元")],
    ),
    case(
        "tw-an-analyst-estimate-is-no-deal",
        "分析師預估華碩明年資本支出為25億元。",
        ["華碩"],
        [("25億元", 2.5e9, None)],
        exactly=[],
    ),
    # ---------------------------------------------------------------- negative: an investee, a time, a field
    case(
        "cn-company-object-is-an-investment",
        "软银投资10亿美元于字节跳动。",
        ["软银", "字节跳动"],
        [("10亿美元", 1e9, None)],
        exactly=[("investment", "软银", "字节跳动", "10亿美元")],
    ),
    case(
        "tw-company-after-zai-is-an-investment",
        "國泰金控投資5億元於新創公司趨勢科技。",
        ["國泰金控", "趨勢科技"],
        [("5億元", 5e8, None)],
        exactly=[("investment", "國泰金控", "趨勢科技", "5億元")],
    ),
    case(
        "cn-a-time-is-no-place",
        "小米于2024年投资3亿元支持生态链企业。",
        ["小米"],
        [("3亿元", 3e8, None)],
        exactly=[("investment", "小米", None, "3亿元")],
    ),
    case(
        "tw-a-field-is-no-place",
        "富邦金控將投資50億元於綠能產業。",
        ["富邦金控"],
        [("50億元", 5e9, None)],
        exactly=[("investment", "富邦金控", None, "50億元")],
    ),
    case(
        "cn-an-inward-investor-invests-in-the-place",
        "另一家大型投资公司是丰益国际，他们有意投资3亿令吉在关丹工业园。",
        ["丰益国际"],
        [("3亿令吉", 3e8, None)],
        exactly=[("investment", "丰益国际", None, "3亿令吉")],
    ),
    # ---------------------------------------------------------------- 其中A出资N1: the joint investee
    case(
        "cn-each-partner-contributes-to-the-joint-investee",
        "宝钢股份拟与控股股东中国宝武共同向宝武碳业增资，其中宝钢股份出资6亿元，中国宝武出资4亿元。",
        ["宝钢股份", "中国宝武", "宝武碳业"],
        [("6亿元", 6e8, None), ("4亿元", 4e8, None)],
        exactly=[
            ("investment", "宝钢股份", "宝武碳业", "6亿元"),
            ("investment", "中国宝武", "宝武碳业", "4亿元"),
        ],
    ),
    case(
        "tw-each-partner-contributes-to-the-joint-investee",
        "台塑擬與南亞共同向台塑新智能增資，其中台塑出資6億元，南亞出資4億元。",
        ["台塑", "南亞", "台塑新智能"],
        [("6億元", 6e8, None), ("4億元", 4e8, None)],
        exactly=[
            ("investment", "台塑", "台塑新智能", "6億元"),
            ("investment", "南亞", "台塑新智能", "4億元"),
        ],
    ),
    # ---------------------------------------------------------------- 投入N用于扩充…产能: capacity built
    case(
        "cn-money-put-in-to-add-capacity",
        "中芯国际宣布今年将投入约75亿美元用于扩充12英寸产能。",
        ["中芯国际"],
        [("约75亿美元", 7.5e9, None)],
        exactly=[("capex", "中芯国际", None, "约75亿美元")],
    ),
    case(
        "tw-money-put-in-to-add-capacity",
        "力積電今年將投入約新台幣300億元以提升12吋晶圓產能。",
        ["力積電"],
        [("約新台幣300億元", 3e10, None)],
        exactly=[("capex", "力積電", None, "約新台幣300億元")],
    ),
    # a company's own spending on research is its capex too (issue 14; test_role_constructions2.py)
    case(
        "cn-money-put-in-for-research-is-own-capex",
        "中芯国际今年将投入约75亿美元用于研发。",
        ["中芯国际"],
        [("约75亿美元", 7.5e9, None)],
        exactly=[("capex", "中芯国际", None, "约75亿美元")],
    ),
    # ---------------------------------------------------------------- 增资美国子公司: a described investee
    case(
        "tw-capital-increase-into-a-described-subsidiary",
        "投審會核准台積電增資美國子公司50億美元",
        ["台積電"],
        [("50億美元", 5e9, None)],
        exactly=[("investment", "台積電", None, "50億美元")],
    ),
    case(
        "cn-capital-increase-into-a-described-subsidiary",
        "中国中车拟增资旗下合资公司3亿元。",
        ["中国中车"],
        [("3亿元", 3e8, None)],
        exactly=[("investment", "中国中车", None, "3亿元")],
    ),
    case(
        "tw-a-capital-increase-of-its-own-is-a-raise",
        "台積電增資50億美元。",
        ["台積電"],
        [("50億美元", 5e9, None)],
        exactly=[("fundraising", "台積電", None, "50億美元")],
    ),
    # ---------------------------------------------------------------- the investee named elsewhere
    case(
        "cn-the-stake-clause-names-the-investee",
        "腾讯将投资10亿元，持有蔚来20%股权。",
        ["腾讯", "蔚来"],
        [("10亿元", 1e9, None)],
        exactly=[("investment", "腾讯", "蔚来", "10亿元")],
    ),
    case(
        "tw-the-stake-clause-names-the-investee",
        "騰訊將投資10億元，取得蔚來20%股權。",
        ["騰訊", "蔚來"],
        [("10億元", 1e9, None)],
        exactly=[("investment", "騰訊", "蔚來", "10億元")],
    ),
    case(
        "cn-an-investment-amount-into-a-marked-company",
        "小米对蔚来的投资金额为10亿元。",
        ["小米", "蔚来"],
        [("10亿元", 1e9, None)],
        exactly=[("investment", "小米", "蔚来", "10亿元")],
    ),
    case(
        "tw-an-investment-amount-into-a-marked-company",
        "小米對蔚來的投資金額為10億元。",
        ["小米", "蔚來"],
        [("10億元", 1e9, None)],
        exactly=[("investment", "小米", "蔚來", "10億元")],
    ),
    case(
        "cn-an-investment-amount-into-a-city-stays-capex",
        "小米对武汉市的投资金额为10亿元。",
        ["小米", "武汉市"],
        [("10亿元", 1e9, None)],
        exactly=[("capex", "小米", None, "10亿元")],
    ),
    # ---------------------------------------------------------------- X旗下的Y: Y invests, unless Y is a fund
    case(
        "cn-a-subsidiary-invests-on-its-own",
        "阿里巴巴旗下的蚂蚁集团投资5亿元入股哈啰出行。",
        ["阿里巴巴", "蚂蚁集团", "哈啰出行"],
        [("5亿元", 5e8, None)],
        exactly=[("investment", "蚂蚁集团", "哈啰出行", "5亿元")],
    ),
    case(
        "tw-a-subsidiary-invests-on-its-own",
        "鴻海旗下的鴻準投資3億元入股帆宣。",
        ["鴻海", "鴻準", "帆宣"],
        [("3億元", 3e8, None)],
        exactly=[("investment", "鴻準", "帆宣", "3億元")],
    ),
    case(
        "cn-the-house-invests-through-its-fund",
        "腾讯旗下的腾讯投资以2亿元入股极兔速递。",
        ["腾讯", "腾讯投资", "极兔速递"],
        [("2亿元", 2e8, None)],
        exactly=[("investment", "腾讯", "极兔速递", "2亿元")],
    ),
    case(
        "tw-the-house-invests-through-its-fund",
        "國泰金控旗下國泰創投投資1億元於台灣虎航。",
        ["國泰金控", "國泰創投", "台灣虎航"],
        [("1億元", 1e8, None)],
        exactly=[("investment", "國泰金控", "台灣虎航", "1億元")],
    ),
    # ---------------------------------------------------------------- 与X合作的Y: X only describes Y
    case(
        "tw-the-partner-in-the-relative-clause",
        "與美團合作的順豐控股投資2億元入股中通快遞。",
        ["美團", "順豐控股", "中通快遞"],
        [("2億元", 2e8, None)],
        exactly=[("investment", "順豐控股", "中通快遞", "2億元")],
    ),
    case(
        "cn-the-partner-in-the-relative-clause",
        "和华为合作的赛力斯将投资25亿元建设超级工厂。",
        ["华为", "赛力斯"],
        [("25亿元", 2.5e9, None)],
        exactly=[("capex", "赛力斯", None, "25亿元")],
    ),
    case(
        "tw-the-joint-venture-partner-in-the-relative-clause",
        "與台積電合資的采鈺科技擬投資20億元擴建新廠。",
        ["台積電", "采鈺科技"],
        [("20億元", 2e9, None)],
        exactly=[("capex", "采鈺科技", None, "20億元")],
    ),
]


@pytest.mark.parametrize("c", OBJECTS)
def test_deal_objects(c: Case) -> None:
    c.check()
