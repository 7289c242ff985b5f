"""Domain words for the jieba user dictionary: language-data words and gazetteer names."""

from __future__ import annotations

from pipeline.text.view import TextView


def domain_words(view: TextView, with_gazetteer: bool = True) -> list[str]:
    """Words jieba must keep whole, in the (simplified) form it segments."""
    from pipeline.lang.zh import tokenizer_words

    words = set(tokenizer_words())
    if with_gazetteer:
        from pipeline.nlp.gazetteer import default_gazetteer

        words.update(default_gazetteer().surface_forms())
    return sorted({view(w) for w in words if w})
