"""Language data for recognising organisations and people: tables, not code.

Words may be written in either script: the recogniser normalises every table through the same
t2s view it reads the text in.
"""

from __future__ import annotations

#: Words that end an organisation name, longest first when they share an ending. "strong" ones
#: make any distinctive name before them an organisation; "weak" ones (industry words) only when
#: the name is not followed by more nouns (嘉進投資公布 yes, 科技巨頭 no).
ORG_SUFFIXES_STRONG: tuple[str, ...] = (
    "股份有限公司", "有限責任公司", "私人有限公司", "有限公司", "控股集團", "企業集團", "集團公司",
    "控股公司", "投資公司", "管理公司", "公司", "集團", "銀行", "分行", "支行", "分公司", "證券",
    "證券行", "資本市場", "資本", "基金會", "基金", "創投", "金控", "人壽", "產險", "保險公司",
    "交易所", "協會", "商會", "委員會", "理事會", "研究院", "研究所", "事務所", "總部", "區域總部",
    "人民政府", "市政府", "政府", "常委會", "大學", "學院", "通訊社", "新聞社",
)
ORG_SUFFIXES_WEAK: tuple[str, ...] = (
    "控股", "科技", "電信", "半導體", "電子", "光電", "能源", "新能源", "電力", "電業", "地產", "置業",
    "藥業", "醫藥", "製藥", "生物", "高科", "高新", "汽車", "實業", "工業", "電機", "航運", "海運", "傳媒",
    "精密", "光學", "鋼鐵", "國際",
)

#: Latin words that end an organisation name (compared case-insensitively, trailing "." ignored)
LATIN_ORG_SUFFIXES: frozenset[str] = frozenset(
    {
        "inc", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp", "plc",
        "gmbh", "ag", "sa", "a/s", "nv", "bv", "se", "pte", "bhd", "berhad", "sdn", "holdings",
        "holding", "group", "capital", "partners", "securities", "bank", "fund", "ventures",
        "management", "research", "technologies", "technology", "systems", "energy", "power",
        "cloud", "data", "labs", "investments", "investment", "advisors", "associates", "markets",
        "financial", "insurance", "motors", "therapeutics", "pharma", "pharmaceuticals",
        "biosciences", "semiconductor", "electronics", "networks", "media", "solar", "land",
        "properties", "reit", "trust", "scsp", "international", "global", "industries", "airlines",
    }
)

#: Words in front of a name saying it is an organisation (子公司Sageland, 投行Wedbush Securities)
ORG_DESCRIPTORS: tuple[str, ...] = (
    "公司", "子公司", "母公司", "集團", "企業", "業者", "廠商", "大廠", "供應商", "製造商", "開發商",
    "營運商", "服務商", "運營商", "新創", "新創公司", "初創", "獨角獸", "投行", "銀行", "券商",
    "基金", "避險基金", "對沖基金", "私募", "創投", "機構", "顧問公司", "研究機構", "平台",
    "合作夥伴", "夥伴", "客戶", "對手", "同業", "晶片商", "晶片廠", "代工廠", "雲端服務商",
    "媒體", "網站", "交易所", "股", "概念股",
)

#: Nouns right after a Latin name saying it is a product, model, standard or event, not a company
PRODUCT_CONTEXT: tuple[str, ...] = (
    "架構", "平台", "系列", "模型", "大模型", "晶片", "芯片", "處理器", "大會", "機架", "生態",
    "軟體", "軟件", "開源", "指數", "系統", "版本", "手機", "伺服器", "顯卡", "GPU", "標準",
    "協議", "框架", "應用", "程式", "App", "APP", "演算法", "叢集",
)

