"""A listing's page on any store: its rows and whether more rows follow, in one query that asks
for one row more than the page (no count of the whole answer, which a page must not cost)."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from pipeline.graph.queries import NamedQuery, Page, with_prefixes
from pipeline.store.results import QueryResult


class Queryable(Protocol):
    def query(self, sparql: str) -> QueryResult: ...


def listing_page(
    source: Queryable, query: NamedQuery, params: dict[str, str], limit: int, offset: int = 0
) -> tuple[QueryResult, bool]:
    """The ``limit`` rows of ``query`` after ``offset``, and whether rows follow them."""
    asked = source.query(with_prefixes(query.render(params, Page(limit + 1, offset))))
    return replace(asked, rows=asked.rows[:limit]), len(asked.rows) > limit
