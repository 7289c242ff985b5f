"""Tender offers: the words that make an acquisition an offer to all holders (公开收购, 全面收购,
要约收购, 私有化), whose figure, when no report of it gives a total, is the price offered per share
(devset2/README "Deals"). Simplified forms: matched on the t2s view."""

from __future__ import annotations

#: deal words that are an offer to the holders by themselves
OFFER_WORDS: tuple[str, ...] = ("要约", "私有化")
#: acquisition verbs that are an offer after one of OFFER_PREFIXES (公开收购 in Taiwan, 全面收购 in
#: Hong Kong and Singapore, 部分收购 on the mainland)
OFFERED_VERBS: tuple[str, ...] = ("收购",)
OFFER_PREFIXES: tuple[str, ...] = ("公开", "全面", "部分")
