from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.nlp.quantities.grammar import find_quantities
from pipeline.nlp.quantities.numerals import find_numerals, parse_numeral

# --------------------------------------------------------------------------- golden table

PARSE_CASES = [
    ("647億", Decimal("64700000000")),
    ("647亿", Decimal("64700000000")),
    ("3,235億", Decimal("323500000000")),
    ("1, 000億", Decimal("100000000000")),
    ("５０００億", Decimal("500000000000")),
    ("３，２３５億", Decimal("323500000000")),
    ("5000 億", Decimal("500000000000")),
    ("1.6億", Decimal("160000000")),
    ("0.01", Decimal("0.01")),
    ("1兆2823億", Decimal("1282300000000")),
    ("5.2兆", Decimal("5200000000000")),
    ("15億4141萬5000", Decimal("1541415000")),
    ("15亿4141万5000", Decimal("1541415000")),
    ("4億4540萬", Decimal("445400000")),
    ("6386萬4千", Decimal("63864000")),
    ("1億152萬5000", Decimal("101525000")),
    ("1億779萬6,091.52", Decimal("107796091.52")),
    ("千億", Decimal("100000000000")),
    ("百億", Decimal("10000000000")),
    ("一千億", Decimal("100000000000")),
    ("兩百億", Decimal("20000000000")),
    ("两百亿", Decimal("20000000000")),
    ("一○五○", Decimal("1050")),
    ("一〇五〇億", Decimal("105000000000")),
    ("一百零五", Decimal("105")),
    ("一千零五十", Decimal("1050")),
    ("十二", Decimal("12")),
    ("廿二", Decimal("22")),
    ("卅", Decimal("30")),
    ("廿二點七", Decimal("22.7")),
    ("廿二点七", Decimal("22.7")),
    ("三千五百萬", Decimal("35000000")),
    ("5萬億", Decimal("5000000000000")),
    ("三千", Decimal("3000")),
    ("八", Decimal("8")),
]


@pytest.mark.parametrize(("text", "value"), PARSE_CASES)
def test_parse_numeral(text: str, value: Decimal) -> None:
    num = parse_numeral(text)
    assert num is not None
    assert num.value == value


@pytest.mark.parametrize(
    ("text", "more"), [("300多億", True), ("10億多", True), ("300餘億", True), ("300億", False)]
)
def test_more_marker(text: str, more: bool) -> None:
    num = parse_numeral(text)
    assert num is not None and num.more is more


@pytest.mark.parametrize("text", ["十幾億", "幾十億"])
def test_unknown_digit_is_vague(text: str) -> None:
    num = parse_numeral(text)
    assert num is not None and num.vague and num.value is None


def test_scale_is_reported_for_range_inheritance() -> None:
    assert parse_numeral("五千億").scale == Decimal(10**8)  # type: ignore[union-attr]
    assert parse_numeral("三千").scale is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("view", "found"),
    [
        ("10千兆瓦", "10"),  # 千 starts the unit 千兆瓦
        ("21兆瓦", "21"),  # 兆 starts the unit 兆瓦
        ("30万千瓦", "30万"),  # 千 starts the unit 千瓦
        ("百分之廿二点七", "廿二点七"),  # 百 starts 百分之
        ("约 350 亿美元", "350 亿"),
    ],
)
def test_numeral_stops_before_units(view: str, found: str) -> None:
    assert next(view[s:e] for s, e, _ in find_numerals(view)) == found


def test_ji_alone_is_not_a_number() -> None:
    assert find_numerals("几乎等同于") == []


# --------------------------------------------------------------------------- property tests

_CN = "零一二三四五六七八九"


def _section(n: int, two: bool) -> str:
    """0 < n < 10000 in Chinese numerals with units and 零 for gaps."""
    out = []
    zero = False
    for unit, div in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // div % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        digit = "兩" if (d == 2 and two and unit in ("千", "百")) else _CN[d]
        out.append(digit + unit)
    return "".join(out)


