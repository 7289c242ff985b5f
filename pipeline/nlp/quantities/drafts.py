"""The frozen candidates the grammar's passes hand on: a quantity before its currency is settled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.model.records import Qualifier
from pipeline.nlp.quantities.units import Kind

_NON_DIGIT = re.compile(r"\D")


@dataclass(frozen=True)
class Draft:
    """A recognised quantity. ``dollar``: a bare 元 / $ whose currency the article decides;
    ``sig``: significant digits of the written figure (to recognise a restatement);
    ``inferred``: the currency came from the context, not from a currency word."""

    kind: Kind
    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal | None
    qualifier: Qualifier
    min: Decimal | None = None
    max: Decimal | None = None
    currency: str | None = None
    dollar: bool = False
    per: str | None = None
    sig: int = 0
    inferred: bool = False
    #: a bare magnitude without money context (a headline 4.5億計劃): an amount only when the
    #: article gives the same figure with a currency
    unsure: bool = False
    #: a currency name several currencies share (比索, 盧比, ¥): the context decides
    ambiguous: str | None = None
    #: a colloquial money word (塊錢, 蚊, 七個半)
    colloquial: bool = False
    #: a Cantonese money word (蚊, 毫子, 七個半): the Hong Kong dollar unless the source says otherwise
    cantonese: bool = False
    #: a share count in Taiwan board lots (5張 = 5,000 shares)
    lots: bool = False
    #: the bounds a vague figure's form implies (十幾億: 11億 … 19億; 數十億: 10億 … 90億)
    bounds: tuple[Decimal | None, Decimal | None] | None = None


def sig_digits(text: str) -> int:
    """Significant digits of a written number (1066.93 → 6, 1067 → 4, 3,800 → 2)."""
    parts = text.split(".")
    digits = _NON_DIGIT.sub("", parts[0]) + (_NON_DIGIT.sub("", parts[1]) if len(parts) > 1 else "")
    return len(digits.lstrip("0").rstrip("0")) if "." not in text else len(digits.lstrip("0"))
