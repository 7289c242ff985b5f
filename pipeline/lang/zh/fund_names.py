"""The names of funds beyond their head word (deal_roles.PARTNERSHIP_HEADS): a fund's series after
the head (X基金三期, Y基金第二期, Z基金II期, Vertex Growth Fund II) and Latin fund names (… Fund,
… L.P.), matched on the name as written."""

from __future__ import annotations

import re

#: the series of a fund written after its head word: 二期 / 第三期 / 2期 / II期 / 一号 / III
FUND_SERIES_TAIL = re.compile(r"(?:第?[一二三四五六七八九十\d]{1,3}[期号號]|[IVX]{1,4}期?|\d{1,2})$")

#: the heads of Latin fund names (case-insensitive), before an optional series or year
LATIN_FUND = re.compile(
    r"\b(?:fund|l\.?p\.?|partners\s+l\.?p\.?)(?:\s+(?:[IVX]{1,4}|\d{1,4}))*\.?$|\bfund\s+\d{4}\s+l\.?p\.?$",
    re.IGNORECASE,
)

#: 规模(为)N的X基金 / 规模N的X合伙企业(有限合伙): a size word's clause goes on to the fund it describes
#: (the figure, 的, then the fund's name up to its head, with no clause break between)
DESCRIBED_FUND_AFTER = re.compile(
    r"[^，,。；;的]{1,24}?的[^，,。；;的]{2,40}?(?:基金|合伙企业|fund|Fund|FUND|L\.P\.)"
)

#: what founds, joins or holds a fund right before its name (设立亚洲气候基金, 发起设立规模为N的X基金,
#: 认缴出资N，参与设立X基金, 旗下X基金): the words after it, up to 基金, name the fund even when they are
#: common words (as a fund's name mostly is: a place, a theme, 基金); on the view
FUND_NAMING_ACT = re.compile(
    r"(?:发起设立|共同设立|联合设立|参与设立|拟设立|设立|发起成立|成立|出资|认缴|参投|旗下)"
    r"(?:了)?(?:一只|一支|一个|首只|首支)?(?:规模(?:为|达|约)?[^，,。；;的]{1,16}的)?"
)
#: the fund's name after such an act: no clause break, no 的, up to the first 基金 (and a series)
FUND_NAME_AFTER_ACT = re.compile(r"[^，,。；;、的\s]{2,20}?基金(?:[一二三四五六七八九十]期)?")
