"""Date words (Simplified; matched on the normalised view): relative years, months, days, halves."""

from __future__ import annotations

#: year word -> offset from the article's year
YEAR_OFFSETS: dict[str, int] = {
    "今年": 0, "本年": 0, "同年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2,
    "明年": 1, "后年": 2,
}  # fmt: skip

#: month word -> offset from the article's month
MONTH_OFFSETS: dict[str, int] = {"本月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}

#: day word -> offset from the article's date (昨(24)日 carries its own day number)
DAY_OFFSETS: dict[str, int] = {
    "今日": 0, "今天": 0, "今": 0, "昨日": -1, "昨天": -1, "昨": -1, "前日": -2, "前天": -2,
    "明日": 1, "明天": 1,
}  # fmt: skip

#: half-year word -> 0 (first half) / 1 (second half)
HALF_WORDS: dict[str, int] = {"上半年": 0, "下半年": 1, "上半": 0, "下半": 1, "H1": 0, "H2": 1}

#: quarter word -> 0..3
QUARTER_WORDS: dict[str, int] = {
    "第一季度": 0, "第二季度": 1, "第三季度": 2, "第四季度": 3,
    "第一季": 0, "第二季": 1, "第三季": 2, "第四季": 3,
    "一季度": 0, "二季度": 1, "三季度": 2, "四季度": 3,
    "首季": 0, "Q1": 0, "Q2": 1, "Q3": 2, "Q4": 3,
}  # fmt: skip

#: the marks of a written date, as they stand in the view: 2025年10月8日 / 8号
YEAR_MARK = "年"
MONTH_MARK = "月"
DAY_MARKS = "日号"
#: after a relative day word: 昨日 / 昨天
DAY_WORD_MARKS: tuple[str, ...] = ("日", "天")
#: the Chinese numerals a date may be written in (十二月, 廿一日, 二〇二五年)
DATE_NUMERAL_CHARS = "〇○零一二两三四五六七八九十廿"
#: 廿 = twenty, 十 = ten in a day or month number
TWENTY = "廿"
TEN = "十"
#: after N日 these make it a currency (日元, 日圆, 日币), not a day
NOT_DAY_AFTER = "元圆币"
#: brackets around the day number of 昨(24)日, in the text and in the view
DAY_NUMBER_OPEN = "(（"
DAY_NUMBER_CLOSE = ")）"
#: the Minguo (ROC) calendar: year 1 is 1912
MINGUO_OFFSET = 1911
#: a calendar date in news lies in these years (exclusive bounds)
YEAR_RANGE: tuple[int, int] = (1900, 2200)
