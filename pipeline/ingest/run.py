"""Articles into the store: read, skip the unchanged, extract (in parallel), write one graph each.

- Reading streams (:mod:`pipeline.ingest.stream`: JSON lines from stdin or a ``.jsonl`` file one
  line at a time, each article committed as it arrives); with workers, at most ``DEPTH ×
  workers`` articles are in flight, so memory does not grow with the number of articles.
- An article whose key is stored with the same stamp (:mod:`pipeline.ingest.fingerprint`) is
  "unchanged" and is not extracted. An edited article (same key, new hash) replaces its old
  graph, and so does every article after finkg or its data files changed: no stale triples.
- Extraction runs inline or in worker processes (:mod:`pipeline.ingest.pool`), which also map it
  to RDF and serialise it; the parent writes each article's graph with its record and its facts
  in the merged graph in one transaction (or one bulk load), so an article is either fully in
  the store or not at all. Into an embedded store the writes run in a thread of the parent while
  extraction goes on, the new articles in batches (one bulk load each: :class:`_Writer`); a
  stream's articles are written one by one as they come.
- Ctrl-C (SIGINT), SIGTERM and SIGHUP stop the run between two articles: what was written stays
  whole, and the summary says the run was interrupted and by what (the CLI prints it and exits
  with status 128 + the signal's number: 130, 143, 129). A signal ignored when the run started
  (``nohup``) stays ignored.
- A store that goes away (a remote server that stays unreachable once the retries of
  :mod:`pipeline.store.remote` are spent) stops the run: the article being written is reported
  failed with the reason, the summary says what was written before and why the run stopped.
- A remote store is written under its ingest lock (:mod:`pipeline.store.lock`): a second
  concurrent ingest into the same endpoint waits for it, then refuses with a clear message.
- The ontology is kept in its own static graph (:mod:`pipeline.ingest.static`).
- The run itself is a ``prov:Activity`` (:mod:`pipeline.graph.provenance`): finkg's version and
  code fingerprint, described in every graph it writes, its record ``prov:wasGeneratedBy`` it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from typing import BinaryIO, Literal

import pyoxigraph as ox
from spacy.language import Language

from pipeline.errors import FinkgError, ReadError, StoreError
from pipeline.graph.provenance import IngestActivity
from pipeline.ingest.fingerprint import extractor_fingerprint, ingest_stamp
from pipeline.ingest.messages import article_where, collision, where
from pipeline.ingest.pool import NOT_YET, Extracted, extract_one
from pipeline.ingest.signals import Interrupted, signals_as_ctrl_c
from pipeline.ingest.static import ensure_static
from pipeline.model.records import Article
from pipeline.read.limits import MAX_BYTES
from pipeline.store import EmbeddedStore, GraphRecord, RemoteStore
from pipeline.store.merged import facts_of

Store = EmbeddedStore | RemoteStore
Status = Literal["new", "updated", "unchanged", "failed"]

#: With ``workers=None``: run inline unless at least this many articles need extracting, then
#: use one process per core (at most MAX_AUTO_WORKERS). Forked workers share the parent's
#: pipeline and start in milliseconds, so a few articles already pay for them.
AUTO_PARALLEL_MIN = 4
MAX_AUTO_WORKERS = 4


#: new articles written together into an embedded store: the writer waits for BATCH of them, one
#: bulk load (from BULK_MIN: the write costs a third of the CPU of transactions of a few articles,
#: :mod:`pipeline.store.embedded`), or MAX_WAIT seconds after the first one (the progress goes on
#: when extraction is slow), and holds at most MAX_BATCH while the previous batch is written
BATCH = 64
MAX_BATCH = 2 * BATCH
MAX_WAIT = 5.0

#: the warning of an article ingested without a single fact
NO_FACTS = "no facts found (no amount, entity or deal): the article is stored with its text only"


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
    #: (source, message): articles ingested with a caveat (e.g. a thin HTML body)
    warnings: tuple[tuple[str, str], ...] = ()
    triples: int = 0
    amounts: int = 0
    entities: int = 0
    deals: int = 0
    #: stopped by Ctrl-C: the articles counted are whole in the store, the others absent
    interrupted: bool = False
    #: the signal that interrupted the run (SIGINT for Ctrl-C, SIGTERM, SIGHUP), 0 if none
    signal: int = 0
    #: why the run stopped before its end (the store went away), "" if it did not
    stopped: str = ""
    #: where the time went (summed over workers for extraction and mapping; the parent for writing)
    seconds_extract: float = 0.0
    seconds_map: float = 0.0
    seconds_write: float = 0.0
    workers: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted and not self.stopped

    @property
    def exit_status(self) -> int:
        """What the CLI exits with: 128 + the signal when interrupted, 1 on a failure, else 0."""
        if self.interrupted:
            return 128 + (self.signal or signal.SIGINT)
        return 0 if self.ok else 1

    @property
    def written(self) -> int:
        return self.new + self.updated

    def format(self) -> str:
        """Two lines: what happened to the articles; what the graphs written hold, summed over them
        (and between them, when the run ended early, why and what that means)."""
        whole = "the articles written are whole in the store, the others were not written"
        if self.interrupted:
            name = signal.Signals(self.signal).name if self.signal else "SIGINT"
            how, why = " (interrupted)", f"interrupted by {name}: {whole}\n"
        elif self.stopped:
            how, why = " (stopped)", f"stopped: {self.stopped}; {whole}\n"
        else:
            how = why = ""
        return (
            f"articles: {self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed{how}\n{why}"
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
            "interrupted": self.interrupted,
            "signal": signal.Signals(self.signal).name if self.signal else None,
            "stopped": self.stopped or None,
            "seconds": {
                "extract": self.seconds_extract,
                "map": self.seconds_map,
                "write": self.seconds_write,
            },
        }


def _default_nlp() -> Language:
    from pipeline.nlp.wiring import build_nlp

    return build_nlp()


@dataclass(frozen=True)
class _Pending:
    """An extracted article ready for the store: its record, its quads (with the run's
    provenance) and its facts for the merged graph, serialised."""

    article: Article
    status: Status
    result: Extracted
    record: GraphRecord
    nquads: bytes
    facts: bytes
    #: the provenance quads counted as the graph's triples
    provenance: int


@dataclass(frozen=True)
class _Failed:
    """An article whose extraction failed, reported in its turn among the written ones."""

    article: Article
    reason: str


_Entry = _Pending | _Failed


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
    #: key → (content hash, where) of the first article of this run with that key: another text
    #: under the same key is a collision, reported and not ingested (pipeline.read.walk)
    owners: dict[str, tuple[str, str]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(("extract", "map", "write"), 0.0))
    interrupted: bool = False
    signal: int = 0
    stopped: str = ""
    workers: int = 0
    #: the size limit of one article (pipeline.read.limits)
    max_bytes: int | None = MAX_BYTES
    #: writes in a thread while extraction goes on (None: each article written as it comes)
    writer: _Writer | None = None

    def pending(
        self, items: Iterable[Article | ReadError | object]
    ) -> Iterator[tuple[Article, Status] | object]:
        """The articles to extract, each "new" or "updated"; read errors and unchanged ones reported.
        (:data:`~pipeline.ingest.pool.NOT_YET` from a streamed input passes through.)"""
        for item in items:
            if item is NOT_YET:
                yield item
                continue
            assert isinstance(item, Article | ReadError)
            if isinstance(item, ReadError):
                self.failed.append((where(item), item.reason))
                self.report(IngestEvent("failed", where(item), reason=item.reason))
                continue
            self.warnings.extend((item.source, warning) for warning in item.warnings)
            clash = collision(
                item, self.owners.setdefault(item.key, (item.content_hash, article_where(item)))
            )
            if clash is not None:
                self.failed.append((article_where(item), clash))
                self.report(IngestEvent("failed", article_where(item), item.key, clash))
                continue
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

    def done(self, article: Article, status: Status, result: Extracted | str) -> None:
        """One article extracted (or failed): written now, or handed to the run's writer."""
        entry: _Entry = (
            _Failed(article, result) if isinstance(result, str) else self.prepare(article, result, status)
        )
        if self.writer is not None:
            self.writer.add(entry)
        else:
            self.commit([entry])

    def prepare(self, article: Article, result: Extracted, status: Status) -> _Pending:
        """The article's graph as the store takes it: its record, its quads with the run's
        provenance, its facts for the merged graph."""
        record = GraphRecord(
            graph=result.graph,
            stamp=ingest_stamp(article.content_hash, self.fingerprint),
            key=article.key,
            fingerprint=self.fingerprint,
            ingested_at=self.clock() if self.clock is not None else None,
        )
        provenance = self.activity.quads(result.graph)
        nquads = result.nquads + (ox.serialize(provenance, format=ox.RdfFormat.N_QUADS) or b"")
        facts = ox.serialize(facts_of(result.graph, provenance), format=ox.RdfFormat.N_TRIPLES) or b""
        # what `finkg stats` counts too: the graph's quads, its record's own left out
        record_node = ox.NamedNode(record.iri)
        counted = sum(q.subject != record_node for q in provenance)
        facts = result.ntriples + facts
        # (its bytes are in nquads and facts now: a batch waiting to be written holds them once)
        result = replace(result, nquads=b"", ntriples=b"")
        return _Pending(article, status, result, record, nquads, facts, counted)

    def store_write(self, entries: Sequence[_Entry]) -> float:
        """Write the articles of ``entries``, the new ones (no record under their key: ``pending``
        looked) at once; returns the seconds it took. Only the store is touched here
        (it may run in the writer's thread)."""
        start = time.perf_counter()
        writes = [e for e in entries if isinstance(e, _Pending)]
        new = [(w.record, w.nquads, w.facts) for w in writes if w.status == "new"]
        if new and isinstance(self.store, EmbeddedStore):
            self.store.add_graphs_serialized(new)
            writes = [w for w in writes if w.status != "new"]
        for w in writes:
            self.store.replace_graph_serialized(w.record, w.nquads, w.facts)
        return time.perf_counter() - start

    def commit(self, entries: Sequence[_Entry]) -> None:
        """``entries`` written, then accounted for."""
        try:
            seconds = self.store_write(entries)
        except StoreError as e:
            self.unwritten(entries, e)
            raise
        self.written(entries, seconds)

    def written(self, entries: Sequence[_Entry], seconds: float) -> None:
        """The tally of entries just written (all of it first), then their events, in input order."""
        self.seconds["write"] += seconds
        for entry in entries:
            if isinstance(entry, _Failed):
                self.failed.append((article_where(entry.article), entry.reason))
                continue
            result = entry.result
            self.seconds["extract"] += result.seconds_extract
            self.seconds["map"] += result.seconds_map
            self.counts[entry.status] += 1
            self.sizes["triples"] += result.triples + entry.provenance
            self.sizes["amounts"] += result.amounts
            self.sizes["entities"] += result.entities
            self.sizes["deals"] += result.deals
            if not (result.amounts or result.entities or result.deals):
                self.warnings.append((article_where(entry.article), NO_FACTS))
        for entry in entries:
            article = entry.article
            if isinstance(entry, _Failed):
                self.report(IngestEvent("failed", article_where(article), article.key, entry.reason))
            else:
                self.report(IngestEvent(entry.status, article.source, article.key))

    def unwritten(self, entries: Sequence[_Entry], error: StoreError) -> None:
        """Entries a failed write did not write: each failed, with the reason."""
        for entry in entries:
            where = article_where(entry.article)
            reason = entry.reason if isinstance(entry, _Failed) else f"not written: {error}"
            self.failed.append((where, reason))
            self.report(
                IngestEvent(
                    "failed",
                    where,
                    entry.article.key,
                    entry.reason if isinstance(entry, _Failed) else str(error),
                )
            )

    def summary(self) -> IngestSummary:
        return IngestSummary(
            new=self.counts["new"],
            updated=self.counts["updated"],
            unchanged=self.counts["unchanged"],
            failed=tuple(self.failed),
            warnings=tuple(self.warnings),
            interrupted=self.interrupted,
            signal=self.signal,
            stopped=self.stopped,
            seconds_extract=round(self.seconds["extract"], 3),
            seconds_map=round(self.seconds["map"], 3),
            seconds_write=round(self.seconds["write"], 3),
            workers=self.workers,
            **self.sizes,
        )


