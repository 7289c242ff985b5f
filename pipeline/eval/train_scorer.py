"""Train the deal scorer and write pipeline/nlp/deals/scorer.json: ``python -m pipeline.eval.train_scorer``.

1. The pipeline runs over every article of the training sets (default: devset2/tune and the
   corpus, which holds the devset) up to the deal finder; every merged candidate
   (:func:`pipeline.nlp.deals.component.deal_candidates`) becomes an example with its features
   (:func:`pipeline.nlp.deals.features.features`) and a label: whether it is the same deal as a
   gold one under the evaluator's rules (type, agent, counterparty, amount;
   :func:`pipeline.eval.deals.scored_deals`).
2. A logistic regression with an L2 penalty is fitted by Newton's method (numpy, deterministic).
3. Leave-articles-out cross-validation (articles in sorted order, fold = position mod k) gives
   each example an out-of-fold probability; for each penalty and threshold the kept candidates
   are scored by the evaluator's own matching (:func:`pipeline.eval.deals.match_deals`), so the
   cross-validated F1 is the figure ``finkg evaluate`` would report on articles it was not
   trained on. The hand rule (:func:`pipeline.nlp.deals.scoring.substantial`) is scored the same way.
4. The penalty of the least out-of-fold log loss and the threshold of the best cross-validated
   F1 are kept; ``decision`` is "learned" when that F1 beats the hand rule's, else "hand"
   (``--decision`` overrides it: when the two tie, the issue asks for whichever wins on
   devset2/check, measured by ``finkg evaluate`` with each). The final model is fitted on all
   examples.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from pipeline.eval.deals import match_deals, scored_deals
from pipeline.eval.report import Counts
from pipeline.nlp.deals.learned import SCORER_FILE, Decision, Scorer
from pipeline.resources import corpus_dir

Json = dict[str, Any]
Matrix = npt.NDArray[np.float64]

_REPO = Path(__file__).resolve().parents[2]
#: the default training sets: (name, gold directory, articles directory)
TRAINING_SETS: tuple[tuple[str, Path, Path], ...] = (
    ("tune", _REPO / "tests/data/devset2/tune/gold", _REPO / "tests/data/devset2/tune/articles"),
    ("corpus", corpus_dir("gold"), corpus_dir("articles")),
)
PENALTIES: tuple[float, ...] = (0.3, 1.0, 3.0, 10.0)
THRESHOLDS: tuple[float, ...] = tuple(round(0.2 + 0.05 * i, 2) for i in range(13))
FOLDS: int = 10


@dataclass(frozen=True)
class Example:
    #: index of the candidate's deal in the article's ``pred["deals"]``
    index: int
    features: Mapping[str, float]
    label: bool
    substantial: bool


@dataclass(frozen=True)
class ArticleData:
    """One training article: its gold, the contract of every candidate, the examples."""

    name: str
    gold: Json
    pred: Json
    examples: tuple[Example, ...]


def article_data(nlp: Any, name: str, gold: Json, text_path: Path) -> ArticleData:
    """The examples of one article (``nlp`` built without ``finkg_deals``)."""
    from pipeline.eval.contract import to_contract
    from pipeline.eval.evaluate import read_article
    from pipeline.nlp.deals.component import deal_candidates, doc_inputs, to_deal
    from pipeline.nlp.deals.features import features
    from pipeline.nlp.deals.roles import known_lenders
    from pipeline.nlp.deals.scoring import substantial
    from pipeline.nlp.extract import extraction_of, run

    article = read_article(text_path)
    if len(article.text) > nlp.max_length:  # extract() would read it in parts; the training does not
        raise ValueError(f"{text_path}: longer than the pipeline's max_length ({nlp.max_length})")
    doc = run(nlp, article)
    inputs = doc_inputs(doc)
    lenders = known_lenders(doc._.entities or {})
    pairs = [(c, to_deal(c, None, None)) for c in deal_candidates(*inputs[:-1], lenders)]
    kept = [(c, d) for c, d in pairs if article.in_body(d.evidence[0].start, d.evidence[0].end)]
    doc._.deals = [d for _, d in kept]  # extraction_of keeps them all: their evidence is in the body
    pred = to_contract(extraction_of(doc, article))
    labels = dict(scored_deals(gold, pred))
    examples = tuple(
        Example(j, features(c), labels[j], substantial(c)) for j, (c, _) in enumerate(kept) if j in labels
    )
    return ArticleData(name, gold, pred, examples)


def collect(
    sets: Sequence[tuple[str, Path, Path]], nlp: Any = None, only: Sequence[str] = ()
) -> list[ArticleData]:
    """Every article of ``sets`` that has a gold file (``only``: stems containing one of these)."""
    if nlp is None:
        from pipeline.nlp.wiring import PIPES, build_nlp

        nlp = build_nlp(pipes=tuple(p for p in PIPES if p not in ("finkg_deals", "finkg_spans")))
    out = []
    for set_name, gold_dir, articles_dir in sets:
        for gold_path in sorted(Path(gold_dir).glob("*.json")):
            if only and not any(o in gold_path.stem for o in only):
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = Path(articles_dir) / (gold.get("file") or f"{gold_path.stem}.txt")
            out.append(article_data(nlp, f"{set_name}/{gold_path.stem}", gold, text_path))
    return out


def feature_names(arts: Sequence[ArticleData]) -> tuple[str, ...]:
    return tuple(sorted({name for a in arts for e in a.examples for name in e.features}))


def matrix(examples: Sequence[Example], names: Sequence[str]) -> Matrix:
    column = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    for r, e in enumerate(examples):
        for n, v in e.features.items():
            if n in column:
                x[r, column[n]] = v
    return x


def fit(x: Matrix, y: Matrix, penalty: float, steps: int = 30) -> tuple[Matrix, float]:
    """Logistic regression weights and intercept: Newton's method on the L2-penalised log loss
    (the intercept is not penalised). Deterministic: no random start, no sampling."""
    n, k = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(k + 1)
    reg = np.full(k + 1, penalty)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb.T * (p * (1 - p))) @ xb + np.diag(reg) + 1e-9 * np.eye(k + 1)
        step = np.linalg.solve(hess, grad)
        w = w - step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return w[:-1], float(w[-1])


def _labels(examples: Sequence[Example]) -> Matrix:
    return np.array([1.0 if e.label else 0.0 for e in examples])


def out_of_fold(arts: Sequence[ArticleData], penalty: float, folds: int = FOLDS) -> list[Matrix]:
    """Each article's examples' probabilities from a model fitted without its fold's articles."""
    order = sorted(range(len(arts)), key=lambda i: arts[i].name)
    fold_of = {i: pos % folds for pos, i in enumerate(order)}
    probs: list[Matrix] = [np.zeros(len(a.examples)) for a in arts]
    for f in range(min(folds, len(arts))):
        train = [e for i, a in enumerate(arts) if fold_of[i] != f for e in a.examples]
        if not train:
            continue
        names = feature_names([a for i, a in enumerate(arts) if fold_of[i] != f])
        w, b = fit(matrix(train, names), _labels(train), penalty)
        for i, a in enumerate(arts):
            if fold_of[i] == f and a.examples:
                probs[i] = 1 / (1 + np.exp(-(matrix(a.examples, names) @ w + b)))
    return probs


