"""The person between an appointment verb and the post (``pipeline.nlp.entities.people``).

委任某某為行政總裁, 任命某某出任總經理, 聘任某某擔任…: the name stands between the verb and the copula
with no title before it. Counter rows: an organisation appointed (委任高盛為財務顧問), a common word
after the verb (委任方式為…). Sentences written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import mentions

CASES = [
    pytest.param("嘉運物流今日公告，委任周志遠為公司行政總裁，即時生效。", {"周志遠"}, id="appoint-as-hant"),
    pytest.param("嘉运物流今日公告，委任周志远为公司行政总裁，即时生效。", {"周志远"}, id="appoint-as-hans"),
    pytest.param("董事會任命林文華出任總經理，接替退休的前任。", {"林文華"}, id="appoint-take-office-hant"),
    pytest.param("董事会任命林文华出任总经理，接替退休的前任。", {"林文华"}, id="appoint-take-office-hans"),
    pytest.param("該行聘任陳曉東擔任首席風險官。", {"陳曉東"}, id="hire-serve-hant"),
    pytest.param("该行聘任陈晓东担任首席风险官。", {"陈晓东"}, id="hire-serve-hans"),
    pytest.param("董事會委任高盛為獨家財務顧問。", set(), id="counter-organisation-hant"),
    pytest.param("董事会委任高盛为独家财务顾问。", set(), id="counter-organisation-hans"),
    pytest.param("委任方式為書面通知，任期三年。", set(), id="counter-common-word-hant"),
    pytest.param("委任方式为书面通知，任期三年。", set(), id="counter-common-word-hans"),
]


@pytest.mark.parametrize(("text", "people"), CASES)
def test_people_appointed(nlp, text: str, people: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type == "person"} == people
