"""More constructions that fix the roles of a deal (lang data, matched on the folded view): a
guarantee for a subsidiary named by its descriptor, a lease's rent in a clause of its own, selling a
subsidiary or a business, a company's own spending on a purpose, the founders of a joint venture,
cornerstones introduced by a count. See pipeline/nlp/deals/constructions2.py.
"""

from __future__ import annotations

import re

#: A为(其)全资子公司/控股子公司/附属公司X提供…担保: the descriptor between 为 and the debtor X
GUARANTEED_UNIT = re.compile(
    r"(?:为|向|对)(?:其|旗下|公司)?(?:的)?(?:全资|控股|间接全资|非全资)?(?:附属公司|子公司|附属企业|孙公司)$"
)
#: A(拟)对/为B(新增)提供N担保 (no descriptor): the debtor marked before 提供
GUARANTEED_PARTY = re.compile(r"(?:为|对)$")
GUARANTEE_SUPPLIED = re.compile(r"[^，,。；;]{0,8}?提供[^，,。；;]{0,30}?担保")
#: the guarantee word the debtor's clause closes on
GUARANTEE_WORD = "担保"
#: …，每年租金N / 年租金N / 租金总额N: the rent of the lease just stated
YEARLY_RENT = re.compile(r"(?:每年|每年度|年)(?:的)?租金(?:为|约为|约|达|合共)?\s*$")
TOTAL_RENT = re.compile(r"(?:租金总额|总租金|租金总值|租金合共|租金总计)(?:为|约为|约|达)?\s*$")
#: the kinds of deal a seller's verb states (出售资产予C: a purchase; 出售Y股权予C: read as a stake's
#: acquisition already, with Y the object — C is still the buyer)
SALE_TYPES: frozenset[str] = frozenset({"purchase", "acquisition"})
#: …，交易对象为B / 交易相对人为B (Taiwan filings): the other party of the deal just stated
DEAL_PARTNER_LABEL = re.compile(r"\s*(?:交易|本次交易的?)(?:对象|相对人|对方|对手方)(?:为|是|系)\s*")
#: the verb of a sale (A以N出售…予C)
SALE_VERBS = re.compile(r"(?:出售|售出|出让|转让|沽售|卖出|处分)")
#: what a sold business is: a company, a business, a stake
SOLD_BUSINESS = re.compile(r"(?:附属公司|子公司|附属企业|业务|事业部|部门|股权|股份|权益|公司)")
#: …予/给C: the buyer after the object
SOLD_TO = re.compile(r"(?:予|给予|给|售予)")
#: a company's own spending: 投入/斥资N用于Z
SPENDING_BEFORE = re.compile(r"(?:投入|斥资|拨出|拨款|投放|动用)(?:资金)?(?:约|逾|超过|近)?\s*$")
SPENDING_ON = re.compile(
    r"\s*(?:的)?(?:资金)?(?:用于|用作|用来|投放于|投入)(?:加强|加大|推动|推进|支持|进行)?"
    r"(?:研发|研究|科研|技术研发|技术创新|创新|数字化|数码化|智能化|信息化|转型|扩大产能|扩产|扩充产能|"
    r"提升产能|增加产能|产能扩张|营运|运营|业务扩张|扩张|人才|技术改造|技改|自动化"
    # 投入N用于(发展)氢能业务: the spender's own business
    r"|(?:发展|拓展)?[^，,。；;向与对从自购]{1,8}?业务)"
)
#: a spending clause that names no subject of its own (…，将在未来五年投入N): time and modal words
SUBJECTLESS_LEAD = re.compile(
    r"\s*(?:(?:将会|将|拟|计划|预计|准备|会|再|还|也|亦|并|另|在|于|未来|今年|明年|今后|年内|内|期间|"
    r"之内|起|的|[\d一二三四五六七八九十两]+(?:个)?(?:年|月))\s*)*"
)
#: A与B共同出资设立/成立(合资公司): the founders of a new company
JOINT_FOUNDING = re.compile(
    r"(?:共同|联合)?出资(?:[^，,。；;]{0,12}?)(?:设立|成立|组建|创立|合资)|合资(?:设立|成立|组建|创立)"
)
FOUNDERS_AND = re.compile(r"^\s*(?:计划|拟|将|已|宣布)?(?:与|和|及|同|、|以及)\s*$")
#: what may stand between the last founder and the founding verb (A与B拟共同出资)
FOUNDING_ADVERBS = " 拟将已计划宣布决定共同联合"
#: A与B签订合资协议，(双方将)共同出资设立Z: a founding clause naming no founder of its own takes the
#: signing parties of the clause before (the subject and the parties 与 marks)
FOUNDERS_CARRIED = re.compile(r"\s*(?:双方|三方|各方|两家公司)?(?:拟|将|已|计划|决定|宣布|共同|联合|再)*\s*")
#: words of togetherness in a founding clause (双方将共同出资N设立Z: the signers found Z together)
JOINT_WORDS = re.compile(r"双方|三方|各方|共同|联合|合资|一起|一同|携手")
#: the registered capital: the new company's size, no founder's figure
REGISTERED_CAPITAL = re.compile(r"(?:注册资本|注册资金|注资总额)(?:为|拟为|将为|约|达)?\s*$")
#: (双方)分别出资N1及N2: the founders' shares in order
RESPECTIVE_SHARES = re.compile(r"分别(?:出资|认缴|注资|投入)")
#: Z(香港)上市引入N名基石投资者: the issuer brings in cornerstones by a count
CORNERSTONES_BY_COUNT = re.compile(
    r"(?:引入|引进)(?:了)?(?:共)?[\d一二三四五六七八九十两]+(?:名|家|位|个)(?:基石|锚定)(?:投资者|投资人|投资方)"
)
#: …，其中/当中/包括X认购N1: the list of cornerstones with their figures
CORNERSTONE_LIST = re.compile(r"\s*(?:其中|当中|包括|分别为|包括有)[:：]?")
RESPECTIVE_SUBSCRIBE = re.compile(r"分别(?:认购|出资|投资)")
SUBSCRIBES = re.compile(r"\s*(?:认购|认购了|出资|投资)(?:价值|总值|金额为|合共|共)?(?:约|逾)?\s*$")

