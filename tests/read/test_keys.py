"""Article identity (issue 11 item 1): the key comes from the source (the canonical URL of a
page, the id of a JSON record, else its URL), else from the path relative to the ingest root
(not the stem), else, on standard input, from the content."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pipeline.model.records import Article, content_hash
from pipeline.read.reader import read_inputs

TEXT_A = "沃旭能源宣布投資新台幣1650億元建設離岸風電。\n"
TEXT_B = "台積電宣布在美國投資200億美元興建晶圓廠。\n"
PAGE = (
    "<html><head><title>{title}</title>{link}</head><body><article><p>{text}</p>"
    "<p>預計明年完工並開始商轉運營，相關投資已獲主管機關核准。</p></article></body></html>"
)
CANONICAL = '<link rel="canonical" href="https://news.example.com/a/1">'


def _keys(paths: list[str], stdin: bytes | None = None) -> list[str]:
    results = list(read_inputs(paths, stdin=io.BytesIO(stdin) if stdin is not None else None))
    assert all(isinstance(r, Article) for r in results), results
    return [r.key for r in results if isinstance(r, Article)]


def _page(text: str, link: str = "") -> bytes:
    return PAGE.format(title="標題", link=link, text=text).encode("utf-8")


def test_same_file_name_in_two_folders_is_two_articles(tmp_path: Path) -> None:
    for day, text in (("day1", TEXT_A), ("day2", TEXT_B)):
        (tmp_path / "days" / day).mkdir(parents=True)
        (tmp_path / "days" / day / "article.txt").write_text(text, encoding="utf-8")
    assert _keys([str(tmp_path / "days")]) == ["day1/article", "day2/article"]
    assert _keys([str(tmp_path / "days" / "*" / "article.txt")]) == ["day1/article", "day2/article"]
    # a file named on its own: its root is its folder, its key its stem
    assert _keys([str(tmp_path / "days" / "day1" / "article.txt")]) == ["article"]


def test_the_corpus_keeps_its_keys(corpus_dir: Path) -> None:
    """Files at the top of the directory named: key = stem, as before (gold, queries, pages)."""
    paths = sorted((corpus_dir / "articles").glob("*.txt"))
    assert _keys([str(corpus_dir / "articles")]) == [p.stem for p in paths]


@pytest.mark.parametrize(
    ("records", "keys"),
    [
        pytest.param([{"id": "a-1", "text": TEXT_A}], ["a-1"], id="id"),
        pytest.param([{"id": 7, "url": "https://u/7", "text": TEXT_A}], ["7"], id="id-before-url"),
        pytest.param([{"url": "https://u/8", "text": TEXT_A}], ["https://u/8"], id="url"),
        pytest.param([{"text": TEXT_A}, {"text": TEXT_B}], ["sub/news#1", "sub/news#2"], id="path-and-line"),
    ],
)
def test_json_records(tmp_path: Path, records: list[dict[str, object]], keys: list[str]) -> None:
    (tmp_path / "sub").mkdir()
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    (tmp_path / "sub" / "news.jsonl").write_text(lines, encoding="utf-8")
    assert _keys([str(tmp_path)]) == keys


@pytest.mark.parametrize(
    ("data", "key"),
    [
        pytest.param(TEXT_A.encode(), "stdin-" + content_hash(TEXT_A)[:16], id="text"),
        pytest.param(
            json.dumps({"text": TEXT_A}, ensure_ascii=False).encode(),
            "stdin-" + content_hash(TEXT_A)[:16],
            id="json-line-without-id",
        ),
        pytest.param(_page(TEXT_A, CANONICAL), "https://news.example.com/a/1", id="page-canonical"),
    ],
)
def test_stdin_keys(data: bytes, key: str) -> None:
    assert _keys(["-"], stdin=data) == [key]


def test_two_pages_on_stdin_without_a_url_are_two_articles() -> None:
    (first,) = _keys(["-"], stdin=_page(TEXT_A))
    (second,) = _keys(["-"], stdin=_page(TEXT_B))
    assert first.startswith("stdin-") and second.startswith("stdin-") and first != second


def test_a_page_from_a_file_and_from_stdin_is_one_article(tmp_path: Path) -> None:
    page = tmp_path / "saved" / "page.html"
    page.parent.mkdir()
    page.write_bytes(_page(TEXT_A, CANONICAL))
    assert _keys([str(tmp_path)]) == _keys(["-"], stdin=page.read_bytes()) == ["https://news.example.com/a/1"]
