"""Registered names right after a verb or a preposition are bounded at it
(``pipeline.nlp.entities.glued``, ``tables`` stops).

委任X有限公司為…, 擬向X投資有限公司發行…, 由X承銷, 獲X領投, 與X簽署, 出售予X, 轉讓給X: the verb or
preposition is never part of the name, also where jieba reads the preposition and the trade name as
a person (向嘉禾). Counter row: the person 向某某 before a verb of saying stays a person. Sentences
written for these tests, in both scripts; the companies are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param("委任嘉禾瑞通有限公司為配售代理。", {"嘉禾瑞通有限公司"}, set(), id="appoint-firm-hant"),
    pytest.param("委任嘉禾瑞通有限公司为配售代理。", {"嘉禾瑞通有限公司"}, set(), id="appoint-firm-hans"),
    pytest.param(
        "公司擬向嘉禾瑞通投資有限公司發行股份。", {"嘉禾瑞通投資有限公司"}, set(), id="modal-preposition-hant"
    ),
    pytest.param(
        "公司拟向嘉禾瑞通投资有限公司发行股份。", {"嘉禾瑞通投资有限公司"}, set(), id="modal-preposition-hans"
    ),
    pytest.param(
        "本次發行由華岳證券股份有限公司承銷。", {"華岳證券股份有限公司"}, set(), id="underwritten-by-hant"
    ),
    pytest.param(
        "本次发行由华岳证券股份有限公司承销。", {"华岳证券股份有限公司"}, set(), id="underwritten-by-hans"
    ),
    pytest.param("股權將出售予星海控股有限公司。", {"星海控股有限公司"}, set(), id="sold-to-hant"),
    pytest.param("股权将出售予星海控股有限公司。", {"星海控股有限公司"}, set(), id="sold-to-hans"),
    pytest.param("向嘉禾表示公司經營正常。", set(), {"向嘉禾"}, id="counter-person-hant"),
    pytest.param("向嘉禾表示公司经营正常。", set(), {"向嘉禾"}, id="counter-person-hans"),
]


@pytest.mark.parametrize(("text", "orgs", "people"), CASES)
def test_names_after_verbs(nlp, text: str, orgs: set[str], people: set[str]) -> None:
    got = mentions(nlp, text)
    assert {m.text for m in got if m.type in ORG_TYPES} == orgs
    assert {m.text for m in got if m.type == "person"} == people
