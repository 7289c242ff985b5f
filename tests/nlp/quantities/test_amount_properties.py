"""Property tests of amounts around a numeral: ranges, currencies, qualifiers, fractions, tenths."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pipeline.nlp.quantities.grammar import find_quantities
from tests.nlp.quantities.render import plain

_CN = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    return plain(n, "traditional")


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
