"""Resolution pass: a known group, a place and an industry word are the group's regional company.

State groups name their provincial units by the place and the trade (华能山东发电, 国家电投江西电力,
中广核广东风电, 国家能源集团广西电力, 中国华电集团云南公司) with no legal form: the words are written
solid after the group's short name and are one mention of a company of its own, not the group and
a place. An activity noun after them (华能山东发电项目, …电力市场) and a longer word that only begins
with the trade word (山东发电量) leave the group and the place as they are.
"""

from __future__ import annotations

from pipeline.lang.zh import org_forms
from pipeline.nlp.entities.candidates import Candidate, Tokens, fold_key

_UNITS = frozenset(org_forms.REGIONAL_UNIT_WORDS)
_CLOSERS = frozenset(org_forms.REGIONAL_UNIT_CLOSERS)
_NOUNS = org_forms.REGIONAL_ACTIVITY_NOUNS


def regional_units(ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen candidates with each group + place + unit words in place of the group and the
    place."""
    out: list[Candidate] = []
    skip_to = -1
    for i, c in enumerate(chosen):
        if c.start < skip_to:
            continue
        place = chosen[i + 1] if i + 1 < len(chosen) else None
        end = None
        if place is not None and _group_then_place(c, place):
            end = _unit_end(ctx, place.end)
        if end is None:
            out.append(c)
            continue
        name = ctx.view[c.start : end]
        out.append(Candidate(c.start, end, "organization", None, fold_key(name), 1, "regional-unit"))
        skip_to = end
    return out


def _group_then_place(c: Candidate, place: Candidate) -> bool:
    return c.type == "organization" and c.iri is not None and place.type == "place" and place.start == c.end


def _unit_end(ctx: Tokens, at: int) -> int | None:
    """The end of the unit words that begin at ``at`` (whole tokens), or None."""
    i = ctx.starts.get(at)
    if i is None or i >= len(ctx) or ctx.tok(i) not in _UNITS:
        return None
    closed = ctx.tok(i) in _CLOSERS
    i += 1
    if not closed and i < len(ctx) and ctx.tok(i) in _CLOSERS:
        i += 1
    elif i < len(ctx) and ctx.tok(i).startswith(_NOUNS):
        return None
    return ctx.spans[i - 1][1]
