"""Discourse tables of the deal grammar (on the t2s view): a deal named again by a determiner and a
general noun (本次交易 / 上述订单 / 此次发行) in a sentence that states its figure, and the figures
that are no deal's (a market's total, a valuation, a target price, revenue, a board lot).
"""

from __future__ import annotations

import re

from pipeline.lang.zh.deals import EXCHANGES

#: determiners that point back at the deal under discussion (本次 / 此次 / 上述 / 该笔 …)
BACK_DETERMINERS: str = r"(?:本次|此次|这次|这笔|该笔|此笔|该项|此项|本项|上述|前述|该宗|此宗|这宗)"

#: general nouns naming a deal of some types (None: a deal of any type)
GENERAL_DEAL_NOUNS: dict[str, frozenset[str] | None] = {
    "交易": None,
    "订单": frozenset({"purchase", "agreement", "other"}),
    "订购": frozenset({"purchase"}),
    "采购": frozenset({"purchase"}),
    "合同": frozenset({"purchase", "agreement", "lease", "other"}),
    "合约": frozenset({"purchase", "agreement", "lease", "other"}),
    "协议": frozenset({"purchase", "agreement", "lease", "other", "acquisition", "investment"}),
    "发行": frozenset({"debt", "fundraising"}),
    "发债": frozenset({"debt"}),
    "募资": frozenset({"fundraising"}),
    "募集": frozenset({"fundraising"}),
    "融资": frozenset({"fundraising", "debt"}),
    "贷款": frozenset({"debt"}),
    "联贷": frozenset({"debt"}),
    "借款": frozenset({"debt"}),
    "收购": frozenset({"acquisition"}),
    "并购": frozenset({"acquisition"}),
    "增资": frozenset({"investment"}),
    "投资": frozenset({"investment", "capex"}),
    "租赁": frozenset({"lease"}),
    "担保": frozenset({"other"}),
}

#: 本次交易 (的) 对价 / 上述订单总金额: a determiner, a general noun, then (within the clause) the figure
BACK_REFERENCE = re.compile(
    BACK_DETERMINERS
    + r"(?:的)?(?:[^，,；;。]{0,6}?)("
    + "|".join(sorted(GENERAL_DEAL_NOUNS, key=len, reverse=True))
    + r")"
)

#: how far after the general noun the restated figure may stand (本次交易对价约为40亿欧元)
FIGURE_REACH: int = 16

#: a sentence opening on a verb of the announcing company (…发布公告。拟以30亿元认购…): its subject
#: is the organisation the text is about (a dropped subject, as announcements write)
ZERO_SUBJECT_OPENERS: tuple[str, ...] = ("拟", "将", "已", "并拟", "计划", "决定", "同意", "宣布", "另拟")

# ----------------------------------------------------------------------------- figures of no deal

#: a counted group of listings or companies before the deal word (共计85只新股登陆…合计募资N /
#: 今年共有12家企业…募资): the figure is the group's total, a statistic
COUNTED_TOTAL = re.compile(
    r"(?:共计|共有|合计|总计|一共|总共|共)\s*(?:\d+|[两二三四五六七八九十百几数多]+)\s*(?:只|家|间|个|檔|档|宗|笔)"
)
#: a market's raises (港股IPO集资额 / A股募资规模): a board or market before the raise word, a
#: figure noun after it — the market's total, no company's raise
MARKET_RAISE = re.compile(rf"(?:{'|'.join(map(re.escape, EXCHANGES))})\s*(?:IPO|新股)?\s*$")
MARKET_RAISE_FIGURES: tuple[str, ...] = ("额", "总额", "规模", "金额")
#: averages over a group (平均每家募资N / 均募资N): a statistic
AVERAGE_WORDS: tuple[str, ...] = ("平均", "每家", "均募资", "均融资", "均筹资", "户均", "家均")
#: league-table words in the deal word's clause (以N的募资额居首 / 主办金额…位居第三): a ranking
LEAGUE_TABLE_WORDS: tuple[str, ...] = (
    "居首", "居冠", "夺冠", "榜首", "排名", "位居", "名列", "排行", "居次", "稳居", "位列",
)  # fmt: skip
#: an order backlog (在手订单金额达N): the orders a company holds, no deal with anyone
BACKLOG_WORDS: tuple[str, ...] = (
    "在手订单", "手上订单", "手持订单", "订单储备", "储备订单", "未完成订单", "未交付订单", "待交付订单",
    "积压订单", "未出货订单", "订单能见度", "手头订单", "订单余额", "在手合同", "未完成合同",
    "存量订单",
    # Singapore and Malaysia filings: the net order book, contracts still to be carried out
    "净订单", "订单簿", "未完成合约", "未完工合约", "在手合约", "手头合约", "新签合同额", "新签合同总额",
)  # fmt: skip

# ----------------------------------------------------------------------------- which deal of many

#: the label that tells one deal from the same parties' next (as printed, either script): a funding
#: round (天使轮, Pre-A轮, B+轮, Pre-IPO轮) or a bond's year and series (2025年度第一期)
ROUND_LABEL = re.compile(r"(天使|种子|種子|(?i:pre)-?[A-Fa-f]\+?|[A-F]\+?|(?i:pre)-?IPO)\s*(?:轮|輪)")
BOND_SERIES = re.compile(r"((?:19|20)\d\d)\s*年(?:度)?\s*第\s*([一二三四五六七八九十\d]+)\s*期")
#: 另一宗地块由Y摘得 / 其中一个标段由Y中标: "another / one (classifier)" opens a clause on a new item,
#: so the company under discussion plays no role in its passive (由Y…) deal
ANOTHER_ITEM = re.compile(r"(?:另一|另外一|其中一|其余|另有一)\s*[宗块幅个项笔座家份期标]")
#: a sentence opening on "in addition", "meanwhile" or "before that" (此外，公司拟发行… / 此前…): it
#: reports another deal, so its figure is no part of a larger figure stated before (a first bond of
#: 100亿 and a later cap of 300亿)
ADDITION_OPENERS: tuple[str, ...] = (
    "此外", "另外", "另一方面", "与此同时", "除此之外", "另据", "另悉", "同时", "此前", "另",
)  # fmt: skip
#: Traditional spellings folded so both scripts give one label
LABEL_FOLDS: dict[str, str] = {"種子": "种子"}

INVESTMENT_WORD: str = "投资"
#: nouns that 投资 heads as a modifier (投资管理公司, 投资巨头, 投资策略): no deal word
INVESTMENT_NOUN_HEADS: tuple[str, ...] = (
    "管理", "巨头", "机构", "银行", "部门", "业务", "组合", "案例", "经验", "策略", "风格", "理念",
    "价值", "回报", "收益", "领域", "团队", "总监", "经理", "顾问", "主管", "门槛", "环境", "热潮",
)  # fmt: skip

#: 在…收购前 / 在…投资之前: the deal word dates another fact (X在收购前已持股…), it states no deal
TIME_BEFORE_OPENER: str = "在"
TIME_BEFORE_WORDS: tuple[str, ...] = ("前", "之前", "以前")

#: a bare 公司 right after a role marker (并与公司签订 / 向公司增资) is the announcing company too
ANAPHOR_AFTER_MARKERS: str = "与向对和同跟为给"

#: 上述三项投资 / 上述两笔交易: a determiner over a counted set points at several deals (their total)
COUNTED_SET = re.compile(r"[\d两二三四五六七八九十几数多]+\s*[项笔宗个家件份]")
