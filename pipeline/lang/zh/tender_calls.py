"""An owner calling for tenders (招标公告, 将于下月就X合约招标, 仍在评标中) has chosen no contractor:
the works and their budget are no deal yet. Matched on the t2s view (one entry, both scripts)."""

from __future__ import annotations

import re

#: a call for tenders, planned or under way, in the clause of a purchase that names no seller
TENDER_CALL = re.compile(
    r"(?:将|拟|计划|准备|即将|预计|将于)[^，,。；;]{0,14}?(?:公开)?招标(?!结果|中标)"
    r"|招标公告|招标通告|启动招标|展开招标|进行招标|开始招标|仍在评标|正在评标|尚未(?:开标|决标|定标)"
)
#: a bid made (X参与Y集中采购项目投标 / 参与竞投): no award in the clause, no deal yet
BID_MADE = re.compile(
    r"(?:参与|参加)[^，,。；;]{0,24}?(?:投标|竞标|竞投|应标|招标)|(?:投标|竞投)(?:了)?[^，,。；;]{0,4}$"
)
AWARD_MADE = re.compile(r"中标|得标|中选|成交|获授|夺得|投得|标得|竞得")

#: an owner's act of letting works or naming its tender's winners (港铁公司宣布批出三份合约 / 中国移动
#: 公布集中采购中标结果): the awards the next sentence lists (其中，A获授…, B中标…) are its own
AWARDING_ACT = re.compile(
    r"批出|授予|颁发|颁给|判给|发包|决标|开标|集中采购|集采|采购项目|招标项目|中标结果|中选结果|成交结果"
    r"|中标候选人公示|评标结果"
)
#: the topic's own bid (X参与Y集中采购项目投标): the act is another's, the topic is a bidder, no owner
BIDDING = re.compile(r"参与|参加|投标|竞标|入围|应标")
#: how far back (view characters) the owner of such an act may stand before the sentence
AWARDER_REACH: int = 160
#: how far back a land bureau that reports its sales (地政总署公布，…) may stand before the sentence
LAND_SELLER_REACH: int = 240
#: a counted batch of contracts (批出三份合约 / 再获两份合同 / 取得多项工程): its figure is the batch's total
COUNTED_CONTRACTS = re.compile(
    r"(?:[两二三四五六七八九十几多数]|\d+)(?:份|项|个|宗|张)[^，,。；;]{0,12}?(?:合约|合同|工程|订单|标案|标段|标包)"
)

#: X获Y委托(，)承建… / 受Y委托: Y commissions the works X builds (the owner before 委托)
ENTRUSTING_BEFORE: tuple[str, ...] = ("获", "受", "接受")
ENTRUSTING_AFTER = re.compile(r"\s*(?:的)?委托")
#: Y确定X为…中标单位 / Y选定X为…成交供应商: the owner names its tender's winner (the verb before X,
#: the winner's title after it)
DESIGNATING_VERB: tuple[str, ...] = ("确定", "选定", "确认", "评定")
DESIGNATED_WINNER = re.compile(
    r"\s*为[^，,。；;]{0,30}?(?:中标|中选|成交|得标)(?:单位|人|供应商|厂商|候选人)"
)
