"""Numerals: golden tables for each form of the numeral system (both scripts), property tests
against the independent renderer (tests/nlp/quantities/render.py), and numerals inside text."""

from __future__ import annotations

from decimal import Decimal

import opencc
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pipeline.nlp.quantities.grammar import find_quantities
from pipeline.nlp.quantities.numerals import find_numerals, parse_numeral
from tests.nlp.quantities.render import MAX, STYLES, Script, abbreviated, render

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")


def both_scripts(cases: list[tuple[str, object]]) -> list[object]:
    """Each (text, expected) case in Traditional and in Simplified script."""
    out = []
    for text, expected in cases:
        for name, conv in (("trad", _S2T), ("simp", _T2S)):
            out.append(pytest.param(conv.convert(text), expected, id=f"{text}-{name}"))
    return out


def value_of(text: str) -> Decimal | None:
    num = parse_numeral(text)
    assert num is not None, text
    return num.value


# ---- golden tables: one per form ----------------------------------------------------------------

ARABIC = [
    ("647億", 647 * 10**8),
    ("3,235億", 3235 * 10**8),
    ("1, 000億", 1000 * 10**8),
    ("５０００億", 5000 * 10**8),
    ("３，２３５億", 3235 * 10**8),
    ("5000 億", 5000 * 10**8),
    ("5 000萬", 5000 * 10**4),
    ("1 000 000", 10**6),
    ("1706,000", 1706000),
    ("1.6億", 160000000),
    ("0.01", Decimal("0.01")),
    ("1億779萬6,091.52", Decimal("107796091.52")),
]
CHINESE = [
    ("一千億", 1000 * 10**8),
    ("兩百億", 200 * 10**8),
    ("三千五百萬", 35000000),
    ("十二", 12),
    ("十萬", 100000),
    ("一百一十", 110),
    ("廿二", 22),
    ("卅", 30),
    ("八", 8),
    ("千億", 10**11),
    ("百億", 10**10),
]
ZEROS = [
    ("一百零五", 105),
    ("一千零二十", 1020),
    ("三萬零十五", 30015),
    ("一百零五萬", 1050000),
    ("一兆零一", 10**12 + 1),
    ("2億零400萬", 204000000),
    ("1億零500萬", 105000000),
    ("23億零7200", 2300007200),
    ("3萬零5", 30005),
]
ABBREVIATED = [
    ("三千二", 3200),
    ("三千二百", 3200),
    ("3千2", 3200),
    ("兩萬八", 28000),
    ("七百六", 760),
    ("一百一", 110),
    ("萬二", 12000),
    ("一億二", 120000000),
    ("三千二萬", 32000000),
    ("23億7200", 2372000000),
    ("15億6300", 1563000000),
]
MIXED = [
    ("3萬2千5百", 32500),
    ("6億5000萬", 650000000),
    ("3億2千700萬", 327000000),
    ("7億9千800萬", 798000000),
    ("22億3千250萬", 2232500000),
    ("6386萬4千", 63864000),
    ("15億4141萬5000", 1541415000),
    ("1兆2823億", 1282300000000),
    ("3萬500", 30500),
]
FORMAL = [
    ("壹佰貳拾萬", 1200000),
    ("參仟肆佰伍拾陸", 3456),
    ("叁仟肆佰伍拾陆", 3456),
    ("壹億零伍佰萬", 105000000),
    ("玖拾玖", 99),
    ("壹拾", 10),
]
SCALES = [
    ("一個億", 10**8),
    ("兩個億", 2 * 10**8),
    ("一億半", 15 * 10**7),
    ("兩萬半", 25000),
    ("一萬萬", 10**8),
    ("兩萬萬", 2 * 10**8),
    ("5萬億", 5 * 10**12),
    ("三萬五千億", 35 * 10**11),
    ("5.2兆", Decimal("5.2") * 10**12),
]
DIGITS = [
    ("一四八億", 148 * 10**8),
    ("一○五○", 1050),
    ("一〇五〇億", 1050 * 10**8),
    ("二〇二五", 2025),
]
DECIMALS = [
    ("廿二點七", Decimal("22.7")),
    ("三點五億", 350000000),
    ("十點五", Decimal("10.5")),
    ("八百萬點五", Decimal("8000000.5")),  # read as it is written
    ("○.九", Decimal("0.9")),
]


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(ARABIC + CHINESE + ZEROS + ABBREVIATED + MIXED + FORMAL + SCALES + DIGITS + DECIMALS),
)
def test_value(text: str, value: int | Decimal) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize(
    ("text", "more"),
    [
        pytest.param("300多億", True, id="more-before-scale"),
        pytest.param("10億多", True, id="more-after-scale"),
        pytest.param("300餘億", True, id="yu-trad"),
        pytest.param("300余亿", True, id="yu-simp"),
        pytest.param("300億", False, id="none"),
    ],
)
def test_more_marker(text: str, more: bool) -> None:
    num = parse_numeral(text)
    assert num is not None and num.more is more


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        pytest.param("十幾億", 11 * 10**8, 19 * 10**8, id="shi-ji-yi-trad"),
        pytest.param("十几亿", 11 * 10**8, 19 * 10**8, id="shi-ji-yi-simp"),
        pytest.param("幾十萬", 10 * 10**4, 90 * 10**4, id="ji-shi-wan-trad"),
        pytest.param("几十万", 10 * 10**4, 90 * 10**4, id="ji-shi-wan-simp"),
        pytest.param("幾百億", 100 * 10**8, 900 * 10**8, id="ji-bai-yi"),
    ],
)
def test_unknown_digit_is_vague_with_bounds(text: str, low: int, high: int) -> None:
    num = parse_numeral(text)
    assert num is not None and num.vague and num.value is None
    assert (num.low, num.high) == (low, high)


