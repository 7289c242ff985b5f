"""The structure of organisation names, beyond the suffix tables of :mod:`.entities`.

All words in the script of the normalised view (t2s + half-width), as the recogniser reads them.
"""

from __future__ import annotations

#: words of a unit of a registered company or bank; a full legal form may stand inside such a
#: name (中国人寿保险股份有限公司北京市分公司), never inside any other (a name that ends at 银行
#: after 某某股份有限公司拟向 is two phrases)
BRANCH_SUFFIXES: tuple[str, ...] = ("分公司", "分行", "支行", "营业部", "办事处", "分所", "分部", "分局")

#: technology words of a digit and letters (3D, 5G), which stand inside a trade name (某某3D科技)
#: as an industry word does; other digit-first Latin tokens are quantities (2GW, 100MW)
DIGIT_TECH_WORDS: tuple[str, ...] = ("3D", "4D", "3C", "4G", "5G", "6G", "4K", "8K")

#: the characters of a serial number in a trade name or a fund's series (华晟二号, 璞华三期)
SERIAL_NUMBER_CHARS: str = "号期"

#: descriptors of a company's origin before its name (美商某某, 日商某某, 外資某某): a one-character
#: country and 商 or 资 describe the company and are no part of its name; a registration prefix
#: with the full place (香港商, 開曼群島商) belongs to a name registered in Taiwan
ORIGIN_DESCRIPTORS: tuple[str, ...] = (
    "美商", "日商", "韩商", "港商", "台商", "陆商", "德商", "英商", "法商", "荷商", "星商",
    "瑞商", "加商", "澳商", "义商", "星资", "外商", "外资", "陆资", "台资", "港资", "日资",
    "美资", "韩资", "中资", "欧资",
)  # fmt: skip

#: legal forms that may also stand before the trade name (株式会社丸井精机, Japanese style)
PREFIX_LEGAL_FORMS: tuple[str, ...] = ("株式会社", "有限会社")

#: partnership forms written in brackets after the firm (立信会计师事务所(特殊普通合伙)), besides
#: 合伙企业(有限合伙) in the suffix table of :mod:`.entities`
#: and the limited partnerships of funds (X创业投资基金(有限合伙), Y创业投资中心(有限合伙))
PARTNERSHIP_FORMS: tuple[str, ...] = (
    "事务所(特殊普通合伙)", "事务所(普通合伙)", "合伙企业(普通合伙)", "基金(有限合伙)", "中心(有限合伙)",
)  # fmt: skip

#: the official names of a local government's departments, whose words jieba cuts apart, often
#: around a conjunction (北京市|经济|和|信息化|局): organisation words tied to a place, like
#: 人民政府 in the suffix table of :mod:`.entities` (杭州市住房和城乡建设局)
GOVERNMENT_DEPARTMENTS: tuple[str, ...] = (
    "经济和信息化局", "经济和信息化委员会", "经济和信息化厅", "工业和信息化局", "工业和信息化厅",
    "工业和信息化部", "住房和城乡建设局", "住房和城乡建设厅", "住房和城乡建设委员会",
    "人力资源和社会保障局", "人力资源和社会保障厅", "文化和旅游局", "文化和旅游厅", "科学技术局",
    "科学技术厅", "市场监督管理局", "应急管理局", "农业农村局", "交通运输局", "地方金融监督管理局",
    "金融工作局", "金融工作办公室", "大数据局", "大数据发展管理局", "数据资源局",
    "政务服务和数据管理局", "商务委员会", "经济技术开发区管理委员会", "高新技术产业开发区管理委员会",
    "规划和自然资源局", "卫生健康委员会", "卫生健康局", "科技创新局", "科技创新委员会",
    # land sellers: the bureaus that let state land (北京市规划和自然资源委员会, 杭州市规划和自然资源局,
    # 浙江省自然资源厅, 宁波市自然资源和规划局, 深圳市规划和国土资源委员会)
    "规划和自然资源委员会", "自然资源和规划局", "规划和国土资源局", "规划和国土资源委员会", "国土资源局",
    "自然资源厅", "国土资源厅",
    "发展和改革局", "国有资产监督管理局", "行政审批局", "办公厅",
)  # fmt: skip
#: the marks of a delisting risk warning before an A-share company's short name (*ST某某, ST某某),
#: part of the name the exchange lists, longest first
RISK_WARNING_MARKS: tuple[str, ...] = ("S*ST", "*ST", "SST", "ST")

