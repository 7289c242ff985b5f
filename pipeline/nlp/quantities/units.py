"""The unit after a numeral: what kind of quantity the number is.

    unit = % / 個百分點 | 厘 (a rate) | 成 (tenths) | GW … (capacity) | 股 (shares)
         | 美仙 / 港仙 | currency word | 元 | 仙 / 分 (cents, after a price word)

Each reader looks at the view right after the number and returns a :class:`Unit`, nothing
(the next reader tries), or :data:`BLOCKED` (the number is no quantity at all: 0.3893股 in a
share ratio).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from typing import Literal

from pipeline.lang.zh import money as M
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.numerals import Numeral
from pipeline.nlp.quantities.scan import (
    clause_start,
    ends,
    is_latin,
    sentence_end,
    sentence_start,
    skip_space,
    skip_space_back,
    starts,
)

Kind = Literal["amount", "capacity", "shares", "percent"]


@dataclass(frozen=True)
class Unit:
    kind: Kind
    end: int  # end of the unit word(s)
    currency: str | None = None
    dollar: bool = False  # 元 / 仙 / 分 without a currency word
    factor: Decimal = Decimal(1)  # watts per unit, or 1/100 for cents, or 10 for 成
    add: Decimal = Decimal(0)  # 兩成五: the digit after 成 (5 %); 2元3角5分: the subunits
    ambiguous: str | None = None  # a name several currencies share (比索): the context decides
    colloquial: bool = False  # 塊錢, 蚊, 七個半
    cantonese: bool = False  # 蚊, 毫子, 七個半: the Hong Kong dollar unless the source says otherwise
    lots: bool = False  # 5張: Taiwan board lots of 1,000 shares
    more: bool = False  # 兩成多: "more than", written after the unit


#: A reader's answer that the number is no quantity (not: "not my unit").
BLOCKED = Unit("shares", -1)


@dataclass(frozen=True)
class _At:
    """Where a unit reader looks: ``pos`` is after the number and at most one space."""

    view: str
    pos: int
    num_start: int
    num_end: int
    num: Numeral


def _percent_sign(at: _At) -> Unit | None:
    sign = starts(at.view, at.pos, lexicon().percent_signs)
    return Unit("percent", at.pos + len(sign)) if sign is not None else None


def _rate_li(at: _At) -> Unit | None:
    """息率4.25厘: Hong Kong's percent for interest rates (厘米 is a centimetre)."""
    lx, view, pos = lexicon(), at.view, at.pos
    if pos != at.num_end or not starts(view, pos, lx.rate_percent):
        return None
    if starts(view, pos + 1, lx.not_rate_percent_after):
        return None
    clause = view[clause_start(view, at.num_start, M.PER_WINDOW) : at.num_start]
    return Unit("percent", pos + 1) if any(w in clause for w in lx.rate_words) else None


def _tenths(at: _At) -> Unit | None:
    """成 = tenths: 八成, 3.5成, 兩成五 (the trailing digit is hundredths of the whole)."""
    lx, view, pos, num = lexicon(), at.view, at.pos, at.num
    if pos != at.num_end or not view.startswith(lx.tenths, pos):
        return None
    top = num.value if num.value is not None else num.high  # 三四成: an estimate, 30 … 40 %
    if top is None or num.scale is not None or top > 10:
        return None
    if starts(view, pos + 1, lx.not_tenths_after):
        return None
    nxt = view[pos + 1] if pos + 1 < len(view) else ""
    digit = 5 if nxt == lx.half else lx.digit_values.get(nxt)  # 三成半 = 35 %
    if digit is not None and digit > 0:
        return Unit("percent", pos + 2, factor=Decimal(10), add=Decimal(digit))
    if nxt in lx.more_markers and not starts(view, pos + 2, lx.not_tenths_more_before):  # 兩成多
        return Unit("percent", pos + 2, factor=Decimal(10), more=True)
    return Unit("percent", pos + 1, factor=Decimal(10))


def _latin_tail(view: str, after: int, unit: str) -> bool:
    """A Latin letter glued after a Latin unit (MWh, MWp), but not the x of 3x300MW."""
    if after >= len(view) or not is_latin(view[after]) or not unit.isascii():
        return False
    return not (view[after] in "xX" and after + 1 < len(view) and view[after + 1].isdigit())


def _capacity(at: _At) -> Unit | None:
    lx, view, pos = lexicon(), at.view, at.pos
    unit = starts(view, pos, lx.capacity_units)
    if unit is None or starts(view, pos, lx.currency_after) is not None:
        return None  # 瓦努阿圖瓦圖 is a currency
    after = pos + len(unit)
    latin_tail = _latin_tail(view, after, unit)
    tail = starts(view, after, lx.capacity_tails) if latin_tail else None
    if tail is not None and not (after + len(tail) < len(view) and is_latin(view[after + len(tail)])):
        return Unit("capacity", after + len(tail), factor=lx.capacity_units[unit])  # 100MWp
    if not starts(view, after, lx.energy_after) and not latin_tail:
        return Unit("capacity", after, factor=lx.capacity_units[unit])
    return None


