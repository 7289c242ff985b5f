"""What the words around an unknown name say about it: organisation cues a reader uses when the
name is neither known nor ends in an organisation word.

All words in the script of the normalised view (t2s + half-width), as the recogniser reads them.
"""

from __future__ import annotations

#: function characters jieba's new-word guesser glues to the front of an unknown name (及|翔鹭,
#: 获|澄源): split off when the rest is two characters or more and the two first characters are
#: no dictionary word
GLUED_BEFORE_NAME: str = "及与和暨获拟给予被把对在将已由据"
#: prepositions and the copula that are also surnames or begin names (向华强, 于某, 为某, 同益):
#: split off only after a word that ends a noun phrase (基金|向|岚翊收购, 投资方|为|澄源), never at
#: a clause start or after a title
GLUED_BEFORE_NAME_SURNAMES: str = "向于为同替跟"
#: conjunctions inside an unknown token between two names of two characters or more (岚翊和凯岳)
GLUED_CONJUNCTIONS: str = "和与及暨"
#: function characters glued to the end of an unknown name (翔鹭|拟, 澄远|均, 蓝岸|等)
GLUED_AFTER_NAME: str = "拟将已均亦也等称于与和及的在并则还再曾都又向获对把被是"

#: the last character of a noun saying what a company makes (电池厂, 无人机厂, 面板厂): the noun
#: before a name says what kind of company it is, as the descriptors below do, however many
#: products there are; jieba may glue the character to an unknown name (无人机|厂雷虎)
KIND_FINAL_CHARS: str = "厂"
#: words ending so that are about a plant, not a kind of company (超级工厂Giga Texas: a factory's
#: name; 在越南设厂)
PLANT_WORDS: tuple[str, ...] = (
    "工厂", "电厂", "新厂", "旧厂", "总厂", "分厂", "设厂", "建厂", "办厂", "盖厂",
)  # fmt: skip

#: words before a name that say what kind of company it is (晶片大厂联颖, 陆企澄远, 上市公司翔鹭,
#: 子公司翔鹭): the run of name words after one, up to a predicate, is an organisation
DESCRIPTORS_BEFORE_NAME: tuple[str, ...] = (
    "子公司", "母公司", "孙公司", "全资子公司", "控股子公司", "附属公司", "联营公司", "关联公司",
    "上市公司", "挂牌公司", "上市企业", "港股公司", "美股公司", "大厂", "厂商", "供应商", "制造商",
    "开发商", "运营商", "服务商", "代工厂", "晶片商", "芯片商", "晶圆厂", "新创", "新创公司",
    "初创公司", "初创企业", "独角兽", "投行", "券商", "巨头", "龙头", "龙头企业",
    "陆企", "台企", "港企", "美企", "日企", "韩企", "欧企", "外企", "国企", "央企", "民企", "车企",
    "药企", "房企", "险企", "科企", "同业", "竞争对手", "对手", "客户", "合作伙伴",
    "美商", "日商", "韩商", "港商", "台商", "陆商", "德商", "英商", "法商", "荷商", "星商", "外商",
    "民营企业", "国有企业", "本地企业", "当地企业", "地方国企", "中资企业", "外资企业", "台资企业",
    "港资企业", "参股公司", "控股股东", "间接控股股东", "一致行动人", "全资孙公司", "控股孙公司",
)  # fmt: skip

#: "the N largest" (三大電信商, 两大股东, 各大银行): a count of a kind, never part of a name before it
RANKED_COUNTS: tuple[str, ...] = (
    "两大", "三大", "四大", "五大", "六大", "七大", "八大", "九大", "十大", "各大", "几大",
)  # fmt: skip

#: markets a group names its national or regional company by (蔚来中国, 某某美国公司, 某某亚太)
ARM_MARKETS: tuple[str, ...] = (
    "中国", "美国", "台湾", "香港", "日本", "韩国", "新加坡", "亚太", "欧洲", "北美", "大中华", "印度",
    "东南亚", "马来西亚", "印尼", "越南", "泰国", "德国", "英国", "澳洲",
)  # fmt: skip
#: the company words after such a market (南亚科技美国公司, 某某中国有限公司)
ARM_COMPANY_WORDS: tuple[str, ...] = ("有限公司", "公司")

