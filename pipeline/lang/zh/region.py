"""Where an article is written from: its market, and the cues that tell it (tables, not code).

Markets are those of Chinese-language financial news: Taiwan, Hong Kong, Macau, the mainland,
Singapore, Malaysia; anything else is "other". The writer's market decides what a bare 元 / 億 /
$ means (its home currency), so the cues that count most are the ones that tell *who writes*
(the outlet, the dateline, deixis such as 本港 / 我省, the register of each market), not what the
article is about (a Taiwan paper reports a Hong Kong IPO in 港元; a mainland site writes about
港交所). Cues are matched on the normalised view (t2s), so either script may be written here.
"""

from __future__ import annotations

#: The markets, in the order ties are broken.
MARKETS: tuple[str, ...] = ("taiwan", "hongkong", "mainland", "malaysia", "singapore", "macau")

#: What a bare 元 (or 億 with no currency word) means in each market.
HOME_CURRENCY: dict[str, str] = {
    "taiwan": "TWD", "hongkong": "HKD", "macau": "MOP", "mainland": "CNY",
    "singapore": "SGD", "malaysia": "MYR",
}  # fmt: skip

#: The contract's region (docs/gold-format.md: taiwan | hongkong | mainland | other) of each market.
CONTRACT_REGION: dict[str, str] = {
    "taiwan": "taiwan", "hongkong": "hongkong", "macau": "hongkong", "mainland": "mainland",
    "singapore": "other", "malaysia": "other", "other": "other",
}  # fmt: skip

#: Without enough cues, the script's most likely market.
SCRIPT_FALLBACK: dict[str, str] = {"traditional": "taiwan", "simplified": "mainland"}

#: The script weighs the cues: mainland outlets do not print Traditional and Taiwan's hardly
#: ever Simplified; Hong Kong, Macau, Singapore and Malaysian outlets print both (Hong Kong
#: mostly Traditional). (script, market) → factor.
SCRIPT_FACTOR: dict[tuple[str, str], float] = {
    ("traditional", "mainland"): 0.2,
    ("simplified", "taiwan"): 0.2,
    ("simplified", "hongkong"): 0.5,
    ("simplified", "macau"): 0.5,
}

#: A cue counts at most this many times.
MAX_HITS = 5
#: The script's most likely market starts with this weight: a cue must outweigh it.
SCRIPT_PRIOR = 1.5
#: Cues of this weight or more are words of one market's register (本港, 孖展, 同比, 聯貸): the
#: script weighs them at least by STRONG_FACTOR (a Hong Kong paper's Simplified edition still
#: writes 孖展; a mainland report reposted in Traditional still writes 同比).
STRONG = 2.0
STRONG_FACTOR = 0.5
#: A source (domain, outlet named in a source line or dateline) weighs this much.
SOURCE_WEIGHT = 8.0
#: Only the first characters of an article hold its dateline and source line.
HEAD_CHARS = 300

# ---- the source ---------------------------------------------------------------------------------

