"""One article's predicted contract object against its gold object, category by category.

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
- deals: :mod:`pipeline.eval.deals`.
- Gold ``body_spans``: predicted items that do not overlap the body are not scored (deals by their
  evidence start). Gold ``excluded_mentions``: a predicted item overlapping one is neither a TP nor
  an FP (unless it matches a gold item).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pipeline.eval.deals import RELAXATIONS, match_deals
from pipeline.eval.groups import gold_groups, pred_groups
from pipeline.eval.matching import (
    Groups,
    Scope,
    max_matching,
    overlap,
    overlaps,
    same_value,
    scope_of,
    source_index,
    value_text,
)
from pipeline.eval.report import (
    CATEGORIES,
    ENTITY_CATEGORIES,
    QUANTITY_CATEGORIES,
    Accuracy,
    ArticleScore,
    Counts,
    ErrorItem,
    Json,
)


def _unmatched(
    name: str, category: str, kind: str, item: Json, others: Sequence[Json], other_side: str
) -> ErrorItem:
    """An FN or FP, with what the other side has overlapping it (the usual cause)."""
    detail = value_text(item, category)
    near = [o for o in others if overlaps(item, o)]
    if near:
        detail += f" | {other_side}: " + "; ".join(f"{o['text']} = {value_text(o, category)}" for o in near)
    return ErrorItem(name, category, kind, item["start"], item["end"], item["text"], detail)


def _score_quantities(
    name: str, category: str, gold: Json, pred: Json, scope: Scope, out: ArticleScore
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
            js, key=lambda j: (-overlap(g, preds[j]), abs(int(preds[j]["start"]) - int(g["start"])))
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
                gs, ps = source_index(golds, i), source_index(preds, j)
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
    name: str, golds: list[Json], preds: list[Json], match: dict[int, int], scope: Scope, out: ArticleScore
) -> None:
    gold_links = {(i, s) for i in range(len(golds)) if (s := source_index(golds, i)) is not None}
    pred_links = {(j, s) for j in range(len(preds)) if (s := source_index(preds, j)) is not None}
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


def _locate(groups: Groups, text: str | None, scope: Scope) -> None:
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
    name: str, category: str, gold: Json, pred: Json, scope: Scope, out: ArticleScore, text: str | None
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

    def error(kind: str, groups: Groups, forms: frozenset[str]) -> ErrorItem:
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
    scope = scope_of(gold)
    out = ArticleScore(name)
    for category in QUANTITY_CATEGORIES:
        if category in chosen or (category == "amounts" and "conversions" in chosen):
            _score_quantities(name, category, gold, pred, scope, out)
    for category in ENTITY_CATEGORIES:
        if category in chosen:
            _score_entities(name, category, gold, pred, scope, out, text)
    if "deals" in chosen:
        deals = match_deals(gold, pred, scope)
        out.counts["deals"] = deals.counts
        out.errors += deals.errors(name)
        out.relaxed = {k: match_deals(gold, pred, scope, drop).counts for k, drop in RELAXATIONS.items()}
    # keep only what was asked for, in the canonical order
    out.counts = {c: out.counts[c] for c in CATEGORIES if c in chosen and c in out.counts}
    out.attributes = {k: v for k, v in out.attributes.items() if k.split(".")[0] in chosen}
    out.errors = [e for e in out.errors if e.category in chosen]
    return out
