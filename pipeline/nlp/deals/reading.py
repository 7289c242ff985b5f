"""One deal word's reading in a sentence: its type, roles and figures before they become a candidate."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model.records import Amount, Mention
from pipeline.nlp.deals.parties import Party
from pipeline.nlp.deals.triggers import Hit


@dataclass(frozen=True)
class Reading:
    """One deal word read as a deal of ``type``, refined step by step."""

    hit: Hit
    ci: int
    type: str
    subtype: str | None
    agent: Mention | None
    counterparty: Mention | None
    co_agents: tuple[Mention, ...]
    explicit: bool
    subject: Mention | None
    #: the object party and the list it heads (X投资Y、Z: one deal per member)
    object_chain: tuple[Party, ...] = ()
    borrowed: frozenset[str] = frozenset()
    amount: Amount | None = None
    #: the rest of the marked list the counterparty heads
    co_counterparties: tuple[Mention, ...] = ()
    #: an acquisition's target when the counterparty is its seller
    target: Mention | None = None
