"""Deal language data shared by every frame: role-marking words, blockers, anaphora, traps.

All words are Simplified: they are matched on the normalised view (t2s), so one table covers
Traditional and Simplified text. The frames (trigger words per kind of deal and the role their
subject plays) are in :mod:`.deal_frames`; every other party attached to a trigger (its object,
or a party marked by 向/对/与/从 …) plays the other role.
"""

from __future__ import annotations

import re
from typing import Literal

Role = Literal["agent", "counterparty"]

# The trigger words of each kind of deal, with the role their subject plays: deal_frames.py.

#: a trigger word is no trigger inside these longer words (投资者 = investor, 融资融券 = margin)
TRIGGER_BLOCKERS: tuple[str, ...] = (
    "投资者", "投资人", "投资方", "投资银行", "投资机构", "投资部门", "投资平台", "投资审议",
    "投资信托", "投资基金", "投资组合", "投资价值", "投资风险", "投资报酬", "投资回报",
    "投审", "融资融券", "融资额度", "融资余额", "融资买入", "合作伙伴", "合作关系",
    "合约价", "合同工作量", "贷款利率", "债券市场", "债券指数", "协议价", "再投资",
    "上市公司", "上市前", "上市后", "上市地位", "维持上市", "上市规则", "上市委员会", "分拆上市",
    "上市首日", "上市以来", "上市时", "拟上市", "减持比例", "上市条件", "上市地位",
    "投资决策", "投资案", "投资公司", "投资机会", "投资兴趣", "投资目标", "投资规划", "投资部分",
    "募集资金将", "募集资金用", "募集资金主要", "募集资金投向", "所募资金", "筹资所得", "募资所得",
    "集资所得", "所得款项", "孖展", "超购", "认购倍数", "踊跃认购", "足额认购",
    "收购完成", "收购后", "合作计划", "抵押贷款", "房贷", "孖展认购", "回收投资", "出售股权的是",
    "贷款银行", "贷款机构", "贷款人", "投入金额", "投入资金", "投入产出",
    "供应链", "供应商", "供应紧张", "供应短缺", "供应量", "供应不足", "供应稳定",
    # guarantees that are no deal: unsecured bonds, asset-backed structures, collateral, balances
    "无担保", "资产担保", "非公司担保", "作担保", "担保余额", "担保的余额", "对外担保", "担保总额",
    # a fund's contributors named as such (出资人包括A、B; 出资人民币N is a contribution)
    "出资人包括", "出资人为", "出资人有", "出资人是", "出资方包括", "出资方为", "出资方有", "出资方是",
    # a transfer's price and parties are no second transfer
    "转让价款", "转让价格", "转让款", "转让方", "受让方",
    # costs and expenses of a kind of deal are no deal (收购开销 = what acquisitions cost)
    "收购开销", "收购开支", "收购费用", "收购成本",
    # offering shares (发售股份) is no share sale by a holder
    "发售股",
    # an analyst's rating (给予增持评级 = overweight) and a holder's plan balance are no trade
    "增持评级", "增持评等", "增持建议", "增持」评级", "增持”评级", "增持计划实施", "增持比例",
)  # fmt: skip

#: verbs that make a blocked word a deal word again: 建立合作关系 states an agreement (合作关系
#: alone describes one)
BLOCKER_LICENSES: dict[str, tuple[str, ...]] = {
    "合作关系": ("建立", "缔结", "达成", "确立", "建立了", "达成了", "缔结了"),
    # 成交供应商: the supplier a tender selects (a tender word, not the supply noun)
    "供应商": ("成交",),
}

#: words that turn the capex/investment reading of a money trigger into capex when they follow it
BUILD_WORDS: tuple[str, ...] = (
    "建设", "兴建", "建造", "建置", "打造", "扩建", "扩产", "建厂", "设厂", "盖厂", "扩厂", "新建",
    # 投资N自建数据中心: building one's own facility (a builder's contract for it is a purchase)
    "自建",
    # 投入N用于产能扩张 / 扩充产能: capacity built
    "产能扩张", "扩充产能", "扩大产能", "扩张产能",
)  # fmt: skip

