"""The query page's pages of a listing (``/query?name=…&offset=…``), its count and downloads, and
the home page's first page, through Starlette's test client on the store of three articles."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
import urllib.parse
from typing import Any

import pytest

from pipeline.serve import pages
from tests.serve.conftest import ARTICLES
from tests.serve.test_pages import plain, section


def body_rows(page: str) -> list[str]:
    """The rows of the results table, as HTML."""
    return re.findall(r"<tr>.*?</tr>", section(page, "results").split("</thead>", 1)[1], re.DOTALL)


def link(page: str, element_id: str) -> str | None:
    match = re.search(rf'<a href="([^"]+)" id="{element_id}"', page)
    return html.unescape(match.group(1)) if match else None


def fields(url: str) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


def every_row(client: Any, **params: str) -> list[str]:
    """The listing's rows on one page as large as the answer."""
    page = client.get("/query", params={**params, "limit": "1000"})
    assert page.status_code == 200
    return body_rows(page.text)


def walk(client: Any, first: str) -> list[str]:
    """The rows of every page, following "next" from ``first``."""
    rows: list[str] = []
    url: str | None = first
    while url is not None:
        page = client.get(url)
        assert page.status_code == 200
        rows += body_rows(page.text)
        url = link(page.text, "page-next")
    return rows


def test_the_first_page_names_its_rows_and_the_next(client: Any) -> None:
    page = client.get("/query", params={"name": "articles", "limit": "2"}).text
    assert len(body_rows(page)) == 2
    assert plain(section(page, "page-rows")) == "rows 1–2, more follow"
    assert link(page, "page-previous") is None
    nxt = link(page, "page-next")
    assert nxt is not None and fields(nxt) == {"name": "articles", "offset": "2", "limit": "2"}
    assert link(page, "page-count") is not None, "more rows follow: their number is on request"


def test_next_pages_continue_without_overlap_and_the_last_ends(client: Any) -> None:
    every = every_row(client, name="articles")
    assert len(every) == len(ARTICLES)
    last = client.get("/query", params={"name": "articles", "limit": "2", "offset": "2"}).text
    assert body_rows(last) == every[2:]
    assert plain(section(last, "page-rows")) == "row 3 of 3"
    assert link(last, "page-next") is None and link(last, "page-count") is None, "the last page knows"
    previous = link(last, "page-previous")
    assert previous is not None and fields(previous) == {"name": "articles", "limit": "2"}
    assert walk(client, "/query?name=articles&limit=1") == every


def test_a_single_page_listing_shows_its_total(client: Any) -> None:
    page = client.get("/query", params={"name": "articles"}).text
    assert plain(section(page, "page-rows")) == "rows 1–3 of 3"
    assert link(page, "page-next") is None and link(page, "page-previous") is None


@pytest.mark.parametrize(
    "entity",
    [
        pytest.param("OpenAI", id="latin"),
        pytest.param("輝達", id="traditional"),
        pytest.param("辉达", id="simplified"),
    ],
)
def test_parameters_are_kept_across_pages(client: Any, entity: str) -> None:
    every = every_row(client, **{"name": "entity-mentions", "p.entity": entity})
    assert len(every) > 3, "the articles mention the company often enough to page"
    first = client.get("/query", params={"name": "entity-mentions", "p.entity": entity, "limit": "3"}).text
    nxt = link(first, "page-next")
    assert nxt is not None and fields(nxt)["p.entity"] == entity
    assert 'name="p.entity" value="' + html.escape(entity) in first, "the form keeps the value"
    assert walk(client, nxt) == every[3:]


def test_the_count_is_given_on_request(client: Any) -> None:
    every = every_row(client, **{"name": "entity-mentions", "p.entity": "OpenAI"})
    page = client.get("/query", params={"name": "entity-mentions", "p.entity": "OpenAI", "limit": "2"}).text
    counted = client.get(link(page, "page-count") or "").text
    assert section(counted, "page-total") == str(len(every))
    assert body_rows(counted) == every[:2], "counting keeps the page"


