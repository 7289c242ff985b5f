"""One decoded HTML page → :class:`Page`: title, date, URL, body and the warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lxml import etree

from pipeline.read.html.body import choose_body
from pipeline.read.html.markup import parse
from pipeline.read.html.metadata import json_ld, meta_tags, page_date, page_title, page_url


@dataclass(frozen=True)
class Page:
    """What a page holds: ``body_text`` is the article without its headline; ``text`` puts the
    headline first (what ``Article.text`` is)."""

    title: str | None
    date: dt.date | None
    url: str | None
    body_text: str
    warnings: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        if not self.title:
            return self.body_text
        if not self.body_text:
            return self.title
        return f"{self.title}\n\n{self.body_text}"


def extract_page(markup: str, url: str | None = None) -> Page:
    """Title, date, URL and body of a decoded HTML page; ``warnings`` says when the body is thin
    or the two extractors disagree (the page is still returned)."""
    if not markup.strip():
        return Page(title=None, date=None, url=url, body_text="", warnings=("empty page",))
    try:
        root = parse(markup)
    except (etree.ParserError, ValueError) as err:
        return Page(title=None, date=None, url=url, body_text="", warnings=(f"unparseable page: {err}",))
    meta = meta_tags(root)
    ld = json_ld(root)
    title = page_title(root, meta, ld)
    body, warnings = choose_body(root, title, url)
    return Page(
        title=title,
        date=page_date(root, meta, ld, title),
        url=page_url(root, meta, url),
        body_text=body,
        warnings=tuple(warnings),
    )
