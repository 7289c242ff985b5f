"""The segmenter's domain and place words, built once per gazetteer and code (start-up cache)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import cache
from pipeline.nlp.gazetteer import Gazetteer, parse_gazetteer
from pipeline.nlp.lexicon import domain_words, place_words, segmenter_words
from pipeline.text.view import TextView

_TTL = """
@prefix fin: <https://w3id.org/finkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/finkg/id/org/acme-grid> a fin:Organization ;
    skos:prefLabel "艾克米電網"@zh-Hant ; skos:altLabel "Acme Grid"@en .
<https://w3id.org/finkg/id/place/qingshui> a fin:Place ; skos:prefLabel "清水灣"@zh-Hant .
"""
_MORE = """
<https://w3id.org/finkg/id/org/bluepeak> a fin:Organization ; skos:prefLabel "蓝峰储能"@zh-Hans .
"""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_SWITCH, raising=False)


def _entries() -> list[Path]:
    return sorted(cache.cache_dir().glob("segmenter-words-*.pickle")) if cache.cache_dir().exists() else []


def test_the_words_are_built_once_then_read_back() -> None:
    gazetteer = parse_gazetteer(_TTL)
    words, places = segmenter_words(TextView(), gazetteer)
    assert "艾克米电网" in words and "Acme Grid" not in words and places == ["清水湾"]
    assert (words, places) == (domain_words(TextView(), gazetteer), place_words(TextView(), gazetteer))
    assert len(_entries()) == 1
    assert segmenter_words(TextView(), parse_gazetteer(_TTL)) == (words, places)


def test_a_changed_gazetteer_builds_new_words() -> None:
    segmenter_words(TextView(), parse_gazetteer(_TTL))
    words, _ = segmenter_words(TextView(), parse_gazetteer(_TTL + _MORE))
    assert "蓝峰储能" in words
    assert len(_entries()) == 2


def test_a_corrupt_entry_is_skipped_and_rebuilt() -> None:
    gazetteer = parse_gazetteer(_TTL)
    built = segmenter_words(TextView(), gazetteer)
    (entry,) = _entries()
    entry.write_bytes(b"")
    assert segmenter_words(TextView(), gazetteer) == built
    assert entry.stat().st_size > 0, "and stored again"


def test_words_of_a_gazetteer_made_in_memory_are_not_cached() -> None:
    words, _ = segmenter_words(TextView(), Gazetteer(parse_gazetteer(_TTL).entries))
    assert "艾克米电网" in words
    assert not _entries()


def test_without_a_gazetteer_only_the_language_words() -> None:
    words, places = segmenter_words(TextView(), None)
    assert words == domain_words(TextView(), None) and places == []
