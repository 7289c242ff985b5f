"""Constructions that fix the roles of a deal (lang data, matched on the folded view).

Borrowers of arranged loans, lessors of sale-and-leasebacks, stake sales in the market, round
followers, objects bought from a named seller, share issues, fund commitments and awards won by a
subsidiary: see pipeline/nlp/deals/constructions.py.
"""

from __future__ import annotations

import re

#: A获得/取得/获 (由)B(及C)牵头/安排/统筹的N贷款: the receiving verb before the arrangers
LOAN_RECEIVED = re.compile(r"(?:获得|取得|获批|获(?!悉|知|奖|利|益))(?:由|以)?")
#: the arranging words closing the arrangers' list of a relative clause (…牵头安排的)
LOAN_ARRANGED = re.compile(
    r"(?:(?:联合|共同)?(?:牵头|安排|统筹|筹组|筹办|主办|组织)+(?:行)?|为首的(?:银团|银行团|财团)(?:提供|安排|筹组)?)"
    r"(?:[、,][^，,。；;]{0,14}?)?的"
)
#: …，牵头行为B及C / 贷款方为B、C和D: the arrangers (else the lenders) named by their role
LEADS_ARE = re.compile(
    r"\s*(?:(?:该|此|本次|有关)(?:笔|项)?(?:银团|联贷)?(?:贷款|融资)的?|其)?"
    r"(?:(?:主)?(?:牵头|安排|协调)(?:行|银行|安排行)|(?:贷款|放款|出借|资金)(?:方|人|银行|行|机构))"
    r"(?:分别)?(?:为|是|包括|系)"
)
#: …，由B(及C)牵头(安排) / 由B提供 / 由B担任协调行: the arrangers (or lenders) of the loan just
#: stated, in a clause of their own
LOAN_LED_BY = re.compile(r"\s*(?:(?:该|此|有关)(?:笔|项)?(?:银团|联贷)?(?:贷款|融资)?)?由")
LOAN_LEADS = re.compile(r"(?:联合|共同)?(?:牵头|安排|统筹|筹组|主办|提供|发放|承贷|担任)")

#: a lessor's name or description
LESSOR_WORDS: tuple[str, ...] = ("租赁", "leasing", "lease")
#: a lessor described by its trade is no lease word (租赁公司X与Y签署售后回租协议)
LESSOR_TRADES: tuple[str, ...] = ("租赁公司", "融资租赁公司", "金融租赁公司")
#: a party introduced by its trade (一家租赁公司X)
LESSOR_INTRO = re.compile(r"(?:租赁公司|租赁商|出租人)$")

#: A出售所持(有)B股份 / 沽售所持B股权: a holder selling a stake in the market
HELD_STAKE_SALE = re.compile(
    r"(?:(?:出售|沽售|卖出|售出|抛售)(?:其)?所持(?:有)?(?:的)?"
    r"|(?:于|在)(?:市场上|二级市场|公开市场|场内|市场)(?:上)?(?:出售|沽售|卖出|售出|抛售))$"
)
STAKE_HEADS = re.compile(r"\s*(?:[\d.]+%)?(?:的)?(?:部分|全部|所有)?(?:股份|股权|股票|权益|H股|A股)")
#: a named buyer of the sale (…股份予C): then it is a transfer to C, not a market sale
SOLD_TO = re.compile(r"(?:给予|予|给)")
#: market trades of a holder in a company's shares (减持 / 增持)
MARKET_TRADE_SUBTYPES: tuple[str, ...] = ("secondary_share_sale", "share_increase")
#: B遭/被/获(大股东)A减持: the passive marker between the company and the holder
PASSIVE_TRADE = re.compile(r"(?:遭|被|获)(?:其)?(?:大股东|主要股东|股东|控股股东|第一大股东)?$")
#: the proceeds of the sale (套现N / 涉资N)
PROCEEDS = re.compile(r"(?:套现|涉资|作价|价值|获利|回笼资金)约?$")

#: a round follower's word (B跟投 / B亦有参与)
FOLLOW_WORDS = r"跟投|参投|亦有参与|也有参与|亦参与|也参与|参与其中"
#: a lead's or a follower's word (A领投、B跟投)
ROUND_CUES = re.compile(r"(?:联合|共同)?(?:领投|" + FOLLOW_WORDS + ")")

#: 以N向B购入/收购其Z: the object Z decides the kind
BUSINESS_HEADS = re.compile(r"(?:业务|部门|事业部|分部|业务线|品牌|股权|股份|权益|子公司|公司)")
ASSET_HEADS: tuple[str, ...] = (
    "资产", "土地", "地块", "地皮", "用地", "大楼", "大厦", "楼宇", "物业", "厂房", "设备", "机器",
    "仪器", "生产线", "商场", "商厦", "写字楼", "住宅", "酒店", "船舶", "飞机", "车辆",
)  # fmt: skip
#: 收购其Z资产: assets acquired (收购 + the generic 资产) are an acquisition; land, buildings, plant and
#: equipment bought (购入其土地, 收购其生产线) stay a purchase
ACQUIRING_VERB = "收购"
ACQUIRED_ASSETS = "资产"
#: what may close the object's clause (the view folds full-width punctuation)
CLAUSE_END = " 。.!?！？;；,，"
BOUGHT_FROM = re.compile(r"(?:向|自|从)$")
#: a business coordinated with its assets (Z业务及相关资产)
BUSINESS_AND = re.compile(r"(?:业务|部门|事业部|股权|股份|权益)(?:及|和|与|以及|连同|、)")
#: A斥资N，向B收购…: a clause opening on the seller
FROM_CLAUSE = re.compile(r"\s*(?:再|并|以)?向")
PURCHASE_VERBS = re.compile(r"(?:购入|购买|收购|买入|购得|购置)")

#: Z(在香港)发行N新股: a share issue of the party before 发行
SHARE_ISSUE = re.compile(r"^[^，,。；;]{0,16}?(?:发行|增发|发售|配发)$")
#: Z在香港上市，发行N新股: the issue of the company listing in the clause before
ISSUE_AFTER_LISTING = re.compile(r".*上市\s*[,，]\s*(?:并|同时|将|拟)?(?:发行|增发|发售)$")
#: 向Y发行: the party after it subscribes
ISSUED_TO = re.compile(r"(?:向|对|给|予)$")
SHARE_HEADS = re.compile(r"\s*(?:的)?(?:新股|股份|股票|H股|A股|新H股|普通股)")

#: A以自有资金N参与设立/发起设立…基金: an LP's commitment to a new fund
OWN_FUNDS = re.compile(r"(?:以|使用|运用|动用|拟用)(?:其|公司)?(?:自有|自筹)资金(?:出资|认缴出资)?$")
FUND_SETUP = re.compile(r"\s*(?:与[^，,。；;]{1,20}?)?(?:参与|发起|共同|联合)*(?:设立|成立|发起)")
#: the head of a fund's name; a fund-size word led by it names the fund itself (该基金总规模N)
FUND_HEAD = "基金"

#: X旗下Y / 子公司Y: the winner introduced as a subsidiary
SUBSIDIARY_BEFORE = re.compile(r"(?:旗下|下属|附属公司|子公司|属下)(?:的)?$")
#: X附属公司Y / X旗下子公司Y: the parent X only names whose unit Y is
SUBSIDIARY_AFTER = re.compile(
    r"(?:旗下|下属|属下)(?:的)?(?:全资|控股)?(?:附属公司|子公司)?|(?:的)?(?:全资|控股)?(?:附属公司|子公司)"
)