#: A向B订造/订购/采购N艘船: the builder or maker B between 向 and the verb sells
ORDER_FROM = re.compile(r"向")
ORDER_VERBS = re.compile(r"(?:订造|订购|订制|采购|购买|购置|订购了|订造了|采购了|购买了)")
#: …N艘/台/架/套 X: a party named after the count is the goods (A320neo), no seller
COUNTED_GOODS = re.compile(r"[\d一二三四五六七八九十两百千]+(?:艘|台|架|套|辆|列|部|组|座|款)$")

#: a sub-fund agreement (母基金与Y签署子基金投资协议 / 子基金合伙协议): the mother fund's commitment
#: stated beside it (拟出资N) is the agreement's figure, no investment of its own
SUBFUND_AGREEMENT = re.compile(r"子基金(?:投资|合伙|认购|出资|合作|设立)?(?:协议|合同|合伙协议|框架协议)")
#: X作为有限合伙人认缴出资N / 以有限合伙人身份出资N: a commitment to the fund under discussion
LIMITED_PARTNER = re.compile(r"(?:作为|以|担任)(?:该|本)?(?:基金|合伙企业)?(?:的)?有限合伙人|有限合伙人身份")
#: 设立Y基金。其中，A出资N1，B出资N2: a sentence breaking down what the one before stated — its
#: contributions with no investee go into the fund just named
BREAKDOWN_START = re.compile(r"\s*(?:其中|当中)\s*[，,：:]?")
#: X出资N，参与(投资)Y基金: the fund joined after the commitment (as after a founding verb)
FUND_JOINED = re.compile(r"(?:参与|加入)(?:投资|认购|设立)?(?:了)?")

#: X成为 / 被确定为 / 确认其为 Y…项目的中标候选人 (成交供应商, 中标单位), X收到Y发出的中标通知书, X在Y…
#: 集中采购中中选: the party before the copula (a receiving verb, 在) wins, the first party after it owns
#: the project; the project's 的 (or 中) stands right before the winner's word
WINNER_COPULA = re.compile(
    r"(?:(?:被|获)?(?:确定|确认|选定|评定|列为|推荐)?(?:其|公司)?(?:为|成为)|收到|接获|接到|获发|在)"
    r"(?=[^，,。；;]*(?:的|中)[《“「『\"]?$)"
)

#: the kinds of purchase of land bought at auction or tender (frames land_purchase, land_won)
LAND_SUBTYPES: frozenset[str] = frozenset({"asset_purchase"})
#: the land bureau that lets the land (北京市规划和自然资源委员会公布，X以N竞得…): the seller of land
#: bought with no seller marked, when the sentence names it
LAND_SELLER_HEADS: tuple[str, ...] = (
    "自然资源局", "自然资源委员会", "自然资源厅", "规划局", "国土资源局", "国土资源厅", "国土资源委员会",
    "国土局", "土地局", "地政总署", "地政局", "土地管理局", "国有财产署",
)  # fmt: skip

#: Y发布…中标候选人公示 / 根据Y公布的成交结果公告: the owner publishes the result of its own tender
#: (the publishing verb before the result notice; the party right before the verb publishes)
PUBLISHED_RESULT = re.compile(
    r"(?:近日|日前|今日|日前正式|已)?(?:发布|公布|公示|发出|披露)(?:了)?(?:的)?[^，,。；;]{0,24}?"
    r"(?:中标|中选|成交|评标)(?:候选人|结果|候选人公示|结果公示|结果公告)"
)
#: what may stand between the publisher and its verb (南方电网公司近日发布)
TIME_GAP: str = "近日今日前正式已于月日年0123456789 "