def _shares(at: _At) -> Unit | None:
    lx, view, pos = lexicon(), at.view, at.pos
    unit = starts(view, pos, lx.share_units)
    if unit is None:
        return None
    after = pos + len(unit)
    if starts(view, after, lx.not_share_after) and not starts(view, after, lx.share_after_ok):
        return None
    num = at.num
    fraction = num.value is not None and num.value < 1 and num.scale is None  # 0.3893股
    if fraction or share_ratio(view, at.num_start, after):
        return BLOCKED
    return Unit("shares", after)


def _lots(at: _At) -> Unit | None:
    """外資賣超2萬張, 認購5張股票: Taiwan's lots of 1,000 shares, in a sentence about trading
    (3張支票 counts cheques)."""
    lx, view, pos = lexicon(), at.view, at.pos
    word = starts(view, pos, lx.lot_words)
    if word is None or starts(view, pos + len(word), lx.not_lot_after):
        return None
    sentence = view[sentence_start(view, at.num_start) : sentence_end(view, pos)]
    if not any(w in sentence for w in lx.lot_context):
        return None
    return Unit("shares", pos + len(word), factor=Decimal(M.LOT_SIZE), lots=True)


def _named_cents(at: _At) -> Unit | None:
    """每股10美仙, 每股約70港仙: cents of a named currency, money wherever they stand."""
    lx = lexicon()
    cent = starts(at.view, at.pos, lx.cent_currency)
    if cent is None:
        return None
    return Unit("amount", at.pos + len(cent), currency=lx.cent_currency[cent], factor=Decimal("0.01"))


def _currency_word(at: _At) -> Unit | None:
    """A currency name or code after the number (20億美元, 155.9億元台幣, 300 USD), the local
    dollar 元 / 圓 with its subunits (2元3角5分), or a colloquial dollar (5塊錢, 8蚊3毫)."""
    lx, view, pos = lexicon(), at.view, at.pos
    cur = starts(view, pos, lx.currency_after)
    after = pos + len(cur) if cur is not None else pos
    glued = cur is not None and cur.isascii() and after < len(view) and is_latin(view[after])
    if cur is not None and starts(view, after, lx.not_currency_after.get(cur, ())):
        glued = True  # 5歐洲國家
    if cur is not None and not glued:
        ambiguous = cur if cur in lx.ambiguous else None
        unit = Unit("amount", pos + len(cur), currency=lx.currency_after[cur], ambiguous=ambiguous)
        return _exactly(view, _named_subunit(view, unit))
    dollar = starts(view, pos, lx.dollars)
    if dollar is not None and not starts(view, pos + len(dollar), lx.not_dollar_after):
        return _dollar(view, pos + len(dollar), colloquial=False)
    dollar = starts(view, pos, lx.colloquial_dollars)
    if dollar is not None:
        return _dollar(view, pos + len(dollar), colloquial=True, cantonese=dollar in lx.cantonese_dollars)
    dollar = starts(view, pos, lx.colloquial_in_context)
    if dollar is not None:
        end = pos + len(dollar)
        tenth_end = _tenth_digit(view, end)[0]
        # 三塊五毛, 一塊五 at the end of the phrase, or 三塊 in a price context (not 三塊土地)
        if lx.subunits.match(view, end) or (
            phrase_end(view, tenth_end) and (tenth_end > end or colloquial_context(view, at.num_start))
        ):
            return _dollar(view, end, colloquial=True)
    return _cantonese(at)


def _named_subunit(view: str, unit: Unit) -> Unit:
    """3令吉50仙 = RM3.50, 1美元20美分 = US$1.20: the hundredths after a named currency."""
    lx = lexicon()
    end = unit.end
    k = end
    while k < len(view) and k - end < 3 and (view[k].isdigit() or view[k] in lx.digit_values):
        k += 1
    word = starts(view, k, lx.named_subunits) if k > end else None
    if word is None or lx.named_subunits[word] not in (None, unit.currency):
        return unit
    digits = view[end:k]
    value = int(digits) if digits.isdigit() else _chinese_cents(digits, lx.digit_values)
    if value is None or value >= 100:
        return unit
    return replace(unit, end=k + len(word), add=unit.add + Decimal(value) / 100)


def _chinese_cents(digits: str, values: dict[str, int]) -> int | None:
    """五十 / 二十五 / 五: a number of cents in Chinese digits (no tens character: None)."""
    ds = [values.get(c) for c in digits]
    if any(d is None for d in ds):
        return None
    return int("".join(str(d) for d in ds))


