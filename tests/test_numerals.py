from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.amounts import find_amounts
from pipeline.numerals import find_numerals, parse_numeral

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
    found = find_amounts(text)
    assert len(found) == 1
    expected = n * (10**8 if unit == "億美元" else 1)
    assert found[0].value == expected
    assert found[0].currency == "USD"
