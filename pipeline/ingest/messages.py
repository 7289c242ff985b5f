"""Where an ingest's inputs come from and what clashes between them, as its messages say them."""

from __future__ import annotations

from pipeline.errors import ReadError
from pipeline.model.records import Article


def where(error: ReadError) -> str:
    return error.source if error.line is None else f"{error.source}:{error.line}"


def article_where(article: Article) -> str:
    """Where an article comes from, for messages: the path, and for a record of a JSON-lines
    input its line and key ("news.jsonl:7 (id a-17)")."""
    if article.line is None:
        return article.source
    return f"{article.source}:{article.line} (id {article.key})"


def collision(article: Article, other: tuple[str, str]) -> str | None:
    """The message for an article whose key an article of other text already has in this run."""
    content, source = other
    if content == article.content_hash:
        return None
    return (
        f"key {article.key!r} is already the key of {source} in this run, with another text; "
        "not ingested (give the records distinct ids or URLs, or the files distinct paths)"
    )
