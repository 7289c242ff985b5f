"""Language data for recognising organisations and people: tables, not code.

Words may be written in either script: the recogniser normalises every table through the same
t2s view it reads the text in.
"""

# Tables are whitespace-separated word lists (spaCy's lang/ style), easier to read and extend.
# ruff: noqa: SIM905

from __future__ import annotations

#: Words that end an organisation name, longest first when they share an ending. "strong" ones
#: make any distinctive name before them an organisation; "weak" ones (industry words) only when
#: the name is not followed by more nouns (嘉進投資公布 yes, 科技巨頭 no).
ORG_SUFFIXES_STRONG: tuple[str, ...] = tuple(
    """
    集團股份有限公司 集團有限公司 集團控股有限公司 控股股份有限公司 控股有限公司 集團有限責任公司
    控股有限責任公司
    銀行股份有限公司 銀行有限公司 證券股份有限公司 證券有限公司 保險股份有限公司
    股份有限公司 有限責任公司 私人有限公司 有限公司 (股)公司 控股集團 企業集團 集團公司 控股公司 投資公司
    管理公司 公司 集團 銀行 分行 支行 分公司 證券 證券行 資本市場 資本 基金會 基金 創投
    金控 人壽 產險 保險公司 交易所 協會 商會 委員會 理事會 研究院 研究所 事務所 總部
    區域總部 人民政府 市政府 政府 常委會 大學 學院 通訊社 新聞社 證監局 監管局 金融監管局
    管理局 統計局 稅務局 財政局 商務局 發改委 國資委 金融辦
    發展和改革委員會 發展改革委員會 國有資產監督管理委員會 人民政府國有資產監督管理委員會
    證券交易所 俱樂部 足球俱樂部 聯隊 株式會社 有限會社 合同會社 合夥企業 合夥企業(有限合夥)
    管委會 管理委員會 管理會 有限合夥 能源局 發改局 工信局 經信局 科技局 住建局 自然資源局 生態環境局 國資局
    財政廳 商務廳 發改委 工信廳 科技廳 能源廳 海關 醫院 總醫院 人民醫院
    """.split()
)

#: Legal-form words: a known name followed only by these is the known company
#: (華為技術有限公司, 吉利控股集團); the full ones (…有限公司) also end a name after plain words
LEGAL_SUFFIXES: tuple[str, ...] = tuple(
    """
    集團股份有限公司 集團有限公司 集團控股有限公司 控股股份有限公司 控股有限公司 集團有限責任公司
    控股有限責任公司
    股份有限公司 有限責任公司 私人有限公司 有限公司 (股)公司 公司 集團 控股 控股公司 集團公司
    控股集團 股份
    """.split()
)

#: Words between a known name and its full legal suffix that still name the same company
#: (長鑫存儲技術有限公司); not 科技 or 電子, which often make another company (華新科技)
LEGAL_INDUSTRY_WORDS: tuple[str, ...] = tuple(
    """
    技術 信息技術 網絡技術 股份
    """.split()
)

#: Industry words a mainland registered name puts between the brand and the legal suffix after a
#: leading place (北京字節跳動科技有限公司 is 字節跳動, 深圳市大疆創新科技有限公司 is 大疆): with
#: the place in front, the brand alone is the company
REGISTERED_INDUSTRY_WORDS: tuple[str, ...] = tuple(
    """
    科技 技術 網絡科技 網絡技術 信息科技 信息技術 創新科技 數字科技 智能科技 電子商務 軟件
    網絡 計算機系統 文化傳播 文化傳媒 互聯網科技 新能源科技 股份
    """.split()
)

#: Foreign countries written before a company's name, which are not part of it (韓國三星集團,
#: 日本軟銀集團); Chinese-speaking places are left out: they often are part of a name
#: (中國移動, 新加坡電信, 香港電訊)
FOREIGN_COUNTRY_PREFIXES: tuple[str, ...] = tuple(
    """
    美國 日本 韓國 南韓 德國 法國 英國 荷蘭 瑞士 瑞典 意大利 義大利 加拿大 澳洲 澳大利亞 印度
    以色列 沙特 沙烏地 芬蘭 丹麥 挪威 西班牙 比利時 愛爾蘭 阿聯酋 巴西 墨西哥 俄羅斯 越南 泰國
    印尼 菲律賓 匈牙利 波蘭 捷克 奧地利 葡萄牙 土耳其 埃及 卡達 卡塔爾 科威特 紐西蘭 新西蘭 阿根廷 智利 南非
    """.split()
)

