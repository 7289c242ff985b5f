"""Lexical attribute getters that give spaCy's values faster.

spaCy computes every lexical attribute of a word (``like_num``, ``is_ascii`` …) once, when the
vocab first meets the word (``Vocab._new_lexeme``), and an article brings a few hundred new words.
Two of spaCy's getters are slow for what they do: the Chinese ``like_num`` joins and matches its
pattern anew for every word (about 6 µs, two thirds of the time of all the getters together) and
``is_ascii`` loops over the characters in Python. The getters here
return the same values (tests/nlp/test_lexemes.py compares them); a getter that is not spaCy's
own (another language, a user's) stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable

import spacy.lang.lex_attrs as base
import spacy.lang.zh.lex_attrs as zh
from spacy.attrs import IS_ASCII, LIKE_NUM
from spacy.vocab import Vocab

#: the characters of spaCy's Chinese number words: a word with none of them and no digit is no
#: number to ``like_num``
_NUMBER_CHARS = frozenset("".join((*zh._single_num_words, *zh._count_num_words, *zh._base_num_words)))


def zh_like_num(text: str) -> bool:
    """spaCy's Chinese ``like_num``, asked only of a word with a digit or a number word's character."""
    if _NUMBER_CHARS.isdisjoint(text) and not any(map(str.isdigit, text)):
        return False
    return bool(zh.like_num(text))


#: spaCy's getter → the faster one with the same values
_FASTER: dict[int, tuple[Callable[[str], bool], Callable[[str], bool]]] = {
    LIKE_NUM: (zh.like_num, zh_like_num),
    IS_ASCII: (base.is_ascii, str.isascii),
}


def faster_getters(vocab: Vocab) -> None:
    """Replace, in ``vocab``, spaCy's slow getters by the faster ones with the same values (the
    attribute is missing from spaCy's type stubs)."""
    getters = dict(vocab.lex_attr_getters or {})  # type: ignore[attr-defined]
    for attr, (slow, fast) in _FASTER.items():
        if getters.get(attr) is slow:
            getters[attr] = fast
    vocab.lex_attr_getters = getters  # type: ignore[attr-defined]
