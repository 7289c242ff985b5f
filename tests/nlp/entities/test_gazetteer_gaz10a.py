"""Gazetteer rows of session 10 (issue 13 item 5, ontology/gazetteer/session10-mainland.ttl and
names added to rows of other files), read in sentences: the securities firms' co-investment and
private-equity subsidiaries, fund managers, insurers' asset managers, QFII entities, state funds and
platforms, and STAR / ChiNext / main-board companies under their 证券简称, in Simplified and in
Traditional. And phrases that hold a new name as letters and are none (新时代新材料, 其中绿电,
中国芯科技, 中信建投资本市场部 …).

Every sentence was written for this test (no corpus or devset text).
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import NAMED, as_iris, forms_holding, found_iris

#: sentence, region, {surface form: IRI path}
CASES = [
    pytest.param(
        "本次科创板发行中，中信证券投资有限公司和海通创新证券投资有限公司分别参与战略配售跟投。",
        "mainland",
        {
            "中信证券投资有限公司": "org/citic-securities-investment",
            "海通创新证券投资有限公司": "org/haitong-innovation-securities-investment",
        },
        id="broker-coinvestors-hans",
    ),
    pytest.param(
        "本次科創板發行中，中信證券投資有限公司和海通創新證券投資有限公司分別參與戰略配售跟投。",
        "hongkong",
        {
            "中信證券投資有限公司": "org/citic-securities-investment",
            "海通創新證券投資有限公司": "org/haitong-innovation-securities-investment",
        },
        id="broker-coinvestors-hant",
    ),
    pytest.param(
        "保荐机构相关子公司证裕投资、广发乾和及申万创新投将按规定参与跟投。",
        "mainland",
        {
            "证裕投资": "org/gtja-zhengyu-investment",
            "广发乾和": "org/gf-qianhe-investment",
            "申万创新投": "org/swhy-innovation-investment",
        },
        id="broker-coinvestors-short-hans",
    ),
    pytest.param(
        "保薦機構相關子公司證裕投資、廣發乾和及申萬創新投將按規定參與跟投。",
        "hongkong",
        {
            "證裕投資": "org/gtja-zhengyu-investment",
            "廣發乾和": "org/gf-qianhe-investment",
            "申萬創新投": "org/swhy-innovation-investment",
        },
        id="broker-coinvestors-short-hant",
    ),
    pytest.param(
        "华泰创新投资有限公司、招商证券投资有限公司和国信资本有限责任公司各获配约1.2亿元。",
        "mainland",
        {
            "华泰创新投资有限公司": "org/huatai-innovation-investment",
            "招商证券投资有限公司": "org/cmsc-investment",
            "国信资本有限责任公司": "org/guosen-capital",
        },
        id="broker-coinvestors-2-hans",
    ),
    pytest.param(
        "華泰創新投資有限公司、招商證券投資有限公司和國信資本有限責任公司各獲配約1.2億元。",
        "hongkong",
        {
            "華泰創新投資有限公司": "org/huatai-innovation-investment",
            "招商證券投資有限公司": "org/cmsc-investment",
            "國信資本有限責任公司": "org/guosen-capital",
        },
        id="broker-coinvestors-2-hant",
    ),
    pytest.param(
        "光大富尊与平安磐海作为跟投主体，承诺获配股票限售24个月。",
        "mainland",
        {
            "光大富尊": "org/everbright-fortune-investment",
            "平安磐海": "org/pingan-panhai-capital",
        },
        id="broker-coinvestors-3-hans",
    ),
    pytest.param(
        "光大富尊與平安磐海作為跟投主體，承諾獲配股票限售24個月。",
        "hongkong",
        {
            "光大富尊": "org/everbright-fortune-investment",
            "平安磐海": "org/pingan-panhai-capital",
        },
        id="broker-coinvestors-3-hant",
    ),
    pytest.param(
        "东证融达、银河源汇和华西银峰此前也曾参与创业板跟投。",
        "mainland",
        {
            "东证融达": "org/northeast-securities-rongda",
            "银河源汇": "org/galaxy-yuanhui-investment",
            "华西银峰": "org/huaxi-yinfeng-investment",
        },
        id="broker-coinvestors-4-hans",
    ),
    pytest.param(
        "東證融達、銀河源匯和華西銀峰此前也曾參與創業板跟投。",
        "hongkong",
        {
            "東證融達": "org/northeast-securities-rongda",
            "銀河源匯": "org/galaxy-yuanhui-investment",
            "華西銀峰": "org/huaxi-yinfeng-investment",
        },
        id="broker-coinvestors-4-hant",
    ),
    pytest.param(
        "本轮融资由广发信德领投，招商致远资本、华泰紫金和国君创投跟投。",
        "mainland",
        {
            "广发信德": "org/gf-xinde-investment",
            "招商致远资本": "org/cmsc-zhiyuan-capital",
            "华泰紫金": "org/huatai-zijin-investment",
            "国君创投": "org/gtja-innovation-investment",
        },
        id="broker-pe-arms-hans",
    ),
    pytest.param(
        "本輪融資由廣發信德領投，招商致遠資本、華泰紫金和國君創投跟投。",
        "hongkong",
        {
            "廣發信德": "org/gf-xinde-investment",
            "招商致遠資本": "org/cmsc-zhiyuan-capital",
            "華泰紫金": "org/huatai-zijin-investment",
            "國君創投": "org/gtja-innovation-investment",
        },
        id="broker-pe-arms-hant",
    ),
    pytest.param(
        "山证创新和国海创新资本共同出资设立一支产业基金。",
        "mainland",
        {
            "山证创新": "org/shanxi-securities-innovation",
            "国海创新资本": "org/guohai-innovation-capital",
        },
        id="broker-innovation-arms-hans",
    ),
    pytest.param(
        "山證創新和國海創新資本共同出資設立一支產業基金。",
        "hongkong",
        {
            "山證創新": "org/shanxi-securities-innovation",
            "國海創新資本": "org/guohai-innovation-capital",
        },
        id="broker-innovation-arms-hant",
    ),
    pytest.param(
        "本次定增的获配对象包括宝盈基金、金鹰基金、国联安基金和德邦基金。",
        "mainland",
        {
            "宝盈基金": "org/baoying-fund",
            "金鹰基金": "org/golden-eagle-fund",
            "国联安基金": "org/guolianan-fund",
            "德邦基金": "org/tebon-fund",
        },
        id="fund-managers-placement-hans",
    ),
    pytest.param(
        "本次定增的獲配對象包括寶盈基金、金鷹基金、國聯安基金和德邦基金。",
        "hongkong",
        {
            "寶盈基金": "org/baoying-fund",
            "金鷹基金": "org/golden-eagle-fund",
            "國聯安基金": "org/guolianan-fund",
            "德邦基金": "org/tebon-fund",
        },
        id="fund-managers-placement-hant",
    ),
    pytest.param(
        "中庚基金、泰康基金与长信基金合计认购约8亿元。",
        "mainland",
        {
            "中庚基金": "org/zhonggeng-fund",
            "泰康基金": "org/taikang-fund",
            "长信基金": "org/changxin-fund",
        },
        id="fund-managers-placement-2-hans",
    ),
    pytest.param(
        "中庚基金、泰康基金與長信基金合計認購約8億元。",
        "hongkong",
        {
            "中庚基金": "org/zhonggeng-fund",
            "泰康基金": "org/taikang-fund",
            "長信基金": "org/changxin-fund",
        },
        id="fund-managers-placement-2-hant",
    ),
    pytest.param(
        "摩根基金、贝莱德基金、富达基金和路博迈基金均在一季度增持了该股。",
        "mainland",
        {
            "摩根基金": "org/jpmorgan-am-china",
            "贝莱德基金": "org/blackrock-fund-china",
            "富达基金": "org/fidelity-fund-china",
            "路博迈基金": "org/neuberger-fund-china",
        },
        id="foreign-fund-managers-hans",
    ),
    pytest.param(
        "摩根基金、貝萊德基金、富達基金和路博邁基金均在一季度增持了該股。",
        "hongkong",
        {
            "摩根基金": "org/jpmorgan-am-china",
            "貝萊德基金": "org/blackrock-fund-china",
            "富達基金": "org/fidelity-fund-china",
            "路博邁基金": "org/neuberger-fund-china",
        },
        id="foreign-fund-managers-hant",
    ),
    pytest.param(
        "海富通基金和汇丰晋信基金发行的新基金首募规模超过20亿元，银河基金紧随其后。",
        "mainland",
        {
            "海富通基金": "org/hft-fund",
            "汇丰晋信基金": "org/hsbc-jintrust-fund",
            "银河基金": "org/galaxy-fund",
        },
        id="fund-managers-3-hans",
    ),
    pytest.param(
        "海富通基金和滙豐晉信基金髮行的新基金首募規模超過20億元，銀河基金緊隨其後。",
        "hongkong",
        {
            "海富通基金": "org/hft-fund",
            "滙豐晉信基金": "org/hsbc-jintrust-fund",
            "銀河基金": "org/galaxy-fund",
        },
        id="fund-managers-3-hant",
    ),
    pytest.param(
        "融通基金、东吴基金、鑫元基金及红土创新基金参与了此次询价。",
        "mainland",
        {
            "融通基金": "org/rongtong-fund",
            "东吴基金": "org/soochow-fund",
            "鑫元基金": "org/xinyuan-fund",
            "红土创新基金": "org/hongtu-innovation-fund",
        },
        id="fund-managers-4-hans",
    ),
    pytest.param(
        "融通基金、東吳基金、鑫元基金及紅土創新基金參與了此次詢價。",
        "hongkong",
        {
            "融通基金": "org/rongtong-fund",
            "東吳基金": "org/soochow-fund",
            "鑫元基金": "org/xinyuan-fund",
            "紅土創新基金": "org/hongtu-innovation-fund",
        },
        id="fund-managers-4-hant",
    ),
    pytest.param(
        "上投摩根更名后，国海富兰克林基金和泓德基金也调整了产品线。",
        "mainland",
        {
            "上投摩根": "org/jpmorgan-am-china",
            "国海富兰克林基金": "org/ftsfund",
            "泓德基金": "org/hongde-fund",
        },
        id="fund-managers-5-hans",
    ),
    pytest.param(
        "上投摩根更名後，國海富蘭克林基金和泓德基金也調整了產品線。",
        "hongkong",
        {
            "上投摩根": "org/jpmorgan-am-china",
            "國海富蘭克林基金": "org/ftsfund",
            "泓德基金": "org/hongde-fund",
        },
        id="fund-managers-5-hant",
    ),
    pytest.param(
        "太平资产、光大永明资产和长江养老作为基石投资者认购新股。",
        "mainland",
        {
            "太平资产": "org/taiping-am",
            "光大永明资产": "org/everbright-sunlife-am",
            "长江养老": "org/changjiang-pension",
        },
        id="insurer-ams-hans",
    ),
    pytest.param(
        "太平資產、光大永明資產和長江養老作為基石投資者認購新股。",
        "hongkong",
        {
            "太平資產": "org/taiping-am",
            "光大永明資產": "org/everbright-sunlife-am",
            "長江養老": "org/changjiang-pension",
        },
        id="insurer-ams-hant",
    ),
    pytest.param(
        "民生通惠与英大保险资管联合设立保险私募基金，国寿养老亦有出资。",
        "mainland",
        {
            "民生通惠": "org/minsheng-tonghui-am",
            "英大保险资管": "org/yingda-insurance-am",
            "国寿养老": "org/china-life-pension",
        },
        id="insurer-ams-2-hans",
    ),
    pytest.param(
        "民生通惠與英大保險資管聯合設立保險私募基金，國壽養老亦有出資。",
        "hongkong",
        {
            "民生通惠": "org/minsheng-tonghui-am",
            "英大保險資管": "org/yingda-insurance-am",
            "國壽養老": "org/china-life-pension",
        },
        id="insurer-ams-2-hant",
    ),
    pytest.param(
        "泰康养老和平安养老险分别中标多个企业年金受托管理项目。",
        "mainland",
        {
            "泰康养老": "org/taikang-pension",
            "平安养老险": "org/pingan-annuity",
        },
        id="pension-insurers-hans",
    ),
    pytest.param(
        "泰康養老和平安養老險分別中標多個企業年金受託管理項目。",
        "hongkong",
        {
            "泰康養老": "org/taikang-pension",
            "平安養老險": "org/pingan-annuity",
        },
        id="pension-insurers-hant",
    ),
    pytest.param(
        "合格境外投资者高盛国际和摩根士丹利国际股份有限公司获配金额居前。",
        "mainland",
        {
            "高盛国际": "org/goldman-sachs-international",
            "摩根士丹利国际股份有限公司": "org/morgan-stanley-international",
        },
        id="qfii-hans",
    ),
    pytest.param(
        "合格境外投資者高盛國際和摩根士丹利國際股份有限公司獲配金額居前。",
        "hongkong",
        {
            "高盛國際": "org/goldman-sachs-international",
            "摩根士丹利國際股份有限公司": "org/morgan-stanley-international",
        },
        id="qfii-hant",
    ),
    pytest.param(
        "UBS AG与摩根大通证券(中国)有限公司也参与了本次发行。",
        "mainland",
        {
            "UBS AG": "org/ubs",
            "摩根大通证券(中国)有限公司": "org/jpmorgan-securities-china",
        },
        id="qfii-2-hans",
    ),
    pytest.param(
        "UBS AG與摩根大通證券(中國)有限公司也參與了本次發行。",
        "hongkong",
        {
            "UBS AG": "org/ubs",
            "摩根大通證券(中國)有限公司": "org/jpmorgan-securities-china",
        },
        id="qfii-2-hant",
    ),
    pytest.param(
        "国调基金二期与先进制造产业投资基金二期共同领投，国家科技成果转化引导基金参投。",
        "mainland",
        {
            "国调基金二期": "org/china-sores-fund-ii",
            "先进制造产业投资基金二期": "org/advanced-manufacturing-fund-ii",
            "国家科技成果转化引导基金": "org/national-sci-tech-transfer-guidance-fund",
        },
        id="state-funds-hans",
    ),
    pytest.param(
        "國調基金二期與先進製造產業投資基金二期共同領投，國家科技成果轉化引導基金參投。",
        "hongkong",
        {
            "國調基金二期": "org/china-sores-fund-ii",
            "先進製造產業投資基金二期": "org/advanced-manufacturing-fund-ii",
            "國家科技成果轉化引導基金": "org/national-sci-tech-transfer-guidance-fund",
        },
        id="state-funds-hant",
    ),
    pytest.param(
        "上海科创基金、北京京国瑞国企改革发展基金和光谷金控作为有限合伙人认缴出资。",
        "mainland",
        {
            "上海科创基金": "org/shanghai-sci-tech-innovation-fund",
            "北京京国瑞国企改革发展基金": "org/beijing-jingguorui-fund",
            "光谷金控": "org/optics-valley-financial-holding",
        },
        id="state-funds-2-hans",
    ),
    pytest.param(
        "上海科創基金、北京京國瑞國企改革發展基金和光谷金控作為有限合夥人認繳出資。",
        "hongkong",
        {
            "上海科創基金": "org/shanghai-sci-tech-innovation-fund",
            "北京京國瑞國企改革發展基金": "org/beijing-jingguorui-fund",
            "光谷金控": "org/optics-valley-financial-holding",
        },
        id="state-funds-2-hant",
    ),
    pytest.param(
        "山东财金、陕西金控和湖南湘投分别与该公司签署战略合作协议。",
        "mainland",
        {
            "山东财金": "org/shandong-caijin",
            "陕西金控": "org/shaanxi-financial-holding",
            "湖南湘投": "org/hunan-xiangtou",
        },
        id="provincial-platforms-hans",
    ),
    pytest.param(
        "山東財金、陝西金控和湖南湘投分別與該公司簽署戰略合作協議。",
        "hongkong",
        {
            "山東財金": "org/shandong-caijin",
            "陝西金控": "org/shaanxi-financial-holding",
            "湖南湘投": "org/hunan-xiangtou",
        },
        id="provincial-platforms-hant",
    ),
    pytest.param(
        "深圳高新投为该笔债券提供全额担保，川投集团和鲁信集团认购了部分份额。",
        "mainland",
        {
            "深圳高新投": "org/shenzhen-hi-tech-investment",
            "川投集团": "org/sichuan-investment-group",
            "鲁信集团": "org/shandong-luxin-group",
        },
        id="provincial-platforms-2-hans",
    ),
    pytest.param(
        "深圳高新投為該筆債券提供全額擔保，川投集團和魯信集團認購了部分份額。",
        "hongkong",
        {
            "深圳高新投": "org/shenzhen-hi-tech-investment",
            "川投集團": "org/sichuan-investment-group",
            "魯信集團": "org/shandong-luxin-group",
        },
        id="provincial-platforms-2-hant",
    ),
    pytest.param(
        "特区建发、大横琴集团与湖北港口集团位列发债主体前列，江西金控和北京金控亦有发行。",
        "mainland",
        {
            "特区建发": "org/shenzhen-sez-construction",
            "大横琴集团": "org/zhuhai-da-hengqin",
            "湖北港口集团": "org/hubei-port-group",
            "江西金控": "org/jiangxi-financial-holding",
            "北京金控": "org/beijing-financial-holding",
        },
        id="city-platforms-hans",
    ),
    pytest.param(
        "特區建發、大橫琴集團與湖北港口集團位列發債主體前列，江西金控和北京金控亦有發行。",
        "hongkong",
        {
            "特區建發": "org/shenzhen-sez-construction",
            "大橫琴集團": "org/zhuhai-da-hengqin",
            "湖北港口集團": "org/hubei-port-group",
            "江西金控": "org/jiangxi-financial-holding",
            "北京金控": "org/beijing-financial-holding",
        },
        id="city-platforms-hant",
    ),
    pytest.param(
        "青岛海发和广州国发分别收购了一家上市公司的控股权，湖南交水建则中标一段高速公路。",
        "mainland",
        {
            "青岛海发": "org/qingdao-haifa",
            "广州国发": "org/guangzhou-state-assets-development",
            "湖南交水建": "org/hunan-communications-water",
        },
        id="city-platforms-2-hans",
    ),
    pytest.param(
        "青島海發和廣州國發分別收購了一家上市公司的控股權，湖南交水建則中標一段高速公路。",
        "hongkong",
        {
            "青島海發": "org/qingdao-haifa",
            "廣州國發": "org/guangzhou-state-assets-development",
            "湖南交水建": "org/hunan-communications-water",
        },
        id="city-platforms-2-hant",
    ),
    pytest.param(
        "铁建重工向铁建大桥局交付两台盾构机，中国能建浙江火电承建配套电厂。",
        "mainland",
        {
            "铁建重工": "org/crcc-heavy-industry",
            "铁建大桥局": "org/crcc-bridge",
            "中国能建浙江火电": "org/ceec-zhejiang-thermal",
        },
        id="construction-hans",
    ),
    pytest.param(
        "鐵建重工向鐵建大橋局交付兩台盾構機，中國能建浙江火電承建配套電廠。",
        "hongkong",
        {
            "鐵建重工": "org/crcc-heavy-industry",
            "鐵建大橋局": "org/crcc-bridge",
            "中國能建浙江火電": "org/ceec-zhejiang-thermal",
        },
        id="construction-hant",
    ),
    pytest.param(
        "葛洲坝集团与中交路建组成联合体中标，中国电建西北院负责勘察设计。",
        "mainland",
        {
            "葛洲坝集团": "org/gezhouba",
            "中交路建": "org/cccc-road-bridge",
            "中国电建西北院": "org/powerchina-northwest",
        },
        id="construction-2-hans",
    ),
    pytest.param(
        "葛洲壩集團與中交路建組成聯合體中標，中國電建西北院負責勘察設計。",
        "hongkong",
        {
            "葛洲壩集團": "org/gezhouba",
            "中交路建": "org/cccc-road-bridge",
            "中國電建西北院": "org/powerchina-northwest",
        },
        id="construction-2-hant",
    ),
    pytest.param(
        "旭升集团、经纬恒润和株洲时代新材料科技股份有限公司同日公告定增预案。",
        "mainland",
        {
            "旭升集团": "org/ningbo-xusheng",
            "经纬恒润": "org/hirain",
            "株洲时代新材料科技股份有限公司": "org/times-new-material",
        },
        id="ev-chain-hans",
    ),
    pytest.param(
        "旭升集團、經緯恆潤和株洲時代新材料科技股份有限公司同日公告定增預案。",
        "hongkong",
        {
            "旭升集團": "org/ningbo-xusheng",
            "經緯恆潤": "org/hirain",
            "株洲時代新材料科技股份有限公司": "org/times-new-material",
        },
        id="ev-chain-hant",
    ),
    pytest.param(
        "振华新材与永太科技签订长单，壹石通和海目星也披露了扩产计划。",
        "mainland",
        {
            "振华新材": "org/zhenhua-new-material",
            "永太科技": "org/yongtai-technology",
            "壹石通": "org/estone",
            "海目星": "org/hymson",
        },
        id="ev-chain-2-hans",
    ),
    pytest.param(
        "振華新材與永太科技簽訂長單，壹石通和海目星也披露了擴產計劃。",
        "hongkong",
        {
            "振華新材": "org/zhenhua-new-material",
            "永太科技": "org/yongtai-technology",
            "壹石通": "org/estone",
            "海目星": "org/hymson",
        },
        id="ev-chain-2-hant",
    ),
    pytest.param(
        "蔚蓝锂芯、德赛电池和豪鹏科技的电芯订单同比增长。",
        "mainland",
        {
            "蔚蓝锂芯": "org/changzhou-azure",
            "德赛电池": "org/desay-battery",
            "豪鹏科技": "org/highpower",
        },
        id="ev-chain-3-hans",
    ),
    pytest.param(
        "蔚藍鋰芯、德賽電池和豪鵬科技的電芯訂單同比增長。",
        "hongkong",
        {
            "蔚藍鋰芯": "org/changzhou-azure",
            "德賽電池": "org/desay-battery",
            "豪鵬科技": "org/highpower",
        },
        id="ev-chain-3-hant",
    ),
    pytest.param(
        "金力永磁、正海磁材与宁波韵升向车企供应磁材，英搏尔、中熔电气和瑞可达提供电控部件。",
        "mainland",
        {
            "金力永磁": "org/jl-mag",
            "正海磁材": "org/zhenghai-magnetic",
            "宁波韵升": "org/ningbo-yunsheng",
            "英搏尔": "org/enpower",
            "中熔电气": "org/zhongrong-electric",
            "瑞可达": "org/recodeal",
        },
        id="ev-parts-hans",
    ),
    pytest.param(
        "金力永磁、正海磁材與寧波韻升向車企供應磁材，英搏爾、中熔電氣和瑞可達提供電控部件。",
        "hongkong",
        {
            "金力永磁": "org/jl-mag",
            "正海磁材": "org/zhenghai-magnetic",
            "寧波韻升": "org/ningbo-yunsheng",
            "英搏爾": "org/enpower",
            "中熔電氣": "org/zhongrong-electric",
            "瑞可達": "org/recodeal",
        },
        id="ev-parts-hant",
    ),
    pytest.param(
        "保隆科技、科博达、文灿股份和爱柯迪分别获得新能源车企定点。",
        "mainland",
        {
            "保隆科技": "org/baolong-automotive",
            "科博达": "org/keboda",
            "文灿股份": "org/wencan",
            "爱柯迪": "org/ikd",
        },
        id="auto-parts-hans",
    ),
    pytest.param(
        "保隆科技、科博達、文燦股份和愛柯迪分別獲得新能源車企定點。",
        "hongkong",
        {
            "保隆科技": "org/baolong-automotive",
            "科博達": "org/keboda",
            "文燦股份": "org/wencan",
            "愛柯迪": "org/ikd",
        },
        id="auto-parts-hant",
    ),
    pytest.param(
        "海优新材、赛伍技术和宇邦新材是光伏辅材供应商，美畅股份与金博股份亦在其列。",
        "mainland",
        {
            "海优新材": "org/hiuv",
            "赛伍技术": "org/cybrid",
            "宇邦新材": "org/yourbest-new-material",
            "美畅股份": "org/meichang",
            "金博股份": "org/kbc-carbon",
        },
        id="solar-hans",
    ),
    pytest.param(
        "海優新材、賽伍技術和宇邦新材是光伏輔材供應商，美暢股份與金博股份亦在其列。",
        "hongkong",
        {
            "海優新材": "org/hiuv",
            "賽伍技術": "org/cybrid",
            "宇邦新材": "org/yourbest-new-material",
            "美暢股份": "org/meichang",
            "金博股份": "org/kbc-carbon",
        },
        id="solar-hant",
    ),
    pytest.param(
        "林洋能源与嘉泽新能签署储能项目合同，金开新能收购了一座风电场。",
        "mainland",
        {
            "林洋能源": "org/linyang",
            "嘉泽新能": "org/jiaze-renewables",
            "金开新能": "org/jinko-kaixin",
        },
        id="power-hans",
    ),
    pytest.param(
        "林洋能源與嘉澤新能簽署儲能項目合同，金開新能收購了一座風電場。",
        "hongkong",
        {
            "林洋能源": "org/linyang",
            "嘉澤新能": "org/jiaze-renewables",
            "金開新能": "org/jinko-kaixin",
        },
        id="power-hant",
    ),
    pytest.param(
        "天能重工、恒润股份和通裕重工为海上风电项目供应塔筒和法兰，亚星锚链供应系泊链。",
        "mainland",
        {
            "天能重工": "org/tianneng-heavy",
            "恒润股份": "org/jiangyin-hengrun",
            "通裕重工": "org/tongyu-heavy",
            "亚星锚链": "org/asian-star-anchor",
        },
        id="wind-hans",
    ),
    pytest.param(
        "天能重工、恆潤股份和通裕重工為海上風電項目供應塔筒和法蘭，亞星錨鏈供應繫泊鏈。",
        "hongkong",
        {
            "天能重工": "org/tianneng-heavy",
            "恆潤股份": "org/jiangyin-hengrun",
            "通裕重工": "org/tongyu-heavy",
            "亞星錨鏈": "org/asian-star-anchor",
        },
        id="wind-hant",
    ),
    pytest.param(
        "四方继保、神马电力和保变电气中标国家电网特高压项目，新风光电子科技股份有限公司提供储能变流器。",
        "mainland",
        {
            "四方继保": "org/sifang-automation",
            "神马电力": "org/shenma-electric",
            "保变电气": "org/baobian-electric",
            "新风光电子科技股份有限公司": "org/xinfengguang",
        },
        id="grid-hans",
    ),
    pytest.param(
        "四方繼保、神馬電力和保變電氣中標國家電網特高壓項目，新風光電子科技股份有限公司提供儲能變流器。",
        "hongkong",
        {
            "四方繼保": "org/sifang-automation",
            "神馬電力": "org/shenma-electric",
            "保變電氣": "org/baobian-electric",
            "新風光電子科技股份有限公司": "org/xinfengguang",
        },
        id="grid-hant",
    ),
    pytest.param(
        "申菱环境、佳力图和高澜股份为智算中心提供液冷方案，同飞股份也有参与。",
        "mainland",
        {
            "申菱环境": "org/shenling",
            "佳力图": "org/canatal",
            "高澜股份": "org/goaland",
            "同飞股份": "org/tongfei",
        },
        id="cooling-hans",
    ),
    pytest.param(
        "申菱環境、佳力圖和高瀾股份為智算中心提供液冷方案，同飛股份也有參與。",
        "hongkong",
        {
            "申菱環境": "org/shenling",
            "佳力圖": "org/canatal",
            "高瀾股份": "org/goaland",
            "同飛股份": "org/tongfei",
        },
        id="cooling-hant",
    ),
    pytest.param(
        "晶丰明源、芯朋微和必易微均为电源管理芯片厂商，希荻微与英集芯亦披露了收购方案。",
        "mainland",
        {
            "晶丰明源": "org/bright-power",
            "芯朋微": "org/chipown",
            "必易微": "org/kiwi-instruments",
            "希荻微": "org/halo-micro",
            "英集芯": "org/injoinic",
        },
        id="chips-design-hans",
    ),
    pytest.param(
        "晶豐明源、芯朋微和必易微均為電源管理芯片廠商，希荻微與英集芯亦披露了收購方案。",
        "hongkong",
        {
            "晶豐明源": "org/bright-power",
            "芯朋微": "org/chipown",
            "必易微": "org/kiwi-instruments",
            "希荻微": "org/halo-micro",
            "英集芯": "org/injoinic",
        },
        id="chips-design-hant",
    ),
    pytest.param(
        "龙迅股份、裕太微和盛科通信募资投向高速接口与交换芯片。",
        "mainland",
        {
            "龙迅股份": "org/lontium",
            "裕太微": "org/motorcomm",
            "盛科通信": "org/centec",
        },
        id="chips-design-2-hans",
    ),
    pytest.param(
        "龍迅股份、裕太微和盛科通信募資投向高速接口與交換芯片。",
        "hongkong",
        {
            "龍迅股份": "org/lontium",
            "裕太微": "org/motorcomm",
            "盛科通信": "org/centec",
        },
        id="chips-design-2-hant",
    ),
    pytest.param(
        "燕东微、星宸科技和炬芯科技均在科创板或创业板上市，深圳市德明利技术股份有限公司亦然。",
        "mainland",
        {
            "燕东微": "org/yandong-micro",
            "星宸科技": "org/sigmastar",
            "炬芯科技": "org/actions-technology",
            "深圳市德明利技术股份有限公司": "org/demingli",
        },
        id="chips-design-3-hans",
    ),
    pytest.param(
        "燕東微、星宸科技和炬芯科技均在科創板或創業板上市，深圳市德明利技術股份有限公司亦然。",
        "hongkong",
        {
            "燕東微": "org/yandong-micro",
            "星宸科技": "org/sigmastar",
            "炬芯科技": "org/actions-technology",
            "深圳市德明利技術股份有限公司": "org/demingli",
        },
        id="chips-design-3-hant",
    ),
    pytest.param(
        "微导纳米、京仪装备和芯碁微装获得晶圆厂订单，正帆科技提供气体系统。",
        "mainland",
        {
            "微导纳米": "org/leadmicro",
            "京仪装备": "org/beijing-jingyi",
            "芯碁微装": "org/circuit-fabology",
            "正帆科技": "org/gentech",
        },
        id="chips-equipment-hans",
    ),
    pytest.param(
        "微導納米、京儀裝備和芯碁微裝獲得晶圓廠訂單，正帆科技提供氣體系統。",
        "hongkong",
        {
            "微導納米": "org/leadmicro",
            "京儀裝備": "org/beijing-jingyi",
            "芯碁微裝": "org/circuit-fabology",
            "正帆科技": "org/gentech",
        },
        id="chips-equipment-hant",
    ),
    pytest.param(
        "晶瑞电材、彤程新材与上海新阳加码光刻胶，清溢光电和路维光电扩产掩膜版。",
        "mainland",
        {
            "晶瑞电材": "org/crystal-clear",
            "彤程新材": "org/red-avenue",
            "上海新阳": "org/sinyang",
            "清溢光电": "org/newway-photomask",
            "路维光电": "org/luwei-optoelectronics",
        },
        id="chips-materials-hans",
    ),
    pytest.param(
        "晶瑞電材、彤程新材與上海新陽加碼光刻膠，清溢光電和路維光電擴產掩膜版。",
        "hongkong",
        {
            "晶瑞電材": "org/crystal-clear",
            "彤程新材": "org/red-avenue",
            "上海新陽": "org/sinyang",
            "清溢光電": "org/newway-photomask",
            "路維光電": "org/luwei-optoelectronics",
        },
        id="chips-materials-hant",
    ),
    pytest.param(
        "伟测科技和利扬芯片扩充测试产能，汇成股份则聚焦显示驱动封测。",
        "mainland",
        {
            "伟测科技": "org/v-test",
            "利扬芯片": "org/leadyo",
        },
        id="chips-testing-hans",
    ),
    pytest.param(
        "偉測科技和利揚芯片擴充測試產能，匯成股份則聚焦顯示驅動封測。",
        "hongkong",
        {
            "偉測科技": "org/v-test",
            "利揚芯片": "org/leadyo",
        },
        id="chips-testing-hant",
    ),
    pytest.param(
        "德科立、中瓷电子和华丰科技受益于算力需求，生益电子与崇达技术扩建高多层板产线。",
        "mainland",
        {
            "德科立": "org/dekeli",
            "中瓷电子": "org/sinopack-zhongci",
            "华丰科技": "org/huafeng-technology",
            "生益电子": "org/shengyi-electronics",
            "崇达技术": "org/suntak",
        },
        id="pcb-optics-hans",
    ),
    pytest.param(
        "德科立、中瓷電子和華豐科技受益於算力需求，生益電子與崇達技術擴建高多層板產線。",
        "hongkong",
        {
            "德科立": "org/dekeli",
            "中瓷電子": "org/sinopack-zhongci",
            "華豐科技": "org/huafeng-technology",
            "生益電子": "org/shengyi-electronics",
            "崇達技術": "org/suntak",
        },
        id="pcb-optics-hant",
    ),
    pytest.param(
        "协创数据、鸿博股份和中贝通信纷纷布局智算服务，青云科技推出新一代算力平台。",
        "mainland",
        {
            "协创数据": "org/sharetronic",
            "鸿博股份": "org/hongbo-shares",
            "中贝通信": "org/zhongbei-communication",
            "青云科技": "org/qingcloud",
        },
        id="compute-hans",
    ),
    pytest.param(
        "協創數據、鴻博股份和中貝通信紛紛布局智算服務，青雲科技推出新一代算力平台。",
        "hongkong",
        {
            "協創數據": "org/sharetronic",
            "鴻博股份": "org/hongbo-shares",
            "中貝通信": "org/zhongbei-communication",
            "青雲科技": "org/qingcloud",
        },
        id="compute-hant",
    ),
    pytest.param(
        "海天瑞声、格灵深瞳与当虹科技发布大模型产品，万兴科技和汉王科技随后跟进。",
        "mainland",
        {
            "海天瑞声": "org/speechocean",
            "格灵深瞳": "org/deepglint",
            "当虹科技": "org/arcvideo",
            "万兴科技": "org/wondershare",
            "汉王科技": "org/hanvon",
        },
        id="software-ai-hans",
    ),
    pytest.param(
        "海天瑞聲、格靈深瞳與當虹科技發布大模型產品，萬興科技和漢王科技隨後跟進。",
        "hongkong",
        {
            "海天瑞聲": "org/speechocean",
            "格靈深瞳": "org/deepglint",
            "當虹科技": "org/arcvideo",
            "萬興科技": "org/wondershare",
            "漢王科技": "org/hanvon",
        },
        id="software-ai-hant",
    ),
    pytest.param(
        "美迪西、百诚医药和阳光诺和是临床前研究服务商，普蕊斯与诺思格提供临床试验服务。",
        "mainland",
        {
            "美迪西": "org/medicilon",
            "百诚医药": "org/baicheng-pharma",
            "阳光诺和": "org/sunshine-nuohe",
            "普蕊斯": "org/pharmaron-smo-prius",
            "诺思格": "org/nuosige",
        },
        id="cxo-hans",
    ),
    pytest.param(
        "美迪西、百誠醫藥和陽光諾和是臨床前研究服務商，普蕊斯與諾思格提供臨床試驗服務。",
        "hongkong",
        {
            "美迪西": "org/medicilon",
            "百誠醫藥": "org/baicheng-pharma",
            "陽光諾和": "org/sunshine-nuohe",
            "普蕊斯": "org/pharmaron-smo-prius",
            "諾思格": "org/nuosige",
        },
        id="cxo-hant",
    ),
    pytest.param(
        "迈威生物与泽璟制药达成授权合作，艾力斯和益方生物公布临床数据。",
        "mainland",
        {
            "迈威生物": "org/mabwell",
            "泽璟制药": "org/zelgen",
            "艾力斯": "org/allist",
            "益方生物": "org/inventisbio",
        },
        id="biotech-hans",
    ),
    pytest.param(
        "邁威生物與澤璟製藥達成授權合作，艾力斯和益方生物公布臨床數據。",
        "hongkong",
        {
            "邁威生物": "org/mabwell",
            "澤璟製藥": "org/zelgen",
            "艾力斯": "org/allist",
            "益方生物": "org/inventisbio",
        },
        id="biotech-hant",
    ),
    pytest.param(
        "神州细胞、三生国健和智翔金泰的抗体药物获批上市，迪哲医药亦有新药获批。",
        "mainland",
        {
            "神州细胞": "org/sinocelltech",
            "三生国健": "org/sunshine-guojian",
            "智翔金泰": "org/genrix",
            "迪哲医药": "org/dizal",
        },
        id="biotech-2-hans",
    ),
    pytest.param(
        "神州細胞、三生國健和智翔金泰的抗體藥物獲批上市，迪哲醫藥亦有新藥獲批。",
        "hongkong",
        {
            "神州細胞": "org/sinocelltech",
            "三生國健": "org/sunshine-guojian",
            "智翔金泰": "org/genrix",
            "迪哲醫藥": "org/dizal",
        },
        id="biotech-2-hant",
    ),
    pytest.param(
        "百普赛斯、键凯科技和纳微科技是生命科学上游供应商，药康生物提供模式动物。",
        "mainland",
        {
            "百普赛斯": "org/acrobiosystems",
            "键凯科技": "org/jenkem",
            "纳微科技": "org/nanomicro",
            "药康生物": "org/gempharmatech",
        },
        id="life-science-tools-hans",
    ),
    pytest.param(
        "百普賽斯、鍵凱科技和納微科技是生命科學上游供應商，藥康生物提供模式動物。",
        "hongkong",
        {
            "百普賽斯": "org/acrobiosystems",
            "鍵凱科技": "org/jenkem",
            "納微科技": "org/nanomicro",
            "藥康生物": "org/gempharmatech",
        },
        id="life-science-tools-hant",
    ),
    pytest.param(
        "东富龙和楚天科技为疫苗企业提供制药装备，百克生物和欧林生物是其客户。",
        "mainland",
        {
            "东富龙": "org/tofflon",
            "楚天科技": "org/truking",
            "百克生物": "org/bcht",
            "欧林生物": "org/olymvax",
        },
        id="pharma-equipment-hans",
    ),
    pytest.param(
        "東富龍和楚天科技為疫苗企業提供製藥裝備，百克生物和歐林生物是其客戶。",
        "hongkong",
        {
            "東富龍": "org/tofflon",
            "楚天科技": "org/truking",
            "百克生物": "org/bcht",
            "歐林生物": "org/olymvax",
        },
        id="pharma-equipment-hant",
    ),
    pytest.param(
        "澳华内镜、微电生理和威高骨科发布年报，爱博医疗与佰仁医疗净利润增长。",
        "mainland",
        {
            "澳华内镜": "org/aohua-endoscopy",
            "微电生理": "org/microport-ep",
            "威高骨科": "org/weigao-ortho",
            "爱博医疗": "org/eyebright",
            "佰仁医疗": "org/peijia-balance",
        },
        id="devices-hans",
    ),
    pytest.param(
        "澳華內鏡、微電生理和威高骨科發布年報，愛博醫療與佰仁醫療淨利潤增長。",
        "hongkong",
        {
            "澳華內鏡": "org/aohua-endoscopy",
            "微電生理": "org/microport-ep",
            "威高骨科": "org/weigao-ortho",
            "愛博醫療": "org/eyebright",
            "佰仁醫療": "org/peijia-balance",
        },
        id="devices-hant",
    ),
    pytest.param(
        "海思科医药集团股份有限公司与深圳长城开发科技股份有限公司均未参与此次竞拍。",
        "mainland",
        {
            "海思科医药集团股份有限公司": "org/haisco",
            "深圳长城开发科技股份有限公司": "org/kaifa",
        },
        id="legal-names-hans",
    ),
    pytest.param(
        "海思科醫藥集團股份有限公司與深圳長城開發科技股份有限公司均未參與此次競拍。",
        "hongkong",
        {
            "海思科醫藥集團股份有限公司": "org/haisco",
            "深圳長城開發科技股份有限公司": "org/kaifa",
        },
        id="legal-names-hant",
    ),
    pytest.param(
        "伊戈尔电气股份有限公司向拉普拉斯新能源科技股份有限公司采购设备。",
        "mainland",
        {
            "伊戈尔电气股份有限公司": "org/eaglerise",
            "拉普拉斯新能源科技股份有限公司": "org/laplace",
        },
        id="legal-names-2-hans",
    ),
    pytest.param(
        "伊戈爾電氣股份有限公司向拉普拉斯新能源科技股份有限公司採購設備。",
        "hongkong",
        {
            "伊戈爾電氣股份有限公司": "org/eaglerise",
            "拉普拉斯新能源科技股份有限公司": "org/laplace",
        },
        id="legal-names-2-hant",
    ),
    pytest.param(
        "浦银理财、杭银理财和宁银理财认购了该银行的永续债，北银理财与青银理财也有参与。",
        "mainland",
        {
            "浦银理财": "org/spdb-wealth",
            "杭银理财": "org/hzbank-wealth",
            "宁银理财": "org/nbcb-wealth",
            "北银理财": "org/bob-wealth",
            "青银理财": "org/qdbank-wealth",
        },
        id="wealth-subsidiaries-hans",
    ),
    pytest.param(
        "浦銀理財、杭銀理財和寧銀理財認購了該銀行的永續債，北銀理財與青銀理財也有參與。",
        "hongkong",
        {
            "浦銀理財": "org/spdb-wealth",
            "杭銀理財": "org/hzbank-wealth",
            "寧銀理財": "org/nbcb-wealth",
            "北銀理財": "org/bob-wealth",
            "青銀理財": "org/qdbank-wealth",
        },
        id="wealth-subsidiaries-hant",
    ),
    pytest.param(
        "南银理财、苏银理财、徽银理财和渝农商理财发行了多只科创主题理财产品。",
        "mainland",
        {
            "南银理财": "org/njbank-wealth",
            "苏银理财": "org/jsbank-wealth",
            "徽银理财": "org/hsbank-wealth",
            "渝农商理财": "org/cqrcb-wealth",
        },
        id="wealth-subsidiaries-2-hans",
    ),
    pytest.param(
        "南銀理財、蘇銀理財、徽銀理財和渝農商理財發行了多隻科創主題理財產品。",
        "hongkong",
        {
            "南銀理財": "org/njbank-wealth",
            "蘇銀理財": "org/jsbank-wealth",
            "徽銀理財": "org/hsbank-wealth",
            "渝農商理財": "org/cqrcb-wealth",
        },
        id="wealth-subsidiaries-2-hant",
    ),
    pytest.param(
        "国融证券与国都证券分别被收购，山东国信则转让了所持股权。",
        "mainland",
        {
            "国融证券": "org/guorong-securities",
            "国都证券": "org/guodu-securities",
            "山东国信": "org/shandong-trust",
        },
        id="brokers-trust-hans",
    ),
    pytest.param(
        "國融證券與國都證券分別被收購，山東國信則轉讓了所持股權。",
        "hongkong",
        {
            "國融證券": "org/guorong-securities",
            "國都證券": "org/guodu-securities",
            "山東國信": "org/shandong-trust",
        },
        id="brokers-trust-hant",
    ),
    pytest.param(
        "华海诚科拟以发行股份方式收购衡所华威，富乐德则收购了一家陶瓷基板企业。",
        "mainland",
        {
            "华海诚科": "org/huahai-chengke",
            "衡所华威": "org/hengsuo-huawei",
            "富乐德": "org/ferrotec-anhui",
        },
        id="merger-targets-hans",
    ),
    pytest.param(
        "華海誠科擬以發行股份方式收購衡所華威，富樂德則收購了一家陶瓷基板企業。",
        "hongkong",
        {
            "華海誠科": "org/huahai-chengke",
            "衡所華威": "org/hengsuo-huawei",
            "富樂德": "org/ferrotec-anhui",
        },
        id="merger-targets-hant",
    ),
    pytest.param(
        "曼恩斯特、德龙激光和罗博特科获得电池与光伏设备订单，京山轻机亦中标。",
        "mainland",
        {
            "曼恩斯特": "org/manst",
            "德龙激光": "org/delong-laser",
            "罗博特科": "org/robotechnik",
            "京山轻机": "org/jingshan-light",
        },
        id="battery-equipment-hans",
    ),
    pytest.param(
        "曼恩斯特、德龍激光和羅博特科獲得電池與光伏設備訂單，京山輕機亦中標。",
        "hongkong",
        {
            "曼恩斯特": "org/manst",
            "德龍激光": "org/delong-laser",
            "羅博特科": "org/robotechnik",
            "京山輕機": "org/jingshan-light",
        },
        id="battery-equipment-hant",
    ),
    pytest.param(
        "海兴电力、炬华科技和威胜信息中标南方电网电能表招标，积成电子与远光软件提供系统。",
        "mainland",
        {
            "海兴电力": "org/hexing-electrical",
            "炬华科技": "org/sunrise-juhua",
            "威胜信息": "org/willfar",
            "积成电子": "org/integrated-electronic",
            "远光软件": "org/ygsoft",
        },
        id="grid-metering-hans",
    ),
    pytest.param(
        "海興電力、炬華科技和威勝信息中標南方電網電能表招標，積成電子與遠光軟件提供系統。",
        "hongkong",
        {
            "海興電力": "org/hexing-electrical",
            "炬華科技": "org/sunrise-juhua",
            "威勝信息": "org/willfar",
            "積成電子": "org/integrated-electronic",
            "遠光軟件": "org/ygsoft",
        },
        id="grid-metering-hant",
    ),
    pytest.param(
        "英飞源、通合科技和欧陆通供应充电模块，中恒电气提供数据中心电源。",
        "mainland",
        {
            "英飞源": "org/infypower",
            "通合科技": "org/tonhe-electronics",
            "欧陆通": "org/euro-asia-power",
            "中恒电气": "org/zhongheng-electric",
        },
        id="charging-hans",
    ),
    pytest.param(
        "英飛源、通合科技和歐陸通供應充電模塊，中恆電氣提供數據中心電源。",
        "hongkong",
        {
            "英飛源": "org/infypower",
            "通合科技": "org/tonhe-electronics",
            "歐陸通": "org/euro-asia-power",
            "中恆電氣": "org/zhongheng-electric",
        },
        id="charging-hant",
    ),
    pytest.param(
        "首航新能、双登股份和赣锋锂电签署储能电池供货协议，中车株洲所提供储能系统。",
        "mainland",
        {
            "首航新能": "org/sofar-solar",
            "双登股份": "org/shuangdeng",
            "赣锋锂电": "org/ganfeng-lib",
            "中车株洲所": "org/crrc-zelri",
        },
        id="storage-makers-hans",
    ),
    pytest.param(
        "首航新能、雙登股份和贛鋒鋰電簽署儲能電池供貨協議，中車株洲所提供儲能系統。",
        "hongkong",
        {
            "首航新能": "org/sofar-solar",
            "雙登股份": "org/shuangdeng",
            "贛鋒鋰電": "org/ganfeng-lib",
            "中車株洲所": "org/crrc-zelri",
        },
        id="storage-makers-hant",
    ),
    pytest.param(
        "金冠电气、明阳电气、白云电器和泰永长征为数据中心项目供应配电设备。",
        "mainland",
        {
            "金冠电气": "org/jinguan-electric",
            "明阳电气": "org/mingyang-electric",
            "白云电器": "org/baiyun-electric",
            "泰永长征": "org/taiyong-changzheng",
        },
        id="switchgear-hans",
    ),
    pytest.param(
        "金冠電氣、明陽電氣、白雲電器和泰永長征為數據中心項目供應配電設備。",
        "hongkong",
        {
            "金冠電氣": "org/jinguan-electric",
            "明陽電氣": "org/mingyang-electric",
            "白雲電器": "org/baiyun-electric",
            "泰永長征": "org/taiyong-changzheng",
        },
        id="switchgear-hant",
    ),
    pytest.param(
        "逐际动力、乐聚机器人和松延动力完成新一轮融资，众擎机器人与魔法原子亦获投资。",
        "mainland",
        {
            "逐际动力": "org/limx-dynamics",
            "乐聚机器人": "org/leju-robot",
            "松延动力": "org/noetix",
            "众擎机器人": "org/engineai",
            "魔法原子": "org/magiclab",
        },
        id="robots-hans",
    ),
    pytest.param(
        "逐際動力、樂聚機器人和松延動力完成新一輪融資，眾擎機器人與魔法原子亦獲投資。",
        "hongkong",
        {
            "逐際動力": "org/limx-dynamics",
            "樂聚機器人": "org/leju-robot",
            "松延動力": "org/noetix",
            "眾擎機器人": "org/engineai",
            "魔法原子": "org/magiclab",
        },
        id="robots-hant",
    ),
    pytest.param(
        "千寻智能、它石智航和自变量机器人获得数亿元融资，星海图估值翻倍。",
        "mainland",
        {
            "千寻智能": "org/spirit-ai",
            "它石智航": "org/tars-robotics",
            "自变量机器人": "org/x-square-robot",
            "星海图": "org/galaxea",
        },
        id="embodied-ai-hans",
    ),
    pytest.param(
        "千尋智能、它石智航和自變量機器人獲得數億元融資，星海圖估值翻倍。",
        "hongkong",
        {
            "千尋智能": "org/spirit-ai",
            "它石智航": "org/tars-robotics",
            "自變量機器人": "org/x-square-robot",
            "星海圖": "org/galaxea",
        },
        id="embodied-ai-hant",
    ),
    pytest.param(
        "元戎启行、卡尔动力与主线科技获得自动驾驶货运订单，纵目科技和蘑菇车联递交上市申请。",
        "mainland",
        {
            "元戎启行": "org/deeproute",
            "卡尔动力": "org/kargobot",
            "主线科技": "org/trunk-tech",
            "纵目科技": "org/zongmu",
            "蘑菇车联": "org/mogo-auto",
        },
        id="autonomous-driving-hans",
    ),
    pytest.param(
        "元戎啟行、卡爾動力與主線科技獲得自動駕駛貨運訂單，縱目科技和蘑菇車聯遞交上市申請。",
        "hongkong",
        {
            "元戎啟行": "org/deeproute",
            "卡爾動力": "org/kargobot",
            "主線科技": "org/trunk-tech",
            "縱目科技": "org/zongmu",
            "蘑菇車聯": "org/mogo-auto",
        },
        id="autonomous-driving-hant",
    ),
    pytest.param(
        "云鲸智能和海柔创新完成融资，投资方包括蓝湖资本与力合创投。",
        "mainland",
        {
            "云鲸智能": "org/narwal",
            "海柔创新": "org/hai-robotics",
            "蓝湖资本": "org/lanhu-capital",
            "力合创投": "org/leaguer-venture",
        },
        id="home-robots-hans",
    ),
    pytest.param(
        "雲鯨智能和海柔創新完成融資，投資方包括藍湖資本與力合創投。",
        "hongkong",
        {
            "雲鯨智能": "org/narwal",
            "海柔創新": "org/hai-robotics",
            "藍湖資本": "org/lanhu-capital",
            "力合創投": "org/leaguer-venture",
        },
        id="home-robots-hant",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_new_rows_are_found(nlp, text: str, region: str, expected: dict[str, str]) -> None:
    assert found_iris(nlp, text, expected, NAMED, region) == as_iris(expected)


#: sentence, a word of it that holds a new name but is no organisation
ORDINARY = [
    pytest.param("新时代新材料产业蓬勃发展。", "时代新材", id="times-new-material-in-new-era-hans"),
    pytest.param("新時代新材料產業蓬勃發展。", "時代新材", id="times-new-material-in-new-era-hant"),
    pytest.param("其中绿电交易量同比增长三成。", "中绿电", id="green-power-in-of-which-hans"),
    pytest.param("其中綠電交易量同比增長三成。", "中綠電", id="green-power-in-of-which-hant"),
    pytest.param("合资四方股份比例分别为40%、30%、20%和10%。", "四方股份", id="sifang-in-four-parties-hans"),
    pytest.param("合資四方股份比例分別為40%、30%、20%和10%。", "四方股份", id="sifang-in-four-parties-hant"),
    pytest.param("中国芯科技企业加快突破关键技术。", "国芯科技", id="c-core-in-china-chip-hans"),
    pytest.param("中國芯科技企業加快突破關鍵技術。", "國芯科技", id="c-core-in-china-chip-hant"),
    pytest.param("北京国瑞城的商铺租金上涨。", "京国瑞", id="jingguorui-in-beijing-guorui-hans"),
    pytest.param("北京國瑞城的商鋪租金上漲。", "京國瑞", id="jingguorui-in-beijing-guorui-hant"),
    pytest.param("老城区改造后展现新风光。", "新风光", id="xinfengguang-in-new-look-hans"),
    pytest.param("老城區改造後展現新風光。", "新風光", id="xinfengguang-in-new-look-hant"),
    pytest.param("投资者更中意资产质量稳健的银行股。", "中意资产", id="generali-am-in-prefer-hans"),
    pytest.param("投資者更中意資產質量穩健的銀行股。", "中意資產", id="generali-am-in-prefer-hant"),
    pytest.param("新车外观大气派科技感十足。", "气派科技", id="chippacking-in-stylish-hans"),
    pytest.param("新車外觀大氣派科技感十足。", "氣派科技", id="chippacking-in-stylish-hant"),
    pytest.param("王德明利用职务便利收受财物。", "德明利", id="demingli-in-a-given-name-hans"),
    pytest.param("王德明利用職務便利收受財物。", "德明利", id="demingli-in-a-given-name-hant"),
    pytest.param("成都先导产业发展迅速。", "成都先导", id="hitgen-in-leading-industries-hans"),
    pytest.param("成都先導產業發展迅速。", "成都先導", id="hitgen-in-leading-industries-hant"),
    pytest.param("经济特区建发展新高地。", "特区建发", id="sez-construction-in-sez-hans"),
    pytest.param("經濟特區建發展新高地。", "特區建發", id="sez-construction-in-sez-hant"),
    pytest.param("这位资深科技记者长期关注芯片行业。", "深科技", id="kaifa-in-senior-tech-reporter-hans"),
    pytest.param("這位資深科技記者長期關注芯片行業。", "深科技", id="kaifa-in-senior-tech-reporter-hant"),
    pytest.param("其中一科技企业获得了大额融资。", "中一科技", id="zhongyi-in-one-of-them-hans"),
    pytest.param("其中一科技企業獲得了大額融資。", "中一科技", id="zhongyi-in-one-of-them-hant"),
    pytest.param("理财产品能帮大家资产增值。", "大家资产", id="dajia-am-in-everyone-hans"),
    pytest.param("理財產品能幫大家資產增值。", "大家資產", id="dajia-am-in-everyone-hant"),
    pytest.param("杭州资本市场迎来新一轮上市潮。", "杭州资本", id="hangzhou-capital-in-capital-market-hans"),
    pytest.param("杭州資本市場迎來新一輪上市潮。", "杭州資本", id="hangzhou-capital-in-capital-market-hant"),
    pytest.param("临港国际数据港建设提速。", "数据港", id="athub-in-data-harbour-hans"),
    pytest.param("臨港國際數據港建設提速。", "數據港", id="athub-in-data-harbour-hant"),
    pytest.param("兴证投资者教育基地正式揭牌。", "兴证投资", id="industrial-securities-in-investors-hans"),
    pytest.param("興證投資者教育基地正式揭牌。", "興證投資", id="industrial-securities-in-investors-hant"),
    pytest.param("解决这一难题需要大智慧。", "大智慧", id="dzh-in-wisdom-hans"),
    pytest.param("解決這一難題需要大智慧。", "大智慧", id="dzh-in-wisdom-hant"),
    pytest.param("新能源是经济增长的重要动力源。", "动力源", id="dpc-in-power-source-hans"),
    pytest.param("新能源是經濟增長的重要動力源。", "動力源", id="dpc-in-power-source-hant"),
    pytest.param("这些项目将推动广州发展迈上新台阶。", "广州发展", id="guangzhou-development-in-phrase-hans"),
    pytest.param("這些項目將推動廣州發展邁上新台階。", "廣州發展", id="guangzhou-development-in-phrase-hant"),
    pytest.param(
        "中信建投资本市场部负责人表示将加大服务力度。",
        "中信建投资本",
        id="csc-capital-in-capital-markets-hans",
        marks=pytest.mark.xfail(strict=True, reason="grammar: 中信建投 + 资本市场部 read as a name"),
    ),
    pytest.param(
        "中信建投資本市場部負責人表示將加大服務力度。",
        "中信建投資本",
        id="csc-capital-in-capital-markets-hant",
        marks=pytest.mark.xfail(strict=True, reason="grammar: 中信建投 + 资本市场部 read as a name"),
    ),
    pytest.param(
        "江苏国信资本开支今年将有所下降。",
        "国信资本",
        id="guosen-capital-in-capex-hans",
        marks=pytest.mark.xfail(strict=True, reason="grammar: 江苏国信 + 资本开支 read as a name"),
    ),
    pytest.param(
        "江蘇國信資本開支今年將有所下降。",
        "國信資本",
        id="guosen-capital-in-capex-hant",
        marks=pytest.mark.xfail(strict=True, reason="grammar: 江苏国信 + 资本开支 read as a name"),
    ),
]


@pytest.mark.parametrize(("text", "word"), ORDINARY)
def test_phrases_holding_new_names_are_no_mentions(nlp, text: str, word: str) -> None:
    assert not forms_holding(nlp, text, word)
