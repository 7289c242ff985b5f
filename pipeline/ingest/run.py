"""Articles into the store: read, skip the unchanged, extract in parallel, write one graph each.

- Reading streams (``pipeline.read.reader.read_inputs``); at most ``2 × workers`` articles are in flight,
  so memory does not grow with the number of articles.
- An article whose key is stored with the same stamp (its content hash bound to the extractor's
  fingerprint: code and data files) is "unchanged" and is not extracted. An edited article (same
  key, new hash) replaces its old graph, and so does every article after finkg or its gazetteer
  changed: no stale triples survive.
- Extraction and the RDF mapping run in worker processes (each builds its nlp once, in the
  ProcessPoolExecutor initializer); ``workers=1`` runs inline. Only the parent writes, one
  transaction per article, so an article is either fully in the store or not at all.
- The ontology is kept in its own static named graph (``…/id/graph/static/ontology``), refreshed
  when the file changes, so queries can follow ``rdfs:subClassOf``. The gazetteer is not loaded:
  an entity enters the graph through the articles that mention it, with its labels.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import BinaryIO, Literal

import pyoxigraph as ox
from rdflib.namespace import XSD
from spacy.language import Language

from pipeline.errors import FinkgError, ReadError
from pipeline.graph.namespace import FIN
from pipeline.model.records import Article
from pipeline.store.stores import STATIC_NS, EmbeddedStore, RemoteStore, StoredArticle, ntriples, skolemize

Store = EmbeddedStore | RemoteStore
Status = Literal["new", "updated", "unchanged", "failed"]

#: With ``workers=None``: run inline unless at least this many articles need extracting, then
#: use up to MAX_AUTO_WORKERS processes (one per core). Workers pay the pipeline's start-up
#: (spawn + imports + build: ~4.5 s against ~2.8 s inline) and then ran ~1.75× faster with two
#: on 2 vCPUs (python -m bench): break-even near 30 articles on a quiet machine, later on a busy one.
AUTO_PARALLEL_MIN = 50
MAX_AUTO_WORKERS = 4

#: Ontology files loaded as static graphs: (graph name, file in ontology/).
STATIC_FILES: tuple[tuple[str, str], ...] = (("ontology", "finkg.ttl"),)


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
    triples: int = 0
    amounts: int = 0
    entities: int = 0
    deals: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def format(self) -> str:
        return (
            f"articles: {self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed; {self.triples} triples, {self.amounts} amounts, "
            f"{self.entities} entities, {self.deals} deals"
        )


@dataclass(frozen=True)
class ArticleGraph:
    """What a worker sends back: the article's graph as N-Triples, and what it holds."""

    key: str
    source: str
    content_hash: str
    graph_iri: str
    ntriples: str
    triples: int
    amounts: int
    entities: int
    deals: int


def article_to_graph(nlp: Language, article: Article) -> ArticleGraph:
    """Extract one article and map it to its named graph (pure; runs in a worker)."""
    from pipeline.graph.mapping import article_triples
    from pipeline.nlp.extract import extract
    from pipeline.store.stores import ox_triples

    extraction = extract(nlp, article)
    graph_iri, rdf_triples = article_triples(extraction)
    triples = skolemize(str(graph_iri), ox_triples(rdf_triples))
    return ArticleGraph(
        key=article.key,
        source=article.source,
        content_hash=article.content_hash,
        graph_iri=str(graph_iri),
        ntriples=ntriples(triples),
        triples=len(triples),
        amounts=len(extraction.amounts),
        entities=len(extraction.entities),
        deals=len(extraction.deals),
    )


@cache
def extractor_fingerprint() -> str:
    """A digest of everything that shapes an extraction: the package's code and its data files.

    Stored with each article graph (with the article's content hash), so upgrading finkg or
    editing the gazetteer makes the next ingest re-extract articles whose text did not change.
    """
    from pipeline.resources import data_dir

    package = Path(__file__).resolve().parent.parent
    files = sorted(package.rglob("*.py")) + sorted(data_dir("ontology").rglob("*.*"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ingest_stamp(content_hash: str) -> str:
    """What an article graph is stored under: its text's hash bound to the extractor's.

    Computed in the parent only, so workers never disagree with it.
    """
    return hashlib.sha256(f"{content_hash}:{extractor_fingerprint()}".encode()).hexdigest()


def _default_nlp() -> Language:
    from pipeline.nlp.wiring import build_nlp

    return build_nlp()


# The worker process's own pipeline, set once by the pool initializer (never used in the parent).
_worker_nlp: list[Language] = []


def _init_worker(factory: Callable[[], Language]) -> None:
    _worker_nlp[:] = [factory()]


def _work(article: Article) -> ArticleGraph:
    return article_to_graph(_worker_nlp[0], article)


@dataclass
class _Tally:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("new", "updated", "unchanged"), 0))
    failed: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0
    amounts: int = 0
    entities: int = 0
    deals: int = 0

    def summary(self) -> IngestSummary:
        return IngestSummary(
            new=self.counts["new"],
            updated=self.counts["updated"],
            unchanged=self.counts["unchanged"],
            failed=tuple(self.failed),
            triples=self.triples,
            amounts=self.amounts,
            entities=self.entities,
            deals=self.deals,
        )


