"""A city, a utility's trade and 公司 are a local utility's name (``legal_names._local_utility``).

合肥发电公司, 佛山水务公司, 南通热电公司: a local utility is named by its place and its trade.
Counter rows: a country before the trade (中国电力公司 "Chinese power companies"), other industries
(深圳科技公司 "Shenzhen tech companies"). Sentences written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param("公司以9亿元收购南通热电公司40%股权。", {"南通热电公司"}, id="heat-power-hans"),
    pytest.param("公司以9億元收購南通熱電公司40%股權。", {"南通熱電公司"}, id="heat-power-hant"),
    pytest.param("合肥发电公司获得银行贷款6亿元。", {"合肥发电公司"}, id="power-hans"),
    pytest.param("合肥發電公司獲得銀行貸款6億元。", {"合肥發電公司"}, id="power-hant"),
    pytest.param("佛山水务公司宣布上调水价。", {"佛山水务公司"}, id="water-hans"),
    pytest.param("佛山水務公司宣布上調水價。", {"佛山水務公司"}, id="water-hant"),
    pytest.param("中国电力公司普遍面临煤价上涨压力。", set(), id="counter-country-hans"),
    pytest.param("中國電力公司普遍面臨煤價上漲壓力。", set(), id="counter-country-hant"),
    pytest.param("深圳科技公司纷纷出海寻找市场。", set(), id="counter-other-industry-hans"),
    pytest.param("深圳科技公司紛紛出海尋找市場。", set(), id="counter-other-industry-hant"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_local_utilities(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