#: the words of a development zone after its place's name (如皋经济技术开发区, 江宁开发区): with the
#: place, a district whose administration signs as a local government does (与某某开发区签约),
#: longest first
DEVELOPMENT_ZONES: tuple[str, ...] = (
    "高新技术产业开发区", "经济技术开发区", "经济开发区", "综合保税区", "工业园区", "开发区",
    "高新区", "经开区", "保税区", "自贸区", "新区",
)  # fmt: skip
#: the words a government's name ends with, after which one of its departments may be named
#: (浙江省人民政府国有资产监督管理委员会, 某某区人民政府国资委)
GOVERNMENT_PARENTS: tuple[str, ...] = ("人民政府", "政府")
#: the longest department name after its government's (浙江省人民政府|国有资产监督管理委员会)
MAX_DEPARTMENT_NAME: int = 16
#: the unit words of a government body's or an academy's centre or institute named after it
#: (国家药监局药审中心, 中科院计算所), and how short and long the unit's name may be
GOVERNMENT_UNIT_WORDS: tuple[str, ...] = ("中心", "所", "院", "实验室")
#: the ends of a university's name, after which one of its schools, hospitals or institutes may
#: be named (浙江大学医学院附属第一医院), as after a government body or an academy
UNIT_PARENT_ENDS: tuple[str, ...] = ("大学",)
#: the final words of a department named right after its government's, besides the place-tied
#: institutions (高雄市政府经济发展局, 台北市政府产业发展局, 某某市政府新闻处)
DEPARTMENT_FINALS: tuple[str, ...] = ("局", "处", "厅", "委员会", "办公室", "署")
MIN_UNIT_NAME: int = 3
MAX_UNIT_NAME: int = 10
#: institutions a place owns, named by the place and what they are (浙江省产业基金, 深圳市数据交易所,
#: 上海市公共资源交易中心, 广东省科学院, and any bureau, commission or department: 杭州市投资促进局,
#: 上海市卫生健康委员会, 成都市水务局): after a place (no other distinctive word) they are its organisation;
#: alone they are common nouns (获得产业基金支持)
PLACE_TIED_INSTITUTIONS: tuple[str, ...] = (
    "产业基金", "产业投资基金", "产业引导基金", "引导基金", "政府引导基金", "发展基金", "母基金",
    "政府投资引导基金", "投资引导基金", "政府投资基金", "交易中心", "交易所", "局", "委员会", "厅", "分局",
    "协会", "行业协会", "商会", "联合会", "实验室", "科学院", "社会科学院", "农业科学院", "研究院",
)  # fmt: skip
#: fund-name heads jieba must keep whole: else it glues 产业 to the industry before it (汽车产业|基金)
#: and the fund's name (深圳新能源汽车产业基金) loses its head (not 产业投资基金: it would split 新兴产业
#: and leave 粤财新兴… to the outlet 财新)
FUND_HEAD_WORDS: tuple[str, ...] = ("产业基金", "股权投资基金", "创业投资基金")
#: the word that ends a fund's name (元大台灣高股息基金)
FUND_WORD: str = "基金"
#: kinds of fund that end a fund's name (某某成长二号私募股权投资基金, 某某稳健一号私募证券投资基金):
#: organisation words like 基金
FUND_FORMS: tuple[str, ...] = (
    "股权投资基金", "证券投资基金", "创业投资基金", "私募投资基金", "私募基金", "投资基金",
    # a fund's series after its head (红杉中国种子基金三期, 维港科技基金第二期): part of the name
    *(f"基金{n}期" for n in "一二三四五六七八九十"),
    *(f"基金第{n}期" for n in "一二三四五六七八九十"),
)  # fmt: skip
#: a trade's association, named by the trade alone (工具机公会, 银行公会, 纺织同业公会)
TRADE_ASSOCIATION_WORDS: tuple[str, ...] = ("公会", "同业公会")
#: energy trades of two words that end a name as one industry word (京能清洁能源, 某某综合能源):
#: jieba cuts them apart (清洁|能源), so they are added to the tokenizer
ENERGY_TRADE_WORDS: tuple[str, ...] = ("清洁能源", "综合能源", "智慧能源", "绿色能源")
#: industry words of services and utilities that end a trade name like 科技 or 能源 (澄岳医疗,
#: 瀚蓝水务, 凯岳储能), besides the weak suffixes of :mod:`.entities`; not product or technology
#: nouns, which end a product's name as often (钠离子电池, 算力网络, 算力资源, 算力租赁)
SERVICE_INDUSTRY_WORDS: tuple[str, ...] = (
    "教育", "医疗", "健康", "环保", "水务", "储能", "氢能", "动力", "智造", "文旅", "影业", "零售",
    "百货", "餐饮", "酒店", "信托", "期货", "航天", "船舶", "有色", "煤业", "热电", "水电", "电气",
    "机电", "基因", "环境", "水利", "建工", "城投", "建投", "交投", "产投", "建筑", "环球",
    "高速", "港务", "零部件",  # (山东高速, 宁波港务: an expressway or port operator; 某某汽车零部件)
    *ENERGY_TRADE_WORDS,
)  # fmt: skip

