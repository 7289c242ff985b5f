"""Gazetteer rows of session 9 for public bodies and regional small caps
(ontology/gazetteer/session9-public.ttl), read in sentences: Taiwan TWSE/TPEx small and mid caps,
Hong Kong biotech, medtech, textile and game companies, and public bodies of Taiwan, Hong Kong,
Singapore and Malaysia under their full names, in Traditional and in Simplified. And phrases that
hold a left-out short form as letters and are none (發生達到, 第一上海分行, 香港大學生).

Every sentence was written for this test (no corpus or devset text).
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import NAMED, as_iris, forms_holding, found_iris

#: sentence, region, {surface form: IRI path}
CASES = [
    pytest.param(
        "聲寶與歌林昨日分別公告，將辦理現金增資以充實營運資金。",
        "taiwan",
        {"聲寶": "org/sampo", "歌林": "org/kolin"},
        id="sampo-kolin-hant",
    ),
    pytest.param(
        "声宝与歌林昨日分别公告，将办理现金增资以充实营运资金。",
        "mainland",
        {"声宝": "org/sampo", "歌林": "org/kolin"},
        id="sampo-kolin-hans",
    ),
    pytest.param(
        "光磊科技董事會決議發行國內第三次無擔保轉換公司債。",
        "taiwan",
        {"光磊科技": "org/opto-tech"},
        id="opto-tech-cb-hant",
    ),
    pytest.param(
        "光磊科技董事会决议发行国内第三次无担保转换公司债。",
        "mainland",
        {"光磊科技": "org/opto-tech"},
        id="opto-tech-cb-hans",
    ),
    pytest.param(
        "岱宇國際與拓凱實業簽訂合作備忘錄，共同開發碳纖維健身器材。",
        "taiwan",
        {"岱宇國際": "org/dyaco", "拓凱實業": "org/topkey"},
        id="dyaco-topkey-hant",
    ),
    pytest.param(
        "岱宇国际与拓凯实业签订合作备忘录，共同开发碳纤维健身器材。",
        "mainland",
        {"岱宇国际": "org/dyaco", "拓凯实业": "org/topkey"},
        id="dyaco-topkey-hans",
    ),
    pytest.param(
        "生達製藥宣布取得一項學名藥授權，權利金總額未揭露。",
        "taiwan",
        {"生達製藥": "org/standard-chem-pharm"},
        id="standard-chem-hant",
    ),
    pytest.param(
        "生达制药宣布取得一项学名药授权，权利金总额未揭露。",
        "mainland",
        {"生达制药": "org/standard-chem-pharm"},
        id="standard-chem-hans",
    ),
    pytest.param(
        "八方雲集與瓦城泰統均表示，明年將在海外增設門市。",
        "taiwan",
        {"八方雲集": "org/bafang-yunji", "瓦城泰統": "org/thai-town"},
        id="bafang-thaitown-hant",
    ),
    pytest.param(
        "八方云集与瓦城泰统均表示，明年将在海外增设门市。",
        "mainland",
        {"八方云集": "org/bafang-yunji", "瓦城泰统": "org/thai-town"},
        id="bafang-thaitown-hans",
    ),
    pytest.param(
        "通嘉科技以每股新台幣四十元私募普通股，迅杰科技亦認購部分股份。",
        "taiwan",
        {"通嘉科技": "org/leadtrend", "迅杰科技": "org/ene-technology"},
        id="leadtrend-ene-hant",
    ),
    pytest.param(
        "通嘉科技以每股新台币四十元私募普通股，迅杰科技亦认购部分股份。",
        "mainland",
        {"通嘉科技": "org/leadtrend", "迅杰科技": "org/ene-technology"},
        id="leadtrend-ene-hans",
    ),
    pytest.param(
        "力智電子與晶宏半導體宣布策略結盟。",
        "taiwan",
        {"力智電子": "org/upi-semi", "晶宏半導體": "org/ultrachip"},
        id="upi-ultrachip-hant",
    ),
    pytest.param(
        "力智电子与晶宏半导体宣布策略结盟。",
        "mainland",
        {"力智电子": "org/upi-semi", "晶宏半导体": "org/ultrachip"},
        id="upi-ultrachip-hans",
    ),
    pytest.param(
        "鈺邦科技擬收購鑽全實業部分股權。",
        "taiwan",
        {"鈺邦科技": "org/apaq", "鑽全實業": "org/basso"},
        id="apaq-basso-hant",
    ),
    pytest.param(
        "钰邦科技拟收购钻全实业部分股权。",
        "mainland",
        {"钰邦科技": "org/apaq", "钻全实业": "org/basso"},
        id="apaq-basso-hans",
    ),
    pytest.param(
        "亞崴機電與協易機械接獲一筆來自美國車廠的設備訂單。",
        "taiwan",
        {"亞崴機電": "org/awea", "協易機械": "org/seyi"},
        id="awea-seyi-hant",
    ),
    pytest.param(
        "亚崴机电与协易机械接获一笔来自美国车厂的设备订单。",
        "mainland",
        {"亚崴机电": "org/awea", "协易机械": "org/seyi"},
        id="awea-seyi-hans",
    ),
    pytest.param(
        "新光三越與住都中心簽約，合作開發車站旁的社會住宅與商場。",
        "taiwan",
        {"新光三越": "org/shin-kong-mitsukoshi", "住都中心": "org/nhuc"},
        id="shin-kong-mitsukoshi-hant",
    ),
    pytest.param(
        "新光三越与住都中心签约，合作开发车站旁的社会住宅与商场。",
        "mainland",
        {"新光三越": "org/shin-kong-mitsukoshi", "住都中心": "org/nhuc"},
        id="shin-kong-mitsukoshi-hans",
    ),
    pytest.param(
        "來凱醫藥與歌禮製藥分別宣布配售新股。",
        "hongkong",
        {"來凱醫藥": "org/laekna", "歌禮製藥": "org/ascletis"},
        id="laekna-ascletis-hant",
    ),
    pytest.param(
        "来凯医药与歌礼制药分别宣布配售新股。",
        "mainland",
        {"来凯医药": "org/laekna", "歌礼制药": "org/ascletis"},
        id="laekna-ascletis-hans",
    ),
    pytest.param(
        "加科思與開拓藥業就一款候選藥物達成授權協議。",
        "hongkong",
        {"加科思": "org/jacobio", "開拓藥業": "org/kintor"},
        id="jacobio-kintor-hant",
    ),
    pytest.param(
        "加科思与开拓药业就一款候选药物达成授权协议。",
        "mainland",
        {"加科思": "org/jacobio", "开拓药业": "org/kintor"},
        id="jacobio-kintor-hans",
    ),
    pytest.param(
        "康諾亞獲一家跨國藥企支付首付款，三葉草生物則完成先舊後新配售。",
        "hongkong",
        {"康諾亞": "org/keymed", "三葉草生物": "org/clover-bio"},
        id="keymed-clover-hant",
    ),
    pytest.param(
        "康诺亚获一家跨国药企支付首付款，三叶草生物则完成先旧后新配售。",
        "mainland",
        {"康诺亚": "org/keymed", "三叶草生物": "org/clover-bio"},
        id="keymed-clover-hans",
    ),
    pytest.param(
        "先健科技與春立醫療公布年度業績，愛康醫療同日宣布回購。",
        "hongkong",
        {"先健科技": "org/lifetech", "春立醫療": "org/chunli", "愛康醫療": "org/akmedical"},
        id="lifetech-chunli-hant",
    ),
    pytest.param(
        "先健科技与春立医疗公布年度业绩，爱康医疗同日宣布回购。",
        "mainland",
        {"先健科技": "org/lifetech", "春立医疗": "org/chunli", "爱康医疗": "org/akmedical"},
        id="lifetech-chunli-hans",
    ),
    pytest.param(
        "歸創通橋、心通醫療及堃博醫療均獲納入港股通。",
        "hongkong",
        {"歸創通橋": "org/zylox-tonbridge", "心通醫療": "org/cardioflow", "堃博醫療": "org/broncus"},
        id="medtech-four-hant",
    ),
    pytest.param(
        "归创通桥、心通医疗及堃博医疗均获纳入港股通。",
        "mainland",
        {"归创通桥": "org/zylox-tonbridge", "心通医疗": "org/cardioflow", "堃博医疗": "org/broncus"},
        id="medtech-four-hans",
    ),
    pytest.param(
        "維珍妮、晶苑國際與互太紡織同受美國關稅影響。",
        "hongkong",
        {"維珍妮": "org/regina-miracle", "晶苑國際": "org/crystal-intl", "互太紡織": "org/pacific-textiles"},
        id="textiles-hant",
    ),
    pytest.param(
        "维珍妮、晶苑国际与互太纺织同受美国关税影响。",
        "mainland",
        {"维珍妮": "org/regina-miracle", "晶苑国际": "org/crystal-intl", "互太纺织": "org/pacific-textiles"},
        id="textiles-hans",
    ),
    pytest.param(
        "九興控股擬收購越南一家製鞋廠，德永佳集團則出售物業。",
        "hongkong",
        {"九興控股": "org/stella-intl", "德永佳集團": "org/texwinca"},
        id="stella-texwinca-hant",
    ),
    pytest.param(
        "九兴控股拟收购越南一家制鞋厂，德永佳集团则出售物业。",
        "mainland",
        {"九兴控股": "org/stella-intl", "德永佳集团": "org/texwinca"},
        id="stella-texwinca-hans",
    ),
    pytest.param(
        "飛魚科技與禪遊科技簽訂遊戲代理協議，百奧家庭互動亦參與投資。",
        "hongkong",
        {"飛魚科技": "org/feiyu", "禪遊科技": "org/zengame", "百奧家庭互動": "org/baioo"},
        id="games-hant",
    ),
    pytest.param(
        "飞鱼科技与禅游科技签订游戏代理协议，百奥家庭互动亦参与投资。",
        "mainland",
        {"飞鱼科技": "org/feiyu", "禅游科技": "org/zengame", "百奥家庭互动": "org/baioo"},
        id="games-hans",
    ),
    pytest.param(
        "聯邦制藥向四環醫藥授出一款產品的獨家經銷權。",
        "hongkong",
        {"聯邦制藥": "org/united-laboratories", "四環醫藥": "org/sihuan-pharma"},
        id="pharma-hk-hant",
    ),
    pytest.param(
        "联邦制药向四环医药授出一款产品的独家经销权。",
        "mainland",
        {"联邦制药": "org/united-laboratories", "四环医药": "org/sihuan-pharma"},
        id="pharma-hk-hans",
    ),
    pytest.param(
        "阜博集團完成配售，由英皇證券擔任配售代理。",
        "hongkong",
        {"阜博集團": "org/fubo", "英皇證券": "org/emperor-capital"},
        id="vobile-vst-hant",
    ),
    pytest.param(
        "阜博集团完成配售，由英皇证券担任配售代理。",
        "mainland",
        {"阜博集团": "org/fubo", "英皇证券": "org/emperor-capital"},
        id="vobile-vst-hans",
    ),
    pytest.param(
        "競爭事務委員會與會計及財務匯報局簽署合作備忘錄。",
        "hongkong",
        {"競爭事務委員會": "org/compcomm-hk", "會計及財務匯報局": "org/afrc-hk"},
        id="hk-bodies-hant",
    ),
    pytest.param(
        "竞争事务委员会与会计及财务汇报局签署合作备忘录。",
        "mainland",
        {"竞争事务委员会": "org/compcomm-hk", "会计及财务汇报局": "org/afrc-hk"},
        id="hk-bodies-hans",
    ),
    pytest.param(
        "引進重點企業辦公室與香港生產力促進局合辦研討會。",
        "hongkong",
        {"引進重點企業辦公室": "org/oaie-hk", "香港生產力促進局": "org/hkpc"},
        id="hk-oase-hant",
    ),
    pytest.param(
        "引进重点企业办公室与香港生产力促进局合办研讨会。",
        "mainland",
        {"引进重点企业办公室": "org/oaie-hk", "香港生产力促进局": "org/hkpc"},
        id="hk-oase-hans",
    ),
    pytest.param(
        "證券及期貨事務監察委員會批准該公司的牌照申請。",
        "hongkong",
        {"證券及期貨事務監察委員會": "org/sfc-hk"},
        id="hk-sfc-full-hant",
    ),
    pytest.param(
        "证券及期货事务监察委员会批准该公司的牌照申请。",
        "mainland",
        {"证券及期货事务监察委员会": "org/sfc-hk"},
        id="hk-sfc-full-hans",
    ),
    pytest.param(
        "香港中文大學與香港科技大學的研究團隊共同成立初創公司。",
        "hongkong",
        {"香港中文大學": "org/cuhk", "香港科技大學": "org/hkust"},
        id="cuhk-hkust-hant",
    ),
    pytest.param(
        "香港中文大学与香港科技大学的研究团队共同成立初创公司。",
        "mainland",
        {"香港中文大学": "org/cuhk", "香港科技大学": "org/hkust"},
        id="cuhk-hkust-hans",
    ),
    pytest.param(
        "新加坡公用事業局與新加坡國家環境局聯合招標建設海水淡化廠。",
        "singapore",
        {"新加坡公用事業局": "org/pub-sg", "新加坡國家環境局": "org/nea-sg"},
        id="sg-bodies-hant",
    ),
    pytest.param(
        "新加坡公用事业局与新加坡国家环境局联合招标建设海水淡化厂。",
        "singapore",
        {"新加坡公用事业局": "org/pub-sg", "新加坡国家环境局": "org/nea-sg"},
        id="sg-bodies-hans",
    ),
    pytest.param(
        "新加坡貿工部與新加坡財政部宣佈一項企業援助配套。",
        "singapore",
        {"新加坡貿工部": "org/mti-sg", "新加坡財政部": "org/mof-sg"},
        id="sg-ministries-hant",
    ),
    pytest.param(
        "新加坡贸工部与新加坡财政部宣布一项企业援助配套。",
        "singapore",
        {"新加坡贸工部": "org/mti-sg", "新加坡财政部": "org/mof-sg"},
        id="sg-ministries-hans",
    ),
    pytest.param(
        "新加坡科技研究局與南洋理工大學簽約，共同研發半導體技術。",
        "singapore",
        {"新加坡科技研究局": "org/astar", "南洋理工大學": "org/ntu-sg"},
        id="sg-research-hant",
    ),
    pytest.param(
        "新加坡科技研究局与南洋理工大学签约，共同研发半导体技术。",
        "singapore",
        {"新加坡科技研究局": "org/astar", "南洋理工大学": "org/ntu-sg"},
        id="sg-research-hans",
    ),
    pytest.param(
        "新加坡民航局與新加坡旅遊局合作推廣航空旅遊。",
        "singapore",
        {"新加坡民航局": "org/caas-sg", "新加坡旅遊局": "org/stb-sg"},
        id="sg-caas-stb-hant",
    ),
    pytest.param(
        "新加坡民航局与新加坡旅游局合作推广航空旅游。",
        "singapore",
        {"新加坡民航局": "org/caas-sg", "新加坡旅游局": "org/stb-sg"},
        id="sg-caas-stb-hans",
    ),
    pytest.param(
        "新加坡國家研究基金會撥款資助新加坡國立大學的量子計算項目。",
        "singapore",
        {"新加坡國家研究基金會": "org/nrf-sg", "新加坡國立大學": "org/nus"},
        id="sg-nrf-nus-hant",
    ),
    pytest.param(
        "新加坡国家研究基金会拨款资助新加坡国立大学的量子计算项目。",
        "singapore",
        {"新加坡国家研究基金会": "org/nrf-sg", "新加坡国立大学": "org/nus"},
        id="sg-nrf-nus-hans",
    ),
    pytest.param(
        "武裝部隊基金局與馬來西亞數碼經濟機構合作投資本地科技公司。",
        "malaysia",
        {"武裝部隊基金局": "org/ltat", "馬來西亞數碼經濟機構": "org/mdec"},
        id="my-ltat-mdec-hant",
    ),
    pytest.param(
        "武装部队基金局与马来西亚数码经济机构合作投资本地科技公司。",
        "malaysia",
        {"武装部队基金局": "org/ltat", "马来西亚数码经济机构": "org/mdec"},
        id="my-ltat-mdec-hans",
    ),
    pytest.param(
        "馬來西亞國庫控股出售一家醫院集團的部分股權。",
        "malaysia",
        {"馬來西亞國庫控股": "org/khazanah"},
        id="my-khazanah-full-hant",
    ),
    pytest.param(
        "马来西亚国库控股出售一家医院集团的部分股权。",
        "malaysia",
        {"马来西亚国库控股": "org/khazanah"},
        id="my-khazanah-full-hans",
    ),
    pytest.param(
        "嘉和生物與北海康成製藥簽訂一項合作開發協議。",
        "hongkong",
        {"嘉和生物": "org/genor", "北海康成製藥": "org/canbridge"},
        id="genor-canbridge-hant",
    ),
    pytest.param(
        "嘉和生物与北海康成制药签订一项合作开发协议。",
        "mainland",
        {"嘉和生物": "org/genor", "北海康成制药": "org/canbridge"},
        id="genor-canbridge-hans",
    ),
    pytest.param(
        "康寧傑瑞與和譽醫藥分別宣布授出海外權益，諾輝健康則完成配售。",
        "hongkong",
        {"康寧傑瑞": "org/alphamab", "和譽醫藥": "org/abbisko", "諾輝健康": "org/new-horizon-health"},
        id="alphamab-abbisko-hant",
    ),
    pytest.param(
        "康宁杰瑞与和誉医药分别宣布授出海外权益，诺辉健康则完成配售。",
        "mainland",
        {"康宁杰瑞": "org/alphamab", "和誉医药": "org/abbisko", "诺辉健康": "org/new-horizon-health"},
        id="alphamab-abbisko-hans",
    ),
    pytest.param(
        "微創機器人向微創腦科學收購一項手術導航技術。",
        "hongkong",
        {"微創機器人": "org/microport-medbot", "微創腦科學": "org/microport-neurotech"},
        id="microport-units-hant",
    ),
    pytest.param(
        "微创机器人向微创脑科学收购一项手术导航技术。",
        "mainland",
        {"微创机器人": "org/microport-medbot", "微创脑科学": "org/microport-neurotech"},
        id="microport-units-hans",
    ),
    pytest.param(
        "海吉亞醫療、錦欣生殖與固生堂均計劃以可換股債券籌資。",
        "hongkong",
        {
            "海吉亞醫療": "org/hygeia-healthcare",
            "錦欣生殖": "org/jinxin-fertility",
            "固生堂": "org/gushengtang",
        },
        id="clinics-hk-hant",
    ),
    pytest.param(
        "海吉亚医疗、锦欣生殖与固生堂均计划以可换股债券筹资。",
        "mainland",
        {
            "海吉亚医疗": "org/hygeia-healthcare",
            "锦欣生殖": "org/jinxin-fertility",
            "固生堂": "org/gushengtang",
        },
        id="clinics-hk-hans",
    ),
    pytest.param(
        "永昕生物醫藥為杏國新藥代工生產，生華科與中天生技亦洽談合作。",
        "taiwan",
        {
            "永昕生物醫藥": "org/mycenax",
            "杏國新藥": "org/syncore-bio",
            "生華科": "org/senhwa",
            "中天生技": "org/microbio-tw",
        },
        id="tw-biotech-hant",
    ),
    pytest.param(
        "永昕生物医药为杏国新药代工生产，生华科与中天生技亦洽谈合作。",
        "mainland",
        {
            "永昕生物医药": "org/mycenax",
            "杏国新药": "org/syncore-bio",
            "生华科": "org/senhwa",
            "中天生技": "org/microbio-tw",
        },
        id="tw-biotech-hans",
    ),
    pytest.param(
        "怡保工程獲得一項高速公路合約，高產樹膠與友尼森同日公佈季度業績。",
        "malaysia",
        {"怡保工程": "org/ijm", "高產樹膠": "org/kossan", "友尼森": "org/unisem"},
        id="my-ijm-kossan-hant",
    ),
    pytest.param(
        "怡保工程获得一项高速公路合约，高产树胶与友尼森同日公布季度业绩。",
        "malaysia",
        {"怡保工程": "org/ijm", "高产树胶": "org/kossan", "友尼森": "org/unisem"},
        id="my-ijm-kossan-hans",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_new_rows_are_found(nlp, text: str, region: str, expected: dict[str, str]) -> None:
    assert found_iris(nlp, text, expected, NAMED, region) == as_iris(expected)


#: sentence, letters of a left-out form that must not be read as a name
ORDINARY = [
    pytest.param("只要發生達到門檻的損失，保險即會理賠。", "生達", id="standard-chem-word-hant"),
    pytest.param("只要发生达到门槛的损失，保险即会理赔。", "生达", id="standard-chem-word-hans"),
    pytest.param("團隊以腦力智慧克服了難題。", "力智", id="upi-word-hant"),
    pytest.param("团队以脑力智慧克服了难题。", "力智", id="upi-word-hans"),
    pytest.param("這份報告以類比科學方法說明趨勢。", "類比科", id="analog-word-hant"),
    pytest.param("这份报告以类比科学方法说明趋势。", "类比科", id="analog-word-hans"),
    pytest.param("多名香港大學生參與這項創業比賽。", "香港大學", id="hku-student-hant"),
    pytest.param("多名香港大学生参与这项创业比赛。", "香港大学", id="hku-student-hans"),
    pytest.param("市經發局表示將擴大招商引資。", "經發局", id="sg-edb-bare-hant"),
    pytest.param("市经发局表示将扩大招商引资。", "经发局", id="sg-edb-bare-hans"),
    pytest.param("工廠提升生產力局限於設備投資。", "生產力局", id="productivity-word-hant"),
    pytest.param("工厂提升生产力局限于设备投资。", "生产力局", id="productivity-word-hans"),
    pytest.param("中國抗體藥物市場規模持續擴大。", "中國抗體", id="sinomab-phrase-hant"),
    pytest.param("中国抗体药物市场规模持续扩大。", "中国抗体", id="sinomab-phrase-hans"),
    pytest.param("瓦城牆邊的老屋已整修完畢。", "瓦城", id="tile-city-hant"),
    pytest.param("瓦城墙边的老屋已整修完毕。", "瓦城", id="tile-city-hans"),
]


@pytest.mark.parametrize(("text", "word"), ORDINARY)
def test_phrases_holding_left_out_forms_are_no_mentions(nlp, text: str, word: str) -> None:
    assert not forms_holding(nlp, text, word)