def to_chinese(n: int, two: bool = False) -> str:
    groups = []
    for scale in ("", "萬", "億", "兆"):
        groups.append((n % 10000, scale))
        n //= 10000
    out = []
    gap = False
    for g, scale in reversed(groups):
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out.append("零")
        out.append(_section(g, two) + scale)
        gap = False
    return "".join(out)


def to_mixed(n: int) -> str:
    """15億4141萬5000: Arabic groups of four with scale words, zero groups left out."""
    out = []
    for scale, div in (("兆", 10**12), ("億", 10**8), ("萬", 10**4), ("", 1)):
        g = n // div % 10000 if scale != "兆" else n // div
        if g:
            out.append(f"{g}{scale}")
    return "".join(out)


def to_fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


values = st.integers(min_value=1, max_value=10**15 - 1)


@given(values)
def test_arabic_roundtrip(n: int) -> None:
    assert parse_numeral(str(n)).value == n  # type: ignore[union-attr]


@given(values)
def test_commas_roundtrip(n: int) -> None:
    assert parse_numeral(f"{n:,}").value == n  # type: ignore[union-attr]


@given(values)
def test_fullwidth_roundtrip(n: int) -> None:
    assert parse_numeral(to_fullwidth(f"{n:,}")).value == n  # type: ignore[union-attr]


@given(values, st.booleans())
def test_chinese_roundtrip(n: int, two: bool) -> None:
    assert parse_numeral(to_chinese(n, two)).value == n  # type: ignore[union-attr]


@given(values)
def test_mixed_roundtrip(n: int) -> None:
    assert parse_numeral(to_mixed(n)).value == n  # type: ignore[union-attr]


@given(
    st.integers(min_value=1, max_value=99999),
    st.integers(min_value=0, max_value=3),
    st.sampled_from([("萬", 10**4), ("億", 10**8), ("兆", 10**12)]),
)
def test_decimal_with_scale_roundtrip(digits: int, places: int, scale: tuple[str, int]) -> None:
    value = Decimal(digits).scaleb(-places)
    text = f"{value}{scale[0]}"
    assert parse_numeral(text).value == value * scale[1]  # type: ignore[union-attr]


@given(values, st.sampled_from(["arabic", "commas", "chinese", "mixed"]), st.sampled_from(["美元", "億美元"]))
def test_amount_roundtrip_in_text(n: int, style: str, unit: str) -> None:
    """A rendered value inside a sentence comes back exactly, as a USD amount."""
    if unit == "億美元":
        n = n % 10**6 + 1
    render = {"arabic": str, "commas": lambda v: f"{v:,}", "chinese": to_chinese, "mixed": to_mixed}[style]
    text = f"公司宣布投資{render(n)}{unit},用於擴建。"
    found = find_quantities(text).amounts
    assert len(found) == 1
    expected = n * (10**8 if unit == "億美元" else 1)
    assert found[0].value == expected
    assert found[0].currency == "USD"


# --------------------------------------------------------------------------- ranges, currencies, fractions

