"""Discourse tables of the deal grammar (on the t2s view): a deal named again by a determiner and a
general noun (本次交易 / 上述订单 / 此次发行) in a sentence that states its figure, and the figures
that are no deal's (a market's total, a valuation, a target price, revenue, a board lot).
"""

from __future__ import annotations

import re

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
