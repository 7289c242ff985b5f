"""The HTML pages of ``finkg serve`` through Starlette's test client, on a store of three corpus
articles (tests/serve/conftest.py)."""

from __future__ import annotations

import html
import json
import re
from decimal import Decimal
from typing import Any

import pytest

from pipeline.serve.pages import edge_width, fmt_short, fmt_usd
from tests.conftest import CORPUS
from tests.serve.conftest import ARTICLES

NVIDIA_ARTICLE = ARTICLES[0]
SIMPLIFIED_ARTICLE = ARTICLES[2]
FIN = "https://w3id.org/finkg/ontology#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


def section(page: str, element_id: str) -> str:
    """The inner HTML of the element with that id (the first closing tag of its name ends it
    unless nested ones open; the pages' text sections hold no nested section)."""
    match = re.search(rf'<(\w+)[^>]*\bid="{element_id}"[^>]*>', page)
    assert match, element_id
    tag = match.group(1)
    depth, i = 1, match.end()
    pattern = re.compile(rf"<(/?){tag}\b[^>]*>")
    while depth:
        m = pattern.search(page, i)
        assert m, f"unclosed {tag}"
        depth += -1 if m.group(1) else 1
        i = m.end()
        if depth == 0:
            return page[match.end() : m.start()]
    raise AssertionError


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def count(store: Any, sparql: str) -> int:
    return int(str(store.query(sparql).rows[0][0]))


def test_home_lists_every_article(client: Any) -> None:
    page = client.get("/").text
    for key in ARTICLES:
        assert f'href="/article/{key}"' in page


