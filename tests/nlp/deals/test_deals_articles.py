"""Deals end to end on whole articles of our own (tests/data/unseen_articles): reader, tokenizer,
amounts, entities and deals together, scored as ``pipeline.eval.evaluate`` scores the corpus.

Four articles tuned the deal grammar (TUNE); two were held out and measured once (HELD_OUT). The
floors are the F1 reached on each: a drop is a regression somewhere along the pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.eval import Counts, compare, read_article
from pipeline.eval.contract import to_contract
from pipeline.nlp.extract import extract

DATA = Path(__file__).resolve().parents[2] / "data" / "unseen_articles"
GOLDS = sorted(DATA.glob("*.json"))
#: deal F1 reached on the tune articles (15 TP, 1 FP, 1 FN: 台塑石化 is recognised as 台塑)
TUNE_FLOOR = 0.937
#: deal F1 measured once on the held-out articles (7 TP, 1 FP: an aggregate statistic led by
#: 数据显示 is read as a bond issue)
HELD_OUT_FLOOR = 0.933


def _gold(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text(encoding="utf-8"))


def _deal_counts(nlp: Language, split: str) -> Counts:
    total = Counts()
    for path in GOLDS:
        gold = _gold(path)
        if gold["split"] != split:
            continue
        article = read_article(DATA / gold["file"])
        pred = to_contract(extract(nlp, article))
        total.add(compare(gold, pred, path.stem, ["deals"], article.text).counts["deals"])
    return total


def test_articles_are_split_four_and_two() -> None:
    splits = [_gold(p)["split"] for p in GOLDS]
    assert sorted(splits) == ["held_out"] * 2 + ["tune"] * 4
    assert all((DATA / _gold(p)["file"]).is_file() for p in GOLDS)


def test_gold_evidence_and_amounts_index_the_text() -> None:
    for path in GOLDS:
        gold = _gold(path)
        text = (DATA / gold["file"]).read_text(encoding="utf-8")
        for deal in gold["deals"]:
            start = deal["evidence_start"]
            assert text[start : start + len(deal["evidence"])] == deal["evidence"]
        for amount in gold["amounts"]:
            assert text[amount["start"] : amount["end"]] == amount["text"]


@pytest.mark.parametrize(("split", "floor"), [("tune", TUNE_FLOOR), ("held_out", HELD_OUT_FLOOR)])
def test_article_deal_f1_floor(nlp: Language, split: str, floor: float) -> None:
    counts = _deal_counts(nlp, split)
    assert counts.tp > 0
    assert counts.f1 >= floor, (counts.tp, counts.fp, counts.fn)
