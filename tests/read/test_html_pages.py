"""The HTML reader on real and site-layout news pages with gold bodies, and its clean-up rules.

Pages: ``tests/data/html/{real,synth}/*.html`` with ``gold.json`` beside them (copied from the
shared html-pages set); ``HTML_PAGES`` overrides the location. Body score: character-bigram F1
of the extracted body against the gold body, whitespace removed.

The extractor was chosen by a study of these 16 pages (readability-lxml, trafilatura,
GeneralNewsExtractor and the former stdlib extractor; raw library scores on the 9 gold pages:
readability 0.942, gne 0.900, trafilatura 0.823, stdlib 0.729). The clean-up rules, the
density cross-check, the thresholds and the title and date strategies were then written after
reading these same pages, so the figures pinned here are **in-sample** and optimistic: pages of
other sites are the real test. The per-page floors are the measured F1 minus about 0.03.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from pipeline.read import html
from pipeline.read.encoding import declared_charset, decode_bytes
from pipeline.read.html import (
    Page,
    bigram_f1,
    clean_body,
    extract_page,
    han_count,
    is_breadcrumb,
    is_credit_line,
    is_disclaimer,
    parse,
    strip_site_suffix,
    thin_body,
)


def _pages_dir() -> Path:
    for candidate in (os.environ.get("HTML_PAGES"), Path(__file__).parent.parent / "data" / "html"):
        if candidate and (Path(candidate) / "real" / "gold.json").is_file():
            return Path(candidate)
    raise FileNotFoundError("no html pages: tests/data/html is missing (or set HTML_PAGES)")


PAGES = _pages_dir()

#: (set, page) → body F1 floor: measured F1 minus ~0.03.
F1_FLOOR = {
    ("real", "ifeng_1"): 0.97,  # measured 1.000
    ("real", "sina_2"): 0.81,  # measured 0.845: two promo lines above the body are kept
    ("real", "stcn_1"): 0.97,  # measured 1.000 (the former stdlib extractor: 0.098)
    ("real", "thepaper_1"): 0.96,  # measured 0.998 (the former stdlib extractor: 0.019)
    ("real", "xinhuanet_1"): 0.97,  # measured 1.000
    ("synth", "hk_hket"): 0.97,  # measured 1.000
    ("synth", "tw_big5_table"): 0.97,  # measured 1.000
    ("synth", "tw_cnyes"): 0.97,  # measured 1.000
    ("synth", "tw_udn"): 0.97,  # measured 1.000
}
#: The issue's bar: the mean body F1 over the gold pages.
MEAN_F1_FLOOR = 0.90

#: The date printed under each page's headline (read off the pages; = the meta tag where there is one).
DATES = {
    "163_2": "2019-09-07", "cjn_1": "2020-10-04", "hexun_1": "2019-09-26", "huanqiu_1": "2020-06-05",
    "ifeng_1": "2019-11-25", "people_1": "2019-06-15", "sina_1": "2019-11-25", "sina_2": "2018-12-28",
    "sina_5": "2019-10-23", "stcn_1": "2019-09-26", "thepaper_1": "2019-09-24", "xinhuanet_1": "2019-12-10",
    "hk_hket": "2025-03-04", "tw_big5_table": "2025-09-15", "tw_cnyes": "2025-10-14", "tw_udn": "2025-11-12",
}  # fmt: skip


def _read(kind: str, name: str) -> tuple[Page, dict[str, str]]:
    """The page as finkg's reader sees it: bytes decoded by pipeline.read.encoding first."""
    path = PAGES / kind / f"{name}.html"
    data = path.read_bytes()
    decoded = decode_bytes(data, str(path), declared=declared_charset(data))
    gold = json.loads((PAGES / kind / "gold.json").read_text("utf-8")).get(name, {})
    return extract_page(decoded.text, None), gold


@pytest.mark.parametrize(("kind", "name"), sorted(F1_FLOOR))
def test_body_f1_against_gold(kind: str, name: str) -> None:
    page, gold = _read(kind, name)
    f1 = bigram_f1(page.body_text, gold["body"])
    assert f1 >= F1_FLOOR[(kind, name)], f"{kind}/{name}: F1 {f1:.3f}\n{page.body_text[:400]}"
    assert page.warnings == ()


def test_mean_body_f1() -> None:
    scores = [bigram_f1(_read(k, n)[0].body_text, _read(k, n)[1]["body"]) for k, n in sorted(F1_FLOOR)]
    assert sum(scores) / len(scores) >= MEAN_F1_FLOOR


@pytest.mark.parametrize(
    ("kind", "name"),
    [(k, n) for k, n in sorted(F1_FLOOR) if n not in ("xinhuanet_1", "stcn_1")],  # no gold title
)
def test_title_without_site_suffix(kind: str, name: str) -> None:
    page, gold = _read(kind, name)
    assert page.title == gold["title"]


@pytest.mark.parametrize("name", sorted(DATES))
def test_publication_date(name: str) -> None:
    kind = "synth" if (PAGES / "synth" / f"{name}.html").exists() else "real"
    page, _ = _read(kind, name)
    assert page.date == dt.date.fromisoformat(DATES[name])


