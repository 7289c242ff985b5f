"""A short name written with its city or province in a company's slot
(``pipeline.nlp.entities.context_names``).

深圳元启智能完成融资, 杭州云迹科技宣布…: mainland reports write a start-up's short name after its city;
the city is part of the name as written. Counter rows: the place and industry words alone
(深圳科技创新宣布), the place after a preposition (在深圳…), a place's economy (北京经济表现…).
Sentences written for these tests, in both scripts; the companies are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param("深圳瀚启智能完成3亿元C轮融资，资金将用于扩产。", {"深圳瀚启智能"}, id="distinct-hans"),
    pytest.param("深圳瀚啟智能完成3億元C輪融資，資金將用於擴產。", {"深圳瀚啟智能"}, id="distinct-hant"),
    pytest.param("据悉，杭州云迹科技宣布完成新一轮融资。", {"杭州云迹科技"}, id="noun-and-industry-hans"),
    pytest.param("據悉，杭州雲跡科技宣布完成新一輪融資。", {"杭州雲跡科技"}, id="noun-and-industry-hant"),
    pytest.param("深圳科技创新宣布进入新阶段。", set(), id="counter-industry-words-hans"),
    pytest.param("深圳科技創新宣布進入新階段。", set(), id="counter-industry-words-hant"),
    pytest.param("北京经济表现强劲，消费增长明显。", set(), id="counter-economy-hans"),
    pytest.param("北京經濟表現強勁，消費增長明顯。", set(), id="counter-economy-hant"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_place_short_names(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
