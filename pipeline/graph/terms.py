"""pyoxigraph terms straight from Python values: IRIs, typed literals, and vocabulary nodes.

The mapping builds every term of an article graph here, so no rdflib term is made on the way to
the store. Lexical forms are the canonical ones Oxigraph would store anyway (``xsd:decimal``
without exponent or trailing zeros, ``true``/``false``, ISO dates).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from pipeline.graph.namespace import XSD_BASE
from pipeline.model.iris import decimal_lexical

XSD_STRING = ox.NamedNode(XSD_BASE + "string")
XSD_DECIMAL = ox.NamedNode(XSD_BASE + "decimal")
XSD_INTEGER = ox.NamedNode(XSD_BASE + "integer")
XSD_BOOLEAN = ox.NamedNode(XSD_BASE + "boolean")
XSD_DOUBLE = ox.NamedNode(XSD_BASE + "double")
XSD_DATE = ox.NamedNode(XSD_BASE + "date")
XSD_DATETIME = ox.NamedNode(XSD_BASE + "dateTime")
XSD_ANYURI = ox.NamedNode(XSD_BASE + "anyURI")


class Vocabulary:
    """The pyoxigraph nodes of an rdflib namespace: ``Vocabulary(FIN).Article``.

    A closed namespace (``FIN``, ``RDF`` …) still refuses a typo. Each node is made once and
    kept in ``_nodes``, a cache of immutable values.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace
        self._nodes: dict[str, ox.NamedNode] = {}

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        node = self._nodes.get(name)
        if node is None:
            node = self._nodes[name] = ox.NamedNode(str(getattr(self._namespace, name)))
            # an attribute from now on: later lookups do not come through __getattr__
            object.__setattr__(self, name, node)
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return self.__getattr__(name)


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def string(value: str, language: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=language) if language else ox.Literal(value)


def decimal(value: Decimal) -> ox.Literal:
    return ox.Literal(decimal_lexical(value), datatype=XSD_DECIMAL)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def double(value: float) -> ox.Literal:
    """An xsd:double in the lexical form Oxigraph stores (0.9, 1 — not 1.0)."""
    lexical = repr(float(value))
    return ox.Literal(lexical[:-2] if lexical.endswith(".0") else lexical, datatype=XSD_DOUBLE)


def boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=XSD_BOOLEAN)


def date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=XSD_DATE)


def date_time(value: dt.datetime) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=XSD_DATETIME)


def any_uri(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=XSD_ANYURI)
