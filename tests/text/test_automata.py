"""The byte automaton finds what a character automaton finds: the same (last index, word) pairs."""

from __future__ import annotations

import ahocorasick
import pytest

from pipeline.text.automata import WordAutomaton

WORDS = (
    "台積電",
    "台积电",
    "台積電公司",
    "鴻海精密",
    "鸿海精密",
    "精密工業",
    "華潤置地",
    "华润置地",
    "置地集团",
    "滙豐控股",
    "ABC銀行",
    "〇一二",
    "𠀋𠀋字",  # a character outside the BMP (four UTF-8 bytes)
)


def _by_characters(words: tuple[str, ...], text: str) -> list[tuple[int, str]]:
    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, w)
    auto.make_automaton()
    return sorted(auto.iter(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("台積電公司今年營收創新高，鴻海精密工業亦宣布擴產。", id="hant-overlapping"),
        pytest.param("华润置地集团与台积电签约，华润置地置地集团", id="hans-repeated"),
        pytest.param("US$5億 ABC銀行與滙豐控股（HSBC）合作，台積電台積電公司", id="hant-mixed-latin"),
        pytest.param("〇一二三 𠀋𠀋字 𠀋𠀋字号", id="supplementary-plane"),
        pytest.param("no Chinese at all", id="ascii"),
        pytest.param("", id="empty"),
        pytest.param("\ud800台積電\udfff", id="lone-surrogates"),
    ],
)
def test_same_occurrences_as_characters(text: str) -> None:
    assert sorted(WordAutomaton(WORDS).iter(text)) == _by_characters(WORDS, text)


def test_no_words() -> None:
    auto = WordAutomaton([])
    assert len(auto) == 0
    assert list(auto.iter("台積電")) == []


def test_size_counts_distinct_words() -> None:
    assert len(WordAutomaton(["台積電", "台積電", "鴻海"])) == 2