#: direction and region words that begin trade names (北方华锦, 南方精工, 华东医药, 华中数控); jieba
#: tags them as localisers, so like 东方 they begin a name only at the start of a clause or after an
#: opener
DIRECTION_WORDS: tuple[str, ...] = (
    "北方", "南方", "西方", "东方", "中南", "西南", "东南", "西北", "东北", "华东", "华南", "华北", "华中",
    "华西",
)  # fmt: skip

#: a role noun glued to the copula (认购人为, 买方为, 卖方为): the name begins after it
ROLE_COPULAS: tuple[str, ...] = ("人为", "方为", "商为", "者为")

#: industry words a registered name carries before its form that its short form drops
#: (广州瀚海智能装备有限公司 → 瀚海智能), besides the organisation words of :mod:`.entities`
SHORT_FORM_INDUSTRY_WORDS: tuple[str, ...] = (
    "装备", "设备", "机械", "器械", "材料", "制造", "工程", "服务", "咨询", "贸易", "发展", "开发",
    "建设", "技术", "系统", "数据", "信息", "网络", "产业", "环保", "环境", "食品", "纺织", "资源",
    "运输", "船舶", "建材", "仪器", "科学", "生物科技", "医疗", "健康", "通信", "软件",
    # a power project company's trade (允能风力发电股份有限公司 → 允能, 某某太阳能发电 → 某某)
    "风力发电", "太阳能发电", "光伏发电", "离岸风电", "海上风电", "发电",
)  # fmt: skip

#: words that end an investor's short name (某某投资, 某某创投), which as a verb begin a predicate:
#: a name only in the investor frame below
INVESTOR_NAME_WORDS: tuple[str, ...] = ("投资", "创投")
#: what follows an investor's short name in subject position (云溪投资拟9.57亿元受让, 某某创投领投):
#: an optional modal, then an amount or an investing verb; after 投资 as a verb these do not follow
INVESTOR_FRAME_MODALS: tuple[str, ...] = (
    "拟以", "将以", "以", "拟", "将", "已", "亦", "也", "再", "超额", "继续", "持续", "再度", "再次", "联合",
    "共同",
)  # fmt: skip
INVESTOR_FRAME_VERBS: tuple[str, ...] = (
    "受让", "认购", "领投", "跟投", "参投", "出资", "增持", "减持", "入股", "注资", "增资", "加码",
    "追投",
)  # fmt: skip