#: Web domains of Chinese-language outlets (a host ending in one of these) → market.
OUTLET_DOMAINS: dict[str, str] = {
    # Taiwan
    "udn.com": "taiwan", "money.udn.com": "taiwan", "cna.com.tw": "taiwan", "ltn.com.tw": "taiwan",
    "chinatimes.com": "taiwan", "ctee.com.tw": "taiwan", "ettoday.net": "taiwan",
    "cnyes.com": "taiwan", "storm.mg": "taiwan", "businesstoday.com.tw": "taiwan",
    "moneydj.com": "taiwan", "technews.tw": "taiwan", "bnext.com.tw": "taiwan",
    "cw.com.tw": "taiwan", "businessweekly.com.tw": "taiwan", "wealth.com.tw": "taiwan",
    "tvbs.com.tw": "taiwan", "setn.com": "taiwan", "nownews.com": "taiwan", "ebc.net.tw": "taiwan",
    "berich.net.tw": "taiwan", "pts.org.tw": "taiwan", "rti.org.tw": "taiwan",
    # Hong Kong
    "mingpao.com": "hongkong", "hket.com": "hongkong", "etnet.com.hk": "hongkong",
    "on.cc": "hongkong", "hk01.com": "hongkong", "singtao.com": "hongkong",
    "stheadline.com": "hongkong", "881903.com": "hongkong", "rthk.hk": "hongkong",
    "aastocks.com": "hongkong", "hkej.com": "hongkong", "wenweipo.com": "hongkong",
    "takungpao.com": "hongkong", "tvb.com": "hongkong", "i-cable.com": "hongkong",
    "inmediahk.net": "hongkong", "am730.com.hk": "hongkong", "hkcd.com": "hongkong",
    "metroradio.com.hk": "hongkong", "now.com": "hongkong", "internet.com.hk": "hongkong",
    # Macau
    "macaodaily.com": "macau", "exmoo.com": "macau", "aamacau.com": "macau",
    "tdm.com.mo": "macau", "macauhub.com.mo": "macau",
    # mainland
    "sina.com.cn": "mainland", "finance.sina.com.cn": "mainland", "163.com": "mainland",
    "qq.com": "mainland", "sohu.com": "mainland", "ifeng.com": "mainland",
    "people.com.cn": "mainland", "xinhuanet.com": "mainland", "news.cn": "mainland",
    "cctv.com": "mainland", "chinanews.com.cn": "mainland", "chinanews.com": "mainland",
    "thepaper.cn": "mainland", "caixin.com": "mainland", "yicai.com": "mainland",
    "stcn.com": "mainland", "cs.com.cn": "mainland", "cnstock.com": "mainland",
    "eastmoney.com": "mainland", "jrj.com.cn": "mainland", "hexun.com": "mainland",
    "21jingji.com": "mainland", "nbd.com.cn": "mainland", "cls.cn": "mainland",
    "jiemian.com": "mainland", "36kr.com": "mainland", "huanqiu.com": "mainland",
    "gmw.cn": "mainland", "ce.cn": "mainland", "chinadaily.com.cn": "mainland",
    "cnr.cn": "mainland", "cet.com.cn": "mainland", "cb.com.cn": "mainland",
    "eeo.com.cn": "mainland", "21cbh.com": "mainland", "cwan.com": "mainland",
    "solarbe.com": "mainland", "chaguwang.cn": "mainland", "fx168.com": "mainland",
    "21ic.com": "mainland", "tgb.cn": "mainland", "xincai.com": "mainland",
    "china.com.cn": "mainland", "zqrb.cn": "mainland", "p5w.net": "mainland",
    # Singapore
    "zaobao.com.sg": "singapore", "zaobao.com": "singapore", "8world.com": "singapore",
    "straitstimes.com": "singapore", "businesstimes.com.sg": "singapore",
    # Malaysia
    "chinapress.com.my": "malaysia", "sinchew.com.my": "malaysia", "enanyang.my": "malaysia",
    "orientaldaily.com.my": "malaysia", "kwongwah.com.my": "malaysia",
    "guangming.com.my": "malaysia", "thestar.com.my": "malaysia", "theedgemalaysia.com": "malaysia",
}  # fmt: skip

#: Country-code top-level domains → market (after the outlet table).
TLD_MARKETS: dict[str, str] = {
    "tw": "taiwan", "hk": "hongkong", "mo": "macau", "cn": "mainland", "sg": "singapore",
    "my": "malaysia",
}  # fmt: skip

