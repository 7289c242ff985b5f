"""Deal language data: trigger words per deal type, role-marking words, anaphora, traps.

All words are Simplified: they are matched on the normalised view (t2s), so one table covers
Traditional and Simplified text. A trigger says which contract role its grammatical subject
plays (``"agent"`` or ``"counterparty"``, in the contract's direction: investor → investee,
buyer → seller, lessee → lessor, borrower → lender, warrant issuer → holder, raiser → lead
investor, acquirer → seller/target, agreement: the party the sentence leads with). Every other
party attached to the trigger (its object, or a party marked by 向/对/与/从 …) plays the other role.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Role = Literal["agent", "counterparty"]


class Trigger(NamedTuple):
    word: str
    type: str
    #: the role of the grammatical subject (and of a party introduced by 由/获/被)
    subject: Role = "agent"
    subtype: str | None = None
    #: "money" = the deal needs an amount to be a deal of this type; "object" = this reading
    #: needs an object party (else ``fallback`` type applies)
    needs: str | None = None
    fallback: str | None = None


TRIGGERS: tuple[Trigger, ...] = (
    # investment: investor (subject) → investee (object, 对X / 向X / 参与X的…)
    Trigger("入股", "investment", subtype="equity_stake"),
    Trigger("参股", "investment", subtype="equity_stake"),
    Trigger("注资", "investment"),
    Trigger("挹注", "investment"),
    Trigger("投资", "investment"),
    Trigger("转投资", "investment"),
    Trigger("领投", "investment", subtype="lead_investment"),
    Trigger("跟投", "investment"),
    Trigger("承购", "investment", subtype="rights_underwriting"),
    Trigger("认购", "investment", subtype="subscription"),
    # 增资Y = capital increase into Y (investment); without an object the company raises itself
    Trigger("增资", "investment", subtype="capital_increase", needs="object", fallback="fundraising"),
    Trigger("增资扩股", "fundraising", subtype="equity_raise"),
    Trigger("现金增资", "investment", subtype="capital_increase", needs="object", fallback="fundraising"),
    # fundraising: the raiser (subject) → the (lead) investor
    Trigger("募资", "fundraising"),
    Trigger("募得", "fundraising"),
    Trigger("募集", "fundraising"),
    Trigger("筹资", "fundraising"),
    Trigger("筹集", "fundraising"),
    Trigger("筹措", "fundraising"),
    Trigger("集资", "fundraising"),
    Trigger("融资", "fundraising"),
    Trigger("再融资", "fundraising", subtype="equity_raise"),
    Trigger("股权融资", "fundraising", subtype="equity_tranche"),
    Trigger("股权部分", "fundraising", subtype="equity_tranche"),
    Trigger("配售", "fundraising", subtype="share_placement"),
    Trigger("配股", "fundraising", subtype="share_placement"),
    Trigger("供股", "fundraising", subtype="rights_issue"),
    Trigger("定增", "fundraising", subtype="private_placement"),
    Trigger("招股", "fundraising", subtype="ipo"),
    Trigger("发行新股", "fundraising", subtype="share_issue"),
    Trigger("发行股票", "fundraising", subtype="share_issue"),
    Trigger("优先献售", "fundraising", subtype="preferential_offering"),
    Trigger("股权投资", "fundraising", subtype="equity_tranche"),
    # debt: borrower (subject) → lender
    Trigger("借款", "debt", subtype="loan"),
    Trigger("借贷", "debt", subtype="loan"),
    Trigger("借钱", "debt", subtype="loan"),
    Trigger("贷款", "debt", subtype="loan"),
    Trigger("银团贷款", "debt", subtype="syndicated_loan"),
    Trigger("债务部分", "debt", subtype="debt_tranche"),
    Trigger("债务融资", "debt", subtype="debt_tranche"),
    Trigger("专案融资", "debt", subtype="project_finance"),
    Trigger("项目融资", "debt", subtype="project_finance"),
    Trigger("发债", "debt", subtype="bond_issue"),
    Trigger("债券", "debt", subtype="bond_issue"),
    Trigger("信贷", "debt", subtype="loan"),
    Trigger("授信", "debt", subject="counterparty", subtype="credit_line"),
    Trigger("放款", "debt", subject="counterparty", subtype="loan"),
    # purchase: buyer (subject) → seller (向X购买, 购买X的…)
    Trigger("采购", "purchase"),
    Trigger("购买", "purchase"),
    Trigger("买入", "purchase"),
    Trigger("购置", "purchase"),
    Trigger("订购", "purchase"),
    Trigger("下单", "purchase"),
    Trigger("订单", "purchase"),
    Trigger("购电", "purchase", subtype="power_purchase_agreement"),
    Trigger("卖给", "purchase", subject="counterparty"),
    Trigger("售予", "purchase", subject="counterparty"),
    Trigger("出售给", "purchase", subject="counterparty"),
    Trigger("销售给", "purchase", subject="counterparty"),
    Trigger("供货", "purchase", subject="counterparty", subtype="supply_contract"),
    Trigger("中标", "purchase", subject="counterparty", subtype="tender_award"),
    Trigger("颁给", "purchase", subtype="contract_award"),
    Trigger("合约", "purchase", subtype="contract", needs="money", fallback="agreement"),
    Trigger("合同", "purchase", subtype="contract", needs="money", fallback="agreement"),
    Trigger("服务协议", "purchase", subtype="service_contract"),
    # lease: lessee (subject) → lessor (向X租用); 租给X: the subject is the lessor
    Trigger("租用", "lease"),
    Trigger("租赁", "lease"),
    Trigger("承租", "lease"),
    Trigger("回租", "lease"),
    Trigger("租给", "lease", subject="counterparty"),
    Trigger("出租给", "lease", subject="counterparty"),
    Trigger("回租给", "lease", subject="counterparty"),
    # warrant: issuer (subject) → holder (向X发行)
    Trigger("认股权证", "warrant"),
    Trigger("认股权", "warrant"),
    Trigger("权证", "warrant"),
    # acquisition: acquirer (subject) → seller when named, else target (object)
    Trigger("收购", "acquisition"),
    Trigger("要约收购", "acquisition", subtype="tender_offer"),
    Trigger("要约", "acquisition", subtype="tender_offer"),
    Trigger("并购", "acquisition"),
    Trigger("全购", "acquisition"),
    Trigger("受让", "acquisition"),
    Trigger("出售股权", "acquisition", subject="counterparty"),
    Trigger("取得", "acquisition", needs="stake"),
    # agreement: cooperation, no money flow stated (agent = the party the sentence leads with)
    Trigger("协议", "agreement"),
    Trigger("合作", "agreement"),
    Trigger("签约", "agreement"),
    Trigger("签署", "agreement"),
    Trigger("备忘录", "agreement", subtype="mou"),
    Trigger("携手", "agreement"),
    # capex: the spender, no counterparty
    Trigger("资本支出", "capex"),
    Trigger("资本开支", "capex"),
    Trigger("资本预算", "capex"),
    Trigger("基建开支", "capex"),
    Trigger("投资兴建", "capex"),
    Trigger("建厂", "capex"),
    Trigger("斥资", "capex", needs="build", fallback="investment"),
    Trigger("投资总额", "capex"),
    Trigger("总投资额", "capex"),
    Trigger("投资额", "capex"),
    Trigger("投资金额", "capex"),
)

#: a trigger word is no trigger inside these longer words (投资者 = investor, 融资融券 = margin)
TRIGGER_BLOCKERS: tuple[str, ...] = (
    "投资者", "投资人", "投资方", "投资银行", "投资机构", "投资部门", "投资平台", "投资审议",
    "投资信托", "投资基金", "投资组合", "投资价值", "投资风险", "投资报酬", "投资回报",
    "投审", "融资融券", "融资额度", "融资余额", "融资买入", "合作伙伴", "合作关系",
    "合约价", "合同工作量", "贷款利率", "债券市场", "债券指数", "协议价", "再投资",
    "投资决策", "投资案", "投资公司", "投资机会", "投资兴趣", "投资目标", "投资规划", "投资部分",
    "募集资金将", "募集资金用", "募集资金主要", "募集资金投向", "所募资金", "筹资所得", "募资所得",
    "集资所得", "所得款项", "孖展", "超购", "认购倍数", "踊跃认购", "超额认购", "足额认购",
    "收购完成", "收购后", "合作计划", "抵押贷款", "房贷", "孖展认购", "回收投资", "出售股权的是",
)  # fmt: skip

#: words that turn the capex/investment reading of a money trigger into capex when they follow it
BUILD_WORDS: tuple[str, ...] = ("建设", "兴建", "建造", "兴建", "建置", "打造", "扩建", "扩产")

#: prepositions that introduce the "other" party of a trigger (the one the subject is not)
COUNTERPARTY_MARKERS: tuple[str, ...] = (
    "向",
    "对",
    "对于",
    "与",
    "和",
    "跟",
    "同",
    "从",
    "自",
    "参与",
    "联合",
    "携手",
    "给",
    "予",
)
#: verbs whose object is the real actor (中金公司助力国开行发行债券; 投审会核准鸿海以…增资)
ACTOR_MARKERS: tuple[str, ...] = ("助力", "协助", "帮助", "核准", "批准", "通过", "同意")
#: a party followed by these approves, it is no party (获证监会审核通过)
REGULATOR_VERBS: tuple[str, ...] = ("审核", "批准", "核准", "审批", "通过", "同意", "核发")
#: 与/和/跟 mark a counterparty only with a symmetric verb (签约, 合作); else they coordinate
SYMMETRIC_WORDS: tuple[str, ...] = (
    "签", "达成", "合作", "协议", "合约", "合同", "携手", "敲定", "缔结", "建立", "推进", "联合", "共同",
    "谈判", "磋商", "交易",
)  # fmt: skip
#: determiners between a preposition and its party (向这个SPV投资)
DETERMINERS: tuple[str, ...] = ("这个", "这家", "那家", "该", "此", "这", "那个")
#: verbs that make a party the lead investor / lender of a round already named (X主导股权投资)
LEAD_VERBS: tuple[str, ...] = ("主导", "领投", "参与", "牵头", "参投")
#: copular seller cues (出售股权的是X, 卖方为X): X is the seller of the last acquisition
SELLER_CUES: tuple[str, ...] = (
    "出售股权的是",
    "出售股份的是",
    "卖方为",
    "卖方是",
    "出售方为",
    "出让方为",
    "卖家为",
)
#: the instrumental 以 introducing the deal's price (以2,000万美元，投资…)
INSTRUMENTAL: tuple[str, ...] = ("以",)

#: comitative prepositions: a counterparty with a symmetric verb (X与Y签约), else coordination
COMITATIVE_MARKERS: tuple[str, ...] = ("与", "和", "跟", "同")
#: prepositions whose party takes the subject's role (由X租用, 获X注资, 被X收购)
SUBJECT_MARKERS: tuple[str, ...] = ("由", "获", "获得", "获颁", "被", "受", "得到")
#: benefactive prepositions: 为X发放贷款 — X receives what is provided
BENEFICIARY_MARKERS: tuple[str, ...] = ("为", "替", "帮")
#: the role of the party that receives the money / goods / rights, per deal type
RECEIVER_ROLE: dict[str, Role] = {
    "investment": "counterparty", "fundraising": "agent", "debt": "agent", "purchase": "agent",
    "lease": "agent", "warrant": "counterparty", "acquisition": "agent", "agreement": "counterparty",
    "capex": "agent",
}  # fmt: skip
#: verbs of receiving between subject and trigger (获得投资, 取得融资, 获得…订单)
RECEIVING_VERBS: tuple[str, ...] = ("获得", "取得", "获", "赢得", "拿下", "斩获", "得到")
#: the role of a receiving subject when it differs from the trigger's default
RECEIVING_SUBJECT_ROLE: dict[str, Role] = {
    "investment": "counterparty", "warrant": "counterparty", "purchase": "counterparty",
}  # fmt: skip
#: giving verbs: X提供(的)借款 — X is the giver
GIVING_VERBS: tuple[str, ...] = ("提供", "发放", "授予", "发行", "给予")
GIVER_ROLE: dict[str, Role] = {
    "investment": "agent", "debt": "counterparty", "purchase": "counterparty",
    "lease": "counterparty", "warrant": "agent", "fundraising": "agent",
}  # fmt: skip

#: characters that make a one-character marker part of another word (作为, 因为, 总和)
MARKER_BLOCKERS: dict[str, str] = {
    "为": "作成因认行以称视改转更较最即乃", "和": "总缓平", "对": "相面针核反绝",
    "同": "共相不认协会合", "自": "来各亲独", "向": "方导意动转面", "与": "参给赋授",
    "给": "供交发配", "予": "授给", "获": "捕", "由": "自理缘", "跟": "紧",
}  # fmt: skip

#: parties named by a common noun when the text names no one else: form -> canonical slug
GENERIC_PARTIES: dict[str, str] = {
    "SPV": "spv", "特殊目的公司": "spv", "特殊目的实体": "spv", "特殊目的载体": "spv", "空壳公司": "spv",
    "半导体业者": "半导体业者", "晶片业者": "晶片业者", "芯片业者": "晶片业者",
}  # fmt: skip

#: anaphora that stand for an organisation already named
ORG_ANAPHORA: tuple[str, ...] = (
    "该公司", "该集团", "该行", "该银行", "本公司", "该企业", "该信托", "公司", "集团", "信托", "其",
)  # fmt: skip
#: anaphora that count only as a clause's first word (公司盘后发布公告)
CLAUSE_INITIAL_ANAPHORA: tuple[str, ...] = ("公司", "集团", "信托")
#: 后者 / 前者: the last / the first of the two parties just named
LATTER: tuple[str, ...] = ("后者",)
FORMER: tuple[str, ...] = ("前者",)
#: the two parties of the last agreement
BOTH_PARTIES: tuple[str, ...] = ("双方",)

#: words that mark speculation or a wish in the trigger's own clause: no deal is stated
HEDGE_WORDS: tuple[str, ...] = (
    "可能", "或许", "也许", "是否", "如何", "?", "？", "希望", "应该", "应当", "呼吁", "有望",
    "只租不买", "投票", "表决", "预期",
)  # fmt: skip
#: conditionals, forecasts and estimates: they govern the rest of the sentence (若…，X将…;
#: 据高盛预测，…) up to a word that starts a new assertion (DISCOURSE_RESETS)
SENTENCE_HEDGE_WORDS: tuple[str, ...] = (
    "若", "如果", "假如", "倘若", "预测", "预估", "分析师", "研究机构", "估算", "传出",
)  # fmt: skip
DISCOURSE_RESETS: tuple[str, ...] = ("所以", "因此", "因而", "于是", "例如", "比如", "然后", "结果")
#: words that mark an aggregate statistic (累计, 合计 across companies)
AGGREGATE_WORDS: tuple[str, ...] = (
    "统计",
    "累计",
    "累积",
    "件数",
    "总计有",
    "各家",
    "等公司",
    "科技巨头们",
    "三大",
)

#: purpose markers: a trigger after these describes what the money is for, not a new deal
PURPOSE_WORDS: tuple[str, ...] = ("用以", "用于", "用来", "以便", "以支持")

#: words that make 取得 an acquisition (取得…股权)
STAKE_WORDS: tuple[str, ...] = ("股权", "股份", "持股")

#: words just before an amount that make it a valuation, price or statistic, not the deal's amount
NON_DEAL_AMOUNT_CUES: tuple[str, ...] = (
    "估值", "市值", "营收", "收入", "亏损", "股价", "收市价", "市价", "身家", "利润", "净利",
    "价值约", "每平方", "保证金", "套现", "组合价值", "资产", "成本",
)  # fmt: skip

#: "this" determiners: the deal already under discussion (本次要约, 这笔资金) — its party is the topic
DEICTIC: tuple[str, ...] = (
    "本次", "此次", "这次", "这笔", "该笔", "此笔", "本批", "该项", "此项", "本轮", "此轮", "这轮", "该",
)  # fmt: skip

#: distributive words after a list of subjects: one deal each (X与Y都与Z签约)
DISTRIBUTIVE: tuple[str, ...] = ("都", "均", "分别", "各自", "各")

#: possessive links: X旗下Y, X的子公司Y — X is not the party, Y is
POSSESSIVE_LINKS: tuple[str, ...] = ("旗下", "的", "子公司", "全资", "创立", "创办", "控股", "母公司")

#: sellers-of-shares words for acquisitions (出售股权的是X = the seller)
SELLER_WORDS: tuple[str, ...] = ("出售", "出让", "转让", "卖出")
