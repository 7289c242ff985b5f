"""A place and an industry word as the company of a stake (``context_names._place_trade_name``).

收购某某所持榆林化工40%股权: after a stake verb and before a percentage or 股权, a place and an
industry word are the company whose shares change hands. Counter rows: the same words before other
nouns (所持香港科技股份比例 "the ratio of Hong Kong tech shares held"). Sentences written for these
tests, in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param("公司拟收购控股股东所持鄂尔多斯化工40%股权。", {"鄂尔多斯化工"}, id="held-stake-hans"),
    pytest.param("公司擬收購控股股東所持鄂爾多斯化工40%股權。", {"鄂爾多斯化工"}, id="held-stake-hant"),
    pytest.param("集团持有苏州能源的全部股权。", {"苏州能源"}, id="whole-stake-hans"),
    pytest.param("集團持有蘇州能源的全部股權。", {"蘇州能源"}, id="whole-stake-hant"),
    pytest.param("基金所持香港科技股份数量减少。", set(), id="counter-sector-shares-hans"),
    pytest.param("基金所持香港科技股份數量減少。", set(), id="counter-sector-shares-hant"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_stake_companies(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
