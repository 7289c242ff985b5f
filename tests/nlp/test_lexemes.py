"""The faster lexeme getters give spaCy's own values (pipeline.nlp.lexemes)."""

from __future__ import annotations

import pytest
import spacy
import spacy.lang.lex_attrs as base
import spacy.lang.zh.lex_attrs as zh
from spacy.attrs import IS_ASCII, LIKE_NUM

from pipeline.nlp.lexemes import faster_getters, zh_like_num

WORDS = [
    pytest.param(w, id=w or "empty")
    for w in (
        "", "100", "1,000", "3.5", "-42", "+7", "±3", "~9", "1/2", "1/2/3", "a/b", "１２", "²", "①",
        "五", "十", "三百", "五十万", "二十四", "壹佰", "亿", "万亿", "十一", "〇", "十四", "第一",
        "一些", "三一重工", "百度", "千禧", "公司", "收购", "USD", "MW", "2GW", "A股", "，", "。",
        "1。", "5，", "百分之三", "貳", "參", "兩", "GPT-4", "2025-10-08", "Tech", "é",
    )
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_like_num_is_spacys(word: str) -> None:
    assert zh_like_num(word) == zh.like_num(word)


@pytest.mark.parametrize("word", WORDS)
def test_is_ascii_is_spacys(word: str) -> None:
    assert str.isascii(word) == base.is_ascii(word)


def test_only_spacys_getters_are_replaced() -> None:
    nlp = spacy.blank("zh")
    mine = lambda text: True  # noqa: E731
    nlp.vocab.lex_attr_getters = {**nlp.vocab.lex_attr_getters, IS_ASCII: mine}
    faster_getters(nlp.vocab)
    assert nlp.vocab.lex_attr_getters[LIKE_NUM] is zh_like_num
    assert nlp.vocab.lex_attr_getters[IS_ASCII] is mine


def test_tokens_keep_their_attributes() -> None:
    nlp = spacy.blank("zh")
    slow = [(t.like_num, t.is_ascii) for t in nlp.make_doc("公司以三百万元收购 100 股")]
    fast_nlp = spacy.blank("zh")
    faster_getters(fast_nlp.vocab)
    fast = [(t.like_num, t.is_ascii) for t in fast_nlp.make_doc("公司以三百万元收购 100 股")]
    assert fast == slow
    assert any(num for num, _ in fast)
