"""Where the graph lives: an embedded Oxigraph directory, or any SPARQL 1.1 endpoint.

``open_store(location)`` picks the backend from the location: ``http(s)://…`` is a remote SPARQL
1.1 endpoint (:mod:`pipeline.store.remote`); anything else is a directory holding an embedded
Oxigraph store (:mod:`pipeline.store.embedded`; ``./finkg-data`` by default, or ``$FINKG_STORE``).
The layout of the data and the graph records are described in :mod:`pipeline.store.base`.

The backends (and rdflib under them) are imported when first named: ``finkg extract`` and the
command line's own start-up never need them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import StoreError
from pipeline.lean_import import lazy_names
from pipeline.store.location import DEFAULT_LOCATION, ENV_VAR, MEMORY

if TYPE_CHECKING:
    from pipeline.store.base import STATIC_NS, ExportFormat, GraphRecord, Store, StoreStats
    from pipeline.store.embedded import EmbeddedStore
    from pipeline.store.remote import RemoteStore
    from pipeline.store.results import QueryResult

__all__ = [
    "DEFAULT_LOCATION",
    "ENV_VAR",
    "MEMORY",
    "STATIC_NS",
    "EmbeddedStore",
    "ExportFormat",
    "GraphRecord",
    "QueryResult",
    "RemoteStore",
    "Store",
    "StoreStats",
    "default_location",
    "open_store",
]

#: name → the module defining it, imported on first use
_LAZY = {
    "STATIC_NS": "base",
    "ExportFormat": "base",
    "GraphRecord": "base",
    "Store": "base",
    "StoreStats": "base",
    "EmbeddedStore": "embedded",
    "RemoteStore": "remote",
    "QueryResult": "results",
}


__getattr__ = lazy_names(__name__, _LAZY)


def default_location() -> str:
    return os.environ.get(ENV_VAR) or DEFAULT_LOCATION


def open_store(
    location: str | Path | None = None, read_only: bool = False, force: bool = False
) -> EmbeddedStore | RemoteStore:
    """The store at ``location``: an http(s) URL is a SPARQL endpoint, anything else a directory.

    ``None`` means ``$FINKG_STORE`` or ``./finkg-data``; ``":memory:"`` an in-memory store.
    ``read_only`` opens an embedded store without taking its write lock (another process may be
    ingesting). A directory that is not a store is refused (:mod:`pipeline.store.location`;
    ``force``: create a store in a directory holding other files).
    """
    from pipeline.store.embedded import EmbeddedStore
    from pipeline.store.location import check_location
    from pipeline.store.remote import RemoteStore

    loc = str(location) if location is not None else default_location()
    if loc.startswith(("http://", "https://")):
        return RemoteStore(loc)
    if read_only and loc != MEMORY and not Path(loc).is_dir():
        raise StoreError(f"no store at {loc} (run `finkg ingest` first, or pass --store)")
    if loc != MEMORY:
        check_location(loc, read_only, force)
    return EmbeddedStore(loc, read_only=read_only)
