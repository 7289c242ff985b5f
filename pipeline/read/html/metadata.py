"""A page's metadata: ``<meta>`` tags and JSON-LD, and from them the title (site suffix cut),
the published date and the canonical URL."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from functools import cache

import lxml.html

from pipeline.lang.zh import webpage as cues
from pipeline.read.html.markup import clean_space, element_text, view
from pipeline.text.dates import find_date, parse_date

#: A site-suffix chain of a <title> (from the first cut to the end) is at most this long...
SUFFIX_MAX = 40
#: ... a section or tag segment before the site name ("公园", "10%公司") at most this long...
SECTION_MAX = 8
#: ... and it is cut only while the headline keeps this many characters.
HEADLINE_MIN = 8


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
    title = clean_space(title)
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
            text = clean_space(el.text_content())
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
    doc_title = clean_space(head_title.text_content()) if head_title is not None else ""
    og = clean_space(meta.get("og:title", ""))
    site = meta.get("og:site_name") or meta.get("application-name")
    best = _heading_of(root, (doc_title, og))
    if best:
        return best
    if og:
        return strip_site_suffix(og, site)
    h1 = next((clean_space(h.text_content()) for h in root.iter("h1") if clean_space(h.text_content())), None)
    if h1:
        return h1
    for obj in ld:
        if isinstance(obj.get("headline"), str) and clean_space(str(obj["headline"])):
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
        if key in meta and (d := parse_date(meta[key])):
            return d
    for obj in ld:
        value = obj.get("datePublished")
        if isinstance(value, str) and (d := parse_date(value)):
            return d
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if (el.get("itemprop") or "").lower() == "datepublished" or (el.tag == "time" and el.get("datetime")):
            value = el.get("datetime") or el.get("content") or el.text_content()
            if d := parse_date(value):
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
        written = find_date(text[offset:])
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
