"""The quantities grammar: money amounts, capacities, share counts and percentages.

Recognition runs on the characters of the normalised view (t2s + half-width, same offsets as the
original), so one set of tables serves both scripts; spans are reported on the original text.

A numeral (pipeline.nlp.quantities.numerals) becomes a quantity by what stands around it:

    [qualifier] [currency] [qualifier] [-] NUMERAL [至 NUMERAL] unit [qualifier]
    unit = currency | 元 | 仙 / 分 / 美仙 / 港仙 | GW | 股 | % / 個百分點 / 厘 (rates) | 成
    NUMERAL = Arabic / Chinese with 萬 億 兆 | Arabic + million / billion / trillion
    [百分之 | 千分之 | 萬分之] NUMERAL = a percentage

A numeral with a scale word but no unit (headline 輝達砸647億) is an amount only in a
money context (a money verb before it or a money noun after it) and never before a counter (8億人,
400萬顆GPU). A bare 元 (or no currency word) takes the currency the article establishes
(``infer_currencies``) and is marked ``currency_inferred``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Context, Decimal
from functools import cache
from typing import Literal, NamedTuple

from pipeline.lang.zh import money as M
from pipeline.lang.zh import numbers as NB
from pipeline.model.records import Amount, Capacity, Percentage, Qualifier, ShareCount
from pipeline.nlp.quantities.numerals import Numeral, find_numerals, fold, tidy
from pipeline.text.view import detect_script

Kind = Literal["amount", "capacity", "shares", "percent"]

#: Characters that end a clause: qualifiers, rates and money context never cross them.
_CLAUSE_END = set("。；;！!？?，,：:\n()（）「」『』“”【】[]")
_SENTENCE_END = set("。；;！!？?\n")
#: Rates reach across a colon (月支出:10億美元); money words across quotes (百億規模的“融資戰”).
_PER_END = _CLAUSE_END - set(":：")
_MONEY_END = _CLAUSE_END - set("「」『』“”")
_MINUS = set("-−")


class Quantities(NamedTuple):
    amounts: list[Amount]
    capacities: list[Capacity]
    shares: list[ShareCount]
    percentages: list[Percentage]


# --------------------------------------------------------------------------- tables in view form


@dataclass(frozen=True)
class _Lexicon:
    currency_after: dict[str, str]
    currency_before: dict[str, str]
    dollar: str
    dollar_signs: tuple[str, ...]
    not_dollar_after: tuple[str, ...]
    cents: tuple[str, ...]
    cent_currency: dict[str, str]
    qual_before: dict[str, str]
    qual_detached: dict[str, str]
    detached_blockers: tuple[str, ...]
    qualifier_blockers: dict[str, tuple[str, ...]]
    cents_arabic_only: tuple[str, ...]
    not_number_after_bare: tuple[str, ...]
    qual_after: dict[str, str]
    per_words: dict[str, str]
    per_after: dict[str, str]
    price_words: tuple[str, ...]
    price_moves: tuple[str, ...]
    price_quote: tuple[str, ...]
    move_to: tuple[str, ...]
    change_verbs: tuple[str, ...]
    unit_traded: tuple[str, ...]
    money_before: tuple[str, ...]
    money_adjacent: tuple[str, ...]
    money_after: tuple[str, ...]
    count_words: tuple[str, ...]
    capacity_units: dict[str, Decimal]
    energy_after: tuple[str, ...]
    capacity_tails: tuple[str, ...]
    share_units: tuple[str, ...]
    not_share_after: tuple[str, ...]
    share_ratio_before: tuple[str, ...]
    share_ratio_after: tuple[str, ...]
    share_ratio_context: tuple[str, ...]
    share_after_ok: tuple[str, ...]
    ordinal: tuple[str, ...]
    percent_signs: tuple[str, ...]
    percent_fractions: dict[str, Decimal]
    rate_percent: tuple[str, ...]
    rate_words: tuple[str, ...]
    tenths: str
    not_tenths_after: tuple[str, ...]
    gloss_words: tuple[str, ...]
    vague_prefixes: tuple[str, ...]
    class_suffixes: tuple[str, ...]
    magnitude_suffixes: tuple[str, ...]
    range_seps: tuple[str, ...]
    list_seps: tuple[str, ...]
    between: tuple[str, str, str]
    region_cues: dict[str, tuple[str, ...]]
    digits: frozenset[str]
    digit_values: dict[str, int]


def _words(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Folded, longest first (so the longest word wins a prefix/suffix match)."""
    return tuple(sorted({fold(w) for w in items}, key=len, reverse=True))


def _table(d: dict[str, str]) -> dict[str, str]:
    return {fold(k): v for k, v in sorted(d.items(), key=lambda kv: -len(kv[0]))}


