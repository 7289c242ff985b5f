"""IRI minting without rdflib: the base IRIs as strings and the IRIs of unknown entities.

The extraction (``pipeline.nlp``) names entities before any graph exists, so the strings live
here and ``pipeline.graph`` builds its rdflib namespaces from them (dependencies point one way:
model ← nlp ← graph).
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.model.records import EntityType

#: the ontology namespace
FIN_BASE = "https://w3id.org/finkg/ontology#"
#: every instance IRI starts here
ID_BASE = "https://w3id.org/finkg/id/"

_SPACE = re.compile(r"\s+")
_SLUG_SAFE = frozenset("-._~")


def slug(name: str) -> str:
    """The IRI slug of an unknown entity's name (the caller passes the t2s view of the name):
    NFKC, case-folded, spaces as ``-``, every other non-alphanumeric character as ``_``."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = _SPACE.sub("-", text)
    return "".join(ch if (ch.isalnum() or ch in _SLUG_SAFE) else "_" for ch in text).strip("_") or "_"


def unknown_iri(kind: EntityType, name_view: str) -> str:
    """``id/person/<slug>`` for a person, ``id/org/<slug>`` for any other unknown entity."""
    base = "person" if kind == "person" else "org"
    return f"{ID_BASE}{base}/{slug(name_view)}"
