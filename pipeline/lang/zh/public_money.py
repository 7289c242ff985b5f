"""Public money: subsidies, grants and central-bank liquidity support (type other; the paying body
the agent, the receiver the counterparty — devset2 README "Deals"), as the articles write them,
matched on the t2s view."""

from __future__ import annotations

import re

#: the subtypes of public money paid to a receiver (frames government_subsidy, liquidity_assistance)
GRANT_SUBTYPES: frozenset[str] = frozenset({"government_subsidy", "liquidity_assistance"})

#: 向12家企业拨付补助 / 核定补助42家厂商 / 向三家本地银行提供流动性支持: receivers counted, not named
#: (their role is null; no earlier party or topic fills it)
COUNTED_RECEIVERS = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百千数多几逾近约]+)(?:家|间|名|个|位|所)[^，,。；;]{0,12}?"
    r"(?:企业|公司|厂商|业者|机构|银行|初创|单位|中小企|商家|团队)"
)
