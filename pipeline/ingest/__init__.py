"""Articles into the store (``finkg ingest``): :func:`ingest` and :func:`remove`."""

from __future__ import annotations

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
