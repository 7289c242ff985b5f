"""Energy trades of two words end a name as one industry word (``org_forms.ENERGY_TRADE_WORDS``).

京能清洁能源, 华电综合能源: a known group's short name and the trade are its subsidiary, one name, not
the group and two common nouns. Counter rows: the trade as a common noun (发展清洁能源, 清洁能源占比).
Sentences written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param("京能清洁能源拟发行10亿元绿色中期票据。", {"京能清洁能源"}, id="clean-energy-hans"),
    pytest.param("京能清潔能源擬發行10億元綠色中期票據。", {"京能清潔能源"}, id="clean-energy-hant"),
    pytest.param("华电综合能源与一家储能企业签署合作协议。", {"华电综合能源"}, id="integrated-energy-hans"),
    pytest.param("華電綜合能源與一家儲能企業簽署合作協議。", {"華電綜合能源"}, id="integrated-energy-hant"),
    pytest.param("发展清洁能源是国家战略，清洁能源占比持续提升。", set(), id="counter-common-noun-hans"),
    pytest.param("發展清潔能源是國家戰略，清潔能源佔比持續提升。", set(), id="counter-common-noun-hant"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_energy_trade_names(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
