"""Domain errors. The CLI turns every ``FinkgError`` into a ``click.ClickException``."""

from __future__ import annotations


class FinkgError(Exception):
    """Base class of every error finkg reports to a user."""


class ReadError(FinkgError):
    """An input could not be read: names the source, the line when known, and the reason."""

    def __init__(self, source: str, reason: str, line: int | None = None, offset: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        self.offset = offset
        where = source if line is None else f"{source}:{line}"
        if offset is not None and f"byte {offset}" not in reason:
            where += f" (byte {offset})"
        super().__init__(f"{where}: {reason}")


class StoreError(FinkgError):
    """The store could not be opened, read or written."""


class QueryError(FinkgError):
    """A SPARQL query is malformed, refused (update through the read path) or unknown by name."""
