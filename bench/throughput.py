"""Extraction throughput against jieba segmentation alone, and parallel scaling of ingest.

The text is the corpus (corpus/articles) repeated ``copies`` times, each copy a distinct article
(its own key) so that ingest extracts every one of them.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import jieba

from bench.common import cpu_timed, peak_rss_mb, timed
from pipeline.model.records import Article

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "corpus" / "articles"


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    jsonl: Path  # the same articles as JSON lines, for ingest

    @property
    def chars(self) -> int:
        return sum(len(a.text) for a in self.articles)


def make_corpus(copies: int, workdir: Path) -> Corpus:
    from pipeline.read.reader import read_file

    base = [a for path in sorted(ARTICLES.glob("*.txt")) for a in read_file(path)]
    jsonl = workdir / "corpus.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for k in range(copies):
            for a in base:
                out.write(json.dumps({"id": f"copy{k}-{a.key}", "text": a.text}, ensure_ascii=False) + "\n")
    return Corpus(tuple(read_file(jsonl)), jsonl)


def segmentation(corpus: Corpus, rounds: int = 3) -> dict[str, float]:
    """jieba alone (private Tokenizer, HMM on, raw text) vs finkg's tokenizer vs the full extraction.

    jieba and the extraction are timed in turn ``rounds`` times and each keeps its fastest run:
    other work on the machine (agents sharing its cores) slows single runs by up to 2x, and
    unequally for the two sides, so the ratio of single runs varied from 0.26 to 0.70 on one
    unchanged commit; the fastest runs are the least disturbed. The ratio of their CPU times
    (``extraction_vs_jieba_cpu``; both sides run on one thread) leaves out the time spent waiting
    for a core, and varies less under load."""
    from pipeline.collector import collector_frozen
    from pipeline.nlp.extract import extract
    from pipeline.nlp.wiring import build_nlp

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    texts = [a.text for a in corpus.articles]
    build_s, nlp = timed(build_nlp)
    tokenize_s, _ = timed(lambda: [nlp.make_doc(t) for t in texts])
    extract(nlp, corpus.articles[0])  # warm the lazy caches
    jieba_runs, extract_runs = [], []
    # both timed as finkg runs (`finkg extract`, inline ingest, the workers): what is alive when
    # the work starts (jieba's dictionary; the pipeline) out of the cycle collector's generations
    with collector_frozen():
        for _ in range(rounds):
            jieba_runs.append(cpu_timed(lambda: [tokenizer.lcut(t, HMM=True) for t in texts]))
            extract_runs.append(cpu_timed(lambda: [extract(nlp, a) for a in corpus.articles]))
    jieba_s, jieba_cpu = (min(run[k] for run in jieba_runs) for k in (0, 1))
    extract_s, extract_cpu = (min(run[k] for run in extract_runs) for k in (0, 1))
    kchars = corpus.chars / 1000
    return {
        "rounds": rounds,
        "articles": len(corpus.articles),
        "kchars": round(kchars, 1),
        "nlp_build_s": round(build_s, 2),
        "jieba_kchar_s": round(kchars / jieba_s, 1),
        "finkg_tokenizer_kchar_s": round(kchars / tokenize_s, 1),
        "extraction_kchar_s": round(kchars / extract_s, 1),
        "extraction_vs_jieba": round(jieba_s / extract_s, 3),
        "extraction_vs_jieba_cpu": round(jieba_cpu / extract_cpu, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def scaling(corpus: Corpus, workers: tuple[int, ...]) -> dict[str, object]:
    """End-to-end ingest (read → extract → RDF → embedded store) with 1, 2 … worker processes."""
    from pipeline.ingest import ingest
    from pipeline.store import MEMORY, open_store

    runs: dict[int, dict[str, float]] = {}
    for n in workers:
        stamps: list[float] = []
        with open_store(MEMORY) as store:
            start = time.perf_counter()
            summary = ingest(
                [str(corpus.jsonl)],
                store,
                workers=n,
                progress=lambda event: stamps.append(time.perf_counter()),  # noqa: B023
            )
            seconds = time.perf_counter() - start
        assert not summary.failed, summary.failed
        runs[n] = {
            "seconds": round(seconds, 2),
            "startup_s": round(stamps[0] - start, 2),  # until the first article is written
            "kchar_s": round(corpus.chars / 1000 / seconds, 1),
            # after start-up: articles written per second from the first to the last
            "steady_articles_s": round((len(stamps) - 1) / (stamps[-1] - stamps[0]), 2),
            "triples": summary.triples,
        }
    first = runs[workers[0]]
    return {
        "runs": {str(k): v for k, v in runs.items()},
        "speedup": {str(k): round(first["seconds"] / v["seconds"], 2) for k, v in runs.items()},
        "steady_speedup": {
            str(k): round(v["steady_articles_s"] / first["steady_articles_s"], 2) for k, v in runs.items()
        },
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


_MEMORY_PROBE = """
import resource, sys
from pipeline.ingest import ingest
from pipeline.store import open_store
with open_store(sys.argv[2]) as store:
    summary = ingest([sys.argv[1]], store, workers=1)
print(summary.new, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def stream_memory(copies: tuple[int, ...], workdir: Path) -> dict[str, float]:
    """Peak RSS of a fresh ``ingest`` process (inline, on-disk store) as the input grows.

    Run first, from a still-small parent: Linux carries the parent's peak into the child's figure.
    """
    import subprocess
    import sys

    peaks = {}
    for k in copies:
        folder = workdir / f"memory-{k}"
        folder.mkdir()
        corpus = make_corpus(k, folder)
        out = subprocess.run(
            [sys.executable, "-c", _MEMORY_PROBE, str(corpus.jsonl), str(folder / "store")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        peaks[out[0]] = round(float(out[1]), 1)
    return peaks


#: a short corpus article (about 850 characters) for the start-up figure
SHORT_ARTICLE = ARTICLES / "19_slvest-scientex-rooftop-solar.txt"


def startup(runs: int = 3) -> dict[str, float]:
    """``finkg extract`` of one short article in a fresh process: wall and CPU seconds, the best
    of ``runs`` after one run that fills the start-up cache (pipeline.cache)."""
    import os
    import subprocess
    import sys

    command = [sys.executable, "-c", "from pipeline.cli import main; main()", "extract", str(SHORT_ARTICLE)]
    subprocess.run(command, capture_output=True, check=True)
    walls, cpus = [], []
    for _ in range(runs):
        before = os.times()
        wall = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        walls.append(time.perf_counter() - wall)
        after = os.times()
        cpus.append(
            (after.children_user - before.children_user) + (after.children_system - before.children_system)
        )
    return {"wall_s": round(min(walls), 2), "cpu_s": round(min(cpus), 2)}
