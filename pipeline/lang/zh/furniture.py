"""The language of page furniture on Chinese news sites: cue words as tables, not code.

Cues may be written in either script; ``pipeline.read.furniture`` matches them on the normalised view
(OpenCC t2s + full-width folded to half-width), and normalises these tables the same way, so
閱讀/阅读 and （/( are one cue. Write every variant the two scripts spell differently (報導/报道).
"""

from __future__ import annotations

#: Headings that open a list of other articles' headlines.
LIST_HEADINGS: tuple[str, ...] = (
    "更多文章",
    "更多新聞",
    "更多精采文章",
    "更多精彩文章",
    "更多精彩",
    "更多精采",
    "更多內容",
    "看更多",
    "延伸閱讀",
    "延伸阅读",
    "相關新聞",
    "相關報導",
    "相關報道",
    "相关报道",
    "相關文章",
    "相關閱讀",
    "相關推薦",
    "推薦閱讀",
    "推薦文章",
    "推薦新聞",
    "新聞推薦",
    "編輯推薦",
    "編輯精選",
    "精選文章",
    "熱門新聞",
    "熱門文章",
    "熱門推薦",
    "熱門搜尋",
    "熱門搜索",
    "熱搜",
    "今日熱門",
    "即時熱門",
    "最新新聞",
    "最新文章",
    "最新消息",
    "其他新聞",
    "猜你喜歡",
    "你可能也想看",
    "你可能會喜歡",
    "大家都在看",
    "網友都在看",
    "人氣排行",
    "排行榜",
    "商品推薦",
    "看了這篇文章的人也看了",
    "延伸阅读",
    "相关阅读",
    "相关新闻",
    "相关文章",
    "推荐阅读",
    "热门文章",
    "热点新闻",
    "猜你喜欢",
    "往期回顾",
    "往期推荐",
    "精彩推荐",
)

#: The same words opening an insertion inside a paragraph: "(相關報導: … 更多文章".
INLINE_HEADINGS: tuple[str, ...] = (
    "相關報導",
    "相關報道",
    "相关报道",
    "相關新聞",
    "延伸閱讀",
    "推薦閱讀",
    "相關文章",
    "更多新聞",
    "看更多",
    "相關閱讀",
    "延伸阅读",
)

#: Cues that the page's tail has begun: what follows is never article text.
TAIL_CUES: tuple[str, ...] = (
    # tip jars and sponsorship prompts
    "喜歡這篇文章嗎",
    "請作者喝杯咖啡",
    "請他喝杯咖啡",
    "請我喝杯咖啡",
    "贊助作者",
    "支持作者",
    "小額贊助",
    "打賞",
    "讚賞",
    "喜欢这篇文章吗",
    "赞赏",
    "打赏",
    # copyright footers
    "版權所有",
    "版权所有",
    "著作權所有",
    "未經授權不得轉載",
    "未經授權，不得轉載",
    "未經許可不得轉載",
    "不得轉載",
    "禁止轉載",
    "嚴禁轉載",
    "未经授权不得转载",
    "未经许可不得转载",
    "不得转载",
    "禁止转载",
    "严禁转载",
    "All rights reserved",
    "Copyright",
    "copyright",
    "©",
    # comment sections and their rules
    "討論區",
    "則留言",
    "留言規範",
    "發表留言",
    "我要留言",
    "網友留言",
    "網友評論",
    "發表評論",
    "留言板",
    "評論區",
    "讨论区",
    "条评论",
    "发表评论",
    "网友评论",
    "评论区",
    "我要评论",
    # a magazine excerpt's cut-off notice
    "全文未完",
    "本文未完",
    "未完待續",
)

#: Credits that end a photo caption in brackets: （圖／路透）, (圖片來源：…), (照片：…), or alone (圖).
CAPTION_CREDIT_WORDS: tuple[str, ...] = (
    "圖",
    "图",
    "圖片",
    "图片",
    "照片",
    "影像",
    "圖源",
    "图源",
    "圖片來源",
    "图片来源",
    "圖文",
    "图文",
    "圖片提供",
    "图片提供",
    "照片提供",
    "示意圖",
    "示意图",
    "資料照",
    "资料照",
    "截圖",
    "截图",
    "Photo",
    "photo",
    "圖片授權",
    "圖片出處",
)

#: Credit words that may run straight into the name: (翻攝臉書), (攝影／王小明).
CAPTION_CREDIT_PREFIXES: tuple[str, ...] = ("翻攝", "翻摄", "攝影", "摄影", "資料照片", "资料照片")

