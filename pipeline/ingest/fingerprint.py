"""What an article graph is stored under: its text's hash bound to the extractor's fingerprint.

An article whose key is stored with the same stamp is "unchanged" and is not extracted again;
upgrading finkg or editing its data files (the gazetteer, the rate table) changes the fingerprint,
so the next ingest re-extracts every article even when its text did not change.
"""

from __future__ import annotations

import hashlib

from pipeline.fingerprint import extractor_fingerprint

__all__ = ["extractor_fingerprint", "ingest_stamp"]


def ingest_stamp(content_hash: str, fingerprint: str | None = None) -> str:
    """The stamp of an article with this content hash, extracted by this code.

    Computed in the parent process only, so workers never disagree with it.
    """
    fingerprint = fingerprint if fingerprint is not None else extractor_fingerprint()
    return hashlib.sha256(f"{content_hash}:{fingerprint}".encode()).hexdigest()
