"""TokenPhrases: spaCy's PhraseMatcher semantics (same matches, same order) on token keys."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.nlp.phrases import TokenPhrases

PATTERNS = [
    ("台积电", ("台积电",)),
    ("台积电公司", ("台积电", "公司")),
    ("鸿海精密", ("鸿海", "精密")),
    ("鸿海精密工业", ("鸿海", "精密", "工业")),
    ("nvidia", ("nvidia",)),
]


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        pytest.param(
            ["台积电", "公司", "公告"], [("台积电", 0, 1), ("台积电公司", 0, 2)], id="shorter-first"
        ),
        pytest.param(
            ["鸿海", "精密", "工业"], [("鸿海精密", 0, 2), ("鸿海精密工业", 0, 3)], id="nested-at-the-end"
        ),
        pytest.param(["鸿海", "工业"], [], id="a-broken-sequence"),
        pytest.param(["买", "nvidia", "与", "台积电"], [("nvidia", 1, 2), ("台积电", 3, 4)], id="by-start"),
        pytest.param([], [], id="no-tokens"),
    ],
)
def test_matches(tokens: list[str], expected: list[tuple[str, int, int]]) -> None:
    assert TokenPhrases(PATTERNS).matches(tokens) == expected


def test_an_empty_pattern_is_skipped_and_a_repeated_one_counted_once() -> None:
    phrases = TokenPhrases([("a", ()), ("b", ("x",)), ("b", ("x",))])
    assert len(phrases) == 1
    assert phrases.matches(["x"]) == [("b", 0, 1)]


def test_the_same_matches_in_the_same_order_as_spacys_phrase_matcher() -> None:
    rng = random.Random(7)
    words = ["甲", "乙", "丙", "丁", "戊"]
    patterns = {}
    for n in range(40):
        patterns[f"p{n}"] = tuple(rng.choice(words) for _ in range(rng.randint(1, 4)))
    nlp = spacy.blank("xx")
    spacy_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, toks in patterns.items():
        spacy_matcher.add(key, [Doc(nlp.vocab, words=list(toks))])
    ours = TokenPhrases(patterns.items())
    for _ in range(30):
        tokens = [rng.choice(words) for _ in range(rng.randint(1, 30))]
        doc = Doc(nlp.vocab, words=tokens)
        theirs = [(nlp.vocab.strings[m], s, e) for m, s, e in spacy_matcher(doc)]
        assert sorted(ours.matches(tokens)) == sorted(theirs)
        assert [(s, e) for _, s, e in ours.matches(tokens)] == [(s, e) for _, s, e in theirs]