#: Never entities on their own: generic nouns for companies, governments and people
GENERIC_NAMES: frozenset[str] = frozenset(
    {
        "公司", "該公司", "本公司", "這家公司", "此公司", "母公司", "子公司", "分公司", "集團",
        "該集團", "本集團", "政府", "當地政府", "地方政府", "中央政府", "銀行", "該銀行", "業者",
        "企業", "廠商", "機構", "金融機構", "投資人", "投資者", "股東", "大股東", "董事會",
        "科技公司", "上市公司", "新創公司", "控股公司", "投資公司", "管理公司", "資產管理公司",
        "特殊目的公司", "空殼公司", "保險公司", "證券公司", "基金公司", "能源公司", "電力公司",
        "晶片公司", "半導體公司", "雲端公司", "AI公司", "科技巨頭", "雙方", "三方", "各方", "對方",
        "交易所", "協會", "委員會", "總部", "分行", "支行", "基金", "資本", "證券", "創投",
        "有限公司", "股份有限公司", "科技", "能源", "投資", "控股", "國際", "人壽", "大學",
        "主權基金", "投資基金", "共同投資基金", "私募基金", "對沖基金", "避險基金",
        "國有銀行", "商業銀行", "投資銀行", "中央銀行", "央行", "地方政府", "市政府",
    }
)

#: Tokens that are never part of a name: descriptors and function words (the left boundary of
#: an organisation name stops at them, whatever their part of speech)
NAME_STOPS: frozenset[str] = frozenset(
    {
        "旗下", "子公司", "母公司", "全資", "全資子公司", "間接", "其", "該", "此", "這", "那", "本",
        "各", "每", "兼", "暨", "多家", "兩家", "三家", "一家", "這家", "其他", "以及", "及", "與", "和", "或",
        "向", "對", "由", "為", "以", "將", "在", "於", "是", "把", "被", "讓", "跟", "同", "從",
        "至", "經", "據", "因", "等", "的", "之", "了", "着", "著", "也", "亦", "則", "並", "且",
        "更", "再", "均", "都", "還", "已", "擬", "與其", "透過", "通過", "宣布", "表示", "指出",
        "成立", "設立", "收購", "增資", "入股", "合資", "合作", "簽署", "取得", "受讓", "發放",
        "提供", "持有", "參與", "牽頭", "成功", "申請", "核准", "披露", "發布", "公告",
        "包括", "例如", "如", "像", "即", "前", "後", "業者", "龍頭", "巨頭", "大廠", "廠商",
        "代工廠", "晶圓代工廠", "供應商", "新創", "新創公司", "合作夥伴", "夥伴", "客戶", "對手",
        "投行", "券商", "機構", "平台", "股", "地產股", "概念股", "新股", "招股", "配售", "供股",
        "來源", "記者", "報導", "報道", "專訊", "公司", "集團", "銀行", "控股股東",
        "股東", "大股東", "董事會", "全體", "當地", "國有", "民營", "上市", "中資", "外資", "台商",
        "轉投資", "被投資", "再投資", "地區", "地方", "境內", "海外", "國內", "全國", "全球", "本地", "另", "另外", "此外",
    }
)

#: Titles and roles that precede a person's name (董事長曾文生, 分析師Dan Ives, 記者 張珍)
PERSON_TITLES: tuple[str, ...] = (
    "董事長", "副董事長", "名譽董事長", "總經理", "副總經理", "執行長", "財務長", "營運長",
    "技術長", "策略長", "投資長", "總裁", "副總裁", "主席", "副主席", "首席執行官", "首席財務官",
    "首席運營官", "首席執行員", "首席營運員", "首席戰略員", "首席經濟學家", "首席策略師",
    "創辦人", "共同創辦人", "創始人", "聯合創始人", "分析師", "經濟學家", "策略師", "基金經理",
    "經理人", "董事", "執行董事", "非執行董事", "獨立董事", "獨立非執行董事", "董事經理",
    "總監", "處長", "資深處長", "副處長", "局長", "副局長", "部長", "副部長", "署長", "司長",
    "主任", "副主任", "主委", "副主委", "書記", "市委書記", "黨委書記", "省委書記", "理事長",
    "會長", "秘書長", "發言人", "總統", "副總統", "總理", "首相", "市長", "省長", "州長", "院長",
    "行長", "副行長", "教授", "合夥人", "負責人", "大股東", "記者", "通訊員", "特派員", "主播",
    "CEO", "CFO", "COO", "CTO", "前主席", "前總統", "前執行長", "前董事長",
)

#: Words that join two titles of one person (董事長暨執行長, 創辦人兼執行長)
TITLE_JOINERS: tuple[str, ...] = ("兼", "暨", "及", "、", "和")

#: Byline markers: the name follows (文．洪寶山, 撰文／…)
BYLINE_MARKERS: tuple[str, ...] = ("文．", "文/", "文／", "文:", "文：", "撰文：", "撰文:", "撰文/", "作者：", "作者:")