#: descriptors of a company before its name (新加坡上市公司鸿福控股, 挂牌公司某某) and the roles
#: an announcement gives a party before its name (关联方某某有限公司, 交易对方某某, 业主方某某,
#: 执行事务合伙人某某): no part of it; a name right after one may begin with a verb-tagged word
COMPANY_DESCRIPTORS: tuple[str, ...] = (
    "上市公司", "挂牌公司", "上市企业", "公众公司", "发行人", "认购人", "认购方", "配售代理",
    "承销商", "保荐人", "借款人", "担保人", "出租人", "承租人", "买方", "卖方", "受让方", "转让方",
    "关联方", "关联人", "关联企业", "交易对方", "交易对手方", "交易对手", "实际控制人", "合作方",
    "合资方", "发起人", "普通合伙人", "有限合伙人", "执行事务合伙人", "基金管理人",
    "被担保人", "被担保方", "债权人", "债务人", "总包方", "总承包方", "总承包商", "业主方",
    "投资方", "出资方", "增资方", "中标人", "中标单位", "中标方", "招标人", "招标方", "采购方",
    "委托方", "受托方", "战略投资者", "联合体成员", "牵头方", "标的公司", "目标公司", "参股公司",
    "收购方", "被收购方", "出让方", "融资方", "发包方", "承包方", "财务顾问", "独立财务顾问",
    "法律顾问", "主承销商", "联席主承销商", "老股东", "新股东", "原股东",
)  # fmt: skip

#: the possessive between an affiliate cue and the affiliate's name (某某旗下的澄岳智能)
POSSESSIVE: str = "的"

#: group words that stand between a known group and its unit in a registered name
#: (中国电建集团华东勘测设计研究院有限公司); elsewhere they are descriptors (集团旗下)
GROUP_WORDS: tuple[str, ...] = ("集团",)

#: verbs of the capital market that jieba does not know or tags as nouns (增持, 定增, 募资, 中标):
#: verbs, no name pieces (增持股份 is a verb and its object, not a company ending in 股份)
MARKET_VERBS: tuple[str, ...] = (
    "增持", "定增", "募资", "中标", "竞得", "拟增持", "拟减持", "拟回购", "领投", "跟投", "参投",
    "续聘", "改聘", "拟聘", "选聘",
)  # fmt: skip

#: kinds of bank or company named by their owner or status (外资银行, 国有银行): common nouns
GENERIC_ORG_PHRASES: tuple[str, ...] = (
    "外资银行", "中资银行", "港资银行", "台资银行", "日资银行", "美资银行", "欧资银行", "国有银行",
    "民营银行", "地方银行", "外资企业", "中资企业", "台资企业", "港资企业", "外资券商", "中资券商",
    "外资机构", "中资机构", "外资基金", "国有企业", "民营企业", "股份制银行", "城商行", "农商行",
    "关联基金", "关联企业", "关联公司",
)  # fmt: skip
#: words that say what a plant or a company runs on (绿能电厂, 燃煤电厂): industry words, no name
ENERGY_MODIFIERS: tuple[str, ...] = (
    "绿能", "绿电", "火力", "燃煤", "燃气", "核能", "水力", "风力", "光伏", "太阳能", "储能", "氢能",
)  # fmt: skip
#: words that say what kind of service or system a field is (智慧医疗, 智慧城市), which jieba tags
#: as a person's name: industry words, no name (远东智慧能源 keeps its trade name 远东)
SERVICE_MODIFIERS: tuple[str, ...] = ("智慧",)

#: roles an agreement defines for its parties ((「认购人」), (“贷款人”)): descriptions, no names, so
#: defining one makes no alias (the party is named by its own name)
ROLE_DEFINITIONS: tuple[str, ...] = (
    "认购人", "认购方", "配售代理", "包销商", "承配人", "承销商", "卖方", "买方", "卖家", "买家",
    "出让方", "受让方", "转让方", "贷款人", "借款人", "担保人", "保证人", "出租人", "承租人", "要约人",
    "受要约人", "发行人", "投资者", "投资方", "收购方", "被收购方", "债权人", "债务人", "牵头行",
    "代理行", "受托人", "托管人", "管理人", "融资方", "合作方", "甲方", "乙方", "丙方",
)  # fmt: skip

#: words after a company's short name in a venture-round report, which only a company stands
#: before (某某智能宣布完成数亿元B轮融资), besides the company frames of :mod:`.entities`
ROUND_FRAME_WORDS: tuple[str, ...] = (
    "宣布完成", "宣布获得", "完成新一轮", "获得新一轮", "完成天使轮", "完成种子轮", "完成首轮",
    "宣布完成新一轮", "宣布已完成",
)  # fmt: skip

#: the shares word that may stand between the industry words and the legal form (某某科技股份)
LEGAL_SHARE_WORD: str = "股份"

