"""The recogniser's word memos (``Lexicon.memo``): answers kept across documents change nothing.

The bare-name scan, word_kind and the gazetteer's token keys keep their answers about words from
one document to the next; a document read with the memos cold, warm or just emptied gives the
same mentions. Every sentence is written for these tests, in both scripts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from pipeline.nlp.entities import lexicon as lexicon_module
from pipeline.nlp.entities.lexicon import Lexicon
from tests.nlp.entities.support import mentions

SENTENCES = [
    pytest.param("上市公司翔鷺擬斥資20億元擴建新廠，澄源、嵐翊等機構跟投。", id="descriptor-and-list-hant"),
    pytest.param("上市公司翔鹭拟斥资20亿元扩建新厂，澄源、岚翊等机构跟投。", id="descriptor-and-list-hans"),
    pytest.param("凱岳科技宣布獲博遠創投領投的A輪融資。", id="round-lead-hant"),
    pytest.param("凯岳科技宣布获博远创投领投的A轮融资。", id="round-lead-hans"),
]


def _lexicon(nlp: Language) -> Lexicon:
    lex = nlp.get_pipe("finkg_entities").lex
    assert lex is not None
    return lex


@pytest.fixture
def cold(nlp: Language) -> Iterator[Lexicon]:
    """The lexicon with its memos empty; the session's answers come back afterwards."""
    lex = _lexicon(nlp)
    memos, kinds = dict(lex._memos), dict(lex._kinds)
    lex._memos.clear()
    lex._kinds.clear()
    yield lex
    lex._memos.clear()
    lex._memos.update(memos)
    lex._kinds.clear()
    lex._kinds.update(kinds)


def _spans(nlp: Language, text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.iri) for m in mentions(nlp, text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_mentions_with_the_memos_cold_warm_and_emptied(
    nlp: Language, cold: Lexicon, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _spans(nlp, text)
    assert first
    assert _spans(nlp, text) == first  # warm
    monkeypatch.setattr(lexicon_module, "_KIND_MEMO", 1)  # every memo emptied at each document
    assert _spans(nlp, text) == first
    assert _spans(nlp, text) == first


def test_a_memo_is_kept_by_name_and_emptied_when_full(cold: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    lex = cold
    monkeypatch.setattr(lexicon_module, "_KIND_MEMO", 3)
    first = lex.memo("a")
    first.update({"x": 1, "y": 2})
    assert lex.memo("a") is first and first == {"x": 1, "y": 2}
    assert lex.memo("b") == {}  # another name, another memo
    first["z"] = 3
    assert lex.memo("a") == {}  # full: emptied when asked for
