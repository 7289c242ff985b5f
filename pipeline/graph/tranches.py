"""The parts of a deal: which deal each tranche belongs to.

A bond issue's tranches (其中5年期30亿元、7年期20亿元) and a round's equity and debt parts are
deals of their own (subtypes in :data:`pipeline.lang.zh.deals.PART_SUBTYPES`); the graph links
each to the whole with ``fin:hasTranche``. The whole is the nearest deal before the part with the
same agent that is no part itself: a bond or note issue for a bond tranche, a fundraising for the
equity and debt parts of a round.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.zh import deals as L
from pipeline.model.records import Deal


def tranche_links(deals: Sequence[Deal]) -> list[tuple[Deal, Deal]]:
    """(whole, part) for every part whose whole the extraction holds, in the parts' order."""
    out = []
    for i, part in enumerate(deals):
        if part.subtype not in L.PART_SUBTYPES or part.agent is None:
            continue
        agent = part.agent.iri
        wholes = [d for d in deals[:i] if d.agent is not None and d.agent.iri == agent and _whole_of(d, part)]
        if wholes:
            out.append((wholes[-1], part))
    return out


def _whole_of(whole: Deal, part: Deal) -> bool:
    if whole.subtype in L.PART_SUBTYPES:
        return False
    if part.subtype == "bond_tranche":
        return whole.type == "debt" and (whole.subtype in L.BOND_SUBTYPES or whole.subtype in L.NOTE_SUBTYPES)
    return whole.type == "fundraising"
