"""The first and the last members of a list around a found organisation
(``pipeline.nlp.entities.coordination``).

力麒建設、華固建設及長虹建設…: lists are homogeneous, so the unknown member that opens the clause (or
follows a function word) before a list joiner is an organisation too, and so is the last one
before a time word that begins the predicate (…及嘉新水泥昨日調漲). Counter rows: nouns before a
joiner (營收、…), a possessive before the words (某某的算力瓶頸、…), 與 meaning "with", a title.
Sentences written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "力麒建設、華固建設以及長虹建設參與標售土地。",
        {"力麒建設", "華固建設", "長虹建設"},
        id="opens-clause-hant",
    ),
    pytest.param(
        "力麒建设、华固建设以及长虹建设参与标售土地。",
        {"力麒建设", "华固建设", "长虹建设"},
        id="opens-clause-hans",
    ),
    pytest.param("公司擬收購力麒建設及華固建設的股權。", {"力麒建設", "華固建設"}, id="after-verb-hant"),
    pytest.param("公司拟收购力麒建设及华固建设的股权。", {"力麒建设", "华固建设"}, id="after-verb-hans"),
    pytest.param(
        "台泥、亞泥及嘉新水泥昨日同步調漲報價。",
        {"台泥", "亞泥", "嘉新水泥"},
        id="last-before-time-word-hant",
    ),
    pytest.param(
        "台泥、亚泥及嘉新水泥昨日同步调涨报价。",
        {"台泥", "亚泥", "嘉新水泥"},
        id="last-before-time-word-hans",
    ),
    pytest.param("台泥及水泥業者昨日同步調漲報價。", {"台泥"}, id="counter-generic-before-time-word-hant"),
    pytest.param("台泥及水泥业者昨日同步调涨报价。", {"台泥"}, id="counter-generic-before-time-word-hans"),
    pytest.param("今年營收、華固建設獲利均創新高。", {"華固建設"}, id="counter-noun-hant"),
    pytest.param("今年营收、华固建设获利均创新高。", {"华固建设"}, id="counter-noun-hans"),
    pytest.param("分析師、華固建設董事長均出席。", {"華固建設"}, id="counter-title-hant"),
    pytest.param("分析师、华固建设董事长均出席。", {"华固建设"}, id="counter-title-hans"),
    pytest.param("林口新案與華固建設的合作規模很大。", {"華固建設"}, id="counter-with-hant"),
    pytest.param("林口新案与华固建设的合作规模很大。", {"华固建设"}, id="counter-with-hans"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_first_list_member(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
