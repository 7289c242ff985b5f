"""Ingest and queries at two sizes: end-to-end ingest (1 and 2 workers), the split of its time,
peak memory of the whole process tree, every named query and a full scan, bulk load.

The articles are lightly edited copies of the corpus: copy ``k`` of an article is its text under
its own id, title and date (JSON lines), so the same deals are reported by many articles, as
real news does. Each ingest runs in a fresh process (``finkg``'s library API, on-disk store);
this process samples the resident memory of that process and of its workers.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from bench.throughput import ARTICLES

_PROBE = """
import json, resource, sys, time
from pipeline.ingest import ingest
from pipeline.store import open_store
start = time.perf_counter()
with open_store(sys.argv[2]) as store:
    summary = ingest([sys.argv[1]], store, workers=int(sys.argv[3]))
seconds = time.perf_counter() - start
cpu = {who: resource.getrusage(getattr(resource, "RUSAGE_" + who.upper())) for who in ("self", "children")}
print(json.dumps({"seconds": seconds, "new": summary.new, "failed": len(summary.failed),
                  "triples": summary.triples, "extract_s": summary.seconds_extract,
                  "map_s": summary.seconds_map, "write_s": summary.seconds_write,
                  "parent_cpu_s": round(cpu["self"].ru_utime + cpu["self"].ru_stime, 1),
                  "workers_cpu_s": round(cpu["children"].ru_utime + cpu["children"].ru_stime, 1)}))
"""


def make_jsonl(n: int, path: Path) -> tuple[Path, int]:
    """``n`` articles: copy ``k`` of each corpus article (own id, title, date). Returns (path, chars)."""
    from pipeline.read.reader import read_file

    base = [a for p in sorted(ARTICLES.glob("*.txt")) for a in read_file(p)]
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            a = base[i % len(base)]
            copy = i // len(base)
            date = (a.date or dt.date(2025, 10, 1)) + dt.timedelta(days=copy % 365)
            title = f"{a.title or a.key}（{copy}）"
            record = {"id": f"{a.key}-c{copy}", "title": title, "date": date.isoformat(), "text": a.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            chars += len(a.text)
    return path, chars


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and its descendants, in KB (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        parents[pid] = int(fields.get("PPid", "0").strip() or 0)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


def ingest_run(jsonl: Path, store: Path, workers: int) -> dict[str, Any]:
    """One ``ingest`` in a fresh process: its figures, the peak RSS of its process tree (MB), and
    the CPU seconds of that tree (its workers and RocksDB's threads included) against its wall
    seconds: ``cores_busy`` near the machine's cores means more workers cannot go faster. The
    tree's CPU is split into the parent's (reading, start-up, the writer and RocksDB's threads:
    ``parent_cpu_s``) and the workers' (extraction and mapping: ``workers_cpu_s``)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", _PROBE, str(jsonl), str(store), str(workers)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = process.communicate()
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"ingest probe failed ({process.returncode})")
    figures: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    figures["peak_tree_rss_mb"] = round(peak / 1024, 1)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    figures["tree_cpu_s"] = round(cpu, 1)
    figures["cores_busy"] = round(cpu / wall, 2)
    return figures


FULL_SCAN = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
#: the storage floor of a query whose answer grows with the store: one triple pattern, every
#: match returned (the mentions' offsets), no join, no sort
ONE_PATTERN = (
    "SELECT ?m ?b WHERE { ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> ?b }"
)


def _clock(fn: Any) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _timed_query(store: Any, text: str, repeat: int) -> dict[str, Any]:
    runs = [_clock(lambda: len(store.query(text))) for _ in range(repeat)]
    return {
        "seconds": round(min(r[0] for r in runs), 3),
        "cpu_s": round(min(r[1] for r in runs), 3),
        "rows": runs[0][2],
    }


def query_times(store_dir: Path, repeat: int = 2) -> dict[str, Any]:
    """Every named query ``repeat`` times (the fastest run: the first warms the caches) as a user
    runs it — a listing's first page — and each listing's every row apart, and a full scan of
    the store (the fastest of two). Seconds are wall clock; ``cpu_s`` the CPU time of this
    process, less disturbed by the other work on the machine."""
    from pipeline.graph.queries import EVERY_ROW, load_named_queries, with_prefixes
    from pipeline.store import open_store

    timings: dict[str, Any] = {}
    listings: dict[str, Any] = {}
    with open_store(store_dir, read_only=True) as store:
        scans = [_clock(lambda: int(str(store.query(FULL_SCAN).rows[0][0]))) for _ in range(2)]
        quads = scans[0][2]
        most_reported = (
            "SELECT ?d (COUNT(?a) AS ?n) WHERE { ?d fin:reportedIn ?a } GROUP BY ?d ORDER BY DESC(?n) ?d"
        )
        top = store.query(with_prefixes(most_reported + " LIMIT 1")).rows
        params = {"deal-evidence": {"deal": str(top[0][0])}} if top else {}
        for name, q in load_named_queries().items():
            if name == "deal-evidence" and not top:
                continue
            timings[name] = _timed_query(store, with_prefixes(q.render(params.get(name, {}))), repeat)
            if q.page is not None:
                every = with_prefixes(q.render(params.get(name, {}), EVERY_ROW))
                listings[name] = _timed_query(store, every, repeat)
        pattern = [_clock(lambda: len(store.query(ONE_PATTERN))) for _ in range(repeat)]
        wall, _, facts = _clock(lambda: store.stats().facts)
    return {
        "quads": quads,
        "facts": facts,
        "full_scan_s": round(min(s[0] for s in scans), 3),
        "full_scan_cpu_s": round(min(s[1] for s in scans), 3),
        "stats_s": round(wall, 3),
        "one_pattern": {
            "seconds": round(min(r[0] for r in pattern), 3),
            "cpu_s": round(min(r[1] for r in pattern), 3),
            "rows": pattern[0][2],
        },
        "queries": timings,
        "listings": listings,
    }


def bulk_load(shards: list[Path], target: Path) -> dict[str, Any]:
    """``finkg load`` of N-Quads shards into a fresh on-disk store (``target``): quads/s of the
    shards, named graphs and merged graph built (wall clock and CPU time of this process)."""
    from pipeline.ingest.load import load_shards
    from pipeline.store import open_store

    lines = 0
    for shard in shards:
        with shard.open("rb") as f:
            lines += sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 24), b""))
    with open_store(target) as store:
        wall, cpu, summary = _clock(lambda: load_shards(store, shards))
    return {
        "shards": len(shards),
        "shard_quads": lines,
        "shard_mb": round(sum(p.stat().st_size for p in shards) / 1e6, 1),
        "load_s": round(summary.seconds_load, 2),
        "merge_s": round(summary.seconds_merge, 2),
        "total_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "quads_per_s": round(lines / wall),
        "quads_per_cpu_s": round(lines / cpu) if cpu else None,
        "stored_quads": summary.quads,
        "facts": summary.facts,
    }


def machine_load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]