def _where(error: ReadError) -> str:
    return error.source if error.line is None else f"{error.source}:{error.line}"


def ensure_static(store: Store) -> list[str]:
    """Load the ontology into its static graph when it is missing or changed. Returns graphs written."""
    from pipeline.resources import ontology_file

    written = []
    for name, filename in STATIC_FILES:
        try:
            path = ontology_file(filename)
        except FileNotFoundError:
            continue
        if not path.is_file():
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        graph = STATIC_NS + name
        if store.graph_hash(graph) == digest:
            continue
        try:
            triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
        except SyntaxError as e:
            raise FinkgError(f"{path}: not valid Turtle: {e}") from e
        store.replace_graph(graph, triples, None, digest)
        written.append(graph)
    return written


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
    ``clock``, when given, stamps each written article with ``fin:ingestedAt`` (the CLI passes
    the wall clock; without it the graph depends on the inputs alone).
    """
    from pipeline.read.reader import read_inputs

    factory = nlp_factory or _default_nlp
    tally = _Tally()
    report = progress or (lambda event: None)
    # Keys handled in this run (key → hash): a repeated key in the inputs is decided against it.
    seen: dict[str, str] = {}

    ensure_static(store)

    def pending() -> Iterator[tuple[Article, Status]]:
        for item in read_inputs(list(paths), stdin=stdin):
            if isinstance(item, ReadError):
                tally.failed.append((_where(item), item.reason))
                report(IngestEvent("failed", _where(item), reason=item.reason))
                continue
            stamp = ingest_stamp(item.content_hash)
            previous = seen.get(item.key)
            if previous is None:
                stored = store.find_article(item.key)
                previous = stored.content_hash if stored is not None else None
            if previous == stamp:
                tally.counts["unchanged"] += 1
                report(IngestEvent("unchanged", item.source, item.key))
                continue
            seen[item.key] = stamp
            yield item, ("new" if previous is None else "updated")

    def write(result: ArticleGraph, status: Status) -> None:
        triples = _parse_nt(result.ntriples)
        if clock is not None:
            triples.append(ingest_time_triple(result.key, clock()))
        store.replace_graph(result.graph_iri, triples, result.key, ingest_stamp(result.content_hash))
        tally.counts[status] += 1
        tally.triples += result.triples
        tally.amounts += result.amounts
        tally.entities += result.entities
        tally.deals += result.deals
        report(IngestEvent(status, result.source, result.key))

    def fail(article: Article, error: BaseException) -> None:
        reason = f"extraction failed: {type(error).__name__}: {error}"
        tally.failed.append((article.source, reason))
        report(IngestEvent("failed", article.source, article.key, reason))

    todo: Iterator[tuple[Article, Status]] = pending()
    if workers is None:
        # Worker processes each pay the pipeline's start-up: only worth it for a longer stream.
        head = list(itertools.islice(todo, AUTO_PARALLEL_MIN))
        workers = 1 if len(head) < AUTO_PARALLEL_MIN else min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
        todo = itertools.chain(head, todo)
    workers = max(1, workers)

    if workers == 1:
        inline = nlp if nlp is not None else factory()
        for article, status in todo:
            try:
                result = article_to_graph(inline, article)
            except Exception as e:
                fail(article, e)
                continue
            write(result, status)
        return tally.summary()

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(factory,),
    )
    in_flight: deque[tuple[Article, Status, Future[ArticleGraph]]] = deque()

    def drain_one() -> None:
        article, status, future = in_flight.popleft()
        try:
            result = future.result()
        except Exception as e:
            fail(article, e)
            return
        write(result, status)

    try:
        for article, status in todo:
            in_flight.append((article, status, pool.submit(_work, article)))
            if len(in_flight) >= 2 * workers:
                drain_one()
        while in_flight:
            drain_one()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return tally.summary()


def ingest_time_triple(key: str, when: dt.datetime) -> ox.Triple:
    from pipeline.graph.iris import article_iri

    return ox.Triple(
        ox.NamedNode(str(article_iri(key))),
        ox.NamedNode(str(FIN.ingestedAt)),
        ox.Literal(when.astimezone(dt.UTC).isoformat(), datatype=ox.NamedNode(str(XSD.dateTime))),
    )


def _parse_nt(text: str) -> list[ox.Triple]:
    return list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


def remove(store: Store, ref: str) -> StoredArticle:
    """Remove one article's graph, by key, graph IRI or article IRI; other graphs are untouched."""
    found = store.resolve(ref)
    if found is None:
        raise FinkgError(f"no article {ref!r} in the store at {store.location} (see `finkg stats`)")
    store.remove_graph(found.graph)
    return found
