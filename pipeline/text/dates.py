"""Dates: the article's own date and the dates its sentences mention, resolved against it.

Absolute forms (2025年10月6日, 2025-10-08, 2025/09/15, 15/01/2026), partial ones resolved against the
article date (10月6日, 27日, 昨(24)日), relative ones (今年9月, 去年, 明年上半年, 2026年下半年,
今日, 昨日) and ROC years (109年 = 2020). Everything runs on the normalised view (half-width
digits, Simplified characters); offsets are offsets into the original text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from pipeline.lang.zh.dates import (
    DAY_OFFSETS,
    HALF_WORDS,
    MONTH_OFFSETS,
    QUARTER_WORDS,
    YEAR_OFFSETS,
)

Precision = Literal["day", "month", "quarter", "half", "year"]


@dataclass(frozen=True)
class DateSpan:
    """A date mention: ``date`` is the first day of the period the text names."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: Precision


def _alternation(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


_NUM = r"(?:\d{1,4}|[〇○零一二两三四五六七八九十廿]{1,4})"
_YEAR_REL = _alternation(YEAR_OFFSETS)
_MONTH_REL = _alternation(MONTH_OFFSETS)
_DAY_REL = _alternation(DAY_OFFSETS)
_HALF = _alternation(HALF_WORDS)
_QUARTER = _alternation(QUARTER_WORDS)

# One grammar for the Chinese forms: [year] [month [day] | half | quarter] | month day | day.
_CN_DATE = re.compile(
    rf"""
    (?:(?P<year>\d{{4}}|\d{{3}}(?=年))\s*年?|(?P<yrel>{_YEAR_REL}))   # 2025年 / 109年 / 今年
    (?:\s*(?P<month>{_NUM})\s*月(?:\s*(?P<day>{_NUM})\s*[日号])?
      |\s*(?P<half>{_HALF})
      |\s*(?P<quarter>{_QUARTER})
    )?
    |(?P<mrel>{_MONTH_REL})(?:\s*(?P<mday>{_NUM})\s*[日号])?            # 本月 / 上月5日
    |(?P<month2>{_NUM})\s*月(?:\s*(?P<day2>{_NUM})\s*[日号])?           # 10月6日 / 9月
    |(?P<drel>{_DAY_REL})(?:\s*[(（]\s*(?P<dnum>\d{{1,2}})\s*[)）])?\s*(?:日|天)?  # 昨(24)日 / 今日
    |(?<![\d.])(?P<day3>\d{{1,2}})\s*日(?![元圆币])                      # 27日
    """,
    re.VERBOSE,
)

_ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_DMY_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?!\d)")
_CN_FULL = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")

_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip


def chinese_int(text: str) -> int | None:
    """Small integers in Arabic or Chinese numerals (十二, 廿一, 二〇二五)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text.startswith("廿"):
        rest = chinese_int(text[1:]) if len(text) > 1 else 0
        return None if rest is None else 20 + rest
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _DIGITS.get(tens) if tens else 1
        o = _DIGITS.get(ones) if ones else 0
        return None if t is None or o is None else t * 10 + o
    if all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text)) if text else None
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def find_article_date(text: str, view: str | None = None, head: int = 400) -> dt.date | None:
    """The article's date: the first full date in its first lines (dateline, byline, header)."""
    view = view if view is not None else text
    window = view[:head]
    found: list[tuple[int, dt.date]] = []
    for pattern in (_ISO_DATE, _DMY_DATE, _CN_FULL):
        for m in pattern.finditer(window):
            date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if date is not None and 1900 < date.year < 2200:
                found.append((m.start(), date))
                break
    return min(found)[1] if found else None


def resolve_dates(text: str, view: str | None, article_date: dt.date | None) -> list[DateSpan]:
    """Every date mention in ``text``, resolved against ``article_date`` where it is partial."""
    view = view if view is not None else text
    spans: list[DateSpan] = []
    for m in _CN_DATE.finditer(view):
        resolved = _resolve(m, article_date)
        if resolved is None:
            continue
        start, end = m.span()
        while end > start and view[end - 1].isspace():
            end -= 1
        spans.append(DateSpan(start, end, text[start:end], *resolved))
    for pattern in (_ISO_DATE, _DMY_DATE):
        for m in pattern.finditer(view):
            date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if date is not None and not any(s.start <= m.start() < s.end for s in spans):
                spans.append(DateSpan(m.start(), m.end(), text[m.start() : m.end()], date, "day"))
    return sorted(spans, key=lambda s: s.start)


def _resolve(m: re.Match[str], ref: dt.date | None) -> tuple[dt.date, Precision] | None:
    g = m.groupdict()
    if g["year"] or g["yrel"]:
        if g["year"]:
            year = int(g["year"])
            if len(g["year"]) == 3:  # ROC calendar
                year += 1911
            elif not m.group(0).rstrip().endswith("年") and not (g["month"] or g["half"] or g["quarter"]):
                return None  # a bare 4-digit number is not a date
        elif ref is None:
            return None
        else:
            year = ref.year + YEAR_OFFSETS[g["yrel"]]
        if g["month"]:
            month = chinese_int(g["month"])
            if month is None or not 1 <= month <= 12:
                return None
            if g["day"]:
                day = chinese_int(g["day"])
                date = _safe_date(year, month, day) if day else None
                return (date, "day") if date else None
            return dt.date(year, month, 1), "month"
        if g["half"]:
            return dt.date(year, 1 + 6 * HALF_WORDS[g["half"]], 1), "half"
        if g["quarter"]:
            return dt.date(year, 1 + 3 * QUARTER_WORDS[g["quarter"]], 1), "quarter"
        return dt.date(year, 1, 1), "year"
    if ref is None:
        return None
    if g["mrel"]:
        base = _add_months(ref, MONTH_OFFSETS[g["mrel"]])
        if g["mday"]:
            day = chinese_int(g["mday"])
            date = _safe_date(base.year, base.month, day) if day else None
            return (date, "day") if date else None
        return base, "month"
    if g["month2"]:
        month = chinese_int(g["month2"])
        if month is None or not 1 <= month <= 12:
            return None
        if g["day2"]:
            day = chinese_int(g["day2"])
            date = _safe_date(ref.year, month, day) if day else None
            return (date, "day") if date else None
        return dt.date(ref.year, month, 1), "month"
    if g["drel"]:
        if len(g["drel"]) == 1 and not g["dnum"] and m.group(0).strip() == g["drel"]:
            return None  # a lone 今/昨 is not a date (至今, 今起)
        if g["dnum"]:
            date = _safe_date(ref.year, ref.month, int(g["dnum"]))
            if date is not None and date > ref:  # 昨(30)日 written on the 1st: last month
                prev = _add_months(ref, -1)
                date = _safe_date(prev.year, prev.month, int(g["dnum"]))
            return (date, "day") if date else None
        return ref + dt.timedelta(days=DAY_OFFSETS[g["drel"]]), "day"
    if g["day3"]:
        date = _safe_date(ref.year, ref.month, int(g["day3"]))
        if date is not None and date > ref:  # "27日" in news reports a past day: last month
            prev = _add_months(ref, -1)
            date = _safe_date(prev.year, prev.month, int(g["day3"]))
        return (date, "day") if date else None
    return None