def test_scale_is_reported_for_range_inheritance() -> None:
    assert parse_numeral("五千億").scale == Decimal(10**8)  # type: ignore[union-attr]
    assert parse_numeral("5萬億").scale == Decimal(10**12)  # type: ignore[union-attr]
    assert parse_numeral("三千").scale is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("view", "found"),
    [
        pytest.param("10千兆瓦", ["10"], id="qian-starts-a-unit"),
        pytest.param("21兆瓦", ["21"], id="zhao-starts-a-unit"),
        pytest.param("30万千瓦", ["30万"], id="qianwa"),
        pytest.param("百分之廿二点七", ["廿二点七"], id="baifenzhi"),
        pytest.param("约 350 亿美元", ["350 亿"], id="space-before-scale"),
        pytest.param("3000万5000万", ["3000万", "5000万"], id="two-numerals"),
        pytest.param("几乎等同于", [], id="ji-alone"),
        pytest.param("陆资参与", [], id="formal-digit-alone-is-a-word"),
        pytest.param("万一失败", ["一"], id="wanyi-is-an-adverb"),
        pytest.param("万万不可", [], id="wanwan-is-an-adverb"),
        pytest.param("2025年10月8日", ["2025", "10", "8"], id="date-pieces"),
    ],
)
def test_numeral_boundaries(view: str, found: list[str]) -> None:
    assert [view[s:e] for s, e, _ in find_numerals(view)] == found


# ---- property tests against the renderer --------------------------------------------------------

values = st.integers(min_value=1, max_value=MAX - 1)
scripts = st.sampled_from(["traditional", "simplified"])


@given(values, st.sampled_from(STYLES), scripts)
def test_every_style_reads_back(n: int, style: str, script: Script) -> None:
    text = render(n, style, script)  # type: ignore[arg-type]
    if style == "formal" and n < 10:
        text += "元"  # a formal digit alone is a word (參與, 陸資), not before the dollar (伍元整)
    assert value_of(text) == n


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9), scripts)
def test_abbreviated_trailing_digit_reads_back(head: int, digit: int, script: Script) -> None:
    for unit in (100, 1000, 10**4, 10**8):
        if unit < 10**4 and head > 9:
            continue
        n = head * unit + digit * unit // 10
        text = abbreviated(n, script)
        assert text is not None
        assert value_of(text) == n, text


@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=3), scripts)
def test_decimal_with_scale_reads_back(digits: int, places: int, script: Script) -> None:
    value = Decimal(digits).scaleb(-places)
    for word, scale in (("萬" if script == "traditional" else "万", 10**4), ("億", 10**8), ("兆", 10**12)):
        assert value_of(f"{value}{word}") == value * scale


@given(values)
def test_full_width_digits_and_separators(n: int) -> None:
    full = "".join(chr(ord(c) + 0xFEE0) for c in f"{n:,}")
    assert value_of(full) == n


@given(values, st.sampled_from(STYLES), scripts, st.sampled_from(["美元", "億美元"]))
def test_amount_in_a_sentence_reads_back(n: int, style: str, script: Script, unit: str) -> None:
    """A rendered value inside a sentence comes back exactly, as one USD amount spanning it."""
    if unit == "億美元":
        n = n % 10**6 + 1
    # two neighbouring digits before a unit are an estimate (兩三億 = 2億 … 3億, 三五億), not 23億
    estimate = 12 <= n <= 89 and (n % 10 == n // 10 + 1 or n == 35)
    assume(not (style == "digits" and unit == "億美元" and estimate))
    # 二萬三 abbreviates 23,000 only at the end of a numeral: 二萬三億 is no well-formed number
    assume(not (style == "abbreviated" and unit == "億美元" and n >= 10**4))
    number = render(n, style, script)  # type: ignore[arg-type]
    conv = _T2S if script == "simplified" else _S2T
    text = conv.convert("公司宣布投資") + number + conv.convert(unit) + conv.convert("，用於擴建。")
    found = find_quantities(text).amounts
    assert [a.text for a in found] == [number + conv.convert(unit)]
    assert found[0].value == n * (10**8 if unit == "億美元" else 1)
    assert found[0].currency == "USD"
