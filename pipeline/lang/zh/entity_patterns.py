"""Regular-expression sources for entity recognition that contain Chinese text or punctuation.

Compiled once by ``pipeline.nlp.entities`` at import. They match the normalised view (t2s,
half-width ASCII punctuation), where full-width forms the view keeps are listed as they are.
"""

from __future__ import annotations

#: a ticker in brackets: (NVDA-US) (2330.TW) （0310） ( 3333) (SLVEST,0215,主板…), also after a
#: label (股票代码:600519) (NASDAQ: NVDA) (纽交所:TSM) (港股代码:0700)
TICKER: str = (
    r"\( ?(?P<label>(?:股票代码|证券代码|股份代号|港股代码|美股代码|股票代号|代码|代号|NASDAQ|Nasdaq|NYSE"
    r"|纳斯达克|纽交所|纽约证交所|港交所|上交所|深交所|港股|美股|台股|A股|H股) ?: ?)?"
    r"(?:(?P<code>[A-Z][A-Z0-9.]{0,7})(?:-(?:US|O|N|HK|TW|SG|KY))?"
    r"|(?P<num>\d{3,6})(?:\.(?:HK|TW|TWO|SZ|SH|SS|KS|T|SI|KL))?)"
    r"(?:[,，、] ?[^()\n]{0,30})? ?\)"
)
#: a closing bracket may end a dateline right before a name: （吉隆坡23日讯）国家能源（TENAGA，5347…）
CLOSE_BRACKETS_BEFORE_NAME: str = "）)】"
#: a bracketed code that is a listed ticker: a market suffix or more text after a comma
TICKER_CODE_SHAPE: str = r"-[A-Z]{1,2}\s?\)|[,，]"

#: a foreign name written in characters with a middle dot (山姆·奧特曼, 安德魯·施恩), before
#: punctuation or a verb of saying
DOTTED_NAME: str = (
    r"[\u3400-\u9fff]{1,6}(?:[·‧•・･][\u3400-\u9fff]{1,6}?){1,2}"
    r"(?=[(（,，、。:：;；\s]|表示|指出|說|说|稱|称|在|則|则|也|亦|認為|认为)"
)

#: a short line: a source, spaces, then a two-to-four-character name (2home.co  楊惟婷)
BYLINE_LINE: str = r"(?m)^[^\n。,，:：;；!?！？]{1,20}?[ \u3000\xa0]+(\S{2,4})[ \u3000\xa0]*$"

#: a name in title brackets or a dateline bracket: 《金融時報》, 【明報專訊】, 〔中央社/台北〕
MEDIA_BRACKET: str = r"[《【〔\[]([^《》【】〔〕\[\]\n]{2,16}?)(?:[／/ ·]|\d|》|】|〕|\])"

#: a short Chinese form in brackets right after a name: （鴻華先進）
CJK_SHORT_FORM_IN_BRACKETS: str = r" ?\(([\u3400-\u9fff]{2,8})\)"

#: an alias the article defines in brackets right after a name, on the view (t2s, ASCII
#: brackets): (以下简称“X”), (下称「X」), (简称X), (以下称X), (“X”), (前称“X”), (原名X), (现称X),
#: (又称X); group "alias" is X. Other glosses may stand before it, after a comma (股份代号:636,
#: 下称“X”), and further names after it, after 或/及/、/a comma ((以下简称“X”或“公司”))
ALIAS_DEFINITION: str = (
    r" ?\((?:[^()“”「」『』]{1,24}?[,;] ?)?"
    r"(?:(?:(?:以下)?(?:简称|下称|称|称为|简称为)|又称|亦称|或称|前称|原称|原名|现称)[为:]? ?"
    r"[“「『\"']?(?P<alias>[^()“”「」『』\"'、,;。]{2,24}?)[”」』\"']?"
    r"|[“「『\"'](?P<quoted>[^()“”「」『』\"'、,;。]{2,24}?)[”」』\"'])"
    r"(?:(?:或|及|、|, ?)[^()]{0,30})?\)"
)
#: a definition outside brackets after a name: ，以下简称“X”, 以下称X
ALIAS_DEFINITION_UNBRACKETED: str = (
    r"[,]? ?(?:以下简称|以下称|下称|简称)[为:]? ?[“「『\"'](?P<alias>[^“”「」『』\"']{2,24})[”」』\"']"
)

#: a source line: 来源:X / 資料來源：X / 稿源:X, up to a space, a line end, punctuation or the
#: publication time (来源:某某网发布时间:…); group "outlet" (on the view: t2s, ASCII colon)
SOURCE_LINE: str = (
    r"(?m)(?:^|[\s\-·|])(?:资料来源|来源|稿源|出处|转载自) ?: ?"
    r"(?P<outlet>[^\s:,;。|()\[\]]{2,12}?)(?=发布时间|发布日期|更新时间|时间|日期|\d|[\s,;。|()\[\]]|$)"
)
#: a dateline opening the body: 某某财经APP讯, 某某网讯, 某某AI快讯, (据)某某消息 before the first
#: comma (据, "according to", is no part of the outlet)
DATELINE_OUTLET: str = (
    r"(?m)^据?(?P<outlet>[^\s\d,:;。()]{2,10}?)(?:APP|app|网)?(?:AI)?(?:快讯|讯|消息)(?=[,:]| )"
)
#: a "date time outlet-outlet" line under a headline (2021年05月12日 08:15 某某网-某某报)
DATED_OUTLETS: str = (
    r"(?m)^\s*\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?P<outlets>[^\s\d][^\n]{1,40}?)\s*$"
)

#: a name in quotes after a word describing a company (生物製藥公司「某某」, 研發商“某某”,
#: 機構“某某”): group "name"
QUOTED_NAME: str = r"[“「『\"](?P<name>[\u3400-\u9fff]{2,12})[”」』\"]"

#: a listed company's short name after its label in an announcement's header or an issue's
#: table (证券代码:300888 证券简称:某某医疗 公告编号:…, 股票简称:某某, A股简称:某某), up to a
#: space, punctuation, the next label or the line end; group "name" (on the view: ASCII colon)
LABELLED_SHORT_NAME: str = (
    r"(?:证券|股票|公司|A股|H股|B股)(?:简称|名称) ?: ?"
    r"(?P<name>(?:S?\*?ST)?[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9]{1,11}?)"
    r"(?=[\s,;。()]|证券代码|股票代码|证券简称|股票简称|公告编号|编号|$)"
)
