"""The embedded store: an Oxigraph directory (pyoxigraph, RocksDB underneath), or one in memory.

Writes are quads handed to Oxigraph as they are (``Store.extend``), never text, and keep the
merged default graph in step (:mod:`pipeline.store.merged`):

- a graph the store does not hold yet is written by one ``extend`` — its quads, its record and
  its facts in the default graph: one transaction; many new graphs at once (ingest's batches, at
  least BULK_MIN) go to Oxigraph's bulk loader instead, whole graphs of a few tens of MB per
  load, each load ingested at once (BULK_MIN says why and what it saves);
- replacing a graph writes the new quads to a staging graph, then one SPARQL update drops every
  older graph of the same key, ``MOVE``s the staging graph onto the article's graph, deletes
  from the default graph the old facts no other graph states and adds the new ones: readers see
  the old graph or the new one, never a mix, and a failed write leaves the old one intact;
- removing a graph is one update too: ``DROP`` it and delete its now-unstated facts;
- the upkeep after a write (a snapshot for readers, or a flush of the write buffers) runs in a
  thread of its own while the next writes go on, one at a time: RocksDB takes writes during a
  flush or a checkpoint, and a checkpoint holds whole transactions and whole bulk loads (an
  ingestion of files is atomic in RocksDB too). It used to stall the writer (~25 % of its time
  on 500 articles into an on-disk store); closing the store waits for it.

A store opened read-write on disk publishes snapshots for readers in other processes, and a
store opened read-only opens its live writer's newest snapshot (:mod:`pipeline.store.snapshots`);
when a file is removed under a reader, the opening or the read is tried again
(:mod:`pipeline.store.readers`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Dataset

from pipeline.errors import QueryError, StoreError
from pipeline.model.iris import ID_BASE, record_iri
from pipeline.store.base import MEMORY, STORED_KEY, GraphRecord, StoreTriples
from pipeline.store.conversion import check_iri, graph_quads
from pipeline.store.merged import facts_of, orphans, sparql_triples
from pipeline.store.readers import open_read_only, retrying
from pipeline.store.results import (
    MENTIONS_SERVICE,
    Form,
    QueryResult,
    oxigraph_form,
    query_form,
    result_from_ox,
)
from pipeline.store.snapshots import Publisher
from pipeline.store.sparql import SparqlStore

T = TypeVar("T")

#: Flush Oxigraph's write buffers to disk every so many article writes: without it RocksDB's
#: memtables grow the process by ~0.7 MB per article (measured: 468 MB vs 340 MB at 200 articles).
FLUSH_EVERY = 25
#: where a replacement is written before it is moved onto its graph (outside the graph namespace,
#: so it is never taken for an article)
STAGING_GRAPH = ID_BASE + "staging"
#: graphs merged into the default graph per update by :meth:`EmbeddedStore.rebuild_merged`
REBUILD_BATCH = 200
#: new graphs written by one bulk load at least (:meth:`EmbeddedStore.add_graphs_serialized`);
#: fewer are one transaction. A transaction checks and indexes each quad in RocksDB one at a
#: time; the bulk loader sorts a load's quads and writes each index as one file, then ingests
#: the files of every index together (RocksDB ``IngestExternalFiles``: all of them or none).
#: Measured, 500 articles (893k quads with the merged facts) into an on-disk store, CPU seconds
#: of the process: transactions of ~3 articles 16.6, bulk loads of 16 articles 7.4, of 100 4.3;
#: of 1-3 articles 20 (each load writes a file per index, which compaction merges later).
BULK_MIN = 16
#: the most bytes of N-Quads one bulk load takes (whole graphs: one graph larger alone): the
#: loader ingests a load at once (one file per index) well beyond this (measured: 180 MB)
BULK_BYTES = 32 << 20


def _merge(graph: str) -> str:
    """The update adding the facts of ``graph`` (all but its record) to the default graph."""
    facts = f"GRAPH <{graph}> {{ ?s ?p ?o FILTER(?s != <{record_iri(graph)}>) }}"
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ {facts} }}"


_Serialized = tuple[GraphRecord, bytes, bytes]


def _records(graphs: Sequence[_Serialized]) -> bytes:
    """The records of ``graphs`` as N-Quads."""
    quads = [q for record, _, _ in graphs for q in record.quads()]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def _parts(graphs: Sequence[_Serialized], size: int) -> Iterator[Sequence[_Serialized]]:
    """``graphs`` in consecutive runs of at most ``size`` bytes (a larger graph alone)."""
    start, total = 0, 0
    for i, (_, nquads, facts) in enumerate(graphs):
        total += len(nquads) + len(facts)
        if total > size and i > start:
            yield graphs[start:i]
            start, total = i, len(nquads) + len(facts)
    if start < len(graphs):
        yield graphs[start:]


class EmbeddedStore(SparqlStore):
    """An Oxigraph store in a directory (pyoxigraph, RocksDB underneath)."""

    def __init__(self, path: str | Path | None, read_only: bool = False):
        self.location = str(path) if path is not None else MEMORY
        self.read_only = read_only
        self._writes = 0
        #: the snapshot or flush running in the background, if any (see the module)
        self._upkeep: Future[object] | None = None
        self._upkeep_thread: ThreadPoolExecutor | None = None
        self._store: ox.Store | None
        self._snapshots: Publisher | None = None
        try:
            if path is None or self.location == MEMORY:
                self._store = ox.Store()
            elif read_only:
                self._store = open_read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
                self._snapshots = Publisher(self._store, self.location)
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreError(
                    f"the store at {path} is being written by another process (an ingest or remove); "
                    "wait for it to finish — reading commands (query, export, stats) work meanwhile"
                ) from e
            raise StoreError(f"cannot open the store at {path}: {e}") from e

    @property
    def oxstore(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"the store at {self.location} is closed")
        return self._store

    def dataset(self) -> Dataset:
        """The same store as an rdflib ``Dataset`` (oxrdflib), for code written against rdflib.

        Reads and writes go to the Oxigraph store underneath; the bulk paths of finkg itself
        (ingest, export, named queries) use Oxigraph's own parsers and writers, 10-70x faster.
        """
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.oxstore))

    def _read(self, read: Callable[[], T]) -> T:
        """``read()``; in a read-only store, again on a fresh snapshot after a transient error."""
        if not self.read_only or self.location == MEMORY:
            return read()
        return retrying(self.location, read, self._reopen)

    def _reopen(self) -> None:
        self._store = open_read_only(self.location)

    def close(self) -> None:
        try:
            self.settle()
        finally:
            if self._upkeep_thread is not None:
                self._upkeep_thread.shutdown(wait=True)
                self._upkeep_thread = None
            if self._store is not None and not self.read_only:
                self._store.flush()
            if self._snapshots is not None:
                self._snapshots.close()
                self._snapshots = None
            self._store = None

    # --- reading

    def _select(self, sparql: str, union: bool = True) -> QueryResult:
        return self._run(sparql, "select", union=union)

    def query(self, sparql: str) -> QueryResult:
        """Read-only by construction: Oxigraph's query parser accepts no update. rdflib's parser
        is only consulted to refuse SERVICE and to explain a refusal or a syntax error."""
        if MENTIONS_SERVICE.search(sparql):
            query_form(sparql)  # raises on a real SERVICE clause (not one inside a string)
        try:
            return self._read(lambda: self._answer(sparql))
        except SyntaxError as e:
            query_form(sparql)  # an update is "refused"; other mistakes get rdflib's message
            raise QueryError(f"SPARQL syntax error: {e}") from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"query failed: {e}") from e

    def _answer(self, sparql: str) -> QueryResult:
        raw = self.oxstore.query(sparql)
        return result_from_ox(raw, oxigraph_form(raw))

    def _run(self, sparql: str, form: Form, union: bool = True) -> QueryResult:
        """``union`` is accepted for the backends' common signature: the default graph already is
        the merge of every graph (each fact once)."""
        try:
            return self._read(lambda: result_from_ox(self.oxstore.query(sparql), form))
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from e
        except (OSError, RuntimeError) as e:
            raise StoreError(f"query failed: {e}") from e

    def _article_triples(self, facts: int, static: list[GraphRecord]) -> int:
        """All quads, less the default graph's, the static graphs', the records' and a staging
        leftover: two sequential counts instead of a join per quad (5,000 articles: ~4 s, not 40)."""
        return self._read(lambda: self._count_article_triples(facts, static))

    def _count_article_triples(self, facts: int, static: list[GraphRecord]) -> int:
        named = len(self.oxstore) - facts
        others = [ox.NamedNode(g.graph) for g in static] + [ox.NamedNode(STAGING_GRAPH)]
        named -= sum(sum(1 for _ in self.oxstore.quads_for_pattern(None, None, None, g)) for g in others)
        records = self._select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?r {STORED_KEY} ?k . ?r ?p ?o }} }}"
        )
        return named - int(str(records.rows[0][0]))

    def _quads(self, graphs: Sequence[str]) -> Iterator[ox.Quad]:
        for graph in graphs:
            yield from self.oxstore.quads_for_pattern(None, None, None, ox.NamedNode(graph))

    # --- writing

    def replace_graph(self, record: GraphRecord, triples: StoreTriples) -> None:
        graph = ox.NamedNode(check_iri(record.graph))
        quads = graph_quads(graph.value, triples)  # bad terms fail here, nothing written
        stale = self.find_article(record.key) if record.key is not None else None
        older = [stale.graph] if stale is not None and stale.graph != graph.value else []
        try:
            if not older and not self.oxstore.contains_named_graph(graph):
                facts = (ox.Quad(t.subject, t.predicate, t.object) for t in facts_of(graph.value, quads))
                self.oxstore.extend([*quads, *record.quads(), *facts])
            else:
                self._swap(graph, quads, record, older)
        except (SyntaxError, OSError) as e:
            raise StoreError(f"cannot write graph {graph.value}: {e}") from e
        self._wrote()

    def replace_graph_serialized(self, record: GraphRecord, nquads: bytes, ntriples: bytes) -> None:
        """:meth:`replace_graph` from the graph already serialised (by an extraction worker):
        ``nquads`` its quads in ``record.graph``, ``ntriples`` its facts for the merged graph (the
        same statements as triples, the record's left out).
        A new graph is one ``load`` of both (the triples land in the default graph) and the record:
        one transaction, no Python term per statement."""
        graph = ox.NamedNode(check_iri(record.graph))
        stale = self.find_article(record.key) if record.key is not None else None
        if (stale is None or stale.graph == graph.value) and not self.oxstore.contains_named_graph(graph):
            self._load_new([(record, nquads, ntriples)])
            return
        try:
            quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
        except SyntaxError as e:
            raise StoreError(f"cannot write graph {graph.value}: {e}") from e
        self.replace_graph(record, quads)

    def add_graphs_serialized(self, graphs: Sequence[tuple[GraphRecord, bytes, bytes]]) -> None:
        """Graphs serialised as for :meth:`replace_graph_serialized`, whose keys the caller has
        looked up and found no record for: all of them in one transaction (one ``load``). One the
        store holds already (a graph without a record) is replaced by itself afterwards."""
        held = [self.oxstore.contains_named_graph(ox.NamedNode(check_iri(r.graph))) for r, _, _ in graphs]
        present = [entry for entry, there in zip(graphs, held, strict=True) if there]
        new = [entry for entry, there in zip(graphs, held, strict=True) if not there]
        if new:
            self._load_new(new)
        for record, nquads, ntriples in present:
            self.replace_graph_serialized(record, nquads, ntriples)

    def _load_new(self, graphs: Sequence[_Serialized]) -> None:
        """New graphs, their records and their facts: one ``load`` (a transaction), or from
        BULK_MIN graphs on disk, bulk loads of whole graphs of at most BULK_BYTES each. Either way
        a graph is whole in the store or absent. The bytes are Oxigraph's own serialisation (the
        workers', the records'): parsed without the IRI checks (``lenient``)."""
        bulk = len(graphs) >= BULK_MIN and self.location != MEMORY
        for part in _parts(graphs, BULK_BYTES) if bulk else [graphs]:
            named = b"".join(nquads for _, nquads, _ in part)
            data = named + _records(part) + b"".join(facts for _, _, facts in part)
            write = self.oxstore.bulk_load if bulk else self.oxstore.load
            try:
                write(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            except (SyntaxError, OSError) as e:
                first = part[0][0].graph
                which = first if len(part) == 1 else f"{len(part)} graphs from {first}"
                raise StoreError(f"cannot write graph {which}: {e}") from e
            self._wrote(len(part))

    def _wrote(self, graphs: int = 1) -> None:
        """After a committed write (of ``graphs`` graphs): a snapshot when one is due, else a flush
        every FLUSH_EVERY graphs written, in the background; none while one still runs (a later
        write starts it). A snapshot (a RocksDB checkpoint) flushes the write buffers itself, so
        the count starts again after one."""
        self._writes += graphs
        if self._upkeep is not None and not self._upkeep.done():
            return
        self.settle()
        if self._snapshots is not None and self._snapshots.due():
            self._writes = 0
            self._background(self._snapshots.publish)
        elif self._writes >= FLUSH_EVERY and self.location != MEMORY:
            self._writes = 0
            self._background(self.oxstore.flush)

    def _background(self, task: Callable[[], object]) -> None:
        if self._upkeep_thread is None:
            self._upkeep_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="finkg-upkeep")
        self._upkeep = self._upkeep_thread.submit(task)

    def settle(self) -> None:
        """The snapshot or flush running in the background, waited for; its failure raised."""
        upkeep, self._upkeep = self._upkeep, None
        if upkeep is None:
            return
        try:
            upkeep.result()
        except OSError as e:
            raise StoreError(f"cannot flush or snapshot the store at {self.location}: {e}") from e

    def _graphs_stating(self, triple: ox.Triple) -> Iterator[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
        for q in self.oxstore.quads_for_pattern(triple.subject, triple.predicate, triple.object, None):
            yield q.graph_name

    def _facts(self, graph: str) -> set[ox.Triple]:
        return set(facts_of(graph, self.oxstore.quads_for_pattern(None, None, None, ox.NamedNode(graph))))

    def _swap(self, graph: ox.NamedNode, quads: list[ox.Quad], record: GraphRecord, older: list[str]) -> None:
        """Replace ``graph`` by ``quads`` and its record (and drop the ``older`` graphs) in one update."""
        replaced = [graph.value, *older]
        new = set(facts_of(graph.value, quads))
        old = set().union(*(self._facts(g) for g in replaced))
        gone = orphans(old - new, replaced, self._graphs_stating, ignore=(STAGING_GRAPH,))
        staging = ox.NamedNode(STAGING_GRAPH)
        self.oxstore.remove_graph(staging)  # a leftover of an interrupted write, if any
        self.oxstore.extend(
            ox.Quad(q.subject, q.predicate, q.object, staging) for q in [*quads, *record.quads()]
        )
        drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in older)
        deletes = f"DELETE DATA {{ {sparql_triples(gone)} }} ;\n" if gone else ""
        self.oxstore.update(
            f"{drops}MOVE SILENT GRAPH {staging} TO GRAPH {graph} ;\n{deletes}" + _merge(graph.value)
        )

    def remove_graph(self, graph_iri: str) -> bool:
        node = ox.NamedNode(check_iri(graph_iri))
        if not self.oxstore.contains_named_graph(node):
            return False
        gone = orphans(self._facts(node.value), [node.value], self._graphs_stating, ignore=(STAGING_GRAPH,))
        deletes = f" ;\nDELETE DATA {{ {sparql_triples(gone)} }}" if gone else ""
        try:
            self.oxstore.update(f"DROP GRAPH {node}{deletes}")
        except (SyntaxError, OSError) as e:
            raise StoreError(f"cannot remove graph {node.value}: {e}") from e
        self._wrote()
        return True

    def rebuild_merged(self) -> int:
        """Recompute the default graph from the named graphs (after a bulk load). Returns its size."""
        graphs = [*self.graph_names(include_static=True)]
        self.oxstore.update("CLEAR SILENT DEFAULT")
        batch: list[str] = []
        for g in graphs:
            batch.append(_merge(g))
            if len(batch) >= REBUILD_BATCH:
                self.oxstore.update(" ;\n".join(batch))
                batch = []
        if batch:
            self.oxstore.update(" ;\n".join(batch))
        if self.location != MEMORY:
            self.oxstore.flush()
        return sum(1 for _ in self.oxstore.quads_for_pattern(None, None, None, ox.DefaultGraph()))
