"""Registered names whose trade name is long, holds a known name or a bracketed place
(``pipeline.nlp.entities.boundaries``, ``legal_names``).

保定创新长城资产管理有限公司: a place and a word before a known name (长城资产) make a longer trade name
before a full legal form; 某某(天津)融资租赁有限公司 and 某某新能源(集团)股份有限公司 keep their brackets.
Counter rows: a deal verb between the place and the known name. Sentences written for these tests,
in both scripts; the companies are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "廊坊创新长城资产管理有限公司与一家银行签署不良资产收购协议。",
        {"廊坊创新长城资产管理有限公司"},
        id="place-word-known-hans",
    ),
    pytest.param(
        "廊坊創新長城資產管理有限公司與一家銀行簽署不良資產收購協議。",
        {"廊坊創新長城資產管理有限公司"},
        id="place-word-known-hant",
    ),
    pytest.param(
        "深圳入股长城资产管理有限公司的传闻并不属实。",
        {"长城资产管理有限公司"},
        id="counter-verb-between-hans",
    ),
    pytest.param(
        "深圳入股長城資產管理有限公司的傳聞並不屬實。",
        {"長城資產管理有限公司"},
        id="counter-verb-between-hant",
    ),
    pytest.param(
        "嘉禾瑞通(天津)融资租赁有限公司向一家光伏企业提供5亿元售后回租融资。",
        {"嘉禾瑞通(天津)融资租赁有限公司"},
        id="bracketed-place-hans",
    ),
    pytest.param(
        "嘉禾瑞通(天津)融資租賃有限公司向一家光伏企業提供5億元售後回租融資。",
        {"嘉禾瑞通(天津)融資租賃有限公司"},
        id="bracketed-place-hant",
    ),
    pytest.param(
        "浙江瀚岳新能源(集团)股份有限公司拟发行10亿元绿色债券。",
        {"浙江瀚岳新能源(集团)股份有限公司"},
        id="bracketed-group-hans",
    ),
    pytest.param(
        "浙江瀚岳新能源(集團)股份有限公司擬發行10億元綠色債券。",
        {"浙江瀚岳新能源(集團)股份有限公司"},
        id="bracketed-group-hant",
    ),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_registered_trade_names(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
