"""Every currency: ISO 4217 codes with their Chinese names, short forms and symbols (tables).

Names may be written in either script (the grammar folds them through the article view), so a
name is listed once unless the markets use different *words* for it (林吉特 on the mainland,
令吉 in Malaysia; 紐西蘭幣 in Taiwan, 新西蘭元 on the mainland; 韓圜 in Hong Kong). A name is
read after the number (20億美元) and before it (美元20億, 人民幣30億元); symbols and Latin codes
before it (US$20億, RM1.5億, USD 300 million) or after it (300 USD).

Names several currencies share (比索, 盧比, 克朗, 法郎 …) are in AMBIGUOUS_NAMES: the country
named in the sentence or the article decides, else the default. 元 / $ / ¥ alone are the local
dollar: the market the article is written from decides (pipeline.text.region).
"""

from __future__ import annotations

#: ISO 4217 code → Chinese names (the first is the usual one).
CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    # the markets of Chinese-language news
    "CNY": ("人民幣", "人幣", "離岸人民幣", "在岸人民幣", "人民幣元", "人仔"),
    "TWD": ("新台幣", "新臺幣", "台幣", "臺幣", "新台幣元"),
    "HKD": ("港元", "港幣", "港圓", "港紙", "港幣元"),
    "MOP": ("澳門元", "澳門幣", "葡幣", "澳門圓", "澳門葡幣"),
    "SGD": ("新加坡元", "新元", "坡元", "新幣", "坡幣", "新加坡幣", "星元", "星幣"),
    "MYR": ("令吉", "馬幣", "林吉特", "馬來西亞令吉", "馬來西亞林吉特"),
    # majors
    "USD": ("美元", "美金", "美圓", "美刀"),
    "EUR": ("歐元", "歐羅", "歐"),
    "GBP": ("英鎊",),
    "JPY": ("日圓", "日元", "日幣", "円"),
    "KRW": ("韓元", "韓圜", "韓圓", "韓幣"),
    "CHF": ("瑞士法郎", "瑞郎"),
    "AUD": ("澳元", "澳幣", "澳洲元", "澳大利亞元"),
    "NZD": ("紐元", "紐西蘭幣", "紐西蘭元", "新西蘭元"),
    "CAD": ("加元", "加幣", "加拿大元"),
    # Asia
    "THB": ("泰銖", "泰國銖", "泰幣"),
    "IDR": ("印尼盾", "印尼盧比", "印度尼西亞盧比", "印尼幣"),
    "VND": ("越南盾", "越幣"),
    "PHP": ("菲律賓披索", "菲律賓比索", "菲披索", "菲國披索", "菲幣"),
    "INR": ("印度盧比", "印度盧布"),
    "PKR": ("巴基斯坦盧比",),
    "LKR": ("斯里蘭卡盧比",),
    "NPR": ("尼泊爾盧比",),
    "BDT": ("孟加拉塔卡", "塔卡"),
    "MMK": ("緬元", "緬甸元", "緬甸緬元"),
    "KHR": ("柬埔寨瑞爾", "瑞爾"),
    "LAK": ("老撾基普", "寮國基普", "基普"),
    "BND": ("汶萊元", "文萊元"),
    "MNT": ("蒙古圖格里克", "圖格里克"),
    "KZT": ("哈薩克堅戈", "哈薩克斯坦堅戈", "堅戈"),
    "UZS": ("烏茲別克蘇姆", "烏茲別克斯坦蘇姆"),
    "AFN": ("阿富汗尼",),
    "MVR": ("馬爾代夫拉菲亞", "拉菲亞"),
    # Middle East
    "AED": ("阿聯酋迪拉姆", "阿聯迪拉姆", "迪拉姆"),
    "SAR": ("沙特里亞爾", "沙烏地里亞爾", "沙地阿拉伯里亞爾", "沙特阿拉伯里亞爾", "沙地里亞爾"),
    "QAR": ("卡塔爾里亞爾", "卡達里亞爾"),
    "OMR": ("阿曼里亞爾",),
    "KWD": ("科威特第納爾",),
    "BHD": ("巴林第納爾",),
    "JOD": ("約旦第納爾",),
    "IQD": ("伊拉克第納爾",),
    "IRR": ("伊朗里亞爾",),
    "ILS": ("以色列新謝克爾", "以色列謝克爾", "新謝克爾", "謝克爾"),
    "TRY": ("土耳其里拉", "新土耳其里拉"),
    "EGP": ("埃及鎊",),
    # Europe
    "RUB": ("盧布", "俄羅斯盧布"),
    "UAH": ("烏克蘭格里夫納", "格里夫納", "赫夫米"),
    "PLN": ("波蘭茲羅提", "茲羅提"),
    "CZK": ("捷克克朗",),
    "HUF": ("匈牙利福林", "福林"),
    "RON": ("羅馬尼亞列伊", "列伊"),
    "BGN": ("保加利亞列弗", "列弗"),
    "SEK": ("瑞典克朗",),
    "NOK": ("挪威克朗",),
    "DKK": ("丹麥克朗",),
    "ISK": ("冰島克朗",),
    "RSD": ("塞爾維亞第納爾",),
    # Americas
    "MXN": ("墨西哥比索", "墨西哥披索"),
    "BRL": ("巴西雷亞爾", "巴西里爾", "雷亞爾", "巴西幣"),
    "ARS": ("阿根廷比索", "阿根廷披索"),
    "CLP": ("智利比索", "智利披索"),
    "COP": ("哥倫比亞比索", "哥倫比亞披索"),
    "PEN": ("秘魯索爾", "秘魯新索爾", "新索爾"),
    "VES": ("委內瑞拉玻利瓦爾", "玻利瓦爾"),
    "UYU": ("烏拉圭比索",),
    # Africa and Oceania
    "ZAR": ("南非蘭特", "南非幣", "蘭特"),
    "NGN": ("奈拉", "尼日利亞奈拉", "奈及利亞奈拉"),
    "KES": ("肯尼亞先令", "肯亞先令"),
    "TZS": ("坦桑尼亞先令", "坦尚尼亞先令"),
    "UGX": ("烏干達先令",),
    "GHS": ("加納塞地", "迦納塞地", "塞地"),
    "ETB": ("埃塞俄比亞比爾", "衣索比亞比爾"),
    "MAD": ("摩洛哥迪拉姆",),
    "ZMW": ("贊比亞克瓦查", "尚比亞克瓦查"),
    "FJD": ("斐濟元",),
    "XOF": ("西非法郎",),
    "XAF": ("中非法郎",),
    # the rest of ISO 4217
    "ALL": ("阿爾巴尼亞列克",), "AMD": ("亞美尼亞德拉姆",), "ANG": ("荷屬安的列斯盾",),
    "AOA": ("安哥拉寬扎",), "AWG": ("阿魯巴弗羅林",), "AZN": ("阿塞拜疆馬納特", "亞塞拜然馬納特"),
    "BAM": ("波黑可兌換馬克",), "BBD": ("巴巴多斯元",), "BIF": ("布隆迪法郎",), "BMD": ("百慕大元",),
    "BOB": ("玻利維亞諾",), "BSD": ("巴哈馬元",), "BTN": ("不丹努扎姆",), "BWP": ("博茨瓦納普拉",),
    "BYN": ("白俄羅斯盧布",), "BZD": ("伯利茲元",), "CDF": ("剛果法郎",), "CRC": ("哥斯達黎加科朗",),
    "CUP": ("古巴比索",), "CVE": ("佛得角埃斯庫多",), "DJF": ("吉布提法郎",), "DOP": ("多米尼加比索",),
    "DZD": ("阿爾及利亞第納爾",), "ERN": ("厄立特里亞納克法",), "FKP": ("福克蘭群島鎊",),
    "GEL": ("格魯吉亞拉里", "喬治亞拉里"), "GIP": ("直布羅陀鎊",), "GMD": ("岡比亞達拉西",),
    "GNF": ("幾內亞法郎",), "GTQ": ("危地馬拉格查爾", "瓜地馬拉格查爾"), "GYD": ("圭亞那元",),
    "HNL": ("洪都拉斯倫皮拉",), "HTG": ("海地古德",), "JMD": ("牙買加元",), "KGS": ("吉爾吉斯索姆",),
    "KMF": ("科摩羅法郎",), "KPW": ("朝鮮圓", "北韓圓"), "KYD": ("開曼群島元",), "LBP": ("黎巴嫩鎊",),
    "LRD": ("利比里亞元",), "LSL": ("萊索托洛蒂",), "LYD": ("利比亞第納爾",), "MDL": ("摩爾多瓦列伊",),
    "MGA": ("馬達加斯加阿里亞里",), "MKD": ("北馬其頓第納爾", "馬其頓第納爾"),
    "MRU": ("毛里塔尼亞烏吉亞",), "MUR": ("毛里求斯盧比", "模里西斯盧比"), "MWK": ("馬拉維克瓦查",),
    "MZN": ("莫桑比克梅蒂卡爾",), "NAD": ("納米比亞元",), "NIO": ("尼加拉瓜科多巴",),
    "PAB": ("巴拿馬巴波亞",), "PGK": ("巴布亞新幾內亞基那",), "PYG": ("巴拉圭瓜拉尼",),
    "RWF": ("盧旺達法郎", "盧安達法郎"), "SBD": ("所羅門群島元",), "SCR": ("塞舌爾盧比",),
    "SDG": ("蘇丹鎊",), "SHP": ("聖赫勒拿鎊",), "SLE": ("塞拉利昂利昂",), "SOS": ("索馬里先令",),
    "SRD": ("蘇里南元",), "SSP": ("南蘇丹鎊",), "STN": ("聖多美和普林西比多布拉",),
    "SVC": ("薩爾瓦多科朗",), "SYP": ("敘利亞鎊",), "SZL": ("斯威士蘭里蘭吉尼",),
    "TJS": ("塔吉克斯坦索莫尼", "塔吉克索莫尼"), "TMT": ("土庫曼斯坦馬納特", "土庫曼馬納特"),
    "TND": ("突尼斯第納爾",), "TOP": ("湯加潘加", "東加潘加"), "TTD": ("特立尼達和多巴哥元",),
    "VUV": ("瓦努阿圖瓦圖",), "WST": ("薩摩亞塔拉",), "XCD": ("東加勒比元",), "YER": ("也門里亞爾",),
    "ZWL": ("津巴布韋元", "辛巴威元"), "XPF": ("太平洋法郎",), "XDR": ("特別提款權",),
    "HRK": ("克羅地亞庫納",),
}  # fmt: skip

