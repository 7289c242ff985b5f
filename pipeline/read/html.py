"""HTML news pages → title, date, URL and the article's text, with a warning when the body is thin.

Pure functions over already-decoded markup (:mod:`pipeline.read.encoding` decodes the bytes
first: libraries that sniff ``<meta charset>`` themselves trust pages that declare it wrongly).

- **Body.** The page is parsed with lxml and stripped of its chrome elements (``nav``, ``aside``,
  ``footer``, ``form``, ``role=navigation``, a ``<header>`` outside the article);
  **readability-lxml** picks the article container, turned into text with a paragraph at every
  block element (a line break between two Chinese characters in the markup is no space). Then
  finkg's clean-up: the repeated headline and breadcrumb trails at the head, editor/source credit
  lines anywhere, a closing investment disclaimer and everything after it (cue tables in
  :mod:`pipeline.lang.zh.webpage`, matched on the t2s view so they serve both scripts), and the
  body spans of :func:`pipeline.read.furniture.analyse` (captions, metadata lines, related lists,
  © tails). Paragraphs are separated by a blank line.
- **Cross-check.** A second, independent container picker (a text-density scorer on the same
  tree) runs too. When readability's body is *thin* (fewer Han characters than THIN_SHARE of the
  page's longest directly held text block, or almost none) the density body is taken if it is
  not thin; when the two disagree (character-bigram F1 < DISAGREE_F1) readability's body is kept.
  Either way ``Page.warnings`` says so, and the reader reports it with the path.
- **Title.** The page heading that ``<title>`` (or ``og:title``) starts with, cut at a separator;
  else ``og:title``, the first ``<h1>``, the JSON-LD headline or ``<title>``, each with the site
  suffix cut (``_新浪财经_新浪网``, `` - 香港經濟日報 - 即時新聞頻道``, ``-新华网``).
- **Date.** Metadata (``article:published_time``, ``og:time``, ``pubdate``… JSON-LD
  ``datePublished``, ``itemprop=datePublished``, ``<time datetime>``), else the first date
  written in the visible text after the headline (Minguo 114年 and 年月日 forms included).
- **URL.** ``og:url``, else ``<link rel=canonical>``, else the URL given.

The thresholds and rules were chosen on the 16 pages of ``tests/data/html`` (the study in
``tests/read/test_html_pages.py``'s docstring): those figures are in-sample. ``Page.text`` is the
headline, a blank line, then the body: ``Article.text`` and every offset index it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import cast

import lxml.html
from lxml import etree

from pipeline.lang.zh import webpage as cues
from pipeline.read import furniture
from pipeline.text.view import TextView

# ---------------------------------------------------------------------------- tunables

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
#: Head rules (breadcrumbs, repeated headline) look at lines before the first line this long.
PARAGRAPH_MIN = 50
#: Credit and disclaimer lines are short.
CREDIT_MAX = 40
DISCLAIMER_MAX = 60
#: A site-suffix chain of a <title> (from the first cut to the end) is at most this long...
SUFFIX_MAX = 40
#: ... a section or tag segment before the site name ("公园", "10%公司") at most this long...
SECTION_MAX = 8
#: ... and it is cut only while the headline keeps this many characters.
HEADLINE_MIN = 8


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


@cache
def _view() -> TextView:
    return TextView()


def view(text: str) -> str:
    """The normalised view the cue tables are matched on (t2s, half-width)."""
    return _view()(text)


def han_count(s: str) -> int:
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


def _clean(s: str) -> str:
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


# ---------------------------------------------------------------------------- html → text

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


# ---------------------------------------------------------------------------- metadata


def meta_tags(root: lxml.html.HtmlElement) -> dict[str, str]:
    """``<meta>`` values by property/name/itemprop, keys stripped and lower-cased, first wins."""
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content and content.strip() and key not in out:
            out[key] = content.strip()
    return out


def json_ld(root: lxml.html.HtmlElement) -> list[dict[str, object]]:
    """Every object of the page's JSON-LD blocks, nested ones included."""
    found: list[dict[str, object]] = []

    def walk(obj: object) -> None:
        if isinstance(obj, dict):
            found.append(obj)
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    for s in root.iter("script"):
        if "ld+json" in (s.get("type") or "") and s.text:
            try:
                walk(json.loads(s.text))
            except ValueError:
                continue
    return found


# ---- title

#: A separator between a headline and the site's name in <title>. A hyphen counts unless it sits
#: between two ASCII letters/digits (COVID-19, A-share, 2019-2020).
_SEP = re.compile(r"\s*(?:[_|｜–—]+|\s-+\s|-{2,}|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9]))\s*")
_TITLE_CLASS = re.compile(r"title|headline|(^|[\s_-])tit($|[\s_-])|heading", re.I)


