"""Currency words, qualifier words, rate words, capacity units and region cues (tables).

Words may be written in Traditional or Simplified (or full-width); the grammar folds every
table through the article view (t2s + half-width), so one form per word is enough, but both
are listed where it helps a reader.
"""

from __future__ import annotations

from decimal import Decimal

# Currency names, symbols and codes: pipeline.lang.zh.currencies. After the number a name may
# follow 元 (155.9億元台幣) or take it (新台幣元, 人民幣元).

#: The local dollar, whose currency the article establishes, and its formal form (壹佰萬圓).
LOCAL_DOLLAR = "元"
LOCAL_DOLLAR_WORDS: tuple[str, ...] = ("元", "圓")
#: Colloquial dollars (marked as such): 塊錢 (mainland, Taiwan), 蚊 (Hong Kong) ...
COLLOQUIAL_DOLLARS: tuple[str, ...] = ("塊錢", "蚊")
#: ... and 塊 alone, which also counts things (三塊土地): money only before a subunit (3塊5毛)
#: or in a price context.
COLLOQUIAL_DOLLARS_IN_CONTEXT: tuple[str, ...] = ("塊",)
#: Cantonese prices in 個 (七個半 = 7.5, 三個二 = 3.2): money in a price context only, and only
#: at the end of the phrase (七個半月 counts months).
CANTONESE_DOLLAR = "個"
HALF = "半"
#: Cantonese money words: the Hong Kong dollar (Macau's pataca in Macau) unless the article's
#: source or a scope declaration says otherwise (Guangzhou also says 蚊 for the yuan).
CANTONESE_DOLLARS: tuple[str, ...] = ("蚊", "個")
#: 毫子 = a ten-cent coin (五毫子 = HK$0.5): Cantonese money wherever it stands.
CANTONESE_TENTHS: tuple[str, ...] = ("毫子",)
#: After 七個半 / 三個二 in money these sentence-final particles may follow (七個半咋).
CANTONESE_FINAL_PARTICLES: tuple[str, ...] = (
    "咋", "啫", "嘛", "喎", "啊", "呀", "囉", "㗎", "啦", "咩", "噃", "嘞", "咁", "就", "都", "嘅",
)  # fmt: skip
#: Words of buying, paying and pricing that make a colloquial 塊 / 個 money (一碗麵要七個半,
#: 佢俾咗七個半, 售價五塊五): Mandarin and Cantonese.
COLLOQUIAL_PRICE_WORDS: tuple[str, ...] = (
    "售價", "價錢", "價格", "價", "賣", "買", "要", "收", "付", "花", "值", "貴", "便宜", "平",
    "俾", "畀", "找", "使", "蝕", "賺", "搵", "盛惠", "收費", "車費", "票價", "車資", "錢",
)  # fmt: skip
#: A colloquial dollar followed by one digit: the digit is tenths (五塊五 = 5.5, 八蚊五 = 8.5).
COLLOQUIAL_TENTH_DOLLARS: tuple[str, ...] = ("塊", "蚊")
#: Subunits with 錢 are money wherever they stand (兩毛錢 = 0.2, 五分錢 = 0.05): colloquial.
COLLOQUIAL_SUBUNITS: dict[str, str] = {"毛錢": "0.1", "角錢": "0.1", "分錢": "0.01"}
#: Subunits: tenths (角 / 毛 / 毫) and hundredths (分 / 仙) of the dollar (2元3角5分, 8蚊3毫); a
#: lone digit after the tenth is hundredths (三塊二毛五 = 3.25, 一毛五 = 0.15).
TENTH_UNITS: tuple[str, ...] = ("角", "毛", "毫")
HUNDREDTH_UNITS: tuple[str, ...] = ("分", "仙")
#: After Arabic digits a tenth unit alone is money (3角, 2毫) unless it starts another word
#: (毫米, 毫秒, 毛利, 角度).
NOT_TENTH_AFTER: tuple[str, ...] = (
    "米", "秒", "克", "升", "安", "瓦", "伏", "利", "收", "額", "重", "度", "色", "落", "逐", "錢",
)  # fmt: skip
#: After the currency: "exactly" (壹佰萬元整, 100元正), part of the span; 正 only at the end of
#: the phrase (100元正在 is "is now").
EXACT_SUFFIXES: tuple[str, ...] = ("整", "正")
#: A bare dollar sign before the number is the local dollar too (集資$3.5億 in Hong Kong papers).
LOCAL_DOLLAR_SIGNS: tuple[str, ...] = ("$",)
#: Words that start with 元 but are no currency (元件, 元素, 元宇宙, 元年).
NOT_DOLLAR_AFTER: tuple[str, ...] = ("件", "素", "宇宙", "年", "旦", "月", "首", "老", "氣")