#: descriptors of a subsidiary (on the view): a place and a known name right after one are the
#: subsidiary's own name (为其全资子公司深圳万科提供担保: 深圳万科, not the parent 万科)
SUBSIDIARY_DESCRIPTORS: tuple[str, ...] = (
    "子公司", "全资子公司", "控股子公司", "孙公司", "全资孙公司", "控股孙公司", "附属公司", "全资附属公司",
)  # fmt: skip

#: words after a name that only a company (no person, no place) does or has: it is an
#: organisation at the start of a clause (澄远股价大涨, 翔鹭宣布完成融资, 翔鹭董事会通过)
COMPANY_PREDICATES: tuple[str, ...] = (
    "股价", "市值", "营收", "董事会", "股东会", "股东大会", "全体股东", "财报", "年报", "季报", "半年报",
    "宣布完成", "宣布收购", "宣布投资", "宣布斥资", "宣布入股", "宣布回购", "宣布增资", "宣布募资",
    "拟斥资", "斥资", "拟募资", "拟收购", "拟回购", "拟增资", "拟发行", "拟分拆", "拟出售",
    "拟定增", "拟配售", "成立于", "是一家", "为一家", "总部位于", "总部设在", "创办人", "创始人",
    "旗下", "作为领投方", "作为投资方", "担任领投方", "的母公司", "的子公司", "的股东", "的股价",
    "的市值", "的董事会", "的营收", "的创办人", "的创始人", "的估值", "的财报",
    "方面表示", "方面称", "方面回应", "方面透露", "方面介绍", "方面指出", "方面证实", "官方宣布",
    "官方发布", "相关负责人",
)  # fmt: skip

#: the predicates of COMPANY_PREDICATES a place's trade has as well (香港科技股价: the prices of Hong
#: Kong's tech shares; 深圳科技营收, 中国科技市值): after a place and an industry word they mark a
#: company only when the industry word is a company name's alone (尖沙咀置业股价, 荃湾实业市值)
SECTOR_PREDICATES: tuple[str, ...] = (
    "股价", "市值", "营收", "财报", "年报", "季报", "半年报", "旗下", "的股价", "的市值", "的营收",
    "的估值", "的财报",
)  # fmt: skip
#: industry words no trade of a place is called by, only a company (置业, 实业, 控股)
NAME_ONLY_INDUSTRY_WORDS: tuple[str, ...] = ("置业", "实业", "控股", "集团", "兴业")

#: what a subject at a clause start does that a person does as well (澄源宣布…, 岚翊表示…, 凯岳收购…):
#: the subject is an organisation when it is a distinctive name no person bears (no surname first,
#: no party or people word last: 日方, 知情人士)
SUBJECT_ACTS: tuple[str, ...] = (
    "宣布", "表示", "指出", "透露", "强调", "完成对", "完成了", "收购", "并购", "入股", "参股",
    "计划投资", "将投资", "拟投资", "成为", "通过旗下", "透过旗下", "通过子公司", "透过子公司",
    "称", "公布", "回应", "证实",
)  # fmt: skip
#: the acts of SUBJECT_ACTS that need a speaker or an announcer (翔鷺科技宣布…, 潤澤科技表示…):
#: a common word and an industry word before one are a company's name, where before 成为 or 收购
#: they may be a topic (清洁能源成为…); not 指出 (研究数据指出: a figure's source)
SPEAKER_ACTS: tuple[str, ...] = ("宣布", "表示", "透露", "公布", "回应", "证实", "强调")
#: last characters of a subject that names a side, people or a report, not a company (日方, 业内人士,
#: 专家, 研报, 英媒) or a kind of money or player (险资, 国家队)
NOT_COMPANY_SUBJECT_FINALS: str = "方士者人界内家员师报媒资队"

#: the marks of a share class after a listed company's short name (某某-B, 某某-W, 某某-SW in Hong
#: Kong; 某某-KY in Taiwan): the name before one is a company
LISTING_MARK: str = r"-(?:B|W|S|SW|SB|R|U|WR|KY|DR)(?![A-Za-z])"