@cache
def _site_words() -> tuple[str, ...]:
    return tuple(sorted({view(w).lower() for w in cues.SITE_WORDS}))


def _site_segment(segment: str, site_name: str | None) -> bool:
    v = view(segment).strip().lower()
    if not v:
        return False
    if site_name and view(site_name).strip().lower() in v:
        return True
    if re.fullmatch(r"[a-z0-9 .&'-]+", v):  # an ASCII brand or domain: "The Paper", "cjn.cn"
        return True
    return any(w in v for w in _site_words())


def strip_site_suffix(title: str, site_name: str | None = None) -> str:
    """Cut the site-name chain from a <title>: from the first separator whose next segment names
    a site ("_凤凰网资讯_凤凰网", " - 香港經濟日報 - 即時新聞頻道 - 商業", "-新华网")."""
    title = _clean(title)
    seps = [m for m in _SEP.finditer(title) if m.start() > 0]
    for i, m in enumerate(seps):
        end = seps[i + 1].start() if i + 1 < len(seps) else len(title)
        if len(title) - m.start() <= SUFFIX_MAX and _site_segment(title[m.end() : end], site_name):
            # a short section/tag segment right before the site name goes too ("|公园_新浪新闻",
            # "--文化--人民网"), while the headline keeps HEADLINE_MIN characters
            j = i
            while (
                j > 0
                and seps[j].start() - seps[j - 1].end() <= SECTION_MAX
                and seps[j - 1].start() >= HEADLINE_MIN
            ):
                j -= 1
            return title[: seps[j].start()].rstrip() or title
    return title


def _heading_candidates(root: lxml.html.HtmlElement) -> Iterable[str]:
    body = root.find("body")
    if body is None:
        return
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if el.tag in ("h1", "h2", "h3") or _TITLE_CLASS.search(marks):
            text = _clean(el.text_content())
            if 2 <= len(text) <= 120:
                yield text


def _heading_of(root: lxml.html.HtmlElement, references: Iterable[str]) -> str:
    """The longest page heading that one of the references (<title>, og:title) starts with,
    followed by a separator or nothing: a logo <h1> never wins."""
    best = ""
    for reference in references:
        if not reference:
            continue
        for cand in _heading_candidates(root):
            if len(cand) > len(best) and reference.startswith(cand):
                rest = reference[len(cand) :]
                if not rest or _SEP.match(rest):
                    best = cand
    return best


def page_title(root: lxml.html.HtmlElement, meta: dict[str, str], ld: list[dict[str, object]]) -> str | None:
    """The page heading that <title> (or og:title) starts with; else og:title, the first <h1>,
    the JSON-LD headline or <title>, each without its site suffix."""
    head_title = root.find(".//title")
    doc_title = _clean(head_title.text_content()) if head_title is not None else ""
    og = _clean(meta.get("og:title", ""))
    site = meta.get("og:site_name") or meta.get("application-name")
    best = _heading_of(root, (doc_title, og))
    if best:
        return best
    if og:
        return strip_site_suffix(og, site)
    h1 = next((_clean(h.text_content()) for h in root.iter("h1") if _clean(h.text_content())), None)
    if h1:
        return h1
    for obj in ld:
        if isinstance(obj.get("headline"), str) and _clean(str(obj["headline"])):
            return strip_site_suffix(str(obj["headline"]), site)
    return strip_site_suffix(doc_title, site) if doc_title else None


# ---- date

#: <meta> names/properties carrying the published date, best first (keys are lower-cased and
#: stripped: ifeng writes name="og:time ").
DATE_META: tuple[str, ...] = (
    "article:published_time", "og:published_time", "og:article:published_time", "og:time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "date",
    "article:modified_time",
)  # fmt: skip


def _metadata_date(
    root: lxml.html.HtmlElement, meta: dict[str, str], ld: list[dict[str, object]]
) -> dt.date | None:
    for key in DATE_META:
        if key in meta and (d := furniture.parse_date(meta[key])):
            return d
    for obj in ld:
        value = obj.get("datePublished")
        if isinstance(value, str) and (d := furniture.parse_date(value)):
            return d
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if (el.get("itemprop") or "").lower() == "datepublished" or (el.tag == "time" and el.get("datetime")):
            value = el.get("datetime") or el.get("content") or el.text_content()
            if d := furniture.parse_date(value):
                return d
    return None