#: Outlets named in a source line, a dateline or a byline (來源：中央社, 【明報專訊】,
#: 經濟日報／, 中国证券网-上海证券报) → market. Names shared by two markets are left out (東方日報
#: is a Hong Kong and a Malaysian paper); 經濟日報 is Taiwan's in Traditional script and the
#: mainland's in Simplified, which the script factor settles.
OUTLETS: dict[str, str] = {
    # Taiwan
    "中央社": "taiwan", "聯合報": "taiwan", "聯合新聞網": "taiwan", "經濟日報": "taiwan",
    "自由時報": "taiwan", "工商時報": "taiwan", "中國時報": "taiwan", "中時新聞網": "taiwan",
    "鉅亨網": "taiwan", "鉅亨": "taiwan", "今周刊": "taiwan", "商業周刊": "taiwan",
    "天下雜誌": "taiwan", "財訊": "taiwan", "風傳媒": "taiwan", "理財周刊": "taiwan",
    "數位時代": "taiwan", "科技新報": "taiwan", "東森新聞": "taiwan", "三立新聞": "taiwan",
    "民視": "taiwan", "公視": "taiwan", "中央廣播電臺": "taiwan", "ETtoday": "taiwan",
    "TVBS": "taiwan", "MoneyDJ": "taiwan", "財經新報": "taiwan", "非凡新聞": "taiwan",
    "digitimes": "taiwan", "DIGITIMES": "taiwan",
    # Hong Kong
    "明報": "hongkong", "星島日報": "hongkong", "星島": "hongkong", "經濟通": "hongkong",
    "信報": "hongkong", "香港經濟日報": "hongkong", "東網": "hongkong", "香港01": "hongkong",
    "商業電台": "hongkong", "有線新聞": "hongkong", "無綫新聞": "hongkong", "香港電台": "hongkong",
    "文匯報": "hongkong", "大公報": "hongkong", "頭條日報": "hongkong", "阿思達克": "hongkong",
    "AASTOCKS": "hongkong", "now新聞": "hongkong", "am730": "hongkong", "香港商報": "hongkong",
    # Macau
    "澳門日報": "macau", "澳門電台": "macau", "力報": "macau", "市民日報": "macau",
    # mainland
    "新華社": "mainland", "人民日報": "mainland", "中新社": "mainland", "中新網": "mainland",
    "央視": "mainland", "中國證券報": "mainland", "上海證券報": "mainland", "證券時報": "mainland",
    "證券日報": "mainland", "中國證券網": "mainland", "第一財經": "mainland", "財新": "mainland",
    "21世紀經濟報道": "mainland", "每日經濟新聞": "mainland", "經濟觀察報": "mainland",
    "界面新聞": "mainland", "澎湃新聞": "mainland", "財聯社": "mainland", "新浪財經": "mainland",
    "東方財富": "mainland", "同花順": "mainland", "中國經營報": "mainland", "證券之星": "mainland",
    "經濟參考報": "mainland", "中國經濟網": "mainland", "寧夏日報": "mainland", "中證網": "mainland",
    "中證報": "mainland", "上證報": "mainland",
    "北京商報": "mainland", "新京報": "mainland", "南方都市報": "mainland", "解放日報": "mainland",
    # Singapore
    "聯合早報": "singapore", "聯合晚報": "singapore", "新明日報": "singapore", "早報": "singapore",
    "8視界": "singapore", "海峽時報": "singapore",
    # Malaysia
    "星洲日報": "malaysia", "南洋商報": "malaysia", "中國報": "malaysia", "光華日報": "malaysia",
    "詩華日報": "malaysia", "亞洲時報": "malaysia", "當今大馬": "malaysia",
}  # fmt: skip

#: Outlets whose name another market's paper shares, by the script of the article.
OUTLET_BY_SCRIPT: dict[tuple[str, str], str] = {("经济日报", "simplified"): "mainland"}
#: Brackets that open a source or dateline ((星島日報報道), 【明報專訊】, （中央社記者…）), view forms.
SOURCE_BRACKETS: str = "(【["