#: Cent words: the value is a hundredth of the local dollar (每股9仙 = HK$0.09, 每單位96分 = S$0.96).
#: Only read as money after a price word or a per-unit word (分 is also "minute" and "point").
CENT_WORDS: tuple[str, ...] = ("仙", "分")
#: ... and 分 only after Arabic digits (十分 = "very", 三分 = three points).
CENT_WORDS_ARABIC_ONLY: tuple[str, ...] = ("分",)
#: Cents of a named currency (每股10美仙, 每股約70港仙): money wherever they stand.
CENT_CURRENCY: dict[str, str] = {
    "美仙": "USD", "美分": "USD", "港仙": "HKD", "歐分": "EUR", "便士": "GBP",
}  # fmt: skip
#: After a named currency, its hundredths (3令吉50仙 = RM3.50, 1美元20美分 = US$1.20, 5英鎊20便士):
#: subunit word → the currency it belongs to (None: the cents of any currency).
NAMED_SUBUNITS: dict[str, str | None] = {
    "仙": None, "分": None, "美分": "USD", "美仙": "USD", "港仙": "HKD", "便士": "GBP", "歐分": "EUR",
}  # fmt: skip

#: Currencies whose unit is called 元 (a bare 元 in the article may continue one of these).
DOLLAR_CURRENCIES: frozenset[str] = frozenset({"CNY", "TWD", "HKD", "SGD", "MOP"})

#: Qualifier words written before the number (longest match wins; they are part of the span).
QUALIFIER_BEFORE: dict[str, str] = {
    "約": "approx", "約合": "approx", "約為": "approx", "約折合": "approx", "約有": "approx",
    "約占": "approx", "約佔": "approx", "約達": "approx", "大約": "approx", "大約為": "approx",
    "大概": "approx", "大概為": "approx", "近": "approx", "接近": "approx", "逼近": "approx",
    "將近": "approx", "近乎": "approx", "約莫": "approx", "約等於": "approx",
    "逾": "at_least", "超過": "at_least", "超": "at_least", "至少": "at_least", "最少": "at_least",
    "不少於": "at_least", "不低於": "at_least", "不可低於": "at_least", "不能低於": "at_least",
    "多於": "at_least", "超出": "at_least", "起碼": "at_least",
    "最高": "up_to", "高達": "up_to", "最多": "up_to", "至多": "up_to", "多達": "up_to",
    "最多達": "up_to", "最高達": "up_to", "最高可達": "up_to", "最多可達": "up_to",
    "不超過": "at_most", "不高於": "at_most", "不多於": "at_most", "最多不超過": "at_most",
    "不到": "at_most", "不足": "at_most", "未達": "at_most", "未滿": "at_most", "少於": "at_most",
    # comparatives, and a negated "more than" (不超1.8億元, 未超過): the mirror of 不低於
    "低於": "at_most", "高於": "at_least", "不超": "at_most", "未超過": "at_most",
    "沒有超過": "at_most", "不逾": "at_most", "未逾": "at_most",
    "突破": "at_least", "過": "at_least", "約在": "approx", "約折": "approx", "約略": "approx",
    "最低": "at_least",
    "折合": "exact",
    # Hong Kong register: 超逾 = more than, 約值 = worth about
    "超逾": "at_least", "約值": "approx",
    # 衝破 like 突破 (a forecast's 上看 stays exact: 目標價上看1,500元)
    "衝破": "at_least",
}  # fmt: skip

