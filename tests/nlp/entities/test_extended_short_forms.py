"""A known short name and a lone industry character are another company's short name
(``pipeline.nlp.entities.resolution.extended_short_forms``).

Taiwan press shortens 中鋼結構 to 中鋼構 and 台塑石化 to 台塑化: the character abbreviates an industry
word, and the short form is its own company, not the shorter known name (中鋼構 is not 中鋼). Counter
rows: the character begins a longer word (構想, 化解, 科技). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "中鋼構與台電簽訂水下基礎合約，金額約新台幣30億元。", {"中鋼構", "台電"}, id="structure-hant"
    ),
    pytest.param(
        "中钢构与台电签订水下基础合同，金额约新台币30亿元。", {"中钢构", "台电"}, id="structure-hans"
    ),
    pytest.param(
        "世紀鋼構今年營收創新高，董事長表示訂單能見度達三年。", {"世紀鋼構"}, id="structure-after-three-hant"
    ),
    pytest.param(
        "世纪钢构今年营收创新高，董事长表示订单能见度达三年。", {"世纪钢构"}, id="structure-after-three-hans"
    ),
    pytest.param("鴻海構想在墨西哥擴建伺服器廠。", {"鴻海"}, id="counter-longer-word-hant"),
    pytest.param("鸿海构想在墨西哥扩建服务器厂。", {"鸿海"}, id="counter-longer-word-hans"),
    pytest.param("國巨化解了缺料危機，股價大漲。", {"國巨"}, id="counter-verb-hant"),
    pytest.param("国巨化解了缺料危机，股价大涨。", {"国巨"}, id="counter-verb-hans"),
    pytest.param("中鋼科技與中鋼簽約。", {"中鋼科技", "中鋼"}, id="counter-full-industry-word-hant"),
    pytest.param("中钢科技与中钢签约。", {"中钢科技", "中钢"}, id="counter-full-industry-word-hans"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_extended_short_forms(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
