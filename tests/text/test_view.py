from __future__ import annotations

import opencc
import pytest

from pipeline.text.view import TextView, _t2s_changes, detect_script, fold_width, to_view, view_form


@pytest.mark.parametrize(
    ("text", "script"),
    [
        pytest.param("經濟部投審會通過僑外投資", "traditional", id="traditional"),
        pytest.param("经济部投审会通过侨外投资", "simplified", id="simplified"),
        pytest.param("ＧＷ１２３，（約）", "traditional", id="full-width-traditional"),
        pytest.param("ＧＷ１２３，（约）", "simplified", id="full-width-simplified"),
        pytest.param("Nvidia 2025", "simplified", id="no-han"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script
    assert detect_script(text, to_view(text)) == script


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("港交所（０３８８）今日公布，營收按年增長１２％。", id="hk-full-width"),
        pytest.param("公司發行價為12.5元，较上市首日收涨30%。", id="mixed-scripts"),
        pytest.param("\u3000全形空白與ＡＢＣ", id="ideographic-space"),
    ],
)
def test_the_script_read_off_the_view_counts_like_a_t2s_pass(text: str) -> None:
    t2s = opencc.OpenCC("t2s").convert(text)
    by_pass = sum(a != b for a, b in zip(text, t2s, strict=True))
    assert _t2s_changes(text, to_view(text)) == by_pass


@pytest.mark.parametrize("text", ["ＧＷ１２３，（約）", "輝達砸647億挺馬斯克xAI", "\u3000全形空白"])
def test_the_view_keeps_every_offset(text: str) -> None:
    view = TextView()(text)
    assert len(view) == len(text)
    assert view == to_view(text)
    assert fold_width("ＧＷ１２３") == "GW123"


def test_table_words_in_view_form() -> None:
    assert view_form("新臺幣") == "新台币"
    assert view_form("（億）") == "(亿)"


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(["台積電", "台积电", "ＡＢＣ控股", "鴻海精密工業"], id="names-both-scripts"),
        pytest.param(["乾", "坤", "乾坤"], id="phrase-split-across-texts"),
        pytest.param(["多行\n文字", "發展"], id="a-line-break-falls-back"),
        pytest.param([], id="none"),
    ],
)
def test_many_views_in_one_pass_are_the_views_one_by_one(texts: list[str]) -> None:
    view = TextView()
    assert view.views(texts) == [view(t) for t in texts]


def test_the_gazetteer_names_in_one_pass_are_their_views_one_by_one() -> None:
    from pipeline.nlp.gazetteer import default_gazetteer

    names = [name for name, _ in default_gazetteer().names()]
    view = TextView()
    assert view.views(names) == [view(n) for n in names]
