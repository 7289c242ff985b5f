"""The learned deal scorer: a logistic regression over :func:`~.features.features`, shipped as
``scorer.json`` beside this module and trained by ``python -m pipeline.eval.train_scorer``.

The file holds the weights, the intercept, the threshold chosen by cross-validation on the
training articles and ``decision``: ``"learned"`` (a candidate is a deal when its learned
confidence reaches the threshold) or ``"hand"`` (the hand rule :func:`~.scoring.substantial`
decides, as before training). Either way every deal's confidence is the learned probability.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.features import features
from pipeline.nlp.deals.scoring import substantial

SCORER_FILE: Path = Path(__file__).resolve().parent / "scorer.json"

Decision = Literal["learned", "hand"]


class ScorerFileError(ValueError):
    """The weights file cannot be read as a scorer."""


@dataclass(frozen=True)
class Scorer:
    weights: Mapping[str, float]
    intercept: float
    threshold: float
    decision: Decision = "learned"

    def probability(self, feats: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in feats.items())
        if z >= 0:
            return 1 / (1 + math.exp(-z))
        e = math.exp(z)
        return e / (1 + e)

    def confidence(self, c: Candidate) -> float:
        """How sure the scorer is that ``c`` is a deal the text states, in [0, 1]."""
        return round(self.probability(features(c)), 3)

    def keep(self, c: Candidate, confidence: float) -> bool:
        """Whether candidate ``c`` (of learned ``confidence``) is a deal."""
        if self.decision == "hand":
            return substantial(c)
        return confidence >= self.threshold

    def to_json(self) -> dict[str, object]:
        return {
            "decision": self.decision,
            "threshold": self.threshold,
            "intercept": self.intercept,
            "weights": dict(sorted(self.weights.items())),
        }


def scorer_from_json(data: Mapping[str, object], source: str = "scorer") -> Scorer:
    try:
        weights = data["weights"]
        if not isinstance(weights, Mapping):
            raise TypeError("weights is not an object")
        decision = str(data.get("decision", "learned"))
        if decision not in ("learned", "hand"):
            raise ValueError(f"unknown decision {decision!r}")
        threshold = float(data["threshold"])  # type: ignore[arg-type]
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold {threshold} outside [0, 1]")
        return Scorer(
            weights=MappingProxyType({str(k): float(v) for k, v in weights.items()}),
            intercept=float(data["intercept"]),  # type: ignore[arg-type]
            threshold=threshold,
            decision=decision,  # type: ignore[arg-type]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ScorerFileError(f"{source}: not a deal scorer ({exc})") from exc


def load_scorer(path: str | Path | None = None) -> Scorer:
    """The scorer in ``path`` (default: the shipped ``scorer.json``)."""
    file = Path(path) if path is not None else SCORER_FILE
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ScorerFileError(f"{file}: cannot read the deal scorer ({exc})") from exc
    if not isinstance(data, Mapping):
        raise ScorerFileError(f"{file}: not a deal scorer (not a JSON object)")
    return scorer_from_json(data, str(file))


@cache
def shipped_scorer() -> Scorer:
    """The shipped scorer (read once per process; a :class:`Scorer` is immutable)."""
    return load_scorer()


def scorer_for(name: str) -> Scorer:
    """The scorer a pipeline config names: "shipped", "hand" (the shipped confidence, the hand
    decision) or the path of a weights file."""
    if name == "shipped":
        return shipped_scorer()
    if name == "hand":
        return replace(shipped_scorer(), decision="hand")
    return load_scorer(name)
