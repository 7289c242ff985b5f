"""Gazetteer rows of sessions 5 and 6 (issue 13 item 5), read in sentences: global corporates by
the names each market's press uses, mainland central SOEs, provincial groups and state investment
platforms, and (session 6, mainland-platforms.ttl) city platforms, energy and chip companies, the
banks' asset investment companies, central bodies and trade media, in Traditional and in
Simplified; and short names that must not be read inside ordinary words (人社部门, 北部湾港口).

Every sentence was written for this test (no corpus or devset text).
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import NAMED, as_iris, forms_holding, found_iris

#: sentence, region, {surface form: IRI path}
CASES = [
    # autos: the mainland, Taiwan and Hong Kong names of one company
    pytest.param(
        "沃爾沃汽車與日產汽車宣布結盟，雙方將共用電池平台。",
        "taiwan",
        {"沃爾沃汽車": "org/volvo-cars", "日產汽車": "org/nissan"},
        id="tw-volvo-nissan",
    ),
    pytest.param(
        "据报道，沃尔沃与日产汽车签署协议，共同开发电动车平台。",
        "mainland",
        {"沃尔沃": "org/volvo-cars", "日产汽车": "org/nissan"},
        id="cn-volvo-nissan",
    ),
    pytest.param(
        "福斯集團與賓士集團均表示將擴大在台投資。",
        "taiwan",
        {"福斯集團": "org/volkswagen", "賓士集團": "org/mercedes"},
        id="tw-vw-mercedes",
    ),
    pytest.param(
        "大众汽车集团与宝马集团合计投资20亿欧元建设充电网络。",
        "mainland",
        {"大众汽车集团": "org/volkswagen", "宝马集团": "org/bmw"},
        id="cn-vw-bmw",
    ),
    # oil, chemicals, mining and steel
    pytest.param(
        "道達爾能源與卡達能源公司簽署為期27年的液化天然氣供應合約。",
        "taiwan",
        {"道達爾能源": "org/totalenergies", "卡達能源公司": "org/qatarenergy"},
        id="tw-total-qatarenergy",
    ),
    pytest.param(
        "安赛乐米塔尔与浦项制铁拟在印度合资建设钢厂。",
        "mainland",
        {"安赛乐米塔尔": "org/arcelormittal", "浦项制铁": "org/posco"},
        id="cn-arcelormittal-posco",
    ),
    pytest.param(
        "必和必拓與淡水河谷同意支付賠償，嘉能可則出售部分煤礦資產。",
        "hongkong",
        {"必和必拓": "org/bhp", "淡水河谷": "org/vale", "嘉能可": "org/glencore"},
        id="hk-miners",
    ),
    pytest.param(
        "巴斯夫与陶氏化学均下调了全年盈利预期。",
        "mainland",
        {"巴斯夫": "org/basf", "陶氏化学": "org/dow"},
        id="cn-basf-dow",
    ),
    # consumer goods and retail
    pytest.param(
        "联合利华与宝洁公司相继宣布提价，百事公司亦表示将调整价格。",
        "mainland",
        {"联合利华": "org/unilever", "宝洁公司": "org/procter-gamble", "百事公司": "org/pepsico"},
        id="cn-consumer-goods",
    ),
    pytest.param(
        "寶僑與萊雅集團在台灣的營收均創新高。",
        "taiwan",
        {"寶僑": "org/procter-gamble", "萊雅集團": "org/loreal"},
        id="tw-pg-loreal",
    ),
    pytest.param(
        "好市多與家樂福均表示將擴大在台門市。",
        "taiwan",
        {"好市多": "org/costco", "家樂福": "org/carrefour"},
        id="tw-retail",
    ),
    # shipping and airlines
    pytest.param(
        "馬士基與達飛海運宣布新航線聯盟，赫伯羅特則加入另一聯盟。",
        "hongkong",
        {"馬士基": "org/maersk", "達飛海運": "org/cma-cgm", "赫伯羅特": "org/hapag-lloyd"},
        id="hk-carriers",
    ),
    pytest.param(
        "达飞与马士基向中国船厂订造多艘集装箱船。",
        "mainland",
        {"达飞": "org/cma-cgm", "马士基": "org/maersk"},
        id="cn-carriers-short",
    ),
    pytest.param(
        "大韓航空與全日空均向空中巴士訂購新機。",
        "taiwan",
        {"大韓航空": "org/korean-air", "全日空": "org/ana-holdings", "空中巴士": "org/airbus"},
        id="tw-airlines-airbus",
    ),
    # utilities and renewables
    pytest.param(
        "伊维尔德罗拉与意大利国家电力公司计划出售部分电网资产，意昂亦有意参与。",
        "mainland",
        {
            "伊维尔德罗拉": "org/iberdrola",
            "意大利国家电力公司": "org/enel",
            "意昂": "org/eon",
        },
        id="cn-european-utilities",
    ),
    pytest.param(
        "法國電力公司與萊茵集團將共同開發北海離岸風場。",
        "taiwan",
        {"法國電力公司": "org/edf", "萊茵集團": "org/rwe"},
        id="tw-edf-rwe",
    ),
    pytest.param(
        "EDF與ABB簽署電網設備供應協議。",
        "hongkong",
        {"EDF": "org/edf", "ABB": "org/abb"},
        id="hk-edf-abb-latin",
    ),
    # mainland SOEs and provincial groups
    pytest.param(
        "國家電投集團與浙能集團合資建設海上風電項目，申能股份亦參股。",
        "hongkong",
        {"國家電投集團": "org/spic", "浙能集團": "org/zhejiang-energy", "申能股份": "org/shenergy"},
        id="hk-power-groups",
    ),
    pytest.param(
        "蜀道集团与山东高速集团签署战略合作协议，浙江交投亦派员出席。",
        "mainland",
        {
            "蜀道集团": "org/shudao",
            "山东高速集团": "org/shandong-hi-speed",
            "浙江交投": "org/zhejiang-communications",
        },
        id="cn-transport-groups",
    ),
    pytest.param(
        "皖能电力公告，拟与京能电力共同投资建设燃煤机组。",
        "mainland",
        {"皖能电力": "org/wenergy", "京能电力": "org/jingneng-power"},
        id="cn-provincial-power",
    ),
    pytest.param(
        "深創投與合肥建投領投本輪融資，上海國投跟投。",
        "hongkong",
        {
            "深創投": "org/shenzhen-capital-group",
            "合肥建投": "org/hefei-jiantou",
            "上海國投": "org/shanghai-state-capital",
        },
        id="hk-state-platforms",
    ),
    pytest.param(
        "北京国管与成都产投共同设立产业基金，渝富控股作为有限合伙人出资。",
        "mainland",
        {
            "北京国管": "org/beijing-guoguan",
            "成都产投": "org/chengdu-industry-investment",
            "渝富控股": "org/chongqing-yufu",
        },
        id="cn-state-platforms",
    ),
    # telecoms, commodity traders, hotels, medical technology
    pytest.param(
        "沃達豐與德國電信公司洽談合併鐵塔業務，網飛則擴大亞洲投資。",
        "taiwan",
        {"沃達豐": "org/vodafone", "德國電信公司": "org/deutsche-telekom", "網飛": "org/netflix"},
        id="tw-telecoms",
    ),
    pytest.param(
        "嘉吉与路易达孚在东南亚收购油籽加工厂，托克集团亦参与竞购。",
        "mainland",
        {"嘉吉": "org/cargill", "路易达孚": "org/louis-dreyfus", "托克集团": "org/trafigura"},
        id="cn-commodity-traders",
    ),
    pytest.param(
        "萬豪國際與洲際酒店集團均計劃在大馬增設酒店。",
        "other",
        {"萬豪國際": "org/marriott", "洲際酒店集團": "org/ihg"},
        id="my-hotels",
    ),
    pytest.param(
        "史赛克以12亿美元收购一家手术机器人公司，直觉外科股价下跌。",
        "mainland",
        {"史赛克": "org/stryker", "直觉外科": "org/intuitive-surgical"},
        id="cn-medtech",
    ),
    pytest.param(
        "印孚瑟斯与威普罗下调全年营收指引，马恒达则上调资本开支。",
        "mainland",
        {"印孚瑟斯": "org/infosys", "威普罗": "org/wipro", "马恒达": "org/mahindra"},
        id="cn-indian-groups",
    ),
    pytest.param(
        "韓華Qcells與錦湖輪胎均宣布在美國設廠，斗山能源亦獲得核電訂單。",
        "taiwan",
        {
            "韓華Qcells": "org/hanwha-qcells",
            "錦湖輪胎": "org/kumho-tire",
            "斗山能源": "org/doosan-enerbility",
        },
        id="tw-korean-makers",
    ),
    # Hong Kong, Singapore and Malaysia
    pytest.param(
        "太古集團與雷蛇簽署合作協議，於香港設立電競中心。",
        "hongkong",
        {"太古集團": "org/swire-group", "雷蛇": "org/razer"},
        id="hk-swire-razer",
    ),
    pytest.param(
        "星和电讯与DFI零售集团签署数码支付合作协议。",
        "other",
        {"星和电讯": "org/starhub", "DFI零售集团": "org/dfi-retail"},
        id="sg-hk-simplified",
    ),
    pytest.param(
        "實達集團與綜合保健控股在新山合作開發醫療城。",
        "other",
        {"實達集團": "org/sp-setia", "綜合保健控股": "org/ihh"},
        id="my-setia-ihh",
    ),
    # Taiwan
    pytest.param(
        "力成科技與超豐電子宣布擴大先進封裝產能，達方亦公告資本支出。",
        "taiwan",
        {"力成科技": "org/powertech", "超豐電子": "org/greatek", "達方": "org/darfon"},
        id="tw-packaging",
    ),
    pytest.param(
        "中华票券与国际票券公布上半年获利，兆豐票券则增资。",
        "taiwan",
        {"中华票券": "org/china-bills", "国际票券": "org/ibf", "兆豐票券": "org/mega-bills"},
        id="tw-bills-finance-simplified",
    ),
    pytest.param(
        "臺銀人壽與華南產險合作推出新保單，第一金人壽亦跟進。",
        "taiwan",
        {
            "臺銀人壽": "org/bank-taiwan-life",
            "華南產險": "org/south-china-insurance",
            "第一金人壽": "org/first-life",
        },
        id="tw-insurers",
    ),
    # bare short names left out of the gazetteer: 日產 is also "daily output" (日產原油5萬桶),
    # 浦項 sits inside 黃浦項目, 法國電力 is also "French power" (法國電力需求)
    *(
        pytest.param(
            text,
            region,
            {form: path},
            id=case_id,
            marks=pytest.mark.xfail(strict=True, reason=f"bare {form} left out of the gazetteer"),
        )
        for text, region, form, path, case_id in (
            ("日產宣布與雷諾調整交叉持股比例。", "taiwan", "日產", "org/nissan", "tw-nissan-bare"),
            ("浦項宣布在阿根廷追加投資鋰礦。", "taiwan", "浦項", "org/posco", "tw-posco-bare"),
            ("法国电力宣布上调核电站投资预算。", "mainland", "法国电力", "org/edf", "cn-edf-bare"),
        )
    ),
    # session 6 (mainland-platforms.ttl): state capital platforms, energy and chip companies, bank
    # AICs, central bodies, trade media
    pytest.param(
        "湖北聯投與安徽國控共同出資設立新能源產業基金。",
        "mainland",
        {"湖北聯投": "org/hubei-united-development", "安徽國控": "org/anhui-state-capital-operation"},
        id="platforms-hant",
    ),
    pytest.param(
        "湖北联投与安徽国控共同出资设立新能源产业基金。",
        "mainland",
        {"湖北联投": "org/hubei-united-development", "安徽国控": "org/anhui-state-capital-operation"},
        id="platforms-hans",
    ),
    pytest.param(
        "本輪融資由蘇州國發領投，濟南產發、長沙城發跟投。",
        "mainland",
        {
            "蘇州國發": "org/suzhou-international-development",
            "濟南產發": "org/jinan-industry-development",
            "長沙城發": "org/changsha-city-development",
        },
        id="city-platforms-round-hant",
    ),
    pytest.param(
        "本轮融资由苏州国发领投，济南产发、长沙城发跟投。",
        "mainland",
        {
            "苏州国发": "org/suzhou-international-development",
            "济南产发": "org/jinan-industry-development",
            "长沙城发": "org/changsha-city-development",
        },
        id="city-platforms-round-hans",
    ),
    pytest.param(
        "國家電投集團黃河上游水電開發有限責任公司與協鑫集成簽訂組件採購合同。",
        "mainland",
        {
            "國家電投集團黃河上游水電開發有限責任公司": "org/huanghe-hydropower",
            "協鑫集成": "org/gcl-system-integration",
        },
        id="hydropower-modules-hant",
    ),
    pytest.param(
        "国家电投集团黄河上游水电开发有限责任公司与协鑫集成签订组件采购合同。",
        "mainland",
        {
            "国家电投集团黄河上游水电开发有限责任公司": "org/huanghe-hydropower",
            "协鑫集成": "org/gcl-system-integration",
        },
        id="hydropower-modules-hans",
    ),
    pytest.param(
        "建信投資、工銀投資與農銀投資合計出資60億元參與市場化債轉股。",
        "mainland",
        {"建信投資": "org/ccb-aic", "工銀投資": "org/icbc-aic", "農銀投資": "org/abc-aic"},
        id="bank-aics-hant",
    ),
    pytest.param(
        "建信投资、工银投资与农银投资合计出资60亿元参与市场化债转股。",
        "mainland",
        {"建信投资": "org/ccb-aic", "工银投资": "org/icbc-aic", "农银投资": "org/abc-aic"},
        id="bank-aics-hans",
    ),
    pytest.param(
        "芯聯集成擬收購思特威部分股權，格科微亦有意參與。",
        "mainland",
        {"芯聯集成": "org/united-nova", "思特威": "org/smartsens", "格科微": "org/galaxycore"},
        id="chips-hant",
    ),
    pytest.param(
        "芯联集成拟收购思特威部分股权，格科微亦有意参与。",
        "mainland",
        {"芯联集成": "org/united-nova", "思特威": "org/smartsens", "格科微": "org/galaxycore"},
        id="chips-hans",
    ),
    pytest.param(
        "審計署與人社部聯合發布通知。",
        "mainland",
        {"審計署": "org/cnao", "人社部": "org/mohrss"},
        id="central-bodies-hant",
    ),
    pytest.param(
        "审计署与人社部联合发布通知。",
        "mainland",
        {"审计署": "org/cnao", "人社部": "org/mohrss"},
        id="central-bodies-hans",
    ),
    pytest.param(
        "據北極星太陽能光伏網報導，海博思創中標一項儲能項目。",
        "mainland",
        {"北極星太陽能光伏網": "org/bjx", "海博思創": "org/hyperstrong"},
        id="trade-media-hant",
    ),
    pytest.param(
        "据北极星太阳能光伏网报道，海博思创中标一项储能项目。",
        "mainland",
        {"北极星太阳能光伏网": "org/bjx", "海博思创": "org/hyperstrong"},
        id="trade-media-hans",
    ),
    pytest.param(
        "北部灣港發布公告稱，擬投資建設新泊位。",
        "mainland",
        {"北部灣港": "org/beibu-gulf-port"},
        id="port-company-hant",
    ),
    pytest.param(
        "北部湾港发布公告称，拟投资建设新泊位。",
        "mainland",
        {"北部湾港": "org/beibu-gulf-port"},
        id="port-company-hans",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_new_rows_are_found(nlp, text: str, region: str, expected: dict[str, str]) -> None:
    assert found_iris(nlp, text, expected, NAMED, region) == as_iris(expected)


#: sentence, a word of it that holds a short name but is no organisation
ORDINARY = [
    pytest.param("該油田日產原油5萬桶，較去年增加一成。", "日產", id="tw-daily-output"),
    pytest.param("该油田日产原油5万桶，日产量创历史新高。", "日产", id="cn-daily-output"),
    pytest.param("政府將努力平治水患，確保糧食生產。", "平治", id="tw-to-govern"),
    pytest.param("公司將努力拓展海外市場，力求營收成長。", "力拓", id="tw-expand"),
    pytest.param("公司将努力拓展海外市场，力求营收增长。", "力拓", id="cn-expand"),
    pytest.param("他是公司裡的百事通，大小事務都找他。", "百事", id="tw-know-all"),
    pytest.param("这套家具宜家宜室，销量不错。", "宜家", id="cn-homely"),
    pytest.param("航班抵達飛機維修基地後進行檢查。", "達飛", id="tw-arrive-plane"),
    pytest.param("航班抵达飞机维修基地后进行检查。", "达飞", id="cn-arrive-plane"),
    pytest.param("北京能源消費總量下降，東京能源價格上漲。", "京能", id="tw-tokyo-energy"),
    pytest.param("产品到达能源市场的时间缩短。", "达能", id="cn-reach-energy"),
    pytest.param("公司將努力成為全球領先的供應商。", "力成", id="tw-strive-to-become"),
    pytest.param("双方达成协议后，到达方面的安排已经确定。", "达方", id="cn-arrival-side"),
    pytest.param("他的投籃神準，全場命中率高。", "神準", id="tw-spot-on"),
    pytest.param("澳门博彩收入连续第三个月增长。", "澳门博彩", id="cn-macau-gaming-revenue"),
    pytest.param("算力成本大幅下降，雲端業者受惠。", "力成", id="tw-compute-cost"),
    pytest.param("黄浦项目的销售情况良好。", "浦项", id="cn-huangpu-project"),
    pytest.param("双方将合作共赢创新发展。", "赢创", id="cn-win-win-innovation"),
    pytest.param("雙方秉持共贏創新的理念。", "贏創", id="tw-win-win-innovation"),
    pytest.param("這道菜加了蝦皮調味。", "蝦皮", id="tw-dried-shrimp"),
    pytest.param("美國航空業復甦，機票價格上漲。", "美國航空", id="tw-us-aviation"),
    pytest.param("日本航空业需求回升。", "日本航空", id="cn-japan-aviation"),
    pytest.param("美國鋼鐵業者呼籲提高關稅。", "美國鋼鐵", id="tw-us-steelmakers"),
    pytest.param("法國電力需求下降。", "法國電力", id="tw-french-power-demand"),
    pytest.param("德国电信市场竞争激烈。", "德国电信", id="cn-german-telecoms-market"),
    pytest.param("山东高速公路网建设提速。", "山东高速", id="cn-shandong-expressways"),
    pytest.param("四川發展新能源產業的步伐加快。", "四川發展", id="tw-sichuan-develops"),
    pytest.param("杭州资本市场活跃度提升。", "杭州资本", id="cn-hangzhou-capital-market"),
    pytest.param("深圳能源消費結構調整。", "深圳能源", id="tw-shenzhen-energy-use"),
    pytest.param("中国核工业发展迎来新机遇。", "中国核工业", id="cn-nuclear-industry"),
    pytest.param("卡達能源部長表示，產量將維持不變。", "卡達能源", id="tw-qatar-energy-minister"),
    # session 6: a ministry's name before 门 (人社部门), a port's inside 港口, 投资界 ("the investment world")
    pytest.param("各地人社部門加強就業服務。", "人社部", id="labour-departments-hant"),
    pytest.param("各地人社部门加强就业服务。", "人社部", id="labour-departments-hans"),
    pytest.param("工信部門加大對中小企業的支持力度。", "工信部", id="industry-departments-hant"),
    pytest.param("工信部门加大对中小企业的支持力度。", "工信部", id="industry-departments-hans"),
    pytest.param("水利部門加強防汛工作。", "水利部", id="water-departments-hant"),
    pytest.param("水利部门加强防汛工作。", "水利部", id="water-departments-hans"),
    pytest.param("北部灣港口群吞吐量增長。", "北部灣港", id="gulf-ports-hant"),
    pytest.param("北部湾港口群吞吐量增长。", "北部湾港", id="gulf-ports-hans"),
    pytest.param("投資界人士普遍認為市場回暖。", "投資界", id="investment-world-hant"),
    pytest.param("投资界人士普遍认为市场回暖。", "投资界", id="investment-world-hans"),
]


@pytest.mark.parametrize(("text", "word"), ORDINARY)
def test_short_names_are_not_read_inside_ordinary_words(nlp, text: str, word: str) -> None:
    assert not forms_holding(nlp, text, word)
