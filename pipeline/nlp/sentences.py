"""Component ``finkg_sentences``: ``doc._.sentences`` from :func:`pipeline.text.sentences.split_sentences`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.extensions import register, text_of
from pipeline.text.sentences import split_sentences


def sentences_component(doc: Doc) -> Doc:
    doc._.sentences = split_sentences(text_of(doc))
    return doc


@Language.factory("finkg_sentences", default_config={})
def make_sentences(nlp: Language, name: str) -> object:
    register()
    return sentences_component
