"""Arabic and Chinese numerals to ``Decimal``.

Reads the forms of Chinese financial news: thousands separators (3,235億, "1, 000億"), full-width
digits, spaces before the scale word (5000 億), Chinese numerals with units (三千五百) or
positional zeros (一○五○), 兩 / 廿 / 卅, 點 decimals (廿二點七), mixed forms (1.6億, 6386萬4千),
stacked scale words (1兆2823億, 15億4141萬5000), "more than" markers (300多億, 10億多) and vague
magnitudes (數十億, 十幾億).

Everything works on the normalised view (t2s + half-width); the tables in ``pipeline.lang.zh.numbers``
are folded through the same view, so they may be written in either script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from pipeline.lang.zh import numbers as N
from pipeline.text.view import to_view
from pipeline.text.view import view_form as fold


@dataclass(frozen=True)
class Numeral:
    """A parsed numeral.

    ``value`` is None when the numeral is vague (數十億). ``scale`` is the last scale word's
    multiplier (億 → 1e8) so that a range's left end can inherit it (三千至五千億). ``bare`` is
    true for a magnitude word without digits (千億, 百億): literal, unless a class suffix makes it
    vague.
    """

    value: Decimal | None
    scale: Decimal | None = None
    more: bool = False
    vague: bool = False
    bare: bool = False


class Found(NamedTuple):
    """A numeral phrase of the view with its offsets."""

    start: int
    end: int
    numeral: Numeral


@dataclass(frozen=True)
class _Tables:
    digits: dict[str, int]
    tens: dict[str, str]
    small: dict[str, int]
    scales: dict[str, int]
    point: str
    more: frozenset[str]
    unknown: str
    latin: dict[str, int]


@cache
def tables() -> _Tables:
    return _Tables(
        digits={fold(k): v for k, v in N.DIGITS.items()},
        tens={fold(k): fold(v) for k, v in N.TENS.items()},
        small={fold(k): v for k, v in N.SMALL_UNITS.items()},
        scales={fold(k): v for k, v in N.SCALES.items()},
        point=fold(N.DECIMAL_POINT),
        more=frozenset(fold(m) for m in N.MORE_MARKERS),
        unknown=fold(N.UNKNOWN_DIGIT),
        latin={k.lower(): v for k, v in N.LATIN_SCALES.items()},
    )


# ---- the numeral pattern -------------------------------------------------------------------


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


@cache
def numeral_regex() -> re.Pattern[str]:
    """Matches one numeral phrase in the view (not its currency, unit or qualifier)."""
    t = tables()
    digits = _cls("".join(t.digits) + "".join(t.tens) + t.unknown)
    small = "(?:" + "|".join(_unit_class(chars) for chars in _units_by_value(t.small)) + ")"
    cn_num = rf"(?:[{digits}]|{small})+(?:{re.escape(t.point)}[{digits}]+)?"
    arabic = r"(?:\d{1,3}(?:,[ ]?\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?)"
    head = rf"(?:{arabic}(?:[ ]?{small})?|{cn_num})"
    big = "(?:" + "|".join(_unit_class([c]) for c in t.scales) + ")"
    more = f"[{_cls(sorted(t.more))}]"
    stacked = rf"(?:{head}[ ]?{more}?[ ]?{big}+{more}?)"
    # 數兆 / 上兆 / 逾兆: a scale word with no digit after a word that makes it a number
    bare = rf"(?<=[{_cls(fold(''.join(N.BARE_SCALE_AFTER)))}]){big}+"
    # US$1.5 billion, USD 300 million
    latin_words = "|".join(sorted(t.latin, key=len, reverse=True))
    latin = rf"{arabic}[ ]?(?i:{latin_words})(?![A-Za-z])"
    pattern = rf"{latin}|{stacked}+(?:{head}(?![ ]?{big}))?|{head}{more}?|{bare}"
    return re.compile(pattern)


def find_numerals(view: str) -> list[Found]:
    """Every numeral phrase in the view with its offsets."""
    out = []
    for m in numeral_regex().finditer(view):
        num = _parse(m.group())
        if num is not None:
            out.append(Found(m.start(), m.end(), num))
    return out


# ---- reading one numeral -------------------------------------------------------------------


def tidy(value: Decimal) -> Decimal:
    """Plain form: 64700000000 rather than 6.47E+10 or 64700000000.0; 22.7 rather than 22.70."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


