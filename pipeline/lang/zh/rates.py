"""Language data for currency conversions: the words that introduce a restated amount.

All forms are written as they appear in the normalised view (OpenCC t2s + half-width), so one
entry covers 約合 / 约合, 相當於 / 相当于 and full-width brackets.
"""

from __future__ import annotations

#: words between an amount and its restatement in another currency ("约合", "折合", "相当于" …);
#: 约/大约 alone only count inside brackets
CONVERSION_WORDS: tuple[str, ...] = (
    "约合",
    "约折合",
    "折合",
    "约折算",
    "折算",
    "约换算",
    "换算",
    "换算成",
    "折算成",
    "约相当于",
    "相当于",
    "约等于",
    "等于",
    "约等同",
    "约为",
    "合计约",
)

#: only inside brackets: "(约新台币647亿元)", "(即约…)" — "约" is usually part of the amount's text
BRACKET_ONLY_WORDS: tuple[str, ...] = ("约", "大约", "即", "即约", "合", "逾", "近")

#: connectors that may precede an unbracketed conversion word: "20亿美元,约合…", "或相当于…"
CONVERSION_CONNECTORS: tuple[str, ...] = ("或", "即", "亦即", "也就是", "也即")

#: opening brackets in the view (full-width ones are folded to these by the view)
OPEN_BRACKETS: str = "(["

#: the article's rates for a currency pair are compared to each other: a conversion whose implied
#: rate is further than this (plus the rounding of the restated figure) from the median of the
#: others is flagged
OUTLIER_TOLERANCE: str = "0.03"

#: an implied rate more than this factor away from the reference rate is not a conversion at all
#: (a mis-read figure, or two unrelated amounts side by side)
PLAUSIBLE_FACTOR: str = "2"

#: one punctuation mark that may stand between an amount and its restatement ("20亿美元,约合…")
GAP_PUNCTUATION: str = ",，、;；:："

#: "about" after a conversion word ("折合约…")
APPROX_AFTER_CONVERSION: str = "约"
