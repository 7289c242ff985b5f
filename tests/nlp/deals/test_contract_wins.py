"""Contracts won and property taken: selections in a tender (入围, 中选, 成交供应商), bids won for
works or for land (标得, 摘得), land taken by auction or listing (通过挂牌方式竞得), lease renewals
(续租, 租约) and free share transfers (无偿划转). Sentences written for this table, Traditional and
Simplified; directions as in docs/gold-format.md and devset2/README "Deals": owner → contractor,
buyer → seller (the land bureau when named), lessee → lessor, the party taking a stake → the one
handing it over. Counter rows: the same words where they name no deal.
"""

from __future__ import annotations

import pytest

from tests.nlp.deals.stress import S, check

P, L, A = "purchase", "lease", "acquisition"

TENDER_SELECTIONS = [
    S(
        "shortlist-s1",
        "华胜天成公告，公司成功入围中国联通2025年服务器集中采购项目，成交金额约3.2亿元。",
        "华胜天成,中国联通",
        "约3.2亿元",
        [(P, "中国联通", "华胜天成", "约3.2亿元")],
    ),
    S(
        "shortlist-t1",
        "神達公告，入圍台灣大哥大雲端伺服器採購案，金額約新台幣6億元。",
        "神達,台灣大哥大",
        "約新台幣6億元",
        [(P, "台灣大哥大", "神達", "約新台幣6億元")],
    ),
    S(
        "selected-s1",
        "紫光股份旗下新华三中选中国电信路由器集中采购项目，中选金额约11亿元。",
        "紫光股份,新华三,中国电信",
        "约11亿元",
        [(P, "中国电信", "新华三", "约11亿元")],
    ),
    S(
        "selected-t1",
        "中興通訊中選中國移動5G基站設備採購項目，中選金額約人民幣20億元。",
        "中興通訊,中國移動",
        "約人民幣20億元",
        [(P, "中國移動", "中興通訊", "約人民幣20億元")],
    ),
    S(
        "vendor-s1",
        "拓维信息被确定为中国移动智算中心服务器采购项目的成交供应商，成交金额约4.6亿元。",
        "拓维信息,中国移动",
        "约4.6亿元",
        [(P, "中国移动", "拓维信息", "约4.6亿元")],
    ),
    S(
        "vendor-t1",
        "宏碁成為中華電信資料中心設備採購案的成交供應商，金額約新台幣3億元。",
        "宏碁,中華電信",
        "約新台幣3億元",
        [(P, "中華電信", "宏碁", "約新台幣3億元")],
    ),
    # 在Y…采购中中选 / Y…招标采购项目中，X中标金额N: the owner in the tender's phrase, the winner before
    # its figure label
    S(
        "selected-in-s1",
        "新华三在中国移动交换机集中采购中中选，中选金额约8亿元。",
        "新华三,中国移动",
        "约8亿元",
        [(P, "中国移动", "新华三", "约8亿元")],
    ),
    S(
        "selected-in-t1",
        "聯發科在中國聯通5G晶片集中採購中中選，中選金額約人民幣6億元。",
        "聯發科,中國聯通",
        "約人民幣6億元",
        [(P, "中國聯通", "聯發科", "約人民幣6億元")],
    ),
    S(
        "label-s1",
        "国家电网有限公司2025年第二批设备招标采购项目中，许继电气中标金额约5.6亿元。",
        "国家电网有限公司,许继电气",
        "约5.6亿元",
        [(P, "国家电网有限公司", "许继电气", "约5.6亿元")],
    ),
    S(
        "label-t1",
        "在台電第三期智慧電表招標採購案中，大同中標金額約新台幣14億元。",
        "台電,大同",
        "約新台幣14億元",
        [(P, "台電", "大同", "約新台幣14億元")],
    ),
    # counter rows: shortlisted for a prize or a ranking, no tender
    S("shortlist-not-s1", "宁德时代入围《财富》世界500强榜单。", "宁德时代", "", []),
    S("shortlist-not-t1", "台積電入圍全球百大創新機構名單。", "台積電", "", []),
]