_SCALES = [("萬", 10**4), ("億", 10**8), ("兆", 10**12)]
_SEPARATORS = ["至", "到", "~", "-", "～"]
#: (written before, written after, ISO): 新台幣30億元, US$20億, 20億美元
_CURRENCIES = [
    ("", "美元", "USD"),
    ("", "港元", "HKD"),
    ("", "歐元", "EUR"),
    ("", "日圓", "JPY"),
    ("", "令吉", "MYR"),
    ("新台幣", "元", "TWD"),
    ("人民幣", "元", "CNY"),
    ("US$", "", "USD"),
    ("NT$", "", "TWD"),
    ("HK$", "", "HKD"),
    ("S$", "", "SGD"),
    ("RM", "", "MYR"),
    ("USD ", "", "USD"),
]


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(_SCALES),
    st.sampled_from(_SEPARATORS),
    st.sampled_from(_CURRENCIES),
    st.booleans(),
)
def test_range_roundtrip(
    a: int, b: int, scale: tuple[str, int], sep: str, cur: tuple[str, str, str], both: bool
) -> None:
    """X至Y億美元 (the scale word shared by both ends) and X億至Y億美元 read as one range."""
    lo, hi = min(a, b), max(a, b) + 1
    left = f"{lo}{scale[0]}" if both or cur[1] == "" else f"{lo}"
    text = f"公司預計投資{cur[0]}{left}{sep}{hi}{scale[0]}{cur[1]},用於擴產。"
    found = find_quantities(text).amounts
    assert len(found) == 1, [a.text for a in found]
    amount = found[0]
    assert (amount.qualifier, amount.value, amount.currency) == ("range", None, cur[2])
    assert amount.min == lo * scale[1] and amount.max == hi * scale[1]


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(_SCALES),
    st.sampled_from(_CURRENCIES),
    st.sampled_from(
        [("約", "approx"), ("逾", "at_least"), ("最高", "up_to"), ("不超過", "at_most"), ("", "exact")]
    ),
)
def test_currency_and_qualifier_roundtrip(
    n: int, scale: tuple[str, int], cur: tuple[str, str, str], qual: tuple[str, str]
) -> None:
    """[qualifier][currency] N scale [currency]: value, currency and qualifier come back; the span
    starts at the qualifier and ends after the currency."""
    phrase = f"{qual[0]}{cur[0]}{n:,}{scale[0]}{cur[1]}"
    text = f"該集團宣布{phrase},市場關注。"
    found = find_quantities(text).amounts
    assert [a.text for a in found] == [phrase]
    amount = found[0]
    assert (amount.value, amount.currency, amount.qualifier) == (n * scale[1], cur[2], qual[1])


@given(
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([("百分之", Decimal(1)), ("千分之", Decimal("0.1")), ("萬分之", Decimal("0.01"))]),
)
def test_percent_fraction_roundtrip(whole: int, tenth: int, word: tuple[str, Decimal]) -> None:
    """百分之三十五點五 = 35.5 %, 千分之三 = 0.3 %, 萬分之五 = 0.05 %."""
    number = to_chinese(whole) + (f"點{_CN[tenth]}" if tenth else "")
    text = f"費率為{word[0]}{number},自明年起實施。"

    assert find_quantities(text).amounts == []

    (pct,) = find_quantities(text).percentages
    assert pct.text == word[0] + number
    assert pct.value == (Decimal(whole) + Decimal(tenth) / 10) * word[1]


@given(
    st.integers(min_value=1, max_value=99999),
    st.integers(min_value=0, max_value=2),
    st.sampled_from([("million", 10**6), ("billion", 10**9), ("trillion", 10**12), ("bn", 10**9)]),
    st.sampled_from(["US$", "USD ", "NT$", "HK$"]),
)
def test_latin_scale_roundtrip(digits: int, places: int, scale: tuple[str, int], cur: str) -> None:
    """US$1.5 billion, USD 300 million."""
    value = Decimal(digits).scaleb(-places)
    phrase = f"{cur}{value} {scale[0]}"
    found = find_quantities(f"該公司宣布投資{phrase}於新廠。").amounts
    assert [a.text for a in found] == [phrase]
    assert found[0].value == value * scale[1]


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=9), st.booleans())
def test_tenths_roundtrip(tens: int, digit: int, chinese: bool) -> None:
    """八成 = 80 %, 三成五 = 35 %, 3成 = 30 %."""
    word = (_CN[tens] if chinese else str(tens)) + "成" + (_CN[digit] if digit and chinese else "")

    (pct,) = find_quantities(f"營收比重約{word},較去年提高。").percentages
    expected = tens * 10 + (digit if digit and chinese else 0)
    assert (pct.text, pct.value, pct.qualifier) == (f"約{word}", expected, "approx")