#: prepositions that introduce the "other" party of a trigger (the one the subject is not)
COUNTERPARTY_MARKERS: tuple[str, ...] = (
    "向", "对", "对于", "与", "和", "跟", "同", "从", "自", "参与", "联合", "携手", "给", "予",
)  # fmt: skip
#: nouns that describe the party named right after them (参与关联企业X的增资, 向控股股东X借款):
#: a role-marking preposition before the description marks the party
DESCRIPTOR_HEADS: tuple[str, ...] = (
    "企业", "公司", "集团", "股东", "基金", "银行", "地区", "大厂", "巨头", "业者", "新创", "机构",
    "伙伴", "客户", "平台", "同业", "厂", "车企", "药企", "房企", "保荐人", "发起人", "受托人", "船东",
    "商",  # 供应商, 开发商, 运营商, 厂商; Taiwan's 日商B / 美商B
    # 获郑氏家族旗下X注资: an owner named in passing (no party) describes X
    "旗下", "旗下的",
)  # fmt: skip
#: places before a name (对安徽X, 投资大陆地区X, 向美国子公司X): also descriptions
PLACE_PREFIXES: tuple[str, ...] = (
    "大陆", "中国", "美国", "日本", "韩国", "香港", "澳门", "台湾", "新加坡", "马来西亚", "印度", "越南",
    "泰国", "英国", "德国", "法国", "欧洲", "北京", "上海", "天津", "重庆", "深圳", "广州", "安徽", "江苏",
    "浙江", "广东", "山东", "山西", "河北", "河南", "湖北", "湖南", "江西", "福建", "四川", "云南", "贵州",
    "陕西", "甘肃", "青海", "辽宁", "吉林", "黑龙江", "海南", "广西", "内蒙古", "宁夏", "新疆", "西藏",
    "当地", "本地", "海外", "境外",
    "沙特", "阿联酋", "卡塔尔", "印尼", "印度尼西亚", "埃及", "巴西", "墨西哥", "澳洲", "澳大利亚", "加拿大",
    "俄罗斯", "意大利", "西班牙", "荷兰", "瑞士", "瑞典", "以色列", "土耳其", "菲律宾", "匈牙利", "波兰",
    # the short and colloquial names the region's press writes (大马 Malaysia, 狮城 Singapore, 南韩)
    "大马", "狮城", "南韩",
)  # fmt: skip
#: the longest description skipped between a preposition and its party
MAX_DESCRIPTOR: int = 8
#: the longest gap between a full name and its short form restating it (X种业股份有限公司 X)
MAX_RESTATEMENT_GAP: int = 12
#: verbs whose object is the real actor (中金公司助力国开行发行债券; 投审会核准鸿海以…增资)
ACTOR_MARKERS: tuple[str, ...] = ("助力", "协助", "帮助", "核准", "批准", "通过", "同意")
#: the lender of a loan or credit line is the financial institution (X与Y银行签订授信合约: the
#: bank lends whichever of the two the grammar put first)
#: (a group's finance company, X集团财务有限公司, lends to the group's members too)
LENDER_HEADS: tuple[str, ...] = ("银行", "商银", "银团", "银", "分行", "支行", "财务")
#: signing verbs: an agreement signed between two named parties is a deal without a figure
SIGNING_WORDS: tuple[str, ...] = ("签署", "签订", "签约", "签下", "缔结", "备忘录")
#: a cooperation stated as a joint act (与Y合作开发, 与Y联合研发, 达成合作): as good as a signing
JOINT_ACTS = re.compile(
    r"(?:合作|联合|共同)(?:开发|研发|研制|生产|推出|打造|兴建|建设|建造|设立|成立)|达成(?:合作|协议)"
)
#: 与Y共同出资 / 联合投资: Y joins the subject on the giving side (a co-investor), it is no investee
JOINT_GIVING_BEFORE: tuple[str, ...] = ("共同", "一起", "一同", "联合", "合资", "合计")
JOINT_GIVING_TYPES: frozenset[str] = frozenset({"investment", "capex"})
#: X与Y联合体 (组成的联合体) bids, buys or wins: Y acts with X, in any kind of deal
CONSORTIUM = re.compile(r"\s*(?:组成的|组成|的)?联合体")
#: 三大案包括A N1、B N2…联贷: a list of parties each with its figure, closed by the deal word
PAIRED_LIST_CUE = re.compile(r"(?:包括|包含|分别为|分别是|依序为|依次为)")
PAIRED_LIST_TYPES: frozenset[str] = frozenset({"debt", "fundraising", "investment", "capex"})
#: 将/把 + the thing disposed of (将X的股权转让给B): the party right after it is no subject
#: (以其持有的X飞机与R开展售后回租: the asset 以 introduces, with its maker's name, is no subject either)
DISPOSED_OBJECT = re.compile(
    r"(?:(?:将|把)(?:其|所)?(?:合计)?(?:持有|所持)?|以(?:其)?(?:持有|所持)[^，,。；;]{0,6}?)(?:的)?$"
)
#: 在 + a place (该公司将在含山县投资): the place is no subject (在X投资Y后: X may be one)
LOCATIVE: str = "在"
#: a bracket right after a party (a stock code, a short name) stands outside a list's links
BRACKET_AFTER_PARTY = re.compile(r"^(?:[(（][^()（）]{0,30}[)）]\s*)+")
#: a party followed by these approves, it is no party (获证监会审核通过)
REGULATOR_VERBS: tuple[str, ...] = (
    "审核", "批准", "核准", "审批", "通过", "同意", "核发", "注册发行", "准予注册",
)  # fmt: skip
#: 与/和/跟 mark a counterparty only with a symmetric verb (签约, 合作); else they coordinate
SYMMETRIC_WORDS: tuple[str, ...] = (
    "签", "达成", "合作", "协议", "合约", "合同", "携手", "敲定", "缔结", "建立", "推进", "联合", "共同",
    "谈判", "磋商", "交易", "开展", "展开", "进行", "完成", "合并",
    # X与Y续租 / 续约: a lease renewed with the landlord
    "续租", "续约",
)  # fmt: skip
#: determiners between a preposition and its party (向这个SPV投资)
DETERMINERS: tuple[str, ...] = ("这个", "这家", "那家", "该", "此", "这", "那个")
#: verbs that make a party the lead investor / lender of a round already named (X主导股权投资)
LEAD_VERBS: tuple[str, ...] = ("主导", "领投", "参与", "牵头", "参投")
#: a loan's arranger named by its role: the cue before the bank list (联贷主办银行A、B及C) or after
#: the bank (由A担任主牵头行 / A统筹主办): the first is the lender of the loan under discussion
ARRANGER_BEFORE = re.compile(
    r"(?:主办银行|主办行|牵头银行|牵头行|主牵头行|统筹主办银行|统筹银行|额度管理行|协调行|协调银行"
    r"|管理银行|管理行|代理银行|代理行|(?:主要|授权|首席)?(?:牵头)?安排行)(?:为|是|由)?$"
)
ARRANGER_AFTER = re.compile(
    r"\s*(?:担任|为|是|负责|作为|出任)?(?:联贷案?|银团)?(?:的)?(?:共同|联合|唯一|独家)?(?:主办银行|主办行|牵头银行|主牵头行|牵头行|统筹主办|统筹银行"
    r"|额度管理行|协调行|协调银行|簿记行|管理银行|管理行|代理银行|代理行|(?:主要|授权|首席)?(?:牵头)?安排行)"
    # …银团贷款，由A及B牵头: the verb closing the clause names the arrangers
    r"|\s*(?:共同|联合)?(?:统筹主办|牵头|统筹|主办|安排)(?:组建|筹组|组织|安排)?(?=[，,。；;]|$)"
)
#: the instrumental 以 introducing the deal's price (以2,000万美元，投资…)
INSTRUMENTAL: str = "以"

