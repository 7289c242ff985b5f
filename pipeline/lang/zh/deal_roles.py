"""Deal language data of the frame engine beyond :mod:`.deals` (which is near its size limit):
figure labels, sale-and-leaseback, award and lender cues. Simplified, matched on the t2s view.
"""

from __future__ import annotations

import re

from pipeline.lang.zh.deals import EXCHANGES

#: nouns that make a deal word a label of the figure after it (订单金额N, 租赁金额N, 担保金额N,
#: 合同总值N): in the clause after a deal of its type it restates that deal and names its figure
FIGURE_LABELS: tuple[str, ...] = (
    "金额", "总额", "总金额", "总值", "总价", "价值", "规模", "额度", "总价值",
)  # fmt: skip

#: nouns of a deal's term (授信期间7年, 贷款期限5年, 租赁期限8年): the deal word before one labels the
#: deal stated before it, as a figure noun does
TERM_LABELS: tuple[str, ...] = ("期间", "期限", "年期", "年限")

#: X的基石投资者包括A、B / X基石投资者包括A、B: X is the company the listed investors come into
INVESTORS_OF = re.compile(
    r"(?:的(?:基石|锚定|战略|策略|主要)?|(?:基石|锚定|战略|策略))(?:配售)?(?:投资者|投资人|投资方|参与方)[，,]?\s*"
    r"(?:包括|包含|有|为)"
)

#: more words inside which a trigger word is none (see deals.TRIGGER_BLOCKERS): consolidated
#: figures (合并营收) and companies formed by merging (由A与B合并而成)
MORE_BLOCKERS: tuple[str, ...] = (
    "合并营收", "合并营业", "合并报表", "合并财报", "合并财务", "合并净利", "合并利润", "合并收入",
    "合并计算", "合并范围", "合并口径", "合并资产", "合并后", "合并而成", "合并成立", "合并组成",
    # private equity and its funds are no private placement (私募 = a placement by the issuer)
    "私募基金", "私募股权", "私募机构", "私募投资", "私募债", "私募市场", "私募业", "私募巨头",
    # a company's debts and their structure are no bond (公司债务 ≠ 公司债)
    "公司债务", "债务结构", "绿色债务", "可续期债务",
    # 向不特定对象发行 is a public offering, no placement with specific investors
    "不特定对象",
    # a market sell-off, no spend
    "砸盘", "砸锅", "砸场",
    # the subscriber's role noun (与认购人Y订立协议): no subscription of its own
    "认购人", "认购方",
    # the offering's subscribers named by their role (认购对象为X): the subscriber list, no verb
    "认购对象", "配售对象", "获配对象",
    # a works contract's parties named by their role (发包人为X，承包人为Y): no award of their own
    "发包人", "发包方", "承包人", "承包方", "总承包人", "总承包方",
)  # fmt: skip

#: X通过配售新股募资 / X通过子公司收购: 通过 before a means (a deal word, a vehicle) is "by
#: means of" — X acts; otherwise X通过 is an approval (a regulator's verb, deals.REGULATOR_VERBS)
BY_MEANS: str = "通过"
MEANS_AFTER_BY: tuple[str, ...] = (
    "配售", "发行", "增发", "供股", "配股", "认购", "增资", "定向", "非公开", "公开发行", "子公司", "旗下",
    "全资", "银团", "贷款", "借款", "融资", "收购", "协议转让", "转让", "出售", "发债", "设立", "合资",
    "私募", "首次公开",
    # X通过二级市场 / 集中竞价 / 上交所交易系统增持: the market is the means, X trades
    "二级市场", "集中竞价", "大宗交易", "公开市场", "交易系统", "上海证券交易所交易系统",
    "深圳证券交易所交易系统", "上交所交易系统", "深交所交易系统",
    # land and share sales by auction or listing: X通过挂牌 / 拍卖 / 竞价 竞得
    "挂牌", "公开挂牌", "拍卖", "竞拍", "竞价", "招标", "公开招标", "无偿划转",
)  # fmt: skip
#: X通过公开挂牌方式竞得 / 通过协议转让的方式: 通过 … 方式 (within one clause) is a means too
MEANS_PHRASE = re.compile(r"[^，。；,;：:]{0,12}?(?:方式|形式|渠道)")

#: debts whose borrower is a bank (金管局向Y银行提供流动性支持): a bank is no lender by its name there
BANKS_BORROW_SUBTYPES: frozenset[str] = frozenset({"liquidity_assistance"})

#: X同意为Y提供担保 / X同意以N收购Y: 同意 followed by a role word or the instrumental 以 is X's
#: own consent to act — X is the actor, it approves nobody else's deal (证监会同意X注册)
CONSENTS: str = "同意"
OWN_ACT_AFTER_CONSENT = re.compile(
    r"(?:拟|将|继续|公司)?(?:为|替|向|对|以|与|将|把|就|出资|提供|收购|认购|投资)"
)

#: G就D的银行融资提供担保 / G就D向L借取的贷款提供担保: 就 (regarding) marks the party whose debt or
#: shares the deal concerns — as 为 does, the receiver of the deal and the subject of a nested one
REGARDING_MARKERS: tuple[str, ...] = ("就",)

