"""spaCy as the data model: mentions as Spans, entities in doc.ents, one gazetteer setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy import displacy
from spacy.language import Language
from spacy.tokens import DocBin

from pipeline.model.records import Amount, Mention
from pipeline.nlp.spans import split_at
from pipeline.nlp.wiring import build_nlp

NVIDIA = "https://w3id.org/finkg/id/org/nvidia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "輝達宣布向OpenAI投資1000億美元，黃仁勳表示。",
            [("輝達", "ORG"), ("OpenAI", "ORG"), ("1000億美元", "MONEY"), ("黃仁勳", "PERSON")],
            id="traditional",
        ),
        pytest.param(
            "辉达宣布向OpenAI投资1000亿美元，黄仁勋表示。",
            [("辉达", "ORG"), ("OpenAI", "ORG"), ("1000亿美元", "MONEY"), ("黄仁勋", "PERSON")],
            id="simplified",
        ),
        pytest.param(
            "擴建2GW，持股約10%，認購1.6億股。",
            [("2GW", "CAPACITY"), ("約10%", "PERCENT"), ("1.6億股", "SHARES")],
            id="quantities",
        ),
    ],
)
def test_mentions_are_spans_with_labels(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["sc"]] == expected
    for span in doc.spans["sc"]:
        assert span.text == span._.record.text
        assert (span.start_char, span.end_char) == (span._.record.start, span._.record.end)


def test_entities_carry_their_iri_and_reach_doc_ents(nlp: Language) -> None:
    doc = nlp("輝達宣布向OpenAI投資1000億美元。")
    first = doc.ents[0]
    assert (first.text, first.label_, first.kb_id_) == ("輝達", "ORG", NVIDIA)
    assert all(isinstance(e._.record, Mention) for e in doc.ents)
    money = [s for s in doc.spans["sc"] if s.label_ == "MONEY"]
    assert isinstance(money[0]._.record, Amount) and money[0].kb_id_ == ""


def test_splitting_tokens_keeps_the_text_and_aligns_every_mention(nlp: Language) -> None:
    doc = nlp.make_doc("約新台幣647億元")
    split = split_at(doc, [1, 4])
    assert split.text == doc.text and split._.view == doc._.view
    assert split.char_span(1, 4, alignment_mode="strict") is not None
    assert split_at(split, [1, 4]) is split  # nothing left to cut


def test_displacy_renders_the_span_group(nlp: Language) -> None:
    html = displacy.render(nlp("輝達投資xAI 20億美元。"), style="span")
    assert "輝達" in html and "MONEY" in html and "ORG" in html


def test_spans_and_ents_survive_a_docbin(nlp: Language) -> None:
    doc = nlp("輝達投資xAI 20億美元。")
    restored = next(DocBin(docs=[doc]).get_docs(nlp.vocab))
    assert [(s.text, s.label_) for s in restored.spans["sc"]] == [(s.text, s.label_) for s in doc.spans["sc"]]
    assert [(e.text, e.kb_id_) for e in restored.ents] == [(e.text, e.kb_id_) for e in doc.ents]


def test_one_gazetteer_setting_feeds_tokenizer_and_entities(tmp_path: Path) -> None:
    gazetteer = tmp_path / "gazetteer"
    gazetteer.mkdir()
    (gazetteer / "tiny.ttl").write_text(
        """@prefix fin: <https://w3id.org/finkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/finkg/id/org/zhuque> a fin:Organization ; skos:prefLabel "朱雀翔鷹"@zh-Hant .
""",
        encoding="utf-8",
    )
    nlp = build_nlp(gazetteer=gazetteer)
    doc = nlp("朱雀翔鷹與輝達簽約。")
    assert "朱雀翔鷹" in [t.text for t in nlp.make_doc("朱雀翔鷹與輝達簽約。")]  # whole in jieba's dictionary
    iris = {e.kb_id_ for e in doc.ents}
    assert "https://w3id.org/finkg/id/org/zhuque" in iris
    assert NVIDIA not in iris  # the shipped gazetteer is not used behind the setting's back


def test_a_doc_from_another_tokenizer_is_refused(nlp: Language) -> None:
    import spacy

    foreign = spacy.blank("en").make_doc("plain text")
    with pytest.raises(ValueError, match="text view"):
        nlp.get_pipe("finkg_quantities")(foreign)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("輝達宣布向OpenAI投資1000億美元，持股約10%，黃仁勳表示。", id="traditional"),
        pytest.param("辉达宣布向OpenAI投资1000亿美元，持股约10%，黄仁勋表示。", id="simplified"),
    ],
)
def test_extract_skips_the_spans_and_reads_the_same(nlp: Language, text: str) -> None:
    """``extract`` runs without finkg_spans (NOT_EXTRACTED): the Extraction is the whole pipeline's."""
    from pipeline.model.records import Article
    from pipeline.nlp.extract import NOT_EXTRACTED, extract, extraction_of, run

    assert NOT_EXTRACTED == ("finkg_spans",) and "finkg_spans" in nlp.pipe_names
    article = Article(key="spans-test", text=text, source="test", content_hash="0")
    assert extract(nlp, article) == extraction_of(run(nlp, article), article)
