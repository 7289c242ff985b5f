"""Writes the reader's small input fixtures (run from anywhere: python tests/data/make_fixtures.py).

The texts are written for the tests (not copied from any site); each exercises one encoding or
one kind of bad input. The files are committed; this script documents how they were made.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TRADITIONAL = (
    "輝達宣布投資新創公司20億美元\n"
    "\n"
    "2025年10月8日\n"
    "\n"
    "美國晶片大廠輝達今天宣布，將向人工智慧新創公司投資20億美元（約新台幣647億元），"
    "資金將用於在台灣建設資料中心。市場分析師指出，這筆投資反映出台股供應鏈的強勁需求。\n"
    "\n"
    "延伸閱讀\n"
    "台積電法說會前夕 外資連續買超\n"
    "美股收盤 科技股全面上漲\n"
)

SIMPLIFIED = (
    "某银行牵头发放43亿元银团贷款\n"
    "\n"
    "发布时间：2025-09-11 10:20\n"
    "\n"
    "近日，某银行太原分行作为牵头行，联合多家金融机构，成功为一家能源公司发放43亿元人民币银团贷款，"
    "该笔贷款专项用于矿产资源开发。\n"
    "\n"
    "版权所有，未经授权不得转载。\n"
)

HTML = """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>輝達投資xAI 20億美元 | 範例新聞網</title>
<meta property="og:title" content="輝達砸647億挺xAI">
<meta property="og:url" content="https://news.example.com/article/12345">
<meta property="article:published_time" content="2025-10-08T09:32:00+08:00">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-10-07"}</script>
<style>body { color: black; }</style>
</head>
<body>
<nav><a href="/">首頁</a> <a href="/tech">科技</a></nav>
<header><div class="logo">範例新聞網</div></header>
<article>
<h1>輝達砸647億挺xAI</h1>
<div class="share-tools">分享 收藏</div>
<p>根據《彭博社》報導，輝達正準備對xAI進行高達20億美元（約新台幣647億元）的投資。</p>
<script>var tracking = "100億美元";</script>
<p>這筆資金將成為xAI總計200億美元募資計畫的一部分，
用於購買輝達晶片。</p>
<figure><img src="a.jpg"><figcaption>黃仁勳出席活動。（圖／路透）</figcaption></figure>
<p>xAI&amp;輝達雙方皆未回應。</p>
<div class="related-news"><h3>相關新聞</h3><ul><li>台股大漲300點</li></ul></div>
</article>
<footer>版權所有 © 範例新聞網</footer>
</body>
</html>
"""

BIG5_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>港股氣氛暢旺 4企配股集資</title></head>
<body><div id="content"><p>【本報專訊】近期港股市場氣氛暢旺，多家公司配售新股集資，合共集資約4500萬港元。</p>
<p>分析師表示，市場資金充裕，相信集資活動會持續。</p></div>
<div class="footer">版權所有</div></body></html>
"""

JSONL_GOOD = [
    {
        "id": "a1",
        "title": "星洲116亿设基金",
        "date": "2021-09-18",
        "url": "https://example.sg/1",
        "text": "星洲116亿设基金\n\n新加坡政府宣布设立116亿坡元基金，扶持具上市潜力的企业。",
    },
    {"id": 2, "text": "吉隆坡9日訊，某公司獲得價值3.8億令吉的太陽能發電合約。"},
]


def main() -> None:
    (HERE / "big5.txt").write_bytes(TRADITIONAL.encode("cp950"))
    (HERE / "gb18030.txt").write_bytes(SIMPLIFIED.encode("gb18030"))
    (HERE / "utf16_bom.txt").write_bytes(TRADITIONAL.encode("utf-16"))  # writes a BOM
    (HERE / "utf8_bom.txt").write_bytes(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    (HERE / "crlf.txt").write_bytes(TRADITIONAL.replace("\n", "\r\n").encode("utf-8"))
    (HERE / "page.html").write_text(HTML, encoding="utf-8")
    (HERE / "page_big5.htm").write_bytes(BIG5_HTML.encode("cp950"))
    lines = [json.dumps(o, ensure_ascii=False) for o in JSONL_GOOD]
    (HERE / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    mixed = [
        lines[0],
        '{"id": "broken", "text": "缺少結尾',
        "",
        '["not", "an object"]',
        '{"id": "no-text", "title": "沒有內文"}',
        lines[1],
    ]
    (HERE / "malformed.jsonl").write_text("\n".join(mixed) + "\n", encoding="utf-8")
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    truncated = "輝達投資xAI二十億美元".encode()
    (HERE / "truncated_utf8.txt").write_bytes(truncated[:-1])
    (HERE / "truncated_big5.txt").write_bytes(TRADITIONAL.rstrip("\n").encode("cp950")[:-1])


if __name__ == "__main__":
    main()
