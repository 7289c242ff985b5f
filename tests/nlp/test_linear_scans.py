"""Helpers that keep long articles linear: what they pick, not how fast (speed lives in bench/)."""

from __future__ import annotations

import pytest

from pipeline.model.records import Sentence
from pipeline.nlp.deals.merging import lead_with
from pipeline.nlp.quantities.grammar import within
from pipeline.nlp.quantities.numerals import Found


def sentences(*spans: tuple[int, int]) -> list[Sentence]:
    return [Sentence(s, e, "x" * (e - s)) for s, e in spans]


@pytest.mark.parametrize(
    ("spans", "offset", "starts"),
    [
        pytest.param([(0, 5), (10, 15), (20, 25)], 2, [0, 10, 20], id="already-first"),
        pytest.param([(0, 5), (10, 15), (20, 25)], 22, [20, 0, 10], id="moved-first-others-in-order"),
        pytest.param([(10, 15), (0, 5)], 7, [10, 0], id="in-no-sentence-unchanged"),
        pytest.param([(0, 5), (10, 15)], 5, [0, 10], id="end-is-exclusive"),
    ],
)
def test_the_amounts_sentence_leads(spans: list[tuple[int, int]], offset: int, starts: list[int]) -> None:
    found = sentences(*spans)
    lead_with(found, offset)
    assert [s.start for s in found] == starts


@pytest.mark.parametrize(
    ("starts", "first", "end", "picked"),
    [
        pytest.param([0, 3, 5, 9], 1, 6, [1, 2], id="stops-at-the-first-past-the-span"),
        pytest.param([0, 3, 5, 9], 1, 3, [], id="none-inside"),
        pytest.param([0, 3, 5, 9], 0, 100, [0, 1, 2, 3], id="all-inside"),
        pytest.param([0], 1, 10, [], id="nothing-after"),
    ],
)
def test_numerals_inside_a_span(starts: list[int], first: int, end: int, picked: list[int]) -> None:
    nums = [Found(s, s + 1, None) for s in starts]  # type: ignore[arg-type]
    assert list(within(nums, first, end)) == picked
