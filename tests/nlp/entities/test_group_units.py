"""A known group, a place and an industry word are the group's regional company
(``pipeline.nlp.entities.group_units``).

华能山东发电, 国家电投江西电力, 中广核广东风电: state groups name their provincial units with no legal
form; the unit is one organisation, not the group and a place. Counter rows put the same words in
phrases of the group's activity (…发电项目, …电力市场) and in longer words (发电量). Sentences written
for these tests, in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "华能浙江发电与中广核福建风电昨日签署合作协议，拟合资建设一座储能电站。",
        {"华能浙江发电", "中广核福建风电"},
        id="two-units-hans",
    ),
    pytest.param(
        "華能浙江發電與中廣核福建風電昨日簽署合作協議，擬合資建設一座儲能電站。",
        {"華能浙江發電", "中廣核福建風電"},
        id="two-units-hant",
    ),
    pytest.param(
        "国家电投湖南电力总经理表示，公司今年将新增投资约40亿元。",
        {"国家电投湖南电力"},
        id="unit-before-title-hans",
    ),
    pytest.param(
        "國家電投湖南電力總經理表示，公司今年將新增投資約40億元。",
        {"國家電投湖南電力"},
        id="unit-before-title-hant",
    ),
    pytest.param(
        "国家能源集团四川电力向一家光伏企业采购组件，金额约3亿元。",
        {"国家能源集团四川电力"},
        id="group-word-then-place-hans",
    ),
    pytest.param(
        "國家能源集團四川電力向一家光伏企業採購組件，金額約3億元。",
        {"國家能源集團四川電力"},
        id="group-word-then-place-hant",
    ),
    pytest.param(
        "中国华电集团贵州公司与当地政府签署风电开发协议。",
        {"中国华电集团贵州公司"},
        id="place-and-company-word-hans",
    ),
    pytest.param(
        "中國華電集團貴州公司與當地政府簽署風電開發協議。",
        {"中國華電集團貴州公司"},
        id="place-and-company-word-hant",
    ),
    pytest.param(
        "国家电投广西新能源有限公司获得银团贷款12亿元。",
        {"国家电投广西新能源有限公司"},
        id="closed-by-legal-form-hans",
    ),
    pytest.param(
        "國家電投廣西新能源有限公司獲得銀團貸款12億元。",
        {"國家電投廣西新能源有限公司"},
        id="closed-by-legal-form-hant",
    ),
    pytest.param(
        "华能江苏发电量同比增长6%，华能仍是当地最大的发电企业。", {"华能"}, id="counter-longer-word-hans"
    ),
    pytest.param(
        "華能江蘇發電量同比增長6%，華能仍是當地最大的發電企業。", {"華能"}, id="counter-longer-word-hant"
    ),
    pytest.param(
        "华能广西发电项目上月并网，国家电投湖南电力市场份额升至两成。",
        {"华能", "国家电投"},
        id="counter-activity-nouns-hans",
    ),
    pytest.param(
        "華能廣西發電項目上月併網，國家電投湖南電力市場份額升至兩成。",
        {"華能", "國家電投"},
        id="counter-activity-nouns-hant",
    ),
    pytest.param("华能在山东发电的机组共有12台。", {"华能"}, id="counter-preposition-between-hans"),
    pytest.param("華能在山東發電的機組共有12台。", {"華能"}, id="counter-preposition-between-hant"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_regional_units_are_one_organisation(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
