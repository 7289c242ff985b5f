"""The learned deal scorer: the shipped weights, the decision, the training script, and the
confidence every deal carries in the JSON and the graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from pipeline.nlp.deals.learned import (
    SCORER_FILE,
    Scorer,
    ScorerFileError,
    load_scorer,
    scorer_for,
    scorer_from_json,
)
from pipeline.nlp.deals.scoring import substantial
from tests.nlp.deals.test_features import candidates


def test_the_shipped_weights_load() -> None:
    scorer = load_scorer()
    assert scorer.decision in ("hand", "learned")
    assert 0.0 <= scorer.threshold <= 1.0
    assert scorer.weights and all(isinstance(v, float) for v in scorer.weights.values())
    trained = json.loads(SCORER_FILE.read_text(encoding="utf-8"))["trained"]
    assert trained["examples"] > trained["positives"] > 0


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        pytest.param({"intercept": 0.0, "threshold": 0.5}, "weights", id="no-weights"),
        pytest.param({"weights": [], "intercept": 0.0, "threshold": 0.5}, "not an object", id="weights-list"),
        pytest.param(
            {"weights": {}, "intercept": 0.0, "threshold": 1.5}, "outside", id="threshold-above-one"
        ),
        pytest.param(
            {"weights": {"a": "x"}, "intercept": 0.0, "threshold": 0.5}, "float", id="weight-not-number"
        ),
        pytest.param(
            {"weights": {}, "intercept": 0.0, "threshold": 0.5, "decision": "vote"},
            "vote",
            id="unknown-decision",
        ),
    ],
)
def test_a_bad_scorer_is_refused_with_its_problem(data: dict[str, Any], problem: str) -> None:
    with pytest.raises(ScorerFileError, match=problem):
        scorer_from_json(data, "w.json")


def test_an_unreadable_weights_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "weights.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ScorerFileError, match=r"weights\.json"):
        load_scorer(bad)


@pytest.mark.parametrize("z", [-1000.0, -5.0, 0.0, 5.0, 1000.0])
def test_the_probability_is_in_the_unit_interval(z: float) -> None:
    p = Scorer(weights={"x": z}, intercept=0.0, threshold=0.5).probability({"x": 1.0})
    assert 0.0 <= p <= 1.0
    assert (p > 0.5) == (z > 0)


DECIDED = [
    pytest.param(
        "微軟向甲骨文採購價值50億美元的雲端算力。",
        ["微軟", "甲骨文"],
        [("50億美元", 5e9, None)],
        id="tw-purchase",
    ),
    pytest.param(
        "联想向英伟达采购价值12亿美元的服务器。",
        ["联想", "英伟达"],
        [("12亿美元", 1.2e9, None)],
        id="cn-purchase",
    ),
    pytest.param("宏遠科技與東方電力簽署合作協議。", ["宏遠科技", "東方電力"], [], id="tw-agreement"),
    pytest.param(
        "长江电力表示将与三峡资本合作。", ["长江电力", "三峡资本"], [], id="cn-unsigned-cooperation"
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts"), DECIDED)
def test_the_hand_decision_is_the_hand_rule_and_the_learned_one_the_threshold(
    text: str, orgs: list[str], amounts: list[Any]
) -> None:
    hand = scorer_for("hand")
    learned = Scorer(weights=hand.weights, intercept=hand.intercept, threshold=0.5, decision="learned")
    found = candidates(text, orgs, amounts)
    assert found
    for c in found:
        assert hand.keep(c, 0.0) == substantial(c)
        assert learned.keep(c, 0.5) and not learned.keep(c, 0.49)
        assert 0.0 <= hand.confidence(c) <= 1.0


CONFIDENT = [
    pytest.param("微軟向甲骨文採購價值50億美元的雲端算力。", id="tw-purchase"),
    pytest.param("腾讯向京东投资20亿美元。", id="cn-investment"),
    pytest.param("鴻海以新台幣30億元收購夏普。", id="tw-acquisition"),
]


@pytest.mark.parametrize("text", CONFIDENT)
def test_every_deal_has_its_confidence_in_the_json_and_the_graph(nlp: Language, text: str) -> None:
    from pipeline.eval.contract import to_contract
    from pipeline.graph.mapping import article_quads
    from pipeline.model.records import Article
    from pipeline.nlp.extract import extract

    extraction = extract(nlp, Article(key="k", text=text, source="k", content_hash="k"))
    deals = to_contract(extraction)["deals"]
    assert deals and all(0.0 <= d["confidence"] <= 1.0 for d in deals)
    _, quads = article_quads(extraction)
    graph = sorted(float(q.object.value) for q in quads if q.predicate.value.endswith("#confidence"))
    assert graph == sorted(d["confidence"] for d in deals)
