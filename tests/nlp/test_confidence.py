"""The entity-link confidences are the precision measured per recogniser source on devset2/tune."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.nlp.confidence import SOURCE_CONFIDENCE, mention_confidence, source_class
from pipeline.nlp.extract import extract
from pipeline.read.reader import read_file
from pipeline.text.view import TextView

TUNE = Path(__file__).resolve().parent.parent / "data" / "devset2" / "tune"
#: how far the measured precision may drift from the table before the table must be re-measured
TOLERANCE = 0.05


def test_sources() -> None:
    assert source_class("gazetteer") == source_class("gazetteer+suffix") == "gazetteer"
    assert source_class("gazetteer-char") == "gazetteer"
    assert source_class("propagated") == source_class("alias") == source_class("") == "rule"
    assert source_class("lac-org") == source_class("lac-person") == "statistical"
    assert mention_confidence("gazetteer") > mention_confidence("short")
    assert all(0 < c <= 1 for c in SOURCE_CONFIDENCE.values())


def _gold_names(gold: dict[str, object], norm: TextView) -> set[str]:
    names = set(gold.get("organizations") or []) | set(gold.get("people") or [])  # type: ignore[arg-type]
    for key in ("organization_aliases", "people_aliases"):
        for name, forms in (gold.get(key) or {}).items():  # type: ignore[attr-defined]
            names.add(name)
            names.update(forms)
    return {norm(n).casefold().replace(" ", "") for n in names}


def test_confidence_is_the_measured_precision_of_each_source(nlp: Language) -> None:
    norm = TextView()
    # the default pipeline's classes (the optional statistical source: tests/nlp/entities/test_statistical.py)
    tally = {cls: [0, 0] for cls in SOURCE_CONFIDENCE if cls != "statistical"}
    by_value = {v: k for k, v in SOURCE_CONFIDENCE.items()}
    for gold_path in sorted((TUNE / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        (article_path,) = (TUNE / "articles").glob(gold_path.stem + ".*")
        names = _gold_names(gold, norm)
        spans = gold.get("body_spans")
        for m in extract(nlp, read_file(article_path)[0]).mentions:
            if m.type not in ("organization", "person", "media"):
                continue
            if spans and not any(a <= m.start and m.end <= b for a, b in spans):
                continue
            assert m.confidence in by_value, m
            counts = tally[by_value[m.confidence]]
            counts[0] += 1
            counts[1] += norm(m.text).casefold().replace(" ", "") in names
    for cls, (n, correct) in tally.items():
        assert n >= 50, cls
        assert correct / n == pytest.approx(SOURCE_CONFIDENCE[cls], abs=TOLERANCE), (cls, correct, n)
