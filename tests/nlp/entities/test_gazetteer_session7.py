"""Gazetteer rows of session 7 (issue 13 item 5, ontology/gazetteer/mainland-session7.ttl), read
in sentences: city and rural commercial banks, the banks' wealth management companies, fund
managers, brokers and insurers, data-centre and cloud companies, the construction SOEs' bureaus
and design institutes, city platforms, generators and new-energy manufacturers, in Traditional and
in Simplified; and phrases that hold a new name and are none (湖南銀行業 "Hunan's banking
industry", 上海城投債, 廣東火電裝機).

Every sentence was written for this test (no corpus or devset text).
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import NAMED, as_iris, forms_holding, found_iris

#: sentence, region, {surface form: IRI path}
CASES = [
    pytest.param(
        "河北銀行與唐山銀行分別向該項目提供了5億元貸款。",
        "hongkong",
        {"河北銀行": "org/hebei-bank", "唐山銀行": "org/tangshan-bank"},
        id="banks-city-hant",
    ),
    pytest.param(
        "河北银行与唐山银行分别向该项目提供了5亿元贷款。",
        "mainland",
        {"河北银行": "org/hebei-bank", "唐山银行": "org/tangshan-bank"},
        id="banks-city-hans",
    ),
    pytest.param(
        "吉林銀行、龍江銀行和大連銀行聯合組成銀團。",
        "hongkong",
        {"吉林銀行": "org/jilin-bank", "龍江銀行": "org/longjiang-bank", "大連銀行": "org/dalian-bank"},
        id="banks-northeast-hant",
    ),
    pytest.param(
        "吉林银行、龙江银行和大连银行联合组成银团。",
        "mainland",
        {"吉林银行": "org/jilin-bank", "龙江银行": "org/longjiang-bank", "大连银行": "org/dalian-bank"},
        id="banks-northeast-hans",
    ),
    pytest.param(
        "日照銀行與濰坊銀行簽署了同業合作協議。",
        "hongkong",
        {"日照銀行": "org/rizhao-bank", "濰坊銀行": "org/weifang-bank"},
        id="banks-shandong-hant",
    ),
    pytest.param(
        "日照银行与潍坊银行签署了同业合作协议。",
        "mainland",
        {"日照银行": "org/rizhao-bank", "潍坊银行": "org/weifang-bank"},
        id="banks-shandong-hans",
    ),
    pytest.param(
        "湖南銀行向湖北銀行轉讓了部分信貸資產。",
        "hongkong",
        {"湖南銀行": "org/hunan-bank", "湖北銀行": "org/hubei-bank"},
        id="banks-central-hant",
    ),
    pytest.param(
        "湖南银行向湖北银行转让了部分信贷资产。",
        "mainland",
        {"湖南银行": "org/hunan-bank", "湖北银行": "org/hubei-bank"},
        id="banks-central-hans",
    ),
    pytest.param(
        "華融湘江銀行更名後，漢口銀行亦宣佈增資擴股。",
        "hongkong",
        {"華融湘江銀行": "org/hunan-bank", "漢口銀行": "org/hankou-bank"},
        id="banks-renamed-hant",
    ),
    pytest.param(
        "华融湘江银行更名后，汉口银行亦宣布增资扩股。",
        "mainland",
        {"华融湘江银行": "org/hunan-bank", "汉口银行": "org/hankou-bank"},
        id="banks-renamed-hans",
    ),
    pytest.param(
        "新疆銀行、青海銀行與寧夏銀行均獲批發行二級資本債。",
        "hongkong",
        {"新疆銀行": "org/xinjiang-bank", "青海銀行": "org/qinghai-bank", "寧夏銀行": "org/ningxia-bank"},
        id="banks-west-hant",
    ),
    pytest.param(
        "新疆银行、青海银行与宁夏银行均获批发行二级资本债。",
        "mainland",
        {"新疆银行": "org/xinjiang-bank", "青海银行": "org/qinghai-bank", "宁夏银行": "org/ningxia-bank"},
        id="banks-west-hans",
    ),
    pytest.param(
        "四川銀行牽頭，富滇銀行參與，為水電站提供30億元融資。",
        "hongkong",
        {"四川銀行": "org/sichuan-bank", "富滇銀行": "org/fudian-bank"},
        id="banks-southwest-hant",
    ),
    pytest.param(
        "四川银行牵头，富滇银行参与，为水电站提供30亿元融资。",
        "mainland",
        {"四川银行": "org/sichuan-bank", "富滇银行": "org/fudian-bank"},
        id="banks-southwest-hans",
    ),
    pytest.param(
        "北部灣銀行與桂林銀行、柳州銀行合作支持中小企業。",
        "hongkong",
        {"北部灣銀行": "org/beibu-gulf-bank", "桂林銀行": "org/guilin-bank", "柳州銀行": "org/liuzhou-bank"},
        id="banks-south-hant",
    ),
    pytest.param(
        "北部湾银行与桂林银行、柳州银行合作支持中小企业。",
        "mainland",
        {"北部湾银行": "org/beibu-gulf-bank", "桂林银行": "org/guilin-bank", "柳州银行": "org/liuzhou-bank"},
        id="banks-south-hans",
    ),
    pytest.param(
        "華潤銀行與華興銀行、南粵銀行同時下調了貸款利率。",
        "hongkong",
        {"華潤銀行": "org/zhuhai-cr-bank", "華興銀行": "org/huaxing-bank", "南粵銀行": "org/nanyue-bank"},
        id="banks-guangdong-hant",
    ),
    pytest.param(
        "华润银行与华兴银行、南粤银行同时下调了贷款利率。",
        "mainland",
        {"华润银行": "org/zhuhai-cr-bank", "华兴银行": "org/huaxing-bank", "南粤银行": "org/nanyue-bank"},
        id="banks-guangdong-hans",
    ),
    pytest.param(
        "廈門國際銀行與泉州銀行計劃發行綠色金融債。",
        "hongkong",
        {"廈門國際銀行": "org/xiamen-intl-bank", "泉州銀行": "org/quanzhou-bank"},
        id="banks-fujian-hant",
    ),
    pytest.param(
        "厦门国际银行与泉州银行计划发行绿色金融债。",
        "mainland",
        {"厦门国际银行": "org/xiamen-intl-bank", "泉州银行": "org/quanzhou-bank"},
        id="banks-fujian-hans",
    ),
    pytest.param(
        "溫州銀行、泰隆銀行和稠州銀行的不良率均有所下降。",
        "hongkong",
        {"溫州銀行": "org/wenzhou-bank", "泰隆銀行": "org/tailong-bank", "稠州銀行": "org/chouzhou-bank"},
        id="banks-zhejiang-hant",
    ),
    pytest.param(
        "温州银行、泰隆银行和稠州银行的不良率均有所下降。",
        "mainland",
        {"温州银行": "org/wenzhou-bank", "泰隆银行": "org/tailong-bank", "稠州银行": "org/chouzhou-bank"},
        id="banks-zhejiang-hans",
    ),
    pytest.param(
        "眾邦銀行與蘇商銀行、中關村銀行同為民營銀行。",
        "hongkong",
        {"眾邦銀行": "org/zhongbang-bank", "蘇商銀行": "org/sushang-bank", "中關村銀行": "org/zgc-bank"},
        id="banks-private-hant",
    ),
    pytest.param(
        "众邦银行与苏商银行、中关村银行同为民营银行。",
        "mainland",
        {"众邦银行": "org/zhongbang-bank", "苏商银行": "org/sushang-bank", "中关村银行": "org/zgc-bank"},
        id="banks-private-hans",
    ),
    pytest.param(
        "江陰銀行、張家港行、蘇農銀行與紫金銀行公佈了三季度業績。",
        "hongkong",
        {
            "江陰銀行": "org/jiangyin-bank",
            "張家港行": "org/zhangjiagang-bank",
            "蘇農銀行": "org/suzhou-rcb",
            "紫金銀行": "org/zijin-rcb",
        },
        id="banks-rural-listed-hant",
    ),
    pytest.param(
        "江阴银行、张家港行、苏农银行与紫金银行公布了三季度业绩。",
        "mainland",
        {
            "江阴银行": "org/jiangyin-bank",
            "张家港行": "org/zhangjiagang-bank",
            "苏农银行": "org/suzhou-rcb",
            "紫金银行": "org/zijin-rcb",
        },
        id="banks-rural-listed-hans",
    ),
    pytest.param(
        "招銀理財與工銀理財、建信理財合計認購了20億元。",
        "hongkong",
        {"招銀理財": "org/cmb-wm", "工銀理財": "org/icbc-wm", "建信理財": "org/ccb-wm"},
        id="wm-companies-hant",
    ),
    pytest.param(
        "招银理财与工银理财、建信理财合计认购了20亿元。",
        "mainland",
        {"招银理财": "org/cmb-wm", "工银理财": "org/icbc-wm", "建信理财": "org/ccb-wm"},
        id="wm-companies-hans",
    ),
    pytest.param(
        "永贏基金、諾安基金與民生加銀基金均參與了定增。",
        "hongkong",
        {"永贏基金": "org/maxwealth-fund", "諾安基金": "org/lion-fund", "民生加銀基金": "org/cmbc-pru-fund"},
        id="fund-managers-hant",
    ),
    pytest.param(
        "永赢基金、诺安基金与民生加银基金均参与了定增。",
        "mainland",
        {"永赢基金": "org/maxwealth-fund", "诺安基金": "org/lion-fund", "民生加银基金": "org/cmbc-pru-fund"},
        id="fund-managers-hans",
    ),
    pytest.param(
        "華創證券擔任保薦機構，百年人壽與合眾人壽參與認購。",
        "hongkong",
        {"華創證券": "org/huachuang-sec", "百年人壽": "org/aeon-life", "合眾人壽": "org/union-life"},
        id="brokers-insurers-hant",
    ),
    pytest.param(
        "华创证券担任保荐机构，百年人寿与合众人寿参与认购。",
        "mainland",
        {"华创证券": "org/huachuang-sec", "百年人寿": "org/aeon-life", "合众人寿": "org/union-life"},
        id="brokers-insurers-hans",
    ),
    pytest.param(
        "秦淮數據與世紀互聯在張家口各建一座數據中心。",
        "hongkong",
        {"秦淮數據": "org/chindata", "世紀互聯": "org/vnet"},
        id="data-centres-hant",
    ),
    pytest.param(
        "秦淮数据与世纪互联在张家口各建一座数据中心。",
        "mainland",
        {"秦淮数据": "org/chindata", "世纪互联": "org/vnet"},
        id="data-centres-hans",
    ),
    pytest.param(
        "潤澤科技、光環新網與奧飛數據的機櫃上架率持續提升。",
        "hongkong",
        {"潤澤科技": "org/runze", "光環新網": "org/sinnet", "奧飛數據": "org/ofidc"},
        id="data-centres-listed-hant",
    ),
    pytest.param(
        "润泽科技、光环新网与奥飞数据的机柜上架率持续提升。",
        "mainland",
        {"润泽科技": "org/runze", "光环新网": "org/sinnet", "奥飞数据": "org/ofidc"},
        id="data-centres-listed-hans",
    ),
    pytest.param(
        "騰訊雲、華為雲與天翼雲同時發佈了大模型算力服務。",
        "hongkong",
        {"騰訊雲": "org/tencent-cloud", "華為雲": "org/huawei-cloud", "天翼雲": "org/ctyun"},
        id="clouds-hant",
    ),
    pytest.param(
        "腾讯云、华为云与天翼云同时发布了大模型算力服务。",
        "mainland",
        {"腾讯云": "org/tencent-cloud", "华为云": "org/huawei-cloud", "天翼云": "org/ctyun"},
        id="clouds-hans",
    ),
    pytest.param(
        "英維克為優刻得的數據中心提供液冷設備。",
        "hongkong",
        {"英維克": "org/envicool", "優刻得": "org/ucloud"},
        id="cloud-suppliers-hant",
    ),
    pytest.param(
        "英维克为优刻得的数据中心提供液冷设备。",
        "mainland",
        {"英维克": "org/envicool", "优刻得": "org/ucloud"},
        id="cloud-suppliers-hans",
    ),
    pytest.param(
        "水電九局與水電十四局組成聯合體中標該抽水蓄能電站。",
        "hongkong",
        {"水電九局": "org/sinohydro-9", "水電十四局": "org/sinohydro-14"},
        id="hydro-bureaus-hant",
    ),
    pytest.param(
        "水电九局与水电十四局组成联合体中标该抽水蓄能电站。",
        "mainland",
        {"水电九局": "org/sinohydro-9", "水电十四局": "org/sinohydro-14"},
        id="hydro-bureaus-hans",
    ),
    pytest.param(
        "中國電建昆明院負責勘測設計，中國能建廣東院負責送出工程。",
        "hongkong",
        {"中國電建昆明院": "org/powerchina-kunming", "中國能建廣東院": "org/ceec-guangdong-epdi"},
        id="design-institutes-hant",
    ),
    pytest.param(
        "中国电建昆明院负责勘测设计，中国能建广东院负责送出工程。",
        "mainland",
        {"中国电建昆明院": "org/powerchina-kunming", "中国能建广东院": "org/ceec-guangdong-epdi"},
        id="design-institutes-hans",
    ),
    pytest.param(
        "西北電力設計院與電規總院共同編制了規劃。",
        "hongkong",
        {"西北電力設計院": "org/cpecc-northwest", "電規總院": "org/eppei"},
        id="power-design-hant",
    ),
    pytest.param(
        "西北电力设计院与电规总院共同编制了规划。",
        "mainland",
        {"西北电力设计院": "org/cpecc-northwest", "电规总院": "org/eppei"},
        id="power-design-hans",
    ),
    pytest.param(
        "中國十九冶與上海寶冶分別承建兩個標段，中冶賽迪負責設計。",
        "hongkong",
        {"中國十九冶": "org/mcc-19", "上海寶冶": "org/mcc-baoye", "中冶賽迪": "org/mcc-cisdi"},
        id="mcc-units-hant",
    ),
    pytest.param(
        "中国十九冶与上海宝冶分别承建两个标段，中冶赛迪负责设计。",
        "mainland",
        {"中国十九冶": "org/mcc-19", "上海宝冶": "org/mcc-baoye", "中冶赛迪": "org/mcc-cisdi"},
        id="mcc-units-hans",
    ),
    pytest.param(
        "中建科技與中建安裝簽約承建該產業園，中建港航局負責碼頭工程。",
        "hongkong",
        {
            "中建科技": "org/cscec-technology",
            "中建安裝": "org/cscec-installation",
            "中建港航局": "org/cscec-harbour",
        },
        id="cscec-units-hant",
    ),
    pytest.param(
        "中建科技与中建安装签约承建该产业园，中建港航局负责码头工程。",
        "mainland",
        {
            "中建科技": "org/cscec-technology",
            "中建安装": "org/cscec-installation",
            "中建港航局": "org/cscec-harbour",
        },
        id="cscec-units-hans",
    ),
    pytest.param(
        "中鐵上海工程局與中鐵山橋共同承建這座跨江大橋，鐵四院負責設計。",
        "hongkong",
        {"中鐵上海工程局": "org/crec-shanghai", "中鐵山橋": "org/crec-shanqiao", "鐵四院": "org/crsi"},
        id="crec-units-hant",
    ),
    pytest.param(
        "中铁上海工程局与中铁山桥共同承建这座跨江大桥，铁四院负责设计。",
        "mainland",
        {"中铁上海工程局": "org/crec-shanghai", "中铁山桥": "org/crec-shanqiao", "铁四院": "org/crsi"},
        id="crec-units-hans",
    ),
    pytest.param(
        "中交天航局與中交上航局承擔了航道疏浚工程。",
        "hongkong",
        {"中交天航局": "org/cccc-tianjin-dredging", "中交上航局": "org/cccc-shanghai-dredging"},
        id="dredging-hant",
    ),
    pytest.param(
        "中交天航局与中交上航局承担了航道疏浚工程。",
        "mainland",
        {"中交天航局": "org/cccc-tianjin-dredging", "中交上航局": "org/cccc-shanghai-dredging"},
        id="dredging-hans",
    ),
    pytest.param(
        "上海城投集團與京投公司分別發行了中期票據。",
        "hongkong",
        {"上海城投集團": "org/shanghai-chengtou", "京投公司": "org/beijing-infrastructure"},
        id="city-platforms-hant",
    ),
    pytest.param(
        "上海城投集团与京投公司分别发行了中期票据。",
        "mainland",
        {"上海城投集团": "org/shanghai-chengtou", "京投公司": "org/beijing-infrastructure"},
        id="city-platforms-hans",
    ),
    pytest.param(
        "浙江金控、山東國投與越秀資本共同出資設立基金。",
        "hongkong",
        {
            "浙江金控": "org/zhejiang-financial-holdings",
            "山東國投": "org/shandong-state-asset-investment",
            "越秀資本": "org/yuexiu-capital",
        },
        id="provincial-platforms-hant",
    ),
    pytest.param(
        "浙江金控、山东国投与越秀资本共同出资设立基金。",
        "mainland",
        {
            "浙江金控": "org/zhejiang-financial-holdings",
            "山东国投": "org/shandong-state-asset-investment",
            "越秀资本": "org/yuexiu-capital",
        },
        id="provincial-platforms-hans",
    ),
    pytest.param(
        "湖南銀行業績穩步增長，四川銀行業務規模持續擴大。",
        "hongkong",
        {"湖南銀行": "org/hunan-bank", "四川銀行": "org/sichuan-bank"},
        id="bank-results-not-industry-hant",
    ),
    pytest.param(
        "湖南银行业绩稳步增长，四川银行业务规模持续扩大。",
        "mainland",
        {"湖南银行": "org/hunan-bank", "四川银行": "org/sichuan-bank"},
        id="bank-results-not-industry-hans",
    ),
    pytest.param(
        "吉電股份與黔源電力、桂冠電力公佈了上半年發電量。",
        "hongkong",
        {
            "吉電股份": "org/jilin-electric-power",
            "黔源電力": "org/guizhou-qianyuan",
            "桂冠電力": "org/guangxi-guiguan",
        },
        id="generators-hant",
    ),
    pytest.param(
        "吉电股份与黔源电力、桂冠电力公布了上半年发电量。",
        "mainland",
        {
            "吉电股份": "org/jilin-electric-power",
            "黔源电力": "org/guizhou-qianyuan",
            "桂冠电力": "org/guangxi-guiguan",
        },
        id="generators-hans",
    ),
    pytest.param(
        "中廣核風電與中核匯能在內蒙古合作開發風電項目。",
        "hongkong",
        {"中廣核風電": "org/cgn-wind", "中核匯能": "org/cnnc-huineng"},
        id="wind-and-nuclear-hant",
    ),
    pytest.param(
        "中广核风电与中核汇能在内蒙古合作开发风电项目。",
        "mainland",
        {"中广核风电": "org/cgn-wind", "中核汇能": "org/cnnc-huineng"},
        id="wind-and-nuclear-hans",
    ),
    pytest.param(
        "邁為股份、捷佳偉創與高測股份獲得了異質結設備訂單。",
        "hongkong",
        {"邁為股份": "org/maxwell-tech", "捷佳偉創": "org/s-c-new-energy", "高測股份": "org/gaoce"},
        id="solar-equipment-hant",
    ),
    pytest.param(
        "迈为股份、捷佳伟创与高测股份获得了异质结设备订单。",
        "mainland",
        {"迈为股份": "org/maxwell-tech", "捷佳伟创": "org/s-c-new-energy", "高测股份": "org/gaoce"},
        id="solar-equipment-hans",
    ),
    pytest.param(
        "湖南裕能與廈鎢新能擴建正極材料產能，德方納米暫緩投資。",
        "hongkong",
        {"湖南裕能": "org/hunan-yuneng", "廈鎢新能": "org/xtc-new-energy", "德方納米": "org/dynanonic"},
        id="battery-materials-hant",
    ),
    pytest.param(
        "湖南裕能与厦钨新能扩建正极材料产能，德方纳米暂缓投资。",
        "mainland",
        {"湖南裕能": "org/hunan-yuneng", "厦钨新能": "org/xtc-new-energy", "德方纳米": "org/dynanonic"},
        id="battery-materials-hans",
    ),
    pytest.param(
        "華為數字能源與科陸電子分別中標儲能項目。",
        "hongkong",
        {"華為數字能源": "org/huawei-digital-power", "科陸電子": "org/clou-electronics"},
        id="storage-hant",
    ),
    pytest.param(
        "华为数字能源与科陆电子分别中标储能项目。",
        "mainland",
        {"华为数字能源": "org/huawei-digital-power", "科陆电子": "org/clou-electronics"},
        id="storage-hans",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_new_rows_are_found(nlp, text: str, region: str, expected: dict[str, str]) -> None:
    assert found_iris(nlp, text, expected, NAMED, region) == as_iris(expected)


#: sentence, a word of it that holds a new name but is no organisation
ORDINARY = [
    pytest.param(
        "湖南銀行業金融機構貸款餘額同比增長一成。", "湖南銀行", id="provincial-banking-industry-hant"
    ),
    pytest.param(
        "湖南银行业金融机构贷款余额同比增长一成。", "湖南银行", id="provincial-banking-industry-hans"
    ),
    pytest.param("新疆銀行業保險業運行總體平穩。", "新疆銀行", id="banking-and-insurance-industry-hant"),
    pytest.param("新疆银行业保险业运行总体平稳。", "新疆银行", id="banking-and-insurance-industry-hans"),
    pytest.param("四川銀行業資產規模穩步增長。", "四川銀行", id="provincial-banking-assets-hant"),
    pytest.param("四川银行业资产规模稳步增长。", "四川银行", id="provincial-banking-assets-hans"),
    pytest.param("上海城投債發行規模有所回落。", "上海城投", id="lgfv-bonds-hant"),
    pytest.param("上海城投债发行规模有所回落。", "上海城投", id="lgfv-bonds-hans"),
    pytest.param("廣東火電裝機容量繼續增加。", "廣東火電", id="provincial-thermal-power-hant"),
    pytest.param("广东火电装机容量继续增加。", "广东火电", id="provincial-thermal-power-hans"),
    pytest.param("中交投資建設的高速公路正式通車。", "中交投資", id="cccc-invested-hant"),
    pytest.param("中交投资建设的高速公路正式通车。", "中交投资", id="cccc-invested-hans"),
    pytest.param("中鐵設計的橋樑方案獲得專家認可。", "中鐵設計", id="crec-designed-hant"),
    pytest.param("中铁设计的桥梁方案获得专家认可。", "中铁设计", id="crec-designed-hans"),
    pytest.param("臨港大數據港項目正式開工建設。", "數據港", id="big-data-port-hant"),
    pytest.param("临港大数据港项目正式开工建设。", "数据港", id="big-data-port-hans"),
    pytest.param(
        "華潤電力表示，華潤新能源項目今年新增裝機300萬千瓦。", "華潤新能源", id="group-business-line-hant"
    ),
    pytest.param(
        "华润电力表示，华润新能源项目今年新增装机300万千瓦。", "华润新能源", id="group-business-line-hans"
    ),
]


@pytest.mark.parametrize(("text", "word"), ORDINARY)
def test_phrases_holding_new_names_are_no_mentions(nlp, text: str, word: str) -> None:
    assert not forms_holding(nlp, text, word)
