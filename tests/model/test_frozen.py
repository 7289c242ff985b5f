"""pipeline.model.frozen.replace gives what dataclasses.replace gives, for every kind of class."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import InitVar, dataclass, field

import pytest

from pipeline.model.frozen import _plain_fields, replace


@dataclass(frozen=True)
class Plain:
    a: int
    b: str = "x"
    c: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Derived:
    a: int
    double: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "double", 2 * self.a)


@dataclass(frozen=True)
class WithInitVar:
    a: int
    scale: InitVar[int] = 1


@dataclass(frozen=True)
class Cached:
    a: int

    @functools.cached_property
    def square(self) -> int:
        return self.a * self.a


@dataclass(frozen=True, slots=True)
class Slotted:
    a: int
    b: int = 0


@pytest.mark.parametrize(
    ("obj", "changes"),
    [
        pytest.param(Plain(1), {"b": "y"}, id="plain-one-field"),
        pytest.param(Plain(1, "z", (3,)), {"a": 2, "c": (4, 5)}, id="plain-two-fields"),
        pytest.param(Plain(1), {}, id="plain-no-change"),
        pytest.param(Derived(2), {"a": 5}, id="post-init-recomputes"),
        pytest.param(WithInitVar(3), {"a": 4}, id="init-var"),
        pytest.param(Slotted(1), {"b": 7}, id="slots"),
    ],
)
def test_same_as_dataclasses_replace(obj: object, changes: dict[str, object]) -> None:
    ours, theirs = replace(obj, **changes), dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    assert ours == theirs
    assert type(ours) is type(theirs)
    assert [getattr(ours, f.name) for f in dataclasses.fields(ours)] == [  # type: ignore[arg-type]
        getattr(theirs, f.name)
        for f in dataclasses.fields(theirs)  # type: ignore[arg-type]
    ]
    assert ours is not obj


def test_a_copy_is_a_new_frozen_record() -> None:
    old = Plain(1, "a")
    new = replace(old, b="b")
    assert (old.b, new.b) == ("a", "b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        new.b = "c"  # type: ignore[misc]
    assert hash(new) == hash(Plain(1, "b"))


def test_cached_property_is_not_carried_over() -> None:
    old = Cached(3)
    assert old.square == 9
    assert replace(old, a=4).square == 16


@pytest.mark.parametrize(
    ("obj", "changes", "error"),
    [
        pytest.param(Plain(1), {"nope": 1}, TypeError, id="no-such-field"),
        pytest.param(Derived(1), {"double": 4}, ValueError, id="field-outside-init"),
        pytest.param(object(), {}, TypeError, id="no-dataclass"),
    ],
)
def test_same_errors(obj: object, changes: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    with pytest.raises(error):
        replace(obj, **changes)


def test_fast_path_only_for_plain_classes() -> None:
    assert _plain_fields(Plain) == frozenset({"a", "b", "c"})
    assert [_plain_fields(cls) for cls in (Derived, WithInitVar, Cached, Slotted, int)] == [None] * 5
