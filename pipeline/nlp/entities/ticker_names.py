"""Candidate generator 3: organisations named right before their ticker.

"（0310）", "(2330.TW)", "(HUBS-US)": the name before the bracket is an organisation (the known
company when the ticker and a Chinese label agree). Years, dates and glosses in brackets are not
tickers.
"""

from __future__ import annotations

import re

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import entity_patterns as patterns
from pipeline.nlp.entities.boundaries import name_left
from pipeline.nlp.entities.candidates import CJK, Candidate, Tokens, fold_key, is_latin
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.tables import HK_CLASS, NUM_TICKER_SUFFIX, TICKER, TICKER_CODE_SHAPE

#: (TENAGA,5347,主板…): the stock code after the stock name, as Malaysian papers write a listing
_CODE_AFTER = re.compile(r"[,，] ?\d{4}\b")
#: kinds of a piece that can begin a name by itself
_NAME_PIECES = ("distinct", "gaz", "latin", "char")


def ticker_orgs(lex: Lexicon, ctx: Tokens, gaz: list[Candidate]) -> list[Candidate]:
    gaz_at = {c.end: c for c in gaz}
    out: list[Candidate] = []
    for m in TICKER.finditer(ctx.view):
        cand = _name_before(lex, ctx, gaz_at, m)
        if cand is not None:
            out.append(cand)
    return out


def _without_leading_verb(lex: Lexicon, ctx: Tokens, start: int, kinds: list[str]) -> tuple[int, list[str]]:
    """認購|嵐翊（1899.HK）: a verb proper at the left edge, before a name piece, is the predicate."""
    i = ctx.starts.get(start)
    if i is None or len(kinds) < 2 or kinds[-1] != "verb" or kinds[-2] not in _NAME_PIECES:
        return start, kinds
    if lex.tag(ctx.tok(i)) not in ("v", "vn") or len(ctx.tok(i)) < 2:
        return start, kinds
    return ctx.spans[i][1], kinds[:-1]


def _is_year(num: str | None) -> bool:
    return bool(num) and len(num or "") == 4 and 1900 <= int(num or 0) <= 2099


def _listed_in_full(lex: Lexicon, view: str, start: int, m: re.Match[str]) -> bool:
    """（吉隆坡23日讯）国家能源（TENAGA，5347，主板公用事业组）: a stock name and a code (or a labelled
    ticker) after words that open their clause: those words, generic as they are, are the name."""
    coded = m.group("code") is not None and _CODE_AFTER.search(m.group()) is not None
    strong = m.group("label") is not None or coded
    before = view[start - 1] if start > 0 else "\n"
    return strong and (before in lex.t.delimiters or before in patterns.CLOSE_BRACKETS_BEFORE_NAME)


def _name_before(
    lex: Lexicon, ctx: Tokens, gaz_at: dict[int, Candidate], m: re.Match[str]
) -> Candidate | None:
    view = ctx.view
    after = view[m.end() : m.end() + 1]
    if after in lang.DATE_AFTER_BRACKET:
        return None
    num, code = m.group("num"), m.group("code")
    labelled = m.group("label") is not None  # (NASDAQ: LANY), (股票代碼：600999)
    shaped = labelled or TICKER_CODE_SHAPE.search(m.group()) is not None
    if code and (not shaped or (code.lower() in lang.LATIN_STOPWORDS and not labelled)):
        return None  # (CAGR), (GW): a gloss, not a ticker, unless the name is known
    end = m.start()
    while end > 0 and view[end - 1] == " ":
        end -= 1
    hk_class = HK_CLASS.search(view[max(0, end - 3) : end])
    name_end = end - len(hk_class.group()) if hk_class else end
    if any(p in gaz_at and gaz_at[p].type in ("organization", "media") for p in (end, name_end)):
        return None  # a known name: the ticker is linked as an alias later
    if (
        _is_year(num)
        and not NUM_TICKER_SUFFIX.search(m.group())
        and (view[end - 1 : end] in lang.YEAR_BEFORE_BRACKET or after in lang.YEAR_AFTER_BRACKET)
    ):
        return None  # a year: 去年(2024), (2024年)
    start, kinds = name_left(lex, ctx, name_end, gaz_at, max_chars=10, give_back=())
    start, kinds = _without_leading_verb(lex, ctx, start, kinds)
    if _is_year(num) and (end - start > 6 or view[start:end].endswith(lex.t.events)):
        return None  # 百人會論壇(2026): an event and its year
    if kinds and all(k == "generic" for k in kinds) and not _listed_in_full(lex, view, start, m):
        # 台光電（2383）: a single character before an industry word begins the name
        i = ctx.ends.get(start)
        ts = ctx.spans[i][0] if i is not None else start
        if not (start - ts == 1 and CJK.match(view[ts]) and (ts == 0 or view[ts - 1] in lex.t.delimiters)):
            return None  # an industry word alone is no name
        start, kinds = ts, ["char", *kinds]
    if start >= name_end or not kinds or all(k == "place" for k in kinds):
        return None
    name = view[start:end]
    if name in lex.t.generic or len(name) < 2 or (is_latin(name) and len(name) < 2):
        return None
    known = lex.index.by_ticker(num or code or "", name, lex.view)
    if known is not None:
        return Candidate(start, end, known.type, known.iri, fold_key(name), 0, "ticker-known")
    return Candidate(start, end, "organization", None, fold_key(name), 1, "ticker")
