"""Reading an embedded store while another process writes it.

An embedded store opened read-only (``pyoxigraph.Store.read_only``, RocksDB's read-only mode)
sees the store as it was when it was opened: a consistent snapshot of whole transactions, so a
reader never sees half an article. But the writer goes on compacting while the reader opens the
files: the MANIFEST it read may name a table file the writer has just deleted, and RocksDB then
says ``Corruption: … sst: No such file or directory … The file MANIFEST-… may be corrupted``
(measured on main: 1 read in 14 during an ingest of 440 articles); a reader opening a store the
writer is still creating finds no column families yet. The store is fine — the next
opening sees the new MANIFEST — so a reader that meets this error opens the store again and
runs its read again (a read has no effect to undo), with a growing pause, ``ATTEMPTS`` times
before it reports one clear line.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TypeVar

import pyoxigraph as ox

from pipeline.errors import StoreError

T = TypeVar("T")

#: how many times a read-only opening (or a read) is tried before it is reported
ATTEMPTS = 8
#: the first pause between two attempts (seconds); each pause doubles it (0.05 … 6.4 s, 12.75 s in all)
FIRST_PAUSE = 0.05
#: what RocksDB says when a file it was told about was removed under it by a writer
#: (or, while the writer creates the store, one without its column families yet)
_TRANSIENT = re.compile(r"Corruption|No such file or directory|Column family not found")


def transient(error: BaseException) -> bool:
    """Whether ``error`` is RocksDB meeting a file a concurrent writer removed (worth a retry)."""
    return isinstance(error, OSError | RuntimeError) and bool(_TRANSIENT.search(str(error)))


def _busy(location: str, error: BaseException) -> StoreError:
    return StoreError(
        f"cannot read the store at {location}: another process kept changing it under this reader "
        f"({ATTEMPTS} attempts over {FIRST_PAUSE * (2**ATTEMPTS - 1):.1f} s; RocksDB said: {error}); "
        "try again, or wait for the ingest to finish"
    )


def retrying(location: str, read: Callable[[], T], reopen: Callable[[], None] | None = None) -> T:
    """``read()``; after a transient error, ``reopen()`` (when given) and ``read()`` again."""
    pause = FIRST_PAUSE
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return read()
        except (OSError, RuntimeError) as e:
            if not transient(e):
                raise
            if attempt == ATTEMPTS:
                raise _busy(location, e) from e
        time.sleep(pause)
        pause *= 2
        if reopen is not None:
            reopen()
    raise AssertionError("unreachable")  # the loop returns or raises


def open_read_only(path: str) -> ox.Store:
    """The store at ``path`` opened read-only, again after a transient error; any other
    ``RuntimeError`` of RocksDB becomes an ``OSError`` (the caller's "cannot open" message)."""

    def attempt() -> ox.Store:
        try:
            return ox.Store.read_only(path)
        except RuntimeError as e:
            if transient(e):
                raise
            raise OSError(str(e)) from e

    return retrying(path, attempt)