#: (opener, words after the name): the argument slot of a deal verb (获澄源投资, 由澄源领投,
#: 向翔鹭收购, 与翔鹭签约): the run of name words between them is the party, an organisation
DEAL_SLOT_OPENERS: tuple[str, ...] = ("获得", "获", "由", "向", "与", "和", "同", "跟", "引入", "引进")
DEAL_SLOT_CLOSERS: tuple[str, ...] = (
    "投资", "的投资", "的战略投资", "战略投资", "独家投资", "领投", "跟投", "参投", "注资", "增资",
    "入股", "收购", "签约", "签署", "签订", "合资", "共同投资", "联合投资", "合作", "战略合作",
    "认购", "承购", "认缴", "出资", "订造", "订购", "订制", "采购",
)  # fmt: skip
#: what only an investor does right after its name (其中M&G认购N, KKR领投): an acronym before one
#: is an organisation
SUBSCRIBER_ACTS: tuple[str, ...] = ("认购", "认缴", "承购", "领投", "跟投", "参投")
#: what stands before such a name: a list's introducer, a joiner or a clause break
SUBSCRIBER_SLOT: tuple[str, ...] = ("其中", "当中", "包括", "、", ",", ";", ":", "及", "和", "与")
#: the word that closes a list of names before their predicate (岚翊、凯岳等跟投, 由岚翊等承购)
LIST_END: str = "等"

#: words jieba tags as nouns or adjectives that begin a predicate before a frame word (某某计划募资,
#: 某某成功登陆科创板): a predicate's, no name's
FRAME_PREDICATE_WORDS: tuple[str, ...] = ("计划", "规划", "筹划", "成功")

#: the longest bare name this module accepts (a short or trade name)
MAX_BARE_NAME: int = 6

#: words before a list of names that say its members are investors or parties (投资方包括A、B及C,
#: 领投方为A, a role and the copula: 认购方为A, 承销商为A): every bare name of the list is an
#: organisation
LIST_INTRODUCERS: tuple[str, ...] = (
    "投资方包括", "投资方为", "投资方有", "投资人包括", "投资人为", "投资者包括", "投资机构包括",
    "投资机构有", "投资机构为", "参投方包括", "参投方为", "领投方为", "跟投方包括", "跟投方为",
    "股东包括", "机构包括", "老股东", "新股东", "机构投资者", "战略投资者", "基石投资者",
    "基石投资人", "财务投资人", "认购人为", "方为", "商为",
)  # fmt: skip
#: words after a list of names that call its members organisations (A、B等机构, A、B共同领投)
LIST_COLLECTIVES: tuple[str, ...] = (
    "等机构", "等公司", "等企业", "等投资机构", "等投资方", "等投资人", "等券商", "等银行", "等基金",
    "等股东", "等厂商", "等多家", "等知名", "等老股东", "等新老股东", "共同领投", "联合领投",
    "共同出资", "联合出资", "共同投资", "联合投资", "联合创立", "共同发起",
    "等大厂", "等厂", "等业者", "等同业", "等集团", "等上市公司", "等龙头", "等车企", "等房企", "等药企",
    "等运营商", "等电信商", "等供应商", "等开发商", "等金融机构", "等保险公司", "等证券公司",
)  # fmt: skip

#: a counted kind after a list of names (A、B等十家银行, A及B等三家券商, A、B等多家大型企业): its members
#: are organisations
LIST_COUNTED_COLLECTIVE: str = (
    r"等\s*(?:[0-9]+|[一二三四五六七八九十两几数多]+)\s*(?:家|间|个|大)"
    r"(?:国内|国内外|中资|外资|大型|知名|主要|国有|股份制|地方|本地|海外)?"
    r"(?:银行|券商|企业|公司|机构|金融机构|投资机构|基金|保险公司|证券公司|车企|房企|药企|厂商|集团|运营商|开发商)"
)

#: the copula after a subject at a clause start, and the nouns that end its clause when the
#: subject is a company (岚翊是国内领先的储能系统供应商。, 澄源为一家投资公司。)
COPULAS: tuple[str, ...] = ("是", "为")
COPULA_COMPANY_NOUNS: tuple[str, ...] = (
    "公司", "企业", "集团", "供应商", "厂商", "制造商", "开发商", "服务商", "运营商", "提供商",
    "平台", "机构", "银行", "券商", "基金", "新创", "初创公司", "独角兽", "龙头", "领导者",
)  # fmt: skip

#: the list words that join only names (not the prepositions 与, 和, 跟): a bare name before one
#: and a found organisation after it is that organisation's peer (澄源、红杉中国)
LIST_ONLY_JOINERS: tuple[str, ...] = ("、", "以及", "及", "暨")

