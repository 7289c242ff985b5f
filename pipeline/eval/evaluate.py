"""Score extractions against gold files (shared/gold-format.md, "How evaluate matches").

Everything is compared as contract JSON (``pipeline.eval.contract``), so the same code scores the
pipeline run here, or saved ``finkg extract`` output (``--pred DIR``).

Matching, per article, always one-to-one (a maximum bipartite matching, preferring the closest
candidate), then micro-averaged over articles:

- amounts / capacities / shares / percentages: spans overlap and the value is equal (relative
  tolerance 1e-9; for a gold item without a value — ranges, vague — min and max are compared) and,
  for amounts, the currency is equal. On matched pairs: qualifier, per and converted_from accuracy.
  ``converted_from`` is right when both are null, or when the two source amounts are themselves a
  matched pair. ``conversions`` scores the links (restating amount → source amount) as a category:
  a predicted link is a TP when both its ends are matched to the ends of a gold link.
- organizations / people are scored per *entity*, not per mention: a gold entity is a group of
  surface forms (each listed name, merged with its alias list; names sharing a form are one
  entity). A predicted entity is the set of forms of one IRI (the ``entities`` key, mentions in the
  body), or, without that key, the same grouping of the name and alias lists. A gold and a
  predicted entity match when they share a form (NFKC, case-folded, whitespace removed). So a
  name repeated 40 times counts once, a missed entity is one FN, an entity split over two IRIs is
  one TP + one FP, and two entities merged into one IRI are one TP + one FN.
- deals: same type, agent and counterparty match as entities (a party's forms are those of its
  entity group; null matches only null), and when either side has an amount, both have one with
  the same value. co_agents are not scored.
- Gold ``body_spans``: predicted items that do not overlap the body are not scored (deals by their
  evidence start). Gold ``excluded_mentions``: a predicted item overlapping one is neither a TP nor
  an FP (unless it matches a gold item).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.model.records import Article

QUANTITY_CATEGORIES: tuple[str, ...] = ("amounts", "capacities", "shares", "percentages")
ENTITY_CATEGORIES: tuple[str, ...] = ("organizations", "people")
CATEGORIES: tuple[str, ...] = (*QUANTITY_CATEGORIES, "conversions", *ENTITY_CATEGORIES, "deals")
ALIAS_KEYS: dict[str, str] = {"organizations": "organization_aliases", "people": "people_aliases"}
ENTITY_TYPES: dict[str, frozenset[str]] = {
    "organizations": frozenset({"organization", "media"}),
    "people": frozenset({"person"}),
}
REL_TOL = 1e-9

Json = dict[str, Any]


# --- scores ----------------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> Json:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, other: Accuracy) -> None:
        self.correct, self.total = self.correct + other.correct, self.total + other.total

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def to_json(self) -> Json:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(frozen=True)
class ErrorItem:
    """One scoring error: ``kind`` is FP, FN, or the attribute that differs on a matched pair."""

    article: str
    category: str
    kind: str
    start: int | None
    end: int | None
    text: str
    detail: str = ""

    def format(self) -> str:
        where = f"{self.start}-{self.end}" if self.start is not None else "-"
        detail = f"  [{self.detail}]" if self.detail else ""
        return f"{self.article:<40} {self.category:<13} {self.kind:<15} {where:<11} {self.text}{detail}"


@dataclass
class ArticleScore:
    name: str
    counts: dict[str, Counts] = field(default_factory=dict)
    attributes: dict[str, Accuracy] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)


@dataclass
class Report:
    articles: list[ArticleScore]
    categories: tuple[str, ...] = CATEGORIES

    def totals(self) -> tuple[dict[str, Counts], dict[str, Accuracy]]:
        counts = {c: Counts() for c in self.categories}
        attributes: dict[str, Accuracy] = {}
        for a in self.articles:
            for c, n in a.counts.items():
                counts.setdefault(c, Counts()).add(n)
            for k, acc in a.attributes.items():
                attributes.setdefault(k, Accuracy()).add(acc)
        return counts, attributes

    @property
    def errors(self) -> list[ErrorItem]:
        return [e for a in self.articles for e in a.errors]

    def format(self, per_article: bool = False, show_errors: bool = False) -> str:
        counts, attributes = self.totals()
        lines = [f"finkg evaluation: {len(self.articles)} articles (micro-averaged)", ""]
        lines += _table(counts)
        if attributes:
            lines += ["", f"{'attribute (on matched pairs)':<30} {'accuracy':>8} {'correct':>8} {'total':>6}"]
            for key in sorted(attributes, key=_attribute_order):
                acc = attributes[key]
                lines.append(f"{key:<30} {acc.value:>8.3f} {acc.correct:>8} {acc.total:>6}")
        if per_article:
            for a in self.articles:
                lines += ["", f"== {a.name}"]
                lines += _table(a.counts)
                bad = [f"{k} {v.correct}/{v.total}" for k, v in a.attributes.items() if v.correct < v.total]
                if bad:
                    lines.append("attribute errors: " + ", ".join(bad))
        if show_errors:
            lines += ["", f"errors ({len(self.errors)}):"]
            lines += [e.format() for e in self.errors]
        return "\n".join(lines)

    def to_json(self) -> Json:
        counts, attributes = self.totals()
        return {
            "categories": {c: n.to_json() for c, n in counts.items()},
            "attributes": {k: v.to_json() for k, v in attributes.items()},
            "articles": [
                {
                    "name": a.name,
                    "categories": {c: n.to_json() for c, n in a.counts.items()},
                    "attributes": {k: v.to_json() for k, v in a.attributes.items()},
                    "errors": [e.__dict__ for e in a.errors],
                }
                for a in self.articles
            ],
        }


ATTRIBUTES: tuple[str, ...] = ("qualifier", "per", "converted_from")


def _attribute_order(key: str) -> tuple[int, int]:
    category, _, attribute = key.partition(".")
    return (
        CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES),
        ATTRIBUTES.index(attribute) if attribute in ATTRIBUTES else len(ATTRIBUTES),
    )


def _table(counts: Mapping[str, Counts]) -> list[str]:
    lines = [f"{'category':<14} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}"]
    for c, n in counts.items():
        lines.append(
            f"{c:<14} {n.precision:>6.3f} {n.recall:>6.3f} {n.f1:>6.3f} {n.tp:>6} {n.fp:>6} {n.fn:>6}"
        )
    return lines


# --- matching helpers ------------------------------------------------------------------------------


def max_matching(n_left: int, candidates: Callable[[int], Sequence[int]]) -> dict[int, int]:
    """A maximum bipartite matching (Kuhn), trying each left item's candidates in the given order."""
    right_of: dict[int, int] = {}
    left_of: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates(i):
            if j in seen:
                continue
            seen.add(j)
            if j not in left_of or augment(left_of[j], seen):
                left_of[j] = i
                right_of[i] = j
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return right_of