#: Suffixes of organisations tied to a place (分行, 市政府, 證監局): a place before them is
#: enough to make a name
PLACE_SUFFIXES: tuple[str, ...] = tuple(
    """
    人民政府 市政府 政府 分行 支行 分公司 總部 區域總部 常委會 大學 證監局 監管局 金融監管局
    管理局 統計局 稅務局 財政局 商務局 發改委 國資委 金融辦 發展和改革委員會 發展改革委員會
    國有資產監督管理委員會 人民政府國有資產監督管理委員會 證券交易所 管委會 管理委員會 能源局 發改局
    工信局 經信局 科技局 住建局 自然資源局 生態環境局 國資局 財政廳 商務廳 工信廳 科技廳 能源廳 海關
    人民醫院
    """.split()
)

#: Nouns after "…公司" / an industry word that name a part or figure of that company, so the
#: words before are still an organisation (宏全國際(股)公司董事會, 三星電子股價)
ORG_PARTS: tuple[str, ...] = tuple(
    """
    董事會 股東會 股東 董事 董事長 總經理 執行長 總裁 發言人 財報 營收 獲利 股價 員工 高層
    管理層 旗下 子公司 母公司 今日 昨日 今天 昨天 日前 近日 公告 宣布 表示 指出 方面 官方
    負責人 相關負責人 內部人士 相關人士
    """.split()
)

ORG_SUFFIXES_WEAK: tuple[str, ...] = tuple(
    """
    控股 科技 電信 半導體 電子 光電 能源 新能源 電力 電業 地產 置業 藥業 醫藥 製藥 生物
    高科 高新 汽車 實業 工業 電機 航運 海運 傳媒 精密 光學 鋼鐵 國際 物業 鋰業 礦業 化學 化工
    新材料 航空 物流 置地 集成電路 微電子 重工 投資顧問 投顧 資產管理 投資管理 報業
    離岸風電 風場 風電場 光伏電站 太陽能電廠 電廠 興業 石化 化纖 塑膠 股份 造船 船廠
    """.split()
)

#: Words that end an organisation name only when a ticker, a Latin name or a short form in
#: brackets follows (中鼎工程（9933）, 新加坡科技工程（ST Engineering）): on their own they are
#: common nouns (這項工程, 服務機器人)
ORG_SUFFIXES_WITH_ALIAS: tuple[str, ...] = tuple(
    """
    工程 建設工程 機器人 機械人
    """.split()
)

#: Latin words that end an organisation name (compared case-insensitively, trailing "." ignored)
LATIN_ORG_SUFFIXES: frozenset[str] = frozenset(
    """
    a/s advisors ag airlines associates bank berhad bhd biosciences bv capital cloud co company corp
    corporation data electronics energy financial fund global gmbh group holding holdings inc
    industries insurance international investment investments labs land limited llc llp lp ltd
    management markets media motors networks nv partners pharma pharmaceuticals plc power properties
    pte reit research sa scsp sdn se securities semiconductor solar systems technologies technology
    therapeutics trust ventures pe vc growth fund ltda spa kk ab oy oyj asa tbk pcl jsc srl
    """.split()
)

#: Words in front of a name saying it is an organisation (子公司Sageland, 投行Wedbush Securities)
ORG_DESCRIPTORS: tuple[str, ...] = tuple(
    """
    公司 子公司 母公司 集團 企業 業者 廠商 大廠 供應商 製造商 開發商 營運商 服務商 運營商
    新創 新創公司 初創 獨角獸 投行 銀行 券商 基金 避險基金 對沖基金 私募 創投 機構 顧問公司
    研究機構 平台 合作夥伴 夥伴 客戶 對手 同業 晶片商 晶片廠 代工廠 雲端服務商 媒體 網站
    交易所 股 概念股 旗下 巨頭 投資巨頭 隸屬
    """.split()
)

#: Nouns right after a Latin name saying it is a product, model, standard or event, not a company
PRODUCT_CONTEXT: tuple[str, ...] = tuple(
    """
    架構 平台 系列 模型 大模型 晶片 芯片 處理器 大會 機架 生態 軟體 軟件 開源 指數 系統
    版本 手機 伺服器 顯卡 GPU 標準 協議 框架 應用 程式 App APP 演算法 叢集
    """.split()
)

