"""Numeral data: Chinese digits, units and scale words (tables, not code).

Words may be written in either script; the grammar folds every table through the same
length-preserving view (t2s + half-width) that it reads, so only one form is needed.
"""

from __future__ import annotations

#: Chinese digits (positional when written in a run without units: 一○五○ = 1050).
DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0,
    "一": 1, "壹": 1,
    "二": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5,
    "六": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip

#: Contracted tens: 廿 = 二十, 卅 = 三十, 卌 = 四十.
TENS: dict[str, str] = {"廿": "二十", "卅": "三十", "卌": "四十"}

#: Small units inside a section.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

#: Scale words. 兆 is 1e12 in these news contexts (Taiwan/HK usage; mainland writes 万亿).
SCALES: dict[str, int] = {"萬": 10**4, "億": 10**8, "兆": 10**12}

#: English scale words after an Arabic number (US$1.5 billion, USD 300 million).
LATIN_SCALES: dict[str, int] = {
    "trillion": 10**12, "billion": 10**9, "million": 10**6, "thousand": 10**3,
    "tn": 10**12, "bn": 10**9, "mn": 10**6,
}  # fmt: skip

#: A scale word standing alone after these is a number (逾兆元 = over 1e12, 破兆 = 1e12;
#: 數兆 / 上兆 / 幾億 are vague, see VAGUE_PREFIXES).
BARE_SCALE_AFTER: tuple[str, ...] = ("數", "幾", "上", "逾", "近", "超", "破", "達")

#: The Chinese decimal point (百分之廿二點七).
DECIMAL_POINT = "點"

#: After a number or its scale word: "more than" (300多億, 10億多, 300餘億).
MORE_MARKERS: tuple[str, ...] = ("多", "餘")

#: An unknown digit (十幾億): the number is vague.
UNKNOWN_DIGIT = "幾"

#: Before a bare magnitude (數十億, 幾百億, 上千億): an order of magnitude, not a number.
VAGUE_PREFIXES: tuple[str, ...] = ("數", "幾", "上")

#: After a number: a class of magnitude (6GW級 approx; 千億級 / 百億規模 vague).
CLASS_SUFFIXES: tuple[str, ...] = ("等級", "級別", "級", "量級")

#: After a bare magnitude word only: 百億規模 = "on the scale of ten billion" (vague).
MAGNITUDE_SUFFIXES: tuple[str, ...] = ("規模",)

#: Between the two ends of a range (X至Y, X~Y, X-Y, X到Y).
RANGE_SEPARATORS: tuple[str, ...] = ("至", "到", "~", "-", "–", "—", "〜")

#: "介於X與Y之間".
RANGE_BETWEEN: tuple[str, str, str] = ("介於", "與", "之間")

#: Between the items of a list that share one unit (約 6200萬、 1770萬及 550萬元).
#: Commas are left out: they end clauses (and 1,000 is a thousands separator).
LIST_SEPARATORS: tuple[str, ...] = ("、", "及", "和", "與")

#: Before a numeral: an ordinal or a name, not a quantity (第一股, 第3季).
ORDINAL_PREFIXES: tuple[str, ...] = ("第",)

#: A unit or scale character followed by one of these starts a unit or a fraction word, not a
#: numeral: 千瓦 / 千兆瓦 / 千瓩 / 千分之, 百分之 / 百分點 / 百萬瓩, 兆瓦.
NOT_NUMERAL_AFTER: dict[str, tuple[str, ...]] = {
    "千": ("兆瓦", "瓦", "瓩", "分之"),
    "百": ("分之", "分點", "萬瓩"),
    "兆": ("瓦",),
}