#: comitative prepositions: a counterparty with a symmetric verb (X与Y签约), else coordination
COMITATIVE_MARKERS: tuple[str, ...] = ("与", "和", "跟", "同")
#: prepositions whose party takes the subject's role (由X租用, 获X注资, 被X收购)
SUBJECT_MARKERS: tuple[str, ...] = ("由", "获", "获得", "获颁", "被", "受", "得到")
#: of those, the ones of receiving: before a raise (X获B融资) they mark the financier, not the raiser
RECEIVED_FROM_MARKERS: tuple[str, ...] = ("获", "获得", "得到")
#: benefactive prepositions: 为X发放贷款 — X receives what is provided (so does the first object
#: of a giving verb: 提供X 50亿元贷款)
BENEFICIARY_MARKERS: tuple[str, ...] = ("为", "替", "帮")
#: guarantees: with no figure of their own they cover the guaranteed debtor's deal
GUARANTEE_SUBTYPES: frozenset[str] = frozenset({"guarantee"})
#: 为上述业务 / 为本次融资提供担保: the guarantee covers the deal just named
GUARANTEED_DEAL = re.compile(
    r"为(?:上述|前述|该|此|本次|此次|该笔|这笔|本笔)[^，,。；;]{0,6}?(?:业务|融资|借款|贷款|租赁|授信|债务|交易|事项)"
)
#: 成为 / 作为 / 认为: no beneficiary 为
BECOMING_BEFORE: str = "成作认视称改更因"
#: the role of the party that receives the money / goods / rights, per deal type
RECEIVER_ROLE: dict[str, Role] = {
    "investment": "counterparty", "fundraising": "agent", "debt": "agent", "purchase": "agent",
    "lease": "agent", "warrant": "counterparty", "acquisition": "agent", "agreement": "counterparty",
    "capex": "agent",
}  # fmt: skip
#: verbs of receiving between subject and trigger (获得投资, 取得融资, 获得…订单)
RECEIVING_VERBS: tuple[str, ...] = ("获得", "取得", "获", "赢得", "拿下", "斩获", "得到", "收到")
#: characters after a receiving verb that make it approval or knowledge (获准, 获批, 获悉)
RECEIVING_BLOCKERS: str = "准批悉利奖"
#: the role of a receiving subject when it differs from the trigger's default
RECEIVING_SUBJECT_ROLE: dict[str, Role] = {
    "investment": "counterparty", "warrant": "counterparty", "purchase": "counterparty",
}  # fmt: skip
#: giving verbs: X提供(的)借款 — X is the giver; 提供Y…贷款 — Y receives
GIVING_VERBS: tuple[str, ...] = ("提供", "发放", "授予", "给予")
#: issuing verbs: X发行债券 / 新股 / 认股权证 — the issuer is the agent (borrower, raiser, issuer)
ISSUING_VERBS: tuple[str, ...] = ("发行",)
GIVER_ROLE: dict[str, Role] = {
    "investment": "agent", "debt": "counterparty", "purchase": "counterparty",
    "lease": "counterparty", "warrant": "agent", "fundraising": "counterparty",
}  # fmt: skip

#: characters that make a one-character marker part of another word (作为, 因为, 总和)
MARKER_BLOCKERS: dict[str, str] = {
    "为": "作成因认行以称视改转更较最即乃", "和": "总缓平", "对": "相面针核反绝",
    "同": "共相不认协会合", "自": "来各亲独", "向": "方导意动转面", "与": "参给赋授",
    "给": "供交发配", "予": "授给", "获": "捕", "由": "自理缘", "跟": "紧",
    "就": "成造迁将早也这那才",
}  # fmt: skip

#: characters that make a one-character marker part of another word when they follow it (对手,
#: 对象, 向来, 和解, 被动元件; 自动驾驶公司X, 自有资金: also before a descriptor of the party)
MARKER_FOLLOWERS: dict[str, str] = {"被": "动告", "给": "予",
    "对": "手象方外此于", "向": "来外", "和": "解", "与": "其会", "自": "动主有身家营行然愿筹",
}  # fmt: skip

#: a trigger owned by a party (X的现金增资, 供股的X): the owner receives for these types and
#: subtypes; otherwise the owner acts as the subject would (X的投资, X的大订单)
OWNER_RECEIVES_TYPES: frozenset[str] = frozenset({"fundraising", "debt"})
#: X持有的认股权证 / X获得的投资: the owner receives
HOLDING_VERBS: tuple[str, ...] = ("持有", "获得", "取得", "获")
OWNER_RECEIVES_SUBTYPES: frozenset[str] = frozenset({"capital_increase"})

