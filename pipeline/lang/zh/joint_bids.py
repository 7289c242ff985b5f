"""Parties acting together on one side of a deal: X夥拍Y以N投得地皮, X联手Y竞得地块, X与Y联合以N
收购Z — Y buys, bids or acquires with X (a co-agent), it is not X's counterparty. Matched on the
t2s view (夥拍 is 伙拍 there), so one entry covers both scripts."""

from __future__ import annotations

import re

#: words before a party that make it act with the subject (夥拍 / 伙同 in Hong Kong news, 联手 and
#: 联同 on both sides of the border)
JOINT_ACTOR_MARKERS: tuple[str, ...] = ("联合", "伙拍", "联手", "联同", "伙同", "携同")
#: the kinds of deal a second party can join on the subject's side this way (a bidder's partner for
#: land or a company; investments and capex have their own reading, deals.JOINT_GIVING_TYPES)
JOINT_ACT_TYPES: frozenset[str] = frozenset({"purchase", "acquisition"})
#: 与Y联合以N竞得 / 与Y共同出资N收购: after the partner, a joint word and the price up to the deal word
JOINT_PRICED = re.compile(r"\s*(?:共同|联合|一起|一同|合组财团|组成财团)\s*(?:以[^，,。；;]{0,14}?)?$")