class _Writer:
    """The parent's writes in a thread of their own, one batch at a time, while the main thread
    goes on collecting (and, inline, extracting) articles: pyoxigraph leaves the GIL while it
    writes. A batch is BATCH articles (or those of MAX_WAIT seconds), its new ones written at
    once; at most MAX_BATCH wait while one is written. Everything but the store call (the tally,
    the events, in input order) stays on the main thread."""

    def __init__(self, run: _Run) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.run = run
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="finkg-write")
        self.future: Future[float] | None = None
        self.writing: list[_Entry] = []
        self.waiting: list[_Entry] = []
        #: when the first of ``waiting`` arrived (time.monotonic)
        self.since = 0.0

    def add(self, entry: _Entry) -> None:
        if not self.waiting:
            self.since = time.monotonic()
        self.waiting.append(entry)
        if self.future is not None and (self.future.done() or len(self.waiting) >= MAX_BATCH):
            self.settle()
        if self.future is None and (len(self.waiting) >= BATCH or time.monotonic() - self.since >= MAX_WAIT):
            self.submit()

    def submit(self) -> None:
        if self.waiting:
            self.writing, self.waiting = self.waiting, []
            self.future = self.thread.submit(self.run.store_write, self.writing)

    def settle(self) -> None:
        """The batch being written: waited for, then accounted for (or reported unwritten)."""
        if self.future is None:
            return
        try:
            seconds = self.future.result()
        except StoreError as e:
            batch, self.future, self.writing = self.writing, None, []
            self.run.unwritten(batch, e)
            raise
        batch, self.future, self.writing = self.writing, None, []
        self.run.written(batch, seconds)

    def finish(self) -> None:
        """At the end of the input: everything written."""
        self.settle()
        self.submit()
        self.settle()

    def close(self) -> None:
        """However the run ended: the batch in flight, whole in the store, waited for and counted
        (a signal meanwhile does not stop that); the batch not begun is not written."""
        try:
            while self.future is not None:
                try:
                    self.settle()
                except KeyboardInterrupt:
                    self.run.interrupted = True
                    self.run.signal = self.run.signal or signal.SIGINT
        except StoreError as e:
            self.run.stopped = self.run.stopped or str(e)
        finally:
            self.thread.shutdown(wait=True)


