"""Numeral data: Chinese digits, units and scale words (tables, not code).

Words may be written in either script; the grammar folds every table through the same
length-preserving view (t2s + half-width) that it reads, so only one form is needed.
"""

from __future__ import annotations

#: Chinese digits (positional when written in a run without units: 一○五○ = 1050), with the
#: financial (formal) forms written on cheques and contracts (壹貳參肆伍陸柒捌玖).
DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0,
    "一": 1, "壹": 1,
    "二": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip

#: Formal digits that are also everyday words (陸 = land as in 大陸 / 陸續, 參 = take part, 伍 =
#: ranks and a surname, 肆 = wanton): a numeral only next to another numeral character (陸拾,
#: 伍佰萬, 參億); the other formal digits (壹 貳 叁 柒 捌 玖) are numerals alone too (壹元整).
FORMAL_DIGITS: tuple[str, ...] = ("參", "肆", "伍", "陸")
#: ... or right before the dollar of a cheque (伍元整, 參圓正).
FORMAL_DIGIT_BEFORE: tuple[str, ...] = ("元", "圓")

#: 零 between two sections marks a gap (一千零二十 = 1020, 2億零400萬); in a digit run it is
#: the digit 0 (一○五○).
ZERO_DIGITS: tuple[str, ...] = ("〇", "○", "零")

#: Contracted tens: 廿 = 二十, 卅 = 三十, 卌 = 四十.
TENS: dict[str, str] = {"廿": "二十", "卅": "三十", "卌": "四十"}

#: Small units inside a section.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

#: Scale words. 兆 is 1e12 in these news contexts (Taiwan/HK usage; mainland writes 万亿); two
#: scale words in a row multiply (萬萬 = 1e8, 萬億 = 1e12).
SCALES: dict[str, int] = {"萬": 10**4, "億": 10**8, "兆": 10**12}

#: A scale word alone before a class suffix is a magnitude (億元級融資, 萬元級): vague.
BARE_SCALE_BEFORE: tuple[str, ...] = ("元級", "級")

#: Two scale words without a digit are a number (投入萬億元 = 1e12, 萬萬元 = 1e8) unless one of
#: these follows: 萬萬 is also the adverb "by no means" (萬萬不可, 萬萬沒想到, 萬萬未料, 萬萬歲).
BARE_COMPOUND_NOT_BEFORE: tuple[str, ...] = ("不", "沒", "未", "想", "料", "歲", "別", "莫", "勿")

#: A counter between a digit and a scale word (一個億 = 1e8, 兩個億, 幾個億, 一個半億 = 1.5e8):
#: colloquial; without the digit 個半億 is one and a half 億 (Cantonese), unless a demonstrative
#: or a quantifier stands before it (這個半億元的項目).
SCALE_COUNTER = "個"
COUNTER_NOT_AFTER: tuple[str, ...] = ("這", "那", "呢", "嗰", "每", "某", "該", "哪", "各", "整")
#: Half after a scale word (一億半 = 1.5e8, 兩萬半 = 25,000), after a digit and its counter
#: (一個半億), or alone before a scale word (半億 = 5e7).
HALF = "半"

#: A scale word alone followed by one of these digits is a number with an abbreviated digit
#: (萬二 = 12,000, 萬五 = 15,000); 萬一 is the adverb "in case" and stays out.
SCALE_LEAD_DIGITS: tuple[str, ...] = ("二", "兩", "三", "四", "五", "六", "七", "八", "九")

#: English scale words after an Arabic number (US$1.5 billion, USD 300 million).
LATIN_SCALES: dict[str, int] = {
    "trillion": 10**12, "billion": 10**9, "million": 10**6, "thousand": 10**3,
    "tn": 10**12, "bn": 10**9, "mn": 10**6,
    # the Malaysian and Singapore press: RM1.2bil, RM500mil, S$3mln
    "bil": 10**9, "mil": 10**6, "bln": 10**9, "mln": 10**6,
}  # fmt: skip
#: One-letter English scales, read only right after a currency sign or code (US$500m, USD1.2b,
#: HK$50k): elsewhere 500m is metres.
SIGN_LATIN_SCALES: dict[str, int] = {"b": 10**9, "m": 10**6, "k": 10**3}

