"""A user cache of costly start-up artefacts, keyed by the code and data they were built from.

Building the pipeline costs seconds per process (tokenising thousands of gazetteer labels with
jieba for the PhraseMatcher, jieba's dictionary with the gazetteer words added, the jieba tags of
the labels). Those results depend only on finkg's code and data files and on the versions of
the libraries that made them, so they can be computed once and reused by every later process::

    from pipeline.cache import memo
    words = memo("gazetteer-words", lambda: [tokenize(label) for label in labels])

:func:`memo` returns the cached value when one exists for the current fingerprint, else builds
it, stores it (atomically: written to a temporary file, then renamed) and returns it. Values are
pickled; anything picklable can be cached (lists, dicts, tuples of strings are the point).
A value that refers to objects the caller holds already (an index of the gazetteer's entries)
names them in ``refs`` (a stable key → the object): they are stored as their keys and read back
as the caller's objects, neither copied nor stored twice.

- Where: ``$FINKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/finkg``, else ``~/.cache/finkg``.
- Key: the extractor fingerprint (every ``.py`` of the package and every ontology data file,
  :func:`pipeline.fingerprint.extractor_fingerprint`), the Python, spaCy, jieba, rjieba,
  OpenCC and pyoxigraph versions, and the name (callers put a digest of their inputs in it).
  Editing the gazetteer or the code makes a new key; writing an entry removes the entries of
  the same name made by other code, so the cache does not grow with each edit.
- :func:`stored` and :func:`store` are the two halves of :func:`memo`, for a value known only
  after the work that needs it (the regular expressions a command compiled, :mod:`pipeline.regex_programs`).
- ``FINKG_CACHE=0`` turns the cache off (always build). A cache that cannot be read or written
  (read-only home, corrupt file) is skipped (logged at INFO): the value is built as without a cache.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Mapping
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO, TypeVar, cast

T = TypeVar("T")

ENV_DIR = "FINKG_CACHE_DIR"
ENV_SWITCH = "FINKG_CACHE"
_LIBRARIES = ("spacy", "jieba", "rjieba", "opencc", "pyoxigraph")
_log = logging.getLogger(__name__)
#: what follows an entry's name in its file name
_OTHER_FINGERPRINT = re.compile(r"-[0-9a-f]{24}\.pickle")


def cache_dir() -> Path:
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "finkg"


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in ("0", "false", "no", "off")


@cache
def fingerprint() -> str:
    """The code and data fingerprint, with the versions of the libraries that build the values."""
    from pipeline.fingerprint import extractor_fingerprint

    digest = hashlib.sha256(extractor_fingerprint().encode())
    digest.update(sys.version.encode())
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()[:24]


def path_for(name: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return cache_dir() / f"{safe}-{fingerprint()}.pickle"


class _Pickler(pickle.Pickler):
    """Writes the objects of ``refs`` as their keys (pickle's persistent IDs, :func:`_unpickler`)."""

    def __init__(self, file: BinaryIO, refs: Mapping[str, object]):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._keys = {id(obj): key for key, obj in refs.items()}

    def persistent_id(self, obj: object) -> str | None:
        return self._keys.get(id(obj))


def _unpickler(file: BinaryIO, refs: Mapping[str, object]) -> pickle.Unpickler:
    """Reads the keys written by :class:`_Pickler` back as the objects of ``refs`` (a key refs
    lacks: KeyError, the entry is unusable)."""
    unpickler = pickle.Unpickler(file)
    # (the mapping's own lookup, no Python call per reference: an index refers to 30k entries)
    unpickler.persistent_load = refs.__getitem__  # type: ignore[method-assign]
    return unpickler


def memo(name: str, build: Callable[[], T], refs: Mapping[str, object] | None = None) -> T:
    """The value cached under ``name`` for this code and data, or ``build()`` (then cached).

    ``refs``: objects the value may refer to that the caller holds (a stable key → the object;
    the name must change when they do); they are stored by key and read back as these objects.
    """
    if not enabled():
        return build()
    found, value = stored(name, refs)
    if found:
        return cast(T, value)
    value = build()
    store(name, value, refs)
    return value


def stored(name: str, refs: Mapping[str, object] | None = None) -> tuple[bool, Any]:
    """(True, the value cached under ``name``), or (False, None) when there is none (or the cache
    is off, or the entry is unusable: logged). For values made after the fact (:func:`store`)."""
    if not enabled():
        return False, None
    path = path_for(name)
    try:
        with path.open("rb") as f:
            return True, _unpickler(f, refs or {}).load()
    except FileNotFoundError:
        pass
    except (
        OSError,
        EOFError,
        pickle.UnpicklingError,
        AttributeError,
        ImportError,
        ValueError,
        TypeError,
        IndexError,
        KeyError,
    ) as e:  # unreadable, truncated or from an incompatible build
        _log.info("finkg cache entry %s is unusable (%s: %s); rebuilding it", path, type(e).__name__, e)
    return False, None


def store(name: str, value: object, refs: Mapping[str, object] | None = None) -> None:
    """Cache ``value`` under ``name`` (nothing when the cache is off or cannot be written)."""
    if not enabled():
        return
    path = path_for(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            if refs:
                _Pickler(out, refs).dump(value)
            else:  # (no persistent_id to call for every object)
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path)
    except OSError as e:  # a read-only or full disk: the value is built each time
        _log.info("cannot write finkg cache entry %s (%s)", path, e)


def _prune(path: Path) -> None:
    """Remove the entries of the same name made by other code (older fingerprints)."""
    stem = path.name[: -len(f"-{fingerprint()}.pickle")]
    for other in path.parent.glob(f"{stem}-*.pickle"):
        if other != path and _OTHER_FINGERPRINT.fullmatch(other.name[len(stem) :]):
            other.unlink(missing_ok=True)