def counts(arts: Sequence[ArticleData], keep: Callable[[int, int], bool]) -> Counts:
    """The evaluator's deal counts over ``arts`` when only the examples ``keep(article, example)``
    are predicted."""
    total = Counts()
    for i, a in enumerate(arts):
        chosen = [a.pred["deals"][e.index] for k, e in enumerate(a.examples) if keep(i, k)]
        total.add(match_deals(a.gold, {**a.pred, "deals": chosen}).counts)
    return total


def _figures(c: Counts) -> Json:
    return {
        "tp": c.tp,
        "fp": c.fp,
        "fn": c.fn,
        "p": round(c.precision, 4),
        "r": round(c.recall, 4),
        "f1": round(c.f1, 4),
    }


def _per_set(arts: Sequence[ArticleData], keep: Callable[[int, int], bool]) -> Json:
    sets = sorted({a.name.split("/", 1)[0] for a in arts})
    out = {"all": _figures(counts(arts, keep))}
    for s in sets:
        idx = [i for i, a in enumerate(arts) if a.name.startswith(s + "/")]
        sub = [arts[i] for i in idx]
        out[s] = _figures(counts(sub, lambda i, k, idx=idx: keep(idx[i], k)))  # type: ignore[misc]
    return out


#: the hand weights the confidence had before the scorer was learned (for comparison only)
HAND_WEIGHTS: dict[str, float] = {
    "subject_in_clause": 0.8,
    "counterparty": 0.5,
    "amount": 0.6,
    "vague_amount": -0.4,
    "capacity": 0.2,
    "restated": 0.3,
    "kind": 0.2,
    "agent_not_named": -0.8,
    "borrowed": -0.3,
    "symmetric": -0.4,
    "type=agreement": -0.4,
    "heading": -0.5,
}


