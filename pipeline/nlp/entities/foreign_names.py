"""Candidate generator: a foreign company named by its country, trade name and a company word.

The Chinese press writes a foreign company it has no fixed name for as country + trade name
(transliterated or translated) + industry word + 公司 (加拿大北極星油砂公司, 澳洲紅崖礦業公司) or
with a Japanese 商事 (日本三和商事); the trade name is often made of common nouns (北極星, 紅崖), so
it counts as a name only where a company stands: a clause's subject before its act, a party after
與/向/由 before a deal verb, the object of 收購 up to the clause end. The country stays part of the
name as written (the resolution filter drops it before a known company's name). Generic phrases
(美國能源公司: industry words only) and names a generator already found are left alone.
"""

from __future__ import annotations

from pipeline.lang.zh import org_context
from pipeline.lang.zh.grammar import CLAUSE_END, OPEN_BRACKETS
from pipeline.nlp.entities.candidates import CJK, Candidate, Tokens, fold_key
from pipeline.nlp.entities.lexicon import Lexicon

_BOUNDARY = CLAUSE_END | OPEN_BRACKETS | frozenset("、 \u3000")
_NAME_WORDS = frozenset(org_context.FOREIGN_NAME_WORDS)
#: word kinds of a trade name's pieces; at most this many characters between country and form
_TRADE_KINDS = ("generic", "distinct", "char")
_MAX_TRADE = 8


def foreign_names(lex: Lexicon, ctx: Tokens, taken: list[Candidate]) -> list[Candidate]:
    """``taken``: the candidates so far; a phrase overlapping an organisation is left to it."""
    countries = frozenset((*lex.t.foreign_countries, *org_context.REGIONAL_COUNTRIES))
    named = [i for i, word in enumerate(ctx.words) if word in countries]  # (most texts: none)
    occupied = {i for c in taken if c.type != "place" for i in range(c.start, c.end)} if named else set()
    out: list[Candidate] = []
    for i in named:
        end = _name_end(lex, ctx, i + 1)
        start = ctx.spans[i][0]
        if end is None or any(k in occupied for k in range(start, end)):
            continue
        if _in_slot(ctx.view, start, end):
            out.append(
                Candidate(start, end, "organization", None, fold_key(ctx.view[start:end]), 1, "foreign-name")
            )
    return out


def _name_end(lex: Lexicon, ctx: Tokens, j: int) -> int | None:
    """The end of a trade name and a company word from token ``j``, or None."""
    trade: list[str] = []
    for k in range(j, len(ctx)):
        word = ctx.tok(k)
        if word in _NAME_WORDS and trade:
            return ctx.spans[k][1] if _is_trade_name(lex, trade, word) else None
        if not CJK.match(word) or sum(map(len, trade)) + len(word) > _MAX_TRADE:
            return None
        trade.append(word)
    return None


def _is_trade_name(lex: Lexicon, trade: list[str], form: str) -> bool:
    if form == org_context.TRADING_HOUSE_WORD:
        return 2 <= sum(map(len, trade)) <= 4 and not any(w in org_context.TRADE_NAME_BREAKS for w in trade)
    kinds = [lex.word_kind(w) for w in trade]
    return (
        len(trade) >= 2
        and all(k in _TRADE_KINDS or _direction_char(lex, w) for k, w in zip(kinds, trade, strict=True))
        and not lex.is_org_word(trade[0])
        and not lex.is_place(trade[0])
        and lex.is_org_word(trade[-1]) | (lex.tag(trade[-1]) or "").startswith("n")
    )


def _direction_char(lex: Lexicon, word: str) -> bool:
    """A direction or a locative in a translated name (澳洲西岬锂业: 西|岬; 西岸锂业)."""
    tag = lex.tag(word)
    return (len(word) == 1 and tag == "f") or tag == "s"


def _in_slot(view: str, start: int, end: int) -> bool:
    """A clause's subject before its act, a party after an opener, or a bought company."""
    rest, before = view[end:], view[:start]
    if (start == 0 or view[start - 1] in _BOUNDARY) and rest.startswith(
        (*org_context.SUBJECT_ACTS, *org_context.SUBJECT_OPENERS)
    ):
        return True
    if before.endswith(org_context.DEAL_SLOT_OPENERS) and rest.startswith(
        org_context.COUNTRY_COMPANY_CLOSERS
    ):
        return True
    return before.endswith(org_context.OBJECT_VERBS) and (not rest or rest[0] in _BOUNDARY)
