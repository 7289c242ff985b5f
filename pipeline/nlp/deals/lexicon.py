"""The deal grammar's word lists compiled once, at import: alternations for "is one of these words
in this span" and Aho-Corasick automata that find every trigger, blocker and party word of an
article in one pass over its view.

Nothing here is rebuilt per sentence: a sentence asks the article's :class:`Occurrences` for the
words inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import ahocorasick

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh import discourse as D
from pipeline.lang.zh import joint_bids as J
from pipeline.lang.zh import offerings as O
from pipeline.lang.zh import role_constructions as K
from pipeline.lang.zh.deal_frames import FRAMES, Frame, Role
from pipeline.lang.zh.deal_words import FUND_SIZE_BLOCKERS
from pipeline.text.view import TextView


class Trigger(NamedTuple):
    """A trigger word (on the view) of one frame."""

    word: str
    frame: Frame

    @property
    def type(self) -> str:
        return self.frame.type

    @property
    def subject(self) -> Role:
        return self.frame.subject

    @property
    def subtype(self) -> str | None:
        return self.frame.subtype

    @property
    def needs(self) -> str | None:
        return self.frame.needs

    @property
    def fallback(self) -> str | None:
        return self.frame.fallback


def _triggers() -> tuple[Trigger, ...]:
    """Every frame's trigger words on the view (t2s): a word and its other-script form are one."""
    view = TextView()
    seen: set[str] = set()
    out = []
    for frame in FRAMES:
        for written in frame.triggers:
            word = view(written)
            if word not in seen:
                seen.add(word)
                out.append(Trigger(word, frame))
    return tuple(out)


#: the trigger words of every frame, in table order
TRIGGERS: tuple[Trigger, ...] = _triggers()


class Words:
    """A compiled alternation of words: ``Words(ws).within(s, a, b)`` is ``any(w in s[a:b] for w in ws)``."""

    __slots__ = ("pattern",)

    def __init__(self, words: Iterable[str]) -> None:
        ordered = sorted(set(words), key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(w) for w in ordered)) if ordered else None

    def within(self, text: str, start: int = 0, end: int | None = None) -> bool:
        if self.pattern is None:
            return False
        stop = len(text) if end is None else end
        return start < stop and self.pattern.search(text, max(0, start), stop) is not None

    def inside(self, text: str) -> bool:
        return self.pattern is not None and self.pattern.search(text) is not None


class Occurrence(NamedTuple):
    """A word found in the text (a named tuple: an article makes thousands)."""

    start: int
    end: int
    word: str


class Occurrences:
    """Every occurrence of a word list in one text (overlapping ones included), by start."""

    __slots__ = ("_items", "_starts")

    def __init__(self, automaton: ahocorasick.Automaton, text: str) -> None:
        items = [Occurrence(end + 1 - len(word), end + 1, word) for end, word in automaton.iter(text)]
        items.sort(key=lambda o: (o.start, -len(o.word)))
        self._items = items
        self._starts = [o.start for o in items]

    def within(self, start: int, end: int) -> list[Occurrence]:
        """The occurrences that lie inside [start, end)."""
        i = bisect_left(self._starts, start)
        out = []
        for o in self._items[i:]:
            if o.start >= end:
                break
            if o.end <= end:
                out.append(o)
        return out

    def overlapping(self, start: int, end: int, longest: int) -> list[Occurrence]:
        """The occurrences that overlap [start, end) (none is longer than ``longest``)."""
        i = bisect_left(self._starts, start - longest + 1)
        out = []
        for o in self._items[i:]:
            if o.start >= end:
                break
            if o.end > start:
                out.append(o)
        return out


def scanned_in_order(occurrences: list[Occurrence]) -> list[Occurrence]:
    """What ``re.finditer(word, text)`` finds of each word: per word, left to right, no overlaps."""
    last_end: dict[str, int] = {}
    out = []
    for o in occurrences:
        if o.start < last_end.get(o.word, -1):
            continue
        last_end[o.word] = o.end
        out.append(o)
    return out


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, w)
    auto.make_automaton()
    return auto


@dataclass(frozen=True)
class ArticleWords:
    """The trigger, blocker and party words of one article, found in one pass each."""

    triggers: Occurrences
    blockers: Occurrences
    generic: Occurrences
    anaphora: Occurrences


#: every word inside which a trigger word is none
BLOCKERS: tuple[str, ...] = (
    *L.TRIGGER_BLOCKERS, *R.MORE_BLOCKERS, *K.LESSOR_TRADES, *FUND_SIZE_BLOCKERS, *O.INVESTOR_NOUNS,
)  # fmt: skip


@cache
def _automata() -> tuple[ahocorasick.Automaton, ...]:
    return (
        _automaton(t.word for t in TRIGGERS),
        _automaton(BLOCKERS),
        _automaton(L.GENERIC_PARTIES),
        _automaton((*L.ORG_ANAPHORA, *L.LATTER, *L.FORMER)),
    )


def scan(view: str) -> ArticleWords:
    triggers, blockers, generic, anaphora = _automata()
    return ArticleWords(
        Occurrences(triggers, view),
        Occurrences(blockers, view),
        Occurrences(generic, view),
        Occurrences(anaphora, view),
    )