#: Qualifier words that still apply when a few words stand between them and the number
#: (每月至少花費10億美元, 約以20億美元, 最多可認購6,034,482股). Same clause, no number between.
QUALIFIER_DETACHED: dict[str, str] = {
    "至少": "at_least", "最少": "at_least", "不低於": "at_least", "不可低於": "at_least",
    "最多": "up_to", "最高": "up_to", "至多": "up_to", "多達": "up_to", "高達": "up_to",
    "上限": "at_most", "不超過": "at_most", "下限": "at_least",
    "約以": "approx", "約相當於": "approx", "大約": "approx", "大概": "approx",
    "約占": "approx", "約佔": "approx",
}  # fmt: skip
#: How far (characters) a detached qualifier may stand from the number.
DETACHED_WINDOW = 16
#: A detached qualifier word preceded by one of these is part of another word (要約最高代價 is fine,
#: but 要約 itself is not 約).
DETACHED_BLOCKERS: tuple[str, ...] = ("要", "合", "簽", "契", "條", "預", "節", "制", "公")
#: Qualifier words that are the tail of another word after these characters: 賣超/買超 (net
#: selling/buying, 外資賣超百億元) is no "more than".
QUALIFIER_BLOCKERS: dict[str, tuple[str, ...]] = {
    "超": ("賣", "買"), "超過": ("賣", "買"), "超逾": ("賣", "買"),
    # 過 is "over" only on its own: 通過 / 經過 / 超過 / 度過 / 不過 / 透過 are other words
    "過": ("通", "經", "超", "度", "不", "透", "錯", "難", "越", "跨", "路", "閃", "放", "勝", "改"),
}  # fmt: skip
#: A qualifier word preceded by an aspect word is a verb of level, not a qualifier: 股價已接近10萬
#: 韓元 (the price nears a level; the amount is exact and the verb stays outside the span).
LEVEL_VERBS: tuple[str, ...] = ("接近", "逼近", "過")
LEVEL_VERB_ADVERBS: tuple[str, ...] = ("已", "將", "再度", "一度", "正", "快", "逐步", "持續", "再次")
#: A superlative in a ranking is "the highest was" (其中A公司募資最高為58.6億元，B公司次之), exact.
SUPERLATIVE_QUALIFIERS: tuple[str, ...] = ("最高", "最低", "最多", "最少")
RANKING_WORDS: tuple[str, ...] = ("次之", "其次", "位居", "排名", "居首", "排第", "位列", "名列")
#: A detached qualifier word followed by these is part of a noun (最高價 = the high, 最高點).
QUALIFIER_NOUN_TAILS: tuple[str, ...] = ("價", "點", "位", "紀錄", "記錄", "水平", "峰")

#: Qualifier words written after the number (and its unit).
QUALIFIER_AFTER: dict[str, str] = {
    "左右": "approx", "上下": "approx", "之譜": "approx",
    "以上": "at_least", "有餘": "at_least", "有奇": "at_least", "出頭": "at_least",
    # "from … up" (每呎1.2萬元起, 月薪3萬元起跳), and caps (以5億元為限, 5億元封頂)
    "起跳": "at_least", "起": "at_least",
    "以下": "at_most", "以內": "at_most", "為限": "at_most", "封頂": "at_most",
    # 或以上 / 或以下 (5億元或以上), and Hong Kong's 上落 / 左近 / 咁上下 (about) and 有多 (and more)
    "或以上": "at_least", "或以下": "at_most", "上落": "approx", "左近": "approx",
    "咁上下": "approx", "有多": "at_least",
}  # fmt: skip
#: 起 after an amount is "from … up" only at the end of the phrase (3萬元起; not 3萬元起步, 起來).
NOT_QUALIFIER_AFTER: dict[str, tuple[str, ...]] = {
    "起": ("步", "來", "飛", "碼", "源", "點", "見", "初", "伏"),
    # 有多少 / 有多大 ask a question
    "有多": ("少", "大", "高", "難", "重", "麼", "久", "遠", "種", "項", "家", "間", "個"),
}
#: Bounds written after the number override a qualifier before it (高達10億元以上 = at least).
QUALIFIER_AFTER_OVERRIDES: tuple[str, ...] = ("以上", "以下", "以內", "或以上", "或以下")

#: Rate denominators: 每股0.01美元 → per share (the 每股 word is not part of the span).
PER_WORDS: dict[str, str] = {
    "每股": "share", "每單位": "unit", "每個單位": "unit", "每份": "unit",
    "每月": "month", "每個月": "month", "月均": "month", "月支出": "month", "月租": "month",
    "每年": "year", "每一年": "year", "年均": "year",
    "每季": "quarter", "每日": "day", "每天": "day",
    "每GW": "GW", "每吉瓦": "GW", "每千兆瓦": "GW", "每個千兆瓦": "GW", "每1GW": "GW",
    "每平方英尺": "square foot", "每平方呎": "square foot", "每呎": "square foot",
    "每平方米": "square metre", "每平方公尺": "square metre", "每噸": "tonne",
    "每瓦": "W", "每W": "W", "每千瓦": "kW", "每度": "kWh", "每方呎": "square foot",
    "每平方尺": "square foot", "呎價": "square foot", "每坪": "ping", "坪價": "ping",
    "EPS": "share", "月消費": "month", "月薪": "month", "月費": "month", "月收入": "month",
    "年薪": "year", "年費": "year",
    # monthly mortgage payments and income (月供, 月入), yearly and per-foot rents, day wages
    "月供": "month", "月入": "month", "年租": "year", "年租金": "year", "呎租": "square foot",
    "日薪": "day", "日租": "day", "每千瓦時": "kWh", "每度電": "kWh",
}  # fmt: skip
#: A rate word of 年 / 月 / 日 (年租, 月供, 日薪) after these is the tail of a time word: 今年租金,
#: 去年薪酬, 上月供應, 今日薪酬 are no rates.
PER_NOT_AFTER: tuple[str, ...] = (
    "今", "去", "明", "前", "後", "本", "上", "下", "當", "同", "該", "全", "半", "近", "首", "隔",
    "次", "翌", "整", "每", "逐", "按", "往", "昨", "即",
)  # fmt: skip
#: Per-capacity costs: "每個千兆瓦 …成本…X美元", "1GW數據中心的成本大概為X美元" → per GW.
PER_CAPACITY_UNITS: tuple[str, ...] = ("GW", "吉瓦", "千兆瓦", "gigawatt")
UNIT_COST_WORDS: tuple[str, ...] = ("成本", "造價", "花費", "開支", "費用", "建造費", "投資額")
#: How far back (characters, same clause) a 每X word still sets the rate.
PER_WINDOW = 14