#: Common words and terms that hold a known short name only as letters (夏普比率 is the Sharpe
#: ratio, 高通膨 high inflation, 奔驰而过 galloping past, 人工智能和大数据 "and big data"): a
#: gazetteer name inside one of them is no mention
WORDS_CONTAINING_NAMES: tuple[str, ...] = (
    "夏普比率", "夏普值", "高通膨", "高通胀", "奔驰而过", "奔驰而来", "奔驰而去", "一路奔驰", "博通古今",
    "再生元素", "和大数据", "和大型", "和大陆", "北部湾港口",
)  # fmt: skip
#: an organisation word that, before one of these nouns, begins a common noun, not a name's end:
#: a building or a zone (台北总部大楼 "the Taipei head-office building", 总部经济 "head-office
#: economy"), a company's capital spending or department (某某资本开支, 资本市场部)
SUFFIX_NOUN_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "总部": ("大楼", "大厦", "园区", "基地", "经济", "用地", "办公楼", "项目", "所在地", "楼"),
    # 某某资本开支 / 资本市场部: the company's capital expenditure, its capital-markets department
    "资本": ("开支", "支出", "市场", "运作", "结构", "公积", "充足", "回报率"),
}
#: common words that begin at a known name's last character (人社部|门 → 人社|部门, "the labour
#: departments"; 工信部门, 水利部门): the name lies inside a phrase and is no mention
WORDS_FROM_NAME_END: tuple[str, ...] = ("部门",)
#: a bank's, insurer's or broker's name that ends at one of these words, then 业, is the name of
#: an industry when the name is a region's (湖南银行|业 "Hunan's banking industry", 四川银行业协会,
#: 香港保险业): no mention there, unless 业 begins one of NOT_INDUSTRY (宁波银行业绩 = the bank's
#: results, 某某证券业务)
INDUSTRY_HEADS: tuple[str, ...] = ("银行", "保险", "证券")
INDUSTRY_WORD: str = "业"
NOT_INDUSTRY: tuple[str, ...] = ("业绩", "业务")

#: Organisation words after which 股份 (OBJECT_NOUN_SUFFIXES) is the shares of the company named
#: before it (出售所持京东集团股份, 增持某某控股股份); a registered name (…集团股份有限公司) is
#: matched whole by its longer legal form
GROUP_WORDS_BEFORE_SHARES: tuple[str, ...] = ("集团", "控股", "公司", "集团公司", "控股公司", "控股集团")

#: characters that end the short form of an institution (华东院, 四局, 微电子所, 财政厅), never a
#: personal name: a surname and two characters ending so are no person (华东院 is no Mr Hua)
SHORT_FORM_FINAL_CHARS: str = "院所局厅署处委办厂"

#: what an announcement defines its issuer as (某某股份有限公司（以下简称“公司”）): with the header's
#: 证券简称, the one short name of the issuer, the two are one company
ISSUER_DEFINITIONS: tuple[str, ...] = ("公司", "本公司", "上市公司")
#: labels of a header's short name that name the issuer (not 公司名称: its full name)
ISSUER_SHORT_NAME_LABELS: tuple[str, ...] = ("证券", "股票", "A股", "H股", "B股")
#: the numbered units of a state group (中建三局, 水电四局, 中交二航局): a numeral, then a unit
#: word; after a numbered bureau a numbered company is its unit (中建三局一公司, 中铁十一局三公司),
#: and after any organisation an ordinal one is (中国电子科技集团公司第十四研究所,
#: 中国航天科技集团第五研究院); longest first
UNIT_NUMERALS: str = "一二三四五六七八九十"
NUMBERED_BUREAU_ENDS: tuple[str, ...] = ("局", "航局", "工程局")
NUMBERED_UNIT_WORDS: tuple[str, ...] = (
    "设计研究院", "工程有限公司", "建设有限公司", "工程公司", "建设公司", "研究所", "研究院", "设计院",
    "工程局", "工程处", "分公司", "公司", "研究室",
)  # fmt: skip
#: the country that begins a state group's brand before its numbered unit (中国水电四局, 中国中铁
#: 十局): part of the name as written
BRAND_COUNTRIES: tuple[str, ...] = ("中国",)
#: the status of a public or private institution before its name (国立台湾大学, 市立联合医院,
#: 私立辅仁大学): part of the name; the institutions that take one
INSTITUTION_STATUS: tuple[str, ...] = ("国立", "省立", "市立", "县立", "区立", "私立", "公立")
STATUS_INSTITUTIONS: tuple[str, ...] = ("大学", "学院", "医院", "总医院", "中学", "小学", "高中", "科技大学")
#: the word of a country's state company after the country's name (老挝国家电力公司, 印尼国家
#: 石油公司): with an industry word and a legal word, the country, 国家 and the rest are one name
STATE_COMPANY_WORD: str = "国家"
#: industry words of the data and computing trade that end a trade name (秦淮数据, 云创智算, 某某数科)
#: only where the context marks a company (a bare name before 宣布, in a party slot): alone they
#: are common nouns (数据显示, 智算中心); 智算 is no jieba word and is added to the tokenizer
TRADE_INDUSTRY_WORDS: tuple[str, ...] = ("数据", "智算", "算力", "数科", "数智")
#: the organisation words a subsidiary's name ends with when its group's short name is written
#: solid before it (中国能建|葛洲坝集团, 中国中铁|隧道局)
SUBSIDIARY_NAME_ENDS: tuple[str, ...] = (*GROUP_WORDS, "公司", "局", "院")
#: the words of a local government's investment platform after its place (湘潭城投, 赣州建投,
#: 某市交投): with the place, the platform company's usual short name, whatever follows (the
#: words of SERVICE_INDUSTRY_WORDS that name a platform)
LOCAL_PLATFORM_WORDS: tuple[str, ...] = ("城投", "建投", "交投", "产投")

