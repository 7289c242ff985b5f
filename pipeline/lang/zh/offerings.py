"""Share offerings named after their issuer, and the investors that join them.

An IPO, a placement or a private placement is often named before any figure (X本次发行中 / X今日起
招股 / X辦理私募 / X在大马交易所上市): the company before the offering word is the issuer under
discussion, and a subscriber, allottee or listed investor named later with no investee of its own
invests in it. See pipeline/nlp/deals/issuers.py.
"""

from __future__ import annotations

import re

#: the offering words after which (in the same clause) the company before them is the issuer:
#: 本次发行 / 首次公开发行 / 上市 (not 上市公司) / 招股 / 配售 / 定增 / 私募 / 认购协议 …
OFFERING_WORDS = re.compile(
    r"(?:(?<![债券据])发行(?!费用|价|人|对象|结果|数量|债|票据|中期票据)|(?<!已)上市(?!公司|企业|以来|后|前|时)|招股(?!书|说明书)|"
    r"配售(?!代理)|定增|增发|私募|现金增资|全球发售|公开发售|首次公开售股|首次公开募股|IPO|"
    r"认购协议|认购契约|战略配售|基石投资协议)"
)

#: an issue of debt (发行…债券 / 票据 / 可转债): no share offering to subscribe
DEBT_WORDS = re.compile(r"债|票据|存托凭证")

#: between an issuer and its offering word: the company's own offering whatever marks the company
ISSUER_JUST_BEFORE = re.compile(r"\s*(?:的)?\s*(?:本次|此次|这次|是次|首次公开|首次|非公开|公开)?\s*")

#: the subtypes of investments that join the offering under discussion when they name no investee
JOINING_SUBTYPES: frozenset[str | None] = frozenset(
    {"subscription", "investor", "follow_on", "placee", "lead_investment"}
)

#: the marker of the placees before the issue verb
PLACEE_MARKERS: tuple[str, ...] = ("向",)
#: 向A、B和C(非公开)发行股份 / 向A配售新股: after the last placee the issue verb (a few words between)
PLACEES_BEFORE_ISSUE = re.compile(
    r"\s*(?:等(?:\d+|[一二两三四五六七八九十]+)?(?:名|家|位)?(?:特定对象|投资者|投资人)?)?\s*"
    r"(?:合计|共|定向|非公开|以(?:现金|每股)[^，,。；;]{0,10}?)?(?:发行|配售|增发)"
)

#: nouns for a round's or an offering's investors that hold a deal word (参投方有A、B): a list
#: introduction, no deal of their own
INVESTOR_NOUNS: tuple[str, ...] = ("参投方", "参投机构", "参投者", "跟投方", "跟投机构")

#: 引入N名基石投资者，…，包括A、B及C: the list of the investors just introduced
LIST_INCLUDES = re.compile(r"(?:包括|包含|分别为|当中包括|其中包括)\s*[:：]?\s*$")
