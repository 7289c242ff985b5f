"""Candidate generator: bare names the words around them mark as organisations.

A reader who does not know 翔鷺 still reads it as a company in 上市公司翔鷺擬斥資…, 獲澄源投資,
由澄源領投, 向翔鷺收購 or 翔鷺股價大漲: a short run of name words (no organisation word at its
end, so no other generator takes it) is an organisation when a descriptor stands before it and a
predicate after it, when it fills the party slot of a deal verb, or when it is the subject of a
predicate only a company has. Runs with no distinctive word (common nouns, places), people and
known names are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.lang.zh import org_context
from pipeline.lang.zh.grammar import CLAUSE_END, OPEN_BRACKETS
from pipeline.nlp.entities.candidates import CJK, Candidate, Tokens, fold_key
from pipeline.nlp.entities.lexicon import Lexicon

#: what may stand right before a subject: punctuation, a bracket, the text or line start
_BOUNDARY = CLAUSE_END | OPEN_BRACKETS | frozenset("、 \u3000")
#: kinds of a name word (:meth:`Lexicon.word_kind`) a bare name is made of
_NAME_KINDS = ("distinct", "char", "latin")
#: one-character words after a bare name that begin its predicate: modals, adverbs, prepositions
_MODALS = frozenset("拟将已也亦则均再曾并于在向与和及对把被由获以为")
#: words that end a run whatever jieba makes of them (领投 is no dictionary word)
_ENDS_RUN = frozenset((*org_context.DEAL_SLOT_CLOSERS, *org_context.COMPANY_PREDICATES))


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    #: index of the first token after the run
    next_tok: int
    #: what each word is (see ``_piece``)
    kinds: tuple[str, ...]


def context_names(lex: Lexicon, ctx: Tokens, taken: list[Candidate]) -> list[Candidate]:
    """``taken``: the candidates found so far; a bare name never overlaps one."""
    occupied = {i for c in taken for i in range(c.start, c.end)}
    out: list[Candidate] = []
    i = 0
    while i < len(ctx):
        cue = _left_cue(lex, ctx, i)
        run = _run_at(lex, ctx, i, occupied) if cue is not None else None
        if run is not None and cue is not None and _accepted(lex, ctx, cue, run):
            name = ctx.view[run.start : run.end]
            out.append(Candidate(run.start, run.end, "organization", None, fold_key(name), 2, "context"))
            occupied.update(range(run.start, run.end))
            i = run.next_tok
            continue
        i += 1
    return out


def _left_cue(lex: Lexicon, ctx: Tokens, i: int) -> str | None:
    """What stands before token ``i``: a company descriptor, a deal-slot opener, a clause start."""
    start = ctx.spans[i][0]
    before = ctx.view[max(0, start - 5) : start]
    if before.endswith(org_context.DESCRIPTORS_BEFORE_NAME) and i > 0:
        return "descriptor"
    if i > 0 and ctx.tok(i - 1) in org_context.DEAL_SLOT_OPENERS:
        return "opener"
    if start == 0 or ctx.view[start - 1] in _BOUNDARY:
        return "clause"
    return None


def _run_at(lex: Lexicon, ctx: Tokens, i: int, occupied: set[int]) -> _Run | None:
    """The name words from token ``i`` on, at most ``MAX_BARE_NAME`` characters: distinctive
    words, lone characters, adjectives (宏遠), a common noun first (星雲), an industry word
    last (星雲科技, 宏遠電子)."""
    start = ctx.spans[i][0]
    if start in occupied:
        return None
    j, end, kinds = i, start, []
    while j < len(ctx) and ctx.spans[j][1] - start <= org_context.MAX_BARE_NAME:
        word = ctx.tok(j)
        kind = _piece(lex, word, first=j == i)
        if kind is None or ctx.spans[j][0] in occupied:
            break
        kinds.append(kind)
        end = ctx.spans[j][1]
        j += 1
        if kind == "industry":
            break
    if end - start < 2 or not kinds:
        return None
    return _Run(start, end, j, tuple(kinds))


def _piece(lex: Lexicon, word: str, first: bool) -> str | None:
    """What ``word`` is in a bare name, or None if no bare name contains it."""
    if word in lex.t.stops or (len(word) == 1 and word in _MODALS) or word in _ENDS_RUN:
        return None
    if first and word[0] in lex.t.clause_chars:
        return None  # 該股, 本案: a demonstrative or a function word begins no bare name
    if lex.is_org_word(word):
        return None if first else "industry"
    kind = lex.word_kind(word)
    if kind in _NAME_KINDS:
        return kind
    tag = lex.tag(word) or ""
    if len(word) >= 2 and tag[:1] in ("a", "b", "z"):
        return "adj"  # 宏遠, 鮮綠: an adjective as a trade name
    if first and kind == "generic" and len(word) >= 2 and tag.startswith("n"):
        return "noun"  # 星雲: a common noun before an industry word
    return None


def _distinctive(run: _Run, cue: str) -> bool:
    kinds = run.kinds
    if "distinct" in kinds or "latin" in kinds or kinds.count("char") >= 2:
        return True
    # 星雲科技, 宏遠電子 as the subject of a company's act: a word no name needs and an
    # industry word (after a descriptor such a run is a compound: 私募股權基金)
    return cue == "clause" and len(kinds) >= 2 and kinds[-1] == "industry" and kinds[0] in ("adj", "noun")


def _accepted(lex: Lexicon, ctx: Tokens, cue: str, run: _Run) -> bool:
    view, name = ctx.view, ctx.view[run.start : run.end]
    if name in lex.t.generic or lex.is_place(name) or not CJK.search(name) or not _distinctive(run, cue):
        return False
    rest = view[run.end : run.end + 8]
    if cue == "descriptor":
        return _predicate_follows(lex, ctx, run)
    if cue == "opener":
        return rest.startswith(org_context.DEAL_SLOT_CLOSERS)
    if run.kinds[0] == "latin" and "distinct" in run.kinds and _predicate_follows(lex, ctx, run):
        return True  # JK翔鷺宣布…: a Latin initial glued to a Chinese trade name
    return rest.startswith(org_context.COMPANY_PREDICATES) or bool(lex.t.frame_re.match(view, run.end))


def _predicate_follows(lex: Lexicon, ctx: Tokens, run: _Run) -> bool:
    """After a descriptor the name ends the noun phrase: a verb, a modal, a list word or
    punctuation follows (上市公司翔鷺擬…, 子公司翔鷺、…), no noun (子公司翔鷺股票)."""
    if run.next_tok >= len(ctx):
        return True
    word = ctx.tok(run.next_tok)
    if word[0] in CLAUSE_END or word in ("、", "(") or word[0] in _MODALS:
        return True
    tag = lex.tag(word) or ""
    return tag.startswith("v") or word in lex.t.speech or word.startswith(lex.t.list_closers)
