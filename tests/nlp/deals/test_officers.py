"""An officer named after the company (X執行董事Y, X副主席Y, X行长Y) acts for himself or speaks for
the company: the company is no party of the officer's deal. Sentences of our own, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import AmountSpec, run, summary


@pytest.mark.parametrize(
    ("text", "orgs", "people", "amounts", "company"),
    [
        pytest.param(
            "騰訊執行董事劉熾平以5億港元收購美團股份。",
            ["騰訊", "美團"],
            ["劉熾平"],
            [("5億港元", 5e8, None)],
            "騰訊",
            id="tw-executive-director",
        ),
        pytest.param(
            "腾讯执行董事刘炽平以5亿港元收购美团股份。",
            ["腾讯", "美团"],
            ["刘炽平"],
            [("5亿港元", 5e8, None)],
            "腾讯",
            id="cn-executive-director",
        ),
        pytest.param(
            "匯豐副主席王冬勝以3億港元收購恒生銀行股份。",
            ["匯豐", "恒生銀行"],
            ["王冬勝"],
            [("3億港元", 3e8, None)],
            "匯豐",
            id="tw-vice-chairman",
        ),
        pytest.param(
            "中信集团副董事长王炯以2亿元认购中信证券新股。",
            ["中信集团", "中信证券"],
            ["王炯"],
            [("2亿元", 2e8, None)],
            "中信集团",
            id="cn-vice-chairman",
        ),
    ],
)
def test_the_officers_company_is_no_party(
    text: str, orgs: list[str], people: list[str], amounts: list[AmountSpec], company: str
) -> None:
    for _, agent, counterparty, _ in summary(run(text, orgs, amounts, people=people)):
        assert company not in (agent, counterparty)


def test_a_bank_president_speaking_leaves_the_banks_loan() -> None:
    text = "工商银行行长刘珺表示，该行将向宁德时代提供贷款50亿元。"
    got = summary(run(text, ["工商银行", "宁德时代"], [("50亿元", 5e9, None)], people=["刘珺"]))
    assert got == [("debt", "宁德时代", "工商银行", "50亿元")]
