"""How much a candidate states: which of two reports of one deal leads (:func:`richness`),
whether a candidate states enough to be a deal at all (:func:`substantial`), and how sure the
extractor is of a deal (:func:`confidence`, a hand-weighted linear score squashed to [0, 1]).
"""

from __future__ import annotations

import math

from pipeline.lang.zh import deals as L
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
        return c.amount is not None or c.capacity is not None or (c.signed and c.counterparty is not None)
    if c.subtype in L.EVENT_SUBTYPES:
        return True  # a listing or a completed share sale is a deal without a stated figure
    if c.type == "capex":
        return c.amount is not None or c.capacity is not None
    if c.type in ("fundraising", "debt", "other"):
        return c.amount is not None or c.counterparty is not None or c.shares is not None
    return c.counterparty is not None or c.amount is not None


#: hand weights of the confidence score: what makes a deal clearly stated (positive) or guessed
#: (negative). The score is logistic(BIAS + sum of the weights of the features present).
WEIGHTS: dict[str, float] = {
    "subject_in_clause": 0.8,  # the agent is the grammatical subject of the deal word's clause
    "counterparty": 0.5,  # both sides are named
    "amount": 0.6,  # the deal's own figure is stated
    "vague_amount": -0.4,  # 数十亿美元
    "capacity": 0.2,
    "restated": 0.3,  # several sentences report the deal
    "kind": 0.2,  # the frame names a sub-kind (bond issue, tender offer …)
    "agent_not_named": -0.8,  # the agent comes from an anaphor or the topic, not from the sentence
    "borrowed": -0.3,  # a role taken from the deal under discussion (本次…)
    "symmetric": -0.4,  # X与Y…: the direction is a guess
    "agreement": -0.4,  # a cooperation without a money flow
    "heading": -0.5,  # stated only in a heading
}
BIAS: float = 0.0


def features(c: Candidate) -> frozenset[str]:
    """The confidence features a merged candidate has."""
    out = set()
    if c.subject is not None and c.agent is not None and c.subject.iri == c.agent.iri:
        out.add("subject_in_clause")
    if c.counterparty is not None:
        out.add("counterparty")
    if c.amount is not None:
        out.add("vague_amount" if vague(c.amount) else "amount")
    if c.capacity is not None:
        out.add("capacity")
    if len({u.sentence.start for u in c.units}) > 1:
        out.add("restated")
    if c.subtype is not None:
        out.add("kind")
    if c.agent is not None and c.units and all(c.agent.iri not in u.clause_named for u in c.units):
        out.add("agent_not_named")
    if c.borrowed:
        out.add("borrowed")
    if c.symmetric:
        out.add("symmetric")
    if c.type == "agreement":
        out.add("agreement")
    if c.units and all(u.heading for u in c.units):
        out.add("heading")
    return frozenset(out)


def confidence(c: Candidate) -> float:
    """How sure the extractor is that the text states deal ``c``: a number in [0, 1]."""
    score = BIAS + sum(WEIGHTS[f] for f in features(c))
    return round(1 / (1 + math.exp(-score)), 3)