@contextlib.contextmanager
def _write_lock(run: _Run) -> Iterator[None]:
    """The remote store's ingest lock (refused: ``StoreError``); an embedded store is locked by
    RocksDB itself. A lock that cannot be released (the server went away) is a warning: it
    expires by itself."""
    if not isinstance(run.store, RemoteStore):
        yield
        return
    lock = run.store.lock()
    try:
        yield
    finally:
        try:
            run.store.unlock(lock)
        except StoreError as e:
            run.warnings.append(
                (run.store.location, f"the ingest lock was not released ({e}); it expires by itself")
            )


def _extract_inline(
    todo: Iterable[tuple[Article, Status] | object], nlp: Language
) -> Iterator[tuple[Article, Status, Extracted | str]]:
    for item in todo:
        if item is NOT_YET:
            continue
        article, status = item  # type: ignore[misc]
        try:
            yield article, status, extract_one(nlp, article)
        except Exception as e:
            yield article, status, f"extraction failed: {type(e).__name__}: {e}"


def _workers(
    todo: Iterator[tuple[Article, Status] | object], workers: int | None
) -> tuple[int, Iterator[tuple[Article, Status] | object]]:
    """How many processes to use (0: inline); with ``None``, inline below AUTO_PARALLEL_MIN."""
    if workers is not None:
        return max(0, workers), todo
    head: list[tuple[Article, Status] | object] = []
    for item in todo:
        if item is not NOT_YET:
            head.append(item)
        if len(head) >= AUTO_PARALLEL_MIN:
            break
    chosen = 0 if len(head) < AUTO_PARALLEL_MIN else min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
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
    max_bytes: int | None = MAX_BYTES,
) -> IngestSummary:
    """Ingest every article found in ``paths`` (files, directories, "-" for ``stdin``).

    ``workers``: extraction processes (0 = inline, in this process; None = inline for a few
    articles, else one per core). With workers, the parent writes while they extract.
    ``nlp`` (or, when not given, ``nlp_factory()``, default ``pipeline.nlp.wiring.build_nlp``) is
    the pipeline: forked workers share it; where there is no fork, each worker calls
    ``nlp_factory`` (a picklable module-level function) once.
    ``clock``, when given, stamps each written graph's record with ``fin:ingestedAt`` (the CLI
    passes the wall clock; without it the graph depends on the inputs alone).
    Ctrl-C (or SIGTERM, SIGHUP) ends the run after the article being written: the summary says
    ``interrupted`` and by which signal; a store that went away ends it too (``stopped``).
    A remote store is written under its ingest lock: another ingest holding it makes this one
    wait, then raise ``StoreError``.
    ``max_bytes``: the size limit of one article (:mod:`pipeline.read.limits`; None: none).
    Two different texts under one key in one run: the second is reported failed, not ingested.
    """
    factory = nlp_factory or _default_nlp
    fingerprint = extractor_fingerprint()
    activity = IngestActivity(fingerprint, started=clock() if clock is not None else None)
    run = _Run(store, progress or (lambda event: None), clock, fingerprint, activity)
    run.max_bytes = max_bytes
    with signals_as_ctrl_c(), _write_lock(run):
        _go(run, paths, workers, stdin, nlp, factory)
    return run.summary()


