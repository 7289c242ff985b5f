"""Gazetteer rows of the latest wave, read in sentences: each entity named once by a full name and
once by the short form the press uses, in Traditional and in Simplified.

Every sentence was written for this test (no corpus or devset text). A case lists the surface
forms that must be found as organisations or people and the gazetteer IRI each must link to; forms
listed together must be one entity.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import NAMED, as_iris, found_iris

#: sentence, region, {surface form: IRI path}
CASES = [
    # Korean and Japanese financial groups, Gulf and Southeast Asian banks
    pytest.param(
        "韓亞金融集團旗下韓亞銀行與新韓金融控股均參與這筆5億美元聯貸。",
        "taiwan",
        {
            "韓亞金融集團": "org/hana-financial",
            "韓亞銀行": "org/hana-financial",
            "新韓金融控股": "org/shinhan",
        },
        id="tw-korean-groups",
    ),
    pytest.param(
        "韩国投资证券与NH投资证券担任主承销商，韩国国民年金公团认购3000亿韩元。",
        "mainland",
        {
            "韩国投资证券": "org/korea-investment-securities",
            "NH投资证券": "org/nh-investment-securities",
            "韩国国民年金公团": "org/nps",
        },
        id="cn-korean-brokers-pension",
    ),
    pytest.param(
        "農林中央金庫與日本政策投資銀行合計出資200億日圓，青空銀行擔任安排行。",
        "taiwan",
        {"農林中央金庫": "org/norinchukin", "日本政策投資銀行": "org/dbj", "青空銀行": "org/aozora-bank"},
        id="tw-japanese-lenders",
    ),
    pytest.param(
        "农林中金将向该基金承诺出资，三井住友信托银行为托管行。",
        "mainland",
        {"农林中金": "org/norinchukin", "三井住友信托银行": "org/sumitomo-mitsui-trust"},
        id="cn-japanese-lenders-short",
    ),
    pytest.param(
        "盤谷銀行、開泰銀行及暹羅商業銀行共同提供120億泰銖貸款。",
        "other",
        {"盤谷銀行": "org/bangkok-bank", "開泰銀行": "org/kasikornbank", "暹羅商業銀行": "org/scb-thailand"},
        id="tw-thai-banks",
    ),
    pytest.param(
        "印尼中亚银行与曼迪利银行签署协议，阿布扎比第一银行亦参与其中。",
        "other",
        {"印尼中亚银行": "org/bca", "曼迪利银行": "org/bank-mandiri", "阿布扎比第一银行": "org/fab"},
        id="cn-indonesian-gulf-banks",
    ),
    pytest.param(
        "馬來西亞興業銀行與豐隆銀行分別承銷5億令吉伊斯蘭債券。",
        "other",
        {"馬來西亞興業銀行": "org/rhb", "豐隆銀行": "org/hong-leong-bank"},
        id="my-banks-traditional",
    ),
    pytest.param(
        "澳盛银行与道明银行出任牵头行，多伦多道明银行负责簿记。",
        "mainland",
        {"澳盛银行": "org/anz", "道明银行": "org/td-bank", "多伦多道明银行": "org/td-bank"},
        id="cn-anz-td",
    ),
    pytest.param(
        "卡達國家銀行與沙烏地國家銀行也在貸款銀行之列。",
        "taiwan",
        {"卡達國家銀行": "org/qnb", "沙烏地國家銀行": "org/snb-saudi"},
        id="tw-gulf-banks",
    ),
    # mainland listed companies by short name and by legal name
    pytest.param(
        "扬州扬杰电子科技股份有限公司（以下简称扬杰科技）拟发行可转债，捷捷微电同日公告定增。",
        "mainland",
        {
            "扬州扬杰电子科技股份有限公司": "org/yangjie",
            "扬杰科技": "org/yangjie",
            "捷捷微电": "org/jiejie-micro",
        },
        id="cn-power-semis",
    ),
    pytest.param(
        "揚杰科技與晶盛機電分別獲得北向資金加碼，浙江晶盛機電股份有限公司擬擴產碳化矽。",
        "hongkong",
        {"揚杰科技": "org/yangjie", "晶盛機電": "org/jingsheng", "浙江晶盛機電股份有限公司": "org/jingsheng"},
        id="hk-power-semis-traditional",
    ),
    pytest.param(
        "固德威与锦浪科技、上能电气同列逆变器第二梯队，禾迈股份则专注微型逆变器。",
        "mainland",
        {
            "固德威": "org/goodwe",
            "锦浪科技": "org/ginlong",
            "上能电气": "org/sineng",
            "禾迈股份": "org/hoymiles",
        },
        id="cn-inverters",
    ),
    pytest.param(
        "東方電纜中標海上風電送出工程，天順風能與大金重工則獲塔筒訂單。",
        "hongkong",
        {"東方電纜": "org/orient-cable", "天順風能": "org/titan-wind", "大金重工": "org/dajin-heavy"},
        id="hk-offshore-wind-suppliers",
    ),
    pytest.param(
        "中伟新材料股份有限公司与格林美签订镍资源合作协议，容百科技为下游客户。",
        "mainland",
        {"中伟新材料股份有限公司": "org/cngr", "格林美": "org/gem-co", "容百科技": "org/ronbay"},
        id="cn-battery-materials",
    ),
    pytest.param(
        "大族激光以5億元人民幣增資子公司，大族激光科技產業集團股份有限公司持股100%。",
        "hongkong",
        {"大族激光": "org/hans-laser", "大族激光科技產業集團股份有限公司": "org/hans-laser"},
        id="hk-laser-short-and-full",
    ),
    pytest.param(
        "中国一重与哈尔滨电气集团有限公司签署战略合作协议，哈电集团将提供汽轮机组。",
        "mainland",
        {
            "中国一重": "org/cfhi",
            "哈尔滨电气集团有限公司": "org/harbin-electric",
            "哈电集团": "org/harbin-electric",
        },
        id="cn-heavy-equipment",
    ),
    pytest.param(
        "杭叉集團與安徽合力同為叉車龍頭，柳工則以工程機械為主。",
        "hongkong",
        {"杭叉集團": "org/hangcha", "安徽合力": "org/heli", "柳工": "org/liugong"},
        id="hk-machinery",
    ),
    pytest.param(
        "今世缘与口子窖、迎驾贡酒公布业绩，安徽迎驾贡酒股份有限公司营收增长两成。",
        "mainland",
        {
            "今世缘": "org/jinshiyuan",
            "口子窖": "org/kouzi",
            "迎驾贡酒": "org/yingjia",
            "安徽迎驾贡酒股份有限公司": "org/yingjia",
        },
        id="cn-baijiu",
    ),
    pytest.param(
        "凱萊英與博騰股份、九洲藥業爭取海外訂單，康龍化成則擴建英國基地。",
        "taiwan",
        {
            "凱萊英": "org/asymchem",
            "博騰股份": "org/porton",
            "九洲藥業": "org/jiuzhou-pharma",
            "康龍化成": "org/pharmaron",
        },
        id="tw-cdmo",
    ),
    pytest.param(
        "威高股份拟分拆子公司上市，山东威高集团医用高分子制品股份有限公司持有其七成股权。",
        "mainland",
        {"威高股份": "org/weigao", "山东威高集团医用高分子制品股份有限公司": "org/weigao"},
        id="cn-medical-devices",
    ),
    # investors: venture capital, state capital, guidance funds, Southeast Asian and Gulf funds
    pytest.param(
        "本輪融資由元禾璞華領投，中芯聚源、武岳峰資本跟投。",
        "taiwan",
        {"元禾璞華": "org/yuanhe-puhua", "中芯聚源": "org/smic-juyuan", "武岳峰資本": "org/summitview"},
        id="tw-chip-funds",
    ),
    pytest.param(
        "该公司完成数亿元B轮融资，哈勃投资与小米长江产业基金参投，华业天成资本担任财务顾问。",
        "mainland",
        {
            "哈勃投资": "org/hubble",
            "小米长江产业基金": "org/xiaomi-yangtze-fund",
            "华业天成资本": "org/huaye-tiancheng",
        },
        id="cn-corporate-vc",
    ),
    pytest.param(
        "成都產業投資集團有限公司與交子金控共同設立50億元產業基金，成都產投出資六成。",
        "hongkong",
        {
            "成都產業投資集團有限公司": "org/chengdu-industry-investment",
            "交子金控": "org/jiaozi-finance",
            "成都產投": "org/chengdu-industry-investment",
        },
        id="hk-chengdu-state-capital",
    ),
    pytest.param(
        "湖南财信金融控股集团有限公司旗下基金与江西国控、芜湖建投联合出资。",
        "mainland",
        {
            "湖南财信金融控股集团有限公司": "org/hunan-caixin",
            "江西国控": "org/jiangxi-state-capital",
            "芜湖建投": "org/wuhu-construction-investment",
        },
        id="cn-provincial-state-capital",
    ),
    pytest.param(
        "青岛国信与青岛城投各认购2亿元，厦门金圆投资集团有限公司认购1亿元。",
        "mainland",
        {
            "青岛国信": "org/qingdao-guoxin",
            "青岛城投": "org/qingdao-city-investment",
            "厦门金圆投资集团有限公司": "org/xiamen-jinyuan",
        },
        id="cn-city-investors",
    ),
    pytest.param(
        "兰馨亚洲与方源资本、德弘资本组成财团，收购价约12亿美元。",
        "mainland",
        {"兰馨亚洲": "org/orchid-asia", "方源资本": "org/fountainvest", "德弘资本": "org/dcp-capital"},
        id="cn-pe-consortium",
    ),
    pytest.param(
        "East Ventures與Alpha JWC領投這家印尼新創，Openspace Ventures跟投。",
        "other",
        {
            "East Ventures": "org/east-ventures",
            "Alpha JWC": "org/alpha-jwc",
            "Openspace Ventures": "org/openspace",
        },
        id="sg-sea-vc",
    ),
    pytest.param(
        "阿曼投资局与迪拜控股各投入3亿美元，卡塔尔控股亦表达兴趣。",
        "mainland",
        {
            "阿曼投资局": "org/oman-investment-authority",
            "迪拜控股": "org/dubai-holding",
            "卡塔尔控股": "org/qatar-holding",
        },
        id="cn-gulf-funds",
    ),
    pytest.param(
        "國民資產基金（Ekuinas）出售所持股權，朝聖基金局與武裝部隊基金局接手。",
        "other",
        {
            "國民資產基金": "org/ekuinas",
            "Ekuinas": "org/ekuinas",
            "朝聖基金局": "org/tabung-haji",
            "武裝部隊基金局": "org/ltat",
        },
        id="my-state-funds",
    ),
    # central SOE bureaus and subsidiaries, grid companies, steel and coal groups
    pytest.param(
        "中国建筑第三工程局有限公司中标该数据中心项目，中建八局与中铁十一局分获二、三标段。",
        "mainland",
        {"中国建筑第三工程局有限公司": "org/cscec-3", "中建八局": "org/cscec-8", "中铁十一局": "org/crcc-11"},
        id="cn-construction-bureaus",
    ),
    pytest.param(
        "中建三局與中鐵隧道局集團有限公司組成聯合體，水電八局負責壩體工程。",
        "hongkong",
        {
            "中建三局": "org/cscec-3",
            "中鐵隧道局集團有限公司": "org/crec-tunnel",
            "水電八局": "org/sinohydro-8",
        },
        id="hk-construction-bureaus-traditional",
    ),
    pytest.param(
        "中交第一航务工程局有限公司承建码头，中交二航局与振华重工提供设备。",
        "mainland",
        {
            "中交第一航务工程局有限公司": "org/cccc-first-harbor",
            "中交二航局": "org/cccc-second-harbor",
            "振华重工": "org/zpmc",
        },
        id="cn-harbour-engineering",
    ),
    pytest.param(
        "國網江蘇省電力有限公司與國網浙江電力簽署購電協議，廣東電網亦參與輸電工程。",
        "hongkong",
        {
            "國網江蘇省電力有限公司": "org/sgcc-jiangsu",
            "國網浙江電力": "org/sgcc-zhejiang",
            "廣東電網": "org/guangdong-grid",
        },
        id="hk-grid-companies",
    ),
    pytest.param(
        "河钢集团与沙钢、马钢股份同列钢企前十，包钢集团则发力稀土钢。",
        "mainland",
        {
            "河钢集团": "org/hbis",
            "沙钢": "org/shagang",
            "马钢股份": "org/masteel",
            "包钢集团": "org/baotou-steel",
        },
        id="cn-steel-groups",
    ),
    pytest.param(
        "山東能源集團有限公司與陝煤集團簽訂長協，晉能控股集團亦加入供應。",
        "hongkong",
        {
            "山東能源集團有限公司": "org/shandong-energy",
            "陝煤集團": "org/shaanxi-coal-group",
            "晉能控股集團": "org/jinneng",
        },
        id="hk-coal-groups",
    ),
    # Taiwan mid-caps by short name and legal name
    pytest.param(
        "萬潤科技與志聖工業受惠先進封裝擴產，鈦昇（8027）亦獲雷射設備訂單。",
        "taiwan",
        {"萬潤科技": "org/all-ring", "志聖工業": "org/csun", "鈦昇": "org/ti-sheng"},
        id="tw-packaging-equipment",
    ),
    pytest.param(
        "全新光电科技股份有限公司与华星光通、前鼎同属光通讯概念股。",
        "mainland",
        {"全新光电科技股份有限公司": "org/vpec", "华星光通": "org/luxnet", "前鼎": "org/apac-opto"},
        id="cn-taiwan-optical-simplified",
    ),
    pytest.param(
        "慧榮科技與宇瞻、威鋒電子同列記憶體控制晶片供應鏈，立端科技股份有限公司則供應網通設備。",
        "taiwan",
        {
            "慧榮科技": "org/silicon-motion",
            "宇瞻": "org/apacer",
            "威鋒電子": "org/via-labs",
            "立端科技股份有限公司": "org/lanner",
        },
        id="tw-controllers-networking",
    ),
    pytest.param(
        "三商美邦人壽與台灣產物保險分別公告投資案，群益金鼎證券擔任顧問。",
        "taiwan",
        {
            "三商美邦人壽": "org/mercuries-life",
            "台灣產物保險": "org/taiwan-fire-marine",
            "群益金鼎證券": "org/capital-securities",
        },
        id="tw-insurers-broker",
    ),
    # Hong Kong, Singapore, Malaysia, Japan, Korea
    pytest.param(
        "瑞安房地產出售上海商場權益，買家為新城發展與龍光集團組成的財團。",
        "hongkong",
        {"瑞安房地產": "org/shui-on-land", "新城發展": "org/seazen-group", "龍光集團": "org/logan-group"},
        id="hk-developers",
    ),
    pytest.param(
        "中国民航信息网络与中信国际电讯签署合作协议，网易云音乐亦宣布回购。",
        "mainland",
        {
            "中国民航信息网络": "org/travelsky",
            "中信国际电讯": "org/citic-telecom",
            "网易云音乐": "org/netease-cloud-music",
        },
        id="cn-hk-listed-simplified",
    ),
    pytest.param(
        "凱德投資與怡和合發宣布在越南成立合資公司，揚子江船業則獲新船訂單。",
        "other",
        {
            "凱德投資": "org/capitaland-investment",
            "怡和合發": "org/jardine-cycle-carriage",
            "揚子江船業": "org/yangzijiang",
        },
        id="sg-companies",
    ),
    pytest.param(
        "吉隆坡甲洞与IOI集团角逐油棕园，马来西亚电讯则发行伊斯兰债券。",
        "other",
        {"吉隆坡甲洞": "org/klk", "IOI集团": "org/ioi-corp", "马来西亚电讯": "org/telekom-malaysia"},
        id="my-companies-simplified",
    ),
    pytest.param(
        "東麗與帝人、旭化成擴大碳纖維產能，電裝則投資半導體廠。",
        "taiwan",
        {"東麗": "org/toray", "帝人": "org/teijin", "旭化成": "org/asahi-kasei", "電裝": "org/denso"},
        id="tw-japanese-materials",
    ),
    # financial leasing companies, trusts and asset managers
    pytest.param(
        "该公司以光伏电站设备向农银金融租赁有限公司开展售后回租，融和租赁亦提供5亿元融资。",
        "mainland",
        {"农银金融租赁有限公司": "org/abc-leasing", "融和租赁": "org/ronghe-leasing"},
        id="cn-leasing-sale-leaseback",
    ),
    pytest.param(
        "芯鑫租賃與中關村科技租賃分別與兩家晶片廠簽署融資租賃合約，皖江金融租賃擔任出租人。",
        "hongkong",
        {
            "芯鑫租賃": "org/sino-ic-leasing",
            "中關村科技租賃": "org/zgc-leasing",
            "皖江金融租賃": "org/wanjiang-leasing",
        },
        id="hk-leasing-traditional",
    ),
    pytest.param(
        "中国东方资产管理股份有限公司与长城资产竞购不良资产包，陕国投信托亦有参与。",
        "mainland",
        {
            "中国东方资产管理股份有限公司": "org/china-orient-amc",
            "长城资产": "org/china-great-wall-amc",
            "陕国投信托": "org/shaanxi-intl-trust",
        },
        id="cn-amcs-trusts",
    ),
    # Malaysian groups and state governments, news outlets
    pytest.param(
        "成功集團將出售酒店資產，買家為合成集團，生態世界則宣布推出新產業項目。",
        "other",
        {"成功集團": "org/berjaya", "合成集團": "org/hap-seng", "生態世界": "org/eco-world"},
        id="my-groups-traditional",
    ),
    pytest.param(
        "柔佛州政府与雪州政府分别与新加坡企业签署谅解备忘录，砂拉越州政府亦有意参与。",
        "other",
        {
            "柔佛州政府": "org/johor-government",
            "雪州政府": "org/selangor-government",
            "砂拉越州政府": "org/sarawak-government",
        },
        id="my-state-governments-simplified",
    ),
    pytest.param(
        "檳州政府與霹靂州政府聯合招商，國際貿工部表示將提供稅務優惠。",
        "other",
        {
            "檳州政府": "org/penang-government",
            "霹靂州政府": "org/perak-government",
            "國際貿工部": "org/miti-malaysia",
        },
        id="my-state-governments-traditional",
    ),
    pytest.param(
        "据巨潮资讯网披露的公告，该公司获得银行授信，华尔街见闻与和讯网随后转载。",
        "mainland",
        {"巨潮资讯网": "org/cninfo", "华尔街见闻": "org/wallstreetcn", "和讯网": "org/hexun"},
        id="cn-financial-sites",
    ),
    pytest.param(
        "日本共同社與讀賣新聞報導，該集團擬收購一家半導體設備商。",
        "taiwan",
        {"日本共同社": "org/kyodo", "讀賣新聞": "org/yomiuri"},
        id="tw-japanese-media",
    ),
    # fund managers and insurers subscribing placements
    pytest.param(
        "本次定增获配对象包括财通基金、诺德基金管理有限公司及国寿资产，九坤投资亦获配。",
        "mainland",
        {
            "财通基金": "org/caitong-fund",
            "诺德基金管理有限公司": "org/nuode-fund",
            "国寿资产": "org/china-life-am",
            "九坤投资": "org/ubiquant",
        },
        id="cn-placement-subscribers",
    ),
    pytest.param(
        "華泰柏瑞與國投瑞銀基金認購H股，中國人保資產管理有限公司擔任基石投資者。",
        "hongkong",
        {
            "華泰柏瑞": "org/huatai-pinebridge",
            "國投瑞銀基金": "org/ubs-sdic",
            "中國人保資產管理有限公司": "org/picc-am",
        },
        id="hk-cornerstone-fund-managers",
    ),
    pytest.param(
        "平安人寿与太平洋人寿分别增持两家上市公司股份，中国平安财产保险股份有限公司则增持高速公路资产。",
        "mainland",
        {
            "平安人寿": "org/pingan-life",
            "太平洋人寿": "org/cpic-life",
            "中国平安财产保险股份有限公司": "org/pingan-pc",
        },
        id="cn-insurers",
    ),
    pytest.param(
        "職總英康與Singlife爭取新加坡保單市場，大東方人壽則推出新產品。",
        "other",
        {"職總英康": "org/income-insurance", "Singlife": "org/singlife", "大東方人壽": "org/great-eastern"},
        id="sg-insurers",
    ),
    # global companies and investors
    pytest.param(
        "老虎環球基金與凱鵬華盈、指數創投參與這家AI新創的C輪融資，福泰製藥則宣布併購案。",
        "taiwan",
        {
            "老虎環球基金": "org/tiger-global",
            "凱鵬華盈": "org/kleiner-perkins",
            "指數創投": "org/index-ventures",
            "福泰製藥": "org/vertex-pharma",
        },
        id="tw-global-investors",
    ),
    pytest.param(
        "艾伯维与再生元、必治妥施贵宝均在中国寻找授权合作，德国默克亦签下首付款协议。",
        "mainland",
        {
            "艾伯维": "org/abbvie",
            "再生元": "org/regeneron",
            "必治妥施贵宝": "org/bms",
            "德国默克": "org/merck-kgaa",
        },
        id="cn-global-pharma",
    ),
    pytest.param(
        "紐蒙特與巴里克黃金競購這座金礦，英美資源集團則出售煤礦資產。",
        "hongkong",
        {"紐蒙特": "org/newmont", "巴里克黃金": "org/barrick", "英美資源集團": "org/anglo-american"},
        id="hk-global-miners",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_new_rows_are_found_by_full_and_short_names(
    nlp, text: str, region: str, expected: dict[str, str]
) -> None:
    assert found_iris(nlp, text, expected, NAMED, region) == as_iris(expected)


#: people: sentence, region, {surface form: IRI path}
PEOPLE = [
    pytest.param(
        "玉山金董事長黃男州與台新金董事長吳東亮同台，兩人均看好財富管理業務。",
        "taiwan",
        {"黃男州": "person/huang-nan-jou", "吳東亮": "person/thomas-wu"},
        id="tw-fhc-chairs",
    ),
    pytest.param(
        "华邦电董事长焦佑钧表示，旺宏董事长吴敏求则对明年较为保守。",
        "mainland",
        {"焦佑钧": "person/arthur-chiao", "吴敏求": "person/miin-wu"},
        id="cn-memory-chairs-simplified",
    ),
    pytest.param(
        "長榮航空董事長張國煒宣布擴大機隊，陽明海運董事長鄭貞茂則談運價。",
        "taiwan",
        {"張國煒": "person/chang-kuo-wei", "鄭貞茂": "person/cheng-chen-mao"},
        id="tw-transport-chairs",
    ),
    pytest.param(
        "证监会行政总裁梁凤仪指出，主席雷添良亦出席记者会。",
        "hongkong",
        {"梁凤仪": "person/julia-leung", "雷添良": "person/tim-lui"},
        id="hk-regulators-simplified",
    ),
    pytest.param(
        "渣打集團行政總裁溫拓思與香港區行政總裁禤惠儀會見客戶。",
        "hongkong",
        {"溫拓思": "person/bill-winters", "禤惠儀": "person/mary-huen"},
        id="hk-bankers-traditional",
    ),
    pytest.param(
        "工商银行董事长廖林与建设银行董事长张金良出席论坛，交通银行董事长任德奇作主题发言。",
        "mainland",
        {"廖林": "person/liao-lin", "张金良": "person/zhang-jinliang", "任德奇": "person/ren-deqi"},
        id="cn-bank-chairs",
    ),
    pytest.param(
        "中信證券董事長張佑君認為，中投公司董事長彭純此前亦有類似表態。",
        "hongkong",
        {"張佑君": "person/zhang-youjun", "彭純": "person/peng-chun"},
        id="hk-mainland-finance-traditional",
    ),
    pytest.param(
        "启明创投主管合伙人邝子平与源码资本创始人曹毅均参与了本轮投资。",
        "mainland",
        {"邝子平": "person/kuang-zi-ping", "曹毅": "person/cao-yi-source-code"},
        id="cn-vc-partners",
    ),
    pytest.param(
        "春華資本創始人胡祖六與弘毅投資董事長趙令歡共同發起這支基金。",
        "taiwan",
        {"胡祖六": "person/hu-zuliu", "趙令歡": "person/zhao-linghuan"},
        id="tw-pe-founders",
    ),
    pytest.param(
        "星展集团总裁高博德与大华银行的黄祖耀家族均有出席。",
        "other",
        {"高博德": "person/piyush-gupta", "黄祖耀": "person/wee-cho-yaw"},
        id="sg-bankers-simplified",
    ),
    pytest.param(
        "楊肅斌領導的集團與謝富年的雙威集團簽署合作備忘錄。",
        "other",
        {"楊肅斌": "person/francis-yeoh", "謝富年": "person/jeffrey-cheah"},
        id="my-tycoons",
    ),
    pytest.param(
        "高盛執行長蘇德巍與花旗執行長范潔恩先後訪港。",
        "hongkong",
        {"蘇德巍": "person/david-solomon", "范潔恩": "person/jane-fraser"},
        id="hk-wall-street-ceos",
    ),
    pytest.param(
        "桥水创始人瑞·达利欧在峰会上发言，黑石总裁乔恩·格雷随后登台。",
        "mainland",
        {"瑞·达利欧": "person/ray-dalio", "乔恩·格雷": "person/jonathan-gray-blackstone"},
        id="cn-global-investors",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), PEOPLE)
def test_new_people_are_found(nlp, text: str, region: str, expected: dict[str, str]) -> None:
    assert found_iris(nlp, text, expected, ("person",), region) == as_iris(expected)
