"""Extraction in worker processes: each builds its nlp once, at most ``2 × workers`` in flight.

Only extraction runs in the workers (the costly part); they send back the ``Extraction`` records,
and the parent maps and writes them, so the quads go from the mapping to the store as they are.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache
from typing import TypeVar

from spacy.language import Language

from pipeline.model.records import Article, Extraction

T = TypeVar("T")


@cache
def _pipeline(factory: Callable[[], Language]) -> Language:
    """The worker's pipeline: built by its first task, then reused (one per worker process)."""
    return factory()


def _work(factory: Callable[[], Language], article: Article) -> Extraction:
    from pipeline.nlp.extract import extract

    return extract(_pipeline(factory), article)


def extract_in_pool(
    items: Iterable[tuple[Article, T]], factory: Callable[[], Language], workers: int
) -> Iterator[tuple[Article, T, Extraction | BaseException]]:
    """Each (article, tag) with its extraction, or the exception that stopped it, in input order.

    ``factory`` must be picklable (a module-level function): each worker calls it once.
    """
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    in_flight: deque[tuple[Article, T, Future[Extraction]]] = deque()

    def done() -> tuple[Article, T, Extraction | BaseException]:
        article, tag, future = in_flight.popleft()
        try:
            return article, tag, future.result()
        except Exception as e:
            return article, tag, e

    try:
        for article, tag in items:
            in_flight.append((article, tag, pool.submit(_work, factory, article)))
            if len(in_flight) >= 2 * workers:
                yield done()
        while in_flight:
            yield done()
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