#: A银行贷款N予Y / 放款N给Y: the giving words that mark a borrower after the loan word
LOAN_RECIPIENT_MARKERS: tuple[str, ...] = ("予", "给", "给予")

#: 受让B持有的X股份: the words between a stake's holder and the company whose shares it holds
HOLDER_LINK = re.compile(r"\s*(?:所)?(?:持有|持)(?:的)?\s*")

#: 获得来自X的投资 / 来自X的贷款: X is the source of the money — the giver of the deal
#: (investor, lender), whichever role the subject would play
SOURCE_MARKERS: tuple[str, ...] = ("来自",)

#: A、B参与(了)本轮融资 / 参与X的B轮融资 / 亦有参与: verbs of joining a round, right before the
#: round (or its owner) and its raising word
JOINING_ROUND = re.compile(
    r"(?:共同|也|亦|均|都|同时|一同|还)?(?:参与|参加|加入)(?:了)?(?:其|该公司)?(?:的)?"
    r"(?:本|此|这|该|新一|上一)?(?:次|轮|笔)?(?=[^，,。；;]{0,24}$)"
)
#: 本期债券由G提供担保 / 上述借款由G提供保证: the deal just named, the subject of a guarantee G gives
GUARANTEED_SUBJECT = re.compile(
    r"(?:本期|本次|此次|该期|该笔|这笔|本笔|上述|前述)[^，,。；;]{0,6}?"
    r"(?:债券|票据|中票|借款|贷款|融资|租赁|授信|债务)(?:将|均|亦)?由"
)
#: the deal types whose agent owes what a guarantee covers (a borrower, a lessee)
GUARANTEED_TYPES: tuple[str, ...] = ("debt", "lease")
#: bonds and notes: the issuer borrows from no one named (counterparty null); a subscriber the text
#: names invests in the issuer (X向Y发行N可换股债券 / X发行N债券予Y / Y认购X发行的N债券)
BOND_ISSUE_SUBTYPES: frozenset[str] = frozenset({"bond_issue", "convertible_bond", "note_issue"})
#: the subscriber's marker before the issue verb (向Y发行) and after the bond word (债券予Y)
BOND_SUBSCRIBER_BEFORE: tuple[str, ...] = ("向",)
BOND_SUBSCRIBER_AFTER: tuple[str, ...] = ("予", "给")
#: between 向Y and the bond word: the issue verb first (向Y发行本金总额为N的)
BOND_ISSUED_TO = re.compile(r"\s*(?:拟|将|再|另|亦)?(?:定向|非公开)?(?:发行|配发|增发)")
#: Y认购X发行的…债券: the subscriber's verb before the issuer, the issue verb after it
BOND_SUBSCRIBES = re.compile(r"\s*(?:拟|将|已|亦)?(?:全额)?认购\s*$")
BOND_ISSUER_OF = re.compile(r"\s*(?:拟|将|所)?(?:发行|增发)(?:的)?")
#: 以每股P，总额约N，收购… / 以每股P、合共N出售…: the words that name the whole price after a price
#: per share given with 以 (the deal's figure is the total, in the clause before the deal word)
PRICE_TOTAL_CUES: tuple[str, ...] = (
    "总额", "总金额", "总代价", "总价款", "总对价", "总值", "总计", "合共", "合计", "共计", "涉资", "作价",
)  # fmt: skip
#: the marker opening a list of a round's financiers named inside the round's noun phrase
#: (获得由A、B和C共同参与的A3轮融资)
ROUND_LIST_JOINED_MARKERS: tuple[str, ...] = ("由",)
#: what closes such a list (on the view): 等 / 等多家机构, an adverb of togetherness, then the round
_ROUND_LIST_TAIL = r"\s*(?:等(?:多家|\d+家|[两二三四五六七八九十几数多]+家)?(?:机构|投资机构)?)?\s*"
#: …共同参与的N轮融资: after a 由 list
ROUND_LIST_JOINED = re.compile(
    _ROUND_LIST_TAIL
    + r"(?:共同|联合|一同|一起)?(?:参与|参投|投资|出资|认购)(?:了)?的[^，,。；;]{0,16}?(?:融资|募资|轮)"
)
#: 获得A和B的联合投资: after a receiving verb's list
ROUND_LIST_RECEIVED = re.compile(
    _ROUND_LIST_TAIL + r"(?:共同|联合)?(?:提供)?的"
    r"(?:联合|共同|战略|股权|首轮|新一轮|天使轮|种子轮|Pre-?[A-F]\+?轮|[A-F]\+?轮)?(?:投资|注资|融资)"
)
#: between the last joining investor and the verb: 等 / 等机构 / 等多家投资方, an adverb
JOINING_GAP = re.compile(
    r"\s*(?:等(?:\d+|[两二三四五六七八九十几数多]+)?(?:家|个|位)?(?:知名|多家)?(?:(?:战略|策略|财务)(?:性)?)?"
    r"(?:机构|投资机构|投资方|投资人|投资者|基金|股东)?)?"
    r"\s*(?:也|亦|均|都|共同|同时|一同|还)?\s*"
    # A拟参与战略配售 / A将作为基石投资者参与X的全球发售: a modal, the investor's capacity
    r"(?:拟|将|已|计划|有意|拟将|亦将|也将)?\s*"
    r"(?:(?:作为|以)(?:基石|战略|策略|锚定)?(?:投资者|投资人|投资方)(?:身份)?)?\s*"
)

