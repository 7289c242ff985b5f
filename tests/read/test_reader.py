from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from pipeline.errors import ReadError
from pipeline.model.records import Article
from pipeline.read.reader import (
    article_from_text,
    detect_script,
    read_file,
    read_file_results,
    read_inputs,
    sniff_format,
)

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "corpus" / "articles").glob("00*.txt"))


def _articles(results: list) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def _errors(results: list) -> list[ReadError]:
    return [r for r in results if isinstance(r, ReadError)]


# ---- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "script", "first_char"),
    [
        ("big5.txt", "cp950", "traditional", "輝"),
        ("gb18030.txt", "gb18030", "simplified", "某"),
        ("utf16_bom.txt", "utf-16-le", "traditional", "輝"),
        ("utf8_bom.txt", "utf-8-sig", "simplified", "某"),
        ("crlf.txt", "utf-8", "traditional", "輝"),
    ],
)
def test_encodings_decode_to_the_same_text(name: str, encoding: str, script: str, first_char: str) -> None:
    (article,) = read_file(DATA / name)
    assert article.encoding == encoding
    assert article.script == script
    assert article.text[0] == first_char  # the BOM is gone
    assert "\ufeff" not in article.text
    assert article.content_hash == hashlib.sha256(article.text.encode()).hexdigest()


def test_big5_and_utf16_give_identical_text() -> None:
    assert read_file(DATA / "big5.txt")[0].text == read_file(DATA / "utf16_bom.txt")[0].text


def test_text_is_the_file_exactly_crlf_kept() -> None:
    (article,) = read_file(DATA / "crlf.txt")
    assert article.text == (DATA / "crlf.txt").read_bytes().decode("utf-8")
    assert "\r\n" in article.text
    # body spans index the text as read
    title_span = article.body_spans[0]
    assert article.text[slice(*title_span)] == article.title


@pytest.mark.parametrize("path", [*SEEDS, *sorted((ROOT / "corpus" / "articles").glob("[0-9][0-9]_*.txt"))])
def test_corpus_text_is_read_exactly(path: Path) -> None:
    (article,) = read_file(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.key == path.stem
    assert article.source == str(path)


# ---- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason", "offset"),
    [
        ("empty.txt", "empty file", None),
        ("binary.txt", "binary", 8),
        ("truncated_utf8.txt", "truncated UTF-8", 27),
        ("truncated_big5.txt", "truncated Big5", 268),
    ],
)
def test_bad_files_raise_read_error_naming_file_and_problem(
    name: str, reason: str, offset: int | None
) -> None:
    with pytest.raises(ReadError) as info:
        read_file(DATA / name)
    err = info.value
    assert err.source == str(DATA / name)
    assert name in str(err)
    assert reason in err.reason
    assert err.offset == offset
    if offset is not None:
        assert f"byte {offset}" in str(err)


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text(" \n\u3000\n")
    with pytest.raises(ReadError, match=r"blank\.txt.*no text"):
        read_file(tmp_path / "blank.txt")


def test_missing_file_and_directory_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="No such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="is a directory"):
        read_file(tmp_path)


