"""Candidate generator 5: media outlets.

In title or dateline brackets (《金融時報》, 【明報專訊】) with a media word at the end; in source
lines (來源：某某網, 資料來源：中央社), datelines opening the body (某某財經APP訊，…) and dated
source lines under a headline (2021年05月12日 08:15 某某網-某某報), whatever the outlet's name.
"""

from __future__ import annotations

import re

from pipeline.lang.zh import org_context
from pipeline.nlp.entities.candidates import CJK, Candidate, fold_key
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.tables import DATED_OUTLETS, DATELINE_OUTLET, MEDIA_BRACKET, SOURCE_LINE

_REPORTED_BY = re.compile(org_context.REPORTED_BY)


def media(lex: Lexicon, view: str) -> list[Candidate]:
    t = lex.t
    out: list[Candidate] = []
    for m in MEDIA_BRACKET.finditer(view):
        name = m.group(1)
        s = m.start(1)
        for cue in t.media_cues:
            if name.endswith(cue) and len(name) > len(cue) + 1:
                name = name[: -len(cue)]
        if name.endswith(t.media_suffixes) and name not in t.generic and not _self_reference(lex, name):
            out.append(Candidate(s, s + len(name), "media", None, fold_key(name), 1, "media"))
    for pattern in (SOURCE_LINE, DATELINE_OUTLET):
        for m in pattern.finditer(view):
            cand = _outlet(lex, view, *m.span("outlet"))
            if cand is not None:
                out.append(cand)
    for m in DATED_OUTLETS.finditer(view):
        out += _dated_outlets(lex, view, m)
    out += _cited_outlets(lex, view)
    return out


def _self_reference(lex: Lexicon, name: str) -> bool:
    """【本報訊】, 該報: the paper referring to itself or to one named before, no outlet's name."""
    return len(name) <= 3 and name[0] in lex.t.clause_chars


def _cited_outlets(lex: Lexicon, view: str) -> list[Candidate]:
    """據某某財經報導, 某某網報導指出: an outlet cited in running text, named with a media word."""
    out: list[Candidate] = []
    for m in _REPORTED_BY.finditer(view):
        name = m.group("name")
        if (
            name.endswith(org_context.OUTLET_ENDINGS)
            and name not in lex.t.generic
            and name[0] not in lex.t.clause_chars  # 該報, 本報
            and not any(c in lex.t.glued_conjunctions for c in name)  # 共同社與讀賣新聞: two outlets
            and not any(name.startswith(w) for w in lex.t.source_not_outlets)
        ):
            s, e = m.span("name")
            out.append(Candidate(s, e, "media", None, fold_key(name), 2, "cited-outlet"))
    return out


def _outlet(lex: Lexicon, view: str, s: int, e: int) -> Candidate | None:
    name = view[s:e]
    if len(name) < 2 or not CJK.search(name) or name in lex.t.source_not_outlets or name in lex.t.generic:
        return None
    e = s + _first_of_two_known(lex, name)
    return Candidate(s, e, "media", None, fold_key(view[s:e]), 1, "source-line")


def _first_of_two_known(lex: Lexicon, name: str) -> int:
    """The length of the first of two known outlets written together (上证报|中国证券(网)讯), or the
    name's whole length."""
    forms = lex.index.forms
    for k in range(len(name) - 2, 1, -1):
        rest = (fold_key(name[k:]), fold_key(name[k:] + org_context.SITE_WORD))
        if fold_key(name[:k]) in forms and any(r in forms for r in rest):
            return k
    return len(name)


def _dated_outlets(lex: Lexicon, view: str, m: re.Match[str]) -> list[Candidate]:
    out: list[Candidate] = []
    s0, e0 = m.span("outlets")
    pos = s0
    for k in range(s0, e0 + 1):
        if k == e0 or view[k] in lex.t.outlet_separators:
            cand = _outlet(lex, view, pos, k) if k - pos <= 12 else None
            if cand is not None:
                out.append(cand)
            pos = k + 1
    return out