BIDS_WON = [
    S(
        "works-won-t1",
        "中鼎工程今（5）日公告，標得台電興達新燃氣電廠第二期統包工程，金額達新台幣312億元。",
        "中鼎工程,台電",
        "新台幣312億元",
        [(P, "台電", "中鼎工程", "新台幣312億元")],
    ),
    S(
        "works-won-t2",
        "互助營造標得台北捷運局萬大線第二期土建標案，金額約新台幣98億元。",
        "互助營造,台北捷運局",
        "約新台幣98億元",
        [(P, "台北捷運局", "互助營造", "約新台幣98億元")],
    ),
    S(
        "works-won-s1",
        "中国电建标得国家电投海阳核电站配套工程，合同金额约26亿元。",
        "中国电建,国家电投",
        "约26亿元",
        [(P, "国家电投", "中国电建", "约26亿元")],
    ),
    S(
        "land-won-t1",
        "遠雄建設以新台幣85億元標得台北市政府釋出的南港區土地地上權。",
        "遠雄建設,台北市政府",
        "新台幣85億元",
        [(P, "遠雄建設", "台北市政府", "新台幣85億元")],
    ),
    S(
        "land-won-s1",
        "华润置地以底价18亿元摘得深圳南山区一宗商业用地。",
        "华润置地",
        "18亿元",
        [(P, "华润置地", None, "18亿元")],
    ),
    S(
        "land-won-t2",
        "信和置業以約21億港元摘得元朗一幅住宅地皮。",
        "信和置業",
        "約21億港元",
        [(P, "信和置業", None, "約21億港元")],
    ),
    # counter rows: 摘得 a prize or title
    S("prize-not-s1", "比亚迪摘得年度最佳新能源车企桂冠。", "比亚迪", "", []),
    S("prize-not-t1", "華碩摘得德國紅點設計大獎。", "華碩", "", []),
]

WINNERS_NAMED = [
    S(
        "notice-t1",
        "中興通訊近日收到中國電信發出的中標通知書，確認公司為該集團5G基站設備採購項目的中標人，中標金額約12億元。",
        "中興通訊,中國電信",
        "約12億元",
        [(P, "中國電信", "中興通訊", "約12億元")],
    ),
    S(
        "notice-s1",
        "东方电气收到国家能源集团发出的中标通知书，公司为该集团燃机设备采购项目的中标人，中标金额约9亿元。",
        "东方电气,国家能源集团",
        "约9亿元",
        [(P, "国家能源集团", "东方电气", "约9亿元")],
    ),
    S(
        "candidate-s1",
        "曙光信息被确定为中国联通智算服务器集中采购项目的中标候选人，投标报价为人民币7.5亿元。",
        "曙光信息,中国联通",
        "人民币7.5亿元",
        [(P, "中国联通", "曙光信息", "人民币7.5亿元")],
    ),
    S(
        "candidate-t1",
        "廣達成為中華電信資料中心設備採購案的成交供應商，金額約新台幣3億元。",
        "廣達,中華電信",
        "約新台幣3億元",
        [(P, "中華電信", "廣達", "約新台幣3億元")],
    ),
    # counter row: a company that becomes a shareholder is no tender winner
    S(
        "becomes-not-s1",
        "国投创新成为寒武纪的第三大股东。",
        "国投创新,寒武纪",
        "",
        [],
    ),
]

LAND_BY_MEANS = [
    S(
        "listing-s1",
        "中海地产通过公开挂牌方式，以32亿元从广州市规划和自然资源局竞得白云区一宗住宅用地。",
        "中海地产,广州市规划和自然资源局",
        "32亿元",
        [(P, "中海地产", "广州市规划和自然资源局", "32亿元")],
    ),
    S(
        "listing-t1",
        "中海地產通過網上掛牌方式，以32億元從廣州市規劃和自然資源局競得白雲區一宗住宅用地。",
        "中海地產,廣州市規劃和自然資源局",
        "32億元",
        [(P, "中海地產", "廣州市規劃和自然資源局", "32億元")],
    ),
    S(
        "auction-s1",
        "龙湖集团通过拍卖方式，以总价27亿元竞得成都高新区一宗商住用地。",
        "龙湖集团",
        "27亿元",
        [(P, "龙湖集团", None, "27亿元")],
    ),
    # counter row: the board approving (通过) is no means
    S(
        "approved-not-s1",
        "保利发展董事会审议通过，以不超过40亿元竞得杭州一宗宅地。",
        "保利发展",
        "不超过40亿元",
        [(P, "保利发展", None, "不超过40亿元")],
    ),
]

