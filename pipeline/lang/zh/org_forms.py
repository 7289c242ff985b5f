"""The structure of organisation names, beyond the suffix tables of :mod:`.entities`.

All words in the script of the normalised view (t2s + half-width), as the recogniser reads them.
"""

from __future__ import annotations

#: words of a unit of a registered company or bank; a full legal form may stand inside such a
#: name (中国人寿保险股份有限公司北京市分公司), never inside any other (a name that ends at 银行
#: after 某某股份有限公司拟向 is two phrases)
BRANCH_SUFFIXES: tuple[str, ...] = ("分公司", "分行", "支行", "营业部", "办事处", "分所", "分部")

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
PARTNERSHIP_FORMS: tuple[str, ...] = ("事务所(特殊普通合伙)", "事务所(普通合伙)", "合伙企业(普通合伙)")

#: direction words that begin trade names (北方华锦, 南方精工); jieba tags them as localisers, so
#: like 东方 they begin a name only at the start of a clause or after an opener
DIRECTION_WORDS: tuple[str, ...] = ("北方", "南方", "西方", "东方", "中南", "西南", "东南", "西北", "东北")

#: a role noun glued to the copula (认购人为, 买方为, 卖方为): the name begins after it
ROLE_COPULAS: tuple[str, ...] = ("人为", "方为", "商为", "者为")

#: industry words a registered name carries before its form that its short form drops
#: (广州瀚海智能装备有限公司 → 瀚海智能), besides the organisation words of :mod:`.entities`
SHORT_FORM_INDUSTRY_WORDS: tuple[str, ...] = (
    "装备", "设备", "机械", "器械", "材料", "制造", "工程", "服务", "咨询", "贸易", "发展", "开发",
    "建设", "技术", "系统", "数据", "信息", "网络", "产业", "环保", "环境", "食品", "纺织", "资源",
    "运输", "船舶", "建材", "仪器", "科学", "生物科技", "医疗", "健康", "通信", "软件",
)  # fmt: skip

#: words that end an investor's short name (某某投资, 某某创投), which as a verb begin a predicate:
#: a name only in the investor frame below
INVESTOR_NAME_WORDS: tuple[str, ...] = ("投资", "创投")
#: what follows an investor's short name in subject position (云溪投资拟9.57亿元受让, 某某创投领投):
#: an optional modal, then an amount or an investing verb; after 投资 as a verb these do not follow
INVESTOR_FRAME_MODALS: tuple[str, ...] = ("拟以", "将以", "拟", "将", "已", "亦", "也", "再")
INVESTOR_FRAME_VERBS: tuple[str, ...] = (
    "受让", "认购", "领投", "跟投", "参投", "出资", "增持", "减持", "入股", "注资", "增资",
)  # fmt: skip

#: descriptors of a company before its name (新加坡上市公司鸿福控股, 挂牌公司某某): no part of it
COMPANY_DESCRIPTORS: tuple[str, ...] = (
    "上市公司", "挂牌公司", "上市企业", "公众公司", "发行人", "认购人", "认购方", "配售代理",
    "承销商", "保荐人", "借款人", "担保人", "出租人", "承租人", "买方", "卖方", "受让方", "转让方",
)  # fmt: skip

#: group words that stand between a known group and its unit in a registered name
#: (中国电建集团华东勘测设计研究院有限公司); elsewhere they are descriptors (集团旗下)
GROUP_WORDS: tuple[str, ...] = ("集团",)

#: verbs of the capital market that jieba does not know or tags as nouns (增持, 定增, 募资, 中标):
#: verbs, no name pieces (增持股份 is a verb and its object, not a company ending in 股份)
MARKET_VERBS: tuple[str, ...] = ("增持", "定增", "募资", "中标", "竞得", "拟增持", "拟减持", "拟回购")

#: kinds of bank or company named by their owner or status (外资银行, 国有银行): common nouns
GENERIC_ORG_PHRASES: tuple[str, ...] = (
    "外资银行", "中资银行", "港资银行", "台资银行", "日资银行", "美资银行", "欧资银行", "国有银行",
    "民营银行", "地方银行", "外资企业", "中资企业", "台资企业", "港资企业", "外资券商", "中资券商",
    "外资机构", "中资机构", "外资基金", "国有企业", "民营企业", "股份制银行", "城商行", "农商行",
)  # fmt: skip
#: words that say what a plant or a company runs on (绿能电厂, 燃煤电厂): industry words, no name
ENERGY_MODIFIERS: tuple[str, ...] = (
    "绿能", "绿电", "火力", "燃煤", "燃气", "核能", "水力", "风力", "光伏", "太阳能", "储能", "氢能",
)  # fmt: skip

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