@cache
def lexicon() -> _Lexicon:
    from pipeline.lang.zh import numbers as nums

    return _Lexicon(
        currency_after=_table(M.CURRENCY_AFTER),
        currency_before=_table(M.CURRENCY_BEFORE),
        dollar=fold(M.LOCAL_DOLLAR),
        dollar_signs=_words(M.LOCAL_DOLLAR_SIGNS),
        not_dollar_after=_words(M.NOT_DOLLAR_AFTER),
        cents=_words(M.CENT_WORDS),
        cent_currency=_table(M.CENT_CURRENCY),
        qual_before=_table(M.QUALIFIER_BEFORE),
        qual_detached=_table(M.QUALIFIER_DETACHED),
        detached_blockers=_words(M.DETACHED_BLOCKERS),
        qualifier_blockers={fold(k): _words(v) for k, v in M.QUALIFIER_BLOCKERS.items()},
        cents_arabic_only=_words(M.CENT_WORDS_ARABIC_ONLY),
        not_number_after_bare=_words(M.NOT_NUMBER_AFTER_BARE),
        qual_after=_table(M.QUALIFIER_AFTER),
        per_words=_table(M.PER_WORDS),
        per_after=_table(M.PER_AFTER),
        price_words=_words(M.SHARE_PRICE_WORDS),
        price_moves=_words(M.PRICE_MOVE_VERBS),
        price_quote=_words(M.PRICE_QUOTE_BEFORE),
        move_to=_words(M.PRICE_MOVE_TO),
        change_verbs=_words(M.CHANGE_VERBS),
        unit_traded=_words(M.UNIT_TRADED_WORDS),
        money_before=_words(M.MONEY_BEFORE),
        money_adjacent=_words(M.MONEY_BEFORE_ADJACENT),
        money_after=_words(M.MONEY_AFTER),
        count_words=_words(M.COUNT_WORDS),
        capacity_units={fold(k): v for k, v in sorted(M.CAPACITY_UNITS.items(), key=lambda kv: -len(kv[0]))},
        energy_after=_words(M.ENERGY_AFTER),
        capacity_tails=tuple(sorted(M.CAPACITY_TAILS, key=len, reverse=True)),
        share_units=_words(M.SHARE_UNITS),
        not_share_after=_words(M.NOT_SHARE_AFTER),
        share_ratio_before=_words(M.SHARE_RATIO_BEFORE),
        share_ratio_after=_words(M.SHARE_RATIO_AFTER),
        share_ratio_context=_words(M.SHARE_RATIO_CONTEXT),
        share_after_ok=_words(M.SHARE_AFTER_OK),
        ordinal=_words(NB.ORDINAL_PREFIXES),
        percent_signs=_words(M.PERCENT_SIGNS),
        percent_fractions={fold(k): v for k, v in M.PERCENT_FRACTIONS.items()},
        rate_percent=_words(M.RATE_PERCENT_WORDS),
        rate_words=_words(M.RATE_WORDS),
        tenths=fold(M.TENTHS_WORD),
        not_tenths_after=_words(M.NOT_TENTHS_AFTER),
        gloss_words=_words(M.GLOSS_WORDS),
        vague_prefixes=_words(nums.VAGUE_PREFIXES),
        class_suffixes=_words(nums.CLASS_SUFFIXES),
        magnitude_suffixes=_words(nums.MAGNITUDE_SUFFIXES),
        range_seps=_words(nums.RANGE_SEPARATORS),
        list_seps=_words(nums.LIST_SEPARATORS),
        between=(fold(NB.RANGE_BETWEEN[0]), fold(NB.RANGE_BETWEEN[1]), fold(NB.RANGE_BETWEEN[2])),
        region_cues={r: _words(ws) for r, ws in M.REGION_CUES.items()},
        digits=frozenset(fold("".join(nums.DIGITS))),
        digit_values={fold(k): v for k, v in nums.DIGITS.items()},
    )


# --------------------------------------------------------------------------- small matchers


def _starts(view: str, pos: int, words: Iterable[str]) -> str | None:
    for w in words:
        if view.startswith(w, pos):
            return w
    return None


def _ends(view: str, pos: int, words: Iterable[str]) -> str | None:
    for w in words:
        if pos - len(w) >= 0 and view.startswith(w, pos - len(w)):
            return w
    return None


def _skip_space(view: str, pos: int, limit: int = 2) -> int:
    n = 0
    while pos < len(view) and view[pos] in " \t" and n < limit:
        pos += 1
        n += 1
    return pos


def _skip_space_back(view: str, pos: int, limit: int = 2) -> int:
    n = 0
    while pos > 0 and view[pos - 1] in " \t" and n < limit:
        pos -= 1
        n += 1
    return pos


def _clause_start(view: str, pos: int, window: int, ends: set[str] = _CLAUSE_END) -> int:
    lo = max(0, pos - window)
    for i in range(pos - 1, lo - 1, -1):
        if view[i] in ends:
            return i + 1
    return lo


#: A bracketed Latin gloss (每股盈餘(EPS)3.2元) does not end the clause for rates.
_GLOSS = re.compile(r"[(（][A-Za-z][A-Za-z0-9 .&-]{0,11}[)）]$")


