"""Resolution pass: a name that begins inside a known name which shares its first characters.

Two known names can overlap in a longer one (東方電氣|風電 and 東方|電氣風電 in
東方電氣風電股份有限公司): the walk left from the legal form stops at the inner known name
(電氣風電…), and the characters of the outer one before it (東方) are cut off. When the outer
known name begins at a word boundary and ends inside the found name, the found name begins
where the outer one does.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.lang.zh import entities as lang
from pipeline.nlp.entities.candidates import Candidate, Tokens, by_position, fold_key

#: the sources of names found from their legal or industry words (what the walk may have cut)
_FOUND = frozenset({"suffix", "subsidiary", "known-prefix"})


def chained_names(ctx: Tokens, gaz: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
    known_starts = {c.start for c in gaz if c.type == "organization"}
    outer = [c for c in gaz if c.type == "organization" and c.start in ctx.starts]
    out = list(chosen)
    for i, c in enumerate(chosen):
        if c.type != "organization" or c.source not in _FOUND or c.start not in known_starts:
            continue
        g = next((g for g in outer if g.start < c.start < g.end < c.end), None)
        if g is None or c.end - g.start > lang.MAX_REGISTERED_NAME:
            continue
        name = ctx.view[g.start : c.end]
        out[i] = replace(c, start=g.start, iri=None, key=fold_key(name))
    spans = [(c.start, c.end) for c in out if c.source in _FOUND]
    kept = [
        c
        for c in out
        if not any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)
    ]
    return by_position(kept)
