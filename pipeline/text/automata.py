"""Every occurrence of many words in a text in one pass, fast for a large vocabulary of Chinese
words: an Aho–Corasick automaton over the words' UTF-8 bytes.

pyahocorasick looks a node's children up one by one. Over characters, the root of a few thousand
Chinese names has as many children as the names have first characters (about 900 for the
gazetteer), and every character of the text that leaves a match costs a search through them:
about 0.5 µs per character. Over UTF-8 bytes (read as Latin-1 characters, one per byte) no node
has more than 256 children and a Chinese character is three short steps: about 2.5x faster.

UTF-8 is self-synchronising, so a word's bytes match only at character boundaries: the
occurrences are those of the character automaton (tests/text/test_automata.py compares them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick

#: lone surrogates (never in a view, but a text may hold them) round-trip as three bytes
_ERRORS = "surrogatepass"


def _bytes_as_text(text: str) -> tuple[bytes, str]:
    data = text.encode("utf-8", _ERRORS)
    return data, data.decode("latin-1")


class WordAutomaton:
    """``iter(text)`` yields ``(index of the last character, word)`` for every occurrence of a
    word, as ``ahocorasick.Automaton.iter`` with the words as values."""

    def __init__(self, words: Iterable[str]):
        self._auto = ahocorasick.Automaton()
        for word in words:
            if word:
                self._auto.add_word(_bytes_as_text(word)[1], word)
        if len(self._auto):
            self._auto.make_automaton()

    def __len__(self) -> int:
        return len(self._auto)

    def iter(self, text: str) -> Iterator[tuple[int, str]]:
        if not len(self._auto):
            return
        data, as_text = _bytes_as_text(text)
        chars = done = 0  # characters in data[:done]
        for last_byte, word in self._auto.iter(as_text):
            # (a match ends at a character's last byte: data[done:last_byte + 1] decodes)
            chars += len(data[done : last_byte + 1].decode("utf-8", _ERRORS))
            done = last_byte + 1
            yield chars - 1, word