def num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b)) or a == b


def overlaps(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"]))


def same_value(gold: Mapping[str, Any], pred: Mapping[str, Any], category: str) -> bool:
    key, lo, hi = (
        ("value_watts", "min_watts", "max_watts") if category == "capacities" else ("value", "min", "max")
    )
    if gold.get(key) is not None:
        return num_eq(gold[key], pred.get(key))
    return pred.get(key) is None and num_eq(gold.get(lo), pred.get(lo)) and num_eq(gold.get(hi), pred.get(hi))


def _value_text(item: Mapping[str, Any], category: str) -> str:
    key = "value_watts" if category == "capacities" else "value"
    value = item.get(key)
    if value is None:
        lo, hi = item.get("min", item.get("min_watts")), item.get("max", item.get("max_watts"))
        value = f"{lo}..{hi}" if lo is not None or hi is not None else "null"
    currency = f" {item['currency']}" if item.get("currency") else ""
    return f"{value}{currency} {item.get('qualifier', 'exact')}"


def normalise_name(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


class _Groups:
    """Union-find over normalised surface forms: entities as sets of forms."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.display: dict[str, str] = {}
        self.where: dict[str, tuple[int, int]] = {}  # first mention of a form, when known

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def add(self, *names: str) -> None:
        keys = [normalise_name(n) for n in names if n]
        for n, k in zip(names, keys, strict=False):
            if k not in self.parent:
                self.parent[k] = k
                self.display[k] = n
        for k in keys[1:]:
            self.parent[self.find(k)] = self.find(keys[0])

    def groups(self) -> list[frozenset[str]]:
        out: dict[str, set[str]] = {}
        for k in self.parent:
            out.setdefault(self.find(k), set()).add(k)
        return [frozenset(g) for g in out.values()]

    def group_of(self, name: str) -> frozenset[str]:
        k = normalise_name(name)
        if k not in self.parent:
            return frozenset({k})
        root = self.find(k)
        return frozenset(x for x in self.parent if self.find(x) == root)


# --- one article -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scope:
    body: tuple[tuple[int, int], ...]
    excluded: tuple[tuple[int, int], ...]

    def in_body(self, start: int, end: int) -> bool:
        return not self.body or any(b < max(end, start + 1) and start < e for b, e in self.body)

    def is_excluded(self, start: int, end: int) -> bool:
        return any(b < end and start < e for b, e in self.excluded)

    def scored(self, item: Mapping[str, Any]) -> bool:
        return self.in_body(int(item["start"]), int(item["end"]))


def _scope(gold: Mapping[str, Any]) -> _Scope:
    body = tuple((int(s), int(e)) for s, e in gold.get("body_spans") or ())
    excluded = tuple((int(x["start"]), int(x["end"])) for x in gold.get("excluded_mentions") or ())
    return _Scope(body, excluded)


def _source_index(items: Sequence[Mapping[str, Any]], i: int) -> int | None:
    """Index of the amount that ``items[i]`` restates (by converted_from_start, else by text)."""
    item = items[i]
    text = item.get("converted_from")
    start = item.get("converted_from_start")
    if start is not None:
        for j, other in enumerate(items):
            if other.get("start") == start:
                return j
    if not text:
        return None
    before = [
        j for j, o in enumerate(items) if o.get("text") == text and int(o["start"]) < int(item["start"])
    ]
    if before:
        return before[-1]
    anywhere = [j for j, o in enumerate(items) if o.get("text") == text]
    return anywhere[0] if anywhere else None


def _unmatched(
    name: str, category: str, kind: str, item: Json, others: Sequence[Json], other_side: str
) -> ErrorItem:
    """An FN or FP, with what the other side has overlapping it (the usual cause)."""
    detail = _value_text(item, category)
    near = [o for o in others if overlaps(item, o)]
    if near:
        detail += f" | {other_side}: " + "; ".join(f"{o['text']} = {_value_text(o, category)}" for o in near)
    return ErrorItem(name, category, kind, item["start"], item["end"], item["text"], detail)


def _score_quantities(
    name: str, category: str, gold: Json, pred: Json, scope: _Scope, out: ArticleScore
) -> None:
    golds: list[Json] = [g for g in gold.get(category) or () if scope.scored(g)]
    preds: list[Json] = [p for p in pred.get(category) or () if scope.scored(p)]

    def ok(g: Json, p: Json) -> bool:
        return (
            overlaps(g, p)
            and same_value(g, p, category)
            and (category != "amounts" or g.get("currency") == p.get("currency"))
        )

    def candidates(i: int) -> list[int]:
        g = golds[i]
        js = [j for j, p in enumerate(preds) if ok(g, p)]
        return sorted(
            js, key=lambda j: (-_overlap(g, preds[j]), abs(int(preds[j]["start"]) - int(g["start"])))
        )

    match = max_matching(len(golds), candidates)
    matched_pred = set(match.values())
    counts = Counts(tp=len(match))
    for i, g in enumerate(golds):
        if i in match:
            continue
        counts.fn += 1
        out.errors.append(_unmatched(name, category, "FN", g, preds, "pred"))
    for j, p in enumerate(preds):
        if j in matched_pred or scope.is_excluded(int(p["start"]), int(p["end"])):
            continue
        counts.fp += 1
        out.errors.append(_unmatched(name, category, "FP", p, golds, "gold"))
    out.counts[category] = counts

    attributes = ["qualifier"] + (["per", "converted_from"] if category == "amounts" else [])
    for attribute in attributes:
        acc = Accuracy()
        for i, j in match.items():
            g, p = golds[i], preds[j]
            if attribute == "converted_from":
                gs, ps = _source_index(golds, i), _source_index(preds, j)
                right = (gs is None and ps is None) or (gs is not None and match.get(gs) == ps)
                shown = (g.get("converted_from"), p.get("converted_from"))
            else:
                default = "exact" if attribute == "qualifier" else None
                right = g.get(attribute, default) == p.get(attribute, default)
                shown = (g.get(attribute, default), p.get(attribute, default))
            acc.total += 1
            acc.correct += right
            if not right:
                detail = f"gold {shown[0]!r}, pred {shown[1]!r}"
                out.errors.append(
                    ErrorItem(name, category, attribute, p["start"], p["end"], p["text"], detail)
                )
        out.attributes[f"{category}.{attribute}"] = acc

    if category == "amounts":
        _score_links(name, golds, preds, match, scope, out)


def _score_links(
    name: str, golds: list[Json], preds: list[Json], match: dict[int, int], scope: _Scope, out: ArticleScore
) -> None:
    gold_links = {(i, s) for i in range(len(golds)) if (s := _source_index(golds, i)) is not None}
    pred_links = {(j, s) for j in range(len(preds)) if (s := _source_index(preds, j)) is not None}
    hits = {(i, s) for i, s in gold_links if (match.get(i), match.get(s)) in pred_links}
    hit_preds = {(match[i], match[s]) for i, s in hits}
    counts = Counts(tp=len(hits))
    for i, s in sorted(gold_links - hits):
        g = golds[i]
        counts.fn += 1
        detail = f"restates {golds[s]['text']!r}@{golds[s]['start']}"
        out.errors.append(ErrorItem(name, "conversions", "FN", g["start"], g["end"], g["text"], detail))
    for j, s in sorted(pred_links - hit_preds):
        p = preds[j]
        if j not in match.values() and scope.is_excluded(int(p["start"]), int(p["end"])):
            continue
        counts.fp += 1
        detail = f"restates {preds[s]['text']!r}@{preds[s]['start']}"
        out.errors.append(ErrorItem(name, "conversions", "FP", p["start"], p["end"], p["text"], detail))
    out.counts["conversions"] = counts


def gold_groups(obj: Mapping[str, Any], category: str) -> _Groups:
    groups = _Groups()
    for n in obj.get(category) or ():
        groups.add(n)
    for key, forms in (obj.get(ALIAS_KEYS[category]) or {}).items():
        groups.add(key, *forms)
    return groups


def pred_groups(obj: Mapping[str, Any], category: str, scope: _Scope) -> _Groups:
    """The predicted entities: by IRI from ``entities`` (mentions in the body), else by name lists."""
    entities = obj.get("entities")
    if entities is None:
        return gold_groups(obj, category)
    groups = _Groups()
    for e in entities:
        if e.get("type") not in ENTITY_TYPES[category]:
            continue
        mentions = [
            m
            for m in e.get("mentions") or ()
            if scope.in_body(int(m["start"]), int(m["end"]))
            and not scope.is_excluded(int(m["start"]), int(m["end"]))
        ]
        if mentions:
            groups.add(*(m["text"] for m in mentions))
            for m in mentions:
                groups.where.setdefault(normalise_name(m["text"]), (int(m["start"]), int(m["end"])))
    return groups


def _locate(groups: _Groups, text: str | None, scope: _Scope) -> None:
    """Find the first in-body occurrence of each form not yet located (for error listings)."""
    if text is None:
        return
    for key, shown in groups.display.items():
        if key in groups.where:
            continue
        start = text.find(shown)
        while start >= 0 and not scope.in_body(start, start + len(shown)):
            start = text.find(shown, start + 1)
        if start >= 0:
            groups.where[key] = (start, start + len(shown))


def _score_entities(
    name: str, category: str, gold: Json, pred: Json, scope: _Scope, out: ArticleScore, text: str | None
) -> None:
    gs = gold_groups(gold, category)
    ps = pred_groups(pred, category, scope)
    _locate(gs, text, scope)
    _locate(ps, text, scope)
    golds, preds = gs.groups(), ps.groups()

    def candidates(i: int) -> list[int]:
        return sorted(
            (j for j, p in enumerate(preds) if golds[i] & p), key=lambda j: -len(golds[i] & preds[j])
        )

    match = max_matching(len(golds), candidates)
    counts = Counts(tp=len(match), fn=len(golds) - len(match), fp=len(preds) - len(match))

    def error(kind: str, groups: _Groups, forms: frozenset[str]) -> ErrorItem:
        spans = sorted(groups.where[f] for f in forms if f in groups.where)
        start, end = spans[0] if spans else (None, None)
        return ErrorItem(
            name, category, kind, start, end, " / ".join(sorted(groups.display[f] for f in forms))
        )

    for i, g in enumerate(golds):
        if i not in match:
            out.errors.append(error("FN", gs, g))
    matched = set(match.values())
    for j, p in enumerate(preds):
        if j not in matched:
            out.errors.append(error("FP", ps, p))
    out.counts[category] = counts


def _party_forms(party: str | None, groups: Sequence[_Groups]) -> frozenset[str] | None:
    if party is None:
        return None
    forms: set[str] = set()
    for g in groups:
        forms |= g.group_of(party)
    return frozenset(forms)


def _deal_amount(deal: Mapping[str, Any], amounts: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
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


def _deal_text(d: Mapping[str, Any]) -> str:
    figure = d.get("amount_text") or d.get("capacity_text") or d.get("shares_text") or "-"
    return f"{d.get('type')}: {d.get('agent')} -> {d.get('counterparty')} ({figure})"


def _score_deals(name: str, gold: Json, pred: Json, scope: _Scope, out: ArticleScore) -> None:
    golds = [
        d
        for d in gold.get("deals") or ()
        if scope.in_body(int(d["evidence_start"]), int(d["evidence_start"]) + 1)
    ]
    preds = [
        d
        for d in pred.get("deals") or ()
        if scope.in_body(int(d["evidence_start"]), int(d["evidence_start"]) + 1)
    ]
    g_groups = [gold_groups(gold, c) for c in ENTITY_CATEGORIES]
    p_groups = [gold_groups(pred, c) for c in ENTITY_CATEGORIES]

    def party_ok(g: str | None, p: str | None) -> bool:
        gf, pf = _party_forms(g, g_groups), _party_forms(p, p_groups)
        if gf is None or pf is None:
            return gf is None and pf is None
        return bool(gf & pf)

    def amount_ok(g: Json, p: Json) -> bool:
        ga, pa = _deal_amount(g, gold.get("amounts") or ()), _deal_amount(p, pred.get("amounts") or ())
        if ga is None or pa is None:
            return ga is None and pa is None
        if ga.get("unresolved") or pa.get("unresolved"):
            return normalise_name(str(ga["text"])) == normalise_name(str(pa["text"]))
        return same_value(ga, pa, "amounts")

    def ok(g: Json, p: Json) -> bool:
        return (
            g.get("type") == p.get("type")
            and party_ok(g.get("agent"), p.get("agent"))
            and party_ok(g.get("counterparty"), p.get("counterparty"))
            and amount_ok(g, p)
        )

    def candidates(i: int) -> list[int]:
        g = golds[i]
        js = [j for j, p in enumerate(preds) if ok(g, p)]
        return sorted(js, key=lambda j: abs(int(preds[j]["evidence_start"]) - int(g["evidence_start"])))

    match = max_matching(len(golds), candidates)
    counts = Counts(tp=len(match), fn=len(golds) - len(match), fp=len(preds) - len(match))
    for i, g in enumerate(golds):
        if i not in match:
            start = int(g["evidence_start"])
            detail = "evidence: " + str(g.get("evidence", ""))[:60]
            out.errors.append(
                ErrorItem(
                    name, "deals", "FN", start, start + len(g.get("evidence", "")), _deal_text(g), detail
                )
            )
    matched = set(match.values())
    for j, p in enumerate(preds):
        if j not in matched:
            start = int(p["evidence_start"])
            detail = "evidence: " + str(p.get("evidence", ""))[:60]
            out.errors.append(
                ErrorItem(
                    name, "deals", "FP", start, start + len(p.get("evidence", "")), _deal_text(p), detail
                )
            )
    out.counts["deals"] = counts


def compare(
    gold: Json,
    pred: Json,
    name: str = "",
    categories: Iterable[str] | None = None,
    text: str | None = None,
) -> ArticleScore:
    """Score one article's predicted contract object against its gold object.

    ``text`` (the article) is only used to give entity errors an offset.
    """
    chosen = tuple(categories) if categories is not None else CATEGORIES
    unknown = set(chosen) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories {sorted(unknown)}; choose from {CATEGORIES}")
    scope = _scope(gold)
    out = ArticleScore(name)
    for category in QUANTITY_CATEGORIES:
        if category in chosen or (category == "amounts" and "conversions" in chosen):
            _score_quantities(name, category, gold, pred, scope, out)
    for category in ENTITY_CATEGORIES:
        if category in chosen:
            _score_entities(name, category, gold, pred, scope, out, text)
    if "deals" in chosen:
        _score_deals(name, gold, pred, scope, out)
    # keep only what was asked for, in the canonical order
    out.counts = {c: out.counts[c] for c in CATEGORIES if c in chosen and c in out.counts}
    out.attributes = {k: v for k, v in out.attributes.items() if k.split(".")[0] in chosen}
    out.errors = [e for e in out.errors if e.category in chosen]
    return out


# --- the corpus -------------------------------------------------------------------------------------


def read_article(path: Path) -> Article:
    """The article as ``finkg`` reads it (``pipeline.read.reader``), offsets on the exact file text.

    Gold offsets index the file decoded as UTF-8; should the reader ever return other text, the
    file text is kept and the reader's body spans (offsets into its text) are dropped.
    """
    from pipeline.read.reader import read_file

    text = path.read_bytes().decode("utf-8")
    (article, *_rest) = read_file(str(path))
    if article.text != text:
        article = replace(article, text=text, body_spans=())
    return article


def evaluate(
    gold_dir: str | Path,
    articles_dir: str | Path,
    nlp: Any = None,
    categories: Iterable[str] | None = None,
    pred_dir: str | Path | None = None,
    only: str | None = None,
) -> Report:
    """Score the extraction of every article that has a gold file in ``gold_dir``.

    Predictions come from running ``nlp`` (built with ``pipeline.nlp.wiring.build_nlp`` when None) over
    ``articles_dir/<stem>.txt``, or from ``pred_dir/<stem>.json`` when given. ``only`` keeps the
    articles whose name contains it.
    """
    chosen = tuple(categories) if categories is not None else CATEGORIES
    gold_paths = sorted(Path(gold_dir).glob("*.json"))
    if only:
        gold_paths = [p for p in gold_paths if only in p.stem]
    scores: list[ArticleScore] = []
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = Path(articles_dir) / (gold.get("file") or f"{gold_path.stem}.txt")
        text = text_path.read_bytes().decode("utf-8") if text_path.is_file() else None
        if pred_dir is not None:
            pred = json.loads((Path(pred_dir) / f"{gold_path.stem}.json").read_text(encoding="utf-8"))
        else:
            from pipeline.eval.contract import to_contract
            from pipeline.nlp.extract import extract

            if nlp is None:
                from pipeline.nlp.wiring import build_nlp

                nlp = build_nlp()
            pred = to_contract(extract(nlp, read_article(text_path)))
        scores.append(compare(gold, pred, gold_path.stem, chosen, text))
    return Report(scores, chosen)


def main(argv: Sequence[str] | None = None) -> int:
    from pipeline.resources import _PACKAGE

    root = _PACKAGE.parent
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.eval.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--gold", default=str(root / "corpus" / "gold"), help="directory of gold JSON files")
    parser.add_argument(
        "--articles", default=str(root / "corpus" / "articles"), help="directory of article .txt"
    )
    parser.add_argument(
        "--pred", default=None, help="score saved contract JSON (<stem>.json) instead of running"
    )
    parser.add_argument(
        "--category",
        action="append",
        choices=CATEGORIES,
        help="score only this category (repeatable); default all",
    )
    parser.add_argument("--article", default=None, help="only articles whose file name contains this")
    parser.add_argument("--per-article", action="store_true", help="also a table per article")
    parser.add_argument("--show-errors", action="store_true", help="list every FP, FN and attribute error")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = evaluate(
        args.gold, args.articles, categories=args.category, pred_dir=args.pred, only=args.article
    )
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        print(report.format(per_article=args.per_article, show_errors=args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
