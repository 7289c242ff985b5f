"""``replace`` for the frozen records the passes hand on: ``dataclasses.replace`` without its
loop over the fields and its ``__init__`` call.

The passes never change a record in place; they return a new one (a quantity's reading, a deal
candidate's report, the discourse after each sentence), tens of thousands of times an article
set. For a dataclass whose ``__init__`` only stores its fields — every field in ``__init__``, no
``__post_init__``, no ``InitVar``, no ``__slots__``, no cached property — the new record is the
old one's attributes with the changes: that copy is what :func:`replace` makes (about 5x
faster). Any other class, or a change that is no field, goes to ``dataclasses.replace`` itself,
so the result and the errors are always the same.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, TypeVar

T = TypeVar("T")


def replace(obj: T, /, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)``, the same object made faster where it can be."""
    cls: type = type(obj)
    names = _plain_fields(cls)
    if names is None or not changes.keys() <= names:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    new: T = object.__new__(cls)
    state = new.__dict__
    state.update(obj.__dict__)
    state.update(changes)
    return new


@functools.cache
def _plain_fields(cls: type) -> frozenset[str] | None:
    """The field names of a dataclass whose ``__init__`` only stores them, else None.
    (A cache of one answer per class: classes are immutable here.)"""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__slots__"):
        return None
    fields = dataclasses.fields(cls)
    declared = getattr(cls, "__dataclass_fields__", {})
    if len(declared) != len(fields) or not all(f.init for f in fields):
        return None  # an InitVar or a ClassVar, or a field outside __init__
    if hasattr(cls, "__post_init__"):
        return None
    for klass in cls.__mro__:
        if any(isinstance(v, functools.cached_property) for v in vars(klass).values()):
            return None
    return frozenset(f.name for f in fields)