def _tenth_digit(view: str, end: int) -> tuple[int, Decimal]:
    """五塊五 = 5.5: one digit after a colloquial dollar (and no numeral after it) is tenths; the
    end of the phrase and the value added."""
    lx = lexicon()
    if end >= len(view) or not starts(view, end - 1, lx.colloquial_tenth_dollars):
        return end, Decimal(0)
    digit = lx.digit_values.get(view[end])
    nxt = view[end + 1] if end + 1 < len(view) else ""
    if not digit or nxt in lx.digit_values or nxt.isdigit():
        return end, Decimal(0)
    return end + 1, Decimal(digit) / 10


def _dollar(view: str, end: int, colloquial: bool, cantonese: bool = False) -> Unit:
    """The local dollar ending at ``end``, with the subunits after it (2元3角5分 = 2.35, 8蚊3毫,
    五塊五)."""
    add = Decimal(0)
    m = lexicon().subunits.match(view, end)
    if m is None and colloquial:
        end, add = _tenth_digit(view, end)
    elif m is not None:
        digits = lexicon().digit_values
        tenth, hundredth = m.group("t"), m.group("h") or m.group("h2") or m.group("h3")
        for digit, weight in ((tenth, Decimal("0.1")), (hundredth, Decimal("0.01"))):
            if digit:
                add += Decimal(_digit(digit, digits)) * weight
        end = m.end()
    unit = Unit("amount", end, dollar=True, add=add, colloquial=colloquial, cantonese=cantonese)
    return _exactly(view, unit)


def _digit(ch: str, digits: dict[str, int]) -> int:
    return int(ch) if ch.isdigit() else digits[ch]


def _exactly(view: str, unit: Unit) -> Unit:
    """壹佰萬元整, 100元正: 整 / 正 at the end of the phrase belong to the span."""
    lx = lexicon()
    word = starts(view, unit.end, lx.exact_suffixes)
    after = unit.end + len(word) if word else 0
    if word is not None and (after >= len(view) or view[after] in lx.exact_suffix_ends):
        return replace(unit, end=after)
    return unit


def _cantonese(at: _At) -> Unit | None:
    """七個半 = 7.5, 三個二 = 3.2: a Cantonese price in 個, only in a price context."""
    lx, view, pos = lexicon(), at.view, at.pos
    if pos != at.num_end or not view.startswith(lx.cantonese_dollar, pos) or at.num.scale is not None:
        return None
    nxt = view[pos + 1] if pos + 1 < len(view) else ""
    if nxt == lx.half:
        add = Decimal("0.5")
    elif nxt in lx.digit_values and lx.digit_values[nxt] > 0:
        add = Decimal(lx.digit_values[nxt]) / 10
    else:
        return None
    if not colloquial_context(view, at.num_start) or not phrase_end(view, pos + 2):
        return None  # 七個半月, 三個二人
    return Unit("amount", pos + 2, dollar=True, add=add, colloquial=True, cantonese=True)


def _cantonese_tenths(at: _At) -> Unit | None:
    """五毫子 = 0.5: a Cantonese ten-cent coin, money wherever it stands."""
    unit = starts(at.view, at.pos, lexicon().cantonese_tenths)
    if unit is None or at.num.scale is not None:
        return None
    end = at.pos + len(unit)
    return Unit("amount", end, dollar=True, factor=Decimal("0.1"), colloquial=True, cantonese=True)


def _tenth_alone(at: _At) -> Unit | None:
    """3角, 2毫, 5毛 after Arabic digits (or in a price context, 這個要五角), 一毛五 = 0.15: tenths
    of the local dollar."""
    lx, view, pos = lexicon(), at.view, at.pos
    unit = starts(view, pos, lx.tenth_units)
    if unit is None or pos != at.num_end or at.num.scale is not None:
        return None
    end = pos + len(unit)
    if starts(view, end, lx.not_tenth_after):
        return None
    add, colloquial = Decimal(0), not view[at.num_end - 1].isdigit()
    digit = lx.digit_values.get(view[end]) if end < len(view) else None
    if digit and phrase_end(view, end + 1):
        end, add = end + 1, Decimal(digit) / 100
    if colloquial and not ((add or colloquial_context(view, at.num_start)) and phrase_end(view, end)):
        return None  # 五角大樓; 一毛五 at the end of a phrase is money
    return Unit("amount", end, dollar=True, factor=Decimal("0.1"), add=add, colloquial=colloquial)


def _colloquial_subunit(at: _At) -> Unit | None:
    """兩毛錢 = 0.2, 五分錢 = 0.05: a subunit with 錢 is money wherever it stands."""
    lx = lexicon()
    word = starts(at.view, at.pos, lx.colloquial_subunits)
    if word is None or at.pos != at.num_end or at.num.scale is not None:
        return None
    factor = lx.colloquial_subunits[word]
    return Unit("amount", at.pos + len(word), dollar=True, factor=factor, colloquial=True)


