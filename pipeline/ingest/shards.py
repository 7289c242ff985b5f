"""Extraction as a pure function over partitions: articles in, N-Quads shards out, no store.

``finkg extract --format nquads --out-dir DIR`` writes ``DIR/shard-0000.nq`` … (``per_shard``
articles each): every article's named graph and its graph record, exactly what ``finkg
ingest`` would store (no ingest time: the same inputs give the same bytes). ``finkg load DIR/*.nq``
bulk-loads them and builds the merged graph.

:func:`extract_partition` is the unit a distributed engine runs (Dask, Ray, Spark …): a list
of JSON-lines records (or article files) in, one shard file out, nothing shared between
partitions. The README shows the Dask recipe; ``tests/ingest/test_shards.py`` runs it on a
local two-worker cluster.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any, BinaryIO

import pyoxigraph as ox
from spacy.language import Language

from pipeline.errors import ReadError
from pipeline.ingest.fingerprint import extractor_fingerprint, ingest_stamp
from pipeline.ingest.pool import Extracted, extract_one
from pipeline.model.records import Article
from pipeline.store.base import GraphRecord

PER_SHARD = 1000


@dataclass(frozen=True)
class ShardSummary:
    shards: tuple[str, ...]
    articles: int
    quads: int
    failed: tuple[tuple[str, str], ...]

    def format(self) -> str:
        return (
            f"wrote {len(self.shards)} shard(s): {self.articles} articles, {self.quads} quads; "
            f"{len(self.failed)} failed"
        )


def article_nquads(article: Article, result: Extracted, fingerprint: str) -> bytes:
    """The article's graph, its record and the run's provenance (no clock), as N-Quads."""
    from pipeline.graph.provenance import IngestActivity

    record = GraphRecord(
        graph=result.graph,
        stamp=ingest_stamp(article.content_hash, fingerprint),
        key=article.key,
        fingerprint=fingerprint,
    )
    own = [*record.quads(), *IngestActivity(fingerprint).quads(result.graph)]
    return result.nquads + (ox.serialize(own, format=ox.RdfFormat.N_QUADS) or b"")


class _Shards:
    """Shard files of ``per_shard`` articles each, opened as needed."""

    def __init__(self, directory: Path, per_shard: int, prefix: str = "shard") -> None:
        self.directory, self.per_shard, self.prefix = directory, max(1, per_shard), prefix
        self.paths: list[str] = []
        self.count = 0
        self.out: IO[bytes] | None = None

    def write(self, data: bytes) -> None:
        if self.out is None or self.count % self.per_shard == 0:
            self.close()
            path = self.directory / f"{self.prefix}-{len(self.paths):04d}.nq"
            self.paths.append(str(path))
            self.out = path.open("wb")
        self.out.write(data)
        self.count += 1

    def close(self) -> None:
        if self.out is not None:
            self.out.close()
            self.out = None


def extract_shards(
    paths: Sequence[str],
    out_dir: Path,
    per_shard: int = PER_SHARD,
    workers: int | None = None,
    stdin: BinaryIO | None = None,
    nlp: Language | None = None,
) -> ShardSummary:
    """Extract every article in ``paths`` into N-Quads shards in ``out_dir`` (in parallel)."""
    from pipeline.ingest.pool import WorkerPool
    from pipeline.ingest.run import _default_nlp
    from pipeline.ingest.stream import stream_inputs

    out_dir.mkdir(parents=True, exist_ok=True)
    fingerprint = extractor_fingerprint()
    shards = _Shards(out_dir, per_shard)
    failed: list[tuple[str, str]] = []
    quads = 0

    def articles() -> Iterator[tuple[Article, None]]:
        for item in stream_inputs(list(paths), stdin=stdin):
            if isinstance(item, ReadError):
                failed.append(
                    (item.source if item.line is None else f"{item.source}:{item.line}", item.reason)
                )
            else:
                yield item, None

    count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    model = nlp if nlp is not None else _default_nlp()
    results: Iterable[tuple[Article, None, Extracted | str]]
    if count == 0:
        results = ((a, None, _safe(model, a)) for a, _ in articles())
    else:
        results = WorkerPool[None](count, model, _default_nlp).run(articles())
    try:
        for article, _, result in results:
            if isinstance(result, str):
                failed.append((article.source, result))
                continue
            shards.write(article_nquads(article, result, fingerprint))
            quads += result.triples + 4
    finally:
        shards.close()
    return ShardSummary(tuple(shards.paths), shards.count, quads, tuple(failed))


def _safe(nlp: Language, article: Article) -> Extracted | str:
    try:
        return extract_one(nlp, article)
    except Exception as e:
        return f"extraction failed: {type(e).__name__}: {e}"


@cache
def _worker_nlp() -> Language:
    """One pipeline per process of a distributed engine (built on its first partition)."""
    from pipeline.nlp.wiring import build_nlp

    return build_nlp()


def extract_partition(records: Sequence[dict[str, Any]], out_path: str) -> tuple[str, int, list[str]]:
    """A pure function for a distributed engine: JSON-lines records (``{"id", "text", "title",
    "date", "url"}``) in, one N-Quads shard at ``out_path`` out. Returns (path, articles, failures).

    Same records, same bytes: no clock, no shared state but the pipeline each process builds once.
    """
    import json

    from pipeline.ingest.stream import json_lines

    class _Lines:
        def __init__(self) -> None:
            self.lines = iter([json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records])

        def readline(self) -> bytes:
            return next(self.lines, b"")

    fingerprint = extractor_fingerprint()
    nlp = _worker_nlp()
    failures: list[str] = []
    written = 0
    partial = Path(out_path + ".partial")
    with partial.open("wb") as out:
        for item in json_lines(_Lines(), out_path, Path(out_path).stem):  # type: ignore[arg-type]
            if isinstance(item, ReadError):
                failures.append(str(item))
                continue
            result = _safe(nlp, item)
            if isinstance(result, str):
                failures.append(f"{item.key}: {result}")
                continue
            out.write(article_nquads(item, result, fingerprint))
            written += 1
    partial.replace(out_path)
    return out_path, written, failures