#: raises by issuing shares to named buyers (向A配售 / 向A发行新股 / 向A定向增发): the placees invest
SHARE_ISSUE_SUBTYPES: frozenset[str] = frozenset(
    {"share_placement", "private_placement", "share_issue", "rights_issue", "preferential_offering"}
)

#: market trades in a company's shares (增持 / 减持 / 回购 N股): the deal carries the share count
SHARE_TRADE_SUBTYPES: frozenset[str] = frozenset({"share_increase", "secondary_share_sale", "share_buyback"})

#: X旗下Y认购N / X子公司Y认购N (an investment house and the fund or unit it invests through): X is
#: the investor, Y its vehicle (devset2 "a parent acting through a subsidiary is the agent")
INVESTING_VEHICLE = re.compile(
    r"\s*(?:旗下(?:的)?(?:基金|投资基金|投资平台|投资机构|投资公司|子公司)?"
    r"|(?:旗下|的|之)?(?:全资|控股|间接全资)?(?:子公司|附属公司|投资子公司|创投子公司))\s*"
)

#: X拟透过子公司Y / X宣布，透过子公司Y / X也将透过Y: the parent acts through its subsidiary (the
#: parent is the agent, devset2); an adverb only before 将/拟 (投审会也通过X申请: 通过 approves)
THROUGH_VEHICLE = re.compile(
    r"(?:[（(][^（()）]{1,40}[）)])?\s*(?:(?:宣布|表示|公告|公布|指出)[，,：:]?)?"
    r"(?:(?:也|亦|还|则|再)(?=拟|将|已|计划))?(?:拟|将|已|宣布|计划)?\s*"
    r"(?:透过|通过|经由|藉由|借由)(?:其)?(?:旗下)?(?:全资|控股|间接全资)?"
    r"(?:子公司|孙公司|附属公司|附属机构)?\s*"
)
#: the name of an investing vehicle (a fund, a venture arm): X旗下Y资本投资N — the house invests
#: through it; a subsidiary with another name (X旗下的Y集团投资N) invests on its own
FUND_NAME_HEADS: tuple[str, ...] = (
    "基金", "资本", "创投", "投资", "合伙", "合伙企业", "有限合伙", "fund", "capital", "partners",
    "ventures", "investment", "investments",
)  # fmt: skip
#: in the link (X旗下基金Y, X的创投子公司Y): the words that make the vehicle an investing one
FUND_LINK_WORDS: tuple[str, ...] = ("基金", "投资", "创投")

#: 共同发起设立X基金 / 合资成立X / 投资设立X: the company or fund a sentence founds (what its
#: partners' contributions go into)
FOUNDING = re.compile(r"(?:设立|成立|组建|创立|创设)(?:了)?(?:一家|一只|一支|一个)?")
#: X出资N与Y(共同)成立合资公司: after the partner 与 marks, an adverb of togetherness then the founding
FOUNDED_WITH = re.compile(r"\s*(?:共同|合资|联合|一起|一同|携手)?\s*(?:发起)?")
#: between the founding verb and the name: a description of what is founded (医疗产业基金, 合资公司)
FOUNDED_NAME_GAP = re.compile(r"[\u4e00-\u9fff]{0,10}?[“「『\"]?")

#: purchase and sale frames that trade a stake when one follows them (购入/出售X 30%股权): an
#: acquisition (buyer → seller)
STAKE_DEAL_KINDS: frozenset[str] = frozenset({"purchase", "disposal", "sale"})
#: the markers of a buyer after a seller's verb (向B出售 / 出售…予B / 出售…给B)
BUYER_MARKERS: tuple[str, ...] = ("向", "予", "给", "给予")

#: the contractor of a works contract is the construction firm (X与Y签订施工合同: whichever the
#: grammar put first, the firm whose name ends as a builder's builds for the other)
CONTRACTOR_NAME = re.compile(
    r"(?:[一二三四五六七八九十]+局|工程局|工程|建设|建筑|建工|营造|营建|路桥|电建|能建|交建|中建|中铁|铁建"
    r"|交工|隧道股份|市政|港航|中交)$"
)
#: a government's own bureau is no builder, whatever its name ends in (台北市政府捷运工程局 lets works)
GOVERNMENT_BODY = re.compile(r"政府")
#: the owner of a works contract by its name: a government, its bureau or committee, a utility or
#: a state operator (X与沙特国家电力公司签订EPC合同: the utility owns the works, X builds them)
OWNER_NAME = re.compile(
    r"(?:政府|管委会|管理委员会|委员会|局|部|电力公司|电网公司|电网|电力|石油公司|铁路公司|铁路局|地铁集团|地铁公司"
    r"|港务局|机场集团|水务集团|交通局|能源公司|电力局"
    # ports, city and transport investors, rail operators, and project companies named by what
    # they operate (浙江缙云抽水蓄能有限公司, 华能汕头海上风电有限责任公司)
    r"|港务公司|港务集团|港口集团|交通投资集团|交投集团|城投集团|城投公司|高速公路公司|轨道交通集团|轨道交通公司"
    r"|抽水蓄能|风电|光伏发电|发电|核电)$"
)
#: works words: a contract in a clause with one of these is a works contract
WORKS_WORDS: tuple[str, ...] = (
    "施工", "工程", "总承包", "EPC", "承包", "承建", "土建", "安装", "勘察", "设计施工",
)  # fmt: skip
TENDER_AWARD: str = "tender_award"
#: X以N标售土地，由Y得标 / 挂牌出让…，由Y中标: a seller's tender (a sale by tender or auction) — the
#: winner buys what the seller offers, it works for nobody
SALE_BY_TENDER = re.compile(r"标售|标卖|拍卖|挂牌出让|挂牌转让|公开招标出售|招标出售")
ASSET_PURCHASE: str = "asset_purchase"
WORKS_SUBTYPES: frozenset[str] = frozenset({"construction_contract", TENDER_AWARD, "contract_award"})
#: 标得 / 投得 win a bid: the bidder buys land (X以N标得Y地块), but wins works (X标得Y统包工程): the
#: frames read as purchases by their subject, and the words after them that make it a contract won
BID_WON_KINDS: frozenset[str] = frozenset({"land_purchase", "bid_seized", "bid_taken"})
WORKS_WON_WORDS: tuple[str, ...] = (
    *WORKS_WORDS, "统包", "标案", "标段", "采购案", "采购项目", "合约", "合同",
)  # fmt: skip

