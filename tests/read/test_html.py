from __future__ import annotations

import datetime as dt

import pytest

from pipeline.read.html import extract_page, looks_like_html


def _page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        (
            '<meta property="article:published_time" content="2025-10-08T09:32:00+08:00">',
            "",
            dt.date(2025, 10, 8),
        ),
        ('<meta name="pubdate" content="2025-09-11">', "", dt.date(2025, 9, 11)),
        ('<meta itemprop="datePublished" content="2025-09-12">', "", dt.date(2025, 9, 12)),
        ('<meta name="date" content="2025/09/13">', "", dt.date(2025, 9, 13)),
        (
            '<script type="application/ld+json">'
            '{"@graph": [{"datePublished": "2025-09-14T08:00:00Z"}]}</script>',
            "",
            dt.date(2025, 9, 14),
        ),
        ("", '<time itemprop="datePublished" datetime="2025-09-15">9月15日</time>', dt.date(2025, 9, 15)),
        ("", '<time datetime="2025-09-16T10:00">昨天</time>', dt.date(2025, 9, 16)),
        ("", "", None),
    ],
)
def test_published_date(head: str, body: str, date: dt.date | None) -> None:
    assert extract_page(_page(head, body + "<p>內文。</p>")).date == date


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        (
            '<meta property="og:title" content="標題甲"><title>標題乙 | 網站</title>',
            "<h1>標題丙</h1>",
            "標題甲",
        ),
        ("<title>標題乙 | 某某新聞網</title>", "<h1>標題丙</h1>", "標題丙"),
        ("<title>標題乙 - 某某新聞網</title>", "", "標題乙"),
        ("", "", None),
    ],
)
def test_title(head: str, body: str, title: str | None) -> None:
    assert extract_page(_page(head, body + "<p>內文。</p>")).title == title


def test_url_from_canonical_link() -> None:
    page = extract_page(_page('<link rel="canonical" href="https://x.example/a/1">', "<p>內文。</p>"))
    assert page.url == "https://x.example/a/1"


def test_main_content_without_article_tag() -> None:
    body = (
        '<div class="menu"><p>首頁</p></div>'
        '<div id="story"><h1>公司募資百億</h1><p>第一段內文，公司宣布募資。</p>'
        "<p>第二段內文，投資人踴躍。</p>"
        "<p>第三段<b>粗體</b>內文。</p></div>"
        '<div class="sidebar"><p>熱門新聞</p></div>'
    )
    page = extract_page(_page("", body))
    assert (
        page.text
        == "公司募資百億\n\n第一段內文，公司宣布募資。\n\n第二段內文，投資人踴躍。\n\n第三段粗體內文。"
    )


def test_unclosed_tags_and_br() -> None:
    page = extract_page("<html><body><article><p>第一段<br>第二行<p>第二段</article></body></html>")
    assert page.text == "第一段\n\n第二行\n\n第二段"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<!DOCTYPE html><html>", True),
        ("  <html lang=zh>", True),
        ("<!-- c --><html>", True),
        ("標題\n<內文>", False),
    ],
)
def test_looks_like_html(head: str, expected: bool) -> None:
    assert looks_like_html(head) is expected
