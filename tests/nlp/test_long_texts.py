"""Texts longer than nlp.max_length (issue 11 item 7): read in parts split at paragraphs, with
every offset true in the whole text, instead of failing with spaCy's E088."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.nlp.extract import extract
from pipeline.nlp.long_texts import parts
from pipeline.read.reader import article_from_text

#: one paragraph per figure, in both scripts: no two paragraphs alike (furniture detection
#: would take repeated lines for page furniture)
TRADITIONAL = "沃旭能源宣布投資新台幣{a}億元建設離岸風電，台積電以{b}億美元收購英特爾的工廠。\n\n"
SIMPLIFIED = "宁德时代宣布投资人民币{a}亿元建设储能电站，比亚迪以{b}亿美元收购一家电池工厂。\n\n"


def _text(paragraph: str, count: int) -> str:
    return "".join(paragraph.format(a=1000 + i, b=i + 2) for i in range(count))


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param("aa\n\nbb\n\ncc", 6, [(0, 4), (4, 10)], id="paragraphs"),
        pytest.param("aa\n\nbb\n\ncc", 5, [(0, 4), (4, 8), (8, 10)], id="paragraphs-each"),
        pytest.param("aa\nbb\ncc", 4, [(0, 3), (3, 6), (6, 8)], id="lines"),
        pytest.param("一二。三四。五六", 4, [(0, 3), (3, 6), (6, 8)], id="sentences"),
        pytest.param("abcdefgh", 3, [(0, 3), (3, 6), (6, 8)], id="no-break-at-all"),
        pytest.param("short", 10, [(0, 5)], id="short"),
    ],
)
def test_parts_end_at_breaks(text: str, limit: int, expected: list[tuple[int, int]]) -> None:
    got = list(parts(text, limit))
    assert got == expected
    assert all(e - s <= limit for s, e in got)


@pytest.mark.parametrize(
    "paragraph", [pytest.param(TRADITIONAL, id="traditional"), pytest.param(SIMPLIFIED, id="simplified")]
)
def test_a_long_text_is_read_in_parts_with_true_offsets(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, paragraph: str
) -> None:
    text = _text(paragraph, 30)
    article = article_from_text(text, "long.txt")
    whole = extract(nlp, article)
    monkeypatch.setattr(nlp, "max_length", 400)
    split = extract(nlp, article)
    assert len(text) > 400
    assert [(a.start, a.end, a.value) for a in split.amounts] == [
        (a.start, a.end, a.value) for a in whole.amounts
    ]
    assert len(split.amounts) == 60
    for span in (*split.amounts, *split.mentions, *split.sentences):
        assert text[span.start : span.end] == span.text
    assert {m.iri for m in split.mentions} == {m.iri for m in whole.mentions}
    assert {e.iri for e in split.entities} == {e.iri for e in whole.entities}
    assert split.deals and all(
        text[d.evidence[0].start : d.evidence[0].end] == d.evidence[0].text for d in split.deals
    )
    assert any("read in" in w and "parts" in w for w in split.warnings)
