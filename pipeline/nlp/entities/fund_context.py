"""Candidate generator: funds named from common words where a fund is founded, joined or held
(设立亚洲气候基金, 发起设立规模为10亿美元的亚洲绿色转型基金, 参与设立苏州启明创新基金, 旗下深圳红土
新能源汽车创业投资基金). A fund's name is mostly a place, a theme and 基金; after such an act it is a
name when it holds a place, a Latin word or a word no dictionary knows, not when it is only common
words (设立产业基金, 设立新能源产业投资基金: a kind of fund, no name).
"""

from __future__ import annotations

from pipeline.lang.zh import fund_names, org_forms
from pipeline.nlp.entities.candidates import Candidate, Tokens, fold_key
from pipeline.nlp.entities.lexicon import Lexicon

#: the kinds of word that make a fund's words a name
_NAMING_KINDS = frozenset({"place", "distinct", "latin"})


def named_funds(lex: Lexicon, ctx: Tokens, taken: list[Candidate]) -> list[Candidate]:
    """The funds named after a founding or joining act, where no candidate is yet."""
    view = ctx.view
    if org_forms.FUND_WORD not in view:
        return []
    occupied = {i for c in taken if c.type != "place" for i in range(c.start, c.end)}
    out: list[Candidate] = []
    for act in fund_names.FUND_NAMING_ACT.finditer(view):
        m = fund_names.FUND_NAME_AFTER_ACT.match(view, act.end())
        if m is None or m.start() not in ctx.starts or m.end() not in ctx.ends:
            continue
        name = m.group()
        if any(ch.isdigit() for ch in name) or fund_names.FUND_NAMING_ACT.search(name):
            continue  # 出资|5亿元参与设立X基金: the act nearest the fund names it
        if any(i in occupied for i in range(m.start(), m.end())) or not _names(lex, ctx, m.start(), m.end()):
            continue
        out.append(Candidate(m.start(), m.end(), "organization", None, fold_key(name), 2, "fund"))
    return out


def _names(lex: Lexicon, ctx: Tokens, start: int, end: int) -> bool:
    """The words hold a place, a Latin word or an unknown word, and no clause word begins them."""
    i = ctx.starts[start]
    words = []
    while i < len(ctx) and ctx.spans[i][1] <= end:
        words.append(ctx.tok(i))
        i += 1
    if not words or words[0] in lex.t.stops or words[0][0] in lex.t.clause_chars:
        return False
    return any(lex.word_kind(w) in _NAMING_KINDS for w in words[:-1])
