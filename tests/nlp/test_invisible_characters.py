"""Invisible characters (issue 11 item 2): zero-width and format characters and NUL inside a
number, a currency word or a name are skipped by the recognisers through the view; offsets stay
offsets into the text as read."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.text.view import FILLER, INVISIBLE, compact, to_view

INVISIBLES = [pytest.param(ch, id=f"U+{ord(ch):04X}") for ch in INVISIBLE]


@pytest.mark.parametrize("ch", INVISIBLES)
def test_the_view_writes_each_as_the_filler(ch: str) -> None:
    view = to_view(f"沃{ch}旭")
    assert view == f"沃{FILLER}旭" and len(view) == 3


def test_the_compact_view_maps_offsets_back() -> None:
    view = to_view("投資1650\u200b億元，沃\ufeff旭")
    work = compact(view)
    assert work.text == "投资1650亿元,沃旭"
    start = work.text.index("1650")
    end = work.text.index("元") + 1
    assert view[work.start(start) : work.end(end)] == "1650\u200b亿元"


@pytest.mark.parametrize("ch", INVISIBLES)
def test_a_word_stays_one_token(nlp: Language, ch: str) -> None:
    plain = [t.text for t in nlp.make_doc("沃旭能源投資離岸風電。")]
    doc = nlp.make_doc(f"沃{ch}旭能源投資離岸風電。")
    assert [t.text.replace(ch, "") for t in doc] == plain
    assert doc.text == f"沃{ch}旭能源投資離岸風電。"


@pytest.mark.parametrize("ch", INVISIBLES)
def test_an_amount_is_read_across_it(nlp: Language, ch: str) -> None:
    text = f"沃旭能源宣布投資新台幣1650{ch}億元。"
    (a,) = nlp(text)._.amounts
    assert (a.value, a.currency) == (1650 * 10**8, "TWD")
    assert text[a.start : a.end] == a.text == f"新台幣1650{ch}億元"


@pytest.mark.parametrize("ch", INVISIBLES)
def test_a_name_is_read_across_it(nlp: Language, ch: str) -> None:
    plain = nlp("沃旭能源宣布投資新台幣1650億元。")
    text = f"沃{ch}旭能源宣布投資新台幣1650億元。"
    doc = nlp(text)
    (mention, *_rest) = doc._.mentions
    assert mention.text == text[mention.start : mention.end] == f"沃{ch}旭能源"
    assert mention.iri == plain._.mentions[0].iri


DEAL_SENTENCES = [
    pytest.param("台積電宣布以20億美元收購英特爾的工廠。", "台{ch}積電", "20{ch}億美元", id="traditional"),
    pytest.param("台积电宣布以20亿美元收购英特尔的工厂。", "台{ch}积电", "20{ch}亿美元", id="simplified"),
]


@pytest.mark.parametrize(("sentence", "name", "amount"), DEAL_SENTENCES)
@pytest.mark.parametrize(
    "ch", [pytest.param(ch, id=f"U+{ord(ch):04X}") for ch in "\u200b\u200d\u2060\ufeff\u00ad"]
)
def test_a_deal_is_read_across_them(nlp: Language, sentence: str, name: str, amount: str, ch: str) -> None:
    """The same deal, whether or not invisible characters sit inside the agent's name and the
    amount; every offset points at the text as read."""
    plain = sentence.format(ch="")
    text = plain.replace(name.format(ch=""), name.format(ch=ch)).replace(
        amount.format(ch=""), amount.format(ch=ch)
    )
    assert ch in text
    (expected,) = nlp(plain)._.deals
    (deal,) = nlp(text)._.deals
    assert (deal.type, deal.agent.iri if deal.agent else None) == (
        expected.type,
        expected.agent.iri if expected.agent else None,
    )
    assert deal.amount is not None and expected.amount is not None
    assert (deal.amount.value, deal.amount.currency) == (expected.amount.value, expected.amount.currency)
    assert text[deal.amount.start : deal.amount.end] == deal.amount.text == amount.format(ch=ch)
    assert deal.agent is not None and text[deal.agent.start : deal.agent.end] == name.format(ch=ch)
    for ev in deal.evidence:
        assert text[ev.start : ev.end] == ev.text
