"""Dates (pipeline.text.dates): the one date finder for metadata lines, HTML values and the
article date, and the date mentions resolved against the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.read.furniture import analyse
from pipeline.text.dates import chinese_int, find_article_date, find_date, parse_date, resolve_dates
from pipeline.text.view import to_view

REF = dt.date(2025, 10, 8)

# ---- calendar dates: one rule set ---------------------------------------------------------------

CALENDAR = [
    pytest.param("2025-10-08 09:32", dt.date(2025, 10, 8), id="iso-with-time"),
    pytest.param("2025/10/08", dt.date(2025, 10, 8), id="slashes"),
    pytest.param("發布時間：2025.9.1", dt.date(2025, 9, 1), id="dots-trad"),
    pytest.param("发布时间：2025.9.1", dt.date(2025, 9, 1), id="dots-simp"),
    pytest.param("2025年10月8日", dt.date(2025, 10, 8), id="chinese-full"),
    pytest.param("2025 年 10 月 8 日", dt.date(2025, 10, 8), id="chinese-spaced"),
    pytest.param("2025年10月8號", dt.date(2025, 10, 8), id="chinese-hao-trad"),
    pytest.param("2025年10月8号", dt.date(2025, 10, 8), id="chinese-hao-simp"),
    pytest.param("114年10月8日", dt.date(2025, 10, 8), id="minguo-year"),
    pytest.param("15/01/2026 08:02", dt.date(2026, 1, 15), id="day-first"),
    pytest.param("01/15/2026", dt.date(2026, 1, 15), id="month-first-when-day-over-12"),
    pytest.param("2025-13-45", None, id="no-such-day"),
    pytest.param("第114屆", None, id="ordinal-is-no-year"),
    pytest.param("114-10-08", None, id="minguo-needs-nian"),
    pytest.param("1850-10-08", None, id="year-out-of-range"),
    pytest.param("電話 12025-10-08", None, id="digits-glued-before"),
]


@pytest.mark.parametrize(("s", "date"), CALENDAR)
def test_find_date(s: str, date: dt.date | None) -> None:
    found = find_date(to_view(s))
    assert (found[0] if found else None) == date


@pytest.mark.parametrize(("s", "date"), CALENDAR)
def test_the_article_date_follows_the_same_rules(s: str, date: dt.date | None) -> None:
    assert find_article_date(s) == date


@pytest.mark.parametrize(("s", "date"), CALENDAR)
def test_the_metadata_line_follows_the_same_rules(s: str, date: dt.date | None) -> None:
    text = f"標題在這裡\n\n{s}\n\n正文第一段。"
    assert analyse(text).date == date


@pytest.mark.parametrize(
    ("s", "date"),
    [
        pytest.param("2025-10-08T09:32:00+08:00", dt.date(2025, 10, 8), id="iso-zone"),
        pytest.param("2025-10-08T01:32:00Z", dt.date(2025, 10, 8), id="iso-zulu"),
        pytest.param("2025年10月8日", dt.date(2025, 10, 8), id="chinese"),
        pytest.param("15/01/2026", dt.date(2026, 1, 15), id="day-first"),
        pytest.param("not a date", None, id="text"),
        pytest.param("", None, id="empty"),
    ],
)
def test_parse_date(s: str, date: dt.date | None) -> None:
    assert parse_date(s) == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        pytest.param("標題\n\n2025-10-08 09:32\n正文", dt.date(2025, 10, 8), id="dateline"),
        pytest.param("2025/09/15 19:11\n正文", dt.date(2025, 9, 15), id="first-line"),
        pytest.param("15/01/2026 08:02\n\n正文", dt.date(2026, 1, 15), id="day-first"),
        pytest.param("来源 :21经济网2025-11-21\n正文", dt.date(2025, 11, 21), id="source-line"),
        pytest.param("新聞稿 2024年6月26日 發布", dt.date(2024, 6, 26), id="press-release"),
        pytest.param("2024/06/26 初稿，2024-06-27 定稿", dt.date(2024, 6, 26), id="first-of-two"),
        pytest.param("沒有日期的文章", None, id="none"),
    ],
)
def test_article_date(head: str, date: dt.date | None) -> None:
    assert find_article_date(head) == date


def test_the_article_date_is_looked_for_in_the_head_only() -> None:
    assert find_article_date("正文" * 300 + "2025-10-08") is None


# ---- mentions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "date", "precision"),
    [
        pytest.param("雙方於10月6日簽約", "10月6日", dt.date(2025, 10, 6), "day", id="month-day"),
        pytest.param("双方于10月6号签约", "10月6号", dt.date(2025, 10, 6), "day", id="month-day-hao"),
        pytest.param("預計2026年下半年交付", "2026年下半年", dt.date(2026, 7, 1), "half", id="half"),
        pytest.param("今年9月宣布", "今年9月", dt.date(2025, 9, 1), "month", id="this-year-month"),
        pytest.param("去年營收成長", "去年", dt.date(2024, 1, 1), "year", id="last-year"),
        pytest.param("明年第一季量產", "明年第一季", dt.date(2026, 1, 1), "quarter", id="quarter"),
        pytest.param("明年一季度量产", "明年一季度", dt.date(2026, 1, 1), "quarter", id="quarter-simp"),
        pytest.param("投審會昨(7)日核准", "昨(7)日", dt.date(2025, 10, 7), "day", id="yesterday-numbered"),
        pytest.param(
            "投审会昨（7）日核准", "昨（7）日", dt.date(2025, 10, 7), "day", id="fullwidth-brackets"
        ),
        pytest.param("董事會27日通過", "27日", dt.date(2025, 9, 27), "day", id="day-after-ref-is-last-month"),
        pytest.param("董事会5日通过", "5日", dt.date(2025, 10, 5), "day", id="day-this-month"),
        pytest.param("2025年11月20日披露", "2025年11月20日", dt.date(2025, 11, 20), "day", id="full"),
        pytest.param("聯電109年發行的公司債", "109年", dt.date(2020, 1, 1), "year", id="roc-year"),
        pytest.param("十二月底完成", "十二月", dt.date(2025, 12, 1), "month", id="chinese-month"),
        pytest.param("廿一日公布", "廿一日", None, "day", id="chinese-day-needs-month"),
        pytest.param("上月5日簽約", "上月5日", dt.date(2025, 9, 5), "day", id="last-month-day"),
        pytest.param("本月底前", "本月", dt.date(2025, 10, 1), "month", id="this-month"),
        pytest.param("今日招股", "今日", REF, "day", id="today"),
        pytest.param("昨天宣布", "昨天", dt.date(2025, 10, 7), "day", id="yesterday"),
    ],
)
def test_resolve(text: str, surface: str, date: dt.date | None, precision: str) -> None:
    spans = resolve_dates(text, to_view(text), REF)
    found = [(s.text, s.date, s.precision) for s in spans]
    if date is None:
        assert all(s != surface for s, _, _ in found)
    else:
        assert (surface, date, precision) in found
    for s in spans:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("至今仍未完成", id="zhijin"),
        pytest.param("今起招股", id="jinqi"),
        pytest.param("募得500億美元", id="amount"),
        pytest.param("共3333股", id="shares"),
        pytest.param("耗資20日圓", id="yen-is-no-day"),
        pytest.param("耗资20日元", id="yen-is-no-day-simp"),
    ],
)
def test_not_dates(text: str) -> None:
    assert resolve_dates(text, to_view(text), REF) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "公司於2025-11-20公告增資", [("2025-11-20", dt.date(2025, 11, 20))], id="iso-in-text-hant"
        ),
        pytest.param(
            "公司于2025/11/20公告增资", [("2025/11/20", dt.date(2025, 11, 20))], id="iso-slashes-hans"
        ),
        pytest.param("董事會20/11/2025通過", [("20/11/2025", dt.date(2025, 11, 20))], id="day-first-hant"),
        pytest.param("董事会20/11/2025通过", [("20/11/2025", dt.date(2025, 11, 20))], id="day-first-hans"),
        pytest.param("編號12025-11-20的合約", [], id="iso-digit-glued-before-hant"),
        pytest.param("编号120/11/2025的合约", [], id="day-first-digit-glued-before-hans"),
        pytest.param("2025-11-201筆", [], id="iso-digit-glued-after"),
        pytest.param(
            "3/4/2025至5/6/2025期間",
            [("3/4/2025", dt.date(2025, 4, 3)), ("5/6/2025", dt.date(2025, 6, 5))],
            id="two-day-first-dates-hant",
        ),
    ],
)
def test_numeric_dates_in_running_text(text: str, found: list[tuple[str, dt.date]]) -> None:
    """Numeric dates (ISO and day-first) in the text, never with a digit glued to either end."""
    assert [(d.text, d.date) for d in resolve_dates(text, to_view(text), REF)] == found


def test_relative_dates_need_the_article_date() -> None:
    assert resolve_dates("今年9月", None, None) == []
    assert [s.date for s in resolve_dates("2024年3月", None, None)] == [dt.date(2024, 3, 1)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("12", 12, id="arabic"),
        pytest.param("十二", 12, id="shi-er"),
        pytest.param("廿一", 21, id="nian-yi"),
        pytest.param("十", 10, id="shi"),
        pytest.param("三", 3, id="san"),
        pytest.param("二〇二五", 2025, id="positional"),
        pytest.param("两", 2, id="liang"),
        pytest.param("壹", None, id="formal-is-no-date-digit"),
    ],
)
def test_chinese_int(text: str, value: int | None) -> None:
    assert chinese_int(text) == value
