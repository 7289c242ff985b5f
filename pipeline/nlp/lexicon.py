"""Domain words for the jieba user dictionary: language-data words and gazetteer names."""

from __future__ import annotations

from pipeline.cache import memo
from pipeline.lang.zh import tokenizer_words
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.text.view import TextView


def domain_words(view: TextView, gazetteer: Gazetteer | None) -> list[str]:
    """Words jieba must keep whole, in the (simplified) form it segments."""
    words = set(tokenizer_words())
    if gazetteer is not None:
        words.update(gazetteer.surface_forms(places=False))
    return sorted(set(view.views([w for w in words if w])))  # one OpenCC pass


def place_words(view: TextView, gazetteer: Gazetteer | None) -> list[str]:
    """Names of places, for jieba only where it does not keep them whole by itself: most are
    dictionary words already, and raising their frequency would shift every other split."""
    if gazetteer is None:
        return []
    return sorted(set(view.views([w for w in gazetteer.surface_forms(places=True) if w])))


def segmenter_words(view: TextView, gazetteer: Gazetteer | None) -> tuple[list[str], list[str]]:
    """(:func:`domain_words`, :func:`place_words`), from the start-up cache unless the gazetteer
    was made otherwise than from Turtle (no digest)."""

    def build() -> tuple[list[str], list[str]]:
        return domain_words(view, gazetteer), place_words(view, gazetteer)

    if gazetteer is not None and not gazetteer.digest:
        return build()
    source = gazetteer.digest if gazetteer is not None else "none"
    return memo(f"segmenter-words-{view.config}-{source}", build)
