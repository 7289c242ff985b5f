"""Finding the article body: readability-lxml's container on the page without its chrome, a
text-density container as the cross-check, and the thin-body and disagreement warnings."""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import cast

import lxml.html
from lxml import etree

from pipeline.read.html.cleanup import clean_body
from pipeline.read.html.markup import INLINE, SKIP, clean_space, element_text, fragment_text, han_count

#: A body is "thin" when it holds fewer Han characters than this share of the page's longest
#: text block (measured: the two tiny-body failures at 0.02 and 0.49, every good body >= 1.0)...
THIN_SHARE = 0.7
#: ... or fewer Han characters than this at all.
THIN_MIN_HAN = 20
#: A text block counts for the thin-body rule from this many Han characters on.
BLOCK_MIN_HAN = 40
#: readability and the density extractor disagree below this bigram F1 (measured: wrong picks
#: at 0.01-0.10, agreeing good bodies at 0.32 and up).
DISAGREE_F1 = 0.2


#: Page chrome by its HTML5 element: never article text, whatever readability scores it.
CHROME_ELEMENTS = ("nav", "aside", "footer", "menu", "dialog", "form")


def strip_chrome(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the tree without nav/aside/footer/form, role=navigation, and <header> outside
    the article (an <article>'s own <header> holds its headline)."""
    tree = copy.deepcopy(root)
    for el in list(tree.iter(*CHROME_ELEMENTS)):
        cast(lxml.html.HtmlElement, el).drop_tree()
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if (el.get("role") or "").lower() == "navigation" or (
            el.tag == "header" and not any(a.tag in ("article", "main") for a in el.iterancestors())
        ):
            cast(lxml.html.HtmlElement, el).drop_tree()
    return tree


def readability_text(root: lxml.html.HtmlElement, url: str | None = None) -> str:
    """readability-lxml's article container (page chrome elements removed first), as text."""
    from readability import Document

    doc = Document(strip_chrome(root), url=url)
    return fragment_text(doc.summary(html_partial=True))


# ---- the density cross-check (readability-like scoring of direct text, on the same tree)

_CHROME_MARKS = re.compile(
    r"(^|[\s_-])(share|sharing|social|advert|ads?|sponsor|related|recommend|comments?|breadcrumbs?|"
    r"crumbs?|toolbar|tags?|newsletter|subscribe|promo|sidebar|side|nav|menu|footer|header|"
    r"copyright|hot|rank)($|[\s_-])",
    re.I,
)
_DENSITY_DROP = (
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "nav",
    "header", "footer", "aside",
)  # fmt: skip


def _direct_text(el: lxml.html.HtmlElement) -> tuple[int, int]:
    """(characters, characters inside links) held directly: text and inline children, not blocks."""
    total = link = 0

    def inline(node: etree._Element, in_link: bool) -> None:
        nonlocal total, link
        n = len(clean_space(node.text or ""))
        total += n
        link += n if in_link else 0
        for ch in node:
            if isinstance(ch.tag, str) and ch.tag in INLINE:
                inline(ch, in_link or ch.tag == "a")
            t = len(clean_space(ch.tail or ""))
            total += t
            link += t if in_link else 0

    inline(el, el.tag == "a")
    return total, link


def density_text(root: lxml.html.HtmlElement) -> str:
    """The element holding the most unlinked direct text (plus half its children's), as text."""
    tree = copy.deepcopy(root)
    for el in list(tree.iter(*_DENSITY_DROP)):
        cast(lxml.html.HtmlElement, el).drop_tree()
    for el in list(tree.iter()):
        if isinstance(el.tag, str) and el.tag not in ("html", "body"):
            marks = f"{el.get('class', '')} {el.get('id', '')}"
            if _CHROME_MARKS.search(marks) and el.getparent() is not None:
                cast(lxml.html.HtmlElement, el).drop_tree()
    scores: dict[etree._Element, float] = {}
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in INLINE:
            continue
        total, link = _direct_text(cast(lxml.html.HtmlElement, el))
        if total < 10:
            continue
        s = (total - link) * (1 - link / total)
        parent = el.getparent()
        target = parent if el.tag == "p" and parent is not None else el
        scores[target] = scores.get(target, 0.0) + s
        up = target.getparent()
        if up is not None:
            scores[up] = scores.get(up, 0.0) + s / 2
    if not scores:
        return ""
    best = max(scores, key=lambda e: scores[e])
    return element_text(cast(lxml.html.HtmlElement, best))


def _unlinked_text(node: etree._Element, parts: list[str], in_link: bool) -> list[str]:
    """The text a node holds directly and through inline children, links left out."""
    if not in_link:
        parts.append(node.text or "")
    for ch in node:
        if isinstance(ch.tag, str) and ch.tag in INLINE:
            _unlinked_text(ch, parts, in_link or ch.tag == "a")
        if not in_link:
            parts.append(ch.tail or "")
    return parts


def longest_block_han(root: lxml.html.HtmlElement) -> int:
    """Han characters of the page's longest text block held directly by one element (links and
    scripts excluded): what the article body should hold most of."""
    best = 0
    hidden = SKIP | {"head"}
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in hidden or el.tag in INLINE:
            continue
        if any(isinstance(a.tag, str) and a.tag in hidden for a in el.iterancestors()):
            continue
        best = max(best, han_count("".join(_unlinked_text(el, [], False))))
    return best


def thin_body(body_text: str, root: lxml.html.HtmlElement) -> str | None:
    """A warning when the body holds almost nothing: fewer Han characters than THIN_MIN_HAN, or
    fewer than THIN_SHARE of the page's longest text block (the extractor picked a sidebar or a
    headline). None for a body that looks whole."""
    body = han_count(body_text)
    block = longest_block_han(root)
    if block < BLOCK_MIN_HAN:
        return None
    if body < THIN_MIN_HAN:
        return f"thin body: {body} Han characters"
    if body < THIN_SHARE * block:
        return f"thin body: {body} Han characters, the page's longest text block has {block}"
    return None


def bigram_f1(pred: str, gold: str) -> float:
    """F1 of the character-bigram multisets of the two texts, whitespace removed."""

    def grams(t: str) -> Counter[str]:
        t = re.sub(r"\s+", "", t)
        return Counter(t[i : i + 2] for i in range(len(t) - 1))

    p, g = grams(pred), grams(gold)
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def choose_body(root: lxml.html.HtmlElement, title: str | None, url: str | None) -> tuple[str, list[str]]:
    """The cleaned article body and what went wrong finding it."""
    warnings: list[str] = []
    try:
        body = clean_body(readability_text(root, url), title)
    except Exception as err:  # readability raises its own Unparseable and lxml errors
        body = ""
        warnings.append(f"readability failed: {err!r}")
    cross = clean_body(density_text(root), title)
    thin = thin_body(body, root)
    if thin:
        if thin_body(cross, root) is None:
            body = cross
            warnings.append(f"{thin}; kept the density extractor's body")
        else:
            body = max(body, cross, key=han_count)
            warnings.append(thin)
    elif han_count(cross) >= BLOCK_MIN_HAN and (agreement := bigram_f1(body, cross)) < DISAGREE_F1:
        warnings.append(f"extractors disagree (bigram F1 {agreement:.2f}): check the body")
    return body, warnings