def test_an_offset_past_the_end_is_an_empty_page_leading_back(client: Any) -> None:
    response = client.get("/query", params={"name": "articles", "offset": "50"})
    assert response.status_code == 200
    assert body_rows(response.text) == []
    assert "no rows after row 50" in section(response.text, "page-rows")
    previous = link(response.text, "page-previous")
    assert previous is not None and fields(previous) == {"name": "articles"}


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        pytest.param({"name": "articles", "offset": "abc"}, "offset='abc'", id="not-a-number"),
        pytest.param({"name": "articles", "offset": "-100"}, "offset='-100'", id="negative"),
        pytest.param({"name": "articles", "offset": "1.5"}, "offset='1.5'", id="fraction"),
        pytest.param({"name": "articles", "offset": "²"}, "offset='²'", id="superscript-digit"),
        pytest.param({"name": "articles", "offset": "9" * 30}, "from 0 to", id="offset-too-large"),
        pytest.param({"name": "articles", "limit": "0"}, "limit='0'", id="empty-page"),
        pytest.param({"name": "articles", "limit": "5000"}, "from 1 to 1,000", id="page-too-large"),
        pytest.param({"name": "deals-of-company", "offset": "10"}, "not a listing", id="not-a-listing"),
        pytest.param({"name": "articles", "download": "xlsx"}, "download='xlsx'", id="unknown-download"),
    ],
)
def test_a_bad_page_is_a_clear_400(client: Any, query: dict[str, str], reason: str) -> None:
    response = client.get("/query", params=query)
    assert response.status_code == 400
    assert "<h1>400</h1>" in response.text and reason in html.unescape(response.text)


def test_downloads_give_every_row(client: Any) -> None:
    page = client.get("/query", params={"name": "entity-mentions", "p.entity": "OpenAI", "limit": "2"}).text
    hrefs = re.findall(r'<a href="([^"]+)" download>', section(page, "downloads"))
    assert [fields(html.unescape(h))["download"] for h in hrefs] == ["csv", "json"]
    every = every_row(client, **{"name": "entity-mentions", "p.entity": "OpenAI"})
    as_csv = client.get(html.unescape(hrefs[0]))
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert as_csv.headers["content-disposition"] == 'attachment; filename="entity-mentions.csv"'
    assert len(list(csv.reader(io.StringIO(as_csv.text)))) == len(every) + 1
    as_json = client.get(html.unescape(hrefs[1]))
    assert len(json.loads(as_json.text)["results"]["bindings"]) == len(every)


def test_a_query_that_is_not_a_listing_has_no_pager_but_downloads(client: Any) -> None:
    page = client.get("/query", params={"name": "deals-of-company", "p.company": "OpenAI"}).text
    assert 'id="pager"' not in page and 'id="downloads"' in page


def test_home_keeps_the_first_page_with_a_link_to_the_next(client: Any, monkeypatch: Any) -> None:
    assert 'id="more-articles"' not in client.get("/").text, "three articles fit the first page"
    real = pages.home
    monkeypatch.setattr(pages, "home", lambda store: real(store, 2))
    page = client.get("/").text
    assert len(re.findall(r'<td><a href="/article/', section(page, "articles"))) == 2
    more = link(page, "more-articles")
    assert more is not None and fields(more) == {"name": "articles", "offset": "2", "limit": "2"}
    assert len(body_rows(client.get(more).text)) == 1


def test_an_empty_listing_says_so(client: Any) -> None:
    page = client.get("/query", params={"name": "entity-mentions", "p.entity": "urn:finkg:nobody"}).text
    assert plain(section(page, "page-rows")) == "no rows" and body_rows(page) == []
    assert link(page, "page-next") is None and link(page, "page-count") is None


def test_home_links_to_every_entity_when_it_shows_some(client: Any, monkeypatch: Any) -> None:
    # (the module, which pipeline.serve.pages shadows with its function of that name)
    monkeypatch.setattr(sys.modules["pipeline.serve.pages.search"], "HOME_ENTITIES", 2)
    page = client.get("/").text
    assert section(page, "entities").count("<li>") == 2
    assert link(page, "more-entities") == "/query?name=entities#results-section"


def page_size_field(page: str, query: str) -> str | None:
    """The value of the rows-a-page field in ``query``'s form, None when the form has none."""
    form = re.search(rf'<form[^>]*data-query="{query}".*?</form>', page, re.DOTALL)
    assert form is not None
    match = re.search(r'<input type="number" name="limit"[^>]*value="(\d+)"', form.group(0))
    return match.group(1) if match else None


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        pytest.param({}, "100", id="query-page-own-size"),
        pytest.param({"name": "articles"}, "100", id="first-page"),
        pytest.param({"name": "articles", "limit": "2"}, "2", id="chosen-size-kept"),
    ],
)
def test_a_listing_form_asks_for_the_page_size(client: Any, shown: dict[str, str], expected: str) -> None:
    page = client.get("/query", params=shown).text
    assert page_size_field(page, "articles") == expected
    assert page_size_field(page, "largest-deals") is None, "a query that is no listing has no pages"


def test_the_page_size_field_sets_the_page(client: Any) -> None:
    # what the browser sends when the form is submitted with 1 in the field
    page = client.get("/query", params={"name": "articles", "limit": "1"}).text
    assert len(body_rows(page)) == 1
    nxt = link(page, "page-next")
    assert nxt is not None and fields(nxt)["limit"] == "1", "the next page keeps the size"
