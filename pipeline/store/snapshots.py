"""Consistent snapshots of an embedded store being written, for readers in other processes.

pyoxigraph calls a read-only opening of a store another process writes undefined behaviour;
measured: transient "Corruption … MANIFEST" errors, and once a reader whose view spanned the end
of an ingest grew to 20.9 GB and was killed. So the writer publishes snapshots nobody writes:

- the writer (an embedded store opened read-write on disk) takes a RocksDB checkpoint
  (``Store.backup``: hard links on the same file system, cheap) into ``<store>/.snapshots/<n>``
  when it opens (before its first write), then after a committed write when ``EVERY`` seconds
  (``$FINKG_SNAPSHOT_EVERY``) have passed since the last one (taken in the background while
  writes go on: :mod:`pipeline.store.embedded`); after each it replaces the marker
  ``<store>/.snapshots/current`` (``<n> <pid>``, written atomically) and deletes all but the
  newest ``KEEP`` snapshots. Closing the store deletes the snapshots and the marker; a writer
  that was killed leaves them behind, and the next writer deletes them when it opens.
- a reader (:func:`read_path`) whose marker names a live process opens that snapshot; otherwise
  (no marker, or a dead writer's) the store itself. A snapshot deleted under a reader is a
  transient error: the reader reads the marker again (:mod:`pipeline.store.readers`).

``.snapshots`` is no part of the database: the location checks, stats and exports never see it.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from pipeline.store.host import alive, seconds_from_env

#: the directory, inside a store, holding the writer's snapshots
SNAPSHOTS = ".snapshots"
#: the marker naming the newest snapshot and its writer's pid
MARKER = "current"
#: the fewest seconds between two snapshots after the first (how stale a reader's view may be)
EVERY = 2.0
#: the environment variable overriding ``EVERY`` (seconds, > 0; the fault tests use a short one)
EVERY_ENV = "FINKG_SNAPSHOT_EVERY"
#: how many snapshots are kept (a reader of the older one has time to finish)
KEEP = 2


def _every() -> float:
    return seconds_from_env(EVERY_ENV, EVERY, at_least=0)


def _remove(folder: Path) -> None:
    if folder.is_dir():
        shutil.rmtree(folder)


def current(store: str | Path) -> Path | None:
    """The snapshot a reader of ``store`` should open, ``None`` for the store itself."""
    folder = Path(store) / SNAPSHOTS
    try:
        name, pid = (folder / MARKER).read_text(encoding="ascii").split()
        running = alive(int(pid))
    except (OSError, ValueError):
        return None  # no marker (no writer), or a partial one is impossible: os.replace
    return folder / name if running and name.isdigit() else None


def read_path(store: str) -> str:
    """Where a reader of ``store`` opens it (see the module)."""
    snapshot = current(store)
    return str(snapshot) if snapshot is not None else store


class Publisher:
    """The writer's side: snapshots of ``oxstore`` (at ``location``) for readers."""

    def __init__(self, oxstore: ox.Store, location: str, clock: Callable[[], float] = time.monotonic):
        self._store = oxstore
        self._folder = Path(location) / SNAPSHOTS
        self._clock = clock
        self._every = _every()
        self._count = 0
        self._last = 0.0
        _remove(self._folder)  # a killed writer's, if any
        self.publish()

    def publish(self) -> Path:
        """A snapshot of the store now, named in the marker; the older ones pruned."""
        self._folder.mkdir(exist_ok=True)
        self._count += 1
        name = f"{self._count:06d}"
        target = self._folder / name
        _remove(target)  # backup needs a new directory
        self._store.backup(str(target))
        tmp = self._folder / f"{MARKER}.tmp"
        tmp.write_text(f"{name} {os.getpid()}\n", encoding="ascii")
        os.replace(tmp, self._folder / MARKER)
        self._last = self._clock()
        snapshots = sorted(p for p in self._folder.iterdir() if p.name.isdigit())
        for old in snapshots[:-KEEP]:
            shutil.rmtree(old)
        return target

    def due(self) -> bool:
        """After a committed write: True when ``EVERY`` seconds have passed since the last snapshot."""
        return self._clock() - self._last >= self._every

    def close(self) -> None:
        """The marker then every snapshot deleted (readers go back to the store itself)."""
        (self._folder / MARKER).unlink(missing_ok=True)
        _remove(self._folder)
