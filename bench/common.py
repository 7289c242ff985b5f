"""Timing and memory helpers shared by the benchmarks."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """(seconds, result) of one call, on the monotonic clock."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def cpu_timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def best_of(n: int, fn: Callable[[], object]) -> float:
    """The fastest of ``n`` runs, in seconds (the least disturbed by the machine)."""
    return min(timed(fn)[0] for _ in range(n))


def peak_rss_mb() -> float:
    """Peak resident memory so far of this process, in MB.

    (Not of the worker processes: Linux carries a parent's peak into a spawned child's ru_maxrss,
    so RUSAGE_CHILDREN would only repeat this process's figure.)
    """
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KB
