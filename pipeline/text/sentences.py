"""Sentence boundaries on the original text (offsets preserved)."""

from __future__ import annotations

import re

from pipeline.lang.zh.punctuation import SENTENCE_CLOSERS, SENTENCE_ENDS
from pipeline.model.records import Sentence

# A sentence ends at a run of end marks or a line break; closing quotes/brackets stay with it.
_BOUNDARY = re.compile("[" + re.escape(SENTENCE_ENDS) + "]+[" + re.escape(SENTENCE_CLOSERS) + "]*|\n+")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end() if m.group().strip() else m.start()
        _append(text, start, end, sentences)
        start = m.end()
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return None
