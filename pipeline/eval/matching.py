"""Matching, one-to-one: a maximum bipartite matching, values compared with a tolerance, names
compared after normalisation, entities as groups of surface forms, and the part of an article that
is scored (gold ``body_spans`` and ``excluded_mentions``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

REL_TOL = 1e-9


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


def overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"]))


def same_value(gold: Mapping[str, Any], pred: Mapping[str, Any], category: str) -> bool:
    key, lo, hi = (
        ("value_watts", "min_watts", "max_watts") if category == "capacities" else ("value", "min", "max")
    )
    if gold.get(key) is not None:
        return num_eq(gold[key], pred.get(key))
    return pred.get(key) is None and num_eq(gold.get(lo), pred.get(lo)) and num_eq(gold.get(hi), pred.get(hi))


def value_text(item: Mapping[str, Any], category: str) -> str:
    key = "value_watts" if category == "capacities" else "value"
    value = item.get(key)
    if value is None:
        lo, hi = item.get("min", item.get("min_watts")), item.get("max", item.get("max_watts"))
        value = f"{lo}..{hi}" if lo is not None or hi is not None else "null"
    currency = f" {item['currency']}" if item.get("currency") else ""
    return f"{value}{currency} {item.get('qualifier', 'exact')}"


def normalise_name(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


class Groups:
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


@dataclass(frozen=True)
class Scope:
    body: tuple[tuple[int, int], ...]
    excluded: tuple[tuple[int, int], ...]

    def in_body(self, start: int, end: int) -> bool:
        return not self.body or any(b < max(end, start + 1) and start < e for b, e in self.body)

    def is_excluded(self, start: int, end: int) -> bool:
        return any(b < end and start < e for b, e in self.excluded)

    def scored(self, item: Mapping[str, Any]) -> bool:
        return self.in_body(int(item["start"]), int(item["end"]))


def scope_of(gold: Mapping[str, Any]) -> Scope:
    body = tuple((int(s), int(e)) for s, e in gold.get("body_spans") or ())
    excluded = tuple((int(x["start"]), int(x["end"])) for x in gold.get("excluded_mentions") or ())
    return Scope(body, excluded)


def source_index(items: Sequence[Mapping[str, Any]], i: int) -> int | None:
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
