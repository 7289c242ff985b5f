"""Investment agreements with local governments: 签订投资协议 is an agreement (投资 names its kind),
the company (the one investing) is its agent and the place its counterparty, 该公司 is the company,
not the county beside it, and 在X县 is a place, no subject. Sentences
written for these tests, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

INVESTMENT_AGREEMENTS = [
    case(
        "cn-investment-agreement-is-an-agreement",
        "凤阳县与隆基绿能签订投资协议。",
        ["凤阳县", "隆基绿能"],
        exactly=[("agreement", "隆基绿能", "凤阳县", None)],
    ),
    case(
        "tw-investment-agreement-is-an-agreement",
        "雲林縣政府與台塑簽訂投資協議。",
        ["雲林縣政府", "台塑"],
        exactly=[("agreement", "台塑", "雲林縣政府", None)],
    ),
    case(
        "cn-the-company-invests-in-the-county",
        "凤阳县与隆基绿能签订协议。该公司将在凤阳县投资20亿元建设光伏电站。",
        ["凤阳县", "隆基绿能"],
        [("20亿元", 2e9, None)],
        includes=[("capex", "隆基绿能", None, "20亿元")],
    ),
    case(
        "tw-the-company-invests-in-the-county",
        "雲林縣與台塑簽訂協議。該公司將在雲林縣投資20億元興建新廠。",
        ["雲林縣", "台塑"],
        [("20億元", 2e9, None)],
        includes=[("capex", "台塑", None, "20億元")],
    ),
]


@pytest.mark.parametrize("c", INVESTMENT_AGREEMENTS)
def test_investment_agreements(c: Case) -> None:
    c.check()