#: titles right after an organisation: the sentence's actor is its officer, not the company
TITLE_WORDS: tuple[str, ...] = (
    "主席", "董事长", "董事会主席", "总裁", "执行长", "行政总裁", "首席执行官", "CEO", "创办人", "创始人",
    "财务长", "首席财务官", "CFO", "总经理", "发言人", "副总裁", "董事总经理",
    "执行董事", "非执行董事", "独立非执行董事", "副主席", "副董事长", "行长", "副行长", "首席运营官",
)  # fmt: skip

#: parties named by a common noun when the text names no one else: form -> canonical slug
GENERIC_PARTIES: dict[str, str] = {
    "SPV": "spv", "特殊目的公司": "spv", "特殊目的实体": "spv", "特殊目的载体": "spv", "空壳公司": "spv",
}  # fmt: skip

#: how a generic party is written in the contract (slug -> label)
GENERIC_LABELS: dict[str, str] = {"spv": "SPV"}

#: anaphora that stand for an organisation already named
ORG_ANAPHORA: tuple[str, ...] = (
    "该公司", "该集团", "该行", "该银行", "本公司", "该企业", "该信托", "公司", "集团", "信托", "其",
    "财务公司", "该财务公司", "董事会", "公司董事会",
)  # fmt: skip
#: an organisation announcing (X(002218)晚间公告称 / X发布公告): a bare 公司 after it is X
ANNOUNCER_CUE = re.compile(
    r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:今日|今天|昨日|昨天|晚间|早间|近日|日前|盘后|当日|同日|\d+日)?\s*"
    r"(?:(?:发布|发出|披露|发)?(?:了)?(?:公告|公布)|宣布)"
)
ANNOUNCER_ANAPHORA: tuple[str, ...] = ("公司", "本公司", "董事会", "公司董事会")
#: anaphora that name a company, and the heads of names that are no company (places, governments;
#: both scripts: the names are matched as written)
COMPANY_ANAPHORA: tuple[str, ...] = ("该公司", "该企业")
NOT_COMPANY_HEADS: tuple[str, ...] = (
    "县", "縣", "市", "省", "区", "區", "镇", "鎮", "乡", "鄉", "州",
    "政府", "委员会", "委員會", "管委会", "管委會",
)  # fmt: skip
#: a deal word followed by these ends a company's name (云溪投资拟向Y转让 / 某某融资表示): no verb
NAME_HEAD_FOLLOWERS: tuple[str, ...] = (
    "拟向", "拟将", "拟以", "宣布", "表示", "公告", "称,", "称，", "持有的",
)  # fmt: skip
#: investment words naming the kind of an agreement (签订投资协议): the agreement is the deal
AGREEMENT_NOUNS: tuple[str, ...] = (
    "协议",
    "合同",
    "意向书",
    "框架协议",
    "合作协议",
    "合作备忘录",
    "备忘录",
    "合作意向",
)
#: noun anaphora that name their antecedent's kind: 该信托 = the last …信托 named (before the topic)
ANAPHOR_HEADS: dict[str, str] = {
    "信托": "信托", "该信托": "信托", "集团": "集团", "该集团": "集团", "该行": "银行", "该银行": "银行",
    "财务公司": "财务", "该财务公司": "财务",
}  # fmt: skip
#: anaphora that count only as a clause's first word (公司盘后发布公告)
CLAUSE_INITIAL_ANAPHORA: tuple[str, ...] = ("公司", "集团", "信托")
#: 后者 / 前者: the last / the first of the two parties just named
LATTER: tuple[str, ...] = ("后者",)
FORMER: tuple[str, ...] = ("前者",)
#: the two parties of the last two-party deal (双方签署 / 根据双方协议)
BOTH_PARTIES: tuple[str, ...] = ("双方", "两家公司", "两家企业", "两公司", "两家集团")
#: deal types that never have a counterparty (双方 fills none)
NO_COUNTERPARTY_TYPES: frozenset[str] = frozenset({"capex"})

#: in a heading, a space between two CJK characters separates two headlines (X砸百亿建厂 Y收购Z)
HEADLINE_BREAK = re.compile(r"(?<=[\u3400-\u9fff\uff09\u300d])[ \u3000]+(?=[\u3400-\u9fffA-Za-z])")

#: evidence: a line is a heading (weak evidence, never the first) when it does not end as a
#: sentence does, ends with a colon, or is a short line led by a heading mark
SENTENCE_ENDS: tuple[str, ...] = ("。", "！", "？", "!", "?", "；", ";", "…")
HEADING_ENDS: tuple[str, ...] = ("：", ":")
HEADING_MARKS: tuple[str, ...] = ("■", "□", "●", "◆", "◇", "▲", "★", "【", "＊", "#")
CLOSING_MARKS: str = "」』”’）)] \u3000"
MAX_HEADING: int = 60

