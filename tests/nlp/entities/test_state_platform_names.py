"""A place, the verbal nouns of a trade and a group word are a state platform's name
(``legal_names._industry_verbs_as_nouns``).

重庆两江新区产业发展集团, 济南城市建设集团, 广州开发区投资集团: local state platforms are named by
their place and trade, whose words jieba tags as verbs (发展, 建设, 开发). Counter rows: the same
words as a predicate (推动重庆产业发展集团化), with no organisation word (重庆产业发展势头良好).
Sentences written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "成都高新区产业发展集团向一家芯片企业投资5亿元。", {"成都高新区产业发展集团"}, id="zone-hans"
    ),
    pytest.param(
        "成都高新區產業發展集團向一家晶片企業投資5億元。", {"成都高新區產業發展集團"}, id="zone-hant"
    ),
    pytest.param("济南城市建设集团发行10亿元公司债。", {"济南城市建设集团"}, id="city-construction-hans"),
    pytest.param("濟南城市建設集團發行10億元公司債。", {"濟南城市建設集團"}, id="city-construction-hant"),
    pytest.param("推动重庆产业发展集团化，是今年的重点。", set(), id="counter-predicate-hans"),
    pytest.param("推動重慶產業發展集團化，是今年的重點。", set(), id="counter-predicate-hant"),
    pytest.param("重庆产业发展势头良好，投资持续增长。", set(), id="counter-no-org-word-hans"),
    pytest.param("重慶產業發展勢頭良好，投資持續增長。", set(), id="counter-no-org-word-hant"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_state_platform_names(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