#: nouns that head a deal's noun phrase (统包工程订单, EPC合同订单): a deal word of the same type a
#: few Han characters before one names the kind of the order, the order is the deal word
ORDER_HEADS: tuple[str, ...] = ("订单",)
MODIFIER_REACH: int = 4

#: a generic contract noun right after a deal word of these types is that deal's contract
#: (租赁合同 = the lease, 借款合同 = the loan, 担保合同 = the guarantee), no purchase of its own
CONTRACT_NOUN_KINDS: frozenset[str] = frozenset({"contract"})
CONTRACT_OF_TYPES: frozenset[str] = frozenset({"lease", "debt", "other"})

#: X委托Y承揽 / 交由Y承建: the party the causative marks plays the deal word's subject role (as
#: after 由); X, who commissions, plays the other
CAUSATIVE_MARKERS: tuple[str, ...] = ("委托", "委由", "交由", "委请")
#: X取得Y的订单 / 拿下Y标案: the party after a receiving verb gives (as after 获)
RECEIVING_MARKERS: tuple[str, ...] = ("取得", "赢得", "拿下", "斩获", "获取", "接获")

#: a clause that only names a party by its role (发包人为X / 受让方为X / 乙方：X): the figure of the deal
#: before it may come in the clause after it (签订EPC合同，发包人为X，承包人为Y，合同金额N)
ROLE_LABEL_CLAUSE = re.compile(
    r"\s*(?:其中|本次交易的?|该项目的?|合同的?)?(?:甲方|乙方|丙方|发包人|发包方|承包人|承包方|总承包人|总承包方"
    r"|招标人|招标方|招标单位|业主|业主单位|业主方|建设单位|采购人|采购单位|中标人|中标单位|受让方|受让人|转让方|转让人|出让方|买方|卖方|出租人|出租方|承租人|承租方"
    r"|借款人|贷款人|担保人|保证人|被担保人|债务人|债权人|认购对象|发行对象|交易对方|交易对象)(?:为|是|系|：|:)"
)

#: a later clause of the sentence led by one of these (and with no deal word) names the figure of
#: the deal before it: …签订合作协议，共同发展Y，涉资约N
FIGURE_CLAUSE_OPENERS: tuple[str, ...] = (
    "涉资", "涉及金额", "涉及资金", "交易金额", "合同金额", "合同总额", "合同总价", "合约金额", "总金额",
    "金额", "总额", "总值", "总价", "作价", "规模", "总租金", "租金总额", "租金总值", "总代价",
)  # fmt: skip

#: a bank's legal form after its name (招商银行股份有限公司): the name before it says it is a bank
LEGAL_FORM_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司)$")
#: how the English name of a bank ends (a gazetteer label: HSBC's "The Hongkong and Shanghai Banking…")
BANK_NAME_ENDS_EN: tuple[str, ...] = (" Bank", " Banking Corporation", " Bank Limited", " Bank Ltd")

#: X对Y融资 (as X对Y提供融资): the party 对 marks before a raise raises, the subject finances it
FINANCED_PARTY_MARKERS: tuple[str, ...] = ("对", "对于")

#: a government's subsidy: its receiver may stand in an earlier clause or sentence (X将在日本兴建
#:晶圆厂，日本政府补助约N: X receives)
SUBSIDY_SUBTYPE: str = "government_subsidy"
#: deals of type other whose subject may stand in an earlier clause (X公告，同意为Y提供担保)
CARRIED_SUBJECT_SUBTYPES: frozenset[str] = frozenset(
    {"guarantee", "share_buyback", "share_increase", "government_subsidy"}
)

