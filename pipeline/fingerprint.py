"""The extractor's fingerprint: a digest of finkg's code and data files.

A light module (no import beyond the standard library) so that the start-up cache
(:mod:`pipeline.cache`) can key its entries without importing the ingest machinery;
:mod:`pipeline.ingest.fingerprint` binds article stamps to it.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path


@cache
def extractor_fingerprint() -> str:
    """A digest of everything that shapes an extraction: the package's code and its data files.

    Computed once per process (a cache of one immutable string).
    """
    from pipeline.resources import data_dir

    package = Path(__file__).resolve().parent  # the pipeline package
    # *.json: data shipped inside the package (the deal scorer's weights, nlp/deals/scorer.json)
    files = sorted(package.rglob("*.py")) + sorted(package.rglob("*.json"))
    files += sorted(data_dir("ontology").rglob("*.*"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()
