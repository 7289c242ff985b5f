"""Sentence tables for the deal grammar: sentences of our own, with the parties and figures given,
so they pin the deal grammar, not the recognisers.

``case(id, text, orgs, amounts, exactly=[...])`` is one ``pytest.param``: the deals found must be
``exactly`` those (type, agent, counterparty, amount text), or must ``include`` the ones listed.
``known_failure=reason`` marks it a strict xfail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import pytest

from pipeline.model.records import Amount, Capacity, Deal, Mention, ShareCount
from pipeline.nlp.deals import ID_ORG, find_deals
from pipeline.text.sentences import split_sentences
from pipeline.text.view import TextView

VIEW = TextView()

Summary = tuple[str, str | None, str | None, str | None]
#: an amount given to a case: surface, value, per ("share" …) — the currency is USD for the grammar
AmountSpec = tuple[str, float, str | None]


def mentions_of(
    text: str, names: Sequence[str], people: Sequence[str] = (), media: Sequence[str] = ()
) -> list[Mention]:
    """Every occurrence of each name as a mention (longest names first, no overlaps)."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted({*names, *people, *media}, key=len, reverse=True):
        i = text.find(name)
        while i >= 0:
            if not any(i < e and s < i + len(name) for s, e in taken):
                kind = "person" if name in people else "media" if name in media else "organization"
                out.append(Mention(i, i + len(name), name, ID_ORG + VIEW(name).casefold(), kind))  # type: ignore[arg-type]
                taken.append((i, i + len(name)))
            i = text.find(name, i + 1)
    return sorted(out, key=lambda m: m.start)


def amounts_of(text: str, amounts: Sequence[AmountSpec], every: bool = False) -> list[Amount]:
    """The first occurrence of each amount (every occurrence with ``every``)."""
    out = []
    for surface, value, per in amounts:
        i = text.index(surface)
        while i >= 0:
            out.append(Amount(i, i + len(surface), surface, Decimal(str(value)), "USD", per=per))
            i = text.find(surface, i + 1) if every else -1
    return sorted(out, key=lambda a: a.start)


def capacities_of(text: str, capacities: Sequence[tuple[str, float]], every: bool = False) -> list[Capacity]:
    out = []
    for surface, watts in capacities:
        i = text.index(surface)
        while i >= 0:
            out.append(Capacity(i, i + len(surface), surface, Decimal(str(watts))))
            i = text.find(surface, i + 1) if every else -1
    return sorted(out, key=lambda c: c.start)


def shares_of(text: str, shares: Sequence[tuple[str, float]]) -> list[ShareCount]:
    out = []
    for surface, value in shares:
        i = text.index(surface)
        out.append(ShareCount(i, i + len(surface), surface, Decimal(str(value))))
    return sorted(out, key=lambda s: s.start)


def run(
    text: str,
    orgs: Sequence[str],
    amounts: Sequence[AmountSpec] = (),
    people: Sequence[str] = (),
    media: Sequence[str] = (),
    capacities: Sequence[tuple[str, float]] = (),
    shares: Sequence[tuple[str, float]] = (),
    date: dt.date | None = None,
    every: bool = False,
) -> list[Deal]:
    """The deals of ``text`` with these names and figures recognised."""
    return find_deals(
        text,
        VIEW(text),
        split_sentences(text),
        amounts_of(text, amounts, every),
        capacities_of(text, capacities, every),
        shares_of(text, shares),
        mentions_of(text, orgs, people, media),
        date,
    )


def summary(deals: Sequence[Deal]) -> list[Summary]:
    return [
        (
            d.type,
            d.agent.text if d.agent else None,
            d.counterparty.text if d.counterparty else None,
            d.amount.text if d.amount else None,
        )
        for d in deals
    ]


def evidence_of(deals: Sequence[Deal], agent: str, counterparty: str | None) -> list[str]:
    """The evidence sentences of the deal of these parties."""
    deal = next(
        d
        for d in deals
        if d.agent is not None
        and VIEW(d.agent.text) == VIEW(agent)
        and (d.counterparty.text if d.counterparty else None) == counterparty
    )
    return [e.text for e in deal.evidence]


@dataclass(frozen=True)
class Case:
    text: str
    orgs: tuple[str, ...]
    amounts: tuple[AmountSpec, ...] = ()
    people: tuple[str, ...] = ()
    capacities: tuple[tuple[str, float], ...] = ()
    shares: tuple[tuple[str, float], ...] = ()
    #: the deals found are exactly these (None: not checked)
    exactly: tuple[Summary, ...] | None = None
    #: the deals found include these
    includes: tuple[Summary, ...] = ()

    def deals(self) -> list[Deal]:
        return run(
            self.text, self.orgs, self.amounts, self.people, capacities=self.capacities, shares=self.shares
        )

    def check(self) -> None:
        got = summary(self.deals())
        if self.exactly is not None:
            assert got == list(self.exactly)
        for expected in self.includes:
            assert expected in got


def case(
    id: str,
    text: str,
    orgs: Sequence[str] = (),
    amounts: Sequence[AmountSpec] = (),
    *,
    exactly: Sequence[Summary] | None = None,
    includes: Sequence[Summary] = (),
    people: Sequence[str] = (),
    capacities: Sequence[tuple[str, float]] = (),
    shares: Sequence[tuple[str, float]] = (),
    known_failure: str | None = None,
) -> object:
    """One sentence of a behaviour table, as a ``pytest.param`` with a readable id."""
    c = Case(
        text,
        tuple(orgs),
        tuple(amounts),
        tuple(people),
        tuple(capacities),
        tuple(shares),
        None if exactly is None else tuple(exactly),
        tuple(includes),
    )
    marks = [pytest.mark.xfail(strict=True, reason=known_failure)] if known_failure else []
    return pytest.param(c, id=id, marks=marks)


def no_deal(
    id: str, text: str, orgs: Sequence[str] = (), amounts: Sequence[AmountSpec] = (), **kw: object
) -> object:
    """A sentence that states no deal."""
    return case(id, text, orgs, amounts, exactly=[], **kw)  # type: ignore[arg-type]