#: Never entities on their own: generic nouns for companies, governments and people
GENERIC_NAMES: frozenset[str] = frozenset(
    """
    AI公司 三方 上市公司 中央政府 中央銀行 主權基金 交易所 人壽 企業 保險公司 公司
    共同投資基金 分公司 分行 創投 半導體公司 協會 各方 商業銀行 國有銀行 國際 地方政府 基金
    基金公司 大學 大股東 央行 委員會 子公司 對方 對沖基金 市政府 廠商 投資 投資人 投資公司
    投資基金 投資者 投資銀行 控股 控股公司 支行 政府 新創公司 晶片公司 有限公司 本公司 本集團
    業者 機構 此公司 母公司 特殊目的公司 當地政府 私募基金 科技 科技公司 科技巨頭 空殼公司
    管理公司 總部 股份有限公司 股東 能源 能源公司 董事會 該公司 該銀行 該集團 證券 證券公司
    資本 資產管理公司 這家公司 避險基金 線上銀行 網路銀行 數位銀行 純網銀 網銀 金融機構 銀行
    集團 雙方 雲端公司 電力公司 網上銀行 手機銀行 網絡銀行 企業網銀 個人網銀 參貸銀行 主辦銀行
    管理銀行 代理銀行 牽頭銀行 協調銀行 統籌銀行 聯貸銀行 放款銀行 往來銀行 貸款銀行
    醫院 總醫院 人民醫院 中醫醫院 中醫院 中小醫院 中心醫院 兒科醫院 兒童醫院 公立醫院 私立醫院
    民營醫院 綜合醫院 專科醫院 教學醫院 定點醫院 三甲醫院 太醫院 民醫院 海軍醫院 空軍醫院 陸軍醫院
    牙科醫院 特約醫院 網上醫院 鐵路醫院 動物醫院 互聯網醫院 養老基金 養老金 退休基金 退休金 退休金基金 公積金
    """.split()
)

#: Tokens that are never part of a name: descriptors and function words (the left boundary of
#: an organisation name stops at them, whatever their part of speech)
NAME_STOPS: frozenset[str] = frozenset(
    """
    一家 三家 上市 且 並 中資 之 也 了 亦 代工廠 以 以及 來源 例如 供應商 供股 像 入股
    全國 全球 全資 全資子公司 全體 兩家 公司 公告 其 其他 兼 再 再投資 券商 則 前 包括
    即 參與 及 取得 受讓 另 另外 台商 各 合作 合作夥伴 合資 同 向 和 因 國內 國有 在
    地區 地方 地產股 均 報導 報道 境內 增資 外資 多家 多地 多國 夥伴 大廠 大股東 如 子公司 客戶
    宣布 將 專訊 對 對手 巨頭 已 平台 廠商 後 從 成功 成立 或 把 投行 披露 招股 持有
    指出 控股股東 提供 據 擬 收購 新創 新創公司 新股 於 旗下 是 晶圓代工廠 暨 更 本 本地
    核准 業者 概念股 機構 此 此外 母公司 每 民營 海外 為 牽頭 由 申請 當地 發布 發放 的
    着 等 簽署 經 股 股東 至 與 與其 著 董事會 表示 被 被投資 記者 設立 該 讓 跟
    轉投資 透過 這 這家 通過 還 那 都 配售 銀行 間接 集團 龍頭 同業 同行
    參貸 公股 主辦 聯席 作為 作爲 用於 用作 用以 獲 受 遭 獲得
    原名 原稱 前稱 前身 現稱 現名 又稱 亦稱 或稱 簡稱 下稱 以下簡稱 更名為 改名為
    已獲 將獲 再獲 並獲 亦獲 均獲 榮獲 喜獲 終獲 已經 已與 將與
    擔任 出任 成為 充當 擔綱 兼任 年度 今年度 去年度 本年度 上半年度 下半年度 季度
    """.split()
)

#: Words after which a noun phrase begins (prepositions, conjunctions, the passive and receiving
#: verbs, descriptors of a company): a name right after one may begin with a word jieba tags as a
#: verb or an adjective (與申能股份有限公司, 獲遠航數字科技, 孫公司東方新能源有限公司); after any other
#: word a verb at the left edge is the predicate, not the name (擬投資上海某某有限公司)
NOUN_PHRASE_OPENERS: frozenset[str] = frozenset(
    """
    與 和 及 以及 暨 向 由 對 為 被 獲 受 遭 給 予 從 把 同 跟 包括 包含 例如 如 子公司 全資子公司
    控股子公司 孫公司 全資孫公司 附屬公司 母公司 旗下 客戶 夥伴 合作夥伴 股東 控股股東 大股東 對手
    同業 廠商 業者 供應商 買家 賣方 買方 委託 聘請 同意 授予 轉讓給 出售予 售予 收購 入股 投資了
    """.split()
)