#: words that mark speculation, conditions, forecasts, estimates, wishes and votes: no deal is
#: stated in their clause or in the clauses after them, up to a word that starts a new assertion
#: (DISCOURSE_RESETS): 若…，X将…; 据高盛预测，…; 双方可能…，由X成立SPV，再租给Y
HEDGE_WORDS: tuple[str, ...] = (
    "可能", "或许", "也许", "是否", "如何", "?", "？", "希望", "应该", "应当", "呼吁", "有望",
    "投票", "表决", "若", "如果", "假如", "倘若", "预测", "预估", "分析师", "研究机构",
    "估算", "传出", "传闻", "传言", "否认", "澄清", "不予置评",
)  # fmt: skip
#: a sentence led by the project (项目于…核准，项目批准总投资为N): the project of the company discussed
PROJECT_SUBJECT = re.compile(
    r"\s*(?:该|本|此|上述)?(?:项目|工程|一期工程|二期工程|三期工程)(?!管理|部|经理|负责|组|公司|方)"
)
#: estimate words that are no hedge when the project's sponsor itself estimates its capex
OWN_ESTIMATE_WORDS: tuple[str, ...] = ("预估", "估算")
#: hedges only in their own clause (收益预期 is a noun: 以租金收益预期，向银行借钱)
CLAUSE_HEDGE_WORDS: tuple[str, ...] = (
    "预期", "考虑",
    # a clause stating a deal's effect (有利于调整债务结构, 对未来的经营投资具有促进作用) states no deal
    "有利于", "有助于", "促进作用", "积极影响", "积极作用", "不利影响",
)  # fmt: skip
#: words that start a new assertion: a hedge before them does not reach the clauses after them
DISCOURSE_RESETS: tuple[str, ...] = ("所以", "因此", "因而", "于是", "例如", "比如", "然后", "结果")

#: a reported statistic: the clauses after it give totals, not deals (投审会统计，…)
#: (截至目前，公司为子公司提供担保N: a balance as of a date heads the sentence, no deal)
REPORTED_AGGREGATE_WORDS: tuple[str, ...] = ("统计", "截至目前", "截止目前", "截至本公告", "截至公告")
#: counted cases / investors: 两案总投资额, 三件对外投资案, 30家机构共投资 — a total over several deals
COUNTED_CASES = re.compile(r"(?<![第\d])[两二三四五六七八九十几数多\d]+\s*(?:案|件|笔|宗)(?!\s*[是为])")
#: X、Y等N家企业募资…: a statistic over a counted group of companies (named by a few of them)
#: as the deal word's subject, right before it
COUNTED_GROUP = re.compile(r"等\s*(?:\d+|[两二三四五六七八九十几数多]+)\s*(?:家|间|只|个)[^\s,:;]{0,4}$")
#: words that mark an aggregate statistic in a deal word's clause (累计, 件数 across companies)
AGGREGATE_WORDS: tuple[str, ...] = (
    # 截至目前，公司为子公司提供担保不超过N: a balance as of a date, no deal
    "截至",
    "统计",
    "累计",
    "累积",
    "件数",
    "总计有",
    "各家",
    # league tables: 兆丰银以N、13%市占稳居联贷王 — a bank's share of the market, no deal
    "市占",
    "市场占有率",
    # a period's new orders and their growth (上半年新签合同总额N，同比增长8%): a statistic
    "新签合同",
    "新签合约",
    "新签订单",
    "年增率",
    "同比",
    "环比",
)

#: nouns after an investment word that make it a spending plan (投资计划), not an investment in someone
PLAN_NOUNS: tuple[str, ...] = ("计划", "计画", "方案", "蓝图")
#: a project or build plan named before a planned spend (X项目…计划投资N / 新球场建设计划，预计投资N):
#: the spend is the project's cost (capex), not an investment in someone
PROJECT_SPEND = re.compile(
    r"(?:项目|工程|建设计划|兴建计划|扩建计划|建设项目)[^。；]{0,40}?(?:计划|预计|拟|将)(?:总)?$"
)
#: facilities: 投资5亿美元的AI资料中心 is the spender's build-out (capex)
FACILITY_NOUNS: tuple[str, ...] = (
    "资料中心", "数据中心", "算力中心", "工厂", "新厂", "厂房", "晶圆厂", "电厂", "发电厂", "电站", "基地",
    "园区", "产线", "生产线", "基础设施", "基建", "仓库", "物流中心", "总部大楼", "风电场", "风场",
)  # fmt: skip
#: 关于 + a policy verb: the deal word names a policy's subject (关于支持发行科技创新债券的公告)
ABOUT: str = "关于"
POLICY_VERBS: tuple[str, ...] = (
    "支持",
    "推动",
    "促进",
    "规范",
    "加强",
    "鼓励",
    "做好",
    "进一步",
    "完善",
    "优化",
)
#: nouns after a deal word that make it a way of dealing (「股权换订单」模式), not a deal
MODE_NOUNS: tuple[str, ...] = (
    "模式", "思维", "逻辑", "策略", "周期", "热潮", "概念", "理念",
    # 拓展融资渠道 / 投资巨头 / 投资机会: the deal word modifies a noun
    "渠道", "环境", "机会", "前景", "风格", "巨头", "氛围", "意愿",
)  # fmt: skip

#: net-proceeds words right before a raising word (净集资): a restatement of the gross raise
NET_WORDS: tuple[str, ...] = ("净",)

