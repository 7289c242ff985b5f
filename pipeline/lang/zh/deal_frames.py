"""Deal frames: one row per kind of deal — its trigger words in both scripts, which role the unmarked
subject plays, which role a receiving subject (X获…) plays, the role cues particular to it, and
the figures it takes. The one frame engine (:mod:`pipeline.nlp.deals`) applies every row: a new
kind of deal is a new row here plus test sentences (tests/nlp/deals/test_frames.py).

Roles are in the contract's direction (docs/gold-format.md): investor → investee, raiser → lead
investor, borrower → lender (bond issuer, counterparty null), buyer → seller / supplier /
contractor (a contract award: owner → contractor), lessee → lessor, acquirer → seller (else
target), guarantor → guaranteed debtor, spender (capex, no counterparty).

Trigger words are written as the articles write them, Traditional and Simplified (and regional
words: 聯貸 in Taiwan, 供股 in Hong Kong); the engine matches them on the t2s view, so a word and
its other-script form are one entry there. The general role cues (由/获/被 take the subject's
role; 向/对/与/从/给/予 mark the other party; 为/替 the receiver) are in :mod:`.deals`; ``cues``
here overrides them for one frame.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from pipeline.lang.zh.deal_words import (
    BARE_SIZE_WORDS,
    BOND_WORDS,
    CONVERTIBLE_WORDS,
    FOLLOW_ON_WORDS,
    FUND_SIZE_WORDS,
    GUARANTEES,
    IPO_WORDS,
    LIQUIDITY_WORDS,
    NOTE_WORDS,
    PLACEMENT_WORDS,
    PURCHASE_WORDS,
    RAISE_WORDS,
    SALES_CONTRACTS,
    SHARE_TRANSFERS,
    SUBSIDY_WORDS,
)

Role = Literal["agent", "counterparty"]
#: what a frame needs besides its word: "money" (an amount, else ``fallback``), "object" (an object
#: party, else ``fallback``), "build" (a build word after it), "stake" (股权/股份 after it),
#: "exchange" (an exchange near it), "facility" (a facility noun after it), "goods" (goods nearby),
#: "becoming" (成为… before it), "land" (a land noun in its sentence up to its clause), "tender" (a
#: procurement word in its clause), "party" (the other party named, else no deal), "round" (the
#: investee named or a round under discussion, else no deal), "fund" (a fund it describes after it:
#: 规模N的X基金), "bid" (land named in its sentence, or works or a contract after it in its clause)
Need = Literal[
    "money",
    "object",
    "build",
    "stake",
    "exchange",
    "facility",
    "goods",
    "becoming",
    "land",
    "tender",
    "party",
    "round",
    "fund",
    "bid",
]


class Frame(NamedTuple):
    #: the kind of deal (original_type in gold): syndicated_loan, share_transfer, …
    kind: str
    type: str
    triggers: tuple[str, ...]
    #: the role of the unmarked grammatical subject (and of a party introduced by 由/获/被)
    subject: Role = "agent"
    #: the subtype the deal carries (None: the type says it all)
    subtype: str | None = None
    needs: Need | None = None
    fallback: str | None = None
    #: the role of a subject that receives (X获得…, X取得…), when it differs from the type's
    receiver: Role | None = None
    #: role cues of this frame: a marker word and the role of the party it marks
    cues: tuple[tuple[str, Role], ...] = ()
    #: an investor's verb (领投, 跟投, 认购): with no investee named, the company whose round or
    #: offering is under discussion is the investee
    joins_round: bool = False
    #: a spending verb (斥资N收购Y, 斥资N回购股份): followed in its clause by a deal word of another
    #: frame, it only names that deal's price
    prices_next: bool = False
    #: the deal also states a deal of this type with the roles reversed (售后回租: the lessor buys
    #: the asset from the lessee it leases it back to)
    also: str | None = None


#: X与R以售后回租方式融资: the party 与 (和/跟/同) marks is the lessor, no co-lessee
WITH_THE_LESSOR: tuple[tuple[str, Role], ...] = (
    ("与", "counterparty"), ("和", "counterparty"), ("跟", "counterparty"), ("同", "counterparty"),
)  # fmt: skip


FRAMES: tuple[Frame, ...] = (
    # ------------------------------------------------------------------ investment
    Frame("equity_stake", "investment", ("入股", "参股", "參股"), subtype="equity_stake"),
    Frame("equity_investment", "investment", ("注资", "注資", "挹注", "投资", "投資", "转投资", "轉投資")),
    Frame("lead_investment", "investment", ("领投", "領投"), subtype="lead_investment", joins_round=True),
    Frame("follow_investment", "investment", ("跟投",), joins_round=True),
    # A领投，B、C等跟进 (Taiwan and HK press): 跟进 joins a round only when one is under discussion
    Frame("follow_up_investment", "investment", ("跟进", "跟進"), needs="round", joins_round=True),
    # 老股东X继续加码 / X追加投资: an investor adding to its stake joins the round under discussion
    Frame(
        "follow_on_investment",
        "investment",
        # 超额认购 by a named holder (老股东X超额认购); a book's 获超额认购N倍 has no investor
        FOLLOW_ON_WORDS,
        subtype="follow_on",
        needs="round",
        joins_round=True,
    ),
    Frame("rights_underwriting", "investment", ("承购", "承購"), subtype="rights_underwriting"),
    Frame("subscription", "investment", ("认购", "認購"), subtype="subscription", joins_round=True),
    # 参与战略配售的X获配N股 / 发行对象A获配N元: the allottee of an offering or placement buys its
    # shares — an investment into the issuer under discussion
    Frame("allotment", "investment", ("获配", "獲配"), subtype="subscription", joins_round=True),
    # 增资Y = capital increase into Y; without an object the company raises itself
    Frame(
        "capital_increase",
        "investment",
        ("增资", "增資", "现金增资", "現金增資"),
        subtype="capital_increase",
        needs="object",
        fallback="fundraising",
    ),
    Frame("capital_increase_round", "fundraising", ("增资扩股", "增資擴股"), subtype="equity_raise"),
    # ------------------------------------------------------------------ fundraising
    Frame(
        "raise",
        "fundraising",
        RAISE_WORDS,
    ),
    Frame("equity_raise", "fundraising", ("再融资", "再融資"), subtype="equity_raise"),
    # a fund's closings (完成N基金首关 / 最终关账): the fund manager raises the fund
    Frame(
        "fund_close",
        "fundraising",
        ("首关", "首關", "首次关账", "首次關賬", "最终关账", "最終關賬", "终关", "終關"),
        subtype="fund_close",
    ),
    Frame(
        "equity_tranche",
        "fundraising",
        ("股权融资", "股權融資", "股权部分", "股權部分"),
        subtype="equity_tranche",
    ),
    Frame("share_placement", "fundraising", ("配售", "配股"), subtype="share_placement"),
    Frame("rights_issue", "fundraising", ("供股",), subtype="rights_issue"),
    Frame(
        "private_placement",
        "fundraising",
        PLACEMENT_WORDS,
        subtype="private_placement",
    ),
    # 招股 / 全球发售 / 首次公开发行 (HK and mainland prospectus words): the issuer's offering
    Frame("ipo", "fundraising", IPO_WORDS, subtype="ipo"),
    # X科创板IPO / X的IPO: the IPO of the company named right before is its listing (assertions)
    Frame("company_ipo", "fundraising", ("IPO",), subtype="listing"),
    Frame(
        "share_issue", "fundraising", ("发行新股", "發行新股", "发行股票", "發行股票"), subtype="share_issue"
    ),
    Frame("preferential_offering", "fundraising", ("优先献售", "優先獻售"), subtype="preferential_offering"),
    Frame("equity_tranche_investment", "fundraising", ("股权投资", "股權投資"), subtype="equity_tranche"),
    # ------------------------------------------------------------------ debt
    # 银行融资: financing from banks is borrowing (X的银行融资), not a raise from investors
    Frame(
        "loan",
        "debt",
        ("借款", "借贷", "借貸", "借钱", "借錢", "贷款", "貸款", "银行融资", "銀行融資"),
        subtype="loan",
    ),
    Frame(
        "syndicated_loan", "debt", ("银团贷款", "銀團貸款", "银团融资", "銀團融資"), subtype="syndicated_loan"
    ),
    # a central bank's liquidity support (央行向X银行提供流动性支持N): the central bank provides it,
    # the bank supported receives — type other (devset2 README: public money), like a subsidy
    Frame(
        "liquidity_assistance",
        "other",
        LIQUIDITY_WORDS,
        subtype="liquidity_assistance",
        receiver="counterparty",
    ),
    Frame("debt_tranche", "debt", ("债务部分", "債務部分", "债务融资", "債務融資"), subtype="debt_tranche"),
    Frame(
        "project_finance", "debt", ("专案融资", "專案融資", "项目融资", "項目融資"), subtype="project_finance"
    ),
    Frame(
        "bond_issue",
        "debt",
        BOND_WORDS,
        subtype="bond_issue",
    ),
    Frame(
        "convertible_bond",
        "debt",
        CONVERTIBLE_WORDS,
        subtype="convertible_bond",
    ),
    Frame(
        "note_issue",
        "debt",
        NOTE_WORDS,
        subtype="note_issue",
    ),
    Frame("commercial_paper", "debt", ("融资券", "融資券"), subtype="commercial_paper"),
    Frame("credit", "debt", ("信贷", "信貸"), subtype="loan"),
    # 授信 / 放款: the bank is the subject
    Frame("credit_line", "debt", ("授信",), subject="counterparty", subtype="credit_line"),
    Frame("loan_disbursement", "debt", ("放款",), subject="counterparty", subtype="loan"),
    # ------------------------------------------------------------------ purchase
    Frame(
        "purchase",
        "purchase",
        PURCHASE_WORDS,
    ),
    # X与Y签署购电协议: the project (X) sells its power to the offtaker (Y); X向Y购电: X buys
    Frame(
        "power_purchase_agreement",
        "purchase",
        ("购电协议", "購電協議", "购电合约", "購電合約"),
        subject="counterparty",
        subtype="power_purchase_agreement",
    ),
    Frame("power_purchase", "purchase", ("购电", "購電"), subtype="power_purchase_agreement"),
    Frame(
        "sale",
        "purchase",
        ("卖给", "賣給", "售予", "出售给", "出售給", "出售予", "销售给", "銷售給"),
        subject="counterparty",
    ),
    # S以N出售X予B / S出售X给B: the seller is the subject, 予/给 after the goods mark the buyer
    # Taiwan filings: S處分X予B / S董事會通過處分土地 (a disposal)
    Frame(
        "disposal",
        "purchase",
        ("出售", "处分", "處分"),
        subject="counterparty",
        subtype="asset_sale",
        needs="object",
    ),
    # X以N投得地皮 (Hong Kong land sales) / 竞得 / 拍得: the buyer is the subject
    Frame(
        "land_purchase",
        "purchase",
        ("投得", "竞得", "競得", "拍得", "标得", "標得"),
        subtype="asset_purchase",
    ),
    # 摘得 wins land (X以N摘得Y地块) but also prizes and titles (摘得桂冠): only with the land named
    Frame("land_won", "purchase", ("摘得",), subtype="asset_purchase", needs="land"),
    # 拿下 / 斩获 / 奪得 win land (X以N拿下Y地块, X以N奪得地皮) or works (X拿下Y标案), but also orders
    # (the order noun is its own deal word) and prizes (奪得冠軍): with land or works named only
    Frame("bid_taken", "purchase", ("拿下", "斩获", "斬獲"), subtype="asset_purchase", needs="bid"),
    Frame("bid_seized", "purchase", ("夺得", "奪得"), subtype="asset_purchase", needs="bid"),
    Frame("supply_contract", "purchase", ("供货", "供貨"), subject="counterparty", subtype="supply_contract"),
    Frame(
        "supply",
        "purchase",
        ("供应", "供應"),
        subject="counterparty",
        subtype="supply_contract",
        needs="goods",
    ),
    # X为Y提供GPU: X supplies goods to Y (Y buys); 提供借款 / 提供服务 are no supply of goods
    Frame(
        "provision", "purchase", ("提供",), subject="counterparty", subtype="supply_contract", needs="goods"
    ),
    Frame(
        "tender_award",
        "purchase",
        ("中标", "中標", "得标", "得標"),
        subject="counterparty",
        subtype="tender_award",
    ),
    # X入围Y集中采购项目 / X在Y集采中选 / X为Y采购项目的成交供应商: selected in a tender, X supplies the
    # owner (入围决赛, 入选榜单 name no tender)
    Frame(
        "tender_selection",
        "purchase",
        ("入围", "入圍", "中选", "中選", "成交供应商", "成交供應商"),
        subject="counterparty",
        subtype="tender_award",
        needs="tender",
    ),
    Frame("contract_award", "purchase", ("颁给", "頒給"), subtype="contract_award"),
    # C獲授O合約 / C获授予O的工程 (Hong Kong, Singapore): the contractor receives, the owner grants —
    # with works or a contract named after it (获授权, 获授予购股权 name none)
    Frame(
        "contract_granted",
        "purchase",
        ("获授", "獲授", "获授予", "獲授予", "获批出", "獲批出", "获批予", "獲批予"),
        subject="counterparty",
        subtype="contract_award",
        needs="bid",
    ),
    Frame(
        "contract",
        "purchase",
        ("合约", "合約", "合同"),
        subtype="contract",
        needs="money",
        fallback="agreement",
    ),
    Frame("service_contract", "purchase", ("服务协议", "服務協議"), subtype="service_contract"),
    # X与Y签订销售合同 / 技术服务合同: the contract of the side that sells or serves — the subject is the
    # seller or provider, the other party buys (a listed company announces what it sells)
    Frame(
        "sales_contract",
        "purchase",
        SALES_CONTRACTS,
        subject="counterparty",
        subtype="sales_contract",
        needs="money",
        fallback="agreement",
    ),
    # ------------------------------------------------------------------ lease
    # 续租 / 租约: a lease renewed or signed (X与Y续租 / 签订租约: X the tenant, 与 marks the landlord)
    # 售予B，并租回部分楼层: the seller leases back what it sold (a sale-and-leaseback's lease)
    Frame("lease", "lease", ("租用", "租赁", "租賃", "承租", "回租", "续租", "續租", "租约", "租約", "租回")),
    Frame("let", "lease", ("租给", "租給", "出租给", "出租給", "回租给", "回租給"), subject="counterparty"),
    # ------------------------------------------------------------------ warrant
    Frame("warrant", "warrant", ("认股权证", "認股權證", "认股权", "認股權", "权证", "權證")),
    # ------------------------------------------------------------------ acquisition
    Frame(
        "acquisition",
        "acquisition",
        ("收购", "收購", "并购", "併購", "全购", "全購", "私有化", "买下", "買下"),
    ),
    Frame("tender_offer", "acquisition", ("要约收购", "要約收購", "要约", "要約"), subtype="tender_offer"),
    Frame("control", "acquisition", ("入主",), subtype="control"),
    Frame("share_purchase", "acquisition", ("受让", "受讓")),
    Frame("share_sale", "acquisition", ("出售股权", "出售股權"), subject="counterparty"),
    # 取得Y 51%股权 / 以新股换取Y 5%股权 (a share swap)
    Frame("stake_acquisition", "acquisition", ("取得", "换取", "換取"), needs="stake"),
    # ------------------------------------------------------------------ agreement
    Frame(
        "cooperation", "agreement", ("协议", "協議", "合作", "签约", "簽約", "签署", "簽署", "携手", "攜手")
    ),
    Frame("mou", "agreement", ("备忘录", "備忘錄"), subtype="mou"),
    Frame(
        "joint_development",
        "agreement",
        ("共同开发", "共同開發", "共同研发", "共同研發", "联合开发", "聯合開發", "联合研发", "聯合研發"),
        subtype="joint_development",
    ),
    # 经济部补助X / X获得(收到)政府补助N: the paying body is the agent, the company receiving the
    # counterparty (devset2 README: public money, as a guarantor and the debtor it backs)
    Frame(
        "government_subsidy", "other", SUBSIDY_WORDS, subtype="government_subsidy", receiver="counterparty"
    ),
    # X基金(有限合伙)目标规模为N / 该基金总规模N: the fund's own size is its fundraising
    Frame("fund_size", "fundraising", FUND_SIZE_WORDS, subtype="fund_size"),
    # 设立规模为N的X基金: the bare size word describes the fund named after it (else no deal)
    Frame("described_fund_size", "fundraising", BARE_SIZE_WORDS, subtype="fund_size", needs="fund"),
    # ------------------------------------------------------------------ other: secondary share sales
    Frame(
        "secondary_share_sale",
        "other",
        ("减持", "減持", "售股", "出售旧股", "出售舊股", "持股出售", "老股转让", "老股轉讓"),
        subtype="secondary_share_sale",
    ),
    # X增持Y股份: a holder buying more of Y's shares in the market — a market trade (type other), the
    # company whose shares it buys the counterparty
    Frame("stake_increase", "other", ("增持", "加码增持", "加碼增持"), subtype="share_increase"),
    # ------------------------------------------------------------------ listings
    Frame(
        "listing",
        "fundraising",
        ("登陆", "登陸", "挂牌上市", "掛牌上市", "上市"),
        subtype="listing",
        needs="exchange",
    ),
    # 成为「港股AI第一股」: the first listed company of its kind (a listing, not a description)
    Frame("first_listing", "fundraising", ("第一股",), subtype="listing", needs="becoming"),
    # ------------------------------------------------------------------ capex
    Frame(
        "capital_budget",
        "capex",
        ("资本支出", "資本支出", "资本开支", "資本開支", "资本预算", "資本預算", "基建开支", "基建開支"),
    ),
    Frame("build_out", "capex", ("投资兴建", "投資興建", "建厂", "建廠")),
    # 兴建一座50MW资料中心 / 合作兴建1兆美元的AI基建: building a facility (with a figure) is capex
    Frame(
        "facility_build",
        "capex",
        ("兴建", "興建", "建设", "建設", "建造", "扩建", "擴建", "新建", "增建"),
        needs="facility",
    ),
    Frame("spend", "capex", ("斥资", "斥資"), needs="build", fallback="investment", prices_next=True),
    # public money allotted (拨款N兴建Y / 撥款N設立X基金): a spend, like 斥资; X获拨款N receives it
    Frame(
        "appropriation",
        "capex",
        ("拨款", "撥款", "拨出", "撥出"),
        needs="build",
        fallback="investment",
        receiver="counterparty",
        prices_next=True,
    ),
    # 砸N在南科扩建 (Taiwan press): a spend on a build-out; 砸N挺Y (a headline's verb) is no deal
    Frame("splurge", "capex", ("砸下", "豪砸", "砸"), needs="build", prices_next=True),
    # 投入X建设Y: spending on a build-out (投入金额 alone is no deal)
    Frame("put_in", "capex", ("投入",), needs="build"),
    Frame(
        "project_cost",
        "capex",
        ("投资总额", "投資總額", "总投资额", "總投資額", "投资额", "投資額", "投资金额", "投資金額"),
    ),
    # ------------------------------------------------------------------ frames of the deal languages
    # beyond the AI story: contributions, syndicated and revolving loans, leases, guarantees,
    # stake transfers, buybacks, project costs, asset sales, supply and construction contracts
    # 出资 / 认缴: the contributor is the subject (由A、B与C出资: 由 marks the contributors)
    Frame(
        "capital_contribution",
        "investment",
        ("出资", "出資", "认缴", "認繳", "认缴出资", "認繳出資", "共同出资", "共同出資"),
        subtype="capital_contribution",
    ),
    Frame(
        "lead_investment_group",
        "investment",
        ("领衔投资", "領銜投資", "联合领投", "聯合領投", "参与认购", "參與認購", "参投", "參投"),
        subtype="lead_investment",
        joins_round=True,
    ),
    # 聯貸 / 聯合授信 (Taiwan) / 银团 (mainland, HK): the borrower is the subject (a bank subject of
    # 聯合授信 lends: 兆豐銀行提供X聯合授信)
    Frame(
        "syndicated_loan_tw",
        "debt",
        ("联贷", "聯貸", "联贷案", "聯貸案", "联合授信", "聯合授信"),
        subtype="syndicated_loan",
    ),
    Frame(
        "revolving_credit_facility",
        "debt",
        ("循环融资", "循環融資", "循环贷款", "循環貸款", "循环信贷", "循環信貸", "双边贷款", "雙邊貸款"),
        subtype="revolving_credit_facility",
    ),
    # 融资租赁 is one word (never 融资 + 租赁): the lessee is the subject, 向R / 与R mark the lessor
    Frame(
        "finance_lease",
        "lease",
        ("融资租赁", "融資租賃", "经营租赁", "經營租賃"),
        subtype="finance_lease",
        cues=WITH_THE_LESSOR,
    ),
    # 售后回租: the lessee sells the asset to the lessor and leases it back — a purchase by the
    # lessor from the lessee as well as the lease (devset2/README "Deals")
    Frame(
        "sale_leaseback",
        "lease",
        ("售后回租", "售後回租", "售后租回", "售後租回"),
        subtype="sale_leaseback",
        cues=WITH_THE_LESSOR,
        also="purchase",
    ),
    Frame("let_to", "lease", ("出租予", "租予", "回租予"), subject="counterparty"),
    # G为D提供担保 / G对D提供担保额度: the guarantor is the subject, 为/对 mark the debtor
    Frame(
        "guarantee",
        "other",
        GUARANTEES,
        subtype="guarantee",
    ),
    # S将…转让给B / S向B转让: the seller is the subject, 给/向 mark the buyer
    Frame(
        "share_transfer",
        "acquisition",
        SHARE_TRANSFERS,
        subject="counterparty",
        subtype="share_transfer",
    ),
    Frame(
        "merger",
        "acquisition",
        ("吸收合并", "吸收合併", "换股合并", "換股合併"),
        subtype="merger",
    ),
    # X以换股方式合并Y / X与Y合并: only with the other party named (合并营收 is consolidated revenue)
    Frame("merger_with", "acquisition", ("合并", "合併"), subtype="merger", needs="party"),
    # X并入Y: Y absorbs X
    Frame("merged_into", "acquisition", ("并入", "併入"), subject="counterparty", subtype="merger"),
    Frame(
        "share_buyback",
        "other",
        ("回购", "回購", "购回", "購回", "买回", "買回", "库藏股", "庫藏股", "股份回购", "股份回購"),
        subtype="share_buyback",
    ),
    # (项目)总投资N: the project's cost, spent by its sponsor
    Frame("project_total", "capex", ("总投资", "總投資"), subtype="project_investment"),
    # S与B签署买卖协议，以N脱售土地: the seller is the subject; 与/予 mark the buyer (Hong Kong: S以N沽出X)
    Frame(
        "asset_sale",
        "purchase",
        ("脱售", "脫售", "售地", "出售资产", "出售資產", "沽出", "沽售"),
        subject="counterparty",
        subtype="asset_sale",
    ),
    # a supply agreement needs no goods noun beside it
    Frame(
        "supply_agreement",
        "purchase",
        (
            "供应协议",
            "供應協議",
            "供货合同",
            "供貨合同",
            "供货协议",
            "供貨協議",
            "供给合约",
            "供給合約",
            "供应合同",
            "供應合同",
            "购销合同",
            "購銷合同",
            # X与Y签订销售合同: X sells (the seller announces its sale)
            "销售合同",
            "銷售合同",
            "销售协议",
            "銷售協議",
            "销售合约",
            "銷售合約",
        ),
        subject="counterparty",
        subtype="supply_contract",
    ),
    # C承建O的项目: the contractor is the subject; O发包给C: the owner is
    Frame(
        "construction_contract",
        "purchase",
        ("承建", "总承包", "總承包", "承揽", "承攬", "统包", "統包"),
        subject="counterparty",
        subtype="construction_contract",
    ),
    # C承接O的EPC项目 / 承接O一份工程合約: as 承建, with works or a contract after it (承接债务 is none)
    Frame(
        "works_undertaken",
        "purchase",
        ("承接",),
        subject="counterparty",
        subtype="construction_contract",
        needs="bid",
    ),
    Frame(
        "contract_letting",
        "purchase",
        ("发包", "發包", "批出合约", "批出合約"),
        subtype="construction_contract",
    ),
    # O将工程决标予C / O将项目授予C / O將合約批出予C: the owner awards, the party after the verb is
    # the contractor (a land authority granting a site: the party after it buys, contracts.py)
    Frame(
        "award_to",
        "purchase",
        (
            "决标予",
            "決標予",
            "决标给",
            "決標給",
            "授予",
            "判给",
            "判給",
            "批予",
            "批出予",
            "批出给",
            "批出給",
        ),
        subtype="tender_award",
        needs="party",
    ),
    # equipment bought from a named supplier is a purchase; with no supplier named, equipment
    # for one's own plant is a capital expenditure
    Frame(
        "equipment_order",
        "purchase",
        (
            "设备采购订单",
            "設備採購訂單",
            "设备采购",
            "設備採購",
            "采购设备",
            "採購設備",
            "购置设备",
            "購置設備",
            "设备订单",
            "設備訂單",
            # Taiwan filings: 向Y取得機器設備 (equipment acquired from a supplier)
            "取得机器设备",
            "取得機器設備",
        ),
        needs="object",
        fallback="capex",
    ),
)
