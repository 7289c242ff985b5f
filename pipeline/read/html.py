"""HTML news pages → article text and metadata, with the standard library's ``html.parser``.

The page is parsed into a small element tree. Metadata comes from the usual places: ``og:title``,
``<h1>``, ``<title>``; the published date from ``article:published_time``, ``og:published_time``,
``pubdate``, ``date``, ``itemprop=datePublished``, JSON-LD ``datePublished`` or ``<time
datetime>``; the URL from ``og:url`` or ``<link rel=canonical>``. The article text is taken from
``<article>`` (or ``[itemprop=articleBody]``, ``<main>``, else the element holding the most
paragraph text), without script, style, nav, header, footer, aside, form and figure captions.
Block elements become paragraphs separated by a blank line; the headline is put first when the
chosen element does not hold it. ``Article.text`` is this extracted text: offsets index it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from pipeline.text.dates import parse_date

VOID = frozenset(
    (
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    )
)
DROPPED = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "option",
        "svg",
        "canvas",
        "iframe",
        "object",
        "figcaption",
        "dialog",
        "menu",
    )
)
BLOCK = frozenset(
    (
        "address",
        "article",
        "blockquote",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
        "caption",
        "center",
    )
)
#: Attribute values (class/id) of page chrome inside an article: sharing, ads, related lists.
CHROME = re.compile(
    r"(^|[\s_-])(share|sharing|social|advert|ads?|sponsor|related|recommend|comment|comments|"
    r"breadcrumbs?|toolbar|tags?|newsletter|subscribe|promo|sidebar|author-box|copyright)($|[\s_-])",
    re.IGNORECASE,
)
#: <meta> names/properties carrying the published date, best first.
DATE_META: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
)
#: A line break between two Chinese characters in the markup is no space in the text.
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n\s*(?=[{_CJK}])")
TITLE_SUFFIX = re.compile(r"\s*(\||｜|–|—| - |_)\s*[^|｜–—_]{1,30}$")


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class _TreeBuilder(HTMLParser):
    """Lenient tree building: unclosed tags are closed by their ancestors' end tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(markup: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder.root


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    date: dt.date | None
    url: str | None


def _meta(root: Node) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in root.iter():
        if node.tag == "meta":
            key = (
                node.attrs.get("property") or node.attrs.get("name") or node.attrs.get("itemprop") or ""
            ).lower()
            if key and "content" in node.attrs and key not in out:
                out[key] = node.attrs["content"].strip()
    return out


def _json_ld(root: Node) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []

    def walk(obj: object) -> None:
        if isinstance(obj, dict):
            found.append(obj)
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    for node in root.iter():
        if node.tag == "script" and "ld+json" in node.attrs.get("type", ""):
            try:
                walk(json.loads(node.text()))
            except ValueError:
                continue
    return found


def _first(root: Node, pred: Callable[[Node], object]) -> Node | None:
    return next((n for n in root.iter() if pred(n)), None)


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def page_date(root: Node, meta: dict[str, str], ld: list[dict[str, object]]) -> dt.date | None:
    for key in DATE_META:
        if key in meta and (d := parse_date(meta[key])):
            return d
    for obj in ld:
        value = obj.get("datePublished")
        if isinstance(value, str) and (d := parse_date(value)):
            return d
    for node in root.iter():
        if node.attrs.get("itemprop", "").lower() == "datepublished":
            value = node.attrs.get("datetime") or node.attrs.get("content") or node.text()
            if d := parse_date(value):
                return d
    time = _first(root, lambda n: n.tag == "time" and n.attrs.get("datetime"))
    return parse_date(time.attrs["datetime"]) if time else None


def page_title(root: Node, meta: dict[str, str], ld: list[dict[str, object]]) -> str | None:
    if meta.get("og:title"):
        return _clean(meta["og:title"])
    h1 = _first(root, lambda n: n.tag == "h1" and _clean(n.text()))
    if h1:
        return _clean(h1.text())
    for obj in ld:
        if isinstance(obj.get("headline"), str) and obj["headline"]:
            return _clean(str(obj["headline"]))
    title = _first(root, lambda n: n.tag == "title")
    if title and _clean(title.text()):
        return TITLE_SUFFIX.sub("", _clean(title.text())) or _clean(title.text())
    return None


def page_url(root: Node, meta: dict[str, str]) -> str | None:
    if meta.get("og:url"):
        return meta["og:url"]
    link = _first(root, lambda n: n.tag == "link" and "canonical" in n.attrs.get("rel", "").lower())
    return link.attrs.get("href") if link else None


def _is_chrome(node: Node) -> bool:
    if node.tag in DROPPED:
        return True
    marks = " ".join((node.attrs.get("class", ""), node.attrs.get("id", ""), node.attrs.get("role", "")))
    return (node.tag != "article" and bool(CHROME.search(marks))) or node.attrs.get("role") == "navigation"


def _paragraph_text(node: Node) -> int:
    """How much paragraph text the node holds directly (its <p> children's text)."""
    return sum(len(_clean(c.text())) for c in node.children if isinstance(c, Node) and c.tag == "p")


def article_root(root: Node) -> Node:
    articles = [n for n in root.iter() if n.tag == "article"]
    if articles:
        return max(articles, key=lambda n: len(_clean(n.text())))
    for pred in (
        lambda n: n.attrs.get("itemprop", "").lower() == "articlebody",
        lambda n: n.tag == "main" or n.attrs.get("role") == "main",
    ):
        found = _first(root, pred)
        if found:
            return found
    best = max(root.iter(), key=_paragraph_text)
    if _paragraph_text(best) > 0:
        return best
    body = _first(root, lambda n: n.tag == "body")
    return body or root


def _blocks(node: Node, out: list[list[str]], pre: bool = False) -> None:
    """Append the node's text to ``out``: a new paragraph at every block boundary."""
    for child in node.children:
        if isinstance(child, str):
            out[-1].append(child if pre else re.sub(r"\s+", " ", CJK_BREAK.sub("", child)))
            continue
        if _is_chrome(child):
            continue
        if child.tag in BLOCK:
            out.append([])
            _blocks(child, out, pre or child.tag == "pre")
            out.append([])
        else:
            _blocks(child, out, pre)


def article_text(node: Node) -> str:
    paragraphs: list[list[str]] = [[]]
    _blocks(node, paragraphs)
    texts = ["".join(p).strip() for p in paragraphs]
    return "\n\n".join(t for t in texts if t)


def extract_page(markup: str) -> Page:
    root = parse_html(markup)
    meta = _meta(root)
    ld = _json_ld(root)
    title = page_title(root, meta, ld)
    text = article_text(article_root(root))
    h1 = _first(root, lambda n: n.tag == "h1" and _clean(n.text()))
    headline = _clean(h1.text()) if h1 else title
    if headline and headline not in text[: len(headline) + 200]:
        text = f"{headline}\n\n{text}" if text else headline
    return Page(text=text, title=title, date=page_date(root, meta, ld), url=page_url(root, meta))


def looks_like_html(head: str) -> bool:
    return bool(
        re.match(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|article)\b", head, re.I | re.S)
    )
