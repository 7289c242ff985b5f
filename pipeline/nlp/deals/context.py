"""The deal context: one frozen record of everything the passes read about a sentence (its view,
clauses, parties, deal words and figures), and the discourse state carried from sentence to
sentence (the topic, the deals under discussion, the last pair of parties).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.lang.zh import deals as L
from pipeline.model.records import Amount, Capacity, Mention, Sentence, ShareCount
from pipeline.nlp.deals import lexicon as X
from pipeline.nlp.deals.parties import Party
from pipeline.nlp.deals.triggers import Hit

if TYPE_CHECKING:
    from pipeline.nlp.deals.candidates import Candidate

Clause = tuple[int, int]


@dataclass(frozen=True)
class SentenceContext:
    text: str
    view: str
    sentence: Sentence
    #: clause spans (commas, colons and semicolons outside brackets)
    clauses: tuple[Clause, ...]
    #: a title, section heading or bullet headline
    heading: bool
    parties: tuple[Party, ...]
    #: every deal word of the sentence (hedged ones too)
    hits: tuple[Hit, ...]
    amounts: tuple[Amount, ...]
    capacities: tuple[Capacity, ...]
    shares: tuple[ShareCount, ...]
    #: the sentence's view with party names blanked (希望教育 holds no hedge 希望)
    masked: str
    #: the IRIs of the article's entities known as banks by any of their names (匯豐 = 匯豐銀行)
    lenders: frozenset[str] = frozenset()

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    def clause_index(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.clauses):
            if a <= pos < b:
                return i
        return len(self.clauses) - 1

    def clause_at(self, pos: int) -> Clause:
        return self.clauses[self.clause_index(pos)]

    def next_clause(self, ci: int) -> str | None:
        """The view of the clause after clause ``ci``, leading spaces left out (None after the last)."""
        if ci + 1 >= len(self.clauses):
            return None
        a, b = self.clauses[ci + 1]
        return self.view[a:b].lstrip(L.SPACES)

    def free_parties(self, a: int, b: int) -> list[Party]:
        """The parties starting in [a, b) that can take a role: usable and no modifier of another."""
        return [p for p in self.parties if a <= p.start < b and p.usable and not p.modifier]

    def masked_span(self, a: int, b: int) -> str:
        """``masked`` between two view offsets inside the sentence."""
        return self.masked[a - self.sentence.start : b - self.sentence.start]


@dataclass(frozen=True)
class Discourse:
    """What the article has said before the current sentence."""

    #: the organisation the text is about (the last deal's subject or the last leading party)
    topic: Mention | None = None
    #: the last deal of each type (the deal a later 本次 / 该笔 speaks of)
    recent: Mapping[str, Candidate] = field(default_factory=dict)
    #: the parties of the last two-party deal (双方)
    pair: tuple[Mention, Mention] | None = None
    #: the organisation whose announcement the text reports (X公告称，公司…): a bare 公司 is X
    announcer: Mention | None = None
    #: the last fund or limited partnership named (what a later LP's commitment goes into)
    fund: Mention | None = None
    #: IRIs of investing vehicles named under their house (X旗下Y) → the house (see .issuers)
    houses: Mapping[str, Mention] = field(default_factory=dict)


def sentence_context(
    text: str,
    view: str,
    sent: Sentence,
    parties: tuple[Party, ...],
    hits: tuple[Hit, ...],
    amounts: Sequence[Amount],
    capacities: Sequence[Capacity],
    shares: Sequence[ShareCount],
    lenders: frozenset[str] = frozenset(),
) -> SentenceContext:
    heading = is_heading(view, sent)
    return SentenceContext(
        text=text,
        view=view,
        sentence=sent,
        clauses=clauses(view, sent, heading),
        heading=heading,
        parties=parties,
        hits=hits,
        amounts=tuple(a for a in amounts if sent.start <= a.start < sent.end),
        capacities=tuple(c for c in capacities if sent.start <= c.start < sent.end),
        shares=tuple(x for x in shares if sent.start <= x.start < sent.end),
        masked=_masked(view, sent, parties),
        lenders=lenders,
    )


def is_heading(view: str, sent: Sentence) -> bool:
    """A title, section heading or bullet headline: no sentence-final stop, or a heading mark
    (■ / 【…】 / 一、) on a short line, or a colon ending (分析如下：)."""
    body = view[sent.start : sent.end].strip().rstrip(L.CLOSING_MARKS)
    if not body:
        return True
    if body.endswith(L.HEADING_ENDS):
        return True
    if body.startswith(L.HEADING_MARKS) and len(body) <= L.MAX_HEADING:
        return True
    return not body.endswith(L.SENTENCE_ENDS) and len(body) <= L.MAX_HEADING


def clauses(view: str, sent: Sentence, heading: bool) -> tuple[Clause, ...]:
    """Clause spans: commas, colons and semicolons outside brackets (and, in a heading, the
    spaces between its headlines)."""
    out, start, depth = [], sent.start, 0
    spaces = {m.start() for m in L.HEADLINE_BREAK.finditer(view, sent.start, sent.end)} if heading else set()
    marks = [m.start() for m in X.CLAUSE_MARKS.finditer(view, sent.start, sent.end)]
    for i in sorted(spaces.union(marks)) if spaces else marks:
        ch = view[i]
        if ch in L.OPEN_GROUP:
            depth += 1
        elif ch in L.CLOSE_GROUP:
            depth = max(0, depth - 1)
        elif depth == 0 and (i in spaces or (X.CLAUSE_BREAK.match(ch) and not _inside_figure(view, i))):
            out.append((start, i))
            start = i + 1
    out.append((start, sent.end))
    return tuple(out)


def _inside_figure(view: str, i: int) -> bool:
    """A comma or colon inside a figure: 2,000萬美元, a ratio 40%:30%:30% (or 3:1)."""
    if _thousands_separator(view, i):
        return True
    return view[i] in ":：" and i > 0 and view[i - 1] in "0123456789%" and view[i + 1 : i + 2].isdigit()


def _thousands_separator(view: str, i: int) -> bool:
    """The comma of 2,000萬美元 separates thousands, not clauses."""
    return (
        view[i] == ","
        and i > 0
        and view[i - 1].isdigit()
        and view[i + 1 : i + 4].isdigit()
        and not view[i + 4 : i + 5].isdigit()
    )


def _masked(view: str, sent: Sentence, parties: Sequence[Party]) -> str:
    masked = view[sent.start : sent.end]
    for p in parties:
        if p.mention.start != p.start:
            continue  # an anaphor (其, 该公司) is a word of the sentence
        a, b = max(p.start, sent.start) - sent.start, min(p.end, sent.end) - sent.start
        if a < b:
            masked = masked[:a] + L.MASK * (b - a) + masked[b:]
    return masked
