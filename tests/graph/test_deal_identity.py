"""Deal identity across articles (pipeline.model.iris.deal_key, docs/deal-identity.md): each
group is several outlets' sentences of our own (both scripts); the deals they state must be one
node when they report the same deal and apart when they report repeated deals of the same parties
(an issuer's bond after bond, a borrower's yearly syndicated loans, a company's A and B rounds)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from pipeline.model.iris import deal_iri, deal_key
from tests.nlp.deals.cases import AmountSpec, run

Report = tuple[str, Sequence[str], Sequence[AmountSpec]]


def _iris(reports: Sequence[Report], kind: str | None = None) -> list[str]:
    """The IRI of each report's deal of ``kind`` (None: the one deal, or a round's lead's investment
    rather than the company's raise)."""
    out = []
    for text, orgs, amounts in reports:
        deals = run(text, orgs, amounts)
        if kind is not None:
            deals = [d for d in deals if d.type == kind]
        deals = [d for d in deals if d.counterparty is not None] or deals
        assert len(deals) == 1, (text, deals)
        out.append(deal_iri(deals[0]))
    return out


SAME_DEAL = [
    pytest.param(
        [
            (
                "中國信託完成發行2025年度第一期綠色債券,發行金額新台幣50億元。",
                ["中國信託"],
                [("新台幣50億元", 5e9, None)],
            ),
            ("中国信托发行2025年度第一期绿色债券，规模约50亿元。", ["中国信托"], [("约50亿元", 5e9, None)]),
            ("中國信託今日發行2025年第一期綠色債券50億元。", ["中國信託"], [("50億元", 5e9, None)]),
        ],
        id="one-bond-issue-three-outlets",
    ),
    pytest.param(
        [
            ("紅杉中國領投月之暗面B輪融資。", ["紅杉中國", "月之暗面"], []),
            (
                "红杉中国领投月之暗面B轮融资，金额10亿美元。",
                ["红杉中国", "月之暗面"],
                [("10亿美元", 1e9, None)],
            ),
            ("月之暗面完成B輪融資,由紅杉中國領投。", ["紅杉中國", "月之暗面"], []),
        ],
        id="one-round-lead-three-outlets",
    ),
    pytest.param(
        [
            (
                "台塑向台灣銀行取得聯貸案,金額新台幣300億元。",
                ["台塑", "台灣銀行"],
                [("新台幣300億元", 3e10, None)],
            ),
            (
                "台塑与台湾银行签署银团贷款，金额约300亿元。",
                ["台塑", "台湾银行"],
                [("约300亿元", 3.04e10, None)],
            ),
        ],
        id="one-loan-two-outlets-rounding",
    ),
]

SAME_RAISE = [
    pytest.param(
        [
            (
                "智譜完成新一輪融資,金額約30億元,由紅杉中國領投。",
                ["智譜", "紅杉中國"],
                [("約30億元", 3e9, None)],
            ),
            ("智谱完成新一轮融资，金额30亿元。", ["智谱"], [("30亿元", 3e9, None)]),
        ],
        id="one-round-with-and-without-its-lead",
    ),
]

REPEATED_DEALS = [
    pytest.param(
        [
            ("國家電網發行2024年度第一期中期票據,規模50億元。", ["國家電網"], [("50億元", 5e9, None)]),
            ("国家电网发行2025年度第一期中期票据，规模50亿元。", ["国家电网"], [("50亿元", 5e9, None)]),
        ],
        id="two-bond-issues-same-size-other-year",
    ),
    pytest.param(
        [
            ("万科发行2025年度第一期公司债券，规模20亿元。", ["万科"], [("20亿元", 2e9, None)]),
            ("萬科發行2025年度第二期公司債券,規模20億元。", ["萬科"], [("20億元", 2e9, None)]),
        ],
        id="two-series-of-one-year",
    ),
    pytest.param(
        [
            (
                "長榮海運向兆豐銀行取得聯貸案,金額新台幣200億元。",
                ["長榮海運", "兆豐銀行"],
                [("新台幣200億元", 2e10, None)],
            ),
            (
                "长荣海运向兆丰银行取得银团贷款，金额500亿元。",
                ["长荣海运", "兆丰银行"],
                [("500亿元", 5e10, None)],
            ),
        ],
        id="yearly-syndicated-loans",
    ),
    pytest.param(
        [
            ("高瓴資本領投智譜A輪融資。", ["高瓴資本", "智譜"], []),
            ("高瓴资本领投智谱B轮融资。", ["高瓴资本", "智谱"], []),
        ],
        id="one-investor-a-and-b-rounds",
    ),
    pytest.param(
        [
            ("小鵬汽車完成A輪融資,金額2億美元。", ["小鵬汽車"], [("2億美元", 2e8, None)]),
            ("小鹏汽车完成B轮融资，金额2亿美元。", ["小鹏汽车"], [("2亿美元", 2e8, None)]),
        ],
        id="two-rounds-of-one-size",
    ),
]


@pytest.mark.parametrize("reports", SAME_DEAL)
def test_the_same_deal_in_several_outlets_is_one_node(reports: Sequence[Report]) -> None:
    assert len(set(_iris(reports))) == 1


@pytest.mark.parametrize("reports", SAME_RAISE)
def test_a_raise_with_and_without_its_lead_is_one_node(reports: Sequence[Report]) -> None:
    assert len(set(_iris(reports, "fundraising"))) == 1


@pytest.mark.parametrize("reports", REPEATED_DEALS)
def test_repeated_deals_of_the_same_parties_stay_apart(reports: Sequence[Report]) -> None:
    iris = _iris(reports)
    assert len(set(iris)) == len(iris)


@pytest.mark.parametrize(
    ("text", "orgs", "label"),
    [
        pytest.param("繼A輪之後,智譜完成B輪融資3億元。", ["智譜"], "round:B", id="tw-nearest-round"),
        pytest.param("智谱完成Pre-A轮融资3亿元。", ["智谱"], "round:PreA", id="cn-pre-a"),
        pytest.param("商湯完成種子輪融資3億元。", ["商湯"], "round:种子", id="tw-seed-folded"),
        pytest.param(
            "中信证券发行2025年度第三期短期融资券3亿元。", ["中信证券"], "series:2025-三", id="cn-bond-series"
        ),
    ],
)
def test_the_series_label_is_read_from_the_text(text: str, orgs: list[str], label: str) -> None:
    deals = run(text, orgs, [(text[text.index("3") :].split("。")[0], 3e8, None)])
    assert [d.series for d in deals] == [label]
    assert deal_key(deals[0]).endswith("|" + label)
