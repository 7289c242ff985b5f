"""``python -m bench``: extraction and ingest against jieba, 2 workers against 1, every named query
at two sizes and against a full scan, bulk loading, peak memory of ingest at two sizes.

Everything is measured in one run on this machine and reported as ratios where a ratio is the
claim; the machine's load average is recorded with the figures (other work on the machine slows
every figure). Prints a table and writes bench/results.json. No test asserts on these numbers.

The query stores are synthetic articles at both sizes (corpus copies under other keys, built
by :mod:`bench.synthetic`) bulk-loaded by ``finkg load`` — which is the bulk-load figure — and
reused for the queries and the demo; ingest runs on JSON lines of the same copies.

    python -m bench                           # queries and load at 500 and 5,000 articles,
                                              # ingest memory at 500 and 1,000 (`make bench`)
    python -m bench --ingest-large 5000       # ingest memory at 5,000 too (~20 min more)
    python -m bench --small 100 --large 1000  # quicker
    python -m bench --queries-only --stores /tmp/finkg-bench
                                              # the named queries at both sizes alone (the
                                              # stores are built once in that directory and
                                              # reused), written to bench/results-queries.json
    python -m bench --parts extraction,startup,ingest --out /tmp/r.json   # only those parts
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import scale, stores, synthetic, throughput
from bench.common import peak_rss_mb

RESULTS = Path(__file__).resolve().parent / "results.json"


#: the parts of a run (``--parts``): all by default
PARTS = ("extraction", "startup", "queries", "ingest")


def _rows(r: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [("machine load (1, 5, 15 min) at start / end", f"{r['load_start']} / {r['load_end']}")]
    seg = r["segmentation"]
    rows += [
        ("jieba alone (private Tokenizer, HMM)", f"{seg['jieba_kchar_s']} kchar/s"),
        ("finkg extraction, in-process, warmed up", f"{seg['extraction_kchar_s']} kchar/s"),
        ("extraction / jieba", f"{seg['extraction_vs_jieba']:.3f}×"),
        ("extraction / jieba, CPU time", f"{seg.get('extraction_vs_jieba_cpu', float('nan')):.3f}×"),
        ("nlp build (per process)", f"{seg['nlp_build_s']} s"),
    ]
    if "startup" in r:
        rows.append(
            (
                "finkg extract of one short article",
                f"{r['startup']['wall_s']} s wall, {r['startup']['cpu_s']} s CPU (best of 3, cache warm)",
            )
        )
    if "ingest" in r:
        rows += _ingest_rows(r)
    if "queries" in r:
        rows += _query_rows(r)
    st = r.get("stores")
    if st:
        for name, seconds in st["load_s"].items():
            rows.append((f"synthetic {st['deals']} deals, load: {name}", f"{seconds} s"))
    return rows


def _ingest_rows(r: dict[str, Any]) -> list[tuple[str, str]]:
    ing, small = r["ingest"], r["parameters"]["small"]
    rows = []
    for key, run in ing["runs"].items():
        rows.append(
            (
                f"ingest {key}",
                f"{run['seconds']:.1f} s, {run['kchar_s']} kchar/s = {run['vs_jieba']:.3f}× jieba; "
                f"extract {run['extract_s']:.1f} s + map {run['map_s']:.1f} s (workers, summed), "
                f"write {run['write_s']:.1f} s (parent); peak tree RSS {run['peak_tree_rss_mb']} MB; "
                f"tree CPU {run.get('tree_cpu_s')} s = {run.get('cores_busy')} cores busy "
                f"(parent {run.get('parent_cpu_s')} s, workers {run.get('workers_cpu_s')} s)",
            )
        )
    rows.append((f"ingest 2 workers / 1 worker ({small} articles)", f"×{ing['speedup_2_vs_1']:.2f}"))
    rows.append(
        (
            f"peak tree RSS {r['parameters']['ingest_large']} / {small} articles",
            f"×{ing['rss_large_vs_small']:.2f}",
        )
    )
    return rows


def _query_rows(r: dict[str, Any]) -> list[tuple[str, str]]:
    q, small, large = r["queries"], r["parameters"]["small"], r["parameters"]["large"]
    rows = []
    for n, b in r["bulk_load"].items():
        rows.append(
            (
                f"finkg load (bulk, N-Quads), {n} articles",
                f"{b['shard_quads']} quads ({b['shard_mb']} MB) in {b['total_s']} s, merged graph built: "
                f"{b['quads_per_s']} quads/s wall, {b['quads_per_cpu_s']} per CPU-second "
                f"({b['stored_quads']} quads stored, {b['facts']} merged facts)",
            )
        )
    rows.append(
        (
            "stores",
            f"{small}: {q['small']['quads']} quads ({q['small']['facts']} merged facts), full scan "
            f"{q['small']['full_scan_s']} s; {large}: {q['large']['quads']} quads "
            f"({q['large']['facts']} facts), full scan {q['large']['full_scan_s']} s",
        )
    )
    f = q["one_pattern"]
    rows.append(
        (
            "one triple pattern (the storage floor of an answer that grows with the store)",
            f"{f['small_s']} s ({f['small_rows']} rows) → {f['large_s']} s ({f['large_rows']} rows): "
            f"×{f['growth']} (CPU ×{f['growth_cpu']})",
        )
    )
    listed = q.get("listings", {})
    for name, t in q["table"].items():
        rows.append((f"query {name}" + (" (its first page)" if name in listed else ""), _growth_text(t)))
    for name, t in listed.items():
        rows.append((f"query {name}, every row", _growth_text(t)))
    rows.append((f"finkg demo at {large} articles", f"{r['demo_large_s']} s (exit {r['demo_large_exit']})"))
    return rows


def _growth_text(t: dict[str, Any]) -> str:
    return (
        f"{t['small_s']} s ({t['small_rows']} rows) → {t['large_s']} s ({t['large_rows']} rows): "
        f"×{t['growth']} (CPU ×{t['growth_cpu']}); {t['vs_full_scan']}× a full scan"
    )


def _demo(store: Path) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", "from pipeline.cli import main; main()", "demo", "--store", str(store)],
        capture_output=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    return round(time.perf_counter() - start, 2), done.returncode


def _bulk_stores(args: argparse.Namespace, work: Path) -> tuple[dict[str, Any], dict[int, Path]]:
    """Synthetic articles at both sizes (the corpus' repetition), bulk-loaded by ``finkg load``:
    the load rates, and the stores the queries then run on (one per size)."""
    print("[bench] synthetic articles (corpus extracted once) …", file=sys.stderr)
    extractions = synthetic.corpus_extractions()
    loads: dict[str, Any] = {}
    stores_at: dict[int, Path] = {}
    for n in (args.small, args.large):
        shards = synthetic.write_shards(extractions, n, work / f"shards-{n}")
        print(f"[bench] finkg load of {n} articles …", file=sys.stderr)
        stores_at[n] = work / f"loaded-{n}"
        loads[str(n)] = scale.bulk_load(shards, stores_at[n])
        for shard in shards:
            shard.unlink()
    return loads, stores_at


def _growth(s: dict[str, Any], t: dict[str, Any], full_scan_s: float) -> dict[str, Any]:
    """One query's figures at both sizes and their ratios."""
    return {
        "small_s": s["seconds"],
        "small_rows": s["rows"],
        "large_s": t["seconds"],
        "large_rows": t["rows"],
        "growth": round(t["seconds"] / s["seconds"], 1) if s["seconds"] else None,
        "growth_cpu": round(t["cpu_s"] / s["cpu_s"], 1) if s["cpu_s"] else None,
        "vs_full_scan": round(t["seconds"] / full_scan_s, 2),
    }


def _queries(small_store: Path, large_store: Path) -> dict[str, Any]:
    """The named queries as a user runs them (a listing's first page: ``table``), each listing's
    every row (``listings``: an answer that grows with the store, like the storage floor of one
    triple pattern, ``one_pattern``), at both sizes."""
    small_q = scale.query_times(small_store)
    large_q = scale.query_times(large_store)
    missing = {"seconds": 0, "cpu_s": 0, "rows": 0}
    scan = large_q["full_scan_s"]
    table = {n: _growth(small_q["queries"].get(n, missing), t, scan) for n, t in large_q["queries"].items()}
    listings = {
        n: _growth(small_q["listings"].get(n, missing), t, scan) for n, t in large_q["listings"].items()
    }
    floor = _growth(small_q["one_pattern"], large_q["one_pattern"], scan)
    return {"small": small_q, "large": large_q, "table": table, "listings": listings, "one_pattern": floor}


def _ingest(args: argparse.Namespace, work: Path, jieba_kchar_s: float) -> dict[str, Any]:
    """End-to-end ingest: 1 and 2 workers on the small input, 2 workers on the large one (memory)."""
    runs: dict[str, Any] = {}
    for n, workers in ((args.small, 1), (args.small, 2), (args.ingest_large, 2)):
        jsonl, chars = scale.make_jsonl(n, work / f"news-{n}.jsonl")
        store = work / f"store-{n}-{workers}"
        print(f"[bench] ingest {n} articles with {workers} worker(s) …", file=sys.stderr)
        run = scale.ingest_run(jsonl, store, workers)
        run["articles"] = n
        run["kchar_s"] = round(chars / 1000 / run["seconds"], 1)
        run["vs_jieba"] = round(run["kchar_s"] / jieba_kchar_s, 3)
        runs[f"{n} articles, {workers} worker(s)"] = run
        shutil.rmtree(store, ignore_errors=True)
    one, two = runs[f"{args.small} articles, 1 worker(s)"], runs[f"{args.small} articles, 2 worker(s)"]
    big = runs[f"{args.ingest_large} articles, 2 worker(s)"]
    return {
        "runs": runs,
        "speedup_2_vs_1": round(one["seconds"] / two["seconds"], 2),
        "rss_large_vs_small": round(big["peak_tree_rss_mb"] / two["peak_tree_rss_mb"], 2),
    }


def _kept_stores(args: argparse.Namespace, work: Path) -> dict[int, Path]:
    """The bulk-loaded stores at both sizes in ``work``, built when missing (the corpus
    extraction cached there too)."""
    work.mkdir(parents=True, exist_ok=True)
    extractions = synthetic.corpus_extractions(work / "extractions.pickle")
    found: dict[int, Path] = {}
    for n in (args.small, args.large):
        found[n] = work / f"loaded-{n}"
        if not (found[n] / "CURRENT").is_file():
            print(f"[bench] finkg load of {n} articles into {found[n]} …", file=sys.stderr)
            shutil.rmtree(found[n], ignore_errors=True)
            shards = synthetic.write_shards(extractions, n, work / f"shards-{n}")
            scale.bulk_load(shards, found[n])
            shutil.rmtree(work / f"shards-{n}", ignore_errors=True)
    return found


def _queries_only(args: argparse.Namespace) -> int:
    """The scale part alone: every named query and a full scan at both sizes, as a table."""
    load_start = scale.machine_load()
    with tempfile.TemporaryDirectory() as tmp:
        stores_at = _kept_stores(args, args.stores or Path(tmp))
        print("[bench] named queries at both sizes …", file=sys.stderr)
        q = _queries(stores_at[args.small], stores_at[args.large])
    results = {
        "parameters": {"small": args.small, "large": args.large},
        "load_start": load_start,
        "load_end": scale.machine_load(),
        "queries": q,
    }
    print(f"machine load at start / end: {results['load_start']} / {results['load_end']}")
    print(
        f"full scan: {q['small']['full_scan_s']} s ({q['small']['quads']} quads) → "
        f"{q['large']['full_scan_s']} s ({q['large']['quads']} quads)"
    )
    f = q["one_pattern"]
    print(
        f"one triple pattern: {f['small_s']} s ({f['small_rows']} rows) → {f['large_s']} s "
        f"({f['large_rows']} rows): ×{f['growth']} (CPU ×{f['growth_cpu']})"
    )
    for label, table in (("", q["table"]), ("every row of ", q["listings"])):
        for name, t in table.items():
            print(
                f"{label + name:<29} {t['small_s']:>7} s ({t['small_rows']} rows) → {t['large_s']:>7} s "
                f"({t['large_rows']} rows): ×{t['growth']} (CPU ×{t['growth_cpu']}), "
                f"{t['vs_full_scan']}× a full scan"
            )
    out = args.out or RESULTS.with_name("results-queries.json")
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"[bench] wrote {out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=500, help="articles of the small run (default 500)")
    parser.add_argument("--large", type=int, default=5000, help="articles of the large run (default 5000)")
    parser.add_argument(
        "--ingest-large",
        type=int,
        default=1000,
        help="articles of the large ingest, for its peak memory (default 1000: a 5,000-article ingest "
        "alone takes 20 min on this machine)",
    )
    parser.add_argument("--copies", type=int, default=4, help="corpus repetitions for extraction vs jieba")
    parser.add_argument(
        "--deals", type=int, default=0, help="synthetic deals for the rdflib comparison (0: skip)"
    )
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="only the named queries at both sizes and the full scans (with --stores: reused)",
    )
    parser.add_argument(
        "--stores", type=Path, default=None, help="with --queries-only: where the stores are kept"
    )
    parser.add_argument("--out", type=Path, default=None, help="where to write the JSON results")
    parser.add_argument(
        "--parts",
        default=",".join(PARTS),
        help=f"comma-separated parts to run, of {', '.join(PARTS)} (default: all; extraction always "
        "runs, the ingest ratios need its jieba figure)",
    )
    args = parser.parse_args(argv)
    if args.queries_only:
        return _queries_only(args)
    args.out = args.out or RESULTS
    parts = set(args.parts.split(","))
    if parts - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(parts - set(PARTS)))}")
    began = time.perf_counter()
    load_start = scale.machine_load()
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "parameters": {
            "small": args.small,
            "large": args.large,
            "ingest_large": args.ingest_large,
            "copies": args.copies,
        },
        "load_start": load_start,
    }
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"[bench] extraction vs jieba on corpus ×{args.copies} …", file=sys.stderr)
        corpus = throughput.make_corpus(args.copies, work)
        seg = throughput.segmentation(corpus)
        results["segmentation"] = seg
        if "startup" in parts:
            print("[bench] start-up of `finkg extract` on one short article …", file=sys.stderr)
            results["startup"] = throughput.startup()
        if "queries" in parts:
            results["bulk_load"], stores_at = _bulk_stores(args, work)
            print("[bench] named queries at both sizes …", file=sys.stderr)
            results["queries"] = _queries(stores_at[args.small], stores_at[args.large])
            print("[bench] finkg demo on the large store …", file=sys.stderr)
            results["demo_large_s"], results["demo_large_exit"] = _demo(stores_at[args.large])
            for store in stores_at.values():
                shutil.rmtree(store, ignore_errors=True)
        if "ingest" in parts:
            results["ingest"] = _ingest(args, work, seg["jieba_kchar_s"])
    if args.deals:
        print(f"[bench] stores with {args.deals} synthetic deals …", file=sys.stderr)
        results["stores"] = stores.run(args.deals)
    results["load_end"] = scale.machine_load()
    results["bench_s"] = round(time.perf_counter() - began, 1)
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    rows = _rows(results)
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"[bench] wrote {args.out} ({results['bench_s']} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
