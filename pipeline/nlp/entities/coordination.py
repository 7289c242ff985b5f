"""Linking pass: the other members of a list of organisations.

Lists in news are homogeneous: in "A、B及C等機構" or "A（3036）、B各獲180億元聯貸", when one member is
a found organisation, a member next to it made of a short run of name words, closed by a list
word (、, 及, 等, 各, 分別 …), an amount or punctuation, is an organisation too.
"""

from __future__ import annotations

import re

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_context, org_forms
from pipeline.lang.zh.grammar import CLAUSE_END, LIST_CONJUNCTIONS, LIST_ONLY_JOINERS
from pipeline.model.records import EntityType
from pipeline.nlp.entities.candidates import Candidate, Tokens, all_cjk, by_position, fold_key
from pipeline.nlp.entities.latin_names import personal_name
from pipeline.nlp.entities.lexicon import Lexicon

_MAX_MEMBER = 8
#: a capitalised Latin name of up to four words (Red Rock, M&G, GFO-X)
_LATIN_MEMBER = re.compile(r"[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,3}")
#: the conjunctions that join members of a list of names, longest first
_JOINERS = tuple(sorted(LIST_CONJUNCTIONS, key=len, reverse=True))
#: the joiners that only join list members (与, 和 also mean "with": 某某与NVIDIA的合作)
_LIST_JOINERS = tuple(j for j in _JOINERS if j in LIST_ONLY_JOINERS)
#: the first of _JOINERS at a position, by one match
_JOINER_AT = re.compile("|".join(map(re.escape, _JOINERS)))