#: trigger words by precedence: longer words first, then table order
TRIGGER_RANK: dict[str, int] = {
    t.word: i for i, t in enumerate(sorted(TRIGGERS, key=lambda t: len(t.word), reverse=True))
}
TRIGGER_OF: dict[str, Trigger] = {t.word: t for t in TRIGGERS}
LONGEST_BLOCKER: int = max(map(len, BLOCKERS))
#: generic party forms in table order; anaphora longest first (then table order)
GENERIC_RANK: dict[str, int] = {w: i for i, w in enumerate(L.GENERIC_PARTIES)}
ANAPHOR_RANK: dict[str, int] = {
    w: i for i, w in enumerate(sorted((*L.ORG_ANAPHORA, *L.LATTER, *L.FORMER), key=len, reverse=True))
}

TRIGGER_WORDS = Words(t.word for t in TRIGGERS)
BOTH_PARTIES = Words(L.BOTH_PARTIES)
DEICTIC = Words(L.DEICTIC)
RESPECTIVELY = Words(L.RESPECTIVELY)
#: the word that ties a list of figures to a list of parties in order
RESPECTIVELY_WORD: str = L.RESPECTIVELY[0]
DEICTIC_DEMONSTRATIVES = Words(L.DEICTIC_DEMONSTRATIVES)
BUILD_WORDS = Words(L.BUILD_WORDS)
SIGNING_WORDS = Words(L.SIGNING_WORDS)
SYMMETRIC_WORDS = Words(L.SYMMETRIC_WORDS)
STAKE_WORDS = Words(L.STAKE_WORDS)
EXCHANGES = Words(L.EXCHANGES)
LISTING_NOT_AFTER = Words(L.LISTING_NOT_AFTER)
FACILITY_NOUNS = Words(L.FACILITY_NOUNS)
GOODS_NOUNS = Words(L.GOODS_NOUNS)
LAND_NOUNS = Words(L.LAND_NOUNS)
TENDER_WORDS = Words(L.TENDER_WORDS)
WORKS_WON = Words(R.WORKS_WON_WORDS)
BECOMING_VERBS = Words(L.BECOMING_VERBS)
HEDGES = Words((*L.HEDGE_WORDS, *L.CLAUSE_HEDGE_WORDS))
HEDGE_WORDS = Words(L.HEDGE_WORDS)
AGGREGATE_WORDS = Words(L.AGGREGATE_WORDS)
REPORTED_AGGREGATE_WORDS = Words(L.REPORTED_AGGREGATE_WORDS)
#: averages, league tables and order backlogs (assertions.statistic)
STATISTIC_WORDS = Words((*D.AVERAGE_WORDS, *D.LEAGUE_TABLE_WORDS, *D.BACKLOG_WORDS))
PURPOSE_WORDS = Words(L.PURPOSE_WORDS)
TOTAL_CUES = Words(L.TOTAL_CUES)
POSSESSIVE_LINKS = Words(L.POSSESSIVE_LINKS)
NON_DEAL_AMOUNT_CUES = Words(L.NON_DEAL_AMOUNT_CUES)
PROCEEDS_CUES = Words(L.PROCEEDS_CUES)
#: places that describe the name after them (对安徽X), as a set
PLACE_PREFIXES = frozenset(L.PLACE_PREFIXES)
CLAUSE_BREAK = re.compile("[" + re.escape(L.CLAUSE_BREAKS) + "]")
#: every character the clause splitter acts on: brackets and clause breaks
CLAUSE_MARKS = re.compile("[" + re.escape(L.OPEN_GROUP + L.CLOSE_GROUP + L.CLAUSE_BREAKS) + "]")

#: role-marking words with their kind, longest first
MARKERS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [(w, "subject") for w in (*L.SUBJECT_MARKERS, *R.SOURCE_MARKERS, *R.CAUSATIVE_MARKERS)]
        + [(w, "subject") for w in R.RECEIVING_MARKERS]
        + [(w, "beneficiary") for w in (*L.BENEFICIARY_MARKERS, *L.GIVING_VERBS)]
        + [(w, "actor") for w in L.ACTOR_MARKERS]
        + [
            (w, "with" if w in L.COMITATIVE_MARKERS else "other")
            for w in L.COUNTERPARTY_MARKERS
            if w not in J.JOINT_ACTOR_MARKERS
        ]
        + [(w, "with") for w in J.JOINT_ACTOR_MARKERS]
        + [(w, "beneficiary") for w in R.REGARDING_MARKERS],
        key=lambda wk: len(wk[0]),
        reverse=True,
    )
)
#: the same, by last character (a marker is looked up right before a party)
MARKERS_BY_LAST: dict[str, tuple[tuple[str, str], ...]] = {
    ch: tuple(wk for wk in MARKERS if wk[0][-1] == ch) for ch in {w[-1] for w, _ in MARKERS}
}
COUNTERPARTY_MARKER_AUTOMATON = _automaton((*L.COUNTERPARTY_MARKERS, *J.JOINT_ACTOR_MARKERS))
