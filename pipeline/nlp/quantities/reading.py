"""Reading one quantity at a numeral: a pass of small steps over frozen readings.

    [qualifier] [currency] [qualifier] [-] NUMERAL [至 NUMERAL] unit [class suffix] [qualifier]

1. :func:`~pipeline.nlp.quantities.ranges.pair` — the numeral alone or the two ends of a range;
2. :func:`_head` — the unit, a minus sign, a vague prefix (數十億), the kind of quantity and a
   currency word before the number; a bare magnitude needs a money context;
3. :func:`_qualify` — class suffixes (千億級), qualifier words before and after, a currency
   word before the qualifier (新台幣約320億元);
4. :func:`_draft` — the value (or min/max, or vague), the per-unit and the written precision.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.model.frozen import replace
from pipeline.model.records import Qualifier
from pipeline.nlp.quantities.admission import counted, in_gloss, money_context, per_capacity
from pipeline.nlp.quantities.currencies import currency_before
from pipeline.nlp.quantities.drafts import Draft, sig_digits
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.numerals import Found, tidy
from pipeline.nlp.quantities.per_units import per_unit
from pipeline.nlp.quantities.qualifiers import qualifier_after, qualifier_before, qualifier_detached
from pipeline.nlp.quantities.ranges import Pairing, pair
from pipeline.nlp.quantities.scan import ends, is_latin, is_numeral_char, skip_space, starts
from pipeline.nlp.quantities.units import Kind, Unit, unit_after

Bounds = tuple[Decimal | None, Decimal | None] | None


@dataclass(frozen=True)
class _Reading:
    """What is known about the quantity so far."""

    kind: Kind
    start: int
    end: int
    unit: Unit | None
    fraction: str | None  # 百分之 / 千分之 / 萬分之 before the number
    currency: str | None
    dollar: bool
    vague: bool
    negative: bool
    qualifier: Qualifier = "exact"
    unsure: bool = False
    ambiguous: str | None = None
    bounds: Bounds = None


def read(view: str, nums: list[Found], i: int, unit_traded: bool) -> tuple[Draft | None, tuple[int, ...]]:
    """The quantity read at ``nums[i]`` (None when it is no quantity) and the numerals it used."""
    p = pair(view, nums, i)
    num = p.first.numeral
    if num.bare and not p.is_range and starts(view, p.first.end, lexicon().not_number_after_bare):
        return None, p.consumed  # 千萬不要: an adverb
    reading = _head(view, p)
    if reading is None:
        return None, p.consumed
    return _draft(view, p, _qualify(view, p, reading), unit_traded), p.consumed


def _negative(view: str, p: Pairing) -> int:
    """The length of a negative sign before the number (EPS為-0.35元, 負3.5%), 0 when none: a
    minus sign that joins two numbers (1997-2006) is none."""
    lx = lexicon()
    s = p.first.start
    if p.is_range or s == 0:
        return 0
    word = ends(view, s, lx.negative_words)
    if word is not None:
        return len(word)
    if view[s - 1] not in lx.minus:
        return 0
    return 0 if s > 1 and (is_numeral_char(view[s - 2]) or is_latin(view[s - 2])) else 1


def _head(view: str, p: Pairing) -> _Reading | None:
    lx = lexicon()
    s, num = p.first.start, p.first.numeral
    unit = unit_after(view, p.last.end, p.last.numeral, p.last.start)
    sign = _negative(view, p)
    start, vague = s - sign, num.vague
    bounds = (num.low, num.high) if num.vague else None
    if num.bare and not p.is_range:  # 數十億 / 上千億: a vague prefix before a bare magnitude
        pre = ends(view, s, lx.vague_prefixes)
        if pre is not None:
            start, vague = s - len(pre), True
            bounds = _prefix_bounds(num.value, pre in lx.several_prefixes)
    reading = _Reading(
        kind="amount",
        start=start,
        end=unit.end if unit is not None else p.last.end,
        unit=unit,
        fraction=ends(view, s, lx.percent_fractions),
        currency=unit.currency if unit else None,
        dollar=unit.dollar if unit else False,
        ambiguous=unit.ambiguous if unit else None,
        vague=vague,
        negative=sign > 0,
        bounds=bounds,
    )
    return _kind(view, p, reading)


def _prefix_bounds(value: Decimal | None, several: bool) -> Bounds:
    """數十億 = 1e9 … 9e9 (several of the magnitude); 上千億 = 1e11 or more."""
    if value is None:
        return None
    return (value, value * 9) if several else (value, None)


def _kind(view: str, p: Pairing, r: _Reading) -> _Reading | None:
    """What the unit (or its absence) makes of the number; None when it is no quantity."""
    s = p.first.start
    cur_before = currency_before(view, r.start)
    if r.unit is not None:
        kind = r.unit.kind
        if kind == "capacity" and (in_gloss(view, s) or per_capacity(view, s)):
            return None
        start = r.start - len(r.fraction) if kind == "percent" and r.fraction is not None else r.start
        r = replace(r, kind=kind, start=start)
    elif r.fraction is not None:
        return replace(r, kind="percent", start=s - len(r.fraction), end=p.last.end)
    elif cur_before is None:
        if (p.last.numeral.scale is None and not r.vague) or counted(view, p.last.end):
            return None
        # the class suffix (千億級, 百億規模) belongs to the span
        if not money_context(view, r.start, r.end):
            return replace(r, unsure=True)
    elif starts(view, skip_space(view, p.last.end, 1), lexicon().count_words) is not None:
        return None  # 發行美元3年期債券: the currency of a bond, the number counts years
    if r.kind == "amount" and cur_before is not None and (r.currency is None or r.dollar):
        # 人民幣30億元, US$20億; but in 8人民幣6美元 人民幣 is the first amount's
        return _with_currency_before(view, r, cur_before)
    return r


def _with_currency_before(view: str, r: _Reading, found: tuple[int, str]) -> _Reading:
    start, code = found
    word = view[start : r.start].strip()
    ambiguous = word if word in lexicon().ambiguous else None
    return replace(r, start=start, currency=code or None, dollar=not code, ambiguous=ambiguous)


def _suffix(view: str, p: Pairing, r: _Reading) -> _Reading:
    """Class suffixes: 6GW等級 approx; 百吉瓦級 / 千億級 / 百億規模 vague."""
    lx = lexicon()
    num = p.first.numeral
    suffix = starts(view, r.end, lx.class_suffixes)
    vague = r.vague
    if suffix is None and num.bare and r.kind == "amount":
        suffix = starts(view, r.end, lx.magnitude_suffixes)
        vague = vague or suffix is not None
    if suffix is None:
        return replace(r, vague=vague)
    if num.bare and not p.is_range:  # 千億級: the class of the magnitude
        value = num.value
        bounds = r.bounds or ((value, value * 10) if value is not None else None)
        return replace(r, end=r.end + len(suffix), vague=True, bounds=bounds)
    return replace(r, end=r.end + len(suffix), vague=vague, qualifier="approx")


def _currency_then_qualifier(view: str, r: _Reading) -> _Reading:
    """新台幣約320億元, 折合人民币约17.8亿元: the currency word before the qualifier."""
    if r.kind != "amount" or not (r.currency is None or r.dollar):
        return r
    cb = currency_before(view, r.start)
    if cb is None:
        return r
    r = _with_currency_before(view, r, cb)
    qb = qualifier_before(view, r.start)
    if qb is None:
        return r
    return replace(r, start=qb[0], qualifier=qb[1] if r.qualifier == "exact" else r.qualifier)


def _qualify(view: str, p: Pairing, r: _Reading) -> _Reading:
    r = _suffix(view, p, r)
    qb = qualifier_before(view, r.start, r.end)
    if qb is not None:
        start, q = qb
        r = replace(r, start=start, qualifier=q if q != "exact" else r.qualifier)
        r = _currency_then_qualifier(view, r)
    elif r.qualifier == "exact":
        r = replace(r, qualifier=qualifier_detached(view, r.start) or "exact")
    qa = qualifier_after(view, r.end)
    if qa is not None:
        end, q = qa
        overrides = view[r.end : end] in lexicon().after_overrides  # 高達10億元以上: at least
        r = replace(r, end=end, qualifier=q if r.qualifier == "exact" or overrides else r.qualifier)
    more_unit = r.unit is not None and r.unit.more
    if (p.first.numeral.more or p.last.numeral.more or more_unit) and r.qualifier == "exact":
        r = replace(r, qualifier="at_least")
    if p.first.numeral.about and r.qualifier == "exact":
        r = replace(r, qualifier="approx")  # 二十來萬元
    return r


def _draft(view: str, p: Pairing, r: _Reading, unit_traded: bool) -> Draft:
    lx = lexicon()
    num, hi = p.first.numeral, p.last.numeral
    factor = r.unit.factor if r.unit else Decimal(1)
    if r.kind == "percent" and r.fraction is not None:
        factor = lx.percent_fractions[r.fraction]
    value: Decimal | None = None
    vmin = vmax = None
    qualifier = r.qualifier
    if p.is_range:
        qualifier = "range"
        lo_v, hi_v = num.value, hi.value
        if lo_v is not None and num.scale is None and hi.scale is not None:
            lo_v = lo_v * hi.scale  # 三千至五千億: 億 belongs to both ends
        vmin = tidy(lo_v * factor) if lo_v is not None else None
        vmax = tidy(hi_v * factor) if hi_v is not None else None
    elif r.vague or num.value is None:
        qualifier = "vague"
    else:
        value = tidy(num.value * factor + (r.unit.add if r.unit else 0))
        if r.negative:
            value = -value
    # a price has no scale word (except 萬 in currencies of small units: 10萬韓元)
    price = hi.scale is None or (r.currency in lx.small_unit_currencies and hi.scale <= 10**4)
    per = per_unit(view, r.start, r.end, unit_traded, price=price) if r.kind == "amount" else None
    s, right_end = p.first.start, p.last.end
    sig = sig_digits(view[s:right_end]) if not num.bare else 1
    return Draft(
        r.kind,
        r.start,
        r.end,
        s,
        right_end,
        value,
        qualifier,
        vmin,
        vmax,
        r.currency,
        r.dollar,
        per,
        sig,
        unsure=r.unsure,
        ambiguous=r.ambiguous,
        colloquial=r.unit.colloquial if r.unit else False,
        cantonese=r.unit.cantonese if r.unit else False,
        lots=r.unit.lots if r.unit else False,
        bounds=_scaled(r.bounds, factor) if qualifier == "vague" else None,
    )


def _scaled(bounds: Bounds, factor: Decimal) -> Bounds:
    if bounds is None:
        return None
    return tuple(tidy(b * factor) if b is not None else None for b in bounds)  # type: ignore[return-value]