#: Written right after the amount: 11.85元/股.
PER_AFTER: dict[str, str] = {"/股": "share", "/單位": "unit", "/月": "month", "/年": "year"}

#: Price words: the amount right after them is a price per share (or per unit in a REIT).
SHARE_PRICE_WORDS: tuple[str, ...] = (
    "股價", "收市價", "收盤價", "收報", "收市報", "發行價", "配售價", "招股價", "要約價",
    "認購價", "行使價", "交易價", "平均價", "成交價", "供股價", "目標價", "開盤價", "開市價",
    "每股", "股份價", "單位價", "價格為", "每單位",
    # closing prices and per-share figures (收在1,420元, 股利1元, 派息共2.2港元)
    "收在", "收於", "收盤", "收價", "昨收", "股利", "股息", "派息", "期息", "配息",
    # the period high and low, and the consideration per share of a Hong Kong offer (全購作價)
    "最高價", "最低價", "作價", "全購價", "開出",
)  # fmt: skip
#: After an amount without a scale word these make it a share price: the session (5.95令吉開跑,
#: 97900韓元作收), a record (99100韓元的歷史新高) or a level (10萬韓元大關).
PRICE_AFTER_WORDS: tuple[str, ...] = (
    "開跑", "開市", "開盤", "開出", "作收", "收市", "收盤", "的歷史新高", "的新高", "的歷史高位",
    "的高位", "的低位", "大關", "關口",
)  # fmt: skip
#: An offer for shares in the clause (以0.94元提出全面收購, 以10元認購): an amount without a scale
#: word is then the price per share.
OFFER_WORDS: tuple[str, ...] = ("全面收購", "要約", "全購", "認購", "供股", "配售")
#: Trading words: a paragraph holding one is about a share price, so a price move (飆漲12仙,
#: 攀升19仙或3.3%) in it is per share.
TRADING_WORDS: tuple[str, ...] = (
    "股價", "該股", "開跑", "開市", "開盤", "收市", "收盤", "閉市", "作收", "報收", "收報", "收在",
    "股票",
)  # fmt: skip
#: Currencies whose share prices run into 萬 (10萬韓元): such a price may carry a scale word.
SMALL_UNIT_CURRENCIES: frozenset[str] = frozenset({"KRW", "JPY", "VND", "IDR", "IRR", "LAK", "KHR"})
#: Right before a number without a scale word these quote a share price (報158.3元, 報收268.5元).
PRICE_QUOTE_BEFORE: tuple[str, ...] = ("報", "報收", "收報", "開報", "收市報", "暫掛", "掛", "時報")
#: A price move right after one of these (升3.4港元, 股價上漲35元) is per share when the sentence
#: is about a share price (a price word or 股 before it).
PRICE_MOVE_VERBS: tuple[str, ...] = (
    "升", "跌", "漲", "上漲", "下跌", "大漲", "大跌", "急漲", "急跌", "重挫", "回落", "反彈", "上升",
    "下滑", "起", "揚", "挫", "彈", "飆漲", "飆升", "攀升", "增", "漲了", "跌了", "急升", "回升",
)  # fmt: skip
#: ... also with 至/到 after the verb (跌至3.2元, 升到5元).
PRICE_MOVE_TO: tuple[str, ...] = ("至", "到")
#: Before "X至Y", these make it "by X to Y" (下調0.125厘至5.25厘), not a range.
CHANGE_VERBS: tuple[str, ...] = (
    "下調", "上調", "調升", "調降", "調高", "調低", "減息", "加息", "降息", "升息", "下降", "上升",
    "回落", "上漲", "下跌", "升", "跌", "漲", "降", "減", "減少", "增加", "提高", "降低",
)  # fmt: skip
#: In articles about trusts/REITs the unit of trading is the "unit".
UNIT_TRADED_WORDS: tuple[str, ...] = ("每單位", "新單位", "個單位")