#: A short name followed by one of these is another word (5歐洲國家, 3歐盟).
NOT_CURRENCY_AFTER: dict[str, tuple[str, ...]] = {
    "歐": ("洲", "盟", "美", "亞", "陸", "巴", "式", "風", "文", "姆"),
    "人仔": ("細",),  # 仔細 = carefully
}

#: Symbols and Latin codes written before the number (US$20億, NT$5000, RM1.5億, USD 300 million).
CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "NT$": "TWD", "NTD": "TWD", "TWD": "TWD",
    "HK$": "HKD", "HKD": "HKD", "S$": "SGD", "SG$": "SGD", "SGD": "SGD", "RM": "MYR", "MYR": "MYR",
    "RMB": "CNY", "CNY": "CNY", "CNH": "CNY", "MOP$": "MOP", "MOP": "MOP", "A$": "AUD",
    "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "NZ$": "NZD", "NZD": "NZD",
    "B$": "BND", "BND": "BND", "R$": "BRL", "BRL": "BRL", "EUR": "EUR", "€": "EUR", "GBP": "GBP",
    "£": "GBP", "JPY": "JPY", "KRW": "KRW", "₩": "KRW", "CHF": "CHF", "INR": "INR", "₹": "INR",
    "RUB": "RUB", "₽": "RUB", "THB": "THB", "฿": "THB", "PHP": "PHP", "₱": "PHP", "VND": "VND",
    "₫": "VND", "IDR": "IDR", "Rp": "IDR", "TRY": "TRY", "₺": "TRY", "ZAR": "ZAR", "MXN": "MXN",
    "AED": "AED", "SAR": "SAR", "ILS": "ILS", "₪": "ILS", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
    "PLN": "PLN", "CZK": "CZK", "HUF": "HUF", "NGN": "NGN", "₦": "NGN", "EGP": "EGP", "PKR": "PKR",
    "BDT": "BDT", "LKR": "LKR", "KZT": "KZT", "QAR": "QAR", "KWD": "KWD",
    # a space before the sign (US $1.5 billion)
    "US $": "USD", "HK $": "HKD", "NT $": "TWD", "S $": "SGD", "A $": "AUD", "C $": "CAD",
}  # fmt: skip