#: Titles and roles that precede a person's name (董事長曾文生, 分析師Dan Ives, 記者 張珍)
PERSON_TITLES: tuple[str, ...] = tuple(
    """
    董事長 副董事長 名譽董事長 總經理 副總經理 執行長 財務長 營運長 技術長 策略長 投資長 總裁
    副總裁 主席 副主席 首席執行官 首席財務官 首席運營官 首席執行員 首席營運員 首席戰略員
    首席經濟學家 首席策略師 創辦人 共同創辦人 創始人 聯合創始人 分析師 經濟學家 策略師 基金經理
    經理人 董事 執行董事 非執行董事 獨立董事 獨立非執行董事 董事經理 總監 處長 資深處長 副處長
    局長 副局長 部長 副部長 署長 司長 主任 副主任 主委 副主委 書記 市委書記 黨委書記
    省委書記 理事長 會長 秘書長 發言人 總統 副總統 總理 首相 市長 省長 州長 院長 行長
    副行長 秘書長 實習生 見習記者 研究員 教授 合夥人 負責人 大股東 記者 通訊員 特派員 主播 CEO
    CFO COO CTO 前主席 前總統 前執行長 前董事長 富商 富豪 拿督 拿督斯里 丹斯里 丁斯里 敦 太平紳士
    先生 女士 小姐 博士 太太 工程師 總工程師 項目經理 議員 行政議員 州議員 國會議員 大臣 州務大臣
    部長 球星 教練 主帥 分析員 法定代表人 法人代表 聯繫人 聯絡人
    編譯 編輯 責任編輯 攝影 撰稿 執筆
    姐姐 妹妹 哥哥 弟弟 母親 父親 女兒 兒子 妻子 丈夫 遺孀 長子 長女 次子 次女 胞弟 胞妹 胞兄 胞姐
    """.split()
)

#: Short titles after a bare surname that refer to a person named in full elsewhere in the
#: article (蘇董, 黃老闆, 張總, 李行長): besides every title above
SURNAME_TITLES: tuple[str, ...] = tuple(
    """
    董 總 董座 總座 老闆 先生 女士 小姐 太太 博士 行長 局長 部長 主委 市長 院長 主席 議員 大律師
    """.split()
)

#: Words that join two titles of one person (董事長暨執行長, 創辦人兼執行長)
TITLE_JOINERS: tuple[str, ...] = tuple(
    """
    兼 暨 及 、 和
    """.split()
)

#: Byline markers: the name follows (文．洪寶山, 撰文／…)
BYLINE_MARKERS: tuple[str, ...] = tuple(
    """
    文． 文/ 文／ 文: 文： 撰文： 撰文: 撰文/ 作者： 作者:
    """.split()
)

#: What may stand right before a byline marker: a line start, a space, an opening bracket or the
#: slash after an outlet ((文/周某), 經濟日報／文／…)
BYLINE_OPENERS: str = "\n (（〔[【/／"

#: Transliteration characters: the syllables foreign names are written in (Xinhua's tables for
#: English, Malay, Arabic, Korean names: 阿都拉曼, 莫哈末, 梅格諾, 亞西爾, 哈蘭德). A run of them
#: after a title, ending at a clause boundary or before a verb of saying, an adverb or a
#: preposition, is one name; a hyphen or a middle dot joins its parts.
TRANSLITERATION_CHARS: str = (
    "阿埃艾愛安奧巴拜班邦鮑貝本比彼畢波伯博布查達戴丹道德迪蒂丁東杜敦多厄恩法范菲費芬弗福"
    "蓋甘岡戈格古哈海漢豪赫亨胡霍基吉加賈傑捷卡凱坎康柯科克肯庫奎拉萊賴蘭朗勞勒雷里利莉"
    "連列林琳隆盧魯路倫羅洛馬瑪邁麥曼梅門蒙米密摩莫墨默姆穆納娜乃南內尼妮寧紐努諾歐帕潘"
    "佩皮珀普奇齊喬切琴丘薩塞賽桑瑟森沙莎善尚舍聖施什舒斯松蘇索塔泰坦湯唐特提汀圖托瓦萬"
    "旺威韋維溫沃烏西希錫夏謝辛休雅亞揚耶伊依尤約扎澤詹哲朱卓茲祖末爾因英瑞莎絲娃耶蕾茨都欣慕賓卜茂"
)
#: Characters that join the parts of a transliterated name (亞西爾-魯邁揚, 山姆·奧特曼)
NAME_PART_JOINERS: str = "-·‧•・･"
#: Words after a transliterated name that end it: adverbs and prepositions (莫哈末沙卡也…, 拉姆與…)
NAME_END_WORDS: tuple[str, ...] = tuple(
    """
    也 亦 則 特別 親自 與 和 及 在 於 向 對 將 已 曾 並 都 還 再 就 為 以 的 等
    """.split()
)
#: Words that begin a defined term which is no entity's short name (（以下簡稱「本次交易」）,
#: 「標的公司」, 「本協議」, 「合資公司」)
DEFINITION_NOT_ALIASES: tuple[str, ...] = tuple(
    """
    本次 本協議 本公告 本公司 本集團 標的 合資公司 交易 協議 項目 本項目 該 上述 目標公司 目標
    """.split()
)