def test_every_page_gives_a_body_and_no_warning() -> None:
    names = sorted((PAGES / "real").glob("*.html")) + sorted((PAGES / "synth").glob("*.html"))
    assert len(names) == 16
    for path in names:
        page, _ = _read(path.parent.name, path.stem)
        assert han_count(page.body_text) >= 60, path.stem
        assert page.warnings == (), (path.stem, page.warnings)
        assert page.text.startswith(page.title or "")


def test_big5_page_decoded_before_extraction() -> None:
    page, gold = _read("synth", "tw_big5_table")
    assert "經濟部投審司統計" in page.body_text
    assert "版權所有" not in page.body_text
    assert page.title == gold["title"]


# ---- the clean-up rules, in both scripts ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "责任编辑：王小明",
        "責任編輯：王小明",
        "（编辑：李华）",
        "（編輯：李華）",
        "本文来源：经济日报",
        "本文來源：經濟日報",
        "【责编：陈静】",
        "【責編：陳靜】",
    ],
)
def test_credit_lines(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "编辑部表示，公司今年营收增长两成。",
        "編輯部表示，公司今年營收增長兩成。",
        "来源于海外市场的收入占比提升至四成，公司表示将继续扩大产能。",
        "來源於海外市場的收入占比提升至四成，公司表示將繼續擴大產能。",
    ],
)
def test_not_credit_lines(line: str) -> None:
    assert not is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "（本文仅供参考，不构成任何投资建议）",
        "（本文僅供參考，不構成任何投資建議）",
        "【免责声明】本文仅代表作者本人观点，与本网无关。",
        "【免責聲明】本文僅代表作者本人觀點，與本網無關。",
        "文章内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
        "文章內容僅供參考，不構成實質性投資建議，據此操作風險自擔。",
        "声明：证券时报力求信息真实、准确，文章提及内容仅供参考。",
        "聲明：本報力求資訊真實、準確，文章提及內容僅供參考。",
        "风险提示：市场有风险，投资需谨慎。",
        "風險提示：市場有風險，投資需謹慎。",
    ],
)
def test_disclaimers(line: str) -> None:
    assert is_disclaimer(line)


def test_long_paragraph_quoting_a_disclaimer_is_body() -> None:
    for para in (
        "分析师在报告中提醒，投资有风险，但公司第三季度订单饱满，毛利率回升至三成以上，"
        "管理层预计全年营收将增长百分之二十，并计划明年在越南新建两座工厂以满足海外客户需求。",
        "分析師在報告中提醒，投資有風險，但公司第三季度訂單飽滿，毛利率回升至三成以上，"
        "管理層預計全年營收將增長百分之二十，並計劃明年在越南新建兩座工廠以滿足海外客戶需求。",
    ):
        assert not is_disclaimer(para)


@pytest.mark.parametrize(
    "line",
    [
        "您所在的位置：首页 > 财经 > 正文",
        "您所在的位置：首頁 > 財經 > 正文",
        "当前位置：",
        "當前位置：",
        "首页 >",
        "首頁 >",
        "财经 > 公司 > 正文",
        "財經 > 公司 > 正文",
    ],
)
def test_breadcrumbs(line: str) -> None:
    assert is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "公司毛利率>30%，优于同业平均水准。",
        "公司毛利率>30%，優於同業平均水準。",
        "首页公布的数据显示，前三季营收创新高。",
        "首頁公布的數據顯示，前三季營收創新高。",
    ],
)
def test_not_breadcrumbs(line: str) -> None:
    assert not is_breadcrumb(line)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("华能集团发行绿色债券50亿元_新浪财经_新浪网", "华能集团发行绿色债券50亿元"),
        ("華能集團發行綠色債券50億元_新浪財經_新浪網", "華能集團發行綠色債券50億元"),
        ("台积电增资美国子公司 | 经济日报", "台积电增资美国子公司"),
        ("台積電增資美國子公司 | 經濟日報", "台積電增資美國子公司"),
        ("宁德时代拟赴港上市-财经新闻", "宁德时代拟赴港上市"),
        ("寧德時代擬赴港上市-財經新聞", "寧德時代擬赴港上市"),
        ("比亚迪配售新H股 - 香港经济日报 - 即时新闻频道 - 商业", "比亚迪配售新H股"),
        ("比亞迪配售新H股 - 香港經濟日報 - 即時新聞頻道 - 商業", "比亞迪配售新H股"),
        ("共享充电宝涨价告别1元时代_10%公司_澎湃新闻-The Paper", "共享充电宝涨价告别1元时代"),
        ("共享充電寶漲價告別1元時代_10%公司_澎湃新聞-The Paper", "共享充電寶漲價告別1元時代"),
        ("鴻海｜AI伺服器出貨倍增", "鴻海｜AI伺服器出貨倍增"),  # no site name: untouched
        ("鸿海｜AI服务器出货倍增", "鸿海｜AI服务器出货倍增"),
        ("COVID-19疫苗概念股走强", "COVID-19疫苗概念股走强"),  # a hyphen inside ASCII is no separator
        ("COVID-19疫苗概念股走強", "COVID-19疫苗概念股走強"),
    ],
)
def test_strip_site_suffix(title: str, expected: str) -> None:
    assert strip_site_suffix(title) == expected


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "您所在的位置：\n首页 >\n财经 >\n华能发行绿色债券\n2025-03-04 10:00 来源：本网\n"
            "华能集团今日发行绿色债券50亿元，期限三年，票面利率2.1%，所募资金将全部用于风电及光伏项目建设。\n"
            "责任编辑：王小明\n声明：本文仅供参考，不构成投资建议，据此操作风险自担。\n证券时报APP",
            "华能发行绿色债券",
            "华能集团今日发行绿色债券50亿元，期限三年，票面利率2.1%，所募资金将全部用于风电及光伏项目建设。",
        ),
        (
            "您所在的位置：\n首頁 >\n財經 >\n華能發行綠色債券\n2025-03-04 10:00 來源：本網\n"
            "華能集團今日發行綠色債券50億元，期限三年，票面利率2.1%，所募資金將全部用於風電及光伏項目建設。\n"
            "責任編輯：王小明\n聲明：本文僅供參考，不構成投資建議，據此操作風險自擔。\n證券時報APP",
            "華能發行綠色債券",
            "華能集團今日發行綠色債券50億元，期限三年，票面利率2.1%，所募資金將全部用於風電及光伏項目建設。",
        ),
    ],
)
def test_clean_body(text: str, title: str, body: str) -> None:
    assert clean_body(text, title) == body


