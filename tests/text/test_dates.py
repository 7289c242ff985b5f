"""Dates (pipeline.text.dates): the article date and relative dates resolved against it."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.text.dates import chinese_int, find_article_date, resolve_dates
from pipeline.text.view import TextView

VIEW = TextView()
REF = dt.date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "surface", "date", "precision"),
    [
        ("雙方於10月6日簽約", "10月6日", dt.date(2025, 10, 6), "day"),
        ("預計2026年下半年交付", "2026年下半年", dt.date(2026, 7, 1), "half"),
        ("今年9月宣布", "今年9月", dt.date(2025, 9, 1), "month"),
        ("去年營收成長", "去年", dt.date(2024, 1, 1), "year"),
        ("明年第一季量產", "明年第一季", dt.date(2026, 1, 1), "quarter"),
        ("投審會昨(7)日核准", "昨(7)日", dt.date(2025, 10, 7), "day"),
        ("董事會27日通過", "27日", dt.date(2025, 9, 27), "day"),  # after the 8th: last month
        ("2025年11月20日披露", "2025年11月20日", dt.date(2025, 11, 20), "day"),
        ("聯電109年發行的公司債", "109年", dt.date(2020, 1, 1), "year"),  # ROC calendar
        ("十二月底完成", "十二月", dt.date(2025, 12, 1), "month"),
        ("今日招股", "今日", REF, "day"),
    ],
)
def test_resolve(text: str, surface: str, date: dt.date, precision: str) -> None:
    spans = resolve_dates(text, VIEW(text), REF)
    assert (surface, date, precision) in [(s.text, s.date, s.precision) for s in spans]
    for s in spans:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize("text", ["至今仍未完成", "今起招股", "募得500億美元", "共3333股"])
def test_not_dates(text: str) -> None:
    assert resolve_dates(text, VIEW(text), REF) == []


def test_relative_dates_need_the_article_date() -> None:
    assert resolve_dates("今年9月", None, None) == []
    assert [s.date for s in resolve_dates("2024年3月", None, None)] == [dt.date(2024, 3, 1)]


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("標題\n\n2025-10-08 09:32\n正文", dt.date(2025, 10, 8)),
        ("2025/09/15 19:11\n正文", dt.date(2025, 9, 15)),
        ("15/01/2026 08:02\n\n正文", dt.date(2026, 1, 15)),
        ("来源 :21经济网2025-11-21\n正文", dt.date(2025, 11, 21)),
        ("新聞稿 2024年6月26日 發布", dt.date(2024, 6, 26)),
        ("沒有日期的文章", None),
    ],
)
def test_article_date(head: str, date: dt.date | None) -> None:
    assert find_article_date(head) == date


@pytest.mark.parametrize(
    ("text", "value"), [("12", 12), ("十二", 12), ("廿一", 21), ("十", 10), ("三", 3), ("二〇二五", 2025)]
)
def test_chinese_int(text: str, value: int) -> None:
    assert chinese_int(text) == value
