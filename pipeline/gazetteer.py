"""The entity gazetteer (ontology/gazetteer.ttl). STUB — issue 4."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Gazetteer:
    forms: tuple[str, ...] = ()

    def surface_forms(self) -> tuple[str, ...]:
        return self.forms


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