#: 截至…，公司累计回购公司股份N股，成交总金额N: a buyback's progress to date is the buyback (its shares
#: as the verb's object); 累计回购金额超过N (the noun) stays a statistic
CUMULATIVE_SUBTYPES: frozenset[str] = frozenset({"share_buyback"})
CUMULATIVE_OBJECT = re.compile(r"(?:了)?(?:公司|本公司)?(?:A股|H股|B类)?(?:股份|股票|普通股)|[\d,.]+\s*万?股")
#: an indefinite works (一项/一座/某…) in an award's clause: the owner is left unnamed
INDEFINITE_WORKS = re.compile(
    r"某|(?<![第\d])[一两二三四五六七八九十数多]+(?:项|个|座|条|宗|笔|份|批|处|套|标段)"
)

#: the award words after which works named by their place leave the owner unnamed (中标云南省…项目)
AWARD_WORDS: tuple[str, ...] = ("预中标", "中标", "得标", "标得", "中选", "承建", "总承包")
#: a place's name by its administrative head (昭通市, 雄安新区, 凉山彝族自治州)
PLACE_NAMED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|县|自治区|自治州|新区)")
#: a buyer the text leaves unnamed (一家美系云端客户 / 一名买家 / 某客户 / 独立第三方): the purchase or
#: sale is a deal with its seller and figure, the buyer null (devset2: "unnamed parties are null")
UNNAMED_BUYER = re.compile(
    r"(?:(?<![第\d])(?:一|两|二|三|数|多|几)(?:家|名|位|间|个)|某(?:一)?(?:家|名|位)?)[^，,。；;]{0,10}?"
    r"(?:客户|买家|买方|买主|承购人|承配人|投资者|投资人|第三方|业者|企业|公司|机构|商|厂|车企|基金|财团)"
    r"|独立第三方"
)
#: a clause naming the buyer by its label (…，买家为一名内地投资者): an unnamed buyer stated after the sale
BUYER_LABEL = re.compile(r"\s*(?:据悉|据了解)?(?:买家|买方|买主|承让人|承让方|承接方)(?:为|是|系|乃)")
#: a government the text does not name (政府将注资Y / Y获当地政府注资N): the investor is null
UNNAMED_GOVERNMENT = re.compile(r"(?:当地|地方|中央|联邦|特区|市|省|州|县|区)?政府(?!补助|补贴|基金|债|部门)")
#: the kinds of deal whose buyer (of goods, of a company, of new shares: an investor; the partners
#: a place signs with; a bank's borrower) may stay unnamed
UNNAMED_BUYER_TYPES: frozenset[str] = frozenset(
    {"purchase", "acquisition", "investment", "agreement", "debt"}
)

#: premises and localisers after 在 + a company (在Y的厂房屋顶上, 在Y园区内): a place, no subject
PREMISES = re.compile(
    r"(?:厂房|屋顶|工厂|厂区|园区|基地|厂址|土地|楼顶|车间|仓库|门店|总部|附近|周边|旁|内|上)"
)

#: A参与X定增: the role marker (a word of lexicon.MARKERS) that joins another company's raise, and
#: what may stand between that company and the raise word (的, 本次, 此次, a round)
JOINING_MARKERS: frozenset[str] = frozenset({"参与"})
#: (A参与X的)本次 / B轮 / Pre-A轮 / 天使轮 / 战略(融资): the raise's determiner or round name
RAISE_GAP = re.compile(
    r"\s*(?:的)?(?:本次|此次|这次|新一轮|首次)?\s*(?:(?:(?:Pre-?)?[A-F]\+{0,2}\d?|天使|种子)轮|战略)?\s*"
)

#: A、B等战略投资者参与本轮融资: a joining verb right after a list of investors
JOINING_VERB = re.compile(r"\s*(?:均|也|亦|都|共同|同时|一同|还)?(?:参与|参加|加入|认购|参投|跟投)")
#: a sentence opened by the registered capital of the company just described (注册资本约为N，由A…出资)
REGISTERED_CAPITAL = re.compile(r"\s*(?:其|该公司|公司|该项目公司|项目公司)?(?:的)?注册资本")
#: 增资后注册资本将由N1增至N2 / 实收资本额将提高至N: a company's capital before and after a change is
#: a size, no deal's figure (the text between the capital noun and the figure)
CAPITAL_CHANGED = re.compile(
    r"(?:注册资本|注册资金|实收资本|资本额|股本)[^，,。；;]{0,16}?"
    r"(?:由|从|增至|增加至|增加到|增到|提高至|提高到|提升至|扩大至|扩充至|变更为|达到|达)"
)
#: how far before a figure its capital noun may stand
CAPITAL_REACH: int = 24
#: X(已)同意以N收购 / 同意向Y出售: a party agreeing to trade (not a regulator approving)
AGREES_TO_ACT = re.compile(
    r"\s*(?:已|亦|也|将|拟|均)?(?:有条件)?同意(?:向[^，,。；;]{1,24}?)?(?:以|出售|收购|认购|购买|买入|投资|入股|增资|注资|受让|转让)"
)
#: words before a one-character marker that end in one of its blockers yet leave it a marker
#: (同意向Y出售: 意 blocks 向 in 意向, not after 同)
MARKER_UNBLOCKED: dict[str, tuple[str, ...]] = {"向": ("同意",)}