def test_latin1_garbage_is_not_taken_for_chinese(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Café déjà vu à Zürich, naïve façade.".encode("latin-1"))
    with pytest.raises(ReadError, match="cannot decode"):
        read_file(tmp_path / "latin.txt")


# ---- JSON lines ---------------------------------------------------------------------------------


def test_jsonl_gives_one_article_per_line() -> None:
    first, second = read_file(DATA / "articles.jsonl")
    assert first.key == "a1"
    assert first.title == "星洲116亿设基金"
    assert first.date == dt.date(2021, 9, 18)
    assert first.url == "https://example.sg/1"
    assert first.text.startswith("星洲116亿设基金\n\n新加坡")
    assert first.region == "other"
    assert second.key == "2"  # integer ids become strings
    assert second.title is None


def test_malformed_jsonl_line_keeps_the_good_ones() -> None:
    results = read_file_results(DATA / "malformed.jsonl")
    assert [a.key for a in _articles(results)] == ["a1", "2"]
    errors = _errors(results)
    assert [e.line for e in errors] == [2, 4, 5]
    assert "invalid JSON" in errors[0].reason
    assert "malformed.jsonl:2" in str(errors[0])
    assert "JSON object" in errors[1].reason
    assert '"text"' in errors[2].reason
    # read_file still returns the good articles
    assert len(read_file(DATA / "malformed.jsonl")) == 2


def test_jsonl_without_any_good_line_raises(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text("{oops\n")
    with pytest.raises(ReadError, match=r"bad\.jsonl:1"):
        read_file(tmp_path / "bad.jsonl")


def test_jsonl_bad_date_is_an_error_for_that_line(tmp_path: Path) -> None:
    lines = [
        {"id": "x", "date": "sometime", "text": "內文"},
        {"id": "y", "date": "2025/10/08", "text": "內文"},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in lines))
    results = read_file_results(tmp_path / "d.jsonl")
    assert [e.line for e in _errors(results)] == [1]
    assert _articles(results)[0].date == dt.date(2025, 10, 8)


def test_json_file_with_a_list(tmp_path: Path) -> None:
    items = [{"id": "p", "text": "第一篇"}, {"text": "第二篇", "url": "https://x.example/2"}]
    (tmp_path / "two.json").write_text(json.dumps(items, ensure_ascii=False))
    a, b = read_file(tmp_path / "two.json")
    assert (a.key, b.key) == ("p", "https://x.example/2")


# ---- HTML ----------------------------------------------------------------------------------------


def test_html_page_metadata_and_text() -> None:
    (article,) = read_file(DATA / "page.html")
    assert article.title == "輝達砸647億挺xAI"  # og:title
    assert article.url == "https://news.example.com/article/12345"
    assert article.key == article.url
    assert article.date == dt.date(2025, 10, 8)  # article:published_time wins over JSON-LD
    text = article.text
    assert text.startswith("輝達砸647億挺xAI\n\n根據《彭博社》")
    assert "募資計畫的一部分，用於購買" in text  # a line break between Chinese characters is no space
    assert "xAI&輝達" in text  # entities decoded
    for furniture in (
        "首頁",
        "分享",
        "tracking",
        "100億美元",
        "color",
        "圖／路透",
        "相關新聞",
        "台股大漲",
        "版權",
    ):
        assert furniture not in text


def test_html_declared_big5_charset() -> None:
    (article,) = read_file(DATA / "page_big5.htm")
    assert article.encoding == "cp950"
    assert article.title == "港股氣氛暢旺 4企配股集資"
    assert article.text.startswith("港股氣氛暢旺 4企配股集資\n\n【本報專訊】")
    assert "版權所有" not in article.text
    assert article.region == "hongkong"


# ---- directories, globs, stdin -------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    shutil.copy(DATA / "big5.txt", tmp_path / "b" / "deep" / "z.txt")
    shutil.copy(DATA / "page.html", tmp_path / "a.html")
    shutil.copy(DATA / "articles.jsonl", tmp_path / "b" / "m.jsonl")
    shutil.copy(DATA / "empty.txt", tmp_path / "b" / "empty.txt")
    (tmp_path / ".hidden.txt").write_text("隱藏檔")
    (tmp_path / ".git" / "x.txt").write_text("不讀")
    (tmp_path / "notes.csv").write_text("a,b")
    return tmp_path


def test_directory_is_read_recursively_in_sorted_order(tree: Path) -> None:
    results = list(read_inputs([str(tree)]))
    sources = [Path(r.source).relative_to(tree).as_posix() for r in results]
    assert sources == ["a.html", "b/deep/z.txt", "b/empty.txt", "b/m.jsonl", "b/m.jsonl"]
    assert len(_errors(results)) == 1  # the empty file, and the others still read


def test_globs_missing_paths_and_repeats(tree: Path) -> None:
    results = list(
        read_inputs(
            [
                str(tree / "**" / "*.txt"),
                str(tree / "missing.txt"),
                str(tree / "*.nothing"),
                str(tree / "a.html"),
            ]
        )
    )
    kinds = [(type(r).__name__, Path(r.source).name) for r in results]
    assert kinds == [
        ("Article", "z.txt"),
        ("ReadError", "empty.txt"),
        ("ReadError", "missing.txt"),
        ("ReadError", "*.nothing"),
        ("Article", "a.html"),
    ]
    # a file named twice is read twice: the consumer sees the repeated key
    twice = list(read_inputs([str(tree / "a.html"), str(tree / "a.html")]))
    assert [a.key for a in _articles(twice)] == [twice[0].key] * 2


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    (err,) = read_inputs([str(tmp_path)])
    assert isinstance(err, ReadError)
    assert "no article files" in err.reason


@pytest.mark.parametrize(
    ("data", "fmt", "count"),
    [
        ((DATA / "big5.txt").read_bytes(), "text", 1),
        ((DATA / "page.html").read_bytes(), "html", 1),
        ((DATA / "articles.jsonl").read_bytes(), "jsonl", 2),
        (b'[{"text": "\xe5\x85\xa7\xe6\x96\x87"}]', "json", 1),
    ],
)
def test_stdin_formats_are_sniffed(data: bytes, fmt: str, count: int) -> None:
    assert sniff_format(data) == fmt
    results = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert len(_articles(results)) == count
    assert all(a.source == "<stdin>" for a in _articles(results))


def test_stdin_bad_input_is_an_error_not_an_exception() -> None:
    (err,) = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert isinstance(err, ReadError)
    assert err.source == "<stdin>"


# ---- article_from_text, script, region -----------------------------------------------------------


def test_article_from_text_metadata_given_wins() -> None:
    a = article_from_text(
        "標題\n\n內文一段。", "x.txt", title="另一個標題", date="2025-01-02", url="https://u"
    )
    assert (a.key, a.title, a.date, a.url) == ("https://u", "另一個標題", dt.date(2025, 1, 2), "https://u")
    b = article_from_text("標題\n\n2025年10月8日\n\n內文一段。", "dir/some-name.txt")
    assert (b.key, b.title, b.date) == ("some-name", "標題", dt.date(2025, 10, 8))


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("輝達宣布對這家新創公司進行投資，資金將用於建設資料中心。", "traditional"),
        ("英伟达宣布对这家新创公司进行投资，资金将用于建设数据中心。", "simplified"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


@pytest.mark.parametrize(
    ("text", "url", "region", "market"),
    [
        pytest.param("公司以新台幣30億元增資，台股今日上漲。", None, "taiwan", "taiwan", id="taiwan"),
        pytest.param(
            "公司配售新股集資4500萬港元，港股氣氛暢旺，本港投資者踴躍。",
            None,
            "hongkong",
            "hongkong",
            id="hongkong",
        ),
        pytest.param("公司发放43亿元人民币贷款，同比增长两成。", None, "mainland", "mainland", id="mainland"),
        pytest.param("（吉隆坡1日讯）公司以3.8亿令吉建厂。", None, "other", "malaysia", id="malaysia"),
        pytest.param(
            "公司設立116億元基金，本港投資者關注。",
            "https://www.zaobao.com.sg/x",
            "other",
            "singapore",
            id="url",
        ),
    ],
)
def test_the_article_carries_its_region_market_and_reason(
    text: str, url: str | None, region: str, market: str
) -> None:
    a = article_from_text(text, "x.txt", url=url)
    assert (a.region, a.market) == (region, market)
    assert a.region_reason


def test_utf8_bom_text_offsets_exclude_the_bom(tmp_path: Path) -> None:
    body = "標題\n\n內文。"
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + body.encode())
    (article,) = read_file(tmp_path / "bom.txt")
    assert article.text == body


def test_the_reader_computes_the_view_once_and_extraction_uses_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from pipeline.nlp.tokenizer import article_doc
    from pipeline.text.view import to_view

    text = "台積電宣布投資新台幣300億元。\n鴻海則斥資20億美元。"
    article = article_from_text(text, "a.txt")
    assert article.view == to_view(text)
    doc = article_doc(nlp, article)
    assert doc._.view is article.view
    assert doc.text == text


def test_an_article_refuses_a_view_of_another_length() -> None:
    with pytest.raises(ValueError, match="view"):
        Article(key="k", text="abc", source="s", content_hash="h", view="ab")