def _local_cents(at: _At) -> Unit | None:
    """每股9仙, 每單位96分: cents of the local dollar, after a price or per-unit word (仙 after
    Arabic digits anywhere: 飆漲12仙)."""
    lx, view, pos = lexicon(), at.view, at.pos
    cent = starts(view, pos, lx.cents)
    if cent is None or pos != at.num_end:
        return None
    arabic = view[at.num_end - 1].isdigit()
    if not (arabic or cent not in lx.cents_arabic_only):
        return None
    alone = arabic and cent in lx.cents_alone and not starts(view, pos + len(cent), lx.not_cent_after)
    if not alone and not price_context(view, at.num_start):
        return None
    return Unit("amount", pos + len(cent), dollar=True, factor=Decimal("0.01"))


_READERS: tuple[Callable[[_At], Unit | None], ...] = (
    _percent_sign,
    _rate_li,
    _tenths,
    _capacity,
    _shares,
    _lots,
    _named_cents,
    _cantonese_tenths,
    _colloquial_subunit,
    _currency_word,
    _local_cents,
    _tenth_alone,
)


@cache
def _unit_firsts() -> frozenset[str]:
    """Every character a unit can begin with: each reader of :data:`_READERS` first needs one of
    its words right at its position, so after any other character no reader finds a unit (a
    new reader adds its words here)."""
    lx = lexicon()
    tables: tuple[Iterable[str], ...] = (
        lx.percent_signs,  # _percent_sign
        lx.rate_percent,  # _rate_li
        (lx.tenths,),  # _tenths
        lx.capacity_units,  # _capacity
        lx.share_units,  # _shares
        lx.lot_words,  # _lots
        lx.cent_currency,  # _named_cents
        lx.cantonese_tenths,  # _cantonese_tenths
        lx.colloquial_subunits,  # _colloquial_subunit
        lx.currency_after,  # _currency_word, and its dollars and _cantonese
        lx.dollars,
        lx.colloquial_dollars,
        lx.colloquial_in_context,
        (lx.cantonese_dollar,),
        lx.cents,  # _local_cents
        lx.tenth_units,  # _tenth_alone
    )
    return frozenset(word[0] for table in tables for word in table)


@lru_cache(maxsize=1024)
def unit_after(view: str, num_end: int, num: Numeral, num_start: int) -> Unit | None:
    """The unit written after the numeral at [num_start, num_end), if any (cached: a range asks
    for the units of both its ends more than once)."""
    pos = skip_space(view, num_end, 1)
    if pos >= len(view) or view[pos] not in _unit_firsts():
        return None  # no unit word begins here (see _unit_firsts)
    at = _At(view, pos, num_start, num_end, num)
    for read in _READERS:
        unit = read(at)
        if unit is not None:
            return None if unit is BLOCKED else unit
    return None


def share_ratio(view: str, num_start: int, unit_end: int) -> bool:
    """每12股供1股, 1股供2股, 每千股配發100股: terms of a ratio, not share counts."""
    lx = lexicon()
    before = skip_space_back(view, num_start, 1)
    if ends(view, before, lx.share_ratio_before):
        return True
    word = starts(view, unit_end, lx.share_ratio_after)
    if word is not None and lx.ratio_term.match(view, unit_end + len(word)):
        return True
    lo = clause_start(view, num_start, M.PER_WINDOW)
    if any(w in view[lo:num_start] for w in lx.share_ratio_context):
        return True
    return lx.ratio_every.search(view, lo, num_start) is not None


def phrase_end(view: str, pos: int) -> bool:
    """Nothing that continues a noun phrase at ``pos``: the end of the text, a character that is
    no Han character, or a sentence-final particle (七個半咋; not 七個半月)."""
    if pos >= len(view) or not ("\u4e00" <= view[pos] <= "\u9fff"):
        return True
    return starts(view, pos, lexicon().final_particles) is not None


def colloquial_context(view: str, start: int) -> bool:
    """A price context, or a word of buying, paying or pricing earlier in the clause (一碗麵要七個半,
    佢俾咗七個半)."""
    if price_context(view, start):
        return True
    seg = view[clause_start(view, start, M.PER_WINDOW) : start]
    return any(w in seg for w in lexicon().colloquial_price_words)


def price_context(view: str, start: int) -> bool:
    """A price word or a per-unit word earlier in the clause."""
    lx = lexicon()
    lo = clause_start(view, start, M.PER_WINDOW)
    seg = view[lo:start]
    return any(w in seg for w in lx.price_words) or any(w in seg for w in lx.per_words)
