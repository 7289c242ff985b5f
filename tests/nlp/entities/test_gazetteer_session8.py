"""Gazetteer rows of session 8 (issue 13 item 5, ontology/gazetteer/session8.ttl), read in
sentences: mainland provincial transport and state capital platforms, the power groups' provincial
generators, leasing short forms and small brokers; Taiwan builders, contractors and offshore-wind
companies; Hong Kong and Macau companies; the names the regional press gives foreign banks; and
Singapore, Malaysia and Indonesian groups, in Traditional and in Simplified. And phrases that hold
a new name and are none (南京城建設, 跨太平洋航運, 推動四川發展, 平臺銀行).

Every sentence was written for this test (no corpus or devset text).
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import NAMED, as_iris, forms_holding, found_iris

#: sentence, region, {surface form: IRI path}
CASES = [
    pytest.param(
        "河北交投與安徽交控聯合發行了30億元公司債。",
        "hongkong",
        {"河北交投": "org/hebei-communications-investment", "安徽交控": "org/anhui-transportation-holding"},
        id="transport-north-hant",
    ),
    pytest.param(
        "河北交投与安徽交控联合发行了30亿元公司债。",
        "mainland",
        {"河北交投": "org/hebei-communications-investment", "安徽交控": "org/anhui-transportation-holding"},
        id="transport-north-hans",
    ),
    pytest.param(
        "江西交投集團向多家銀行申請了50億元銀團貸款。",
        "hongkong",
        {"江西交投集團": "org/jiangxi-communications-investment"},
        id="transport-jiangxi-hant",
    ),
    pytest.param(
        "江西交投集团向多家银行申请了50亿元银团贷款。",
        "mainland",
        {"江西交投集团": "org/jiangxi-communications-investment"},
        id="transport-jiangxi-hans",
    ),
    pytest.param(
        "陝西交控和山西交控分別中標兩段高速公路項目。",
        "hongkong",
        {"陝西交控": "org/shaanxi-transportation-holding", "山西交控": "org/shanxi-transportation-holding"},
        id="transport-shaanxi-shanxi-hant",
    ),
    pytest.param(
        "陕西交控和山西交控分别中标两段高速公路项目。",
        "mainland",
        {"陕西交控": "org/shaanxi-transportation-holding", "山西交控": "org/shanxi-transportation-holding"},
        id="transport-shaanxi-shanxi-hans",
    ),
    pytest.param(
        "甘肅公航旅與雲南交投簽署戰略合作協議。",
        "hongkong",
        {
            "甘肅公航旅": "org/gansu-highway-aviation-tourism",
            "雲南交投": "org/yunnan-communications-investment",
        },
        id="transport-west-hant",
    ),
    pytest.param(
        "甘肃公航旅与云南交投签署战略合作协议。",
        "mainland",
        {
            "甘肃公航旅": "org/gansu-highway-aviation-tourism",
            "云南交投": "org/yunnan-communications-investment",
        },
        id="transport-west-hans",
    ),
    pytest.param(
        "貴州高速集團擬向廣西交投轉讓所持路橋公司股權。",
        "hongkong",
        {"貴州高速集團": "org/guizhou-expressway", "廣西交投": "org/guangxi-communications-investment"},
        id="transport-southwest-hant",
    ),
    pytest.param(
        "贵州高速集团拟向广西交投转让所持路桥公司股权。",
        "mainland",
        {"贵州高速集团": "org/guizhou-expressway", "广西交投": "org/guangxi-communications-investment"},
        id="transport-southwest-hans",
    ),
    pytest.param(
        "內蒙古交投、遼寧交投和黑龍江交投共同出資設立物流公司。",
        "hongkong",
        {
            "內蒙古交投": "org/inner-mongolia-communications-investment",
            "遼寧交投": "org/liaoning-communications-investment",
            "黑龍江交投": "org/heilongjiang-communications-investment",
        },
        id="transport-northeast-hant",
    ),
    pytest.param(
        "内蒙古交投、辽宁交投和黑龙江交投共同出资设立物流公司。",
        "mainland",
        {
            "内蒙古交投": "org/inner-mongolia-communications-investment",
            "辽宁交投": "org/liaoning-communications-investment",
            "黑龙江交投": "org/heilongjiang-communications-investment",
        },
        id="transport-northeast-hans",
    ),
    pytest.param(
        "首創集團旗下首創環保擬收購一家污水處理企業。",
        "hongkong",
        {"首創集團": "org/beijing-capital-group", "首創環保": "org/beijing-capital-eco-environment"},
        id="capital-group-hant",
    ),
    pytest.param(
        "首创集团旗下首创环保拟收购一家污水处理企业。",
        "mainland",
        {"首创集团": "org/beijing-capital-group", "首创环保": "org/beijing-capital-eco-environment"},
        id="capital-group-hans",
    ),
    pytest.param(
        "久事集團與深鐵集團合資成立軌道交通運營公司。",
        "hongkong",
        {"久事集團": "org/shanghai-jiushi", "深鐵集團": "org/shenzhen-metro-group"},
        id="jiushi-shenzhen-metro-hant",
    ),
    pytest.param(
        "久事集团与深铁集团合资成立轨道交通运营公司。",
        "mainland",
        {"久事集团": "org/shanghai-jiushi", "深铁集团": "org/shenzhen-metro-group"},
        id="jiushi-shenzhen-metro-hans",
    ),
    pytest.param(
        "新投集團和山西國運分別認購了該基金的份額。",
        "hongkong",
        {"新投集團": "org/xinjiang-investment-development", "山西國運": "org/shanxi-state-capital"},
        id="state-capital-west-hant",
    ),
    pytest.param(
        "新投集团和山西国运分别认购了该基金的份额。",
        "mainland",
        {"新投集团": "org/xinjiang-investment-development", "山西国运": "org/shanxi-state-capital"},
        id="state-capital-west-hans",
    ),
    pytest.param(
        "粵海控股以12億元競得廣州地鐵集團旗下一幅地塊。",
        "hongkong",
        {"粵海控股": "org/guangdong-yuehai", "廣州地鐵集團": "org/guangzhou-metro-group"},
        id="yuehai-guangzhou-metro-hant",
    ),
    pytest.param(
        "粤海控股以12亿元竞得广州地铁集团旗下一幅地块。",
        "mainland",
        {"粤海控股": "org/guangdong-yuehai", "广州地铁集团": "org/guangzhou-metro-group"},
        id="yuehai-guangzhou-metro-hans",
    ),
    pytest.param(
        "華能山東發電與國家電投江西電力簽訂煤炭長協。",
        "hongkong",
        {"華能山東發電": "org/huaneng-shandong", "國家電投江西電力": "org/spic-jiangxi"},
        id="generators-huaneng-spic-hant",
    ),
    pytest.param(
        "华能山东发电与国家电投江西电力签订煤炭长协。",
        "mainland",
        {"华能山东发电": "org/huaneng-shandong", "国家电投江西电力": "org/spic-jiangxi"},
        id="generators-huaneng-spic-hans",
    ),
    pytest.param(
        "大唐河北發電向大唐黑龍江發電出售兩臺機組。",
        "hongkong",
        {"大唐河北發電": "org/datang-hebei", "大唐黑龍江發電": "org/datang-heilongjiang"},
        id="generators-datang-hant",
    ),
    pytest.param(
        "大唐河北发电向大唐黑龙江发电出售两台机组。",
        "mainland",
        {"大唐河北发电": "org/datang-hebei", "大唐黑龙江发电": "org/datang-heilongjiang"},
        id="generators-datang-hans",
    ),
    pytest.param(
        "華電福建發電和華電江蘇能源分別獲得新能源指標。",
        "hongkong",
        {"華電福建發電": "org/huadian-fujian", "華電江蘇能源": "org/huadian-jiangsu"},
        id="generators-huadian-hant",
    ),
    pytest.param(
        "华电福建发电和华电江苏能源分别获得新能源指标。",
        "mainland",
        {"华电福建发电": "org/huadian-fujian", "华电江苏能源": "org/huadian-jiangsu"},
        id="generators-huadian-hans",
    ),
    pytest.param(
        "國家能源集團江蘇電力與國家電投河南電力開展綠電交易。",
        "hongkong",
        {"國家能源集團江蘇電力": "org/chn-energy-jiangsu", "國家電投河南電力": "org/spic-henan"},
        id="generators-chn-energy-hant",
    ),
    pytest.param(
        "国家能源集团江苏电力与国家电投河南电力开展绿电交易。",
        "mainland",
        {"国家能源集团江苏电力": "org/chn-energy-jiangsu", "国家电投河南电力": "org/spic-henan"},
        id="generators-chn-energy-hans",
    ),
    pytest.param(
        "國家電投黃河公司與華能瀾滄江簽署流域合作協議。",
        "hongkong",
        {"國家電投黃河公司": "org/huanghe-hydropower", "華能瀾滄江": "org/hydro-lancang"},
        id="hydro-hant",
    ),
    pytest.param(
        "国家电投黄河公司与华能澜沧江签署流域合作协议。",
        "mainland",
        {"国家电投黄河公司": "org/huanghe-hydropower", "华能澜沧江": "org/hydro-lancang"},
        id="hydro-hans",
    ),
    pytest.param(
        "信達資產與長城國興金租聯合收購一筆不良資產包。",
        "hongkong",
        {"信達資產": "org/cinda", "長城國興金租": "org/great-wall-guoxing-leasing"},
        id="amc-leasing-hant",
    ),
    pytest.param(
        "信达资产与长城国兴金租联合收购一笔不良资产包。",
        "mainland",
        {"信达资产": "org/cinda", "长城国兴金租": "org/great-wall-guoxing-leasing"},
        id="amc-leasing-hans",
    ),
    pytest.param(
        "興業金租、浦銀金租和光大金租爲該項目提供融資租賃服務。",
        "hongkong",
        {"興業金租": "org/cib-leasing", "浦銀金租": "org/spdb-leasing", "光大金租": "org/everbright-leasing"},
        id="leasing-short-1-hant",
    ),
    pytest.param(
        "兴业金租、浦银金租和光大金租为该项目提供融资租赁服务。",
        "mainland",
        {"兴业金租": "org/cib-leasing", "浦银金租": "org/spdb-leasing", "光大金租": "org/everbright-leasing"},
        id="leasing-short-1-hans",
    ),
    pytest.param(
        "農銀金租、華夏金租與蘇銀金租合計投放40億元。",
        "hongkong",
        {
            "農銀金租": "org/abc-leasing",
            "華夏金租": "org/huaxia-leasing",
            "蘇銀金租": "org/jiangsu-bank-leasing",
        },
        id="leasing-short-2-hant",
    ),
    pytest.param(
        "农银金租、华夏金租与苏银金租合计投放40亿元。",
        "mainland",
        {
            "农银金租": "org/abc-leasing",
            "华夏金租": "org/huaxia-leasing",
            "苏银金租": "org/jiangsu-bank-leasing",
        },
        id="leasing-short-2-hans",
    ),
    pytest.param(
        "恆健投資與川發展共同設立一隻產業基金。",
        "hongkong",
        {"恆健投資": "org/hengjian", "川發展": "org/sichuan-development"},
        id="provincial-funds-hant",
    ),
    pytest.param(
        "恒健投资与川发展共同设立一只产业基金。",
        "mainland",
        {"恒健投资": "org/hengjian", "川发展": "org/sichuan-development"},
        id="provincial-funds-hans",
    ),
    pytest.param(
        "湘財證券、五礦證券與粵開證券擔任聯席主承銷商。",
        "hongkong",
        {
            "湘財證券": "org/xiangcai-securities",
            "五礦證券": "org/minmetals-securities",
            "粵開證券": "org/yuekai-securities",
        },
        id="brokers-1-hant",
    ),
    pytest.param(
        "湘财证券、五矿证券与粤开证券担任联席主承销商。",
        "mainland",
        {
            "湘财证券": "org/xiangcai-securities",
            "五矿证券": "org/minmetals-securities",
            "粤开证券": "org/yuekai-securities",
        },
        id="brokers-1-hans",
    ),
    pytest.param(
        "東莞證券、中山證券及國盛證券共同參與定增。",
        "hongkong",
        {
            "東莞證券": "org/dongguan-securities",
            "中山證券": "org/zhongshan-securities",
            "國盛證券": "org/guosheng-securities",
        },
        id="brokers-2-hant",
    ),
    pytest.param(
        "东莞证券、中山证券及国盛证券共同参与定增。",
        "mainland",
        {
            "东莞证券": "org/dongguan-securities",
            "中山证券": "org/zhongshan-securities",
            "国盛证券": "org/guosheng-securities",
        },
        id="brokers-2-hans",
    ),
    pytest.param(
        "甬興證券、華金證券和中郵證券獲批新業務資格。",
        "hongkong",
        {
            "甬興證券": "org/yongxing-securities",
            "華金證券": "org/huajin-securities",
            "中郵證券": "org/china-post-securities",
        },
        id="brokers-3-hant",
    ),
    pytest.param(
        "甬兴证券、华金证券和中邮证券获批新业务资格。",
        "mainland",
        {
            "甬兴证券": "org/yongxing-securities",
            "华金证券": "org/huajin-securities",
            "中邮证券": "org/china-post-securities",
        },
        id="brokers-3-hans",
    ),
    pytest.param(
        "江海證券、渤海證券與東海證券聯合承銷該期債券。",
        "hongkong",
        {
            "江海證券": "org/jianghai-securities",
            "渤海證券": "org/bohai-securities",
            "東海證券": "org/donghai-securities",
        },
        id="brokers-4-hant",
    ),
    pytest.param(
        "江海证券、渤海证券与东海证券联合承销该期债券。",
        "mainland",
        {
            "江海证券": "org/jianghai-securities",
            "渤海证券": "org/bohai-securities",
            "东海证券": "org/donghai-securities",
        },
        id="brokers-4-hans",
    ),
    pytest.param(
        "英大證券、中天國富證券和申港證券入圍承銷團。",
        "hongkong",
        {
            "英大證券": "org/yingda-securities",
            "中天國富證券": "org/zhongtian-guofu-securities",
            "申港證券": "org/shengang-securities",
        },
        id="brokers-5-hant",
    ),
    pytest.param(
        "英大证券、中天国富证券和申港证券入围承销团。",
        "mainland",
        {
            "英大证券": "org/yingda-securities",
            "中天国富证券": "org/zhongtian-guofu-securities",
            "申港证券": "org/shengang-securities",
        },
        id="brokers-5-hans",
    ),
    pytest.param(
        "華龍證券與國開證券擔任聯席主承銷商，中金財富負責銷售。",
        "hongkong",
        {
            "華龍證券": "org/hualong-securities",
            "國開證券": "org/cdb-securities",
            "中金財富": "org/cicc-wealth",
        },
        id="brokers-6-hant",
    ),
    pytest.param(
        "华龙证券与国开证券担任联席主承销商，中金财富负责销售。",
        "mainland",
        {
            "华龙证券": "org/hualong-securities",
            "国开证券": "org/cdb-securities",
            "中金财富": "org/cicc-wealth",
        },
        id="brokers-6-hans",
    ),
    pytest.param(
        "聯儲證券股份有限公司與世紀證券有限責任公司簽署協議。",
        "hongkong",
        {"聯儲證券股份有限公司": "org/lianchu-securities", "世紀證券有限責任公司": "org/century-securities"},
        id="brokers-legal-hant",
    ),
    pytest.param(
        "联储证券股份有限公司与世纪证券有限责任公司签署协议。",
        "mainland",
        {"联储证券股份有限公司": "org/lianchu-securities", "世纪证券有限责任公司": "org/century-securities"},
        id="brokers-legal-hans",
    ),
    pytest.param(
        "榮工與中鋼構共同承攬捷運高架橋工程。",
        "taiwan",
        {"榮工": "org/rsea-engineering", "中鋼構": "org/china-steel-structure"},
        id="tw-contractors-hant",
    ),
    pytest.param(
        "荣工与中钢构共同承揽捷运高架桥工程。",
        "mainland",
        {"荣工": "org/rsea-engineering", "中钢构": "org/china-steel-structure"},
        id="tw-contractors-hans",
    ),
    pytest.param(
        "宏盛建設與京城建設股份有限公司合建的住宅案今日動土。",
        "taiwan",
        {"宏盛建設": "org/hung-sheng-construction", "京城建設股份有限公司": "org/kings-town-construction"},
        id="tw-builders-1-hant",
    ),
    pytest.param(
        "宏盛建设与京城建设股份有限公司合建的住宅案今日动土。",
        "mainland",
        {"宏盛建设": "org/hung-sheng-construction", "京城建设股份有限公司": "org/kings-town-construction"},
        id="tw-builders-1-hans",
    ),
    pytest.param(
        "華友聯與鄉林建設分別取得台中重劃區土地。",
        "taiwan",
        {"華友聯": "org/hua-yu-lien", "鄉林建設": "org/shiang-lin-construction"},
        id="tw-builders-2-hant",
    ),
    pytest.param(
        "华友联与乡林建设分别取得台中重划区土地。",
        "mainland",
        {"华友联": "org/hua-yu-lien", "乡林建设": "org/shiang-lin-construction"},
        id="tw-builders-2-hans",
    ),
    pytest.param(
        "甲山林與忠泰建設合作開發捷運共構宅。",
        "taiwan",
        {"甲山林": "org/jia-shan-lin", "忠泰建設": "org/j-j-construction"},
        id="tw-builders-3-hant",
    ),
    pytest.param(
        "甲山林与忠泰建设合作开发捷运共构宅。",
        "mainland",
        {"甲山林": "org/jia-shan-lin", "忠泰建设": "org/j-j-construction"},
        id="tw-builders-3-hans",
    ),
    pytest.param(
        "麗寶建設、龍邦與基泰建設均參與都更案投標。",
        "taiwan",
        {
            "麗寶建設": "org/lihpao-construction",
            "龍邦": "org/long-bon",
            "基泰建設": "org/kee-tai-construction",
        },
        id="tw-builders-4-hant",
    ),
    pytest.param(
        "丽宝建设、龙邦与基泰建设均参与都更案投标。",
        "mainland",
        {
            "丽宝建设": "org/lihpao-construction",
            "龙邦": "org/long-bon",
            "基泰建设": "org/kee-tai-construction",
        },
        id="tw-builders-4-hans",
    ),
    pytest.param(
        "宏普建設與互助營造股份有限公司簽訂營建合約。",
        "taiwan",
        {"宏普建設": "org/hung-poo-construction", "互助營造股份有限公司": "org/hu-chu-construction"},
        id="tw-builders-5-hant",
    ),
    pytest.param(
        "宏普建设与互助营造股份有限公司签订营建合约。",
        "mainland",
        {"宏普建设": "org/hung-poo-construction", "互助营造股份有限公司": "org/hu-chu-construction"},
        id="tw-builders-5-hans",
    ),
    pytest.param(
        "中聯資源與新光合纖簽署爐石循環利用合約。",
        "taiwan",
        {"中聯資源": "org/chc-resources", "新光合纖": "org/shinkong-synthetic"},
        id="tw-resources-hant",
    ),
    pytest.param(
        "中联资源与新光合纤签署炉石循环利用合约。",
        "mainland",
        {"中联资源": "org/chc-resources", "新光合纤": "org/shinkong-synthetic"},
        id="tw-resources-hans",
    ),
    pytest.param(
        "天力離岸風電與允能風力發電分別完成專案融資。",
        "taiwan",
        {"天力離岸風電": "org/tien-li-offshore-wind", "允能風力發電": "org/yunneng"},
        id="tw-offshore-wind-hant",
    ),
    pytest.param(
        "天力离岸风电与允能风力发电分别完成专案融资。",
        "mainland",
        {"天力离岸风电": "org/tien-li-offshore-wind", "允能风力发电": "org/yunneng"},
        id="tw-offshore-wind-hans",
    ),
    pytest.param(
        "臺銀、板信與陽信銀行共同參與聯貸案。",
        "taiwan",
        {"臺銀": "org/taiwan-bank", "板信": "org/panhsin-bank"},
        id="tw-banks-hant",
    ),
    pytest.param(
        "台银、板信与阳信银行共同参与联贷案。",
        "mainland",
        {"台银": "org/taiwan-bank", "板信": "org/panhsin-bank"},
        id="tw-banks-hans",
    ),
    pytest.param(
        "勞動基金將加碼投資國內綠能基礎建設。",
        "taiwan",
        {"勞動基金": "org/bureau-of-labor-funds"},
        id="tw-labor-funds-hant",
    ),
    pytest.param(
        "劳动基金将加码投资国内绿能基础建设。",
        "mainland",
        {"劳动基金": "org/bureau-of-labor-funds"},
        id="tw-labor-funds-hans",
    ),
    pytest.param(
        "大陸工程股份有限公司得標機場聯外道路，母公司欣陸控股表示樂觀。",
        "taiwan",
        {"大陸工程股份有限公司": "org/continental-engineering", "欣陸控股": "org/continental-holdings"},
        id="tw-continental-hant",
    ),
    pytest.param(
        "大陆工程股份有限公司得标机场联外道路，母公司欣陆控股表示乐观。",
        "mainland",
        {"大陆工程股份有限公司": "org/continental-engineering", "欣陆控股": "org/continental-holdings"},
        id="tw-continental-hans",
    ),
    pytest.param(
        "台北金融大樓公司與台灣高速鐵路股份有限公司均發行公司債。",
        "taiwan",
        {"台北金融大樓公司": "org/taipei-financial-center", "台灣高速鐵路股份有限公司": "org/thsr"},
        id="tw-101-thsr-hant",
    ),
    pytest.param(
        "台北金融大楼公司与台湾高速铁路股份有限公司均发行公司债。",
        "mainland",
        {"台北金融大楼公司": "org/taipei-financial-center", "台湾高速铁路股份有限公司": "org/thsr"},
        id="tw-101-thsr-hans",
    ),
    pytest.param(
        "澳門發展銀行與大西洋銀行簽署合作備忘錄。",
        "hongkong",
        {"澳門發展銀行": "org/macau-development-bank"},
        id="macau-banks-hant",
    ),
    pytest.param(
        "澳门发展银行与大西洋银行签署合作备忘录。",
        "mainland",
        {"澳门发展银行": "org/macau-development-bank"},
        id="macau-banks-hans",
    ),
    pytest.param(
        "合和實業與盈科拓展洽購灣仔一幢商廈。",
        "hongkong",
        {"合和實業": "org/hopewell-holdings", "盈科拓展": "org/pacific-century-group"},
        id="hk-hopewell-pcg-hant",
    ),
    pytest.param(
        "合和实业与盈科拓展洽购湾仔一幢商厦。",
        "mainland",
        {"合和实业": "org/hopewell-holdings", "盈科拓展": "org/pacific-century-group"},
        id="hk-hopewell-pcg-hans",
    ),
    pytest.param(
        "太平洋航運集團宣布回購股份，香港小輪則出售物業。",
        "hongkong",
        {"太平洋航運集團": "org/pacific-basin", "香港小輪": "org/hong-kong-ferry"},
        id="hk-shipping-ferry-hant",
    ),
    pytest.param(
        "太平洋航运集团宣布回购股份，香港小轮则出售物业。",
        "mainland",
        {"太平洋航运集团": "org/pacific-basin", "香港小轮": "org/hong-kong-ferry"},
        id="hk-shipping-ferry-hans",
    ),
    pytest.param(
        "澳門自來水公司與澳門電力公司合作建設智慧表計。",
        "hongkong",
        {"澳門自來水公司": "org/macau-water", "澳門電力公司": "org/cem-macau"},
        id="macau-utilities-hant",
    ),
    pytest.param(
        "澳门自来水公司与澳门电力公司合作建设智慧表计。",
        "mainland",
        {"澳门自来水公司": "org/macau-water", "澳门电力公司": "org/cem-macau"},
        id="macau-utilities-hans",
    ),
    pytest.param(
        "華泰國際擔任該筆美元債的聯席全球協調人。",
        "hongkong",
        {"華泰國際": "org/huatai-international"},
        id="hk-huatai-hant",
    ),
    pytest.param(
        "华泰国际担任该笔美元债的联席全球协调人。",
        "mainland",
        {"华泰国际": "org/huatai-international"},
        id="hk-huatai-hans",
    ),
    pytest.param(
        "中國電力國際與香港按揭證券有限公司分別發行綠色債券。",
        "hongkong",
        {"中國電力國際": "org/china-power", "香港按揭證券有限公司": "org/hkmc"},
        id="hk-cpi-hkmc-hant",
    ),
    pytest.param(
        "中国电力国际与香港按揭证券有限公司分别发行绿色债券。",
        "mainland",
        {"中国电力国际": "org/china-power", "香港按揭证券有限公司": "org/hkmc"},
        id="hk-cpi-hkmc-hans",
    ),
    pytest.param(
        "荷蘭安智、東方匯理與澳盛擔任聯合牽頭行。",
        "hongkong",
        {"荷蘭安智": "org/ing", "東方匯理": "org/ca-cib", "澳盛": "org/anz"},
        id="foreign-banks-hant",
    ),
    pytest.param(
        "荷兰安智、东方汇理与澳盛担任联合牵头行。",
        "mainland",
        {"荷兰安智": "org/ing", "东方汇理": "org/ca-cib", "澳盛": "org/anz"},
        id="foreign-banks-hans",
    ),
    pytest.param(
        "澳大利亞聯邦銀行宣佈下調房貸利率。",
        "hongkong",
        {"澳大利亞聯邦銀行": "org/cba"},
        id="cba-hant",
    ),
    pytest.param(
        "澳大利亚联邦银行宣布下调房贷利率。",
        "mainland",
        {"澳大利亚联邦银行": "org/cba"},
        id="cba-hans",
    ),
    pytest.param(
        "退休基金局與大馬機場簽署投資協議。",
        "hongkong",
        {"退休基金局": "org/kwap", "大馬機場": "org/malaysia-airports"},
        id="my-kwap-airports-hant",
    ),
    pytest.param(
        "退休基金局与大马机场签署投资协议。",
        "malaysia",
        {"退休基金局": "org/kwap", "大马机场": "org/malaysia-airports"},
        id="my-kwap-airports-hans",
    ),
    pytest.param(
        "吉寶置業委託星展唯高達出售旗下辦公樓。",
        "hongkong",
        {"吉寶置業": "org/keppel-land", "星展唯高達": "org/dbs-vickers"},
        id="sg-keppel-land-hant",
    ),
    pytest.param(
        "吉宝置业委托星展唯高达出售旗下办公楼。",
        "singapore",
        {"吉宝置业": "org/keppel-land", "星展唯高达": "org/dbs-vickers"},
        id="sg-keppel-land-hans",
    ),
    pytest.param(
        "馬化控股獲馬來西亞發展銀行提供10億令吉融資。",
        "hongkong",
        {"馬化控股": "org/mmc-corporation", "馬來西亞發展銀行": "org/bank-pembangunan"},
        id="my-mmc-hant",
    ),
    pytest.param(
        "马化控股获马来西亚发展银行提供10亿令吉融资。",
        "malaysia",
        {"马化控股": "org/mmc-corporation", "马来西亚发展银行": "org/bank-pembangunan"},
        id="my-mmc-hans",
    ),
    pytest.param(
        "金光集團、三林集團與力寶集團均在印尼擴大投資。",
        "hongkong",
        {"金光集團": "org/sinar-mas", "三林集團": "org/salim-group", "力寶集團": "org/lippo-group"},
        id="id-conglomerates-hant",
    ),
    pytest.param(
        "金光集团、三林集团与力宝集团均在印尼扩大投资。",
        "singapore",
        {"金光集团": "org/sinar-mas", "三林集团": "org/salim-group", "力宝集团": "org/lippo-group"},
        id="id-conglomerates-hans",
    ),
    pytest.param(
        "嘉里集團旗下嘉里建設擬出售香港物業。",
        "hongkong",
        {"嘉里集團": "org/kerry-group-hk"},
        id="kerry-hant",
    ),
    pytest.param(
        "嘉里集团旗下嘉里建设拟出售香港物业。",
        "mainland",
        {"嘉里集团": "org/kerry-group-hk"},
        id="kerry-hans",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_new_rows_are_found(nlp, text: str, region: str, expected: dict[str, str]) -> None:
    assert found_iris(nlp, text, expected, NAMED, region) == as_iris(expected)


#: sentence, a word of it that holds a new name but is no organisation
ORDINARY = [
    pytest.param("南京城建設步伐加快，新區道路陸續通車。", "京城建設", id="kings-town-in-nanjing-hant"),
    pytest.param("南京城建设步伐加快，新区道路陆续通车。", "京城建设", id="kings-town-in-nanjing-hans"),
    pytest.param("跨太平洋航運運價連續三週上漲。", "太平洋航運", id="pacific-basin-in-trans-pacific-hant"),
    pytest.param("跨太平洋航运运价连续三周上涨。", "太平洋航运", id="pacific-basin-in-trans-pacific-hans"),
    pytest.param("推動四川發展邁上新台階。", "川發展", id="sichuan-development-phrase-hant"),
    pytest.param("推动四川发展迈上新台阶。", "川发展", id="sichuan-development-phrase-hans"),
    pytest.param("繁榮工商業是縣府的施政重點。", "榮工", id="rsea-in-prosperity-hant"),
    pytest.param("繁荣工商业是县府的施政重点。", "荣工", id="rsea-in-prosperity-hans"),
    pytest.param("公司通過電子看板信息系統管理生產。", "板信", id="panhsin-in-kanban-hant"),
    pytest.param("公司通过电子看板信息系统管理生产。", "板信", id="panhsin-in-kanban-hans"),
    pytest.param("社區居民守望互助營造溫馨環境。", "互助營造", id="hu-chu-mutual-help-hant"),
    pytest.param("社区居民守望互助营造温馨环境。", "互助营造", id="hu-chu-mutual-help-hans"),
    pytest.param("平臺銀行業務持續成長。", "臺銀", id="taiwan-bank-in-platform-hant"),
    pytest.param("平台银行业务持续成长。", "台银", id="taiwan-bank-in-platform-hans"),
    pytest.param("新世紀證券市場的發展離不開制度建設。", "世紀證券", id="century-in-new-century-hant"),
    pytest.param("新世纪证券市场的发展离不开制度建设。", "世纪证券", id="century-in-new-century-hans"),
    pytest.param("黃河上游水電開發規劃獲批。", "黃河上游水電開發", id="huanghe-plan-hant"),
    pytest.param("黄河上游水电开发规划获批。", "黄河上游水电开发", id="huanghe-plan-hans"),
    pytest.param("香港按揭證券化市場發展緩慢。", "香港按揭證券", id="hkmc-securitisation-hant"),
    pytest.param("香港按揭证券化市场发展缓慢。", "香港按揭证券", id="hkmc-securitisation-hans"),
    pytest.param("當地住戶的澳門電力供應保持穩定。", "澳門電力", id="macau-power-supply-hant"),
    pytest.param("当地住户的澳门电力供应保持稳定。", "澳门电力", id="macau-power-supply-hans"),
    pytest.param("推進重慶市城市建設投資體制改革。", "重慶市城市建設投資", id="chongqing-reform-hant"),
    pytest.param("推进重庆市城市建设投资体制改革。", "重庆市城市建设投资", id="chongqing-reform-hans"),
]


@pytest.mark.parametrize(("text", "word"), ORDINARY)
def test_phrases_holding_new_names_are_no_mentions(nlp, text: str, word: str) -> None:
    assert not forms_holding(nlp, text, word)