# ---- the thin-body warning and the fallback ------------------------------------------------------

_ARTICLES = (
    "華能集團今日宣布發行綠色債券50億元，期限三年，票面利率2.1%，所募資金將全部用於風電及光伏項目建設。"
    "公司表示，本次發行獲得超額認購，認購倍數達3.2倍，顯示市場對綠色資產的需求持續升溫。",
    "华能集团今日宣布发行绿色债券50亿元，期限三年，票面利率2.1%，所募资金将全部用于风电及光伏项目建设。"
    "公司表示，本次发行获得超额认购，认购倍数达3.2倍，显示市场对绿色资产的需求持续升温。",
)


def _page_with(body: str) -> str:
    return (
        "<html><head><title>華能發行綠色債券 | 範例新聞網</title></head><body>"
        f'<div class="sidebar"><p><a href="/1">熱門新聞一</a></p></div>{body}</body></html>'
    )


@pytest.mark.parametrize("article", _ARTICLES)
def test_thin_body_fires_on_a_headline_only_body_and_not_on_the_article(article: str) -> None:
    root = parse(_page_with(f'<div class="txt">{article}</div>'))
    assert thin_body("華能發行綠色債券", root) is not None
    assert thin_body(article[:30], root) is not None  # under THIN_SHARE of the longest block
    assert thin_body(article, root) is None


@pytest.mark.parametrize("article", _ARTICLES)
def test_fallback_to_density_when_readability_returns_nothing(
    article: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(html.body, "readability_text", lambda root, url=None: "")
    page = extract_page(_page_with(f'<div class="txt">{article}</div>'), None)
    assert page.body_text == article
    assert page.warnings and "density" in page.warnings[0]


def test_warning_when_both_extractors_find_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html.body, "readability_text", lambda root, url=None: "")
    monkeypatch.setattr(html.body, "density_text", lambda root: "")
    page = extract_page(_page_with(f'<div class="txt">{_ARTICLES[0]}</div>'), None)
    assert page.body_text == ""
    assert page.warnings and page.warnings[0].startswith("thin body")


def test_empty_and_xml_declared_markup() -> None:
    assert extract_page("", None).warnings == ("empty page",)
    page = extract_page('<?xml version="1.0" encoding="utf-8"?><html><body><p>內文。</p></body></html>', None)
    assert page.body_text == "內文。"


def test_article_split_over_sibling_containers_is_kept_whole() -> None:
    """readability merges sibling containers; the density extractor alone keeps one of them."""
    p1 = "公司今日宣布發行綠色債券50億元，期限三年，票面利率2.1%，所募資金將全部用於風電項目。"
    p2 = "分析師指出，隨著利率下行，今年以來國內綠色債券發行規模已超過去年全年，融資成本下降。"
    markup = (
        "<html><head><title>公司發行綠色債券 | 範例新聞網</title></head><body><h1>公司發行綠色債券</h1>"
        f"<div><p>{p1}</p><p>{p1.replace('50億元', '30億元')}</p></div>"
        '<div class="ad-box"><p><a href="/x">立即開戶享優惠</a></p></div>'
        f"<div><p>{p2}</p><p>{p2.replace('去年全年', '前年全年')}</p></div></body></html>"
    )
    page = extract_page(markup, None)
    assert p1 in page.body_text and p2 in page.body_text
    assert "開戶" not in page.body_text
