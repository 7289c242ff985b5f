from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ARTICLES


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_doc_text_is_the_article(nlp, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert len(doc._.view) == len(text)
    pos = 0
    for token in doc:
        assert token.idx == pos
        pos += len(token.text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("AI晶片龍頭輝達正準備對xAI進行投資", "輝達"),
        ("約新台幣647億元", "新台幣"),
        ("位於美國田納西州孟斐斯", "田納西州"),
        ("执行长黄仁勋表示", "黄仁勋"),
    ],
)
def test_traditional_segments_like_simplified(nlp, text: str, word: str) -> None:
    words = [t.text for t in nlp.make_doc(text)]
    assert word in words, words


def test_no_global_jieba_state(nlp) -> None:
    import jieba

    nlp.make_doc("輝達投資xAI")
    assert jieba.dt.initialized is False
