"""The ingest time written into the store (``fin:ingestedAt``, the run's ``prov:startedAtTime``).

By default the wall clock (UTC, whole seconds). For reproducible stores and exports it can be
pinned: ``finkg ingest --ingested-at 2024-05-01T08:00:00Z``, else the ``SOURCE_DATE_EPOCH``
environment variable (seconds since 1970, the reproducible-builds convention). Two ingests of
the same articles with the same pinned time export byte-identical data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from pipeline.errors import FinkgError

ENV_EPOCH = "SOURCE_DATE_EPOCH"


def wall_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def parse_instant(value: str) -> dt.datetime:
    """An ISO 8601 date-time (``Z`` or an offset; none: UTC) or a date, as an aware UTC datetime."""
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise FinkgError(
            f"--ingested-at {value!r}: not an ISO 8601 date-time (e.g. 2024-05-01T08:00:00Z)"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).replace(microsecond=0)


def parse_epoch(value: str) -> dt.datetime:
    try:
        seconds = int(value.strip())
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise FinkgError(f"{ENV_EPOCH}={value!r}: not a whole number of seconds since 1970") from None


def ingest_clock(ingested_at: str | None, environ: Mapping[str, str]) -> Callable[[], dt.datetime]:
    """The clock of a run: ``ingested_at`` pinned, else ``SOURCE_DATE_EPOCH``, else the wall."""
    if ingested_at:
        pinned = parse_instant(ingested_at)
    elif environ.get(ENV_EPOCH):
        pinned = parse_epoch(environ[ENV_EPOCH])
    else:
        return wall_clock
    return lambda: pinned
