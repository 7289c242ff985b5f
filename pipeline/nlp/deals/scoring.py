"""How much a candidate states: which of two reports of one deal leads (:func:`richness`) and
whether a candidate states enough to be a deal at all (:func:`substantial`, the hand rule). How
sure the extractor is of a deal, and the learned decision, are in :mod:`.learned`.
"""

from __future__ import annotations

from pipeline.lang.zh import deals as L
from pipeline.lang.zh import public_money as PM
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.figures import vague


def richness(c: Candidate) -> tuple[bool, ...]:
    """A typed, directed report with both parties and a precise figure leads."""
    return (
        c.type != "agreement",
        not c.symmetric,
        c.agent is not None,
        c.counterparty is not None,
        c.amount is not None and not vague(c.amount),
        c.amount is not None,
        c.capacity is not None,
    )


def substantial(c: Candidate) -> bool:
    """Enough stated to be a deal: a counterparty or a figure (agreements: a value or capacity)."""
    if c.type == "agreement":
        # a signed agreement with its other side unnamed (与多家机构签署协议) is marked unowned
        return (
            c.amount is not None
            or c.capacity is not None
            or (c.signed and (c.counterparty is not None or c.unowned))
        )
    if c.subtype in PM.GRANT_SUBTYPES:
        return c.amount is not None  # 由X资助的Y: a sponsor described, no grant stated
    if c.subtype in L.EVENT_SUBTYPES:
        return True  # a listing or a completed share sale is a deal without a stated figure
    if c.type == "capex":
        return c.amount is not None or c.capacity is not None
    if c.type in ("fundraising", "debt", "other"):
        return c.amount is not None or c.counterparty is not None or c.shares is not None
    return c.counterparty is not None or c.amount is not None
