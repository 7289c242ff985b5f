"""``python -m bench``: throughput, parallel scaling, store load/query/export, peak memory.

Everything is measured in one run on this machine and reported as ratios where a ratio is the
claim (extraction vs jieba, 2 workers vs 1, Oxigraph vs rdflib). Prints a table and writes
bench/results.json. No test asserts on these numbers.

    python -m bench                       # defaults: corpus ×4, 10,000 synthetic deals
    python -m bench --copies 2 --deals 2000 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import stores, throughput
from bench.common import peak_rss_mb

RESULTS = Path(__file__).resolve().parent / "results.json"


def _rows(results: dict[str, Any]) -> list[tuple[str, str]]:
    seg, scale, st = results["segmentation"], results["scaling"], results["stores"]
    rows = [
        ("corpus", f"{seg['articles']} articles, {seg['kchars']} kchar"),
        ("jieba alone (private Tokenizer, HMM)", f"{seg['jieba_kchar_s']} kchar/s"),
        ("finkg tokenizer (t2s → jieba → slice)", f"{seg['finkg_tokenizer_kchar_s']} kchar/s"),
        ("finkg extraction (all components)", f"{seg['extraction_kchar_s']} kchar/s"),
        ("extraction / jieba", f"{seg['extraction_vs_jieba']:.3f}×"),
        ("nlp build (per process)", f"{seg['nlp_build_s']} s"),
    ]
    for n, run in scale["runs"].items():
        figures = (
            f"{run['seconds']} s (start-up {run['startup_s']} s), {run['kchar_s']} kchar/s, "
            f"×{scale['speedup'][n]}; after start-up {run['steady_articles_s']} articles/s, "
            f"×{scale['steady_speedup'][n]}"
        )
        rows.append((f"ingest end-to-end, {n} worker(s)", figures))
    rows.append(
        (f"synthetic graph: {st['deals']} deals", f"{st['triples']} triples in {st['graphs']} graphs")
    )
    for name, seconds in st["load_s"].items():
        rows.append((f"load: {name}", f"{seconds} s"))
    for name, q in st["query_ms"].items():
        ratio = q["rdflib memory"] / q["finkg embedded"] if q["finkg embedded"] else float("nan")
        rows.append(
            (
                f"query {name} ({q['rows']} rows)",
                f"{q['finkg embedded']} ms vs rdflib {q['rdflib memory']} ms (×{ratio:.1f})",
            )
        )
    for name, seconds in st["export_s"].items():
        rows.append((f"export: {name}", f"{seconds} s"))
    for articles, mb in results["ingest_peak_rss_mb_by_articles"].items():
        rows.append((f"ingest peak RSS, {articles} articles (fresh process)", f"{mb} MB"))
    rows.append(("peak RSS of this process (all phases)", f"{results['peak_rss_mb']} MB"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="corpus repetitions for throughput (default 4)")
    parser.add_argument("--deals", type=int, default=10_000, help="synthetic deals for the store bench")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        sizes = (max(1, args.copies // 4), args.copies)
        print(f"[bench] ingest memory with corpus ×{sizes[0]} and ×{sizes[1]} …", file=sys.stderr)
        memory = throughput.stream_memory(sizes, Path(tmp))
        corpus = throughput.make_corpus(args.copies, Path(tmp))
        print(f"[bench] segmentation and extraction over {len(corpus.articles)} articles …", file=sys.stderr)
        segmentation = throughput.segmentation(corpus)
        print(f"[bench] ingest with workers {args.workers} …", file=sys.stderr)
        scaling = throughput.scaling(corpus, tuple(args.workers))
    print(f"[bench] stores with {args.deals} synthetic deals …", file=sys.stderr)
    store_results = stores.run(args.deals)
    results = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "parameters": {"copies": args.copies, "deals": args.deals, "workers": args.workers},
        "ingest_peak_rss_mb_by_articles": memory,
        "segmentation": segmentation,
        "scaling": scaling,
        "stores": store_results,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    rows = _rows(results)
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"[bench] wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
