from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from pipeline.read.furniture import (
    analyse,
    is_caption,
    is_figure_label,
    is_list_heading,
    is_meta_line,
    is_tail_cue,
)
from pipeline.text.view import TextView

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "corpus" / "articles"
GOLD = ROOT / "corpus" / "gold"
SEEDS = sorted(p.stem for p in ARTICLES.glob("00*.txt"))
DEVSET = sorted(p.stem for p in ARTICLES.glob("[0-9][0-9]_*.txt"))

VIEW = TextView()


def _chars(text: str, spans) -> set[int]:  # type: ignore[no-untyped-def]
    return {i for a, b in spans for i in range(a, b) if not text[i].isspace()}


def _body(text: str) -> str:
    layout = analyse(text)
    return "\n".join(text[a:b] for a, b in layout.body_spans)


# ---- the seed gold: body spans against the annotators' --------------------------------------------


@pytest.mark.parametrize("name", SEEDS)
def test_seed_body_spans_match_gold(name: str) -> None:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    gold_chars = _chars(text, gold["body_spans"])
    mine = _chars(text, analyse(text).body_spans)
    coverage = len(gold_chars & mine) / len(gold_chars)
    outside = len(mine - gold_chars)
    assert coverage >= 0.98, coverage
    # what the annotators left out (headline lists, captions, comment rules…) stays out
    assert outside <= 0.01 * len(gold_chars), outside


@pytest.mark.parametrize("name", SEEDS)
def test_seed_spans_are_trimmed_and_sorted(name: str) -> None:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    spans = analyse(text).body_spans
    assert list(spans) == sorted(spans)
    for (_, b), (c, _) in itertools.pairwise(spans):
        assert b < c
    for a, b in spans:
        assert not text[a].isspace() and not text[b - 1].isspace()


@pytest.mark.parametrize("name", DEVSET)
def test_devset_body_covers_nearly_everything(name: str) -> None:
    """Devset texts had their furniture removed already: only date lines may go."""
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    mine = _chars(text, analyse(text).body_spans)
    everything = _chars(text, [(0, len(text))])
    assert len(mine) / len(everything) >= 0.95


# ---- synthetic pages --------------------------------------------------------------------------------

PARAGRAPH = (
    "科技公司宣布以20億美元投資一家人工智慧新創公司，資金將用於擴建資料中心與採購晶片，"
    "市場預期相關供應鏈將受惠。"
)
PARAGRAPH_2 = (
    "分析師指出，這筆交易顯示大型科技企業正加速布局算力基礎設施，未來數年資本支出可能持續攀升至新高。"
)


def test_synthetic_taiwan_page() -> None:
    text = "\n".join(
        [
            "科技巨頭砸20億美元布局AI",
            "",
            "2025-10-08 09:32 發布時間",
            "▲執行長出席記者會。",
            PARAGRAPH,
            "與博通交易未披露細節",
            PARAGRAPH_2 + " (相關報導: 台股大漲300點 外資買超|更多文章",
            "新聞照片說明文字寫在這一行。（圖／記者王小明攝）",
            "延伸閱讀",
            "台積電法說會 外資目標價上調1600元",
            "美股收盤 科技股全面上漲",
            "",
            "喜歡這篇文章嗎？請作者喝杯咖啡",
            "熱門話題：500億元預算案出爐，各界關注後續發展與影響。這是一段很長的推廣內容文字。",
            "版權所有 © 2025 範例新聞",
        ]
    )
    layout = analyse(text)
    body = _body(text)
    assert layout.title == "科技巨頭砸20億美元布局AI"
    assert layout.date == dt.date(2025, 10, 8)
    assert PARAGRAPH in body and PARAGRAPH_2 in body
    assert "與博通交易未披露細節" in body  # a section heading is body
    for furniture in (
        "09:32",
        "▲",
        "相關報導",
        "外資買超",
        "攝",
        "延伸閱讀",
        "1600元",
        "美股收盤",
        "咖啡",
        "500億元",
        "版權",
    ):
        assert furniture not in body, furniture
    reasons = {reason for _, reason in layout.furniture}
    assert {
        "metadata line",
        "photo caption",
        "headline list",
        "page tail",
        "inline related-article insertion",
    } <= reasons


def test_synthetic_simplified_page() -> None:
    text = "\n".join(
        [
            "某公司完成百亿元融资",
            "来源：证券时报 2025年9月11日 10:20 分享 收藏",
            "",
            "近日，某公司宣布完成新一轮融资，募集资金约100亿元人民币，将用于新能源汽车研发与产能扩张，"
            "投资方包括多家国有资本平台。",
            "公司有关负责人表示，本轮融资将进一步增强公司资金实力。",
            "相关阅读：",
            "另一家车企启动增资扩股 拟募资61亿元",
            "",
            "未经授权不得转载",
        ]
    )
    layout = analyse(text)
    body = _body(text)
    assert layout.title == "某公司完成百亿元融资"
    assert layout.date == dt.date(2025, 9, 11)
    assert "募集资金约100亿元人民币" in body
    assert "本轮融资将进一步增强" in body
    for furniture in ("证券时报", "相关阅读", "61亿元", "转载"):
        assert furniture not in body, furniture