#: Company frames: words after a listed company's short name that only a company stands before
#: in announcement and market news (某某股份公告, 某某科技發行價為…, 某某電氣募資淨額…,
#: 某某在上交所上市). A run of name words between a clause boundary and one of them is a name.
COMPANY_FRAME_WORDS: tuple[str, ...] = tuple(
    """
    公告 晚間公告 早間公告 公告稱 公告披露 公告顯示 發布公告 發佈公告 披露公告 發行價 發行價格
    募資 募資淨額 募集資金 首日收漲 首日收跌 首日漲幅 在上交所 在深交所 在北交所 在港交所 在科創板
    在創業板 登陸科創板 登陸創業板 登陸港股
    """.split()
)

#: Organisation words that are also common nouns (自有資本, 亞太總部): a known name before
#: them does not begin another organisation
COMMON_NOUN_SUFFIXES: tuple[str, ...] = tuple(
    """
    資本 資本市場 總部 區域總部
    """.split()
)

#: What a source line names that is no outlet (來源：公司公告, 資金來源：自有資金)
SOURCE_NOT_OUTLETS: tuple[str, ...] = tuple(
    """
    公司公告 公告 自有資金 資金 自籌 網絡 網路 互聯網 本報 本站 本網 綜合 綜合報導 網友 讀者 記者
    官網 官方 公司 企業 銀行 市場 資料 數據 統計
    """.split()
)

#: Separators between outlets on a dated source line (某某網-某某報, 某某 | 某某)
OUTLET_SEPARATORS: str = "-|/"

#: Acts of a local government at the start of a clause (如東縣積極謀劃…, 某某市引進…)
GOVERNMENT_ACTS: tuple[str, ...] = tuple(
    """
    積極謀劃 積極規劃 積極推進 積極引進 引進 出台 印發 批覆 批准 招商引資
    """.split()
)

#: Verbs of a contract or agreement a local government is a party to (含山縣、明光市分別與某某
#: 公司簽訂投資協議; 某某公司與如東縣簽約)
PARTY_VERBS: tuple[str, ...] = tuple(
    """
    簽訂 簽署 簽約 簽下 達成 合作 共建 洽簽
    """.split()
)
#: The words that join a local government to the other party (與, 分別與, 和, 同)
PARTY_JOINERS: tuple[str, ...] = tuple(
    """
    分別與 分別和 與 和 同 跟
    """.split()
)

#: Organisation words that are also the object of a verb (轉讓股份, 恢復股份): they end a name
#: (某某股份, a listed company's short name) only right after a name word, in a short name
OBJECT_NOUN_SUFFIXES: tuple[str, ...] = tuple(
    """
    股份
    """.split()
)
#: the longest short name ending in such a word
MAX_OBJECT_SUFFIX_NAME: int = 6

#: Words after a quoted name that make it the subject of a company's act (「某某」完成融資)
QUOTED_NAME_FOLLOWERS: tuple[str, ...] = tuple(
    """
    完成 宣布 宣佈 獲 獲得 表示 成立 推出 發布 擬 將 已 於 與 和 、 , 旗下 正式 日前 近日 今日
    """.split()
)

#: Words that end one member of a list of organisations (A、B等機構, A、B各獲…, A及B分別…)
LIST_CLOSERS: tuple[str, ...] = tuple(
    """
    等 各 分別 均 雙雙 將 領衔 領銜 領投 跟投 共同 合計 也 亦 則 已 旗下 參與 擔任
    """.split()
)

#: Transliterated names are at most this many characters (without joiners)
MAX_TRANSLITERATED_NAME: int = 10

#: Words right after a person's name: verbs of saying (林俊宏表示) and 在/昨/今 (余偉文在記者會上…)
SPEECH_VERBS: tuple[str, ...] = tuple(
    """
    表示 指出 說 稱 認為 坦言 透露 強調 補充 預測 表明 直言 說明 提到 警告 估計 估算
    預估 相信 承認 回應 宣布 呼籲 說道 指 在 周 週 日前 昨 今 介紹 告訴 坦承 解釋 分析 談到 提醒
    """.split()
)

#: Verbs of saying that make the surname-initial name right before them a person even without a
#: title, at the start of a clause (陳建宏表示, 鴻海劉揚偉指出): the speech verbs above without the
#: short words (說, 稱, 指, 在, 周, 今 …) that also end other phrases
SPEECH_VERBS_AFTER_NAME: tuple[str, ...] = tuple(
    """
    表示 指出 認為 透露 強調 坦言 補充 直言 說明 提到 警告 相信 承認 回應 呼籲 說道 介紹 告訴
    坦承 解釋 談到 提醒 重申 預期 預料 觀察 分析指出
    """.split()
)