def _rate_clause_start(view: str, pos: int, window: int) -> int:
    """Like _clause_start for rate words, but reads through bracketed Latin glosses."""
    lo = max(0, pos - window)
    i = pos - 1
    while i >= lo:
        if view[i] in _PER_END:
            m = _GLOSS.search(view, max(0, i - 13), i + 1) if view[i] in ")）" else None
            if m is None:
                return i + 1
            i = m.start() - 1
            lo = max(0, lo - len(m.group()))
            continue
        i -= 1
    return lo


def _clause_end(view: str, pos: int, window: int, ends: set[str] = _CLAUSE_END) -> int:
    hi = min(len(view), pos + window)
    for i in range(pos, hi):
        if view[i] in ends:
            return i
    return hi


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


# --------------------------------------------------------------------------- drafts


@dataclass(frozen=True)
class _Unit:
    kind: Kind
    end: int  # end of the unit word(s)
    currency: str | None = None
    dollar: bool = False  # 元 / 仙 / 分 without a currency word
    factor: Decimal = Decimal(1)  # watts per unit, or 1/100 for cents, or 10 for 成
    add: Decimal = Decimal(0)  # 兩成五: the digit after 成 (5 %)


@dataclass(frozen=True)
class _Draft:
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


def _sig_digits(text: str) -> int:
    digits = re.sub(r"\D", "", text.split(".")[0]) + re.sub(
        r"\D", "", text.split(".")[1] if "." in text else ""
    )
    return len(digits.lstrip("0").rstrip("0")) if "." not in text else len(digits.lstrip("0"))


def _unit_after(view: str, num_end: int, num: Numeral, num_start: int) -> _Unit | None:
    lx = lexicon()
    pos = _skip_space(view, num_end, 1)
    sign = _starts(view, pos, lx.percent_signs)
    if sign is not None:
        return _Unit("percent", pos + len(sign))
    # 息率4.25厘: Hong Kong's percent for interest rates (厘米 is a centimetre)
    if (
        pos == num_end
        and _starts(view, pos, lx.rate_percent)
        and not view.startswith(fold("米"), pos + 1)
        and any(w in view[_clause_start(view, num_start, M.PER_WINDOW) : num_start] for w in lx.rate_words)
    ):
        return _Unit("percent", pos + 1)
    # 成 = tenths: 八成, 3.5成, 兩成五 (the trailing digit is hundredths of the whole)
    if (
        pos == num_end
        and view.startswith(lx.tenths, pos)
        and num.value is not None
        and num.scale is None
        and num.value <= 10
        and not _starts(view, pos + 1, lx.not_tenths_after)
    ):
        nxt = view[pos + 1] if pos + 1 < len(view) else ""
        digit = lx.digit_values.get(nxt)
        if digit is not None and digit > 0:
            return _Unit("percent", pos + 2, factor=Decimal(10), add=Decimal(digit))
        return _Unit("percent", pos + 1, factor=Decimal(10))
    unit = _starts(view, pos, lx.capacity_units)
    if unit is not None:
        after = pos + len(unit)
        latin_tail = (
            after < len(view)
            and _is_latin(view[after])
            and unit.isascii()
            and not (view[after] in "xX" and after + 1 < len(view) and view[after + 1].isdigit())
        )
        tail = _starts(view, after, lx.capacity_tails) if latin_tail else None
        if tail is not None and not (after + len(tail) < len(view) and _is_latin(view[after + len(tail)])):
            return _Unit("capacity", after + len(tail), factor=lx.capacity_units[unit])  # 100MWp
        if not _starts(view, after, lx.energy_after) and not latin_tail:
            return _Unit("capacity", after, factor=lx.capacity_units[unit])
    unit = _starts(view, pos, lx.share_units)
    if unit is not None and (
        not _starts(view, pos + len(unit), lx.not_share_after)
        or _starts(view, pos + len(unit), lx.share_after_ok)
    ):
        fraction = num.value is not None and num.value < 1 and num.scale is None  # 0.3893股
        if fraction or _share_ratio(view, num_start, pos + len(unit)):
            return None
        return _Unit("shares", pos + len(unit))
    cent = _starts(view, pos, lx.cent_currency)
    if cent is not None:
        return _Unit("amount", pos + len(cent), currency=lx.cent_currency[cent], factor=Decimal("0.01"))
    cur = _starts(view, pos, lx.currency_after)
    if cur is not None:
        return _Unit("amount", pos + len(cur), currency=lx.currency_after[cur])
    if view.startswith(lx.dollar, pos) and not _starts(view, pos + 1, lx.not_dollar_after):
        return _Unit("amount", pos + 1, dollar=True)
    cent = _starts(view, pos, lx.cents)
    if (
        cent is not None
        and pos == num_end
        and (view[num_end - 1].isdigit() or cent not in lx.cents_arabic_only)
        and _price_context(view, num_start)
    ):
        return _Unit("amount", pos + len(cent), dollar=True, factor=Decimal("0.01"))
    return None