#: Verbs of saying after a person's name (林俊宏表示)
SPEECH_VERBS: tuple[str, ...] = (
    "表示", "指出", "說", "稱", "認為", "坦言", "透露", "強調", "補充", "預測", "表明", "直言",
    "說明", "提到", "警告", "估計", "估算", "預估", "相信", "承認", "回應", "宣布", "呼籲",
)

#: Common Chinese surnames (single and compound), for names next to titles
SURNAMES: str = (
    "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林高羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘於蔣蔡余杜葉程"
    "蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋付方白鄒孟熊秦邱江尹薛閆段雷侯龍史陶黎賀顧毛郝"
    "龔邵萬錢覃武戴孔湯莊溫施聶翁洪柯游詹甘賴卓歐凌鄔駱童嚴藍白紀簡卜包魯倪連褚寧喬古季柴樊"
    "郁鮑宮曲向關苗祝左項閻芮滕商殷邢焦麥利勞巫涂葛饒"
)
COMPOUND_SURNAMES: tuple[str, ...] = ("歐陽", "司馬", "上官", "諸葛", "東方", "皇甫", "尉遲", "公孫", "慕容", "令狐", "司徒", "張簡")

#: Short Latin tokens that are never names on their own (units, roles, finance acronyms)
LATIN_STOPWORDS: frozenset[str] = frozenset(
    {
        "ai", "agi", "asi", "gpu", "gpus", "cpu", "tpu", "asic", "ceo", "cfo", "coo", "cto", "ipo",
        "spv", "spac", "etf", "reit", "gw", "mw", "kw", "mwh", "gwh", "tw", "gdp", "cagr", "loi",
        "mou", "esg", "api", "app", "idc", "it", "ic", "pc", "ev", "evs", "ipp", "ppa", "capex",
        "opex", "ebitda", "eps", "pe", "pb", "roe", "yoy", "qoq", "q1", "q2", "q3", "q4", "h1", "h2",
        "us", "usa", "uk", "eu", "hk", "tw", "cn", "sg", "my", "jp", "kr", "usd", "twd", "hkd",
        "cny", "rmb", "sgd", "myr", "jpy", "eur", "gbp", "nt", "token", "tokens", "fomo", "mbs",
        "cdo", "ok", "vs", "etc", "dr", "mr", "ms", "mrs", "no", "pdf", "html", "www", "com",
        "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "by", "is", "at", "as",
        "llm", "llms", "genai", "saas", "iaas", "paas", "gpuaas", "cuda", "dram", "hbm", "nand",
        "cowos", "soic", "l5", "5g", "6g", "4g", "ar", "vr", "xr", "iot", "ipp", "bess", "caes",
        "pv", "ac", "dc", "ups", "abs", "ppp", "bot", "epc", "ota", "ot",
    }
)

#: Lowercase words allowed inside a Latin organisation or person name
LATIN_CONNECTORS: frozenset[str] = frozenset({"of", "and", "&", "de", "du", "la", "van", "von", "der", "the", "for"})

#: Media words: a name ending in one is a media outlet (日報, 通訊社, 財經網…)
MEDIA_SUFFIXES: tuple[str, ...] = (
    "通訊社", "新聞社", "新聞網", "財經網", "經濟網", "日報", "晚報", "早報", "時報", "週刊", "周刊",
    "月刊", "雜誌", "電視台", "電台", "報", "社",
)
#: Dateline / source words after a media name (中央社台北17日電, 明報專訊, 據路透報導)
MEDIA_CUES_AFTER: tuple[str, ...] = ("專訊", "報導", "報道", "電", "訊", "消息", "獨家")

#: Chinese numerals: a Latin word right after one is a unit, not a name (100兆Token)
NUMERAL_CHARS: str = "0123456789〇零一二三四五六七八九十百千萬億兆两兩數"

#: Characters that start a clause, not a name: an unknown token beginning with one (另弘海, 本批)
#: has the character cut off, or is no name at all when only one character would be left
CLAUSE_CHARS: str = "另本此該這那每各其與和及向由在將為以從對並且"

#: Words after a known organisation's name that make the span an index, not the organisation
INDEX_WORDS: tuple[str, ...] = ("指數", "綜合指數", "成份股指數")
