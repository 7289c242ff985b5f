"""The first-character guard: the same matches as the pattern itself, or no guard at all."""

from __future__ import annotations

import re

import pytest

from pipeline.text.first_chars import first_chars, guarded, scan

TEXTS = (
    "台積電今年第三季營收達新台幣7,596億元，年增30%；鴻海12日宣布以5億美元收購某公司。",
    "华润置地拟以约三十二亿五千万元人民币收购，US$500m 及 HK$ 1.2bn 的票据于周三发行。",
    "Pte. Ltd. and CO., LTD. signed; 2025-10-08 GPT-4 abcABC 〇一二三 两万 半 卅 廿",
    "",
)


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(r"\d+(?:\.\d+)?(?:億|亿)元", id="digits-then-unit"),
        pytest.param(r"(?<=以)[一二三四五六七八九十百千万]+|\d+", id="look-behind-alternation"),
        pytest.param(r"(?:約|约)?\d+", id="optional-prefix"),
        pytest.param(r"(?=[A-Z])[A-Za-z]+(?:\. Ltd\.)?", id="look-ahead-first"),
        pytest.param(r"(?i:pte)\. Ltd", id="case-insensitive-letters"),
        pytest.param(r"(?<![A-Za-z])Pte\. Ltd\.|台積電|鴻海|华润置地", id="names"),
        pytest.param(r"[^，。]+公司", id="negated-class"),
        pytest.param(r".{2}億", id="any-char"),
        pytest.param(r"\d*", id="may-be-empty"),
        pytest.param(r"(a)\1|\s+\w", id="back-reference"),
        pytest.param(r"(?:萬|万){0,2}[年月]", id="optional-repeat"),
        pytest.param(r"(?>\d+)元|US\$", id="atomic-group"),
    ],
)
def test_guard_keeps_the_matches(pattern: str) -> None:
    plain, fast = re.compile(pattern), re.compile(guarded(pattern))
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
    for text in TEXTS:
        for compiled in (plain, fast):  # the scan by first characters finds the same
            assert [(m.span(), m.groups()) for m in scan(compiled, text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)
            ]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        pytest.param(r"\d+元", 0, r"\d", id="category"),
        pytest.param(r"(?:約|约)?\d", 0, r"約约\d", id="optional-then-category"),
        pytest.param(r"(?<=x)[a-c]b", 0, "a-c", id="range-after-look-behind"),
        pytest.param(r"[^a]b", 0, None, id="negated-class-unsure"),
        pytest.param(r"a*", 0, None, id="empty-match-unsure"),
        pytest.param(r"(?i)億", 0, None, id="global-flag-unsure"),
        pytest.param(r"x  y", re.VERBOSE, None, id="verbose-unsure"),
        pytest.param(r"(?i:k)m", 0, None, id="folded-letter-unsure"),
        pytest.param(r"(?i:1)m", 0, "1", id="folded-digit"),
    ],
)
def test_first_chars(pattern: str, flags: int, expected: str | None) -> None:
    assert first_chars(pattern, flags) == expected
