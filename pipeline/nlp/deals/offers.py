"""A tender offer's figure: when none of its reports states a total, the price offered per share
(以每股新台币230元公开收购Y). Applied after merging, so a total stated anywhere wins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.zh import tender_offers as T
from pipeline.model.records import Amount, Sentence
from pipeline.nlp.deals.candidates import Candidate

#: how far before the acquisition word a tender prefix (公开/全面) may stand
PREFIX_REACH = 4


def is_offer(view: str, at: int) -> bool:
    """要约收购 / 公开收购 / 全面收购 / 私有化 at ``at``: an offer to the holders of a company's shares."""
    if view.startswith(T.OFFER_WORDS, at):
        return True
    return view.startswith(T.OFFERED_VERBS, at) and any(
        p in view[max(0, at - PREFIX_REACH) : at] for p in T.OFFER_PREFIXES
    )


def offer_prices(view: str, cands: Sequence[Candidate], amounts: Sequence[Amount]) -> list[Candidate]:
    """Each tender offer with no figure takes the per-share price its sentences state."""
    return [_priced(view, c, amounts) for c in cands]


def _priced(view: str, c: Candidate, amounts: Sequence[Amount]) -> Candidate:
    if c.type != "acquisition" or c.amount is not None or c.counterparty is None:
        return c
    if not is_offer(view, c.trigger_start):
        return c
    for sent in (c.sentence, *c.extra):
        price = _price_in(sent, c.trigger_start, amounts)
        if price is not None:
            return replace(c, amount=price)
    return c


def _price_in(sent: Sentence, at: int, amounts: Sequence[Amount]) -> Amount | None:
    prices = [
        a
        for a in amounts
        if sent.start <= a.start < sent.end and a.per == "share" and a.converted_from_start is None
    ]
    return min(prices, key=lambda a: abs(a.start - at)) if prices else None
