"""The cycle collector around long-lived work: paused, then what the block made in the oldest
generation; frozen for a block, then back."""

from __future__ import annotations

import gc
import weakref

from pipeline.collector import collector_frozen, collector_paused


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_a_paused_block_runs_no_collection_and_leaves_no_young_objects() -> None:
    collections: list[str] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        collections.append(phase)

    gc.callbacks.append(seen)
    try:
        with collector_paused():
            made = [[k] for k in range(200_000)]  # far past the young generation's threshold
            assert not gc.isenabled()
        assert collections == []
        assert gc.isenabled()
        assert gc.get_count()[0] < 1000, "the block's objects are not young any more"
        assert gc.get_freeze_count() == 0
    finally:
        gc.callbacks.remove(seen)
    del made


def test_a_cycle_made_in_a_paused_block_is_collected_by_a_full_collection() -> None:
    with collector_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    gc.collect()
    assert gone() is None


def test_a_paused_block_leaves_what_is_frozen_as_it_is() -> None:
    with collector_frozen():
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector_paused():
            _ = [[k] for k in range(1000)]
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == 0


def test_a_paused_block_inside_a_paused_block_keeps_the_collector_off() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
