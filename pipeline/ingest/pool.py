"""Extraction in worker processes, started once, fed through bounded pipes, tied to their parent.

- **Started once, pipeline built once.** On Linux the workers are forked from the parent after it
  built the spaCy pipeline: they share it copy-on-write and start in milliseconds (no import, no
  rebuild). Elsewhere (no ``fork``) each is spawned and builds its pipeline once with ``factory``.
- **The costly part in the workers.** A worker extracts, maps the extraction to RDF and
  serialises it (Oxigraph's writer): the parent only writes the finished N-Quads to the store
  (in a thread of its own, :mod:`pipeline.ingest.run`), while the workers go on extracting.
- **Bounded.** Each worker has at most ``DEPTH`` articles in flight (its own pipe, so the parent
  knows which articles each holds); the reorder buffer that gives results back in input order is
  bounded by the same number: memory does not grow with the number of articles.
- **Tied to the parent.** Workers ask the kernel to kill them when the parent dies
  (``PR_SET_PDEATHSIG``) and leave Ctrl-C to the parent, which stops them.
- **A lost worker fails only its article.** When a worker dies (killed, out of memory, a crash
  in native code), the article it was extracting is reported failed with the reason, the ones
  queued behind it go to another worker, and a new worker takes its place; the run goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from spacy.language import Language

from pipeline.model.records import Article, Extraction

T = TypeVar("T")

#: articles in flight per worker (one being extracted, one waiting in its pipe)
DEPTH = 2
#: how long the dispatch loop waits for a worker before it looks at its input again (seconds)
POLL = 0.05
_PR_SET_PDEATHSIG = 1
#: what a non-blocking input yields when it has nothing yet
NOT_YET = object()


def prefetch(items: Iterable[T], depth: int) -> Iterator[T | object]:
    """``items`` read by a thread into a bounded queue; :data:`NOT_YET` after ``POLL`` seconds
    without one (the thread starts on the first ``next``, after the workers were forked)."""
    import queue
    import threading

    done = object()
    box: queue.Queue[object] = queue.Queue(maxsize=max(1, depth))
    failure: list[BaseException] = []

    def read() -> None:
        try:
            for item in items:
                box.put(item)
        except BaseException as e:  # handed to the consumer
            failure.append(e)
        box.put(done)

    threading.Thread(target=read, name="finkg-read", daemon=True).start()
    while True:
        try:
            item = box.get(timeout=POLL)
        except queue.Empty:
            yield NOT_YET
            continue
        if item is done:
            if failure:
                raise failure[0]
            return
        yield item


@dataclass(frozen=True)
class Extracted:
    """What a worker sends back for one article: its graph, serialised, and its sizes."""

    graph: str
    nquads: bytes  # the article's quads in its named graph (N-Quads)
    ntriples: bytes  # the same statements as triples: the facts for the merged graph
    triples: int
    amounts: int
    entities: int
    deals: int
    seconds_extract: float
    seconds_map: float


def extract_one(nlp: Language, article: Article) -> Extracted:
    """Extract, map and serialise one article (in a worker, or inline)."""
    import pyoxigraph as ox

    from pipeline.graph.mapping import article_quads
    from pipeline.nlp.extract import extract

    start = time.perf_counter()
    extraction: Extraction = extract(nlp, article)
    mapped = time.perf_counter()
    graph, quads = article_quads(extraction)
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    ntriples = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""
    return Extracted(
        graph=graph,
        nquads=nquads,
        ntriples=ntriples,
        triples=len(quads),
        amounts=len(extraction.amounts),
        entities=len(extraction.entities),
        deals=len(extraction.deals),
        seconds_extract=mapped - start,
        seconds_map=time.perf_counter() - mapped,
    )


def _tie_to_parent(parent: int) -> None:
    """Die with the parent (Linux), and leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


_INHERITED: list[Language] = []  # the parent's pipeline, seen by forked workers only