#: a bond's tranches are named by tenor: 其中2年期60亿元, 182天贴现债券40亿元, 5年期美元债3亿美元
#: (mainland filings name them 品种一 / 品种二 as well)
TENOR = re.compile(
    r"(?:(?:\d+|[一二两三四五六七八九十]+)\s*(?:年期|个月期|天期|年|个月|天)|品种[一二三四五六\d]+|[甲乙丙丁A-E]券)[^，,。；;\d]{0,8}$"
    # …两期超短期融资券，其中第一期发行金额N1，…第二期发行金额N2 / 首批N: a series numbered before its figure
    r"|(?:第[一二三四五六七八九十\d]+[期批]|首期|首批)(?:债券|票据)?(?:的)?(?:发行)?(?:金额|规模|总额)?(?:为|达)?$"
)
BOND_SUBTYPES: frozenset[str] = frozenset({"bond_issue"})
#: notes, convertibles and commercial paper: issued like bonds (a bank may be the issuer)
NOTE_SUBTYPES: frozenset[str] = frozenset(
    {"convertible_bond", "note_issue", "commercial_paper", "debt_tranche"}
)
#: parts of a deal: never "the deal under discussion" for a later 本次 / 该笔
PART_SUBTYPES: frozenset[str] = frozenset({"bond_tranche", "equity_tranche", "debt_tranche"})
#: a round's parts named by the noun after the amount (75亿美元股权 + 125亿美元债务)
TRANCHE_NOUNS: dict[str, tuple[str, str]] = {
    "股权": ("fundraising", "equity_tranche"), "股本": ("fundraising", "equity_tranche"),
    "债务": ("debt", "debt_tranche"), "债权": ("debt", "debt_tranche"),
}  # fmt: skip
#: longer words that are no tranche (股权投资 / 债务融资 are triggers of their own)
TRANCHE_NOT: tuple[str, ...] = ("股权投资", "股权融资", "股权部分", "债务部分", "债务融资")

#: deal types whose agent may be a person (a founder selling shares)
PERSON_AGENT_TYPES: frozenset[str] = frozenset({"other"})
#: proceeds of a share sale (套现 is otherwise no deal figure)
PROCEEDS_CUES: tuple[str, ...] = ("套现", "套现约", "所得")
#: events that are deals without a figure or counterparty
EVENT_SUBTYPES: frozenset[str] = frozenset({"listing", "secondary_share_sale", "joint_venture"})
#: exchanges and boards: 登陆港交所 / 在纳斯达克上市 is a listing
EXCHANGES: tuple[str, ...] = (
    "港交所", "联交所", "纳斯达克", "纳指", "纽交所", "纽约证券交易所", "上交所", "深交所", "北交所",
    "科创板", "创业板", "主板", "A股", "H股", "港股", "美股", "新交所", "东京证券交易所", "伦敦证券交易所",
    "台湾证券交易所", "柜买中心", "兴柜", "Nasdaq", "NASDAQ", "NYSE",
)  # fmt: skip
EXCHANGE_SUFFIXES: tuple[str, ...] = ("交易所", "交易所集团", "证交所", "联交所", "港交所", "清算所")

#: a cooperation word heading a relative clause (与Y合作成立的SPV, 共同投资设立的公司)
RELATIVE_AFTER = re.compile(r"(?:成立|设立|创立|组建|开发|打造|兴建|建设|推出)?的")

#: purpose markers: a trigger after these describes what the money is for, not a new deal
PURPOSE_WORDS: tuple[str, ...] = ("用以", "用于", "用来", "以便", "以支持", "偿还", "归还", "还款")

#: qualifiers of a ceiling (上限7億元, 最高20億美元): a smaller figure of the same deal is a part of it
CAP_QUALIFIERS: frozenset[str] = frozenset({"at_most", "up_to"})

#: a deal's total named as such (所需资金总额, 交易总金额, 总代价): the figure of the deal word before it
TOTAL_CUES: tuple[str, ...] = (
    "总额", "总金额", "总代价", "总价款", "总对价", "交易金额", "合同金额",
    "融资额度", "融资金额", "融资规模", "募资金额", "募集资金",
)  # fmt: skip

#: a clause led by a funds noun speaks of the figure just named (…4.49亿元…，资金来源于X提供的借款)
FUNDS_NOUNS: tuple[str, ...] = ("资金", "该资金", "上述资金", "所需资金", "该笔资金", "款项", "该款项")
#: disposal constructions (将/把 + object + verb): a party in such a clause is an object, no subject
DISPOSAL_MARKERS: tuple[str, ...] = ("将", "把")

#: a funding round named after a deal word (领投天使轮, 参与B轮): the round of the company discussed
ROUND = re.compile(
    r"\s*(?:了|过)?(?:其|该公司)?(?:的)?(?:天使|种子|Pre-?[A-F]|[A-F]\+?|本|此|新一|上一|首|最后一)轮"
)
#: unnamed investors counted as the subject (30家机构共投资X): the round of X
UNNAMED_INVESTORS = re.compile(
    r"(?:\d+|[一二两三四五六七八九十几数多]+)\s*(?:家|个|名|位)(?:投资)?(?:机构|基金|投资人|投资者|投资方|股东)"
)
#: a list of parties named as investors (X、Y等天使轮投资方 / X是其A轮投资人)
INVESTOR_PHRASE = re.compile(
    r"\s*(?:等|等多家|等机构|等(?:\d+|[两二三四五六七八九十几数多]+)\s*(?:家|名|位|间))?\s*(?:均|也|亦|则)?(?:作为|担任|成为|为|是)?\s*(?:(?:天使|种子|Pre-?[A-F]|[A-F]\+?|早期|首)轮)?"
    r"(?:(?:本轮|此轮|本次|该轮)(?:的)?)?(?:新|老|现有|新进)?"
    r"(?:(?:基石|锚定|策略|战略|财务)(?:性)?(?:投资方|投资人|投资者|投资机构|股东)|投资方|投资人|投资者|投资机构)"
)

#: a list of investors introduced as such (新投资者包括X、Y和Z / 跟投方有X、Y): the round's investors
INVESTOR_LIST_INTRO = re.compile(
    r"(?:投资方|投资人|投资者|投资机构|跟投方|参投方|参与方|参与机构|发行对象|认购对象|认购方|认购人|配售对象|承配人|获配对象"
    r"|应募人|应募对象|出资人|出资方|有限合伙人|LP)"
    r"[，,]?\s*(?:还|则|主要|分别)?(?:包括|包含|有|为|是)\s*[:：]?\s*$"
)