#: a venture-round report after a company's name, an amount or a round name between
#: (翔鹭储能完成10亿元B轮融资, 岚翊宣布获得数千万元天使轮投资): the subject is the company, and the
#: noun before it (储能, 机器人, 医疗) is the last word of its name
ROUND_REPORT: str = (
    r"(?:宣布|今日|近日|日前|已)?(?:完成|获得|获|拿下)(?:了)?[^,;:。]{0,14}?"
    r"(?:轮|系列|战略|天使|种子)(?:融资|投资)"
)

#: a company's financing after its name, within the clause (岚翊获得银行团50亿元联贷, 澄源成功
#:发行5亿元公司债, 翔鹭取得20亿元授信): the subject is a company
FINANCING_REPORT: str = (
    r"(?:宣布|今日|近日|日前|已|成功|顺利|拟|将)?(?:获得|获|取得|完成|发行|签下)(?:了)?[^,;:。]{0,16}?"
    r"(?:联贷|联合授信|银团贷款|授信额度|授信|公司债|可转债|绿色债券|债券|中期票据|短期融资券|募资)"
)

#: the word of a news site a dateline's pattern takes off an outlet's name (某某网讯)
SITE_WORD: str = "网"

#: an outlet cited in running text (据岚翊财经报道, 岚翊网报导指出): a name before a verb of
#: reporting, after 据 or at a clause start, that ends in a media word
REPORTED_BY: str = (
    r"(?:根据|据|援引|引述|^|(?<=[\n,:;。!?(「“]))(?P<name>[\u4e00-\u9fff]{2,10}?)(?:的)?"
    r"(?:报道|报导|引述|披露)"
)
OUTLET_ENDINGS: tuple[str, ...] = (
    "财经", "新闻", "网", "日报", "晚报", "早报", "时报", "报", "社", "电视", "电视台", "电台",
    "周刊", "杂志", "资讯", "快讯",
)  # fmt: skip

#: the last character of a grade word (车规级, 工业级, 国家级, 企业级): a modifier of a product or
#: a status, no part of a name (其他车规级核心半导体 is a kind of chip)
GRADE_FINAL: str = "级"

#: time words between a subject and its predicate (岚翊今日宣布完成…, 澄源日前与翔鹭签约)
TIME_ADVERBS: tuple[str, ...] = (
    "今日", "今天", "近日", "日前", "昨日", "昨天", "早前", "稍早", "本周", "上周", "今年", "去年",
    "同日", "当天", "近期", "目前", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
)  # fmt: skip
#: a subject, a conjunction, a partner and a verb of agreement (澄源与翔鹭签署…, 岚翊和[a found
#: organisation]达成合作): both are parties, the subject is an organisation like its partner
PARTNER_JOINERS: tuple[str, ...] = ("与", "和", "同", "跟")
PARTNER_VERBS: tuple[str, ...] = (
    "签署", "签订", "签约", "签下", "达成", "合作", "共同", "合资", "携手", "洽签", "联手", "订立",
)  # fmt: skip

#: what investors do, after a subject or a list of subjects at a clause start (岚翊、凯岳跟投,
#: 澄源领投, 岚翊参与本轮融资)
INVESTOR_PREDICATES: tuple[str, ...] = (
    "领投", "跟投", "参投", "联合领投", "共同领投", "独家投资", "参与投资", "参与本轮", "参与了本轮",
    "持续加码", "继续加码", "追加投资", "超额认购", "共同投资", "联合投资", "领衔投资",
)  # fmt: skip
#: a list introducer with an adverb between the role and the verb (投资方还包括, 股东亦包括)
LIST_INTRODUCER_RE: str = (
    r"(?:投资方|投资人|投资者|投资机构|参投方|跟投方|领投方|股东|机构|出资方|合作方"
    r"|成员行|参贷行|参贷银行|贷款行|银团成员|承销商|承销团|券商|认购方|认购对象|发行对象|战略投资者|基石投资者)"
    r"(?:还|亦|也|则|主要|分别|依次)?(?:包括|包含|有|为|是)$"
)

