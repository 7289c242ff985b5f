"""An independent renderer: an integer written as Chinese news writes it, in each style and script.

Written from the rules of the language, not from the parser: sections of four places (個十百千)
grouped by scale words (萬/万 1e4, 億/亿 1e8, 兆 1e12); 零 where places or whole sections are
skipped (一千零二十, 三萬零十五, 一兆零一); 十 without 一 at the head (十二, 十萬); 兩/两 before
千, 萬, 億 when the writer wants it; the trailing digit abbreviated (三千二, 兩萬八, 萬二, 一億二);
Arabic digits mixed with units (3萬2千5百, 6億5000萬, 2億零400萬); the financial forms
(壹貳參 / 壹贰叁 with 拾佰仟); digit by digit (一四八, 一〇五〇).
"""

from __future__ import annotations

from typing import Literal

Script = Literal["traditional", "simplified"]
Style = Literal["plain", "two", "abbreviated", "mixed_units", "mixed_groups", "formal", "digits", "arabic"]
STYLES: tuple[Style, ...] = (
    "plain",
    "two",
    "abbreviated",
    "mixed_units",
    "mixed_groups",
    "formal",
    "digits",
    "arabic",
)

PLAIN_DIGITS = "零一二三四五六七八九"
FORMAL_DIGITS: dict[Script, str] = {
    "traditional": "零壹貳參肆伍陸柒捌玖",
    "simplified": "零壹贰叁肆伍陆柒捌玖",
}
PLAIN_UNITS = ("", "十", "百", "千")
FORMAL_UNITS = ("", "拾", "佰", "仟")
SCALES: dict[Script, tuple[str, ...]] = {
    "traditional": ("", "萬", "億", "兆"),
    "simplified": ("", "万", "亿", "兆"),
}
TWO: dict[Script, str] = {"traditional": "兩", "simplified": "两"}
ZERO = "零"
MAX = 10**16  # 兆 groups end here


def _groups(n: int) -> list[int]:
    """Sections of four places, highest first (at most four: 兆 億 萬 個)."""
    out = []
    for _ in range(4):
        out.append(n % 10000)
        n //= 10000
    return out[::-1]


def _section(n: int, digits: str, units: tuple[str, ...], head: bool, two: str | None) -> str:
    """0 < n < 10000 with units; 零 for skipped places; 十 alone at the head of the number."""
    out: list[str] = []
    pending_zero = False
    for place in (3, 2, 1, 0):
        d = n // 10**place % 10
        if d == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(ZERO)
            pending_zero = False
        if place == 1 and d == 1 and head and not out:
            out.append(units[1])  # 十二, not 一十二
            continue
        digit = two if (two and d == 2 and place >= 2) else digits[d]
        out.append(digit + units[place])
    return "".join(out)


def plain(n: int, script: Script, formal: bool = False, two: bool = False) -> str:
    """一千零二十, 三萬零十五, 一百零五萬, 一兆零一; with ``two``: 兩千, 兩萬; ``formal``: 壹仟零貳拾."""
    assert 0 < n < MAX
    digits = FORMAL_DIGITS[script] if formal else PLAIN_DIGITS
    units = FORMAL_UNITS if formal else PLAIN_UNITS
    out: list[str] = []
    gap = False
    for g, scale in zip(_groups(n), SCALES[script][::-1], strict=True):
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out.append(ZERO)
        lead_two = TWO[script] if two and not formal else None
        text = _section(g, digits, units, head=not out and not formal, two=lead_two)
        if lead_two and g == 2 and scale:
            text = lead_two  # 兩萬, 兩億
        out.append(text + scale)
        gap = False
    return "".join(out)


def abbreviated(n: int, script: Script) -> str | None:
    """The trailing digit one place below the last unit, its unit left out: 三千二 (3200), 七百六
    (760), 兩萬八 (28000), 萬二 (12000), 一億二 (1.2e8). None when the number has no such form."""
    for unit, name in ((10**8, SCALES[script][2]), (10**4, SCALES[script][1]), (1000, "千"), (100, "百")):
        head, rest = divmod(n, unit)
        tenth = unit // 10
        if not 0 < head < 10000 or rest == 0 or rest % tenth or rest // tenth > 9:
            continue
        if unit < 10**4 and head > 9:
            continue
        # 萬二 (the 一 left out), but 一萬一: 萬一 is the adverb "in case"
        drop_one = head == 1 and unit == 10**4 and rest // tenth != 1
        lead = "" if drop_one else plain(head, script, two=unit >= 1000)
        return lead + name + PLAIN_DIGITS[rest // tenth]
    return None


def mixed_units(n: int, script: Script) -> str:
    """Arabic digits before every unit: 3萬2千5百, 7億9千8百萬, 3千零5."""
    out: list[str] = []
    gap = False
    for g, scale in zip(_groups(n), SCALES[script][::-1], strict=True):
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out.append(ZERO)
        section: list[str] = []
        pending = False
        for place in (3, 2, 1, 0):
            d = g // 10**place % 10
            if d == 0:
                pending = bool(section)
                continue
            if pending:
                section.append(ZERO)
                pending = False
            section.append(f"{d}{PLAIN_UNITS[place]}")
        out.append("".join(section) + scale)
        gap = False
    return "".join(out)


def mixed_groups(n: int, script: Script) -> str:
    """Arabic groups before scale words: 15億4141萬5000, 6億5000萬, 2億零400萬, 1兆零1."""
    out: list[str] = []
    gap = False
    for g, scale in zip(_groups(n), SCALES[script][::-1], strict=True):
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out.append(ZERO)
        out.append(f"{g}{scale}")
        gap = False
    return "".join(out)


def digit_by_digit(n: int, script: Script) -> str:
    """一四八, 一〇五〇: one Chinese digit per Arabic digit."""
    return "".join("〇" if c == "0" else PLAIN_DIGITS[int(c)] for c in str(n))


def render(n: int, style: Style, script: Script) -> str:
    if style == "plain":
        return plain(n, script)
    if style == "two":
        return plain(n, script, two=True)
    if style == "abbreviated":
        return abbreviated(n, script) or plain(n, script)
    if style == "mixed_units":
        return mixed_units(n, script)
    if style == "mixed_groups":
        return mixed_groups(n, script)
    if style == "formal":
        return plain(n, script, formal=True)
    if style == "digits":
        return digit_by_digit(n, script)
    return f"{n:,}"
