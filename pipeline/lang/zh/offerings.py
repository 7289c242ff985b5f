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
#: 向战略投资者A / 向控股股东A: the placee's description between 向 and its name
PLACEE_LEAD = re.compile(
    r"向\s*(?:其|公司)?(?:战略|策略|基石|机构|专业|独立)?(?:投资者|投资人|股东|控股股东|大股东|实际控制人|关联方|特定对象)\s*$"
)
#: 向A、B和C(非公开)发行股份 / 向A配售新股: after the last placee the issue verb (a few words between)
PLACEES_BEFORE_ISSUE = re.compile(
    r"\s*(?:等(?:\d+|[一二两三四五六七八九十]+)?(?:名|家|位)?(?:特定对象|投资者|投资人)?)?\s*"
    r"(?:合计|共|定向|非公开|以(?:现金|每股)[^，,。；;]{0,10}?)?(?:发行|配售|增发)"
    # 向B发行股份购买资产 / 向B发行认股权证 / 向B发行债券: consideration shares, warrants, debt
    r"(?![^，,。；;]{0,12}?(?:购买|收购|换股|吸收合并|认股权证|权证|债|票据))"
)

#: nouns for a round's or an offering's investors that hold a deal word (参投方有A、B): a list
#: introduction, no deal of their own
INVESTOR_NOUNS: tuple[str, ...] = ("参投方", "参投机构", "参投者", "跟投方", "跟投机构")

#: 引入N名基石投资者，…，包括A、B及C: the list of the investors just introduced
LIST_INCLUDES = re.compile(r"(?:包括|包含|分别为|当中包括|其中包括)\s*[:：]?\s*$")

#: how far before a list its introduction may start
INTRO_REACH = 16
#: 最终获配的投资者共9家，包括A、B / 承配人合共三名，分别为A、B及C: investors counted, then listed
COUNTED_LIST_INTRO = re.compile(
    r"(?:投资者|投资人|投资方|投资机构|认购对象|发行对象|获配对象|承配人|认购人)(?:共|合共|合计|总共)?"
    r"(?:\d+|[一二两三四五六七八九十]+)(?:家|名|位|个)[，,]?\s*(?:包括|分别为|分别是|为|是|有)\s*[:：]?\s*$"
)
#: 包括A、B和C在内的23名基石投资者 / 在内的多家机构: a list closed by 在内 and an investor noun
INCLUDES_BEFORE = re.compile(r"包括[^，,。；;、]{0,10}$")
INCLUDED_AFTER = re.compile(
    r"\s*(?:等)?\s*在内的\s*(?:共)?(?:\d+|[一二两三四五六七八九十多数]+)?\s*(?:名|家|位|个)?\s*(?:其他)?"
    r"(?:基石|战略|策略|锚定|机构|财务)?(?:投资者|投资人|投资方|投资机构|机构|股东|承配人)"
)

#: a subscriber's verb between a party and the offering word (A拟以现金全额认购本次定增股票): the
#: party subscribes, it does not issue
SUBSCRIBES_BETWEEN = re.compile(r"认购|认缴|获配|参与")
#: 配售1亿股新股予A及B / 发行新股给A: the placees marked after the issue verb
ALLOTTED_TO_MARKERS: tuple[str, ...] = ("予", "给", "予以")
ISSUE_VERBS = re.compile(r"配售|发行|增发|配发")
#: …，B、C及D共同参与 / B、C等跟进: a joining verb that closes its clause, no deal word after it
JOINS_AT_CLAUSE_END = re.compile(
    r"(?:共同|一同|也|亦|均|同时|联合)?(?:参与|参投|跟进|加入)(?:了)?(?:本轮|此轮|本次|此次)?"
    r"(?:融资|投资|募资|认购)?\s*[，,。；;]?\s*$"
)
#: between the last of the list and that verb
JOINER_GAP = re.compile(r"\s*(?:等(?:机构|投资机构|投资人|投资方)?)?\s*")

#: 本次定增 / 此次发行 right before the offering word: the offering under discussion, its issuer
#: the sentence's subject when its own clause names none
THIS_OFFERING = re.compile(r"(?:本次|此次|这次|是次)$")
