"""Entity recognition on text that is in neither the corpus nor the devset.

Every sentence below was written for this test in the style of a real outlet (Taiwan, Hong Kong,
mainland, Singapore/Malaysia; Traditional and Simplified) and annotated by hand: the complete set
of organisation/media and person mentions (surface forms as written), and groups of forms that
must be one entity. A sentence passes only when the recogniser finds exactly those mentions, so
traps (generic nouns, titles without names, products, places, indexes, events) count as much as
names.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from pipeline.model.records import Article, Mention
from pipeline.nlp.extract import run

ID = "https://w3id.org/finkg/id/"
ORG_TYPES = ("organization", "media")
REGIONS = {"tw": "taiwan", "hk": "hongkong", "cn": "mainland", "sg": "other", "my": "other", "intl": None}


class Case(NamedTuple):
    text: str
    orgs: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    #: groups of surface forms that must share one IRI
    same: tuple[frozenset[str], ...] = ()
    #: surface form → gazetteer IRI path it must link to
    known: tuple[tuple[str, str], ...] = ()


def case(
    text: str,
    orgs: str = "",
    people: str = "",
    same: tuple[str, ...] = (),
    known: dict[str, str] | None = None,
) -> Case:
    """Forms are separated by ``|``; each ``same`` group is one ``|``-separated string."""

    def split(s: str) -> frozenset[str]:
        return frozenset(x for x in s.split("|") if x)

    return Case(text, split(orgs), split(people), tuple(split(g) for g in same), tuple((known or {}).items()))


CASES: dict[str, Case] = {
    # ---------------------------------------------------------------- Taiwan (Traditional)
    "tw-byline-ticker-chair": case(
        "〔記者陳宜君／台北報導〕晶圓代工龍頭台積電（2330）今（15）日召開法說會，董事長魏哲家表示，"
        "AI需求強勁，明年資本支出將上看500億美元。",
        orgs="台積電",
        people="陳宜君|魏哲家",
        known={"台積電": "org/tsmc", "魏哲家": "person/cc-wei"},
    ),
    "tw-unknown-ticker-chair-traps": case(
        "散熱模組廠雙鴻（3324）董事長林育申指出，水冷散熱出貨將倍增，外資與投信同步加碼。",
        orgs="雙鴻",
        people="林育申",
    ),
    "tw-financial-holdings-list": case(
        "金控獲利方面，富邦金前10月稅後純益達新台幣1,100億元，國泰金、中信金分居二、三名。",
        orgs="富邦金|國泰金|中信金",
        known={"富邦金": "org/fubon", "國泰金": "org/cathay-fh", "中信金": "org/ctbc"},
    ),
    "tw-ceo-products": case(
        "聯發科執行長蔡力行在法說會上強調，天璣9500晶片將於第四季量產，並與輝達合作開發GB10超級晶片。",
        orgs="聯發科|輝達",
        people="蔡力行",
    ),
    "tw-odm-list-traps": case(
        "廣達、緯創與緯穎受惠輝達GB300伺服器拉貨，法人預估三家公司明年營收皆可望成長逾兩成。",
        orgs="廣達|緯創|緯穎|輝達",
    ),
    "tw-subsidiary-full-legal-name": case(
        "鴻海旗下鴻準精密工業股份有限公司今日公告，將以每股新台幣60元參與子公司增資。",
        orgs="鴻海|鴻準精密工業股份有限公司",
    ),
    "tw-startup-round": case(
        "新創公司亞太智能機器人股份有限公司宣布完成A輪募資，由中華開發資本領投，國發基金跟投。",
        orgs="亞太智能機器人股份有限公司|中華開發資本|國發基金",
    ),
    "tw-coo": case(
        "日月光投控（3711）營運長吳田玉表示，先進封裝產能供不應求。",
        orgs="日月光投控",
        people="吳田玉",
        known={"日月光投控": "org/ase"},
    ),
    "tw-memory-stocks-index": case(
        "記憶體族群走強，南亞科、華邦電與旺宏股價同步亮燈漲停，帶動台股大漲逾300點。",
        orgs="南亞科|華邦電|旺宏",
        known={"南亞科": "org/nanya-tech", "華邦電": "org/winbond", "旺宏": "org/macronix"},
    ),
    "tw-regulator-traps": case(
        "金管會主委彭金隆表示，將檢討銀行業不動產放款集中度，主管機關會持續與業者溝通。",
        orgs="金管會",
        people="彭金隆",
    ),
    "tw-tender-via-subsidiary": case(
        "國巨（2327）董事長陳泰銘透過旗下奇力新電子股份有限公司，以每股120元公開收購同業。",
        orgs="國巨|奇力新電子股份有限公司",
        people="陳泰銘",
    ),
    "tw-shipping": case(
        "長榮海運董事長謝惠全坦言，紅海危機推升運價，陽明、萬海同樣受惠。",
        orgs="長榮海運|陽明|萬海",
        people="謝惠全",
    ),
    "tw-telecoms": case(
        "中華電信（2412）總經理簡志誠指出，5G用戶數持續成長，台灣大與遠傳亦加速布建。",
        orgs="中華電信|台灣大|遠傳",
        people="簡志誠",
        known={"中華電信": "org/chunghwa-telecom", "台灣大": "org/taiwan-mobile", "遠傳": "org/far-eastone"},
    ),
    "tw-foreign-holding-company": case(
        "力積電與日本SBI控股合作破局後，董事長黃崇仁表示將另覓夥伴。",
        orgs="力積電|SBI控股",
        people="黃崇仁",
    ),
    "tw-spokesperson-without-name": case(
        "穩懋半導體（3105）發言人表示，第三季營收可望季增一成。",
        orgs="穩懋半導體",
    ),
    "tw-bank-president-etf": case(
        "玉山金控總經理黃男州表示，投資人對高股息ETF的需求仍強。",
        orgs="玉山金控",
        people="黃男州",
        known={"玉山金控": "org/esun"},
    ),
    "tw-title-after-name": case(
        "廣達林百里董事長昨（20）日出席股東會時指出，AI伺服器將是未來三年最大成長動能。",
        orgs="廣達",
        people="林百里",
    ),
    "tw-concept-stocks-tickers": case(
        "AI伺服器概念股奇鋐（3017）、台光電（2383）與川湖（2059）今日股價同創新高。",
        orgs="奇鋐|台光電|川湖",
    ),
    "tw-subsidiary-after-short-name": case(
        "聯電子公司聯穎光電宣布辦理現金增資，聯電將依持股比例認購。",
        orgs="聯電|聯穎光電",
        known={"聯電": "org/umc"},
    ),
    "tw-gu-gongsi": case(
        "宏全國際(股)公司董事會決議，通過赴越南設立子公司案。",
        orgs="宏全國際(股)公司",
    ),
    "tw-verb-kongu-and-generic-startup": case(
        "國發基金將控股這家新創，並由經濟部協助引進國際投資人。",
        orgs="國發基金|經濟部",
    ),
    "tw-anonymous-manager": case(
        "一名不願具名的王姓主管表示，訂單能見度已達明年上半年。",
    ),
    "tw-institutional-traps": case(
        "外資昨日賣超台股逾百億元，投信則連續五日買超，法人看好iPhone 17與Blackwell供應鏈。",
    ),
    "tw-events": case(
        "輝達GTC大會與世界人工智慧大會將先後登場，台北國際電腦展亦吸引大批業者參展。",
        orgs="輝達",
    ),
    # ---------------------------------------------------------------- Hong Kong (Traditional)
    "hk-results-index": case(
        "騰訊控股（00700）公布第三季業績，主席馬化騰稱，遊戲及廣告收入均錄得雙位數增長，恒指午後升逾200點。",
        orgs="騰訊控股",
        people="馬化騰",
        known={"騰訊控股": "org/tencent", "馬化騰": "person/pony-ma"},
    ),
    "hk-ceo-english-name": case(
        "匯豐控股行政總裁艾橋智（Georges Elhedery）表示，集團將進一步削減成本。",
        orgs="匯豐控股",
        people="艾橋智|Georges Elhedery",
        same=("艾橋智|Georges Elhedery",),
    ),
    "hk-developer-place": case(
        "新鴻基地產（00016）宣布，旗下將軍澳新盤首輪推售320伙，平均呎價約1.8萬港元。",
        orgs="新鴻基地產",
    ),
    "hk-insurer-hk-ticker": case(
        "友邦保險(01299.HK)首席執行官李源祥透露，新業務價值按年增長逾兩成。",
        orgs="友邦保險",
        people="李源祥",
    ),
    "hk-exchange-ceo": case(
        "港交所行政總裁陳翊庭表示，今年香港IPO集資額有望重返全球前三。",
        orgs="港交所",
        people="陳翊庭",
    ),
    "hk-consortium": case(
        "長和旗下長江基建集團有限公司與電能實業公布，將合組財團收購英國一家水務公司。",
        orgs="長和|長江基建集團有限公司|電能實業",
    ),
    "hk-broker-target-price": case(
        "比亞迪股份（01211）獲摩根大通上調目標價至150港元，該行分析師認為海外銷量將持續向好。",
        orgs="比亞迪股份|摩根大通",
        known={"比亞迪股份": "org/byd", "摩根大通": "org/jpmorgan"},
    ),
    "hk-w-class-shares": case(
        "美團-W(03690)股價急挫7%，外電引述消息指京東及阿里巴巴將加大外賣補貼。",
        orgs="美團|京東|阿里巴巴",
    ),
    "hk-property-suspensions": case(
        "恒大物業與融創中國同日停牌，市場憂慮內房債務重組進展。",
        orgs="恒大物業|融創中國",
    ),
    "hk-co-ceo": case(
        "中國平安(02318)聯席首席執行官郭曉濤指出，險資將加大對高股息資產的配置。",
        orgs="中國平安",
        people="郭曉濤",
    ),
    "hk-media-developer-ceo": case(
        "據《信報》報道，新世界發展行政總裁黃少媚將出席投資者會議。",
        orgs="信報|新世界發展",
        people="黃少媚",
    ),
    "hk-index-traps": case(
        "恒生指數收跌1.2%，科指跌2%，港股全日成交額約2500億港元，北水淨流入逾百億元。",
    ),
    "hk-spin-off-chain": case(
        "復星國際(00656)旗下復星醫藥擬分拆子公司復宏漢霖於港股上市。",
        orgs="復星國際|復星醫藥|復宏漢霖",
    ),
    # ---------------------------------------------------------------- mainland (Simplified)
    "cn-sh-ticker-chair": case(
        "贵州茅台(600519.SH)发布公告称，公司董事长张德芹因工作调整辞去职务。",
        orgs="贵州茅台",
        people="张德芹",
    ),
    "cn-battery-chair": case(
        "宁德时代董事长曾毓群在业绩说明会上表示，钠离子电池将于明年实现规模化量产。",
        orgs="宁德时代",
        people="曾毓群",
        known={"宁德时代": "org/catl", "曾毓群": "person/robin-zeng"},
    ),
    "cn-foundries": case(
        "中芯国际联合首席执行官赵海军称，受地缘政治影响，部分客户提前备货，华虹半导体产能利用率亦维持高位。",
        orgs="中芯国际|华虹半导体",
        people="赵海军",
        known={"中芯国际": "org/smic", "华虹半导体": "org/hua-hong"},
    ),
    "cn-ipo-tutoring": case(
        "据第一财经报道，长鑫存储技术有限公司已启动上市辅导，中金公司与中信建投证券担任辅导机构。",
        orgs="第一财经|长鑫存储技术有限公司|中金公司|中信建投证券",
        known={"长鑫存储技术有限公司": "org/cxmt"},
    ),
    "cn-ai-chips-star-market": case(
        "寒武纪(688256.SH)前三季度营收同比大增，海光信息与摩尔线程亦获机构调研。",
        orgs="寒武纪|海光信息|摩尔线程",
    ),
    "cn-government-and-group": case(
        "浙江省人民政府与吉利控股集团签署战略合作协议，吉利集团董事长李书福出席签约仪式。",
        orgs="浙江省人民政府|吉利控股集团|吉利集团",
        people="李书福",
        same=("吉利控股集团|吉利集团",),
    ),
    "cn-regulator-spokesperson": case(
        "证监会新闻发言人表示，将严厉打击财务造假，压实中介机构责任。",
        orgs="证监会",
    ),
    "cn-bank-president": case(
        "招商银行行长王良在发布会上指出，零售贷款不良率总体可控，同业竞争仍然激烈。",
        orgs="招商银行",
        people="王良",
    ),
    "cn-ev-ceo-latin-title": case(
        "比亚迪与华为旗下鸿蒙智行在新能源汽车领域正面交锋，理想汽车CEO李想坦言价格战压力大。",
        orgs="比亚迪|华为|鸿蒙智行|理想汽车",
        people="李想",
    ),
    "cn-ai-lab-round": case(
        "月之暗面完成新一轮融资，由腾讯和高瓴领投，投后估值约33亿美元。",
        orgs="月之暗面|腾讯|高瓴",
    ),
    "cn-full-name-short-name-regulator": case(
        "北京智谱华章科技股份有限公司（智谱）已向北京证监局提交辅导备案，阶跃星辰与百川智能亦在筹备上市。",
        orgs="北京智谱华章科技股份有限公司|智谱|北京证监局|阶跃星辰|百川智能",
        same=("北京智谱华章科技股份有限公司|智谱",),
    ),
    "cn-central-bank-regulator-heads": case(
        "中国人民银行行长潘功胜表示，将继续实施适度宽松的货币政策，国家金融监督管理总局局长李云泽亦出席论坛。",
        orgs="中国人民银行|国家金融监督管理总局",
        people="潘功胜|李云泽",
    ),
    "cn-hereinafter": case(
        "隆基绿能科技股份有限公司(601012.SH)（以下简称“隆基绿能”）公告称，拟以自有资金回购股份。",
        orgs="隆基绿能科技股份有限公司|隆基绿能",
        same=("隆基绿能科技股份有限公司|隆基绿能",),
        known={"隆基绿能": "org/longi"},
    ),
    "cn-telecom-chair": case(
        "中国移动董事长杨杰表示，公司将加大算力网络投资，集团今年资本开支保持平稳。",
        orgs="中国移动",
        people="杨杰",
    ),
    "cn-parent-subsidiary": case(
        "母公司阿里巴巴集团表示，旗下菜鸟网络将专注国际物流业务。",
        orgs="阿里巴巴集团|菜鸟网络",
    ),
    "cn-northbound-traps": case(
        "今年以来北向资金净买入白马股，沪深300指数累计上涨逾一成，券商板块表现活跃。",
    ),
    "cn-analyst-lithium": case(
        "麦格理证券分析师陈慧明认为，锂价触底反弹，天齐锂业与赣锋锂业有望受惠。",
        orgs="麦格理证券|天齐锂业|赣锋锂业",
        people="陈慧明",
    ),
    "cn-unknown-group-chain": case(
        "正泰集团股份有限公司旗下正泰新能今日递表港交所，拟募资约20亿港元。",
        orgs="正泰集团股份有限公司|正泰新能|港交所",
    ),
    # ---------------------------------------------------------------- Singapore / Malaysia
    "sg-bank-ceo-alias": case(
        "星展集团（DBS）总裁兼首席执行官陈淑珊表示，利率下行将压缩净利息收益率。",
        orgs="星展集团|DBS",
        people="陈淑珊",
        same=("星展集团|DBS",),
        known={"DBS": "org/dbs"},
    ),
    "sg-sovereign-funds": case(
        "淡马锡控股与新加坡政府投资公司（GIC）联手入股一家印度数据中心营运商。",
        orgs="淡马锡控股|新加坡政府投资公司|GIC",
        same=("新加坡政府投资公司|GIC",),
        known={"淡马锡控股": "org/temasek", "GIC": "org/gic"},
    ),
    "sg-uob-ceo": case(
        "大华银行（UOB）集团总裁黄一宗指出，区域贸易流动仍具韧性。",
        orgs="大华银行|UOB",
        people="黄一宗",
        same=("大华银行|UOB",),
    ),
    "sg-reit-fund": case(
        "凯德集团（CapitaLand）旗下凯德投资宣布设立一只规模5亿新元的私募信贷基金。",
        orgs="凯德集团|CapitaLand|凯德投资",
        same=("凯德集团|CapitaLand",),
    ),
    "sg-keppel-ceo": case(
        "吉宝企业首席执行官罗振华说，吉宝将继续剥离非核心资产。",
        orgs="吉宝企业|吉宝",
        people="罗振华",
        same=("吉宝企业|吉宝",),
    ),
    "my-utilities": case(
        "马来西亚国家能源公司（TNB）今年资本开支预计达80亿令吉，杨忠礼集团旗下的YTL电力亦扩大投资。",
        orgs="马来西亚国家能源公司|TNB|杨忠礼集团|YTL电力",
        same=("马来西亚国家能源公司|TNB",),
    ),
    "my-banks-traps": case(
        "马银行（Maybank）与联昌国际（CIMB）上季净利双双增长，分析员看好本地银行股。",
        orgs="马银行|Maybank|联昌国际|CIMB",
        same=("马银行|Maybank", "联昌国际|CIMB"),
    ),
    "my-genting": case(
        "云顶集团主席林国泰表示，云顶新加坡将投入更多资金翻新旗下度假村。",
        orgs="云顶集团|云顶新加坡",
        people="林国泰",
    ),
    # ---------------------------------------------------------------- international
    "intl-korea-mixed-names": case(
        "三星電子與SK海力士第三季獲利優於預期，LG化學則因電池需求疲弱下修財測。",
        orgs="三星電子|SK海力士|LG化學",
    ),
    "intl-transliterated-ceo": case(
        "微軟執行長薩蒂亞·納德拉（Satya Nadella）表示，Azure營收年增39%。",
        orgs="微軟",
        people="薩蒂亞·納德拉|Satya Nadella",
        same=("薩蒂亞·納德拉|Satya Nadella",),
        known={"Satya Nadella": "person/satya-nadella"},
    ),
    "intl-ai-labs": case(
        "Anthropic宣布獲得亞馬遜追加投資，法國AI新創Mistral AI則在新一輪融資中由ASML領投。",
        orgs="Anthropic|亞馬遜|Mistral AI|ASML",
    ),
    "intl-fed-indexes": case(
        "美國聯準會主席鮑爾表示，通膨仍高於2%目標，標普500指數與那斯達克指數應聲下跌。",
        orgs="聯準會",
        people="鮑爾",
    ),
    "intl-japan": case(
        "日本豐田汽車與NTT宣布共同投資5000億日圓開發AI自駕平台。",
        orgs="豐田汽車|NTT",
    ),
    "intl-unknown-developer-ceo": case(
        "美國資料中心開發商Aligned Data Centers執行長安德魯·施恩（Andrew Schaap）表示，"
        "德州新園區將於2027年啟用。",
        orgs="Aligned Data Centers",
        people="安德魯·施恩|Andrew Schaap",
        same=("安德魯·施恩|Andrew Schaap",),
    ),
    "intl-asset-manager-letter": case(
        "貝萊德執行長賴瑞·芬克（Larry Fink）在致股東信中表示，私募市場將持續擴張。",
        orgs="貝萊德",
        people="賴瑞·芬克|Larry Fink",
        same=("賴瑞·芬克|Larry Fink",),
        known={"Larry Fink": "person/larry-fink"},
    ),
    "intl-latin-title-person": case(
        "高盛亞太區總裁Kevin Sneader指出，亞洲併購活動明顯回溫。",
        orgs="高盛",
        people="Kevin Sneader",
    ),
    "intl-pe-acronym": case(
        "私募股權公司TPG與Blackstone合組財團，擬收購一家日本物流公司。",
        orgs="TPG|Blackstone",
    ),
    "intl-export-controls-places": case(
        "美國商務部宣布限制H20晶片出口，上海浦東與台中的業者均表示影響有限。",
        orgs="美國商務部",
    ),
    "intl-generic-only": case(
        "該公司表示，雙方將於年底前完成交割，政府亦樂觀其成，投資人對集團前景仍具信心。",
    ),
    "intl-generic-supplier": case(
        "這項投資將使公司成為全球最大的記憶體供應商，銀行團亦同意展延貸款。",
    ),
    # ---------------------------------------------------------------- a second, held-out set
    # (written after the rules above were tuned, run once before any change)
    "tw-held-byline-ic-design": case(
        "〔記者林宜萱／新竹報導〕IC設計大廠瑞昱（2379）總經理邱順建表示，Wi-Fi 7晶片出貨將明顯成長。",
        orgs="瑞昱",
        people="林宜萱|邱順建",
    ),
    "tw-held-peer-acquisition": case(
        "華新科技股份有限公司今日宣布，將以每股新台幣80元收購同業信昌電子陶瓷股份有限公司。",
        orgs="華新科技股份有限公司|信昌電子陶瓷股份有限公司",
    ),
    "tw-held-bank-subsidiary": case(
        "中信金控旗下中國信託商業銀行與台灣微軟簽署合作備忘錄，導入生成式AI服務。",
        orgs="中信金控|中國信託商業銀行|微軟",
    ),
    "tw-held-three-people": case(
        "輝達共同創辦人兼執行長黃仁勳與台積電前董事長劉德音同台，工研院院長劉文雄亦出席。",
        orgs="輝達|台積電|工研院",
        people="黃仁勳|劉德音|劉文雄",
    ),
    "hk-held-railway": case(
        "港鐵公司(00066)行政總裁金澤培表示，新界北新發展區的鐵路項目將如期推展。",
        orgs="港鐵公司",
        people="金澤培",
    ),
    "hk-held-ev-w-share": case(
        "小鵬汽車-W（09868）董事長何小鵬在社交平台表示，十月交付量再創新高。",
        orgs="小鵬汽車",
        people="何小鵬",
    ),
    "cn-held-legal-name-brackets": case(
        "中国平安保险(集团)股份有限公司发布公告称，拟发行H股可转换债券。",
        orgs="中国平安保险(集团)股份有限公司",
        known={"中国平安保险(集团)股份有限公司": "org/ping-an"},
    ),
    "cn-held-media-bank-president": case(
        "据证券时报报道，宁波银行行长庄灵君表示，该行将继续加大对科技企业的信贷投放。",
        orgs="证券时报|宁波银行",
        people="庄灵君",
    ),
    "cn-held-economist": case(
        "东方证券首席经济学家邵宇认为，明年人民币汇率将保持基本稳定。",
        orgs="东方证券",
        people="邵宇",
    ),
    # ---------------------------------------------------------------- third audit (2026-11-23)
    # 40 sentences written and annotated before any change, split at random (seed 20261123)
    # into 25 to tune on and 15 held out. Before the change: tune 18/25 (mention P 0.967,
    # R 0.908), held-out 10/15 (P 0.944, R 0.872). After tuning on the 25 and the known failure
    # classes: tune 25/25 (P 1.000, R 1.000), held-out measured once more: 10/15 (P 0.944,
    # R 0.872), the same five failures (fixed later by issue 4, now at the end of CASES).
    # -- the tune set
    "tw-n-tsmc-sub": case(
        "精材科技股份有限公司（3374）宣布，將與台積電持股的子公司采鈺科技共同開發晶圓級光學元件。",
        orgs="精材科技股份有限公司|台積電|采鈺科技",
    ),
    "tw-n-megabank": case(
        "兆豐銀行總經理張志堅表示，今年海外分行獲利貢獻可望突破三成。",
        orgs="兆豐銀行",
        people="張志堅",
    ),
    "tw-n-fh-merger": case(
        "新光金控與台新金控合併案獲金管會核准，新公司將更名為台新新光金控。",
        orgs="新光金控|台新金控|金管會|台新新光金控",
    ),
    "tw-n-advantech": case(
        "研華（2395）董事長劉克振強調，邊緣AI將是未來五年成長主軸。",
        orgs="研華",
        people="劉克振",
    ),
    "tw-n-foxtron": case(
        "鴻海集團旗下的鴻華先進科技股份有限公司（鴻華先進）今日宣布與裕隆汽車簽署合作備忘錄。",
        orgs="鴻海集團|鴻華先進科技股份有限公司|鴻華先進|裕隆汽車",
        same=("鴻華先進科技股份有限公司|鴻華先進",),
        known={"鴻華先進科技股份有限公司": "org/foxtron", "鴻華先進": "org/foxtron"},
    ),
    "tw-n-novatek": case(
        "聯詠科技總經理王守仁預估，驅動IC庫存已回到健康水位。",
        orgs="聯詠科技",
        people="王守仁",
    ),
    "hk-n-clp-sub": case(
        "中電控股（00002）旗下青山發電有限公司將投資約30億港元改建燃氣機組。",
        orgs="中電控股|青山發電有限公司",
    ),
    "hk-n-consortium": case(
        "信和置業與嘉里建設合組財團，以42億港元投得啟德商業地皮。",
        orgs="信和置業|嘉里建設",
    ),
    "hk-n-media-ctf": case(
        "據《經濟日報》報道，周大福珠寶集團擬於內地關閉約300間門店。",
        orgs="經濟日報|周大福珠寶集團",
    ),
    "hk-n-sunny": case(
        "舜宇光學科技(02382)公布11月手機鏡頭出貨量按年增長15%，高盛維持「買入」評級。",
        orgs="舜宇光學科技|高盛",
    ),
    "hk-n-lining": case(
        "李寧公司創辦人李寧宣布，集團將回購不多於10%已發行股份。",
        orgs="李寧公司",
        people="李寧",
    ),
    "cn-n-mihoyo": case(
        "据界面新闻报道，上海米哈游网络科技股份有限公司已完成工商变更，米哈游创始人蔡浩宇卸任董事。",
        orgs="界面新闻|上海米哈游网络科技股份有限公司|米哈游",
        people="蔡浩宇",
        same=("上海米哈游网络科技股份有限公司|米哈游",),
        known={"上海米哈游网络科技股份有限公司": "org/mihoyo"},
    ),
    "cn-n-joyson": case(
        "宁波均胜电子股份有限公司公告，控股子公司均胜汽车安全系统拟在匈牙利新建工厂。",
        orgs="宁波均胜电子股份有限公司|均胜汽车安全系统",
    ),
    "cn-n-economist": case(
        "招商证券首席经济学家谢亚轩认为，四季度降准仍有空间。",
        orgs="招商证券",
        people="谢亚轩",
    ),
    "cn-n-sinopec-aramco": case(
        "中国石油化工集团有限公司与沙特阿美签署合作框架协议，双方将在福建合资建设炼化一体化项目。",
        orgs="中国石油化工集团有限公司|沙特阿美",
    ),
    "cn-n-dji": case(
        "深圳市大疆创新科技有限公司（大疆）发言人回应称，公司未受出口管制新规直接影响。",
        orgs="深圳市大疆创新科技有限公司|大疆",
        same=("深圳市大疆创新科技有限公司|大疆",),
        known={"深圳市大疆创新科技有限公司": "org/dji"},
    ),
    "cn-n-xiaomi": case(
        "小米集团总裁卢伟冰透露，小米汽车明年交付目标为55万辆。",
        orgs="小米集团|小米汽车",
        people="卢伟冰",
    ),
    "cn-n-sgcc": case(
        "国家电网有限公司董事长张智刚在会上强调，今年电网投资将首次突破6500亿元。",
        orgs="国家电网有限公司",
        people="张智刚",
    ),
    "cn-n-citics-analyst": case(
        "中信证券研究部分析师徐涛指出，消费电子板块估值已处于历史低位。",
        orgs="中信证券",
        people="徐涛",
    ),
    "cn-n-nio": case(
        "蔚来创始人李斌表示，蔚来资本将继续投资上游电池企业。",
        orgs="蔚来|蔚来资本",
        people="李斌",
    ),
    "sg-n-singtel": case(
        "新加坡电信（Singtel）集团首席执行官袁达松表示，将出售部分区域电信资产。",
        orgs="新加坡电信|Singtel",
        people="袁达松",
        same=("新加坡电信|Singtel",),
        known={"新加坡电信": "org/singtel", "Singtel": "org/singtel"},
    ),
    "my-n-hongleong": case(
        "丰隆集团旗下丰隆银行（Hong Leong Bank）首席执行员郑宏义表示，贷款增长将维持在5%左右。",
        orgs="丰隆集团|丰隆银行|Hong Leong Bank",
        people="郑宏义",
        same=("丰隆银行|Hong Leong Bank",),
    ),
    "my-n-bursa": case(
        "大马交易所（Bursa Malaysia）首席执行员法立兹表示，今年IPO数量有望创十年新高。",
        orgs="大马交易所|Bursa Malaysia",
        people="法立兹",
        same=("大马交易所|Bursa Malaysia",),
    ),
    "intl-n-softbank": case(
        "日本軟銀集團社長孫正義表示，將再投資300億美元於OpenAI。",
        orgs="軟銀集團|OpenAI",
        people="孫正義",
    ),
    "intl-n-siemens-energy": case(
        "德國西門子能源（Siemens Energy）執行長Christian Bruch表示，燃氣渦輪機訂單已排到2029年。",
        orgs="西門子能源|Siemens Energy",
        people="Christian Bruch",
        same=("西門子能源|Siemens Energy",),
    ),
    # -- held-out sentences that pass (they passed before the change too)
    "tw-n-ky-byline": case(
        "〔記者吳佳蓉／台北報導〕矽力-KY（6415）董事長陳偉今日表示，電源管理IC庫存調整已近尾聲。",
        orgs="矽力-KY",
        people="吳佳蓉|陳偉",
    ),
    "tw-n-delta-murata": case(
        "台達電旗下乾坤科技今日宣布與日本村田製作所簽署車用電感合作協議。",
        orgs="台達電|乾坤科技|村田製作所",
    ),
    "tw-n-chroma": case(
        "致茂電子董事長黃欽明指出，電動車測試設備需求回溫，下半年營運可望優於上半年。",
        orgs="致茂電子",
        people="黃欽明",
    ),
    "hk-n-wharf": case(
        "九龍倉集團主席吳天海指，內地消費疲弱拖累商場租金收入。",
        orgs="九龍倉集團",
        people="吳天海",
    ),
    "hk-n-hanglung": case(
        "恒隆地產董事長陳啟宗在致股東函中坦言，香港零售市道短期難以反彈。",
        orgs="恒隆地產",
        people="陳啟宗",
    ),
    "hk-n-bea": case(
        "東亞銀行聯席行政總裁李民橋表示，內地商業房地產貸款的減值撥備已大致足夠。",
        orgs="東亞銀行",
        people="李民橋",
    ),
    "cn-n-hengli": case(
        "江苏恒立液压股份有限公司董事长汪立平表示，公司将加大对墨西哥工厂的投入。",
        orgs="江苏恒立液压股份有限公司",
        people="汪立平",
    ),
    "cn-n-huaneng": case(
        "据财新报道，中国华能集团有限公司旗下华能国际电力股份有限公司拟出售多个煤电项目。",
        orgs="财新|中国华能集团有限公司|华能国际电力股份有限公司",
    ),
    "sg-n-fnn": case(
        "星狮集团（Fraser and Neave）宣布，旗下房地产子公司星狮地产将私有化。",
        orgs="星狮集团|Fraser and Neave|星狮地产",
        same=("星狮集团|Fraser and Neave",),
    ),
    "intl-n-mubadala": case(
        "阿布達比主權基金穆巴達拉（Mubadala）與黑石集團聯手收購一家歐洲資料中心營運商。",
        orgs="穆巴達拉|Mubadala|黑石集團",
        same=("穆巴達拉|Mubadala",),
    ),
    # -- third-audit held-out failures, fixed later (no longer unseen: looked at after the
    # -- final measurement of that audit, then fixed by the rules of issue 4)
    "tw-n-kgi-panels": case(
        "凱基證券投資顧問公司分析師李怡婷認為，面板雙虎友達、群創第四季仍面臨報價壓力。",
        orgs="凱基證券投資顧問公司|友達|群創",
        people="李怡婷",
    ),
    "cn-n-kuka": case(
        "美的集团旗下库卡机器人中国区总裁王振华表示，协作机器人订单同比翻倍。",
        orgs="美的集团|库卡机器人",
        people="王振华",
    ),
    "sg-n-ocbc-ge": case(
        "华侨银行（OCBC）旗下大东方控股上季盈利按年增长12%。",
        orgs="华侨银行|OCBC|大东方控股",
        same=("华侨银行|OCBC",),
    ),
    "sg-n-ste": case(
        "新加坡科技工程（ST Engineering）总裁兼首席执行官文康瑞透露，集团订单总额达300亿新元。",
        orgs="新加坡科技工程|ST Engineering",
        people="文康瑞",
        same=("新加坡科技工程|ST Engineering",),
    ),
    "intl-n-hyundai": case(
        "韓國現代汽車集團宣布，將在美國喬治亞州追加投資50億美元擴建電池工廠。",
        orgs="現代汽車集團",
    ),
    # ---------------------------------------------------------------- fourth audit (issue 4)
    # 20 sentences on three failure classes (an organisation word jieba glues to the word before
    # it: 顧問公司, 電力公司; endings missing from the tables: 工程, 機器人, 汽車集團 after a
    # place; a lone character split off the front of a name: 大|東方控股) and 5 generic-公司
    # traps, written and annotated before any change, split at random (seed 20261123) into
    # 12+3 to tune on and 8+2 held out. Before the change: tune 10/15 (mention P 0.737,
    # R 0.636), held-out 5/10 (P 0.833, R 0.625). After tuning on the 15: tune 14/15 (P 0.955,
    # R 0.955); held-out measured once at the end: 7/10 (P 0.867, R 0.812); the failures are in
    # KNOWN_FAILURES below.
    "cn-a-lone-char-group": case(
        "新希望集团与小米集团签署战略合作协议，共同开发智慧农业平台。",
        orgs="新希望集团|小米集团",
    ),
    # -- the tune set
    "tw-a-eng-ticker": case(
        "中鼎工程（9933）董事長余俊彥表示，今年新接訂單可望突破千億元。",
        orgs="中鼎工程",
        people="余俊彥",
    ),
    "tw-a-robot-affiliate": case(
        "上銀集團旗下大銀機器人宣布，將在台中新建第二座工廠。",
        orgs="上銀集團|大銀機器人",
    ),
    "tw-a-tech-co-ticker": case(
        "晶心科技公司（6533）總經理林志明表示，RISC-V處理器授權營收將持續成長。",
        orgs="晶心科技公司",
        people="林志明",
    ),
    "hk-a-eng-ticker": case(
        "德寶建築工程（08325）公布中期業績，純利按年增長兩成。",
        orgs="德寶建築工程",
    ),
    "cn-a-robot-affiliate": case(
        "科大讯飞旗下讯飞机器人表示，今年服务机器人出货量将翻倍。",
        orgs="科大讯飞|讯飞机器人",
    ),
    "hk-a-construction": case(
        "新昌營造集團旗下新昌建設公司獲政府批出一份價值12億港元的公屋合約。",
        orgs="新昌營造集團|新昌建設公司",
    ),
    "intl-a-auto-group-de": case(
        "德國福斯汽車集團執行長布魯默表示，將在歐洲關閉三座工廠。",
        orgs="福斯汽車集團",
        people="布魯默",
        known={"福斯汽車集團": "org/volkswagen"},
    ),
    "tw-a-power-alias": case(
        "台灣電力公司（台電）宣布，明年起工業用電價格將平均調漲一成。",
        orgs="台灣電力公司|台電",
        same=("台灣電力公司|台電",),
    ),
    "tw-a-capital-advisory": case(
        "群益證券投資顧問公司研究員黃志明指出，記憶體報價可望在明年首季止跌回升。",
        orgs="群益證券投資顧問公司",
        people="黃志明",
    ),
    "tw-a-lone-char-co": case(
        "中華開發金控旗下大聯大投資控股公司今日宣布回購庫藏股。",
        orgs="中華開發金控|大聯大投資控股公司",
    ),
    "intl-a-auto-group": case(
        "日本本田汽車集團宣布，將在加拿大投資150億加元建設電動車供應鏈。",
        orgs="本田汽車集團",
    ),
    "tw-a-trap-generic": case(
        "該公司表示，母公司將持續注資，並考慮引進一家投資公司作為策略夥伴。",
    ),
    "sg-a-trap-eng": case(
        "这家工程公司表示，当地电力公司已同意延长供电合约。",
    ),
    "cn-a-trap-tech": case(
        "多家科技公司与电力公司洽谈长期购电协议，以满足数据中心用电需求。",
    ),
    # -- held-out sentences that pass (measured once, after the change)
    "cn-a-advisory-analyst": case(
        "国泰君安证券投资顾问公司分析师刘晓东认为，白酒板块估值已经见底。",
        orgs="国泰君安证券投资顾问公司",
        people="刘晓东",
    ),
    "cn-a-auto-group-place": case(
        "北京汽车集团（BAIC）董事长张建勇表示，集团今年海外销量目标为30万辆。",
        orgs="北京汽车集团|BAIC",
        people="张建勇",
    ),
    "sg-a-eng-legal": case(
        "胜科海事工程有限公司与荷兰壳牌签署浮式生产储油船改装合约。",
        orgs="胜科海事工程有限公司|壳牌",
    ),
    "cn-a-invest-co": case(
        "据36氪报道，深圳瑞航投资公司近日完成对一家芯片设计企业的增资。",
        orgs="36氪|深圳瑞航投资公司",
    ),
    "tw-a-lone-char-ticker": case(
        "上銀科技（2049）董事長卓文恒指出，機器人產品線營收將倍增。",
        orgs="上銀科技",
        people="卓文恒",
    ),
    "tw-a-trap-advisory": case(
        "投顧公司分析師指出，國內投資顧問公司今年普遍獲利成長。",
    ),
    "hk-a-trap-sub": case(
        "集團旗下子公司將與一家建設公司合作，在北部都會區興建住宅。",
    ),
    # held out; passes since the gazetteer knows 大新銀行集團 (hongkong.ttl), not through a rule:
    # the lone-character gap it was written for (銀行 stops 集團 and the ticker reaching 大新)
    # is still open for names the gazetteer does not know
    "hk-a-lone-char": case(
        "大新銀行集團（02356）公布上半年純利按年上升5%。",
        orgs="大新銀行集團",
    ),
}

#: Sentences that still fail; a fix must move them into CASES. Why (looked at after the final
#: measurement): 大东方证券控股 (the known 东方证券 sits inside it, and the lone 大 is not
#: allowed before a known name: 大 could be an adjective); 马来西亚马拉科夫电力公司 (马来西亚 is
#: a Chinese-speaking place, so it stays part of the name; the annotation leaves it out);
#: 新希望集团 (jieba's 新|希望: 希望 is a verb, so the lone 新 is not joined to it).
KNOWN_FAILURES: dict[str, Case] = {
    # tune
    "sg-a-lone-char-holdings": case(
        "大华继显旗下大东方证券控股宣布，将收购一家印尼券商。",
        orgs="大华继显|大东方证券控股",
    ),
    # held out
    "my-a-power-co": case(
        "马来西亚马拉科夫电力公司（Malakoff）宣布，将投资15亿令吉兴建太阳能电站。",
        orgs="马拉科夫电力公司|Malakoff",
        same=("马拉科夫电力公司|Malakoff",),
    ),
}


def _mentions(nlp, key: str, text: str) -> tuple[list[Mention], dict]:
    region = REGIONS[key.split("-", 1)[0]]
    article = Article(key=key, text=text, source="test", content_hash="0", region=region)
    doc = run(nlp, article)
    return list(doc._.mentions), doc._.entities


@pytest.mark.parametrize("key", list(CASES))
def test_entities_of_a_sentence(nlp, key: str) -> None:
    _check(nlp, key, CASES[key])


def _check(nlp, key: str, c: Case) -> None:
    ms, entities = _mentions(nlp, key, c.text)
    for m in ms:
        assert c.text[m.start : m.end] == m.text
        assert m.iri in entities
    orgs = {m.text for m in ms if m.type in ORG_TYPES}
    people = {m.text for m in ms if m.type == "person"}
    assert (orgs, people) == (set(c.orgs), set(c.people))
    iri = {m.text: m.iri for m in ms}
    for group in c.same:
        assert len({iri[f] for f in group}) == 1, {f: iri[f] for f in group}
    for form, path in c.known:
        assert iri[form] == ID + path, (form, iri[form])


@pytest.mark.parametrize("key", list(KNOWN_FAILURES))
@pytest.mark.xfail(strict=True, reason="audit sentence the recogniser still gets wrong")
def test_known_failure(nlp, key: str) -> None:
    _check(nlp, key, KNOWN_FAILURES[key])


def test_same_forms_are_annotated_mentions() -> None:
    """The table itself: every grouped or linked form is an expected mention of the sentence."""
    for key, c in (CASES | KNOWN_FAILURES).items():
        names = c.orgs | c.people
        for group in c.same:
            assert group <= names, key
        for form, _ in c.known:
            assert form in names and form in c.text, key
        for name in names:
            assert name in c.text, (key, name)