#: News agencies and photo agencies: a short line ending in one, in brackets, is a caption.
PHOTO_AGENCIES: tuple[str, ...] = (
    "路透",
    "路透社",
    "美聯社",
    "美联社",
    "法新社",
    "中央社",
    "達志影像",
    "达志影像",
    "新華社",
    "新华社",
    "共同社",
    "歐新社",
    "欧新社",
    "彭博",
    "彭博社",
    "Getty",
    "Getty Images",
    "AP",
    "AFP",
    "EPA",
    "Reuters",
    "Bloomberg",
    "Shutterstock",
    "shutterstock",
    "iStock",
    "視覺中國",
    "视觉中国",
    "東方IC",
    "东方IC",
    "unsplash",
    "Unsplash",
    "pixabay",
    "Pixabay",
)

#: Symbols that open a caption line on Taiwan news sites (▲圖為…).
CAPTION_MARKS: str = "▲△▼▽"

#: Words that end a figure label: 關係圖, 示意圖, 走勢圖, 圖表.
FIGURE_WORDS: tuple[str, ...] = ("圖", "圖表", "圖解", "图", "图表", "图解", "表")

#: Labels of breaking-news tickers: the next headline-like line is an unrelated headline.
TICKER_LABELS: tuple[str, ...] = (
    "快訊",
    "即時",
    "即時新聞",
    "突發",
    "最新",
    "快讯",
    "即时",
    "突发",
    "Breaking",
)

#: Words of metadata and share-widget lines (a line made only of these, a date and names of
#: outlets is not article text).
META_WORDS: tuple[str, ...] = (
    "date",
    "Date",
    "發布時間",
    "發佈時間",
    "发布时间",
    "發布於",
    "发布于",
    "發布",
    "发布",
    "更新時間",
    "更新时间",
    "更新",
    "最後更新",
    "出版時間",
    "时间",
    "時間",
    "日期",
    "來源",
    "来源",
    "作者",
    "編輯",
    "编辑",
    "責任編輯",
    "责任编辑",
    "瀏覽",
    "浏览",
    "閱讀",
    "阅读",
    "人氣",
    "字級",
    "字体",
    "字體",
    "分享",
    "收藏",
    "收藏文章",
    "列印",
    "打印",
    "加入最愛",
    "加入最愛專欄",
    "加入最爱",
    "追蹤",
    "追踪",
    "訂閱",
    "订阅",
    "轉寄",
    "转发",
    "複製連結",
    "复制链接",
    "讚",
    "赞",
    "按讚",
    "留言",
    "評論",
    "评论",
    "快訊",
    "即時",
    "快讯",
    "即时",
    "Facebook",
    "LINE",
    "Line",
    "Twitter",
    "X",
    "Email",
    "Print",
    "Share",
    "A",
    "A+",
    "A-",
    "|",
    "｜",
    "/",
    "／",
    "·",
    "•",
    "-",
)

#: Bullets that open the entries of a magazine's table of contents (◎封面故事>…).
TOC_BULLETS: str = "◎●■□◆◇★☆▶►▸◉"

# ---- punctuation of page furniture, as it stands in the view (full-width ASCII forms are folded
# to half-width there: ：／（ read : / ( )

#: The Chinese full stop: a line holding one is a sentence of the article, not furniture.
FULL_STOP: str = "。"
#: Separators around the words of a metadata line (發布時間：2025-10-08 | 來源：…).
META_PUNCTUATION: str = ":|/()[]【】<>《》,.-·•"
#: The mark of a photographer's credit in brackets at the end of a caption ((記者王小明攝)).
PHOTO_CREDIT_MARK: str = "攝"
#: Separators after a credit word (圖／路透, 圖片來源：…).
CREDIT_SEPARATORS: str = "/:|"
#: A figure label holds none of these before its figure word (資料來源 / 製表).
FIGURE_LABEL_STOPS: str = "。,!?:;()"
#: Decoration around list headings and tail cues (【延伸閱讀】, ※相關新聞…).
DECORATION_OPEN: str = "※#*■●◎▶►▸【[(《<"
DECORATION_CLOSE: str = ":】])》>»…."
#: The arrow that ends a table-of-contents entry (◎ 頭條 >).
TOC_ARROWS: str = ">》"
#: Brackets that open an inline related-article insertion, and their closers.
INLINE_BRACKETS: dict[str, str] = {"(": ")", "[": "]", "【": "】", "〔": "〕"}
#: A title line does not end like a sentence or a lead-in.
NOT_TITLE_ENDINGS: tuple[str, ...] = ("。", ":", ",")
