"""A shipbuilder's name ends in 造船 / 船廠 (今治造船, 江南造船廠); an acronym standing alone before an
investor's act (其中M&G認購N) is an organisation, one glued to a name before it (高瓴HHLR認購) is
not taken on its own. Sentences written for this test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.entities.support import found

CASES = [
    pytest.param("長榮海運向今治造船訂造10艘貨櫃船。", {"長榮海運", "今治造船"}, id="builder-hant"),
    pytest.param("长荣海运向今治造船订造10艘货柜船。", {"长荣海运", "今治造船"}, id="builder-hans"),
    pytest.param("招商輪船向揚子江船廠訂造4艘油輪。", {"招商輪船", "揚子江船廠"}, id="yard-hant"),
    pytest.param("招商轮船向扬子江船厂订造4艘油轮。", {"招商轮船", "扬子江船厂"}, id="yard-hans"),
    pytest.param("全球造船業訂單大增。", set(), id="industry-word-hant"),
    pytest.param("全球造船业订单大增。", set(), id="industry-word-hans"),
    pytest.param(
        "藥明生物引入5名基石投資者，其中M&G認購2億美元。", {"藥明生物", "M&G"}, id="acronym-subscriber-hant"
    ),
    pytest.param(
        "药明生物引入5名基石投资者，其中M&G认购2亿美元。", {"药明生物", "M&G"}, id="acronym-subscriber-hans"
    ),
    pytest.param("據M&G稱，市場氣氛好轉。", set(), id="acronym-without-act-hant"),
    pytest.param("据M&G称，市场气氛好转。", set(), id="acronym-without-act-hans"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_builders_and_subscribers(nlp: Language, text: str, orgs: set[str]) -> None:
    assert set(found(nlp, text, ("organization", "media"))) == orgs