def _serve(conn: Connection, parent: int, factory: Callable[[], Language] | None) -> None:
    _tie_to_parent(parent)
    nlp = _INHERITED[0] if factory is None else factory()
    # Everything this process holds now (the pipeline: gazetteer, matcher, tables) lives as long
    # as it does: out of the cycle collector's generations, collections neither traverse it
    # again and again nor write to (copy) the pages shared with the parent.
    gc.freeze()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        seq, article = task
        try:
            reply: tuple[int, Any] = (seq, extract_one(nlp, article))
        except Exception as e:
            reply = (seq, f"extraction failed: {type(e).__name__}: {e}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Worker(Generic[T]):
    process: BaseProcess
    conn: Connection
    held: deque[tuple[int, Article, T]] = field(default_factory=deque)


def _death(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the worker process was killed ({name})"
    return f"the worker process died (exit status {code})"


class WorkerPool(Generic[T]):
    """``workers`` extraction processes; :meth:`run` streams (article, tag, result) in input order."""

    def __init__(self, workers: int, nlp: Language | None, factory: Callable[[], Language]):
        self.size = max(1, workers)
        methods = multiprocessing.get_all_start_methods()
        self.fork = "fork" in methods
        self.context: Any = multiprocessing.get_context("fork" if self.fork else "spawn")
        if self.fork:
            _INHERITED[:] = [nlp if nlp is not None else factory()]
        self.factory = None if self.fork else factory
        self.workers: list[_Worker[T]] = []
        self.replaced = 0

    def _start(self) -> _Worker[T]:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(
            target=_serve, args=(theirs, os.getpid(), self.factory), daemon=True, name="finkg-extract"
        )
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(BrokenPipeError, OSError):
                worker.conn.send(None)
        deadline = time.monotonic() + 5
        for worker in self.workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = []
        _INHERITED.clear()

    def run(
        self, items: Iterable[tuple[Article, T] | object]
    ) -> Iterator[tuple[Article, T, Extracted | str]]:
        """Each (article, tag) with its ``Extracted`` or the reason it failed, in input order.

        ``items`` is pulled only when a worker has room (at most ``DEPTH`` per worker in flight);
        it may yield :data:`NOT_YET` (nothing to read right now), and the pool then goes on
        collecting results, so an article is written as soon as it is extracted even when the
        next one has not arrived.
        """
        source = iter(items)
        exhausted = False
        seq_in = seq_out = 0
        ready: dict[int, tuple[Article, T, Extracted | str]] = {}
        retry: deque[tuple[int, Article, T]] = deque()
        self.workers = [self._start() for _ in range(self.size)]
        try:
            while True:
                # feed every worker that has room
                while retry or not exhausted:
                    worker = min(self.workers, key=lambda w: len(w.held))
                    if len(worker.held) >= DEPTH:
                        break
                    if retry:  # queued on a worker that died before it began them
                        task = retry.popleft()
                        worker.held.append(task)
                        with contextlib.suppress(BrokenPipeError, OSError):
                            worker.conn.send((task[0], task[1]))
                        continue
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    if item is NOT_YET:
                        break
                    article: Article
                    tag: T
                    article, tag = item  # type: ignore[misc]
                    worker.held.append((seq_in, article, tag))
                    with contextlib.suppress(BrokenPipeError, OSError):  # a death is noticed below
                        worker.conn.send((seq_in, article))
                    seq_in += 1
                while seq_out in ready:
                    yield ready.pop(seq_out)
                    seq_out += 1
                if exhausted and not retry and seq_out == seq_in:
                    return
                busy = [w for w in self.workers if w.held]
                if not busy:
                    continue  # (the input waited POLL seconds before saying NOT_YET)
                waiting: dict[Any, _Worker[T]] = {w.conn: w for w in busy}
                waiting |= {w.process.sentinel: w for w in busy}
                woken = {id(waiting[h]): waiting[h] for h in wait(list(waiting), timeout=POLL)}
                for worker in woken.values():
                    self._collect(worker, ready, retry)
        finally:
            self.close()

    def _collect(
        self,
        worker: _Worker[T],
        ready: dict[int, tuple[Article, T, Extracted | str]],
        retry: deque[tuple[int, Article, T]],
    ) -> None:
        """Take the worker's finished results. If it died: the article it was extracting fails
        with the reason, the ones queued behind it go to another worker, and a new worker takes
        its place."""
        try:
            while worker.held and worker.conn.poll():
                seq, result = worker.conn.recv()
                held_seq, article, tag = worker.held.popleft()
                assert held_seq == seq, (held_seq, seq)
                ready[seq] = (article, tag, result)
        except (EOFError, OSError):
            pass
        if worker.process.is_alive():
            return
        worker.process.join(timeout=1)
        if worker.held:
            seq, article, tag = worker.held.popleft()
            ready[seq] = (article, tag, f"{_death(worker.process)} while extracting this article")
            retry.extend(worker.held)
            worker.held.clear()
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._start()
        self.replaced += 1
