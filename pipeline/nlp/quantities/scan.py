"""Small matchers over the view: a word starting or ending at a position, spaces, clause edges."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.nlp.quantities.lexicon import Groups, lexicon


def starts(view: str, pos: int, words: Iterable[str]) -> str | None:
    """The first of ``words`` (longest first in every table) that starts at ``pos``.

    The lexicon's tables (:class:`~pipeline.nlp.quantities.lexicon.Words`, ``WordMap``) are
    looked up by their first character, then by length; other iterables word by word.
    """
    first = getattr(words, "first", None)
    if first is not None:
        if pos >= len(view):
            return None
        for n, group in first.get(view[pos], ()):
            piece = view[pos : pos + n]
            if piece in group:
                return piece
        return None
    for w in words:
        if view.startswith(w, pos):
            return w
    return None


def ends(view: str, pos: int, words: Iterable[str]) -> str | None:
    """The first of ``words`` (longest first in every table) that ends at ``pos``."""
    last = getattr(words, "last", None)
    if last is not None:
        if pos <= 0 or pos > len(view):
            return None
        for n, group in last.get(view[pos - 1], ()):
            if pos >= n:
                piece = view[pos - n : pos]
                if piece in group:
                    return piece
        return None
    for w in words:
        if pos - len(w) >= 0 and view.startswith(w, pos - len(w)):
            return w
    return None


def present(window: str, first: dict[str, Groups]) -> list[str]:
    """The words of a table (its ``first`` index) whose first character occurs in ``window``,
    longest first for each character: the only ones a search of the window can find."""
    return [w for ch in first.keys() & set(window) for _, group in first[ch] for w in group]


def skip_space(view: str, pos: int, limit: int = 2) -> int:
    n = 0
    while pos < len(view) and view[pos] in " \t" and n < limit:
        pos += 1
        n += 1
    return pos


def skip_space_back(view: str, pos: int, limit: int = 2) -> int:
    n = 0
    while pos > 0 and view[pos - 1] in " \t" and n < limit:
        pos -= 1
        n += 1
    return pos


def clause_start(view: str, pos: int, window: int, stops: frozenset[str] | None = None) -> int:
    """Where the clause holding ``pos`` starts, looking back at most ``window`` characters."""
    stops = lexicon().clause_end if stops is None else stops
    lo = max(0, pos - window)
    for i in range(pos - 1, lo - 1, -1):
        if view[i] in stops:
            return i + 1
    return lo


def clause_end(view: str, pos: int, window: int, stops: frozenset[str] | None = None) -> int:
    """Where the clause holding ``pos`` ends, looking ahead at most ``window`` characters."""
    stops = lexicon().clause_end if stops is None else stops
    hi = min(len(view), pos + window)
    for i in range(pos, hi):
        if view[i] in stops:
            return i
    return hi


#: A bracketed Latin gloss (每股盈餘(EPS)3.2元) does not end the clause for rates.
_GLOSS = re.compile(r"\([A-Za-z][A-Za-z0-9 .&-]{0,11}\)$")


def rate_clause_start(view: str, pos: int, window: int) -> int:
    """Like :func:`clause_start` for rate words, but reads through bracketed Latin glosses."""
    stops = lexicon().per_end
    lo = max(0, pos - window)
    i = pos - 1
    while i >= lo:
        if view[i] in stops:
            m = _GLOSS.search(view, max(0, i - 13), i + 1) if view[i] == ")" else None
            if m is None:
                return i + 1
            i = m.start() - 1
            lo = max(0, lo - len(m.group()))
            continue
        i -= 1
    return lo


def sentence_start(view: str, pos: int) -> int:
    return max(view.rfind(ch, 0, pos) for ch in lexicon().sentence_end) + 1


def is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def is_numeral_char(ch: str) -> bool:
    return ch.isdigit() or ch in lexicon().digits


def sentence_end(view: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its final punctuation, or the end of the view)."""
    ends_at = [i for i in (view.find(ch, pos) for ch in lexicon().sentence_end) if i >= 0]
    return min(ends_at) if ends_at else len(view)
