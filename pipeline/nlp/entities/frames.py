"""Candidate generator 7: listed companies' short names in company frames.

Announcement and market news name a listed company by its short name (證券簡稱: 某某股份,
某某電氣, 某某科技), often with no organisation word: the frame says it is a company. A run of
name words between a clause boundary and a company frame word (公告, 發行價, 募資淨額, 在上交所 …)
is an organisation, and so is a headline's subject before its colon ("某某股份：擬…") when the
name is repeated in the article. Words never part of a name, known names and generic nouns stop
or cancel it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.zh import org_context, org_forms
from pipeline.lang.zh.grammar import CLAUSE_END, OPEN_BRACKETS
from pipeline.nlp.entities.boundaries import role_ends_at
from pipeline.nlp.entities.candidates import CJK, Candidate, Tokens, all_cjk, fold_key
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.tables import LABELLED_SHORT_NAME, QUOTED_NAME

#: after an investor's short name: a modal, then an amount or an investing verb
_INVESTOR_FRAME = re.compile(
    "(?:(?:{modals})(?:\\d|{verbs}))|(?:{verbs})".format(
        modals="|".join(map(re.escape, org_forms.INVESTOR_FRAME_MODALS)),
        verbs="|".join(map(re.escape, org_forms.INVESTOR_FRAME_VERBS)),
    )
)
#: the punctuation that ends a clause inside a line
_SENTENCE_PUNCTUATION = CLAUSE_END - {"\n"}
#: a short name is at most this long
_MAX_NAME = 8
#: the most predicate words between a short name and its frame word (某某今日正式|公告)
_MAX_PREDICATE_WORDS = 2
#: what may stand right before a short name: punctuation, a bracket, the text or line start
_BOUNDARY = CLAUSE_END | OPEN_BRACKETS | frozenset("、 \u3000")


def company_frames(lex: Lexicon, ctx: Tokens, gaz: list[Candidate]) -> list[Candidate]:
    known = {i for c in gaz for i in range(c.start, c.end)}
    out: list[Candidate] = []
    for m in lex.t.frame_re.finditer(ctx.view):
        cand = _name_before(lex, ctx, m.start(), known)
        if cand is not None:
            out.append(cand)
    out += _headline_subjects(lex, ctx, known)
    out += _investor_subjects(lex, ctx, known)
    out += _quoted_after_descriptor(lex, ctx.view)
    out += _labelled_short_names(lex, ctx.view, known)
    return out


def _labelled_short_names(lex: Lexicon, view: str, known: set[int]) -> list[Candidate]:
    """证券简称:某某医疗: the label says the name after it is a listed company's."""
    out: list[Candidate] = []
    for m in LABELLED_SHORT_NAME.finditer(view):
        s, e = m.span("name")
        name = view[s:e]
        if any(i in known for i in range(s, e)) or not CJK.search(name) or name in lex.t.generic:
            continue
        out.append(Candidate(s, e, "organization", None, fold_key(name), 1, "frame"))
    return out


def _investor_subjects(lex: Lexicon, ctx: Tokens, known: set[int]) -> list[Candidate]:
    """某某投资拟受让, 某某创投领投: an investor's short name at a clause start before a modal or an
    investing verb (a name word before 投资; 投资 as a verb is never followed by these)."""
    view = ctx.view
    out: list[Candidate] = []
    words = ctx.words
    for i in range(1, len(ctx)):
        word = words[i]
        if word not in org_forms.INVESTOR_NAME_WORDS:
            continue
        e = ctx.spans[i][1]
        if lex.word_kind(words[i - 1]) not in (
            "distinct",
            "char",
        ):
            continue
        if not _INVESTOR_FRAME.match(view, e):
            continue
        cand = _name_before(lex, ctx, e, known)
        if cand is not None:
            out.append(cand)
    return out


def _quoted_after_descriptor(lex: Lexicon, view: str) -> list[Candidate]:
    """生物製藥公司「某某新藥」完成融資, 研發商“某某”: a quoted name right after a word that
    describes a company (a descriptor, a role noun ending in 商)."""
    t = lex.t
    out: list[Candidate] = []
    for m in QUOTED_NAME.finditer(view):
        before = view[max(0, m.start() - 6) : m.start()]
        if not (before.endswith(t.descriptors) or before.endswith(t.role_noun_final)):
            continue
        # 醫院管理機構“某某”。: the sentence ends after the name (a heading line may quote a phrase)
        after = m.end() + (view[m.end() : m.end() + 1] == " ")
        ends_clause = after < len(view) and view[after] in _SENTENCE_PUNCTUATION
        if ends_clause and _counted(before, t.descriptors):
            continue  # 幾十家機構“成功上岸”。: many companies, a quoted phrase about them
        if not view.startswith(t.quoted_name_followers, m.end()) and not ends_clause:
            continue  # a quoted slogan or product: the name must act (「某某」完成融資)
        s, e = m.span("name")
        name = view[s:e]
        if name not in t.generic and not lex.is_place(name):
            out.append(Candidate(s, e, "organization", None, fold_key(name), 1, "quoted"))
    return out


