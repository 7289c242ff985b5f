"""The records every entity pass reads and returns: frozen candidates and a document's tokens.

A :class:`Candidate` is one possible mention on the normalised view (t2s + half-width); passes
never change one in place, they return new candidates (``dataclasses.replace``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from pipeline.model.records import EntityType
from pipeline.text.view import FILLER

LATIN = re.compile(r"[A-Za-z]")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_CJK_RUN = re.compile(CJK.pattern + "*")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: EntityType
    #: gazetteer IRI, or None for an unknown entity (named by ``key``)
    iri: str | None
    key: str
    rank: int  # lower wins ties: 0 gazetteer, 1 rules, 2 weak rules
    source: str = ""
    in_parens: bool = False


def by_position(cands: list[Candidate]) -> list[Candidate]:
    """Candidates in text order (stable: equal spans keep their order)."""
    return sorted(cands, key=lambda c: (c.start, c.end))


@dataclass(frozen=True)
class Tokens:
    """One document: the view and its token boundaries."""

    view: str
    spans: tuple[tuple[int, int], ...]
    #: token index by start offset / by end offset
    starts: dict[int, int] = field(init=False, compare=False, repr=False)
    ends: dict[int, int] = field(init=False, compare=False, repr=False)
    #: the tokens' view forms (``tok(i)`` is ``words[i]``)
    words: tuple[str, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # (a later token with the same offset wins, as in a dict comprehension)
        object.__setattr__(self, "starts", dict(zip(map(itemgetter(0), self.spans), itertools.count())))
        object.__setattr__(self, "ends", dict(zip(map(itemgetter(1), self.spans), itertools.count())))
        view = self.view
        object.__setattr__(self, "words", tuple([view[s:e] for s, e in self.spans]))

    def __len__(self) -> int:
        return len(self.spans)

    def tok(self, i: int) -> str:
        return self.words[i]


def is_latin(text: str) -> bool:
    """Latin letters and no Chinese character."""
    return bool(LATIN.search(text)) and not CJK.search(text)


def all_cjk(text: str) -> bool:
    """Every character Chinese (true of the empty text)."""
    return _CJK_RUN.fullmatch(text) is not None


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """The matching key of a name: NFKC and case-folded, the view's invisible characters
    (``pipeline.text.view.FILLER``: zero-width space, BOM, soft hyphen…) left out, so that
    沃\u200b旭能源 matches 沃旭能源 (offsets stay those of the text). Cached: every token is folded."""
    return unicodedata.normalize("NFKC", text).casefold().replace(FILLER, "")
