"""What the article, entity, search and home pages show, read from the store with SPARQL.

Only the store's public API is used (``query`` → ``QueryResult``, ``find_article``), so the pages
work over an embedded store or a remote endpoint alike. An article page reads its article's
named graph in one query and assembles mentions, figures, deals and rates from it; an entity
page reads the entity's labels, the deals it is party to (with each reporting article's figures)
and the deals among its partners.

The rooms: :mod:`~pipeline.serve.pages.index` (the triple index, labels, URLs, formatting),
:mod:`~pipeline.serve.pages.figures` (parties, figures, rates), :mod:`~pipeline.serve.pages.article`,
:mod:`~pipeline.serve.pages.entity`, :mod:`~pipeline.serve.pages.search` (search and home).
"""

from pipeline.serve.pages.article import ArticlePage, article_page
from pipeline.serve.pages.entity import EntityPage, edge_width, entity_page
from pipeline.serve.pages.index import (
    DEAL_TYPES,
    KIND_LABELS,
    article_url,
    entity_url,
    fmt_number,
    fmt_short,
    fmt_usd,
    number,
)
from pipeline.serve.pages.search import Hit, home, search

__all__ = [
    "DEAL_TYPES",
    "KIND_LABELS",
    "ArticlePage",
    "EntityPage",
    "Hit",
    "article_page",
    "article_url",
    "edge_width",
    "entity_page",
    "entity_url",
    "fmt_number",
    "fmt_short",
    "fmt_usd",
    "home",
    "number",
    "search",
]
