"""Markup → text: parsing a decoded page, telling HTML from text, and element text with a
paragraph at every block element (a line break between two Chinese characters is no space)."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from pipeline.text.view import to_view


def view(text: str) -> str:
    """The normalised view the cue tables are matched on (t2s, half-width)."""
    return to_view(text)


def han_count(s: str) -> int:
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


def clean_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def parse(markup: str) -> lxml.html.HtmlElement:
    """The page as an lxml tree (lxml refuses str input with an XML encoding declaration)."""
    markup = _XML_DECL.sub("", markup.lstrip("\ufeff"))
    return lxml.html.document_fromstring(markup)


def looks_like_html(head: str) -> bool:
    return bool(
        re.match(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|article)\b", head, re.I | re.S)
    )


BLOCK = frozenset(
    (
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details", "div",
        "dl", "dt", "fieldset", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    )
)  # fmt: skip
SKIP = frozenset(
    (
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "button",
        "select", "option",
    )
)  # fmt: skip
INLINE = frozenset(
    (
        "a", "span", "font", "b", "strong", "em", "i", "u", "small", "big", "sub", "sup", "abbr", "cite",
        "q", "mark", "label", "time",
    )
)  # fmt: skip
#: A line break between two Chinese characters in the markup is no space in the text.
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n\s*(?=[{_CJK}])")


def element_text(el: lxml.html.HtmlElement) -> str:
    """Text of an element: one line per block element, inline runs joined."""
    parts: list[str] = []

    def inline(s: str | None) -> None:
        if s:
            parts.append(re.sub(r"\s+", " ", _CJK_BREAK.sub("", s)))

    def walk(node: etree._Element, tail: bool = True) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in SKIP:
            if tail:
                inline(node.tail)
            return
        block = tag in BLOCK
        if block:
            parts.append("\n")
        if tag:  # comments and processing instructions have no text of their own here
            inline(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if tail:
            inline(node.tail)

    walk(el, tail=False)
    lines = (ln.strip(" \t\u00a0\u3000") for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def fragment_text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    return element_text(lxml.html.fragment_fromstring(fragment, create_parent="div"))
