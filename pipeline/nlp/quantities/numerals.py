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
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from pipeline.lang.zh import numbers as N
from pipeline.text.view import TextView


@cache
def _textview() -> TextView:
    return TextView()


@cache
def fold(word: str) -> str:
    """A table word in view form (t2s + half-width; same length)."""
    return _textview()(word)


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


def _cls(chars: str) -> str:
    return "".join(re.escape(c) for c in chars)


@cache
def numeral_regex() -> re.Pattern[str]:
    """Matches one numeral phrase in the view (not its currency, unit or qualifier)."""
    t = tables()
    digits = _cls("".join(t.digits) + "".join(t.tens) + t.unknown)
    wan, yi = fold("萬"), fold("億")
    # 千/百/兆 are not scale words when they start a unit (千瓦, 千兆瓦, 兆瓦, 百萬瓩) or a
    # fraction word (百分之, 千分之, 百分點).
    qian = r"[千仟](?!兆?瓦|瓩|分之)"
    bai = rf"[百佰](?!分之|{re.escape(fold('分點'))}|{wan}瓩)"
    shi = r"[十拾]"
    small = rf"(?:{qian}|{bai}|{shi})"
    cn_num = rf"(?:[{digits}]|{small})+(?:{re.escape(t.point)}[{digits}]+)?"
    arabic = r"(?:\d{1,3}(?:,[ ]?\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?)"
    head = rf"(?:{arabic}(?:[ ]?{small})?|{cn_num})"
    big = rf"(?:{wan}|{yi}|兆(?!瓦))"
    more = f"[{_cls(''.join(t.more))}]"
    stacked = rf"(?:{head}[ ]?{more}?[ ]?{big}+{more}?)"
    # 數兆 / 上兆 / 逾兆: a scale word with no digit after a word that makes it a number
    bare = rf"(?<=[{_cls(fold(''.join(N.BARE_SCALE_AFTER)))}]){big}+"
    # US$1.5 billion, USD 300 million
    latin_words = "|".join(sorted(t.latin, key=len, reverse=True))
    latin = rf"{arabic}[ ]?(?i:{latin_words})(?![A-Za-z])"
    pattern = rf"{latin}|{stacked}+(?:{head}(?![ ]?{big}))?|{head}{more}?|{bare}"
    return re.compile(pattern)


def parse_numeral(text: str) -> Numeral | None:
    """Parse one numeral phrase (either script). None when it holds no number."""
    t = tables()
    s = fold(text).replace(",", "").replace(" ", "")
    latin = next((w for w in t.latin if s.lower().endswith(w)), None)
    if latin is not None and s[: -len(latin)].replace(".", "", 1).isdigit():
        multiplier = Decimal(t.latin[latin])
        return Numeral(tidy(Decimal(s[: -len(latin)]) * multiplier), multiplier)
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
    total = Decimal(0)
    section = Decimal(0)
    current: Decimal | None = None
    last_big: int | None = None
    scale: Decimal | None = None
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit() or (ch == "." and i + 1 < len(s) and s[i + 1].isdigit()):
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            current = Decimal(s[i:j])
            i = j
            continue
        if ch in t.digits or ch == t.unknown:
            j = i
            while j < len(s) and (s[j] in t.digits or s[j] == t.unknown):
                j += 1
            run = s[i:j]
            frac = ""
            if j < len(s) and s[j] == t.point:
                k = j + 1
                while k < len(s) and s[k] in t.digits:
                    k += 1
                frac = s[j + 1 : k]
                j = k
            if vague:
                current = Decimal(0)
            else:
                whole = "".join(str(t.digits[c]) for c in run)
                # 一百零五: the 零 only marks a gap, so a run like 零五 reads as 5 (positional).
                current = Decimal(whole + ("." + "".join(str(t.digits[c]) for c in frac) if frac else ""))
            i = j
            continue
        if ch == t.point:
            # 十點五 (a unit-style integer part then a decimal)
            k = i + 1
            while k < len(s) and s[k] in t.digits:
                k += 1
            frac = "".join(str(t.digits[c]) for c in s[i + 1 : k])
            base = section + (current or 0)
            section, current = Decimal(0), base + (Decimal("0." + frac) if frac else 0)
            i = k
            continue
        if ch in t.small:
            unit = t.small[ch]
            section += (current if current is not None else Decimal(1)) * unit
            current = None
            i += 1
            continue
        if ch in t.scales:
            big = t.scales[ch]
            group = section + (current or 0)
            if group == 0 and current is None and section == 0:
                group = Decimal(1) if total == 0 else Decimal(0)
            if last_big is not None and big > last_big:
                total = (total + group) * big  # 5萬億 = 5e12
            else:
                total += group * big
            last_big = big
            scale = Decimal(big)
            section, current = Decimal(0), None
            i += 1
            continue
        return None
    total += section + (current or 0)
    bare = not has_digit
    if vague:
        return Numeral(None, scale, more, True, bare)
    return Numeral(tidy(total), scale, more, False, bare)


def tidy(value: Decimal) -> Decimal:
    """Plain form: 64700000000 rather than 6.47E+10 or 64700000000.0; 22.7 rather than 22.70."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def find_numerals(view: str) -> list[tuple[int, int, Numeral]]:
    """Every numeral phrase in the view with its offsets."""
    out = []
    for m in numeral_regex().finditer(view):
        num = parse_numeral(m.group())
        if num is not None:
            out.append((m.start(), m.end(), num))
    return out
