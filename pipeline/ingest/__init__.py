"""Articles into the store (``finkg ingest``): :func:`ingest` and :func:`remove`.

The names are imported from their modules when first used, so that a sibling module
(``pipeline.ingest.to_json``, the work of ``finkg extract``) is imported without the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lean_import import lazy_names

if TYPE_CHECKING:
    from pipeline.ingest.fingerprint import extractor_fingerprint, ingest_stamp
    from pipeline.ingest.run import IngestEvent, IngestSummary, ingest, remove
    from pipeline.ingest.static import STATIC_FILES, ensure_static

__all__ = [
    "STATIC_FILES",
    "IngestEvent",
    "IngestSummary",
    "ensure_static",
    "extractor_fingerprint",
    "ingest",
    "ingest_stamp",
    "remove",
]

#: name → the module defining it, imported on first use
_LAZY = {
    "extractor_fingerprint": "fingerprint",
    "ingest_stamp": "fingerprint",
    "IngestEvent": "run",
    "IngestSummary": "run",
    "ingest": "run",
    "remove": "run",
    "STATIC_FILES": "static",
    "ensure_static": "static",
}


__getattr__ = lazy_names(__name__, _LAZY)