#: Places that stand in datelines and bylines ((吉隆坡1日訊), 記者王小明／台北報導,
#: 新华社北京5月3日电): where the writer files from.
DATELINE_PLACES: dict[str, str] = {
    **dict.fromkeys(
        ("台北", "新北", "桃園", "新竹", "苗栗", "台中", "彰化", "南投", "雲林", "嘉義", "台南",
         "高雄", "屏東", "宜蘭", "花蓮", "台東", "基隆", "澎湖", "金門"),
        "taiwan",
    ),
    "香港": "hongkong",
    "澳門": "macau",
    **dict.fromkeys(
        ("北京", "上海", "深圳", "廣州", "天津", "重慶", "杭州", "南京", "成都", "武漢", "西安",
         "長沙", "鄭州", "濟南", "青島", "廈門", "福州", "合肥", "南昌", "瀋陽", "大連", "哈爾濱",
         "長春", "石家莊", "太原", "呼和浩特", "蘭州", "銀川", "西寧", "烏魯木齊", "拉薩", "昆明",
         "貴陽", "南寧", "海口", "蘇州", "寧波", "無錫", "東莞", "佛山"),
        "mainland",
    ),
    "新加坡": "singapore",
    **dict.fromkeys(
        ("吉隆坡", "八打靈再也", "莎阿南", "巴生", "新山", "柔佛", "怡保", "檳城", "亞庇", "古晉",
         "詩巫", "美里", "民都魯", "關丹", "馬六甲", "芙蓉", "亞羅士打", "瓜拉登嘉樓", "哥打巴魯",
         "太平", "居鑾", "麻坡", "峇株巴轄", "斗湖", "山打根", "布城", "雪蘭莪", "砂拉越", "沙巴"),
        "malaysia",
    ),
}  # fmt: skip
#: After a dateline place and the day: 訊 / 電 (and 報導 after a byline's place).
DATELINE_MARKS: tuple[str, ...] = ("日訊", "日電", "日消息")
#: the month of a dateline (新华社北京5月3日电)
DATELINE_MONTH = "月"
BYLINE_MARKS: tuple[str, ...] = ("報導", "報道", "電")
#: What may stand between the bracket and the place of a dateline (（中央社記者王小明台北5日電）).
DATELINE_REPORTER = "記者"
#: A byline separates the reporter from the place with a slash (記者王小明／台北報導).
BYLINE_SLASH = "/"

# ---- words of each market -----------------------------------------------------------------------