#: Money words that make a bare number with a scale word an amount (輝達砸647億, 43億銀團買款).
MONEY_BEFORE: tuple[str, ...] = (
    "砸", "斥資", "投資", "投入", "出資", "融資", "募資", "集資", "籌資", "籌集", "募集", "套現",
    "市值", "估值", "價值", "金額", "耗資", "花費", "支出", "營收", "收入", "虧損", "獲利",
    "資本", "資金", "總額", "撥款", "貸款", "借款", "發債", "身家", "規模達", "淨利", "盈利",
    "銀團", "聯貸", "授信", "額度", "注資", "增資", "收購", "計劃投資", "總投資",
    # deals and their prices, results and balances (入股, 作價, 營業額, 總資產 …)
    "入股", "併購", "回購", "出售", "轉讓", "買下", "購入", "購買", "成交額", "交易額", "對價",
    "代價", "作價", "售價", "價款", "造價", "總值", "總價", "中標", "得標", "擔保", "發行",
    "補助", "補貼", "獎勵", "營業額", "銷售額", "毛利", "利潤", "資產", "負債", "股本", "現金",
    "存款", "預算", "開支", "經費", "捐款", "罰款", "賠償", "薪酬", "派息", "分紅",
    # money verbs of the three markets (挹注, 豪擲, 賺進, 吸金, 撤資 …)
    "挹注", "加碼", "豪擲", "狂砸", "斥", "耗", "省下", "節省", "賺進", "進帳", "入帳", "吸金",
    "燒錢", "投下", "拿出", "掏出", "湧入", "流入", "流出", "撤資", "籌得", "募得", "集得", "拍出",
    "標下", "買進", "賣出", "減資", "還款", "償還", "欠款", "撥備", "減值", "計提", "納稅", "退稅",
    # Hong Kong's losses and disposals (虧蝕3億, 蝕讓, 沽出)
    "虧蝕", "蝕讓", "沽出", "沽售",
    # results words of the three markets: HK 溢利/純利, Taiwan 純益/盈餘, the mainland 归母净利 …
    "溢利", "純利", "純益", "盈餘", "淨收益", "營業收入", "經營收入", "賺取",
    # property and land: rents, land and flat prices (叫價3800萬, 成交價1650萬)
    "租金", "地價", "樓價", "市價", "成交價", "叫價", "開價", "出價", "估價", "底價", "售得",
    "賣得", "沽得",
    # money involved, raised, lent and given (涉資5億, 籌措, 撥資, 資助)
    "涉資", "涉及金額", "籌措", "融得", "撥資", "資助", "援助", "捐出", "捐贈", "借貸", "放貸",
    "貸出", "欠債", "債務", "獎金", "花紅", "薪金",
)  # fmt: skip
MONEY_AFTER: tuple[str, ...] = (
    "資金", "資本", "債務", "債", "貸款", "銀團", "投資", "融資", "基金", "市值", "估值", "營收",
    "收入", "利潤", "訂單", "合約", "協議", "交易", "資產", "現金", "補貼", "預算", "大單",
    "身家", "美元", "元", "收益", "虧損", "獎金", "罰款", "賠償",
    "入股", "收購", "併購", "增資", "注資", "回購", "股權", "工程", "標案", "合同", "債券",
    "公司債", "專項債", "授信", "額度", "擔保", "紅利", "分紅", "股息", "薪酬", "獎勵",
    # a property or a stake changing hands at a price (以3.2億易手, 以5億成交)
    "易手", "成交", "售出", "沽出", "投得", "奪得",
    # a price before its verb (以11億購入, 以4.2億出售, 以2億承接)
    "購入", "買入", "購買", "買下", "購得", "出售", "轉讓", "賣出", "沽售", "放售", "承接", "接手",
    "認購",
    # results, rents and payments named after the figure (3億溢利, 5000萬租金, 2億利息)
    "溢利", "純利", "純益", "盈餘", "租金", "利息", "借貸", "開支", "經費", "撥款", "訂金", "按金",
)  # fmt: skip
#: Headline verbs of one character, money only right before the number (減持舊股套 17億,
#: 台積電賺3000億, 虧50億): further away they are other words (這套, 一套).
MONEY_BEFORE_ADJACENT: tuple[str, ...] = (
    "套", "砸", "賺", "賠", "虧", "募", "籌", "撒", "掏", "燒", "借", "砍", "花", "貸", "投", "撥",
    "付", "欠", "還", "賣", "買", "售", "購", "捐", "罰", "退", "省", "值", "估", "蝕", "沽",
)  # fmt: skip
#: A money noun after the number followed by these names people (數以萬計的投資者, 3萬投資人).
PEOPLE_TAILS: tuple[str, ...] = ("者", "人", "戶", "客", "家")
MONEY_BEFORE_WINDOW = 10
MONEY_AFTER_WINDOW = 6

