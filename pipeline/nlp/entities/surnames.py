"""Linking pass: a surname with a title is the person named in full in the article.

蘇董, 黃老闆, 張總, 李行長 (a bare surname and a title) refer to the one person of that surname the
article names in full (蘇慶賢): the mention takes that person's identity. With no such person, or
with two of the same surname, nothing is linked and nothing new is made.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.nlp.entities.candidates import Candidate, Tokens, all_cjk, by_position
from pipeline.nlp.entities.lexicon import Lexicon


def _surname(lex: Lexicon, name: str) -> str | None:
    sur = next((c for c in lex.t.compound_surnames if name.startswith(c)), None)
    if sur is None and name[:1] in lex.t.surnames:
        sur = name[:1]
    return sur


def surname_titles(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    view = ctx.view
    full: dict[str, list[Candidate]] = {}
    for c in chosen:
        name = view[c.start : c.end]
        sur = _surname(lex, name) if c.type == "person" and all_cjk(name) else None
        if (
            sur is not None
            and 2 <= len(name) - len(sur) + 1 <= 4
            and not lex.t.surname_title_re.match(view, c.start + len(sur))
        ):
            full.setdefault(sur, [])
            if all(other.key != c.key for other in full[sur]):
                full[sur].append(c)
    owners = {sur: cs[0] for sur, cs in full.items() if len(cs) == 1}
    if not owners:
        return chosen
    by_span = {(c.start, c.end): i for i, c in enumerate(chosen)}
    occupied = {i for c in chosen for i in range(c.start, c.end)}
    out = list(chosen)
    for sur, owner in owners.items():
        pos = view.find(sur)
        while pos >= 0:
            e = _title_end(lex, ctx, pos + len(sur))
            if e is not None and (pos == 0 or view[pos - 1] in lex.t.delimiters or pos in ctx.starts):
                k = by_span.get((pos, e))
                if k is not None and out[k].type == "person" and out[k].key != owner.key:
                    out[k] = replace(out[k], iri=owner.iri, key=owner.key, source="surname-title")
                elif k is None and not any(i in occupied for i in range(pos, e)):
                    out.append(replace(owner, start=pos, end=e, rank=2, source="surname-title"))
                    occupied.update(range(pos, e))
            pos = view.find(sur, pos + 1)
    return by_position(out)


def _title_end(lex: Lexicon, ctx: Tokens, pos: int) -> int | None:
    """The end of a title right at ``pos`` that ends a token (蘇|董, 張|總經理), or that jieba
    glued to a one-character function word after it."""
    m = lex.t.surname_title_re.match(ctx.view, pos)
    if m is None:
        return None
    e = m.end()
    glued = ctx.view[e : e + 1] in lex.t.name_final and e + 1 in ctx.ends  # 黃|總已: 已 starts the clause
    return e if e in ctx.ends or glued else None