def _share_ratio(view: str, num_start: int, unit_end: int) -> bool:
    """每12股供1股, 1股供2股, 每千股配發100股: terms of a ratio, not share counts."""
    lx = lexicon()
    before = _skip_space_back(view, num_start, 1)
    if _ends(view, before, lx.share_ratio_before):
        return True
    word = _starts(view, unit_end, lx.share_ratio_after)
    if word is not None and re.match(r"\s?[\d" + _digit_class() + "]", view[unit_end + len(word) :]):
        return True
    lo = _clause_start(view, num_start, M.PER_WINDOW)
    if any(w in view[lo:num_start] for w in lx.share_ratio_context):
        return True
    every = re.escape(fold("每")) + "(?:" + "|".join(re.escape(fold(w)) for w in ("持有", "擁有")) + ")?"
    return (
        re.search(rf"{every}[\d,{_digit_class()}千百萬万]+{re.escape(fold('股'))}", view[lo:num_start])
        is not None
    )


@cache
def _digit_class() -> str:
    lx = lexicon()
    return "".join(re.escape(c) for c in sorted(lx.digits)) + re.escape(fold("十百千"))


def _price_context(view: str, start: int) -> bool:
    lx = lexicon()
    lo = _clause_start(view, start, M.PER_WINDOW)
    seg = view[lo:start]
    return any(w in seg for w in lx.price_words) or any(w in seg for w in lx.per_words)


def _currency_before(view: str, start: int) -> tuple[int, str] | None:
    """(start, ISO code) of a currency word before the number; the code is "" for a bare $
    (Hong Kong papers write 集資$3.5億 for HK$), whose currency the article decides."""
    lx = lexicon()
    pos = _skip_space_back(view, start, 1)
    cur = _ends(view, pos, lx.currency_before)
    if cur is None:
        sign = _ends(view, pos, lx.dollar_signs)
        if sign is not None and not (pos > len(sign) and _is_latin(view[pos - len(sign) - 1])):
            return pos - len(sign), ""
        return None
    begin = pos - len(cur)
    if cur.isascii() and begin > 0 and _is_latin(view[begin - 1]):
        return None
    return begin, lx.currency_before[cur]


def _qualifier_before(view: str, start: int) -> tuple[int, Qualifier] | None:
    lx = lexicon()
    pos = _skip_space_back(view, start, 1)
    q = _ends(view, pos, lx.qual_before)
    if q is None:
        return None
    begin = pos - len(q)
    if q.startswith(fold("約")) and _ends(view, begin, lx.detached_blockers):
        return None
    if _ends(view, begin, lx.qualifier_blockers.get(q, ())):
        return None
    return begin, lx.qual_before[q]  # type: ignore[return-value]


def _qualifier_detached(view: str, start: int) -> Qualifier | None:
    lx = lexicon()
    lo = _clause_start(view, start, M.DETACHED_WINDOW)
    best: tuple[int, str] | None = None
    for w, q in lx.qual_detached.items():
        i = view.rfind(w, lo, start)
        if i < 0 or (_ends(view, i, lx.detached_blockers) and w.startswith(fold("約"))):
            continue
        between = view[i + len(w) : start]
        if re.search(r"\d|%", between):
            continue
        if best is None or i + len(w) > best[0]:
            best = (i + len(w), q)
    return best[1] if best else None  # type: ignore[return-value]


def _qualifier_after(view: str, end: int) -> tuple[int, Qualifier] | None:
    lx = lexicon()
    q = _starts(view, end, lx.qual_after)
    if q is None:
        return None
    return end + len(q), lx.qual_after[q]  # type: ignore[return-value]


def _per(view: str, start: int, end: int, unit_traded: bool, price: bool) -> tuple[str | None, int]:
    """The rate denominator (每股 …) before the amount, or /股 after it; and the new end.

    ``price`` is false for amounts with a scale word: 每股 and price words then describe
    something else in the clause (以每股9仙配售5億股新股集資4500萬元).
    """
    lx = lexicon()
    after = _starts(view, end, lx.per_after)
    if after is not None:
        return lx.per_after[after], end  # 11.85元/股: the /股 is not part of the span
    lo = _rate_clause_start(view, start, M.PER_WINDOW)
    best: tuple[int, str] | None = None
    for w, p in lx.per_words.items():
        if not price and p in ("share", "unit"):
            continue
        i = view.rfind(w, lo, start)
        if i > 0 and _is_numeral_char(view[i - 1]) and not w.startswith(fold("每")):
            continue  # 2025年薪資, 10月支出: a date, not a rate
        if i >= 0 and (best is None or i > best[0]):
            best = (i, p)
    if price:
        share_word = fold("股")
        for w in lx.price_words:
            i = view.rfind(w, lo, start)
            if i >= 0 and (best is None or i > best[0]):
                per = "unit" if unit_traded and share_word not in w else "share"
                best = (i, per)
    if (
        best is None
        and price
        and (_price_move(view, start) or _ends(view, _skip_space_back(view, start, 1), lx.price_quote))
    ):
        best = (start, "unit" if unit_traded else "share")
    if best is None and not price and _per_unit_cost(view, start):
        return "GW", end
    return (best[1] if best else None), end


