"""A foreign company named by its country, trade name and a company word
(``pipeline.nlp.entities.foreign_names``).

加拿大某某油砂公司, 澳洲某某礦業公司, 日本某某商事: the country stays in the name as the press writes it;
a trade name of common nouns counts only where a company stands (a subject before its act, a party
after 與/向 before a deal verb, the object of 收購). Counter rows: industry words alone (美國電動汽車
公司), the same phrase outside a company's slot, a possessive before the form. Sentences written
for these tests, in both scripts; the companies are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "澳洲紅柳灘礦業公司宣布，將向一家日本財團出售其鐵礦項目三成權益。",
        {"澳洲紅柳灘礦業公司"},
        id="subject-before-act-hant",
    ),
    pytest.param(
        "澳洲红柳滩矿业公司宣布，将向一家日本财团出售其铁矿项目三成权益。",
        {"澳洲红柳滩矿业公司"},
        id="subject-before-act-hans",
    ),
    pytest.param(
        "一家能源巨頭以每股20美元收購加拿大白樺油砂公司，交易預計年底完成。",
        {"加拿大白樺油砂公司"},
        id="object-of-acquisition-hant",
    ),
    pytest.param(
        "一家能源巨头以每股20美元收购加拿大白桦油砂公司，交易预计年底完成。",
        {"加拿大白桦油砂公司"},
        id="object-of-acquisition-hans",
    ),
    pytest.param(
        "台灣中油與美國海灣天然氣公司簽署為期十五年的供氣合約。",
        {"台灣中油", "美國海灣天然氣公司"},
        id="party-before-deal-verb-hant",
    ),
    pytest.param(
        "中国石化与美国海湾天然气公司签署为期十五年的供气合同。",
        {"中国石化", "美国海湾天然气公司"},
        id="party-before-deal-verb-hans",
    ),
    pytest.param("日本大和商事將以約80億日圓入股一家台灣食品廠。", {"日本大和商事"}, id="trading-house-hant"),
    pytest.param("日本大和商事将以约80亿日元入股一家上海食品厂。", {"日本大和商事"}, id="trading-house-hans"),
    pytest.param(
        "澳洲西岸鋰業公司已與一家電池廠簽署包銷協議。", {"澳洲西岸鋰業公司"}, id="direction-in-name-hant"
    ),
    pytest.param(
        "澳洲西岸锂业公司已与一家电池厂签署包销协议。", {"澳洲西岸锂业公司"}, id="direction-in-name-hans"
    ),
    pytest.param("美國電動汽車公司宣布裁員，股價應聲下跌。", set(), id="counter-industry-only-hant"),
    pytest.param("美国电动汽车公司宣布裁员，股价应声下跌。", set(), id="counter-industry-only-hans"),
    pytest.param("分析師認為，澳洲礦業公司今年的資本支出將增加。", set(), id="counter-not-in-slot-hant"),
    pytest.param("分析师认为，澳洲矿业公司今年的资本支出将增加。", set(), id="counter-not-in-slot-hans"),
    pytest.param("報告指出，日本的商事公司正加碼投資東南亞。", set(), id="counter-possessive-hant"),
    pytest.param("报告指出，日本的商事公司正加码投资东南亚。", set(), id="counter-possessive-hans"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_foreign_company_names(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
