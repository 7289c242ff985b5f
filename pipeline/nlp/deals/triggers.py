"""Pass 2 — the deal words of a sentence.

The trigger words of :mod:`pipeline.lang.zh.deals` found on the view (longer words first, never
inside a party name or a blocking word such as 投资者 or 融资融券).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.zh import deals as L
from pipeline.model.records import Sentence
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.parties import Party


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    trigger: X.Trigger


def find_triggers(
    view: str, sent: Sentence, parties: Sequence[Party], words: X.ArticleWords
) -> tuple[Hit, ...]:
    """The sentence's deal words: each trigger word in precedence order, left to right, skipping
    those that overlap a party or a trigger already taken, or sit inside a blocking word."""
    occurrences = sorted(
        words.triggers.within(sent.start, sent.end), key=lambda o: (X.TRIGGER_RANK[o.word], o.start)
    )
    taken = [(p.start, p.end) for p in parties]
    hits: list[Hit] = []
    for o in X.scanned_in_order(occurrences):
        a, b = o.start, o.end
        if any(a < te and ts < b for ts, te in taken):
            continue
        if blocked(view, words, a, b):
            continue
        hits.append(Hit(a, b, X.TRIGGER_OF[o.word]))
        taken.append((a, b))
    return tuple(sorted(hits, key=lambda h: h.start))


def blocked(view: str, words: X.ArticleWords, a: int, b: int) -> bool:
    """A blocking word overlaps [a, b) (unless a verb before it licenses it: 建立合作关系)."""
    for o in words.blockers.overlapping(a, b, X.LONGEST_BLOCKER):
        licenses = L.BLOCKER_LICENSES.get(o.word, ())
        if not view[max(0, o.start - 4) : o.start].endswith(licenses):
            return True
    return False