#: Latin codes also written after the number (300 USD, 5000萬 HKD).
CODES_AFTER: tuple[str, ...] = (
    "USD", "HKD", "TWD", "NTD", "CNY", "RMB", "SGD", "MYR", "EUR", "GBP", "JPY", "KRW", "AUD",
    "CAD", "CHF", "CNH",
)  # fmt: skip

#: Names several currencies share: (the default code, {a country word in the text: code}).
AMBIGUOUS_NAMES: dict[str, tuple[str, dict[str, str]]] = {
    "比索": ("PHP", {"菲律賓": "PHP", "墨西哥": "MXN", "阿根廷": "ARS", "智利": "CLP", "哥倫比亞": "COP",
                    "烏拉圭": "UYU"}),
    "披索": ("PHP", {"菲律賓": "PHP", "墨西哥": "MXN", "阿根廷": "ARS", "智利": "CLP", "哥倫比亞": "COP"}),
    "盧比": ("INR", {"印度": "INR", "巴基斯坦": "PKR", "斯里蘭卡": "LKR", "尼泊爾": "NPR", "印尼": "IDR"}),
    "克朗": ("SEK", {"瑞典": "SEK", "挪威": "NOK", "丹麥": "DKK", "捷克": "CZK", "冰島": "ISK"}),
    "法郎": ("CHF", {"瑞士": "CHF", "西非": "XOF", "中非": "XAF"}),
    "里拉": ("TRY", {"土耳其": "TRY"}),
    "里亞爾": ("SAR", {"沙特": "SAR", "沙烏地": "SAR", "卡塔爾": "QAR", "卡達": "QAR", "阿曼": "OMR",
                     "伊朗": "IRR"}),
    "第納爾": ("KWD", {"科威特": "KWD", "巴林": "BHD", "約旦": "JOD", "伊拉克": "IQD", "塞爾維亞": "RSD"}),
    "先令": ("KES", {"肯尼亞": "KES", "肯亞": "KES", "坦桑尼亞": "TZS", "烏干達": "UGX"}),
    "盾": ("VND", {"越南": "VND", "印尼": "IDR"}),
    "鎊": ("GBP", {"英國": "GBP", "埃及": "EGP"}),
}  # fmt: skip

#: ¥ / ￥ alone: the yuan in mainland text, the yen elsewhere unless the text says otherwise.
YEN_SIGNS: tuple[str, ...] = ("¥", "￥")
YEN_BY_MARKET: dict[str, str] = {"mainland": "CNY"}
YEN_DEFAULT = "JPY"

#: The dollar of Cantonese money words (二十蚊, 五毫子, 七個半) when the article's source does not
#: say its market: Macau's pataca in a Macau article, else the Hong Kong dollar.
CANTONESE_HOME: dict[str, str] = {"macau": "MOP"}
CANTONESE_DEFAULT = "HKD"
#: ... a word in the sentence that settles which one it is.
YEN_CONTEXT: dict[str, str] = {"人民幣": "CNY", "日本": "JPY", "日圓": "JPY", "日元": "JPY"}