def _counted(before: str, descriptors: tuple[str, ...]) -> bool:
    """A measure word that counts companies stands before the descriptor (幾十家|機構)."""
    d = next((d for d in descriptors if before.endswith(d)), "")
    return bool(d) and before[: -len(d)][-1:] in org_context.PLURAL_MEASURES


def _name_before(lex: Lexicon, ctx: Tokens, end: int, known: set[int]) -> Candidate | None:
    """The short name ending at ``end``: whole tokens back to a clause boundary; a verb or an
    adverb right before the frame word is the predicate's (某某完成|募资, 某某计划|募资, 某某
    今日|公告), and the name ends before it."""
    view = ctx.view
    j = ctx.ends.get(end)
    for _ in range(_MAX_PREDICATE_WORDS):
        if j is None or j < 1 or not _predicate_word(lex, ctx.tok(j)):
            break
        end, j = ctx.spans[j][0], j - 1
    if j is None or end - 1 in known:
        return None
    start = end
    kinds: list[str] = []
    while j is not None and j >= 0 and end - ctx.spans[j][0] <= _MAX_NAME:
        word = ctx.tok(j)
        kind = "distinct" if lex.is_abbreviation(word) else lex.word_kind(word)
        if kinds and (role_ends_at(lex, ctx, ctx.spans[j][1]) or word in org_context.DESCRIPTORS_BEFORE_NAME):
            # 老股东|某某投资|超额跟投, 子公司|某某|公告: a descriptor or a role opens the name
            return _short_name(lex, ctx, start, end, kinds, known)
        if not all_cjk(word) or word in lex.t.stops or kind is None:
            break
        kinds.append(kind)
        start = ctx.spans[j][0]
        if start == 0 or view[start - 1] in _BOUNDARY:
            return _short_name(lex, ctx, start, end, kinds, known)
        mark = _risk_mark_before(view, start)
        if mark:
            cand = _short_name(lex, ctx, start, end, kinds, known)
            return (
                None
                if cand is None
                else replace(cand, start=start - mark, key=fold_key(view[start - mark : end]))
            )
        j -= 1
    return None


def _risk_mark_before(view: str, start: int) -> int:
    """The length of a risk-warning mark before a listed company's short name at a clause start
    (*ST某某, ST某某: the mark is part of the name the exchange lists), or 0."""
    for mark in org_forms.RISK_WARNING_MARKS:
        s = start - len(mark)
        if view.startswith(mark, s) and (s == 0 or view[s - 1] in _BOUNDARY):
            return len(mark)
    return 0


def _predicate_word(lex: Lexicon, word: str) -> bool:
    """A verb, an adverb or a time word (完成, 补充, 首发, 正式, 今日), or 计划 as the verb it is
    before a frame word: a word that begins a predicate, no part of a name (a verbal noun may end
    one: 某某投资, 某某应急)."""
    tag = lex.tag(word) or ""
    return tag in ("v", "ad") or tag[:1] in ("d", "t") or word in org_context.FRAME_PREDICATE_WORDS


def _short_name(
    lex: Lexicon, ctx: Tokens, start: int, end: int, kinds: list[str], known: set[int]
) -> Candidate | None:
    view, t = ctx.view, lex.t
    name = view[start:end]
    if (
        len(name) < 2
        or name in t.generic
        or name[0] in t.clause_chars
        or any(i in known for i in range(start, end))
        or all(k in ("generic", "place") for k in kinds)
        or (lex.tag(ctx.tok(ctx.starts[start])) or "").startswith(("v", "b"))  # 合計募資, 上述公告
        or lex.is_place(name)
    ):
        return None
    return Candidate(start, end, "organization", None, fold_key(name), 1, "frame")


def _headline_subjects(lex: Lexicon, ctx: Tokens, known: set[int]) -> list[Candidate]:
    """ "某某股份：擬出資…" on its own line: the subject before the colon, repeated in the text."""
    view = ctx.view
    out: list[Candidate] = []
    line_start = 0
    while line_start < len(view):
        line_end = view.find("\n", line_start)
        line_end = len(view) if line_end < 0 else line_end
        colon = view.find(":", line_start, min(line_end, line_start + _MAX_NAME + 1))
        if colon > line_start + 1 and ctx.ends.get(colon) is not None:
            name = view[line_start:colon]
            if all_cjk(name) and view.count(name) >= 2:
                cand = _name_before(lex, ctx, colon, known)
                if cand is not None and cand.start == line_start:
                    out.append(cand)
        line_start = line_end + 1
    return out