#: After a bare magnitude word (no digit) these make it an adverb: 千萬不要 / 千萬要小心 ("by all
#: means"), not ten million.
#: 萬萬 is also "by no means" (萬萬不可, 萬萬沒想到, 萬萬未料).
NOT_NUMBER_AFTER_BARE: tuple[str, ...] = (
    "不", "別", "要", "莫", "勿", "記", "小心", "注意", "當心", "得", "沒", "未", "想", "料", "歲",
)  # fmt: skip

#: Counters and units: a number followed by one of these counts things, it is no amount.
COUNT_WORDS: tuple[str, ...] = (
    "人", "名", "位", "個", "顆", "輛", "台", "臺", "部", "架", "艘", "張", "份", "件", "筆", "次",
    "家", "戶", "間", "座", "棟", "噸", "公噸", "米", "公尺", "平方", "公里", "英里", "畝", "頃",
    "年", "月", "日", "天", "週", "周", "小時", "分鐘", "秒", "歲", "倍", "度", "桶", "隻", "頭",
    "片", "枚", "塊", "條", "項", "款", "種", "批", "輪", "期", "屆", "票", "字", "詞", "行",
    "股", "單位", "新單位", "基金單位", "新基金單位", "手", "套", "箱", "瓶", "包", "粒", "升", "公升",
    "克", "公斤", "斤", "層",
    "點", "基點", "用戶", "會員", "人次", "員工", "奈米", "納米", "季", "成員", "網民",
    # people named by money words (三千萬投資人, 百萬股民)
    "投資人", "投資者", "股民", "散戶", "存戶", "客戶", "投保人", "納稅人",
    # crypto-assets are counted coins, no ISO 4217 currency (200萬比特幣)
    "比特幣", "以太幣", "泰達幣", "狗狗幣",
)  # fmt: skip

#: Capacity units → watts per unit. MWh/GWh (energy) are excluded by ENERGY_AFTER.
CAPACITY_UNITS: dict[str, Decimal] = {
    "GW": Decimal(10**9), "吉瓦": Decimal(10**9), "千兆瓦": Decimal(10**9),
    "gigawatts": Decimal(10**9), "gigawatt": Decimal(10**9), "Gigawatts": Decimal(10**9),
    "Gigawatt": Decimal(10**9), "百萬瓩": Decimal(10**9), "百萬千瓦": Decimal(10**9),
    "MW": Decimal(10**6), "兆瓦": Decimal(10**6), "megawatts": Decimal(10**6),
    "megawatt": Decimal(10**6), "Megawatts": Decimal(10**6), "Megawatt": Decimal(10**6),
    "萬千瓦": Decimal(10**7), "萬瓩": Decimal(10**7), "億瓦": Decimal(10**8),
    "kW": Decimal(10**3), "KW": Decimal(10**3), "千瓦": Decimal(10**3), "瓩": Decimal(10**3),
    "瓦": Decimal(1),
}  # fmt: skip
#: After a capacity unit: energy, not power (200MWh, 1000萬千瓦時).
ENERGY_AFTER: tuple[str, ...] = ("h", "H", "時", "小時")
#: Latin tails that still leave a capacity (100MWp peak, 50MWac / MWdc); the tail is in the span.
CAPACITY_TAILS: tuple[str, ...] = ("p", "ac", "dc", "AC", "DC")

#: Share units (1.6億股, 6.1億舊股, 5億股新股; a trust's units: 配售2億新單位).
SHARE_UNITS: tuple[str, ...] = (
    "股", "舊股", "新股", "普通股", "優先股", "H股", "A股", "B股", "新單位", "基金單位", "新基金單位",
)  # fmt: skip
#: 股 followed by these is another word (股東, 股價, 股權 …).
NOT_SHARE_AFTER: tuple[str, ...] = ("東", "價", "權", "市", "息", "本", "票", "民", "災", "神")
#: ... unless the word is one of these (1.6億股價值 = the value of 1.6億 shares).
SHARE_AFTER_OK: tuple[str, ...] = ("價值",)
#: A share count after these words is a ratio term (每12股供1股), not a count.
SHARE_RATIO_BEFORE: tuple[str, ...] = ("每", "每持有", "每擁有", "供", "送", "配", "轉", "每手", "手")
#: ... and so is one followed by these and a number (1股供2股), or one after 每N股 in its clause
#: (每千股配發100股).
SHARE_RATIO_AFTER: tuple[str, ...] = ("供", "送", "配", "轉", "換", "合")
#: ... and so is every share count in a clause that states a ratio (換股比例為1股A換0.3893股B).
SHARE_RATIO_CONTEXT: tuple[str, ...] = (
    # the board lot of a Hong Kong listing (每手買賣單位為500股) is a lot size, not a count
    "每手",
    "買賣單位",
    "換股比例",
    "換股比率",
    "轉換比例",
    "轉換比率",
    "配股比例",
    "比例為",
    "比率為",
)