#: X是Y的早期投资者 / X亦为Y的基石投资方: between investor and investee, and after the investee
INVESTOR_OF_LINK = re.compile(r"\s*(?:也|亦|还|均|都|同样)?(?:是|为|系|作为|成为)\s*")
INVESTOR_OF_TAIL = re.compile(
    r"\s*的\s*(?:(?:早期|天使轮|种子轮|[A-F]\+?轮|首轮|基石|战略|策略|主要|重要|长期|机构|财务|最大|第一大)(?:性)?)?"
    r"(?:投资者|投资人|投资方)"
)
#: an investor's portfolio named as such (过往投资案例包括 / 其投资组合包括 / 投资过的企业有)
PORTFOLIO_INTRO = re.compile(
    r"(?:过往|过去|此前|曾)?(?:成功)?(?:的)?投资(?:过)?(?:的)?(?:案例|组合|项目|企业|公司)"
    r"(?:还)?(?:包括|包含|涵盖|有|如)\s*[:：]?"
)
#: 由Y全额认购 / 全数由Y认购: the subscriber takes the whole raise, so the raise's figure is its own
#: (not 全数认购其应得部分: a holder's full entitlement is its share of the raise)
WHOLE_SUBSCRIPTION = re.compile(
    r"(?:全额|全数|全部|悉数)\s*(?:由[^，,；;。]{1,20}?)?\s*(?:认购|认缴|包销|承接)(?!\s*(?:其|按|所持|应得))"
)
#: 认购X 1000万股，合计N: a count of shares bought, then the sum they cost
SHARES_BOUGHT = re.compile(r"\d[\d,.]*\s*(?:万|亿|百万|千万)?\s*股")
SUM_WORDS: tuple[str, ...] = ("合计", "共计", "总计", "合共", "总共", "涉资", "作价", "总代价")
#: a deal word whose object is a counted group (投资(了)12家新创 / 收购3家公司): a total over deals
COUNTED_OBJECTS = re.compile(r"\s*(?:了)?\s*(?:\d+|[两二三四五六七八九十百几数多]+)\s*(?:家|间|个|只)")

#: what an award verb may grant that is no contract (授予…公司股票 / 认股权证 / 期权 / 奖项 / 称号): equity or
#: honours, not works
GRANTED_EQUITY = re.compile(r"股票|认股权|股权|期权|股份|奖|称号|荣誉")
#: the frames whose verb awards (决标予 / 授予 / 判给)
AWARD_KINDS: frozenset[str] = frozenset({"award_to"})

#: a loan named among funding sources (资金来源为自有资金及银行贷款) with no lender: no deal
FUNDING_SOURCES = re.compile(r"(?:自有资金|自筹资金|资金来源)[^，,。；;]*$")

#: a sentence opened by these speaks of the agreement just signed (根据协议，X将投资N建设Y):
#: the project's cost is the agreement's figure
PER_AGREEMENT = re.compile(
    r"\s*(?:根据|按照|依据|依照)(?:该|上述|此|本|双方)?(?:合作|投资|框架|战略合作)?(?:协议|备忘录|意向书)"
    r"|\s*(?:协议|备忘录)(?:约定|规定|显示|内容显示)"
)

#: copular seller cues (出售股权的是X, 卖方为X): X is the seller of the last acquisition
SELLER_CUES: tuple[str, ...] = (
    "出售股权的是",
    "出售股份的是",
    "卖方为",
    "卖方是",
    "出售方为",
    "出让方为",
    "卖家为",
    # a list of sellers (卖方包括X及Y): the first is the counterparty
    "卖方包括",
    "卖方分别为",
    "出售方包括",
    # a transfer announcement names its parties by role (转让方为X, 转让方：X)
    "转让方为",
    "转让方是",
    "转让方系",
    "转让方:",
    "转让人为",
    "出让人为",
)
#: copular buyer cues of a transfer announcement (受让方为X): with a seller cue in the same sentence,
#: the sentence states the transfer by its roles alone (受让方为X，转让方为Y，转让价款N)
BUYER_CUES: tuple[str, ...] = (
    "受让方为", "受让方是", "受让方系", "受让方:", "受让人为", "买方为", "买方是", "收购方为", "收购方是",
    "受让方均为", "受让方皆为", "买方均为",
)  # fmt: skip
#: the subtype of a holder's share sale with no buyer named (减持, 出售所持股份)
SECONDARY_SALE: str = "secondary_share_sale"

#: a stake right after the party a seller's verb names (转让其持有的Y 15%股份 / 出售Y全部股权): Y is
#: the company whose stake is sold, not the buyer
STAKE_OF_OBJECT = re.compile(r"[\s\d.%％约]*(?:的)?(?:全部|部分|部份)?(?:股权|股份|股權|權益|权益|持股|股本)")

#: buyer cues after the buyer (经评审，Y成为受让方 / 确定Y为受让方): in a sentence of its own, Y is
#: the buyer of the stake sale stated before with its buyer open
BUYER_AFTER_CUES: tuple[str, ...] = (
    "成为最终受让方", "为最终受让方", "成为受让方", "为受让方",
    "成为买方", "为买方", "成为收购方", "为收购方",
)  # fmt: skip

#: the verbs of a holder handing its stake over (X拟转让其持有的Y股份，受让方为B: X sells)
TRANSFER_VERBS = re.compile(r"(?:转让|出让|出售)")

#: the owner of the works just awarded, named by its role (该项目建设单位为X / 招标人为X / 业主为X)
OWNER_CUE = re.compile(
    r"(?:建设单位|业主单位|业主方|业主|招标人|招标单位|招标方|采购人|采购单位|发包人|发包方)(?:为|是|系)"
)

