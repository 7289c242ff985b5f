"""Articles into the store: read, skip the unchanged, extract (in parallel), write one graph each.

- Reading streams (``pipeline.read.reader.read_inputs``); with workers, at most ``2 × workers``
  articles are in flight, so memory does not grow with the number of articles.
- An article whose key is stored with the same stamp (:mod:`pipeline.ingest.fingerprint`) is
  "unchanged" and is not extracted. An edited article (same key, new hash) replaces its old
  graph, and so does every article after finkg or its data files changed: no stale triples.
- Extraction runs inline or in worker processes (:mod:`pipeline.ingest.pool`); the parent maps
  each extraction to quads (:mod:`pipeline.graph.mapping`) and writes them with the graph's
  record, one graph per article, so an article is either fully in the store or not at all.
- The ontology is kept in its own static graph (:mod:`pipeline.ingest.static`).
- The run itself is a ``prov:Activity`` (:mod:`pipeline.graph.provenance`): finkg's version and
  code fingerprint, described in every graph it writes, its record ``prov:wasGeneratedBy`` it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, Literal

import pyoxigraph as ox
from spacy.language import Language

from pipeline.errors import FinkgError, ReadError
from pipeline.graph.provenance import IngestActivity
from pipeline.ingest.fingerprint import extractor_fingerprint, ingest_stamp
from pipeline.ingest.static import ensure_static
from pipeline.model.records import Article, Extraction
from pipeline.store import EmbeddedStore, GraphRecord, RemoteStore

Store = EmbeddedStore | RemoteStore
Status = Literal["new", "updated", "unchanged", "failed"]

#: With ``workers=None``: run inline unless at least this many articles need extracting, then
#: use up to MAX_AUTO_WORKERS processes (one per core). Workers pay the pipeline's start-up
#: (spawn + imports + build: ~4.5 s against ~2.8 s inline) and then ran ~1.75× faster with two
#: on 2 vCPUs (python -m bench): break-even near 30 articles on a quiet machine, later on a busy one.
AUTO_PARALLEL_MIN = 50
MAX_AUTO_WORKERS = 4


@dataclass(frozen=True)
class IngestEvent:
    """One article done (or one input failed), for progress reporting."""

    status: Status
    source: str
    key: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class IngestSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    #: (source, reason); source is "path:line" when the line is known
    failed: tuple[tuple[str, str], ...] = ()
    #: (source, message): articles ingested with a reader's warning (an HTML body that looks thin)
    warnings: tuple[tuple[str, str], ...] = ()
    triples: int = 0
    amounts: int = 0
    entities: int = 0
    deals: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def written(self) -> int:
        return self.new + self.updated

    def format(self) -> str:
        """Two lines: what happened to the articles; what the graphs written hold, summed over them."""
        return (
            f"articles: {self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed\n"
            f"written: {self.written} graphs, {self.triples} triples, {self.amounts} amounts, "
            f"{self.entities} entities, {self.deals} deals (per-article sums: an entity or deal in "
            "several articles counts once per article; `finkg stats` counts distinct nodes)"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "articles": {
                "new": self.new,
                "updated": self.updated,
                "unchanged": self.unchanged,
                "failed": len(self.failed),
            },
            "written": {
                "graphs": self.written,
                "triples": self.triples,
                "amounts": self.amounts,
                "entities": self.entities,
                "deals": self.deals,
            },
            "failed": [{"source": source, "reason": reason} for source, reason in self.failed],
            "warnings": [{"source": source, "message": message} for source, message in self.warnings],
        }


def _default_nlp() -> Language:
    from pipeline.nlp.wiring import build_nlp

    return build_nlp()


def _where(error: ReadError) -> str:
    return error.source if error.line is None else f"{error.source}:{error.line}"


@dataclass
class _Run:
    """One ingest: what is pending, how each result is written, and the tally."""

    store: Store
    report: Callable[[IngestEvent], None]
    clock: Callable[[], dt.datetime] | None
    #: the code that extracts in this run (extractor_fingerprint), bound into every stamp
    fingerprint: str
    #: this run as a prov:Activity, described in every graph it writes
    activity: IngestActivity
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("new", "updated", "unchanged"), 0))
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    sizes: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("triples", "amounts", "entities", "deals"), 0)
    )
    #: keys handled in this run (key → stamp): a repeated key in the inputs is decided against it
    seen: dict[str, str] = field(default_factory=dict)

    def pending(self, items: Iterable[Article | ReadError]) -> Iterator[tuple[Article, Status]]:
        """The articles to extract, each "new" or "updated"; read errors and unchanged ones reported."""
        for item in items:
            if isinstance(item, ReadError):
                self.failed.append((_where(item), item.reason))
                self.report(IngestEvent("failed", _where(item), reason=item.reason))
                continue
            self.warnings.extend((item.source, warning) for warning in item.warnings)
            stamp = ingest_stamp(item.content_hash, self.fingerprint)
            previous = self.seen.get(item.key)
            if previous is None:
                stored = self.store.find_article(item.key)
                previous = stored.stamp if stored is not None else None
            if previous == stamp:
                self.counts["unchanged"] += 1
                self.report(IngestEvent("unchanged", item.source, item.key))
                continue
            self.seen[item.key] = stamp
            yield item, ("new" if previous is None else "updated")

    def done(self, article: Article, status: Status, result: Extraction | BaseException) -> None:
        if isinstance(result, BaseException):
            reason = f"extraction failed: {type(result).__name__}: {result}"
            self.failed.append((article.source, reason))
            self.report(IngestEvent("failed", article.source, article.key, reason))
            return
        self.write(result, status)

    def write(self, extraction: Extraction, status: Status) -> None:
        from pipeline.graph.mapping import article_quads

        article = extraction.article
        graph, quads = article_quads(extraction)
        record = GraphRecord(
            graph=graph,
            stamp=ingest_stamp(article.content_hash, self.fingerprint),
            key=article.key,
            fingerprint=self.fingerprint,
            ingested_at=self.clock() if self.clock is not None else None,
        )
        provenance = self.activity.quads(graph)
        self.store.replace_graph(record, quads + provenance)
        self.counts[status] += 1
        # what `finkg stats` counts too: the graph's quads, its record's own left out
        record_node = ox.NamedNode(record.iri)
        self.sizes["triples"] += len(quads) + sum(q.subject != record_node for q in provenance)
        self.sizes["amounts"] += len(extraction.amounts)
        self.sizes["entities"] += len(extraction.entities)
        self.sizes["deals"] += len(extraction.deals)
        self.report(IngestEvent(status, article.source, article.key))

    def summary(self) -> IngestSummary:
        return IngestSummary(
            new=self.counts["new"],
            updated=self.counts["updated"],
            unchanged=self.counts["unchanged"],
            failed=tuple(self.failed),
            warnings=tuple(self.warnings),
            **self.sizes,
        )


def _extract_inline(
    todo: Iterable[tuple[Article, Status]], nlp: Language
) -> Iterator[tuple[Article, Status, Extraction | BaseException]]:
    from pipeline.nlp.extract import extract

    for article, status in todo:
        try:
            yield article, status, extract(nlp, article)
        except Exception as e:
            yield article, status, e


def _workers(
    todo: Iterator[tuple[Article, Status]], workers: int | None
) -> tuple[int, Iterator[tuple[Article, Status]]]:
    """How many processes to use; with ``None``, inline below AUTO_PARALLEL_MIN pending articles."""
    if workers is not None:
        return max(1, workers), todo
    # Worker processes each pay the pipeline's start-up: only worth it for a longer stream.
    head = list(itertools.islice(todo, AUTO_PARALLEL_MIN))
    chosen = 1 if len(head) < AUTO_PARALLEL_MIN else min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
    return chosen, itertools.chain(head, todo)


def ingest(
    paths: Sequence[str],
    store: Store,
    workers: int | None = None,
    progress: Callable[[IngestEvent], None] | None = None,
    stdin: BinaryIO | None = None,
    nlp_factory: Callable[[], Language] | None = None,
    nlp: Language | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> IngestSummary:
    """Ingest every article found in ``paths`` (files, directories, "-" for ``stdin``).

    ``nlp_factory`` builds the pipeline in each worker (a picklable module-level function;
    default ``pipeline.nlp.wiring.build_nlp``); ``nlp``, when given, is used as is for ``workers=1``.
    ``clock``, when given, stamps each written graph's record with ``fin:ingestedAt`` (the CLI
    passes the wall clock; without it the graph depends on the inputs alone).
    """
    from pipeline.ingest.pool import extract_in_pool
    from pipeline.read.reader import read_inputs

    factory = nlp_factory or _default_nlp
    fingerprint = extractor_fingerprint()
    activity = IngestActivity(fingerprint, started=clock() if clock is not None else None)
    run = _Run(store, progress or (lambda event: None), clock, fingerprint, activity)
    ensure_static(store)
    count, todo = _workers(run.pending(read_inputs(list(paths), stdin=stdin)), workers)
    if count == 1:
        results = _extract_inline(todo, nlp if nlp is not None else factory())
    else:
        results = extract_in_pool(todo, factory, count)
    for article, status, result in results:
        run.done(article, status, result)
    return run.summary()


def remove(store: Store, ref: str) -> GraphRecord:
    """Remove one article's graph, by key, graph IRI or article IRI; other graphs are untouched."""
    found = store.resolve(ref)
    if found is None:
        raise FinkgError(f"no article {ref!r} in the store at {store.location} (see `finkg stats`)")
    store.remove_graph(found.graph)
    return found
