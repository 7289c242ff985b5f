"""What a store directory may be: an Oxigraph (RocksDB) database, or nothing yet.

- Read (``stats``, ``query``, ``export``, ``check``): a directory that holds no Oxigraph database
  is refused with "not a finkg store", before RocksDB is asked (it would answer "IO error …
  CURRENT").
- Written (``ingest``, ``load``, ``remove``): a new or empty directory becomes a store; a
  directory that already holds other files (a folder of articles, a home directory) is refused
  unless ``force`` (``--force``), so that a mistyped ``--store`` never turns it into a database.
- A writer's ``.snapshots`` (:mod:`pipeline.store.snapshots`) counts as no file of its own.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import StoreError
from pipeline.store.snapshots import SNAPSHOTS

DEFAULT_LOCATION = "finkg-data"
#: An in-memory embedded store (tests, benchmarks).
MEMORY = ":memory:"
ENV_VAR = "FINKG_STORE"

#: the files every Oxigraph (RocksDB) database directory has
DATABASE_MARKERS = ("CURRENT", "IDENTITY")


def is_database(path: Path) -> bool:
    """Whether ``path`` holds an Oxigraph (RocksDB) database."""
    return all((path / name).is_file() for name in DATABASE_MARKERS) and any(path.glob("MANIFEST-*"))


def check_location(location: str, read_only: bool, force: bool = False) -> None:
    """Raise ``StoreError`` when ``location`` cannot be the store asked for (see the module)."""
    path = Path(location)
    try:
        if path.exists() and not path.is_dir():
            raise StoreError(f"{location} is a file, not a store directory")
        if not path.is_dir() or is_database(path):
            return
        entries = sorted(p.name for p in path.iterdir() if p.name != SNAPSHOTS)
    except OSError as err:
        raise StoreError(f"cannot open the store at {location}: {err.strerror or err}") from None
    if read_only:
        raise StoreError(
            f"{location} is not a finkg store (no Oxigraph database in it); "
            "give the directory `finkg ingest --store` created"
        )
    if entries and not force:
        shown = ", ".join(entries[:3]) + (", …" if len(entries) > 3 else "")
        raise StoreError(
            f"{location} is not a finkg store and holds other files ({shown}): refusing to create "
            "a store in it; give a new or empty directory, or --force"
        )
