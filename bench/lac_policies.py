"""The LAC candidate source's acceptance policies, each scored with the whole pipeline.

    python -m bench.lac_policies NAME=GOLD:ARTICLES ... [--policy P ...]

For each policy ("" = the source off) the pipeline is built with
``build_nlp(statistical=policy)`` and every set is scored by :func:`pipeline.eval.evaluate.evaluate`;
only aggregate figures are printed (organisations, people, deals P/R/F1) and the speed of
evaluate (extraction + scoring) in kchar/s over all sets, wall clock and CPU time of the process
(all its threads; less disturbed by other work on the machine). One run, so the figures compare
as ratios. Needs the ``lac``
extra.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pipeline.eval.evaluate import evaluate
from pipeline.eval.report import Counts
from pipeline.nlp.wiring import build_nlp

DEFAULT_POLICIES = ("", "org-form", "org-industry", "person-title", "boundary", "org-form+person-title")
CATEGORIES = ("organizations", "people", "deals")


def _cell(category: str, n: Counts) -> str:
    return f"{category[:3]} {n.precision:.3f}/{n.recall:.3f}/{n.f1:.3f}"


def _chars(articles: str) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in Path(articles).glob("*.txt"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lac_policies", description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", help="NAME=GOLD_DIR:ARTICLES_DIR")
    parser.add_argument("--policy", action="append", help="a policy to score (repeatable)")
    args = parser.parse_args(argv)
    sets = [(name, *where.split(":", 1)) for name, where in (s.split("=", 1) for s in args.sets)]
    chars = sum(_chars(articles) for _, _, articles in sets)
    for policy in args.policy or DEFAULT_POLICIES:
        nlp = build_nlp(statistical=policy)
        seconds = cpu = 0.0
        rows = []
        for name, gold, articles in sets:
            start, start_cpu = time.perf_counter(), time.process_time()
            counts = evaluate(gold, articles, nlp=nlp, categories=CATEGORIES).totals()[0]
            seconds += time.perf_counter() - start
            cpu += time.process_time() - start_cpu
            cells = [_cell(c, counts[c]) for c in CATEGORIES]
            rows.append(f"  {name:8} " + "  ".join(cells))
        print(
            f"policy {policy or '(off)'}: {chars / seconds / 1000:.1f} kchar/s wall,"
            f" {chars / cpu / 1000:.1f} kchar/s of CPU time (evaluate, all sets)"
        )
        print("\n".join(rows), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