#: a figure stated as the original target (原订目标金额为N, 原募集金额N): the deal closes at the
#: last figure stated after it in the sentence (…应会以M结案 / 最后以M结案)
ORIGINAL_FIGURE = re.compile(
    r"(?:原订|原定|原先|原本|原募集|原计划|原规划|原预计|原拟|初始|最初)[^，,。；;\d]{0,8}$"
)

#: frames whose word is itself a figure noun (投资金额, 投资额), by the deal types they label: X战略投资Y，
#: 投资金额约N — the investment's figure, no project cost of its own
FIGURE_NOUN_FRAMES: dict[str, frozenset[str]] = {"project_cost": frozenset({"investment"})}

#: the agreement nouns after a plain raise word (融资协议): signed with a bank, the raise is its loan
RAISE_AGREEMENT_NOUNS: tuple[str, ...] = ("协议", "合同", "合约", "契约")

#: deals whose figure a plain raise word may label (银团贷款…，融资规模N)
FINANCED_TYPES: frozenset[str] = frozenset({"debt", "lease"})

#: a clause led by a project phase's cost (“一期总投资约N): the phase of the project under discussion
PHASE_COST = re.compile(r"[\s“「『\"]*(?:一|二|三|首|本)期(?:项目|工程)?(?:总投资|投资总额|计划投资)")

#: receiving words before the awarding owner (X获/拿下Y的统包工程): the receiver is the contractor
AWARD_RECEIVING: tuple[str, ...] = ("获", "获得", "取得", "赢得", "拿下", "斩获", "获取", "接获")

#: generic contracts (合同, 服务协议): signed for the sentence's typed deal, they are no second deal
#: (签订《金融服务协议》，财务公司将为公司提供N授信: the credit line)
CONTRACT_SUBTYPES: frozenset[str] = frozenset({"contract", "service_contract"})

#: 其 + a subsidiary noun (为其下属公司提供担保): the company's subsidiaries; 其 names the party only
#: when a name follows (为其全资子公司X)
UNNAMED_SUBSIDIARIES = re.compile(
    r"(?:下属|旗下|全资|控股|附属)?(?:子公司|孙公司|下属公司|下属企业|附属公司|成员企业|成员单位)(?:及|和|、)?"
)

#: the group suffix of a company name (中铁建工集团): set aside when the name's head is read
GROUP: str = "集团"

#: deal types whose elided subject carries its partner from a signing clause before (X与Y签署
#:协议，购买96架飞机: Y sells)
CARRIED_PARTNER_TYPES: frozenset[str] = frozenset({"purchase", "lease"})
#: (only when the deal word leads its clause, as a verb: …，购买96架 / …，并将订购 — not 这项交易是
#: 一份采购大单)
VERB_LEADS = re.compile(r"\s*(?:并|将|拟|再|另|还|亦|也|同时|计划|预计|决定)*\s*")
#: X与Y订立买卖协议，以N收购…: the partner of a sale-and-purchase agreement sells what the
#: elided subject then acquires
SALE_AGREEMENTS = re.compile(r"(?:买卖|股权转让|股份转让|转让|收购|股权收购|资产收购)(?:协议|合同)")

#: a buyer described but not named before an order (接获美系云端大厂订单, 获一家欧洲车厂订单)
DESCRIBED_BUYER = re.compile(r"(?:客户|大厂|车厂|厂商|业者|巨头|车企|运营商)[^，,。；;□]{0,10}$")

#: the clause after a spend that says where or for what it builds (斥资N，于德州兴建新厂 / 投资N，在高雄
#:设立研发中心 / 投入N，用于扩建产线): the spend is the spender's own build-out. 设立/设置 build only a
#: facility (设立合资公司 founds a company: an investment)
BUILD_CLAUSE = re.compile(
    r"(?:并|将|拟|预计|计划|主要)?(?:于|在|用于|用以|用来|以(?![及后前来上下内外致便]))[^，,。；;]{0,14}?"
    r"(?:建设|兴建|建造|建置|打造|扩建|扩产|建厂|设厂|盖厂|扩厂|新建"
    r"|(?:设立|设置|成立)[^，,。；;]{0,10}?(?:研发中心|中心|工厂|新厂|厂房|基地|园区|产线|生产线|据点|厂))"
)

#: 增持公司股份: a bare 公司 between a holder's share trade and the shares is the announcing company
#: wherever it stands (回购公司股份: the company buys back its own, no other party)
ANNOUNCER_SHARES_VERBS: tuple[str, ...] = (
    "增持", "减持", "持有", "买入", "卖出", "出售", "转让", "受让", "认购",
)  # fmt: skip
ANNOUNCER_SHARES_WORDS: tuple[str, ...] = ("股份", "股票", "A股", "H股", "B股", "普通股", "股权")

#: descriptors that name a unit of the list member before, no member's kind (A及子公司B)
NOT_DESCRIBING_LIST: tuple[str, ...] = (
    "子公司", "附属公司", "孙公司", "母公司", "股东", "控股股东", "大股东",
)  # fmt: skip

