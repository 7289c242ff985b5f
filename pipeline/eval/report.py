"""Scores and reports: TP/FP/FN counts, attribute accuracy, error items, the per-category table.

Precision, recall and F1 are micro-averaged: the counts of every article are added, then divided.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

QUANTITY_CATEGORIES: tuple[str, ...] = ("amounts", "capacities", "shares", "percentages")
ENTITY_CATEGORIES: tuple[str, ...] = ("organizations", "people")
CATEGORIES: tuple[str, ...] = (*QUANTITY_CATEGORIES, "conversions", *ENTITY_CATEGORIES, "deals")
ATTRIBUTES: tuple[str, ...] = ("qualifier", "per", "converted_from")

Json = dict[str, Any]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> Json:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, other: Accuracy) -> None:
        self.correct, self.total = self.correct + other.correct, self.total + other.total

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def to_json(self) -> Json:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(frozen=True)
class ErrorItem:
    """One scoring error: ``kind`` is FP, FN, or the attribute that differs on a matched pair."""

    article: str
    category: str
    kind: str
    start: int | None
    end: int | None
    text: str
    detail: str = ""

    def format(self) -> str:
        where = f"{self.start}-{self.end}" if self.start is not None else "-"
        detail = f"  [{self.detail}]" if self.detail else ""
        return f"{self.article:<40} {self.category:<13} {self.kind:<15} {where:<11} {self.text}{detail}"


@dataclass
class ArticleScore:
    name: str
    counts: dict[str, Counts] = field(default_factory=dict)
    attributes: dict[str, Accuracy] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)
    #: relaxed deal scores (pipeline.eval.deals.RELAXATIONS), when deals are scored
    relaxed: dict[str, Counts] = field(default_factory=dict)


@dataclass
class Report:
    articles: list[ArticleScore]
    categories: tuple[str, ...] = CATEGORIES

    def totals(self) -> tuple[dict[str, Counts], dict[str, Accuracy]]:
        counts = {c: Counts() for c in self.categories}
        attributes: dict[str, Accuracy] = {}
        for a in self.articles:
            for c, n in a.counts.items():
                counts.setdefault(c, Counts()).add(n)
            for k, acc in a.attributes.items():
                attributes.setdefault(k, Accuracy()).add(acc)
        return counts, attributes

    def relaxed(self) -> dict[str, Counts]:
        """The relaxed deal scores summed over the articles."""
        total: dict[str, Counts] = {}
        for a in self.articles:
            for k, n in a.relaxed.items():
                total.setdefault(k, Counts()).add(n)
        return total

    @property
    def errors(self) -> list[ErrorItem]:
        return [e for a in self.articles for e in a.errors]

    def format(self, per_article: bool = False, show_errors: bool = False) -> str:
        counts, attributes = self.totals()
        lines = [f"finkg evaluation: {len(self.articles)} articles (micro-averaged)", ""]
        lines += _table(counts)
        if attributes:
            lines += ["", f"{'attribute (on matched pairs)':<30} {'accuracy':>8} {'correct':>8} {'total':>6}"]
            for key in sorted(attributes, key=_attribute_order):
                acc = attributes[key]
                lines.append(f"{key:<30} {acc.value:>8.3f} {acc.correct:>8} {acc.total:>6}")
        relaxed = self.relaxed()
        if relaxed:
            lines += ["", "deals, relaxed (diagnostic: tests of the match left out)"]
            lines += _table(relaxed, width=22)[1:]
        if per_article:
            for a in self.articles:
                lines += ["", f"== {a.name}"]
                lines += _table(a.counts)
                bad = [f"{k} {v.correct}/{v.total}" for k, v in a.attributes.items() if v.correct < v.total]
                if bad:
                    lines.append("attribute errors: " + ", ".join(bad))
        if show_errors:
            lines += ["", f"errors ({len(self.errors)}):"]
            lines += [e.format() for e in self.errors]
        return "\n".join(lines)

    def to_json(self) -> Json:
        counts, attributes = self.totals()
        return {
            "categories": {c: n.to_json() for c, n in counts.items()},
            "attributes": {k: v.to_json() for k, v in attributes.items()},
            "deals_relaxed": {k: v.to_json() for k, v in self.relaxed().items()},
            "articles": [
                {
                    "name": a.name,
                    "categories": {c: n.to_json() for c, n in a.counts.items()},
                    "attributes": {k: v.to_json() for k, v in a.attributes.items()},
                    "errors": [e.__dict__ for e in a.errors],
                }
                for a in self.articles
            ],
        }


def _attribute_order(key: str) -> tuple[int, int]:
    category, _, attribute = key.partition(".")
    return (
        CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES),
        ATTRIBUTES.index(attribute) if attribute in ATTRIBUTES else len(ATTRIBUTES),
    )


def _table(counts: Mapping[str, Counts], width: int = 14) -> list[str]:
    lines = [f"{'category':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}"]
    for c, n in counts.items():
        lines.append(
            f"{c:<{width}} {n.precision:>6.3f} {n.recall:>6.3f} {n.f1:>6.3f} {n.tp:>6} {n.fp:>6} {n.fn:>6}"
        )
    return lines