def list_members(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    view = ctx.view
    # (a place may begin a member: 台中|精機、永進機械)
    occupied = {i for c in chosen if c.type != "place" for i in range(c.start, c.end)}
    out = list(chosen)
    queue = [c for c in chosen if c.type == "organization"]
    while queue:
        c = queue.pop()
        first = _member_before(lex, ctx, c.start, occupied)
        if first is not None:
            out.append(first)
            queue.append(first)
            occupied.update(range(first.start, first.end))
        pos = _after_bracket(view, c.end)
        joiner = _JOINER_AT.match(view, pos)
        if joiner is None:
            continue
        member = _member_after(lex, ctx, joiner.end(), occupied)
        if member is not None:
            out.append(member)
            queue.append(member)
            occupied.update(range(member.start, member.end))
    members = [(c.start, c.end) for c in out if c.source == "list-member"]
    return by_position([c for c in out if c.type != "place" or not any(s <= c.start < e for s, e in members)])


def _after_bracket(view: str, end: int) -> int:
    """After a ticker or short bracket right behind a name (文曄（3036）、…)."""
    if view[end : end + 1] == "(":
        close = view.find(")", end, end + 16)
        if close > 0:
            return close + 1
    return end


def _latin_member(lex: Lexicon, view: str, start: int) -> Candidate | None:
    """A capitalised Latin name as the next member (Blue Harbor、Red Rock等)."""
    m = _LATIN_MEMBER.match(view, start)
    if m is None or not _closed(lex, view, m.end()):
        return None
    if m.group().lower() in lang.LATIN_STOPWORDS or m.group() in lex.t.product_context:
        return None  # 輝達、AI等, 晶片、GPU等: a word of the trade, no name
    kind: EntityType = "person" if personal_name(m.group().split()) else "organization"
    return Candidate(start, m.end(), kind, None, fold_key(m.group()), 2, "list-member")


def _member_after(lex: Lexicon, ctx: Tokens, start: int, occupied: set[int]) -> Candidate | None:
    view, t = ctx.view, lex.t
    i = ctx.starts.get(start)
    if i is None or start in occupied:
        return None
    if view[start : start + 1].isascii() and view[start : start + 1].isupper():
        return _latin_member(lex, view, start)
    end = start
    kinds: list[str | None] = []
    while i < len(ctx) and ctx.spans[i][1] - start <= _MAX_MEMBER:
        word = ctx.tok(i)
        if (
            not all_cjk(word)
            or word in t.stops
            or word.startswith(t.list_closers)  # 品佳|各獲: a list word glued to the next
            or ctx.spans[i][0] in occupied
        ):
            break
        kind = "distinct" if lex.is_abbreviation(word) else lex.word_kind(word)
        if kind is None:
            break
        kinds.append(kind)
        end = ctx.spans[i][1]
        i += 1
    if end - start >= 3 and view[end - 1] in t.list_closers and _closed(lex, view, end):
        end -= 1  # 耐世|特等。: the list word glued to the last member
    if len(kinds) > 1 and kinds[-1] == "verb" and _clause_ends(view, end):
        # 中國中化與中國化工重組。: the verb after the last member ends the clause
        kinds.pop()
        end = ctx.spans[ctx.ends[end] - 1][1] if end in ctx.ends else end
    name = view[start:end]
    if not _closed(lex, view, end) or not _member_ok(lex, view, end, name, kinds):
        return None
    return Candidate(start, end, "organization", None, fold_key(name), 2, "list-member")


def _member_before(lex: Lexicon, ctx: Tokens, start: int, occupied: set[int]) -> Candidate | None:
    """The member before a found one across a list joiner, when it opens the clause or follows a
    function word other than 的 (力麒建設、華固建設…; 與力麒建設及華固建設): its words run back to
    there."""
    view, t = ctx.view, lex.t
    joiner = next((j for j in _LIST_JOINERS if view.endswith(j, 0, start)), None)
    end = start - len(joiner) if joiner else -1
    i = ctx.ends.get(end)
    if i is None or end - 1 in occupied:
        return None
    kinds: list[str | None] = []
    while i >= 0 and end - ctx.spans[i][0] <= _MAX_MEMBER:
        word = ctx.tok(i)
        if not all_cjk(word) or word in t.stops or ctx.spans[i][0] in occupied:
            break
        kind = "distinct" if lex.is_abbreviation(word) else lex.word_kind(word)
        if kind is None:
            break
        kinds.append(kind)
        i -= 1
    begin = ctx.spans[i + 1][0] if kinds else end
    opens = (
        begin == 0
        or view[begin - 1] in CLAUSE_END
        or (i >= 0 and ctx.tok(i) in t.stops and ctx.tok(i) != org_forms.POSSESSIVE)
    )
    name = view[begin:end]
    if not opens or not _member_head_ok(lex, ctx, end, kinds):
        return None
    act = next((a for a in _SUBSCRIBER_ACTS if name.endswith(a) and len(name) - len(a) >= 2), None)
    if act is not None:  # 由恒元富|领|投、IDG资本跟投: jieba cut the act inside the tokens
        end -= len(act)
        name = name[: -len(act)]
    if not _member_ok(lex, view, end, name, ["distinct", *kinds[-2::-1]]):
        return None
    return Candidate(begin, end, "organization", None, fold_key(name), 2, "list-member")


#: what an investor does after its name (A领投、B跟投): never the end of a member's name
_SUBSCRIBER_ACTS = tuple(sorted(org_context.SUBSCRIBER_ACTS, key=len, reverse=True))


def _member_head_ok(lex: Lexicon, ctx: Tokens, end: int, kinds: list[str | None]) -> bool:
    """The member begins with a distinctive word, or with a place or an adjective jieba knows
    before an industry word that ends it (台中|精機、永進機械; 宏遠|機械、永嘉精工)."""
    if kinds[-1:] == ["distinct"]:
        return True
    i = ctx.ends.get(end)
    if len(kinds) < 2 or i is None:
        return False
    last = lex.word_kind(ctx.tok(i))
    return (kinds[-1] == "place" and last in ("generic", "distinct")) or (
        kinds[-1] == "verb" and last == "generic"
    )


def _closed(lex: Lexicon, view: str, end: int) -> bool:
    """A list member ends at a joiner, a list word, punctuation, a number or a time word that
    begins the predicate (台泥、亞泥及某某水泥昨日調漲…)."""
    nxt = view[end : end + 1]
    return (
        end == len(view)
        or nxt in CLAUSE_END
        or nxt.isdigit()
        or view.startswith(_JOINERS, end)
        or view.startswith(lex.t.list_closers, end)
        or view.startswith(org_context.TIME_ADVERBS, end)
    )


def _clause_ends(view: str, end: int) -> bool:
    return end == len(view) or view[end] in CLAUSE_END


def _member_ok(lex: Lexicon, view: str, end: int, name: str, kinds: list[str | None]) -> bool:
    t = lex.t
    return (
        2 <= len(name) <= _MAX_MEMBER
        and name not in t.generic
        and name[0] not in t.clause_chars
        and not lex.is_place(name)
        and not all(k in ("generic", "place", "verb") for k in kinds)
        and not (kinds[-1] == "verb" and _clause_ends(view, end))  # 與如東縣簽約。: a predicate
        and not name.endswith(t.affiliate_not_names)
    )