def test_headline_list_ends_where_the_article_resumes() -> None:
    text = "\n".join([PARAGRAPH, "延伸閱讀：", "台股大漲300點", "美元指數走弱", PARAGRAPH_2])
    body = _body(text)
    assert PARAGRAPH in body and PARAGRAPH_2 in body
    assert "台股大漲" not in body and "美元指數" not in body


def test_tail_cue_before_any_paragraph_does_not_swallow_the_article() -> None:
    text = "\n".join(["版權所有", PARAGRAPH, PARAGRAPH_2])
    body = _body(text)
    assert PARAGRAPH in body and PARAGRAPH_2 in body


def test_duplicated_title_and_repeated_caption() -> None:
    caption = PARAGRAPH[:40]
    text = "\n".join(["標題一行", "", "標題一行", "", caption, "", PARAGRAPH, PARAGRAPH_2])
    layout = analyse(text)
    assert layout.body_spans[0] == (0, 4)
    body = _body(text)
    assert body.count("標題一行") == 1
    assert body.count(caption) == 1  # only inside the paragraph


def test_breaking_news_ticker_before_the_title() -> None:
    text = "\n".join(
        [" date 2025-10-19 快訊", "", "某政治人物當選黨主席 各方致電祝賀", "", "真正的標題", "", PARAGRAPH]
    )
    layout = analyse(text)
    assert layout.title == "真正的標題"
    assert "黨主席" not in _body(text)


def test_magazine_table_of_contents() -> None:
    text = "\n".join([PARAGRAPH, "◎封面故事>外資券商目標價上調1600元以上", "◎理財我最大>建構法人投資思維"])
    assert "1600元" not in _body(text)


def test_spans_index_the_original_text_not_the_view() -> None:
    text = "標題\r\n\r\n（圖／路透）\r\n" + PARAGRAPH + "\r\n"
    layout = analyse(text)
    assert [text[a:b] for a, b in layout.body_spans] == ["標題", PARAGRAPH]


# ---- line rules ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2025-10-08 09:32", True),
        (" date 2025-10-17 加入最愛專欄 收藏文章", True),
        ("盖世汽车 发布于 | 2025-12-24", True),
        ("来源 :21经济网2025-11-21", True),
        ("15/01/2026 08:02", True),
        ("發布時間：2025年10月8日 上午9:32", True),
        ("分享 收藏 列印", True),
        ("2025年營收成長三成，公司宣布擴大投資。", False),
        ("恒大主席 減持舊股套 17億", False),
        ("心痛招股價太低", False),
    ],
)
def test_meta_line(line: str, expected: bool) -> None:
    assert is_meta_line(VIEW(line).strip()) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("執行長出席活動。(劉偉宏攝)", True),
        ("黃仁勳表示看好AI。（圖片來源：翻攝NVIDIA官方YouTube影片）", True),
        ("AI。（路透）", True),
        ("▲圖為公司總部。", True),
        ("圖／取自官網", True),
        (
            "路透社報導指出，輝達正準備對xAI進行高達20億美元的投資，這筆資金將成為xAI募資計畫的一部分（路透）",
            False,
        ),
        ("公司表示，將在台灣投資20億美元（約新台幣647億元）。", False),
    ],
)
def test_caption(line: str, expected: bool) -> None:
    assert is_caption(VIEW(line).strip()) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("複雜的金融工程關係圖", True),
        ("營收走勢圖", True),
        ("總結與反思", False),
        ("輝達打造GPU抵押融資生態", False),
    ],
)
def test_figure_label(line: str, expected: bool) -> None:
    assert is_figure_label(VIEW(line).strip()) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("延伸閱讀", True),
        ("延伸閱讀:", True),
        ("※理財周刊1312期更多精采文章：", True),
        ("【相關新聞】", True),
        ("推荐阅读", True),
        ("更多文章", True),
        ("延伸閱讀顯示市場對AI需求的看法正在改變，分析師認為後續仍有上漲空間。", False),
    ],
)
def test_list_heading(line: str, expected: bool) -> None:
    assert is_list_heading(VIEW(line).strip()) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("喜歡這篇文章嗎?請作者喝杯咖啡支持他", True),
        ("This site is protected by wp-copyrightpro.com", True),
        (
            "【全文未完，詳細內容請參閱最新一期雜誌。尊重智慧財產權，如需轉載請註明出處來源；訂閱電子雜誌或下載APP",
            True,
        ),
        ("udn討論區", True),
        ("© 2025 範例新聞", True),
        (
            "公司表示，未來將持續投資版權內容，強化影音串流平台的競爭力與長期獲利能力，並擴大海外市場布局與合作。",
            False,
        ),
    ],
)
def test_tail_cue(line: str, expected: bool) -> None:
    assert is_tail_cue(VIEW(line).strip()) is expected


@pytest.mark.parametrize(
    "line",
    [
        "圖靈獎得主表示，人工智慧仍處於早期階段，企業應持續投入研發（圖靈）",
        "公司去年拍攝的宣傳片廣受好評，帶動品牌知名度提升（拍攝於台北）",
    ],
)
def test_caption_words_need_a_credit_shape(line: str) -> None:
    assert not is_caption(VIEW(line).strip())