#: X引入7名基石投资者 / 引进战略投资者: X is the company the listed investors come into
INVESTORS_INTRODUCED = re.compile(
    r"(?:引入|引进|迎来)[^，,。；;]{0,40}?(?:投资者|投资人|投资方|(?:战略|策略)(?:性)?股东)"
)

#: a listing and the private rounds before it are different raises
PUBLIC_OFFER_SUBTYPES: frozenset[str] = frozenset({"listing", "ipo"})
PRIVATE_ROUND_SUBTYPES: frozenset[str] = frozenset({"private_rounds"})

#: verbs of becoming before 第一股 (正式成为…第一股); 被誉为…第一股 describes a listed company
BECOMING_VERBS: tuple[str, ...] = ("成为", "晋身", "摘得", "摘下", "问鼎")

#: goods supplied (X为Y提供GPU): 提供 is a supply only with one of these in its object
GOODS_NOUNS: tuple[str, ...] = (
    "GPU", "晶片", "芯片", "加速器", "处理器", "服务器", "伺服器", "算力", "运算力", "电力", "电池", "设备",
    "零部件", "组件", "模组", "面板", "硬件", "硬体", "机组", "风机", "光伏板",
    # rolling stock, ships, aircraft and grid equipment (为Y提供65列列车)
    "列车", "机车", "动车组", "车辆", "船舶", "飞机", "客机", "变压器", "逆变器", "储能系统",
    # commodities under long-term supply contracts (每年向Y供应100万吨LNG)
    "液化天然气", "LNG", "天然气", "原油", "煤炭", "铁矿石", "铜精矿",
)  # fmt: skip

#: land bought at auction or tender (X以N摘得Y地块): a land word after the bid verb
LAND_NOUNS: tuple[str, ...] = ("土地", "地块", "地皮", "用地", "宅地", "地上权", "使用权", "地段", "地盘")
#: a procurement or tender (X入围Y集中采购项目): a word of the tender in the clause
TENDER_WORDS: tuple[str, ...] = ("采购", "招标", "集采", "标段", "标包", "工程", "标案", "供应商", "框架协议")

#: a relative clause naming a company's founders (X与Y合作成立的特别项目公司Z): X and Y describe Z
FOUNDED_BY = re.compile(
    r"(?:成立|设立|创立|组建|创办|合资成立|共同成立|共同设立)的[^，,。；;：:]{0,12}?[“「『\"]?"
)
MAX_RELATIVE_CLAUSE: int = 40

#: how far before a supply word its goods may stand (晶片供应交易)
GOODS_BEFORE: int = 4

#: words that make 取得 (and a purchase verb) an acquisition (取得…股权, 购入…已发行股本, 55%权益)
STAKE_WORDS: tuple[str, ...] = ("股权", "股份", "持股", "股本", "权益", "控制权", "控股权")

#: words just before an amount that make it a valuation, price or statistic, not the deal's amount
NON_DEAL_AMOUNT_CUES: tuple[str, ...] = (
    "估值", "市值", "营收", "收入", "亏损", "股价", "收市价", "市价", "身家", "利润", "净利",
    "价值约", "每平方", "保证金", "套现", "组合价值", "成本", "总资产", "净资产", "资产净值", "资产总额",
    "管理资产", "资产规模", "资产达", "资产为", "资产负债", "者资产", "其资产", "的资产", "资产出资",
    # 预料能引入N投资额: investment a place attracts, not the subject's spending
    "引入", "吸引", "引进",
)  # fmt: skip

#: the amount is a size, not a deal's figure, when one of these follows it (7000亿美元的资产规模)
NON_DEAL_AMOUNT_AFTER = re.compile(
    r"\s*(?:的)?(?:庞大|巨大|总)?(?:资产规模|资产总额|管理规模|总资产|市值|估值|身家|市场规模)"
)

#: "this" determiners: the deal already under discussion (本次要约, 这笔资金) — its party is the topic
DEICTIC: tuple[str, ...] = (
    "本次", "此次", "这次", "这笔", "该笔", "此笔", "本批", "该项", "此项", "本轮", "此轮", "这轮", "该",
)  # fmt: skip

#: distributive words after a list of subjects: one deal each (X与Y都与Z签约)
DISTRIBUTIVE: tuple[str, ...] = ("都", "均", "分别", "各自", "各", "依序", "依次")

#: possessive links: X旗下Y, X的子公司Y — X is not the party, Y is
POSSESSIVE_LINKS: tuple[str, ...] = ("旗下", "的", "子公司", "全资", "创立", "创办", "控股", "母公司")

#: sellers-of-shares words for acquisitions (出售股权的是X = the seller)
SELLER_WORDS: tuple[str, ...] = ("出售", "出让", "转让", "卖出")

# ----------------------------------------------------------------------------- punctuation and particles
# (closed-class characters the deal grammar reads around parties and triggers, on the view)