def page_date(
    root: lxml.html.HtmlElement, meta: dict[str, str], ld: list[dict[str, object]], title: str | None
) -> dt.date | None:
    """The published date: metadata first, else the first date written after the headline in
    the visible text, else the first date on the page."""
    found = _metadata_date(root, meta, ld)
    if found is not None:
        return found
    body = root.find("body")
    if body is None:
        return None
    text = view(element_text(body))
    start = 0
    if title:
        at = text.find(view(title))
        start = at + len(title) if at >= 0 else 0
    for offset in (start, 0):
        written = furniture.find_date(text[offset:])
        if written:
            return written[0]
    return None


def page_url(root: lxml.html.HtmlElement, meta: dict[str, str], url: str | None) -> str | None:
    if meta.get("og:url"):
        return meta["og:url"]
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower() and link.get("href"):
            return link.get("href")
    return url


# ---------------------------------------------------------------------------- body

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
        n = len(_clean(node.text or ""))
        total += n
        link += n if in_link else 0
        for ch in node:
            if isinstance(ch.tag, str) and ch.tag in INLINE:
                inline(ch, in_link or ch.tag == "a")
            t = len(_clean(ch.tail or ""))
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


# ---- clean-up


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted({view(w) for w in words}, key=len, reverse=True))


@cache
def _credit_re() -> re.Pattern[str]:
    return re.compile(rf"^[(\[【〔]?\s*({_alternation(cues.CREDIT_LABELS)})\s*[:：|]")


@cache
def _opener_re() -> re.Pattern[str]:
    return re.compile(rf"^({_alternation(cues.BREADCRUMB_OPENERS)})\s*[:：]?")


@cache
def _disclaimer_re() -> re.Pattern[str]:
    return re.compile(_alternation(cues.DISCLAIMER_CUES))


@cache
def _disclaimer_label_re() -> re.Pattern[str]:
    return re.compile(rf"^[(\[【〔]?\s*({_alternation(cues.DISCLAIMER_LABELS)})\s*[】\]):：]")


@cache
def _homes() -> tuple[str, ...]:
    return tuple(view(h) for h in cues.BREADCRUMB_HOMES)


@cache
def _arrow_split() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(a) for a in cues.BREADCRUMB_ARROWS) + "]")


def is_breadcrumb(line: str) -> bool:
    """A "you are here" trail line: 您所在的位置：首页 > 快讯 >, or one of its short segments."""
    v = view(line).strip()
    if _opener_re().match(v):
        return True
    arrows = "".join(cues.BREADCRUMB_ARROWS)
    core = v.rstrip(" " + arrows)
    if v.endswith(cues.BREADCRUMB_ARROWS) and len(core) <= 20:
        return True
    segments = [s.strip() for s in _arrow_split().split(v)]
    if len(segments) >= 3 and all(0 < len(s) <= 10 for s in segments):
        return True
    return core in _homes()


def is_credit_line(line: str) -> bool:
    """An editor or source credit: 责任编辑：霍琦, （編輯：王小明）, 本文来源：新京报."""
    v = view(line).strip()
    return len(v) <= CREDIT_MAX and bool(_credit_re().match(v))


def is_disclaimer(line: str) -> bool:
    """An investment/content disclaimer: 声明：…不构成实质性投资建议, （本文只供參考，並不構成任何
    投資建議）, 【免責聲明】…"""
    v = view(line).strip()
    if _disclaimer_label_re().match(v):
        return True
    return len(v) <= DISCLAIMER_MAX and bool(_disclaimer_re().search(v))


def clean_body(text: str, title: str | None) -> str:
    """Drop head and tail furniture, then keep finkg's furniture body spans; paragraphs are
    separated by a blank line."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    tv = view(title).strip() if title else None
    out: list[str] = []
    in_head = True
    for ln in lines:
        v = view(ln).strip()
        if in_head and tv and (v == tv or v.replace(" ", "") == tv.replace(" ", "")):
            continue
        if in_head and is_breadcrumb(ln):
            continue
        if is_credit_line(ln):
            continue
        if is_disclaimer(ln) and not in_head:
            break  # the disclaimer closes the article: nothing after it is body
        if len(v) >= PARAGRAPH_MIN:
            in_head = False
        out.append(ln.strip())
    joined = "\n".join(out)
    layout = furniture.analyse(joined)
    kept = "\n".join(joined[a:b] for a, b in layout.body_spans)
    return "\n\n".join(ln.strip() for ln in kept.split("\n") if ln.strip())


# ---- the thin-body check


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


def _body(root: lxml.html.HtmlElement, title: str | None, url: str | None) -> tuple[str, list[str]]:
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
    body, warnings = _body(root, title, url)
    return Page(
        title=title,
        date=page_date(root, meta, ld, title),
        url=page_url(root, meta, url),
        body_text=body,
        warnings=tuple(warnings),
    )
