"""The language of Chinese news web pages around the article: cue words as tables, not code.

Used by :mod:`pipeline.read.html` after the article container is found: breadcrumb trails,
editor and source credit lines, closing investment disclaimers, and the site-name words of a
``<title>`` suffix. Cues may be written in either script; they are matched on the normalised
view (OpenCC t2s + full-width folded to half-width), so one row serves Traditional and
Simplified. The page furniture of article text itself (captions, metadata lines, related-article
lists, © tails) is in :mod:`pipeline.lang.zh.furniture`.
"""

from __future__ import annotations

#: "You are here:" openers of a breadcrumb trail.
BREADCRUMB_OPENERS: tuple[str, ...] = (
    "您所在的位置", "你所在的位置", "您的位置", "你的位置", "当前位置", "當前位置", "所在位置",
    "現在位置", "现在位置", "目前位置",
)  # fmt: skip

#: The first segment of a breadcrumb trail ("首页 > 财经 > 正文").
BREADCRUMB_HOMES: tuple[str, ...] = ("首页", "首頁", "主页", "主頁", "网站首页", "網站首頁")

#: Characters that separate breadcrumb segments.
BREADCRUMB_ARROWS: tuple[str, ...] = (">", "›", "»", "→")

#: Labels of editor / source credit lines ("责任编辑：霍琦", "（編輯：王小明）", "本文来源：新京报").
CREDIT_LABELS: tuple[str, ...] = (
    "责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "主编", "主編", "编审", "編審",
    "审核", "審核", "校对", "校對", "值班编辑", "值班編輯", "本文来源", "本文來源", "文章来源",
    "文章來源", "稿件来源", "稿件來源", "稿源",
)  # fmt: skip

#: Investment / content disclaimers that close financial articles: phrases (in a short line)...
DISCLAIMER_CUES: tuple[str, ...] = (
    "不构成投资建议", "不構成投資建議", "不构成任何投资建议", "不構成任何投資建議",
    "不构成实质性投资建议", "不構成實質性投資建議", "据此操作风险自担", "據此操作風險自擔",
    "据此投资风险自担", "據此投資風險自擔",
)  # fmt: skip

#: ... and labels that open a disclaimer line of any length ("【免责声明】…", "声明：…").
DISCLAIMER_LABELS: tuple[str, ...] = ("免责声明", "免責聲明", "声明", "聲明", "风险提示", "風險提示")

#: Words of a site or section name (matched on the t2s view, lower-cased): a ``<title>`` segment
#: holding one is the site suffix ("_新浪财经_新浪网", " - 香港經濟日報 - 即時新聞頻道", "-財經新聞").
SITE_WORDS: tuple[str, ...] = (
    "网", "網", "站", "新闻", "新聞", "资讯", "資訊", "频道", "頻道", "财经", "財經", "日报", "日報",
    "时报", "時報", "晚报", "晚報", "周刊", "週刊", "电视", "電視", "首页", "首頁", "门户", "門戶",
    "在线", "在線", "news", "times", "paper", "daily", "post", ".com", ".cn", ".tw", ".hk",
)  # fmt: skip