#: Common Chinese surnames (single and compound), for names next to titles
SURNAMES: str = (
    "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林高羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘於蔣蔡"
    "余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋付方白鄒孟熊秦邱江尹薛閆段雷侯"
    "龍史陶黎賀顧毛郝龔邵萬錢覃武戴孔湯莊溫施聶翁洪柯游詹甘賴卓歐凌鄔駱童嚴藍白紀簡卜"
    "包魯倪連褚寧喬古季柴樊郁鮑宮曲向關苗祝左項閻芮滕商殷邢焦麥利勞巫涂葛饒海岳舒畢單"
    "湛伍冉艾辛聞管房裴蒲靳邊車柳符仇甄容佘晏阮藺欒冼粘鄢易常牛盛齊安尚談莫查戚祁穆隋宗"
    "丘練官谷桂封喻米俞伏景冷區岑屈鄺尤文全應虞鐘霍蒙"
    "肖傅華龐蘭翟顏章申繆叢柏"
)

#: Characters that end a clause word, not a name, when jieba glued them to a two-character
#: name (王良在發布會, 陳明將出席, 總經理陳靜及財務長…: a list conjunction): the name is the first two
#: characters
NAME_FINAL_FUNCTION_CHARS: str = "在於于是也將将對对從从說说稱称則则亦曾向並并已及暨與与"

#: One-character verbs of saying after a name (王明稱將辭職, 陳立說，), and what opens their frame (據王明稱)
SPEECH_CHARS_AFTER_NAME: str = "稱称說说"
SPEECH_FRAME_OPENERS: tuple[str, ...] = ("據", "据")
#: Particles and locatives that end a phrase, never a personal name (彭亨的, 文告中, 尤其是)
PARTICLE_CHARS: str = "的之中內上下裡里是仍了著着過們等"

#: Characters that end a word before a title, not a name (王姓董事長, 包裝部首席營運員)
NOT_NAME_FINAL_CHARS: str = "姓氏部處室科組局所廠"

#: Words that end the name of an event, programme or report, which a year in brackets may
#: follow (百人會論壇(2026)): such a name is no company before a ticker
EVENT_WORDS: tuple[str, ...] = tuple(
    """
    論壇 峰會 大會 年會 會議 博覽會 展覽會 展會 展 賽 計畫 計劃 方案 報告 年報 白皮書 指數 法
    """.split()
)

#: Words before the name of a parent, subsidiary or affiliate (正泰集團旗下正泰新能)
AFFILIATE_CUES: tuple[str, ...] = tuple(
    """
    旗下 子公司 母公司 附屬公司 聯營公司 孫公司 關係企業 關聯公司 轉投資
    """.split()
)

#: Last words of what follows 旗下 when it is no company: businesses, brands, assets
#: (旗下度假村, 旗下將軍澳新盤, 旗下品牌): such a phrase is not named as an affiliate
AFFILIATE_NOT_NAMES: tuple[str, ...] = tuple(
    """
    業務 品牌 子品牌 產品 項目 新盤 樓盤 度假村 酒店 商場 門店 工廠 廠房 資產 物業 基金 平台 網站
    車型 遊戲 應用 服務 部門 團隊 員工 股份 股權 資金 業績 電廠 電站 項目公司 公司 集團 企業 機構
    子公司 附屬公司 銀行 港口 礦場 油田 園區 中心 醫院 學校 商店 超市 餐廳 系列 模型 事業
    事業部 事業群
    """.split()
)

#: Words that end an affiliate's name after 旗下 (旗下火山引擎宣布…, 旗下菜鳥與…)
AFFILIATE_NAME_ENDS: tuple[str, ...] = tuple(
    """
    宣布 表示 指出 公布 推出 完成 發布 透露 預計 計劃 計畫 正式 日前 近日 今日 昨日 今年 去年
    將 擬 已 亦 也 在 於 與 和 及 、 的 則 再 稱 獲 以 由 為 是 上季 首季 持有 目前 主要 領投
    領銜 跟投 參與 認購
    """.split()
)

#: Punctuation that closes the text before a name (a name may start right after it)
NAME_DELIMITERS: str = '、，,。；;：:（(「『“"《〈 \u3000\n'


COMPOUND_SURNAMES: tuple[str, ...] = tuple(
    """
    歐陽 司馬 上官 諸葛 東方 皇甫 尉遲 公孫 慕容 令狐 司徒 張簡
    """.split()
)

