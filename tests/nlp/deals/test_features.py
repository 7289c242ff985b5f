"""The features of a merged deal candidate (pipeline.nlp.deals.features), on sentences of our own
in both scripts: each row names features the candidate must have and features it must not."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.component import deal_candidates
from pipeline.nlp.deals.features import features
from pipeline.text.sentences import split_sentences
from tests.nlp.deals.cases import VIEW, AmountSpec, amounts_of, mentions_of


def candidates(text: str, orgs: Sequence[str], amounts: Sequence[AmountSpec] = ()) -> list[Candidate]:
    return deal_candidates(
        text, VIEW(text), split_sentences(text), amounts_of(text, amounts), [], [], mentions_of(text, orgs)
    )


CASES = [
    pytest.param(
        "微軟向甲骨文採購價值50億美元的雲端算力。",
        ["微軟", "甲骨文"],
        [("50億美元", 5e9, None)],
        {
            "type=purchase",
            "subject_in_clause",
            "counterparty",
            "amount",
            "agent_first",
            "counterparty_marker:to",
        },
        {"symmetric", "vague_amount", "agent_not_named", "sent:plan"},
        id="tw-buyer-to-supplier",
    ),
    pytest.param(
        "联想向英伟达采购价值12亿美元的服务器。",
        ["联想", "英伟达"],
        [("12亿美元", 1.2e9, None)],
        {
            "type=purchase",
            "subject_in_clause",
            "counterparty",
            "amount",
            "agent_first",
            "counterparty_marker:to",
        },
        {"symmetric", "vague_amount", "agent_not_named"},
        id="cn-buyer-to-supplier",
    ),
    pytest.param(
        "據悉，鴻海擬向夏普增資100億日圓。",
        ["鴻海", "夏普"],
        [("100億日圓", 7e8, None)],
        {"type=investment", "kind", "sent:hearsay", "sent:plan", "agent_cue:to"},
        {"sent:negation", "sent:background"},
        id="tw-hearsay-plan",
    ),
    pytest.param(
        "据悉，海尔计划向通用家电增资30亿元。",
        ["海尔", "通用家电"],
        [("30亿元", 4e8, None)],
        {"type=investment", "sent:hearsay", "sent:plan"},
        {"sent:negation"},
        id="cn-hearsay-plan",
    ),
    pytest.param(
        "宏遠科技與東方電力簽署合作協議。",
        ["宏遠科技", "東方電力"],
        [],
        {"type=agreement", "signed", "counterparty_marker:with", "sent:done"},
        {"amount", "capacity"},
        id="tw-signed-agreement",
    ),
    pytest.param(
        "长江电力与三峡资本签订战略合作协议。",
        ["长江电力", "三峡资本"],
        [],
        {"type=agreement", "signed", "counterparty_marker:with"},
        {"amount"},
        id="cn-signed-agreement",
    ),
    pytest.param(
        "寧德時代獲得高瓴資本領投的5億元投資。",
        ["寧德時代", "高瓴資本"],
        [("5億元", 7e7, None)],
        {"type=investment", "counterparty", "amount", "counterparty_cue:passive"},
        {"agent_first", "subject_in_clause"},
        id="tw-receiving-subject",
    ),
    pytest.param(
        "比亚迪获得红杉资本领投的8亿元投资。",
        ["比亚迪", "红杉资本"],
        [("8亿元", 1.1e8, None)],
        {"type=investment", "counterparty", "amount", "counterparty_cue:passive"},
        {"agent_first", "subject_in_clause"},
        id="cn-receiving-subject",
    ),
    pytest.param(
        "去年，騰訊曾以100億元收購樂天。",
        ["騰訊", "樂天"],
        [("100億元", 1.4e9, None)],
        {"type=acquisition", "sent:background", "agent_cue:means"},
        {"sent:plan"},
        id="tw-past-background",
    ),
    pytest.param(
        "此前，阿里巴巴曾以80亿元收购饿了么。",
        ["阿里巴巴", "饿了么"],
        [("80亿元", 1.1e9, None)],
        {"type=acquisition", "sent:background", "agent_cue:means"},
        {"sent:plan"},
        id="cn-past-background",
    ),
    pytest.param(
        "中芯國際發行50億元公司債。",
        ["中芯國際"],
        [("50億元", 7e8, None)],
        {"type=debt", "kind", "amount", "subject_in_clause"},
        {"counterparty", "agent_first", "counterparty_distance"},
        id="tw-bond-no-counterparty",
    ),
    pytest.param(
        "招商局港口发行20亿元中期票据。",
        ["招商局港口"],
        [("20亿元", 2.8e8, None)],
        {"type=debt", "kind", "amount", "subject_in_clause"},
        {"counterparty", "agent_first"},
        id="cn-notes-no-counterparty",
    ),
    pytest.param(
        "鴻海尚未完成對夏普的100億日圓增資。",
        ["鴻海", "夏普"],
        [("100億日圓", 7e8, None)],
        {"sent:negation", "counterparty_marker:to"},
        {"sent:hearsay"},
        id="tw-not-yet-done",
    ),
    pytest.param(
        "海尔尚未完成对通用家电的30亿元增资。",
        ["海尔", "通用家电"],
        [("30亿元", 4e8, None)],
        {"sent:negation", "counterparty_marker:to"},
        {"sent:hearsay"},
        id="cn-not-yet-done",
    ),
    pytest.param(
        "台積電從輝達手中購入價值2億美元的設備。",
        ["台積電", "輝達"],
        [("2億美元", 2e8, None)],
        {"type=purchase", "counterparty_marker:from", "agent_first"},
        {"counterparty_marker:to"},
        id="tw-bought-from",
    ),
    pytest.param(
        "京东从顺丰购入价值3亿元的物流车。",
        ["京东", "顺丰"],
        [("3亿元", 4e7, None)],
        {"type=purchase", "counterparty_marker:from", "agent_first"},
        {"counterparty_marker:to"},
        id="cn-bought-from",
    ),
    pytest.param(
        "今年上半年，寧德時代市值規模達1兆元，並宣布投資20億元擴建工廠。",
        ["寧德時代"],
        [("20億元", 3e8, None)],
        {"type=capex", "sent:statistic", "sent:done"},
        {"counterparty"},
        id="tw-statistic-beside-a-plan",
    ),
    pytest.param(
        "今年上半年，比亚迪市场占比同比上升，并宣布投资30亿元扩建工厂。",
        ["比亚迪"],
        [("30亿元", 4e8, None)],
        {"type=capex", "sent:statistic"},
        {"agent_cue:with", "counterparty"},  # 同比 is no comitative 同
        id="cn-statistic-beside-a-plan",
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "present", "absent"), CASES)
def test_features(
    text: str, orgs: list[str], amounts: list[AmountSpec], present: set[str], absent: set[str]
) -> None:
    (c, *_rest) = candidates(text, orgs, amounts)
    got = features(c)
    assert present <= set(got), sorted(present - set(got))
    assert not absent & set(got), sorted(absent & set(got))


@pytest.mark.parametrize(
    ("text", "orgs", "amounts"),
    [pytest.param(*p.values[:3], id=p.id) for p in CASES],
)
def test_features_are_a_pure_function_with_values_in_unit_range(
    text: str, orgs: list[str], amounts: list[AmountSpec]
) -> None:
    for c in candidates(text, orgs, amounts):
        first, second = features(c), features(c)
        assert first == second
        assert all(0.0 <= v <= 1.0 for v in first.values()), first


def test_the_same_sentence_in_both_scripts_has_the_same_features() -> None:
    (tw,) = candidates("華碩向台積電採購價值3億美元的晶片。", ["華碩", "台積電"], [("3億美元", 3e8, None)])
    (cn,) = candidates("华硕向台积电采购价值3亿美元的芯片。", ["华硕", "台积电"], [("3亿美元", 3e8, None)])
    assert features(tw) == features(cn)
