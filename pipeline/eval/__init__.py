"""Evaluation: the JSON contract, matching, scoring (one deal scorer) and reports.

``evaluate(gold_dir, articles_dir)`` scores a corpus; ``compare(gold, pred)`` one article;
``match_deals(gold, pred)`` the deals of one article.
"""

from __future__ import annotations

from pipeline.eval.deals import DealMatch, match_deals
from pipeline.eval.evaluate import evaluate, read_article
from pipeline.eval.report import CATEGORIES, Accuracy, ArticleScore, Counts, ErrorItem, Report
from pipeline.eval.scoring import compare

__all__ = [
    "CATEGORIES",
    "Accuracy",
    "ArticleScore",
    "Counts",
    "DealMatch",
    "ErrorItem",
    "Report",
    "compare",
    "evaluate",
    "match_deals",
    "read_article",
]