#: Short Latin tokens that are never names on their own (units, roles, finance acronyms)
LATIN_STOPWORDS: frozenset[str] = frozenset(
    """
    4g 5g 6g a abs ac agi ai air all an and answer api app ar as asi asic at bess best bot breaking
    by caes cagr capex cdo ceo cfo click cn cny com coo copyright cowos cpu cto cuda dc dr dram
    ebitda edition epc eps esg etc etf eu eur ev evs follow fomo for gbp gdp genai gpu gpuaas gpus
    gw gwh h1 h2 hbm here hk hkd home hot html iaas ic idc in iot ipo ipp is it jp jpy kr kw l5
    level like live llm llms login loi max mbs menu mini more mou mr mrs ms mw mwh my myr nand new
    news no note nt of ok on online opex or ot ota paas pb pc pdf pe photo plus ppa ppp pro pv q1 q2
    q3 q4 qoq question read reit reserved rights rmb roe saas search series sg sgd share soic source
    spac sport spv the to token tokens top tpu tw twd uk ultra update ups us usa usd video vr vs www
    xr yoy pre-ipo
    """.split()
)

#: Lowercase words allowed inside a Latin organisation or person name
LATIN_CONNECTORS: frozenset[str] = frozenset(
    """
    & and de der du for la of the van von
    """.split()
)

#: Media words: a name ending in one is a media outlet (日報, 通訊社, 財經網…)
MEDIA_SUFFIXES: tuple[str, ...] = tuple(
    """
    通訊社 新聞社 新聞網 財經網 經濟網 日報 晚報 早報 時報 週刊 周刊 月刊 雜誌 電視台 電台
    報 社
    """.split()
)

#: Dateline / source words after a media name (中央社台北17日電, 明報專訊, 據路透報導)
MEDIA_CUES_AFTER: tuple[str, ...] = tuple(
    """
    專訊 報導 報道 電 訊 消息 獨家
    """.split()
)

#: Chinese numerals: a Latin word right after one is a unit, not a name (100兆Token)
NUMERAL_CHARS: str = "0123456789〇零一二三四五六七八九十百千萬億兆两兩數"

#: Characters that start a clause, not a name: an unknown token beginning with one (另弘海, 本批)
#: has the character cut off, or is no name at all when only one character would be left
CLAUSE_CHARS: str = "另本此該這那每各其與和及向由在將為以從對並且於"

#: Verbs, modals and prepositions of one character that jieba glues to the first character of
#: the name after them (獲|馬可數字科技 → 獲馬|可…, 擬向, 據瀚|藍集團, 經澄岳|科技): cut off, the
#: rest of the token begins the name
GLUED_VERB_CHARS: str = "獲擬予給向據經由及有"

#: The last character of a role noun before a name (生產商, 製造商, 開發商, 承包商, 分銷商): a
#: token of three or more characters ending in it describes the company and is no part of its
#: name (內地雞肉食品生產商鳳祥股份 is 鳳祥股份)
ROLE_NOUN_FINAL: str = "商"

#: The prefix of an ordinal (第一, 第三): as a token it may be a trade name (第一商業銀行)
ORDINAL_PREFIX: str = "第"

#: Words after a known bank's name that name the same bank (合作金庫商業銀行 is 合作金庫, 凱基商業銀行
#: is 凱基): the bank's legal description, not another organisation
BANK_FORMS: tuple[str, ...] = tuple(
    """
    商業銀行 國際商業銀行 銀行 銀行股份有限公司 商業銀行股份有限公司
    """.split()
)

#: Endings of a known institution that a Chinese-speaking place in front belongs to as written
#: (台灣土地銀行, 香港交易所): the place is kept in the mention, the entity stays the known one
PLACE_KEEPING_ENDINGS: tuple[str, ...] = tuple(
    """
    銀行 交易所 證交所 證券交易所
    """.split()
)

#: The one-character short form of 銀行 after a bank's brand (兆豐銀, 安泰銀, 台新銀), and the
#: characters that make 銀 start another word instead (銀行, 銀團, 銀根, 銀價, 銀樓)
BANK_SHORT_CHAR: str = "銀"
BANK_WORD: str = "銀行"
NOT_AFTER_BANK_SHORT_CHAR: str = "行團根價樓元兩子杏川河幕髮色器飾牌"

#: Words after a known organisation's name that make the span an index, not the organisation
INDEX_WORDS: tuple[str, ...] = tuple(
    """
    指數 綜合指數 成份股指數
    """.split()
)

