"""Regular-expression sources for entity recognition that contain Chinese text or punctuation.

Compiled once by ``pipeline.nlp.entities`` at import. They match the normalised view (t2s,
half-width ASCII punctuation), where full-width forms the view keeps are listed as they are.
"""

from __future__ import annotations

#: a ticker in brackets: (NVDA-US) (2330.TW) （0310） ( 3333) (SLVEST,0215,主板…)
TICKER: str = (
    r"\( ?(?:(?P<code>[A-Z][A-Z0-9.]{0,7})(?:-(?:US|O|N|HK|TW|SG|KY))?"
    r"|(?P<num>\d{3,6})(?:\.(?:HK|TW|TWO|SZ|SH|SS|KS|T|SI|KL))?)"
    r"(?:[,，、] ?[^()\n]{0,30})? ?\)"
)
#: a bracketed code that is a listed ticker: a market suffix or more text after a comma
TICKER_CODE_SHAPE: str = r"-[A-Z]{1,2}\s?\)|[,，]"

#: a foreign name written in characters with a middle dot (山姆·奧特曼, 安德魯·施恩), before
#: punctuation or a verb of saying
DOTTED_NAME: str = (
    r"[\u3400-\u9fff]{1,6}(?:[·‧•・･][\u3400-\u9fff]{1,6}){1,2}"
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
#: (又称X); group "alias" is X
ALIAS_DEFINITION: str = (
    r" ?\((?:(?:(?:以下)?(?:简称|下称|称|称为|简称为)|又称|亦称|或称|前称|原称|原名|现称)[为:]? ?"
    r"[“「『\"']?(?P<alias>[^()“”「」『』\"'、,;。]{2,24}?)[”」』\"']?"
    r"|[“「『\"'](?P<quoted>[^()“”「」『』\"'、,;。]{2,24}?)[”」』\"'])\)"
)
#: a definition outside brackets after a name: ，以下简称“X”, 以下称X
ALIAS_DEFINITION_UNBRACKETED: str = (
    r"[,]? ?(?:以下简称|以下称|下称|简称)[为:]? ?[“「『\"'](?P<alias>[^“”「」『』\"']{2,24})[”」』\"']"
)