LEASE_RENEWALS = [
    S(
        "renew-s1",
        "美团与华润置地签署续租协议，续租北京望京中心办公楼，租期五年，租金总额约8.6亿元。",
        "美团,华润置地",
        "约8.6亿元",
        [(L, "美团", "华润置地", "约8.6亿元")],
    ),
    S(
        "renew-t1",
        "渣打銀行與太古地產簽訂續租協議，續租鰂魚涌辦公室，為期十年。",
        "渣打銀行,太古地產",
        "",
        [(L, "渣打銀行", "太古地產", None)],
    ),
    S(
        "renew-t2",
        "匯豐與置地公司續租中環總部大樓租約，年租金約港幣5億元。",
        "匯豐,置地公司",
        "約港幣5億元",
        [(L, "匯豐", "置地公司", "約港幣5億元")],
    ),
    S(
        "tenancy-s1",
        "星展银行与凯德集团签订租约，租用新加坡滨海湾金融中心三层办公楼，租金总额约2亿新元。",
        "星展银行,凯德集团",
        "约2亿新元",
        [(L, "星展银行", "凯德集团", "约2亿新元")],
    ),
]

FREE_TRANSFERS = [
    S(
        "free-s1",
        "中国宝武钢铁集团将其持有的马钢集团51%股权无偿划转给安徽省国资委。",
        "中国宝武钢铁集团,马钢集团,安徽省国资委",
        "",
        [(A, "安徽省国资委", "中国宝武钢铁集团", None)],
    ),
    S(
        "free-t1",
        "國務院國資委將其持有的中國華電集團10%股權無償劃轉給全國社保基金。",
        "國務院國資委,中國華電集團,全國社保基金",
        "",
        [(A, "全國社保基金", "國務院國資委", None)],
    ),
]


JV_FOUNDERS = [
    S(
        "jv-s1",
        "宁德时代与一汽集团签订合资协议，双方将共同出资设立合资公司，注册资本为10亿元。其中，宁德时代出资5.1亿元，"
        "一汽集团出资4.9亿元。",
        "宁德时代,一汽集团",
        "10亿元,5.1亿元,4.9亿元",
        [("investment", "宁德时代", None, "5.1亿元"), ("investment", "一汽集团", None, "4.9亿元")],
    ),
    S(
        "jv-t1",
        "台達電今日公告，與安川電機簽訂合資協議，共同成立合資公司，資本額新台幣20億元，其中台達電出資新台幣10.2億元。",
        "台達電,安川電機",
        "新台幣20億元,新台幣10.2億元",
        [("investment", "台達電", None, "新台幣10.2億元")],
    ),
    # counter row: a JV agreement stating no founder's contribution stays an agreement
    S(
        "jv-agreement-s1",
        "比亚迪与丰田签订合资协议，共同开发纯电动车型。",
        "比亚迪,丰田",
        "",
        [("agreement", "比亚迪", "丰田", None)],
    ),
]

ASSET_SALES = [
    S(
        "unnamed-fund-t1",
        "長江實業集團公布，以約39億港元向一家中東主權基金出售其持有的英國酒店組合。",
        "長江實業集團",
        "約39億港元",
        [(P, None, "長江實業集團", "約39億港元")],
    ),
    S(
        "unnamed-fund-s1",
        "长江实业集团以约39亿港元向一家中东主权基金出售其持有的英国酒店组合。",
        "长江实业集团",
        "约39亿港元",
        [(P, None, "长江实业集团", "约39亿港元")],
    ),
    # counter row: a stake of a named company sold is an acquisition by the unnamed buyer
    S(
        "unnamed-stake-t1",
        "長江實業集團以約39億港元向一名獨立第三方出售其持有的長江基建10%股權。",
        "長江實業集團,長江基建",
        "約39億港元",
        [(A, None, "長江實業集團", "約39億港元")],
    ),
]


@pytest.mark.parametrize(
    ("text", "orgs", "amounts", "expected"),
    TENDER_SELECTIONS
    + WINNERS_NAMED
    + BIDS_WON
    + LAND_BY_MEANS
    + LEASE_RENEWALS
    + FREE_TRANSFERS
    + JV_FOUNDERS
    + ASSET_SALES,
)
def test_contract_wins(
    text: str, orgs: list[str], amounts: list[str], expected: list[tuple[object, ...]]
) -> None:
    check(text, orgs, amounts, expected)
