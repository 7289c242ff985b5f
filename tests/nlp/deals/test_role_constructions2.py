"""More constructions that fix a deal's roles: ordering ships or plant from a builder, a guarantee
for a subsidiary introduced by its descriptor, a lease's rent in the next clause, selling a
subsidiary or a business to a buyer, a company's own spending on research or expansion, the founders
of a joint venture, cornerstones introduced by a count. Sentences written for these tests
(invented, news style), both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

ORDERS = [
    case(
        "tw-shipping-line-orders-ships-from-builder-abroad",
        "長榮海運向日本今治造船訂造10艘貨櫃船，總金額約15億美元。",
        ["長榮海運", "今治造船"],
        [("15億美元", 1.5e9, None)],
        exactly=[("purchase", "長榮海運", "今治造船", "15億美元")],
    ),
    case(
        "cn-shipping-line-orders-ships-from-builder-abroad",
        "中远海运向韩国现代重工订造12艘集装箱船，总金额约18亿美元。",
        ["中远海运", "现代重工"],
        [("18亿美元", 1.8e9, None)],
        exactly=[("purchase", "中远海运", "现代重工", "18亿美元")],
    ),
    case(
        "tw-utility-buys-turbines-from-maker",
        "台電向西門子採購3台燃氣機組，總金額120億元。",
        ["台電", "西門子"],
        [("120億元", 1.2e10, None)],
        exactly=[("purchase", "台電", "西門子", "120億元")],
    ),
    case(
        "cn-airline-orders-aircraft-from-maker",
        "东方航空向空中客车订购20架A320neo飞机，总金额约24亿美元。",
        ["东方航空", "空中客车"],
        [("24亿美元", 2.4e9, None)],
        exactly=[("purchase", "东方航空", "空中客车", "24亿美元")],
    ),
    case(
        "cn-plant-buys-equipment-sets-from-maker",
        "宝钢股份向三一重工购买5套设备，总金额3亿元。",
        ["宝钢股份", "三一重工"],
        [("3亿元", 3e8, None)],
        exactly=[("purchase", "宝钢股份", "三一重工", "3亿元")],
    ),
    case(
        "cn-model-named-after-the-count-is-no-seller",
        "东方航空向一家欧洲飞机制造商订购20架A320neo飞机，总金额约24亿美元。",
        ["东方航空", "A320neo"],
        [("24亿美元", 2.4e9, None)],
        exactly=[("purchase", "东方航空", None, "24亿美元")],
    ),
    case(
        "tw-model-named-after-the-count-is-no-seller",
        "東方航空向一家歐洲飛機製造商訂購20架A320neo飛機，總金額約24億美元。",
        ["東方航空", "A320neo"],
        [("24億美元", 2.4e9, None)],
        exactly=[("purchase", "東方航空", None, "24億美元")],
    ),
    case(
        "tw-builder-named-with-country-after-an-announcement",
        "長榮海運昨日公布，已向韓國現代重工訂造6艘油輪，總金額約7億美元。",
        ["長榮海運", "現代重工"],
        [("7億美元", 7e8, None)],
        exactly=[("purchase", "長榮海運", "現代重工", "7億美元")],
    ),
    # the partner of a signing in a clause before the purchase sells
    case(
        "tw-signed-with-then-buys",
        "台灣高鐵已與日立製作所簽約，以約新台幣240億元採購12列新世代列車。",
        ["台灣高鐵", "日立製作所"],
        [("約新台幣240億元", 2.4e10, None)],
        exactly=[("purchase", "台灣高鐵", "日立製作所", "約新台幣240億元")],
    ),
    case(
        "cn-signed-with-then-buys-counted-aircraft",
        "中国国航与空客签署协议，以约100亿美元购买50架A320neo飞机。",
        ["中国国航", "空客", "A320neo"],
        [("约100亿美元", 1e10, None)],
        exactly=[("purchase", "中国国航", "空客", "约100亿美元")],
    ),
    case(
        "cn-signed-with-one-buys-from-another",
        "中芯国际与上海市政府签约，将以5亿美元向应用材料采购设备。",
        ["中芯国际", "上海市政府", "应用材料"],
        [("5亿美元", 5e8, None)],
        includes=[("purchase", "中芯国际", "应用材料", "5亿美元")],
    ),
    case(
        "tw-a-purchase-with-no-signing-names-no-seller",
        "台灣高鐵將以約新台幣240億元採購12列新世代列車。",
        ["台灣高鐵"],
        [("約新台幣240億元", 2.4e10, None)],
        exactly=[("purchase", "台灣高鐵", None, "約新台幣240億元")],
    ),
    no_deal(
        "tw-asking-a-maker-for-a-quote-is-no-order",
        "長榮海運向今治造船詢價。",
        ["長榮海運", "今治造船"],
    ),
]

GUARANTEES = [
    case(
        "tw-guarantee-for-wholly-owned-subsidiary",
        "比亞迪為其全資子公司比亞迪汽車工業提供20億元擔保。",
        ["比亞迪", "比亞迪汽車工業"],
        [("20億元", 2e9, None)],
        exactly=[("other", "比亞迪", "比亞迪汽車工業", "20億元")],
    ),
    case(
        "cn-guarantee-for-wholly-owned-subsidiary",
        "比亚迪为其全资子公司比亚迪汽车工业提供20亿元担保。",
        ["比亚迪", "比亚迪汽车工业"],
        [("20亿元", 2e9, None)],
        exactly=[("other", "比亚迪", "比亚迪汽车工业", "20亿元")],
    ),
    case(
        "cn-guarantee-for-controlled-subsidiary",
        "隆基绿能为控股子公司隆基乐叶提供不超过5亿元的连带责任担保。",
        ["隆基绿能", "隆基乐叶"],
        [("5亿元", 5e8, None)],
        exactly=[("other", "隆基绿能", "隆基乐叶", "5亿元")],
    ),
    case(
        "tw-guarantee-for-affiliate",
        "長江基建為其附屬公司香港電燈提供30億港元的擔保。",
        ["長江基建", "香港電燈"],
        [("30億港元", 3e9, None)],
        exactly=[("other", "長江基建", "香港電燈", "30億港元")],
    ),
    case(
        "tw-guarantee-for-affiliate-whose-name-ends-in-investment",
        "長江基建宣布為其附屬公司港燈電力投資提供30億港元的擔保。",
        ["長江基建", "港燈電力投資"],
        [("30億港元", 3e9, None)],
        exactly=[("other", "長江基建", "港燈電力投資", "30億港元")],
    ),
    case(
        "cn-guarantee-for-affiliate-whose-name-ends-in-investment",
        "长江基建宣布为其附属公司港灯电力投资提供30亿港元的担保。",
        ["长江基建", "港灯电力投资"],
        [("30亿港元", 3e9, None)],
        exactly=[("other", "长江基建", "港灯电力投资", "30亿港元")],
    ),
    case(
        "cn-subsidiary-guarantees-a-sister-company-marked-by-dui",
        "中国建筑全资子公司中建三局拟对中建科工新增提供不超过20亿元的担保额度，担保期限以合同约定为准。",
        ["中国建筑", "中建三局", "中建科工"],
        [("20亿元", 2e9, None)],
        exactly=[("other", "中建三局", "中建科工", "20亿元")],
    ),
    case(
        "tw-subsidiary-guarantees-a-sister-company-marked-by-dui",
        "中國建築全資子公司中建三局擬對中建科工新增提供不超過20億元的擔保額度，擔保期限以合同約定為準。",
        ["中國建築", "中建三局", "中建科工"],
        [("20億元", 2e9, None)],
        exactly=[("other", "中建三局", "中建科工", "20億元")],
    ),
    no_deal(
        "cn-technical-support-for-a-subsidiary-is-no-guarantee",
        "比亚迪为其全资子公司比亚迪汽车工业提供技术支持，涉及金额2亿元。",
        ["比亚迪", "比亚迪汽车工业"],
        [("2亿元", 2e8, None)],
    ),
]

LEASE_RENT = [
    case(
        "tw-lease-total-rent-in-next-clause",
        "國泰航空向香港機場管理局承租一幅土地，租期十年，租金總額約8億港元。",
        ["國泰航空", "香港機場管理局"],
        [("8億港元", 8e8, None)],
        exactly=[("lease", "國泰航空", "香港機場管理局", "8億港元")],
    ),
    case(
        "cn-lease-total-rent-in-next-clause",
        "顺丰控股向普洛斯承租一座物流仓库，租期十年，租金总额约6亿元。",
        ["顺丰控股", "普洛斯"],
        [("6亿元", 6e8, None)],
        exactly=[("lease", "顺丰控股", "普洛斯", "6亿元")],
    ),
    case(
        "cn-lease-yearly-rent-when-no-total",
        "顺丰控股向普洛斯承租一座物流仓库，租期五年，每年租金3000万元。",
        ["顺丰控股", "普洛斯"],
        [("3000万元", 3e7, "year")],
        exactly=[("lease", "顺丰控股", "普洛斯", "3000万元")],
    ),
    case(
        "tw-lease-total-wins-over-yearly-rent",
        "國泰航空向香港機場管理局承租一幅土地，租期十年，每年租金8000萬港元，租金總額8億港元。",
        ["國泰航空", "香港機場管理局"],
        [("8000萬港元", 8e7, "year"), ("8億港元", 8e8, None)],
        exactly=[("lease", "國泰航空", "香港機場管理局", "8億港元")],
    ),
    case(
        "tw-lease-without-rent-has-no-figure",
        "國泰航空向香港機場管理局承租一幅土地，租期十年。",
        ["國泰航空", "香港機場管理局"],
        exactly=[("lease", "國泰航空", "香港機場管理局", None)],
    ),
    case(
        "cn-monthly-rent-is-no-leases-figure",
        "顺丰控股向普洛斯承租一座仓库，租期五年，每月租金300万元。",
        ["顺丰控股", "普洛斯"],
        [("300万元", 3e6, "month")],
        exactly=[("lease", "顺丰控股", "普洛斯", None)],
    ),
]

SALES = [
    case(
        "tw-sells-subsidiary-to-named-buyer",
        "新世界發展以30億港元出售旗下附屬公司新創建予周大福企業。",
        ["新世界發展", "新創建", "周大福企業"],
        [("30億港元", 3e9, None)],
        exactly=[("acquisition", "周大福企業", "新世界發展", "30億港元")],
    ),
    case(
        "cn-sells-subsidiary-to-named-buyer",
        "新世界发展以30亿港元出售旗下子公司新创建予周大福企业。",
        ["新世界发展", "新创建", "周大福企业"],
        [("30亿港元", 3e9, None)],
        exactly=[("acquisition", "周大福企业", "新世界发展", "30亿港元")],
    ),
    case(
        "tw-sells-business-to-independent-third-party",
        "利豐以5億美元出售旗下物流業務予一名獨立第三方。",
        ["利豐"],
        [("5億美元", 5e8, None)],
        exactly=[("acquisition", None, "利豐", "5億美元")],
    ),
    case(
        "cn-sells-stake-to-independent-third-party",
        "利丰以5亿美元出售所持物流公司的全部股权予一名独立第三方。",
        ["利丰"],
        [("5亿美元", 5e8, None)],
        exactly=[("acquisition", None, "利丰", "5亿美元")],
    ),
    case(
        "tw-selling-a-building-is-a-purchase",
        "新世界發展以30億港元出售旗下一幢商業大廈予周大福企業。",
        ["新世界發展", "周大福企業"],
        [("30億港元", 3e9, None)],
        exactly=[("purchase", "周大福企業", "新世界發展", "30億港元")],
    ),
    case(
        "cn-selling-land-is-a-purchase",
        "新世界发展以30亿港元出售一幅住宅用地予周大福企业。",
        ["新世界发展", "周大福企业"],
        [("30亿港元", 3e9, None)],
        exactly=[("purchase", "周大福企业", "新世界发展", "30亿港元")],
    ),
    case(
        "tw-sells-subsidiary-to-buyer-marked-before-the-verb",
        "新世界發展以30億港元向周大福企業出售旗下附屬公司新創建。",
        ["新世界發展", "新創建", "周大福企業"],
        [("30億港元", 3e9, None)],
        exactly=[("acquisition", "周大福企業", "新世界發展", "30億港元")],
    ),
    case(
        "cn-sells-subsidiary-stake-price-after",
        "新世界发展将出售旗下子公司新创建的全部股权予周大福企业，代价为30亿港元。",
        ["新世界发展", "新创建", "周大福企业"],
        [("30亿港元", 3e9, None)],
        exactly=[("acquisition", "周大福企业", "新世界发展", "30亿港元")],
    ),
    case(
        "cn-selling-equipment-is-a-purchase",
        "新世界发展以3亿港元出售一批设备予周大福企业。",
        ["新世界发展", "周大福企业"],
        [("3亿港元", 3e8, None)],
        exactly=[("purchase", "周大福企业", "新世界发展", "3亿港元")],
    ),
    case(
        "tw-selling-a-subsidiarys-equipment-is-a-purchase-by-the-buyer",
        "新世界發展以3億港元出售旗下附屬公司新創建的部分設備予周大福企業。",
        ["新世界發展", "新創建", "周大福企業"],
        [("3億港元", 3e8, None)],
        exactly=[("purchase", "周大福企業", "新世界發展", "3億港元")],
    ),
]

OWN_SPENDING = [
    case(
        "tw-company-spends-on-research",
        "寧德時代將在未來五年投入200億元用於研發。",
        ["寧德時代"],
        [("200億元", 2e10, None)],
        exactly=[("capex", "寧德時代", None, "200億元")],
    ),
    case(
        "cn-company-spends-on-research",
        "宁德时代将在未来五年投入200亿元用于研发。",
        ["宁德时代"],
        [("200亿元", 2e10, None)],
        exactly=[("capex", "宁德时代", None, "200亿元")],
    ),
    case(
        "cn-company-spends-on-digital-transformation",
        "美的集团计划未来三年投入50亿元用于数字化转型。",
        ["美的集团"],
        [("50亿元", 5e9, None)],
        exactly=[("capex", "美的集团", None, "50亿元")],
    ),
    case(
        "tw-company-spends-on-expanding-capacity",
        "台積電將於未來三年投入1000億美元用於擴大產能。",
        ["台積電"],
        [("1000億美元", 1e11, None)],
        exactly=[("capex", "台積電", None, "1000億美元")],
    ),
    no_deal(
        "cn-spending-of-an-industry-is-no-companys-capex",
        "业内预计未来五年全行业投入200亿元用于研发。",
        [],
        [("200亿元", 2e10, None)],
    ),
    case(
        "tw-company-plans-spending-on-capacity",
        "台積電計劃斥資300億美元用於擴充產能。",
        ["台積電"],
        [("300億美元", 3e10, None)],
        exactly=[("capex", "台積電", None, "300億美元")],
    ),
    no_deal(
        "cn-money-put-in-for-acquisitions-is-no-capex",
        "台积电将投入300亿美元用于收购。",
        ["台积电"],
        [("300亿美元", 3e10, None)],
    ),
    case(
        "tw-company-says-it-will-spend-on-research",
        "寧德時代表示，將在未來五年投入200億元用於研發。",
        ["寧德時代"],
        [("200億元", 2e10, None)],
        exactly=[("capex", "寧德時代", None, "200億元")],
    ),
    case(
        "cn-spend-on-its-own-business",
        "中国石化将在未来五年投入500亿元用于氢能业务。",
        ["中国石化"],
        [("500亿元", 5e10, None)],
        exactly=[("capex", "中国石化", None, "500亿元")],
    ),
    case(
        "tw-spend-to-grow-its-own-business",
        "中國石化將在未來五年投入500億元用於發展氫能業務。",
        ["中國石化"],
        [("500億元", 5e10, None)],
        exactly=[("capex", "中國石化", None, "500億元")],
    ),
    case(
        "cn-spend-to-buy-a-business-is-no-capex",
        "顺丰将投入30亿元用于收购嘉里物流的快递业务。",
        ["顺丰", "嘉里物流"],
        [("30亿元", 3e9, None)],
        includes=[("acquisition", "顺丰", "嘉里物流", None)],
    ),
    no_deal(
        "cn-company-quoting-an-industrys-spending-is-no-capex",
        "美的集团表示，行业未来三年需要投入50亿元用于数字化转型。",
        ["美的集团"],
        [("50亿元", 5e9, None)],
    ),
]

JOINT_VENTURES = [
    case(
        "tw-two-founders-no-shares-no-amount",
        "海爾與三菱重工共同出資設立合資公司，註冊資本10億元。",
        ["海爾", "三菱重工"],
        [("10億元", 1e9, None)],
        exactly=[("investment", "海爾", None, None), ("investment", "三菱重工", None, None)],
    ),
    case(
        "cn-two-founders-no-shares-no-amount",
        "海尔与三菱重工共同出资成立合资公司，注册资本10亿元。",
        ["海尔", "三菱重工"],
        [("10亿元", 1e9, None)],
        exactly=[("investment", "海尔", None, None), ("investment", "三菱重工", None, None)],
    ),
    case(
        "cn-two-founders-each-share-named",
        "海尔与三菱重工共同出资成立海尔三菱空调，注册资本10亿元，其中海尔出资6亿元，三菱重工出资4亿元。",
        ["海尔三菱空调", "海尔", "三菱重工"],
        [("10亿元", 1e9, None), ("6亿元", 6e8, None), ("4亿元", 4e8, None)],
        exactly=[
            ("investment", "海尔", "海尔三菱空调", "6亿元"),
            ("investment", "三菱重工", "海尔三菱空调", "4亿元"),
        ],
    ),
    case(
        "tw-two-founders-shares-respectively",
        "海爾與三菱重工共同出資成立海爾三菱空調，註冊資本10億元，雙方分別出資6億元及4億元。",
        ["海爾三菱空調", "海爾", "三菱重工"],
        [("10億元", 1e9, None), ("6億元", 6e8, None), ("4億元", 4e8, None)],
        exactly=[
            ("investment", "海爾", "海爾三菱空調", "6億元"),
            ("investment", "三菱重工", "海爾三菱空調", "4億元"),
        ],
    ),
    case(
        "tw-joint-venture-set-up-named-no-shares",
        "海爾與三菱重工合資成立海爾三菱空調，註冊資本10億元。",
        ["海爾三菱空調", "海爾", "三菱重工"],
        [("10億元", 1e9, None)],
        exactly=[
            ("investment", "海爾", "海爾三菱空調", None),
            ("investment", "三菱重工", "海爾三菱空調", None),
        ],
    ),
    case(
        "cn-three-founders-no-shares",
        "海尔、三菱重工及东芝共同出资设立合资公司，注册资本10亿元。",
        ["海尔", "三菱重工", "东芝"],
        [("10亿元", 1e9, None)],
        exactly=[
            ("investment", "海尔", None, None),
            ("investment", "三菱重工", None, None),
            ("investment", "东芝", None, None),
        ],
    ),
    case(
        "cn-founders-holdings-are-no-amounts",
        "海尔与三菱重工共同出资设立合资公司，注册资本10亿元，其中海尔持股60%。",
        ["海尔", "三菱重工"],
        [("10亿元", 1e9, None)],
        exactly=[("investment", "海尔", None, None), ("investment", "三菱重工", None, None)],
    ),
    case(
        "cn-founders-total-before-the-verb-and-their-shares",
        "海尔与三菱重工拟共同出资5亿元设立合资公司，其中海尔出资3亿元，三菱重工出资2亿元。",
        ["海尔", "三菱重工"],
        [("5亿元", 5e8, None), ("3亿元", 3e8, None), ("2亿元", 2e8, None)],
        exactly=[("investment", "海尔", None, "3亿元"), ("investment", "三菱重工", None, "2亿元")],
    ),
    case(
        "tw-founders-total-before-the-verb-no-shares",
        "海爾與三菱重工擬共同出資5億元設立合資公司。",
        ["海爾", "三菱重工"],
        [("5億元", 5e8, None)],
        exactly=[("investment", "海爾", None, None), ("investment", "三菱重工", None, None)],
    ),
]

CORNERSTONES = [
    case(
        "tw-cornerstones-by-count-with-amounts",
        "藥明生物香港上市引入5名基石投資者，其中高瓴資本認購2億美元、淡馬錫認購1億美元。",
        ["藥明生物", "高瓴資本", "淡馬錫"],
        [("2億美元", 2e8, None), ("1億美元", 1e8, None)],
        includes=[
            ("investment", "高瓴資本", "藥明生物", "2億美元"),
            ("investment", "淡馬錫", "藥明生物", "1億美元"),
        ],
    ),
    case(
        "cn-cornerstones-by-count-latin-name",
        "药明生物香港上市引入5名基石投资者，当中M&G认购2亿美元、淡马锡认购1亿美元。",
        ["药明生物", "M&G", "淡马锡"],
        [("2亿美元", 2e8, None), ("1亿美元", 1e8, None)],
        includes=[
            ("investment", "M&G", "药明生物", "2亿美元"),
            ("investment", "淡马锡", "药明生物", "1亿美元"),
        ],
    ),
    case(
        "cn-cornerstones-fund-name-issuer-before-listing",
        "药明生物此次在香港上市共引入3名基石投资者，包括景林资产管理认购5000万美元、高瓴资本认购1亿美元。",
        ["药明生物", "景林资产管理", "高瓴资本"],
        [("5000万美元", 5e7, None), ("1亿美元", 1e8, None)],
        includes=[
            ("investment", "景林资产管理", "药明生物", "5000万美元"),
            ("investment", "高瓴资本", "药明生物", "1亿美元"),
        ],
    ),
    case(
        "cn-cornerstones-by-count-respectively",
        "药明生物引入5名基石投资者，其中高瓴资本及淡马锡分别认购2亿美元及1亿美元。",
        ["药明生物", "高瓴资本", "淡马锡"],
        [("2亿美元", 2e8, None), ("1亿美元", 1e8, None)],
        exactly=[
            ("investment", "高瓴资本", "药明生物", "2亿美元"),
            ("investment", "淡马锡", "药明生物", "1亿美元"),
        ],
    ),
    case(
        "tw-cornerstones-by-count-respectively",
        "藥明生物引入5名基石投資者，其中高瓴資本及淡馬錫分別認購2億美元及1億美元。",
        ["藥明生物", "高瓴資本", "淡馬錫"],
        [("2億美元", 2e8, None), ("1億美元", 1e8, None)],
        exactly=[
            ("investment", "高瓴資本", "藥明生物", "2億美元"),
            ("investment", "淡馬錫", "藥明生物", "1億美元"),
        ],
    ),
    no_deal(
        "tw-cornerstones-total-is-no-investors-figure",
        "藥明生物香港上市引入5名基石投資者，合共認購2億美元。",
        ["藥明生物"],
        [("2億美元", 2e8, None)],
    ),
    case(
        "tw-cornerstone-subscribes-shares-worth",
        "藥明生物此次香港上市引入6名基石投資者，其中高瓴資本認購價值2億美元的股份、淡馬錫認購約1億美元。",
        ["藥明生物", "高瓴資本", "淡馬錫"],
        [("2億美元", 2e8, None), ("1億美元", 1e8, None)],
        includes=[
            ("investment", "高瓴資本", "藥明生物", "2億美元"),
            ("investment", "淡馬錫", "藥明生物", "1億美元"),
        ],
    ),
    case(
        "cn-cornerstone-subscribes-shares-worth",
        "药明生物此次香港上市引入6名基石投资者，其中高瓴资本认购价值2亿美元的股份、淡马锡认购约1亿美元。",
        ["药明生物", "高瓴资本", "淡马锡"],
        [("2亿美元", 2e8, None), ("1亿美元", 1e8, None)],
        includes=[
            ("investment", "高瓴资本", "药明生物", "2亿美元"),
            ("investment", "淡马锡", "药明生物", "1亿美元"),
        ],
    ),
]

ALL = ORDERS + GUARANTEES + LEASE_RENT + SALES + OWN_SPENDING + JOINT_VENTURES + CORNERSTONES


@pytest.mark.parametrize("c", ALL)
def test_role_constructions2(c: Case) -> None:
    c.check()
