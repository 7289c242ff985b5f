"""The one deal scorer: gold deals against predicted deals, both as contract JSON.

A gold and a predicted deal match when they have the same type, the agents match and the
counterparties match as entities (a party's forms are those of its entity group in that object's
``organizations`` / ``people`` lists and aliases; null matches only null), and when either side
has an amount, both have one with the same value (an amount text that names no amount record is
compared as text). co_agents are not scored. Deals whose evidence starts outside the gold
``body_spans`` are not scored. Among the candidates, a maximum one-to-one matching prefers the
predicted deal whose evidence starts nearest the gold one.

Relaxed scores (:data:`RELAXATIONS`) drop criteria from that test, to show which one a set of
articles fails on: a deal found with the right parties but the wrong amount counts under "without
amount". They are diagnostics, reported beside the deal score, never instead of it.

``finkg evaluate`` and the deal tests use this one function (:func:`match_deals`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.eval.groups import gold_groups
from pipeline.eval.matching import Groups, Scope, max_matching, normalise_name, same_value, scope_of
from pipeline.eval.report import ENTITY_CATEGORIES, Counts, ErrorItem, Json

#: The four tests of "the same deal".
CRITERIA: tuple[str, ...] = ("type", "agent", "counterparty", "amount")

#: Relaxed deal scores: name → the criteria left out.
RELAXATIONS: Mapping[str, frozenset[str]] = {
    "without amount": frozenset({"amount"}),
    "without type": frozenset({"type"}),
    "without agent": frozenset({"agent"}),
    "without counterparty": frozenset({"counterparty"}),
    "type only": frozenset({"agent", "counterparty", "amount"}),
}


def party_forms(party: str | None, groups: Sequence[Groups]) -> frozenset[str] | None:
    if party is None:
        return None
    forms: set[str] = set()
    for g in groups:
        forms |= g.group_of(party)
    return frozenset(forms)


def deal_amount(deal: Mapping[str, Any], amounts: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The amount record a deal's ``amount_text`` refers to (by start, else the nearest same text)."""
    text = deal.get("amount_text")
    if not text:
        return None
    start = deal.get("amount_start")
    same = [a for a in amounts if a.get("text") == text]
    for a in same:
        if a.get("start") == start:
            return a
    if same:
        anchor = int(deal.get("evidence_start") or 0)
        return min(same, key=lambda a: abs(int(a["start"]) - anchor))
    return {"text": text, "value": None, "unresolved": True}


def deal_text(d: Mapping[str, Any]) -> str:
    figure = d.get("amount_text") or d.get("capacity_text") or d.get("shares_text") or "-"
    return f"{d.get('type')}: {d.get('agent')} -> {d.get('counterparty')} ({figure})"


def _in_scope(obj: Json, scope: Scope) -> tuple[Json, ...]:
    return tuple(
        d
        for d in obj.get("deals") or ()
        if scope.in_body(int(d["evidence_start"]), int(d["evidence_start"]) + 1)
    )


class _Sides:
    """What deciding one pair needs: each side's entity groups and amounts."""

    def __init__(self, gold: Json, pred: Json) -> None:
        self.gold, self.pred = gold, pred
        self.gold_groups = [gold_groups(gold, c) for c in ENTITY_CATEGORIES]
        self.pred_groups = [gold_groups(pred, c) for c in ENTITY_CATEGORIES]

    def party_ok(self, g: str | None, p: str | None) -> bool:
        gf, pf = party_forms(g, self.gold_groups), party_forms(p, self.pred_groups)
        if gf is None or pf is None:
            return gf is None and pf is None
        return bool(gf & pf)

    def amount_ok(self, g: Json, p: Json) -> bool:
        ga = deal_amount(g, self.gold.get("amounts") or ())
        pa = deal_amount(p, self.pred.get("amounts") or ())
        if ga is None or pa is None:
            return ga is None and pa is None
        if ga.get("unresolved") or pa.get("unresolved"):
            return normalise_name(str(ga["text"])) == normalise_name(str(pa["text"]))
        return same_value(ga, pa, "amounts")

    def same_deal(self, g: Json, p: Json, ignore: Collection[str] = ()) -> bool:
        """Whether ``p`` is ``g`` by every criterion of :data:`CRITERIA` not in ``ignore``."""
        tests = {
            "type": lambda: g.get("type") == p.get("type"),
            "agent": lambda: self.party_ok(g.get("agent"), p.get("agent")),
            "counterparty": lambda: self.party_ok(g.get("counterparty"), p.get("counterparty")),
            "amount": lambda: self.amount_ok(g, p),
        }
        return all(tests[c]() for c in CRITERIA if c not in ignore)


@dataclass(frozen=True)
class DealMatch:
    """The scored deals of one article and the one-to-one matching between them."""

    golds: tuple[Json, ...]
    preds: tuple[Json, ...]
    #: gold index → predicted index
    pairs: Mapping[int, int]

    @property
    def counts(self) -> Counts:
        tp = len(self.pairs)
        return Counts(tp=tp, fn=len(self.golds) - tp, fp=len(self.preds) - tp)

    def matched(self) -> list[tuple[Json, Json]]:
        """(gold deal, predicted deal) for each match, in gold order."""
        return [(self.golds[i], self.preds[j]) for i, j in sorted(self.pairs.items())]

    def errors(self, name: str) -> list[ErrorItem]:
        """An FN for each unmatched gold deal, then an FP for each unmatched predicted one."""
        matched = set(self.pairs.values())
        missed = [("FN", g) for i, g in enumerate(self.golds) if i not in self.pairs]
        extra = [("FP", p) for j, p in enumerate(self.preds) if j not in matched]
        return [_error(name, kind, d) for kind, d in missed + extra]


def _error(name: str, kind: str, deal: Json) -> ErrorItem:
    start = int(deal["evidence_start"])
    evidence = str(deal.get("evidence", ""))
    return ErrorItem(
        name, "deals", kind, start, start + len(evidence), deal_text(deal), "evidence: " + evidence[:60]
    )


def match_deals(
    gold: Json, pred: Json, scope: Scope | None = None, ignore: Collection[str] = ()
) -> DealMatch:
    """Match the deals of ``pred`` to those of ``gold`` (both contract objects of one article),
    leaving out the criteria named in ``ignore`` (see :data:`RELAXATIONS`)."""
    scope = scope if scope is not None else scope_of(gold)
    golds, preds = _in_scope(gold, scope), _in_scope(pred, scope)
    sides = _Sides(gold, pred)

    def candidates(i: int) -> list[int]:
        g = golds[i]
        js = [j for j, p in enumerate(preds) if sides.same_deal(g, p, ignore)]
        return sorted(js, key=lambda j: abs(int(preds[j]["evidence_start"]) - int(g["evidence_start"])))

    return DealMatch(golds, preds, max_matching(len(golds), candidates))


def scored_deals(gold: Json, pred: Json, scope: Scope | None = None) -> list[tuple[int, bool]]:
    """For each predicted deal the scorer scores (its index in ``pred["deals"]``), whether it is
    the same deal as some gold deal (type, agent, counterparty, amount): a training label."""
    scope = scope if scope is not None else scope_of(gold)
    golds = _in_scope(gold, scope)
    sides = _Sides(gold, pred)
    return [
        (j, any(sides.same_deal(g, p) for g in golds))
        for j, p in enumerate(pred.get("deals") or ())
        if scope.in_body(int(p["evidence_start"]), int(p["evidence_start"]) + 1)
    ]
