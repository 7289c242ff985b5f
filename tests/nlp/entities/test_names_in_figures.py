"""No entity inside a figure: a currency word or a number can spell a name (73.4億歐元 holds the
outlet 億歐; 新台幣 and 港元 hold places) without naming anyone. Sentences written for this test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.entities.support import found, mentions

CASES = [
    pytest.param("寧德時代擬投資73.4億歐元在匈牙利建廠。", {"寧德時代"}, id="euro-hant"),
    pytest.param("宁德时代拟投资73.4亿欧元在匈牙利建厂。", {"宁德时代"}, id="euro-hans"),
    pytest.param("該基金募得12億歐元，超出目標。", set(), id="euro-no-org-hant"),
    pytest.param("该基金募得12亿欧元，超出目标。", set(), id="euro-no-org-hans"),
    pytest.param("億歐網報導，該公司獲2億歐元融資。", {"億歐網"}, id="outlet-and-euro-hant"),
    pytest.param("亿欧网报道，该公司获2亿欧元融资。", {"亿欧网"}, id="outlet-and-euro-hans"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_no_name_inside_a_figure(nlp: Language, text: str, orgs: set[str]) -> None:
    assert set(found(nlp, text, ("organization", "media"))) == orgs


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("台積電斥資新台幣1兆元擴產。", id="twd-hant"),
        pytest.param("台积电斥资新台币1万亿元扩产。", id="twd-hans"),
        pytest.param("該行提供港幣30億元貸款予一家本地地產商。", id="hkd-hant"),
    ],
)
def test_no_place_inside_a_currency(nlp: Language, text: str) -> None:
    currencies = ("新台幣1兆元", "新台币1万亿元", "港幣30億元")
    amounts_at = [(i, i + len(w)) for w in currencies if (i := text.find(w)) >= 0]
    inside = [m for m in mentions(nlp, text) if any(s <= m.start and m.end <= e for s, e in amounts_at)]
    assert inside == []
