"""The frozen records the passes hand on: a deal candidate and one sentence's report of it."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model.records import Amount, Capacity, Mention, Sentence, ShareCount


@dataclass(frozen=True)
class Report:
    """One sentence's report of a deal: what it names, for checking that it restates the deal."""

    sentence: Sentence
    #: IRIs of the parties the sentence names (anaphora resolved, 双方 expanded) and the roles
    #: its report filled
    named: frozenset[str]
    amount: Amount | None = None
    capacity: Capacity | None = None
    #: a heading, caption-like line or bullet title: weak evidence, never the first
    heading: bool = False
    #: tied to the deal by grammar (本轮融资 / 卖方为X after the deal): no naming needed
    linked: bool = False
    #: IRIs of the parties named in the deal word's own clause
    clause_named: frozenset[str] = frozenset()
    #: IRIs of the parties the report itself gave a role (agent, counterparty, co-agents)
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Candidate:
    type: str
    agent: Mention | None
    counterparty: Mention | None
    sentence: Sentence
    trigger_start: int
    co_agents: tuple[Mention, ...] = ()
    amount: Amount | None = None
    capacity: Capacity | None = None
    shares: ShareCount | None = None
    subtype: str | None = None
    extra: tuple[Sentence, ...] = ()
    #: "lead" = names the lead investor / lender of a round stated before; "seller" = an acquisition's seller
    attach: str | None = None
    #: the parties were given as X与Y (…签署供货协议): the direction is a guess
    symmetric: bool = False
    #: the grammatical subject stated in the trigger's clause (the topic of what follows)
    subject: Mention | None = None
    #: IRIs of the parties the candidate's sentences all name (set in find_deals)
    named: frozenset[str] = frozenset()
    #: the sentence reports this deal was merged from, in merge order
    units: tuple[Report, ...] = ()
    #: IRIs of roles taken from the deal under discussion (本次…), not named by the sentence
    borrowed: frozenset[str] = frozenset()
    #: an agreement stated as signed (签署/签订…协议, 备忘录): a deal even without a figure
    signed: bool = False
    #: net proceeds (募资净额): a restatement of the gross raise when that is stated too
    net: bool = False
    #: further parties on the counterparty's side (the other banks of a marked list)
    co_counterparties: tuple[Mention, ...] = ()
    #: an acquisition's target when the counterparty is its seller (受让B持有的X股份: X), so a
    #: report naming the target only (A收购X) restates the deal
    target: Mention | None = None
    #: an award of an indefinite works (中标一项…工程): its owner is unnamed, not unrecognised
    unowned: bool = False


def pair_of(c: Candidate) -> tuple[str | None, ...]:
    """The candidate's two parties as a sorted pair of IRIs, or ``(None,)``."""
    if c.agent is None or c.counterparty is None:
        return (None,)
    return tuple(sorted((c.agent.iri, c.counterparty.iri)))