#: Percent signs and words written after the number (% and percentage points, 0.5個百分點).
PERCENT_SIGNS: tuple[str, ...] = ("%", "個百分點", "百分點", "個百分比", "個百份點", "百份點")
#: Fractions written before the number: 百分之三十五 = 35 %, 千分之三 = 0.3 %, 萬分之五 = 0.05 %.
PERCENT_FRACTIONS: dict[str, Decimal] = {
    "百分之": Decimal(1),
    "千分之": Decimal("0.1"),
    "萬分之": Decimal("0.01"),
}
#: Hong Kong writes interest rates in 厘 (息率4.25厘 = 4.25 %): a percent after a rate word.
RATE_PERCENT_WORDS: tuple[str, ...] = ("厘", "釐")
RATE_WORDS: tuple[str, ...] = ("息", "利率", "回報", "按揭", "孳息", "票息", "收益率", "資本化率", "年利")
#: 成 = tenths (八成 = 80 %); not when it starts another word (成為, 成交, 成本 …).
TENTHS_WORD = "成"
NOT_TENTHS_AFTER: tuple[str, ...] = (
    "為", "立", "交", "本", "員", "功", "長", "果", "熟", "品", "績", "份", "型", "就", "都",
    "效", "了", "分", "真", "年", "人", "名", "語", "形", "群", "全", "事", "不變",
)  # fmt: skip
#: 兩成多 = more than 20 %, unless 多 starts a word (兩成多元化, 三成多數).
NOT_TENTHS_MORE_BEFORE: tuple[str, ...] = ("元", "樣", "種", "數", "家", "個", "項", "名", "次", "少")

#: Parenthesised glosses after a unit define the unit: 10吉瓦（Gigawatt，簡稱GW，即100萬千瓦）.
GLOSS_WORDS: tuple[str, ...] = ("即", "簡稱", "亦即", "相當於", "等於")

#: Scope declarations: a bracket that names the currency of the figures from here on, such as
#: （人民幣，下同）, （單位：人民幣，下同）, (幣種:人民幣), or (單位下同) after an amount with its
#: currency. Unit words that may open the bracket ...
SCOPE_UNIT_WORDS: tuple[str, ...] = ("單位", "幣種", "幣別", "貨幣", "金額單位", "貨幣單位", "除特別註明外")
#: ... amount words that may follow the currency (人民幣元, 人民幣萬元) ...
SCOPE_AMOUNT_WORDS: tuple[str, ...] = ("元", "萬元", "億元", "千元", "百萬元")
#: ... and the words that extend it to the rest of the text.
SCOPE_SAME_WORDS: tuple[str, ...] = (
    "下同", "以下同", "以下皆同", "以下均同", "下文同", "單位下同", "幣種下同", "後同", "以下相同",
    "同下",
)  # fmt: skip
#: A declaration in words: (金額均為人民幣), (以人民幣計), (除另有說明外，金額均為港元), and in a
#: sentence that looks ahead: 以下金額均以人民幣計. [item] [all] as CURRENCY [counted].
SCOPE_ITEM_WORDS: tuple[str, ...] = ("金額", "數字", "數額", "款項", "所有金額")
SCOPE_ALL_WORDS: tuple[str, ...] = ("均", "皆", "全部", "一律")
SCOPE_AS_WORDS: tuple[str, ...] = ("為", "以")
SCOPE_COUNTED_WORDS: tuple[str, ...] = ("計", "計算", "列示", "列賬", "為單位")
SCOPE_AHEAD_WORDS: tuple[str, ...] = ("以下", "下文", "本文")

#: Words jieba should keep whole (currency names and units); the tokenizer reads this name. A
#: fixed list: the currency table below may grow without changing how jieba cuts the text.
TOKENIZER_WORDS: tuple[str, ...] = (
    "£", "₩", "€", "丹麥克朗", "人民幣", "令吉", "億元", "兆瓦", "円", "加元", "加幣", "千兆瓦",
    "南非幣", "印尼盾", "印度盧比", "台幣", "吉瓦", "坡元", "坡幣", "披索", "挪威克朗", "新元",
    "新加坡元", "新加坡幣", "新台幣", "新台幣元", "新台幣元整", "新幣", "新臺幣", "日元", "日圓",
    "日幣", "林吉特", "歐元", "歐羅", "泰銖", "港元", "港圓", "港幣", "澳元", "澳幣", "澳門元",
    "澳門幣", "瑞典克朗", "瑞士法郎", "瑞郎", "百萬瓩", "盧布", "盧比", "紐元", "美元", "美金",
    "臺幣", "英鎊", "萬元", "萬千瓦", "越南盾", "韓元", "韓圓", "韓圜", "馬幣",
)  # fmt: skip

