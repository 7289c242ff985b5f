"""Candidate generator after resolution: the company named after 旗下 / 子公司.

字節跳動旗下火山引擎宣布…, 控股子公司均勝汽車安全系統擬…: the words up to the verb are a name
when a found organisation stands right before the cue, or the words begin with a found name.
"""

from __future__ import annotations

from pipeline.lang.zh import org_forms
from pipeline.nlp.entities.boundaries import region_title_follows
from pipeline.nlp.entities.candidates import CJK, Candidate, Tokens, by_position, fold_key
from pipeline.nlp.entities.lexicon import Lexicon

#: part-of-speech initials of a word that ends the words after the cue
_STOP_TAG_INITIALS = "vpcudrmqft"


def _brands(lex: Lexicon, view: str, chosen: list[Candidate]) -> set[str]:
    """The first two or three characters of each found organisation's name after its place."""
    brands: set[str] = set()
    for c in chosen:
        if c.type == "organization":
            p = next((c.start + k for k in (3, 2) if lex.is_place(view[c.start : c.start + k])), c.start)
            brands.update(view[p : p + k] for k in (2, 3) if p + k < c.end)
    return brands


def affiliates(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    view, t = ctx.view, lex.t
    org_ends = {c.end for c in chosen if c.type == "organization"}
    brands = _brands(lex, view, chosen)
    occupied = {i for c in chosen for i in range(c.start, c.end)}
    out = list(chosen)
    for cue in t.affiliate_cues:
        pos = view.find(cue)
        while pos >= 0:
            after = pos + len(cue)
            after += len(org_forms.POSSESSIVE) * view.startswith(org_forms.POSSESSIVE, after)  # 旗下的
            cand = _affiliate_after(lex, ctx, after, brands, occupied)
            known = _known_at(chosen, after) if cand is None else None
            if known is not None:
                cand = _known_then_words(lex, ctx, known, brands, occupied)
                if cand is not None:
                    out.remove(known)
            if cand is not None and (
                pos in org_ends or cand[1] is not None or view[cand[0].start : cand[0].start + 2] in brands
            ):
                out.append(cand[0])
                occupied.update(range(cand[0].start, cand[0].end))
            pos = view.find(cue, pos + len(cue))
    return by_position(out)


def _known_at(chosen: list[Candidate], s: int) -> Candidate | None:
    return next((c for c in chosen if c.start == s and c.type == "organization" and c.iri is not None), None)


def _known_then_words(
    lex: Lexicon, ctx: Tokens, known: Candidate, brands: set[str], occupied: set[int]
) -> tuple[Candidate, str | None] | None:
    """宏碁旗下的宏碁智通, 正大集團旗下的卜蜂蓮花: a known name and more words after the cue name
    the affiliate (its parent's brand and its own words), not the known company."""
    free = occupied - set(range(known.start, known.end))
    name = ctx.view[known.start : known.end]
    cand = _affiliate_after(
        lex, ctx, known.start, {b for b in brands if not name.startswith(b)} | {name}, free
    )
    if cand is None or cand[0].end <= known.end:
        return None
    return cand[0], name


def _ends_words(lex: Lexicon, ctx: Tokens, j: int) -> bool:
    """Token ``j`` cannot continue the words after the cue."""
    t = lex.t
    word = ctx.tok(j)
    tag = lex.tag(word) or "x"
    return (
        word in t.affiliate_ends
        or word in t.speech
        or word in t.stops
        or word in t.titles
        or region_title_follows(lex, ctx, j)
        or not all(CJK.match(c) or c.isalnum() for c in word)
        or (tag[0] in _STOP_TAG_INITIALS and (len(word) == 1 or tag[0] != "v" or word not in t.weak))
    )


def _affiliate_after(
    lex: Lexicon, ctx: Tokens, s: int, brands: set[str], occupied: set[int]
) -> tuple[Candidate, str | None] | None:
    """The name after a cue ending at ``s`` and the found brand it begins with, if any."""
    view, t = ctx.view, lex.t
    j = ctx.starts.get(s)
    if j is None or s in occupied:
        return None
    e = s
    brand = next((b for b in brands if view.startswith(b, s) and s + len(b) in ctx.starts), None)
    if brand is not None:  # 均|勝 of 寧波均勝電子: split by jieba, still a name
        e = s + len(brand)
        j = ctx.starts[e]
    while j < len(ctx) and not _ends_words(lex, ctx, j):
        e = ctx.spans[j][1]
        j += 1
    name = view[s:e]
    # the clause must go on after the name (a verb, a joiner or punctuation)
    if not (2 <= len(name) <= 8) or j >= len(ctx) or any(c.isdigit() for c in name):
        return None
    nxt = ctx.tok(j)
    if not (
        nxt in t.affiliate_ends
        or nxt in t.speech
        or nxt in t.delimiters
        or nxt in t.titles
        or region_title_follows(lex, ctx, j)
    ):
        return None
    if (
        name in t.generic
        or name.endswith(t.affiliate_not_names)
        or lex.is_place(ctx.tok(ctx.starts[s]))
        or any(i in occupied for i in range(s, e))
        or (brand is None and lex.word_kind(ctx.tok(ctx.starts[s])) is None)
    ):
        return None
    return Candidate(s, e, "organization", None, fold_key(name), 1, "affiliate"), brand