#: X控股股东 (X's controlling shareholder): 控股 belongs to 控股股东, not to an unknown X控股 —
#: unless 股东 begins the shareholders' meeting (X控股股东大会 is X控股's)
CONTROLLING_WORD: str = "控股"
SHAREHOLDER_WORD: str = "股东"
SHAREHOLDER_MEETINGS: tuple[str, ...] = ("股东大会", "股东会", "股东周年", "股东特别")

#: the words of a state group's provincial company after the group's short name and a place
#: (华能|山东|发电, 国家电投|江西|电力, 中广核|广东|风电, 中国华电集团|云南|公司): the group, the place
#: and these are one name, the unit's; a company word may close it (国家电投江西电力有限公司)
REGIONAL_UNIT_WORDS: tuple[str, ...] = (
    "发电", "电力", "能源", "新能源", "风电", "核电", "水电", "热电", "光伏", "清洁能源", "综合能源",
    "燃气", "售电", "储能", "煤电", "电投", "能投", "分公司", "公司",
)  # fmt: skip
REGIONAL_UNIT_CLOSERS: tuple[str, ...] = ("有限公司", "有限责任公司", "股份有限公司", "分公司", "公司")
#: nouns after the group, the place and an industry word that make the words the group's activity
#: there, not a company (华能山东发电项目, 国家电投江西电力市场, 中广核广东风电基地)
REGIONAL_ACTIVITY_NOUNS: tuple[str, ...] = (
    "项目", "市场", "业务", "装机", "机组", "基地", "产业", "行业", "板块", "规模", "领域", "资产",
    "容量", "需求", "价格", "设施", "集群", "布局", "园区", "场站", "电站", "电厂", "指标", "配额",
)  # fmt: skip
#: characters that abbreviate an industry word at the end of a Taiwan short name (中钢构 of
#: 中钢结构, 台塑化 of 台塑石化, 南亚科 of 南亚科技): a known short name and one of them, cut by jieba
#: as a token of its own, is another company's short name, not the known one (中钢构 is not 中钢)
SHORT_FORM_INDUSTRY_CHARS: str = "构化科材纺"
#: a local utility's trade: with a city or province before it and 公司 after it, a company's
#: name (合肥发电公司, 上海燃气公司, 佛山水务公司), where other industries make a kind of company
#: (深圳科技公司 "Shenzhen tech companies")
LOCAL_UTILITY_WORDS: tuple[str, ...] = ("发电", "热电", "电力", "燃气", "水务", "供电", "供水", "港务")

#: Unit characters that begin a trade name when no number is before them (元凯普半导体, 元祖股份;
#: but 5億元|科技 is a sum)
UNIT_CHARS_IN_NAMES: str = "元"
