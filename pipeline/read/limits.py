"""The size limit of one article, checked before its bytes are read or decoded.

A file read whole (text, HTML, JSON) larger than the limit, a JSON-lines record (one line)
larger than it, or standard input read whole larger than it, is refused with a ``ReadError``
that states the size and the limit; the other inputs are read. ``finkg ingest --max-bytes``
and ``finkg extract --max-bytes`` set it (default :data:`MAX_BYTES`).
"""

from __future__ import annotations

#: the default limit: 5 MB, some twenty times the longest news article in the corpora
MAX_BYTES = 5_000_000


def _size(size: int) -> str:
    """12 MB, 5.5 MB, 20 kB, 900 bytes."""
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value >= 10 or value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def over_limit(size: int | None, limit: int) -> str:
    """The message for an input of ``size`` bytes (None: size unknown, only that it is over)."""
    what = f" {_size(size)} ({size} bytes)," if size is not None else ""
    return (
        f"too large:{what} over the limit of {_size(limit)} ({limit} bytes) per article; "
        "raise it with --max-bytes"
    )
