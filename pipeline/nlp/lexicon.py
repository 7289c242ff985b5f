"""Domain words for the jieba user dictionary: language-data words and gazetteer names."""

from __future__ import annotations

from pipeline.lang.zh import tokenizer_words
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.text.view import TextView


def domain_words(view: TextView, gazetteer: Gazetteer | None) -> list[str]:
    """Words jieba must keep whole, in the (simplified) form it segments."""
    words = set(tokenizer_words())
    if gazetteer is not None:
        words.update(gazetteer.surface_forms())
    return sorted(set(view.views([w for w in words if w])))  # one OpenCC pass