#: A scale word standing alone after these is a number (逾兆元 = over 1e12, 破兆 = 1e12, 過億;
#: 數兆 / 上兆 / 幾億 are vague, see VAGUE_PREFIXES).
BARE_SCALE_AFTER: tuple[str, ...] = ("數", "幾", "上", "逾", "近", "超", "破", "達", "過")
#: ... and after these words (數以億計, 數以萬計: by the hundreds of millions, vague).
BARE_SCALE_AFTER_WORDS: tuple[str, ...] = ("數以",)

#: The Chinese decimal point (百分之廿二點七); a full stop between Chinese digits is one too
#: (○.九%).
DECIMAL_POINT = "點"
DECIMAL_POINTS: tuple[str, ...] = ("點", ".")

#: After a number or its scale word: "more than" (300多億, 10億多, 300餘億).
MORE_MARKERS: tuple[str, ...] = ("多", "餘")

#: Two neighbouring digits before a unit are an estimate (概數): 兩三億 = 2億 … 3億, 七八十萬,
#: 十七八萬, 一兩百萬; 三五 (three to five) is one too. Vague, with the bounds the digits give;
#: elsewhere a run of digits is positional (一四八億, 一二八億).
APPROXIMATE_PAIRS_EXTRA: tuple[tuple[str, str], ...] = (("三", "五"),)
#: ... also before these words, which are no numeral units (三四成 = 30 … 40 %).
ESTIMATE_BEFORE: tuple[str, ...] = ("成",)
#: After a unit and before a scale word or the dollar: "about" (二十來萬元, 百來萬).
ABOUT_MARKER = "來"
ABOUT_BEFORE: tuple[str, ...] = ("元", "圓", "塊", "蚊")

#: An unknown digit (十幾億): the number is vague.
UNKNOWN_DIGIT = "幾"

#: Before a bare magnitude (數十億, 幾百億, 上千億): an order of magnitude, not a number.
VAGUE_PREFIXES: tuple[str, ...] = ("數", "幾", "上", "數以")

#: After a number: a class of magnitude (6GW級 approx; 千億級 / 百億規模 vague).
CLASS_SUFFIXES: tuple[str, ...] = ("等級", "級別", "級", "量級")

#: After a bare magnitude word only: 百億規模 = "on the scale of ten billion" (vague).
MAGNITUDE_SUFFIXES: tuple[str, ...] = ("規模", "計")

#: Between the two ends of a range (X至Y, X~Y, X-Y, X到Y).
RANGE_SEPARATORS: tuple[str, ...] = (
    "至", "到", "~", "-", "–", "—", "〜", "∼", "‐", "‑", "﹣", "～", "－", "⁓",
)  # fmt: skip

#: "介於X與Y之間".
RANGE_BETWEEN: tuple[str, str, str] = ("介於", "與", "之間")

#: Between the items of a list that share one unit (約 6200萬、 1770萬及 550萬元).
#: Commas are left out: they end clauses (and 1,000 is a thousands separator).
LIST_SEPARATORS: tuple[str, ...] = ("、", "及", "和", "與")

#: Before a numeral: an ordinal or a name, not a quantity (第一股, 第3季).
ORDINAL_PREFIXES: tuple[str, ...] = ("第",)

#: Negative signs before a number (負3.5%, EPS為-0.35元, 虧損負3億元). A verb of decrease (淨利
#: 減少2億元, 下降3%) is no sign: the gold contract's ``value`` is the number as written, and the
#: amount of a change is its size (減少 tells the direction, which a deal or a fact records).
NEGATIVE_WORDS: tuple[str, ...] = ("負",)

#: Spaces that may group the digits of a number in threes (5 000萬, 1 000 000美元).
DIGIT_GROUP_SPACES: str = " \u00a0\u2009\u202f"

#: A unit or scale character followed by one of these starts a unit or a fraction word, not a
#: numeral: 千瓦 / 千兆瓦 / 千瓩 / 千分之, 百分之 / 百分點 / 百萬瓩, 兆瓦.
NOT_NUMERAL_AFTER: dict[str, tuple[str, ...]] = {
    "千": ("兆瓦", "瓦", "瓩", "分之"),
    "百": ("分之", "分點", "萬瓩"),
    "兆": ("瓦",),
}

#: Vague prefixes that mean "several" (數十億 = some 1e9 … 9e9): the bounds of the unknown digit.
SEVERAL_PREFIXES: tuple[str, ...] = ("數", "幾")