#: (cue, market, weight). Deixis and the register of each market weigh most: they tell who writes.
#: Topic cues (currencies, exchanges, places) weigh little: they tell what the article is about,
#: and an explicit 港元 in a mainland report is if anything a sign that bare 元 is not HK$.
CUES: tuple[tuple[str, str, float], ...] = (
    # ---- Taiwan: deixis and register
    ("國銀", "taiwan", 2),
    ("公股", "taiwan", 2),
    ("行庫", "taiwan", 2),
    ("聯貸", "taiwan", 2),
    ("參貸", "taiwan", 2),
    ("主辦銀行", "taiwan", 1),
    ("上櫃", "taiwan", 2),
    ("興櫃", "taiwan", 2),
    ("櫃買", "taiwan", 2),
    ("台股", "taiwan", 2),
    ("加權指數", "taiwan", 2),
    ("金管會", "taiwan", 3),
    ("證期局", "taiwan", 3),
    ("投審會", "taiwan", 3),
    ("投審司", "taiwan", 3),
    ("經濟部", "taiwan", 2),
    ("行政院", "taiwan", 2),
    ("立法院", "taiwan", 2),
    ("立委", "taiwan", 2),
    ("民進黨", "taiwan", 1),
    ("國民黨", "taiwan", 1),
    ("年增", "taiwan", 1),
    ("年減", "taiwan", 1),
    ("季增", "taiwan", 1),
    ("月增", "taiwan", 1),
    ("本益比", "taiwan", 2),
    ("殖利率", "taiwan", 2),
    ("每股盈餘", "taiwan", 2),
    ("建案", "taiwan", 2),
    ("坪", "taiwan", 1),
    ("川普", "taiwan", 2),
    ("輝達", "taiwan", 1),
    ("晶片", "taiwan", 0.5),
    ("軟體", "taiwan", 1),
    ("硬體", "taiwan", 1),
    ("網路", "taiwan", 1),
    ("資料中心", "taiwan", 1),
    ("專案", "taiwan", 1),
    ("客製", "taiwan", 1),
    ("伺服器", "taiwan", 0.5),
    ("雪梨", "taiwan", 1),
    ("國內", "taiwan", 1),
    ("收盤", "taiwan", 1),
    ("中國大陸", "taiwan", 1),
    ("陸企", "taiwan", 2),
    ("陸資", "taiwan", 2),
    ("兩岸", "taiwan", 1),
    ("外資賣超", "taiwan", 2),
    ("外資買超", "taiwan", 2),
    ("綜合外電", "taiwan", 2),
    ("綜合報導", "taiwan", 1),
    # ---- Taiwan: topic
    ("新台幣", "taiwan", 3),
    ("台幣", "taiwan", 3),
    ("NT$", "taiwan", 3),
    ("證交所", "taiwan", 1),
    ("台灣", "taiwan", 1),
    ("台北", "taiwan", 1),
    ("新北", "taiwan", 1),
    ("桃園", "taiwan", 1),
    ("台中", "taiwan", 1),
    ("台南", "taiwan", 1),
    ("高雄", "taiwan", 1),
    ("新竹", "taiwan", 1),
    ("彰化", "taiwan", 1),
    ("台電", "taiwan", 1),
    # ---- Hong Kong: deixis and register
    ("本港", "hongkong", 3),
    ("港府", "hongkong", 3),
    ("特區政府", "hongkong", 3),
    ("立法會", "hongkong", 2),
    ("金管局", "hongkong", 2),
    ("收市", "hongkong", 1.5),
    ("停牌", "hongkong", 1),
    ("停牌", "mainland", 1),
    ("復牌", "hongkong", 1),
    ("復牌", "mainland", 1),
    ("供股", "hongkong", 1.5),
    ("配售", "hongkong", 1),
    ("折讓", "hongkong", 1.5),
    ("每手", "hongkong", 1.5),
    ("中籤", "hongkong", 1),
    ("招股", "hongkong", 1),
    ("超額認購", "hongkong", 1),
    ("暗盤", "hongkong", 2),
    ("孖展", "hongkong", 2),
    ("集資", "hongkong", 1),
    ("全購", "hongkong", 2),
    ("要約人", "hongkong", 1),
    ("純利", "hongkong", 1.5),
    ("溢利", "hongkong", 1.5),
    ("按年", "hongkong", 1.5),
    ("按月", "hongkong", 1),
    ("盈警", "hongkong", 2),
    ("盈喜", "hongkong", 2),
    ("末期息", "hongkong", 2),
    ("市盈率", "hongkong", 1),
    ("市盈率", "mainland", 1),
    ("恒指", "hongkong", 1),
    ("恆指", "hongkong", 1),
    ("恒生指數", "hongkong", 1),
    ("港股", "hongkong", 1),
    ("主板", "hongkong", 0.5),
    ("創業板", "hongkong", 0.5),
    ("內地", "hongkong", 1.5),
    ("特朗普", "hongkong", 0.5),
    ("數據中心", "hongkong", 0.5),
    ("項目", "hongkong", 0.5),
    ("軟件", "hongkong", 0.5),
    ("網絡", "hongkong", 0.5),
    ("樓面地價", "hongkong", 2),
    ("呎價", "hongkong", 2),
    ("新界", "hongkong", 2),
    ("九龍", "hongkong", 1),
    ("發展商", "hongkong", 1),
    ("呎", "hongkong", 2),
    ("涉資", "hongkong", 1),
    ("入場費", "hongkong", 1),
    # written Cantonese: the register of Hong Kong (and Macau) writers, quoted speech included;
    # no Mandarin text writes these (蚊 is money here: 二十蚊; 蚊子, a mosquito, weighs nothing)
    ("佢", "hongkong", 3),
    ("咗", "hongkong", 3),
    ("嘅", "hongkong", 3),
    ("唔", "hongkong", 2),
    ("冇", "hongkong", 3),
    ("啲", "hongkong", 3),
    ("喺", "hongkong", 3),
    ("嘢", "hongkong", 3),
    ("嗰", "hongkong", 3),
    ("嚟", "hongkong", 3),
    ("哋", "hongkong", 2),
    ("畀", "hongkong", 2),
    ("睇", "hongkong", 2),
    ("乜", "hongkong", 2),
    ("咁", "hongkong", 2),
    ("蚊", "hongkong", 2),
    ("蚊子", "hongkong", 0),
    ("毫子", "hongkong", 3),
    ("係咪", "hongkong", 3),
    ("點解", "hongkong", 2),
    ("邊度", "hongkong", 2),
    ("搵", "hongkong", 2),
    ("俾", "hongkong", 1),
    # ---- Hong Kong: topic
    ("港元", "hongkong", 1),
    ("港幣", "hongkong", 1),
    ("HK$", "hongkong", 1),
    ("港交所", "hongkong", 1),
    # Hong Kong's SFC, and the mainland's CSRC (中國證監會); Taiwan has 金管會 / 證期局
    ("證監會", "hongkong", 2),
    ("證監會", "mainland", 2),
    ("聯交所", "hongkong", 1),
    ("香港交易所", "hongkong", 1),
    ("香港", "hongkong", 0.5),
    # ---- Macau
    ("本澳", "macau", 3),
    ("特區政府", "macau", 3),
    ("澳門特區", "macau", 2),
    ("澳門元", "macau", 2),
    ("澳門幣", "macau", 2),
    ("澳門", "macau", 0.5),
    ("博彩", "macau", 1),
    # ---- mainland: deixis and register
    ("我省", "mainland", 3),
    ("我市", "mainland", 3),
    ("我區", "mainland", 2),
    ("我縣", "mainland", 3),
    ("本報訊", "mainland", 1),
    ("同比", "mainland", 2),
    ("環比", "mainland", 2),
    ("營業收入", "mainland", 1),
    ("淨利潤", "mainland", 1.5),
    ("歸母淨利潤", "mainland", 2),
    ("募資淨額", "mainland", 2),
    ("有限責任公司", "mainland", 2),
    ("黨委", "mainland", 2),
    ("書記", "mainland", 1),
    ("國資委", "mainland", 2),
    ("發改委", "mainland", 2),
    ("國務院", "mainland", 2),
    ("人民政府", "mainland", 2),
    ("市委", "mainland", 2),
    ("省委", "mainland", 2),
    ("央企", "mainland", 2),
    ("國企", "mainland", 1),
    ("銀行間", "mainland", 2),
    ("國開行", "mainland", 2),
    ("滬深", "mainland", 2),
    ("上交所", "mainland", 2),
    ("深交所", "mainland", 2),
    ("北交所", "mainland", 2),
    ("科創板", "mainland", 2),
    ("上海證券交易所", "mainland", 2),
    ("深圳證券交易所", "mainland", 2),
    ("A股", "mainland", 1),
    ("公開資料顯示", "mainland", 1),
    ("公告稱", "mainland", 1),
    ("晚間公告", "mainland", 1.5),
    ("英偉達", "mainland", 1),
    ("芯片", "mainland", 1),
    ("國內", "mainland", 1),
    ("收盤", "mainland", 1),
    ("收漲", "mainland", 1),
    ("收跌", "mainland", 1),
    ("數據中心", "mainland", 0.5),
    ("項目", "mainland", 0.5),
    ("軟件", "mainland", 0.5),
    ("網絡", "mainland", 0.5),
    # ---- mainland: topic
    ("人民幣", "mainland", 2),
    ("人民銀行", "mainland", 1),
    ("北京", "mainland", 0.5),
    ("上海", "mainland", 0.5),
    ("深圳", "mainland", 0.5),
    ("廣州", "mainland", 0.5),
    *(
        (province, "mainland", 1)
        for province in (
            "河北",
            "山西",
            "遼寧",
            "吉林",
            "黑龍江",
            "江蘇",
            "浙江",
            "安徽",
            "福建",
            "江西",
            "山東",
            "河南",
            "湖北",
            "湖南",
            "廣東",
            "海南",
            "四川",
            "貴州",
            "雲南",
            "陝西",
            "甘肅",
            "青海",
            "內蒙古",
            "廣西",
            "西藏",
            "寧夏",
            "新疆",
            "天津",
            "重慶",
            "成都",
            "武漢",
            "杭州",
            "南京",
            "西安",
            "長沙",
            "太原",
        )
    ),
    # ---- Malaysia: deixis and register
    ("大馬", "malaysia", 3),
    ("拿督", "malaysia", 2),
    ("丹斯里", "malaysia", 2),
    ("州務大臣", "malaysia", 3),
    ("首席部長", "malaysia", 2),
    ("首相", "malaysia", 1),
    ("獅城", "malaysia", 2),
    ("馬股", "malaysia", 2),
    ("隆交所", "malaysia", 2),
    ("馬交所", "malaysia", 2),
    ("馬來西亞交易所", "malaysia", 2),
    ("文告", "malaysia", 1),
    ("私人有限公司", "malaysia", 1),
    ("Sdn Bhd", "malaysia", 2),
    ("Berhad", "malaysia", 2),
    ("發展商", "malaysia", 1),
    ("Bhd", "malaysia", 1),
    # institutions and parties of Malaysia (Bank Negara 國行, the PM's department 首相署 …)
    ("國家銀行", "malaysia", 1),
    ("首相署", "malaysia", 3),
    ("巫統", "malaysia", 2),
    ("馬華", "malaysia", 2),
    ("國陣", "malaysia", 2),
    ("希盟", "malaysia", 2),
    ("國盟", "malaysia", 2),
    ("布城", "malaysia", 2),
    ("隆市", "malaysia", 2),
    ("國油", "malaysia", 2),
    ("國行", "malaysia", 1),
    # ---- Malaysia: topic
    ("令吉", "malaysia", 2),
    ("馬幣", "malaysia", 2),
    ("RM", "malaysia", 1),
    ("馬來西亞", "malaysia", 1),
    ("吉隆坡", "malaysia", 1),
    ("砂拉越", "malaysia", 1),
    ("雪蘭莪", "malaysia", 1),
    ("柔佛", "malaysia", 1),
    ("檳城", "malaysia", 1),
    ("沙巴", "malaysia", 1),
    ("彭亨", "malaysia", 1),
    ("古晉", "malaysia", 1),
    # ---- Singapore: deixis and register
    ("組屋", "singapore", 2),
    ("建屋發展局", "singapore", 2),
    ("公積金局", "singapore", 2),
    ("新交所", "singapore", 1.5),
    ("星期一(", "singapore", 1),
    ("星期二(", "singapore", 1),
    ("星期三(", "singapore", 1),
    ("星期四(", "singapore", 1),
    ("星期五(", "singapore", 1),
    ("星期六(", "singapore", 1),
    ("星期日(", "singapore", 1),
    ("Pte Ltd", "singapore", 2),
    ("發展商", "singapore", 1),
    ("平方英尺", "singapore", 1),
    ("海峽時報指數", "singapore", 2),
    # institutions and places of Singapore (MAS, JTC, the PMO, the PAP, HDB)
    ("新加坡金融管理局", "singapore", 3),
    ("香港金融管理局", "hongkong", 2),
    ("裕廊", "singapore", 2),
    ("總理公署", "singapore", 2),
    ("人民行動黨", "singapore", 2),
    ("建屋局", "singapore", 2),
    ("陸路交通管理局", "singapore", 2),
    ("新加坡政府投資公司", "singapore", 2),
    ("Pte. Ltd.", "singapore", 2),
    # ---- Singapore: topic
    ("新元", "singapore", 2),
    ("坡元", "singapore", 2),
    ("新加坡元", "singapore", 2),
    ("S$", "singapore", 2),
    ("新加坡", "singapore", 1),
    ("淡馬錫", "singapore", 1),
    ("濱海灣", "singapore", 1),
)

#: Spellings of Traditional script that differ between Hong Kong and Taiwan, matched on the
#: original text of a Traditional-script article (the view folds them): (form, market, weight).
ORTHOGRAPHY: tuple[tuple[str, str, float], ...] = (
    ("裏", "hongkong", 1), ("綫", "hongkong", 1), ("衞", "hongkong", 1), ("着", "hongkong", 0.5),
    ("啓", "hongkong", 1), ("峯", "hongkong", 1),
    ("裡", "taiwan", 1), ("臺", "taiwan", 0.5), ("衛", "taiwan", 0.5), ("啟", "taiwan", 0.5),
)  # fmt: skip

#: Words that introduce the outlet in a source line (來源：中央社, 資料來源:中央社).
SOURCE_WORDS: tuple[str, ...] = ("來源", "資料來源", "稿源", "出處", "轉載自")
