"""The one deal scorer (pipeline.eval.match_deals): when a predicted deal is the gold deal."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.eval import compare, match_deals

TEXT = "輝達投資xAI高達20億美元。超微與OpenAI簽約。"


def amount(text: str, value: float, currency: str = "USD") -> dict[str, Any]:
    start = TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text), "value": value, "currency": currency}


def deal(
    type_: str, agent: str | None, counterparty: str | None, amount_text: str | None = None, **extra: Any
) -> dict[str, Any]:
    sentence = TEXT[: TEXT.index("。") + 1]
    return {
        "type": type_,
        "agent": agent,
        "counterparty": counterparty,
        "amount_text": amount_text,
        "evidence": sentence,
        "evidence_start": 0,
        **extra,
    }


GOLD = {
    "amounts": [amount("高達20億美元", 2e9)],
    "organizations": ["輝達", "xAI", "Nvidia"],
    "organization_aliases": {"輝達": ["Nvidia"]},
    "deals": [deal("investment", "輝達", "xAI", "高達20億美元")],
}


def pred(*deals: dict[str, Any], amounts: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "amounts": amounts if amounts is not None else [amount("20億美元", 2e9)],
        "organizations": ["Nvidia", "xAI", "輝達"],
        "organization_aliases": {"輝達": ["Nvidia"]},
        "deals": list(deals),
        **extra,
    }


@pytest.mark.parametrize(
    ("predicted", "tp"),
    [
        pytest.param(pred(deal("investment", "輝達", "xAI", "20億美元")), 1, id="same-deal-amount-by-value"),
        pytest.param(pred(deal("investment", "Nvidia", "xAI", "20億美元")), 1, id="agent-by-alias"),
        pytest.param(pred(deal("purchase", "輝達", "xAI", "20億美元")), 0, id="other-type"),
        pytest.param(pred(deal("investment", "xAI", "輝達", "20億美元")), 0, id="parties-swapped"),
        pytest.param(
            pred(deal("investment", "輝達", None, "20億美元")), 0, id="null-counterparty-is-not-a-party"
        ),
        pytest.param(pred(deal("investment", "輝達", "xAI")), 0, id="amount-missing"),
        pytest.param(
            pred(deal("investment", "輝達", "xAI", "20億美元"), amounts=[amount("20億美元", 3e9)]),
            0,
            id="amount-of-another-value",
        ),
        pytest.param(
            pred(deal("investment", "輝達", "xAI", "20億美元"), amounts=[]),
            0,
            id="amount-text-naming-no-amount-compared-as-text",
        ),
    ],
)
def test_a_predicted_deal_matches_the_gold_deal(predicted: dict[str, Any], tp: int) -> None:
    match = match_deals(GOLD, predicted)
    assert (match.counts.tp, match.counts.fp, match.counts.fn) == (tp, 1 - tp, 1 - tp)


def test_one_to_one_prefers_the_nearest_evidence() -> None:
    near = deal("investment", "輝達", "xAI", "20億美元", evidence_start=1)
    far = deal("investment", "輝達", "xAI", "20億美元", evidence_start=9)
    match = match_deals(GOLD, pred(far, near))
    assert match.matched() == [(GOLD["deals"][0], near)]
    assert [(e.kind, e.start) for e in match.errors("a")] == [("FP", 9)]


def test_deals_outside_the_body_are_not_scored() -> None:
    gold = {**GOLD, "body_spans": [[TEXT.index("。") + 1, len(TEXT)]]}
    match = match_deals(gold, pred(deal("investment", "輝達", "xAI", "20億美元")))
    assert (match.golds, match.preds) == ((), ())


def test_compare_scores_deals_with_the_same_matcher() -> None:
    predicted = pred(deal("investment", "輝達", "xAI", "20億美元"), deal("other", "超微", "OpenAI"))
    counts = compare(GOLD, predicted, "a", ["deals"]).counts["deals"]
    assert (
        (counts.tp, counts.fp, counts.fn)
        == (1, 1, 0)
        == (
            match_deals(GOLD, predicted).counts.tp,
            match_deals(GOLD, predicted).counts.fp,
            match_deals(GOLD, predicted).counts.fn,
        )
    )


def test_the_gold_input_harness_scores_with_the_evaluator(corpus_dir: Any) -> None:
    """tests/gold_inputs.py counts deals through match_deals: gold deals score perfectly."""
    from pipeline.model.records import Deal, Evidence, Mention
    from tests.gold_inputs import gold_inputs, score_article

    path = corpus_dir / "gold" / "01_spdb-huarui-syndicated-loan.json"
    gi = gold_inputs(path)
    by_name = {m.text: m for m in gi.mentions}
    amounts = {a.text: a for a in gi.amounts}
    deals = [
        Deal(
            d["type"],
            by_name.get(d["agent"]) if d["agent"] else None,
            by_name.get(d["counterparty"]) if d["counterparty"] else None,
            (Evidence(d["evidence_start"], d["evidence_start"] + len(d["evidence"]), d["evidence"]),),
            amount=amounts.get(d.get("amount_text") or ""),
        )
        for d in gi.gold["deals"]
        if (d["agent"] is None or d["agent"] in by_name)
        and (d["counterparty"] is None or d["counterparty"] in by_name)
    ]
    assert deals and all(isinstance(m, Mention) for d in deals for m in (d.agent, d.counterparty) if m)
    tp, predicted, gold, errors = score_article(gi, deals)
    assert tp == predicted == len(deals) and gold == len(gi.gold["deals"]), errors


@pytest.mark.parametrize(
    ("predicted", "found_by"),
    [
        pytest.param(
            pred(deal("investment", "Nvidia", "xAI", "20億美元")),
            {"without amount", "without type", "without agent", "without counterparty", "type only"},
            id="the-right-deal-is-found-by-every-relaxation",
        ),
        pytest.param(
            pred(deal("purchase", "輝達", "xAI", "20億美元")), {"without type"}, id="only-the-type-wrong"
        ),
        pytest.param(
            pred(deal("investment", "輝達", "xAI")),
            {"without amount", "type only"},
            id="only-the-amount-missing",
        ),
        pytest.param(
            pred(deal("investment", "超微", "xAI", "20億美元"), organizations=["超微", "xAI"]),
            {"without agent", "type only"},
            id="only-the-agent-wrong",
        ),
        pytest.param(
            pred(deal("investment", "輝達", None, "20億美元")),
            {"without counterparty", "type only"},
            id="only-the-counterparty-missing",
        ),
        pytest.param(
            pred(deal("investment", "xAI", "輝達", "20億美元")),
            {"type only"},
            id="parties-swapped-found-by-type-alone",
        ),
        pytest.param(pred(deal("purchase", "xAI", "輝達")), set(), id="nothing-right"),
    ],
)
def test_relaxed_scores_say_which_test_failed(predicted: dict[str, Any], found_by: set[str]) -> None:
    relaxed = compare(GOLD, predicted, categories=["deals"]).relaxed
    assert {k for k, n in relaxed.items() if n.tp} == found_by
    assert compare(GOLD, predicted, categories=["deals"]).counts["deals"].tp == (len(found_by) == 5)


def test_relaxed_scores_are_summed_and_reported_beside_the_deal_score() -> None:
    from pipeline.eval.report import Report

    scores = [compare(GOLD, pred(deal("purchase", "輝達", "xAI", "20億美元")), "a", ["deals"])] * 2
    report = Report(scores, ("deals",))
    assert report.relaxed()["without type"].tp == 2
    assert report.relaxed()["without amount"].fp == 2
    text = report.format()
    assert "deals, relaxed" in text
    assert report.to_json()["deals_relaxed"]["without type"]["f1"] == 1.0
