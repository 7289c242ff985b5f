"""The query page's pages of a listing (a named query declaring ``# page: N``).

A page is named in the URL — ``/query?name=articles&offset=100`` (``limit`` for another page size,
the parameters as ``p.NAME``) — and computed as ``finkg query --offset`` computes it: the page is
picked inside the query, which is asked for one row more than the page, to know whether more
follow. The total is counted only on request (``count=1``: counting reads every row), and
``download=csv|json`` gives every row (of any named SELECT query) as a file.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.graph.queries import EVERY_ROW, NamedQuery, Page, with_prefixes
from pipeline.store.listings import listing_page
from pipeline.store.results import QueryResult

#: the largest page the query page shows (``limit=``)
MAX_LIMIT = 1000
#: the largest ``offset=`` taken (a larger one is no page of any store)
MAX_OFFSET = 10**12
_DIGITS = re.compile(r"[0-9]+")
#: ``download=`` → the media type of the file and its extension
DOWNLOADS = {"csv": ("text/csv", "csv"), "json": ("application/sparql-results+json", "json")}


class BadPage(ValueError):
    """A page the URL names that cannot be: the query page answers 400 with the reason."""


def _whole_number(fields: Mapping[str, str], key: str, least: int, most: int) -> int | None:
    raw = fields.get(key, "").strip()
    if not raw:
        return None
    if _DIGITS.fullmatch(raw) is None or not least <= int(raw) <= most:
        bound = f"from {least} to {most:,}"
        raise BadPage(f"{key}={raw!r} is not a page: {key} is a whole number of rows {bound}")
    return int(raw)


def requested_page(query: NamedQuery, fields: Mapping[str, str]) -> Page | None:
    """The page ``offset``/``limit`` name for ``query`` (its first page by default); None for a
    query that is not a listing (and takes neither)."""
    offset = _whole_number(fields, "offset", 0, MAX_OFFSET)
    limit = _whole_number(fields, "limit", 1, MAX_LIMIT)
    if query.page is None:
        if offset is not None or limit is not None:
            raise BadPage(f"query {query.name!r} is not a listing: it has no pages (no offset or limit)")
        return None
    return Page(limit or query.page, offset or 0)


def query_url(name: str, params: Mapping[str, str], **extra: object) -> str:
    """The query page running ``name`` with ``params`` (and ``extra`` fields: offset, limit …)."""
    fields: list[tuple[str, str]] = [("name", name)]
    fields += [(f"p.{k}", v) for k, v in params.items()]
    fields += [(k, str(v)) for k, v in extra.items() if v is not None]
    return "/query?" + urllib.parse.urlencode(fields)


@dataclass(frozen=True)
class Listing:
    """The page of a listing the query page shows, with the links to the others."""

    query: NamedQuery
    params: dict[str, str]
    page: Page
    #: rows on this page
    shown: int
    #: whether rows follow this page
    more: bool
    #: the rows of the whole answer, when counted
    total: int | None = None
    #: the page's limit when not the query's own (kept in the links)
    kept_limit: int | None = None

    @property
    def first(self) -> int:
        return self.page.offset + 1

    @property
    def last(self) -> int:
        return self.page.offset + self.shown

    def url(self, offset: int, **extra: object) -> str:
        return query_url(self.query.name, self.params, offset=offset or None, limit=self.kept_limit, **extra)

    @property
    def previous_url(self) -> str | None:
        if not self.page.offset:
            return None
        return self.url(max(0, self.page.offset - (self.page.limit or 0))) + "#results-section"

    @property
    def next_url(self) -> str | None:
        return self.url(self.page.offset + self.shown) + "#results-section" if self.more else None

    @property
    def count_url(self) -> str:
        return self.url(self.page.offset, count=1) + "#results-section"


def download_url(query: NamedQuery, params: Mapping[str, str], fmt: str) -> str:
    return query_url(query.name, params, download=fmt)


def run_listing(
    store: Any, query: NamedQuery, params: dict[str, str], page: Page, count: bool
) -> tuple[QueryResult, Listing]:
    """The page's rows (asked with one more, to know whether more follow) and its listing."""
    limit = page.limit or query.page or 1
    result, more = listing_page(store, query, params, limit, page.offset)
    total = None
    if count:
        total = int(str(store.query(with_prefixes(query.count_text(params))).rows[0][0]))
    elif not more and (result.rows or not page.offset):
        # the last page: the total comes free
        total = page.offset + len(result.rows)
    listing = Listing(
        query,
        params,
        page,
        shown=len(result.rows),
        more=more,
        total=total,
        kept_limit=limit if limit != query.page else None,
    )
    return result, listing


def every_row(store: Any, query: NamedQuery, params: dict[str, str]) -> QueryResult:
    """The whole answer of ``query`` (every row of a listing), for a download."""
    return store.query(with_prefixes(query.render(params, EVERY_ROW if query.page is not None else None)))