def _is_numeral_char(ch: str) -> bool:
    return ch.isdigit() or ch in lexicon().digits


def _price_move(view: str, start: int) -> bool:
    """升3.4港元 in a sentence about a share price (收報108.2港元, 升3.4港元)."""
    lx = lexicon()
    pos = _skip_space_back(view, start, 1)
    to = _ends(view, pos, lx.move_to)  # 跌至3.2元
    pos -= len(to) if to else 0
    if _ends(view, pos, lx.price_moves) is None:
        return False
    lo = max(view.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    before = view[lo:start]
    return fold("股") in before or any(w in before for w in lx.price_words)


@cache
def _per_unit_cost_regex() -> re.Pattern[str]:
    """每個千兆瓦 …, or the cost of a 1 GW data centre: amounts after it in the sentence are per GW."""
    units = "|".join(re.escape(fold(u)) for u in M.PER_CAPACITY_UNITS)
    costs = "|".join(re.escape(fold(w)) for w in M.UNIT_COST_WORDS)
    every = re.escape(fold("每"))
    one = "|".join(re.escape(fold(w)) for w in ("1", "一"))
    return re.compile(
        rf"{every}(?:{re.escape(fold('個'))})?\s?(?:{units})"
        rf"|(?<![\d.])(?:{one})\s?(?:{units})[^,，。；;]{{0,16}}?(?:{costs})"
    )


def _per_unit_cost(view: str, start: int) -> bool:
    """True unless another capacity (26GW數據中心總成本) intervenes after the per-GW phrase."""
    lo = max(view.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    last = None
    for m in _per_unit_cost_regex().finditer(view, lo, start):
        last = m
    if last is None:
        return False
    units = "|".join(re.escape(fold(u)) for u in M.PER_CAPACITY_UNITS)
    return re.search(rf"\d\s?(?:{units})", view[last.end() : start]) is None


def _money_context(view: str, start: int, end: int) -> bool:
    lx = lexicon()
    lo = _clause_start(view, start, M.MONEY_BEFORE_WINDOW)
    before = view[lo:start]
    if any(w in before for w in lx.money_before):
        return True
    if _ends(view, _skip_space_back(view, start, 1), lx.money_adjacent):
        return True
    hi = _clause_end(view, end, M.MONEY_AFTER_WINDOW, _MONEY_END)
    after = view[end:hi]
    return any(w in after for w in lx.money_after)


def _counted(view: str, end: int) -> bool:
    """A counter, a unit or a Latin word follows: the number counts something."""
    lx = lexicon()
    pos = _skip_space(view, end, 1)
    if pos < len(view) and (_is_latin(view[pos]) or view[pos].isdigit()):
        return True
    return _starts(view, pos, lx.count_words) is not None


def _latin_glued(view: str, start: int, end: int) -> bool:
    """MI450, H800, GB300: a number glued to a Latin word is a name (3x300MW is a product)."""
    if not view[start].isdigit():
        return False
    if _currency_before(view, start) is not None:
        return False  # RM1.5億, USD 20億
    if start > 0 and _is_latin(view[start - 1]):
        multiply = view[start - 1] in "xX" and start > 1 and view[start - 2].isdigit()
        return not multiply
    return start > 0 and view[start - 1] == "." and start > 1 and view[start - 2].isdigit()


def _in_gloss(view: str, start: int) -> bool:
    """即100萬千瓦 inside a parenthesis that explains a unit."""
    lx = lexicon()
    pos = _skip_space_back(view, start, 1)
    if not _ends(view, pos, lx.gloss_words):
        return False
    open_paren = max(view.rfind("(", 0, start), view.rfind("（", 0, start))
    close_paren = max(view.rfind(")", 0, start), view.rfind("）", 0, start))
    return open_paren > close_paren and start - open_paren < 40


# --------------------------------------------------------------------------- the grammar


def find_quantities(
    text: str, view: str | None = None, *, region: str | None = None, script: str | None = None
) -> Quantities:
    """All amounts, capacities, share counts and percentages of a text, each sorted by start."""
    view = view if view is not None else fold_text(text)
    assert len(view) == len(text)
    lx = lexicon()
    unit_traded = any(w in view for w in lx.unit_traded)
    nums = [
        (s, e, n)
        for s, e, n in find_numerals(view)
        if not _latin_glued(view, s, e) and not _ends(view, s, lx.ordinal)
    ]
    drafts: list[_Draft] = []
    used: set[int] = set()
    i = 0
    while i < len(nums):
        if i in used:
            i += 1
            continue
        made, consumed = _read(view, nums, i, unit_traded)
        if made is not None:
            used.update(consumed)
            items, made = _list_items(view, nums, i, made, used)
            drafts.extend(items)
            drafts.append(made)
        i += 1
    drafts.sort(key=lambda d: d.start)
    drafts = _propagate_per(view, drafts)
    if script is None:
        script = detect_script(text)
    amounts = infer_currencies(view, [d for d in drafts if d.kind == "amount"], region, script)
    return Quantities(
        amounts=[_amount(text, d) for d in amounts],
        capacities=[_capacity(text, d) for d in drafts if d.kind == "capacity"],
        shares=[_shares(text, d) for d in drafts if d.kind == "shares"],
        percentages=[_percent(text, d) for d in drafts if d.kind == "percent"],
    )


def fold_text(text: str) -> str:
    from pipeline.nlp.quantities.numerals import _textview

    return _textview()(text)


def _range_partner(view: str, nums: list[tuple[int, int, Numeral]], i: int) -> tuple[int, int] | None:
    """(index of the right end, end of the separator) when nums[i] starts a range X至Y."""
    lx = lexicon()
    if i + 1 >= len(nums):
        return None
    _s, e, _n = nums[i]
    pos = _skip_space(view, e, 1)
    sep = _starts(view, pos, lx.range_seps)
    if sep is None:
        return None
    nxt = _skip_space(view, pos + len(sep), 2)
    if nums[i + 1][0] != nxt:
        return None
    return i + 1, nxt


def _read(
    view: str, nums: list[tuple[int, int, Numeral]], i: int, unit_traded: bool
) -> tuple[_Draft | None, list[int]]:
    lx = lexicon()
    s, e, num = nums[i]
    consumed = [i]
    lo_num, hi_num = num, num
    right_end = e
    is_range = False
    # X至Y with the unit after Y (or after both ends: 5%至10%)
    partner = _range_partner(view, nums, i)
    left_unit = _unit_after(view, e, num, s)
    if partner is None and left_unit is not None:
        p2 = _skip_space(view, left_unit.end, 1)
        sep = _starts(view, p2, lx.range_seps)
        if sep is not None and i + 1 < len(nums) and nums[i + 1][0] == _skip_space(view, p2 + len(sep), 2):
            r_unit = _unit_after(view, nums[i + 1][1], nums[i + 1][2], nums[i + 1][0])
            if r_unit is not None and r_unit.kind == left_unit.kind and r_unit.currency == left_unit.currency:
                partner = (i + 1, nums[i + 1][0])
    if partner is not None and _ends(view, _skip_space_back(view, s, 1), lx.change_verbs):
        partner = None  # 下調0.125厘至5.25厘: "by X to Y", not a range
    if partner is not None:
        j = partner[0]
        rs, re_, rnum = nums[j]
        r_unit = _unit_after(view, re_, rnum, rs)
        # US$700億至720億 (the currency before the left end serves both); 投資3億至5億 (money
        # context decides below, as for a single bare number)
        bare_pair = r_unit is None and left_unit is None and not _counted(view, re_)
        money_left = bare_pair and (_currency_before(view, s) is not None or rnum.scale is not None)
        if money_left or (r_unit is not None and (left_unit is None or left_unit.kind == r_unit.kind)):
            lo_num, hi_num, right_end = num, rnum, re_
            consumed.append(j)
            is_range = True
    # 介於X與Y之間
    if not is_range and _ends(view, _skip_space_back(view, s, 1), (lx.between[0],)):
        pos = _skip_space(view, e, 1)
        if view.startswith(lx.between[1], pos) and i + 1 < len(nums):
            rs, re_, rnum = nums[i + 1]
            if rs == _skip_space(view, pos + 1, 2):
                lo_num, hi_num, right_end = num, rnum, re_
                consumed.append(i + 1)
                is_range = True
    if num.bare and not is_range and _starts(view, e, lx.not_number_after_bare):
        return None, consumed  # 千萬不要: an adverb
    unit = _unit_after(view, right_end, hi_num, nums[consumed[-1]][0])
    start = s
    vague = num.vague
    # EPS為-0.35元, 年增率-5%: a minus sign that does not join two numbers (1997-2006)
    negative = (
        not is_range
        and s > 0
        and view[s - 1] in _MINUS
        and not (s > 1 and (_is_numeral_char(view[s - 2]) or _is_latin(view[s - 2])))
    )
    if negative:
        start = s - 1
    # 數十億 / 上千億: a vague prefix before a bare magnitude
    if num.bare and not is_range:
        pre = _ends(view, s, lx.vague_prefixes)
        if pre is not None:
            start, vague = s - len(pre), True
    cur_before = _currency_before(view, start)
    end = unit.end if unit is not None else right_end
    currency = unit.currency if unit else None
    dollar = unit.dollar if unit else False
    kind: Kind
    fraction = _ends(view, s, lx.percent_fractions)  # 百分之 / 千分之 / 萬分之
    if unit is not None:
        kind = unit.kind
        if kind == "capacity" and (
            _in_gloss(view, s) or _ends(view, _skip_space_back(view, s, 1), ("每", "每个"))
        ):
            return None, consumed
        if kind == "percent" and fraction is not None:
            start -= len(fraction)
    else:
        if fraction is not None:
            kind, start, end = "percent", s - len(fraction), right_end
        elif cur_before is not None:
            kind = "amount"
        elif (hi_num.scale is not None or vague) and not _counted(view, right_end):
            kind = "amount"
            # the class suffix (千億級, 百億規模) belongs to the span
            if not _money_context(view, start, end):
                return None, consumed
        else:
            return None, consumed
    if kind == "amount" and cur_before is not None:
        start, currency, dollar = cur_before[0], cur_before[1] or None, not cur_before[1]
    qualifier: Qualifier = "exact"
    # class suffixes: 6GW等級 approx, 百吉瓦級 / 千億級 / 百億規模 vague
    suffix = _starts(view, end, lx.class_suffixes)
    if suffix is None and num.bare and kind == "amount":
        suffix = _starts(view, end, lx.magnitude_suffixes)
        if suffix is not None:
            vague = True
    if suffix is not None:
        end += len(suffix)
        if num.bare and not is_range:
            vague = True
        elif qualifier == "exact":
            qualifier = "approx"
    qb = _qualifier_before(view, start)
    if qb is not None:
        start, q = qb
        if q != "exact" and not (qualifier == "approx" and q == "exact"):
            qualifier = q
        # 新台幣約320億元, 折合人民币约17.8亿元: the currency word before the qualifier
        cb = _currency_before(view, start) if kind == "amount" and (currency is None or dollar) else None
        if cb is not None:
            start, currency, dollar = cb[0], cb[1] or None, not cb[1]
            qb2 = _qualifier_before(view, start)
            if qb2 is not None:
                start = qb2[0]
                if qualifier == "exact":
                    qualifier = qb2[1]
    elif qualifier == "exact":
        qualifier = _qualifier_detached(view, start) or "exact"
    qa = _qualifier_after(view, end)
    if qa is not None:
        end, q = qa
        if qualifier == "exact":
            qualifier = q
    if (lo_num.more or hi_num.more) and qualifier == "exact":
        qualifier = "at_least"
    factor = unit.factor if unit else Decimal(1)
    if kind == "percent" and fraction is not None:
        factor = lx.percent_fractions[fraction]
    value: Decimal | None = None
    vmin = vmax = None
    if is_range:
        qualifier = "range"
        lo_v, hi_v = lo_num.value, hi_num.value
        if lo_v is not None and lo_num.scale is None and hi_num.scale is not None:
            lo_v = lo_v * hi_num.scale  # 三千至五千億: 億 belongs to both ends
        vmin = tidy(lo_v * factor) if lo_v is not None else None
        vmax = tidy(hi_v * factor) if hi_v is not None else None
    elif vague or num.value is None:
        qualifier = "vague"
    else:
        value = tidy(num.value * factor + (unit.add if unit else 0))
        if negative:
            value = -value
    per = None
    if kind == "amount":
        per, end = _per(view, start, end, unit_traded, price=hi_num.scale is None)
    sig = _sig_digits(view[s:right_end]) if not num.bare else 1
    return (
        _Draft(kind, start, end, s, right_end, value, qualifier, vmin, vmax, currency, dollar, per, sig),
        consumed,
    )


def _list_items(
    view: str, nums: list[tuple[int, int, Numeral]], i: int, last: _Draft, used: set[int]
) -> tuple[list[_Draft], _Draft]:
    """約 6200萬、 1770萬及 550萬元: earlier items share the last item's unit and head qualifier."""
    lx = lexicon()
    items: list[tuple[int, int, Numeral]] = []
    k = i
    pos = last.num_start
    while k - 1 >= 0 and (k - 1) not in used:
        p = _skip_space_back(view, pos, 2)
        sep = _ends(view, p, lx.list_seps)
        if sep is None:
            break
        s, e, n = nums[k - 1]
        if _skip_space_back(view, p - len(sep), 2) != e or n.value is None:
            break
        if (n.scale is None) != (nums[i][2].scale is None):
            break
        items.append(nums[k - 1])
        pos, k = s, k - 1
    if not items:
        return [], last
    out = []
    head_q: Qualifier = "exact"
    head_s = items[-1][0]
    qb = _qualifier_before(view, head_s)
    for s, e, n in reversed(items):
        start = s
        q: Qualifier = "exact"
        if s == head_s and qb is not None:
            start, head_q = qb
            q = head_q
        elif head_q != "exact":
            q = head_q
        value = tidy(n.value) if n.value is not None else None
        out.append(
            replace(
                last,
                start=start,
                end=e,
                num_start=s,
                num_end=e,
                value=value,
                qualifier=q,
                sig=_sig_digits(view[s:e]),
            )
        )
        used.add(nums.index((s, e, n)))
    if head_q != "exact" and last.qualifier == "exact":
        last = replace(last, qualifier=head_q)
    return out, last


def _propagate_per(view: str, drafts: list[_Draft]) -> list[_Draft]:
    """A parenthesised conversion carries the rate of the amount it restates; list heads too."""
    out: list[_Draft] = []
    for d in drafts:
        if d.kind == "amount" and d.per is None and out:
            prev = next((p for p in reversed(out) if p.kind == "amount"), None)
            if prev is not None and prev.per is not None:
                gap = view[prev.end : d.start]
                if gap.strip() in {"(", "（"}:
                    d = replace(d, per=prev.per)
        out.append(d)
    return out


# --------------------------------------------------------------------------- currency inference


def home_region(view: str, region: str | None = None, script: str | None = None) -> str | None:
    """The region whose 元 a bare amount means: the article's region, else the text's cues."""
    if region in M.HOME_CURRENCY:
        return region
    lx = lexicon()
    scores = {r: sum(view.count(w) for w in ws) for r, ws in lx.region_cues.items()}
    prior = M.SCRIPT_PRIOR.get(script or "")
    scores_f: dict[str, float] = {r: float(n) for r, n in scores.items()}
    if prior:
        scores_f[prior] = scores_f.get(prior, 0.0) + M.SCRIPT_PRIOR_WEIGHT
    best = max(scores_f.items(), key=lambda kv: kv[1])
    return best[0] if best[1] > 0 else prior


def _rounded_equal(a: Decimal, sig_a: int, b: Decimal, sig_b: int) -> bool:
    """The same figure written with different precision (1066.93億 and 1067億)."""
    sig = min(sig_a, sig_b)
    if sig < 3:
        return False
    ctx = Context(prec=sig, rounding=ROUND_HALF_UP)
    return ctx.plus(a) == ctx.plus(b)


def infer_currencies(
    view: str, drafts: list[_Draft], region: str | None = None, script: str | None = None
) -> list[_Draft]:
    """Give every amount without a currency word the currency the article establishes.

    In order: (1) the same figure given elsewhere with its currency (headline 647億 = 約新台幣
    647億元); (2) for a bare 元, the nearest preceding 元-currency in the same paragraph
    (逾人民幣3800億元 … 逾千億元); for a number without 元, the nearest amount before it (else after
    it) whose currency is known; (3) the home currency of the article's region.
    """
    home = M.HOME_CURRENCY.get(home_region(view, region, script) or "")
    resolved: list[_Draft | None] = [d if d.currency else None for d in drafts]
    explicit = [d for d in drafts if d.currency and d.value is not None]

    def restated(d: _Draft) -> str | None:
        if d.value is None:
            return None
        best = None
        for x in explicit:
            if x is d or x.value is None:
                continue
            if _rounded_equal(d.value, d.sig, x.value, x.sig):
                dist = abs(x.start - d.start)
                if best is None or dist < best[0]:
                    best = (dist, x.currency)
        return best[1] if best else None

    def paragraph(pos: int) -> int:
        return view.rfind("\n", 0, pos)

    # (a) 元 amounts
    for k, d in enumerate(drafts):
        if resolved[k] is not None or not d.dollar:
            continue
        cur = restated(d)
        if cur is None:
            par = paragraph(d.start)
            for j in range(k - 1, -1, -1):
                p = resolved[j]
                if p is None:
                    continue
                if p.start < par:
                    break
                if p.currency in M.DOLLAR_CURRENCIES:
                    cur = p.currency
                    break
        cur = cur or home
        if cur is not None:
            resolved[k] = replace(d, currency=cur, inferred=True)
    # (b) numbers without any currency word
    for k, d in enumerate(drafts):
        if resolved[k] is not None:
            continue
        cur = restated(d)
        if cur is None:
            before = [p for p in resolved[:k] if p is not None]
            after = [p for p in resolved[k + 1 :] if p is not None]
            if before:
                cur = before[-1].currency
            elif after:
                cur = after[0].currency
        cur = cur or home
        resolved[k] = replace(d, currency=cur, inferred=True)
    return [r if r is not None else d for r, d in zip(resolved, drafts, strict=True)]


# --------------------------------------------------------------------------- records


def _amount(text: str, d: _Draft) -> Amount:
    return Amount(
        start=d.start,
        end=d.end,
        text=text[d.start : d.end],
        value=d.value,
        currency=d.currency,
        qualifier=d.qualifier,
        min=d.min,
        max=d.max,
        per=d.per,
        currency_inferred=d.inferred,
    )


def _capacity(text: str, d: _Draft) -> Capacity:
    return Capacity(
        start=d.start,
        end=d.end,
        text=text[d.start : d.end],
        value_watts=d.value,
        qualifier=d.qualifier,
        min_watts=d.min,
        max_watts=d.max,
    )


def _shares(text: str, d: _Draft) -> ShareCount:
    return ShareCount(d.start, d.end, text[d.start : d.end], d.value, d.qualifier, d.min, d.max)


def _percent(text: str, d: _Draft) -> Percentage:
    return Percentage(d.start, d.end, text[d.start : d.end], d.value, d.qualifier, d.min, d.max)


# --------------------------------------------------------------------------- public API


def find_amounts(text: str, view: str | None = None, *, region: str | None = None) -> list[Amount]:
    return find_quantities(text, view, region=region).amounts


def find_capacities(text: str, view: str | None = None) -> list[Capacity]:
    return find_quantities(text, view).capacities


def find_shares(text: str, view: str | None = None) -> list[ShareCount]:
    return find_quantities(text, view).shares


def find_percentages(text: str, view: str | None = None) -> list[Percentage]:
    return find_quantities(text, view).percentages
