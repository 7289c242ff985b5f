"""Arabic and Chinese numerals to ``Decimal``: the whole numeral system of Chinese news.

Forms read (either script, on the normalised view):

- Arabic digits with thousands separators (3,235億, "1, 000億", odd groupings 1706,000), spaces
  grouping thousands (5 000萬), full-width digits and separators (folded by the view), decimals;
- Chinese digits with units (三千五百), financial forms (壹佰貳拾萬), positional runs (一○五○,
  一四八億), 兩 / 廿 / 卅, 點 decimals (廿二點七, ○.九);
- zeros that mark a gap (一千零二十, 三萬零十五, 一百零五萬, 2億零400萬);
- abbreviated trailing digits (三千二 = 3,200, 七百六 = 760, 兩萬八 = 28,000, 萬二 = 12,000,
  一億二 = 1.2億, 3千2), and the four-digit 萬 group after 億 (23億7200 = 23.72億);
- Arabic digits with several Chinese units (3萬2千5百, 6億5000萬, 3億2千700萬, 7億9千800萬);
- stacked and multiplied scale words (1兆2823億, 15億4141萬5000, 萬萬 = 1e8, 5萬億 = 5e12), also
  without a digit (投入萬億元 = 1e12; 億萬 is no number);
- "more than" markers (300多億, 10億多, 300餘億) and unknown digits (十幾億, 幾十萬: vague, with the
  bounds the form implies).

A numeral phrase is cut where the grammar breaks (3000萬5000萬 is two numerals). The tables are
``pipeline.lang.zh.numbers``, folded through the view, so they may be written in either script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from pipeline.lang.zh import currencies as C
from pipeline.lang.zh import numbers as N
from pipeline.text.first_chars import guarded, scan
from pipeline.text.view import to_view
from pipeline.text.view import view_form as fold


@dataclass(frozen=True)
class Numeral:
    """A parsed numeral.

    ``value`` is None when the numeral is vague (數十億, 十幾億); ``low`` / ``high`` then bound it
    when the form says how (十幾億: 11億 … 19億). ``scale`` is the last scale word's multiplier
    (億 → 1e8) so that a range's left end can inherit it (三千至五千億). ``bare`` is true for a
    magnitude word without digits (千億, 百億): literal, unless a class suffix makes it vague.
    """

    value: Decimal | None
    scale: Decimal | None = None
    more: bool = False
    vague: bool = False
    bare: bool = False
    low: Decimal | None = None
    high: Decimal | None = None
    #: 二十來萬: about
    about: bool = False


class Found(NamedTuple):
    """A numeral phrase of the view with its offsets."""

    start: int
    end: int
    numeral: Numeral


@dataclass(frozen=True)
class _Tables:
    digits: dict[str, int]
    formal: frozenset[str]
    zeros: frozenset[str]
    tens: dict[str, int]
    small: dict[str, int]
    scales: dict[str, int]
    points: frozenset[str]
    more: frozenset[str]
    unknown: str
    half: str
    counter: str
    about: str
    pairs: frozenset[tuple[int, int]]
    latin: dict[str, int]
    #: the last characters of the Latin scale words (a phrase ending otherwise has none)
    latin_finals: frozenset[str]
    formal_before: frozenset[str]
    estimate_before: frozenset[str]


@cache
def tables() -> _Tables:
    latin = {k.lower(): v for k, v in (N.LATIN_SCALES | N.SIGN_LATIN_SCALES).items()}
    return _Tables(
        digits={fold(k): v for k, v in N.DIGITS.items()},
        formal=frozenset(fold(k) for k in N.FORMAL_DIGITS),
        zeros=frozenset(fold(k) for k in N.ZERO_DIGITS),
        tens={fold(k): int(_tens_value(v)) for k, v in N.TENS.items()},
        small={fold(k): v for k, v in N.SMALL_UNITS.items()},
        scales={fold(k): v for k, v in N.SCALES.items()},
        points=frozenset(fold(p) for p in N.DECIMAL_POINTS),
        more=frozenset(fold(m) for m in N.MORE_MARKERS),
        unknown=fold(N.UNKNOWN_DIGIT),
        half=fold(N.HALF),
        counter=fold(N.SCALE_COUNTER),
        about=fold(N.ABOUT_MARKER),
        pairs=frozenset({(d, d + 1) for d in range(1, 9)})
        | frozenset((N.DIGITS[a], N.DIGITS[b]) for a, b in N.APPROXIMATE_PAIRS_EXTRA),
        latin=latin,
        latin_finals=frozenset(k[-1] for k in latin),
        formal_before=frozenset(fold(k) for k in N.FORMAL_DIGIT_BEFORE),
        estimate_before=frozenset(fold(k) for k in N.ESTIMATE_BEFORE),
    )


def _tens_value(spelled: str) -> int:
    """廿 = 二十 → 20."""
    digit, unit = spelled[0], spelled[1]
    return N.DIGITS[digit] * N.SMALL_UNITS[unit]


# ---- the phrase pattern --------------------------------------------------------------------------


def currency_names() -> set[str]:
    """Every Chinese currency name in view form."""
    return {fold(n) for names in C.CURRENCY_NAMES.values() for n in names} | {
        fold(n) for n in C.AMBIGUOUS_NAMES
    }


def _cls(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in chars)


def _unit_class(chars: list[str]) -> str:
    """One unit character of ``chars`` (same value, several scripts or the formal form), unless
    it starts a unit or fraction word (NOT_NUMERAL_AFTER)."""
    blocked = sorted(
        {fold(w) for c in chars for k, ws in N.NOT_NUMERAL_AFTER.items() if fold(k) == c for w in ws},
        key=len,
        reverse=True,
    )
    guard = f"(?!{'|'.join(re.escape(w) for w in blocked)})" if blocked else ""
    return f"[{_cls(chars)}]{guard}"


def _units_by_value(table: dict[str, int]) -> list[list[str]]:
    groups: dict[int, list[str]] = {}
    for ch, value in table.items():
        groups.setdefault(value, []).append(ch)
    return [groups[v] for v in sorted(groups, reverse=True)]


def _arabic_pattern() -> str:
    space = f"[{_cls(N.DIGIT_GROUP_SPACES)}]"
    return (
        r"(?:\d{1,3}(?:,[ ]?\d{3}(?!\d))+(?:\.\d+)?"  # 3,235 / 1, 000
        r"|\d{4,}(?:,\d{3}(?!\d))+(?:\.\d+)?"  # 1706,000 (a first group of more than three)
        rf"|\d{{1,3}}(?:{space}\d{{3}}(?![\d.,]))+"  # 5 000
        r"|\d+(?:\.\d+)?)"
    )


@cache
def numeral_regex() -> re.Pattern[str]:
    """Matches one numeral phrase in the view (several numerals when the grammar breaks)."""
    t = tables()
    digits = _cls(sorted(set(t.digits) | set(t.tens) | {t.unknown}))
    small = "(?:" + "|".join(_unit_class(chars) for chars in _units_by_value(t.small)) + ")"
    big = "(?:" + "|".join(_unit_class([c]) for c in t.scales) + ")"
    arabic = _arabic_pattern()
    point = f"[{_cls(sorted(t.points))}](?=[{digits}])"
    bare_after = _cls(fold("".join(N.BARE_SCALE_AFTER)))
    lead = _cls(fold("".join(N.SCALE_LEAD_DIGITS)))
    before_class = "|".join(re.escape(fold(w)) for w in N.BARE_SCALE_BEFORE)
    # 萬億 / 萬萬 without a digit (投入萬億元): a scale word before one at least as large; 億萬
    # (億萬富翁) is no compound number
    adverb = _cls(fold("".join(N.BARE_COMPOUND_NOT_BEFORE)))
    compound = "|".join(
        rf"{re.escape(c)}(?=[{_cls(d for d, w in t.scales.items() if w >= v)}](?![{adverb}]))"
        for c, v in t.scales.items()
    )
    after_words = "".join(rf"(?<={re.escape(fold(w))})" for w in N.BARE_SCALE_AFTER_WORDS)
    more = f"[{_cls(sorted(t.more))}]"
    half_char, counter_char = re.escape(fold(N.HALF)), re.escape(fold(N.SCALE_COUNTER))
    not_after = _cls(fold("".join(N.COUNTER_NOT_AFTER)))
    start = (
        rf"(?:{arabic}|[{digits}]|{small}|(?<=[{bare_after}]){big}|{big}(?=[{lead}])"
        rf"|{big}(?={before_class})|{compound}|{after_words}{big}|{big}(?={more})"
        rf"|{half_char}(?={big})|(?<![{not_after}{digits}]){counter_char}(?={half_char}{big}))"
    )
    # a currency name that starts with a numeral character (百慕大元, 幾內亞法郎, 多米尼加比索) is no number
    numeral_chars = set(t.digits) | set(t.tens) | set(t.small) | set(t.scales) | set(t.more) | {t.unknown}
    names = sorted({n for n in currency_names() if n[0] in numeral_chars}, key=len, reverse=True)
    not_a_name = f"(?!{'|'.join(re.escape(n) for n in names)})" if names else ""
    start = not_a_name + start
    counter = rf"{counter_char}(?={half_char}?{big})"
    half = rf"(?:(?<=[{_cls(t.scales)}])|(?<={counter_char})(?={half_char}{big})){half_char}"
    # spaced units: 3 萬 2 千 (a spaced Arabic number continues only before another unit)
    spaced = rf"[ ]{arabic}(?=[ ]?(?:{small}|{big}))"
    about_before = "|".join(re.escape(fold(w)) for w in N.ABOUT_BEFORE)
    about = rf"(?<=[{_cls(t.small)}]){re.escape(t.about)}(?={big}|{about_before})"
    cont = (
        rf"(?:{not_a_name}(?:[ ]?{small}|[ ]?{big}|{arabic}|{spaced}|[{digits}]|{point}|{more}"
        rf"|{counter}|{half}|{about}))"
    )
    latin_words = "|".join(sorted(set(t.latin) - set(N.SIGN_LATIN_SCALES), key=len, reverse=True))
    signs = sorted({s for s in C.CURRENCY_SIGNS if s.isascii() and not s.isspace()}, key=len, reverse=True)
    after_sign = "|".join(rf"(?<={re.escape(s)})|(?<={re.escape(s)} )" for s in signs)
    letters = "".join(N.SIGN_LATIN_SCALES)
    latin = (
        rf"{arabic}[ ]?(?i:{latin_words})(?![A-Za-z])"
        rf"|(?:{after_sign}){arabic}(?i:[{letters}])(?![A-Za-z])"  # US$500m
    )
    return re.compile(guarded(rf"{latin}|{start}{cont}*"))


#: what an Arabic number's value leaves out (group separators and spaces)
_NOT_DIGIT_OR_POINT = re.compile(r"[^\d.]")


@cache
def _arabic_regex() -> re.Pattern[str]:
    return re.compile(_arabic_pattern())


def find_numerals(view: str) -> list[Found]:
    """Every numeral in the view with its offsets."""
    out: list[Found] = []
    for m in scan(numeral_regex(), view):
        at = m.start()
        out.extend(
            Found(at + s, at + e, n) for s, e, n in _phrase_numerals(m.group(), view[m.end() : m.end() + 1])
        )
    return out


@lru_cache(maxsize=8192)
def _phrase_numerals(phrase: str, after: str) -> tuple[Found, ...]:
    """The numerals of a phrase (offsets in it): the same phrases (2025年, 1億) recur in every text."""
    return tuple(_numerals_in(phrase, 0, after))


def _numerals_in(phrase: str, offset: int, after: str = "") -> Iterator[Found]:
    latin = _latin(phrase)
    if latin is not None:
        yield Found(offset, offset + len(phrase), latin)
        return
    tokens = list(_tokens(phrase))
    i = 0
    while i < len(tokens):
        parsed = _parse_tokens(tokens, i, after)
        if parsed is None:
            i += 1
            continue
        numeral, j = parsed
        yield Found(offset + tokens[i].start, offset + tokens[j - 1].end, numeral)
        i = j


# ---- tokens ----------------------------------------------------------------------------------------

Kind = Literal["arabic", "digit", "tens", "small", "big", "fraction", "more", "half"]


class _Token(NamedTuple):
    kind: Kind
    start: int
    end: int
    value: Decimal  # digit / unit value; for "fraction" the fraction itself (0.7)
    text: str


def _tokens(phrase: str) -> Iterator[_Token]:
    t = tables()
    arabic = _arabic_regex()
    i = 0
    while i < len(phrase):
        ch = phrase[i]
        m = arabic.match(phrase, i) if ch.isdigit() else None
        if m is not None:
            digits = _NOT_DIGIT_OR_POINT.sub("", m.group())
            yield _Token("arabic", i, m.end(), Decimal(digits), digits)
            i = m.end()
        elif ch in t.points and i + 1 < len(phrase) and phrase[i + 1] in t.digits:
            j = i + 1
            while j < len(phrase) and phrase[j] in t.digits:
                j += 1
            fraction = "".join(str(t.digits[c]) for c in phrase[i + 1 : j])
            yield _Token("fraction", i, j, Decimal("0." + fraction), phrase[i:j])
            i = j
        elif ch in t.digits or ch == t.unknown:
            yield _Token("digit", i, i + 1, Decimal(t.digits.get(ch, -1)), ch)
            i += 1
        elif i == 0 and ch == t.counter:  # 個半億: the counter stands for 一個
            yield _Token("digit", i, i + 1, Decimal(1), ch)
            i += 1
        else:
            kind: Kind | None = (
                "tens" if ch in t.tens else "small" if ch in t.small else "big" if ch in t.scales else None
            )
            if kind is None:
                kind = "more" if ch in t.more or ch == t.about else "half" if ch == t.half else None
            if kind is not None:
                value = {"tens": t.tens, "small": t.small, "big": t.scales}.get(kind, {}).get(ch, 0)
                yield _Token(kind, i, i + 1, Decimal(value), ch)
            i += 1


# ---- the value -------------------------------------------------------------------------------------


class _Sum:
    """The running value of a numeral: sections of small units, grouped by scale words.

    ``unknown`` is the value given to an unknown digit (幾): the numeral is evaluated with 1 and
    with 9 for its bounds.
    """

    def __init__(self, unknown: int = 0) -> None:
        self.unknown = unknown
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.current: Decimal | None = None
        self.current_kind: str = ""  # "digit" (one Chinese digit), "run", "arabic1", "arabic", "fraction"
        self.current_digits = 0
        self.before_current: _Token | None = None  # the unit token the current number follows
        self.current_index: int | None = None  # the token index where the current number started
        self.steps = 0
        self.last_small: Decimal | None = None
        self.last_big: Decimal | None = None
        self.scale: Decimal | None = None
        self.zero_gap = False
        self.prev: _Token | None = None
        self.more = False
        self.about = False
        self.closed = False  # after 10億多 nothing more belongs to the numeral

    # one step per token; False when the token does not belong to this numeral
    def step(self, tok: _Token) -> bool:
        if self.closed or (self.more and tok.kind != "big"):
            return False
        handler = {
            "arabic": self._arabic,
            "digit": self._digit,
            "tens": self._tens,
            "small": self._small,
            "big": self._big,
            "fraction": self._fraction,
            "more": self._more,
            "half": self._half,
        }[tok.kind]
        accepted = handler(tok)
        if accepted:
            self.prev = tok
            self.steps += 1
        return accepted

    def _digit(self, tok: _Token) -> bool:
        t = tables()
        d = Decimal(self.unknown) if tok.text == t.unknown else tok.value
        prev_kind = self.prev.kind if self.prev else None
        if tok.text in t.zeros and prev_kind in ("small", "big", "tens"):
            self.zero_gap = True  # 一百零五, 2億零400萬
            return True
        if prev_kind == "digit" and self.current is not None:
            self.current = self.current * 10 + d  # 一四八, 二〇二五
            self.current_kind = "run"
            return True
        if self.current is not None:
            return False
        self._set_current(d, "digit")
        return True

    def _arabic(self, tok: _Token) -> bool:
        if self.current is not None:
            return False
        whole = tok.text.split(".")[0]
        kind = "arabic1" if len(whole) == 1 and "." not in tok.text else "arabic"
        self._set_current(tok.value, kind)
        self.current_digits = len(whole)
        return True

    def _set_current(self, value: Decimal, kind: str) -> None:
        self.current_index = self.steps if self.steps else None
        self.current = value
        self.current_kind = kind
        self.before_current = self.prev if self.prev and self.prev.kind in ("small", "big", "tens") else None

    def _fraction(self, tok: _Token) -> bool:
        if self.current_kind == "fraction":
            return False
        if self.current is not None and self.current_kind in ("digit", "run"):
            self.current = self.current + tok.value
        else:  # 十點五, 八百萬點五: a unit-style integer part, then the decimal
            base = self.section + (self.current or 0)
            self.section = Decimal(0)
            self.current = base + tok.value
        self.current_kind = "fraction"
        return True

    def _tens(self, tok: _Token) -> bool:
        if self.current is not None or (self.last_small is not None and self.last_small <= 10):
            return False
        self.section += tok.value  # 廿 = 二十
        self.last_small = Decimal(10)
        self.zero_gap = False
        return True

    def _small(self, tok: _Token) -> bool:
        u = tok.value
        if self.last_small is not None and u >= self.last_small:
            return False
        if self.current_kind == "fraction":
            return False
        self.section += (self.current if self.current is not None else Decimal(1)) * u
        self.current, self.current_kind = None, ""
        self.last_small = u
        self.zero_gap = False
        return True

    def _big(self, tok: _Token) -> bool:
        b = tok.value
        adjacent = self.prev is not None and self.prev.kind == "big"
        if self.last_big is not None and b == self.last_big and not adjacent and b == self.scale:
            return False  # 3000萬5000萬: a second numeral
        group = self.section + self._trailing(at_big=True)
        if group == 0 and self.current is None and self.section == 0:
            group = Decimal(1) if self.total == 0 else Decimal(0)
        if self.last_big is not None and (b > self.last_big or (adjacent and b >= self.last_big)):
            self.total = (self.total + group) * b  # 5萬億 = 5e12, 萬萬 = 1e8
            self.last_big = self.last_big * b
        else:
            self.total += group * b
            self.last_big = b
        self.scale = self.last_big
        self.section, self.current, self.current_kind = Decimal(0), None, ""
        self.last_small = None
        self.zero_gap = False
        return True

    def _half(self, tok: _Token) -> bool:
        """一億半 = 1.5億: half of the scale word just read; 一個半億 = 1.5億 and 半億 = 0.5億: a
        half before the scale word (the pattern lets 半 in only so)."""
        if self.prev is None or (self.prev.kind in ("digit", "arabic") and self.current is not None):
            self.current = (self.current or Decimal(0)) + Decimal("0.5")
            self.current_kind = "fraction"
            return True
        if self.prev.kind != "big" or self.last_big is None:
            return False
        self.total += self.last_big / 2
        self.closed = True
        return True

    def _more(self, tok: _Token) -> bool:
        if self.prev is None or self.prev.kind == "fraction":
            return False
        self.more = True
        self.about = tok.text == tables().about
        if self.prev.kind == "big":
            self.closed = True  # 10億多
        return True

    def _trailing(self, at_big: bool = False) -> Decimal:
        """The current number, read with the abbreviation rules: a lone digit after a unit is the
        next lower place (三千二 = 3200, 萬二 = 12000), four Arabic digits after 億 are its 萬 group
        (23億7200), unless a 零 marks a gap."""
        if self.current is None:
            return Decimal(0)
        unit = self.before_current
        if unit is None or self.zero_gap:
            return self.current
        lone = self.current_kind in ("digit", "arabic1")
        if unit.kind == "small" and lone and unit.value >= 100:
            return self.current * unit.value / 10
        if unit.kind == "big" and not at_big and self.last_small is None:
            if lone:
                return self.current * (self.last_big or unit.value) / 10
            if self.current_kind == "arabic" and self.current_digits == 4 and unit.value == 10**8:
                return self.current * 10**4
        return self.current

    def value(self) -> Decimal:
        return self.total + self.section + self._trailing()


def _parse_tokens(tokens: list[_Token], i: int, after: str = "") -> tuple[Numeral, int] | None:
    """The longest numeral starting at tokens[i], and the index after it (``after``: the character
    after the phrase, which counts when the numeral ends the phrase)."""
    t = tables()
    acc = _Sum()
    j = i
    while j < len(tokens) and acc.step(tokens[j]):
        j += 1
    if j < len(tokens) and tokens[j].kind == "big" and acc.current is not None and acc.current_index:
        # 3000萬5000萬: the second numeral starts at 5000, not at its 萬
        j = i + acc.current_index
        acc = _Sum()
        for tok in tokens[i:j]:
            acc.step(tok)
    after = after if j == len(tokens) else ""
    used = tokens[i:j]
    if not used or used[0].kind == "more":
        return None
    has_digit = any(tok.kind in ("arabic", "digit", "fraction") for tok in used)
    if not has_digit and not any(tok.kind in ("small", "big", "tens") for tok in used):
        return None
    if len(used) == 1 and used[0].text in t.formal and after not in t.formal_before:
        return None  # 陸資, 參與: a formal digit alone is a word (not in 伍元整)
    if len(used) == 1 and used[0].text == t.unknown:
        return None  # 幾 alone (幾乎)
    vague = any(tok.text == t.unknown for tok in used)
    bare = not has_digit
    more = acc.more and not acc.about
    if vague:
        low, high = _bounded(tokens, i, j, 1), _bounded(tokens, i, j, 9)
        return Numeral(None, acc.scale, more, True, bare, low, high), j
    k = _estimate_pair(used, after)
    if k is not None:  # 兩三億: 2億 … 3億
        low, high = _value_of(used[: k + 1] + used[k + 2 :]), _value_of(used[:k] + used[k + 1 :])
        return Numeral(None, acc.scale, more, True, False, low, high), j
    return Numeral(tidy(acc.value()), acc.scale, more, False, bare, about=acc.about), j


def _estimate_pair(used: list[_Token], after: str = "") -> int | None:
    """The index of two neighbouring Chinese digits before a unit (兩三億, 七八十萬, 十七八萬, and
    三四成 when ``after`` is 成)."""
    t = tables()
    for k in range(len(used) - 1):
        a, b = used[k], used[k + 1]
        unit = used[k + 2].kind in ("small", "big") if k + 2 < len(used) else after in t.estimate_before
        if a.kind != "digit" or b.kind != "digit" or not unit:
            continue
        if a.text not in t.digits or b.text not in t.digits or (k > 0 and used[k - 1].kind == "digit"):
            continue
        if (int(a.value), int(b.value)) in t.pairs:
            return k
    return None


def _value_of(tokens: list[_Token]) -> Decimal | None:
    acc = _Sum()
    for tok in tokens:
        if not acc.step(tok):
            return None
    return tidy(acc.value())


def _bounded(tokens: list[_Token], i: int, j: int, unknown: int) -> Decimal | None:
    acc = _Sum(unknown)
    for tok in tokens[i:j]:
        if not acc.step(tok):
            return None
    return tidy(acc.value())


def _latin(phrase: str) -> Numeral | None:
    """US$1.5 billion: an Arabic number and an English scale word."""
    t = tables()
    s = phrase.replace(",", "").replace(" ", "")
    low = s.lower()
    if low[-1:] not in t.latin_finals:
        return None
    latin = next((w for w in t.latin if low.endswith(w)), None)
    if latin is None or not s[: -len(latin)].replace(".", "", 1).isdigit():
        return None
    multiplier = Decimal(t.latin[latin])
    return Numeral(tidy(Decimal(s[: -len(latin)]) * multiplier), multiplier)


def tidy(value: Decimal) -> Decimal:
    """Plain form: 64700000000 rather than 6.47E+10 or 64700000000.0; 22.7 rather than 22.70."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def parse_numeral(text: str) -> Numeral | None:
    """The numeral a phrase starts with (either script); None when it starts with none."""
    found = find_numerals(to_view(text))
    return found[0].numeral if found and found[0].start == 0 else None