class _Sum:
    """The running value of a numeral: sections of small units, grouped by scale words."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.current: Decimal | None = None
        self.last_big: int | None = None
        self.scale: Decimal | None = None

    def small_unit(self, unit: int) -> None:
        self.section += (self.current if self.current is not None else Decimal(1)) * unit
        self.current = None

    def scale_word(self, big: int) -> None:
        group = self.section + (self.current or 0)
        if group == 0 and self.current is None and self.section == 0:
            group = Decimal(1) if self.total == 0 else Decimal(0)
        if self.last_big is not None and big > self.last_big:
            self.total = (self.total + group) * big  # 5萬億 = 5e12
        else:
            self.total += group * big
        self.last_big = big
        self.scale = Decimal(big)
        self.section, self.current = Decimal(0), None

    def decimal_point(self, fraction: str) -> None:
        """十點五: a unit-style integer part, then a decimal."""
        base = self.section + (self.current or 0)
        self.section = Decimal(0)
        self.current = base + (Decimal("0." + fraction) if fraction else 0)

    def value(self) -> Decimal:
        return self.total + self.section + (self.current or 0)


def _latin(s: str, t: _Tables) -> Numeral | None:
    """US$1.5 billion: an Arabic number and an English scale word."""
    latin = next((w for w in t.latin if s.lower().endswith(w)), None)
    if latin is None or not s[: -len(latin)].replace(".", "", 1).isdigit():
        return None
    multiplier = Decimal(t.latin[latin])
    return Numeral(tidy(Decimal(s[: -len(latin)]) * multiplier), multiplier)


def _run(s: str, i: int, chars: Iterable[str] | dict[str, int]) -> int:
    while i < len(s) and s[i] in chars:
        i += 1
    return i


def _arabic(s: str, i: int, acc: _Sum) -> int:
    j = i
    while j < len(s) and (s[j].isdigit() or s[j] == "."):
        j += 1
    acc.current = Decimal(s[i:j])
    return j


def _chinese_digits(s: str, i: int, acc: _Sum, t: _Tables, vague: bool) -> int:
    """A run of Chinese digits, positional (一○五○; 零五 after 一百 reads 5), with a 點 decimal."""
    j = i
    while j < len(s) and (s[j] in t.digits or s[j] == t.unknown):
        j += 1
    run, frac = s[i:j], ""
    if j < len(s) and s[j] == t.point:
        k = _run(s, j + 1, t.digits)
        frac, j = s[j + 1 : k], k
    if vague:
        acc.current = Decimal(0)
    else:
        whole = "".join(str(t.digits[c]) for c in run)
        acc.current = Decimal(whole + ("." + "".join(str(t.digits[c]) for c in frac) if frac else ""))
    return j


def _step(s: str, i: int, acc: _Sum, t: _Tables, vague: bool) -> int | None:
    """Read the piece of ``s`` at ``i`` into ``acc``; the next index, or None for a stray char."""
    ch = s[i]
    if ch.isdigit() or (ch == "." and i + 1 < len(s) and s[i + 1].isdigit()):
        return _arabic(s, i, acc)
    if ch in t.digits or ch == t.unknown:
        return _chinese_digits(s, i, acc, t, vague)
    if ch == t.point:
        k = _run(s, i + 1, t.digits)
        acc.decimal_point("".join(str(t.digits[c]) for c in s[i + 1 : k]))
        return k
    if ch in t.small:
        acc.small_unit(t.small[ch])
        return i + 1
    if ch in t.scales:
        acc.scale_word(t.scales[ch])
        return i + 1
    return None


def parse_numeral(text: str) -> Numeral | None:
    """Parse one numeral phrase (either script). None when it holds no number."""
    return _parse(to_view(text))


def _parse(phrase: str) -> Numeral | None:
    """Parse one numeral phrase in view form."""
    t = tables()
    s = phrase.replace(",", "").replace(" ", "")
    latin = _latin(s, t)
    if latin is not None:
        return latin
    for short, long in t.tens.items():
        s = s.replace(short, long)
    if not s:
        return None
    more = any(m in s for m in t.more)
    vague = t.unknown in s
    s = "".join(ch for ch in s if ch not in t.more)
    has_digit = any(ch.isdigit() or ch in t.digits for ch in s)
    if not has_digit and not any(ch in t.small or ch in t.scales for ch in s):
        return None  # 幾 alone (幾乎)
    acc = _Sum()
    i: int | None = 0
    while i is not None and i < len(s):
        i = _step(s, i, acc, t, vague)
    if i is None:
        return None
    bare = not has_digit
    if vague:
        return Numeral(None, acc.scale, more, True, bare)
    return Numeral(tidy(acc.value()), acc.scale, more, False, bare)
