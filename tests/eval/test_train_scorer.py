"""The deal scorer's training script (pipeline.eval.train_scorer): fitting, labels by the
evaluator's matching, and a deterministic run on a tiny fixture of three corpus articles."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from pipeline.eval import train_scorer as T
from pipeline.nlp.deals.learned import load_scorer

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
#: three corpus articles: a syndicated loan, a bond issue, a construction contract
TINY = ("01_spdb", "02_cdb", "03_chengdi")


def test_fitting_is_deterministic_and_follows_the_labels() -> None:
    x = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    y = np.array([1.0, 1.0, 0.0, 0.0, 1.0, 1.0])
    w1, b1 = T.fit(x, y, penalty=1.0)
    w2, b2 = T.fit(x, y, penalty=1.0)
    assert np.array_equal(w1, w2) and b1 == b2
    assert w1[0] > 0  # the first feature goes with the positive label
    strong, _ = T.fit(x, y, penalty=100.0)
    assert abs(strong[0]) < abs(w1[0])  # a larger penalty shrinks the weights


@pytest.fixture(scope="module")
def tiny(nlp: Language) -> list[T.ArticleData]:
    return T.collect([("corpus", CORPUS / "gold", CORPUS / "articles")], nlp, only=TINY)


def test_training_labels_candidates_by_the_evaluators_matching(tiny: list[T.ArticleData]) -> None:
    assert len(tiny) == len(TINY)
    examples = [e for a in tiny for e in a.examples]
    assert any(e.label for e in examples)
    hand = T.counts(tiny, lambda i, k: tiny[i].examples[k].substantial)
    # every positive the hand rule keeps is a true positive of the evaluator, and no more
    assert hand.tp == sum(e.label for e in examples if e.substantial)


def test_the_training_script_is_deterministic(tiny: list[T.ArticleData], tmp_path: Path) -> None:
    out = tmp_path / "scorer.json"
    args = ["--set", "corpus", str(CORPUS / "gold"), str(CORPUS / "articles"), "--folds", "3"]
    assert T.main([*args, *(x for o in TINY for x in ("--only", o)), "--out", str(out)]) == 0
    scorer, report = T.train(tiny, folds=3)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        json.dumps({**scorer.to_json(), "trained": report})
    )
    again, _ = T.train(tiny, folds=3)
    assert again == scorer == load_scorer(out)


def test_a_missing_training_set_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        T.main(["--set", "x", str(tmp_path / "no-gold"), str(tmp_path), "--out", str(tmp_path / "s.json")])
    assert exit_info.value.code == 2
    assert "training set x" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()


@pytest.mark.parametrize("decision", ["hand", "learned"])
def test_the_decision_can_be_set_and_the_cross_validated_one_is_kept(
    tiny: list[T.ArticleData], decision: T.Decision
) -> None:
    scorer, report = T.train(tiny, folds=3, decision=decision)
    auto, _ = T.train(tiny, folds=3)
    assert scorer.decision == decision
    assert report["decision_by_cross_validation"] == auto.decision
    assert scorer.weights == auto.weights and scorer.threshold == auto.threshold