#: Names that stand for a different organisation in another market's news: market → name →
#: gazetteer IRI path (證監會 is the CSRC in mainland news, the SFC in Hong Kong news; 國家能源 is
#: Tenaga in Malaysian news, CHN Energy's short name on the mainland), longest first
REGIONAL_READINGS: dict[str, dict[str, str]] = {
    "hongkong": {"證監會": "org/sfc-hk", "財政部": "org/mof-china", "商務部": "org/mofcom"},
    "taiwan": {"國壽": "org/cathay-life", "財政部": "org/mof-tw"},
    "mainland": {"財政部": "org/mof-china", "商務部": "org/mofcom", "科技部": "org/most-cn"},
    "malaysia": {"國家能源公司": "org/tenaga", "國家石油公司": "org/petronas", "國家能源": "org/tenaga"},
}


# ----------------------------------------------------------------------------- view-form tables
# The tables below are written as they appear on the view (Simplified, ASCII brackets and
# commas) and are used as they stand.

#: administrative words a known place may carry (深圳市, 浙江省, 南山区)
PLACE_ADMIN_CHARS: str = "市省县区州"

#: last characters of an institution jieba knows as one word (成都市人民政府, 国家发改委)
INSTITUTION_FINAL_CHARS: str = "局部委厅院署会"

#: last characters of a government word after a foreign country, which stays in the name
#: (美国商务部, 日本金融厅)
GOVERNMENT_FINAL_CHARS: str = "部局委署院会厅"

#: the bare organisation word, which needs more words before it to make a name
COMPANY_WORD: str = "公司"

#: legal suffixes after which plain words still make a name (…有限公司, …(股)公司)
FULL_LEGAL_ENDINGS: tuple[str, ...] = (
    "有限公司", "有限责任公司", "株式会社", "有限会社", "合同会社", "(有限合伙)", "(特殊普通合伙)",
    "(普通合伙)",
)  # fmt: skip
TAIWAN_LEGAL_SUFFIX: str = "(股)公司"
#: the ending that makes a legal name "full" when stripping legal words (…有限公司)
LIMITED_COMPANY: str = "有限公司"

#: organisation words that make a news agency (新华通讯社, 共同新闻社)
AGENCY_SUFFIXES: tuple[str, ...] = ("通讯社", "新闻社")

#: the character of 香港商 / 美商 after a place: a branch registered by a foreign company
REGISTERED_BY_CHAR: str = "商"

#: characters right after a bracketed number that make it a date or a time, not a ticker
#: (（15）日, (2)号)
DATE_AFTER_BRACKET: tuple[str, ...] = ("日", "月", "年", "号", "时", "点")
#: characters before a bracketed year (去年(2024), 年度(2025))
YEAR_BEFORE_BRACKET: str = "年度月日"
#: what follows a bracketed year in a range or a date ((2024)年, (2024)-2026, (2024)至2026)
YEAR_AFTER_BRACKET: tuple[str, ...] = ("年", "-", "~", "至")

#: how far left of its organisation word a name may begin: a short name, and a registered name
#: with a full legal form, which may carry a place, a zone and industry words
#: (寧波梅山保稅港區某某股權投資合夥企業(有限合夥))
MAX_NAME: int = 14
MAX_REGISTERED_NAME: int = 20

#: the suffix of a family or clan name (冯氏), never a person's given name
CLAN_SUFFIX: str = "氏"
#: organisation words right after a would-be personal name: the name is a company's (王氏集团)
ORG_WORDS_AFTER_NAME: tuple[str, ...] = ("公司", "集团", "银行")
#: part-of-speech initials of a surname character that is also a function word or a verb (向, 于, 赴):
#: before a place it begins a phrase (向美国), not a name
SURNAME_FUNCTION_TAGS: tuple[str, ...] = ("p", "c", "d", "v", "u", "r")

#: the character of a regional division (中国区总裁, 亚太区董事)
REGION_DIVISION_CHAR: str = "区"

#: joiners of a list of personal names (陈柏宇、林雅雯; 陈柏宇与林雅雯)
NAME_LIST_JOINERS: str = "、与和及"
#: conjunctions jieba glues to the last character of the name before them (沈立|強及): the
#: name ends before the conjunction
GLUED_CONJUNCTION_CHARS: str = "及和與暨"
#: the list comma, which joins two unknown names without a known person on either side
LIST_COMMA: str = "、"

#: quotes right after a name, before its bracketed alias (“XX”(YY))
CLOSING_QUOTES: str = "“”\"'"

#: what may stand between a byline's title and the name (責任編輯：某某, 記者/某某; on the view)
TITLE_NAME_SEPARATORS: str = ":/"

#: spaces before a byline's name (full-width and ASCII)
BYLINE_SPACES: str = " \u3000"
#: what ends a name in a byline: a space, a closing bracket, a slash, a line end
BYLINE_NAME_ENDS: str = " \u3000)]/\n"
