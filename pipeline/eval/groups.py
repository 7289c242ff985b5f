"""Entities as groups of surface forms, gold and predicted (see :mod:`pipeline.eval.scoring`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.eval.matching import Groups, Scope, normalise_name

ALIAS_KEYS: dict[str, str] = {"organizations": "organization_aliases", "people": "people_aliases"}
ENTITY_TYPES: dict[str, frozenset[str]] = {
    "organizations": frozenset({"organization", "media"}),
    "people": frozenset({"person"}),
}


def gold_groups(obj: Mapping[str, Any], category: str) -> Groups:
    groups = Groups()
    for n in obj.get(category) or ():
        groups.add(n)
    for key, forms in (obj.get(ALIAS_KEYS[category]) or {}).items():
        groups.add(key, *forms)
    return groups


def pred_groups(obj: Mapping[str, Any], category: str, scope: Scope) -> Groups:
    """The predicted entities: by IRI from ``entities`` (mentions in the body), else by name lists."""
    entities = obj.get("entities")
    if entities is None:
        return gold_groups(obj, category)
    groups = Groups()
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
