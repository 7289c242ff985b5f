"""Score extractions against gold files: ``finkg evaluate`` and ``python -m pipeline.eval.evaluate``.

Everything is compared as contract JSON (docs/gold-format.md, :mod:`pipeline.eval.contract`; the
gold files of corpus/gold follow it), so the same code scores the pipeline run here, or saved
``finkg extract`` output (``--pred DIR``). How items match: :mod:`pipeline.eval.scoring` and
:mod:`pipeline.eval.deals`; the figures are micro-averaged over articles
(:mod:`pipeline.eval.report`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.eval.report import CATEGORIES, ArticleScore, Report
from pipeline.eval.scoring import compare
from pipeline.model.records import Article


def read_article(path: Path) -> Article:
    """The article as ``finkg`` reads it (``pipeline.read.reader``), offsets on the exact file text.

    Gold offsets index the file decoded as UTF-8; should the reader ever return other text, the
    file text is kept and the reader's body spans (offsets into its text) are dropped.
    """
    from pipeline.read.reader import read_file

    text = path.read_bytes().decode("utf-8")
    (article, *_rest) = read_file(str(path))
    if article.text != text:
        article = replace(article, text=text, body_spans=())
    return article


def _prediction(text_path: Path, pred_path: Path | None, nlp: Any) -> tuple[dict[str, Any], Any]:
    """The predicted contract object of one article (read from ``pred_path``, else extracted)."""
    if pred_path is not None:
        return json.loads(pred_path.read_text(encoding="utf-8")), nlp
    from pipeline.eval.contract import to_contract
    from pipeline.nlp.extract import extract

    if nlp is None:
        from pipeline.nlp.wiring import build_nlp

        nlp = build_nlp()
    return to_contract(extract(nlp, read_article(text_path))), nlp


def evaluate(
    gold_dir: str | Path,
    articles_dir: str | Path,
    nlp: Any = None,
    categories: Iterable[str] | None = None,
    pred_dir: str | Path | None = None,
    only: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Score the extraction of every article that has a gold file in ``gold_dir``.

    Predictions come from running ``nlp`` (built with ``pipeline.nlp.wiring.build_nlp`` when None) over
    ``articles_dir/<stem>.txt``, or from ``pred_dir/<stem>.json`` when given. ``only`` keeps the
    articles whose name contains it. ``progress`` is called with each article's name once scored.
    """
    chosen = tuple(categories) if categories is not None else CATEGORIES
    gold_paths = sorted(Path(gold_dir).glob("*.json"))
    if only:
        gold_paths = [p for p in gold_paths if only in p.stem]
    scores: list[ArticleScore] = []
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = Path(articles_dir) / (gold.get("file") or f"{gold_path.stem}.txt")
        text = text_path.read_bytes().decode("utf-8") if text_path.is_file() else None
        pred_path = Path(pred_dir) / f"{gold_path.stem}.json" if pred_dir is not None else None
        pred, nlp = _prediction(text_path, pred_path, nlp)
        scores.append(compare(gold, pred, gold_path.stem, chosen, text))
        if progress is not None:
            progress(gold_path.stem)
    return Report(scores, chosen)


def main(argv: Sequence[str] | None = None) -> int:
    from pipeline.resources import corpus_dir

    parser = argparse.ArgumentParser(
        prog="python -m pipeline.eval.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--gold", default=str(corpus_dir("gold")), help="directory of gold JSON files")
    parser.add_argument("--articles", default=str(corpus_dir("articles")), help="directory of article .txt")
    parser.add_argument(
        "--pred", default=None, help="score saved contract JSON (<stem>.json) instead of running"
    )
    parser.add_argument(
        "--category",
        action="append",
        choices=CATEGORIES,
        help="score only this category (repeatable); default all",
    )
    parser.add_argument("--article", default=None, help="only articles whose file name contains this")
    parser.add_argument("--per-article", action="store_true", help="also a table per article")
    parser.add_argument("--show-errors", action="store_true", help="list every FP, FN and attribute error")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = evaluate(
        args.gold, args.articles, categories=args.category, pred_dir=args.pred, only=args.article
    )
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        print(report.format(per_article=args.per_article, show_errors=args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