def _go(
    run: _Run,
    paths: Sequence[str],
    workers: int | None,
    stdin: BinaryIO | None,
    nlp: Language | None,
    factory: Callable[[], Language],
) -> None:
    """The run itself; an interruption or the store going away ends it with its tally kept."""
    from pipeline.ingest.pool import DEPTH, WorkerPool, prefetch
    from pipeline.ingest.stream import stream_inputs

    store = run.store
    try:
        ensure_static(store)
        reading: Iterable[Article | ReadError | object] = stream_inputs(
            list(paths), stdin=stdin, max_bytes=run.max_bytes
        )
        if "-" in paths:
            # a stream: no look-ahead to choose, and a reading thread, so that each article is
            # written as soon as it is extracted while the next line is still awaited
            if workers is None:
                workers = min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
            if workers > 0:
                reading = prefetch(reading, DEPTH * workers)
        elif isinstance(store, EmbeddedStore):
            # (a stream's articles are written one by one as they come; a remote store takes
            # one request at a time)
            run.writer = _Writer(run)
        count, todo = _workers(run.pending(reading), workers)
        run.workers = count
        if count == 0:
            from pipeline.collector import collector_frozen

            pipeline = nlp if nlp is not None else factory()
            with collector_frozen():  # the pipeline lives as long as this run (as in the workers)
                for article, status, result in _extract_inline(todo, pipeline):
                    run.done(article, status, result)
        else:
            pool: WorkerPool[Status] = WorkerPool(count, nlp, factory)
            for article, status, result in pool.run(todo):
                run.done(article, status, result)
        if run.writer is not None:
            run.writer.finish()
    except KeyboardInterrupt as e:
        run.interrupted = True
        run.signal = e.signum if isinstance(e, Interrupted) else signal.SIGINT
    except StoreError as e:
        run.stopped = str(e)
    finally:
        if run.writer is not None:
            run.writer.close()


def remove(store: Store, ref: str) -> GraphRecord:
    """Remove one article's graph, by key, graph IRI or article IRI; other graphs are untouched."""
    found = store.resolve(ref)
    if found is None:
        raise FinkgError(f"no article {ref!r} in the store at {store.location} (see `finkg stats`)")
    store.remove_graph(found.graph)
    return found