def ranking(scores: Sequence[float], labels: Sequence[bool]) -> Json:
    """How well a confidence orders deals: the area under the ROC curve (ties count half) and
    the Brier score (mean squared error of the confidence as a probability)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    pairs = len(pos) * len(neg)
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    brier = sum((s - y) ** 2 for s, y in zip(scores, labels, strict=True)) / max(len(scores), 1)
    return {"auc": round(wins / pairs, 4) if pairs else None, "brier": round(brier, 4)}


def _confidence_figures(arts: Sequence[ArticleData], probs: Sequence[Matrix]) -> Json:
    """AUC and Brier of the learned (out-of-fold) and the hand confidence over the deals the
    hand rule keeps (what a user filters by confidence)."""
    hand = Scorer(weights=HAND_WEIGHTS, intercept=0.0, threshold=0.5, decision="hand")
    kept = [(i, k) for i, a in enumerate(arts) for k, e in enumerate(a.examples) if e.substantial]
    labels = [arts[i].examples[k].label for i, k in kept]
    learned = [float(probs[i][k]) for i, k in kept]
    manual = [hand.probability(arts[i].examples[k].features) for i, k in kept]
    return {
        "learned": ranking(learned, labels),
        "hand": ranking(manual, labels),
        "learned_bins": calibration(learned, labels),
    }


#: confidence bins of the calibration table (lower bounds)
BINS: tuple[float, ...] = (0.0, 0.5, 0.7, 0.85)


def calibration(scores: Sequence[float], labels: Sequence[bool]) -> Json:
    """Per confidence bin (keyed by its lower bound): how many deals, and the share that are right."""
    out: Json = {}
    for lo, hi in zip(BINS, (*BINS[1:], 1.01), strict=True):
        inside = [y for s, y in zip(scores, labels, strict=True) if lo <= s < hi]
        out[f"{lo:.2f}"] = {
            "deals": len(inside),
            "precision": round(sum(inside) / len(inside), 4) if inside else None,
        }
    return out


def log_loss(probs: Matrix, labels: Matrix) -> float:
    p = np.clip(probs, 1e-9, 1 - 1e-9)
    return float(-np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p)))


def train(
    arts: Sequence[ArticleData],
    penalties: Sequence[float] = PENALTIES,
    thresholds: Sequence[float] = THRESHOLDS,
    folds: int = FOLDS,
    decision: Decision | None = None,
) -> tuple[Scorer, Json]:
    """The scorer chosen by cross-validation, fitted on every example, and the figures measured:
    the penalty of the least out-of-fold log loss, then the threshold of the best out-of-fold F1
    (ties: the one nearest 0.5). ``decision`` None: "learned" when it beats the hand rule."""
    labels = np.concatenate([_labels(a.examples) for a in arts])
    scored = [
        (log_loss(np.concatenate(p), labels), pen, p)
        for pen in penalties
        for p in [out_of_fold(arts, pen, folds)]
    ]
    loss, penalty, best_probs = min(scored, key=lambda x: (round(x[0], 9), -x[1]))

    def f1_at(t: float) -> float:
        return counts(arts, lambda i, k: bool(best_probs[i][k] >= t)).f1

    threshold = max(thresholds, key=lambda t: (round(f1_at(t), 6), -abs(t - 0.5)))
    hand = _per_set(arts, lambda i, k: arts[i].examples[k].substantial)
    learned = _per_set(arts, lambda i, k: bool(best_probs[i][k] >= threshold))
    by_cv: Decision = "learned" if learned["all"]["f1"] > hand["all"]["f1"] else "hand"
    decision = decision or by_cv
    examples = [e for a in arts for e in a.examples]
    names = feature_names(arts)
    w, b = fit(matrix(examples, names), _labels(examples), penalty)
    weights = {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if round(float(v), 4) != 0.0}
    scorer = Scorer(weights=weights, intercept=round(b, 4), threshold=threshold, decision=decision)
    report = {
        "examples": len(examples),
        "positives": sum(e.label for e in examples),
        "articles": len(arts),
        "penalty": penalty,
        "log_loss": round(loss, 4),
        "folds": folds,
        "decision_by_cross_validation": by_cv,
        "cross_validated": {"learned": learned, "hand": hand},
        "confidence": _confidence_figures(arts, best_probs),
    }
    return scorer, report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.eval.train_scorer", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--out", default=str(SCORER_FILE), help="weights file to write [the shipped scorer.json]"
    )
    parser.add_argument(
        "--set",
        nargs=3,
        action="append",
        metavar=("NAME", "GOLD", "ARTICLES"),
        help="a training set (repeatable) [devset2/tune and the corpus]",
    )
    parser.add_argument("--only", action="append", default=[], help="only articles whose stem contains this")
    parser.add_argument("--folds", type=int, default=FOLDS, help=f"cross-validation folds [{FOLDS}]")
    parser.add_argument(
        "--decision",
        choices=("auto", "hand", "learned"),
        default="auto",
        help="the decision to ship [auto: learned when its cross-validated F1 beats the hand rule]",
    )
    args = parser.parse_args(argv)
    sets = [(n, Path(g), Path(a)) for n, g, a in args.set] if args.set else list(TRAINING_SETS)
    for name, gold, articles in sets:
        if not gold.is_dir() or not articles.is_dir():
            parser.error(f"training set {name}: {gold} or {articles} is not a directory")
    arts = collect(sets, only=args.only)
    if not any(a.examples for a in arts):
        parser.error("no deal candidates in the training articles (no gold files, or --only matched none)")
    chosen: Decision | None = None if args.decision == "auto" else args.decision
    scorer, report = train(arts, folds=args.folds, decision=chosen)
    data = {**scorer.to_json(), "trained": report}
    Path(args.out).write_text(
        json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(json.dumps({k: report[k] for k in ("cross_validated", "confidence")}, indent=1))
    print(
        f"decision {scorer.decision}, threshold {scorer.threshold}, penalty {report['penalty']}: {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
