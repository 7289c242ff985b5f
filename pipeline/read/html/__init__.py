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

The rooms: :mod:`~pipeline.read.html.markup` (parsing, element text),
:mod:`~pipeline.read.html.metadata` (title, date, URL), :mod:`~pipeline.read.html.body` (the two
container pickers and the thin-body check), :mod:`~pipeline.read.html.cleanup` (head and tail
furniture lines), :mod:`~pipeline.read.html.page` (:func:`extract_page`).
"""

from pipeline.read.html.body import bigram_f1, density_text, readability_text, thin_body
from pipeline.read.html.cleanup import clean_body, is_breadcrumb, is_credit_line, is_disclaimer
from pipeline.read.html.markup import element_text, han_count, looks_like_html, parse
from pipeline.read.html.metadata import page_date, page_title, page_url, strip_site_suffix
from pipeline.read.html.page import Page, extract_page

__all__ = [
    "Page",
    "bigram_f1",
    "clean_body",
    "density_text",
    "element_text",
    "extract_page",
    "han_count",
    "is_breadcrumb",
    "is_credit_line",
    "is_disclaimer",
    "looks_like_html",
    "page_date",
    "page_title",
    "page_url",
    "parse",
    "readability_text",
    "strip_site_suffix",
    "thin_body",
]
