"""Gazetteer rows of session 9 (issue 13 item 5, ontology/gazetteer/session9.ttl), read in
sentences: mainland CSI 500 and STAR-market companies under their 证券简称, Hong Kong mid caps and
frequent placers, Taiwan steel, chemical, builder, biotech and PCB companies, Singapore REITs,
Malaysian names, and mainland state funds and insurers' asset managers, in Traditional and in
Simplified. And phrases that hold a new name as letters and are none (其中矿资源, 江苏高投入,
中石化资本开支, 张江高科技园区).

Every sentence was written for this test (no corpus or devset text).
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import NAMED, as_iris, forms_holding, found_iris

#: sentence, region, {surface form: IRI path}
CASES = [
    pytest.param(
        "恒地主席表示，集團已與多家銀行簽訂銀團貸款，由興業投資銀行擔任安排行。",
        "hongkong",
        {"恒地": "org/henderson-land", "興業投資銀行": "org/rhb-investment-bank"},
        id="henderson-rhb-ib-hant",
    ),
    pytest.param(
        "恒地主席表示，集团已与多家银行签订银团贷款，由兴业投资银行担任安排行。",
        "mainland",
        {"恒地": "org/henderson-land", "兴业投资银行": "org/rhb-investment-bank"},
        id="henderson-rhb-ib-hans",
    ),
    pytest.param(
        "馬來西亞資源機構宣布獲得一項基建工程合約，馬資源股價隨即上漲。",
        "malaysia",
        {"馬來西亞資源機構": "org/mrcb", "馬資源": "org/mrcb"},
        id="mrcb-full-and-short-hant",
    ),
    pytest.param(
        "马来西亚资源机构宣布获得一项基建工程合约，马资源股价随即上涨。",
        "malaysia",
        {"马来西亚资源机构": "org/mrcb", "马资源": "org/mrcb"},
        id="mrcb-full-and-short-hans",
    ),
    pytest.param(
        "長榮海運向日本船東正榮汽船購買兩艘貨櫃船。",
        "taiwan",
        {"正榮汽船": "org/shoei-kisen"},
        id="shoei-kisen-hant",
    ),
    pytest.param(
        "长荣海运向日本船东正荣汽船购买两艘集装箱船。",
        "mainland",
        {"正荣汽船": "org/shoei-kisen"},
        id="shoei-kisen-hans",
    ),
    pytest.param(
        "雲鋁股份與天山鋁業分別公告擬發行可轉換公司債券。",
        "hongkong",
        {
            "雲鋁股份": "org/yunnan-aluminium",
            "天山鋁業": "org/tianshan-aluminum",
        },
        id="aluminium-hant",
    ),
    pytest.param(
        "云铝股份与天山铝业分别公告拟发行可转换公司债券。",
        "mainland",
        {
            "云铝股份": "org/yunnan-aluminium",
            "天山铝业": "org/tianshan-aluminum",
        },
        id="aluminium-hans",
    ),
    pytest.param(
        "中信特鋼擬以現金收購一家特鋼企業，首鋼股份亦參與競標。",
        "hongkong",
        {
            "中信特鋼": "org/citic-pacific-special-steel",
            "首鋼股份": "org/shougang-co",
        },
        id="steel-hant",
    ),
    pytest.param(
        "中信特钢拟以现金收购一家特钢企业，首钢股份亦参与竞标。",
        "mainland",
        {
            "中信特钢": "org/citic-pacific-special-steel",
            "首钢股份": "org/shougang-co",
        },
        id="steel-hans",
    ),
    pytest.param(
        "河鋼股份為子公司提供20億元擔保，凌鋼股份和三鋼閩光也披露了擔保額度。",
        "hongkong",
        {
            "河鋼股份": "org/hbis-co",
            "凌鋼股份": "org/lingyuan-steel",
            "三鋼閩光": "org/sansteel-minguang",
        },
        id="steel-guarantees-hant",
    ),
    pytest.param(
        "河钢股份为子公司提供20亿元担保，凌钢股份和三钢闽光也披露了担保额度。",
        "mainland",
        {
            "河钢股份": "org/hbis-co",
            "凌钢股份": "org/lingyuan-steel",
            "三钢闽光": "org/sansteel-minguang",
        },
        id="steel-guarantees-hans",
    ),
    pytest.param(
        "衛星化學定增募資50億元，東方盛虹和華峰化學同日發布公告。",
        "hongkong",
        {
            "衛星化學": "org/satellite-chemical",
            "東方盛虹": "org/eastern-shenghong",
            "華峰化學": "org/huafon-chemical",
        },
        id="chemicals-hant",
    ),
    pytest.param(
        "卫星化学定增募资50亿元，东方盛虹和华峰化学同日发布公告。",
        "mainland",
        {
            "卫星化学": "org/satellite-chemical",
            "东方盛虹": "org/eastern-shenghong",
            "华峰化学": "org/huafon-chemical",
        },
        id="chemicals-hans",
    ),
    pytest.param(
        "巨化股份收購了一家氟化工企業，多氟多與興發集團隨後跟進。",
        "hongkong",
        {
            "巨化股份": "org/juhua",
            "多氟多": "org/do-fluoride",
            "興發集團": "org/xingfa-chemicals",
        },
        id="fluorine-hant",
    ),
    pytest.param(
        "巨化股份收购了一家氟化工企业，多氟多与兴发集团随后跟进。",
        "mainland",
        {
            "巨化股份": "org/juhua",
            "多氟多": "org/do-fluoride",
            "兴发集团": "org/xingfa-chemicals",
        },
        id="fluorine-hans",
    ),
    pytest.param(
        "雲天化與遠興能源簽署戰略合作協議。",
        "hongkong",
        {
            "雲天化": "org/yuntianhua",
            "遠興能源": "org/yuanxing-energy",
        },
        id="yuntianhua-hant",
    ),
    pytest.param(
        "云天化与远兴能源签署战略合作协议。",
        "mainland",
        {
            "云天化": "org/yuntianhua",
            "远兴能源": "org/yuanxing-energy",
        },
        id="yuntianhua-hans",
    ),
    pytest.param(
        "寶鈦股份、西部超導和合盛硅業獲多家機構調研。",
        "hongkong",
        {
            "寶鈦股份": "org/baoji-titanium",
            "西部超導": "org/western-superconducting",
            "合盛硅業": "org/hoshine-silicon",
        },
        id="materials-hant",
    ),
    pytest.param(
        "宝钛股份、西部超导和合盛硅业获多家机构调研。",
        "mainland",
        {
            "宝钛股份": "org/baoji-titanium",
            "西部超导": "org/western-superconducting",
            "合盛硅业": "org/hoshine-silicon",
        },
        id="materials-hans",
    ),
    pytest.param(
        "南山鋁業出資10億元設立子公司，寒銳鈷業則轉讓一座礦山。",
        "hongkong",
        {
            "南山鋁業": "org/nanshan-aluminium",
            "寒銳鈷業": "org/hanrui-cobalt",
        },
        id="metals-hant",
    ),
    pytest.param(
        "南山铝业出资10亿元设立子公司，寒锐钴业则转让一座矿山。",
        "mainland",
        {
            "南山铝业": "org/nanshan-aluminium",
            "寒锐钴业": "org/hanrui-cobalt",
        },
        id="metals-hans",
    ),
    pytest.param(
        "盛和資源與廣晟有色合資開發稀土項目。",
        "hongkong",
        {
            "盛和資源": "org/shenghe-resources",
            "廣晟有色": "org/rising-nonferrous",
        },
        id="rare-earths-hant",
    ),
    pytest.param(
        "盛和资源与广晟有色合资开发稀土项目。",
        "mainland",
        {
            "盛和资源": "org/shenghe-resources",
            "广晟有色": "org/rising-nonferrous",
        },
        id="rare-earths-hans",
    ),
    pytest.param(
        "錫業股份、馳宏鋅鍺和中金嶺南公布了半年度業績。",
        "hongkong",
        {
            "錫業股份": "org/yunnan-tin",
            "馳宏鋅鍺": "org/chihong-zinc-germanium",
            "中金嶺南": "org/zhongjin-lingnan",
        },
        id="base-metals-hant",
    ),
    pytest.param(
        "锡业股份、驰宏锌锗和中金岭南公布了半年度业绩。",
        "mainland",
        {
            "锡业股份": "org/yunnan-tin",
            "驰宏锌锗": "org/chihong-zinc-germanium",
            "中金岭南": "org/zhongjin-lingnan",
        },
        id="base-metals-hans",
    ),
    pytest.param(
        "西部黃金股份有限公司擬收購金鉬股份旗下一處礦權。",
        "hongkong",
        {
            "西部黃金股份有限公司": "org/western-region-gold",
            "金鉬股份": "org/jinduicheng-molybdenum",
        },
        id="gold-molybdenum-hant",
    ),
    pytest.param(
        "西部黄金股份有限公司拟收购金钼股份旗下一处矿权。",
        "mainland",
        {
            "西部黄金股份有限公司": "org/western-region-gold",
            "金钼股份": "org/jinduicheng-molybdenum",
        },
        id="gold-molybdenum-hans",
    ),
    pytest.param(
        "方大炭素向方大特鋼轉讓所持股權。",
        "hongkong",
        {
            "方大炭素": "org/fangda-carbon",
            "方大特鋼": "org/fangda-special-steel",
        },
        id="fangda-hant",
    ),
    pytest.param(
        "方大炭素向方大特钢转让所持股权。",
        "mainland",
        {
            "方大炭素": "org/fangda-carbon",
            "方大特钢": "org/fangda-special-steel",
        },
        id="fangda-hans",
    ),
    pytest.param(
        "神火股份與明泰鋁業、索通發展簽訂供貨合同。",
        "hongkong",
        {
            "神火股份": "org/shenhuo",
            "明泰鋁業": "org/mingtai-aluminum",
            "索通發展": "org/sunstone-development",
        },
        id="aluminium-chain-hant",
    ),
    pytest.param(
        "神火股份与明泰铝业、索通发展签订供货合同。",
        "mainland",
        {
            "神火股份": "org/shenhuo",
            "明泰铝业": "org/mingtai-aluminum",
            "索通发展": "org/sunstone-development",
        },
        id="aluminium-chain-hans",
    ),
    pytest.param(
        "中礦資源集團以8億元收購海外鋰礦，融捷股份亦有意參與。",
        "hongkong",
        {
            "中礦資源集團": "org/sinomine",
            "融捷股份": "org/rongjie",
        },
        id="lithium-hant",
    ),
    pytest.param(
        "中矿资源集团以8亿元收购海外锂矿，融捷股份亦有意参与。",
        "mainland",
        {
            "中矿资源集团": "org/sinomine",
            "融捷股份": "org/rongjie",
        },
        id="lithium-hans",
    ),
    pytest.param(
        "富臨精工、長遠鋰科與嘉元科技同時披露了擴產計劃。",
        "hongkong",
        {
            "富臨精工": "org/fulin-precision",
            "長遠鋰科": "org/changyuan-lico",
            "嘉元科技": "org/jiayuan-tech",
        },
        id="battery-materials-hant",
    ),
    pytest.param(
        "富临精工、长远锂科与嘉元科技同时披露了扩产计划。",
        "mainland",
        {
            "富临精工": "org/fulin-precision",
            "长远锂科": "org/changyuan-lico",
            "嘉元科技": "org/jiayuan-tech",
        },
        id="battery-materials-hans",
    ),
    pytest.param(
        "國電南自中標一項電網改造工程，金盤科技和華明裝備也在名單之中。",
        "hongkong",
        {
            "國電南自": "org/sac-nanzi",
            "金盤科技": "org/jinpan-tech",
            "華明裝備": "org/huaming-equipment",
        },
        id="grid-equipment-hant",
    ),
    pytest.param(
        "国电南自中标一项电网改造工程，金盘科技和华明装备也在名单之中。",
        "mainland",
        {
            "国电南自": "org/sac-nanzi",
            "金盘科技": "org/jinpan-tech",
            "华明装备": "org/huaming-equipment",
        },
        id="grid-equipment-hans",
    ),
    pytest.param(
        "麥格米特、科士達和盛弘股份獲得儲能訂單。",
        "hongkong",
        {
            "麥格米特": "org/megmeet",
            "科士達": "org/kstar",
            "盛弘股份": "org/sinexcel",
        },
        id="power-electronics-hant",
    ),
    pytest.param(
        "麦格米特、科士达和盛弘股份获得储能订单。",
        "mainland",
        {
            "麦格米特": "org/megmeet",
            "科士达": "org/kstar",
            "盛弘股份": "org/sinexcel",
        },
        id="power-electronics-hans",
    ),
    pytest.param(
        "埃斯頓收購一家歐洲機器人公司，綠的諧波為其供應減速器。",
        "hongkong",
        {
            "埃斯頓": "org/estun",
            "綠的諧波": "org/leaderdrive",
        },
        id="robots-hant",
    ),
    pytest.param(
        "埃斯顿收购一家欧洲机器人公司，绿的谐波为其供应减速器。",
        "mainland",
        {
            "埃斯顿": "org/estun",
            "绿的谐波": "org/leaderdrive",
        },
        id="robots-hans",
    ),
    pytest.param(
        "帝爾激光與奧特維簽訂設備採購協議。",
        "hongkong",
        {
            "帝爾激光": "org/dr-laser",
            "奧特維": "org/autowell",
        },
        id="solar-equipment-hant",
    ),
    pytest.param(
        "帝尔激光与奥特维签订设备采购协议。",
        "mainland",
        {
            "帝尔激光": "org/dr-laser",
            "奥特维": "org/autowell",
        },
        id="solar-equipment-hans",
    ),
    pytest.param(
        "中航重機、航發控制和內蒙一機參與了軍工集團的資產重組。",
        "hongkong",
        {
            "中航重機": "org/avic-heavy-machinery",
            "航發控制": "org/aecc-aero-engine-control",
            "內蒙一機": "org/inner-mongolia-first-machinery",
        },
        id="defence-hant",
    ),
    pytest.param(
        "中航重机、航发控制和内蒙一机参与了军工集团的资产重组。",
        "mainland",
        {
            "中航重机": "org/avic-heavy-machinery",
            "航发控制": "org/aecc-aero-engine-control",
            "内蒙一机": "org/inner-mongolia-first-machinery",
        },
        id="defence-hans",
    ),
    pytest.param(
        "光啟技術定增募資30億元，火炬電子與鴻遠電子獲得配售。",
        "hongkong",
        {
            "光啟技術": "org/kuang-chi",
            "火炬電子": "org/torch-electron",
            "鴻遠電子": "org/yuanchen-electronics",
        },
        id="defence-electronics-hant",
    ),
    pytest.param(
        "光启技术定增募资30亿元，火炬电子与鸿远电子获得配售。",
        "mainland",
        {
            "光启技术": "org/kuang-chi",
            "火炬电子": "org/torch-electron",
            "鸿远电子": "org/yuanchen-electronics",
        },
        id="defence-electronics-hans",
    ),
    pytest.param(
        "中科創達收購了一家汽車軟件公司，翱捷科技與螢石網絡亦有投資。",
        "hongkong",
        {
            "中科創達": "org/thunder-soft",
            "翱捷科技": "org/asr-microelectronics",
        },
        id="software-hant",
    ),
    pytest.param(
        "中科创达收购了一家汽车软件公司，翱捷科技与萤石网络亦有投资。",
        "mainland",
        {
            "中科创达": "org/thunder-soft",
            "翱捷科技": "org/asr-microelectronics",
        },
        id="software-hans",
    ),
    pytest.param(
        "中穎電子、富瀚微和新潔能公布了股權激勵計劃。",
        "hongkong",
        {
            "中穎電子": "org/sinowealth",
            "富瀚微": "org/fullhan",
            "新潔能": "org/ncepower",
        },
        id="chips-hant",
    ),
    pytest.param(
        "中颖电子、富瀚微和新洁能公布了股权激励计划。",
        "mainland",
        {
            "中颖电子": "org/sinowealth",
            "富瀚微": "org/fullhan",
            "新洁能": "org/ncepower",
        },
        id="chips-hans",
    ),
    pytest.param(
        "立昂微發行可轉債，神工股份和中船特氣同日獲批。",
        "hongkong",
        {
            "立昂微": "org/hangzhou-lion-micro",
            "神工股份": "org/thinkon-semiconductor",
            "中船特氣": "org/peric-special-gases",
        },
        id="wafers-hant",
    ),
    pytest.param(
        "立昂微发行可转债，神工股份和中船特气同日获批。",
        "mainland",
        {
            "立昂微": "org/hangzhou-lion-micro",
            "神工股份": "org/thinkon-semiconductor",
            "中船特气": "org/peric-special-gases",
        },
        id="wafers-hans",
    ),
    pytest.param(
        "視源股份與銳捷網絡合作開發會議平板，星網銳捷為供應商。",
        "hongkong",
        {
            "視源股份": "org/cvte",
            "銳捷網絡": "org/ruijie-networks",
            "星網銳捷": "org/star-net-ruijie",
        },
        id="networks-hant",
    ),
    pytest.param(
        "视源股份与锐捷网络合作开发会议平板，星网锐捷为供应商。",
        "mainland",
        {
            "视源股份": "org/cvte",
            "锐捷网络": "org/ruijie-networks",
            "星网锐捷": "org/star-net-ruijie",
        },
        id="networks-hans",
    ),
    pytest.param(
        "奕瑞科技、華大智造和華大基因參與了這輪融資。",
        "hongkong",
        {
            "奕瑞科技": "org/iray-tech",
            "華大智造": "org/mgi-tech",
            "華大基因": "org/bgi-genomics",
        },
        id="medtech-hant",
    ),
    pytest.param(
        "奕瑞科技、华大智造和华大基因参与了这轮融资。",
        "mainland",
        {
            "奕瑞科技": "org/iray-tech",
            "华大智造": "org/mgi-tech",
            "华大基因": "org/bgi-genomics",
        },
        id="medtech-hans",
    ),
    pytest.param(
        "健帆生物向上海萊士購買了一批血液製品。",
        "hongkong",
        {
            "健帆生物": "org/jafron",
            "上海萊士": "org/shanghai-raas",
        },
        id="blood-hant",
    ),
    pytest.param(
        "健帆生物向上海莱士购买了一批血液制品。",
        "mainland",
        {
            "健帆生物": "org/jafron",
            "上海莱士": "org/shanghai-raas",
        },
        id="blood-hans",
    ),
    pytest.param(
        "通策醫療、美年健康和迪安診斷共同發起一支醫療基金。",
        "hongkong",
        {
            "通策醫療": "org/topchoice-medical",
            "美年健康": "org/meinian-onehealth",
            "迪安診斷": "org/dian-diagnostics",
        },
        id="health-services-hant",
    ),
    pytest.param(
        "通策医疗、美年健康和迪安诊断共同发起一支医疗基金。",
        "mainland",
        {
            "通策医疗": "org/topchoice-medical",
            "美年健康": "org/meinian-onehealth",
            "迪安诊断": "org/dian-diagnostics",
        },
        id="health-services-hans",
    ),
    pytest.param(
        "金域醫學收購了潤達醫療旗下一家實驗室。",
        "hongkong",
        {
            "金域醫學": "org/kingmed",
            "潤達醫療": "org/runda-medical",
        },
        id="labs-hant",
    ),
    pytest.param(
        "金域医学收购了润达医疗旗下一家实验室。",
        "mainland",
        {
            "金域医学": "org/kingmed",
            "润达医疗": "org/runda-medical",
        },
        id="labs-hans",
    ),
    pytest.param(
        "藍帆醫療與英科醫療就手套業務展開合作，開立醫療亦有參與。",
        "hongkong",
        {
            "藍帆醫療": "org/blue-sail-medical",
            "英科醫療": "org/intco-medical",
            "開立醫療": "org/sonoscape",
        },
        id="gloves-hant",
    ),
    pytest.param(
        "蓝帆医疗与英科医疗就手套业务展开合作，开立医疗亦有参与。",
        "mainland",
        {
            "蓝帆医疗": "org/blue-sail-medical",
            "英科医疗": "org/intco-medical",
            "开立医疗": "org/sonoscape",
        },
        id="gloves-hans",
    ),
    pytest.param(
        "玲瓏輪胎與賽輪輪胎分別在海外建廠，森麒麟也宣布擴產。",
        "hongkong",
        {
            "玲瓏輪胎": "org/linglong-tyre",
            "賽輪輪胎": "org/sailun",
            "森麒麟": "org/sentury-tire",
        },
        id="tyres-hant",
    ),
    pytest.param(
        "玲珑轮胎与赛轮轮胎分别在海外建厂，森麒麟也宣布扩产。",
        "mainland",
        {
            "玲珑轮胎": "org/linglong-tyre",
            "赛轮轮胎": "org/sailun",
            "森麒麟": "org/sentury-tire",
        },
        id="tyres-hans",
    ),
    pytest.param(
        "伯特利、銀輪股份和寧波華翔獲得整車廠定點。",
        "hongkong",
        {
            "伯特利": "org/bethel-automotive",
            "銀輪股份": "org/yinlun",
            "寧波華翔": "org/ningbo-huaxiang",
        },
        id="auto-parts-hant",
    ),
    pytest.param(
        "伯特利、银轮股份和宁波华翔获得整车厂定点。",
        "mainland",
        {
            "伯特利": "org/bethel-automotive",
            "银轮股份": "org/yinlun",
            "宁波华翔": "org/ningbo-huaxiang",
        },
        id="auto-parts-hans",
    ),
    pytest.param(
        "聖農發展、大北農和隆平高科入選農業產業化龍頭企業。",
        "hongkong",
        {
            "聖農發展": "org/sunner",
            "大北農": "org/dabeinong",
            "隆平高科": "org/longping-hightech",
        },
        id="farming-hant",
    ),
    pytest.param(
        "圣农发展、大北农和隆平高科入选农业产业化龙头企业。",
        "mainland",
        {
            "圣农发展": "org/sunner",
            "大北农": "org/dabeinong",
            "隆平高科": "org/longping-hightech",
        },
        id="farming-hans",
    ),
    pytest.param(
        "登海種業與蘇墾農發簽署種子供應協議。",
        "hongkong",
        {
            "登海種業": "org/denghai-seeds",
            "蘇墾農發": "org/jiangsu-agricultural-reclamation",
        },
        id="seeds-hant",
    ),
    pytest.param(
        "登海种业与苏垦农发签署种子供应协议。",
        "mainland",
        {
            "登海种业": "org/denghai-seeds",
            "苏垦农发": "org/jiangsu-agricultural-reclamation",
        },
        id="seeds-hans",
    ),
    pytest.param(
        "北辰實業向上海張江高科技園區開發股份有限公司出售一棟辦公樓。",
        "hongkong",
        {
            "北辰實業": "org/beijing-north-star",
            "上海張江高科技園區開發股份有限公司": "org/zhangjiang-hitech",
        },
        id="property-hant",
    ),
    pytest.param(
        "北辰实业向上海张江高科技园区开发股份有限公司出售一栋办公楼。",
        "mainland",
        {
            "北辰实业": "org/beijing-north-star",
            "上海张江高科技园区开发股份有限公司": "org/zhangjiang-hitech",
        },
        id="property-hans",
    ),
    pytest.param(
        "中青旅與首旅酒店合作推出旅遊套餐。",
        "hongkong",
        {
            "中青旅": "org/china-cyts",
            "首旅酒店": "org/btg-hotels",
        },
        id="travel-hant",
    ),
    pytest.param(
        "中青旅与首旅酒店合作推出旅游套餐。",
        "mainland",
        {
            "中青旅": "org/china-cyts",
            "首旅酒店": "org/btg-hotels",
        },
        id="travel-hans",
    ),
    pytest.param(
        "內蒙華電與中閩能源分別獲得銀行授信。",
        "hongkong",
        {
            "內蒙華電": "org/inner-mongolia-mengdian-huaneng",
            "中閩能源": "org/zhongmin-energy",
        },
        id="power-hant",
    ),
    pytest.param(
        "内蒙华电与中闽能源分别获得银行授信。",
        "mainland",
        {
            "内蒙华电": "org/inner-mongolia-mengdian-huaneng",
            "中闽能源": "org/zhongmin-energy",
        },
        id="power-hans",
    ),
    pytest.param(
        "傑瑞股份向中曼石油出售壓裂設備，石化油服為總包商。",
        "hongkong",
        {
            "傑瑞股份": "org/jereh",
            "中曼石油": "org/zhongman-petroleum",
            "石化油服": "org/sinopec-oilfield-service",
        },
        id="oilfield-hant",
    ),
    pytest.param(
        "杰瑞股份向中曼石油出售压裂设备，石化油服为总包商。",
        "mainland",
        {
            "杰瑞股份": "org/jereh",
            "中曼石油": "org/zhongman-petroleum",
            "石化油服": "org/sinopec-oilfield-service",
        },
        id="oilfield-hans",
    ),
    pytest.param(
        "老鳳祥與周大生公布新一季門店擴張計劃。",
        "hongkong",
        {
            "老鳳祥": "org/lao-feng-xiang",
            "周大生": "org/chow-tai-seng",
        },
        id="jewellers-hant",
    ),
    pytest.param(
        "老凤祥与周大生公布新一季门店扩张计划。",
        "mainland",
        {
            "老凤祥": "org/lao-feng-xiang",
            "周大生": "org/chow-tai-seng",
        },
        id="jewellers-hans",
    ),
    pytest.param(
        "妙可藍多收購了一家奶酪工廠，三全食品與承德露露亦在洽談。",
        "hongkong",
        {
            "妙可藍多": "org/milkground",
            "三全食品": "org/synear-food",
            "承德露露": "org/chengde-lolo",
        },
        id="food-hant",
    ),
    pytest.param(
        "妙可蓝多收购了一家奶酪工厂，三全食品与承德露露亦在洽谈。",
        "mainland",
        {
            "妙可蓝多": "org/milkground",
            "三全食品": "org/synear-food",
            "承德露露": "org/chengde-lolo",
        },
        id="food-hans",
    ),
    pytest.param(
        "晶泰控股宣布配售新股，集資約20億港元。",
        "hongkong",
        {"晶泰控股": "org/xtalpi"},
        id="xtalpi-placing-hant",
    ),
    pytest.param(
        "晶泰控股宣布配售新股，集资约20亿港元。",
        "mainland",
        {"晶泰控股": "org/xtalpi"},
        id="xtalpi-placing-hans",
    ),
    pytest.param(
        "長飛光纖與越疆科技獲納入恒生綜合指數。",
        "hongkong",
        {
            "長飛光纖": "org/yofc",
            "越疆科技": "org/dobot",
        },
        id="index-inclusion-hant",
    ),
    pytest.param(
        "长飞光纤与越疆科技获纳入恒生综合指数。",
        "mainland",
        {
            "长飞光纤": "org/yofc",
            "越疆科技": "org/dobot",
        },
        id="index-inclusion-hans",
    ),
    pytest.param(
        "聯易融、移卡和百融雲創宣布回購股份。",
        "hongkong",
        {
            "聯易融": "org/linklogis",
            "移卡": "org/yeahka",
            "百融雲創": "org/bairong",
        },
        id="fintech-buybacks-hant",
    ),
    pytest.param(
        "联易融、移卡和百融云创宣布回购股份。",
        "mainland",
        {
            "联易融": "org/linklogis",
            "移卡": "org/yeahka",
            "百融云创": "org/bairong",
        },
        id="fintech-buybacks-hans",
    ),
    pytest.param(
        "途虎養車與耐世特簽署合作備忘錄。",
        "hongkong",
        {"途虎養車": "org/tuhu", "耐世特": "org/nexteer"},
        id="cars-hant",
    ),
    pytest.param(
        "途虎养车与耐世特签署合作备忘录。",
        "mainland",
        {"途虎养车": "org/tuhu", "耐世特": "org/nexteer"},
        id="cars-hans",
    ),
    pytest.param(
        "綠葉製藥向諾誠健華授出一款新藥的權益。",
        "hongkong",
        {
            "綠葉製藥": "org/luye-pharma",
            "諾誠健華": "org/innocare",
        },
        id="licensing-hant",
    ),
    pytest.param(
        "绿叶制药向诺诚健华授出一款新药的权益。",
        "mainland",
        {
            "绿叶制药": "org/luye-pharma",
            "诺诚健华": "org/innocare",
        },
        id="licensing-hans",
    ),
    pytest.param(
        "亞盛醫藥、雲頂新耀與和鉑醫藥完成了新一輪配售。",
        "hongkong",
        {
            "亞盛醫藥": "org/ascentage",
            "雲頂新耀": "org/everest-medicines",
            "和鉑醫藥": "org/hbm-holdings",
        },
        id="biotech-placings-hant",
    ),
    pytest.param(
        "亚盛医药、云顶新耀与和铂医药完成了新一轮配售。",
        "mainland",
        {
            "亚盛医药": "org/ascentage",
            "云顶新耀": "org/everest-medicines",
            "和铂医药": "org/hbm-holdings",
        },
        id="biotech-placings-hans",
    ),
    pytest.param(
        "映恩生物與百奧賽圖達成抗體授權協議，藥明巨諾亦參與。",
        "hongkong",
        {
            "映恩生物": "org/dualitybio",
            "百奧賽圖": "org/biocytogen",
            "藥明巨諾": "org/jw-therapeutics",
        },
        id="antibodies-hant",
    ),
    pytest.param(
        "映恩生物与百奥赛图达成抗体授权协议，药明巨诺亦参与。",
        "mainland",
        {
            "映恩生物": "org/dualitybio",
            "百奥赛图": "org/biocytogen",
            "药明巨诺": "org/jw-therapeutics",
        },
        id="antibodies-hans",
    ),
    pytest.param(
        "融創服務、金科服務和綠城服務公布中期業績。",
        "hongkong",
        {
            "融創服務": "org/sunac-services",
            "金科服務": "org/jinke-services",
            "綠城服務": "org/greentown-service",
        },
        id="property-services-hant",
    ),
    pytest.param(
        "融创服务、金科服务和绿城服务公布中期业绩。",
        "mainland",
        {
            "融创服务": "org/sunac-services",
            "金科服务": "org/jinke-services",
            "绿城服务": "org/greentown-service",
        },
        id="property-services-hans",
    ),
    pytest.param(
        "建業新生活擬收購越秀服務旗下一項物業管理業務。",
        "hongkong",
        {
            "建業新生活": "org/central-china-new-life",
            "越秀服務": "org/yuexiu-services",
        },
        id="property-services-2-hant",
    ),
    pytest.param(
        "建业新生活拟收购越秀服务旗下一项物业管理业务。",
        "mainland",
        {
            "建业新生活": "org/central-china-new-life",
            "越秀服务": "org/yuexiu-services",
        },
        id="property-services-2-hans",
    ),
    pytest.param(
        "靈寶黃金配售新股，中國黃金國際則宣布派息。",
        "hongkong",
        {
            "靈寶黃金": "org/lingbao-gold",
            "中國黃金國際": "org/china-gold-international",
        },
        id="hk-gold-hant",
    ),
    pytest.param(
        "灵宝黄金配售新股，中国黄金国际则宣布派息。",
        "mainland",
        {
            "灵宝黄金": "org/lingbao-gold",
            "中国黄金国际": "org/china-gold-international",
        },
        id="hk-gold-hans",
    ),
    pytest.param(
        "協鑫新能源向信義能源出售三座光伏電站。",
        "hongkong",
        {
            "協鑫新能源": "org/gcl-new-energy",
            "信義能源": "org/xinyi-energy",
        },
        id="solar-farms-hant",
    ),
    pytest.param(
        "协鑫新能源向信义能源出售三座光伏电站。",
        "mainland",
        {
            "协鑫新能源": "org/gcl-new-energy",
            "信义能源": "org/xinyi-energy",
        },
        id="solar-farms-hans",
    ),
    pytest.param(
        "北京燃氣藍天與瀚藍環境簽訂燃氣供應協議。",
        "hongkong",
        {
            "北京燃氣藍天": "org/beijing-gas-blue-sky",
            "瀚藍環境": "org/grandblue",
        },
        id="utilities-hant",
    ),
    pytest.param(
        "北京燃气蓝天与瀚蓝环境签订燃气供应协议。",
        "mainland",
        {
            "北京燃气蓝天": "org/beijing-gas-blue-sky",
            "瀚蓝环境": "org/grandblue",
        },
        id="utilities-hans",
    ),
    pytest.param(
        "海螺創業出售部分股權予中國高速傳動。",
        "hongkong",
        {
            "海螺創業": "org/conch-venture",
            "中國高速傳動": "org/china-high-speed-transmission",
        },
        id="conch-venture-hant",
    ),
    pytest.param(
        "海螺创业出售部分股权予中国高速传动。",
        "mainland",
        {
            "海螺创业": "org/conch-venture",
            "中国高速传动": "org/china-high-speed-transmission",
        },
        id="conch-venture-hans",
    ),
    pytest.param(
        "中國飛機租賃向華晨中國提供融資租賃服務。",
        "hongkong",
        {
            "中國飛機租賃": "org/calc",
            "華晨中國": "org/brilliance-china",
        },
        id="leasing-hant",
    ),
    pytest.param(
        "中国飞机租赁向华晨中国提供融资租赁服务。",
        "mainland",
        {
            "中国飞机租赁": "org/calc",
            "华晨中国": "org/brilliance-china",
        },
        id="leasing-hans",
    ),
    pytest.param(
        "寶勝國際與江南布衣公布季度營運數據。",
        "hongkong",
        {
            "寶勝國際": "org/pou-sheng",
            "江南布衣": "org/jnby",
        },
        id="retail-hant",
    ),
    pytest.param(
        "宝胜国际与江南布衣公布季度营运数据。",
        "mainland",
        {
            "宝胜国际": "org/pou-sheng",
            "江南布衣": "org/jnby",
        },
        id="retail-hans",
    ),
    pytest.param(
        "申萬宏源香港擔任配售代理，第一上海投資認購部分新股。",
        "hongkong",
        {
            "申萬宏源香港": "org/shenwan-hongyuan-hk",
            "第一上海投資": "org/first-shanghai",
        },
        id="hk-brokers-hant",
    ),
    pytest.param(
        "申万宏源香港担任配售代理，第一上海投资认购部分新股。",
        "mainland",
        {
            "申万宏源香港": "org/shenwan-hongyuan-hk",
            "第一上海投资": "org/first-shanghai",
        },
        id="hk-brokers-hans",
    ),
    pytest.param(
        "威致鋼鐵與盛餘股份調漲下月盤價。",
        "taiwan",
        {
            "威致鋼鐵": "org/weichih-steel",
            "盛餘股份": "org/sheng-yu-steel",
        },
        id="tw-steel-hant",
    ),
    pytest.param(
        "威致钢铁与盛余股份调涨下月盘价。",
        "mainland",
        {
            "威致钢铁": "org/weichih-steel",
            "盛余股份": "org/sheng-yu-steel",
        },
        id="tw-steel-hans",
    ),
    pytest.param(
        "和益化工與三晃公告辦理私募，嘉泥擔任應募人。",
        "taiwan",
        {
            "和益化工": "org/formosan-union-chemical",
            "三晃": "org/sunko-ink",
            "嘉泥": "org/chia-hsin-cement",
        },
        id="tw-private-placement-hant",
    ),
    pytest.param(
        "和益化工与三晃公告办理私募，嘉泥担任应募人。",
        "mainland",
        {
            "和益化工": "org/formosan-union-chemical",
            "三晃": "org/sunko-ink",
            "嘉泥": "org/chia-hsin-cement",
        },
        id="tw-private-placement-hans",
    ),
    pytest.param(
        "櫻花建設、皇普建設與潤隆建設向銀行團申請聯貸。",
        "taiwan",
        {
            "櫻花建設": "org/sakura-development",
            "皇普建設": "org/crowell-development",
            "潤隆建設": "org/run-long-construction",
        },
        id="tw-builders-hant",
    ),
    pytest.param(
        "樱花建设、皇普建设与润隆建设向银行团申请联贷。",
        "mainland",
        {
            "樱花建设": "org/sakura-development",
            "皇普建设": "org/crowell-development",
            "润隆建设": "org/run-long-construction",
        },
        id="tw-builders-hans",
    ),
    pytest.param(
        "北極星藥業、智擎與順藥發行海外可轉換公司債。",
        "taiwan",
        {
            "北極星藥業": "org/polaris-group",
            "智擎": "org/pharmaengine",
            "順藥": "org/lumosa",
        },
        id="tw-biotech-ecb-hant",
    ),
    pytest.param(
        "北极星药业、智擎与顺药发行海外可转换公司债。",
        "mainland",
        {
            "北极星药业": "org/polaris-group",
            "智擎": "org/pharmaengine",
            "顺药": "org/lumosa",
        },
        id="tw-biotech-ecb-hans",
    ),
    pytest.param(
        "杏輝、康霈和醣聯宣布現金增資。",
        "taiwan",
        {
            "杏輝": "org/sinphar",
            "康霈": "org/caliway",
            "醣聯": "org/glyconex",
        },
        id="tw-biotech-rights-hant",
    ),
    pytest.param(
        "杏辉、康霈和醣联宣布现金增资。",
        "mainland",
        {
            "杏辉": "org/sinphar",
            "康霈": "org/caliway",
            "醣联": "org/glyconex",
        },
        id="tw-biotech-rights-hans",
    ),
    pytest.param(
        "太景生技與基亞生技簽署授權合約，逸達生技亦加入。",
        "taiwan",
        {
            "太景生技": "org/taigen",
            "基亞生技": "org/medigen-biotech",
            "逸達生技": "org/foresee-pharma",
        },
        id="tw-biotech-licence-hant",
    ),
    pytest.param(
        "太景生技与基亚生技签署授权合约，逸达生技亦加入。",
        "mainland",
        {
            "太景生技": "org/taigen",
            "基亚生技": "org/medigen-biotech",
            "逸达生技": "org/foresee-pharma",
        },
        id="tw-biotech-licence-hans",
    ),
    pytest.param(
        "敬鵬工業、柏承科技與志超科技擴大泰國產能。",
        "taiwan",
        {
            "敬鵬工業": "org/chin-poon",
            "柏承科技": "org/bo-cheng",
            "志超科技": "org/supertech-circuit",
        },
        id="tw-pcb-hant",
    ),
    pytest.param(
        "敬鹏工业、柏承科技与志超科技扩大泰国产能。",
        "mainland",
        {
            "敬鹏工业": "org/chin-poon",
            "柏承科技": "org/bo-cheng",
            "志超科技": "org/supertech-circuit",
        },
        id="tw-pcb-hans",
    ),
    pytest.param(
        "永冠能源替天力離岸供應鑄件，鈺齊國際則發行無擔保轉換公司債。",
        "taiwan",
        {
            "永冠能源": "org/yeong-guan",
            "天力離岸": "org/tien-li-offshore-wind",
            "鈺齊國際": "org/fulgent-sun",
        },
        id="tw-wind-shoes-hant",
    ),
    pytest.param(
        "永冠能源替天力离岸供应铸件，钰齐国际则发行无担保转换公司债。",
        "mainland",
        {
            "永冠能源": "org/yeong-guan",
            "天力离岸": "org/tien-li-offshore-wind",
            "钰齐国际": "org/fulgent-sun",
        },
        id="tw-wind-shoes-hans",
    ),
    pytest.param(
        "光陽機車與台灣之星電信簽署合作協議。",
        "taiwan",
        {
            "光陽機車": "org/kymco",
            "台灣之星電信": "org/t-star",
        },
        id="tw-unlisted-hant",
    ),
    pytest.param(
        "光阳机车与台湾之星电信签署合作协议。",
        "mainland",
        {
            "光阳机车": "org/kymco",
            "台湾之星电信": "org/t-star",
        },
        id="tw-unlisted-hans",
    ),
    pytest.param(
        "中菲行與正德海運合作開闢新航線。",
        "taiwan",
        {
            "中菲行": "org/dimerco",
            "正德海運": "org/chang-te-marine",
        },
        id="tw-logistics-hant",
    ),
    pytest.param(
        "中菲行与正德海运合作开辟新航线。",
        "mainland",
        {
            "中菲行": "org/dimerco",
            "正德海运": "org/chang-te-marine",
        },
        id="tw-logistics-hans",
    ),
    pytest.param(
        "凱德騰飛房地產信託與吉寶房地產信託宣布配售新單位。",
        "hongkong",
        {
            "凱德騰飛房地產信託": "org/capitaland-ascendas-reit",
            "吉寶房地產信託": "org/keppel-reit",
        },
        id="sg-reits-hant",
    ),
    pytest.param(
        "凯德腾飞房地产信托与吉宝房地产信托宣布配售新单位。",
        "singapore",
        {
            "凯德腾飞房地产信托": "org/capitaland-ascendas-reit",
            "吉宝房地产信托": "org/keppel-reit",
        },
        id="sg-reits-hans",
    ),
    pytest.param(
        "凱德中國信託、新達產業信託和星獅物流商業信託公布派息。",
        "hongkong",
        {
            "凱德中國信託": "org/capitaland-china-trust",
            "新達產業信託": "org/suntec-reit",
            "星獅物流商業信託": "org/frasers-logistics-commercial-trust",
        },
        id="sg-reits-2-hant",
    ),
    pytest.param(
        "凯德中国信托、新达产业信托和星狮物流商业信托公布派息。",
        "singapore",
        {
            "凯德中国信托": "org/capitaland-china-trust",
            "新达产业信托": "org/suntec-reit",
            "星狮物流商业信托": "org/frasers-logistics-commercial-trust",
        },
        id="sg-reits-2-hans",
    ),
    pytest.param(
        "易商紅木房地產信託向新加坡科技電信媒體收購一座數據中心。",
        "hongkong",
        {
            "易商紅木房地產信託": "org/esr-logos-reit",
            "新加坡科技電信媒體": "org/st-telemedia",
        },
        id="sg-data-centre-hant",
    ),
    pytest.param(
        "易商红木房地产信托向新加坡科技电信媒体收购一座数据中心。",
        "singapore",
        {
            "易商红木房地产信托": "org/esr-logos-reit",
            "新加坡科技电信媒体": "org/st-telemedia",
        },
        id="sg-data-centre-hans",
    ),
    pytest.param(
        "馬來西亞電訊與砂能簽署光纖網絡合作協議。",
        "hongkong",
        {
            "馬來西亞電訊": "org/telekom-malaysia",
            "砂能": "org/sarawak-energy",
        },
        id="my-telecom-energy-hant",
    ),
    pytest.param(
        "马来西亚电讯与砂能签署光纤网络合作协议。",
        "malaysia",
        {
            "马来西亚电讯": "org/telekom-malaysia",
            "砂能": "org/sarawak-energy",
        },
        id="my-telecom-energy-hans",
    ),
    pytest.param(
        "馬來西亞國家電力公司與布城控股合作開發太陽能項目。",
        "hongkong",
        {
            "馬來西亞國家電力公司": "org/tenaga",
            "布城控股": "org/putrajaya-holdings",
        },
        id="my-solar-hant",
    ),
    pytest.param(
        "马来西亚国家电力公司与布城控股合作开发太阳能项目。",
        "malaysia",
        {
            "马来西亚国家电力公司": "org/tenaga",
            "布城控股": "org/putrajaya-holdings",
        },
        id="my-solar-hans",
    ),
    pytest.param(
        "國新基金、誠通基金與國風投基金共同領投。",
        "hongkong",
        {
            "國新基金": "org/china-reform-fund-management",
            "誠通基金": "org/chengtong-fund-management",
            "國風投基金": "org/china-state-venture-fund",
        },
        id="state-funds-hant",
    ),
    pytest.param(
        "国新基金、诚通基金与国风投基金共同领投。",
        "mainland",
        {
            "国新基金": "org/china-reform-fund-management",
            "诚通基金": "org/chengtong-fund-management",
            "国风投基金": "org/china-state-venture-fund",
        },
        id="state-funds-hans",
    ),
    pytest.param(
        "深圳市引導基金與浙江省產業基金參與出資。",
        "hongkong",
        {
            "深圳市引導基金": "org/shenzhen-guidance-fund",
            "浙江省產業基金": "org/zhejiang-industry-fund",
        },
        id="guidance-funds-hant",
    ),
    pytest.param(
        "深圳市引导基金与浙江省产业基金参与出资。",
        "mainland",
        {
            "深圳市引导基金": "org/shenzhen-guidance-fund",
            "浙江省产业基金": "org/zhejiang-industry-fund",
        },
        id="guidance-funds-hans",
    ),
    pytest.param(
        "江蘇高投集團、成都高投集團和魯信創投跟投。",
        "hongkong",
        {
            "江蘇高投集團": "org/jiangsu-hitech-investment",
            "成都高投集團": "org/chengdu-hitech-investment",
            "魯信創投": "org/luxin-venture",
        },
        id="provincial-vc-hant",
    ),
    pytest.param(
        "江苏高投集团、成都高投集团和鲁信创投跟投。",
        "mainland",
        {
            "江苏高投集团": "org/jiangsu-hitech-investment",
            "成都高投集团": "org/chengdu-hitech-investment",
            "鲁信创投": "org/luxin-venture",
        },
        id="provincial-vc-hans",
    ),
    pytest.param(
        "豫資控股、重慶渝富和陝投集團認購了該筆債券。",
        "hongkong",
        {
            "豫資控股": "org/zhongyuan-yuzi",
            "重慶渝富": "org/chongqing-yufu",
            "陝投集團": "org/shaanxi-investment",
        },
        id="state-platforms-hant",
    ),
    pytest.param(
        "豫资控股、重庆渝富和陕投集团认购了该笔债券。",
        "mainland",
        {
            "豫资控股": "org/zhongyuan-yuzi",
            "重庆渝富": "org/chongqing-yufu",
            "陕投集团": "org/shaanxi-investment",
        },
        id="state-platforms-hans",
    ),
    pytest.param(
        "中國石化集團資本有限公司、昆侖資本與國投聚力組成財團。",
        "hongkong",
        {
            "中國石化集團資本有限公司": "org/sinopec-capital",
            "昆侖資本": "org/kunlun-capital",
            "國投聚力": "org/sdic-unity",
        },
        id="soe-capital-hant",
    ),
    pytest.param(
        "中国石化集团资本有限公司、昆仑资本与国投聚力组成财团。",
        "mainland",
        {
            "中国石化集团资本有限公司": "org/sinopec-capital",
            "昆仑资本": "org/kunlun-capital",
            "国投聚力": "org/sdic-unity",
        },
        id="soe-capital-hans",
    ),
    pytest.param(
        "泰康人壽與中國人壽資產管理擔任基石投資者。",
        "hongkong",
        {
            "泰康人壽": "org/taikang-life",
            "中國人壽資產管理": "org/china-life-am",
        },
        id="cornerstones-hant",
    ),
    pytest.param(
        "泰康人寿与中国人寿资产管理担任基石投资者。",
        "mainland",
        {
            "泰康人寿": "org/taikang-life",
            "中国人寿资产管理": "org/china-life-am",
        },
        id="cornerstones-hans",
    ),
    pytest.param(
        "太保資產與中再資產參與認購。",
        "hongkong",
        {
            "太保資產": "org/cpic-am",
            "中再資產": "org/china-re-amc",
        },
        id="cornerstones-2-hant",
    ),
    pytest.param(
        "太保资产与中再资产参与认购。",
        "mainland",
        {
            "太保资产": "org/cpic-am",
            "中再资产": "org/china-re-amc",
        },
        id="cornerstones-2-hans",
    ),
    pytest.param(
        "前海方舟與招商局創投聯合設立母基金。",
        "hongkong",
        {
            "前海方舟": "org/qianhai-ark",
            "招商局創投": "org/cm-venture",
        },
        id="mother-fund-hant",
    ),
    pytest.param(
        "前海方舟与招商局创投联合设立母基金。",
        "mainland",
        {
            "前海方舟": "org/qianhai-ark",
            "招商局创投": "org/cm-venture",
        },
        id="mother-fund-hans",
    ),
    pytest.param(
        "中國東航向萬科A旗下物業公司租賃辦公室。",
        "hongkong",
        {
            "中國東航": "org/china-eastern",
            "萬科A": "org/vanke",
        },
        id="short-forms-added-hant",
    ),
    pytest.param(
        "中国东航向万科A旗下物业公司租赁办公室。",
        "mainland",
        {
            "中国东航": "org/china-eastern",
            "万科A": "org/vanke",
        },
        id="short-forms-added-hans",
    ),
    pytest.param(
        "百度集團入股一家自動駕駛公司，中國石油股份則出售油田權益。",
        "hongkong",
        {
            "百度集團": "org/baidu",
            "中國石油股份": "org/petrochina",
        },
        id="hk-short-forms-added-hant",
    ),
    pytest.param(
        "百度集团入股一家自动驾驶公司，中国石油股份则出售油田权益。",
        "mainland",
        {
            "百度集团": "org/baidu",
            "中国石油股份": "org/petrochina",
        },
        id="hk-short-forms-added-hans",
    ),
    pytest.param(
        "山東路橋與浙江交科組成聯合體中標高速公路項目。",
        "hongkong",
        {
            "山東路橋": "org/shandong-road-bridge",
            "浙江交科": "org/zhejiang-communications-technology",
        },
        id="road-builders-hant",
    ),
    pytest.param(
        "山东路桥与浙江交科组成联合体中标高速公路项目。",
        "mainland",
        {
            "山东路桥": "org/shandong-road-bridge",
            "浙江交科": "org/zhejiang-communications-technology",
        },
        id="road-builders-hans",
    ),
    pytest.param(
        "重慶建工、陝西建工和龍元建設公布新簽合同額。",
        "hongkong",
        {
            "重慶建工": "org/chongqing-construction-engineering",
            "陝西建工": "org/shaanxi-construction-engineering",
            "龍元建設": "org/longyuan-construction",
        },
        id="builders-hant",
    ),
    pytest.param(
        "重庆建工、陕西建工和龙元建设公布新签合同额。",
        "mainland",
        {
            "重庆建工": "org/chongqing-construction-engineering",
            "陕西建工": "org/shaanxi-construction-engineering",
            "龙元建设": "org/longyuan-construction",
        },
        id="builders-hans",
    ),
    pytest.param(
        "中材國際收購了中國海誠旗下一家設計院。",
        "hongkong",
        {
            "中材國際": "org/sinoma-international",
            "中國海誠": "org/china-haisum",
        },
        id="engineering-hant",
    ),
    pytest.param(
        "中材国际收购了中国海诚旗下一家设计院。",
        "mainland",
        {
            "中材国际": "org/sinoma-international",
            "中国海诚": "org/china-haisum",
        },
        id="engineering-hans",
    ),
    pytest.param(
        "海油發展向博邁科採購海洋工程模塊，通源石油與海默科技也參與投標。",
        "hongkong",
        {
            "海油發展": "org/cnooc-energy-technology",
            "博邁科": "org/bomesc",
            "通源石油": "org/tong-oil-tools",
            "海默科技": "org/haimo-tech",
        },
        id="offshore-hant",
    ),
    pytest.param(
        "海油发展向博迈科采购海洋工程模块，通源石油与海默科技也参与投标。",
        "mainland",
        {
            "海油发展": "org/cnooc-energy-technology",
            "博迈科": "org/bomesc",
            "通源石油": "org/tong-oil-tools",
            "海默科技": "org/haimo-tech",
        },
        id="offshore-hans",
    ),
    pytest.param(
        "永鼎股份、通鼎互聯與特發信息中標運營商光纜集採。",
        "hongkong",
        {
            "永鼎股份": "org/yongding",
            "通鼎互聯": "org/tongding",
            "特發信息": "org/sdgi-tefa",
        },
        id="fibre-hant",
    ),
    pytest.param(
        "永鼎股份、通鼎互联与特发信息中标运营商光缆集采。",
        "mainland",
        {
            "永鼎股份": "org/yongding",
            "通鼎互联": "org/tongding",
            "特发信息": "org/sdgi-tefa",
        },
        id="fibre-hans",
    ),
    pytest.param(
        "寶勝股份、起帆電纜和漢纜股份公告擬發行可轉債。",
        "hongkong",
        {
            "寶勝股份": "org/baosheng-cable",
            "起帆電纜": "org/qifan-cable",
            "漢纜股份": "org/hanhe-cable",
        },
        id="cables-hant",
    ),
    pytest.param(
        "宝胜股份、起帆电缆和汉缆股份公告拟发行可转债。",
        "mainland",
        {
            "宝胜股份": "org/baosheng-cable",
            "起帆电缆": "org/qifan-cable",
            "汉缆股份": "org/hanhe-cable",
        },
        id="cables-hans",
    ),
    pytest.param(
        "鐵龍物流與中鐵特貨合作開辦冷鏈班列，廣深鐵路股份亦有參與。",
        "hongkong",
        {
            "鐵龍物流": "org/tielong-logistics",
            "中鐵特貨": "org/china-railway-special-cargo",
            "廣深鐵路股份": "org/guangshen-railway",
        },
        id="rail-hant",
    ),
    pytest.param(
        "铁龙物流与中铁特货合作开办冷链班列，广深铁路股份亦有参与。",
        "mainland",
        {
            "铁龙物流": "org/tielong-logistics",
            "中铁特货": "org/china-railway-special-cargo",
            "广深铁路股份": "org/guangshen-railway",
        },
        id="rail-hans",
    ),
    pytest.param(
        "浙商中拓、怡亞通和瑞茂通擴大供應鏈業務。",
        "hongkong",
        {
            "浙商中拓": "org/zhejiang-zhongtuo",
            "怡亞通": "org/eternal-asia",
            "瑞茂通": "org/ccs-supply-chain",
        },
        id="supply-chain-hant",
    ),
    pytest.param(
        "浙商中拓、怡亚通和瑞茂通扩大供应链业务。",
        "mainland",
        {
            "浙商中拓": "org/zhejiang-zhongtuo",
            "怡亚通": "org/eternal-asia",
            "瑞茂通": "org/ccs-supply-chain",
        },
        id="supply-chain-hans",
    ),
    pytest.param(
        "魯西化工、揚農化工和利爾化學公布了擔保事項。",
        "hongkong",
        {
            "魯西化工": "org/luxi-chemical",
            "揚農化工": "org/yangnong-chemical",
            "利爾化學": "org/lier-chemical",
        },
        id="agrochem-hant",
    ),
    pytest.param(
        "鲁西化工、扬农化工和利尔化学公布了担保事项。",
        "mainland",
        {
            "鲁西化工": "org/luxi-chemical",
            "扬农化工": "org/yangnong-chemical",
            "利尔化学": "org/lier-chemical",
        },
        id="agrochem-hans",
    ),
    pytest.param(
        "湖北宜化與三友化工、中泰化學簽署氯鹼產品供應協議。",
        "hongkong",
        {
            "湖北宜化": "org/hubei-yihua",
            "三友化工": "org/tangshan-sanyou",
            "中泰化學": "org/zhongtai-chemical",
        },
        id="chlor-alkali-hant",
    ),
    pytest.param(
        "湖北宜化与三友化工、中泰化学签署氯碱产品供应协议。",
        "mainland",
        {
            "湖北宜化": "org/hubei-yihua",
            "三友化工": "org/tangshan-sanyou",
            "中泰化学": "org/zhongtai-chemical",
        },
        id="chlor-alkali-hans",
    ),
    pytest.param(
        "君正集團、北元集團和新疆天業擬共同投資PVC項目。",
        "hongkong",
        {
            "君正集團": "org/junzheng-group",
            "北元集團": "org/beiyuan-group",
            "新疆天業": "org/xinjiang-tianye",
        },
        id="pvc-hant",
    ),
    pytest.param(
        "君正集团、北元集团和新疆天业拟共同投资PVC项目。",
        "mainland",
        {
            "君正集团": "org/junzheng-group",
            "北元集团": "org/beiyuan-group",
            "新疆天业": "org/xinjiang-tianye",
        },
        id="pvc-hans",
    ),
    pytest.param(
        "金禾實業、萬潤股份和國瓷材料獲得北向資金增持。",
        "hongkong",
        {
            "金禾實業": "org/jinhe-industrial",
            "萬潤股份": "org/valiant-wanrun",
            "國瓷材料": "org/sinocera",
        },
        id="fine-chem-hant",
    ),
    pytest.param(
        "金禾实业、万润股份和国瓷材料获得北向资金增持。",
        "mainland",
        {
            "金禾实业": "org/jinhe-industrial",
            "万润股份": "org/valiant-wanrun",
            "国瓷材料": "org/sinocera",
        },
        id="fine-chem-hans",
    ),
    pytest.param(
        "丸美股份、水羊股份與福瑞達加碼線上渠道。",
        "hongkong",
        {
            "丸美股份": "org/marubi",
            "水羊股份": "org/yujiahui",
            "福瑞達": "org/freda",
        },
        id="cosmetics-hant",
    ),
    pytest.param(
        "丸美股份、水羊股份与福瑞达加码线上渠道。",
        "mainland",
        {
            "丸美股份": "org/marubi",
            "水羊股份": "org/yujiahui",
            "福瑞达": "org/freda",
        },
        id="cosmetics-hans",
    ),
    pytest.param(
        "志邦家居、尚品宅配和慕思股份推出以舊換新活動。",
        "hongkong",
        {
            "志邦家居": "org/zbom",
            "尚品宅配": "org/shangpin-home",
            "慕思股份": "org/de-rucci",
        },
        id="furniture-hant",
    ),
    pytest.param(
        "志邦家居、尚品宅配和慕思股份推出以旧换新活动。",
        "mainland",
        {
            "志邦家居": "org/zbom",
            "尚品宅配": "org/shangpin-home",
            "慕思股份": "org/de-rucci",
        },
        id="furniture-hans",
    ),
    pytest.param(
        "森馬服飾、海瀾之家與比音勒芬公布回購方案。",
        "hongkong",
        {
            "森馬服飾": "org/semir",
            "海瀾之家": "org/hla",
            "比音勒芬": "org/biem-l-fdlkk",
        },
        id="apparel-hant",
    ),
    pytest.param(
        "森马服饰、海澜之家与比音勒芬公布回购方案。",
        "mainland",
        {
            "森马服饰": "org/semir",
            "海澜之家": "org/hla",
            "比音勒芬": "org/biem-l-fdlkk",
        },
        id="apparel-hans",
    ),
    pytest.param(
        "九號公司與光峰科技聯合發布新品。",
        "hongkong",
        {
            "九號公司": "org/ninebot",
            "光峰科技": "org/appotronics",
        },
        id="gadgets-hant",
    ),
    pytest.param(
        "九号公司与光峰科技联合发布新品。",
        "mainland",
        {
            "九号公司": "org/ninebot",
            "光峰科技": "org/appotronics",
        },
        id="gadgets-hans",
    ),
    pytest.param(
        "中油資本、五礦資本和中航產融均為央企金融平台。",
        "hongkong",
        {
            "中油資本": "org/cnpc-capital",
            "五礦資本": "org/minmetals-capital",
            "中航產融": "org/avic-industry-finance",
        },
        id="soe-finance-hant",
    ),
    pytest.param(
        "中油资本、五矿资本和中航产融均为央企金融平台。",
        "mainland",
        {
            "中油资本": "org/cnpc-capital",
            "五矿资本": "org/minmetals-capital",
            "中航产融": "org/avic-industry-finance",
        },
        id="soe-finance-hans",
    ),
    pytest.param(
        "中糧資本、建元信託與陝國投A公布業績快報。",
        "hongkong",
        {
            "中糧資本": "org/cofco-capital",
            "建元信託": "org/jianyuan-trust",
            "陝國投A": "org/shaanxi-intl-trust",
        },
        id="trusts-hant",
    ),
    pytest.param(
        "中粮资本、建元信托与陕国投A公布业绩快报。",
        "mainland",
        {
            "中粮资本": "org/cofco-capital",
            "建元信托": "org/jianyuan-trust",
            "陕国投A": "org/shaanxi-intl-trust",
        },
        id="trusts-hans",
    ),
    pytest.param(
        "江蘇金租向愛建集團旗下租賃公司提供銀團貸款。",
        "hongkong",
        {
            "江蘇金租": "org/jiangsu-leasing",
            "愛建集團": "org/aijian-group",
        },
        id="leasing-trust-hant",
    ),
    pytest.param(
        "江苏金租向爱建集团旗下租赁公司提供银团贷款。",
        "mainland",
        {
            "江苏金租": "org/jiangsu-leasing",
            "爱建集团": "org/aijian-group",
        },
        id="leasing-trust-hans",
    ),
    pytest.param(
        "華潤雙鶴與華潤江中同屬華潤醫藥旗下。",
        "hongkong",
        {
            "華潤雙鶴": "org/cr-double-crane",
            "華潤江中": "org/cr-jiangzhong",
        },
        id="cr-pharma-hant",
    ),
    pytest.param(
        "华润双鹤与华润江中同属华润医药旗下。",
        "mainland",
        {
            "华润双鹤": "org/cr-double-crane",
            "华润江中": "org/cr-jiangzhong",
        },
        id="cr-pharma-hans",
    ),
    pytest.param(
        "太極集團、康緣藥業和昆藥集團入選中藥創新名單。",
        "hongkong",
        {
            "太極集團": "org/taiji-group",
            "康緣藥業": "org/kanion",
            "昆藥集團": "org/kpc-pharma",
        },
        id="tcm-makers-hant",
    ),
    pytest.param(
        "太极集团、康缘药业和昆药集团入选中药创新名单。",
        "mainland",
        {
            "太极集团": "org/taiji-group",
            "康缘药业": "org/kanion",
            "昆药集团": "org/kpc-pharma",
        },
        id="tcm-makers-hans",
    ),
    pytest.param(
        "甬矽電子、頎中科技和匯成股份擴建封測產線。",
        "hongkong",
        {
            "甬矽電子": "org/forehope",
            "頎中科技": "org/chipmore",
            "匯成股份": "org/union-semiconductor-huicheng",
        },
        id="packaging-hant",
    ),
    pytest.param(
        "甬矽电子、颀中科技和汇成股份扩建封测产线。",
        "mainland",
        {
            "甬矽电子": "org/forehope",
            "颀中科技": "org/chipmore",
            "汇成股份": "org/union-semiconductor-huicheng",
        },
        id="packaging-hans",
    ),
    pytest.param(
        "軟通動力收購了東華軟件旗下一家子公司，潤和軟件亦在競購之列。",
        "hongkong",
        {
            "軟通動力": "org/isoftstone",
            "東華軟件": "org/dhc-software",
            "潤和軟件": "org/hoperun",
        },
        id="it-services-hant",
    ),
    pytest.param(
        "软通动力收购了东华软件旗下一家子公司，润和软件亦在竞购之列。",
        "mainland",
        {
            "软通动力": "org/isoftstone",
            "东华软件": "org/dhc-software",
            "润和软件": "org/hoperun",
        },
        id="it-services-hans",
    ),
    pytest.param(
        "神州數碼、神州信息和常山北明參與信創項目。",
        "hongkong",
        {
            "神州數碼": "org/digital-china",
            "神州信息": "org/digital-china-information",
            "常山北明": "org/changshan-beiming",
        },
        id="xinchuang-hant",
    ),
    pytest.param(
        "神州数码、神州信息和常山北明参与信创项目。",
        "mainland",
        {
            "神州数码": "org/digital-china",
            "神州信息": "org/digital-china-information",
            "常山北明": "org/changshan-beiming",
        },
        id="xinchuang-hans",
    ),
    pytest.param(
        "麒麟軟件與統信軟件完成新一輪融資，達夢數據為合作夥伴。",
        "hongkong",
        {
            "麒麟軟件": "org/kylinsoft",
            "統信軟件": "org/uniontech",
            "達夢數據": "org/dameng",
        },
        id="os-db-hant",
    ),
    pytest.param(
        "麒麟软件与统信软件完成新一轮融资，达梦数据为合作伙伴。",
        "mainland",
        {
            "麒麟软件": "org/kylinsoft",
            "统信软件": "org/uniontech",
            "达梦数据": "org/dameng",
        },
        id="os-db-hans",
    ),
    pytest.param(
        "航天信息、格爾軟件和三未信安中標密碼項目。",
        "hongkong",
        {
            "航天信息": "org/aisino",
            "格爾軟件": "org/koal",
            "三未信安": "org/sansec",
        },
        id="crypto-hant",
    ),
    pytest.param(
        "航天信息、格尔软件和三未信安中标密码项目。",
        "mainland",
        {
            "航天信息": "org/aisino",
            "格尔软件": "org/koal",
            "三未信安": "org/sansec",
        },
        id="crypto-hans",
    ),
    pytest.param(
        "電科網安、安恒信息與天融信簽署合作協議。",
        "hongkong",
        {
            "電科網安": "org/cetc-cyberspace-security",
            "安恒信息": "org/dbappsecurity",
            "天融信": "org/topsec",
        },
        id="security-hant",
    ),
    pytest.param(
        "电科网安、安恒信息与天融信签署合作协议。",
        "mainland",
        {
            "电科网安": "org/cetc-cyberspace-security",
            "安恒信息": "org/dbappsecurity",
            "天融信": "org/topsec",
        },
        id="security-hans",
    ),
    pytest.param(
        "深藍汽車完成增資擴股，高合汽車和威馬汽車則陷入困境。",
        "hongkong",
        {
            "深藍汽車": "org/deepal",
            "高合汽車": "org/human-horizons",
            "威馬汽車": "org/wm-motor",
        },
        id="ev-makers-hant",
    ),
    pytest.param(
        "深蓝汽车完成增资扩股，高合汽车和威马汽车则陷入困境。",
        "mainland",
        {
            "深蓝汽车": "org/deepal",
            "高合汽车": "org/human-horizons",
            "威马汽车": "org/wm-motor",
        },
        id="ev-makers-hans",
    ),
    pytest.param(
        "欣旺達動力引入戰略投資者，北汽新能源同步增資。",
        "hongkong",
        {
            "欣旺達動力": "org/sunwoda-evb",
            "北汽新能源": "org/baic-bjev",
        },
        id="ev-units-hant",
    ),
    pytest.param(
        "欣旺达动力引入战略投资者，北汽新能源同步增资。",
        "mainland",
        {
            "欣旺达动力": "org/sunwoda-evb",
            "北汽新能源": "org/baic-bjev",
        },
        id="ev-units-hans",
    ),
    pytest.param(
        "山東玻纖、長海股份和宏和科技上調玻纖價格，泰山玻纖也跟進。",
        "hongkong",
        {
            "山東玻纖": "org/shandong-fiberglass",
            "長海股份": "org/changhai-composite",
            "宏和科技": "org/grace-fabric",
            "泰山玻纖": "org/taishan-fiberglass",
        },
        id="fiberglass-hant",
    ),
    pytest.param(
        "山东玻纤、长海股份和宏和科技上调玻纤价格，泰山玻纤也跟进。",
        "mainland",
        {
            "山东玻纤": "org/shandong-fiberglass",
            "长海股份": "org/changhai-composite",
            "宏和科技": "org/grace-fabric",
            "泰山玻纤": "org/taishan-fiberglass",
        },
        id="fiberglass-hans",
    ),
    pytest.param(
        "橫店東磁、正泰新能與一道新能簽訂組件供貨協議。",
        "hongkong",
        {
            "橫店東磁": "org/dmegc",
            "正泰新能": "org/astronergy",
            "一道新能": "org/das-solar",
        },
        id="modules-hant",
    ),
    pytest.param(
        "横店东磁、正泰新能与一道新能签订组件供货协议。",
        "mainland",
        {
            "横店东磁": "org/dmegc",
            "正泰新能": "org/astronergy",
            "一道新能": "org/das-solar",
        },
        id="modules-hans",
    ),
    pytest.param(
        "億晶光電、京運通和上機數控公布硅片產能計劃。",
        "hongkong",
        {
            "億晶光電": "org/eging-pv",
            "京運通": "org/jingyuntong",
            "上機數控": "org/solarspace",
        },
        id="wafers-solar-hant",
    ),
    pytest.param(
        "亿晶光电、京运通和上机数控公布硅片产能计划。",
        "mainland",
        {
            "亿晶光电": "org/eging-pv",
            "京运通": "org/jingyuntong",
            "上机数控": "org/solarspace",
        },
        id="wafers-solar-hans",
    ),
    pytest.param(
        "海力風電、日月股份和新強聯獲得風機零部件訂單。",
        "hongkong",
        {
            "海力風電": "org/hailiang-wind-haili",
            "日月股份": "org/riyue",
            "新強聯": "org/xinqianglian",
        },
        id="wind-parts-hant",
    ),
    pytest.param(
        "海力风电、日月股份和新强联获得风机零部件订单。",
        "mainland",
        {
            "海力风电": "org/hailiang-wind-haili",
            "日月股份": "org/riyue",
            "新强联": "org/xinqianglian",
        },
        id="wind-parts-hans",
    ),
    pytest.param(
        "長源電力、華銀電力與晉控電力公布發電量數據，華電能源亦然。",
        "hongkong",
        {
            "長源電力": "org/changyuan-electric-power",
            "華銀電力": "org/huayin-electric-power",
            "晉控電力": "org/jinkong-electric-power",
            "華電能源": "org/huadian-energy",
        },
        id="power-2-hant",
    ),
    pytest.param(
        "长源电力、华银电力与晋控电力公布发电量数据，华电能源亦然。",
        "mainland",
        {
            "长源电力": "org/changyuan-electric-power",
            "华银电力": "org/huayin-electric-power",
            "晋控电力": "org/jinkong-electric-power",
            "华电能源": "org/huadian-energy",
        },
        id="power-2-hans",
    ),
    pytest.param("合肥長鑫啟動上市輔導。", "hongkong", {"合肥長鑫": "org/cxmt"}, id="cxmt-hant"),
    pytest.param("合肥长鑫启动上市辅导。", "mainland", {"合肥长鑫": "org/cxmt"}, id="cxmt-hans"),
    pytest.param(
        "石四藥集團與網龍簽訂合作協議，祖龍娛樂和中手遊亦出席。",
        "hongkong",
        {
            "石四藥集團": "org/ssy-group",
            "網龍": "org/netdragon",
            "祖龍娛樂": "org/zulong",
            "中手遊": "org/cmge",
        },
        id="hk-pharma-games-hant",
    ),
    pytest.param(
        "石四药集团与网龙签订合作协议，祖龙娱乐和中手游亦出席。",
        "mainland",
        {
            "石四药集团": "org/ssy-group",
            "网龙": "org/netdragon",
            "祖龙娱乐": "org/zulong",
            "中手游": "org/cmge",
        },
        id="hk-pharma-games-hans",
    ),
    pytest.param(
        "中集車輛向天津港發展交付一批集裝箱半掛車。",
        "hongkong",
        {
            "中集車輛": "org/cimc-vehicles",
            "天津港發展": "org/tianjin-port-development",
        },
        id="vehicles-port-hant",
    ),
    pytest.param(
        "中集车辆向天津港发展交付一批集装箱半挂车。",
        "mainland",
        {
            "中集车辆": "org/cimc-vehicles",
            "天津港发展": "org/tianjin-port-development",
        },
        id="vehicles-port-hans",
    ),
    pytest.param(
        "天倫燃氣與中裕能源合併城市燃氣業務。",
        "hongkong",
        {
            "天倫燃氣": "org/tian-lun-gas",
            "中裕能源": "org/zhongyu-energy",
        },
        id="city-gas-hant",
    ),
    pytest.param(
        "天伦燃气与中裕能源合并城市燃气业务。",
        "mainland",
        {
            "天伦燃气": "org/tian-lun-gas",
            "中裕能源": "org/zhongyu-energy",
        },
        id="city-gas-hans",
    ),
    pytest.param(
        "優然牧業、中國現代牧業和中國聖牧均下調了原奶價格，澳優乳業亦受影響。",
        "hongkong",
        {
            "優然牧業": "org/youran-dairy",
            "中國現代牧業": "org/modern-dairy",
            "中國聖牧": "org/shengmu",
            "澳優乳業": "org/ausnutria",
        },
        id="dairy-hant",
    ),
    pytest.param(
        "优然牧业、中国现代牧业和中国圣牧均下调了原奶价格，澳优乳业亦受影响。",
        "mainland",
        {
            "优然牧业": "org/youran-dairy",
            "中国现代牧业": "org/modern-dairy",
            "中国圣牧": "org/shengmu",
            "澳优乳业": "org/ausnutria",
        },
        id="dairy-hans",
    ),
    pytest.param(
        "中國儒意入股貓眼娛樂，阿里影業則出售部分股份。",
        "hongkong",
        {
            "中國儒意": "org/china-ruyi",
            "貓眼娛樂": "org/maoyan",
            "阿里影業": "org/alibaba-pictures",
        },
        id="film-hant",
    ),
    pytest.param(
        "中国儒意入股猫眼娱乐，阿里影业则出售部分股份。",
        "mainland",
        {
            "中国儒意": "org/china-ruyi",
            "猫眼娱乐": "org/maoyan",
            "阿里影业": "org/alibaba-pictures",
        },
        id="film-hans",
    ),
    pytest.param(
        "信利國際、力勁科技與首鋼資源公布配售結果。",
        "hongkong",
        {
            "信利國際": "org/truly",
            "力勁科技": "org/lk-technology",
            "首鋼資源": "org/shougang-resources",
        },
        id="hk-placings-3-hant",
    ),
    pytest.param(
        "信利国际、力劲科技与首钢资源公布配售结果。",
        "mainland",
        {
            "信利国际": "org/truly",
            "力劲科技": "org/lk-technology",
            "首钢资源": "org/shougang-resources",
        },
        id="hk-placings-3-hans",
    ),
    pytest.param(
        "中泰國際、興證國際和招商證券國際擔任聯席賬簿管理人。",
        "hongkong",
        {
            "中泰國際": "org/zhongtai-international",
            "興證國際": "org/cis-international",
            "招商證券國際": "org/cms-international",
        },
        id="bookrunners-hant",
    ),
    pytest.param(
        "中泰国际、兴证国际和招商证券国际担任联席账簿管理人。",
        "mainland",
        {
            "中泰国际": "org/zhongtai-international",
            "兴证国际": "org/cis-international",
            "招商证券国际": "org/cms-international",
        },
        id="bookrunners-hans",
    ),
    pytest.param(
        "台灣工銀與中龍鋼鐵簽署綠色授信合約，寶佳機構亦申請聯貸。",
        "taiwan",
        {
            "台灣工銀": "org/o-bank",
            "中龍鋼鐵": "org/dragon-steel",
            "寶佳機構": "org/baojia-group",
        },
        id="tw-banks-steel-hant",
    ),
    pytest.param(
        "台湾工银与中龙钢铁签署绿色授信合约，宝佳机构亦申请联贷。",
        "mainland",
        {
            "台湾工银": "org/o-bank",
            "中龙钢铁": "org/dragon-steel",
            "宝佳机构": "org/baojia-group",
        },
        id="tw-banks-steel-hans",
    ),
    pytest.param(
        "和成欣業與中華釉藥擬合併衛浴業務。",
        "taiwan",
        {
            "和成欣業": "org/hcg",
            "中華釉藥": "org/china-glaze",
        },
        id="tw-sanitary-hant",
    ),
    pytest.param(
        "和成欣业与中华釉药拟合并卫浴业务。",
        "mainland",
        {
            "和成欣业": "org/hcg",
            "中华釉药": "org/china-glaze",
        },
        id="tw-sanitary-hans",
    ),
    pytest.param(
        "吉寶基礎設施信託向新加坡郵政收購一座物流中心，華聯企業與百騰置地亦有意競購。",
        "hongkong",
        {
            "吉寶基礎設施信託": "org/keppel-infrastructure-trust",
            "新加坡郵政": "org/singpost",
            "華聯企業": "org/oue",
            "百騰置地": "org/perennial-holdings",
        },
        id="sg-more-hant",
    ),
    pytest.param(
        "吉宝基础设施信托向新加坡邮政收购一座物流中心，华联企业与百腾置地亦有意竞购。",
        "singapore",
        {
            "吉宝基础设施信托": "org/keppel-infrastructure-trust",
            "新加坡邮政": "org/singpost",
            "华联企业": "org/oue",
            "百腾置地": "org/perennial-holdings",
        },
        id="sg-more-hans",
    ),
    pytest.param(
        "楊忠禮水泥與速柏瑪簽署長期供應協議。",
        "hongkong",
        {
            "楊忠禮水泥": "org/ytl-cement",
            "速柏瑪": "org/supermax",
        },
        id="my-more-hant",
    ),
    pytest.param(
        "杨忠礼水泥与速柏玛签署长期供应协议。",
        "malaysia",
        {
            "杨忠礼水泥": "org/ytl-cement",
            "速柏玛": "org/supermax",
        },
        id="my-more-hans",
    ),
    pytest.param(
        "藍箭航天完成新一輪融資，星河動力和天兵科技也在籌備上市。",
        "hongkong",
        {
            "藍箭航天": "org/landspace",
            "星河動力": "org/galactic-energy",
            "天兵科技": "org/space-pioneer",
        },
        id="rockets-1-hant",
    ),
    pytest.param(
        "蓝箭航天完成新一轮融资，星河动力和天兵科技也在筹备上市。",
        "mainland",
        {
            "蓝箭航天": "org/landspace",
            "星河动力": "org/galactic-energy",
            "天兵科技": "org/space-pioneer",
        },
        id="rockets-1-hans",
    ),
    pytest.param(
        "星際榮耀、中科宇航與東方空間獲得地方國資注資。",
        "hongkong",
        {
            "星際榮耀": "org/ispace-china",
            "中科宇航": "org/cas-space",
            "東方空間": "org/orienspace",
        },
        id="rockets-2-hant",
    ),
    pytest.param(
        "星际荣耀、中科宇航与东方空间获得地方国资注资。",
        "mainland",
        {
            "星际荣耀": "org/ispace-china",
            "中科宇航": "org/cas-space",
            "东方空间": "org/orienspace",
        },
        id="rockets-2-hans",
    ),
    pytest.param(
        "深藍航天、箭元科技和九州雲箭完成發動機試車。",
        "hongkong",
        {
            "深藍航天": "org/deep-blue-aerospace",
            "箭元科技": "org/space-epoch",
            "九州雲箭": "org/jiuzhou-yunjian",
        },
        id="rockets-3-hant",
    ),
    pytest.param(
        "深蓝航天、箭元科技和九州云箭完成发动机试车。",
        "mainland",
        {
            "深蓝航天": "org/deep-blue-aerospace",
            "箭元科技": "org/space-epoch",
            "九州云箭": "org/jiuzhou-yunjian",
        },
        id="rockets-3-hans",
    ),
    pytest.param(
        "銀河航天與長光衛星簽署衛星批產合同，時空道宇亦參與。",
        "hongkong",
        {
            "銀河航天": "org/galaxyspace",
            "長光衛星": "org/chang-guang-satellite",
            "時空道宇": "org/geespace",
        },
        id="satellites-hant",
    ),
    pytest.param(
        "银河航天与长光卫星签署卫星批产合同，时空道宇亦参与。",
        "mainland",
        {
            "银河航天": "org/galaxyspace",
            "长光卫星": "org/chang-guang-satellite",
            "时空道宇": "org/geespace",
        },
        id="satellites-hans",
    ),
    pytest.param(
        "天儀研究院和微納星空分別完成B輪融資。",
        "hongkong",
        {
            "天儀研究院": "org/spacety",
            "微納星空": "org/minospace",
        },
        id="smallsats-hant",
    ),
    pytest.param(
        "天仪研究院和微纳星空分别完成B轮融资。",
        "mainland",
        {
            "天仪研究院": "org/spacety",
            "微纳星空": "org/minospace",
        },
        id="smallsats-hans",
    ),
    pytest.param(
        "北京智譜華章引入新股東，生數科技與無問芯穹亦獲注資。",
        "hongkong",
        {
            "北京智譜華章": "org/zhipu",
            "生數科技": "org/shengshu",
            "無問芯穹": "org/infinigence",
        },
        id="ai-startups-hant",
    ),
    pytest.param(
        "北京智谱华章引入新股东，生数科技与无问芯穹亦获注资。",
        "mainland",
        {
            "北京智谱华章": "org/zhipu",
            "生数科技": "org/shengshu",
            "无问芯穹": "org/infinigence",
        },
        id="ai-startups-hans",
    ),
    pytest.param(
        "出門問問、雲知聲和思必馳發布語音大模型。",
        "hongkong",
        {
            "出門問問": "org/mobvoi",
            "雲知聲": "org/unisound",
            "思必馳": "org/aispeech",
        },
        id="speech-hant",
    ),
    pytest.param(
        "出门问问、云知声和思必驰发布语音大模型。",
        "mainland",
        {
            "出门问问": "org/mobvoi",
            "云知声": "org/unisound",
            "思必驰": "org/aispeech",
        },
        id="speech-hans",
    ),
    pytest.param(
        "銀河通用與星動紀元獲得數億元融資，傅利葉智能亦完成增資。",
        "hongkong",
        {
            "銀河通用": "org/galbot",
            "星動紀元": "org/robotera",
        },
        id="humanoids-hant",
    ),
    pytest.param(
        "银河通用与星动纪元获得数亿元融资，傅利叶智能亦完成增资。",
        "mainland",
        {
            "银河通用": "org/galbot",
            "星动纪元": "org/robotera",
        },
        id="humanoids-hans",
    ),
    pytest.param(
        "雲深處科技、達闥科技和普渡科技參加了機器人大會。",
        "hongkong",
        {
            "雲深處科技": "org/deep-robotics",
            "達闥科技": "org/cloudminds",
            "普渡科技": "org/pudu-robotics",
        },
        id="robots-2-hant",
    ),
    pytest.param(
        "云深处科技、达闼科技和普渡科技参加了机器人大会。",
        "mainland",
        {
            "云深处科技": "org/deep-robotics",
            "达闼科技": "org/cloudminds",
            "普渡科技": "org/pudu-robotics",
        },
        id="robots-2-hans",
    ),
    pytest.param(
        "擎朗智能與梅卡曼德簽署合作協議。",
        "hongkong",
        {
            "擎朗智能": "org/keenon",
            "梅卡曼德": "org/mech-mind",
        },
        id="robots-3-hant",
    ),
    pytest.param(
        "擎朗智能与梅卡曼德签署合作协议。",
        "mainland",
        {
            "擎朗智能": "org/keenon",
            "梅卡曼德": "org/mech-mind",
        },
        id="robots-3-hans",
    ),
    pytest.param(
        "沐曦集成電路、芯馳科技和粵芯半導體完成新一輪融資。",
        "hongkong",
        {
            "沐曦集成電路": "org/metax",
            "芯馳科技": "org/semidrive",
            "粵芯半導體": "org/cansemi",
        },
        id="chips-startups-hant",
    ),
    pytest.param(
        "沐曦集成电路、芯驰科技和粤芯半导体完成新一轮融资。",
        "mainland",
        {
            "沐曦集成电路": "org/metax",
            "芯驰科技": "org/semidrive",
            "粤芯半导体": "org/cansemi",
        },
        id="chips-startups-hans",
    ),
    pytest.param(
        "積塔半導體向新凱來採購刻蝕設備。",
        "hongkong",
        {
            "積塔半導體": "org/gta-semiconductor",
            "新凱來": "org/sicarrier",
        },
        id="fab-tools-hant",
    ),
    pytest.param(
        "积塔半导体向新凯来采购刻蚀设备。",
        "mainland",
        {
            "积塔半导体": "org/gta-semiconductor",
            "新凯来": "org/sicarrier",
        },
        id="fab-tools-hans",
    ),
    pytest.param(
        "衛藍新能源與清陶能源獲得車企戰略投資。",
        "hongkong",
        {
            "衛藍新能源": "org/welion",
            "清陶能源": "org/qingtao-energy",
        },
        id="solid-state-hant",
    ),
    pytest.param(
        "卫蓝新能源与清陶能源获得车企战略投资。",
        "mainland",
        {
            "卫蓝新能源": "org/welion",
            "清陶能源": "org/qingtao-energy",
        },
        id="solid-state-hans",
    ),
    pytest.param(
        "明陽智慧能源與元氣森林簽署綠電採購協議。",
        "hongkong",
        {
            "明陽智慧能源": "org/mingyang",
            "元氣森林": "org/genki-forest",
        },
        id="green-power-buyer-hant",
    ),
    pytest.param(
        "明阳智慧能源与元气森林签署绿电采购协议。",
        "mainland",
        {
            "明阳智慧能源": "org/mingyang",
            "元气森林": "org/genki-forest",
        },
        id="green-power-buyer-hans",
    ),
    pytest.param(
        "餓了麼與度小滿合作推出商戶貸款。",
        "hongkong",
        {
            "餓了麼": "org/eleme",
            "度小滿": "org/du-xiaoman",
        },
        id="merchant-loans-hant",
    ),
    pytest.param(
        "饿了么与度小满合作推出商户贷款。",
        "mainland",
        {
            "饿了么": "org/eleme",
            "度小满": "org/du-xiaoman",
        },
        id="merchant-loans-hans",
    ),
    pytest.param(
        "奇富科技、樂信和信也科技發行了資產支持證券。",
        "hongkong",
        {
            "奇富科技": "org/qifu-technology",
            "樂信": "org/lexin",
            "信也科技": "org/finvolution",
        },
        id="consumer-finance-hant",
    ),
    pytest.param(
        "奇富科技、乐信和信也科技发行了资产支持证券。",
        "mainland",
        {
            "奇富科技": "org/qifu-technology",
            "乐信": "org/lexin",
            "信也科技": "org/finvolution",
        },
        id="consumer-finance-hans",
    ),
    pytest.param(
        "先瑞達、啟明醫療和沛嘉醫療公布股份回購，健世科技亦然。",
        "hongkong",
        {
            "先瑞達": "org/acotec",
            "啟明醫療": "org/venus-medtech",
            "沛嘉醫療": "org/peijia-medical",
            "健世科技": "org/jenscare",
        },
        id="medtech-hk-hant",
    ),
    pytest.param(
        "先瑞达、启明医疗和沛嘉医疗公布股份回购，健世科技亦然。",
        "mainland",
        {
            "先瑞达": "org/acotec",
            "启明医疗": "org/venus-medtech",
            "沛嘉医疗": "org/peijia-medical",
            "健世科技": "org/jenscare",
        },
        id="medtech-hk-hans",
    ),
    pytest.param(
        "紫金黃金國際與極智嘉的招股均獲大幅超額認購。",
        "hongkong",
        {
            "紫金黃金國際": "org/zijin-gold-international",
            "極智嘉": "org/geek-plus",
        },
        id="hk-ipos-1-hant",
    ),
    pytest.param(
        "紫金黄金国际与极智嘉的招股均获大幅超额认购。",
        "mainland",
        {
            "紫金黄金国际": "org/zijin-gold-international",
            "极智嘉": "org/geek-plus",
        },
        id="hk-ipos-1-hans",
    ),
    pytest.param(
        "如祺出行和曹操出行公布了招股結果。",
        "hongkong",
        {
            "如祺出行": "org/ontime",
            "曹操出行": "org/caocao",
        },
        id="hk-ipos-2-hant",
    ),
    pytest.param(
        "如祺出行和曹操出行公布了招股结果。",
        "mainland",
        {
            "如祺出行": "org/ontime",
            "曹操出行": "org/caocao",
        },
        id="hk-ipos-2-hans",
    ),
    pytest.param(
        "京東工業、希迪智駕和博泰車聯引入基石投資者。",
        "hongkong",
        {
            "京東工業": "org/jd-industrials",
            "希迪智駕": "org/cidi",
            "博泰車聯": "org/pateo",
        },
        id="hk-ipos-3-hant",
    ),
    pytest.param(
        "京东工业、希迪智驾和博泰车联引入基石投资者。",
        "mainland",
        {
            "京东工业": "org/jd-industrials",
            "希迪智驾": "org/cidi",
            "博泰车联": "org/pateo",
        },
        id="hk-ipos-3-hans",
    ),
    pytest.param(
        "佑駕創新、知行汽車科技與斑馬智行展開合作。",
        "hongkong",
        {
            "佑駕創新": "org/minieye",
            "知行汽車科技": "org/imotion",
            "斑馬智行": "org/banma",
        },
        id="adas-hant",
    ),
    pytest.param(
        "佑驾创新、知行汽车科技与斑马智行展开合作。",
        "mainland",
        {
            "佑驾创新": "org/minieye",
            "知行汽车科技": "org/imotion",
            "斑马智行": "org/banma",
        },
        id="adas-hans",
    ),
    pytest.param(
        "聚水潭、遇見小麵和鳴鳴很忙先後遞表。",
        "hongkong",
        {
            "聚水潭": "org/jushuitan",
            "鳴鳴很忙": "org/busy-ming",
        },
        id="hk-filings-hant",
    ),
    pytest.param(
        "聚水潭、遇见小面和鸣鸣很忙先后递表。",
        "mainland",
        {
            "聚水潭": "org/jushuitan",
            "鸣鸣很忙": "org/busy-ming",
        },
        id="hk-filings-hans",
    ),
    pytest.param(
        "同仁堂國藥與周六福珠寶簽署合作協議。",
        "hongkong",
        {
            "同仁堂國藥": "org/tong-ren-tang-cm",
            "周六福珠寶": "org/zlf-jewellery",
        },
        id="tcm-jewellery-hant",
    ),
    pytest.param(
        "同仁堂国药与周六福珠宝签署合作协议。",
        "mainland",
        {
            "同仁堂国药": "org/tong-ren-tang-cm",
            "周六福珠宝": "org/zlf-jewellery",
        },
        id="tcm-jewellery-hans",
    ),
    pytest.param(
        "魏橋創業集團向英矽智能提供研發資金。",
        "hongkong",
        {
            "魏橋創業集團": "org/weiqiao-pioneering",
            "英矽智能": "org/insilico",
        },
        id="weiqiao-insilico-hant",
    ),
    pytest.param(
        "魏桥创业集团向英矽智能提供研发资金。",
        "mainland",
        {
            "魏桥创业集团": "org/weiqiao-pioneering",
            "英矽智能": "org/insilico",
        },
        id="weiqiao-insilico-hans",
    ),
    pytest.param(
        "信也科技發行資產支持證券。",
        "hongkong",
        {"信也科技": "org/finvolution"},
        id="abs-issuer-hant",
        marks=pytest.mark.xfail(strict=True, reason="grammar: 發行資產支持證券 read into the name"),
    ),
    pytest.param(
        "信也科技发行资产支持证券。",
        "mainland",
        {"信也科技": "org/finvolution"},
        id="abs-issuer-hans",
        marks=pytest.mark.xfail(strict=True, reason="grammar: 发行资产支持证券 read into the name"),
    ),
    pytest.param(
        "特銳德、英傑電氣和禾望電氣中標充電樁項目，易事特亦入圍。",
        "hongkong",
        {
            "特銳德": "org/teld",
            "英傑電氣": "org/injet-electric",
            "禾望電氣": "org/hopewind",
            "易事特": "org/east-group",
        },
        id="chargers-hant",
    ),
    pytest.param(
        "特锐德、英杰电气和禾望电气中标充电桩项目，易事特亦入围。",
        "mainland",
        {
            "特锐德": "org/teld",
            "英杰电气": "org/injet-electric",
            "禾望电气": "org/hopewind",
            "易事特": "org/east-group",
        },
        id="chargers-hans",
    ),
    pytest.param(
        "天奈科技、萬潤新能與龍蟠科技簽訂正極材料長單。",
        "hongkong",
        {
            "天奈科技": "org/cnano",
            "萬潤新能": "org/wanrun-new-energy",
            "龍蟠科技": "org/lopal",
        },
        id="cathodes-hant",
    ),
    pytest.param(
        "天奈科技、万润新能与龙蟠科技签订正极材料长单。",
        "mainland",
        {
            "天奈科技": "org/cnano",
            "万润新能": "org/wanrun-new-energy",
            "龙蟠科技": "org/lopal",
        },
        id="cathodes-hans",
    ),
    pytest.param(
        "科達利、震裕科技和杭可科技擬在海外設廠，利元亨與贏合科技亦有計劃。",
        "hongkong",
        {
            "科達利": "org/kedali",
            "震裕科技": "org/zhenyu-tech",
            "杭可科技": "org/hangke-tech",
            "利元亨": "org/lyric-robot",
            "贏合科技": "org/yinghe-tech",
        },
        id="battery-equipment-hant",
    ),
    pytest.param(
        "科达利、震裕科技和杭可科技拟在海外设厂，利元亨与赢合科技亦有计划。",
        "mainland",
        {
            "科达利": "org/kedali",
            "震裕科技": "org/zhenyu-tech",
            "杭可科技": "org/hangke-tech",
            "利元亨": "org/lyric-robot",
            "赢合科技": "org/yinghe-tech",
        },
        id="battery-equipment-hans",
    ),
    pytest.param(
        "大連華銳重工、太原重工股份有限公司和鄭煤機獲得海外訂單。",
        "hongkong",
        {
            "大連華銳重工": "org/dhi-dalian",
            "太原重工股份有限公司": "org/taiyuan-heavy",
            "鄭煤機": "org/zmj",
        },
        id="heavy-machinery-hant",
    ),
    pytest.param(
        "大连华锐重工、太原重工股份有限公司和郑煤机获得海外订单。",
        "mainland",
        {
            "大连华锐重工": "org/dhi-dalian",
            "太原重工股份有限公司": "org/taiyuan-heavy",
            "郑煤机": "org/zmj",
        },
        id="heavy-machinery-hans",
    ),
    pytest.param(
        "海馬汽車向力帆科技轉讓一家子公司股權。",
        "hongkong",
        {
            "海馬汽車": "org/haima-automobile",
            "力帆科技": "org/lifan-tech",
        },
        id="small-carmakers-hant",
    ),
    pytest.param(
        "海马汽车向力帆科技转让一家子公司股权。",
        "mainland",
        {
            "海马汽车": "org/haima-automobile",
            "力帆科技": "org/lifan-tech",
        },
        id="small-carmakers-hans",
    ),
    pytest.param(
        "百潤股份與天味食品披露年度分紅方案。",
        "hongkong",
        {
            "百潤股份": "org/bairun",
            "天味食品": "org/teway-food",
        },
        id="food-dividends-hant",
    ),
    pytest.param(
        "百润股份与天味食品披露年度分红方案。",
        "mainland",
        {
            "百润股份": "org/bairun",
            "天味食品": "org/teway-food",
        },
        id="food-dividends-hans",
    ),
    pytest.param(
        "恩華藥業、京新藥業和仙琚製藥入選集採名單。",
        "hongkong",
        {
            "恩華藥業": "org/nhwa-pharma",
            "京新藥業": "org/jingxin-pharma",
            "仙琚製藥": "org/xianju-pharma",
        },
        id="generics-hant",
    ),
    pytest.param(
        "恩华药业、京新药业和仙琚制药入选集采名单。",
        "mainland",
        {
            "恩华药业": "org/nhwa-pharma",
            "京新药业": "org/jingxin-pharma",
            "仙琚制药": "org/xianju-pharma",
        },
        id="generics-hans",
    ),
    pytest.param(
        "海正藥業收購九芝堂旗下一家工廠，哈藥股份亦參與競標。",
        "hongkong",
        {
            "海正藥業": "org/hisun-pharma",
            "九芝堂": "org/jiuzhitang",
            "哈藥股份": "org/harbin-pharma",
        },
        id="pharma-ma-hant",
    ),
    pytest.param(
        "海正药业收购九芝堂旗下一家工厂，哈药股份亦参与竞标。",
        "mainland",
        {
            "海正药业": "org/hisun-pharma",
            "九芝堂": "org/jiuzhitang",
            "哈药股份": "org/harbin-pharma",
        },
        id="pharma-ma-hans",
    ),
    pytest.param(
        "博瑞醫藥、熱景生物與聖湘生物公布研發進展。",
        "hongkong",
        {
            "博瑞醫藥": "org/brightgene",
            "熱景生物": "org/hotgen",
            "聖湘生物": "org/sansure",
        },
        id="diagnostics-2-hant",
    ),
    pytest.param(
        "博瑞医药、热景生物与圣湘生物公布研发进展。",
        "mainland",
        {
            "博瑞医药": "org/brightgene",
            "热景生物": "org/hotgen",
            "圣湘生物": "org/sansure",
        },
        id="diagnostics-2-hans",
    ),
    pytest.param(
        "博雅生物、衛光生物和派林生物同屬血製品企業。",
        "hongkong",
        {
            "博雅生物": "org/boya-bio",
            "衛光生物": "org/shenzhen-weiguang",
            "派林生物": "org/pailin-bio",
        },
        id="plasma-hant",
    ),
    pytest.param(
        "博雅生物、卫光生物和派林生物同属血制品企业。",
        "mainland",
        {
            "博雅生物": "org/boya-bio",
            "卫光生物": "org/shenzhen-weiguang",
            "派林生物": "org/pailin-bio",
        },
        id="plasma-hans",
    ),
    pytest.param(
        "千方科技、易華錄和佳都科技參與智慧交通項目，四維圖新提供地圖。",
        "hongkong",
        {
            "千方科技": "org/china-transinfo",
            "易華錄": "org/e-hualu",
            "佳都科技": "org/pci-technology",
            "四維圖新": "org/navinfo",
        },
        id="smart-traffic-hant",
    ),
    pytest.param(
        "千方科技、易华录和佳都科技参与智慧交通项目，四维图新提供地图。",
        "mainland",
        {
            "千方科技": "org/china-transinfo",
            "易华录": "org/e-hualu",
            "佳都科技": "org/pci-technology",
            "四维图新": "org/navinfo",
        },
        id="smart-traffic-hans",
    ),
    pytest.param(
        "北斗星通、華測導航與海格通信發布北斗終端。",
        "hongkong",
        {
            "北斗星通": "org/beidou-star",
            "華測導航": "org/chc-navigation",
            "海格通信": "org/haige-communications",
        },
        id="beidou-hant",
    ),
    pytest.param(
        "北斗星通、华测导航与海格通信发布北斗终端。",
        "mainland",
        {
            "北斗星通": "org/beidou-star",
            "华测导航": "org/chc-navigation",
            "海格通信": "org/haige-communications",
        },
        id="beidou-hans",
    ),
    pytest.param(
        "國睿科技、四創電子和中科星圖中標氣象雷達項目，航天宏圖亦有斬獲。",
        "hongkong",
        {
            "國睿科技": "org/glarun",
            "四創電子": "org/sun-create",
            "中科星圖": "org/geovis",
            "航天宏圖": "org/piesat",
        },
        id="radar-hant",
    ),
    pytest.param(
        "国睿科技、四创电子和中科星图中标气象雷达项目，航天宏图亦有斩获。",
        "mainland",
        {
            "国睿科技": "org/glarun",
            "四创电子": "org/sun-create",
            "中科星图": "org/geovis",
            "航天宏图": "org/piesat",
        },
        id="radar-hans",
    ),
    pytest.param(
        "宏微科技、東微半導和普冉股份公告擬發行可轉債。",
        "hongkong",
        {
            "宏微科技": "org/macmic",
            "東微半導": "org/oriental-semiconductor",
            "普冉股份": "org/puya-semiconductor",
        },
        id="power-chips-hant",
    ),
    pytest.param(
        "宏微科技、东微半导和普冉股份公告拟发行可转债。",
        "mainland",
        {
            "宏微科技": "org/macmic",
            "东微半导": "org/oriental-semiconductor",
            "普冉股份": "org/puya-semiconductor",
        },
        id="power-chips-hans",
    ),
    pytest.param(
        "東芯股份、聚辰股份與安路科技獲得基金增持，天嶽先進和有研硅亦然。",
        "hongkong",
        {
            "東芯股份": "org/dosilicon",
            "聚辰股份": "org/giantec",
            "安路科技": "org/anlogic",
            "天嶽先進": "org/sicc",
            "有研硅": "org/grinm-silicon",
        },
        id="chips-3-hant",
    ),
    pytest.param(
        "东芯股份、聚辰股份与安路科技获得基金增持，天岳先进和有研硅亦然。",
        "mainland",
        {
            "东芯股份": "org/dosilicon",
            "聚辰股份": "org/giantec",
            "安路科技": "org/anlogic",
            "天岳先进": "org/sicc",
            "有研硅": "org/grinm-silicon",
        },
        id="chips-3-hans",
    ),
    pytest.param(
        "世茂股份向大悅城控股出售一個商業項目，光明地產亦有意收購。",
        "hongkong",
        {
            "世茂股份": "org/shimao-co",
            "大悅城控股": "org/joy-city",
            "光明地產": "org/bright-real-estate",
        },
        id="malls-hant",
    ),
    pytest.param(
        "世茂股份向大悦城控股出售一个商业项目，光明地产亦有意收购。",
        "mainland",
        {
            "世茂股份": "org/shimao-co",
            "大悦城控股": "org/joy-city",
            "光明地产": "org/bright-real-estate",
        },
        id="malls-hans",
    ),
    pytest.param(
        "金融街控股與上海臨港控股合作開發產業園。",
        "hongkong",
        {
            "金融街控股": "org/financial-street",
            "上海臨港控股": "org/shanghai-lingang",
        },
        id="parks-hant",
    ),
    pytest.param(
        "金融街控股与上海临港控股合作开发产业园。",
        "mainland",
        {
            "金融街控股": "org/financial-street",
            "上海临港控股": "org/shanghai-lingang",
        },
        id="parks-hans",
    ),
    pytest.param(
        "粵高速A與廈門港務、遼港股份公布了業績快報。",
        "hongkong",
        {
            "粵高速A": "org/guangdong-provincial-expressway",
            "廈門港務": "org/xiamen-port-development",
            "遼港股份": "org/liaoning-port",
        },
        id="roads-ports-hant",
    ),
    pytest.param(
        "粤高速A与厦门港务、辽港股份公布了业绩快报。",
        "mainland",
        {
            "粤高速A": "org/guangdong-provincial-expressway",
            "厦门港务": "org/xiamen-port-development",
            "辽港股份": "org/liaoning-port",
        },
        id="roads-ports-hans",
    ),
    pytest.param(
        "唐山港集團與青島港國際簽署戰略合作協議，鹽田港股份亦出席。",
        "hongkong",
        {
            "唐山港集團": "org/tangshan-port",
            "青島港國際": "org/qingdao-port",
            "鹽田港股份": "org/yantian-port",
        },
        id="ports-hant",
    ),
    pytest.param(
        "唐山港集团与青岛港国际签署战略合作协议，盐田港股份亦出席。",
        "mainland",
        {
            "唐山港集团": "org/tangshan-port",
            "青岛港国际": "org/qingdao-port",
            "盐田港股份": "org/yantian-port",
        },
        id="ports-hans",
    ),
    pytest.param(
        "湘財股份擬收購一家證券公司。", "hongkong", {"湘財股份": "org/xiangcai"}, id="xiangcai-hant"
    ),
    pytest.param(
        "湘财股份拟收购一家证券公司。", "mainland", {"湘财股份": "org/xiangcai"}, id="xiangcai-hans"
    ),
    pytest.param(
        "三元股份披露年度分紅方案。",
        "hongkong",
        {"三元股份": "org/beijing-sanyuan"},
        id="sanyuan-hant",
        marks=pytest.mark.xfail(strict=True, reason="三元 is read as an amount (3 yuan) before names"),
    ),
    pytest.param(
        "三元股份披露年度分红方案。",
        "mainland",
        {"三元股份": "org/beijing-sanyuan"},
        id="sanyuan-hans",
        marks=pytest.mark.xfail(strict=True, reason="三元 is read as an amount (3 yuan) before names"),
    ),
    pytest.param(
        "中國東方教育、新高教集團和希望教育集團公布中期業績，天立國際亦然。",
        "hongkong",
        {
            "中國東方教育": "org/china-east-education",
            "新高教集團": "org/china-new-higher-education",
            "希望教育集團": "org/hope-education",
            "天立國際": "org/tianli-international",
        },
        id="education-hant",
    ),
    pytest.param(
        "中国东方教育、新高教集团和希望教育集团公布中期业绩，天立国际亦然。",
        "mainland",
        {
            "中国东方教育": "org/china-east-education",
            "新高教集团": "org/china-new-higher-education",
            "希望教育集团": "org/hope-education",
            "天立国际": "org/tianli-international",
        },
        id="education-hans",
    ),
    pytest.param(
        "粵豐環保向中國食品有限公司供應蒸汽。",
        "hongkong",
        {
            "粵豐環保": "org/canvest",
            "中國食品有限公司": "org/china-foods",
        },
        id="steam-hant",
    ),
    pytest.param(
        "粤丰环保向中国食品有限公司供应蒸汽。",
        "mainland",
        {
            "粤丰环保": "org/canvest",
            "中国食品有限公司": "org/china-foods",
        },
        id="steam-hans",
    ),
    pytest.param(
        "大家樂集團、大快活集團與譚仔國際宣布加價。",
        "hongkong",
        {
            "大家樂集團": "org/cafe-de-coral",
            "大快活集團": "org/fairwood",
            "譚仔國際": "org/tam-jai",
        },
        id="restaurants-hant",
    ),
    pytest.param(
        "大家乐集团、大快活集团与谭仔国际宣布加价。",
        "mainland",
        {
            "大家乐集团": "org/cafe-de-coral",
            "大快活集团": "org/fairwood",
            "谭仔国际": "org/tam-jai",
        },
        id="restaurants-hans",
    ),
    pytest.param(
        "當代置業、祥生控股和大唐地產提出境外債重組方案，景業名邦亦然。",
        "hongkong",
        {
            "當代置業": "org/modern-land",
            "祥生控股": "org/shinsun",
            "大唐地產": "org/datang-group-holdings",
            "景業名邦": "org/jingye-mingbang",
        },
        id="developers-hant",
    ),
    pytest.param(
        "当代置业、祥生控股和大唐地产提出境外债重组方案，景业名邦亦然。",
        "mainland",
        {
            "当代置业": "org/modern-land",
            "祥生控股": "org/shinsun",
            "大唐地产": "org/datang-group-holdings",
            "景业名邦": "org/jingye-mingbang",
        },
        id="developers-hans",
    ),
    pytest.param(
        "豫園股份向中國通信服務採購系統，京信通信為分包商。",
        "hongkong",
        {
            "豫園股份": "org/yuyuan",
            "中國通信服務": "org/china-comservice",
            "京信通信": "org/comba-telecom",
        },
        id="yuyuan-telecom-hant",
    ),
    pytest.param(
        "豫园股份向中国通信服务采购系统，京信通信为分包商。",
        "mainland",
        {
            "豫园股份": "org/yuyuan",
            "中国通信服务": "org/china-comservice",
            "京信通信": "org/comba-telecom",
        },
        id="yuyuan-telecom-hans",
    ),
    pytest.param(
        "華鐵應急為子公司提供5億元擔保，國機重裝和國機汽車亦披露擔保進展。",
        "hongkong",
        {
            "華鐵應急": "org/huatie-emergency",
            "國機重裝": "org/sinomach-heavy-equipment",
            "國機汽車": "org/sinomach-automobile",
        },
        id="sinomach-hant",
    ),
    pytest.param(
        "华铁应急为子公司提供5亿元担保，国机重装和国机汽车亦披露担保进展。",
        "mainland",
        {
            "华铁应急": "org/huatie-emergency",
            "国机重装": "org/sinomach-heavy-equipment",
            "国机汽车": "org/sinomach-automobile",
        },
        id="sinomach-hans",
    ),
    pytest.param(
        "中鎢高新、章源鎢業和翔鷺鎢業上調鎢製品報價。",
        "hongkong",
        {
            "中鎢高新": "org/china-tungsten-hightech",
            "章源鎢業": "org/zhangyuan-tungsten",
            "翔鷺鎢業": "org/xianglu-tungsten",
        },
        id="tungsten-hant",
    ),
    pytest.param(
        "中钨高新、章源钨业和翔鹭钨业上调钨制品报价。",
        "mainland",
        {
            "中钨高新": "org/china-tungsten-hightech",
            "章源钨业": "org/zhangyuan-tungsten",
            "翔鹭钨业": "org/xianglu-tungsten",
        },
        id="tungsten-hans",
    ),
    pytest.param(
        "揚子石化與鎮海煉化簽訂原料互供協議，茂名石化和齊魯石化亦參與。",
        "hongkong",
        {
            "揚子石化": "org/sinopec-yangzi",
            "鎮海煉化": "org/sinopec-zhenhai",
            "茂名石化": "org/sinopec-maoming",
            "齊魯石化": "org/sinopec-qilu",
        },
        id="refineries-hant",
    ),
    pytest.param(
        "扬子石化与镇海炼化签订原料互供协议，茂名石化和齐鲁石化亦参与。",
        "mainland",
        {
            "扬子石化": "org/sinopec-yangzi",
            "镇海炼化": "org/sinopec-zhenhai",
            "茂名石化": "org/sinopec-maoming",
            "齐鲁石化": "org/sinopec-qilu",
        },
        id="refineries-hans",
    ),
    pytest.param(
        "寶武鎂業、中孚實業和鼎勝新材獲得銀行授信。",
        "hongkong",
        {
            "寶武鎂業": "org/baowu-magnesium",
            "中孚實業": "org/zhongfu-industrial",
            "鼎勝新材": "org/dingsheng-new-materials",
        },
        id="light-metals-hant",
    ),
    pytest.param(
        "宝武镁业、中孚实业和鼎胜新材获得银行授信。",
        "mainland",
        {
            "宝武镁业": "org/baowu-magnesium",
            "中孚实业": "org/zhongfu-industrial",
            "鼎胜新材": "org/dingsheng-new-materials",
        },
        id="light-metals-hans",
    ),
    pytest.param(
        "南網儲能、南網能源與南網科技公布了新項目，國網信通亦中標。",
        "hongkong",
        {
            "南網儲能": "org/csg-energy-storage",
            "南網能源": "org/csg-energy",
            "南網科技": "org/csg-technology",
            "國網信通": "org/sgcc-information",
        },
        id="grid-units-hant",
    ),
    pytest.param(
        "南网储能、南网能源与南网科技公布了新项目，国网信通亦中标。",
        "mainland",
        {
            "南网储能": "org/csg-energy-storage",
            "南网能源": "org/csg-energy",
            "南网科技": "org/csg-technology",
            "国网信通": "org/sgcc-information",
        },
        id="grid-units-hans",
    ),
    pytest.param(
        "中信重工向中信金屬採購原材料，中信海直提供直升機服務。",
        "hongkong",
        {
            "中信重工": "org/citic-heavy-industries",
            "中信金屬": "org/citic-metal",
            "中信海直": "org/citic-offshore-helicopter",
        },
        id="citic-units-hant",
    ),
    pytest.param(
        "中信重工向中信金属采购原材料，中信海直提供直升机服务。",
        "mainland",
        {
            "中信重工": "org/citic-heavy-industries",
            "中信金属": "org/citic-metal",
            "中信海直": "org/citic-offshore-helicopter",
        },
        id="citic-units-hans",
    ),
    pytest.param(
        "國投智能、國投豐樂和國投中魯公告了重組方案。",
        "hongkong",
        {
            "國投智能": "org/sdic-intelligence",
            "國投豐樂": "org/sdic-fengle",
            "國投中魯": "org/sdic-zhonglu",
        },
        id="sdic-units-hant",
    ),
    pytest.param(
        "国投智能、国投丰乐和国投中鲁公告了重组方案。",
        "mainland",
        {
            "国投智能": "org/sdic-intelligence",
            "国投丰乐": "org/sdic-fengle",
            "国投中鲁": "org/sdic-zhonglu",
        },
        id="sdic-units-hans",
    ),
    pytest.param(
        "節能環境、節能國禎和節能鐵漢中標環保項目。",
        "hongkong",
        {
            "節能環境": "org/cecep-environment",
            "節能國禎": "org/cecep-guozhen",
            "節能鐵漢": "org/cecep-techand",
        },
        id="cecep-units-hant",
    ),
    pytest.param(
        "节能环境、节能国祯和节能铁汉中标环保项目。",
        "mainland",
        {
            "节能环境": "org/cecep-environment",
            "节能国祯": "org/cecep-guozhen",
            "节能铁汉": "org/cecep-techand",
        },
        id="cecep-units-hans",
    ),
    pytest.param(
        "電投能源與電投產融簽署資產置換協議。",
        "hongkong",
        {
            "電投能源": "org/spic-mengdong-energy",
            "電投產融": "org/spic-industry-finance",
        },
        id="spic-units-hant",
    ),
    pytest.param(
        "电投能源与电投产融签署资产置换协议。",
        "mainland",
        {
            "电投能源": "org/spic-mengdong-energy",
            "电投产融": "org/spic-industry-finance",
        },
        id="spic-units-hans",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_new_rows_are_found(nlp, text: str, region: str, expected: dict[str, str]) -> None:
    assert found_iris(nlp, text, expected, NAMED, region) == as_iris(expected)


#: sentence, a word of it that holds a new name but is no organisation
ORDINARY = [
    pytest.param("其中礦資源補償費有所增加。", "中礦資源", id="sinomine-in-of-which-hant"),
    pytest.param("其中矿资源补偿费有所增加。", "中矿资源", id="sinomine-in-of-which-hans"),
    pytest.param("客戶可將餘額轉移卡內使用。", "移卡", id="yeahka-in-transfer-card-hant"),
    pytest.param("客户可将余额转移卡内使用。", "移卡", id="yeahka-in-transfer-card-hans"),
    pytest.param("這批石英砂能否出口仍未確定。", "砂能", id="sarawak-energy-in-quartz-sand-hant"),
    pytest.param("这批石英砂能否出口仍未确定。", "砂能", id="sarawak-energy-in-quartz-sand-hans"),
    pytest.param("川渝富民產業發展迅速。", "渝富", id="yufu-in-sichuan-chongqing-hant"),
    pytest.param("川渝富民产业发展迅速。", "渝富", id="yufu-in-sichuan-chongqing-hans"),
    pytest.param(
        "晉陝投資環境持續改善。",
        "陝投",
        id="shaanxi-investment-in-shanxi-shaanxi-hant",
        marks=pytest.mark.xfail(strict=True, reason="grammar: 晉陝投資環境 read as a name"),
    ),
    pytest.param(
        "晋陕投资环境持续改善。",
        "陕投",
        id="shaanxi-investment-in-shanxi-shaanxi-hans",
        marks=pytest.mark.xfail(strict=True, reason="grammar: 晉陝投資環境 read as a name"),
    ),
    pytest.param("多家國際權威致力於制定新標準。", "威致", id="weichih-in-authority-hant"),
    pytest.param("多家国际权威致力于制定新标准。", "威致", id="weichih-in-authority-hans"),
    pytest.param("亞洲太平洋資產管理市場規模持續擴大。", "太平洋資產管理", id="cpic-am-in-asia-pacific-hant"),
    pytest.param("亚洲太平洋资产管理市场规模持续扩大。", "太平洋资产管理", id="cpic-am-in-asia-pacific-hans"),
    pytest.param(
        "江蘇高投入、高產出的發展模式受到關注。", "江蘇高投", id="jiangsu-hitech-in-high-input-hant"
    ),
    pytest.param(
        "江苏高投入、高产出的发展模式受到关注。", "江苏高投", id="jiangsu-hitech-in-high-input-hans"
    ),
    pytest.param("成都高投入帶動了產業升級。", "成都高投", id="chengdu-hitech-in-high-input-hant"),
    pytest.param("成都高投入带动了产业升级。", "成都高投", id="chengdu-hitech-in-high-input-hans"),
    pytest.param(
        "中石化資本開支今年將下降。",
        "中石化資本",
        id="sinopec-capital-in-capex-hant",
    ),
    pytest.param(
        "中石化资本开支今年将下降。",
        "中石化资本",
        id="sinopec-capital-in-capex-hans",
    ),
    pytest.param("大馬電訊業者積極投資5G網絡。", "大馬電訊", id="telekom-in-telecom-industry-hant"),
    pytest.param("大马电讯业者积极投资5G网络。", "大马电讯", id="telekom-in-telecom-industry-hans"),
    pytest.param("她被譽為台灣之星。", "台灣之星", id="t-star-in-praise-hant"),
    pytest.param("她被誉为台湾之星。", "台湾之星", id="t-star-in-praise-hans"),
    pytest.param("張江高科技園區吸引了大批芯片企業入駐。", "張江高科", id="zhangjiang-in-the-park-hant"),
    pytest.param("张江高科技园区吸引了大批芯片企业入驻。", "张江高科", id="zhangjiang-in-the-park-hans"),
    pytest.param("西部黃金產區的開採成本較高。", "西部黃金", id="western-gold-in-mining-region-hant"),
    pytest.param("西部黄金产区的开采成本较高。", "西部黄金", id="western-gold-in-mining-region-hans"),
    pytest.param("白雲深處有人家。", "雲深處", id="deep-robotics-in-poem-hant"),
    pytest.param("白云深处有人家。", "云深处", id="deep-robotics-in-poem-hans"),
    pytest.param("山東魏橋鎮的紡織企業眾多。", "魏橋", id="weiqiao-the-town-hant"),
    pytest.param("山东魏桥镇的纺织企业众多。", "魏桥", id="weiqiao-the-town-hans"),
    pytest.param("天津港集裝箱吞吐量創新高。", "天津港", id="tianjin-port-the-port-hant"),
    pytest.param("天津港集装箱吞吐量创新高。", "天津港", id="tianjin-port-the-port-hans"),
    pytest.param("朝陽大悅城周末客流大增。", "大悅城", id="joy-city-the-mall-hant"),
    pytest.param("朝阳大悦城周末客流大增。", "大悦城", id="joy-city-the-mall-hans"),
    pytest.param("各地大力發展現代牧業。", "現代牧業", id="modern-dairy-the-policy-hant"),
    pytest.param("各地大力发展现代牧业。", "现代牧业", id="modern-dairy-the-policy-hans"),
    pytest.param("廣深鐵路沿線的物流園區陸續開工。", "廣深鐵路", id="guangshen-the-line-hant"),
    pytest.param("广深铁路沿线的物流园区陆续开工。", "广深铁路", id="guangshen-the-line-hans"),
    pytest.param("大連重工業基地迎來新一輪投資。", "大連重工", id="dalian-heavy-industry-base-hant"),
    pytest.param("大连重工业基地迎来新一轮投资。", "大连重工", id="dalian-heavy-industry-base-hans"),
    pytest.param("商場推出周六福利活動。", "周六福", id="zlf-in-saturday-perks-hant"),
    pytest.param("商场推出周六福利活动。", "周六福", id="zlf-in-saturday-perks-hans"),
    pytest.param("新郵政法明年起施行。", "新郵政", id="singpost-in-new-postal-law-hant"),
    pytest.param("新邮政法明年起施行。", "新邮政", id="singpost-in-new-postal-law-hans"),
    pytest.param("大家樂於分享投資心得。", "大家樂", id="cafe-de-coral-in-everyone-hant"),
    pytest.param("大家乐于分享投资心得。", "大家乐", id="cafe-de-coral-in-everyone-hans"),
    pytest.param("我們希望教育部門加大投入。", "希望教育", id="hope-education-in-we-hope-hant"),
    pytest.param("我们希望教育部门加大投入。", "希望教育", id="hope-education-in-we-hope-hans"),
]


@pytest.mark.parametrize(("text", "word"), ORDINARY)
def test_phrases_holding_new_names_are_no_mentions(nlp, text: str, word: str) -> None:
    assert not forms_holding(nlp, text, word)
