"""Evidence: a deal restated in several sentences is one deal; each sentence goes to the deal it
reports (its parties or its figure); the clearest sentence leads, a heading never does."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import evidence_of, run, summary

TWO_DEALS_ONE_PARTY = [
    pytest.param(
        "微軟宣布向甲骨文採購價值50億美元的雲端算力。"
        "微軟同時向超微採購價值20億美元的AI晶片。"
        "微軟向超微採購的晶片將於明年第一季交貨。"
        "這筆50億美元的採購合約由微軟與甲骨文共同簽署。",
        ["微軟", "甲骨文", "超微"],
        [("50億美元", 5e9, None), ("20億美元", 2e9, None)],
        {("微軟", "甲骨文"): ["微軟宣布", "這筆50億"], ("微軟", "超微"): ["微軟同時", "微軟向超"]},
        id="tw-one-buyer-two-sellers",
    ),
    pytest.param(
        "腾讯向月之暗面投资3亿美元。阿里巴巴也向月之暗面投资8亿美元。阿里巴巴表示,对月之暗面的8亿美元投资将分两期到位。",
        ["腾讯", "阿里巴巴", "月之暗面"],
        [("3亿美元", 3e8, None), ("8亿美元", 8e8, None)],
        {("腾讯", "月之暗面"): ["腾讯向月"], ("阿里巴巴", "月之暗面"): ["阿里巴巴也", "阿里巴巴表"]},
        id="cn-one-investee-two-investors",
    ),
    pytest.param(
        "本周三笔贷款:\n1、宁德时代向招商银行借款30亿元;\n2、比亚迪向工商银行借款50亿元;\n"
        "3、宁德时代另向工商银行借款10亿元;\n4、比亚迪的50亿元借款期限为三年。",
        ["宁德时代", "招商银行", "比亚迪", "工商银行"],
        [("30亿元", 3e9, None), ("50亿元", 5e9, None), ("10亿元", 1e9, None)],
        {
            ("宁德时代", "招商银行"): ["1、宁德时代向招商银行"],
            ("比亚迪", "工商银行"): ["2、比亚迪向工商银行", "4、比亚迪的50亿元"],
            ("宁德时代", "工商银行"): ["3、宁德时代另向"],
        },
        id="cn-list-items-each-their-own-loan",
    ),
    pytest.param(
        "• 鴻海向軟銀投資7億美元;\n• 鴻海向輝達採購20億美元的GPU;\n• 軟銀向鴻海採購5億美元的伺服器。",
        ["鴻海", "軟銀", "輝達"],
        [("7億美元", 7e8, None), ("20億美元", 2e9, None), ("5億美元", 5e8, None)],
        {
            ("鴻海", "軟銀"): ["• 鴻海向軟銀投資"],
            ("鴻海", "輝達"): ["• 鴻海向輝達採購"],
            ("軟銀", "鴻海"): ["• 軟銀向鴻海採購"],
        },
        id="tw-bullets-each-their-own-deal",
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), TWO_DEALS_ONE_PARTY)
def test_each_sentence_goes_to_its_own_deal(
    text: str, orgs: list[str], amounts: list, expected: dict
) -> None:  # type: ignore[type-arg]
    deals = run(text, orgs, amounts, every=True)
    for (agent, counterparty), starts in expected.items():
        got = evidence_of(deals, agent, counterparty)
        assert len(got) == len(starts), got
        assert all(e.startswith(s) for e, s in zip(got, starts, strict=True))


def test_restatements_are_one_deal_with_extra_evidence() -> None:
    text = "亞馬遜宣布向Anthropic投資40億美元。分析指出,亞馬遜投資Anthropic的資金將回流雲端業務。"
    deals = run(text, ["亞馬遜", "Anthropic"], [("40億美元", 4e9, None)])
    assert summary(deals) == [("investment", "亞馬遜", "Anthropic", "40億美元")]
    assert [e.text[:3] for e in deals[0].evidence] == ["亞馬遜", "分析指"]


def test_a_sentence_about_another_seller_never_joins() -> None:
    # the warrant sentence names OpenAI and AMD: no report of OpenAI's purchase from Oracle
    text = (
        "OpenAI與甲骨文簽署價值3000億美元的算力採購合約。"
        "隨著超微股價上漲,OpenAI持有的認股權證增值,可用於支付後續的晶片採購。"
        "超微以股權換訂單,取得OpenAI的晶片訂單。"
    )
    deals = run(text, ["OpenAI", "甲骨文", "超微"], [("3000億美元", 3e11, None)], every=True)
    assert evidence_of(deals, "OpenAI", "甲骨文") == [text[: text.index("。") + 1]]


def test_a_company_anaphor_restatement_joins() -> None:
    text = "華碩宣布向新創公司Gaudi投資5000萬美元。該公司表示,投資Gaudi是為了布局AI伺服器。"
    deals = run(text, ["華碩", "Gaudi"], [("5000萬美元", 5e7, None)], every=True)
    assert summary(deals) == [("investment", "華碩", "Gaudi", "5000萬美元")]
    assert [e.text[:2] for e in deals[0].evidence] == ["華碩", "該公"]


def test_a_both_parties_restatement_joins_and_another_partner_does_not() -> None:
    text = (
        "宁德时代与福特汽车签署10GW储能电池合作协议。"
        "双方签署的协议为期五年。"
        "宁德时代此前也与现代汽车签署合作协议。"
    )
    deals = run(text, ["宁德时代", "福特汽车", "现代汽车"], capacities=[("10GW", 1e10)], every=True)
    assert [e[:2] for e in evidence_of(deals, "宁德时代", "福特汽车")] == ["宁德", "双方"]


def test_a_heading_is_never_the_first_evidence() -> None:
    text = "■微軟砸50億美元向甲骨文採購算力\n微軟宣布向甲骨文採購價值50億美元的雲端算力。"
    deals = run(text, ["微軟", "甲骨文"], [("50億美元", 5e9, None)], every=True)
    assert [e.text[:2] for e in deals[0].evidence] == ["微軟", "■微"]


def test_the_clearest_sentence_leads() -> None:
    # the first report names neither the seller nor the figure; the second names both
    text = "微軟近日大舉採購算力。微軟向甲骨文採購價值50億美元的雲端算力。"
    deals = run(text, ["微軟", "甲骨文"], [("50億美元", 5e9, None)], every=True)
    assert deals and deals[0].evidence[0].text.startswith("微軟向甲骨文")