#: titles of a company's officers: after a bare name at a clause start they make it the company
#: (翔鹭董事长王大明表示…, 岚翊创办人兼执行长…)
CORPORATE_TITLES: tuple[str, ...] = (
    "董事长", "副董事长", "总经理", "副总经理", "执行长", "财务长", "营运长", "技术长", "总裁",
    "副总裁", "首席执行官", "首席财务官", "首席技术官", "首席运营官", "创办人", "共同创办人",
    "创始人", "联合创始人", "执行董事", "董事会主席", "发言人", "合伙人", "负责人", "CEO", "CFO",
    "CTO", "COO",
)  # fmt: skip
#: verbs whose object is a company's equity (收购翔鹭51%股权, 出售翔鹭30%股权, 增资翔鹭): the
#: name between the verb and a stake is the company
STAKE_VERBS: tuple[str, ...] = (
    "收购", "出售", "转让", "受让", "增资", "注资", "入股", "参股", "持有", "买下", "购入", "认购",
    "减持", "增持", "并购", "控股", "所持", "持",
)  # fmt: skip
#: a stake after the company's name: a percentage, or (的)(全部|部分)股权/股份
STAKE_AFTER_NAME: str = r"(?:约|逾|近)?\d+(?:\.\d+)?%|(?:的)?(?:全部|部分|多数|少数)?(?:股权|股份)"

#: measure words before a descriptor that count companies (几十家机构, 多家公司): a quote after
#: them is a phrase about the companies, no name
PLURAL_MEASURES: str = "家些类批个位"

#: one-character words after a bare name that begin its predicate: modals, adverbs,
#: prepositions (翔鹭|拟, 岚翊|向银行借款); no bare name contains them
PREDICATE_INITIALS: str = "拟将已也亦则均再曾并于在向与和及对把被由获以为"

#: Industry words that, after a foreign country, name that country's national company in a deal
#: slot (向西班牙电讯购入, 与德国电信签署, 由沙特石油出资) and its market elsewhere
#: (西班牙电讯市场, 德国电信业): the gazetteer leaves these phrases out
COUNTRY_COMPANY_INDUSTRIES: tuple[str, ...] = (
    "电信", "电讯", "石油", "电力", "航空", "钢铁", "邮政", "铁路", "能源", "化工", "矿业",
)  # fmt: skip
#: what follows such a phrase in a deal slot (after 向/与/由/获 …): a deal or partner verb, or
#: a verb of buying from it; at a clause start, a company's predicate
COUNTRY_COMPANY_CLOSERS: tuple[str, ...] = (
    *DEAL_SLOT_CLOSERS, *PARTNER_VERBS, "购入", "购买", "买入", "采购", "出售", "转让", "贷款", "借款",
)  # fmt: skip
COUNTRY_COMPANY_SUBJECT_VERBS: tuple[str, ...] = ("宣布", "收购", "拟收购", "将收购", "已收购", "斥资")
#: legal words after such a phrase that make the name the gazetteer knows (德国电信公司)
COUNTRY_COMPANY_LONG_FORMS: tuple[str, ...] = ("公司", "集团", "股份公司")

#: the company words that close a foreign company's name after its country and trade name as the
#: Chinese press writes it (加拿大某某黄金公司, 澳洲某某矿业公司, 日本某某商事); 商事 (a Japanese
#: trading house) ends only names, so any short trade name may stand before it (三和商事)
FOREIGN_NAME_WORDS: tuple[str, ...] = ("公司", "集团", "集团公司", "控股公司", "商事")
TRADING_HOUSE_WORD: str = "商事"
#: countries of Chinese-language press outside Greater China whose companies the press names with
#: the country in front (马来西亚某某置地), besides the foreign countries of :mod:`.entities`
REGIONAL_COUNTRIES: tuple[str, ...] = ("马来西亚", "大马", "新加坡", "印度尼西亚")
#: what stands right after a company's name at a clause start, besides SUBJECT_ACTS: a modal or
#: an instrument before its act (某某公司以每股…收购, 某某公司将向…, 某某商事已与…)
SUBJECT_OPENERS: tuple[str, ...] = ("以", "将", "已", "拟", "计划", "与", "和", "向", "于", "日前", "近日")
#: verbs after which a company's name is the object, up to the clause end (收购某某公司，)
OBJECT_VERBS: tuple[str, ...] = ("收购", "并购", "入股", "投资", "控股", "合并")
#: words that never stand inside a trading house's short trade name (日本某某商事): a preposition or
#: a possessive before 商事 makes a phrase (与日本的商事)
TRADE_NAME_BREAKS: tuple[str, ...] = ("的", "与", "及", "向", "在", "由", "之")