@pytest.mark.parametrize("key", ARTICLES)
def test_article_page_shows_the_text_exactly_with_every_span_marked(
    client: Any, store: Any, key: str
) -> None:
    response = client.get(f"/article/{key}")
    assert response.status_code == 200
    text_html = section(response.text, "article-text")
    source = (CORPUS / "articles" / f"{key}.txt").read_text(encoding="utf-8")
    # the marks add no character and lose none: the text shown is the text read
    shown = plain(text_html)
    assert shown.strip() == source.strip()
    graph = store.find_article(key).graph
    spans = count(
        store,
        f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s <{NIF}referenceContext> ?a ;
              a ?t . VALUES ?t {{ <{FIN}Mention> <{FIN}MonetaryAmount> <{FIN}Capacity> <{FIN}ShareCount>
              <{FIN}Percentage> }} }} }}""",
    )
    ids = set(re.findall(r'<mark [^>]*data-span="([^"]+)"', text_html))
    assert len(ids) == spans > 0
    deals = count(
        store, f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?d <{FIN}reportedIn> ?a }} }}"
    )
    assert response.text.count('<tr class="deal-row"') == deals


def test_article_page_marks_each_kind_with_its_class_and_panel_data(client: Any) -> None:
    page = client.get(f"/article/{NVIDIA_ARTICLE}").text
    text_html = section(page, "article-text")
    for kind in ("money", "org", "person", "place", "percent"):
        assert f'class="hl hl-{kind}"' in text_html, kind
    panel = json.loads(html.unescape(section(page, "panel-data")))
    money = [p for p in panel.values() if p["kind"] == "money"]
    # 20億美元(約新台幣647億元): the TWD figure carries its US$ value and the article's own rate
    twd = next(p for p in money if p["text"] == "約新台幣647億元")
    rows = dict(twd["rows"])
    assert rows["currency"] == "TWD"
    assert rows["value"] == "64,700,000,000 TWD"
    assert rows["US$"].startswith("2,000,000,000")
    assert "implied by the article" in rows["rate used"]
    assert rows["converted from"].endswith("20億美元")
    nvidia = next(p for p in panel.values() if p["text"] == "輝達")
    assert nvidia["kind"] == "organisation"
    assert nvidia["entity"]["url"] == "/entity/org/nvidia"


def test_article_page_deals_and_rates(client: Any) -> None:
    page = client.get(f"/article/{NVIDIA_ARTICLE}").text
    deals = section(page, "deals-table")
    assert 'href="/entity/org/nvidia"' in deals and 'href="/entity/org/xai"' in deals
    # the evidence sentence is shown with the deal's own parties and figures emphasised
    assert "deal-part" in deals
    assert "US$2 bn" in deals
    rates = plain(section(page, "rates-table"))
    assert "USD/TWD" in rates and "32.35" in rates
    # the evidence sentences are marked in the text, tied to their deal row
    assert re.search(r'<span class="evidence" data-deal="0">', section(page, "article-text"))


def test_simplified_article_is_tagged_and_readable(client: Any) -> None:
    page = client.get(f"/article/{SIMPLIFIED_ARTICLE}").text
    assert 'lang="zh-Hans"' in page
    assert "城地香江" in plain(section(page, "article-text"))


def test_unknown_article_is_404(client: Any) -> None:
    response = client.get("/article/no-such-article")
    assert response.status_code == 404
    assert "no-such-article" in response.text


def test_article_by_iri_redirects_to_its_page(client: Any) -> None:
    iri = f"https://w3id.org/finkg/id/article/{NVIDIA_ARTICLE}"
    response = client.get("/article", params={"iri": iri}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/article/{NVIDIA_ARTICLE}"


def test_entity_page_names_deals_articles_and_graph(client: Any) -> None:
    page = client.get("/entity/org/nvidia").text
    names = plain(section(page, "names"))
    for name in ("輝達", "辉达", "NVIDIA"):
        assert name in names
    assert "Traditional Chinese" in names and "Simplified Chinese" in names and "English" in names
    deals = section(page, "entity-deals")
    assert 'class="dir-out"' in deals and 'class="dir-in"' in deals
    assert "US$" in deals
    articles = section(page, "entity-articles")
    assert f'href="/article/{NVIDIA_ARTICLE}"' in articles
    graph = json.loads(html.unescape(section(page, "graph-data")))
    ids = {n["id"] for n in graph["nodes"]}
    focus = [n for n in graph["nodes"] if n["focus"]]
    assert [n["id"] for n in focus] == ["https://w3id.org/finkg/id/org/nvidia"]
    assert graph["edges"] and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert {"investment", "purchase"} <= {e["type"] for e in graph["edges"]}
    sized = [e for e in graph["edges"] if e["usd"]]
    assert sized and all(e["width"] == edge_width(Decimal(str(e["usd"]))) for e in sized)
    # the page loads its graph library from the package, not from a CDN
    assert '<script src="/static/vendor/cytoscape/cytoscape.min.js">' in page
    assert "http" not in "".join(re.findall(r'<script src="([^"]+)"', page))


def test_vendored_files_are_served_with_their_licence(client: Any) -> None:
    js = client.get("/static/vendor/cytoscape/cytoscape.min.js")
    assert js.status_code == 200 and len(js.content) > 100_000
    assert "MIT" in client.get("/static/vendor/cytoscape/LICENSE").text or "Permission is hereby granted" in (
        client.get("/static/vendor/cytoscape/LICENSE").text
    )


def test_entity_by_iri_and_unknown_entity(client: Any) -> None:
    assert client.get("/entity", params={"iri": "https://w3id.org/finkg/id/org/openai"}).status_code == 200
    assert client.get("/entity/org/no-such-company").status_code == 404
    assert client.get("/entity", params={"iri": "bad iri>"}).status_code == 400


@pytest.mark.parametrize(
    ("q", "target"),
    [("辉达", "org/nvidia"), ("輝達", "org/nvidia"), ("nvda", "org/nvidia"), ("openai", "org/openai")],
)
def test_search_finds_an_entity_by_any_name_in_either_script(client: Any, q: str, target: str) -> None:
    response = client.get("/search", params={"q": q}, follow_redirects=False)
    if response.status_code == 303:
        assert response.headers["location"] == f"/entity/{target}"
    else:
        assert response.status_code == 200
        first = re.search(r'<tbody>\s*<tr><td><a href="([^"]+)"', response.text)
        assert first and first.group(1) == f"/entity/{target}", response.text


def test_search_without_hits(client: Any) -> None:
    response = client.get("/search", params={"q": "不存在的公司名"})
    assert response.status_code == 200
    assert 'id="no-hits"' in response.text


def test_query_page_lists_the_named_queries_as_forms(client: Any) -> None:
    page = client.get("/query").text
    assert 'id="q-deals-of-company"' in page
    assert 'name="p.company" value="輝達"' in page
    assert 'id="sparql-text"' in page


def test_query_page_runs_a_named_query_with_parameters(client: Any) -> None:
    response = client.get("/query", params={"name": "deals-of-company", "p.company": "辉达"})
    assert response.status_code == 200
    table = section(response.text, "results")
    assert "<th>companyLabel</th>" in table
    assert table.count("<tr>") > 3 and "輝達" in table
    assert 'href="/entity/org/nvidia"' not in table or "org:nvidia" in table


def test_query_page_runs_the_editor_and_reports_errors(client: Any) -> None:
    ok = client.post(
        "/query",
        data={"sparql": "SELECT ?key WHERE { ?a a fin:Article ; fin:articleKey ?key } ORDER BY ?key"},
    )
    assert ok.status_code == 200
    assert re.findall(r"<td>([^<]+)</td>", section(ok.text, "results")) == sorted(ARTICLES)
    bad = client.post("/query", data={"sparql": "SELECT WHERE {"})
    assert bad.status_code == 400 and 'id="query-error"' in bad.text
    update = client.post("/query", data={"sparql": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert update.status_code == 400 and "refused" in update.text


def test_query_page_shows_ask_and_construct(client: Any) -> None:
    ask = client.post("/query", data={"sparql": "ASK { ?a a fin:Article }"})
    assert '<p id="ask-result" class="ask">true</p>' in ask.text
    construct = client.post(
        "/query",
        data={"sparql": "CONSTRUCT { ?a fin:articleKey ?k } WHERE { ?a a fin:Article ; fin:articleKey ?k }"},
    )
    assert section(construct.text, "results").count("<tr>") == len(ARTICLES) + 1


def test_number_formats() -> None:
    assert fmt_short(Decimal("2000000000")) == "2 bn"
    assert fmt_short(Decimal("350000000")) == "350 m"
    assert fmt_usd(Decimal("1234567890123")) == "US$1.23 tn"
    assert fmt_usd(None) == ""
    assert edge_width(None) == 1.0
    assert edge_width(Decimal(10) ** 7) == 1.5
    assert edge_width(Decimal(10) ** 11) == 1.5 + 4 * 1.6