# ---- marks and small words the grammar reads around a number (view forms: the view folds
# full-width punctuation to ASCII, so ，：（ are written , : ( here)

#: Brackets and quotes that end a clause for the quantities grammar, besides the clause
#: punctuation of ``grammar.CLAUSE_END`` (book-title marks 《》 do not end one).
CLAUSE_BRACKETS = "()[]【】「」『』“”"
#: Rate words reach across a colon (月支出:10億美元).
PER_CROSSES = ":"
#: Money words reach across quotes (百億規模的“融資戰”).
MONEY_CROSSES = "「」『』“”"
#: A minus sign right before a number (EPS為-0.35元, 年增率-5%).
MINUS_SIGNS = "-−"
#: 厘 followed by these is a length (厘米), not a rate.
NOT_RATE_PERCENT_AFTER: tuple[str, ...] = ("米",)
#: Before a share count these state a ratio term with a number between (每持有10股, 每千股).
SHARE_RATIO_EVERY: tuple[str, ...] = ("每", "每持有", "每擁有")
#: Numeral characters of a ratio term besides the digits (每千股, 1股供2股) ...
RATIO_UNIT_CHARS = "十百千"
#: ... and the scale word a 每N股 term may carry (每1萬股).
RATIO_SCALE_CHARS = "萬"
#: The share word: a price word holding it is about shares, not REIT units.
SHARE_WORD = "股"
#: Rate words that start with this are rates even right after a number (每月 in 3每月 is rare;
#: 10月支出 is a date before a noun).
PER_PREFIX = "每"
#: Qualifier words starting with this (約, 約為) can be the tail of another word (要約, 合約).
BLOCKABLE_QUALIFIER_HEAD = "約"
#: Before a capacity these make it a denominator (每GW, 每個千兆瓦), not a capacity.
PER_CAPACITY_BEFORE: tuple[str, ...] = ("每", "每個")
#: "每個千兆瓦" / "每千兆瓦": 每 and the optional counter between 每 and a capacity unit.
PER_EVERY = "每"
PER_COUNTER = "個"
#: "one" before a capacity unit in a unit cost (1GW數據中心的成本).
ONE_UNIT: tuple[str, ...] = ("1", "一")
#: A unit cost phrase (1GW數據中心的成本) does not cross these.
COST_PHRASE_ENDS = ",。;"
#: A price move given with its percentage (升0.2元或3%): the word between.
MOVE_PERCENT_JOINER = "或"
#: After Arabic digits 仙 is a cent wherever it stands (飆漲12仙, 起20仙) ...
CENT_WORDS_ALONE: tuple[str, ...] = ("仙",)
#: ... unless it starts another word (仙股 = penny stock, 仙人, 仙境).
NOT_CENT_AFTER: tuple[str, ...] = ("股", "人", "女", "境", "逝", "子", "丹", "界", "姑", "鶴", "草")
#: After a level verb's amount these name the level (接近10萬韓元大關, 已過50.01%的門檻).
LEVEL_NOUNS: tuple[str, ...] = ("大關", "關口", "門檻", "的門檻", "水平", "關卡")
#: 整 / 正 after a currency mean "exactly" only at the end of the phrase; before these they start
#: another word (整體, 正在).
EXACT_SUFFIX_ENDS: str = "。,;:!?)]」』”、 \n"
#: A hundredth unit followed by these is another word (5分鐘, 3分之1).
NOT_HUNDREDTH_AFTER: tuple[str, ...] = (
    "鐘", "之", "析", "別", "子", "行", "店", "局", "數", "佈", "配", "期",
)  # fmt: skip
#: Taiwan trades shares in lots of 1,000 (張): 外資賣超2萬張 = 20 million shares. 張 also counts
#: sheets and cheques, so it is a lot only in a sentence about trading.
LOT_WORDS: tuple[str, ...] = ("張",)
LOT_SIZE = 1000
LOT_CONTEXT: tuple[str, ...] = (
    "賣超", "買超", "成交量", "成交", "張數", "庫存", "申購", "抽籤", "零股", "融資", "融券", "外資",
    "投信", "自營商", "持股", "股票", "股價", "個股", "台股", "權證", "認購", "買進", "賣出", "買入",
    "股份",
)  # fmt: skip
#: 張 followed by these counts sheets, tickets and cards, not lots (3張支票, 5張票, 2張信用卡).
NOT_LOT_AFTER: tuple[str, ...] = (
    "票", "支票", "卡", "信用卡", "單", "圖", "紙", "照", "牌", "桌", "床", "椅", "網", "表", "畫",
    "嘴", "臉", "券", "選票", "彩票", "門票", "訂單", "發票", "罰單", "合約", "合同",
)  # fmt: skip