#: clause punctuation inside a sentence: commas, semicolons, colons (full-width and folded)
CLAUSE_BREAKS: str = "，,；;：:"
#: brackets that open and close a bracketed group inside a clause
OPEN_GROUP: str = "(（[【"
CLOSE_GROUP: str = ")）]】"
#: an opening parenthesis right after a name: what follows restates it (甲骨文(Oracle))
OPEN_PAREN: str = "(（"
#: closing parentheses that end such a restatement
CLOSE_PARENS: tuple[str, ...] = (")", "）")
#: how far after a restated name its closing parenthesis may stand
MAX_PAREN_GROUP: int = 30
#: skipped between a role-marking word and its party: spaces, opening quotes
SKIP_BEFORE_PARTY: str = " \u3000「『“《〈\"'"
#: closing quotes and spaces skipped right after a deal word (投资」计划)
SKIP_AFTER_TRIGGER: str = "」』”\"' "
#: spaces (ASCII and ideographic)
SPACES: str = " \u3000"
#: characters that end a clause or phrase before the instrumental 以 reaches the price
PHRASE_BREAKS: str = "，,。；;"
#: 其 is no pronoun when followed by these (其中, 其他, 其它, 其余, 其实, 其次) …
PRONOUN_QI_NOT_BEFORE: str = "中他它余实次"
#: … or preceded by these (尤其, 极其, 及其, 与其)
PRONOUN_QI_NOT_AFTER: str = "尤极及与"
#: a clause-initial anaphor (公司, 集团) stands after one of these (or at the sentence start)
CLAUSE_OPENERS: str = "，,。；;：:\n )）"
#: links between the members of a list of parties (X、Y及Z / X和Y / X与Y / X跟Y)
PARTY_LIST_LINKS: tuple[str, ...] = ("、", "和", "与", "及", "以及", "跟")
#: links of a list whose members share a preposition (向X、Y采购 / 由X及Y)
MARKED_LIST_LINKS: tuple[str, ...] = ("、", "及", "以及")
#: links of a list of parties after a subject marker (由软银、OpenAI与甲骨文)
SUBJECT_LIST_LINKS: tuple[str, ...] = ("、", "及", "以及", "和", "与")
#: possessive particles between an owner and its deal word (X的投资, X之增资)
POSSESSIVE_PARTICLES: tuple[str, ...] = ("的", "之")
#: the possessive particle that introduces a modified noun (投资5亿美元的资料中心)
DE: str = "的"
#: blanks a party name in the masked view (so no hedge word is read inside a name)
MASK: str = "\u25a1"
#: the "this" determiners that point at a deal under discussion by themselves (该 alone needs its noun)
DEICTIC_DEMONSTRATIVES: tuple[str, ...] = tuple(w for w in DEICTIC if w != "该")
#: the list comma: a restated name never stands across it (X、Y are two parties)
LIST_COMMA: str = "、"
#: the third-person possessive pronoun (其 = its / their), an anaphor of the organisation named before
PRONOUN_QI: str = "其"
#: 向 (towards): the one preposition that marks an investor of a raise (向Y配售 / 向Y发行)
TOWARDS: str = "向"
#: skipped between a tranche's amount and its noun (75亿美元的股权)
TRANCHE_SKIP: str = "的 "
#: a run of Han characters (a descriptor before a name is written in Han characters only)
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: subtypes of a total that follows its deal in a sentence (参与增资，总投资上限N): the deal's figure
TOTAL_SUBTYPES: frozenset[str] = frozenset({"project_investment"})
#: words right after an outlet's name in a byline (宁夏日报报业集团全媒体记者 …): the outlet is no party
BYLINE_WORDS: tuple[str, ...] = ("记者", "全媒体记者", "特约记者", "通讯员")
#: a listing word after these in its clause keeps or ends a listing (维持…于联交所上市): no listing
LISTING_NOT_AFTER: tuple[str, ...] = ("维持", "保持", "终止", "撤销", "撤回", "退市")
#: respective distribution: the amounts after the deal word go to the listed subjects in order
RESPECTIVELY: tuple[str, ...] = ("分别", "依序", "依次")
#: a figure raised or cut to another (由230亿元提升至300亿元): the later figure is the deal's
SUPERSEDED_BY = re.compile(
    r"\s*,?\s*(?:再)?(?:提升至|提高至|增加至|增至|上调至|调升至|扩大至|下调至|减至|缩减至|增加|追加)"
)
#: the total a raised figure ends at (再增加约B，增加后总金额约为C): C is the deal's
RAISED_TOTAL = re.compile(r"(?:增加后|调整后|提升后|追加后)(?:总金额|总额|金额)?(?:约为|为|约|达)?\s*$")
#: net-proceeds words right after a raising word (募资净额): the gross raise, stated too, leads
NET_AFTER: tuple[str, ...] = ("净额", "淨額", "资金净额", "所得净额", "款项净额")
#: an investment without an investee whose money buys or builds the spender's own assets
#: (新增投资N用于购买设备): a capital expenditure
SPENDING_PURPOSE = re.compile(
    r"用于(?:购买|采购|购置|建设|扩建|兴建|新建)"
    r"|用于[^，,。；;]{0,14}?(?:基础设施|基建|数据中心|资料中心|工厂|厂房|产线|生产线)"
    # 投资N购置机器设备 / 投资N设立模组厂: the money buys or sets up the spender's own plant
    r"|^[^，,。；;]{0,16}?(?:购置|添购)(?:机器|生产|研发)?设备"
    r"|^[^，,。；;]{0,16}?(?:设立|新设|成立)[^，,。；;]{0,10}?(?:厂|工厂|基地|产线|生产线|数据中心)"
    # 投资N发展电动车业务: the money grows the spender's own business (向新世界发展收购: a name)
    r"|^[^，,。；;向与对从自]{0,12}?(?:发展|拓展|扩展|扩大|扩充)[^，,。；;]{0,12}?业务"
)
#: a sentence opened by these continues the subject of the sentence before (…；及通过将…)
CONTINUATIONS: tuple[str, ...] = ("及", "以及", "并", "并且", "同时", "另", "亦", "也", "且")