#: frames whose word names a listing only after its company (X科创板IPO / X的IPO / X此次IPO;
#: 港股IPO市场 is the market)
OWNED_LISTING_KINDS: frozenset[str] = frozenset({"company_ipo"})
#: between the company and the IPO word: a determiner or modal, 赴/在/于 and the board
IPO_OWNER_GAP = re.compile(
    r"\s*(?:的|此次|本次|这次|今次|拟|将|已|计划)*\s*(?:赴|在|于)?\s*"
    rf"(?:{'|'.join(map(re.escape, EXCHANGES))})?\s*(?:的)?\s*"
)

#: Y获A领投15亿元B轮融资 / A领投的N新一轮融资: a figure right after an investor's verb and before a
#: round noun is the round's, not the investor's
ROUND_AFTER_FIGURE = re.compile(r"\s*(?:的)?\s*(?:[A-Za-z]\+?|天使|种子|新一|首|上一|战略)?\s*(?:轮|融资)")
#: a clause led by one of these speaks of the amount of the deal word before it (X领投Y，金额达N)
OWN_AMOUNT_NOUNS: tuple[str, ...] = (
    "金额", "总额", "总金额", "出资额", "认购金额", "投资金额", "投资额", "代价", "总代价", "认购价款",
    "对价",
)  # fmt: skip

#: the subscriber named by its role (与认购人Y订立认购协议，认购人同意认购…): the investor
SUBSCRIBER_NOUNS: tuple[str, ...] = ("认购人", "认购方", "应募人", "承配人")
#: the subscriber named by its role and the copula (本次发行的认购对象为Y，认购金额为N): Y invests
SUBSCRIBER_LABEL = re.compile(r"(?:认购对象|发行对象|认购方|认购人|配售对象|获配对象|承配人)(?:为|是|系|:)")

#: what a raise word names when shares follow it (认购X配售股份 / 定增的新股): the shares bought
OFFERED_SHARES: tuple[str, ...] = ("股份", "股票", "新股", "的股份", "的新股", "的股票")

#: 高瓴（认购5000万美元）: a subscriber's figure in brackets right after its name
BRACKETED_SUBSCRIPTION = re.compile(r"\s*[（(]\s*(?:认购|认购了|出资|投资|获配)[^（）()]{0,16}[）)]")

#: the heads of fund and partnership names (as written): a fund is no 公司 (X参与设立Y基金，公司认缴N)
PARTNERSHIP_HEADS: tuple[str, ...] = (
    "基金", "合伙企业", "合夥企業", "有限合伙)", "有限合夥)", "有限合伙）", "有限合夥）",
)  # fmt: skip

#: a fund named by what it finances (基础设施建设基金, 城市更新建设产业投资基金): its build word is part of
#: the name, the contribution into it is no build-out (the text from the build word to the fund head)
FUND_NAME_TAIL = re.compile(r"[^，,。；;、的]{0,16}?(?:基金|合伙企业)")

#: lenders the text counts but names not (由十五家银行组成的银团提供的N融资): a raise they provide is a loan
UNNAMED_LENDERS = re.compile(
    r"银团|银行团|(?:\d+|[一二三四五六七八九十两几数多]+)\s*(?:家|间|个)"
    r"(?:国内外|中外|本地|国际|海外|外资|中资|公股)?(?:银行|金融机构)"
)

#: X与以A银行为首的银团签订贷款协议: the syndicate A leads, joined by 与 (the lender's name follows)
LED_SYNDICATE = re.compile(r"(?:与|和|同|跟)以$")

#: X助力/协助/帮助Y发行债券: X helps the deal of the party after the verb, it is no subject of it
HELPING_VERBS: tuple[str, ...] = ("助力", "协助", "帮助")

#: X以融资租赁方式出租予Y / 以售后回租的形式: a manner phrase around a deal word (以 a few characters
#: before it, 方式 right after it)
MANNER_OPENS = re.compile(r"以(?:[^，,。；;以]{0,2})$")
MANNER_REACH: int = 3
MANNER_CLOSES = re.compile(r"(?:的)?(?:方式|形式)")

#: 获X授予 / 颁发 / 批出…合约: verbs by which an owner awards a contract (X buys the works)
AWARDING_VERBS: tuple[str, ...] = ("授予", "颁发", "颁给", "批出", "判给", "批予", "决标")

#: a sentence opening on a deal's figure noun (该合同金额约为N / 担保金额为N / 本次贷款总额N): the figure
#: of the deal the sentence before stated (the amount within a few characters after the noun)
LATER_FIGURE = re.compile(
    r"[\s“「『\"]*(?:该|此|本|上述|有关|这|前述)?(?:笔|项|份|次|宗)?"
    r"(?:合同|合约|协议|贷款|借款|授信|担保|租赁|租约|交易|工程|项目|订单|债券|票据)?(?:的)?"
    r"(?:总金额|金额|总额|总值|总价值|总价|价值|规模|额度|租金总额|总租金|发行规模|发行总额)"
)
LATER_FIGURE_REACH: int = 8

#: debt issued to the market (bonds, notes, convertibles, commercial paper): its arranger,
#: underwriter or subscriber lends nothing — the issue has no counterparty
ISSUED_TO_MARKET: frozenset[str] = BOND_ISSUE_SUBTYPES | {"commercial_paper", "bond_tranche"}
