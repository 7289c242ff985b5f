"""A verb of taking a role (擔任, 出任, 成為, 充當) ends the name before it: 台灣銀行擔任管理銀行 names
台灣銀行, and the role it takes (管理銀行, 代理行) names nobody. Sentences written for this test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.entities.support import found

CASES = [
    pytest.param("本案由台灣銀行擔任管理銀行，參貸銀行共15家。", {"台灣銀行"}, id="manager-hant"),
    pytest.param("本案由台湾银行担任管理银行，参贷银行共15家。", {"台湾银行"}, id="manager-hans"),
    pytest.param("該筆銀團貸款由中國工商銀行擔任代理銀行。", {"中國工商銀行"}, id="agent-bank-hant"),
    pytest.param("该笔银团贷款由中国工商银行担任代理银行。", {"中国工商银行"}, id="agent-bank-hans"),
    pytest.param("兆豐銀行出任主辦銀行，負責籌組聯貸。", {"兆豐銀行"}, id="takes-office-hant"),
    pytest.param("兆丰银行出任主办银行，负责筹组联贷。", {"兆丰银行"}, id="takes-office-hans"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_a_role_verb_ends_the_name(nlp: Language, text: str, orgs: set[str]) -> None:
    assert set(found(nlp, text, ("organization", "media"))) == orgs
